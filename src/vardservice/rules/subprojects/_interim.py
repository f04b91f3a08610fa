"""Subproject rule SP024: the collaboration group sees an interim report first (private)."""

from __future__ import annotations

from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import _day, _indexed, _iso
from vardservice.sources import cite
from vardservice.subprojects import Milestone, MilestoneKind, ReviewSubject, Subproject


def _sp024_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-24",
        title="Strokerehabilitering",
        milestones=[
            Milestone(kind="interim_report", date="2024-09-13"),
            Milestone(kind="management_group_informed", date="2024-10-04"),
            Milestone(
                kind="collaboration_group_review",
                date="2024-10-18",
                reviewed="interim_report",
            ),
        ],
    )
    return sp, "2024-11-01"


@register(
    "SP024",
    subject=Subproject,
    example=_sp024_example,
    severity=Severity.WARNING,
    title=N_("The collaboration group sees an interim report before the management group"),
    source=cite("SFBV", "5.4.2"),
    quote=(
        "Samarbetsgruppen är första instans för såväl slutrapport som eventuella delrapporter "
        "under processen."
    ),
    paraphrase=(
        "The collaboration group is the first instance for interim reports too: an interim "
        "report presented to the management group (a 'management_group_informed' milestone) "
        "should have been reviewed by the collaboration group ('reviewed: interim_report') on "
        "or before that day. The source states it in the present tense, not with ska: a "
        "warning."
    ),
)
def sp024_interim_first(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """One warning per ``management_group_informed`` milestone with no earlier interim review.

    A collaboration-group review of an interim report dated on or before the
    presentation to the management group counts; the same day is in order. (The
    final report's order is rule SP017's.)
    """
    found: list[Finding] = []
    shown_to_management = _indexed(sp, MilestoneKind.MANAGEMENT_GROUP_INFORMED)
    if not shown_to_management:
        return found
    interim = ReviewSubject.INTERIM_REPORT
    reviews = [
        m.date
        for _, m in _indexed(sp, MilestoneKind.COLLABORATION_GROUP_REVIEW)
        if m.reviewed is interim
    ]
    for i, shown in shown_to_management:
        if any(day <= shown.date for day in reviews):
            continue
        found.append(
            ctx.finding(
                f"$.milestones[{i}]",
                ctx.gettext(
                    "An interim report was presented to the management group on {date} before the "
                    "collaboration group had seen it; the collaboration group is the first "
                    "instance for interim reports too.",
                    date=_day(shown.date, ctx.lang),
                ),
                evidence={"presented": _iso(shown.date), "earlier_reviews": 0},
            )
        )
    return found
