"""Vårdnära service (VNS): staffing reduction, service agreement and business case.

*Vårdnära service* (ward-near service) means that service staff take over the
non-clinical tasks of a ward (meals, cleaning, supplies) from assistant nurses.
This module holds the calculations of the source RGS-VNS ("Fortsatt
utveckling av vårdnära service", Region Halland, Driftnämnden Regionservice),
with HSN90 (§ 90 Vårdnära service, HSN 938-2020) for the business case:

* the staffing-reduction estimate (RGS-VNS "Varför ökar kostnaderna?"): on
  inpatient wards with more than 14 available beds, 8 hours a weekday are taken
  out of the staffing plans, which "motsvarar 12 mnkr, årseffekt"
  (:func:`staffing_reduction`, and its inverse :func:`implied_hourly_cost`);
* the service agreement (RGS-VNS "Ekonomiska konsekvenser"): forecast full-year
  cost 23,4 mnkr, compensation 11,0 mnkr, deviation −12,4 mnkr
  (:class:`ServiceAgreement`, :func:`undocumented_scope`);
* the business case: implementation costs more before the full effect arrives
  (RGS-VNS "Bakgrund"), and efficiencies come first, to be reinvested later
  (HSN90 "Förslag till beslut") (:func:`business_case`, :func:`yearly_net`,
  :func:`break_even_year`, :func:`ramp_benefits`);
* the task catalogue: "Uppdragen för vårdnära service behöver standardiseras
  och frekvensstyras" (RGS-VNS "Ännu inte realiserade synergier"): tasks ×
  frequency × time, with hours, full-time equivalents and cost a year
  (:class:`TaskCatalogue`, :class:`ServiceTask`, :class:`Frequency`);
* the sensitivity of the staffing reduction to its inputs, which RGS-VNS does
  not state (:func:`staffing_sensitivity`), and :class:`VnsCase`, the document
  that ``vardservice vns FILE`` reads.

Money is exact :class:`~vardservice.units.Money` (Decimal kronor) throughout; a
float is refused everywhere. No source gives an hourly cost, a number of wards
or yearly figures of a business case: they are parameters, and the examples
mark their values as illustrative.

Example:
    >>> from vardservice.units import Money, format_money
    >>> from vardservice.vns import ServiceAgreement
    >>> agreement = ServiceAgreement(
    ...     name="VNS, Hallands sjukhus",
    ...     forecast_cost=Money.of("23.4", "mnkr"),
    ...     compensation=Money.of("11.0", "mnkr"),
    ... )
    >>> format_money(agreement.deviation, "mnkr").replace("\\xa0", " ")
    '-12,4 mnkr'
    >>> agreement.is_deficit()
    True

"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

import attrs

from vardservice._checks import any_text as _any_text
from vardservice._checks import as_tuple
from vardservice._checks import items as _items
from vardservice._checks import text as _text
from vardservice.dates import MAX_YEAR, MIN_YEAR, working_days
from vardservice.errors import InvalidValue
from vardservice.sources import Citation, cite
from vardservice.units import Money, to_decimal, to_money

__all__ = [
    "AGREEMENT_SOURCE",
    "BUSINESS_CASE_SOURCES",
    "DEFAULT_BED_THRESHOLD",
    "DEFAULT_HOURS_PER_FTE",
    "DEFAULT_HOURS_PER_WEEKDAY",
    "MONTHS_PER_YEAR",
    "SCOPE_SOURCE",
    "STAFFING_SOURCE",
    "TASKS_SOURCE",
    "WEEKS_PER_YEAR",
    "BusinessCase",
    "CaseYear",
    "Frequency",
    "ScopeItem",
    "Sensitivity",
    "SensitivityRow",
    "ServiceAgreement",
    "ServiceTask",
    "StaffingReduction",
    "TaskCatalogue",
    "TaskRow",
    "TraceEntry",
    "VnsCase",
    "Ward",
    "WardReduction",
    "WorkingDays",
    "YearlyNet",
    "break_even_year",
    "business_case",
    "implied_hourly_cost",
    "is_eligible",
    "ramp_benefits",
    "staffing_reduction",
    "staffing_sensitivity",
    "undocumented_scope",
    "yearly_net",
]

STAFFING_SOURCE: Final[Citation] = cite("RGS-VNS", "Varför ökar kostnaderna?")
"""Where the staffing-reduction estimate comes from (14 beds, 8 hours, 12 mnkr)."""

AGREEMENT_SOURCE: Final[Citation] = cite("RGS-VNS", "Ekonomiska konsekvenser")
"""Where the forecast (23,4 mnkr), compensation (11,0 mnkr) and deviation come from."""

SCOPE_SOURCE: Final[Citation] = cite("RGS-VNS", "Varför ökar kostnaderna?")
"""Where "dokumentera samtliga överenskommelser" and the unclear scope items come from."""

BUSINESS_CASE_SOURCES: Final[tuple[Citation, ...]] = (
    cite("RGS-VNS", "Bakgrund"),
    cite("HSN90", "Förslag till beslut"),
)
"""Implementation costs more first (RGS-VNS); efficiencies first, then reinvest (HSN90)."""

DEFAULT_BED_THRESHOLD: Final = 14
"""Wards need strictly more beds than this: "fler än 14 disponibla vårdplatser" (RGS-VNS)."""

DEFAULT_HOURS_PER_WEEKDAY: Final = Decimal(8)
"""Hours removed from the staffing plan per weekday (Monday-Friday) and ward (RGS-VNS)."""

_MAX_HOURS: Final = Decimal(24)
_MAX_OVERHEAD: Final = Decimal(1000)
_MAX_WARDS: Final = 100_000


# --- validation helpers ---------------------------------------------------------------------


def _whole(owner: str, field: str, value: object, *, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise InvalidValue(owner, field, value, f"a whole number from {minimum} to {maximum}")
    return value


def _flag(owner: str, field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidValue(owner, field, value, "True or False")
    return value


def _decimal_in(
    owner: str, field: str, value: object, *, minimum: Decimal, maximum: Decimal
) -> Decimal:
    number = to_decimal(value, owner=owner, field=field)
    if not minimum <= number <= maximum:
        raise InvalidValue(owner, field, value, f"a number from {minimum} to {maximum}")
    return number


def _money_of(owner: str, field: str, value: object, *, negative: bool = False) -> Money:
    return to_money(value, owner=owner, field=field, negative=negative)


def _year(owner: str, value: object) -> int:
    return _whole(owner, "year", value, minimum=MIN_YEAR, maximum=MAX_YEAR)


def _bool(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    _flag(type(instance).__name__, attribute.name, value)


def _count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    _whole(type(instance).__name__, attribute.name, value, minimum=0, maximum=10**9)


def _non_negative_money(instance: object, attribute: attrs.Attribute[Money], value: Money) -> None:
    _money_of(type(instance).__name__, attribute.name, value)


# attrs converters take only the value, so there is one per field, to name it when refusing.
def _forecast_cost(value: object) -> Money:
    return _money_of("ServiceAgreement", "forecast_cost", value, negative=True)


def _compensation(value: object) -> Money:
    return _money_of("ServiceAgreement", "compensation", value, negative=True)


def _cost(value: object) -> Money:
    return _money_of("CaseYear", "cost", value, negative=True)


def _benefit(value: object) -> Money:
    return _money_of("CaseYear", "benefit", value, negative=True)


# --- 1. staffing reduction ------------------------------------------------------------------


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

    name: str = attrs.field(validator=_text)
    available_beds: int = attrs.field(validator=_count)
    inpatient: bool = attrs.field(validator=_bool)


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
    threshold = _whole("is_eligible", "bed_threshold", bed_threshold, minimum=0, maximum=10**9)
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
        flag = _flag("WorkingDays", "eves_off", eves_off)
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
    given = _items(owner, "wards", wards, Ward)
    days = WorkingDays.of(_year(owner, year), eves_off=_flag(owner, "eves_off", eves_off))
    cost = _money_of(owner, "cost_per_hour", cost_per_hour)
    hours = _decimal_in(
        owner, "hours_per_weekday", hours_per_weekday, minimum=Decimal(0), maximum=_MAX_HOURS
    )
    overhead = _decimal_in(
        owner, "overhead_percent", overhead_percent, minimum=Decimal(0), maximum=_MAX_OVERHEAD
    )
    threshold = _whole(owner, "bed_threshold", bed_threshold, minimum=0, maximum=10**9)
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
    effect = _money_of(owner, "annual_effect", annual_effect)
    wards = _whole(owner, "eligible_wards", eligible_wards, minimum=1, maximum=_MAX_WARDS)
    days = WorkingDays.of(_year(owner, year), eves_off=_flag(owner, "eves_off", eves_off))
    hours = _decimal_in(
        owner, "hours_per_weekday", hours_per_weekday, minimum=Decimal(0), maximum=_MAX_HOURS
    )
    if hours == 0:
        raise InvalidValue(owner, "hours_per_weekday", hours_per_weekday, "more than 0 hours")
    overhead = _decimal_in(
        owner, "overhead_percent", overhead_percent, minimum=Decimal(0), maximum=_MAX_OVERHEAD
    )
    divisor = wards * hours * days.days * (1 + overhead / 100)
    result: Money = effect / divisor
    return result


# --- 2. service agreement -------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ScopeItem:
    """An item of a service agreement's scope (omfattning) and whether it is written down.

    RGS-VNS names two items that were left unclear: weekend duty for service
    staff (helgtjänstgöring) and final cleaning (slutstädning).

    Attributes:
        name: the item, e.g. ``"helgtjänstgöring"``.
        documented: whether the agreement on it is written down.
        note: where it is documented, or what is unclear.

    """

    name: str = attrs.field(validator=_text)
    documented: bool = attrs.field(default=False, validator=_bool)
    note: str = attrs.field(default="", validator=_any_text)


@attrs.frozen(kw_only=True)
class ServiceAgreement:
    """A service agreement: forecast full-year cost against compensation (RGS-VNS).

    Attributes:
        name: what the agreement is for.
        forecast_cost: the provider's forecast full-year cost
            (prognosticerad helårskostnad), at least 0 kr.
        compensation: the compensation for the assignment (ersättning), at least 0 kr.
        scope: the items of the agreement's scope.

    Example:
        >>> from vardservice.units import Money
        >>> agreement = ServiceAgreement(
        ...     name="VNS",
        ...     forecast_cost=Money.of("23.4", "mnkr"),
        ...     compensation=Money.of("11.0", "mnkr"),
        ... )
        >>> agreement.deviation == Money.of("-12.4", "mnkr")
        True

    """

    name: str = attrs.field(validator=_text)
    forecast_cost: Money = attrs.field(converter=_forecast_cost, validator=_non_negative_money)
    compensation: Money = attrs.field(converter=_compensation, validator=_non_negative_money)
    scope: tuple[ScopeItem, ...] = attrs.field(default=(), converter=as_tuple)

    def __attrs_post_init__(self) -> None:
        _items("ServiceAgreement", "scope", self.scope, ScopeItem)

    @property
    def deviation(self) -> Money:
        """Compensation less forecast cost (avvikelse); negative is a deficit."""
        return self.compensation - self.forecast_cost

    def is_deficit(self) -> bool:
        """Return whether the forecast cost exceeds the compensation (negative deviation)."""
        return self.deviation.is_negative()

    @property
    def source(self) -> Citation:
        """RGS-VNS "Ekonomiska konsekvenser"."""
        return AGREEMENT_SOURCE


def undocumented_scope(agreement: ServiceAgreement) -> tuple[ScopeItem, ...]:
    """Return the scope items of ``agreement`` that are not written down.

    RGS-VNS: "det är viktigt att dokumentera samtliga överenskommelser" (it is
    important to document every agreement made), after unclarity over weekend
    duty and final cleaning.

    Args:
        agreement: the service agreement.

    Returns:
        The undocumented items, in the agreement's order.

    Raises:
        InvalidValue: ``agreement`` is not a :class:`ServiceAgreement`.

    Example:
        >>> agreement = ServiceAgreement(
        ...     name="VNS", forecast_cost="23,4 mnkr", compensation="11,0 mnkr",
        ...     scope=[ScopeItem(name="helgtjänstgöring"),
        ...            ScopeItem(name="slutstädning", documented=True)],
        ... )
        >>> [item.name for item in undocumented_scope(agreement)]
        ['helgtjänstgöring']

    """
    if not isinstance(agreement, ServiceAgreement):
        raise InvalidValue("undocumented_scope", "agreement", agreement, "a ServiceAgreement")
    return tuple(item for item in agreement.scope if not item.documented)


# --- 3. business case -----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CaseYear:
    """The costs and benefits of one year of a business case.

    Attributes:
        year: the calendar year.
        cost: the year's costs (implementation, reinvestment), at least 0 kr.
        benefit: the year's benefits (realised effects), at least 0 kr.

    """

    year: int = attrs.field()
    cost: Money = attrs.field(converter=_cost, validator=_non_negative_money)
    benefit: Money = attrs.field(converter=_benefit, validator=_non_negative_money)

    @year.validator
    def _check_year(self, attribute: attrs.Attribute[int], value: object) -> None:
        _year("CaseYear", value)

    @property
    def net(self) -> Money:
        """Benefit less cost."""
        return self.benefit - self.cost


def _consecutive(
    instance: object, attribute: attrs.Attribute[tuple[CaseYear, ...]], value: object
) -> None:
    items = _items("BusinessCase", attribute.name, value, CaseYear)
    if not items:
        raise InvalidValue("BusinessCase", attribute.name, [], "at least one year")
    years = [item.year for item in items]
    expected = list(range(years[0], years[0] + len(years)))
    if years != expected:
        raise InvalidValue("BusinessCase", attribute.name, years, "consecutive years, ascending")


@attrs.frozen(kw_only=True)
class BusinessCase:
    """Yearly costs and benefits of a change, e.g. introducing VNS.

    Implementation costs more before the full effect arrives (RGS-VNS
    "Bakgrund"). No source gives yearly figures, so every case says where its
    figures come from: a ``reference`` or ``illustrative=True``, or both.

    Attributes:
        years: one :class:`CaseYear` per year, consecutive and ascending.
        reference: the document or decision the figures come from.
        illustrative: the figures are examples, not a real plan.

    """

    years: tuple[CaseYear, ...] = attrs.field(converter=as_tuple, validator=_consecutive)
    reference: str | None = None
    illustrative: bool = attrs.field(default=False, validator=_bool)

    def __attrs_post_init__(self) -> None:
        reference = self.reference
        if reference is not None and not isinstance(reference, str):
            raise InvalidValue("BusinessCase", "reference", reference, "a string or None")
        if not self.illustrative and not (reference and reference.strip()):
            raise InvalidValue(
                "BusinessCase",
                "reference",
                reference,
                "the document the figures come from, or illustrative=True",
            )


@attrs.frozen(kw_only=True)
class YearlyNet:
    """The net of one year of a business case and the running total.

    Attributes:
        year: the calendar year.
        net: benefit less cost in the year.
        cumulative: the sum of the nets from the first year to this one.

    """

    year: int
    net: Money
    cumulative: Money


def ramp_benefits(
    full_benefit: Money | str, shares: Sequence[Decimal | int | str]
) -> tuple[Money, ...]:
    """Return the benefit of each year as a share of the full annual benefit.

    Benefits are realised over time (effekthemtagning, HSN90): a ramp of shares
    such as ``["0.25", "0.75", "1"]`` gives a quarter of the full benefit in the
    first year, three quarters in the second and all of it from the third.

    Args:
        full_benefit: the annual benefit at full effect, at least 0 kr.
        shares: one share per year, each from 0 to 1, as ``str``, ``int`` or ``Decimal``.

    Returns:
        One amount per share, exact.

    Raises:
        InvalidValue: a float, a share outside 0-1, or a negative benefit.

    Example:
        >>> [str(m) for m in ramp_benefits("4 mnkr", ["0.25", "0.75", "1"])]
        ['1000000.00 kr', '3000000.00 kr', '4000000 kr']

    """
    owner = "ramp_benefits"
    full = _money_of(owner, "full_benefit", full_benefit)
    if isinstance(shares, str | bytes | Mapping) or not isinstance(shares, Iterable):
        raise InvalidValue(owner, "shares", shares, "a list of shares from 0 to 1")
    return tuple(
        full * _decimal_in(owner, f"shares[{i}]", share, minimum=Decimal(0), maximum=Decimal(1))
        for i, share in enumerate(shares)
    )


def business_case(
    first_year: int,
    *,
    costs: Sequence[Money | str | int],
    benefits: Sequence[Money | str | int],
    reference: str | None = None,
    illustrative: bool = False,
) -> BusinessCase:
    """Return a business case from yearly costs and benefits, starting in ``first_year``.

    Args:
        first_year: the calendar year of the first entries.
        costs: each year's costs.
        benefits: each year's benefits, as many as ``costs``
            (see :func:`ramp_benefits`).
        reference: the document the figures come from.
        illustrative: the figures are examples, not a real plan.

    Returns:
        The business case.

    Raises:
        InvalidValue: different lengths, no years, a float or a negative amount, or
            neither a reference nor ``illustrative=True``.

    Example:
        >>> case = business_case(2024, costs=["3 mnkr", "1 mnkr"], benefits=["1 mnkr", "4 mnkr"],
        ...                      illustrative=True)
        >>> [str(y.net) for y in yearly_net(case)]
        ['-2000000 kr', '3000000 kr']

    """
    owner = "business_case"
    start = _year(owner, first_year)
    for field, value in (("costs", costs), ("benefits", benefits)):
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
            raise InvalidValue(owner, field, value, "a list of amounts")
    if len(costs) != len(benefits):
        raise InvalidValue(
            owner, "benefits", len(benefits), f"as many years as costs ({len(costs)})"
        )
    if start + len(costs) - 1 > MAX_YEAR:
        raise InvalidValue(owner, "costs", len(costs), f"years up to {MAX_YEAR}")
    years = tuple(
        CaseYear(
            year=start + i,
            cost=_money_of(owner, f"costs[{i}]", cost),
            benefit=_money_of(owner, f"benefits[{i}]", benefit),
        )
        for i, (cost, benefit) in enumerate(zip(costs, benefits, strict=True))
    )
    return BusinessCase(years=years, reference=reference, illustrative=illustrative)


def yearly_net(case: BusinessCase) -> tuple[YearlyNet, ...]:
    """Return each year's net (benefit − cost) and the cumulative net.

    Args:
        case: the business case.

    Returns:
        One :class:`YearlyNet` per year, in order; ``cumulative`` is the running sum.

    Raises:
        InvalidValue: ``case`` is not a :class:`BusinessCase`.

    Example:
        >>> case = business_case(2024, costs=[5, 0], benefits=[2, 4], illustrative=True)
        >>> [(y.year, str(y.net), str(y.cumulative)) for y in yearly_net(case)]
        [(2024, '-3 kr', '-3 kr'), (2025, '4 kr', '1 kr')]

    """
    if not isinstance(case, BusinessCase):
        raise InvalidValue("yearly_net", "case", case, "a BusinessCase")
    rows = []
    running = Money.zero()
    for entry in case.years:
        running = running + entry.net
        rows.append(YearlyNet(year=entry.year, net=entry.net, cumulative=running))
    return tuple(rows)


def break_even_year(case: BusinessCase) -> int | None:
    """Return the first year whose cumulative net is at least 0 kr, or ``None``.

    Args:
        case: the business case.

    Returns:
        The break-even year (brytpunkt), or ``None`` if the case never breaks even.

    Raises:
        InvalidValue: ``case`` is not a :class:`BusinessCase`.

    Example:
        >>> case = business_case(2024, costs=[5, 0, 0], benefits=[2, 2, 2], illustrative=True)
        >>> [str(y.cumulative) for y in yearly_net(case)], break_even_year(case)
        (['-3 kr', '-1 kr', '1 kr'], 2026)
        >>> print(break_even_year(business_case(2024, costs=[5], benefits=[2], illustrative=True)))
        None

    """
    if not isinstance(case, BusinessCase):
        raise InvalidValue("break_even_year", "case", case, "a BusinessCase")
    return next((row.year for row in yearly_net(case) if not row.cumulative.is_negative()), None)


# --- 4. task catalogue ----------------------------------------------------------------------

TASKS_SOURCE: Final[Citation] = cite("RGS-VNS", "Ännu inte realiserade synergier")
"""Where "Uppdragen för vårdnära service behöver standardiseras och frekvensstyras" comes from."""

WEEKS_PER_YEAR: Final = 52
"""Occurrences per year of a weekly task: a convention (52 whole weeks), not a source figure."""

MONTHS_PER_YEAR: Final = 12
"""Occurrences per year of a monthly task."""

DEFAULT_HOURS_PER_FTE: Final = Decimal(1700)
"""Hours a year of one full-time equivalent (årsarbetare): a convention, not a source figure."""

_MAX_MINUTES: Final = Decimal(1440)
_MAX_HOURS_PER_FTE: Final = Decimal(8784)


class Frequency(enum.Enum):
    """How often a service task is done (frekvens); :meth:`occurrences` counts a year.

    ========================  =============  ==============================================
    member                    Swedish        occurrences in a year
    ========================  =============  ==============================================
    ``PER_DAY``               per dag        the days of the year, 365 or 366
    ``PER_WEEKDAY``           per vardag     :func:`vardservice.dates.working_days`
    ``PER_WEEK``              per vecka      :data:`WEEKS_PER_YEAR` = 52 (a convention)
    ``PER_MONTH``             per månad      :data:`MONTHS_PER_YEAR` = 12
    ========================  =============  ==============================================

    A weekday is a working day: Monday to Friday less Swedish public holidays and,
    when ``eves_off``, less midsommarafton, julafton and nyårsafton, the same
    convention as :func:`staffing_reduction`. A weekly task counts 52 times in
    every year, although some years have 53 ISO weeks: a catalogue plans whole
    weeks, and the same figure each year keeps years comparable.

    Example:
        >>> Frequency.PER_WEEKDAY.occurrences(2024), Frequency.PER_DAY.occurrences(2024)
        (251, 366)

    """

    PER_DAY = "per_day"
    PER_WEEKDAY = "per_weekday"
    PER_WEEK = "per_week"
    PER_MONTH = "per_month"

    def occurrences(self, year: int, *, eves_off: bool = True) -> int:
        """Return how many times a task of this frequency is done in ``year``.

        Raises:
            InvalidValue: a year outside 1953-2199, or ``eves_off`` not a bool.

        """
        checked = _year("Frequency", year)
        flag = _flag("Frequency", "eves_off", eves_off)
        if self is Frequency.PER_DAY:
            return 366 if calendar.isleap(checked) else 365
        if self is Frequency.PER_WEEKDAY:
            return working_days(checked, eves_off=flag)
        if self is Frequency.PER_WEEK:
            return WEEKS_PER_YEAR
        return MONTHS_PER_YEAR


def _frequency(instance: object, attribute: attrs.Attribute[Frequency], value: object) -> None:
    if not isinstance(value, Frequency):
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a Frequency")


def _minutes(value: object) -> Decimal:
    return _decimal_in("ServiceTask", "minutes", value, minimum=Decimal(0), maximum=_MAX_MINUTES)


def _task_wards(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    _whole("ServiceTask", attribute.name, value, minimum=0, maximum=_MAX_WARDS)


@attrs.frozen(kw_only=True)
class ServiceTask:
    """A standardised service task (serviceuppdrag): what, how often, how long, where.

    Attributes:
        name: the task, e.g. ``"Måltidshantering, lunch"``.
        frequency: how often it is done (:class:`Frequency`).
        minutes: minutes per occurrence and ward, 0-1440, exact (``"12.5"``, not a float).
        wards: the number of wards where it is done, at least 0; 1 by default.

    Example:
        >>> task = ServiceTask(name="Lunch", frequency=Frequency.PER_DAY, minutes="12.5", wards=3)
        >>> task.minutes, task.annual_minutes(2023)  # 365 days × 12,5 min × 3 wards
        (Decimal('12.5'), Decimal('13687.5'))

    """

    name: str = attrs.field(validator=_text)
    frequency: Frequency = attrs.field(validator=_frequency)
    minutes: Decimal = attrs.field(converter=_minutes)
    wards: int = attrs.field(default=1, validator=_task_wards)

    def annual_minutes(self, year: int, *, eves_off: bool = True) -> Decimal:
        """Return the minutes a year: occurrences × minutes × wards, exact."""
        return self.frequency.occurrences(year, eves_off=eves_off) * self.minutes * self.wards


@attrs.frozen(kw_only=True)
class TaskRow:
    """One line of a task catalogue's standardisation table.

    Attributes:
        task: the task.
        occurrences: times a year per ward (see :class:`Frequency`).
        annual_minutes: occurrences × minutes × wards, exact.
        hours: annual_minutes / 60.
        fte: hours / the catalogue's hours per FTE (årsarbetare).
        cost: hours × the catalogue's cost per hour.

    ``hours``, ``fte`` and ``cost`` divide, so they keep Decimal's 28 significant
    digits (7 minutes are 0,11666… hours); round them once, when you present them.

    """

    task: ServiceTask
    occurrences: int
    annual_minutes: Decimal
    hours: Decimal
    fte: Decimal
    cost: Money


def _cost_per_hour(value: object) -> Money:
    return _money_of("TaskCatalogue", "cost_per_hour", value)


def _hours_per_fte(value: object) -> Decimal:
    number = to_decimal(value, owner="TaskCatalogue", field="hours_per_fte")
    if not 0 < number <= _MAX_HOURS_PER_FTE:
        raise InvalidValue(
            "TaskCatalogue", "hours_per_fte", value, f"more than 0 and at most {_MAX_HOURS_PER_FTE}"
        )
    return number


def _catalogue_year(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    _year("TaskCatalogue", value)


def _catalogue_flag(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    _flag("TaskCatalogue", attribute.name, value)


@attrs.frozen(kw_only=True)
class TaskCatalogue:
    """Standardised, frequency-controlled service tasks and what they take in a year.

    RGS-VNS: "Uppdragen för vårdnära service behöver standardiseras och
    frekvensstyras" (the assignments need to be standardised and
    frequency-controlled). The catalogue is the table tasks × frequency × time;
    :meth:`rows` adds, per task, the hours, full-time equivalents and cost of
    ``year``.

    Attributes:
        tasks: the tasks, in the order to present them.
        year: the calendar year whose days count.
        cost_per_hour: staff cost in kronor per hour; no source gives it.
        hours_per_fte: hours a year of one full-time equivalent; 1 700 by default,
            a convention (:data:`DEFAULT_HOURS_PER_FTE`), not a source figure.
        eves_off: the working-day convention for weekday tasks.

    Example:
        >>> from vardservice.units import Money
        >>> catalogue = TaskCatalogue(
        ...     tasks=[ServiceTask(name="Lunch", frequency=Frequency.PER_DAY, minutes=45, wards=2)],
        ...     year=2024,
        ...     cost_per_hour=Money.of(400),
        ... )
        >>> row = catalogue.rows()[0]
        >>> row.occurrences, row.hours, str(row.cost)  # 366 × 45 min × 2 wards
        (366, Decimal('549'), '219600 kr')
        >>> catalogue.total_fte.quantize(Decimal("0.01"))
        Decimal('0.32')

    """

    tasks: tuple[ServiceTask, ...] = attrs.field(converter=as_tuple)
    year: int = attrs.field(validator=_catalogue_year)
    cost_per_hour: Money = attrs.field(converter=_cost_per_hour, validator=_non_negative_money)
    hours_per_fte: Decimal = attrs.field(default=DEFAULT_HOURS_PER_FTE, converter=_hours_per_fte)
    eves_off: bool = attrs.field(default=True, validator=_catalogue_flag)

    def __attrs_post_init__(self) -> None:
        _items("TaskCatalogue", "tasks", self.tasks, ServiceTask)

    def rows(self) -> tuple[TaskRow, ...]:
        """Return the standardisation table: one :class:`TaskRow` per task, in order."""
        counts = {f: f.occurrences(self.year, eves_off=self.eves_off) for f in Frequency}
        rows = []
        for task in self.tasks:
            minutes = counts[task.frequency] * task.minutes * task.wards
            hours = minutes / 60
            rows.append(
                TaskRow(
                    task=task,
                    occurrences=counts[task.frequency],
                    annual_minutes=minutes,
                    hours=hours,
                    fte=hours / self.hours_per_fte,
                    cost=self.cost_per_hour * hours,
                )
            )
        return tuple(rows)

    @property
    def total_minutes(self) -> Decimal:
        """All tasks' minutes a year, exact."""
        return sum((row.annual_minutes for row in self.rows()), Decimal(0))

    @property
    def total_hours(self) -> Decimal:
        """All tasks' hours a year (total minutes / 60)."""
        return self.total_minutes / 60

    @property
    def total_fte(self) -> Decimal:
        """All tasks' full-time equivalents (total hours / hours per FTE)."""
        return self.total_hours / self.hours_per_fte

    @property
    def total_cost(self) -> Money:
        """All tasks' cost a year (total hours × cost per hour)."""
        return self.cost_per_hour * self.total_hours

    @property
    def source(self) -> Citation:
        """RGS-VNS "Ännu inte realiserade synergier"."""
        return TASKS_SOURCE


# --- 5. sensitivity of the staffing reduction -----------------------------------------------

_MAX_SCENARIOS: Final = 1_000_000


@attrs.frozen(kw_only=True)
class SensitivityRow:
    """One scenario of a staffing-reduction sweep: its inputs and its annual effect.

    Attributes:
        cost_per_hour: staff cost in kronor per hour, before overhead.
        eligible_wards: the number of eligible wards.
        hours_per_weekday: hours removed per weekday and ward.
        effect: eligible_wards × hours_per_weekday × working days × cost_per_hour ×
            (1 + overhead_percent / 100), exact.

    """

    cost_per_hour: Money
    eligible_wards: int
    hours_per_weekday: Decimal
    effect: Money


@attrs.frozen(kw_only=True)
class Sensitivity:
    """A sweep of :func:`staffing_reduction` over its parameters (känslighetsanalys).

    Attributes:
        working_days: the year and working-day convention, the same in every scenario.
        overhead_percent: payroll overhead in percent, the same in every scenario.
        rows: one :class:`SensitivityRow` per scenario: every cost per hour, then
            within it every number of wards, then within that every number of hours.

    """

    working_days: WorkingDays
    overhead_percent: Decimal
    rows: tuple[SensitivityRow, ...]

    def to_dataframe(self) -> Any:
        """Return the rows as a pandas ``DataFrame``, one column per field.

        Amounts are exact :class:`~decimal.Decimal` kronor (an ``object`` column),
        never floats; convert them yourself if you need floats for a plot.

        Raises:
            ImportError: pandas is not installed (``pip install 'vardservice[pandas]'``).

        """
        try:
            import pandas as pd
        except ImportError as exc:
            raise ImportError(
                "Sensitivity.to_dataframe() needs pandas: pip install 'vardservice[pandas]'"
            ) from exc
        return pd.DataFrame(
            {
                "cost_per_hour": [row.cost_per_hour.amount for row in self.rows],
                "eligible_wards": [row.eligible_wards for row in self.rows],
                "hours_per_weekday": [row.hours_per_weekday for row in self.rows],
                "effect": [row.effect.amount for row in self.rows],
            }
        )


def _values(owner: str, field: str, value: object) -> tuple[object, ...]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise InvalidValue(owner, field, value, "a list of values")
    values = tuple(value)
    if not values:
        raise InvalidValue(owner, field, [], "at least one value")
    return values


def staffing_sensitivity(
    year: int,
    *,
    cost_per_hour: Iterable[Money | str | int | Decimal],
    eligible_wards: Iterable[int],
    hours_per_weekday: Iterable[Decimal | int | str] = (DEFAULT_HOURS_PER_WEEKDAY,),
    overhead_percent: Decimal | int | str = 0,
    eves_off: bool = True,
) -> Sensitivity:
    """Return the staffing reduction's annual effect for every combination of the values.

    The formula is that of :func:`staffing_reduction`, with the number of
    eligible wards given directly. Each value is checked once; the scenarios are
    then computed with plain :class:`~decimal.Decimal` arithmetic, so that ten
    thousand of them take milliseconds (``bench/vns_sweep.py`` measures it).

    Args:
        year: the calendar year whose working days count.
        cost_per_hour: the costs per hour (kr/h) to try, e.g. ``["300 kr", "350 kr"]``.
        eligible_wards: the numbers of eligible wards to try, each 0-100 000.
        hours_per_weekday: the hours per weekday and ward to try, each 0-24; 8 by default.
        overhead_percent: payroll overhead in percent, 0-1000, the same in every scenario.
        eves_off: the working-day convention (:func:`vardservice.dates.working_days`).

    Returns:
        One row per combination, in the order of :attr:`Sensitivity.rows`.

    Raises:
        InvalidValue: an empty list, a float, a value out of range, a bad year, more
            than a million scenarios, or an effect of 10^15 kr or more.

    Example:
        >>> sweep = staffing_sensitivity(
        ...     2018, cost_per_hour=["300 kr", "600 kr"], eligible_wards=[5, 10]
        ... )
        >>> for row in sweep.rows:  # 8 h × 250 working days in 2018
        ...     print(row.cost_per_hour, row.eligible_wards, row.effect)
        300 kr 5 3000000 kr
        300 kr 10 6000000 kr
        600 kr 5 6000000 kr
        600 kr 10 12000000 kr

    """
    owner = "staffing_sensitivity"
    days = WorkingDays.of(_year(owner, year), eves_off=_flag(owner, "eves_off", eves_off))
    costs = tuple(
        _money_of(owner, f"cost_per_hour[{i}]", c)
        for i, c in enumerate(_values(owner, "cost_per_hour", cost_per_hour))
    )
    wards = tuple(
        _whole(owner, f"eligible_wards[{i}]", w, minimum=0, maximum=_MAX_WARDS)
        for i, w in enumerate(_values(owner, "eligible_wards", eligible_wards))
    )
    hours = tuple(
        _decimal_in(owner, f"hours_per_weekday[{i}]", h, minimum=Decimal(0), maximum=_MAX_HOURS)
        for i, h in enumerate(_values(owner, "hours_per_weekday", hours_per_weekday))
    )
    overhead = _decimal_in(
        owner, "overhead_percent", overhead_percent, minimum=Decimal(0), maximum=_MAX_OVERHEAD
    )
    count = len(costs) * len(wards) * len(hours)
    if count > _MAX_SCENARIOS:
        raise InvalidValue(owner, "scenarios", count, f"at most {_MAX_SCENARIOS}")
    factor = days.days * (1 + overhead / 100)
    # Hours × days × overhead per (wards, hours) once; the inner loop is one multiplication.
    per_cost = [(w, h, w * h * factor) for w in wards for h in hours]
    rows = [
        SensitivityRow(
            cost_per_hour=cost,
            eligible_wards=w,
            hours_per_weekday=h,
            effect=Money(cost.amount * volume),
        )
        for cost in costs
        for w, h, volume in per_cost
    ]
    return Sensitivity(working_days=days, overhead_percent=overhead, rows=tuple(rows))


# --- 6. a VNS case document -----------------------------------------------------------------


def _optional_year(instance: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None:
        _year("VnsCase", value)


def _optional_cost(value: object) -> Money | None:
    return None if value is None else _money_of("VnsCase", "cost_per_hour", value)


def _optional_case(
    instance: object, attribute: attrs.Attribute[BusinessCase | None], value: object
) -> None:
    if value is not None and not isinstance(value, BusinessCase):
        raise InvalidValue("VnsCase", attribute.name, value, "a BusinessCase or None")


def _agreement(
    instance: object, attribute: attrs.Attribute[ServiceAgreement], value: object
) -> None:
    if not isinstance(value, ServiceAgreement):
        raise InvalidValue("VnsCase", attribute.name, value, "a ServiceAgreement")


def _case_hours(value: object) -> Decimal:
    return _decimal_in(
        "VnsCase", "hours_per_weekday", value, minimum=Decimal(0), maximum=_MAX_HOURS
    )


@attrs.frozen(kw_only=True)
class VnsCase:
    """Everything about one VNS assignment in one document, as the CLI reads it.

    ``vardservice vns FILE`` reads a ``VnsCase`` from JSON, YAML or TOML. Only the
    agreement is required. Give ``wards``, ``year`` and ``cost_per_hour`` together
    for a staffing-reduction estimate (:meth:`reduction`), and a business case if
    there is one.

    Attributes:
        agreement: the service agreement (forecast, compensation, scope).
        provider: who performs the assignment, e.g. ``"RGS"``, for the memo.
        wards: the wards for :func:`staffing_reduction`; none by default.
        year: the year whose working days count, for :func:`staffing_reduction`.
        cost_per_hour: staff cost in kronor per hour, for :func:`staffing_reduction`.
        hours_per_weekday: hours removed per weekday and eligible ward; 8 in RGS-VNS.
        business_case: yearly costs and benefits, or ``None``.

    Raises:
        InvalidValue: some but not all of ``wards``, ``year`` and ``cost_per_hour``.

    Example:
        >>> case = VnsCase(
        ...     agreement=ServiceAgreement(name="VNS", forecast_cost="23,4 mnkr",
        ...                                compensation="11,0 mnkr"),
        ...     wards=[Ward(name="A", available_beds=15, inpatient=True)],
        ...     year=2018,
        ...     cost_per_hour="600 kr",
        ... )
        >>> str(case.reduction().total)  # 8 h × 250 days × 600 kr
        '1200000 kr'

    """

    agreement: ServiceAgreement = attrs.field(validator=_agreement)
    provider: str | None = None
    wards: tuple[Ward, ...] = attrs.field(default=(), converter=as_tuple)
    year: int | None = attrs.field(default=None, validator=_optional_year)
    cost_per_hour: Money | None = attrs.field(default=None, converter=_optional_cost)
    hours_per_weekday: Decimal = attrs.field(
        default=DEFAULT_HOURS_PER_WEEKDAY, converter=_case_hours
    )
    business_case: BusinessCase | None = attrs.field(default=None, validator=_optional_case)

    def __attrs_post_init__(self) -> None:
        _items("VnsCase", "wards", self.wards, Ward)
        provider = self.provider
        if provider is not None and (not isinstance(provider, str) or not provider.strip()):
            raise InvalidValue("VnsCase", "provider", provider, "a non-empty string or None")
        given = {
            "wards": bool(self.wards),
            "year": self.year is not None,
            "cost_per_hour": self.cost_per_hour is not None,
        }
        if any(given.values()) and not all(given.values()):
            missing = [name for name, present in given.items() if not present]
            raise InvalidValue(
                "VnsCase",
                missing[0],
                None,
                "wards, year and cost_per_hour together, for the staffing reduction",
            )

    def reduction(self) -> StaffingReduction | None:
        """Return the staffing reduction of :attr:`wards`, or ``None`` if there are none."""
        if self.year is None or self.cost_per_hour is None or not self.wards:
            return None
        return staffing_reduction(
            self.wards,
            self.year,
            cost_per_hour=self.cost_per_hour,
            hours_per_weekday=self.hours_per_weekday,
        )
