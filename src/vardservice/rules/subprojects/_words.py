"""The words the subproject rules put into their sentences, from the gettext catalogs (private).

A message names a milestone, a part of the assignment, a section of the final
report or a body by one of these words, in the report's language and in lower
case, as a word inside a sentence: "… utan ledningsgruppens beslut om start".
Each carries a context (``milestone in a sentence``, ``assignment part``, …) so
that a translator sees where it stands, and so that it is not mistaken for the
documents' labels of the same things ("Beslut om start" in a table).

Example:
    >>> milestone_kinds("sv")[MilestoneKind.START_DECIDED]
    'beslut om start'
    >>> listing("sv", ["samarbetsgruppen", "ledningsgruppen", "nämnden"])
    'samarbetsgruppen, ledningsgruppen och nämnden'

"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from vardservice._i18n import join_words, translation
from vardservice.subprojects import Body, MilestoneKind, ReportSection


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
def bodies(lang: str) -> dict[Body, str]:
    """Return the three bodies (SFBV §4) as words in a sentence ("samarbetsgruppen")."""
    pgettext = translation(lang).pgettext
    return {
        Body.COLLABORATION_GROUP: pgettext("body", "the collaboration group"),
        Body.MANAGEMENT_GROUP: pgettext("body", "the management group"),
        Body.BOARD: pgettext("body", "the board"),
    }


def listing(lang: str, items: Sequence[str]) -> str:
    """Return ``items`` as a list in words: "a, b och c" ("a, b and c")."""
    return join_words(items, lang)
