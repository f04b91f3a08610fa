"""Networks: the model, members on a date, fees and budgets, votes and tallies."""

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardservice import strategies
from vardservice.errors import InvalidValue, NoPopulationForYear, NoScheduleForYear
from vardservice.fees import FeeSchedule, FeeScheduleHistory, annual_fee
from vardservice.io import load
from vardservice.networks import (
    BOARD_PRINCIPLES,
    EXPERT_GROUP_PURPOSES,
    Ballot,
    BudgetLine,
    CostKind,
    DecisionRule,
    Delegate,
    IncomeLine,
    ManagementOrganisation,
    Membership,
    NationalNetwork,
    Network,
    OperationsPlan,
    StaffAssignment,
    Vote,
    member_fees,
    network_budget,
    tally,
    voters,
)
from vardservice.regions import REGIONS, PopulationFigure, PopulationSource, PopulationTable
from vardservice.units import Money

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "networks"
SCHEDULE = FeeSchedule.of(
    2024, {1: "40 000 kr", 2: "80 000 kr", 3: "120 000 kr"}, illustrative=True
)
HISTORY = FeeScheduleHistory(schedules=[SCHEDULE])


def member(code: str, granted: str = "2018-01-01", ends: str | None = None) -> Membership:
    return Membership(region=code, granted_on=granted, ends_on=ends)


def network(*members: Membership, **fields: object) -> Network:
    return Network(name="N", members=members, fee_schedules=HISTORY, **fields)  # type: ignore[arg-type]


# --- model -------------------------------------------------------------------------------------


def test_membership_stores_a_region_by_code_and_keeps_other_members_as_written() -> None:
    assert Membership(region="Västra Götaland").region == "14"
    assert Membership(region=7).region == "07"
    other = Membership(region=" Stockholms stad ")
    assert other.region == "Stockholms stad"
    assert not other.is_region
    assert other.region_or_none is None
    assert Membership(region="13").region_or_none == REGIONS[10]


def test_membership_covers_its_days_both_ends_included() -> None:
    m = member("07", "2020-03-01", "2022-12-31")
    assert not m.covers("2020-02-29")
    assert m.covers("2020-03-01")
    assert m.covers("2022-12-31")
    assert not m.covers("2023-01-01")
    assert m.overlaps_year(2020) and m.overlaps_year(2022) and not m.overlaps_year(2023)


def test_an_ungranted_membership_covers_no_day() -> None:
    m = Membership(region="07")
    assert not m.covers("2024-01-01")
    assert not m.overlaps_year(2024)


def test_membership_refuses_an_end_before_its_start() -> None:
    with pytest.raises(InvalidValue, match="Membership.ends_on: got '2019-12-31'"):
        member("07", "2020-01-01", "2019-12-31")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("granted_on", "2024-13-01"),
        ("votes", -1),
        ("votes", True),
        ("region", ""),
        ("region", None),
    ],
)
def test_membership_refuses_meaningless_values(field: str, value: object) -> None:
    with pytest.raises(InvalidValue, match=f"Membership.{field}"):
        Membership(**{"region": "07", field: value})  # type: ignore[arg-type]


def test_members_on_a_date() -> None:
    n = network(member("07"), member("13", ends="2023-12-31"), member("10", "2024-06-01"))
    assert [m.region for m in n.members_on("2024-03-01")] == ["07"]
    assert [m.region for m in n.members_on(datetime.date(2023, 12, 31))] == ["07", "13"]
    assert [m.region for m in n.members_in(2024)] == ["07", "10"]
    with pytest.raises(InvalidValue, match="Network.members_on.day"):
        n.members_on("not a date")


def test_delegate_needs_both_mandates() -> None:
    assert Delegate(name="A", mandate_local=True, mandate_national=True).has_mandate
    assert not Delegate(name="A", mandate_local=True).has_mandate


def test_assignment_share_is_part_of_full_time() -> None:
    a = StaffAssignment(person="P", region="Halland", share="0,25")
    assert (a.region, a.share) == ("13", Decimal("0.25"))
    for bad in ("0", "1.5", 0.5, "x"):
        with pytest.raises(InvalidValue, match="StaffAssignment.share"):
            StaffAssignment(person="P", region="13", share=bad)


def test_the_board_principles_and_purposes_are_quoted_from_bs() -> None:
    text = (Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("000_*.txt")
    seed = next(iter(text), None)
    if seed is None:  # pragma: no cover - the seeds travel with the project, not the package
        pytest.skip("source documents not available")
    source = " ".join(seed.read_text(encoding="utf-8").split())
    for sentence in (*BOARD_PRINCIPLES, *EXPERT_GROUP_PURPOSES):
        assert sentence in source


# --- money -------------------------------------------------------------------------------------


def test_member_fees_reuse_annual_fee_with_the_previous_years_population() -> None:
    n = network(member("01"), member("07"), member("13"))
    fees = member_fees(n, 2024)
    assert [(f.region.code, int(f.tier), str(f.amount)) for f in fees] == [
        ("01", 3, "120000 kr"),
        ("07", 1, "40000 kr"),
        ("13", 2, "80000 kr"),
    ]
    assert fees[1] == annual_fee("07", 2024, schedule=HISTORY)
    assert all(f.population.year == 2023 for f in fees)


def test_a_region_listed_twice_in_a_year_pays_once() -> None:
    n = network(member("07", "2018-01-01", "2024-03-31"), member("07", "2024-09-01"))
    assert [f.region.code for f in member_fees(n, 2024)] == ["07"]


def test_member_fees_use_the_networks_own_population_figures() -> None:
    source = PopulationSource(id="own", publisher="SCB", title="own release")
    figure = PopulationFigure(region="07", year=2023, population=300_000, source=source)
    n = network(member("07"), populations=PopulationTable([figure]))
    (fee,) = member_fees(n, 2024)
    assert (int(fee.tier), fee.population.source.id) == (2, "own")


def test_member_fees_fail_clearly() -> None:
    with pytest.raises(NoScheduleForYear):
        member_fees(network(member("07")), 2023)
    with pytest.raises(InvalidValue, match="member_fees.schedules"):
        member_fees(Network(name="N", members=[member("07")]), 2024)
    with pytest.raises(InvalidValue, match=r"member_fees.members\[0\]"):
        member_fees(network(member("Stockholms stad")), 2024)
    with pytest.raises(NoPopulationForYear):
        member_fees(network(member("07")), 2024, population_year=1990)
    assert member_fees(Network(name="N"), 2024) == ()  # no members, no schedule needed


def test_budget_income_costs_and_balance() -> None:
    plan = OperationsPlan(
        year=2024,
        costs=[
            BudgetLine(kind="network_meetings", description="Möten", amount="100 000 kr"),
            BudgetLine(kind=CostKind.DEVELOPMENT_PROJECTS, description="Projekt", amount=50_000),
        ],
        other_income=[IncomeLine(description="Bidrag", amount="10 tkr")],
    )
    organisation = ManagementOrganisation(
        assignments=[
            StaffAssignment(
                person="P",
                region="13",
                share="0.2",
                reimbursement="30 000 kr",
                ends_on="2025-12-31",
            ),
            StaffAssignment(
                person="Q",
                region="07",
                share="0.2",
                reimbursement="99 000 kr",
                ends_on="2023-12-31",
            ),
        ]
    )
    n = network(member("07"), member("13"), plans=[plan], organisation=organisation)
    b = network_budget(n, 2024)
    assert b.fee_income == Money(120_000)
    assert b.income == b.total == Money(130_000)
    assert b.cost_total == Money(180_000)  # Q's assignment ended in 2023
    assert b.costs_of(CostKind.REIMBURSEMENTS) == Money(30_000)
    assert b.balance == Money(-50_000)
    assert not b.covers_costs
    assert str(b.source) == "BS §5.2"


def test_a_year_without_a_plan_counts_only_fees_and_reimbursements() -> None:
    b = network_budget(network(member("07")), 2024)
    assert (b.income, b.cost_total, b.balance) == (Money(40_000), Money(0), Money(40_000))


@given(strategies.networks(), st.lists(strategies.income_lines(), max_size=3))
def test_budget_income_is_the_sum_of_the_fees_plus_other_income(
    n: Network, extra: list[IncomeLine]
) -> None:
    plan = n.plan_for(2024)
    assert plan is not None
    import attrs

    n = attrs.evolve(n, plans=(attrs.evolve(plan, other_income=plan.other_income + tuple(extra)),))
    b = network_budget(n, 2024)
    fees = sum((f.amount for f in member_fees(n, 2024)), Money.zero())
    other = sum((line.amount for line in plan.other_income + tuple(extra)), Money.zero())
    assert b.income == b.total == fees + other
    assert b.balance == b.income - sum((c.amount for c in b.costs), Money.zero())


# --- votes -------------------------------------------------------------------------------------


SOUTH = network(member("07"), member("10"), member("12"), member("13", ends="2023-12-31"))


def test_voters_on_a_date_one_each() -> None:
    assert voters(SOUTH, "2024-05-01") == ("07", "10", "12")
    assert voters(SOUTH, "2023-05-01") == ("07", "10", "12", "13")
    twice = network(member("07"), member("07", "2020-01-01"))
    assert voters(twice, "2024-01-01") == ("07",)


def test_simple_majority_ignores_abstentions_and_a_tie_fails() -> None:
    ballots = [Ballot(member="07", vote="yes"), Ballot(member="10", vote="abstain")]
    result = tally(SOUTH, ballots, on="2024-05-01")
    assert result.rule is DecisionRule.SIMPLE_MAJORITY
    assert (result.yes, result.no, result.abstain, result.absent) == (
        ("07",),
        (),
        ("10",),
        ("12",),
    )
    assert result.passed
    tie = [Ballot(member="07", vote="yes"), Ballot(member="Skåne", vote=Vote.NO)]
    assert not tally(SOUTH, tie, on="2024-05-01").passed


def test_unanimity_is_blocked_by_a_no_or_an_abstention_but_not_by_absence() -> None:
    rule = DecisionRule.UNANIMITY
    yes = [Ballot(member="07", vote="yes"), Ballot(member="10", vote="yes")]
    assert tally(SOUTH, yes, on="2024-05-01", rule=rule).passed
    abstain = [*yes, Ballot(member="12", vote="abstain")]
    assert not tally(SOUTH, abstain, on="2024-05-01", rule=rule).passed
    no = [*yes, Ballot(member="12", vote="no")]
    assert not tally(SOUTH, no, on="2024-05-01", rule=rule).passed
    assert not tally(SOUTH, [], on="2024-05-01", rule=rule).passed


def test_tally_refuses_non_members_and_second_ballots() -> None:
    with pytest.raises(InvalidValue, match=r"tally.ballots\[0\]: got '13'; expected a member"):
        tally(SOUTH, [Ballot(member="Halland", vote="yes")], on="2024-05-01")
    twice = [Ballot(member="07", vote="yes"), Ballot(member="Kronoberg", vote="no")]
    with pytest.raises(InvalidValue, match=r"tally.ballots\[1\]: got '07'; expected one ballot"):
        tally(SOUTH, twice, on="2024-05-01")
    with pytest.raises(InvalidValue, match="tally.rule"):
        tally(SOUTH, [], on="2024-05-01", rule="majority")  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="tally.ballots"):
        tally(SOUTH, "yes", on="2024-05-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="Ballot.vote: got .maybe.; expected a Vote"):
        Ballot(member="07", vote="maybe")


@st.composite
def votes_on_networks(draw: st.DrawFn) -> tuple[Network, datetime.date, tuple[Ballot, ...]]:
    n = draw(strategies.networks(max_members=8))
    on = draw(st.dates(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)))
    return n, on, draw(strategies.ballots(n, on))


@given(votes_on_networks(), st.sampled_from(DecisionRule))
def test_tallies_never_count_a_member_twice(
    case: tuple[Network, datetime.date, tuple[Ballot, ...]], rule: DecisionRule
) -> None:
    n, on, ballots = case
    result = tally(n, ballots, on=on, rule=rule)
    counted = result.yes + result.no + result.abstain + result.absent
    assert len(counted) == len(set(counted))
    assert len(result.yes) + len(result.no) + len(result.abstain) + len(result.absent) == len(
        result.voters
    )
    assert set(counted) == set(result.voters) == set(voters(n, on))
    assert result.cast == len(ballots)


def test_the_examples_are_the_sources_networks() -> None:
    bs = load(EXAMPLES / "best_service.yaml", Network)
    assert sorted(m.region for m in bs.members) == sorted(r.code for r in REGIONS)
    assert [g.name for g in bs.expert_groups] == [
        "Logistik",
        "Lokalvård",
        "Måltider",
        "Vårdnära service",
    ]
    assert len(bs.operational_areas) == 3
    assert bs.board is not None and bs.board.principles == BOARD_PRINCIPLES
    assert bs.fee_schedules is not None
    assert all(s.illustrative for s in bs.fee_schedules.schedules)
    assert all("illustrative" in m.note for m in bs.members)  # the dates come from no source
    nsn = load(EXAMPLES / "nsn.yaml", NationalNetwork)
    assert len(nsn.goals) == 4
    assert all(g.ways for g in nsn.goals)
    assert len(nsn.long_term_goals) == 7
    assert nsn.meetings is not None and nsn.meetings.per_year == 4
    assert nsn.meetings.external_parties
    assert nsn.participants == () and "under hösten" in nsn.participants_note
    # The seed names both, apart: the knowledge bank it develops, the platform it informs through.
    assert nsn.knowledge_bank is not None and nsn.knowledge_bank.name == "Servicekunskapsbanken"
    assert nsn.platform is not None and nsn.platform.name == "Servicebanken"
