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
from decimal import Decimal

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
from vardservice.regions import (
    REGIONS,
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    Region,
)
from vardservice.rules import Report, check
from vardservice.sources import cite
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
    "TIER_BOUNDARIES",
    "activities",
    "annual_wheels",
    "ballots",
    "benchmark_data",
    "boards",
    "budget_lines",
    "business_cases",
    "case_numbers",
    "case_years",
    "comparisons",
    "delegates",
    "expert_groups",
    "fee_schedule_histories",
    "fee_schedules",
    "goals",
    "governing_documents",
    "income_lines",
    "key_figure_values",
    "key_figures",
    "management_organisations",
    "meeting_rules",
    "memberships",
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
        meetings_per_year=draw(st.none() | st.integers(0, 12)),
        resources=tuple(draw(st.lists(resources(), max_size=1))),
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
