"""The words of the subproject process (SFBV §5), from the gettext catalogs.

One message per stage, milestone kind, working-group role, body and final-report
section. Stages carry the context ``stage`` (in Swedish a stage agrees with
"delprojektet": "Startat", "Avslaget"; elsewhere "Started" is "Startade"),
milestones ``milestone`` and roles ``role`` (a working group's "Member" is a
"Ledamot", a network's a "Medlem").

Example:
    >>> stage_label(Stage.FINAL_REPORTED), stage_label(Stage.FINAL_REPORTED, lang="en")
    ('Slutrapporterat', 'Final report delivered')
    >>> roles("sv")[Role.MEMBER]
    'Ledamot'

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
    "bodies",
    "bodies_in_sentence",
    "decision_cells",
    "decision_levels",
    "decision_outcomes",
    "milestone_label",
    "roles",
    "sections",
    "stage_label",
]


@functools.cache
def _stages(lang: str) -> dict[Stage, str]:
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
def bodies(lang: str) -> dict[Body, str]:
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
def sections(lang: str) -> dict[ReportSection, str]:
    _ = translation(lang).gettext
    return {
        ReportSection.ASSIGNMENT: _("Assignment"),
        ReportSection.GROUP_COMPOSITION: _("Group composition"),
        ReportSection.CURRENT_STATE: _("Current state"),
        ReportSection.ANALYSIS: _("Analysis"),
        ReportSection.PROPOSALS: _("Proposals"),
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
