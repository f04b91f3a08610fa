"""Reading a field's value: owners and fields named, types held, readers, converters."""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import attrs
import pendulum

from vardservice.dates import to_date
from vardservice.errors import InvalidValue, VardserviceError

if TYPE_CHECKING:
    from vardservice.units import Money

MAX_DECIMAL: Final = Decimal(10) ** 15
"""The largest absolute value a :data:`decimal` field accepts (a junk guard, as money's)."""


_UNITS: Any = None  # vardservice.units, once _units() has imported it


def _units() -> Any:
    """Return :mod:`vardservice.units`, imported on first use, not with this module.

    Every model with money or exact numbers imports it anyway; one without (regions,
    decisions) is spared its import (~2 ms).
    """
    global _UNITS
    if _UNITS is None:
        import vardservice.units

        _UNITS = vardservice.units
    return _UNITS


# --- naming the owner and the field --------------------------------------------------------


def _owner(instance: object) -> str:
    return type(instance).__name__


def _optional(field: attrs.Attribute[Any]) -> bool:
    """Return whether the field accepts ``None``: exactly when ``None`` is its default."""
    return field.default is None


def _refusal(
    instance: object, field: attrs.Attribute[Any], value: object, expected: str
) -> InvalidValue:
    """Return the error for a refused value; "or None" is added where None is accepted."""
    or_none = " or None" if _optional(field) else ""
    return InvalidValue(_owner(instance), field.name, value, expected + or_none)


def _or_none(exc: InvalidValue, field: attrs.Attribute[Any]) -> InvalidValue:
    """Return ``exc`` with "or None" added to its expectation, where the field accepts None."""
    if not _optional(field) or exc.field != field.name:
        return exc
    return InvalidValue(exc.owner, exc.field, exc.value, exc.expected + " or None")


_PLAIN: Final[dict[type, str]] = {int: "a whole number", str: "a string"}


def _a(kind: type) -> str:
    """Return the class's name with its article: "a Theme", "an Observation", "a string"."""
    if kind in _PLAIN:
        return _PLAIN[kind]
    name = kind.__name__
    return f"an {name}" if name[:1] in "AEIO" else f"a {name}"


# --- the type a field holds, from its annotation -------------------------------------------

_HELD: dict[int, Any] = {}  # id(attribute) -> the class it holds; attributes live with classes


def _held(instance: object, field: attrs.Attribute[Any]) -> Any:
    """Return the class a field holds: ``X`` of ``X``, ``X | None`` or ``tuple[X, ...]``."""
    found = _HELD.get(id(field))
    if found is None:
        annotation = field.type
        if annotation is None or isinstance(annotation, str):
            attrs.resolve_types(typing.cast(Any, type(instance)))  # once per class
            annotation = field.type
        found = _strip(annotation)
        _HELD[id(field)] = found
    return found


def _strip(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return _strip(args[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return annotation


# --- readers: how a value of a type is read from what a document holds ---------------------

_READERS: dict[type, tuple[Callable[[Any], Any], str]] = {}


def add_reader(kind: type, reader: Callable[[Any], Any], expected: str) -> None:
    """Say once how a ``kind`` is read from what a document holds (for :data:`read`, :data:`items`).

    The module that defines a type registers its reader (regions: a ``Region`` from a county
    code or a name), so that any field holding one, or a tuple of them, reads it the same way.

    Args:
        kind: the type read.
        reader: turns a document's value into a ``kind``; it raises ``TypeError`` or
            ``ValueError`` for a value it cannot read (reported as ``expected``, naming the
            field), or a library error of its own, which is raised as it is.
        expected: what the reader accepts, in words (``"a county code or a region's name"``).

    """
    _READERS[kind] = (reader, expected)


def _read_one(kind: type, value: object, owner: str, field: str) -> Any:
    if type(value) is kind:
        return value
    entry = _READERS.get(kind)
    if entry is None:
        if isinstance(value, kind):
            return value
        raise InvalidValue(owner, field, value, _a(kind))
    reader, expected = entry
    try:
        return reader(value)
    except VardserviceError:
        raise
    except (TypeError, ValueError):
        raise InvalidValue(owner, field, value, expected) from None


# --- converters: what __init__ accepts, read into the field's type -------------------------
#
# Each is written as fn(value, instance, field) and published below as an attrs.Converter.


def _date(value: object, instance: object, field: attrs.Attribute[Any]) -> pendulum.Date | None:
    if type(value) is pendulum.Date:
        return value
    if value is None and field.default is None:  # see _optional
        return None
    try:
        return to_date(value, owner=_owner(instance), field=field.name)
    except InvalidValue as exc:
        raise _or_none(exc, field) from None


def _money(value: object, instance: object, field: attrs.Attribute[Any]) -> Money | None:
    units = _UNITS or _units()
    if type(value) is units.Money and not value.is_negative():  # type: ignore[attr-defined]
        return value  # type: ignore[return-value]
    if value is None and field.default is None:  # see _optional
        return None
    try:
        found: Money = units.to_money(
            value, owner=_owner(instance), field=field.name, negative=False
        )
        return found
    except InvalidValue as exc:
        raise _or_none(exc, field) from None


def _decimal(value: object, instance: object, field: attrs.Attribute[Any]) -> Decimal | None:
    if type(value) is Decimal and value.is_finite() and -MAX_DECIMAL < value < MAX_DECIMAL:
        return value
    if value is None and field.default is None:  # see _optional
        return None
    try:
        number: Decimal = (_UNITS or _units()).to_decimal(
            value, owner=_owner(instance), field=field.name, max_abs=MAX_DECIMAL
        )
        return number
    except InvalidValue as exc:
        raise _or_none(exc, field) from None


@functools.cache
def _choices(kind: type[enum.Enum]) -> str:
    return f"{_a(kind)}: one of " + ", ".join(repr(m.value) for m in kind)


def _enum_member(kind: type[enum.Enum], value: object) -> enum.Enum | None:
    """Return the member of ``kind`` that ``value`` is or names by value (never a bool)."""
    if type(value) is kind:
        return value
    if isinstance(value, bool):
        return None
    try:
        return kind._value2member_map_.get(value)  # a dict lookup, not kind(value) (STYLE §14)
    except TypeError:  # unhashable
        return None


def _member(value: object, instance: object, field: attrs.Attribute[Any]) -> Any:
    if type(value) is field.type:  # a member of the (resolved) annotation: the common case
        return value
    kind = _HELD.get(id(field))  # inline, not _held(): the hot path
    if kind is None:
        kind = _held(instance, field)
    if type(value) is kind:
        return value
    found = _enum_member(kind, value)
    if found is not None:
        return found
    if value is None and field.default is None:  # see _optional
        return None
    raise _refusal(instance, field, value, _choices(kind))


def _is_list(value: object) -> bool:
    """Whether ``value`` is a list-like of items (not a string, a mapping or a scalar)."""
    return type(value) in (tuple, list) or (
        not isinstance(value, str | bytes | Mapping) and isinstance(value, Iterable)
    )


def _listed(
    value: object, instance: object, field: attrs.Attribute[Any], of: str
) -> tuple[Any, ...]:
    if type(value) is tuple:
        return value
    if not _is_list(value):
        raise InvalidValue(_owner(instance), field.name, value, f"a list of {of}")
    return tuple(typing.cast(Iterable[Any], value))


def _members(value: object, instance: object, field: attrs.Attribute[Any]) -> tuple[Any, ...]:
    kind = _HELD.get(id(field))  # inline, not _held(): the hot path
    if kind is None:
        kind = _held(instance, field)
    if type(value) is tuple and all(type(item) is kind for item in value):
        return value
    found = _listed(value, instance, field, f"{kind.__name__} values")
    result = []
    for i, item in enumerate(found):
        member = _enum_member(kind, item)
        if member is None:
            raise InvalidValue(_owner(instance), f"{field.name}[{i}]", item, _choices(kind))
        result.append(member)
    return tuple(result)


def _texts(value: object, instance: object, field: attrs.Attribute[Any]) -> tuple[str, ...]:
    found = _listed(value, instance, field, "strings")
    for i, item in enumerate(found):
        if not isinstance(item, str) or not item.strip():
            raise InvalidValue(_owner(instance), f"{field.name}[{i}]", item, "a non-empty string")
    return found


def _any_texts(value: object, instance: object, field: attrs.Attribute[Any]) -> tuple[str, ...]:
    found = _listed(value, instance, field, "strings")
    for i, item in enumerate(found):
        if not isinstance(item, str):
            raise InvalidValue(_owner(instance), f"{field.name}[{i}]", item, "a string")
    return found


def _items(value: object, instance: object, field: attrs.Attribute[Any]) -> tuple[Any, ...] | None:
    kind = _HELD.get(id(field))  # inline, not _held(): the hot path
    if kind is None:
        kind = _held(instance, field)
    if type(value) is tuple and all(type(item) is kind for item in value):
        return value
    if value is None and field.default is None:  # see _optional
        return None
    found = _listed(value, instance, field, kind.__name__)
    owner = _owner(instance)
    if kind in _READERS:
        return tuple(
            _read_one(kind, item, owner, f"{field.name}[{i}]") for i, item in enumerate(found)
        )
    for i, item in enumerate(found):
        if not isinstance(item, kind):
            raise InvalidValue(owner, f"{field.name}[{i}]", item, _a(kind))
    return found


def _read(value: object, instance: object, field: attrs.Attribute[Any]) -> Any:
    if type(value) is field.type:  # of the (resolved) annotation: the common case
        return value
    if value is None and field.default is None:  # see _optional
        return None
    kind = _HELD.get(id(field))  # inline, not _held(): the hot path
    if kind is None:
        kind = _held(instance, field)
    if type(value) is kind:
        return value
    try:
        return _read_one(kind, value, _owner(instance), field.name)
    except InvalidValue as exc:
        raise _or_none(exc, field) from None


def _converter(fn: Callable[[Any, Any, attrs.Attribute[Any]], Any]) -> attrs.Converter[Any, Any]:
    return attrs.Converter(fn, takes_self=True, takes_field=True)


if TYPE_CHECKING:
    # What a type checker sees: the value __init__ accepts, and the field's type.

    def date(value: object, /) -> pendulum.Date:
        """Read a date: a ``pendulum.Date``, a ``datetime.date`` or an ISO 8601 string."""

    def money(value: object, /) -> Money:
        """Read money, at least 0 kr: ``Money``, ``"23,4 mnkr"``, or an int or Decimal of kr."""

    def decimal(value: object, /) -> Decimal:
        """Read an exact number: a ``Decimal``, an ``int`` or a string such as ``"12.5"``."""

    def member(value: object, /) -> Any:
        """Read a member of the annotated enum, or its value (``"final_report"``)."""

    def members(value: object, /) -> Any:
        """Read a list of members of the annotated enum (or their values) as a tuple."""

    def texts(value: object, /) -> tuple[str, ...]:
        """Read a list of non-empty strings as a tuple."""

    def any_texts(value: object, /) -> tuple[str, ...]:
        """Read a list of strings (empty ones allowed: parts of a draft) as a tuple."""

    def items(value: object, /) -> Any:
        """Read a list of the annotated item class (instances, or what its reader reads)."""

    def read(value: object, /) -> Any:
        """Read a value of the annotated class: an instance, or what its reader reads."""

else:
    date = _converter(_date)
    money = _converter(_money)
    decimal = _converter(_decimal)
    member = _converter(_member)
    members = _converter(_members)
    texts = _converter(_texts)
    any_texts = _converter(_any_texts)
    items = _converter(_items)
    read = _converter(_read)
