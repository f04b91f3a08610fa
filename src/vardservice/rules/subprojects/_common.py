"""Shared vocabulary and helpers of the subproject rules (private)."""

from __future__ import annotations

import datetime
from typing import Final

from vardservice.subprojects import (
    Milestone,
    MilestoneKind,
    Subproject,
)

MIN_REGIONS: Final = 3
"""At least three regions when not all take part (SFBV §5.1.1)."""

FOLLOW_UP_PAGES: Final = (3, 6)
"""A follow-up report is "cirka 3–6 sidor" (SFBV §5.8)."""

PAGE_TOLERANCE: Final = 1
""""cirka": SP022 accepts one page either side, so 2–7 pages pass."""

# The words the messages put into their sentences (milestone kinds, report sections, the
# parts of a proposal or an assignment, the bodies) come from the catalog: see _words.


# A milestone kind's step, by the kind's name: MilestoneKind.step hashes the enum member,
# and check() asks for steps a hundred times a subproject (a third of its time).
_STEP: Final = {kind.name: kind.step for kind in MilestoneKind}
_memo: tuple[tuple[Milestone, ...], tuple[int, ...]] = ((), ())


def _steps(sp: Subproject) -> tuple[int, ...]:
    """Return the step of each milestone, in order, remembered for the last subproject seen."""
    global _memo  # one (milestones, steps) pair, replaced whole: safe across threads
    milestones = sp.milestones
    memo = _memo
    if memo[0] is milestones:
        return memo[1]
    steps = tuple(_STEP[m.kind._name_] for m in milestones)
    _memo = (milestones, steps)
    return steps


def _reached(sp: Subproject, kind: MilestoneKind) -> bool:
    """Return whether there is a milestone of ``kind``'s step or of a later step."""
    return max(_steps(sp), default=-1) >= _STEP[kind._name_]


def _started(sp: Subproject) -> bool:
    """Return whether the start is decided: a start decision, or a later step's milestone."""
    start = MilestoneKind.START_DECIDED
    return max(_steps(sp), default=-1) > _STEP[start._name_] or any(
        m.kind is start for m in sp.milestones
    )


def _has_final_report(sp: Subproject) -> bool:
    return sp.final_report is not None or _reached(sp, MilestoneKind.FINAL_REPORT)


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
