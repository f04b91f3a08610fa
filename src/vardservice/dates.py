"""Dates: calendar-month arithmetic and Swedish working days (arbetsdagar).

Everything here is calendar arithmetic on :class:`pendulum.Date`; nothing
reads the clock. A follow-up "within 12 months" of 2024-02-29 is due on
2025-02-28: months are added and the day is clipped to the month's end.

Working days follow one documented convention: Monday to Friday, less the
Swedish public holidays (allmänna helgdagar, Lag (1989:253)), and by default
(``eves_off=True``) less midsommarafton, julafton and nyårsafton, which the
Annual Leave Act (Semesterlag (1977:480) 3 a §) treats like Sundays and which
are de facto days off. Holidays come from the ``holidays`` package, with its
``PUBLIC`` and ``DE_FACTO`` categories named explicitly and Sundays excluded
explicitly, since its defaults have changed between releases.

Example:
    >>> import pendulum
    >>> from vardservice.dates import add_months, working_days
    >>> add_months(pendulum.date(2024, 2, 29), 12)
    Date(2025, 2, 28)
    >>> working_days(2024), working_days(2024, eves_off=False)
    (251, 254)

"""

from __future__ import annotations

import calendar
import datetime
import functools
from collections.abc import Iterator
from typing import Final

import pendulum

from vardservice.errors import InvalidValue

__all__ = [
    "MAX_CALENDAR_YEAR",
    "MAX_CASE_YEAR",
    "MAX_FEE_YEAR",
    "MAX_RECORD_YEAR",
    "MAX_YEAR",
    "MIN_CALENDAR_YEAR",
    "MIN_CASE_YEAR",
    "MIN_FEE_YEAR",
    "MIN_RECORD_YEAR",
    "MIN_YEAR",
    "add_months",
    "holidays_in",
    "is_working_day",
    "iter_days",
    "to_date",
    "working_days",
    "working_days_between",
]

# --- The year policy: one pair of bounds per meaning of "a year" -------------------------
#
# A year field is checked against the bounds of what it means, never against numbers written
# inline; vardservice._fields has a validator for each pair. The bounds are guards against
# typos (20240, 224) and junk, chosen wide: none of them is a rule of a source.

MIN_CALENDAR_YEAR: Final = 1953
"""The first year of the Swedish calendar as modelled (Act 1952:48): working days, holidays,
meeting days. Used wherever a year's days are counted: :func:`working_days`, meeting dates,
the VNS calculations, key-figure years."""
MAX_CALENDAR_YEAR: Final = 2199
"""The last year of the calendar as modelled: far beyond any plan, and a bound on the
holiday sets cached per year (a typo such as 20240 is refused, not computed)."""

MIN_YEAR: Final = MIN_CALENDAR_YEAR
"""The first calendar year (:data:`MIN_CALENDAR_YEAR`; the name kept for existing callers)."""
MAX_YEAR: Final = MAX_CALENDAR_YEAR
"""The last calendar year (:data:`MAX_CALENDAR_YEAR`; the name kept for existing callers)."""

MIN_RECORD_YEAR: Final = 1900
"""The first year a record may be about: a population figure's 31 December, a network's
plan, theme, budget or founding year. No day of it is counted, so the calendar's bounds do
not apply, and 1900 is earlier than any figure or plan these records hold."""
MAX_RECORD_YEAR: Final = 2200
"""The last year a record may be about (a typo guard, like the calendar's)."""

MIN_FEE_YEAR: Final = 2000
"""The first fee year of a fee schedule or an annual fee. Best Service's combined fee dates
from 2018 (BS §5.1); 2000 leaves room for earlier schedules of other networks while refusing
a population count or a year of the last century given by mistake."""
MAX_FEE_YEAR: Final = 2200
"""The last fee year (a typo guard)."""

MIN_CASE_YEAR: Final = 1900
"""The first registration year of a case number (diarienummer), e.g. 2020 in "HSN 938-2020".

A case number is text, read before anything else is known about it, so its year is checked
on its own terms: four digits, as wide as a record's years (a typo guard, not a rule)."""
MAX_CASE_YEAR: Final = 2199
"""The last registration year of a case number (the calendar's last year)."""


def to_date(value: object, *, owner: str = "date", field: str = "value") -> pendulum.Date:
    """Return ``value`` as a :class:`pendulum.Date`.

    Accepts a ``pendulum.Date``, a ``datetime.date`` (not a datetime) or an
    ISO 8601 date string (``"2020-11-18"``).

    Raises:
        InvalidValue: anything else, naming ``owner.field``.

    """
    if isinstance(value, str):  # a document's form first: parsed once, into a pendulum date
        try:
            return pendulum.Date.fromisoformat(value.strip())
        except ValueError:
            pass
    elif isinstance(value, datetime.datetime):
        raise InvalidValue(owner, field, value, "a date without a time")
    elif isinstance(value, pendulum.Date):
        return value
    elif isinstance(value, datetime.date):
        return pendulum.Date(value.year, value.month, value.day)
    raise InvalidValue(owner, field, value, "a date (ISO 8601, e.g. '2020-11-18')")


def add_months(date: datetime.date, months: int) -> pendulum.Date:
    """Return ``date`` plus ``months`` calendar months, clipped to the month's end.

    Args:
        date: the start date.
        months: may be negative.

    Example:
        >>> import pendulum
        >>> add_months(pendulum.date(2023, 1, 31), 1)
        Date(2023, 2, 28)
        >>> add_months(pendulum.date(2023, 1, 31), 12)
        Date(2024, 1, 31)

    Raises:
        InvalidValue: ``date`` is not a date, ``months`` not a whole number, or the
            result falls outside the years 1-9999.

    """
    start = to_date(date, owner="add_months", field="date")
    if isinstance(months, bool) or not isinstance(months, int):
        raise InvalidValue("add_months", "months", months, "a whole number of months")
    # Calendar arithmetic in the stdlib, as pendulum's add(months=) does it (the day
    # clipped to the month's end), without its duration machinery (~10x slower; rules
    # SP021 and SP025 ask for a due date on every check).
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:  # past year 9999 or before year 1
        raise InvalidValue(
            "add_months", "months", months, f"a result between years 1 and 9999 from {start}"
        )
    day = start.day
    if day > 28:  # only a month's last days may need clipping (monthrange is Python)
        day = min(day, calendar.monthrange(year, month + 1)[1])
    return pendulum.Date(year, month + 1, day)


def _check_year(year: object, owner: str) -> int:
    if (
        isinstance(year, bool)
        or not isinstance(year, int)
        or not MIN_CALENDAR_YEAR <= year <= MAX_CALENDAR_YEAR
    ):
        raise InvalidValue(
            owner, "year", year, f"a year from {MIN_CALENDAR_YEAR} to {MAX_CALENDAR_YEAR}"
        )
    return year


@functools.cache
def _holidays(year: int, eves_off: bool) -> dict[pendulum.Date, str]:
    # holidays imports every country module (~0.1-0.3 s), so only when needed.
    import holidays
    from holidays.constants import DE_FACTO, PUBLIC

    categories = (PUBLIC, DE_FACTO) if eves_off else (PUBLIC,)
    calendar = holidays.country_holidays(
        "SE", years=year, categories=categories, include_sundays=False, language="sv"
    )
    return {to_date(day): str(name) for day, name in sorted(calendar.items())}


def holidays_in(year: int, *, eves_off: bool = True) -> dict[pendulum.Date, str]:
    """Return the Swedish holidays of ``year`` by date, with Swedish names.

    Args:
        year: the calendar year.
        eves_off: include midsommarafton, julafton and nyårsafton.

    Example:
        >>> days = holidays_in(2024)
        >>> days[pendulum.date(2024, 6, 21)]
        'Midsommarafton'

    """
    return dict(_holidays(_check_year(year, "holidays_in"), eves_off))


def is_working_day(date: datetime.date, *, eves_off: bool = True) -> bool:
    """Return whether ``date`` is a working day under the convention above."""
    day = to_date(date, owner="is_working_day", field="date")
    if day.isoweekday() > 5:
        return False
    return day not in _holidays(_check_year(day.year, "is_working_day"), eves_off)


def _weekdays_between(first: datetime.date, last: datetime.date) -> int:
    """Count Monday-Friday dates from ``first`` to ``last``, both included, in closed form."""
    if last < first:
        return 0
    days = (last - first).days + 1
    weeks, rest = divmod(days, 7)
    start = first.weekday()
    extra = sum(1 for i in range(rest) if (start + i) % 7 < 5)
    return weeks * 5 + extra


def working_days_between(
    first: datetime.date, last: datetime.date, *, eves_off: bool = True
) -> int:
    """Return the number of working days from ``first`` to ``last``, both included."""
    start = to_date(first, owner="working_days_between", field="first")
    end = to_date(last, owner="working_days_between", field="last")
    if end < start:
        return 0
    count = _weekdays_between(start, end)
    for year in range(start.year, end.year + 1):
        for day in _holidays(_check_year(year, "working_days_between"), eves_off):
            if start <= day <= end and day.isoweekday() <= 5:
                count -= 1
    return count


@functools.cache
def working_days(year: int, *, eves_off: bool = True) -> int:
    """Return the number of working days in ``year``.

    Monday to Friday less Swedish public holidays, and, when ``eves_off``
    (the default), less midsommarafton, julafton and nyårsafton.

    Raises:
        InvalidValue: a year outside 1953-2199 or not an int.

    Example:
        >>> working_days(2023)
        251

    """
    _check_year(year, "working_days")
    return working_days_between(
        pendulum.Date(year, 1, 1), pendulum.Date(year, 12, 31), eves_off=eves_off
    )


def iter_days(first: datetime.date, last: datetime.date) -> Iterator[pendulum.Date]:
    """Yield every date from ``first`` to ``last``, both included."""
    day = to_date(first)
    end = to_date(last)
    while day <= end:
        yield day
        day = day.add(days=1)
