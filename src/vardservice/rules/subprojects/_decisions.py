"""Subproject rules SP017–SP020: review, decisions, the board, the regions (private)."""

from __future__ import annotations

from typing import Final

from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import (
    _day,
    _earliest,
    _indexed,
    _iso,
)
from vardservice.sources import cite
from vardservice.subprojects import (
    Milestone,
    MilestoneKind,
    Subproject,
)
from vardservice.subprojects._process import milestone_steps
from vardservice.subprojects._words import milestone_kinds


def _sp017_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-17",
        title="Ätstörningsvård",
        milestones=[
            Milestone(kind="collaboration_group_review", date="2024-05-20"),
            Milestone(kind="management_group_decision", date="2024-05-08", unanimous=True),
        ],
    )
    return sp, "2024-06-01"


@register(
    "SP017",
    subject=Subproject,
    example=_sp017_example,
    severity=Severity.ERROR,
    title=N_("The collaboration group sees the final report before the management group"),
    source=cite("SFBV", "5.4.2"),
    quote=(
        "Samarbetsgruppen är första instans för såväl slutrapport som eventuella delrapporter "
        "under processen."
    ),
    paraphrase=(
        "The collaboration group is the first instance for the final report: once the "
        "management group has decided, a collaboration-group review of the final report must "
        "be recorded on or before the date of that decision. Reviews of the start proposal "
        "or of interim reports do not count here."
    ),
)
def sp017_collaboration_first(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Once a MANAGEMENT_GROUP_DECISION exists: an earlier (or same-day) review must exist.

    Compared are the earliest review of the final report and the earliest decision;
    the same day counts as in order (the two bodies may meet on one day, and SP023
    lets milestones of successive steps share a date). Only reviews of the final
    report count: the collaboration group's consultation before the start decision
    (SFBV §5.1.2) and its reviews of interim reports (``reviewed: start_proposal`` or
    ``interim_report``) are other steps (rule SP024 judges the interim reports).
    """
    found: list[Finding] = []
    decisions = _indexed(sp, MilestoneKind.MANAGEMENT_GROUP_DECISION)
    if not decisions:
        return found
    i, decision = _earliest(decisions)
    reviews = [
        (j, m)
        for j, m in _indexed(sp, MilestoneKind.COLLABORATION_GROUP_REVIEW)
        if m.is_final_report_review
    ]
    if not reviews:
        found.append(
            ctx.finding(
                f"$.milestones[{i}]",
                ctx.gettext(
                    "The management group decided on {date} with no collaboration-group review "
                    "(0 reviews); the collaboration group must be the first instance.",
                    date=_day(decision.date, ctx.lang),
                ),
                evidence={"decision": _iso(decision.date), "reviews": 0},
            )
        )
        return found
    _, review = _earliest(reviews)
    if review.date > decision.date:
        days = review.date.toordinal() - decision.date.toordinal()
        found.append(
            ctx.finding(
                f"$.milestones[{i}]",
                ctx.ngettext(
                    "The collaboration group reviewed the final report on {review}, {n} day "
                    "after the management group's decision on {decision}; it must be the first "
                    "instance.",
                    "The collaboration group reviewed the final report on {review}, {n} days "
                    "after the management group's decision on {decision}; it must be the first "
                    "instance.",
                    days,
                    review=_day(review.date, ctx.lang),
                    decision=_day(decision.date, ctx.lang),
                ),
                evidence={
                    "review": _iso(review.date),
                    "decision": _iso(decision.date),
                    "days": days,
                },
            )
        )
    return found


_DECIDED: Final = MilestoneKind.MANAGEMENT_GROUP_DECISION.step


def _sp018_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-18",
        title="Sällsynta diagnoser",
        milestones=[
            Milestone(kind="management_group_decision", date="2024-05-08", unanimous=False),
            Milestone(kind="board_recommendation", date="2024-09-20"),
        ],
    )
    return sp, "2024-10-01"


@register(
    "SP018",
    subject=Subproject,
    example=_sp018_example,
    severity=Severity.ERROR,
    title=N_("The management group is unanimous before the case goes on"),
    source=cite("SFBV", "5.4.3"),
    quote=(
        "Slutrapporten ska alltid presenteras för ledningsgruppen, vanligen av arbetsgruppens "
        "ordförande. Efter frågor till ordförande är det sedan ledningsgruppens uppdrag att "
        "diskutera slutrapportens förslag och sätta samman ett beslutsförslag som sedan går "
        "vidare till politisk nivå. Först när ledningsgruppen är eniga om beslutsförslagen går "
        "ärendet vidare."
    ),
    paraphrase=(
        "The final report is always presented to the management group, and the case goes on "
        "to the board only when the group is unanimous. Judged once the case has gone on "
        "(a board recommendation or a later milestone): it needs a management-group decision "
        "recorded as unanimous."
    ),
)
def sp018_unanimous(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Once a milestone past the management-group decision exists: a unanimous decision.

    A decision with ``unanimous`` unset (unknown) does not count as unanimous. A
    non-unanimous decision with nothing after it is not a breach: the case
    simply stops there.
    """
    found: list[Finding] = []
    steps = milestone_steps(sp.milestones)
    if max(steps, default=-1) <= _DECIDED:  # nothing after the decision (max in C)
        return found
    decisions = _indexed(sp, MilestoneKind.MANAGEMENT_GROUP_DECISION)
    if any(m.unanimous is True for _, m in decisions):
        return found
    later = [
        (i, m)
        for i, (m, step) in enumerate(zip(sp.milestones, steps, strict=True))
        if step > _DECIDED
    ]
    j, first_later = _earliest(later)
    if not decisions:
        found.append(
            ctx.finding(
                f"$.milestones[{j}]",
                ctx.gettext(
                    "The case went on ({kind} {date}) without a management-group decision "
                    "(0 decisions); the final report must always be presented to the management "
                    "group.",
                    kind=milestone_kinds(ctx.lang)[first_later.kind],
                    date=_day(first_later.date, ctx.lang),
                ),
                evidence={"decisions": 0, "unanimous": False, "went_on": first_later.kind._value_},
            )
        )
        return found
    i, decision = max(decisions, key=lambda pair: (pair[1].date, pair[0]))
    if decision.unanimous is False:
        message = ctx.gettext(
            "The management group's decision on {date} was not unanimous, yet the case went "
            "on; it goes on only when the group is unanimous.",
            date=_day(decision.date, ctx.lang),
        )
    else:
        message = ctx.gettext(
            "The management group's decision on {date} was with unanimity not recorded, yet "
            "the case went on; it goes on only when the group is unanimous.",
            date=_day(decision.date, ctx.lang),
        )
    found.append(
        ctx.finding(
            f"$.milestones[{i}]",
            message,
            evidence={"decisions": len(decisions), "unanimous": False},
        )
    )
    return found


def _sp019_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-19",
        title="Höftfrakturvård",
        milestones=[Milestone(kind="board_recommendation", date="2024-09-20", binding=True)],
    )
    return sp, "2024-10-01"


@register(
    "SP019",
    subject=Subproject,
    example=_sp019_example,
    severity=Severity.ERROR,
    title=N_("The board recommends; it does not decide for the regions"),
    source=cite("SFBV", "5.5"),
    quote=(
        "Södra regionvårdsnämnden har inget beslutsmandat över regionerna varför nämndens "
        "beslut enbart kan formuleras som att ”Södra regionvårdsnämnden rekommenderar "
        "regionerna att….”."
    ),
    paraphrase=(
        "The board has no mandate over the regions, so its decision can only be a "
        "recommendation. Error for each board milestone recorded as binding, or whose minuted "
        "wording does not recommend (lacks 'rekommenderar')."
    ),
)
def sp019_recommendation(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """One error per BOARD_RECOMMENDATION with ``binding`` set or a non-recommending wording.

    The wording is judged only when given: it must contain "rekommender"
    (case-insensitive), as in "rekommenderar regionerna att …".
    """
    found: list[Finding] = []
    for i, m in _indexed(sp, MilestoneKind.BOARD_RECOMMENDATION):
        wording = m.wording.strip()
        recommends = not wording or "rekommender" in wording.casefold()
        if m.binding is not True and recommends:
            continue
        if m.binding:
            message = ctx.gettext(
                "The board's decision on {date} is recorded as binding; the board can only "
                "recommend to the regions.",
                date=_day(m.date, ctx.lang),
            )
        else:
            message = ctx.gettext(
                "The board's decision on {date} is not worded as a recommendation; the board "
                "can only recommend to the regions.",
                date=_day(m.date, ctx.lang),
            )
        found.append(
            ctx.finding(
                f"$.milestones[{i}]",
                message,
                evidence={"binding": m.binding is True, "recommends": recommends},
            )
        )
    return found


def _sp020_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-20",
        title="Strokerehabilitering",
        milestones=[Milestone(kind="regional_decision", date="2024-10-17", region="07")],
    )
    return sp, "2024-11-01"


@register(
    "SP020",
    subject=Subproject,
    example=_sp020_example,
    severity=Severity.ERROR,
    title=N_("Each regional decision has its protocol excerpt"),
    source=cite("SFBV", "5.6"),
    quote=(
        "Regionerna ska skicka protokollsutdrag till Södra regionvårdsnämndens kansli "
        "gällande tagna beslut."
    ),
    paraphrase=(
        "Each region decides for itself and must send the protocol excerpt of its decision to "
        "the office: every regional-decision milestone needs an excerpt reference."
    ),
)
def sp020_excerpt(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """One error per REGIONAL_DECISION milestone without ``excerpt``."""
    found: list[Finding] = []
    for i, m in _indexed(sp, MilestoneKind.REGIONAL_DECISION):
        if m.excerpt is not None:
            continue
        if m.region:
            message = ctx.gettext(
                "The decision of {region} on {date} has no protocol excerpt; the regions "
                "must send their protocol excerpts to the office.",
                region=m.region.short_name,
                date=_day(m.date, ctx.lang),
            )
        else:
            message = ctx.gettext(
                "The decision of a region on {date} has no protocol excerpt; the regions "
                "must send their protocol excerpts to the office.",
                date=_day(m.date, ctx.lang),
            )
        found.append(
            ctx.finding(
                f"$.milestones[{i}]",
                message,
                evidence={"region": m.region.code if m.region else "", "excerpt": False},
            )
        )
    return found
