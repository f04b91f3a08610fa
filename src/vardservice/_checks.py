"""Private validation helpers shared by the concept modules (not part of the public API)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from vardservice.errors import InvalidValue

T = TypeVar("T")


def as_tuple(value: object) -> object:
    """Convert a plain iterable to a tuple; leave anything else for a validator to refuse.

    An attrs converter must not crash on junk (a string, a mapping, a number): the
    validator that follows refuses it with the field's name.
    """
    if type(value) is tuple:  # the common case, without the ABC checks below
        return value
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        return value
    return tuple(value)


def items(owner: str, field: str, value: object, kind: type[T]) -> tuple[T, ...]:
    """Return ``value`` as a tuple of ``kind``, or raise naming the bad item's index.

    Raises:
        InvalidValue: ``value`` is not a list, or an item is not a ``kind``
            (``owner.field[i]``).

    """
    if type(value) is not tuple and (
        isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable)
    ):
        raise InvalidValue(owner, field, value, f"a list of {kind.__name__}")
    found = tuple(value)
    for i, item in enumerate(found):
        if not isinstance(item, kind):
            raise InvalidValue(owner, f"{field}[{i}]", item, f"a {kind.__name__}")
    return found


def items_validator(kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Return an attrs validator: the field is a tuple of ``kind`` (see :func:`items`)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        owner = type(instance).__name__
        if not isinstance(value, tuple):
            raise InvalidValue(owner, attribute.name, value, f"a list of {kind.__name__}")
        items(owner, attribute.name, value, kind)

    return check


# attrs validators shared by the model modules; each names the class and the field.


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a non-empty string")


def any_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate a string (empty allowed: a part of a draft not yet written)."""
    if not isinstance(value, str):
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a string")


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate a non-empty string or ``None``."""
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidValue(
            type(instance).__name__, attribute.name, value, "a non-empty string or None"
        )


def flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate ``True`` or ``False`` (not 0 or 1)."""
    if not isinstance(value, bool):
        raise InvalidValue(type(instance).__name__, attribute.name, value, "True or False")
