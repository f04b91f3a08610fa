"""Strategies for networks: members, organisation, plans, budgets, votes (BS; private)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import attrs
from hypothesis import strategies as st

from vardservice.fees import FeeScheduleHistory
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
    MeetingSeries,
    Membership,
    Modality,
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
    Vote,
    VoteResult,
    Way,
    member_fees,
    network_budget,
    tally,
    voters,
)
from vardservice.regions import (
    REGIONS,
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    Region,
)
from vardservice.strategies._common import _NAMES, _TEXT, money
from vardservice.strategies._fees import fee_schedules
from vardservice.strategies._planning import annual_wheels
from vardservice.strategies._regions import (
    populations,
    regions,
)
from vardservice.units import Money

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


# --- the national network (NSN) -----------------------------------------------------------------


def ways(*, modality: Modality | None = None) -> st.SearchStrategy[Way]:
    """Ways of reaching a goal, stated in any modality or in ``modality``."""
    return st.builds(
        Way,
        text=_NAMES,
        modality=st.sampled_from(Modality) if modality is None else st.just(modality),
        note=_MAYBE_TEXT,
    )


@st.composite
def network_goals(draw: st.DrawFn, *, committed: bool = True) -> NetworkGoal:
    """Goals of a national network; ``committed`` gives each a way it states it does (NSN002)."""
    found = draw(st.lists(ways(), max_size=3))
    if committed:
        found.insert(draw(st.integers(0, len(found))), draw(ways(modality=Modality.STATES)))
    return NetworkGoal(title=draw(_NAMES), ways=tuple(found))


def meeting_series(*, per_year: int | None = None) -> st.SearchStrategy[MeetingSeries]:
    """Recurring meetings; ``per_year`` fixes the count (default: any, or none)."""
    return st.builds(
        MeetingSeries,
        title=_NAMES,
        per_year=st.just(per_year) if per_year is not None else st.none() | st.integers(0, 52),
        purpose=_MAYBE_TEXT,
        participants=_MAYBE_TEXT,
        external_parties=st.booleans(),
        modality=st.sampled_from(Modality),
    )


def participants() -> st.SearchStrategy[Participant]:
    """Participants of a national network."""
    return st.builds(Participant, name=_NAMES, role=_MAYBE_TEXT)


@st.composite
def national_networks(draw: st.DrawFn, *, year: int = 2024) -> NationalNetwork:
    """National networks that pass their own rules (NSN001-NSN003).

    A coordinator, meetings four times a year (and a wheel, if any, planning four),
    and every goal with a way the network states it does; participants may be none,
    as in the source.
    """
    wheel = draw(st.none() | annual_wheels(year=year, max_activities=3))
    if wheel is not None:
        from vardservice.planning import MeetingRule

        rule = wheel.meetings or MeetingRule()
        wheel = attrs.evolve(wheel, meetings=attrs.evolve(rule, count=4, months=None))
    return NationalNetwork(
        name=draw(_NAMES),
        movement=draw(st.none() | _NAMES),
        coordinator=draw(_NAMES),
        purpose=draw(_MAYBE_TEXT),
        participants=tuple(draw(st.lists(participants(), max_size=3))),
        participants_note=draw(_MAYBE_TEXT),
        goals=tuple(draw(st.lists(network_goals(), max_size=4))),
        long_term_goals=tuple(draw(st.lists(_NAMES, max_size=7))),
        meetings=draw(meeting_series(per_year=4)),
        branch_meetings=draw(st.none() | meeting_series()),
        knowledge_bank=draw(st.none() | resources()),
        platform=draw(st.none() | resources()),
        annual_wheel=wheel,
        note=draw(_MAYBE_TEXT),
    )
