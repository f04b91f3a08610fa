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


def _distinct(regions: tuple[Region, ...]) -> tuple[Region, ...]:
    """Return ``regions`` each once, in order: ``dict.fromkeys`` only when two share a code.

    Regions of different codes differ, so distinct codes mean nothing to drop; a region's
    hash (every field, in Python) is what ``dict.fromkeys`` would pay on each.
    """
    if len({r.code for r in regions}) == len(regions):
        return regions
    return tuple(dict.fromkeys(regions))


def _has_content(assignment: Assignment) -> bool:
    """Return whether any part of ``assignment`` is filled: fewer than all are missing.

    :meth:`Assignment.missing_parts` short of all six, stopping at the first filled part.
    """
    return (
        bool(assignment.background.strip())
        or bool(assignment.purpose_and_question.strip())
        or any(p.strip() for p in assignment.assignment_points)
        or bool(assignment.delimitations.strip())
        or bool(assignment.group_composition.strip())
        or bool(assignment.timeline.strip())
    )


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

    __hash__ = object.__hash__  # by identity, in C (Enum's hashes the name in Python)

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

    __hash__ = object.__hash__  # by identity, in C (Enum's hashes the name in Python)

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

    __hash__ = object.__hash__  # by identity, in C (Enum's hashes the name in Python)

    COLLABORATION_GROUP = "collaboration_group"
    MANAGEMENT_GROUP = "management_group"
    BOARD = "board"


# The members in order, iterated once (an enum's own iteration is a Python generator).
_SECTIONS: Final = tuple(ReportSection)
_BODIES: Final = tuple(Body)


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
class CurrentState:
    """The current state (nuläge) of one participating region, as the final report describes it.

    SFBV §5.2: "Det är viktigt att alla deltagande regioner ingår i
    nulägesbeskrivningen."

    Attributes:
        region: the region described.
        description: its current state, in the report's words.

    """

    region: Region = attrs.field(converter=_fields.read)
    description: str = attrs.field(default="", validator=_fields.any_text)


@attrs.frozen(kw_only=True)
class FinalReport:
    """The final report (slutrapport), written in the assignment's template (SFBV §5.4.1).

    The template's sections are uppdrag, gruppsammansättning, nuläge, analys and
    förslag. The assignment, the working group and the action proposals are the
    subproject's own fields; the report holds what only it says: the current state
    per region (§5.2), the analysis (§5.3), the proposals' feasibility and the risk of
    displacement (§5.4), and its follow-up proposal (§5.8).

    Attributes:
        sections: the template sections the report declares it has (for a report
            written elsewhere, e.g. in Word); a section whose content is recorded
            here counts as present too (see :meth:`missing_sections`).
        current_state: the current state per participating region (nuläge).
        analysis: the analysis and its conclusions (analys).
        feasibility: the proposals' reasonableness and feasibility ("rimlighet och
            genomförbarhet", §5.4).
        displacement_risk: the proposals set against neighbouring areas and the risk
            of displacement ("riskerna för undanträngning", §5.4).
        follow_up: its proposal for the follow-up, if it has one.
        pages: its length, if known.
        writers: who wrote it (usually the chair, §5.4.1).
        responsible_writer: with several writers, the one with overall
            responsibility ("helhetsansvaret", §5.4.1).

    """

    sections: tuple[ReportSection, ...] = attrs.field(default=(), converter=_fields.members)
    current_state: tuple[CurrentState, ...] = attrs.field(default=(), converter=_fields.items)
    analysis: str = attrs.field(default="", validator=_fields.any_text)
    feasibility: str = attrs.field(default="", validator=_fields.any_text)
    displacement_risk: str = attrs.field(default="", validator=_fields.any_text)
    follow_up: FollowUpProposal | None = attrs.field(default=None, validator=_fields.instance)
    pages: int | None = attrs.field(default=None, validator=_fields.whole(1, _MAX_PAGES))
    writers: tuple[str, ...] = attrs.field(default=(), converter=_fields.any_texts)
    responsible_writer: str = attrs.field(default="", validator=_fields.any_text)

    def described_regions(self) -> tuple[Region, ...]:
        """Return the regions whose current state has a description, in the report's order."""
        return tuple(c.region for c in self.current_state if c.description.strip())

    def missing_sections(self) -> tuple[ReportSection, ...]:
        """Return the template sections the report lacks, in the template's order.

        A section is present when :attr:`sections` declares it, or, for the current
        state and the analysis, when the report records its content. (The assignment,
        the group composition and the proposals are the subproject's fields: see
        :meth:`Subproject.missing_report_sections`.)
        """
        present = set(self.sections)
        if any(c.description.strip() for c in self.current_state):  # described_regions()
            present.add(ReportSection.CURRENT_STATE)
        if self.analysis.strip():
            present.add(ReportSection.ANALYSIS)
        return tuple(s for s in _SECTIONS if s not in present)


@attrs.frozen(kw_only=True)
class Presentation:
    """A report presented to a body on a date (redovisning, SFBV §5.8).

    Attributes:
        body: the collaboration group, the management group or the board.
        date: the meeting at which it was presented.

    """

    body: Body = attrs.field(converter=_fields.member)
    date: pendulum.Date = attrs.field(converter=_fields.date)


@attrs.frozen(kw_only=True)
class ImplementationData:
    """How far implementation has come, for one follow-up parameter (SFBV §5.8).

    "Uppföljningsrapporten bör omfatta data som beskriver hur långt implementeringen
    kommit."

    Attributes:
        parameter: the follow-up parameter measured.
        region: the region measured, or ``None`` for the whole healthcare region.
        value: the measurement or state, in words ("78 % (nuläge 61 %)").

    """

    parameter: str = attrs.field(validator=_fields.text)
    region: Region | None = attrs.field(default=None, converter=_fields.read)
    value: str = attrs.field(default="", validator=_fields.any_text)


@attrs.frozen(kw_only=True)
class FollowUpReport:
    """A follow-up report (uppföljningsrapport) (SFBV §5.8).

    Attributes:
        date: when it was finished.
        pages: its length (the source: about 3–6 pages).
        presented_to: the bodies it was presented to, without dates (the
            source: the collaboration group, the management group and the board).
        presentations: the bodies it was presented to, each with the meeting's date.
        written_by: who wrote it ("Vanligen är det den tidigare ordföranden", §5.8).
        implementation: data on how far implementation has come.
        summary: the follow-up's conclusions.
        further: a further follow-up ("ytterligare uppföljning efter 6–12 månader",
            §5.8), not the first.

    """

    date: pendulum.Date = attrs.field(converter=_fields.date)
    pages: int | None = attrs.field(default=None, validator=_fields.whole(1, _MAX_PAGES))
    presented_to: tuple[Body, ...] = attrs.field(default=(), converter=_fields.members)
    presentations: tuple[Presentation, ...] = attrs.field(default=(), converter=_fields.items)
    written_by: str = attrs.field(default="", validator=_fields.any_text)
    implementation: tuple[ImplementationData, ...] = attrs.field(
        default=(), converter=_fields.items
    )
    summary: str = attrs.field(default="", validator=_fields.any_text)
    further: bool = attrs.field(default=False, validator=_fields.flag)

    def bodies(self) -> tuple[Body, ...]:
        """Return the bodies it was presented to, with or without a date, in process order."""
        shown = set(self.presented_to) | {p.body for p in self.presentations}
        return tuple(b for b in _BODIES if b in shown)

    def presented_on(self, body: Body) -> pendulum.Date | None:
        """Return the earliest date it was presented to ``body``, or ``None`` if not recorded."""
        return min((p.date for p in self.presentations if p.body is body), default=None)


@attrs.frozen(kw_only=True)
class Communication:
    """The subproject's communication: the communicator and the plan (SFBV §6.6).

    "Södra sjukvårdsregionens kommunikatör bör involveras i tidigt skede för stöd med
    att ta fram en kommunikationsplan."

    Attributes:
        communicator: the communicator at the office (kommunikatör).
        involved_on: when the communicator was brought in.
        plan: the communication plan in short (kommunikationsplan).
        activities: planned activities ("digitala seminarium, nyhetsbrev och reportage").
        final_report_review: the communicator read the final report
            (korrekturläsning, §5.4.1).

    """

    communicator: str = attrs.field(default="", validator=_fields.any_text)
    involved_on: pendulum.Date | None = attrs.field(default=None, converter=_fields.date)
    plan: str = attrs.field(default="", validator=_fields.any_text)
    activities: tuple[str, ...] = attrs.field(default=(), converter=_fields.any_texts)
    final_report_review: bool = attrs.field(default=False, validator=_fields.flag)


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
        communication: the communicator and the communication plan (SFBV §6.6).
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
    communication: Communication | None = attrs.field(default=None, validator=_fields.instance)
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

    def current_state_covered(self) -> tuple[Region, ...]:
        """Return the regions the current-state description covers, each once (SFBV §5.2).

        Those listed in :attr:`current_state_regions` and those the final report
        describes (:meth:`FinalReport.described_regions`).
        """
        described = self.final_report.described_regions() if self.final_report else ()
        return _distinct((*self.current_state_regions, *described))

    def missing_report_sections(self) -> tuple[ReportSection, ...]:
        """Return the final report's missing template sections (SFBV §5.4.1), or all five.

        A section is present when the report declares it or its content is recorded:
        the assignment (:attr:`assignment`), the group composition (:attr:`working_group`),
        the current state and the analysis (the report's own fields), the proposals
        (:attr:`action_proposals`).
        """
        if self.final_report is None:
            return _SECTIONS
        present = set(_SECTIONS) - set(self.final_report.missing_sections())
        if self.assignment is not None and _has_content(self.assignment):
            present.add(ReportSection.ASSIGNMENT)
        if self.working_group:
            present.add(ReportSection.GROUP_COMPOSITION)
        if self.action_proposals:
            present.add(ReportSection.PROPOSALS)
        return tuple(s for s in _SECTIONS if s not in present)
