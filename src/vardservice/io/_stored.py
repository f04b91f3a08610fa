"""The fast readers of a first check, compiled ahead (:mod:`vardservice.io._readers_generated`).

:mod:`vardservice.io._fast` writes a reader's source from its class and compiles it.
A first check would compile fifteen (~9 ms): the stored module holds them as
bytecode, each a factory of the names the generator binds, beside its source, its
class's :func:`fingerprint` and its depth. A stored reader is taken

* by its fingerprint (:func:`by_fingerprint`): when the generator's code (its
  :func:`generator_stamp`) and all it reads of the class are as stored, without
  writing the source at all; or else
* by its source (:func:`stored_reader`): when the source the generator wrote now is
  the one stored, with the same names.

Anything else compiles the source as ever: a stale stored reader is never taken.
``python tests/test_first_use.py`` writes the module (:func:`stored_module`); a test
there fails when it is stale.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import attrs

from vardservice import _fields
from vardservice.io._classes import is_homogeneous_tuple, is_optional, optional_inner
from vardservice.io._fast import (
    _CONSTANTS,
    _DEPTHS,
    _READ,
    _READERS,
    _SLOT,
    Reader,
    _call_converter,
    _default_value,
    _Generator,
    _is_enum,
    _str_valued,
    _Unsupported,
    _validators,
    fast_reader,
)
from vardservice.io._hooks import is_case_number

__all__ = ["by_fingerprint", "fingerprint", "generator_stamp", "stored_module", "stored_reader"]

_SOURCES: dict[type, tuple[str, tuple[str, ...], frozenset[type]]] = {}
"""Each generated reader's source, the names it binds and the classes whose readers it calls."""

_STORED: set[type] = set()
"""The classes whose reader was taken from :mod:`vardservice.io._readers_generated`."""

_STAMP: list[str] = []


def _key(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def stored_reader(
    cls: type, source: str, names: dict[str, object], nested: set[type]
) -> Reader | None:
    """Return the reader of ``source`` compiled ahead, if it is stored as it is now.

    :mod:`vardservice.io._readers_generated` holds the readers of a first check as
    functions in a module (so bytecode-cached), each a factory taking the names the
    generator binds, beside the source it was written from: when that equals
    ``source`` and its parameters are ``names``, the factory makes the reader and
    nothing is compiled (``compile()`` of fifteen readers was half a first load).
    Anything else (a changed model, a stale module) returns ``None``: compile as ever.
    """
    params = tuple(sorted(names))
    _SOURCES[cls] = (source, params, frozenset(nested))
    from vardservice.io._readers_generated import READERS

    stored = READERS.get(_key(cls))
    if stored is None:
        return None
    factory = cast("Callable[..., Reader]", stored[0])
    stored_source, code = stored[1], stored[0].__code__
    if stored_source != source or code.co_varnames[: code.co_argcount] != params:
        return None
    _STORED.add(cls)
    return factory(**names)


def by_fingerprint(cls: type, excluded: Callable[[type], bool]) -> Reader | None:
    """Return the stored reader of ``cls`` without writing its source, if that is safe.

    The source the generator writes is a function of its own code (:mod:`~vardservice.io._fast` and
    :mod:`~vardservice.io._classes`, whose text :func:`generator_stamp` sums) and of
    what it reads of the class (:func:`fingerprint`); the stored module records both.
    When they are what they were, the stored source is the one the generator would
    write, and the factory is given its names by :func:`_bind`, as the generator names
    them. A class whose readers' classes were not all taken so, or anything else,
    returns ``None``: the generator writes the source and compares it (:func:`stored_reader`).
    Writing the source of a subproject's fifteen readers to compare it was ~4 ms of a
    first check.
    """
    try:
        from vardservice.io._readers_generated import GENERATOR, READERS

        stored: Any = READERS.get(_key(cls))
        if stored is None or stored[2] != fingerprint(cls, excluded):
            return None
        if generator_stamp() != GENERATOR:
            return None
        factory, code = stored[0], stored[0].__code__
        names, nested = _bind(cls, code.co_varnames[: code.co_argcount], excluded)
        if not nested <= _STORED:
            return None
        reader = cast("Reader", factory(**names))
    except Exception:
        return None
    _DEPTHS[cls] = stored[3]
    _STORED.add(cls)
    return reader


def generator_stamp() -> str:
    """Return a checksum of the generator's code: the text of ``_fast`` and ``_classes``.

    The text's bytes as one number modulo the prime :data:`_PRIME`, under which
    powers of 256 do not repeat within two million bytes (an edit anywhere shows):
    no checksum module to import at first use (``binascii`` ~0.6 ms, ``hashlib`` more).
    """
    if not _STAMP:
        import sys

        from vardservice.io import _classes

        sums = []
        for module in (sys.modules["vardservice.io._fast"], _classes):
            with open(cast("str", module.__file__), "rb") as file:  # no pathlib at first use
                text = file.read().replace(b"\r\n", b"\n")
            sums.append(f"{int.from_bytes(text, 'little') % _PRIME:016x}")
        _STAMP.append(" ".join(sums))
    return _STAMP[0]


_PRIME = 2**64 - 59
"""The largest prime below 2**64; 256's order modulo it is over two million (tested)."""


def fingerprint(cls: type, excluded: Callable[[type], bool]) -> str:
    """Return everything the generator reads of ``cls`` that its source depends on, as text.

    Whether the class is read by a hook of its own, its pre- and post-init, and per
    field: its name, type, whether it is an ``__init__`` argument, its default's kind
    (and whether the default is good, and ``None`` as converted and as declared), its
    converter and validators, whether it has a slot, and whether the enums it holds
    have text values only. The values the reader binds (defaults, enum maps, setters)
    are not in its source: :func:`_bind` gives them.
    """
    parts: list[object] = [
        excluded(cls),
        is_case_number(cls),
        cls in _READ,
        hasattr(cls, "__attrs_pre_init__"),
        hasattr(cls, "__attrs_post_init__"),
        getattr(cls, "_POST_INIT_FIELDS", None),
    ]
    for field in attrs.fields(cls):
        default: Any = field.default
        if default is attrs.NOTHING:
            made: object = "required"
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # Factory is a class
            made = ("factory", _named(default.factory), default.takes_self)
        else:
            good, value = _default(field, cls)
            made = (good, value is None, default is None)  # the post-init asks the latter
        kinds: tuple[bool, ...] = ()
        if field.converter is _fields.member or field.converter is _fields.members:
            # the only fields whose source depends on their enum: bools refused or not
            inner: Any = optional_inner(field.type) if is_optional(field.type) else field.type
            item: Any = inner.__args__[0] if is_homogeneous_tuple(inner) else None
            kinds = tuple(_str_valued(kind) for kind in (inner, item) if _is_enum(kind))
        parts.append(
            (
                field.name,
                field.init,
                repr(field.type),
                made,
                _named(field.converter),
                tuple(map(_named, _validators(field.validator))),
                type(cls.__dict__.get(field.name)) is _SLOT,
                kinds,
            )
        )
    return repr(tuple(parts))


_DEFAULTS: dict[tuple[type, str], tuple[bool, Any]] = {}


def _default(field: attrs.Attribute[Any], cls: type) -> tuple[bool, Any]:
    # The fingerprint and the binding both ask: the default converted once.
    key = (cls, field.name)
    found = _DEFAULTS.get(key)
    if found is None:
        found = _DEFAULTS[key] = _default_value(field, cls)
    return found


def _named(thing: object) -> object:
    # A function or class by its qualified name (the generator compares them by identity);
    # anything else by its repr (one with an address never matches: the source is compared).
    if thing is None:
        return None
    if isinstance(thing, attrs.Converter):  # a converter taking the instance or the field
        held = (getattr(thing, n) for n in ("converter", "takes_self", "takes_field"))
        return ("Converter", *map(_named, held))
    qualname = getattr(thing, "__qualname__", None)
    if isinstance(qualname, str):
        return f"{getattr(thing, '__module__', '?')}.{qualname}"
    return repr(thing)


def _bind(
    cls: type, params: tuple[str, ...], excluded: Callable[[type], bool]
) -> tuple[dict[str, object], set[type]]:
    """Return the values of a reader's parameters, by the generator's names, and its nested classes.

    ``_X3`` is field 3's: ``A`` the attribute, ``S`` its slot's setter, ``T`` its type,
    ``D`` its default converted, ``F`` and ``C`` its default's factory and converter,
    ``V3_n`` its n-th validator, ``M`` the value map of its enum (or its items'), ``R``
    the reader of its type (or its items'); the rest are :data:`_CONSTANTS`.
    """
    fields = attrs.fields(cls)
    names: dict[str, object] = {}
    nested: set[type] = set()
    for param in params:
        if param in _CONSTANTS:
            names[param] = _CONSTANTS[param]
        elif param == "_cls":
            names[param] = cls
        elif param == "_KEYS":
            names[param] = frozenset(f.name for f in fields)
        else:
            index, _, number = param[2:].partition("_")
            names[param] = _bound(param[1], fields[int(index)], cls, number, excluded, nested)
    return names, nested


def _bound(  # one answer per kind of name
    letter: str,
    field: attrs.Attribute[Any],
    cls: type,
    number: str,
    excluded: Callable[[type], bool],
    nested: set[type],
) -> object:
    type_ = field.type
    inner: Any = optional_inner(type_) if is_optional(type_) else type_
    if letter == "A":
        return field
    if letter == "S":
        return cls.__dict__[field.name].__set__
    if letter == "T":
        return inner
    if letter == "V":
        return _validators(field.validator)[int(number)]
    if letter == "F":
        return field.default.factory  # type: ignore[union-attr]  # a Factory, by the name
    if letter == "C":
        return _call_converter(field, cls)
    if letter == "D":
        good, value = _default(field, cls)
        if not good:
            raise _Unsupported
        return value
    item: Any = inner.__args__[0] if is_homogeneous_tuple(inner) else inner
    if letter == "M":
        return item._value2member_map_
    if letter == "R":
        if item in _READ:
            return _READ[item]
        reader = fast_reader(item, excluded)
        if reader is None:
            raise _Unsupported
        nested.add(item)
        return reader
    raise _Unsupported


def stored_module(roots: tuple[type, ...], excluded: Callable[[type], bool]) -> str:
    """Return the text of :mod:`vardservice.io._readers_generated` for ``roots``' readers.

    It holds the readers of ``roots`` and of every class they read, each as a
    factory (see :func:`stored_reader`) with its source, its class's
    :func:`fingerprint` and its depth, and the :func:`generator_stamp`;
    ``python tests/test_first_use.py`` writes it, and a test there fails when it is stale.
    """
    for root in roots:
        fast_reader(root, excluded)
    wanted: set[type] = set()
    todo = [root for root in roots if _READERS.get(root) is not None]
    while todo:
        cls = todo.pop()
        if cls not in wanted:
            wanted.add(cls)
            if cls not in _SOURCES:  # taken by its fingerprint: write its source now
                _Generator(cls, excluded).reader()
            todo.extend(_SOURCES[cls][2])
    parts = [_STORED_HEAD]
    entries = []
    for number, cls in enumerate(sorted(wanted, key=_key)):
        source, params, _ = _SOURCES[cls]
        body = "".join(f"    {line}\n" for line in source.splitlines())
        blank = "" if number else "\n"  # the factories one after another: the module stays short
        parts.append(f"{blank}def _{number}({', '.join(params)}):\n{body}    return read\n")
        print_ = fingerprint(cls, excluded)
        entries.append(f"    {_key(cls)!r}: (_{number}, {source!r}, {print_!r}, {_DEPTHS[cls]}),\n")
    parts.append(f"\n\nGENERATOR = {generator_stamp()!r}\n")
    parts.append("\nREADERS = {\n" + "".join(entries) + "}\n")
    return "".join(parts)


_STORED_HEAD = '''"""The fast readers of a first check, compiled ahead: generated, do not edit.

Written by ``python tests/test_first_use.py`` (:func:`vardservice.io._stored.stored_module`),
which a test runs to see that it is current. Each factory takes the names the generator in
:mod:`vardservice.io._fast` binds and returns the reader of the source stored beside it,
with its class's fingerprint and depth; the generator takes it without writing the source
when the fingerprint and the generator's stamp are as stored, and instead of compiling when
the source is the one it writes now (issue 13, first real use). Its readers are bytecode,
cached as any module's.
"""

# mypy: ignore-errors
'''
