"""Checking a field's value (validators) and a function's arguments, in the same words."""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, Final, TypeVar

import attrs
import pendulum

from vardservice._fields._read import (
    _HELD,
    _a,
    _choices,
    _enum_member,
    _held,
    _is_list,
    _owner,
    _refusal,
)
from vardservice.dates import (
    MAX_CALENDAR_YEAR,
    MAX_CASE_YEAR,
    MAX_FEE_YEAR,
    MAX_RECORD_YEAR,
    MIN_CALENDAR_YEAR,
    MIN_CASE_YEAR,
    MIN_FEE_YEAR,
    MIN_RECORD_YEAR,
)
from vardservice.errors import InvalidValue

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]
"""The signature attrs calls a validator with: the instance, the attribute, the value."""


# --- validators: a value only checked ------------------------------------------------------


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate a non-empty string (not only spaces)."""
    if isinstance(value, str) and value.strip():
        return
    if value is None and attribute.default is None:
        return
    raise _refusal(instance, attribute, value, "a non-empty string")


def any_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate a string; an empty one is allowed (a part of a draft not yet written)."""
    if isinstance(value, str) or (value is None and attribute.default is None):
        return
    raise _refusal(instance, attribute, value, "a string")


def flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate ``True`` or ``False`` (not 0 or 1)."""
    if isinstance(value, bool) or (value is None and attribute.default is None):
        return
    raise _refusal(instance, attribute, value, "True or False")


def _is_whole(value: object) -> bool:
    return type(value) is int or (isinstance(value, int) and not isinstance(value, bool))


def whole(minimum: int = 0, maximum: int | None = None) -> Validator:
    """Return a validator of a whole number (an ``int``, not a ``bool``) in a range.

    Args:
        minimum: the smallest number accepted.
        maximum: the largest number accepted, or ``None`` for no upper bound.

    """
    if maximum is None:
        expected = f"a whole number from {minimum}"
    else:
        expected = f"a whole number from {minimum} to {maximum}"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if _is_whole(value) and minimum <= value and (maximum is None or value <= maximum):  # type: ignore[operator]
            return
        if value is None and attribute.default is None:
            return
        raise _refusal(instance, attribute, value, expected)

    return check


def year(first: int, last: int) -> Validator:
    """Return a validator of a year from ``first`` to ``last`` (an ``int``, not a ``bool``).

    Prefer the four policies below, which name what the year means.
    """
    expected = f"a year from {first} to {last}"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if _is_whole(value) and first <= value <= last:  # type: ignore[operator]
            return
        if value is None and attribute.default is None:
            return
        raise _refusal(instance, attribute, value, expected)

    return check


calendar_year: Final = year(MIN_CALENDAR_YEAR, MAX_CALENDAR_YEAR)
"""A year whose days are counted (working days, meetings): 1953–2199."""

record_year: Final = year(MIN_RECORD_YEAR, MAX_RECORD_YEAR)
"""A year a record is about (a population figure, a plan, a theme): 1900–2200."""

fee_year: Final = year(MIN_FEE_YEAR, MAX_FEE_YEAR)
"""A fee year (a schedule's first year, an annual fee): 2000–2200."""

case_year: Final = year(MIN_CASE_YEAR, MAX_CASE_YEAR)
"""The registration year of a case number: 1900–2199."""


def between(
    minimum: Decimal | int, maximum: Decimal | int, *, above_minimum: bool = False
) -> Validator:
    """Return a validator of a number (as :data:`decimal` reads it) in a range.

    Args:
        minimum: the lower bound, included unless ``above_minimum``.
        maximum: the upper bound, included.
        above_minimum: the value must be more than ``minimum``.

    """
    low, high = Decimal(minimum), Decimal(maximum)
    if above_minimum:
        expected = f"more than {low} and at most {high}"
    else:
        expected = f"a number from {low} to {high}"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        above = isinstance(value, Decimal) and (low < value or (low == value and not above_minimum))
        if above and value <= high:  # type: ignore[operator]  # above: a Decimal
            return
        if value is None and attribute.default is None:
            return
        raise _refusal(instance, attribute, value, expected)

    return check


def instance(owner: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate an instance of the annotated class (``board: Board | None``).

    For an enum, only a member itself: a field that reads a member from its value has
    the converter :data:`member`.
    """
    if value is None and attribute.default is None:  # None where it is the default
        return
    kind = _HELD.get(id(attribute))  # inline, not _held(): the hot path
    if kind is None:
        kind = _held(owner, attribute)
    if isinstance(value, kind):
        return
    expected = _choices(kind) if issubclass(kind, enum.Enum) else _a(kind)
    raise _refusal(owner, attribute, value, expected)


def not_before(start: str) -> Validator:
    """Return a validator: a date field is on or after the date in the field ``start``.

    Either may be ``None`` (not known): then there is nothing to compare.
    """

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        first = getattr(instance, start)
        if isinstance(first, pendulum.Date) and isinstance(value, pendulum.Date) and value < first:
            raise InvalidValue(
                _owner(instance), attribute.name, value.isoformat(), f"on or after {start} {first}"
            )

    return check


# --- arguments of functions and methods ------------------------------------------------------


def check_items(value: object, kind: type[T], *, owner: str, field: str) -> tuple[T, ...]:
    """Return ``value`` as a tuple of ``kind``: a list, for a function's argument or a field's.

    Raises:
        InvalidValue: ``value`` is not a list (``owner.field``) or an item is not a ``kind``
            (``owner.field[i]``), in the words of :data:`items`.

    """
    if type(value) is not tuple and not _is_list(value):
        raise InvalidValue(owner, field, value, f"a list of {kind.__name__}")
    found = tuple(typing.cast(Iterable[Any], value))
    for i, item in enumerate(found):
        if not isinstance(item, kind):
            raise InvalidValue(owner, f"{field}[{i}]", item, _a(kind))
    return found


def check_member(value: object, kind: type[E], *, owner: str, field: str) -> E:
    """Return the member of the enum ``kind`` that ``value`` is or names by value.

    Raises:
        InvalidValue: naming ``owner.field``, in the words of :data:`member`.

    """
    if type(value) is kind:
        return value
    found = _enum_member(kind, value)
    if found is None:
        raise InvalidValue(owner, field, value, _choices(kind))
    return typing.cast(E, found)


def check_year(value: object, first: int, last: int, *, owner: str, field: str = "year") -> int:
    """Return ``value`` if it is a year from ``first`` to ``last``, for a function's argument.

    Raises:
        InvalidValue: naming ``owner.field``, in the words of :func:`year`.

    """
    if _is_whole(value) and first <= value <= last:  # type: ignore[operator]
        return typing.cast(int, value)
    raise InvalidValue(owner, field, value, f"a year from {first} to {last}")


def check_whole(value: object, minimum: int, maximum: int, *, owner: str, field: str) -> int:
    """Return ``value`` if it is a whole number from ``minimum`` to ``maximum``.

    Raises:
        InvalidValue: naming ``owner.field``, in the words of :func:`whole`.

    """
    if _is_whole(value) and minimum <= value <= maximum:  # type: ignore[operator]
        return typing.cast(int, value)
    raise InvalidValue(owner, field, value, f"a whole number from {minimum} to {maximum}")


def check_decimal(
    value: object, minimum: Decimal | int, maximum: Decimal | int, *, owner: str, field: str
) -> Decimal:
    """Return ``value`` as an exact number from ``minimum`` to ``maximum``.

    Raises:
        InvalidValue: not an exact number (a float is refused), or out of the range, naming
            ``owner.field``, in the words of :func:`between`.

    """
    from vardservice.units import to_decimal  # not at import: see _read._units

    number = to_decimal(value, owner=owner, field=field)
    if not minimum <= number <= maximum:
        raise InvalidValue(owner, field, value, f"a number from {minimum} to {maximum}")
    return number


def check_flag(value: object, *, owner: str, field: str) -> bool:
    """Return ``value`` if it is ``True`` or ``False``.

    Raises:
        InvalidValue: naming ``owner.field``.

    """
    if isinstance(value, bool):
        return value
    raise InvalidValue(owner, field, value, "True or False")
