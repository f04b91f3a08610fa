"""The one converter: round trips for every public type, and errors that name the path."""

import datetime
import importlib
import inspect
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vardservice import strategies
from vardservice.benchmarking import (
    BenchmarkData,
    Comparison,
    KeyFigure,
    Observation,
    PeerGroup,
    RegionResult,
    TrendPoint,
    trend,
)
from vardservice.decisions import (
    CaseNumber,
    NeedsInventory,
    NeedTally,
    ProtocolExcerpt,
    RankedNeed,
)
from vardservice.errors import InvalidInput, InvalidValue
from vardservice.fees import (
    AnnualFee,
    Budget,
    FeeSchedule,
    FeeScheduleHistory,
    RegionTier,
    TierBand,
    TierFee,
    TierSubtotal,
    annual_fee,
    budget,
    fee_tier,
    tier_bands,
)
from vardservice.io import (
    dump,
    dumps,
    from_dict,
    load,
    load_observations,
    load_populations,
    loads,
    to_dict,
)
from vardservice.networks import (
    Ballot,
    Board,
    BudgetLine,
    Delegate,
    ExpertGroup,
    Goal,
    GoverningDocument,
    IncomeLine,
    ManagementOrganisation,
    MeetingSeries,
    Membership,
    NationalNetwork,
    Network,
    NetworkBudget,
    NetworkGoal,
    OperationalArea,
    OperationsPlan,
    Participant,
    Partner,
    PlanActivity,
    Resource,
    StaffAssignment,
    Theme,
    VoteResult,
    Way,
    network_budget,
)
from vardservice.planning import Activity, AnnualWheel, MeetingRule
from vardservice.portfolio import Portfolio, PortfolioEntry, PortfolioSummary
from vardservice.regions import (
    HEALTHCARE_REGIONS,
    REGIONS,
    HealthcareRegion,
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    Region,
    get_region,
)
from vardservice.rules import (
    RULES,
    Finding,
    NetworkOverview,
    OverviewMember,
    Report,
    Rule,
    network_overview,
)
from vardservice.sources import SOURCES, Citation, Source
from vardservice.subprojects import (
    ActionProposal,
    Assignment,
    Communication,
    CurrentState,
    ExcerptReference,
    FinalReport,
    FollowUpPlan,
    FollowUpProposal,
    FollowUpReport,
    GroupMember,
    ImplementationData,
    Milestone,
    Presentation,
    Proposal,
    Subproject,
)
from vardservice.units import Money
from vardservice.vns import (
    BusinessCase,
    CaseYear,
    ScopeItem,
    Sensitivity,
    SensitivityRow,
    ServiceAgreement,
    ServiceTask,
    StaffingReduction,
    TaskCatalogue,
    TaskRow,
    TraceEntry,
    VnsCase,
    Ward,
    WardReduction,
    WorkingDays,
    YearlyNet,
    yearly_net,
)


@st.composite
def annual_fees(draw: st.DrawFn) -> AnnualFee:
    schedule = draw(strategies.fee_schedules(valid_from=2024))
    figure = draw(strategies.population_figures(year=2023))
    return annual_fee(figure.region, 2024, schedule=schedule, population=figure)


@st.composite
def budgets(draw: st.DrawFn) -> Budget:
    schedule = draw(strategies.fee_schedules(valid_from=2024))
    table = draw(strategies.population_tables(years=(2023,)))
    members = draw(st.lists(strategies.regions(), unique=True, max_size=5))
    return budget(members, 2024, schedule=schedule, populations=table)


@st.composite
def region_tiers(draw: st.DrawFn) -> RegionTier:
    figure = draw(strategies.population_figures())
    return RegionTier(
        region=get_region(figure.region), population=figure, tier=fee_tier(figure.population)
    )


@st.composite
def tier_subtotals(draw: st.DrawFn) -> TierSubtotal:
    return TierSubtotal(
        tier=draw(st.sampled_from(list(tier_bands()))).tier,
        members=draw(st.integers(0, 21)),
        amount=draw(strategies.money()),
    )


# Every public model type and a strategy for it; test_every_public_type_has_a_round_trip
# fails when a new type is added without one.
ROUND_TRIP: dict[type, st.SearchStrategy[Any]] = {
    Money: strategies.money(min_kr=-(10**9)),
    Region: strategies.regions(),
    HealthcareRegion: st.sampled_from(HEALTHCARE_REGIONS),
    PopulationSource: strategies.population_sources(),
    PopulationFigure: strategies.population_figures(),
    PopulationTable: strategies.population_tables(years=(2022, 2023)),
    TierBand: st.sampled_from(tier_bands()),
    TierFee: strategies.fee_schedules().map(lambda s: s.fees[0]),
    FeeSchedule: strategies.fee_schedules(),
    FeeScheduleHistory: strategies.fee_schedule_histories(),
    AnnualFee: annual_fees(),
    Budget: budgets(),
    RegionTier: region_tiers(),
    TierSubtotal: tier_subtotals(),
    Source: st.sampled_from(list(SOURCES.values())),
    Citation: st.sampled_from(list(SOURCES)).map(lambda k: Citation(k, "1")),
    Ward: strategies.wards(),
    WorkingDays: strategies.staffing_reductions().map(lambda r: r.working_days),
    WardReduction: strategies.staffing_reductions(min_wards=1, max_wards=1).map(
        lambda r: r.wards[0]
    ),
    TraceEntry: strategies.staffing_reductions().flatmap(lambda r: st.sampled_from(r.trace)),
    StaffingReduction: strategies.staffing_reductions(),
    ScopeItem: strategies.scope_items(),
    ServiceAgreement: strategies.service_agreements(),
    CaseYear: strategies.case_years(),
    BusinessCase: strategies.business_cases(),
    YearlyNet: strategies.business_cases().flatmap(lambda c: st.sampled_from(yearly_net(c))),
    ServiceTask: strategies.service_tasks(),
    VnsCase: strategies.vns_cases(),
    Sensitivity: strategies.staffing_sensitivities(),
    SensitivityRow: strategies.staffing_sensitivities().flatmap(lambda s: st.sampled_from(s.rows)),
    TaskCatalogue: strategies.task_catalogues(),
    TaskRow: strategies.task_catalogues()
    .filter(lambda c: bool(c.tasks))
    .flatmap(lambda c: st.sampled_from(c.rows())),
    KeyFigure: strategies.key_figures(),
    Observation: strategies.key_figures()
    .flatmap(lambda f: strategies.observations(f, max_regions=1))
    .map(lambda o: o[0]),
    BenchmarkData: strategies.benchmark_data(),
    Comparison: strategies.comparisons(),
    RegionResult: strategies.comparisons().flatmap(lambda c: st.sampled_from(c.results)),
    PeerGroup: strategies.comparisons().flatmap(lambda c: st.sampled_from(c.peer_groups)),
    CaseNumber: strategies.case_numbers(),
    ProtocolExcerpt: strategies.protocol_excerpts(),
    NeedTally: strategies.need_tallies(),
    NeedsInventory: strategies.needs_inventories(),
    RankedNeed: strategies.needs_inventories(min_size=1).flatmap(
        lambda i: st.sampled_from(i.ranked())
    ),
    Report: strategies.reports(),
    Finding: strategies.reports()
    .filter(lambda r: bool(r.findings))
    .flatmap(lambda r: st.sampled_from(r.findings)),
    Rule: st.sampled_from(list(RULES.values())),
    Delegate: strategies.delegates(mandate=None),
    Membership: strategies.memberships(),
    Board: strategies.boards(),
    Theme: strategies.themes(),
    ExpertGroup: strategies.expert_groups(),
    OperationalArea: strategies.operational_areas(),
    StaffAssignment: strategies.staff_assignments(),
    ManagementOrganisation: strategies.management_organisations(),
    Partner: strategies.partners(),
    GoverningDocument: strategies.governing_documents(),
    PlanActivity: strategies.plan_activities(),
    BudgetLine: strategies.budget_lines(),
    IncomeLine: strategies.income_lines(),
    OperationsPlan: strategies.operations_plans(),
    Goal: strategies.goals(),
    Resource: strategies.resources(),
    Network: strategies.networks(),
    NationalNetwork: strategies.national_networks(),
    NetworkGoal: strategies.network_goals(committed=False),
    Way: strategies.ways(),
    MeetingSeries: strategies.meeting_series(),
    Participant: strategies.participants(),
    NetworkOverview: strategies.networks().map(lambda n: network_overview(n, 2024)),
    OverviewMember: strategies.networks()
    .map(lambda n: network_overview(n, 2024))
    .filter(lambda o: bool(o.members))
    .flatmap(lambda o: st.sampled_from(o.members)),
    NetworkBudget: strategies.network_budgets(),
    Ballot: strategies.networks()
    .flatmap(lambda n: strategies.ballots(n, datetime.date(2024, 6, 1)))
    .filter(bool)
    .map(lambda b: b[0]),
    VoteResult: strategies.vote_results(),
    TrendPoint: strategies.benchmark_data().flatmap(
        lambda d: st.sampled_from(trend(d.key_figures[0], d.observations, d.observations[0].region))
    ),
    Activity: strategies.activities(),
    MeetingRule: strategies.meeting_rules(),
    AnnualWheel: strategies.annual_wheels(),
    Proposal: strategies.proposals(),
    Assignment: strategies.assignments(),
    GroupMember: strategies.group_members(),
    FollowUpPlan: strategies.follow_up_plans(),
    ActionProposal: strategies.action_proposals(),
    FollowUpProposal: strategies.follow_up_proposals(),
    FinalReport: strategies.final_reports(),
    FollowUpReport: strategies.follow_up_reports(),
    CurrentState: strategies.current_states(),
    Presentation: strategies.presentations(),
    ImplementationData: strategies.implementation_data(),
    Communication: strategies.communications(),
    ExcerptReference: strategies.excerpt_references(),
    Milestone: strategies.milestones(),
    Subproject: strategies.subprojects(compliant=False) | strategies.subprojects(),
    Portfolio: strategies.portfolios(max_size=3),
    PortfolioSummary: strategies.portfolio_summaries(max_size=3),
    PortfolioEntry: strategies.portfolio_summaries(max_size=3)
    .filter(lambda s: bool(s.entries))
    .flatmap(lambda s: st.sampled_from(s.entries)),
}


# Composite types whose examples are large (21 figures each): fewer examples keep CI fast;
# their parts are round-tripped with the full count above.
EXAMPLES = {
    PopulationTable: 15,
    Budget: 25,
    FeeScheduleHistory: 50,
    AnnualFee: 50,
    StaffingReduction: 50,
    BusinessCase: 50,
    VnsCase: 50,
    Comparison: 50,
    Network: 50,
    NationalNetwork: 50,
    NetworkOverview: 25,
    OverviewMember: 25,
    NetworkBudget: 50,
    VoteResult: 50,
    Ballot: 50,
    Subproject: 50,
    Portfolio: 25,
    PortfolioSummary: 25,
    PortfolioEntry: 25,
}


def test_every_public_type_has_a_round_trip() -> None:
    public = set()
    for name in (
        "vardservice.sources",
        "vardservice.units",
        "vardservice.regions",
        "vardservice.fees",
        "vardservice.vns",
        "vardservice.decisions",
        "vardservice.decisions.case_number",
        "vardservice.benchmarking",
        "vardservice.networks",
        "vardservice.subprojects",
        "vardservice.portfolio",
        "vardservice.rules",
        "vardservice.planning",
    ):
        module = importlib.import_module(name)
        for attr in module.__all__:
            obj = getattr(module, attr)
            if inspect.isclass(obj) and attrs.has(obj):
                public.add(obj)
    assert public <= set(ROUND_TRIP), sorted(c.__name__ for c in public - set(ROUND_TRIP))


@pytest.mark.parametrize("cls", list(ROUND_TRIP), ids=lambda c: c.__name__)
@pytest.mark.parametrize("fmt", ["json", "yaml", "toml"])
def test_from_dict_of_to_dict_is_identity(cls: type, fmt: str) -> None:
    @settings(max_examples=EXAMPLES.get(cls, settings().max_examples))
    @given(ROUND_TRIP[cls])
    def check(value: Any) -> None:
        assert from_dict(to_dict(value), cls) == value
        data = to_dict(value)
        if fmt == "toml" and not isinstance(data, dict):
            return  # TOML documents are tables; scalars (Money, Region) round-trip in JSON/YAML
        assert loads(dumps(value, format=fmt), cls, format=fmt) == value  # type: ignore[arg-type]

    check()


def test_money_is_written_as_a_plain_string_in_kronor() -> None:
    assert to_dict(Money.of("23.4", "mnkr")) == "23400000.0 kr"
    assert from_dict("23,4 mnkr", Money) == Money.of(23_400_000)
    assert from_dict(40_000, Money) == Money.of(40_000)


def test_regions_are_written_as_codes_and_read_by_code_or_name() -> None:
    assert to_dict(REGIONS[5]) == "07"
    assert from_dict("Region Kronoberg", Region) is REGIONS[5]


def test_budget_writes_its_derived_total_and_checks_it_on_the_way_in() -> None:
    schedule = FeeSchedule.of(2024, {1: 10, 2: 20, 3: 30}, illustrative=True)
    result = budget(["07"], 2024, schedule=schedule, populations=_table())
    data = to_dict(result)
    assert data["total"] == "10 kr"
    assert [row["members"] for row in data["by_tier"]] == [1, 0, 0]
    data["total"] = "11 kr"
    with pytest.raises(InvalidInput, match=r"Budget.total: got '11 kr'.*@ \$"):
        from_dict(data, Budget)


def test_network_budget_writes_its_totals_and_checks_them_on_the_way_in() -> None:
    network = load(
        Path(__file__).resolve().parent.parent / "examples/networks/best_service.yaml", Network
    )
    data = to_dict(network_budget(network, 2024))
    assert (data["income"], data["cost_total"], data["balance"]) == (
        "1520000 kr",
        "1250000 kr",
        "270000 kr",
    )
    assert from_dict(data, NetworkBudget) == network_budget(network, 2024)
    data["balance"] = "1 kr"
    with pytest.raises(InvalidInput, match=r"NetworkBudget.balance: got '1 kr'.*@ \$"):
        from_dict(data, NetworkBudget)


def _table() -> PopulationTable:
    source = PopulationSource(id="t", publisher="t", title="t")
    return PopulationTable(
        [PopulationFigure(region=r.code, year=2023, population=100, source=source) for r in REGIONS]
    )


VALID = {
    "schedules": [
        {
            "valid_from": 2024,
            "illustrative": True,
            "fees": [
                {"tier": 1, "amount": "40 000 kr"},
                {"tier": 2, "amount": "80 tkr"},
                {"tier": 3, "amount": 120000},
            ],
        }
    ]
}


def _with(path: tuple[Any, ...], value: Any) -> Any:
    data = json.loads(json.dumps(VALID))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (("schedules", 0, "valid_from"), "2024", "expected a whole number, got '2024' @ $.schedules[0].valid_from"),
        (("schedules", 0, "valid_from"), 2024.0, "@ $.schedules[0].valid_from"),
        (("schedules", 0, "valid_from"), 1999, "FeeSchedule.valid_from: got 1999"),
        (("schedules", 0, "fees", 1, "amount"), 80000.5, "not a float"),
        (("schedules", 0, "fees", 1, "amount"), "80 euro", "@ $.schedules[0].fees[1].amount"),
        (("schedules", 0, "fees", 2, "tier"), 4, "expected one of [1, 2, 3], got 4 @ $.schedules[0].fees[2].tier"),
        (("schedules", 0, "fees", 2, "tier"), True, "@ $.schedules[0].fees[2].tier"),
        (("schedules", 0, "illustrative"), "yes", "expected true or false, got 'yes' @ $.schedules[0].illustrative"),
        (("schedules", 0, "illustrative"), False, "FeeSchedule.reference: got None"),
        (("schedules", 0, "extra"), 1, "extra fields found (extra) @ $.schedules[0]"),
        (("schedules",), "abc", "expected a list, got 'abc' @ $.schedules"),
        (("schedules", 0), [], "expected a mapping with the fields of FeeSchedule"),
    ],
)  # fmt: skip
def test_each_problem_names_its_path(path: tuple[Any, ...], value: Any, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        from_dict(_with(path, value), FeeScheduleHistory)
    assert any(problem in p for p in caught.value.problems), caught.value.problems


def test_several_problems_are_all_reported() -> None:
    data = _with(("schedules", 0, "valid_from"), "x")
    data["schedules"][0]["fees"][0]["tier"] = 9
    with pytest.raises(InvalidInput) as caught:
        from_dict(data, FeeScheduleHistory)
    assert len(caught.value.problems) == 2


@pytest.mark.parametrize(
    ("text", "fmt", "problem"),
    [
        ("", "yaml", "the document is empty"),
        ("null", "json", "the document is empty"),
        ("[1, 2", "json", "not valid JSON"),
        ("a = ", "toml", "not valid TOML"),
        ("a: [", "yaml", "not valid YAML"),
        ("!!python/object/apply:os.system ['echo pwned']", "yaml", "not valid YAML"),
        ("[]", "json", "expected a mapping"),
    ],
)
def test_unreadable_documents(text: str, fmt: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem.replace("[", r"\[")):
        loads(text, FeeScheduleHistory, format=fmt)  # type: ignore[arg-type]


def test_json_floats_are_refused_for_money() -> None:
    text = json.dumps(VALID).replace('"80 tkr"', "80000.0")
    with pytest.raises(InvalidInput, match="not a float"):
        loads(text, FeeScheduleHistory)


def test_load_and_dump_pick_the_format_from_the_suffix(tmp_path: Path) -> None:
    history = from_dict(VALID, FeeScheduleHistory)
    for suffix in (".json", ".yaml", ".yml", ".toml"):
        path = tmp_path / f"fees{suffix}"
        dump(history, path)
        assert load(path, FeeScheduleHistory) == history
    with pytest.raises(InvalidInput, match="unknown file type '.txt'"):
        load(tmp_path / "fees.txt", FeeScheduleHistory)
    with pytest.raises(InvalidInput, match="cannot read the file") as caught:
        load(tmp_path / "missing.toml", FeeScheduleHistory)
    assert caught.value.origin == str(tmp_path / "missing.toml")


def test_toml_cannot_hold_a_bare_value() -> None:
    with pytest.raises(InvalidValue, match="a mapping"):
        dumps(Money.of(1), format="toml")


def test_loads_refuses_unknown_formats() -> None:
    with pytest.raises(InvalidValue, match="loads.format"):
        loads("{}", FeeScheduleHistory, format="xml")  # type: ignore[arg-type]


def test_own_population_figures_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "pop.csv"
    path.write_text(
        "code,year,population,source,url\n"
        "07,2025,204 000,SCB BE0101N1 2026-02-20,https://www.scb.se/\n"
        "Halland,2025,345000,SCB BE0101N1 2026-02-20,\n",
        encoding="utf-8",
    )
    table = load_populations(path)
    assert [(f.region, f.year, f.population) for f in table.figures] == [
        ("07", 2025, 204_000),
        ("13", 2025, 345_000),
    ]
    assert table.figures[0].source.url == "https://www.scb.se/"
    assert table.figures[1].source.url is None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("code,year,population\n07,2025,1\n", "missing columns: source"),
        ("code,year,population,source\n99,2025,1,SCB\n", "no region matches '99' @ line 2"),
        ("code,year,population,source\n07,2025,-1,SCB\n", "PopulationFigure.population"),
        ("code,year,population,source\n07,20x5,1,SCB\n", "PopulationFigure.year"),
        ("code,year,population,source\n07,2025,1,\n", "PopulationFigure.source"),
        ("code,year,population,source\n07,2025,1,SCB\n7,2025,2,SCB\n", "at most one figure"),
    ],
)
def test_bad_population_csv_names_the_line(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "pop.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput, match=problem.replace("(", r"\(")):
        load_populations(path)


CSV_HEADER = "region,year,key_figure,value,unit\n"


def test_observations_load_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "obs.csv"
    path.write_text(CSV_HEADER + '07,2022,LV1,310,kr/m**2\nHalland,2022,LV1,"0,29",tkr/m**2\n')
    rows = load_observations(path)
    assert [(o.region, o.value, o.unit) for o in rows] == [
        ("07", Decimal("310"), "kr/m**2"),
        ("13", Decimal("0.29"), "tkr/m**2"),
    ]


def test_bad_csv_lines_are_each_named(tmp_path: Path) -> None:
    path = tmp_path / "obs.csv"
    path.write_text(
        CSV_HEADER + "07,2022,LV1,310,kr/m**2\n99,2022,LV1,1,kr/m**2\n07,20x,LV1,1,kr\n"
    )
    with pytest.raises(InvalidInput) as info:
        load_observations(path)
    assert [p.rsplit("@ ", 1)[1] for p in info.value.problems] == ["line 3", "line 4"]


def test_observations_load_from_a_benchmark_document(tmp_path: Path) -> None:
    path = tmp_path / "data.yaml"
    path.write_text(
        "key_figures:\n"
        "  - {id: LV1, name_sv: a, name_en: b, unit: kr/m**2, area: lokalvård, lower_is_better: true}\n"
        "observations:\n"
        "  - {key_figure: LV1, region: '07', year: 2022, value: '310', unit: kr/m**2}\n"
    )
    assert load_observations(path)[0].value == Decimal(310)
    path.write_text(path.read_text().replace("'310'", "310.5"))
    with pytest.raises(InvalidInput, match=r"observations\[0\]\.value"):
        load_observations(path)


def test_case_numbers_are_written_as_printed_and_read_leniently() -> None:
    number = CaseNumber(prefix="HSN", serial=938, year=2020)
    assert to_dict(number) == "HSN 938-2020"
    assert from_dict("hsn 938–2020", CaseNumber) == number


EXCERPT = {
    "body": "Hälso- och sjukvårdsnämndens arbetsutskott",
    "meeting_date": "2020-11-18",
    "paragraph": 90,
    "title": "Vårdnära service",
    "case_number": "HSN 938-2020",
}


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("case_number", "HSN 938-20", "CaseNumber.year: got '20'"),
        ("case_number", "938-2020", "CaseNumber.prefix"),
        ("case_number", 938, "expected a case number such as 'HSN 938-2020', got 938"),
        (
            "meeting_date",
            "18 november 2020",
            "ISO 8601, e.g. '2020-11-18'), got '18 november 2020'",
        ),
        # a validator's error names the field in the message and is reported at its path
        ("paragraph", 0, "ProtocolExcerpt.paragraph: got 0; expected a whole number from 1"),
        ("summary", "text", "expected a list, got 'text'"),
    ],
)
def test_bad_excerpt_documents_name_the_path(field: str, value: Any, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        from_dict(EXCERPT | {field: value}, ProtocolExcerpt)
    path = f"$.{field}"
    assert any(problem in p and p.endswith(f"@ {path}") for p in caught.value.problems), (
        caught.value.problems
    )
