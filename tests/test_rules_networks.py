"""Network rules (BS §4-6, NSN): each one passes on a compliant network and fails on a broken one."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

from vardservice import strategies
from vardservice.errors import InvalidValue
from vardservice.fees import FeeSchedule, FeeScheduleHistory
from vardservice.io import load, load_network
from vardservice.networks import (
    BudgetLine,
    Delegate,
    DocumentKind,
    ExpertGroup,
    GoverningDocument,
    ManagementOrganisation,
    Membership,
    NationalNetwork,
    Network,
    OperationsPlan,
    PlanActivity,
    StaffAssignment,
)
from vardservice.planning import AnnualWheel, MeetingRule
from vardservice.rules import RULES, Severity, check, is_compliant, rules_for
from vardservice.sources import cite
from vardservice.units import Money

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "networks"
AS_OF = "2024-12-31"


def good() -> Network:
    """A small network that passes every rule for 2024."""
    return Network(
        name="Södra",
        members=[
            Membership(
                region=code,
                granted_on="2018-01-01",
                delegate=Delegate(name="D", mandate_local=True, mandate_national=True),
            )
            for code in ("07", "10", "12", "13")
        ],
        expert_groups=[ExpertGroup(name="Lokalvård", anchor="Styrelsen")],
        organisation=ManagementOrganisation(
            assignments=[
                StaffAssignment(
                    person="P",
                    region="13",
                    share="0.2",
                    starts_on="2024-01-01",
                    ends_on="2025-12-31",
                    board_contact=True,
                    reimbursement="50 000 kr",
                    agreement="Överenskommelse 2024",
                )
            ]
        ),
        documents=[
            GoverningDocument(kind=kind, title=kind.value)
            for kind in DocumentKind
            if kind is not DocumentKind.OTHER
        ],
        plans=[
            OperationsPlan(
                year=2024,
                activities=[PlanActivity(title="Medlemsmöte")],
                costs=[BudgetLine(kind="network_meetings", description="Möten", amount=100_000)],
            )
        ],
        fee_schedules=FeeScheduleHistory(
            schedules=[FeeSchedule.of(2024, {1: 40_000, 2: 80_000, 3: 120_000}, illustrative=True)]
        ),
    )


def members(n: Network, **changes: Any) -> Network:
    changed = attrs.evolve(n.members[1], **changes)
    return attrs.evolve(n, members=(n.members[0], changed, *n.members[2:]))


def first_assignment(n: Network, **changes: Any) -> Network:
    assert n.organisation is not None
    a = attrs.evolve(n.organisation.assignments[0], **changes)
    return attrs.evolve(n, organisation=attrs.evolve(n.organisation, assignments=(a,)))


def plan(n: Network, **changes: Any) -> Network:
    return attrs.evolve(n, plans=(attrs.evolve(n.plans[0], **changes),))


# code -> (how to break the good network, the finding's path, its severity)
BREAKS: dict[str, tuple[Callable[[Network], Network], str, Severity]] = {
    "NW001": (lambda n: members(n, region="Stockholms stad"), "$.members[1]", Severity.INFO),
    "NW002": (lambda n: members(n, region="07", granted_on="2020-01-01"), "$.members[1]", Severity.ERROR),
    "NW003": (lambda n: members(n, votes=2), "$.members[1].votes", Severity.ERROR),
    "NW004": (lambda n: attrs.evolve(n, fee_schedules=None), "$.fee_schedules", Severity.ERROR),
    "NW005": (
        lambda n: plan(n, costs=(BudgetLine(kind="other", description="x", amount="1 mnkr"),)),
        "$.plans[0]",
        Severity.ERROR,
    ),
    "NW006": (lambda n: plan(n, activities=()), "$.plans[0].activities", Severity.ERROR),
    "NW007": (
        lambda n: attrs.evolve(n, expert_groups=(ExpertGroup(name="Måltider"),)),
        "$.expert_groups[0].anchor",
        Severity.ERROR,
    ),
    "NW008": (
        lambda n: members(n, delegate=Delegate(name="D", mandate_local=True)),
        "$.members[1].delegate",
        Severity.ERROR,
    ),
    "NW009": (lambda n: attrs.evolve(n, documents=n.documents[1:]), "$.documents", Severity.ERROR),
    "NW010": (
        lambda n: first_assignment(n, ends_on=None),
        "$.organisation.assignments[0].ends_on",
        Severity.ERROR,
    ),
    "NW011": (
        lambda n: first_assignment(n, board_contact=False),
        "$.organisation.assignments",
        Severity.ERROR,
    ),
    "NW012": (
        lambda n: first_assignment(n, agreement=None),
        "$.organisation.assignments[0]",
        Severity.ERROR,
    ),
    "NW013": (
        lambda n: attrs.evolve(
            n,
            meetings_per_year=4,
            annual_wheel=AnnualWheel(name="Södra", meetings=MeetingRule(count=2)),
        ),
        "$.annual_wheel.meetings",
        Severity.ERROR,
    ),
}  # fmt: skip


NETWORK_RULES = [r.code for r in rules_for(Network)]


def test_every_network_rule_cites_its_source_and_every_break_here_names_one() -> None:
    # Every rule's own breaking example is tested in test_rules.py, from the registry;
    # the breaks here are the same rules broken on a complete network, one at a time.
    codes = set(NETWORK_RULES)
    assert set(BREAKS) <= codes
    for code in codes:
        rule = RULES[code]
        assert rule.source.key == ("NSN" if code == "NW013" else "BS")
        assert rule.quote and rule.paraphrase and rule.title_sv and rule.title_en


def test_the_good_network_passes_every_rule() -> None:
    report = check(good(), as_of=AS_OF)
    assert report.findings == ()
    assert set(report.rules) == set(NETWORK_RULES)


@pytest.mark.parametrize("code", list(BREAKS))
def test_each_rule_fails_on_its_breach(code: str) -> None:
    breach, path, severity = BREAKS[code]
    broken = breach(good())
    report = check(broken, as_of=AS_OF, lang="en")
    assert report.codes() == (code,), report.findings
    finding = report.findings[0]
    assert (finding.path, finding.severity) == (path, severity)
    assert finding.source == RULES[code].source
    swedish = check(broken, as_of=AS_OF).findings[0].message
    assert swedish != finding.message
    assert is_compliant(broken, as_of=AS_OF) == (severity is not Severity.ERROR)


def test_nw002_allows_a_region_to_leave_and_join_again() -> None:
    n = good()
    left = attrs.evolve(n.members[0], ends_on="2019-12-31")
    back = Membership(region="07", granted_on="2021-01-01")
    assert check(attrs.evolve(n, members=(left, back)), as_of=AS_OF, select="NW002").findings == ()


def test_nw004_names_the_schedule_years_and_missing_populations() -> None:
    n = good()
    assert n.fee_schedules is not None
    report = check(n, as_of="2023-12-31", select="NW004", lang="en")
    assert [f.message for f in report.findings] == [
        "No fee schedule is in force for 2023 (schedules are valid from 2024)."
    ]
    # 2026 would use the population on 31 December 2025: not shipped for Blekinge.
    later = attrs.evolve(
        n,
        fee_schedules=FeeScheduleHistory(
            schedules=[
                *n.fee_schedules.schedules,
                FeeSchedule.of(2026, {1: 1, 2: 2, 3: 3}, illustrative=True),
            ]
        ),
    )
    paths = [f.path for f in check(later, as_of="2026-12-31", select="NW004").findings]
    assert paths and all(p.startswith("$.members[") for p in paths)


def test_nw005_states_income_costs_and_deficit() -> None:
    breach, _, _ = BREAKS["NW005"]
    (finding,) = check(breach(good()), as_of=AS_OF, select="NW005").findings
    assert finding.message.replace("\xa0", " ") == (
        "Intäkterna för 2024 (280 000 kr) täcker inte de planerade kostnaderna "
        "(1 050 000 kr); underskott 770 000 kr."
    )
    assert finding.evidence["balance"] == "-770000 kr"


def test_nw006_reports_a_missing_plan_and_a_missing_budget() -> None:
    n = good()
    assert [
        f.path for f in check(attrs.evolve(n, plans=()), as_of=AS_OF, select="NW006").findings
    ] == ["$.plans"]
    assert [f.path for f in check(plan(n, costs=()), as_of=AS_OF, select="NW006").findings] == [
        "$.plans[0].costs"
    ]


def test_nw010_reports_full_time() -> None:
    n = first_assignment(good(), share="1")
    assert [f.path for f in check(n, as_of=AS_OF, select="NW010").findings] == [
        "$.organisation.assignments[0].share"
    ]


@given(strategies.networks())
def test_generated_networks_are_compliant(network: Network) -> None:
    assert check(network, as_of=AS_OF).findings == ()


def test_the_examples_are_compliant_nsn_under_its_own_rules_only() -> None:
    assert check(load(EXAMPLES / "best_service.yaml", Network), as_of=AS_OF).findings == ()
    network = load_network(EXAMPLES / "nsn.yaml")
    assert isinstance(network, NationalNetwork)
    nsn = check(network, as_of=AS_OF)
    assert nsn.codes() == ()
    assert nsn.rules == ("NSN001", "NSN002", "NSN003")  # its own rules; no BS rule


def test_a_member_network_citing_nsn_meets_four_times_even_when_the_count_is_not_given() -> None:
    # Issue 14: "a wheel of two meetings passes when the count is not given".
    legacy = Network(
        name="Nationella servicenätverket",
        source=cite("NSN", "Hur når vi målen för servicenätverket"),
        annual_wheel=AnnualWheel(name="N", meetings=MeetingRule(count=2)),
    )
    report = check(legacy, as_of=AS_OF, lang="en")
    assert report.rules == ("NW013",)
    (finding,) = report.findings
    assert finding.severity is Severity.ERROR
    assert dict(finding.evidence) == {"planned": 2, "stated": 4}
    four = attrs.evolve(legacy, annual_wheel=AnnualWheel(name="N", meetings=MeetingRule(count=4)))
    assert check(four, as_of=AS_OF).findings == ()


_VERBS = {"ska", "skall", "måste"}


@pytest.mark.parametrize("code", [c for c in RULES if c.startswith(("NW", "NSN"))])
def test_every_network_rule_is_graded_by_the_one_reading(code: str) -> None:
    """ska/skall/måste and the present tense: error; bör: warning; kan (alone): info."""
    rule = RULES[code]
    words = set(rule.quote.replace(".", " ").replace(",", " ").split())
    if "bör" in words:
        expected = Severity.WARNING
    elif words & _VERBS:
        expected = Severity.ERROR
    elif "kan" in words:
        expected = Severity.INFO
    else:  # the present tense, stating what the network does or has
        expected = Severity.ERROR
    assert rule.severity is expected, (code, rule.quote)


@pytest.mark.parametrize(
    ("stated", "wheel", "codes"),
    [
        (4, AnnualWheel(name="N", meetings=MeetingRule(count=4)), ()),
        (4, AnnualWheel(name="N"), ("NW013",)),
        (None, AnnualWheel(name="N", meetings=MeetingRule(count=2)), ()),
        (4, None, ()),
    ],
)
def test_nw013_compares_the_wheel_with_the_stated_meetings(
    stated: int | None, wheel: AnnualWheel | None, codes: tuple[str, ...]
) -> None:
    network = attrs.evolve(good(), meetings_per_year=stated, annual_wheel=wheel)
    report = check(network, as_of=AS_OF, select="NW013")
    assert report.codes() == codes
    if codes:
        assert dict(report.findings[0].evidence) == {"planned": 0, "stated": 4}


# --- the national network's own rules (NSN001-NSN003) ----------------------------------------


def good_nsn() -> NationalNetwork:
    """A national network that passes its own rules: the NSN example."""
    network = load_network(EXAMPLES / "nsn.yaml")
    assert isinstance(network, NationalNetwork)
    return network


def test_no_best_service_rule_applies_to_a_national_network() -> None:
    assert {r.code for r in rules_for(NationalNetwork)} == {"NSN001", "NSN002", "NSN003"}
    assert not any(r.code.startswith("NSN") for r in rules_for(Network))
    # BS's fee, budget and plan rules cannot even be asked for.
    with pytest.raises(InvalidValue, match="a code or prefix of NSN001, NSN002, NSN003"):
        check(good_nsn(), as_of=AS_OF, select="NW")


@pytest.mark.parametrize(
    ("per_year", "codes"), [(None, ("NSN001",)), (3, ("NSN001",)), (4, ()), (5, ("NSN001",))]
)
def test_nsn001_three_four_and_five_meetings_a_year(
    per_year: int | None, codes: tuple[str, ...]
) -> None:
    network = good_nsn()
    assert network.meetings is not None
    changed = attrs.evolve(network, meetings=attrs.evolve(network.meetings, per_year=per_year))
    report = check(changed, as_of=AS_OF, lang="en")
    assert report.codes() == codes
    assert [f.path for f in report.findings] == (["$.meetings.per_year"] if codes else [])


def test_nsn001_reports_meetings_not_recorded() -> None:
    report = check(attrs.evolve(good_nsn(), meetings=None), as_of=AS_OF, lang="en")
    assert [(f.code, f.path, f.severity) for f in report.findings] == [
        ("NSN001", "$.meetings", Severity.ERROR)
    ]
    assert report.findings[0].message == (
        "The network's meetings are not recorded; it meets 4 times a year."
    )


@pytest.mark.parametrize(("count", "found"), [(3, True), (4, False), (5, True)])
def test_nsn001_the_wheel_plans_four_meetings(count: int, found: bool) -> None:
    network = attrs.evolve(
        good_nsn(), annual_wheel=AnnualWheel(name="N", meetings=MeetingRule(count=count))
    )
    paths = [f.path for f in check(network, as_of=AS_OF).findings]
    assert paths == (["$.annual_wheel.meetings"] if found else [])


def test_nsn002_a_goal_without_ways_is_an_error_and_only_kan_ways_an_info() -> None:
    network = good_nsn()
    first, second, *rest = network.goals
    only_kan = attrs.evolve(second, ways=tuple(w for w in second.ways if w.modality.value == "may"))
    assert only_kan.ways == ()  # goal 2 has no "kan" way in the source
    one_kan = attrs.evolve(first, ways=first.ways[1:])  # "Servicenätverket kan arrangera …"
    assert one_kan.ways[0].text.startswith("Servicenätverket kan arrangera träffar")
    changed = attrs.evolve(network, goals=(one_kan, only_kan, *rest))
    report = check(changed, as_of=AS_OF, lang="en")
    assert [(f.code, f.path, f.severity) for f in report.findings] == [
        ("NSN002", "$.goals[1].ways", Severity.ERROR),  # errors first
        ("NSN002", "$.goals[0].ways", Severity.INFO),
    ]
    assert not is_compliant(changed, as_of=AS_OF)
    assert is_compliant(attrs.evolve(network, goals=(one_kan, *network.goals[1:])), as_of=AS_OF)


def test_every_goal_of_the_source_has_a_way_it_states_in_the_present_tense() -> None:
    # Read from the seed: each of the four goals has at least one way without "kan".
    for goal in good_nsn().goals:
        assert goal.committed_ways, goal.title
        for way in goal.ways:
            says_kan = way.text.startswith("Servicenätverket kan ")
            assert (way.modality.value == "may") == says_kan, way.text


def test_nsn003_names_the_coordinator() -> None:
    report = check(attrs.evolve(good_nsn(), coordinator=None), as_of=AS_OF)
    assert [(f.code, f.path) for f in report.findings] == [("NSN003", "$.coordinator")]


@given(strategies.national_networks())
def test_generated_national_networks_are_compliant(network: NationalNetwork) -> None:
    assert check(network, as_of=AS_OF).findings == ()


# --- boundary cases: the day before, the day of, the day after ---------------------------------


@pytest.mark.parametrize(
    ("ends_on", "overlap"),
    [("2019-12-30", False), ("2019-12-31", False), ("2020-01-01", True), ("2020-01-02", True)],
)
def test_nw002_a_membership_ending_the_day_before_the_next_begins_does_not_overlap(
    ends_on: str, overlap: bool
) -> None:
    n = good()
    first = attrs.evolve(n.members[0], ends_on=ends_on)
    again = Membership(region="07", granted_on="2020-01-01")
    report = check(attrs.evolve(n, members=(first, again)), as_of=AS_OF, select="NW002")
    assert report.codes() == (("NW002",) if overlap else ())


@pytest.mark.parametrize(
    ("granted_on", "counted"),
    [("2024-12-30", True), ("2024-12-31", True), ("2025-01-01", False)],
)
def test_nw004_a_member_granted_on_the_last_day_of_the_year_pays_for_it(
    granted_on: str, counted: bool
) -> None:
    n = good()
    late = Membership(region="Skåne", granted_on=granted_on)
    changed = attrs.evolve(n, members=(*n.members[:2], late), fee_schedules=None)
    report = check(changed, as_of=AS_OF, select="NW004")
    assert report.codes() == ("NW004",)  # no schedule: one finding either way
    from vardservice.rules import network_overview

    codes = [m.code for m in network_overview(changed, 2024).members]
    assert ("12" in codes) == counted


@pytest.mark.parametrize(
    ("ends_on", "paths"),
    [
        ("2024-12-30", []),
        ("2024-12-31", []),
        (None, ["$.organisation.assignments[0].ends_on"]),
    ],
)
def test_nw010_an_end_date_on_any_day_is_time_limited(
    ends_on: str | None, paths: list[str]
) -> None:
    n = first_assignment(good(), starts_on="2024-01-01", ends_on=ends_on)
    assert [f.path for f in check(n, as_of=AS_OF, select="NW010").findings] == paths


@pytest.mark.parametrize(("share", "found"), [("0.99", False), ("1", True)])
def test_nw010_just_below_full_time_is_part_time(share: str, found: bool) -> None:
    n = first_assignment(good(), share=share)
    assert bool(check(n, as_of=AS_OF, select="NW010").findings) == found


@pytest.mark.parametrize(("contacts", "found"), [(0, True), (1, False), (2, True)])
def test_nw011_zero_one_and_two_contact_persons(contacts: int, found: bool) -> None:
    n = good()
    assert n.organisation is not None
    one = n.organisation.assignments[0]
    people = tuple(attrs.evolve(one, person=f"P{i}", board_contact=i < contacts) for i in range(2))
    changed = attrs.evolve(n, organisation=attrs.evolve(n.organisation, assignments=people))
    findings = check(changed, as_of=AS_OF, select="NW011", lang="en").findings
    assert bool(findings) == found
    if found:
        assert findings[0].evidence["contact_persons"] == contacts


@pytest.mark.parametrize(("planned", "found"), [(3, True), (4, False), (5, True)])
def test_nw013_three_four_and_five_meetings(planned: int, found: bool) -> None:
    network = attrs.evolve(
        good(),
        meetings_per_year=4,
        annual_wheel=AnnualWheel(name="N", meetings=MeetingRule(count=planned)),
    )
    assert bool(check(network, as_of=AS_OF, select="NW013").findings) == found


@pytest.mark.parametrize(("extra_kr", "found"), [(-1, False), (0, False), (1, True)])
def test_nw005_costs_equal_to_the_income_are_covered(extra_kr: int, found: bool) -> None:
    from vardservice.networks import network_budget

    n = good()
    income = network_budget(n, 2024).income
    other = network_budget(n, 2024).cost_total - n.plans[0].costs[0].amount
    amount = income - other + Money(extra_kr)
    changed = plan(n, costs=(BudgetLine(kind="other", description="x", amount=amount),))
    assert bool(check(changed, as_of=AS_OF, select="NW005").findings) == found
