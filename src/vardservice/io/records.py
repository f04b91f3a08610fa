"""Records for tables and reports: what the command line writes as JSON and CSV.

Some outputs are not one model object but a view of several: the regions table
(a row per region, flat enough for CSV), the fees table, the figures of a VNS
memo, a year of an annual wheel, and the findings of a batch of subproject
files. Each is a small frozen type here, built from the model objects by its
``from_*`` class method, so that ``vardservice.io.to_dict(record)`` — and so
``dumps`` — gives exactly what the command prints with ``--format json``, and
:func:`vardservice.io.from_dict` reads it back.

Example:
    >>> from vardservice.fees import region_tiers
    >>> from vardservice.io import to_dict
    >>> row = to_dict(RegionRecord.from_region_tier(region_tiers(2023)[5]))
    >>> row["code"], row["population"], row["year"], row["tier"], row["grade"]
    ('07', 203686, 2023, 1, 'secondary')

"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import attrs
import pendulum

from vardservice.fees import AnnualFee, Budget, FeeSchedule, FeeTier, RegionTier, TierSubtotal
from vardservice.io._check_records import (
    CheckedFile,
    CheckedSubproject,
    CheckRun,
    PlacedFinding,
    UnreadFile,
)
from vardservice.planning import Activity, ActivityKind, AnnualWheel
from vardservice.sources import Citation
from vardservice.units import Money

if TYPE_CHECKING:
    from vardservice.vns import VnsCase

__all__ = [
    "BudgetTotals",
    "BusinessCaseSummary",
    "CaseYearSummary",
    "CheckRun",
    "CheckedFile",
    "CheckedSubproject",
    "FeeRecord",
    "FeeTable",
    "PlacedFinding",
    "RegionRecord",
    "ScheduleEntry",
    "StaffingSummary",
    "UnreadFile",
    "VnsSummary",
    "YearSchedule",
]


# --- regions and fees (BS §5.1-5.2) ---------------------------------------------------------


@attrs.frozen(kw_only=True)
class RegionRecord:
    """One row of the regions table: a region, its population and its fee tier (BS §5.1).

    Attributes:
        code: the county code; name, short_name: the region's name and its short name.
        population: the population on 31 December of ``year``.
        year: whose 31 December the population is.
        tier: the fee tier the population gives.
        source: the id of the population figure's source.
        grade: the source's grade: scb, authority, secondary (None: your own, ungraded).
        source_title: the source's publisher and its own title; source_url: its address.

    """

    code: str
    name: str
    short_name: str
    population: int
    year: int
    tier: FeeTier
    source: str
    grade: str | None = None
    source_title: str = ""
    source_url: str | None = None

    @classmethod
    def from_region_tier(cls, row: RegionTier) -> RegionRecord:
        """Return the record of one row of :func:`~vardservice.fees.region_tiers`."""
        return cls(
            code=row.region.code,
            name=row.region.name,
            short_name=row.region.short_name,
            population=row.population.population,
            year=row.population.year,
            tier=row.tier,
            source=row.population.source.id,
            grade=row.population.grade,
            source_title=row.population.source.heading,
            source_url=row.population.source.url,
        )


@attrs.frozen(kw_only=True)
class FeeRecord:
    """One member's fee in the fees table (BS §5.1).

    Attributes:
        code: the county code; name: the region's name.
        population: the population that set the tier; population_year: whose 31 December.
        tier: the fee tier.
        fee: the annual fee.
        source: the id of the population figure's source.
        grade: as in :class:`RegionRecord`; secondary: whether the grade is ``secondary``.
        population_table: shipped (the package's), yours (passed or imported) or caller.

    """

    code: str
    name: str
    population: int
    population_year: int
    tier: FeeTier
    fee: Money
    source: str
    grade: str | None = None
    population_table: str = "shipped"
    secondary: bool = False

    @classmethod
    def from_annual_fee(cls, fee: AnnualFee) -> FeeRecord:
        """Return the record of one member's :class:`~vardservice.fees.AnnualFee`."""
        return cls(
            code=fee.region.code,
            name=fee.region.name,
            population=fee.population.population,
            population_year=fee.population.year,
            tier=fee.tier,
            fee=fee.amount,
            source=fee.population.source.id,
            grade=fee.population.grade,
            population_table=fee.population_table,
            secondary=fee.secondary,
        )


@attrs.frozen(kw_only=True)
class BudgetTotals:
    """A year's budget in figures: the total and the amount per tier (BS §5.2).

    Attributes:
        total: the sum of the fees.
        by_tier: the members and amount of each tier.
        source: where the budget rule is stated.

    """

    total: Money
    by_tier: tuple[TierSubtotal, ...]
    source: Citation


@attrs.frozen(kw_only=True)
class FeeTable:
    """The fees of a year: the schedule used, each member's fee, and the budget.

    Attributes:
        year: the fee year.
        schedule: the fee schedule in force that year (its ``reference`` or
            ``illustrative`` say where its amounts come from).
        members: each member's fee.
        budget: the year's total and its amount per tier.

    """

    year: int
    schedule: FeeSchedule
    members: tuple[FeeRecord, ...]
    budget: BudgetTotals

    @classmethod
    def from_budget(cls, budget: Budget, schedule: FeeSchedule) -> FeeTable:
        """Return the table of a :class:`~vardservice.fees.Budget` under ``schedule``."""
        return cls(
            year=budget.year,
            schedule=schedule,
            members=tuple(FeeRecord.from_annual_fee(fee) for fee in budget.fees),
            budget=BudgetTotals(total=budget.total, by_tier=budget.by_tier, source=budget.source),
        )


# --- vårdnära service (RGS-VNS) -------------------------------------------------------------


@attrs.frozen(kw_only=True)
class StaffingSummary:
    """The staffing-reduction estimate in figures (RGS-VNS, "Varför ökar kostnaderna?").

    Attributes:
        year: the year whose working days are counted.
        working_days: the working days of the year.
        eligible_wards: the names of the wards that count.
        hours_per_weekday: the hours per working day.
        cost_per_hour: the cost of an hour.
        total: the estimated cost a year.

    """

    year: int
    working_days: int
    eligible_wards: tuple[str, ...]
    hours_per_weekday: Decimal
    cost_per_hour: Money
    total: Money


@attrs.frozen(kw_only=True)
class CaseYearSummary:
    """One year of a business case, with its net and the cumulative net.

    Attributes:
        year: the year.
        cost: the year's cost.
        benefit: the year's benefit.
        net: benefit less cost.
        cumulative: the nets up to and including this year.

    """

    year: int
    cost: Money
    benefit: Money
    net: Money
    cumulative: Money


@attrs.frozen(kw_only=True)
class BusinessCaseSummary:
    """A business case in figures: each year's net and the break-even year.

    Attributes:
        years: the years, in order.
        break_even_year: the first year the cumulative net is not negative, or ``None``.
        illustrative: whether the figures are examples.
        reference: where the figures come from.

    """

    years: tuple[CaseYearSummary, ...]
    break_even_year: int | None = None
    illustrative: bool = False
    reference: str | None = None


@attrs.frozen(kw_only=True)
class VnsSummary:
    """The figures of a VNS decision memo (RGS-VNS, "Ekonomiska konsekvenser").

    Attributes:
        name: the agreement's name.
        forecast_cost: the forecast full-year cost.
        compensation: the compensation for the assignment.
        deviation: compensation less forecast; negative is a deficit.
        deficit: whether the deviation is negative.
        undocumented_scope: the names of the scope items not documented.
        source: where the figures are stated.
        staffing_reduction: the staffing-reduction estimate, when the case has wards.
        business_case: the business case, when the case has one.

    """

    name: str
    forecast_cost: Money
    compensation: Money
    deviation: Money
    deficit: bool
    undocumented_scope: tuple[str, ...]
    source: Citation
    staffing_reduction: StaffingSummary | None = None
    business_case: BusinessCaseSummary | None = None

    @classmethod
    def from_case(cls, case: VnsCase) -> VnsSummary:
        """Return the memo figures of a :class:`~vardservice.vns.VnsCase`."""
        from vardservice.vns import break_even_year, undocumented_scope, yearly_net

        agreement = case.agreement
        reduction = case.reduction()
        business = case.business_case
        return cls(
            name=agreement.name,
            forecast_cost=agreement.forecast_cost,
            compensation=agreement.compensation,
            deviation=agreement.deviation,
            deficit=agreement.is_deficit(),
            undocumented_scope=tuple(item.name for item in undocumented_scope(agreement)),
            source=agreement.source,
            staffing_reduction=None
            if reduction is None
            else StaffingSummary(
                year=reduction.working_days.year,
                working_days=reduction.working_days.days,
                eligible_wards=tuple(ward.name for ward in reduction.eligible_wards),
                hours_per_weekday=reduction.hours_per_weekday,
                cost_per_hour=reduction.cost_per_hour,
                total=reduction.total,
            ),
            business_case=None
            if business is None
            else BusinessCaseSummary(
                years=tuple(
                    CaseYearSummary(
                        year=entry.year,
                        cost=entry.cost,
                        benefit=entry.benefit,
                        net=net.net,
                        cumulative=net.cumulative,
                    )
                    for entry, net in zip(business.years, yearly_net(business), strict=True)
                ),
                break_even_year=break_even_year(business),
                illustrative=business.illustrative,
                reference=business.reference,
            ),
        )


# --- the annual wheel (BS §6, NSN) ----------------------------------------------------------


@attrs.frozen(kw_only=True)
class ScheduleEntry:
    """One entry of a year's annual wheel, with the month it falls in.

    Attributes:
        title: what happens.
        kind: an activity, a deadline, a report or a meeting.
        date: its date, or ``None`` for an entry planned by month.
        month: the month it falls in, 1-12 (from the date when it has one).
        description: more about it.
        responsible: who is responsible.
        illustrative: whether it is an example.
        source: where it is stated.

    """

    title: str
    kind: ActivityKind
    date: pendulum.Date | None = None
    month: int
    description: str | None = None
    responsible: str | None = None
    illustrative: bool = False
    source: Citation | None = None

    @classmethod
    def from_activity(cls, activity: Activity) -> ScheduleEntry:
        """Return the entry of one :class:`~vardservice.planning.Activity` of a year."""
        return cls(
            title=activity.title,
            kind=activity.kind,
            date=activity.date,
            month=activity.month_of_year,
            description=activity.description,
            responsible=activity.responsible,
            illustrative=activity.illustrative,
            source=activity.source,
        )


@attrs.frozen(kw_only=True)
class YearSchedule:
    """A year of an annual wheel: its entries in calendar order, and the meeting dates.

    Attributes:
        name: the wheel's name.
        year: the year.
        entries: the year's entries, as :meth:`AnnualWheel.for_year
            <vardservice.planning.AnnualWheel.for_year>` orders them.
        meetings: the dates of the meetings.

    """

    name: str
    year: int
    entries: tuple[ScheduleEntry, ...]
    meetings: tuple[pendulum.Date, ...]

    @classmethod
    def from_wheel(cls, wheel: AnnualWheel, year: int) -> YearSchedule:
        """Return ``year`` of an :class:`~vardservice.planning.AnnualWheel`."""
        entries = wheel.for_year(year)
        return cls(
            name=wheel.name,
            year=year,
            entries=tuple(ScheduleEntry.from_activity(a) for a in entries),
            meetings=tuple(
                a.date for a in entries if a.kind is ActivityKind.MEETING and a.date is not None
            ),
        )
