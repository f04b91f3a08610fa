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
judged by the rules in :mod:`vardservice.rules` (``SP001``–``SP028``), not by
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

from vardservice import _fields
from vardservice.subprojects._milestones import (
    DecisionLevel,
    DecisionOutcome,
    ExcerptReference,
    Milestone,
    MilestoneKind,
    ReviewSubject,
    Stage,
    stage_of,
)
from vardservice.subprojects._model import (
    ASSIGNMENT_PARTS,
    MAX_ACTION_PROPOSALS,
    ActionProposal,
    Assignment,
    Body,
    Communication,
    CurrentState,
    FinalReport,
    FocusArea,
    FollowUpPlan,
    FollowUpProposal,
    FollowUpReport,
    GroupMember,
    ImplementationData,
    Origin,
    Presentation,
    Proposal,
    ReportSection,
    Role,
    Subproject,
)
from vardservice.subprojects._process import (
    DUE_SOON_DAYS,
    FOLLOW_UP_MONTHS,
    REGIONAL_DECISION_MONTHS,
    board_approval,
    first_group_report,
    follow_up_due,
    has_reached,
    is_followed_up,
    is_started,
    regional_decision_due,
    undecided_regions,
)

__all__ = [
    "ASSIGNMENT_PARTS",
    "DUE_SOON_DAYS",
    "FOLLOW_UP_MONTHS",
    "MAX_ACTION_PROPOSALS",
    "REGIONAL_DECISION_MONTHS",
    "ActionProposal",
    "Assignment",
    "Body",
    "Communication",
    "CurrentState",
    "DecisionLevel",
    "DecisionOutcome",
    "ExcerptReference",
    "FinalReport",
    "FocusArea",
    "FollowUpPlan",
    "FollowUpProposal",
    "FollowUpReport",
    "GroupMember",
    "ImplementationData",
    "Milestone",
    "MilestoneKind",
    "Origin",
    "Presentation",
    "Proposal",
    "ReportSection",
    "ReviewSubject",
    "Role",
    "Stage",
    "Subproject",
    "board_approval",
    "first_group_report",
    "follow_up_due",
    "has_reached",
    "is_followed_up",
    "is_started",
    "regional_decision_due",
    "stage_of",
    "undecided_regions",
]

_fields.adopt(__name__, globals(), __all__)
