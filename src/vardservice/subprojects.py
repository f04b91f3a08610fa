"""Subprojects (delprojekt) of "Samarbete för bättre vård" and their process (SFBV §4–5).

In Södra sjukvårdsregionen the four regions (Blekinge, Halland, Kronoberg,
Skåne) work on shared care questions in subprojects: a proposal is raised,
prepared by the office (kansliet), started by the management group
(ledningsgruppen), given an assignment (uppdrag) and a working group
(arbetsgrupp), which describes the current state (nuläge), analyses it and
writes a final report (slutrapport) with at most five action proposals. The
collaboration group (samarbetsgruppen) sees the report first, the management
group must be unanimous, the Southern healthcare-region board (Södra
regionvårdsnämnden) can only *recommend*, each region (huvudman) decides for
itself, and the subproject is followed up within twelve months (SFBV §5.8).

The model holds a subproject as it is, complete or a draft: completeness is
judged by the rules in :mod:`vardservice.rules` (``SP001``–``SP023``), not by
validators. Process events are dated :class:`Milestone` objects; the current
:attr:`Subproject.stage` is derived from them, never stored beside them.

Source: SFBV (Södra sjukvårdsregionen, Beskrivning av arbetsmetoden
"Samarbete för bättre vård", 2023), §4–5.

Example:
    >>> sp = Subproject(
    ...     id="SFBV-2022-07", title="Höftfrakturvård",
    ...     participating_regions=["10", "13", "07", "12"],
    ...     milestones=[
    ...         Milestone(kind="start_decided", date="2022-03-04"),
    ...         Milestone(kind="final_report", date="2023-05-10"),
    ...         Milestone(kind="board_recommendation", date="2023-09-22"),
    ...     ],
    ... )
    >>> sp.stage
    <Stage.RECOMMENDED: 'recommended'>
    >>> follow_up_due(sp)
    Date(2024, 9, 22)

"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, Final, TypeVar

import attrs
import pendulum

from vardservice._checks import any_text as _any_text
from vardservice._checks import as_tuple, items_validator
from vardservice._checks import flag as _flag
from vardservice._checks import text as _text
from vardservice.dates import add_months, to_date
from vardservice.errors import InvalidValue
from vardservice.regions import HealthcareRegion, Region, get_healthcare_region, get_region
from vardservice.units import Money, to_money

__all__ = [
    "ASSIGNMENT_PARTS",
    "DUE_SOON_DAYS",
    "FOLLOW_UP_MONTHS",
    "MAX_ACTION_PROPOSALS",
    "ActionProposal",
    "Assignment",
    "Body",
    "ExcerptReference",
    "FinalReport",
    "FocusArea",
    "FollowUpPlan",
    "FollowUpProposal",
    "FollowUpReport",
    "GroupMember",
    "Milestone",
    "MilestoneKind",
    "Origin",
    "Proposal",
    "ReportSection",
    "Role",
    "Stage",
    "Subproject",
    "board_approval",
    "follow_up_due",
    "stage_of",
]

DUE_SOON_DAYS: Final = 30
"""A follow-up due within this many days (inclusive) of the date checked is "due soon":
rule SP021 reports it as information, and a portfolio counts it (DOMAIN §4, rule 21)."""

FOLLOW_UP_MONTHS: Final = 12
"""Follow-up is due within this many calendar months of the board's approval (SFBV §5.8)."""

MAX_ACTION_PROPOSALS: Final = 5
""""Föredömligt är att ange maximalt fem åtgärdsförslag" (SFBV §5.4)."""


# -- small validators -----------------------------------------------------------------------


def _owner(instance: object) -> str:
    return type(instance).__name__


def _texts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    items_validator(str)(instance, attribute, value)


def _optional_flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _flag(instance, attribute, value)


def _pages(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 10_000
    ):
        raise InvalidValue(_owner(instance), attribute.name, value, "a number of pages from 1")


def _optional(kind: type) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            raise InvalidValue(_owner(instance), attribute.name, value, f"a {kind.__name__}")

    return check


E = TypeVar("E", bound=enum.Enum)


def _to_enum(kind: type[E], value: object, owner: str, field: str) -> E:
    if isinstance(value, kind):
        return value
    try:  # a dict lookup, ten times faster than kind(value) (STYLE §14)
        return kind._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        pass
    try:
        return kind(value)
    except (ValueError, TypeError):
        choices = ", ".join(repr(m.value) for m in kind)
        raise InvalidValue(owner, field, value, f"one of {choices}") from None


def _to_enums(kind: type[E], value: object, owner: str, field: str) -> tuple[E, ...]:
    found = as_tuple(value)
    if not isinstance(found, tuple):
        raise InvalidValue(owner, field, value, f"a list of {kind.__name__} values")
    return tuple(_to_enum(kind, v, owner, f"{field}[{i}]") for i, v in enumerate(found))


# attrs' mypy plugin wants named converters, so each field has its own.
def _origin(value: object) -> Origin:
    return _to_enum(Origin, value, "Proposal", "origin")


def _role(value: object) -> Role:
    return _to_enum(Role, value, "GroupMember", "role")


def _kind(value: object) -> MilestoneKind:
    return _to_enum(MilestoneKind, value, "Milestone", "kind")


def _focus_areas(value: object) -> tuple[FocusArea, ...]:
    return _to_enums(FocusArea, value, "Subproject", "focus_areas")


def _sections(value: object) -> tuple[ReportSection, ...]:
    return _to_enums(ReportSection, value, "FinalReport", "sections")


def _bodies(value: object) -> tuple[Body, ...]:
    return _to_enums(Body, value, "FollowUpReport", "presented_to")


def _plan_date(value: object) -> pendulum.Date | None:
    return None if value is None else to_date(value, owner="FollowUpPlan", field="documented_on")


def _report_date(value: object) -> pendulum.Date:
    return to_date(value, owner="FollowUpReport", field="date")


def _excerpt_date(value: object) -> pendulum.Date:
    return to_date(value, owner="ExcerptReference", field="date")


def _milestone_date(value: object) -> pendulum.Date:
    return to_date(value, owner="Milestone", field="date")


def _sodra() -> HealthcareRegion:
    return get_healthcare_region("sodra")


def _region(value: object) -> Region:
    return get_region(value)  # type: ignore[arg-type]  # get_region refuses junk itself


def _optional_region(value: object) -> Region | None:
    return None if value is None else _region(value)


def _regions(value: object) -> tuple[Region, ...]:
    found = as_tuple(value)
    if not isinstance(found, tuple):
        raise InvalidValue("Subproject", "regions", value, "a list of regions")
    return tuple(_region(v) for v in found)


def _healthcare_region(value: object) -> HealthcareRegion:
    if isinstance(value, HealthcareRegion):
        return value
    return get_healthcare_region(value)  # type: ignore[arg-type]  # refuses junk itself


# -- vocabularies ---------------------------------------------------------------------------


class FocusArea(enum.Enum):
    """What a subproject addresses (SFBV §5.1.1, "bör adressera").

    ``EQUALITY`` jämlikhet, ``ACCESSIBILITY`` tillgänglighet, ``COMPETENCE_SUPPLY``
    kompetensförsörjning, ``ECONOMY`` ekonomi, ``HOLISTIC_SOLUTIONS``
    helhetslösningar (e.g. redistribution or concentration of care).
    """

    EQUALITY = "equality"
    ACCESSIBILITY = "accessibility"
    COMPETENCE_SUPPLY = "competence_supply"
    ECONOMY = "economy"
    HOLISTIC_SOLUTIONS = "holistic_solutions"


class Origin(enum.Enum):
    """Where a proposal came from (SFBV §5.1: "Förslag … kan väckas från olika håll").

    Management group, politicians, manager groups, collaboration groups
    (samverkansgrupper), knowledge management (kunskapsstyrningen), staff, other.
    """

    MANAGEMENT_GROUP = "management_group"
    POLITICIANS = "politicians"
    MANAGER_GROUPS = "manager_groups"
    COLLABORATION_GROUPS = "collaboration_groups"
    KNOWLEDGE_MANAGEMENT = "knowledge_management"
    STAFF = "staff"
    OTHER = "other"


class Role(enum.Enum):
    """A role in the working group (SFBV §4).

    ``CHAIR`` ordförande, ``PROCESS_SUPPORT`` processtöd/processledare, ``MEMBER``
    ledamot, ``CO_OPTED`` adjungerad, ``PATIENT_REPRESENTATIVE`` and
    ``RELATIVE_REPRESENTATIVE`` patient- and närståenderepresentant.
    """

    CHAIR = "chair"
    PROCESS_SUPPORT = "process_support"
    MEMBER = "member"
    CO_OPTED = "co_opted"
    PATIENT_REPRESENTATIVE = "patient_representative"
    RELATIVE_REPRESENTATIVE = "relative_representative"


class ReportSection(enum.Enum):
    """The final report template's fixed sections (SFBV §5.4.1), in order.

    uppdrag, gruppsammansättning, nuläge, analys, förslag.
    """

    ASSIGNMENT = "assignment"
    GROUP_COMPOSITION = "group_composition"
    CURRENT_STATE = "current_state"
    ANALYSIS = "analysis"
    PROPOSALS = "proposals"


class Body(enum.Enum):
    """A body a report is presented to (SFBV §5.4.2–5.5, §5.8).

    ``COLLABORATION_GROUP`` samarbetsgruppen, ``MANAGEMENT_GROUP`` ledningsgruppen,
    ``BOARD`` Södra regionvårdsnämnden (nämnden).
    """

    COLLABORATION_GROUP = "collaboration_group"
    MANAGEMENT_GROUP = "management_group"
    BOARD = "board"


class MilestoneKind(enum.Enum):
    """A dated event of the process (SFBV §5), in the order the process runs.

    Proposal raised (väckt), prepared by the office (beredd), start decided,
    rejected or deferred for lack of resources by the management group,
    assignment issued, working group appointed, interim report (delrapport),
    final report, collaboration-group review, management-group decision, the
    board's recommendation, a region's own decision, implementation, follow-up.
    """

    PROPOSAL_RAISED = "proposal_raised"
    PREPARED = "prepared"
    START_DECIDED = "start_decided"
    START_REJECTED = "start_rejected"
    START_DEFERRED = "start_deferred"
    ASSIGNMENT_ISSUED = "assignment_issued"
    GROUP_APPOINTED = "group_appointed"
    INTERIM_REPORT = "interim_report"
    FINAL_REPORT = "final_report"
    COLLABORATION_GROUP_REVIEW = "collaboration_group_review"
    MANAGEMENT_GROUP_DECISION = "management_group_decision"
    BOARD_RECOMMENDATION = "board_recommendation"
    REGIONAL_DECISION = "regional_decision"
    IMPLEMENTATION = "implementation"
    FOLLOW_UP = "follow_up"

    @property
    def step(self) -> int:
        """The step of the process this event belongs to; events of one step share it.

        The three outcomes of the start decision share a step. Dated milestones
        must not go back to an earlier step (rule SP023).
        """
        found: int = self.__dict__["_step"]  # set on each member below
        return found


_STEP: Final = {
    kind: step
    for step, kinds in enumerate(
        [
            [MilestoneKind.PROPOSAL_RAISED],
            [MilestoneKind.PREPARED],
            [
                MilestoneKind.START_DECIDED,
                MilestoneKind.START_REJECTED,
                MilestoneKind.START_DEFERRED,
            ],
            [MilestoneKind.ASSIGNMENT_ISSUED],
            [MilestoneKind.GROUP_APPOINTED],
            [MilestoneKind.INTERIM_REPORT],
            [MilestoneKind.FINAL_REPORT],
            [MilestoneKind.COLLABORATION_GROUP_REVIEW],
            [MilestoneKind.MANAGEMENT_GROUP_DECISION],
            [MilestoneKind.BOARD_RECOMMENDATION],
            [MilestoneKind.REGIONAL_DECISION],
            [MilestoneKind.IMPLEMENTATION],
            [MilestoneKind.FOLLOW_UP],
        ]
    )
    for kind in kinds
}
# Rules and stage_of() ask every milestone for its step; an attribute on the member is
# several times faster than a dict lookup that hashes the enum in Python.
for _member, _number in _STEP.items():
    _member.__dict__["_step"] = _number


class Stage(enum.Enum):
    """Where a subproject stands, derived from its milestones (see :func:`stage_of`)."""

    DRAFT = "draft"
    PROPOSED = "proposed"
    PREPARED = "prepared"
    STARTED = "started"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    FINAL_REPORTED = "final_reported"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    RECOMMENDED = "recommended"
    DECIDED_BY_REGIONS = "decided_by_regions"
    IN_IMPLEMENTATION = "in_implementation"
    FOLLOWED_UP = "followed_up"


_STAGE_OF: Final = {
    MilestoneKind.PROPOSAL_RAISED: Stage.PROPOSED,
    MilestoneKind.PREPARED: Stage.PREPARED,
    MilestoneKind.START_DECIDED: Stage.STARTED,
    MilestoneKind.START_REJECTED: Stage.REJECTED,
    MilestoneKind.START_DEFERRED: Stage.DEFERRED,
    MilestoneKind.ASSIGNMENT_ISSUED: Stage.ASSIGNED,
    MilestoneKind.GROUP_APPOINTED: Stage.IN_PROGRESS,
    MilestoneKind.INTERIM_REPORT: Stage.IN_PROGRESS,
    MilestoneKind.FINAL_REPORT: Stage.FINAL_REPORTED,
    MilestoneKind.COLLABORATION_GROUP_REVIEW: Stage.REVIEWED,
    MilestoneKind.MANAGEMENT_GROUP_DECISION: Stage.APPROVED,
    MilestoneKind.BOARD_RECOMMENDATION: Stage.RECOMMENDED,
    MilestoneKind.REGIONAL_DECISION: Stage.DECIDED_BY_REGIONS,
    MilestoneKind.IMPLEMENTATION: Stage.IN_IMPLEMENTATION,
    MilestoneKind.FOLLOW_UP: Stage.FOLLOWED_UP,
}


# -- parts of a subproject ------------------------------------------------------------------

ASSIGNMENT_PARTS: Final = (
    "background",
    "purpose_and_question",
    "assignment_points",
    "delimitations",
    "group_composition",
    "timeline",
)
"""The assignment template's six parts, in order (SFBV §5.1.3)."""


@attrs.frozen(kw_only=True)
class Proposal:
    """The proposal for a new subproject, as prepared for the management group (SFBV §5.1).

    Attributes:
        origin: where it was raised.
        purpose: syfte.
        goal: mål.
        expected_outcome: förväntat utfall.

    """

    origin: Origin = attrs.field(default=Origin.OTHER, converter=_origin)
    purpose: str = attrs.field(default="", validator=_any_text)
    goal: str = attrs.field(default="", validator=_any_text)
    expected_outcome: str = attrs.field(default="", validator=_any_text)


@attrs.frozen(kw_only=True)
class Assignment:
    """The assignment (uppdrag), written by the office in the template (SFBV §5.1.3).

    Its six parts: background (bakgrund), purpose and question (syfte och
    frågeställning), specific assignment points (specifika uppdragspunkter),
    delimitations (avgränsningar), the working group's composition
    (arbetsgruppens sammansättning) and the timeline (tidplan). An empty part is
    a missing part.
    """

    background: str = attrs.field(default="", validator=_any_text)
    purpose_and_question: str = attrs.field(default="", validator=_any_text)
    assignment_points: tuple[str, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_texts
    )
    delimitations: str = attrs.field(default="", validator=_any_text)
    group_composition: str = attrs.field(default="", validator=_any_text)
    timeline: str = attrs.field(default="", validator=_any_text)

    def missing_parts(self) -> tuple[str, ...]:
        """Return the names of the parts that are empty, in the template's order."""
        return tuple(
            part
            for part in ASSIGNMENT_PARTS
            if not (
                any(p.strip() for p in getattr(self, part))
                if part == "assignment_points"
                else getattr(self, part).strip()
            )
        )


@attrs.frozen(kw_only=True)
class GroupMember:
    """A person in the working group (SFBV §4).

    Attributes:
        name: the person's name.
        role: chair, process support, member, co-opted, patient or relative representative.
        profession: e.g. "läkare", "sjuksköterska", "fysioterapeut".
        region: the region the person comes from, if any.
        from_office: the person works at the office (kansliet); matters for
            process support, which should come from outside it (SFBV §4.2).

    """

    name: str = attrs.field(validator=_text)
    role: Role = attrs.field(default=Role.MEMBER, converter=_role)
    profession: str = attrs.field(default="", validator=_any_text)
    region: Region | None = attrs.field(default=None, converter=_optional_region)
    from_office: bool = attrs.field(default=False, validator=_flag)


@attrs.frozen(kw_only=True)
class FollowUpPlan:
    """The follow-up method and parameters the group documents at the start (SFBV §5).

    Attributes:
        method: how the follow-up will be made (uppföljningssätt).
        parameters: what will be measured (uppföljningsparametrar).
        documented_on: when the group documented it.

    """

    method: str = attrs.field(default="", validator=_any_text)
    parameters: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=_texts)
    documented_on: pendulum.Date | None = attrs.field(default=None, converter=_plan_date)


def _optional_money(value: object) -> Money | None:
    return (
        None
        if value is None
        else to_money(value, owner="ActionProposal", field="cost_estimate", negative=False)
    )


@attrs.frozen(kw_only=True)
class ActionProposal:
    """An action proposal (åtgärdsförslag) of the working group (SFBV §5.4).

    Attributes:
        title: the proposal in one line.
        needs_funding: it needs economic effort (kräver ekonomiska insatser).
        cost_estimate: the rough cost estimate (grov kalkyl), if made.

    """

    title: str = attrs.field(validator=_text)
    needs_funding: bool = attrs.field(default=False, validator=_flag)
    cost_estimate: Money | None = attrs.field(default=None, converter=_optional_money)


@attrs.frozen(kw_only=True)
class FollowUpProposal:
    """The final report's proposal for the follow-up: how, when, by whom, what (SFBV §5.8).

    Attributes:
        how: the method.
        when: when, in words or as a date ("hösten 2024").
        by_whom: who follows up (usually the former chair).
        parameters: the follow-up parameters.

    """

    how: str = attrs.field(default="", validator=_any_text)
    when: str = attrs.field(default="", validator=_any_text)
    by_whom: str = attrs.field(default="", validator=_any_text)
    parameters: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=_texts)


@attrs.frozen(kw_only=True)
class FinalReport:
    """The final report (slutrapport), written in the assignment's template (SFBV §5.4.1).

    Attributes:
        sections: the template sections the report has.
        follow_up: its proposal for the follow-up, if it has one.
        pages: its length, if known.

    """

    sections: tuple[ReportSection, ...] = attrs.field(default=(), converter=_sections)
    follow_up: FollowUpProposal | None = attrs.field(
        default=None, validator=_optional(FollowUpProposal)
    )
    pages: int | None = attrs.field(default=None, validator=_pages)

    def missing_sections(self) -> tuple[ReportSection, ...]:
        """Return the template sections the report lacks, in the template's order."""
        return tuple(s for s in ReportSection if s not in self.sections)


@attrs.frozen(kw_only=True)
class FollowUpReport:
    """A follow-up report (uppföljningsrapport) (SFBV §5.8).

    Attributes:
        date: when it was finished.
        pages: its length (the source: about 3–6 pages).
        presented_to: the bodies it was presented to (the source: the
            collaboration group, the management group and the board).

    """

    date: pendulum.Date = attrs.field(converter=_report_date)
    pages: int | None = attrs.field(default=None, validator=_pages)
    presented_to: tuple[Body, ...] = attrs.field(default=(), converter=_bodies)


@attrs.frozen(kw_only=True)
class ExcerptReference:
    """Where a region's decision is recorded: its protocol excerpt (SFBV §5.6).

    Attributes:
        case_number: the region's case number (diarienummer), e.g. "RS 2023/118".
        paragraph: the protocol paragraph (§).
        date: the meeting date.

    """

    case_number: str = attrs.field(validator=_text)
    paragraph: int = attrs.field()
    date: pendulum.Date = attrs.field(converter=_excerpt_date)

    @paragraph.validator
    def _paragraph(self, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidValue("ExcerptReference", "paragraph", value, "a whole number from 1")

    def __str__(self) -> str:
        return f"{self.case_number}, § {self.paragraph}, {self.date.isoformat()}"


_ONLY_ON: Final = {
    "unanimous": MilestoneKind.MANAGEMENT_GROUP_DECISION,
    "binding": MilestoneKind.BOARD_RECOMMENDATION,
    "region": MilestoneKind.REGIONAL_DECISION,
    "excerpt": MilestoneKind.REGIONAL_DECISION,
}


@attrs.frozen(kw_only=True)
class Milestone:
    """A dated event of the process (SFBV §5).

    Attributes:
        kind: what happened.
        date: when.
        note: free text (e.g. the reason for a deferral).
        unanimous: for a management-group decision: whether the group was unanimous.
        wording: for the board: the decision as minuted ("Södra
            regionvårdsnämnden rekommenderar regionerna att …").
        binding: for the board: whether the decision was recorded as binding on
            the regions (it cannot be; rule SP019).
        region: for a regional decision: the deciding region (huvudman).
        excerpt: for a regional decision: its protocol excerpt.

    Raises:
        InvalidValue: a field that belongs to another kind of milestone.

    """

    kind: MilestoneKind = attrs.field(converter=_kind)
    date: pendulum.Date = attrs.field(converter=_milestone_date)
    note: str = attrs.field(default="", validator=_any_text)
    unanimous: bool | None = attrs.field(default=None, validator=_optional_flag)
    wording: str = attrs.field(default="", validator=_any_text)
    binding: bool | None = attrs.field(default=None, validator=_optional_flag)
    region: Region | None = attrs.field(default=None, converter=_optional_region)
    excerpt: ExcerptReference | None = attrs.field(
        default=None, validator=_optional(ExcerptReference)
    )

    def __attrs_post_init__(self) -> None:
        for field, kind in _ONLY_ON.items():
            value = getattr(self, field)
            if value is not None and self.kind is not kind:
                raise InvalidValue(
                    "Milestone", field, value, f"no {field} on a {self.kind.value} milestone"
                )


# -- the subproject -------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Subproject:
    """A subproject (delprojekt) of "Samarbete för bättre vård" (SFBV §4–5).

    Attributes:
        id: the office's identifier (e.g. "SFBV-2022-07").
        title: the subject.
        healthcare_region: the healthcare region (default Södra sjukvårdsregionen).
        participating_regions: the regions taking part.
        reason_for_fewer: why not all regions of the healthcare region take part.
        focus_areas: what it addresses (SFBV §5.1.1).
        proposal: the proposal as prepared for the management group.
        assignment: the assignment (uppdrag).
        working_group: the working group's people.
        contact_person: the office's contact person (kontaktperson på kansliet).
        follow_up_plan: the follow-up method and parameters documented at the start.
        current_state_regions: the regions the current-state description covers.
        action_proposals: the working group's action proposals.
        final_report: the final report, once written.
        follow_up_reports: the follow-up reports.
        milestones: the dated process events, in any order.

    """

    id: str = attrs.field(validator=_text)
    title: str = attrs.field(validator=_text)
    healthcare_region: HealthcareRegion = attrs.field(factory=_sodra, converter=_healthcare_region)
    participating_regions: tuple[Region, ...] = attrs.field(default=(), converter=_regions)
    reason_for_fewer: str = attrs.field(default="", validator=_any_text)
    focus_areas: tuple[FocusArea, ...] = attrs.field(default=(), converter=_focus_areas)
    proposal: Proposal | None = attrs.field(default=None, validator=_optional(Proposal))
    assignment: Assignment | None = attrs.field(default=None, validator=_optional(Assignment))
    working_group: tuple[GroupMember, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(GroupMember)
    )
    contact_person: str = attrs.field(default="", validator=_any_text)
    follow_up_plan: FollowUpPlan | None = attrs.field(
        default=None, validator=_optional(FollowUpPlan)
    )
    current_state_regions: tuple[Region, ...] = attrs.field(default=(), converter=_regions)
    action_proposals: tuple[ActionProposal, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(ActionProposal)
    )
    final_report: FinalReport | None = attrs.field(default=None, validator=_optional(FinalReport))
    follow_up_reports: tuple[FollowUpReport, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(FollowUpReport)
    )
    milestones: tuple[Milestone, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(Milestone)
    )

    def label(self) -> str:
        """Return "id title", how reports name the subproject."""
        return f"{self.id} {self.title}"

    @property
    def stage(self) -> Stage:
        """The current stage, derived from the milestones (see :func:`stage_of`)."""
        return stage_of(self.milestones)

    def milestones_of(self, kind: MilestoneKind | str) -> tuple[Milestone, ...]:
        """Return the milestones of one kind, earliest first."""
        wanted = _to_enum(MilestoneKind, kind, "Subproject.milestones_of", "kind")
        return tuple(sorted((m for m in self.milestones if m.kind is wanted), key=_when))

    def first(self, kind: MilestoneKind | str) -> Milestone | None:
        """Return the earliest milestone of one kind, or ``None``."""
        found = self.milestones_of(kind)
        return found[0] if found else None


def _when(milestone: Milestone) -> pendulum.Date:
    return milestone.date


def stage_of(milestones: Iterable[Milestone]) -> Stage:
    """Return the stage the milestones reach: that of the latest step, ``DRAFT`` if none.

    The latest step wins, not the latest date: a subproject whose milestones are
    out of order (rule SP023) still has one stage. Within the start decision's
    step the latest-dated outcome wins (a deferred proposal may later start).

    Example:
        >>> stage_of([Milestone(kind="start_deferred", date="2023-02-01"),
        ...           Milestone(kind="start_decided", date="2023-09-01")])
        <Stage.STARTED: 'started'>

    """
    found = tuple(milestones)
    if not found:
        return Stage.DRAFT
    last = max(found, key=lambda m: (m.kind.step, m.date))
    return _STAGE_OF[last.kind]


def board_approval(subproject: Subproject) -> pendulum.Date | None:
    """Return the date the board approved the final report, or ``None`` (SFBV §5.5).

    The board (Södra regionvårdsnämnden) approves the final report when it makes
    its recommendation; the earliest such milestone counts.
    """
    if not isinstance(subproject, Subproject):
        raise InvalidValue("board_approval", "subproject", subproject, "a Subproject")
    first = subproject.first(MilestoneKind.BOARD_RECOMMENDATION)
    return first.date if first else None


def follow_up_due(subproject: Subproject) -> pendulum.Date | None:
    """Return the date follow-up is due: 12 calendar months after the board's approval.

    Calendar arithmetic, clipped to the month's end (SFBV §5.8; DOMAIN §4):
    approved 2024-02-29 → due 2025-02-28; approved 2023-01-31 → due 2024-01-31.

    Returns:
        The due date, or ``None`` while the board has not approved the report.

    Raises:
        InvalidValue: ``subproject`` is not a :class:`Subproject`.

    Example:
        >>> sp = Subproject(id="X", title="Y", milestones=[
        ...     Milestone(kind="board_recommendation", date="2024-02-29")])
        >>> follow_up_due(sp)
        Date(2025, 2, 28)

    """
    approved = board_approval(subproject)
    return None if approved is None else add_months(approved, FOLLOW_UP_MONTHS)
