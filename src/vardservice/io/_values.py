"""The values a fast reader (:mod:`vardservice.io._fast`) reads, each as its converter reads it.

Dates, amounts and regions read from text are remembered (bounded): the same few
recur across documents. Each function raises for a value of another shape, which
sends the document the detailed way.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

import pendulum

from vardservice import _fields
from vardservice.dates import to_date
from vardservice.regions import HealthcareRegion, Region, get_healthcare_region, get_region

__all__ = ["DATES", "REGIONS", "date", "decimal", "healthcare_region", "money", "region"]

_LIMIT: Final = 4096
"""At most this many texts are cached per kind of value (dates, amounts): bounded, so
that a stream of documents cannot grow the caches without end."""


DATES: dict[str, pendulum.Date] = {}
"""Dates read, by their text."""


def date(value: str) -> pendulum.Date:
    """Return the date of an ISO 8601 text, as ``_fields.date`` reads it (no spaces around)."""
    found = DATES.get(value)
    if found is None:
        # The document check refuses spaces around a date; _fields.date then calls to_date.
        if value != value.strip():
            raise ValueError(value)
        found = to_date(value)
        if len(DATES) < _LIMIT:
            DATES[value] = found
    return found


_AMOUNTS: dict[object, Any] = {}


def money(value: object) -> Any:
    """Return the amount of a text or an integer, as ``_fields.money`` reads it."""
    if type(value) is not str and type(value) is not int:
        raise TypeError(value)
    found = _AMOUNTS.get(value)
    if found is None:
        from vardservice.units import to_money

        found = to_money(value, negative=False)  # as _fields.money reads it
        if len(_AMOUNTS) < _LIMIT and type(value) is str:
            _AMOUNTS[value] = found
    return found


def decimal(value: object) -> Decimal:
    """Return the decimal of a text or an integer, as ``_fields.decimal`` reads it."""
    if type(value) is not str and type(value) is not int:
        raise TypeError(value)
    from vardservice.units import to_decimal

    return to_decimal(value, max_abs=_fields.MAX_DECIMAL)  # as _fields.decimal reads it


REGIONS: dict[str, Region] = {}
"""Regions read, by the text as written."""


def region(value: object) -> Region:
    """Return the region a text names (a code, key or name), as ``get_region`` reads it."""
    if type(value) is not str:
        raise TypeError(value)
    found = get_region(value)
    if len(REGIONS) < _LIMIT:
        REGIONS[value] = found
    return found


def healthcare_region(value: object) -> HealthcareRegion:
    """Return the healthcare region a text names, as ``get_healthcare_region`` reads it."""
    if type(value) is not str:
        raise TypeError(value)
    return get_healthcare_region(value)
