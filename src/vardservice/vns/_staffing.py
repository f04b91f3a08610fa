"""The staffing reduction: hours out of the staffing plans of eligible wards (RGS-VNS).

"Varför ökar kostnaderna?": on inpatient wards with more than 14 available beds, 8 hours a
weekday are taken out of the staffing plans, which "motsvarar 12 mnkr, årseffekt"
(:func:`staffing_reduction`, and its inverse :func:`implied_hourly_cost`).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Final

import attrs

from vardservice import _fields
from vardservice.dates import MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, working_days
from vardservice.errors import InvalidValue
from vardservice.sources import Citation, cite
from vardservice.units import Money, to_money

STAFFING_SOURCE: Final[Citation] = cite("RGS-VNS", "Varför ökar kostnaderna?")
"""Where the staffing-reduction estimate comes from (14 beds, 8 hours, 12 mnkr)."""

DEFAULT_BED_THRESHOLD: Final = 14
"""Wards need strictly more beds than this: "fler än 14 disponibla vårdplatser" (RGS-VNS)."""

DEFAULT_HOURS_PER_WEEKDAY: Final = Decimal(8)
"""Hours removed from the staffing plan per weekday (Monday-Friday) and ward (RGS-VNS)."""

# Bounds shared by the VNS modules: a day's hours, an overhead in percent, a number of wards.
MAX_HOURS: Final = Decimal(24)
MAX_OVERHEAD: Final = Decimal(1000)
MAX_WARDS: Final = 100_000
_MAX_COUNT: Final = 10**9


def _year(owner: str, value: object) -> int:
    """Check a year whose working days are counted (the calendar-year policy)."""
    return _fields.check_year(value, MIN_CALENDAR_YEAR, MAX_CALENDAR_YEAR, owner=owner)


def _working_days(owner: str, year: object, eves_off: object) -> WorkingDays:
    flag = _fields.check_flag(eves_off, owner=owner, field="eves_off")
    return WorkingDays.of(_year(owner, year), eves_off=flag)


@attrs.frozen(kw_only=True)
class Ward:
    """A ward (avdelning) and what decides whether the staffing reduction applies.

    Attributes:
        name: the ward's name.
        available_beds: available beds (disponibla vårdplatser), a whole number, at least 0.
        inpatient: whether it is an inpatient ward (slutenvårdsavdelning).

    Example:
        >>> Ward(name="Medicin 1", available_beds=15, inpatient=True)
        Ward(name='Medicin 1', available_beds=15, inpatient=True)

    """

    name: str = attrs.field(validator=_fields.text)
    available_beds: int = attrs.field(validator=_fields.whole(0, _MAX_COUNT))
    inpatient: bool = attrs.field(validator=_fields.flag)


def is_eligible(ward: Ward, *, bed_threshold: int = DEFAULT_BED_THRESHOLD) -> bool:
    """Return whether the staffing reduction applies to ``ward`` (RGS-VNS).

    It applies to inpatient wards with strictly more than ``bed_threshold``
    available beds: "slutenvårdsavdelningar, med fler än 14 disponibla
    vårdplatser". A ward with exactly 14 beds is not eligible.

    Args:
        ward: the ward.
        bed_threshold: the number of beds a ward must exceed; 14 in RGS-VNS.

    Returns:
        ``True`` when the ward is an inpatient ward with more beds than the threshold.

    Raises:
        InvalidValue: ``ward`` is not a :class:`Ward`, or a bad threshold.

    Example:
        >>> is_eligible(Ward(name="A", available_beds=14, inpatient=True))
        False
        >>> is_eligible(Ward(name="B", available_beds=15, inpatient=True))
        True
        >>> is_eligible(Ward(name="C", available_beds=30, inpatient=False))
        False

    """
    if not isinstance(ward, Ward):
        raise InvalidValue("is_eligible", "ward", ward, "a Ward")
    threshold = _fields.check_whole(
        bed_threshold, 0, _MAX_COUNT, owner="is_eligible", field="bed_threshold"
    )
    return ward.inpatient and ward.available_beds > threshold


@attrs.frozen(kw_only=True)
class WorkingDays:
    """The working days of a year under a stated convention (see :mod:`vardservice.dates`).

    Monday to Friday less Swedish public holidays and, when ``eves_off``, less
    midsommarafton, julafton and nyårsafton.

    Attributes:
        year: the calendar year.
        eves_off: whether the three eves count as days off.
        days: the number of working days, from :func:`vardservice.dates.working_days`.

    """

    year: int
    eves_off: bool
    days: int

    @classmethod
    def of(cls, year: int, *, eves_off: bool = True) -> WorkingDays:
        """Return the working days of ``year`` under the convention ``eves_off``.

        Raises:
            InvalidValue: a year outside 1953-2199, or ``eves_off`` not a bool.

        Example:
            >>> WorkingDays.of(2024)
            WorkingDays(year=2024, eves_off=True, days=251)

        """
        checked = _year("WorkingDays", year)
        flag = _fields.check_flag(eves_off, owner="WorkingDays", field="eves_off")
        return cls(year=checked, eves_off=flag, days=working_days(checked, eves_off=flag))

    def __str__(self) -> str:
        eves = "eves off" if self.eves_off else "eves worked"
        return f"{self.days} working days in {self.year} (Monday-Friday less holidays, {eves})"


@attrs.frozen(kw_only=True)
class TraceEntry:
    """One input of a calculation, its value and where it comes from.

    Attributes:
        name: the input, e.g. ``"hours_per_weekday"``.
        value: the value as text, e.g. ``"8"``.
        source: the source document and heading, or ``None`` for a caller's parameter.
        note: how the value was obtained, in English.

    """

    name: str
    value: str
    source: Citation | None = None
    note: str = ""


@attrs.frozen(kw_only=True)
class WardReduction:
    """The staffing reduction of one ward in a year.

    Attributes:
        ward: the ward.
        eligible: whether the reduction applies (see :func:`is_eligible`).
        hours: hours removed in the year (0 when not eligible).
        effect: the annual effect in kronor (0 kr when not eligible).

    """

    ward: Ward
    eligible: bool
    hours: Decimal
    effect: Money


@attrs.frozen(kw_only=True)
class StaffingReduction:
    """The annual effect of taking hours out of the staffing plans (RGS-VNS).

    effect = Σ over eligible wards of hours_per_weekday × working days ×
    cost_per_hour × (1 + overhead_percent / 100), exact.

    Attributes:
        wards: the result per ward, in the order given.
        working_days: the year and working-day convention used.
        hours_per_weekday: hours removed per weekday and eligible ward.
        cost_per_hour: the staff cost in kronor per hour (kr/h), before overhead.
        overhead_percent: payroll overhead (personalomkostnadspålägg) in percent.
        bed_threshold: a ward needs more available beds than this.

    """

    wards: tuple[WardReduction, ...]
    working_days: WorkingDays
    hours_per_weekday: Decimal
    cost_per_hour: Money
    overhead_percent: Decimal
    bed_threshold: int

    @property
    def total(self) -> Money:
        """The annual effect of all eligible wards together."""
        return sum((w.effect for w in self.wards), Money.zero())

    @property
    def eligible_wards(self) -> tuple[Ward, ...]:
        """The wards to which the reduction applies."""
        return tuple(w.ward for w in self.wards if w.eligible)

    @property
    def cost_per_hour_with_overhead(self) -> Money:
        """Kronor per hour including the payroll overhead."""
        return self.cost_per_hour * (1 + self.overhead_percent / 100)

    @property
    def trace(self) -> tuple[TraceEntry, ...]:
        """The inputs of the calculation and their sources."""
        defaults = {
            "bed_threshold": self.bed_threshold == DEFAULT_BED_THRESHOLD,
            "hours_per_weekday": self.hours_per_weekday == DEFAULT_HOURS_PER_WEEKDAY,
        }
        return (
            TraceEntry(
                name="bed_threshold",
                value=str(self.bed_threshold),
                source=STAFFING_SOURCE if defaults["bed_threshold"] else None,
                note="inpatient wards with more available beds than this are eligible",
            ),
            TraceEntry(
                name="hours_per_weekday",
                value=str(self.hours_per_weekday),
                source=STAFFING_SOURCE if defaults["hours_per_weekday"] else None,
                note="hours removed per weekday (Monday-Friday) and eligible ward",
            ),
            TraceEntry(
                name="working_days",
                value=str(self.working_days.days),
                note=(
                    f"vardservice.dates.working_days({self.working_days.year}, "
                    f"eves_off={self.working_days.eves_off})"
                ),
            ),
            TraceEntry(
                name="cost_per_hour",
                value=str(self.cost_per_hour),
                note="kr per hour, given by the caller (no source gives it)",
            ),
            TraceEntry(
                name="overhead_percent",
                value=str(self.overhead_percent),
                note="payroll overhead in percent, given by the caller",
            ),
            TraceEntry(
                name="eligible_wards",
                value=str(len(self.eligible_wards)),
                note=f"of {len(self.wards)} wards given by the caller",
            ),
        )


def staffing_reduction(
    wards: Iterable[Ward],
    year: int,
    *,
    cost_per_hour: Money | str,
    hours_per_weekday: Decimal | int | str = DEFAULT_HOURS_PER_WEEKDAY,
    overhead_percent: Decimal | int | str = 0,
    bed_threshold: int = DEFAULT_BED_THRESHOLD,
    eves_off: bool = True,
) -> StaffingReduction:
    """Return the annual effect of removing hours from the staffing plans (RGS-VNS).

    For each eligible ward (:func:`is_eligible`): hours_per_weekday × working
    days of ``year`` × cost_per_hour × (1 + overhead_percent / 100).

    Args:
        wards: the wards; the ineligible ones are listed with a zero effect.
        year: the calendar year whose working days count.
        cost_per_hour: staff cost in kronor per hour (kr/h), e.g. ``Money.of(350)``
            or ``"350 kr"``; no source gives it.
        hours_per_weekday: hours removed per weekday and ward; 8 in RGS-VNS.
        overhead_percent: payroll overhead (personalomkostnadspålägg) in percent,
            e.g. ``"41.5"``; 0 when ``cost_per_hour`` already includes it.
        bed_threshold: a ward needs more available beds than this; 14 in RGS-VNS.
        eves_off: the working-day convention (:func:`vardservice.dates.working_days`).

    Returns:
        The effect per ward and in total, with the inputs and their sources.

    Raises:
        InvalidValue: a float, a negative amount, hours outside 0-24 or an overhead
            outside 0-1000 %, a bad year, or a ward that is not a :class:`Ward`; the
            message names the argument and the value.

    Example:
        >>> from vardservice.units import Money
        >>> wards = [
        ...     Ward(name="Medicin 1", available_beds=15, inpatient=True),
        ...     Ward(name="Medicin 2", available_beds=14, inpatient=True),
        ...     Ward(name="Dagkirurgi", available_beds=20, inpatient=False),
        ... ]
        >>> result = staffing_reduction(wards, 2024, cost_per_hour=Money.of(300))
        >>> result.working_days.days, [w.ward.name for w in result.wards if w.eligible]
        (251, ['Medicin 1'])
        >>> str(result.total)  # 8 h × 251 days × 300 kr/h
        '602400 kr'

    """
    owner = "staffing_reduction"
    given = _fields.check_items(wards, Ward, owner=owner, field="wards")
    days = _working_days(owner, year, eves_off)
    cost = to_money(cost_per_hour, owner=owner, field="cost_per_hour", negative=False)
    hours = _fields.check_decimal(
        hours_per_weekday, 0, MAX_HOURS, owner=owner, field="hours_per_weekday"
    )
    overhead = _fields.check_decimal(
        overhead_percent, 0, MAX_OVERHEAD, owner=owner, field="overhead_percent"
    )
    threshold = _fields.check_whole(
        bed_threshold, 0, _MAX_COUNT, owner=owner, field="bed_threshold"
    )
    hours_per_ward = hours * days.days
    effect_per_ward = cost * (hours_per_ward * (1 + overhead / 100))
    results = []
    for ward in given:
        eligible = is_eligible(ward, bed_threshold=threshold)
        results.append(
            WardReduction(
                ward=ward,
                eligible=eligible,
                hours=hours_per_ward if eligible else Decimal(0),
                effect=effect_per_ward if eligible else Money.zero(),
            )
        )
    return StaffingReduction(
        wards=tuple(results),
        working_days=days,
        hours_per_weekday=hours,
        cost_per_hour=cost,
        overhead_percent=overhead,
        bed_threshold=threshold,
    )


def implied_hourly_cost(
    annual_effect: Money | str,
    *,
    eligible_wards: int,
    year: int,
    hours_per_weekday: Decimal | int | str = DEFAULT_HOURS_PER_WEEKDAY,
    overhead_percent: Decimal | int | str = 0,
    eves_off: bool = True,
) -> Money:
    """Return the cost per hour (kr/h) that a stated annual effect implies.

    The inverse of :func:`staffing_reduction`: annual_effect / (eligible_wards ×
    hours_per_weekday × working days × (1 + overhead_percent / 100)). RGS-VNS
    states the effect (12 mnkr) but not the number of eligible wards, so that is
    a parameter. The division keeps Decimal's 28 significant digits; multiplying
    back agrees with ``annual_effect`` to far below one öre.

    Args:
        annual_effect: the annual effect, e.g. ``Money.of(12, "mnkr")``.
        eligible_wards: the number of eligible wards (no source gives it), at least 1.
        year: the calendar year whose working days count.
        hours_per_weekday: hours removed per weekday and ward; 8 in RGS-VNS.
        overhead_percent: payroll overhead in percent included in the effect.
        eves_off: the working-day convention (:func:`vardservice.dates.working_days`).

    Returns:
        Kronor per hour, before overhead, as :class:`~vardservice.units.Money`.

    Raises:
        InvalidValue: a float, a negative effect, no wards, hours outside 0-24 (or 0),
            an overhead outside 0-1000 % or a bad year.

    Example:
        >>> from vardservice.units import Money, format_money
        >>> # 10 eligible wards is illustrative: RGS-VNS does not say how many there were.
        >>> cost = implied_hourly_cost(Money.of(12, "mnkr"), eligible_wards=10, year=2018)
        >>> format_money(cost, "kr", decimals=2).replace("\\xa0", " ")
        '600,00 kr'

    """
    owner = "implied_hourly_cost"
    effect = to_money(annual_effect, owner=owner, field="annual_effect", negative=False)
    wards = _fields.check_whole(eligible_wards, 1, MAX_WARDS, owner=owner, field="eligible_wards")
    days = _working_days(owner, year, eves_off)
    hours = _fields.check_decimal(
        hours_per_weekday, 0, MAX_HOURS, owner=owner, field="hours_per_weekday"
    )
    if hours == 0:
        raise InvalidValue(owner, "hours_per_weekday", hours_per_weekday, "more than 0 hours")
    overhead = _fields.check_decimal(
        overhead_percent, 0, MAX_OVERHEAD, owner=owner, field="overhead_percent"
    )
    divisor = wards * hours * days.days * (1 + overhead / 100)
    result: Money = effect / divisor
    return result
