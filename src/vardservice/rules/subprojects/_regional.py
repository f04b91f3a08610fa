"""Subproject rule SP025: every participating region decides on the recommendation (private)."""

from __future__ import annotations

import datetime
from typing import Final

from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import _day, _iso
from vardservice.sources import cite
from vardservice.subprojects import (
    REGIONAL_DECISION_MONTHS,
    Milestone,
    Subproject,
    board_approval,
    regional_decision_due,
    undecided_regions,
)

_LAST_RECOMMENDATION: Final = datetime.date(datetime.MAXYEAR, 6, 30)


def _sp025_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2023-25",
        title="Höftfrakturvård",
        participating_regions=["Blekinge", "Halland", "Kronoberg", "Skåne"],
        milestones=[
            Milestone(kind="board_recommendation", date="2024-04-19"),
            Milestone(kind="regional_decision", date="2024-06-04", region="Blekinge"),
            Milestone(kind="regional_decision", date="2024-06-12", region="Halland"),
            Milestone(kind="regional_decision", date="2024-06-20", region="Skåne"),
        ],
    )
    return sp, "2025-05-19"


@register(
    "SP025",
    subject=Subproject,
    example=_sp025_example,
    severity=Severity.WARNING,
    also=[Severity.INFO],
    needs_as_of=True,
    title=N_("Every participating region decides on the board's recommendation"),
    source=cite("SFBV", "5.6"),
    quote=(
        "Varje region fattar beslut utifrån rekommendation från Södra regionvårdsnämnden, "
        "antingen på politisk nivå eller på tjänstemannanivå."
    ),
    paraphrase=(
        "Each participating region decides on the board's recommendation, at political or "
        "official level. The source sets no period; the library's own reading is six calendar "
        "months after the recommendation (half the time to the follow-up, SFBV §5.8). As of "
        "the date checked, from the day after the recommendation, for each participating region "
        "without a decision (a postponed one does not count): information while within the "
        "six months, a warning after them."
    ),
)
def sp025_every_region(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """One finding per participating region without a decision, once the board has recommended.

    Judged from the day after the board's recommendation (on the day itself no region
    can yet have decided on it). A region has
    decided when a ``regional_decision`` milestone naming it, dated on or before
    ``as_of``, is not merely ``postponed``
    (:func:`~vardservice.subprojects.undecided_regions`). The period is
    :data:`~vardservice.subprojects.REGIONAL_DECISION_MONTHS` (6) calendar months after
    the recommendation, the library's own reading (the source states none): up to and
    including the due date, information; after it, a warning.
    """
    found: list[Finding] = []
    approved = board_approval(sp)
    if approved is None or approved > _LAST_RECOMMENDATION:
        return found  # not recommended, or six months later is past the last representable date
    due = regional_decision_due(sp)
    if due is None or approved >= ctx.as_of:
        return found  # not recommended yet, or recommended today: no region can have decided
    pending = undecided_regions(sp, as_of=ctx.as_of)
    if not pending:
        return found
    late = ctx.as_of > due
    severity = Severity.WARNING if late else Severity.INFO
    # A region's path is its first place in the list (the codes listed: C's list.index).
    codes = [r.code for r in sp.participating_regions]
    # The same dates in every region's finding: written once.
    recommended, due_day = _day(approved, ctx.lang), _day(due, ctx.lang)
    approved_iso, due_iso, as_of_iso = _iso(approved), _iso(due), _iso(ctx.as_of)
    for region in pending:
        # The placeholders passed as keywords, not a dict unpacked into a new one.
        if late:
            message = ctx.gettext(
                "{region} has not decided on the board's recommendation of {recommended}; "
                "its decision was expected by {due} ({months} months after the "
                "recommendation).",
                region=region.short_name,
                recommended=recommended,
                due=due_day,
                months=REGIONAL_DECISION_MONTHS,
            )
        else:
            message = ctx.gettext(
                "{region} has not yet decided on the board's recommendation of "
                "{recommended}; its decision is expected by {due} ({months} months after the "
                "recommendation).",
                region=region.short_name,
                recommended=recommended,
                due=due_day,
                months=REGIONAL_DECISION_MONTHS,
            )
        found.append(
            ctx.finding(
                f"$.participating_regions[{codes.index(region.code)}]",
                message,
                severity=severity,
                evidence={
                    "region": region.code,
                    "recommended": approved_iso,
                    "due": due_iso,
                    "as_of": as_of_iso,
                },
            )
        )
    return found
