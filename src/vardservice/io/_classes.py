"""The converter's hooks for attrs classes and collections: one conversion layer.

A field that has an attrs converter gets the document's raw value after its
document check (:mod:`vardservice.io._hooks`); cattrs structures only what no
attrs converter converts, and nested documents. In a detailed (second) reading
each field's converter is also tried alone, so that its error has the field's
path. Types written with derived values (a budget's total) check them on the
way in.
"""

from __future__ import annotations

import collections.abc
import enum
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import cattrs
import cattrs.cols
import cattrs.gen
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from vardservice.errors import InvalidValue, VardserviceError, shown
from vardservice.io._hooks import Hook, Refused, check_enum, kind_check

__all__ = [
    "class_hook",
    "derived_structure",
    "derived_unstructure",
    "is_homogeneous_tuple",
    "is_optional",
    "optional",
    "optional_inner",
    "sequence_guard",
]


def class_hook(conv: cattrs.Converter, cls: type[Any]) -> Hook:
    """Return the structure hook of an attrs class: a mapping in, errors at their paths."""
    base = _structure_fn(conv, cls)
    names = {a.name for a in attrs.fields(cls)}

    def structure(value: Any, type_: type) -> Any:
        # type() first: an ABC isinstance check costs ~1 µs, and documents are dicts.
        if type(value) is not dict and not isinstance(value, Mapping):
            raise Refused(
                f"expected a mapping with the fields of {cls.__name__}, got {shown(value)}"
            )
        try:
            return base(value, type_)
        except ClassValidationError as exc:
            for sub in exc.exceptions:
                _at_field(sub)
            raise
        except IterableValidationError:
            raise
        except VardserviceError as exc:
            _at_field(exc)
            raise ClassValidationError(f"While structuring {cls.__name__}", [exc], cls) from None

    def _at_field(exc: BaseException) -> None:
        # A validator names its field: report the problem at the field's path
        # ("$.final_report.pages"), not at the object's.
        if not isinstance(exc, VardserviceError) or getattr(exc, "__notes__", None):
            return
        field = re.split(r"[.\[]", str(getattr(exc, "field", "")), maxsplit=1)[0]
        if field in names:
            note = AttributeValidationNote(f"Structuring {cls.__name__} @ {field}", field, cls)
            exc.__notes__ = [note]

    return structure


def _structure_fn(conv: cattrs.Converter, cls: type[Any]) -> Hook:
    """Return cattrs' generated function for ``cls``, each converted field's step chosen."""
    attrs.resolve_types(cls)
    overrides: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.converter is None or not field.init:
            continue  # cattrs' hook for the type converts it
        check = _document_check(conv, field.type)
        if check is None:
            # A nested document: cattrs structures it, and the attrs converter only
            # normalises the result (as_tuple, a sort).
            hook = conv.get_structure_hook(field.type)
        elif conv.detailed_validation:
            hook = _tried(check, field, cls)
        else:
            hook = check
        overrides[field.name] = cattrs.gen.override(struct_hook=hook)
    return make_dict_structure_fn(cls, conv, **overrides)


def _document_check(conv: cattrs.Converter, type_: Any) -> Hook | None:
    """Return the check for a converted field's raw value, or ``None`` to structure it.

    Leaves (the types in ``KIND_CHECKS`` and enums), and ``X | None``,
    ``tuple[X, ...]`` and ``Mapping[K, V]`` of leaves, are checked and left to
    the field's attrs converter; anything else (a nested attrs class, a union)
    is structured by cattrs.
    """
    if is_optional(type_):
        inner_type = optional_inner(type_)
        inner = _document_check(conv, inner_type)
        if inner is None:
            return None

        def optional(value: object, _: object) -> object:
            return value if value is None else inner(value, inner_type)

        return optional
    if is_homogeneous_tuple(type_):
        item_type = typing.get_args(type_)[0]
        item = _document_check(conv, item_type)
        return None if item is None else _list_check(conv, item, item_type)
    if typing.get_origin(type_) in (collections.abc.Mapping, dict):
        key_type, value_type = typing.get_args(type_)
        key, value = _document_check(conv, key_type), _document_check(conv, value_type)
        if key is None or value is None:
            return None
        return _mapping_check(conv, key, key_type, value, value_type)
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return check_enum  # called with the field's type: the enum class
    return kind_check(type_)


def _list_check(conv: cattrs.Converter, item: Hook, item_type: Any) -> Hook:
    detailed = conv.detailed_validation

    def check(value: Any, _: object) -> object:
        if type(value) is not list and (
            isinstance(value, str | bytes | Mapping) or not hasattr(value, "__iter__")
        ):
            raise Refused(f"expected a list, got {shown(value)}")
        items = tuple(value)  # the document's list as the model's tuple; the items stay raw
        errors: list[Exception] = []
        for index, element in enumerate(items):
            try:
                item(element, item_type)
            except Exception as exc:
                if not detailed:
                    raise
                exc.__notes__ = [
                    IterableValidationNote(f"Checking @ index {index}", index, item_type)
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError("While checking a list", errors, list)
        return items

    return check


def _mapping_check(
    conv: cattrs.Converter, key: Hook, key_type: Any, item: Hook, item_type: Any
) -> Hook:
    detailed = conv.detailed_validation

    def check(value: object, _: object) -> object:
        if not isinstance(value, Mapping):
            raise Refused(f"expected a mapping, got {shown(value)}")
        errors: list[Exception] = []
        for name, element in value.items():
            try:
                key(name, key_type)
                item(element, item_type)
            except Exception as exc:
                if not detailed:
                    raise
                exc.__notes__ = [
                    IterableValidationNote(f"Checking @ key {name!r}", name, item_type)
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError("While checking a mapping", errors, dict)
        return value

    return check


def _tried(check: Hook, field: attrs.Attribute[Any], cls: type[Any]) -> Hook:
    """Return ``check`` followed by a trial of the field's converter, for detailed messages.

    Used only when a document was refused: the converter's error is raised here, in
    cattrs' field step, so that it has the field's path (and, in a list, the item's).
    The value passed on stays raw; the class's ``__init__`` converts it.
    """
    convert = _converter_of(field, cls)
    listed = is_homogeneous_tuple(
        optional_inner(field.type) if is_optional(field.type) else field.type
    )

    def hook(value: object, type_: object) -> object:
        check(value, type_)
        if listed and isinstance(value, list | tuple):
            errors: list[Exception] = []
            for index, element in enumerate(value):
                problem = _trial(convert, [element], field.name)
                if problem is not None:
                    problem.__notes__ = [
                        IterableValidationNote(f"Converting @ index {index}", index, object)
                    ]
                    errors.append(problem)
            if errors:
                raise IterableValidationError(f"While converting {field.name}", errors, list)
        problem = _trial(convert, value, field.name)
        if problem is not None:
            raise problem
        return value

    return hook


def _trial(convert: Callable[[object], object], value: object, name: str) -> Exception | None:
    """Return the converter's error for ``value``, worded for a document, or ``None``."""
    try:
        convert(value)
    except InvalidValue as exc:
        own, _, index = exc.field.partition("[")
        if own != name:
            return exc  # about something inside the value (a case number's year): its own words
        refused = Refused(f"expected {exc.expected}, got {shown(exc.value)}")
        position = index.rstrip("]")
        if position.isdigit():  # the converter named the item ("focus_areas[1]")
            refused.__notes__ = [
                IterableValidationNote(f"Converting @ index {position}", int(position), object)
            ]
            return IterableValidationError(f"While converting {name}", [refused], list)
        return refused
    except VardserviceError as exc:
        return exc
    except Exception:  # not the converter's own refusal: __init__ reports it
        return None
    return None


def _converter_of(field: attrs.Attribute[Any], cls: type[Any]) -> Callable[[object], object]:
    converter = field.converter
    if isinstance(converter, attrs.Converter):
        # attrs calls it with the instance being built; a stand-in of the class will do
        # for naming the owner in a message.
        call: Callable[..., object] = getattr(converter, "converter")  # noqa: B009  # not in the stubs
        extra: tuple[object, ...] = (
            *((object.__new__(cls),) if getattr(converter, "takes_self", False) else ()),
            *((field,) if getattr(converter, "takes_field", False) else ()),
        )
        return lambda value: call(value, *extra)
    return typing.cast("Callable[[object], object]", converter)


# --- collections ----------------------------------------------------------------------------


def sequence_guard(conv: cattrs.Converter, type_: Any) -> Hook:
    """Refuse a string or a mapping where a list belongs, instead of iterating over it."""
    base = cattrs.cols.homogenous_tuple_structure_factory(type_, conv)

    def structure(value: Any, t: type) -> Any:
        if type(value) is not list and (
            isinstance(value, str | bytes | Mapping) or not hasattr(value, "__iter__")
        ):
            raise Refused(f"expected a list, got {shown(value)}")
        return base(value, t)

    return structure


def is_optional(type_: Any) -> bool:
    args = typing.get_args(type_)
    return (
        typing.get_origin(type_) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def optional_inner(type_: Any) -> Any:
    return next(a for a in typing.get_args(type_) if a is not type(None))


def optional(conv: cattrs.Converter, type_: Any) -> Hook:
    """``X | None`` with X's hook looked up once, not on every value (cattrs does)."""
    inner = optional_inner(type_)
    handler = conv.get_structure_hook(inner)

    def structure(value: Any, _: type) -> Any:
        return None if value is None else handler(value, inner)

    return structure


def is_homogeneous_tuple(type_: Any) -> bool:
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


# --- derived values -------------------------------------------------------------------------


def derived_unstructure(
    conv: cattrs.Converter, cls: type[Any], names: tuple[str, ...]
) -> Callable[[Any], dict[str, Any]]:
    base = cattrs.gen.make_dict_unstructure_fn(cls, conv)

    def unstructure(value: Any) -> dict[str, Any]:
        data: dict[str, Any] = base(value)
        for name in names:
            data[name] = conv.unstructure(getattr(value, name))
        return data

    return unstructure


def derived_structure(conv: cattrs.Converter, cls: type[Any], names: tuple[str, ...]) -> Hook:
    base = class_hook(conv, cls)
    kinds = {name: typing.get_type_hints(getattr(cls, name).fget)["return"] for name in names}

    def structure(value: Any, type_: type) -> Any:
        # The derived values are written for readers; on the way in each is checked
        # against what the fields give rather than trusted.
        if not isinstance(value, Mapping):
            raise Refused(
                f"expected a mapping with the fields of {cls.__name__}, got {shown(value)}"
            )
        data = dict(value)
        written = {name: data.pop(name) for name in names if name in data}
        result = base(data, type_)
        for name, given in written.items():
            derived = getattr(result, name)
            try:
                same = bool(conv.structure(given, kinds[name]) == derived)
            except Exception:  # unreadable: not the derived value either
                same = False
            if not same:
                plain = conv.unstructure(derived)
                expected = f"{plain} " if isinstance(plain, str | int | bool) else ""
                raise InvalidValue(
                    cls.__name__, name, given, f"{expected}(derived from the other fields)"
                )
        return result

    return structure
