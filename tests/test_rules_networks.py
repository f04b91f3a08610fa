"""Network rules (BS §4-6, NSN): each one passes on a compliant network and fails on a broken one."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

from vardservice import strategies
from vardservice.fees import FeeSchedule, FeeScheduleHistory
from vardservice.io import load
from vardservice.networks import (
    BudgetLine,
    Delegate,
    DocumentKind,
    ExpertGroup,
    GoverningDocument,
    ManagementOrganisation,
    Membership,
    Network,
    OperationsPlan,
    PlanActivity,
    StaffAssignment,
)
from vardservice.planning import AnnualWheel, MeetingRule
from vardservice.rules import RULES, Severity, check, is_compliant, rules_for

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
    "NW001": (lambda n: members(n, region="Stockholms stad"), "$.members[1]", Severity.ERROR),
    "NW002": (lambda n: members(n, region="07", granted_on="2020-01-01"), "$.members[1]", Severity.ERROR),
    "NW003": (lambda n: members(n, votes=2), "$.members[1].votes", Severity.ERROR),
    "NW004": (lambda n: attrs.evolve(n, fee_schedules=None), "$.fee_schedules", Severity.ERROR),
    "NW005": (
        lambda n: plan(n, costs=(BudgetLine(kind="other", description="x", amount="1 mnkr"),)),
        "$.plans[0]",
        Severity.WARNING,
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
    "NW009": (lambda n: attrs.evolve(n, documents=n.documents[1:]), "$.documents", Severity.WARNING),
    "NW010": (
        lambda n: first_assignment(n, ends_on=None),
        "$.organisation.assignments[0].ends_on",
        Severity.WARNING,
    ),
    "NW011": (
        lambda n: first_assignment(n, board_contact=False),
        "$.organisation.assignments",
        Severity.WARNING,
    ),
    "NW012": (
        lambda n: first_assignment(n, agreement=None),
        "$.organisation.assignments[0]",
        Severity.WARNING,
    ),
    "NW013": (
        lambda n: attrs.evolve(
            n,
            meetings_per_year=4,
            annual_wheel=AnnualWheel(name="Södra", meetings=MeetingRule(count=2)),
        ),
        "$.annual_wheel.meetings",
        Severity.WARNING,
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
    nsn = check(load(EXAMPLES / "nsn.yaml", Network), as_of=AS_OF)
    assert nsn.codes() == ()
    assert nsn.rules == ("NW013",)  # BS's rules bind Best Service, not NSN


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
