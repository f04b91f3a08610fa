"""Hypothesis strategies for vardservice objects, for integrators and our own tests.

They generate valid objects by default; arguments narrow them to edge cases.
Requires hypothesis (``pip install 'vardservice[test]'``).

Example:
    >>> from hypothesis import given
    >>> from vardservice.fees import fee_tier
    >>> @given(populations(min_value=1_000_001))
    ... def test_large_regions_are_tier_3(population):
    ...     assert int(fee_tier(population)) == 3
    >>> test_large_regions_are_tier_3()

"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs
import pendulum
from hypothesis import strategies as st

from vardservice.benchmarking import (
    BenchmarkData,
    Comparison,
    KeyFigure,
    Observation,
    compare,
)
from vardservice.decisions import NeedsInventory, NeedTally, ProtocolExcerpt
from vardservice.decisions.case_number import MAX_SERIAL, MAX_YEAR, MIN_YEAR, CaseNumber
from vardservice.errors import InvalidValue
from vardservice.fees import FeeSchedule, FeeScheduleHistory, FeeTier, TierFee
from vardservice.networks import (
    BOARD_PRINCIPLES,
    Ballot,
    Board,
    BudgetLine,
    CostKind,
    DecisionRule,
    Delegate,
    DocumentKind,
    ExpertGroup,
    Goal,
    GoverningDocument,
    IncomeLine,
    ManagementOrganisation,
    Membership,
    Network,
    NetworkBudget,
    OperationalArea,
    OperationsPlan,
    Partner,
    PlanActivity,
    Resource,
    StaffAssignment,
    Theme,
    Vote,
    VoteResult,
    member_fees,
    network_budget,
    tally,
    voters,
)
from vardservice.planning import Activity, ActivityKind, AnnualWheel, MeetingRule, Weekday
from vardservice.portfolio import Portfolio, PortfolioSummary, summarize
from vardservice.regions import (
    HEALTHCARE_REGIONS,
    REGIONS,
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    Region,
)
from vardservice.rules import Report, check
from vardservice.sources import cite
from vardservice.subprojects import (
    ASSIGNMENT_PARTS,
    DUE_SOON_DAYS,
    MAX_ACTION_PROPOSALS,
    ActionProposal,
    Assignment,
    Body,
    ExcerptReference,
    FinalReport,
    FocusArea,
    FollowUpPlan,
    FollowUpProposal,
    FollowUpReport,
    GroupMember,
    Milestone,
    MilestoneKind,
    Origin,
    Proposal,
    ReportSection,
    Role,
    Subproject,
    follow_up_due,
)
from vardservice.units import Money
from vardservice.vns import (
    BusinessCase,
    CaseYear,
    Frequency,
    ScopeItem,
    Sensitivity,
    ServiceAgreement,
    ServiceTask,
    StaffingReduction,
    TaskCatalogue,
    VnsCase,
    Ward,
    business_case,
    staffing_reduction,
    staffing_sensitivity,
)

__all__ = [
    "BED_BOUNDARIES",
    "KEY_FIGURE_UNITS",
    "SUBPROJECT_RULES",
    "TIER_BOUNDARIES",
    "action_proposals",
    "activities",
    "annual_wheels",
    "assignments",
    "ballots",
    "benchmark_data",
    "boards",
    "budget_lines",
    "business_cases",
    "case_numbers",
    "case_years",
    "comparisons",
    "delegates",
    "excerpt_references",
    "expert_groups",
    "fee_schedule_histories",
    "fee_schedules",
    "final_reports",
    "follow_up_plans",
    "follow_up_proposals",
    "follow_up_reports",
    "goals",
    "governing_documents",
    "group_members",
    "income_lines",
    "key_figure_values",
    "key_figures",
    "management_organisations",
    "meeting_rules",
    "memberships",
    "milestones",
    "money",
    "need_tallies",
    "needs_inventories",
    "network_budgets",
    "networks",
    "observations",
    "operational_areas",
    "operations_plans",
    "partners",
    "plan_activities",
    "population_figures",
    "population_sources",
    "population_tables",
    "populations",
    "portfolio_summaries",
    "portfolios",
    "proposals",
    "protocol_excerpts",
    "regions",
    "reports",
    "resources",
    "scope_items",
    "service_agreements",
    "service_tasks",
    "staff_assignments",
    "staffing_reductions",
    "staffing_sensitivities",
    "subprojects",
    "subprojects_as_of",
    "task_catalogues",
    "themes",
    "vns_cases",
    "vote_results",
    "wards",
]

TIER_BOUNDARIES = (0, 249_999, 250_000, 1_000_000, 1_000_001)
"""Populations on each side of every tier boundary (BS §5.1)."""


def regions() -> st.SearchStrategy[Region]:
    """Any of the 21 regions."""
    return st.sampled_from(REGIONS)


def populations(
    *, min_value: int = 0, max_value: int = 3_000_000, boundaries: bool = True
) -> st.SearchStrategy[int]:
    """Whole numbers of inhabitants, with the tier boundaries tried often.

    Args:
        min_value: the smallest population.
        max_value: the largest population.
        boundaries: mix in :data:`TIER_BOUNDARIES` (within the range).

    """
    numbers = st.integers(min_value=min_value, max_value=max_value)
    edges = [b for b in TIER_BOUNDARIES if min_value <= b <= max_value]
    if boundaries and edges:
        return st.one_of(st.sampled_from(edges), numbers)
    return numbers


def money(
    *, min_kr: int = 0, max_kr: int = 10_000_000_000, places: int = 2
) -> st.SearchStrategy[Money]:
    """Exact amounts of kronor, with up to ``places`` decimals (öre by default)."""
    scale = 10**places
    return st.integers(min_value=min_kr * scale, max_value=max_kr * scale).map(
        lambda n: Money(Decimal(n).scaleb(-places))
    )


_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
)


def population_sources() -> st.SearchStrategy[PopulationSource]:
    """Generate sources with arbitrary (possibly hostile) text, e.g. to test escaping."""
    return st.builds(
        PopulationSource,
        id=_TEXT,
        publisher=_TEXT,
        title=_TEXT,
        url=st.none() | st.just("https://www.scb.se/"),
        note=st.just(""),
    )


def population_figures(
    *, year: int | None = None, region: Region | None = None
) -> st.SearchStrategy[PopulationFigure]:
    """Generate population figures, optionally for one year or one region."""
    return st.builds(
        PopulationFigure,
        region=st.just(region.code) if region else regions().map(lambda r: r.code),
        year=st.just(year) if year is not None else st.integers(2000, 2030),
        population=populations(),
        source=population_sources(),
    )


@st.composite
def population_tables(draw: st.DrawFn, *, years: tuple[int, ...] = (2023,)) -> PopulationTable:
    """Generate a table with a figure for every region in each of ``years``."""
    figures = [
        draw(population_figures(year=year, region=region)) for year in years for region in REGIONS
    ]
    return PopulationTable(figures)


@st.composite
def fee_schedules(
    draw: st.DrawFn, *, valid_from: int | None = None, max_kr: int = 1_000_000
) -> FeeSchedule:
    """Fee schedules with amounts for every tier and a provenance."""
    year = valid_from if valid_from is not None else draw(st.integers(2018, 2040))
    illustrative = draw(st.booleans())
    reference = (
        draw(st.none() | _TEXT.filter(str.strip)) if illustrative else draw(_TEXT.filter(str.strip))
    )
    fees = tuple(TierFee(tier=tier, amount=draw(money(max_kr=max_kr))) for tier in FeeTier)
    return FeeSchedule(valid_from=year, fees=fees, reference=reference, illustrative=illustrative)


@st.composite
def fee_schedule_histories(draw: st.DrawFn, *, max_size: int = 4) -> FeeScheduleHistory:
    """Histories of schedules with distinct ``valid_from`` years."""
    years = draw(st.lists(st.integers(2018, 2040), min_size=1, max_size=max_size, unique=True))
    return FeeScheduleHistory(schedules=tuple(draw(fee_schedules(valid_from=y)) for y in years))


BED_BOUNDARIES = (0, 14, 15)
"""Bed counts on each side of the RGS-VNS threshold ("fler än 14 disponibla vårdplatser")."""


def wards(
    *, min_beds: int = 0, max_beds: int = 60, inpatient: bool | None = None
) -> st.SearchStrategy[Ward]:
    """Wards with :data:`BED_BOUNDARIES` tried often; ``inpatient`` fixes the ward type."""
    numbers = st.integers(min_value=min_beds, max_value=max_beds)
    edges = [b for b in BED_BOUNDARIES if min_beds <= b <= max_beds]
    beds = st.one_of(st.sampled_from(edges), numbers) if edges else numbers
    return st.builds(
        Ward,
        name=_TEXT.filter(str.strip),
        available_beds=beds,
        inpatient=st.booleans() if inpatient is None else st.just(inpatient),
    )


def _decimals(*, max_value: int, places: int = 2) -> st.SearchStrategy[Decimal]:
    scale = 10**places
    return st.integers(0, max_value * scale).map(lambda n: Decimal(n).scaleb(-places))


@st.composite
def staffing_reductions(
    draw: st.DrawFn,
    *,
    years: tuple[int, ...] = (2018, 2023, 2024),
    min_wards: int = 0,
    max_wards: int = 5,
) -> StaffingReduction:
    """Staffing-reduction results for a few wards, years and exact parameters."""
    return staffing_reduction(
        draw(st.lists(wards(), min_size=min_wards, max_size=max_wards)),
        draw(st.sampled_from(years)),
        cost_per_hour=draw(money(max_kr=2_000)),
        hours_per_weekday=draw(_decimals(max_value=24).filter(lambda h: h <= 24)),
        overhead_percent=draw(_decimals(max_value=100)),
        bed_threshold=draw(st.integers(0, 40)),
        eves_off=draw(st.booleans()),
    )


def scope_items() -> st.SearchStrategy[ScopeItem]:
    """Scope items of a service agreement, documented or not."""
    return st.builds(
        ScopeItem,
        name=st.sampled_from(["helgtjänstgöring", "slutstädning"]) | _TEXT.filter(str.strip),
        documented=st.booleans(),
        note=st.just("") | _TEXT,
    )


def service_agreements(*, max_kr: int = 100_000_000) -> st.SearchStrategy[ServiceAgreement]:
    """Service agreements with exact costs, compensations and a few scope items."""
    return st.builds(
        ServiceAgreement,
        name=_TEXT.filter(str.strip),
        forecast_cost=money(max_kr=max_kr),
        compensation=money(max_kr=max_kr),
        scope=st.lists(scope_items(), max_size=4).map(tuple),
    )


def case_years(*, max_kr: int = 100_000_000) -> st.SearchStrategy[CaseYear]:
    """One year of a business case."""
    return st.builds(
        CaseYear,
        year=st.integers(2000, 2100),
        cost=money(max_kr=max_kr),
        benefit=money(max_kr=max_kr),
    )


@st.composite
def business_cases(
    draw: st.DrawFn, *, max_years: int = 8, max_kr: int = 100_000_000
) -> BusinessCase:
    """Generate business cases of consecutive years, illustrative or with a reference."""
    length = draw(st.integers(1, max_years))
    illustrative = draw(st.booleans())
    reference = (
        draw(st.none() | _TEXT.filter(str.strip)) if illustrative else draw(_TEXT.filter(str.strip))
    )
    return business_case(
        draw(st.integers(2000, 2100)),
        costs=draw(st.lists(money(max_kr=max_kr), min_size=length, max_size=length)),
        benefits=draw(st.lists(money(max_kr=max_kr), min_size=length, max_size=length)),
        reference=reference,
        illustrative=illustrative,
    )


def service_tasks(*, max_wards: int = 50) -> st.SearchStrategy[ServiceTask]:
    """Service tasks of every frequency, with exact minutes (to the hundredth) and wards."""
    return st.builds(
        ServiceTask,
        name=_TEXT.filter(str.strip),
        frequency=st.sampled_from(Frequency),
        minutes=_decimals(max_value=240),
        wards=st.integers(0, max_wards),
    )


def task_catalogues(
    *, years: tuple[int, ...] = (2018, 2023, 2024), max_tasks: int = 5
) -> st.SearchStrategy[TaskCatalogue]:
    """Task catalogues of a few tasks, with exact costs and hours per FTE."""
    return st.builds(
        TaskCatalogue,
        tasks=st.lists(service_tasks(), max_size=max_tasks).map(tuple),
        year=st.sampled_from(years),
        cost_per_hour=money(max_kr=2_000),
        hours_per_fte=st.integers(1, 2_200).map(Decimal),
        eves_off=st.booleans(),
    )


@st.composite
def staffing_sensitivities(
    draw: st.DrawFn, *, years: tuple[int, ...] = (2018, 2023, 2024), max_values: int = 3
) -> Sensitivity:
    """Small staffing-reduction sweeps over a few costs, ward counts and hours."""
    return staffing_sensitivity(
        draw(st.sampled_from(years)),
        cost_per_hour=draw(st.lists(money(max_kr=2_000), min_size=1, max_size=max_values)),
        eligible_wards=draw(st.lists(st.integers(0, 200), min_size=1, max_size=max_values)),
        hours_per_weekday=draw(
            st.lists(
                _decimals(max_value=24).filter(lambda h: h <= 24), min_size=1, max_size=max_values
            )
        ),
        overhead_percent=draw(_decimals(max_value=100)),
        eves_off=draw(st.booleans()),
    )


@st.composite
def vns_cases(draw: st.DrawFn) -> VnsCase:
    """VNS case documents: an agreement, with or without wards and a business case."""
    staffing = draw(st.booleans())
    return VnsCase(
        agreement=draw(service_agreements()),
        provider=draw(st.none() | _TEXT.filter(str.strip)),
        wards=tuple(draw(st.lists(wards(), min_size=1, max_size=3))) if staffing else (),
        year=draw(st.sampled_from((2018, 2024))) if staffing else None,
        cost_per_hour=draw(money(max_kr=2_000)) if staffing else None,
        hours_per_weekday=draw(_decimals(max_value=24).filter(lambda h: h <= 24)),
        business_case=draw(st.none() | business_cases(max_years=3)),
    )


# --- benchmarking ---------------------------------------------------------------------------

_NAMES = _TEXT.filter(lambda t: bool(t.strip()))

KEY_FIGURE_UNITS = ("kr/m**2", "kr/portion", "h/bed/day", "tkr/m**2")
"""Units of the generated key figures."""


def key_figures(
    *, unit: str | None = None, lower_is_better: bool | None = None, version: int | None = None
) -> st.SearchStrategy[KeyFigure]:
    """Generate key-figure definitions (names and areas are arbitrary text)."""
    return st.builds(
        KeyFigure,
        id=_NAMES,
        name_sv=_NAMES,
        name_en=_NAMES,
        unit=st.just(unit) if unit else st.sampled_from(KEY_FIGURE_UNITS),
        area=_NAMES,
        lower_is_better=st.booleans() if lower_is_better is None else st.just(lower_is_better),
        version=st.integers(1, 5) if version is None else st.just(version),
    )


def key_figure_values(*, ties: bool = True) -> st.SearchStrategy[Decimal]:
    """Exact values from 0 to 10 000 with two decimals; with ``ties``, few distinct values."""
    wide = _decimals(max_value=10_000)
    if ties:
        return st.one_of(st.sampled_from([Decimal(v) for v in (100, 250, 300)]), wide)
    return wide


@st.composite
def observations(
    draw: st.DrawFn,
    figure: KeyFigure,
    *,
    year: int = 2024,
    min_regions: int = 1,
    max_regions: int = 21,
    ties: bool = True,
) -> tuple[Observation, ...]:
    """Generate one observation of ``figure`` per region for ``year``, in its unit."""
    chosen = draw(st.lists(regions(), min_size=min_regions, max_size=max_regions, unique=True))
    if not ties:
        values = draw(
            st.lists(
                key_figure_values(ties=False),
                min_size=len(chosen),
                max_size=len(chosen),
                unique=True,
            )
        )
    else:
        values = [draw(key_figure_values()) for _ in chosen]
    return tuple(
        Observation(
            key_figure=figure.id,
            region=r.code,
            year=year,
            value=v,
            unit=figure.unit,
            version=figure.version,
        )
        for r, v in zip(chosen, values, strict=True)
    )


@st.composite
def comparisons(draw: st.DrawFn, *, min_regions: int = 1, ties: bool = True) -> Comparison:
    """Generate comparisons for 2024 (peer groups from the shipped 2023 populations)."""
    figure = draw(key_figures())
    found = draw(observations(figure, min_regions=min_regions, ties=ties))
    reader = draw(st.none() | regions().map(lambda r: r.code))
    return compare(figure, found, 2024, region=reader)


@st.composite
def benchmark_data(draw: st.DrawFn) -> BenchmarkData:
    """Generate a benchmarking document with one key figure and its observations."""
    figure = draw(key_figures())
    return BenchmarkData(
        key_figures=(figure,),
        observations=draw(observations(figure, max_regions=5)),
        illustrative=draw(st.booleans()),
        note=draw(st.just("") | _NAMES),
    )


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """Generate reports by checking generated service agreements: real findings, sv or en."""
    agreement = draw(service_agreements())
    day = draw(st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2100, 12, 31)))
    return check(agreement, as_of=day, lang=draw(st.sampled_from(["sv", "en"])))


_CITATIONS = st.none() | st.sampled_from(
    [cite("BS", "6"), cite("BS", "3.2"), cite("NSN", "Hur når vi målen för servicenätverket")]
)


@st.composite
def activities(
    draw: st.DrawFn,
    *,
    year: int | None = None,
    kind: ActivityKind | None = None,
    dated: bool | None = None,
) -> Activity:
    """Generate annual-wheel activities with arbitrary (possibly hostile) text.

    ``year`` fixes the year of dated activities (default: any from 2000 to 2040),
    ``kind`` the kind; ``dated`` is ``True`` for dated, ``False`` for month-placed
    and ``None`` (default) for either.
    """
    is_dated = draw(st.booleans()) if dated is None else dated
    placement: dict[str, object] = {}
    if is_dated:
        first = datetime.date(year if year is not None else 2000, 1, 1)
        last = datetime.date(year if year is not None else 2040, 12, 31)
        day = draw(st.dates(min_value=first, max_value=last))
        placement["date"] = pendulum.Date(day.year, day.month, day.day)
    else:
        placement["month"] = draw(st.integers(1, 12))
    return Activity(
        title=draw(_TEXT.filter(str.strip)),
        kind=draw(st.sampled_from(ActivityKind)) if kind is None else kind,
        description=draw(st.none() | _TEXT.filter(str.strip)),
        responsible=draw(st.none() | _TEXT.filter(str.strip)),
        illustrative=draw(st.booleans()),
        source=draw(_CITATIONS),
        **placement,  # type: ignore[arg-type]
    )


@st.composite
def meeting_rules(draw: st.DrawFn, *, count: int | None = None) -> MeetingRule:
    """Generate meeting rules: 1-12 meetings a year (or ``count``), any weekday, months or not."""
    number = draw(st.integers(1, 12)) if count is None else count
    months = draw(
        st.none()
        | st.lists(st.integers(1, 12), min_size=number, max_size=number, unique=True).map(tuple)
    )
    return MeetingRule(
        count=number,
        weekday=draw(st.sampled_from(Weekday)),
        months=months,
        title=draw(_TEXT.filter(str.strip)),
        responsible=draw(st.none() | _TEXT.filter(str.strip)),
        illustrative=draw(st.booleans()),
        source=draw(_CITATIONS),
    )


@st.composite
def annual_wheels(
    draw: st.DrawFn, *, year: int | None = None, max_activities: int = 12
) -> AnnualWheel:
    """Generate annual wheels with up to ``max_activities`` activities and, perhaps, a meeting rule.

    ``year`` puts the dated activities in that year (default: any year 2000-2040).
    """
    return AnnualWheel(
        name=draw(_TEXT.filter(str.strip)),
        activities=tuple(draw(st.lists(activities(year=year), max_size=max_activities))),
        meetings=draw(st.none() | meeting_rules()),
        description=draw(st.none() | _TEXT.filter(str.strip)),
    )


# --- decisions ------------------------------------------------------------------------------

_PREFIX_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"


def case_numbers(
    *, prefixes: tuple[str, ...] | None = None, max_serial: int = MAX_SERIAL
) -> st.SearchStrategy[CaseNumber]:
    """Generate case numbers (diarienummer) such as ``HSN 938-2020``.

    Args:
        prefixes: the body prefixes to use; any 1-5 capital letters (with Å, Ä, Ö) by default.
        max_serial: the largest serial number.

    """
    prefix = (
        st.sampled_from(prefixes)
        if prefixes
        else st.text(alphabet=_PREFIX_LETTERS, min_size=1, max_size=5)
    )
    return st.builds(
        CaseNumber,
        prefix=prefix,
        serial=st.one_of(st.just(1), st.integers(1, max_serial)),
        year=st.integers(MIN_YEAR, MAX_YEAR),
    )


_PARAGRAPHS = st.lists(_NAMES, max_size=3).map(tuple)


@st.composite
def protocol_excerpts(draw: st.DrawFn, *, decided: bool | None = None) -> ProtocolExcerpt:
    """Generate protocol excerpts with arbitrary (possibly hostile) text.

    With ``decided=True`` every excerpt records a decision, with ``False`` none;
    by default either.
    """
    proposal = draw(_PARAGRAPHS)
    has_decision = draw(st.booleans()) if decided is None else decided
    decision = (draw(st.just(proposal) | _PARAGRAPHS) or ("Beslut",)) if has_decision else ()
    day = draw(st.dates(datetime.date(MIN_YEAR, 1, 1), datetime.date(MAX_YEAR, 12, 31)))
    return ProtocolExcerpt(
        body=draw(_NAMES),
        meeting_date=pendulum.Date(day.year, day.month, day.day),
        paragraph=draw(st.integers(1, 1_000)),
        title=draw(_NAMES),
        case_number=draw(case_numbers()),
        summary=draw(_PARAGRAPHS),
        proposed_decision=proposal,
        decision=decision,
        basis_documents=draw(_PARAGRAPHS),
        attested_by=draw(st.none() | _NAMES),
        checked_by=draw(_PARAGRAPHS),
        sent_to=draw(_PARAGRAPHS),
    )


def need_tallies(
    *, max_count: int = 50, tags: tuple[str, ...] = ("VNS", "lokalvård", "måltider")
) -> st.SearchStrategy[NeedTally]:
    """Generate needs with small counts (so that ties are common) and a few of ``tags``."""
    return st.builds(
        NeedTally,
        need=_NAMES,
        count=st.integers(0, max_count),
        tags=st.lists(st.sampled_from(tags), max_size=2, unique=True).map(tuple),
    )


@st.composite
def needs_inventories(
    draw: st.DrawFn, *, min_size: int = 0, max_size: int = 12, max_count: int = 50
) -> NeedsInventory:
    """Generate needs inventories of distinct needs, illustrative or with a reference."""
    tallies = draw(
        st.lists(
            need_tallies(max_count=max_count),
            min_size=min_size,
            max_size=max_size,
            unique_by=lambda t: t.need.strip().casefold(),
        )
    )
    illustrative = draw(st.booleans())
    return NeedsInventory(
        tallies=tuple(tallies),
        title=draw(st.none() | _NAMES),
        reference=draw(st.none() | _NAMES) if illustrative else draw(_NAMES),
        illustrative=illustrative,
    )


# --- subprojects (SFBV §4–5) ------------------------------------------------------------------

SUBPROJECT_RULES = tuple(f"SP{n:03d}" for n in range(1, 24))
"""The codes of the subproject rules, each a ``breach`` :func:`subprojects` can produce."""


# The process a compliant subproject goes through, one entry per step it can stop at.
_TIMELINE: tuple[MilestoneKind, ...] = tuple(
    kind
    for kind in MilestoneKind
    if kind not in (MilestoneKind.START_REJECTED, MilestoneKind.START_DEFERRED)
)
_AT = {kind: i for i, kind in enumerate(_TIMELINE)}

_SUBJECTS = (
    "Höftfrakturvård",
    "Strokerehabilitering",
    "Barnobesitas",
    "Endometrios",
    "Bröstcancerkirurgi",
    "Hörselvård för barn",
    "Palliativ vård i hemmet",
    "Ryggkirurgi",
    "Sällsynta diagnoser",
    "Ätstörningsvård",
)
_FIRST = ("Anna", "Bo", "Cecilia", "David", "Elin", "Fredrik", "Greta", "Hassan", "Ida", "Jonas")
_LAST = ("Berg", "Ek", "Holm", "Lind", "Nilsson", "Persson", "Strand", "Wik", "Åberg", "Öhman")
_PROFESSIONS = (
    "läkare",
    "sjuksköterska",
    "undersköterska",
    "fysioterapeut",
    "arbetsterapeut",
    "kurator",
    "psykolog",
    "dietist",
)
_SOUTHERN = ("07", "10", "12", "13")
_CASE_PREFIX = {"07": "RK", "10": "RB", "12": "RS", "13": "RS-H"}
_WORDING = "Södra regionvårdsnämnden rekommenderar regionerna att införa arbetsgruppens förslag."


def _names() -> st.SearchStrategy[str]:
    return st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_LAST))


def _pdates(
    min_value: datetime.date = datetime.date(2000, 1, 1),
    max_value: datetime.date = datetime.date(2099, 12, 31),
) -> st.SearchStrategy[pendulum.Date]:
    return st.dates(min_value=min_value, max_value=max_value).map(
        lambda d: pendulum.Date(d.year, d.month, d.day)
    )


def excerpt_references() -> st.SearchStrategy[ExcerptReference]:
    """Protocol-excerpt references: a case number, a paragraph and a meeting date (SFBV §5.6)."""
    return st.builds(
        ExcerptReference,
        case_number=st.builds(
            lambda p, n, y: f"{p} {y}/{n}",
            st.sampled_from(sorted(_CASE_PREFIX.values())),
            st.integers(1, 2000),
            st.integers(2016, 2040),
        )
        | _NAMES,
        paragraph=st.integers(1, 400),
        date=_pdates(),
    )


def group_members(
    *, role: Role | None = None, regions: tuple[str, ...] = _SOUTHERN
) -> st.SearchStrategy[GroupMember]:
    """Working-group members of any role (or ``role``), from one of ``regions`` or none."""
    return st.builds(
        GroupMember,
        name=_names() | _NAMES,
        role=st.sampled_from(Role) if role is None else st.just(role),
        profession=st.sampled_from(_PROFESSIONS) | st.just("") | _TEXT,
        region=st.none() | st.sampled_from(regions),
        from_office=st.booleans(),
    )


def proposals() -> st.SearchStrategy[Proposal]:
    """Proposals with any origin; parts may be empty (a draft)."""
    return st.builds(
        Proposal,
        origin=st.sampled_from(Origin),
        purpose=st.just("") | _TEXT,
        goal=st.just("") | _TEXT,
        expected_outcome=st.just("") | _TEXT,
    )


def assignments() -> st.SearchStrategy[Assignment]:
    """Generate assignments whose parts may be empty (a draft)."""
    text = st.just("") | _TEXT
    return st.builds(
        Assignment,
        background=text,
        purpose_and_question=text,
        assignment_points=st.lists(_TEXT, max_size=3).map(tuple),
        delimitations=text,
        group_composition=text,
        timeline=text,
    )


def follow_up_plans() -> st.SearchStrategy[FollowUpPlan]:
    """Follow-up plans, documented on a date or not."""
    return st.builds(
        FollowUpPlan,
        method=st.just("") | _TEXT,
        parameters=st.lists(_TEXT, max_size=3).map(tuple),
        documented_on=st.none() | _pdates(),
    )


def action_proposals() -> st.SearchStrategy[ActionProposal]:
    """Generate action proposals, needing funding or not, with or without a rough cost estimate."""
    return st.builds(
        ActionProposal,
        title=_NAMES,
        needs_funding=st.booleans(),
        cost_estimate=st.none() | money(max_kr=100_000_000),
    )


def follow_up_proposals() -> st.SearchStrategy[FollowUpProposal]:
    """Generate the final report's follow-up proposals; parts may be empty."""
    text = st.just("") | _TEXT
    return st.builds(
        FollowUpProposal,
        how=text,
        when=text,
        by_whom=text,
        parameters=st.lists(_TEXT, max_size=3).map(tuple),
    )


def final_reports() -> st.SearchStrategy[FinalReport]:
    """Generate final reports with any sections, follow-up proposal and length."""
    return st.builds(
        FinalReport,
        sections=st.lists(st.sampled_from(ReportSection), unique=True).map(tuple),
        follow_up=st.none() | follow_up_proposals(),
        pages=st.none() | st.integers(1, 200),
    )


def follow_up_reports() -> st.SearchStrategy[FollowUpReport]:
    """Follow-up reports of any length, presented to any of the three bodies."""
    return st.builds(
        FollowUpReport,
        date=_pdates(),
        pages=st.none() | st.integers(1, 40),
        presented_to=st.lists(st.sampled_from(Body), unique=True).map(tuple),
    )


@st.composite
def milestones(
    draw: st.DrawFn,
    *,
    kind: MilestoneKind | None = None,
    min_date: datetime.date = datetime.date(2000, 1, 1),
    max_date: datetime.date = datetime.date(2099, 12, 31),
) -> Milestone:
    """Milestones of any kind (or ``kind``), with the fields that kind may carry."""
    chosen = draw(st.sampled_from(MilestoneKind)) if kind is None else kind
    day = draw(_pdates(min_date, max_date))
    extra: dict[str, object] = {}
    if chosen is MilestoneKind.MANAGEMENT_GROUP_DECISION:
        extra["unanimous"] = draw(st.none() | st.booleans())
    elif chosen is MilestoneKind.BOARD_RECOMMENDATION:
        extra["binding"] = draw(st.none() | st.booleans())
        extra["wording"] = draw(st.just(_WORDING) | st.just("") | _TEXT)
    elif chosen is MilestoneKind.REGIONAL_DECISION:
        extra["region"] = draw(st.none() | regions())
        extra["excerpt"] = draw(st.none() | excerpt_references())
    return Milestone(kind=chosen, date=day, note=draw(st.just("") | _TEXT), **extra)  # type: ignore[arg-type]


@st.composite
def _arbitrary_subprojects(draw: st.DrawFn) -> Subproject:
    """Any valid subproject: parts and milestones drawn independently, in any order."""
    return Subproject(
        id=draw(_NAMES),
        title=draw(_NAMES),
        healthcare_region=draw(st.sampled_from(HEALTHCARE_REGIONS)),
        participating_regions=draw(st.lists(regions(), max_size=5)),
        reason_for_fewer=draw(st.just("") | _TEXT),
        focus_areas=draw(st.lists(st.sampled_from(FocusArea), unique=True)),
        proposal=draw(st.none() | proposals()),
        assignment=draw(st.none() | assignments()),
        working_group=draw(st.lists(group_members(), max_size=6)),
        contact_person=draw(st.just("") | _NAMES),
        follow_up_plan=draw(st.none() | follow_up_plans()),
        current_state_regions=draw(st.lists(regions(), max_size=5)),
        action_proposals=draw(st.lists(action_proposals(), max_size=8)),
        final_report=draw(st.none() | final_reports()),
        follow_up_reports=draw(st.lists(follow_up_reports(), max_size=3)),
        milestones=draw(st.lists(milestones(), max_size=12)),
    )


def _group(draw: st.DrawFn, regions_: tuple[str, ...]) -> tuple[GroupMember, ...]:
    professions = draw(st.lists(st.sampled_from(_PROFESSIONS), min_size=2, max_size=5, unique=True))
    region = st.sampled_from(regions_)
    names = draw(st.lists(_names(), min_size=len(professions) + 3, unique=True))
    group = [
        GroupMember(name=names[0], role=Role.CHAIR, profession=professions[0], region=draw(region)),
        *(
            GroupMember(name=names[i], profession=p, region=draw(region))
            for i, p in enumerate(professions[1:], start=1)
        ),
        GroupMember(
            name=names[len(professions)],
            role=draw(st.sampled_from([Role.PATIENT_REPRESENTATIVE, Role.RELATIVE_REPRESENTATIVE])),
            region=draw(region),
        ),
    ]
    if draw(st.booleans()):
        group.append(
            GroupMember(
                name=names[len(professions) + 1],
                role=Role.PROCESS_SUPPORT,
                profession="processledare",
                region=draw(region),
            )
        )
    if draw(st.booleans()):
        group.append(
            GroupMember(
                name=names[len(professions) + 2],
                role=Role.CO_OPTED,
                profession=draw(st.sampled_from(["ekonom", "jurist", "HR-specialist"])),
            )
        )
    return tuple(draw(st.permutations(group)))


@st.composite
def _compliant(draw: st.DrawFn, last: int) -> tuple[Subproject, pendulum.Date]:
    """Draw a subproject through ``_TIMELINE[:last + 1]`` that keeps every rule."""
    all_four = draw(st.booleans())
    chosen = _SOUTHERN if all_four else tuple(draw(st.permutations(_SOUTHERN)))[:3]
    participating = tuple(draw(st.permutations(chosen)))
    day = draw(_pdates(datetime.date(2016, 1, 1), datetime.date(2040, 12, 31)))
    ms: list[Milestone] = []
    follow_up_day: pendulum.Date | None = None

    def step_gap() -> pendulum.Date:
        return day.add(days=draw(st.integers(0, 60)))

    for kind in _TIMELINE[: last + 1]:
        day = step_gap()
        if kind is MilestoneKind.START_DECIDED and draw(st.booleans()):
            ms.append(Milestone(kind=MilestoneKind.START_DEFERRED, date=day, note="Resursskäl"))
            day = step_gap()
        if kind is MilestoneKind.INTERIM_REPORT:
            count = draw(st.integers(1 if last == _AT[kind] else 0, 2))
            dates = sorted(day.add(days=draw(st.integers(0, 60))) for _ in range(count))
            ms.extend(Milestone(kind=kind, date=d) for d in dates)
            day = max(dates, default=day)
        elif kind is MilestoneKind.MANAGEMENT_GROUP_DECISION:
            ms.append(Milestone(kind=kind, date=day, unanimous=True))
        elif kind is MilestoneKind.BOARD_RECOMMENDATION:
            ms.append(
                Milestone(
                    kind=kind,
                    date=day,
                    wording=_WORDING,
                    binding=draw(st.sampled_from([None, False])),
                )
            )
        elif kind is MilestoneKind.REGIONAL_DECISION:
            start = day
            for code in participating:
                when = start.add(days=draw(st.integers(0, 60)))
                excerpt = ExcerptReference(
                    case_number=f"{_CASE_PREFIX[code]} {when.year}/{draw(st.integers(1, 2000))}",
                    paragraph=draw(st.integers(1, 400)),
                    date=when,
                )
                ms.append(Milestone(kind=kind, date=when, region=code, excerpt=excerpt))
                day = max(day, when)
        else:
            ms.append(Milestone(kind=kind, date=day))
            if kind is MilestoneKind.FOLLOW_UP:
                follow_up_day = day
    plan_parameters = ("andel patienter som får vård inom målnivå", "väntetid i dagar")
    focus = draw(st.lists(st.sampled_from(FocusArea), min_size=1, max_size=3, unique=True))
    subject = draw(st.sampled_from(_SUBJECTS))
    year = ms[0].date.year if ms else day.year
    sp = Subproject(
        id=f"SFBV-{year}-{draw(st.integers(1, 40)):02d}",
        title=subject,
        participating_regions=participating,
        reason_for_fewer="" if all_four else "Ämnet berör inte den fjärde regionens verksamhet.",
        focus_areas=focus,
        proposal=Proposal(
            origin=draw(st.sampled_from(Origin)),
            purpose=f"Jämlik och tillgänglig {subject.lower()} i sjukvårdsregionen.",
            goal="Samma målnivå i alla deltagande regioner inom tre år.",
            expected_outcome="Kortare väntetider och färre komplikationer.",
        ),
        assignment=(
            Assignment(
                background=f"{subject}: resultaten skiljer sig mellan regionerna.",
                purpose_and_question="Hur når alla regioner samma målnivå?",
                assignment_points=("Beskriv nuläget", "Analysera skillnaderna", "Lämna förslag"),
                delimitations="Endast vuxna patienter.",
                group_composition="Tvärprofessionell grupp med patientrepresentant.",
                timeline="Slutrapport inom 18 månader.",
            )
            if last >= _AT[MilestoneKind.ASSIGNMENT_ISSUED]
            else None
        ),
        working_group=(
            _group(draw, participating) if last >= _AT[MilestoneKind.GROUP_APPOINTED] else ()
        ),
        contact_person=(
            draw(_names())
            if last >= _AT[MilestoneKind.START_DECIDED] or draw(st.booleans())
            else ""
        ),
        follow_up_plan=(
            FollowUpPlan(method="Registeruppföljning", parameters=plan_parameters)
            if last >= _AT[MilestoneKind.GROUP_APPOINTED]
            else None
        ),
        current_state_regions=(
            draw(st.permutations(participating))
            if last > _AT[MilestoneKind.GROUP_APPOINTED]
            or (last == _AT[MilestoneKind.GROUP_APPOINTED] and draw(st.booleans()))
            else ()
        ),
        action_proposals=(
            tuple(
                ActionProposal(title=f"Förslag {n}", needs_funding=needs, cost_estimate=cost)
                for n, (needs, cost) in enumerate(
                    draw(
                        st.lists(
                            st.one_of(
                                st.just((False, None)),
                                money(min_kr=10_000, max_kr=50_000_000).map(lambda m: (True, m)),
                            ),
                            min_size=1,
                            max_size=5,
                        )
                    ),
                    start=1,
                )
            )
            if last >= _AT[MilestoneKind.FINAL_REPORT]
            else ()
        ),
        final_report=(
            FinalReport(
                sections=tuple(ReportSection),
                follow_up=FollowUpProposal(
                    how="Data ur kvalitetsregister och en enkät till verksamheterna",
                    when="inom 12 månader efter nämndens beslut",
                    by_whom="arbetsgruppens tidigare ordförande",
                    parameters=plan_parameters,
                ),
                pages=draw(st.integers(8, 60)),
            )
            if last >= _AT[MilestoneKind.FINAL_REPORT]
            else None
        ),
        follow_up_reports=(
            (
                FollowUpReport(
                    date=follow_up_day,
                    pages=draw(st.integers(3, 6)),
                    presented_to=tuple(draw(st.permutations(list(Body)))),
                ),
            )
            if follow_up_day is not None
            else ()
        ),
        milestones=tuple(draw(st.permutations(ms))),
    )
    last_day = max((m.date for m in ms), default=day)
    due = follow_up_due(sp)
    if due is not None and follow_up_day is None:
        # approved but not yet followed up: check before the 30 days of notice begin
        latest = due.subtract(days=DUE_SOON_DAYS + 1)
        as_of = last_day.add(days=draw(st.integers(0, max(0, (latest - last_day).days))))
    else:
        as_of = last_day.add(days=draw(st.integers(0, 3650)))
    return sp, as_of


_Case = tuple[Subproject, pendulum.Date]


def _at_least(kind: MilestoneKind) -> int:
    return _AT[kind]


def _set_milestones(sp: Subproject, ms: list[Milestone]) -> Subproject:
    return attrs.evolve(sp, milestones=tuple(ms))


def _breach_sp001(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    fewer = draw(st.lists(st.sampled_from(_SOUTHERN), min_size=1, max_size=2, unique=True))
    return attrs.evolve(sp, participating_regions=fewer), as_of


def _breach_sp002(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    kept = [m for m in sp.milestones if m.kind is not MilestoneKind.START_DECIDED]
    return _set_milestones(sp, kept), as_of


def _breach_sp003(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    return attrs.evolve(sp, focus_areas=()), as_of


def _breach_sp004(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    part = draw(st.sampled_from([None, "purpose", "goal", "expected_outcome"]))
    if part is None or sp.proposal is None:
        return attrs.evolve(sp, proposal=None), as_of
    return attrs.evolve(sp, proposal=attrs.evolve(sp.proposal, **{part: " "})), as_of


def _breach_sp005(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    parts = draw(st.lists(st.sampled_from(ASSIGNMENT_PARTS), min_size=1, unique=True))
    if sp.assignment is None or draw(st.integers(0, 5)) == 0:
        return attrs.evolve(sp, assignment=None), as_of
    blank: dict[str, Any] = {p: () if p == "assignment_points" else "" for p in parts}
    return attrs.evolve(sp, assignment=attrs.evolve(sp.assignment, **blank)), as_of


def _breach_sp006(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    return attrs.evolve(sp, contact_person=draw(st.sampled_from(["", " "]))), as_of


def _members(sp: Subproject, change: Any) -> Subproject:
    return attrs.evolve(sp, working_group=tuple(change(m) for m in sp.working_group))


def _breach_sp007(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    return _members(
        sp, lambda m: attrs.evolve(m, role=Role.MEMBER) if m.role is Role.CHAIR else m
    ), as_of


def _breach_sp008(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    if any(m.role is Role.PROCESS_SUPPORT for m in sp.working_group):
        return _members(
            sp,
            lambda m: attrs.evolve(m, from_office=True) if m.role is Role.PROCESS_SUPPORT else m,
        ), as_of
    member = GroupMember(
        name="Kansliets processledare",
        role=Role.PROCESS_SUPPORT,
        profession="processledare",
        from_office=True,
    )
    return attrs.evolve(sp, working_group=(*sp.working_group, member)), as_of


def _breach_sp009(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    one = draw(st.sampled_from(_PROFESSIONS))
    return _members(sp, lambda m: attrs.evolve(m, profession=one if m.profession else "")), as_of


def _breach_sp010(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    reps = {Role.PATIENT_REPRESENTATIVE, Role.RELATIVE_REPRESENTATIVE}
    kept = tuple(m for m in sp.working_group if m.role not in reps)
    return attrs.evolve(sp, working_group=kept), as_of


def _breach_sp011(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    plan = draw(
        st.sampled_from(
            [None, FollowUpPlan(parameters=("väntetid",)), FollowUpPlan(method="Register")]
        )
    )
    return attrs.evolve(sp, follow_up_plan=plan), as_of


def _breach_sp012(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    left_out = sp.participating_regions[0]
    covered = tuple(r for r in sp.healthcare_region.regions if r != left_out)
    return attrs.evolve(sp, current_state_regions=covered[: draw(st.integers(1, 3))]), as_of


def _breach_sp013(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    count = draw(st.integers(MAX_ACTION_PROPOSALS + 1, 9))
    extra = tuple(
        ActionProposal(title=f"Ytterligare förslag {n}")
        for n in range(count - len(sp.action_proposals))
    )
    return attrs.evolve(sp, action_proposals=(*sp.action_proposals, *extra)), as_of


def _breach_sp014(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    unpriced = ActionProposal(title="Utökad bemanning", needs_funding=True)
    found = list(sp.action_proposals)
    if len(found) >= MAX_ACTION_PROPOSALS:
        found[draw(st.integers(0, len(found) - 1))] = unpriced
    else:
        found.insert(draw(st.integers(0, len(found))), unpriced)
    return attrs.evolve(sp, action_proposals=tuple(found)), as_of


def _breach_sp015(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    if sp.final_report is None or draw(st.integers(0, 5)) == 0:
        return attrs.evolve(sp, final_report=None), as_of
    kept = draw(st.lists(st.sampled_from(ReportSection), unique=True, max_size=4))
    return attrs.evolve(sp, final_report=attrs.evolve(sp.final_report, sections=kept)), as_of


def _breach_sp016(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    report = sp.final_report
    if report is None:
        return sp, as_of  # no report at all: SP016 fires at $.final_report
    follow_up = report.follow_up
    part = draw(st.sampled_from([None, "how", "when", "by_whom", "parameters"]))
    if part is None or follow_up is None:
        return attrs.evolve(sp, final_report=attrs.evolve(report, follow_up=None)), as_of
    blank: dict[str, Any] = {part: () if part == "parameters" else ""}
    changed = attrs.evolve(report, follow_up=attrs.evolve(follow_up, **blank))
    return attrs.evolve(sp, final_report=changed), as_of


def _breach_sp017(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    review = MilestoneKind.COLLABORATION_GROUP_REVIEW
    if draw(st.booleans()):
        return _set_milestones(sp, [m for m in sp.milestones if m.kind is not review]), as_of
    decided = sp.first(MilestoneKind.MANAGEMENT_GROUP_DECISION)
    if decided is None:  # not at the breach's minimum stage: leave it
        return sp, as_of
    late = decided.date.add(days=draw(st.integers(1, 30)))
    ms = [attrs.evolve(m, date=late) if m.kind is review else m for m in sp.milestones]
    return _set_milestones(sp, ms), as_of


def _breach_sp018(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    kind = MilestoneKind.MANAGEMENT_GROUP_DECISION
    if "SP017" not in codes and draw(st.integers(0, 3)) == 0:  # SP017 needs the decision
        return _set_milestones(sp, [m for m in sp.milestones if m.kind is not kind]), as_of
    verdict = draw(st.sampled_from([False, None]))
    ms = [attrs.evolve(m, unanimous=verdict) if m.kind is kind else m for m in sp.milestones]
    return _set_milestones(sp, ms), as_of


def _breach_sp019(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    kind = MilestoneKind.BOARD_RECOMMENDATION
    change: dict[str, Any] = draw(
        st.sampled_from(
            [
                {"binding": True},
                {"wording": "Södra regionvårdsnämnden beslutar att regionerna ska införa."},
            ]
        )
    )
    ms = [attrs.evolve(m, **change) if m.kind is kind else m for m in sp.milestones]
    return _set_milestones(sp, ms), as_of


def _breach_sp020(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    found = [i for i, m in enumerate(sp.milestones) if m.kind is MilestoneKind.REGIONAL_DECISION]
    chosen = draw(st.lists(st.sampled_from(found), min_size=1, unique=True))
    ms = [attrs.evolve(m, excerpt=None) if i in chosen else m for i, m in enumerate(sp.milestones)]
    return _set_milestones(sp, ms), as_of


def _breach_sp021(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    kept = [m for m in sp.milestones if m.kind is not MilestoneKind.FOLLOW_UP]
    sp = attrs.evolve(sp, milestones=tuple(kept), follow_up_reports=())
    due = follow_up_due(sp)
    if due is None:  # not at the breach's minimum stage: leave it
        return sp, as_of
    last = max(m.date for m in sp.milestones)
    if "SP022" in codes or draw(st.booleans()):
        return sp, max(due, last).add(days=draw(st.integers(1, 400)))  # overdue
    soon = due.subtract(days=draw(st.integers(0, DUE_SOON_DAYS)))  # due within 30 days
    return sp, max(soon, last)


def _breach_sp022(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    bad = draw(
        st.one_of(
            st.tuples(st.sampled_from([1, 8, 12, 25]), st.just(tuple(Body))),
            st.tuples(
                st.integers(3, 6),
                st.lists(st.sampled_from(Body), unique=True, max_size=2).map(tuple),
            ),
        )
    )
    pages, bodies = bad
    reports = list(sp.follow_up_reports)
    if reports:
        reports[0] = attrs.evolve(reports[0], pages=pages, presented_to=bodies)
    else:
        reports.append(FollowUpReport(date=as_of, pages=pages, presented_to=bodies))
    return attrs.evolve(sp, follow_up_reports=tuple(reports)), as_of


def _breach_sp023(
    draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]
) -> _Case:
    first = min(m.date for m in sp.milestones)
    top = max(range(len(sp.milestones)), key=lambda i: sp.milestones[i].kind.step)
    early = first.subtract(days=draw(st.integers(1, 60)))
    ms = list(sp.milestones)
    ms[top] = attrs.evolve(ms[top], date=early)
    return _set_milestones(sp, ms), as_of


_BREACHES: dict[str, tuple[int, Any]] = {
    "SP001": (-1, _breach_sp001),
    "SP002": (_AT[MilestoneKind.ASSIGNMENT_ISSUED], _breach_sp002),
    "SP003": (_AT[MilestoneKind.PREPARED], _breach_sp003),
    "SP004": (_AT[MilestoneKind.PREPARED], _breach_sp004),
    "SP005": (_AT[MilestoneKind.ASSIGNMENT_ISSUED], _breach_sp005),
    "SP006": (_AT[MilestoneKind.START_DECIDED], _breach_sp006),
    "SP007": (_AT[MilestoneKind.GROUP_APPOINTED], _breach_sp007),
    "SP008": (_AT[MilestoneKind.GROUP_APPOINTED], _breach_sp008),
    "SP009": (_AT[MilestoneKind.GROUP_APPOINTED], _breach_sp009),
    "SP010": (_AT[MilestoneKind.GROUP_APPOINTED], _breach_sp010),
    "SP011": (_AT[MilestoneKind.GROUP_APPOINTED], _breach_sp011),
    "SP012": (_AT[MilestoneKind.GROUP_APPOINTED] + 1, _breach_sp012),
    "SP013": (-1, _breach_sp013),
    "SP014": (-1, _breach_sp014),
    "SP015": (_AT[MilestoneKind.FINAL_REPORT], _breach_sp015),
    "SP016": (_AT[MilestoneKind.FINAL_REPORT], _breach_sp016),
    "SP017": (_AT[MilestoneKind.MANAGEMENT_GROUP_DECISION], _breach_sp017),
    "SP018": (_AT[MilestoneKind.BOARD_RECOMMENDATION], _breach_sp018),
    "SP019": (_AT[MilestoneKind.BOARD_RECOMMENDATION], _breach_sp019),
    "SP020": (_AT[MilestoneKind.REGIONAL_DECISION], _breach_sp020),
    "SP021": (_AT[MilestoneKind.BOARD_RECOMMENDATION], _breach_sp021),
    "SP022": (_AT[MilestoneKind.FOLLOW_UP], _breach_sp022),
    "SP023": (_AT[MilestoneKind.PREPARED], _breach_sp023),
}


def _breach_codes(breach: str | Iterable[str] | None) -> frozenset[str]:
    if breach is None:
        return frozenset()
    found = frozenset([breach] if isinstance(breach, str) else breach)
    unknown = sorted(c for c in found if c not in _BREACHES)
    if unknown:
        raise InvalidValue("subprojects", "breach", unknown, f"codes among {', '.join(_BREACHES)}")
    return found


def subprojects_as_of(
    *,
    compliant: bool = True,
    breach: str | Iterable[str] | None = None,
    stage: MilestoneKind | None = None,
) -> st.SearchStrategy[tuple[Subproject, pendulum.Date]]:
    """Generate a subproject of the four southern regions and a date to check it on.

    By default the subproject is compliant: :func:`~vardservice.rules.check` as of
    the date finds nothing at all (no error, no warning, no information). Its
    milestones run in order from a proposal to some step of the process (drawn,
    or ``stage``), and it has what that step calls for: a complete proposal and
    assignment, a cross-professional group with a chair and a patient or
    relative representative, a follow-up plan, at most five priced proposals, a
    complete final report, unanimous and recommending decisions with protocol
    excerpts, and a short follow-up in time.

    Args:
        compliant: with ``False`` and no ``breach``, breach one to six rules
            drawn at random, or draw an arbitrary valid subproject.
        breach: a code (``"SP013"``) or codes of :data:`SUBPROJECT_RULES` to
            breach; each of them then fires (others may too: removing the start
            decision also leaves later steps unsanctioned, for instance).
        stage: the last step reached (a :class:`MilestoneKind` of the main line);
            it must be late enough for every breach asked for.

    Raises:
        InvalidValue: an unknown code in ``breach``, or a ``stage`` too early for it.

    """
    codes = _breach_codes(breach)
    low = max((_BREACHES[c][0] for c in codes), default=-1)
    if stage is not None and (stage not in _AT or _AT[stage] < low):
        raise InvalidValue("subprojects", "stage", stage, "a step reached by every breach")
    return _subprojects_as_of(compliant, codes, None if stage is None else _AT[stage])


@st.composite
def _subprojects_as_of(
    draw: st.DrawFn, compliant: bool, codes: frozenset[str], last: int | None
) -> tuple[Subproject, pendulum.Date]:
    if not compliant and not codes:
        if draw(st.integers(0, 4)) == 0:
            sp = draw(_arbitrary_subprojects())
            return sp, draw(_pdates(datetime.date(2000, 1, 1), datetime.date(2060, 12, 31)))
        codes = frozenset(draw(st.sets(st.sampled_from(SUBPROJECT_RULES), min_size=1, max_size=6)))
    low = max((_BREACHES[c][0] for c in codes), default=-1)
    if last is None:
        last = draw(st.integers(low, len(_TIMELINE) - 1))
    sp, as_of = draw(_compliant(last))
    for code in sorted(codes):
        sp, as_of = _BREACHES[code][1](draw, sp, as_of, codes)
    return sp, as_of


def subprojects(
    *,
    compliant: bool = True,
    breach: str | Iterable[str] | None = None,
    stage: MilestoneKind | None = None,
) -> st.SearchStrategy[Subproject]:
    """Generate subprojects as :func:`subprojects_as_of` does, without the date.

    A compliant one keeps every rule as of the date :func:`subprojects_as_of`
    draws with it; as of another date SP021 may remind of a follow-up.
    """
    return subprojects_as_of(compliant=compliant, breach=breach, stage=stage).map(
        lambda case: case[0]
    )


# --- networks -----------------------------------------------------------------------------------

_DAYS_MIN = datetime.date(2000, 1, 1)
_DAYS = st.dates(min_value=_DAYS_MIN, max_value=datetime.date(2100, 12, 31))
_MAYBE_TEXT = st.just("") | _TEXT
_REGIONS = st.sampled_from(REGIONS)


def delegates(*, mandate: bool | None = True) -> st.SearchStrategy[Delegate]:
    """Generate delegates: with both mandates by default, or any with ``mandate=None``."""
    flags = st.booleans() if mandate is None else st.just(mandate)
    return st.builds(
        Delegate,
        name=_NAMES,
        title=st.just("") | _TEXT,
        mandate_local=flags,
        mandate_national=flags,
    )


@st.composite
def memberships(
    draw: st.DrawFn, *, region: Region | None = None, granted_before: int | None = None
) -> Membership:
    """Generate memberships of ``region`` (any by default), granted, possibly ended, one vote.

    With ``granted_before=Y`` the membership is granted before 1 January of *Y*
    and lasts at least to its end, so it covers the whole year.
    """
    member = region or draw(_REGIONS)
    if granted_before is None:
        granted = draw(_DAYS)
        last = _DAYS_MAX
    else:
        span = (datetime.date(granted_before - 1, 12, 31) - _DAYS_MIN).days
        granted = _DAYS_MIN + datetime.timedelta(days=draw(st.integers(0, span)))
        last = datetime.date(granted_before, 12, 31)
    ends = None
    if draw(st.booleans()):
        start = max(granted, last) if granted_before is not None else granted
        room = (_DAYS_MAX - start).days
        ends = start + datetime.timedelta(days=draw(st.integers(0, room)))
    return Membership(
        region=member.code,
        granted_on=granted,
        ends_on=ends,
        delegate=draw(_MAYBE_DELEGATE),
        note=draw(_MAYBE_TEXT),
    )


_DAYS_MAX = datetime.date(2100, 12, 31)


_MAYBE_DELEGATE = st.none() | delegates()


def boards() -> st.SearchStrategy[Board]:
    """Boards with Best Service's principles or generated ones."""
    return st.builds(
        Board,
        principles=st.just(BOARD_PRINCIPLES) | st.lists(_NAMES, max_size=3).map(tuple),
        seats=st.lists(_NAMES, max_size=3).map(tuple),
        note=st.just("") | _TEXT,
    )


def themes() -> st.SearchStrategy[Theme]:
    """Generate an expert group's theme of a year."""
    return st.builds(Theme, year=st.integers(2000, 2100), title=_NAMES, adopted=st.booleans())


def expert_groups(*, anchored: bool = True) -> st.SearchStrategy[ExpertGroup]:
    """Expert groups, anchored in the board unless ``anchored=False``."""
    return st.builds(
        ExpertGroup,
        name=_NAMES,
        purposes=st.lists(_NAMES, max_size=3).map(tuple),
        themes=st.lists(themes(), max_size=2).map(tuple),
        anchor=_NAMES if anchored else st.none(),
    )


def operational_areas() -> st.SearchStrategy[OperationalArea]:
    """Operational areas."""
    return st.builds(OperationalArea, name=_NAMES, description=st.just("") | _TEXT)


@st.composite
def staff_assignments(
    draw: st.DrawFn, *, board_contact: bool | None = None, max_kr: int = 1_000_000
) -> StaffAssignment:
    """Time-limited part-time assignments with an agreed reimbursement."""
    start = draw(_DAYS)
    return StaffAssignment(
        person=draw(_NAMES),
        region=draw(regions()).code,
        share=Decimal(draw(st.integers(1, 99))).scaleb(-2),
        starts_on=start,
        ends_on=draw(st.dates(min_value=start, max_value=_DAYS_MAX)),
        board_contact=draw(st.booleans()) if board_contact is None else board_contact,
        reimbursement=draw(money(max_kr=max_kr, places=0)),
        agreement=draw(_NAMES),
        note=draw(st.just("") | _TEXT),
    )


@st.composite
def management_organisations(draw: st.DrawFn, *, max_size: int = 3) -> ManagementOrganisation:
    """Organisations whose first assignment (if any) is the board's only contact person."""
    count = draw(st.integers(0, max_size))
    people = [draw(staff_assignments(board_contact=i == 0)) for i in range(count)]
    return ManagementOrganisation(
        established=draw(st.none() | st.integers(2000, 2100)),
        remit=draw(st.just("") | _TEXT),
        assignments=tuple(people),
    )


def partners() -> st.SearchStrategy[Partner]:
    """Partners (SKR or generated)."""
    return st.builds(Partner, name=_NAMES, description=st.just("") | _TEXT)


def governing_documents(kind: DocumentKind | None = None) -> st.SearchStrategy[GoverningDocument]:
    """Governing documents of one kind, or any."""
    return st.builds(
        GoverningDocument,
        kind=st.just(kind) if kind else st.sampled_from(DocumentKind),
        title=_NAMES,
        version=st.none() | _NAMES,
        adopted_on=st.none() | _DAYS,
    )


def plan_activities() -> st.SearchStrategy[PlanActivity]:
    """Activities, with or without a month."""
    return st.builds(
        PlanActivity,
        title=_NAMES,
        month=st.none() | st.integers(1, 12),
        area=st.none() | _NAMES,
        responsible=st.none() | _NAMES,
    )


def budget_lines(*, max_kr: int = 10_000_000) -> st.SearchStrategy[BudgetLine]:
    """Planned costs."""
    return st.builds(
        BudgetLine,
        kind=st.sampled_from(CostKind),
        description=_NAMES,
        amount=money(max_kr=max_kr),
    )


def income_lines(*, max_kr: int = 10_000_000) -> st.SearchStrategy[IncomeLine]:
    """Income besides the fees."""
    return st.builds(IncomeLine, description=_NAMES, amount=money(max_kr=max_kr))


def operations_plans(*, year: int | None = None) -> st.SearchStrategy[OperationsPlan]:
    """Operations plans with activities, costs and other income."""
    return st.builds(
        OperationsPlan,
        year=st.just(year) if year is not None else st.integers(2000, 2100),
        activities=st.lists(plan_activities(), min_size=1, max_size=3).map(tuple),
        costs=st.lists(budget_lines(), min_size=1, max_size=3).map(tuple),
        other_income=st.lists(income_lines(), max_size=2).map(tuple),
        adopted_on=st.none() | _DAYS,
        illustrative=st.booleans(),
    )


def goals() -> st.SearchStrategy[Goal]:
    """Goals, each with activities (NSN)."""
    return st.builds(
        Goal, title=_NAMES, activities=st.lists(plan_activities(), max_size=3).map(tuple)
    )


def resources() -> st.SearchStrategy[Resource]:
    """Resources such as a knowledge bank."""
    return st.builds(
        Resource,
        name=_NAMES,
        description=st.just("") | _TEXT,
        url=st.none() | st.just("https://example.org/"),
    )


_POPULATIONS = populations()
_SOURCE = PopulationSource(id="generated", publisher="hypothesis", title="generated figure")


@st.composite
def networks(
    draw: st.DrawFn,
    *,
    year: int = 2024,
    min_members: int = 1,
    max_members: int = 6,
    other_income: bool = True,
) -> Network:
    """Networks that pass every network rule for ``year`` (checked as of any day of it).

    Members are distinct regions granted before ``year`` and covering it, each with
    one vote and delegates with a mandate; a fee schedule is in force and the
    network carries population figures for 31 December of ``year - 1``; the
    year's plan has activities, and its costs (with the reimbursements) never
    exceed the income; every expert group is anchored; the four planning
    documents exist; the organisation has one contact person.
    """
    chosen = draw(
        st.lists(regions(), min_size=min_members, max_size=max_members, unique_by=lambda r: r.code)
    )
    members = tuple(draw(memberships(region=r, granted_before=year)) for r in chosen)
    schedule = draw(fee_schedules(valid_from=draw(st.integers(2000, year))))
    base = Network(
        name=draw(_NAMES),
        members=members,
        fee_schedules=FeeScheduleHistory(schedules=(schedule,)),
        populations=PopulationTable(
            [
                PopulationFigure(
                    region=r.code, year=year - 1, population=draw(_POPULATIONS), source=_SOURCE
                )
                for r in chosen
            ]
        ),
    )
    income = sum((fee.amount for fee in member_fees(base, year)), Money.zero())
    extra = (
        tuple(draw(st.lists(income_lines(max_kr=1_000_000), max_size=2))) if other_income else ()
    )
    income += sum((line.amount for line in extra), Money.zero())
    # Each cost line and the reimbursement take at most a quarter of the income.
    quarter = int(income.amount) // 4
    organisation = draw(management_organisations(max_size=1))
    if organisation.assignments:
        organisation = ManagementOrganisation(
            assignments=(
                StaffAssignment(
                    person=organisation.assignments[0].person,
                    region=organisation.assignments[0].region,
                    share=organisation.assignments[0].share,
                    starts_on=datetime.date(year, 1, 1),
                    ends_on=datetime.date(year, 12, 31),
                    board_contact=True,
                    reimbursement=Money(draw(st.integers(0, quarter))),
                    agreement=organisation.assignments[0].agreement,
                ),
            )
        )
    costs = tuple(
        BudgetLine(
            kind=draw(st.sampled_from(CostKind)),
            description=draw(_NAMES),
            amount=Money(draw(st.integers(0, quarter))),
        )
        for _ in range(draw(st.integers(1, 3)))
    )
    plan = OperationsPlan(
        year=year,
        activities=tuple(draw(st.lists(plan_activities(), min_size=1, max_size=3))),
        costs=costs,
        other_income=extra,
    )
    wheel = draw(st.none() | annual_wheels(year=year, max_activities=3))
    # A stated meeting count agrees with the wheel's meeting rule (NW013).
    stated = (
        draw(st.none() | st.integers(0, 12))
        if wheel is None
        else (None if wheel.meetings is None else wheel.meetings.count)
    )
    return Network(
        name=base.name,
        purpose=draw(st.just("") | _TEXT),
        members=members,
        board=draw(st.none() | boards()),
        operational_areas=tuple(draw(st.lists(operational_areas(), max_size=3))),
        expert_groups=tuple(draw(st.lists(expert_groups(), max_size=4))),
        organisation=organisation,
        partners=tuple(draw(st.lists(partners(), max_size=2))),
        documents=tuple(
            draw(governing_documents(kind))
            for kind in DocumentKind
            if kind is not DocumentKind.OTHER
        ),
        plans=(plan,),
        fee_schedules=base.fee_schedules,
        populations=base.populations,
        goals=tuple(draw(st.lists(goals(), max_size=2))),
        meetings_per_year=stated,
        resources=tuple(draw(st.lists(resources(), max_size=1))),
        annual_wheel=wheel,
    )


@st.composite
def network_budgets(draw: st.DrawFn, *, year: int = 2024) -> NetworkBudget:
    """Budgets of generated networks."""
    return network_budget(draw(networks(year=year)), year)


@st.composite
def ballots(draw: st.DrawFn, network: Network, on: datetime.date) -> tuple[Ballot, ...]:
    """Generate valid ballots: some members with a vote on ``on``, each once, any vote."""
    entitled = voters(network, on)
    who = draw(st.lists(st.sampled_from(entitled), unique=True)) if entitled else []
    return tuple(Ballot(member=m, vote=draw(st.sampled_from(Vote))) for m in who)


@st.composite
def vote_results(draw: st.DrawFn) -> VoteResult:
    """Tallies of valid ballots on generated networks, under either rule."""
    network = draw(networks(max_members=5))
    on = datetime.date(2024, draw(st.integers(1, 12)), 1)
    return tally(
        network,
        draw(ballots(network, on)),
        on=on,
        rule=draw(st.sampled_from(DecisionRule)),
    )


def portfolios(
    *, min_size: int = 0, max_size: int = 5, compliant: bool = False
) -> st.SearchStrategy[Portfolio]:
    """Generate portfolios of subprojects with unique ids, at every step of the process.

    Args:
        min_size: the fewest subprojects.
        max_size: the most subprojects.
        compliant: only compliant subprojects (by default any valid ones).

    """
    items = subprojects() if compliant else subprojects(compliant=False) | subprojects()
    return st.builds(
        Portfolio,
        name=st.text(min_size=1, max_size=30).filter(str.strip),
        subprojects=st.lists(items, min_size=min_size, max_size=max_size, unique_by=_id),
    )


def _id(subproject: Subproject) -> str:
    return subproject.id


@st.composite
def portfolio_summaries(draw: st.DrawFn, *, max_size: int = 5) -> PortfolioSummary:
    """Generate summaries of generated portfolios, as of a date from 2015 to 2035."""
    portfolio = draw(portfolios(max_size=max_size))
    day = draw(st.dates(min_value=datetime.date(2015, 1, 1), max_value=datetime.date(2035, 12, 31)))
    return summarize(portfolio, as_of=day)
