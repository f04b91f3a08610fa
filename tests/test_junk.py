"""Junk in, a library exception out: never a crash (STYLE §11)."""

import contextlib
import datetime
import io
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardservice.benchmarking import (
    BenchmarkData,
    KeyFigure,
    Observation,
    compare,
    per_capita,
    quartiles,
    trend,
)
from vardservice.decisions import (
    CaseNumber,
    NeedsInventory,
    NeedTally,
    ProtocolExcerpt,
    case_number,
)
from vardservice.errors import InvalidInput, InvalidValue, VardserviceError
from vardservice.fees import FeeSchedule, FeeScheduleHistory, annual_fee, budget, fee_tier
from vardservice.io import (
    dumps,
    from_dict,
    load_annual_wheel,
    load_portfolio,
    load_subproject_documents,
    load_subprojects,
    loads,
    observations_from_csv,
)
from vardservice.networks import (
    Ballot,
    Membership,
    Network,
    StaffAssignment,
    member_fees,
    network_budget,
    tally,
    voters,
)
from vardservice.planning import (
    Activity,
    ActivityKind,
    AnnualWheel,
    MeetingRule,
    meeting_dates,
    to_ical,
)
from vardservice.portfolio import Portfolio, PortfolioSummary, summarize
from vardservice.regions import PopulationTable, get_region, population_figure
from vardservice.render import (
    DOCUMENTS,
    render_annual_wheel,
    render_assignment,
    render_benchmark,
    render_benchmark_chart,
    render_compliance_report,
    render_final_report,
    render_follow_up,
    render_meeting_calendar,
    render_needs_inventory,
    render_network,
    render_portfolio,
    render_protocol,
)
from vardservice.rules import Report, check
from vardservice.subprojects import (
    ActionProposal,
    Assignment,
    ExcerptReference,
    FinalReport,
    GroupMember,
    Milestone,
    Subproject,
    follow_up_due,
)
from vardservice.units import Money, format_money, parse_money
from vardservice.vns import (
    BusinessCase,
    Frequency,
    Sensitivity,
    ServiceAgreement,
    ServiceTask,
    StaffingReduction,
    TaskCatalogue,
    VnsCase,
    Ward,
    break_even_year,
    business_case,
    implied_hourly_cost,
    is_eligible,
    ramp_benefits,
    staffing_reduction,
    staffing_sensitivity,
    undocumented_scope,
    yearly_net,
)

JUNK: list[Any] = [
    None, "", " ", 0, -1, 10**30, -(10**30), 1.5, float("nan"), float("inf"), True, [], {}, (),
    "\x00", "ä" * 10_000, b"bytes", Decimal("NaN"), object(), [None], {"": None}, "1e999",
]  # fmt: skip

AGREEMENT = ServiceAgreement(name="VNS", forecast_cost=1, compensation=1)
SCHEDULE = FeeSchedule.of(2024, {1: 1, 2: 2, 3: 3}, illustrative=True)
WARD = Ward(name="A", available_beds=15, inpatient=True)
KR = Money(1)
LV1 = KeyFigure(id="LV1", name_sv="a", name_en="b", unit="kr/m**2", area="c", lower_is_better=True)
WHEEL = AnnualWheel(name="NSN", meetings=MeetingRule())
STAMP = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
EXCERPT: dict[str, Any] = {
    "body": "a",
    "meeting_date": "2020-11-18",
    "paragraph": 90,
    "title": "a",
    "case_number": "HSN 938-2020",
}
TALLY = NeedTally(need="a", count=1, tags=["VNS"])
INVENTORY = NeedsInventory(tallies=[TALLY], illustrative=True)
OBS = Observation(key_figure="LV1", region="07", year=2022, value=1, unit="kr/m**2")
SUBPROJECT = Subproject(id="SFBV-2024-01", title="Höftfrakturvård", participating_regions=["12"])

NETWORK = Network(
    name="N", members=[Membership(region="07", granted_on="2018-01-01")],
    fee_schedules=FeeScheduleHistory(schedules=[SCHEDULE]),
)  # fmt: skip

CALLS: dict[str, Callable[[Any], object]] = {
    "fee_tier": fee_tier,
    "get_region": get_region,
    "parse_money": parse_money,
    "format_money": format_money,
    "population_figure(region)": lambda x: population_figure(x, 2023),
    "population_figure(year)": lambda x: population_figure("07", x),
    "annual_fee(year)": lambda x: annual_fee("07", x, schedule=SCHEDULE, population=1),
    "annual_fee(population)": lambda x: annual_fee("07", 2024, schedule=SCHEDULE, population=x),
    "budget(members)": lambda x: budget(x, 2024, schedule=SCHEDULE),
    "from_dict(FeeScheduleHistory)": lambda x: from_dict(x, FeeScheduleHistory),
    "from_dict(PopulationTable)": lambda x: from_dict(x, PopulationTable),
    "loads(json)": lambda x: loads(x, FeeScheduleHistory),
    "loads(yaml)": lambda x: loads(x, FeeScheduleHistory, format="yaml"),
    "loads(toml)": lambda x: loads(x, FeeScheduleHistory, format="toml"),
    "Ward(name)": lambda x: Ward(name=x, available_beds=15, inpatient=True),
    "Ward(available_beds)": lambda x: Ward(name="A", available_beds=x, inpatient=True),
    "Ward(inpatient)": lambda x: Ward(name="A", available_beds=15, inpatient=x),
    "is_eligible(ward)": is_eligible,
    "is_eligible(bed_threshold)": lambda x: is_eligible(WARD, bed_threshold=x),
    "staffing_reduction(wards)": lambda x: staffing_reduction(x, 2024, cost_per_hour=KR),
    "staffing_reduction(year)": lambda x: staffing_reduction([WARD], x, cost_per_hour=KR),
    "staffing_reduction(cost_per_hour)": lambda x: staffing_reduction(
        [WARD], 2024, cost_per_hour=x
    ),
    "staffing_reduction(hours_per_weekday)": lambda x: staffing_reduction(
        [WARD], 2024, cost_per_hour=KR, hours_per_weekday=x
    ),
    "staffing_reduction(overhead_percent)": lambda x: staffing_reduction(
        [WARD], 2024, cost_per_hour=KR, overhead_percent=x
    ),
    "staffing_reduction(bed_threshold)": lambda x: staffing_reduction(
        [WARD], 2024, cost_per_hour=KR, bed_threshold=x
    ),
    "staffing_reduction(eves_off)": lambda x: staffing_reduction(
        [WARD], 2024, cost_per_hour=KR, eves_off=x
    ),
    "implied_hourly_cost(annual_effect)": lambda x: implied_hourly_cost(
        x, eligible_wards=1, year=2018
    ),
    "implied_hourly_cost(eligible_wards)": lambda x: implied_hourly_cost(
        KR, eligible_wards=x, year=2018
    ),
    "implied_hourly_cost(year)": lambda x: implied_hourly_cost(KR, eligible_wards=1, year=x),
    "implied_hourly_cost(hours_per_weekday)": lambda x: implied_hourly_cost(
        KR, eligible_wards=1, year=2018, hours_per_weekday=x
    ),
    "ServiceAgreement(forecast_cost)": lambda x: ServiceAgreement(
        name="A", forecast_cost=x, compensation=KR
    ),
    "ServiceAgreement(compensation)": lambda x: ServiceAgreement(
        name="A", forecast_cost=KR, compensation=x
    ),
    "ServiceAgreement(scope)": lambda x: ServiceAgreement(
        name="A", forecast_cost=KR, compensation=KR, scope=x
    ),
    "undocumented_scope": undocumented_scope,
    "ramp_benefits(full_benefit)": lambda x: ramp_benefits(x, ["1"]),
    "ramp_benefits(shares)": lambda x: ramp_benefits(KR, x),
    "business_case(first_year)": lambda x: business_case(
        x, costs=[1], benefits=[1], illustrative=True
    ),
    "business_case(costs)": lambda x: business_case(2024, costs=x, benefits=[1], illustrative=True),
    "business_case(benefits)": lambda x: business_case(
        2024, costs=[1], benefits=x, illustrative=True
    ),
    "business_case(reference)": lambda x: business_case(2024, costs=[1], benefits=[1], reference=x),
    "BusinessCase(years)": lambda x: BusinessCase(years=x, illustrative=True),
    "yearly_net": yearly_net,
    "break_even_year": break_even_year,
    "from_dict(StaffingReduction)": lambda x: from_dict(x, StaffingReduction),
    "from_dict(ServiceAgreement)": lambda x: from_dict(x, ServiceAgreement),
    "from_dict(BusinessCase)": lambda x: from_dict(x, BusinessCase),
    "ServiceTask(minutes)": lambda x: ServiceTask(name="A", frequency=Frequency.PER_DAY, minutes=x),
    "ServiceTask(frequency)": lambda x: ServiceTask(name="A", frequency=x, minutes=1),
    "ServiceTask(wards)": lambda x: ServiceTask(
        name="A", frequency=Frequency.PER_DAY, minutes=1, wards=x
    ),
    "Frequency.occurrences(year)": lambda x: Frequency.PER_WEEKDAY.occurrences(x),
    "TaskCatalogue(tasks)": lambda x: TaskCatalogue(tasks=x, year=2024, cost_per_hour=KR),
    "TaskCatalogue(year)": lambda x: TaskCatalogue(tasks=(), year=x, cost_per_hour=KR),
    "TaskCatalogue(cost_per_hour)": lambda x: TaskCatalogue(tasks=(), year=2024, cost_per_hour=x),
    "TaskCatalogue(hours_per_fte)": lambda x: TaskCatalogue(
        tasks=(), year=2024, cost_per_hour=KR, hours_per_fte=x
    ),
    "from_dict(TaskCatalogue)": lambda x: from_dict(x, TaskCatalogue),
    "staffing_sensitivity(year)": lambda x: staffing_sensitivity(
        x, cost_per_hour=[KR], eligible_wards=[1]
    ),
    "staffing_sensitivity(cost_per_hour)": lambda x: staffing_sensitivity(
        2024, cost_per_hour=x, eligible_wards=[1]
    ),
    "staffing_sensitivity(cost_per_hour[0])": lambda x: staffing_sensitivity(
        2024, cost_per_hour=[x], eligible_wards=[1]
    ),
    "staffing_sensitivity(eligible_wards)": lambda x: staffing_sensitivity(
        2024, cost_per_hour=[KR], eligible_wards=x
    ),
    "staffing_sensitivity(eligible_wards[0])": lambda x: staffing_sensitivity(
        2024, cost_per_hour=[KR], eligible_wards=[x]
    ),
    "staffing_sensitivity(hours_per_weekday[0])": lambda x: staffing_sensitivity(
        2024, cost_per_hour=[KR], eligible_wards=[1], hours_per_weekday=[x]
    ),
    "staffing_sensitivity(overhead_percent)": lambda x: staffing_sensitivity(
        2024, cost_per_hour=[KR], eligible_wards=[1], overhead_percent=x
    ),
    "from_dict(Sensitivity)": lambda x: from_dict(x, Sensitivity),
    "from_dict(VnsCase)": lambda x: from_dict(x, VnsCase),
    "loads(VnsCase, yaml)": lambda x: loads(x, VnsCase, format="yaml"),
    "KeyFigure(unit)": lambda x: KeyFigure(
        id="a", name_sv="a", name_en="a", unit=x, area="a", lower_is_better=True
    ),
    "KeyFigure(lower_is_better)": lambda x: KeyFigure(
        id="a", name_sv="a", name_en="a", unit="kr", area="a", lower_is_better=x
    ),
    "Observation(region)": lambda x: Observation(
        key_figure="a", region=x, year=2022, value=1, unit="kr"
    ),
    "Observation(value)": lambda x: Observation(
        key_figure="a", region="07", year=2022, value=x, unit="kr"
    ),
    "Observation(year)": lambda x: Observation(
        key_figure="a", region="07", year=x, value=1, unit="kr"
    ),
    "compare(figure)": lambda x: compare(x, [OBS], 2022),
    "compare(observations)": lambda x: compare(LV1, x, 2022),
    "compare(year)": lambda x: compare(LV1, [OBS], x),
    "compare(region)": lambda x: compare(LV1, [OBS], 2022, region=x),
    "trend(observations)": lambda x: trend(LV1, x, "07"),
    "trend(region)": lambda x: trend(LV1, [OBS], x),
    "quartiles": quartiles,
    "per_capita(total)": lambda x: per_capita(x, 1),
    "per_capita(population)": lambda x: per_capita(1, x),
    "BenchmarkData(key_figures)": lambda x: BenchmarkData(key_figures=x),
    "from_dict(BenchmarkData)": lambda x: from_dict(x, BenchmarkData),
    "observations_from_csv": observations_from_csv,
    "render_benchmark": render_benchmark,
    "case_number.compact": case_number.compact,
    "case_number.validate": case_number.validate,
    "case_number.is_valid": case_number.is_valid,
    "case_number.format": case_number.format,
    "case_number.parse": case_number.parse,
    "CaseNumber(serial)": lambda x: CaseNumber(prefix="HSN", serial=x, year=2020),
    "CaseNumber(prefix)": lambda x: CaseNumber(prefix=x, serial=1, year=2020),
    **{
        f"ProtocolExcerpt({field})": (lambda f: lambda x: ProtocolExcerpt(**(EXCERPT | {f: x})))(
            field
        )
        for field in (
            *EXCERPT,
            "summary",
            "proposed_decision",
            "decision",
            "basis_documents",
            "attested_by",
            "checked_by",
            "sent_to",
        )
    },
    "from_dict(ProtocolExcerpt)": lambda x: from_dict(x, ProtocolExcerpt),
    "loads(ProtocolExcerpt, yaml)": lambda x: loads(x, ProtocolExcerpt, format="yaml"),
    "NeedTally(count)": lambda x: NeedTally(need="a", count=x),
    "NeedTally(tags)": lambda x: NeedTally(need="a", count=1, tags=x),
    "NeedTally.has_tag": TALLY.has_tag,
    "NeedsInventory(tallies)": lambda x: NeedsInventory(tallies=x, illustrative=True),
    "NeedsInventory(reference)": lambda x: NeedsInventory(tallies=[], reference=x),
    "NeedsInventory.top": INVENTORY.top,
    "NeedsInventory.positions(tag)": INVENTORY.positions,
    "NeedsInventory.positions(top)": lambda x: INVENTORY.positions("VNS", top=x),
    "from_dict(NeedsInventory)": lambda x: from_dict(x, NeedsInventory),
    "render_protocol": render_protocol,
    "render_needs_inventory": render_needs_inventory,
    "render_needs_inventory(top)": lambda x: render_needs_inventory(INVENTORY, top=x),
    "render_needs_inventory(tag)": lambda x: render_needs_inventory(INVENTORY, tag=x),
    "render_benchmark_chart": render_benchmark_chart,
    "Membership(region)": lambda x: Membership(region=x),
    "Membership(granted_on)": lambda x: Membership(region="07", granted_on=x),
    "Membership(votes)": lambda x: Membership(region="07", votes=x),
    "StaffAssignment(share)": lambda x: StaffAssignment(person="P", region="07", share=x),
    "StaffAssignment(reimbursement)": lambda x: StaffAssignment(
        person="P", region="07", share="0.5", reimbursement=x
    ),
    "Network(members)": lambda x: Network(name="N", members=x),
    "Network(name)": lambda x: Network(name=x),
    "Ballot(vote)": lambda x: Ballot(member="07", vote=x),
    "members_on": NETWORK.members_on,
    "member_fees(network)": lambda x: member_fees(x, 2024),
    "member_fees(year)": lambda x: member_fees(NETWORK, x),
    "network_budget(year)": lambda x: network_budget(NETWORK, x),
    "voters(on)": lambda x: voters(NETWORK, x),
    "tally(ballots)": lambda x: tally(NETWORK, x, on="2024-01-01"),
    "tally(on)": lambda x: tally(NETWORK, [], on=x),
    "tally(rule)": lambda x: tally(NETWORK, [], on="2024-01-01", rule=x),
    "from_dict(Network)": lambda x: from_dict(x, Network),
    "loads(Network)": lambda x: loads(x, Network, format="yaml"),
    "check(network, as_of)": lambda x: check(NETWORK, as_of=x),
    "render_network(network)": lambda x: render_network(x, 2024),
    "render_network(year)": lambda x: render_network(NETWORK, x),
    "check(subject)": lambda x: check(x, as_of="2024-01-01"),
    "check(as_of)": lambda x: check(AGREEMENT, as_of=x),
    "check(select)": lambda x: check(AGREEMENT, as_of="2024-01-01", select=x),
    "check(ignore)": lambda x: check(AGREEMENT, as_of="2024-01-01", ignore=x),
    "check(lang)": lambda x: check(AGREEMENT, as_of="2024-01-01", lang=x),
    "from_dict(Report)": lambda x: from_dict(x, Report),
    "from_dict(Subproject)": lambda x: from_dict(x, Subproject),
    "Subproject(id)": lambda x: Subproject(id=x, title="t"),
    "Subproject(participating_regions)": lambda x: Subproject(
        id="i", title="t", participating_regions=x
    ),
    "Subproject(healthcare_region)": lambda x: Subproject(id="i", title="t", healthcare_region=x),
    "Subproject(focus_areas)": lambda x: Subproject(id="i", title="t", focus_areas=x),
    "Subproject(milestones)": lambda x: Subproject(id="i", title="t", milestones=x),
    "Subproject(working_group)": lambda x: Subproject(id="i", title="t", working_group=x),
    "Subproject(assignment)": lambda x: Subproject(id="i", title="t", assignment=x),
    "Milestone(kind)": lambda x: Milestone(kind=x, date="2024-01-01"),
    "Milestone(date)": lambda x: Milestone(kind="final_report", date=x),
    "Milestone(region)": lambda x: Milestone(kind="regional_decision", date="2024-01-01", region=x),
    "Milestone(unanimous)": lambda x: Milestone(
        kind="management_group_decision", date="2024-01-01", unanimous=x
    ),
    "ExcerptReference(paragraph)": lambda x: ExcerptReference(
        case_number="RS 1", paragraph=x, date="2024-01-01"
    ),
    "ActionProposal(cost_estimate)": lambda x: ActionProposal(title="t", cost_estimate=x),
    "FinalReport(sections)": lambda x: FinalReport(sections=x),
    "FinalReport(pages)": lambda x: FinalReport(pages=x),
    "Assignment(assignment_points)": lambda x: Assignment(assignment_points=x),
    "GroupMember(role)": lambda x: GroupMember(name="n", role=x),
    "follow_up_due": follow_up_due,
    "load_annual_wheel": load_annual_wheel,
    "Activity(title)": lambda x: Activity(title=x, month=1),
    "Activity(kind)": lambda x: Activity(title="a", kind=x, month=1),
    "Activity(date)": lambda x: Activity(title="a", date=x),
    "Activity(month)": lambda x: Activity(title="a", month=x),
    "Activity(responsible)": lambda x: Activity(title="a", month=1, responsible=x),
    "Activity(source)": lambda x: Activity(title="a", month=1, source=x),
    "MeetingRule(count)": lambda x: MeetingRule(count=x),
    "MeetingRule(weekday)": lambda x: MeetingRule(weekday=x),
    "MeetingRule(months)": lambda x: MeetingRule(count=1, months=x),
    "AnnualWheel(name)": lambda x: AnnualWheel(name=x),
    "AnnualWheel(activities)": lambda x: AnnualWheel(name="a", activities=x),
    "AnnualWheel(meetings)": lambda x: AnnualWheel(name="a", meetings=x),
    "AnnualWheel.for_year": WHEEL.for_year,
    "meeting_dates(year)": meeting_dates,
    "meeting_dates(count)": lambda x: meeting_dates(2025, x),
    "meeting_dates(weekday)": lambda x: meeting_dates(2025, weekday=x),
    "meeting_dates(months)": lambda x: meeting_dates(2025, 1, months=x),
    "to_ical(wheel)": lambda x: to_ical(x, 2025, stamp=STAMP),
    "to_ical(year)": lambda x: to_ical(WHEEL, x, stamp=STAMP),
    "to_ical(stamp)": lambda x: to_ical(WHEEL, 2025, stamp=x),
    "to_ical(kinds)": lambda x: to_ical(WHEEL, 2025, stamp=STAMP, kinds=x),
    "to_ical(reminder_days)": lambda x: to_ical(WHEEL, 2025, stamp=STAMP, reminder_days=x),
    "from_dict(AnnualWheel)": lambda x: from_dict(x, AnnualWheel),
    "loads(AnnualWheel, yaml)": lambda x: loads(x, AnnualWheel, format="yaml"),
    "render_annual_wheel(wheel)": lambda x: render_annual_wheel(x, 2025),
    "render_annual_wheel(year)": lambda x: render_annual_wheel(WHEEL, x),
    "render_annual_wheel(format)": lambda x: render_annual_wheel(WHEEL, 2025, format=x),
    "render_meeting_calendar(wheel)": lambda x: render_meeting_calendar(x, 2025),
    "render_meeting_calendar(year)": lambda x: render_meeting_calendar(WHEEL, x),
    "render_compliance_report": render_compliance_report,
    "render_assignment": render_assignment,
    "render_final_report": render_final_report,
    "render_follow_up": render_follow_up,
    "render_portfolio": render_portfolio,
    "check(Subproject, as_of)": lambda x: check(SUBPROJECT, as_of=x),
    "check(Subproject, select)": lambda x: check(SUBPROJECT, as_of="2024-01-01", select=x),
    "check(Subproject, ignore)": lambda x: check(SUBPROJECT, as_of="2024-01-01", ignore=x),
    "check(Subproject, lang)": lambda x: check(SUBPROJECT, as_of="2024-01-01", lang=x),
    "Portfolio(name)": lambda x: Portfolio(name=x),
    "Portfolio(subprojects)": lambda x: Portfolio(name="P", subprojects=x),
    "summarize(subprojects)": lambda x: summarize(x, as_of="2024-01-01"),
    "summarize(as_of)": lambda x: summarize([], as_of=x),
    "from_dict(Portfolio)": lambda x: from_dict(x, Portfolio),
    "from_dict(PortfolioSummary)": lambda x: from_dict(x, PortfolioSummary),
    "loads(Portfolio, yaml)": lambda x: loads(x, Portfolio, format="yaml"),
    "load_subprojects": load_subprojects,
    "load_subproject_documents": load_subproject_documents,
    "load_portfolio": load_portfolio,
    "load_portfolio(name)": lambda x: load_portfolio("missing.yaml", name=x),
}


@pytest.mark.parametrize("name", list(CALLS))
@pytest.mark.parametrize("junk", JUNK, ids=lambda j: repr(j)[:20])
def test_junk_gives_a_library_exception_or_a_result(name: str, junk: Any) -> None:
    try:
        CALLS[name](junk)
    except VardserviceError:
        pass


def test_dates_at_the_end_of_the_calendar_give_library_errors_not_crashes() -> None:
    """A board approval on 9999-12-31 has no follow-up date in the calendar."""
    sp = Subproject(
        id="X",
        title="Y",
        milestones=[Milestone(kind="board_recommendation", date="9999-12-31")],
    )
    for call in (
        lambda: follow_up_due(sp),
        lambda: render_follow_up(sp),
        lambda: render_final_report(sp),
        lambda: summarize([sp], as_of="9999-12-31"),
    ):
        with pytest.raises(VardserviceError, match="9999"):
            call()
    assert summarize([], as_of="9999-12-31").total == 0
    assert check(sp, as_of="9999-12-31").findings is not None


# --- issue 12: output that cannot carry an attack, and the remaining reproducers --------------

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</style><svg onload=alert(1)>",
    "[x](javascript:alert(1))",
    "\x1b[2J\x1b]0;pwned\x07\x9b31m",
)
_LIVE_MARKUP = re.compile(r"(?<!\\)<(script|img|svg onload|/style)", re.IGNORECASE)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _poisoned(value: Any, payload: str, depth: int = 0) -> Any:
    """Return ``value`` with the payload appended to every free-text field it accepts."""
    if depth > 6:
        return value
    if isinstance(value, tuple):
        return tuple(_poisoned(item, payload, depth + 1) for item in value)
    if not attrs.has(type(value)):
        return value
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        if not field.init:
            continue
        current = getattr(value, field.name)
        candidate: Any
        if isinstance(current, str) and current:
            candidate = f"{current}{payload}"
        elif isinstance(current, tuple) and current and all(isinstance(i, str) for i in current):
            candidate = tuple(f"{item}{payload}" for item in current)
        else:
            candidate = _poisoned(current, payload, depth + 1)
        try:
            attrs.evolve(value, **{field.name: candidate})
        except (VardserviceError, ValueError, TypeError, KeyError, LookupError):
            continue  # a field with a meaning (a code, a key, a URL): not free text
        changes[field.name] = candidate
    try:
        return attrs.evolve(value, **changes)
    except (VardserviceError, ValueError, TypeError, KeyError, LookupError):
        return value


@pytest.mark.parametrize(
    ("kind", "fmt"),
    # PDF is drawn from the HTML (checked here); Word is checked for its links below.
    [(k, f) for k in DOCUMENTS for f in DOCUMENTS[k].formats if f != "pdf"],
    ids=str,
)
def test_no_payload_in_any_free_text_field_comes_out_live(kind: str, fmt: str) -> None:
    entry = DOCUMENTS[kind]
    assert entry.example is not None
    example = entry.example()
    for payload in PAYLOADS:
        poisoned = _poisoned(example, payload)
        if fmt == "docx":
            import io
            import zipfile

            with zipfile.ZipFile(io.BytesIO(entry.render_bytes(poisoned, format="docx"))) as z:
                links = z.read("word/_rels/document.xml.rels").decode()
                body = z.read("word/document.xml").decode()
            targets = re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', links)
            assert all(t.startswith(("http://", "https://")) for t in targets), payload
            assert not _CONTROL.search(body), payload
            continue
        out = entry.render(poisoned, format=fmt)
        assert not _CONTROL.search(out.replace("\n", "").replace("\t", "")), (payload, fmt)
        if fmt in ("html", "svg"):
            assert "<script" not in out and "<img" not in out and "<svg onload" not in out
            assert 'href="javascript' not in out.lower()
        elif fmt == "markdown":
            assert not _LIVE_MARKUP.search(out), payload
            # \] is inert, and so is any text in a code span or an http(s) autolink's target
            prose = re.sub(r"`[^`]*`|<https?://[^<>\s]*>", "", out)
            assert not re.search(r"(?<!\\)\]\(javascript:", prose), payload


def test_ics_output_replaces_control_characters() -> None:
    # Issue 12: the .ics file got the title, description, responsible and wheel name raw,
    # so a calendar showing them passed ESC/BEL/C1 on; now the same safe text as elsewhere.
    wheel = AnnualWheel(
        name="NSN",
        activities=[
            Activity(
                title="Möte",
                kind=ActivityKind.MEETING,
                date="2025-03-31",
                description="Agenda",
                responsible="Ordförande",
            )
        ],
    )
    payload = PAYLOADS[-1] + "\x00\x7f\x85"
    poisoned = _poisoned(wheel, payload)
    assert payload in poisoned.activities[0].title  # the payload did get into the fields
    ics = to_ical(poisoned, 2025, stamp=STAMP, reminder_days=1).decode("utf-8")
    unfolded = ics.replace("\r\n ", "").replace("\r\n", "\n")
    assert not _CONTROL.search(unfolded.replace("\n", ""))
    for field in ("SUMMARY", "DESCRIPTION", "CONTACT", "X-WR-CALNAME"):
        line = next(x for x in unfolded.splitlines() if x.startswith(field + ":"))
        assert re.search("\ufffd\\[2J\ufffd\\]0\\\\?;pwned\ufffd\ufffd31m", line), line


def test_text_output_replaces_terminal_escape_sequences(tmp_path: Path) -> None:
    from vardservice.cli import main

    csv_file = tmp_path / "p.csv"
    csv_file.write_text(
        "code,year,population,source\n07,2023,200000,SCB\x1b[31m\x1b]0;x\x07\x9b2J\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["regions", "--year", "2023", "--populations", str(csv_file)])
    assert code == 0
    assert "SCB\ufffd[31m\ufffd]0;x\ufffd\ufffd2J" in out.getvalue()
    assert not _CONTROL.search(out.getvalue().replace("\n", ""))


@pytest.mark.parametrize("fmt", ["csv"])
def test_csv_cells_that_start_a_formula_are_neutralised(tmp_path: Path, fmt: str) -> None:
    import csv

    from vardservice.cli import main

    csv_file = tmp_path / "p.csv"
    csv_file.write_text(
        "code,year,population,source,url\n"
        '07,2023,200000,"=HYPERLINK(""http://evil.example"",""x"")",https://scb.se\n'
        "09,2023,60000,+cmd|' /C calc'!A0,\n"
        "10,2023,160000,@SUM(1),\n"
        "12,2023,1400000,-2+3,\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["regions", "--year", "2023", "--populations", str(csv_file), "--format", fmt])
    assert code == 0
    rows = {row["code"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    sources = {code: rows[code]["source"] for code in ("07", "09", "10", "12")}
    assert all(source.startswith("'") for source in sources.values()), sources
    assert sources["07"] == '\'=HYPERLINK("http://evil.example","x")'
    assert rows["07"]["population"] == "200000"  # numbers stay numbers


def test_the_scb_import_output_neutralises_formulas(tmp_path: Path) -> None:
    from vardservice.cli import main

    scb = Path(__file__).parent / "data" / "scb" / "BE0101N1.px"
    text = scb.read_text(encoding="utf-8", errors="replace")
    hostile = tmp_path / "BE0101N1.px"
    hostile.write_text(re.sub(r'TITLE="', 'TITLE="=HYPERLINK(1) ', text, count=1), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["populations", "import", str(hostile), "--retrieved", "2025-03-01"])
    assert code == 0
    cells = [line.split(",", 3)[3] for line in out.getvalue().splitlines()[1:]]
    assert cells and all(not cell.startswith(("=", '"=')) for cell in cells), cells[:2]


def test_a_javascript_url_is_never_a_link_in_html_or_markdown() -> None:
    from vardservice.fees import region_tiers
    from vardservice.regions import PopulationFigure, PopulationSource, shipped_populations
    from vardservice.render import render_regions

    source = PopulationSource(id="x", publisher="x", title="x", url="javascript:alert(1)")
    table = shipped_populations().updated(
        [PopulationFigure(region="07", year=2023, population=200000, source=source)]
    )
    tiers = region_tiers(2023, populations=table)
    html = render_regions(tiers, format="html")
    assert 'href="javascript' not in html.lower()
    assert "](javascript:" not in render_regions(tiers, format="markdown")


def test_a_duplicate_region_and_year_in_a_csv_names_the_csv_line() -> None:
    from vardservice.io import populations_from_csv

    with pytest.raises(InvalidInput) as caught:
        populations_from_csv(
            "code,year,population,source\n07,2023,1,x\n09,2023,2,x\n07,2023,3,x\n", origin="p.csv"
        )
    assert caught.value.problems == (
        "a second figure for region 07 in 2023; the first is on line 2"
        " (at most one figure per region and year) @ line 4",
    )
    assert "figures[" not in str(caught.value)


@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029"])
def test_yaml_keeps_the_characters_yaml_reads_as_line_breaks(char: str) -> None:
    subproject = Subproject(id="SFBV-1", title=f"Del{char}projekt")
    for fmt in ("yaml", "json", "toml"):
        assert loads(dumps(subproject, format=fmt), Subproject, format=fmt) == subproject


@pytest.mark.parametrize("text", ["٣٠٠ kr", "३०० kr", "３００ kr", "300 ｋr", "٣٠٠"])
def test_money_refuses_digits_of_other_scripts(text: str) -> None:
    from vardservice.units import parse_money, to_decimal, to_money

    with pytest.raises(InvalidValue):
        parse_money(text)
    with pytest.raises(InvalidValue):
        to_money(text)
    with pytest.raises(InvalidValue):
        to_decimal(text.removesuffix(" kr"))


def test_csv_numbers_and_command_line_years_refuse_digits_of_other_scripts() -> None:
    from vardservice.io import populations_from_csv

    with pytest.raises(InvalidInput, match="line 2"):
        populations_from_csv("code,year,population,source\n07,٢٠٢٣,1,x\n")
    with pytest.raises(InvalidInput, match="line 2"):
        populations_from_csv("code,year,population,source\n07,2023,١٠٠,x\n")


def test_unknown_keys_of_several_types_are_named_not_a_type_error() -> None:
    """Found by the fuzz sweep: YAML keys may be numbers, null and text in one mapping."""
    from vardservice.portfolio import PortfolioEntry

    with pytest.raises(InvalidInput) as caught:
        loads(
            "{1: a, tasks: c, 2.5: x, null: 3, " + "k" * 200 + ": 1}", PortfolioEntry, format="yaml"
        )
    problem = next(p for p in caught.value.problems if p.startswith("extra fields"))
    assert problem.startswith("extra fields found ('kkkk")
    assert problem.endswith("', 1, 2.5, None, tasks) @ $")
    assert len(problem) < 200


@given(st.text(st.characters(max_codepoint=0x2FF)) | st.text())
def test_safe_text_replaces_exactly_the_control_characters(text: str) -> None:
    # safe_text looks over text within U+00FF as Latin-1 bytes: the same result as the regex.
    from vardservice._text import _CONTROL, REPLACEMENT, safe_text

    assert safe_text(text) == _CONTROL.sub(REPLACEMENT, text)
    every = "".join(map(chr, range(0x100)))
    assert safe_text(every) == _CONTROL.sub(REPLACEMENT, every) != every
    assert safe_text(every[0x20:0x7F]) == every[0x20:0x7F]
