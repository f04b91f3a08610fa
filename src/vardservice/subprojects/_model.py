"""A subproject and its parts: proposal, assignment, working group, reports (SFBV §4-5)."""

from __future__ import annotations

import enum
from typing import Final

import attrs
import pendulum

from vardservice import _fields
from vardservice._display import Displayable
from vardservice.regions import HealthcareRegion, Region, get_healthcare_region
from vardservice.subprojects._milestones import (
    Milestone,
    MilestoneKind,
    Stage,
    milestones_of,
    stage_of,
)
from vardservice.units import Money

MAX_ACTION_PROPOSALS: Final = 5
""""Föredömligt är att ange maximalt fem åtgärdsförslag" (SFBV §5.4)."""

_MAX_PAGES: Final = 9_999  # a report's length, as a junk guard


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

    origin: Origin = attrs.field(default=Origin.OTHER, converter=_fields.member)
    purpose: str = attrs.field(default="", validator=_fields.any_text)
    goal: str = attrs.field(default="", validator=_fields.any_text)
    expected_outcome: str = attrs.field(default="", validator=_fields.any_text)


@attrs.frozen(kw_only=True)
class Assignment:
    """The assignment (uppdrag), written by the office in the template (SFBV §5.1.3).

    Its six parts: background (bakgrund), purpose and question (syfte och
    frågeställning), specific assignment points (specifika uppdragspunkter),
    delimitations (avgränsningar), the working group's composition
    (arbetsgruppens sammansättning) and the timeline (tidplan). An empty part is
    a missing part.
    """

    background: str = attrs.field(default="", validator=_fields.any_text)
    purpose_and_question: str = attrs.field(default="", validator=_fields.any_text)
    assignment_points: tuple[str, ...] = attrs.field(default=(), converter=_fields.any_texts)
    delimitations: str = attrs.field(default="", validator=_fields.any_text)
    group_composition: str = attrs.field(default="", validator=_fields.any_text)
    timeline: str = attrs.field(default="", validator=_fields.any_text)

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

    name: str = attrs.field(validator=_fields.text)
    role: Role = attrs.field(default=Role.MEMBER, converter=_fields.member)
    profession: str = attrs.field(default="", validator=_fields.any_text)
    region: Region | None = attrs.field(default=None, converter=_fields.read)
    from_office: bool = attrs.field(default=False, validator=_fields.flag)


@attrs.frozen(kw_only=True)
class FollowUpPlan:
    """The follow-up method and parameters the group documents at the start (SFBV §5).

    Attributes:
        method: how the follow-up will be made (uppföljningssätt).
        parameters: what will be measured (uppföljningsparametrar).
        documented_on: when the group documented it.

    """

    method: str = attrs.field(default="", validator=_fields.any_text)
    parameters: tuple[str, ...] = attrs.field(default=(), converter=_fields.any_texts)
    documented_on: pendulum.Date | None = attrs.field(default=None, converter=_fields.date)


@attrs.frozen(kw_only=True)
class ActionProposal:
    """An action proposal (åtgärdsförslag) of the working group (SFBV §5.4).

    Attributes:
        title: the proposal in one line.
        needs_funding: it needs economic effort (kräver ekonomiska insatser).
        cost_estimate: the rough cost estimate (grov kalkyl), if made.

    """

    title: str = attrs.field(validator=_fields.text)
    needs_funding: bool = attrs.field(default=False, validator=_fields.flag)
    cost_estimate: Money | None = attrs.field(default=None, converter=_fields.money)


@attrs.frozen(kw_only=True)
class FollowUpProposal:
    """The final report's proposal for the follow-up: how, when, by whom, what (SFBV §5.8).

    Attributes:
        how: the method.
        when: when, in words or as a date ("hösten 2024").
        by_whom: who follows up (usually the former chair).
        parameters: the follow-up parameters.

    """

    how: str = attrs.field(default="", validator=_fields.any_text)
    when: str = attrs.field(default="", validator=_fields.any_text)
    by_whom: str = attrs.field(default="", validator=_fields.any_text)
    parameters: tuple[str, ...] = attrs.field(default=(), converter=_fields.any_texts)


@attrs.frozen(kw_only=True)
class FinalReport:
    """The final report (slutrapport), written in the assignment's template (SFBV §5.4.1).

    Attributes:
        sections: the template sections the report has.
        follow_up: its proposal for the follow-up, if it has one.
        pages: its length, if known.

    """

    sections: tuple[ReportSection, ...] = attrs.field(default=(), converter=_fields.members)
    follow_up: FollowUpProposal | None = attrs.field(default=None, validator=_fields.instance)
    pages: int | None = attrs.field(default=None, validator=_fields.whole(1, _MAX_PAGES))

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

    date: pendulum.Date = attrs.field(converter=_fields.date)
    pages: int | None = attrs.field(default=None, validator=_fields.whole(1, _MAX_PAGES))
    presented_to: tuple[Body, ...] = attrs.field(default=(), converter=_fields.members)


def _sodra() -> HealthcareRegion:
    return get_healthcare_region("sodra")


@attrs.frozen(kw_only=True, repr=False)
class Subproject(Displayable):
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

    id: str = attrs.field(validator=_fields.text)
    title: str = attrs.field(validator=_fields.text)
    healthcare_region: HealthcareRegion = attrs.field(factory=_sodra, converter=_fields.read)
    participating_regions: tuple[Region, ...] = attrs.field(default=(), converter=_fields.items)
    reason_for_fewer: str = attrs.field(default="", validator=_fields.any_text)
    focus_areas: tuple[FocusArea, ...] = attrs.field(default=(), converter=_fields.members)
    proposal: Proposal | None = attrs.field(default=None, validator=_fields.instance)
    assignment: Assignment | None = attrs.field(default=None, validator=_fields.instance)
    working_group: tuple[GroupMember, ...] = attrs.field(default=(), converter=_fields.items)
    contact_person: str = attrs.field(default="", validator=_fields.any_text)
    follow_up_plan: FollowUpPlan | None = attrs.field(default=None, validator=_fields.instance)
    current_state_regions: tuple[Region, ...] = attrs.field(default=(), converter=_fields.items)
    action_proposals: tuple[ActionProposal, ...] = attrs.field(default=(), converter=_fields.items)
    final_report: FinalReport | None = attrs.field(default=None, validator=_fields.instance)
    follow_up_reports: tuple[FollowUpReport, ...] = attrs.field(default=(), converter=_fields.items)
    milestones: tuple[Milestone, ...] = attrs.field(default=(), converter=_fields.items)

    def label(self) -> str:
        """Return "id title", how reports name the subproject."""
        return f"{self.id} {self.title}"

    @property
    def stage(self) -> Stage:
        """The current stage, derived from the milestones (see :func:`stage_of`)."""
        return stage_of(self.milestones)

    def milestones_of(self, kind: MilestoneKind | str) -> tuple[Milestone, ...]:
        """Return the milestones of one kind, earliest first."""
        return milestones_of(self.milestones, kind, owner="Subproject.milestones_of")

    def first(self, kind: MilestoneKind | str) -> Milestone | None:
        """Return the earliest milestone of one kind, or ``None``."""
        found = self.milestones_of(kind)
        return found[0] if found else None
