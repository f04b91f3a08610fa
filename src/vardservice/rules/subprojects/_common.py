"""Shared vocabulary and helpers of the subproject rules (private)."""

from __future__ import annotations

import datetime
from typing import Final

from vardservice.subprojects import (
    Body,
    Milestone,
    MilestoneKind,
    ReportSection,
    Subproject,
    has_reached,
)

MIN_REGIONS: Final = 3
"""At least three regions when not all take part (SFBV §5.1.1)."""

FOLLOW_UP_PAGES: Final = (3, 6)
"""A follow-up report is "cirka 3–6 sidor" (SFBV §5.8)."""

PAGE_TOLERANCE: Final = 1
""""cirka": SP022 accepts one page either side, so 2–7 pages pass."""

_SV_SECTION: Final = {
    ReportSection.ASSIGNMENT: "uppdrag",
    ReportSection.GROUP_COMPOSITION: "gruppsammansättning",
    ReportSection.CURRENT_STATE: "nuläge",
    ReportSection.ANALYSIS: "analys",
    ReportSection.PROPOSALS: "förslag",
}
_EN_SECTION: Final = {
    ReportSection.ASSIGNMENT: "assignment",
    ReportSection.GROUP_COMPOSITION: "group composition",
    ReportSection.CURRENT_STATE: "current state",
    ReportSection.ANALYSIS: "analysis",
    ReportSection.PROPOSALS: "proposals",
}
_SV_PART: Final = {
    "background": "bakgrund",
    "purpose_and_question": "syfte och frågeställning",
    "assignment_points": "specifika uppdragspunkter",
    "delimitations": "avgränsningar",
    "group_composition": "arbetsgruppens sammansättning",
    "timeline": "tidplan",
}
_EN_PART: Final = {
    "background": "background",
    "purpose_and_question": "purpose and question",
    "assignment_points": "specific assignment points",
    "delimitations": "delimitations",
    "group_composition": "working-group composition",
    "timeline": "timeline",
}
_SV_BODY: Final = {
    Body.COLLABORATION_GROUP: "samarbetsgruppen",
    Body.MANAGEMENT_GROUP: "ledningsgruppen",
    Body.BOARD: "nämnden",
}
_EN_BODY: Final = {
    Body.COLLABORATION_GROUP: "the collaboration group",
    Body.MANAGEMENT_GROUP: "the management group",
    Body.BOARD: "the board",
}
_SV_KIND: Final = {
    MilestoneKind.PROPOSAL_RAISED: "förslag väckt",
    MilestoneKind.PREPARED: "beredning",
    MilestoneKind.START_DECIDED: "beslut om start",
    MilestoneKind.START_REJECTED: "avslag",
    MilestoneKind.START_DEFERRED: "start avvaktas",
    MilestoneKind.ASSIGNMENT_ISSUED: "uppdrag",
    MilestoneKind.GROUP_APPOINTED: "arbetsgrupp utsedd",
    MilestoneKind.INTERIM_REPORT: "delrapport",
    MilestoneKind.FINAL_REPORT: "slutrapport",
    MilestoneKind.COLLABORATION_GROUP_REVIEW: "samarbetsgruppens behandling",
    MilestoneKind.MANAGEMENT_GROUP_DECISION: "ledningsgruppens beslut",
    MilestoneKind.BOARD_RECOMMENDATION: "nämndens rekommendation",
    MilestoneKind.REGIONAL_DECISION: "regionens beslut",
    MilestoneKind.IMPLEMENTATION: "införande",
    MilestoneKind.FOLLOW_UP: "uppföljning",
}


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _en_kind(kind: MilestoneKind) -> str:
    return kind.value.replace("_", " ")


def _sv_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " och " + items[-1]


def _en_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _has_final_report(sp: Subproject) -> bool:
    return sp.final_report is not None or has_reached(sp.milestones, MilestoneKind.FINAL_REPORT)


def _indexed(sp: Subproject, kind: MilestoneKind) -> list[tuple[int, Milestone]]:
    return [(i, m) for i, m in enumerate(sp.milestones) if m.kind is kind]


def _earliest(found: list[tuple[int, Milestone]]) -> tuple[int, Milestone]:
    return min(found, key=lambda pair: (pair[1].date, pair[0]))


def _iso(day: datetime.date) -> str:
    return day.isoformat()


_SFBV_511 = (
    "Området eller ämnet som ska tas upp i delprojektet ska vara angeläget för samtliga "
    "regioner (eller i vissa fall minst tre regioner) och enligt ovan alltid sanktionerat "
    "av ledningsgruppen."
)
