"""The words of the subproject process (SFBV §4–5), from the gettext catalogs (private).

One home for every word the documents and the rules use for a subproject's
stages, milestones, roles, bodies, decisions, proposal and assignment parts and
final-report sections, so that each concept's forms stand side by side:

- labels, for tables and headings ("Beslut om start", "Slutrapporterat");
  stages carry the context ``stage`` (in Swedish a stage agrees with
  "delprojektet": "Startat", "Avslaget"; elsewhere "Started" is "Startade"),
  milestones ``milestone`` and roles ``role`` (a working group's "Member" is a
  "Ledamot", a network's a "Medlem");
- words inside a sentence, in lower case, as the rules' findings and the
  documents' prose use them: "… utan ledningsgruppens beslut om start". Each
  carries its own context (``milestone in a sentence``, ``assignment part``, …)
  so that a translator sees where it stands.

:mod:`vardservice.render` exports :func:`stage_label` and :func:`milestone_label`.

Example:
    >>> stage_label(Stage.FINAL_REPORTED), stage_label(Stage.FINAL_REPORTED, lang="en")
    ('Slutrapporterat', 'Final report delivered')
    >>> roles("sv")[Role.MEMBER]
    'Ledamot'
    >>> milestone_kinds("sv")[MilestoneKind.START_DECIDED]
    'beslut om start'

"""

from __future__ import annotations

import functools

from vardservice._i18n import check_lang, translation
from vardservice.errors import InvalidValue
from vardservice.subprojects import (
    Body,
    DecisionLevel,
    DecisionOutcome,
    MilestoneKind,
    ReportSection,
    Role,
    Stage,
)

__all__ = [
    "assignment_parts",
    "bodies_in_sentence",
    "bodies_short",
    "body_labels",
    "decision_cells",
    "decision_levels",
    "decision_outcomes",
    "follow_up_parts",
    "milestone_kinds",
    "milestone_kinds_definite",
    "milestone_label",
    "proposal_parts",
    "report_sections",
    "roles",
    "section_labels",
    "stage_label",
]


@functools.cache
def _stages(lang: str) -> dict[Stage, str]:
    """Return each stage as a label, for :func:`stage_label`."""
    pgettext = translation(lang).pgettext
    return {
        Stage.DRAFT: pgettext("stage", "Draft"),
        Stage.PROPOSED: pgettext("stage", "Proposed"),
        Stage.PREPARED: pgettext("stage", "Prepared by the office"),
        Stage.STARTED: pgettext("stage", "Started"),
        Stage.REJECTED: pgettext("stage", "Rejected"),
        Stage.DEFERRED: pgettext("stage", "Deferred for lack of resources"),
        Stage.ASSIGNED: pgettext("stage", "Assignment issued"),
        Stage.IN_PROGRESS: pgettext("stage", "In progress"),
        Stage.FINAL_REPORTED: pgettext("stage", "Final report delivered"),
        Stage.REVIEWED: pgettext("stage", "Reviewed by the collaboration group"),
        Stage.APPROVED: pgettext("stage", "Approved by the management group"),
        Stage.RECOMMENDED: pgettext("stage", "Recommended by the board"),
        Stage.DECIDED_BY_REGIONS: pgettext("stage", "Decided by the regions"),
        Stage.IN_IMPLEMENTATION: pgettext("stage", "In implementation"),
        Stage.FOLLOWED_UP: pgettext("stage", "Followed up"),
    }


@functools.cache
def _milestones(lang: str) -> dict[MilestoneKind, str]:
    """Return each kind of milestone as a label, for :func:`milestone_label`."""
    pgettext = translation(lang).pgettext
    kind = MilestoneKind
    return {
        kind.PROPOSAL_RAISED: pgettext("milestone", "Proposal raised"),
        kind.PREPARED: pgettext("milestone", "Prepared by the office"),
        kind.START_DECIDED: pgettext("milestone", "Start decided"),
        kind.START_REJECTED: pgettext("milestone", "Start rejected"),
        kind.START_DEFERRED: pgettext("milestone", "Deferred for lack of resources"),
        kind.ASSIGNMENT_ISSUED: pgettext("milestone", "Assignment issued"),
        kind.GROUP_APPOINTED: pgettext("milestone", "Working group appointed"),
        kind.INTERIM_REPORT: pgettext("milestone", "Interim report"),
        kind.MANAGEMENT_GROUP_INFORMED: pgettext(
            "milestone", "Interim report presented to the management group"
        ),
        kind.FINAL_REPORT: pgettext("milestone", "Final report"),
        kind.COLLABORATION_GROUP_REVIEW: pgettext("milestone", "Collaboration-group review"),
        kind.MANAGEMENT_GROUP_DECISION: pgettext("milestone", "Management-group decision"),
        kind.BOARD_RECOMMENDATION: pgettext(
            "milestone", "Recommendation of the Southern healthcare-region board"
        ),
        kind.REGIONAL_DECISION: pgettext("milestone", "Regional decision"),
        kind.IMPLEMENTATION: pgettext("milestone", "Implementation"),
        kind.FOLLOW_UP: pgettext("milestone", "Follow-up"),
    }


@functools.cache
def roles(lang: str) -> dict[Role, str]:
    """Return the working-group roles as labels: "Ordförande", "Ledamot"."""
    pgettext = translation(lang).pgettext
    return {
        Role.CHAIR: pgettext("role", "Chair"),
        Role.PROCESS_SUPPORT: pgettext("role", "Process support"),
        Role.MEMBER: pgettext("role", "Member"),
        Role.CO_OPTED: pgettext("role", "Co-opted"),
        Role.PATIENT_REPRESENTATIVE: pgettext("role", "Patient representative"),
        Role.RELATIVE_REPRESENTATIVE: pgettext("role", "Relative representative"),
    }


@functools.cache
def body_labels(lang: str) -> dict[Body, str]:
    """Return the three bodies (SFBV §4) as labels: "Samarbetsgruppen"."""
    _ = translation(lang).gettext
    return {
        Body.COLLABORATION_GROUP: _("Collaboration group"),
        Body.MANAGEMENT_GROUP: _("Management group"),
        Body.BOARD: _("Southern healthcare-region board"),
    }


@functools.cache
def bodies_in_sentence(lang: str) -> dict[Body, str]:
    """Return the three bodies as words inside a sentence: "samarbetsgruppen"."""
    pgettext = translation(lang).pgettext
    return {
        Body.COLLABORATION_GROUP: pgettext("body in a sentence", "the collaboration group"),
        Body.MANAGEMENT_GROUP: pgettext("body in a sentence", "the management group"),
        Body.BOARD: pgettext("body in a sentence", "the Southern healthcare-region board"),
    }


@functools.cache
def decision_levels(lang: str) -> dict[DecisionLevel, str]:
    """Return the level of a region's decision as words after "beslut …": "på politisk nivå"."""
    _ = translation(lang).gettext
    return {
        DecisionLevel.POLITICAL: _("at political level"),
        DecisionLevel.OFFICIAL: _("at official level"),
    }


@functools.cache
def decision_outcomes(lang: str) -> dict[DecisionOutcome, str]:
    """Return a region's decision's outcome in words: "följer rekommendationen"."""
    _ = translation(lang).gettext
    return {
        DecisionOutcome.ADOPTED: _("follows the recommendation"),
        DecisionOutcome.NOT_ADOPTED: _("does not follow the recommendation"),
        DecisionOutcome.POSTPONED: _("postponed"),
    }


@functools.cache
def decision_cells(lang: str) -> dict[DecisionLevel | DecisionOutcome, str]:
    """Return a decision's level and outcome as table cells: "Politisk nivå", "Bordlagt"."""
    pgettext = translation(lang).pgettext
    return {
        DecisionLevel.POLITICAL: pgettext("decision level", "Political level"),
        DecisionLevel.OFFICIAL: pgettext("decision level", "Official level"),
        DecisionOutcome.ADOPTED: pgettext("decision outcome", "Follows the recommendation"),
        DecisionOutcome.NOT_ADOPTED: pgettext(
            "decision outcome", "Does not follow the recommendation"
        ),
        DecisionOutcome.POSTPONED: pgettext("decision outcome", "Postponed"),
    }


@functools.cache
def section_labels(lang: str) -> dict[ReportSection, str]:
    """Return the final report's five sections (SFBV §5.4.1) as headings: "Nuläge"."""
    _ = translation(lang).gettext
    return {
        ReportSection.ASSIGNMENT: _("Assignment"),
        ReportSection.GROUP_COMPOSITION: _("Group composition"),
        ReportSection.CURRENT_STATE: _("Current state"),
        ReportSection.ANALYSIS: _("Analysis"),
        ReportSection.PROPOSALS: _("Proposals"),
    }


@functools.cache
def milestone_kinds(lang: str) -> dict[MilestoneKind, str]:
    """Return each kind of milestone as words inside a sentence ("beslut om start")."""
    pgettext = translation(lang).pgettext
    kind = MilestoneKind
    return {
        kind.PROPOSAL_RAISED: pgettext("milestone in a sentence", "proposal raised"),
        kind.PREPARED: pgettext("milestone in a sentence", "prepared"),
        kind.START_DECIDED: pgettext("milestone in a sentence", "start decided"),
        kind.START_REJECTED: pgettext("milestone in a sentence", "start rejected"),
        kind.START_DEFERRED: pgettext("milestone in a sentence", "start deferred"),
        kind.ASSIGNMENT_ISSUED: pgettext("milestone in a sentence", "assignment issued"),
        kind.GROUP_APPOINTED: pgettext("milestone in a sentence", "group appointed"),
        kind.INTERIM_REPORT: pgettext("milestone in a sentence", "interim report"),
        kind.MANAGEMENT_GROUP_INFORMED: pgettext(
            "milestone in a sentence", "interim report presented to the management group"
        ),
        kind.FINAL_REPORT: pgettext("milestone in a sentence", "final report"),
        kind.COLLABORATION_GROUP_REVIEW: pgettext(
            "milestone in a sentence", "collaboration group review"
        ),
        kind.MANAGEMENT_GROUP_DECISION: pgettext(
            "milestone in a sentence", "management group decision"
        ),
        kind.BOARD_RECOMMENDATION: pgettext("milestone in a sentence", "board recommendation"),
        kind.REGIONAL_DECISION: pgettext("milestone in a sentence", "regional decision"),
        kind.IMPLEMENTATION: pgettext("milestone in a sentence", "implementation"),
        kind.FOLLOW_UP: pgettext("milestone in a sentence", "follow up"),
    }


@functools.cache
def milestone_kinds_definite(lang: str) -> dict[MilestoneKind, str]:
    """Return each kind of milestone as a definite noun inside a sentence ("slutrapporten").

    For "… ligger före slutrapporten (1 december 2023)".
    """
    pgettext = translation(lang).pgettext
    kind = MilestoneKind
    return {
        kind.PROPOSAL_RAISED: pgettext("milestone, definite", "the proposal"),
        kind.PREPARED: pgettext("milestone, definite", "the office's preparation"),
        kind.START_DECIDED: pgettext("milestone, definite", "the start decision"),
        kind.START_REJECTED: pgettext("milestone, definite", "the rejection"),
        kind.START_DEFERRED: pgettext("milestone, definite", "the deferral"),
        kind.ASSIGNMENT_ISSUED: pgettext("milestone, definite", "the assignment"),
        kind.GROUP_APPOINTED: pgettext(
            "milestone, definite", "the appointment of the working group"
        ),
        kind.INTERIM_REPORT: pgettext("milestone, definite", "the interim report"),
        kind.MANAGEMENT_GROUP_INFORMED: pgettext(
            "milestone, definite", "the interim report's presentation to the management group"
        ),
        kind.FINAL_REPORT: pgettext("milestone, definite", "the final report"),
        kind.COLLABORATION_GROUP_REVIEW: pgettext(
            "milestone, definite", "the collaboration group's review"
        ),
        kind.MANAGEMENT_GROUP_DECISION: pgettext(
            "milestone, definite", "the management group's decision"
        ),
        kind.BOARD_RECOMMENDATION: pgettext("milestone, definite", "the board's recommendation"),
        kind.REGIONAL_DECISION: pgettext("milestone, definite", "the regional decision"),
        kind.IMPLEMENTATION: pgettext("milestone, definite", "the implementation"),
        kind.FOLLOW_UP: pgettext("milestone, definite", "the follow-up"),
    }


@functools.cache
def proposal_parts(lang: str) -> dict[str, str]:
    """Return the parts of a proposal (SFBV §5.1) by field name, as words in a sentence."""
    pgettext = translation(lang).pgettext
    return {
        "purpose": pgettext("proposal part", "purpose"),
        "goal": pgettext("proposal part", "goal"),
        "expected_outcome": pgettext("proposal part", "expected outcome"),
    }


@functools.cache
def assignment_parts(lang: str) -> dict[str, str]:
    """Return the six parts of an assignment (SFBV §5.1.3) by field name, as words."""
    pgettext = translation(lang).pgettext
    return {
        "background": pgettext("assignment part", "background"),
        "purpose_and_question": pgettext("assignment part", "purpose and question"),
        "assignment_points": pgettext("assignment part", "specific assignment points"),
        "delimitations": pgettext("assignment part", "delimitations"),
        "group_composition": pgettext("assignment part", "working-group composition"),
        "timeline": pgettext("assignment part", "timeline"),
    }


@functools.cache
def report_sections(lang: str) -> dict[ReportSection, str]:
    """Return the final report's five sections (SFBV §5.4.1) as words in a sentence."""
    pgettext = translation(lang).pgettext
    return {
        ReportSection.ASSIGNMENT: pgettext("report section", "assignment"),
        ReportSection.GROUP_COMPOSITION: pgettext("report section", "group composition"),
        ReportSection.CURRENT_STATE: pgettext("report section", "current state"),
        ReportSection.ANALYSIS: pgettext("report section", "analysis"),
        ReportSection.PROPOSALS: pgettext("report section", "proposals"),
    }


@functools.cache
def follow_up_parts(lang: str) -> dict[str, str]:
    """Return the parts of the final report's follow-up proposal (SFBV §5.8) by field name."""
    pgettext = translation(lang).pgettext
    return {
        "how": pgettext("follow-up part", "how"),
        "when": pgettext("follow-up part", "when"),
        "by_whom": pgettext("follow-up part", "by whom"),
        "parameters": pgettext("follow-up part", "follow-up parameters"),
    }


@functools.cache
def bodies_short(lang: str) -> dict[Body, str]:
    """Return the three bodies (SFBV §4) as short words in a sentence ("nämnden").

    The rules' findings name the board by its short name; the documents' prose by
    its full one (:func:`bodies_in_sentence`).
    """
    pgettext = translation(lang).pgettext
    return {
        Body.COLLABORATION_GROUP: pgettext("body", "the collaboration group"),
        Body.MANAGEMENT_GROUP: pgettext("body", "the management group"),
        Body.BOARD: pgettext("body", "the board"),
    }


def stage_label(stage: Stage, *, lang: str = "sv") -> str:
    """Return a stage in words, for people: "Slutrapporterat" ("Final report delivered").

    Args:
        stage: the stage.
        lang: ``"sv"`` (default) or ``"en"``.

    Returns:
        The stage's label in ``lang``.

    Raises:
        InvalidValue: not a stage, or an unknown language.

    Example:
        >>> stage_label(Stage.FINAL_REPORTED), stage_label(Stage.FINAL_REPORTED, lang="en")
        ('Slutrapporterat', 'Final report delivered')

    """
    if not isinstance(stage, Stage):
        raise InvalidValue("stage_label", "stage", stage, "a Stage")
    return _stages(check_lang("stage_label", lang))[stage]


def milestone_label(kind: MilestoneKind, *, lang: str = "sv") -> str:
    """Return a kind of milestone in words, for people.

    Args:
        kind: the kind of milestone.
        lang: ``"sv"`` (default) or ``"en"``.

    Returns:
        The label in ``lang``.

    Raises:
        InvalidValue: not a milestone kind, or an unknown language.

    Example:
        >>> milestone_label(MilestoneKind.START_DECIDED)
        'Beslut om start'

    """
    if not isinstance(kind, MilestoneKind):
        raise InvalidValue("milestone_label", "kind", kind, "a MilestoneKind")
    return _milestones(check_lang("milestone_label", lang))[kind]
