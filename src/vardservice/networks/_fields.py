"""Private validation helpers of the network model."""

from __future__ import annotations

import enum
from typing import Any, TypeVar

import attrs
import pendulum

from vardservice._checks import text as _text
from vardservice.dates import to_date
from vardservice.errors import InvalidValue, UnknownRegion
from vardservice.regions import Region, get_region
from vardservice.units import Money, to_money

# --- validation helpers ---------------------------------------------------------------------


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _text(instance, attribute, value)


def _texts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    owner = type(instance).__name__
    if not isinstance(value, tuple):
        raise InvalidValue(owner, attribute.name, value, "a list of strings")
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise InvalidValue(owner, f"{attribute.name}[{i}]", item, "a non-empty string")


def _optional_date(value: object) -> object:
    # A converter cannot name its class, so a bad value is passed on to _date_or_none.
    if value is None or isinstance(value, pendulum.Date):
        return value
    try:
        return to_date(value)
    except InvalidValue:
        return value


def _date_or_none(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, pendulum.Date):
        raise InvalidValue(
            type(instance).__name__, attribute.name, value, "a date (ISO 8601) or None"
        )


def _year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a year, 1900-2200")


def _optional_year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _year(instance, attribute, value)


def _month(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a month, 1-12")
    if value is not None and not 1 <= value <= 12:
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a month, 1-12")


# attrs converters take only the value, so there is one per field, to name it when refusing.
def _reimbursement(value: object) -> Money | None:
    if value is None:
        return None
    return to_money(value, owner="StaffAssignment", field="reimbursement", negative=False)


def _cost_amount(value: object) -> Money:
    return to_money(value, owner="BudgetLine", field="amount", negative=False)


def _income_amount(value: object) -> Money:
    return to_money(value, owner="IncomeLine", field="amount", negative=False)


E = TypeVar("E", bound=enum.Enum)


def _enum_member(kind: type[E], owner: str, field: str, value: object) -> E:
    if isinstance(value, kind):
        return value
    found = kind._value2member_map_.get(value) if isinstance(value, str) else None
    if found is None:
        values = ", ".join(repr(m.value) for m in kind)
        raise InvalidValue(owner, field, value, f"a {kind.__name__}: one of {values}")
    return found  # type: ignore[return-value]


def _member_key(value: object) -> object:
    """Return a region's county code when the value names a region; else the text as written."""
    if isinstance(value, Region):
        return value.code
    if isinstance(value, str | int) and not isinstance(value, bool):
        try:
            return get_region(value).code
        except UnknownRegion:
            return value.strip() if isinstance(value, str) else value
    return value


def _region_of(key: str) -> Region | None:
    """Return the region of a member key (a county code), or ``None`` for any other member."""
    try:
        return get_region(key) if key.isdigit() else None
    except UnknownRegion:
        return None


def _dates_in_order(start: str, end: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        first, last = getattr(instance, start), getattr(instance, end)
        if first is not None and last is not None and last < first:
            raise InvalidValue(
                type(instance).__name__, end, last.isoformat(), f"on or after {start} {first}"
            )

    return check


def _whole_year(owner: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        raise InvalidValue(owner, "year", value, "a year, 1900-2200")
    return value


def _day(value: object, owner: str, field: str) -> pendulum.Date:
    return to_date(value, owner=owner, field=field)


def _covers(start: pendulum.Date | None, end: pendulum.Date | None, day: pendulum.Date) -> bool:
    return start is not None and start <= day and (end is None or day <= end)


def _overlaps_year(start: pendulum.Date | None, end: pendulum.Date | None, year: int) -> bool:
    return (
        start is not None
        and start <= pendulum.Date(year, 12, 31)
        and (end is None or end >= pendulum.Date(year, 1, 1))
    )
