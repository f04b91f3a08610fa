"""The fast reader: one generated function per model class, for plain valid documents.

:func:`fast_reader` returns, once per attrs class, a function generated from the
class's ``attrs.fields`` that reads a document's mapping in one pass: each value
is checked for the plain shape a file gives (a ``str`` where a string belongs, a
``list`` where a tuple does, an enum's value) and converted once, to the very
value the field's attrs converter would make, and the instance is built without
``__init__`` (no second conversion): the fields are set, every validator that the
shape check does not already imply is run, then ``__attrs_post_init__``, as attrs
does.

It only *accepts*. Anything off (an unknown key, a missing field, a value of
another shape, a validator's refusal, any exception at all) raises, and
:func:`vardservice.io._converter.structure` then reads the document the detailed
way, so that errors, messages and paths stay those of the converter. A class
with a field of a shape not listed below (a derived total, a citation, a union)
has no fast reader; nor has any class holding one.

Shapes, by the field's ``_fields`` declaration (see :mod:`vardservice._fields`):

* a validator only (``text``, ``any_text``, ``flag``, ``whole``, …) on ``str``,
  ``bool`` or ``int``: the value's exact type;
* ``member`` / ``members``: an enum's value (never a bool), or a list of them;
* ``date``: an ISO 8601 string without spaces around it;
* ``money`` / ``decimal``: a string or an integer, read by :mod:`vardservice.units`;
* ``read``: a region's or healthcare region's code, key or name (a string);
* ``texts`` / ``any_texts``: a list of strings;
* ``items``: a list of nested documents, or of regions;
* a nested document (``instance``): a mapping read by its class's fast reader;

and ``None`` where the annotation allows it.
"""

from __future__ import annotations

import enum
import re
import threading
import types
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Final

import attrs
import pendulum

from vardservice import _fields
from vardservice.io._classes import is_homogeneous_tuple, is_optional, optional_inner
from vardservice.io._hooks import is_case_number
from vardservice.io._values import DATES as _DATES
from vardservice.io._values import REGIONS as _REGIONS
from vardservice.io._values import date as _date
from vardservice.io._values import decimal as _decimal
from vardservice.io._values import healthcare_region as _healthcare_region
from vardservice.io._values import money as _money
from vardservice.io._values import region as _region
from vardservice.regions import HealthcareRegion, Region

__all__ = ["fast_reader", "reader_depth"]

Reader = Callable[[Any], Any]


class _Unsupported(Exception):
    """A field of a shape the fast reader does not read: the class has no fast reader."""


_READ: Final[Mapping[object, Reader]] = {Region: _region, HealthcareRegion: _healthcare_region}
"""The kinds a ``read`` or ``items`` field reads from text, each by its registered reader."""

# Validators that the shape check implies: a str for any_text, a bool for flag, an instance
# built by the nested reader for instance. text adds "not only spaces", checked inline.
_IMPLIED: Final = (_fields.any_text, _fields.flag, _fields.instance)


# --- generation --------------------------------------------------------------------------------

_READERS: dict[type, Reader | None] = {}
_DEPTHS: dict[type, int] = {}
_BUILDING: set[type] = set()
_LOCK = threading.RLock()


def fast_reader(cls: object, excluded: Callable[[type], bool]) -> Reader | None:
    """Return the fast reader of an attrs class, or ``None`` if it has none.

    The reader takes a document's mapping and returns the instance; it raises
    (anything) for a document it does not read, which the caller then reads the
    detailed way. Generated once per class and cached.

    Args:
        cls: the type asked for; anything but a plain attrs model class has no reader.
        excluded: whether the converter reads a class by a hook of its own (a leaf
            written as text, a type with derived values): such a class, and any
            class holding one, has no fast reader. The same for every call.

    Returns:
        The reader, or ``None``.

    """
    if not isinstance(cls, type):
        return None
    try:
        return _READERS[cls]
    except KeyError:
        pass
    with _LOCK:
        if cls not in _READERS:
            _READERS[cls] = _generate(cls, excluded)
        return _READERS[cls]


def reader_depth(cls: type) -> int:
    """Return how deep a document the fast reader of ``cls`` can accept, in levels.

    A mapping is one level, a list in it a second (as the depth limit counts them):
    the reader refuses deeper data, so that the limit's walk need not look at a
    document it reads when this is within :data:`~vardservice.io.limits.MAX_DEPTH`.
    """
    return _DEPTHS[cls]


def _generate(cls: type, excluded: Callable[[type], bool]) -> Reader | None:
    if (
        not attrs.has(cls)
        or cls in _BUILDING
        or excluded(cls)
        or is_case_number(cls)
        or cls in _READ
        or hasattr(cls, "__attrs_pre_init__")
    ):
        return None
    _BUILDING.add(cls)
    try:
        attrs.resolve_types(cls)
        from vardservice.io._stored import by_fingerprint

        return by_fingerprint(cls, excluded) or _Generator(cls, excluded).reader()
    except _Unsupported:
        return None
    finally:
        _BUILDING.discard(cls)


class _Generator:
    """Writes the source of one class's reader, and the names it uses."""

    def __init__(self, cls: type, excluded: Callable[[type], bool]) -> None:
        self.cls = cls
        self.excluded = excluded
        self.names: dict[str, object] = {"_cls": cls, **_CONSTANTS}
        self.checks: list[str] = []
        self.depth = 1  # levels of the deepest document the reader accepts
        self.nested: set[type] = set()  # the classes whose readers this one calls

    def reader(self) -> Reader:
        fields = attrs.fields(self.cls)
        if any(not f.init for f in fields):
            raise _Unsupported
        self.names["_KEYS"] = frozenset(f.name for f in fields)
        body = ["if type(d) is not dict:", "    raise _Off", "s = _new(_cls)"]
        required = [(i, f) for i, f in enumerate(fields) if f.default is attrs.NOTHING]
        optional = [(i, f) for i, f in enumerate(fields) if f.default is not attrs.NOTHING]
        for index, field in required:
            body += self.field(index, field)
        if optional:
            # Every required key was read: the other keys are counted down as optional
            # fields are found, so that once all are found the rest take their defaults
            # without a lookup each (half the milestones of a document have none, most
            # of the others one or two of nine). What is left at the end is unknown keys,
            # or nulls read as absent: only then are the keys compared with the fields.
            body.append(f"n = len(d) - {len(required)}")
            for index, field in optional:
                body += self.field(index, field, counted=True)
            body += ["if n and not d.keys() <= _KEYS:", "    raise _Off"]
        else:
            body += [f"if len(d) != {len(required)}:", "    raise _Off"]  # an unknown key
        body += self.checks
        if hasattr(self.cls, "__attrs_post_init__"):
            body += self.post_init(fields)
        body.append("return s")
        source = "def read(d):\n" + "".join(f"    {line}\n" for line in _compact(body))
        words = set(re.findall(r"\w+", source))
        names = {name: value for name, value in self.names.items() if name in words}
        from vardservice.io._stored import stored_reader

        reader = stored_reader(self.cls, source, names, self.nested)
        if reader is None:
            scope: dict[str, Any] = dict(names)
            where = f"<vardservice fast reader {self.cls.__qualname__}>"
            exec(compile(source, where, "exec"), scope)  # noqa: S102  # our own generated source
            reader = scope["read"]
        _DEPTHS[self.cls] = self.depth
        return reader

    def post_init(self, fields: tuple[attrs.Attribute[Any], ...]) -> list[str]:
        """Return the lines that run ``__attrs_post_init__``, only when it can refuse.

        A class whose post-init checks only fields that default to ``None`` and does
        nothing while all are ``None`` says so by naming them in
        ``_POST_INIT_FIELDS`` (a milestone's kind-specific fields): the reader then
        calls it only when one of them is set (half the milestones set none).
        """
        call = ["s.__attrs_post_init__()"]
        checked = getattr(self.cls, "_POST_INIT_FIELDS", None)
        if not checked:
            return call
        index = {f.name: i for i, f in enumerate(fields)}
        if any(fields[index[name]].default is not None for name in checked):
            return call  # pragma: no cover  # a declaration this reader cannot use
        unset = " or ".join(f"v{index[name]} is not None" for name in checked)
        return [f"if {unset}:", *(f"    {line}" for line in call)]

    def field(self, index: int, field: attrs.Attribute[Any], *, counted: bool = False) -> list[str]:
        name, var = field.name, f"v{index}"
        attribute = f"_A{index}"
        self.names[attribute] = field
        lines: list[str] = []
        default = "" if field.default is attrs.NOTHING else self.default(index, field, var)
        if default == f"{var} = _D{index}" and self.names[f"_D{index}"] is None:
            # None by default, and allowed: an absent key and a null read alike, by get.
            inner = optional_inner(field.type) if is_optional(field.type) else None
            present = self.shape(index, field, inner, var) if inner is not None else None
        else:
            present = None
        if present is not None:
            get = f"d.get({name!r})" + (" if n else None" if counted else "")
            present = (["n -= 1"] if counted else []) + present
            if present:
                lines.append(f"if ({var} := {get}) is not None:")
                lines += [f"    {line}" for line in present]
            else:
                lines.append(f"{var} = {get}")
        elif field.default is attrs.NOTHING:
            lines.append(f"{var} = d[{name!r}]")
            lines += self.value(index, field, var)
        else:
            get = f"d.get({name!r}, _MISSING)" + (" if n else _MISSING" if counted else "")
            lines.append(f"if ({var} := {get}) is _MISSING: {default}")
            present = (["n -= 1"] if counted else []) + self.value(index, field, var)
            lines.append("else:")
            lines += [f"    {line}" for line in present or ["pass"]]
        slot = self.cls.__dict__.get(name)
        if type(slot) is _SLOT:  # a slotted class: the slot's own setter, ~40 % faster
            self.names[f"_S{index}"] = slot.__set__
            lines.append(f"_S{index}(s, {var})")
        else:
            lines.append(f"_set(s, {name!r}, {var})")
        validators = _validators(field.validator)
        for number, validator in enumerate(validators):
            if validator in _IMPLIED:
                continue
            if validator is _fields.text:
                self.checks.append(f"if type(s.{name}) is str and not s.{name}.strip():")
                self.checks.append("    raise _Off")
                continue
            own = f"_V{index}_{number}"
            self.names[own] = validator
            self.checks.append(f"{own}(s, {attribute}, s.{name})")
        return lines

    def default(self, index: int, field: attrs.Attribute[Any], var: str) -> str:
        """Return the line that gives a missing field its default, converted as attrs does."""
        default: Any = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # Factory is a class
            if default.takes_self:
                raise _Unsupported
            self.names[f"_F{index}"] = default.factory
            value = f"_F{index}()"
            if field.converter is not None:
                self.names[f"_C{index}"] = _call_converter(field, self.cls)
                value = f"_C{index}({value})"
            return f"{var} = {value}"
        good, default = _default_value(field, self.cls)
        if not good:
            return "raise _Off"
        self.names[f"_D{index}"] = default
        return f"{var} = _D{index}"

    def value(self, index: int, field: attrs.Attribute[Any], var: str) -> list[str]:
        """Return the lines that check and convert a present value in ``var``."""
        type_ = field.type
        optional = is_optional(type_)
        inner = optional_inner(type_) if optional else type_
        lines = self.shape(index, field, inner, var)
        if optional and lines:
            return [f"if {var} is not None:", *(f"    {line}" for line in lines)]
        if optional:
            return []
        return lines or []

    def shape(self, index: int, field: attrs.Attribute[Any], type_: Any, var: str) -> list[str]:
        converter: Any = field.converter  # compared by identity with _fields' converters
        if converter is None:
            return self.plain(index, type_, var)
        if converter is _fields.member and _is_enum(type_):
            return self.member(index, type_, var)
        if converter is _fields.date and type_ is pendulum.Date:
            return [
                f"if type({var}) is not str:",
                "    raise _Off",
                f"{var} = _DATES.get({var}) or _date({var})",
            ]
        if converter is _fields.money:
            return [f"{var} = _money({var})"]
        if converter is _fields.decimal and type_ is Decimal:
            return [f"{var} = _decimal({var})"]
        if converter is _fields.read and type_ in _READ:
            self.names[f"_R{index}"] = _READ[type_]
            if type_ is Region:  # the hot one: a dict lookup of the text as written first
                return [f"{var} = _REGIONS.get({var}) or _R{index}({var})"]
            return [f"{var} = _R{index}({var})"]
        if not is_homogeneous_tuple(type_):
            raise _Unsupported
        item = type_.__args__[0]
        listed = [f"if type({var}) is not list:", "    raise _Off"]
        self.depth = max(self.depth, 2)
        if converter in (_fields.texts, _fields.any_texts) and item is str:
            check = "not x.strip()" if converter is _fields.texts else "False"
            return [
                *listed,
                "for x in " + var + ":",
                f"    if type(x) is not str or {check}:",
                "        raise _Off",
                f"{var} = _tuple({var})",
            ]
        if converter is _fields.members and _is_enum(item):
            self.names[f"_M{index}"] = item._value2member_map_
            bools = "" if _str_valued(item) else " or type(x) is bool"
            guard = [f"for x in {var}:", f"    if x is None{bools}:", "        raise _Off"]
            return [*listed, *guard, f"{var} = _tuple([_M{index}[x] for x in {var}])"]
        if converter is _fields.items:
            reader = _READ.get(item) or fast_reader(item, self.excluded)
            if reader is None:
                raise _Unsupported
            self.names[f"_R{index}"] = reader
            if item not in _READ:
                self.nested.add(item)
            self.depth = max(self.depth, 2 + _DEPTHS.get(item, 0))
            read = f"_R{index}(x)"
            if item is Region:  # as for one region: the text as written looked up first
                read = f"_REGIONS.get(x) or {read}"
            return [*listed, f"{var} = _tuple([{read} for x in {var}])"]
        raise _Unsupported

    def plain(self, index: int, type_: Any, var: str) -> list[str]:
        """Lines for a field without a converter: a str, bool, int, or a nested document."""
        if type_ in (str, bool, int):
            self.names[f"_T{index}"] = type_
            return [f"if type({var}) is not _T{index}:", "    raise _Off"]
        if isinstance(type_, type) and attrs.has(type_):
            reader = fast_reader(type_, self.excluded)
            if reader is None:
                raise _Unsupported
            self.names[f"_R{index}"] = reader
            self.nested.add(type_)
            self.depth = max(self.depth, 1 + _DEPTHS[type_])
            return [f"{var} = _R{index}({var})"]
        raise _Unsupported

    def member(self, index: int, kind: type[enum.Enum], var: str) -> list[str]:
        self.names[f"_M{index}"] = kind._value2member_map_
        bools = "" if _str_valued(kind) else f" or type({var}) is bool"
        return [f"if {var} is None{bools}:", "    raise _Off", f"{var} = _M{index}[{var}]"]


def _compact(body: list[str]) -> list[str]:
    # "if ...:" and "raise _Off" on one line: a shorter source compiles faster, and the
    # stored readers (see _stored_reader) stay a short module.
    lines: list[str] = []
    for line in body:
        if line.endswith("    raise _Off") and lines:
            previous = lines[-1]
            head = previous.lstrip()
            indent = previous[: len(previous) - len(head)]
            if head.startswith("if ") and head.endswith(":") and line == f"{indent}    raise _Off":
                lines[-1] = f"{previous} raise _Off"
                continue
        lines.append(line)
    return lines


_MISSING: Final = object()
_SLOT: Final = types.MemberDescriptorType


class _Off(Exception):  # not an error: the document goes the detailed way
    """The document is not plain: read it the detailed way."""


_CONSTANTS: Final[dict[str, object]] = {
    "_new": object.__new__,
    "_set": object.__setattr__,
    "_MISSING": _MISSING,
    "_Off": _Off,
    "_date": _date,
    "_DATES": _DATES,
    "_REGIONS": _REGIONS,
    "_money": _money,
    "_decimal": _decimal,
    "_tuple": tuple,
}
"""The names every reader may use, besides its class (``_cls``) and those of its fields."""


def _default_value(field: attrs.Attribute[Any], cls: type) -> tuple[bool, Any]:
    """Return whether a field's default (not a factory) is good, and its converted value.

    Converted as attrs converts it; the validators the reader skips at run time are run
    on it: one that refuses it sends a document without the field the detailed way.
    """
    default: Any = field.default
    try:
        if field.converter is not None:
            default = _call_converter(field, cls)(default)
        for validator in _validators(field.validator):
            if validator in _IMPLIED or validator is _fields.text:
                validator(object.__new__(cls), field, default)
    except Exception:
        return False, None
    return True, default


def _validators(validator: Any) -> tuple[Any, ...]:
    if validator is None:
        return ()
    inner = getattr(validator, "_validators", None)  # attrs.validators.and_
    if type(validator).__name__ == "_AndValidator" and inner is not None:
        return tuple(inner)
    return (validator,)


def _is_enum(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, enum.Enum)


def _str_valued(kind: type[enum.Enum]) -> bool:
    # A bool hashes as 0 or 1: only an enum whose values are all strings can skip the check.
    return all(type(value) is str for value in kind._value2member_map_)


def _call_converter(field: attrs.Attribute[Any], cls: type) -> Callable[[object], object]:
    from vardservice.io._classes import _converter_of

    return _converter_of(field, cls)
