"""Strategies for the parts of a subproject: members, proposals, reports, milestones (private)."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from vardservice.regions import HEALTHCARE_REGIONS
from vardservice.strategies._common import _NAMES, _TEXT, _pdates, money
from vardservice.strategies._regions import regions
from vardservice.subprojects import (
    ActionProposal,
    Assignment,
    Body,
    Communication,
    CurrentState,
    DecisionLevel,
    DecisionOutcome,
    ExcerptReference,
    FinalReport,
    FocusArea,
    FollowUpPlan,
    FollowUpProposal,
    FollowUpReport,
    GroupMember,
    ImplementationData,
    Milestone,
    MilestoneKind,
    Origin,
    Presentation,
    Proposal,
    ReportSection,
    ReviewSubject,
    Role,
    Subproject,
)

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


def current_states() -> st.SearchStrategy[CurrentState]:
    """Generate a region's current state (nuläge) as a final report describes it; may be empty."""
    return st.builds(CurrentState, region=regions(), description=st.just("") | _TEXT)


def final_reports() -> st.SearchStrategy[FinalReport]:
    """Generate final reports with any sections, content, follow-up proposal, length, writers."""
    text = st.just("") | _TEXT
    return st.builds(
        FinalReport,
        sections=st.lists(st.sampled_from(ReportSection), unique=True).map(tuple),
        current_state=st.lists(current_states(), max_size=4).map(tuple),
        analysis=text,
        feasibility=text,
        displacement_risk=text,
        follow_up=st.none() | follow_up_proposals(),
        pages=st.none() | st.integers(1, 200),
        writers=st.lists(_names() | _NAMES, max_size=3).map(tuple),
        responsible_writer=st.just("") | _names(),
    )


def presentations() -> st.SearchStrategy[Presentation]:
    """Generate a report presented to one of the three bodies on a date."""
    return st.builds(Presentation, body=st.sampled_from(Body), date=_pdates())


def implementation_data() -> st.SearchStrategy[ImplementationData]:
    """Generate a follow-up parameter's state, for a region or the whole healthcare region."""
    return st.builds(
        ImplementationData,
        parameter=_NAMES,
        region=st.none() | regions(),
        value=st.just("") | _TEXT,
    )


def follow_up_reports() -> st.SearchStrategy[FollowUpReport]:
    """Follow-up reports of any length and content, presented to any of the three bodies."""
    return st.builds(
        FollowUpReport,
        date=_pdates(),
        pages=st.none() | st.integers(1, 40),
        presented_to=st.lists(st.sampled_from(Body), unique=True).map(tuple),
        presentations=st.lists(presentations(), max_size=3).map(tuple),
        written_by=st.just("") | _names(),
        implementation=st.lists(implementation_data(), max_size=3).map(tuple),
        summary=st.just("") | _TEXT,
        further=st.booleans(),
    )


def communications() -> st.SearchStrategy[Communication]:
    """Generate the communicator and the communication plan; parts may be empty (a draft)."""
    return st.builds(
        Communication,
        communicator=st.just("") | _names(),
        involved_on=st.none() | _pdates(),
        plan=st.just("") | _TEXT,
        activities=st.lists(_TEXT, max_size=3).map(tuple),
        final_report_review=st.booleans(),
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
    elif chosen is MilestoneKind.COLLABORATION_GROUP_REVIEW:
        extra["reviewed"] = draw(st.none() | st.sampled_from(ReviewSubject))
    elif chosen is MilestoneKind.REGIONAL_DECISION:
        extra["region"] = draw(st.none() | regions())
        extra["level"] = draw(st.none() | st.sampled_from(DecisionLevel))
        extra["outcome"] = draw(st.none() | st.sampled_from(DecisionOutcome))
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
        communication=draw(st.none() | communications()),
        milestones=draw(st.lists(milestones(), max_size=12)),
    )
