"""Strategies for the types that are parts or results of others (private).

An annual fee, a budget and its subtotals come from a schedule and population
figures; a yearly net from a business case; a ranked need from an inventory; a
finding from a report; a region's result and a peer group from a comparison.
Each is drawn here the way the library makes it, from a generated whole, so that
every value is one the library could hand to a user (and so round-trips).
"""

from __future__ import annotations

from hypothesis import strategies as st

from vardservice.benchmarking import PeerGroup, RegionResult, TrendPoint, trend
from vardservice.decisions import RankedNeed
from vardservice.fees import (
    AnnualFee,
    Budget,
    RegionTier,
    TierBand,
    TierFee,
    TierSubtotal,
    annual_fee,
    budget,
    fee_tier,
)
from vardservice.fees import tier_bands as _tier_bands
from vardservice.portfolio import PortfolioEntry
from vardservice.regions import HEALTHCARE_REGIONS, HealthcareRegion, get_region
from vardservice.rules import (
    RULES,
    Finding,
    NetworkOverview,
    OverviewMember,
    Rule,
    network_overview,
)
from vardservice.sources import SOURCES, Citation, Source
from vardservice.strategies._benchmarking import benchmark_data, comparisons
from vardservice.strategies._common import _TEXT, money
from vardservice.strategies._decisions import needs_inventories
from vardservice.strategies._fees import fee_schedules
from vardservice.strategies._networks import networks
from vardservice.strategies._portfolio import portfolio_summaries
from vardservice.strategies._regions import population_figures, population_tables, regions
from vardservice.strategies._rules import reports
from vardservice.strategies._vns import (
    business_cases,
    staffing_reductions,
    staffing_sensitivities,
    task_catalogues,
)
from vardservice.vns import (
    SensitivityRow,
    TaskRow,
    TraceEntry,
    WardReduction,
    WorkingDays,
    YearlyNet,
    yearly_net,
)

# --- ground and regions ------------------------------------------------------------------------


def sources() -> st.SearchStrategy[Source]:
    """Generate the source documents of :data:`vardservice.sources.SOURCES`."""
    return st.sampled_from(list(SOURCES.values()))


def citations() -> st.SearchStrategy[Citation]:
    """Citations of a known source with a section (``SFBV §5.4``) or a heading."""
    sections = st.sampled_from(["1", "5.4", "5.1.3", "3.2"]) | _TEXT.filter(str.strip)
    return st.builds(Citation, st.sampled_from(list(SOURCES)), sections)


def healthcare_regions() -> st.SearchStrategy[HealthcareRegion]:
    """Generate the six healthcare regions (sjukvårdsregioner)."""
    return st.sampled_from(HEALTHCARE_REGIONS)


# --- fees --------------------------------------------------------------------------------------


def tier_bands() -> st.SearchStrategy[TierBand]:
    """Generate the population bands of the fee tiers (BS §5.1)."""
    return st.sampled_from(_tier_bands())


def tier_fees() -> st.SearchStrategy[TierFee]:
    """Generate a tier's fee in a generated schedule."""
    return fee_schedules().flatmap(lambda schedule: st.sampled_from(schedule.fees))


@st.composite
def region_tiers(draw: st.DrawFn) -> RegionTier:
    """Generate a region with a population figure and the tier it gives."""
    figure = draw(population_figures())
    return RegionTier(
        region=get_region(figure.region), population=figure, tier=fee_tier(figure.population)
    )


@st.composite
def annual_fees(draw: st.DrawFn, *, year: int = 2024) -> AnnualFee:
    """Generate a region's fee for ``year``, from a generated schedule and population figure."""
    schedule = draw(fee_schedules(valid_from=year))
    figure = draw(population_figures(year=year - 1))
    return annual_fee(figure.region, year, schedule=schedule, population=figure)


@st.composite
def budgets(draw: st.DrawFn, *, year: int = 2024, max_members: int = 5) -> Budget:
    """Generate a year's budget of up to ``max_members`` members (BS §5.2)."""
    schedule = draw(fee_schedules(valid_from=year))
    table = draw(population_tables(years=(year - 1,)))
    members = draw(st.lists(regions(), unique=True, max_size=max_members))
    return budget(members, year, schedule=schedule, populations=table)


@st.composite
def tier_subtotals(draw: st.DrawFn) -> TierSubtotal:
    """Generate a tier's members and amount in a budget."""
    return TierSubtotal(
        tier=draw(st.sampled_from(_tier_bands())).tier,
        members=draw(st.integers(0, 21)),
        amount=draw(money()),
    )


# --- vns ---------------------------------------------------------------------------------------


def yearly_nets() -> st.SearchStrategy[YearlyNet]:
    """Generate a year of a generated business case: cost, benefit, net and cumulative net."""
    return business_cases().flatmap(lambda case: st.sampled_from(yearly_net(case)))


def sensitivity_rows() -> st.SearchStrategy[SensitivityRow]:
    """Generate a row of a generated staffing sensitivity."""
    return staffing_sensitivities().flatmap(lambda s: st.sampled_from(s.rows))


def task_rows() -> st.SearchStrategy[TaskRow]:
    """Generate a row of a generated task catalogue."""
    catalogues = task_catalogues().filter(lambda catalogue: bool(catalogue.tasks))
    return catalogues.flatmap(lambda catalogue: st.sampled_from(catalogue.rows()))


def working_days() -> st.SearchStrategy[WorkingDays]:
    """Generate the working days of a generated staffing reduction's year."""
    return staffing_reductions().map(lambda reduction: reduction.working_days)


def ward_reductions() -> st.SearchStrategy[WardReduction]:
    """One ward's part of a generated staffing reduction."""
    return staffing_reductions(min_wards=1).flatmap(lambda r: st.sampled_from(r.wards))


def trace_entries() -> st.SearchStrategy[TraceEntry]:
    """Generate a step of a generated staffing reduction's trace."""
    return staffing_reductions().flatmap(lambda reduction: st.sampled_from(reduction.trace))


# --- benchmarking, decisions, rules, networks, portfolio ----------------------------------------


def region_results() -> st.SearchStrategy[RegionResult]:
    """Generate a region's place in a generated comparison."""
    return comparisons().flatmap(lambda comparison: st.sampled_from(comparison.results))


def peer_groups() -> st.SearchStrategy[PeerGroup]:
    """Generate a peer group (the regions of one fee tier) of a generated comparison."""
    return comparisons().flatmap(lambda comparison: st.sampled_from(comparison.peer_groups))


def trend_points() -> st.SearchStrategy[TrendPoint]:
    """Generate a year of a region's trend in generated benchmark data."""
    return benchmark_data().flatmap(
        lambda d: st.sampled_from(trend(d.key_figures[0], d.observations, d.observations[0].region))
    )


def ranked_needs() -> st.SearchStrategy[RankedNeed]:
    """Generate a need with its rank in a generated needs inventory."""
    return needs_inventories(min_size=1).flatmap(lambda i: st.sampled_from(i.ranked()))


def findings() -> st.SearchStrategy[Finding]:
    """Generate a finding of a generated report."""
    with_findings = reports().filter(lambda report: bool(report.findings))
    return with_findings.flatmap(lambda report: st.sampled_from(report.findings))


def rules() -> st.SearchStrategy[Rule]:
    """Generate a registered rule (:data:`vardservice.rules.RULES`)."""
    return st.sampled_from(list(RULES.values()))


def network_overviews(*, year: int = 2024) -> st.SearchStrategy[NetworkOverview]:
    """Generate the overview of a generated network for ``year``: members, budget, findings."""
    return networks(year=year).map(lambda network: network_overview(network, year))


def overview_members() -> st.SearchStrategy[OverviewMember]:
    """Generate a member's line of a generated network overview."""
    with_members = network_overviews().filter(lambda overview: bool(overview.members))
    return with_members.flatmap(lambda overview: st.sampled_from(overview.members))


def portfolio_entries() -> st.SearchStrategy[PortfolioEntry]:
    """Generate a subproject's line of a generated portfolio summary."""
    with_entries = portfolio_summaries(max_size=3).filter(lambda summary: bool(summary.entries))
    return with_entries.flatmap(lambda summary: st.sampled_from(summary.entries))
