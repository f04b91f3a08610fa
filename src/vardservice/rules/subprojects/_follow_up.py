"""Subproject rules SP021–SP023: follow-up and the order of milestones (private)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Final

from vardservice._i18n import join_words
from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import (
    FOLLOW_UP_PAGES,
    PAGE_TOLERANCE,
    _day,
    _iso,
)
from vardservice.sources import cite
from vardservice.subprojects import (
    DUE_SOON_DAYS,
    Body,
    FollowUpReport,
    Milestone,
    MilestoneKind,
    Subproject,
    board_approval,
    follow_up_due,
)
from vardservice.subprojects._process import milestone_steps, milestones_by_kind
from vardservice.subprojects._words import (
    bodies_short,
    milestone_kinds,
    milestone_kinds_definite,
)

_FOLLOW_UP: Final = MilestoneKind.FOLLOW_UP
_BODIES: Final = tuple(Body)  # iterating the enum class is a Python generator


def _follow_ups(
    sp: Subproject, approved: datetime.date, as_of: datetime.date
) -> list[tuple[datetime.date, str]]:
    # Paths written only for the follow-ups in the span (sorted as before: date, then path).
    found = [
        (m.date, f"$.milestones[{i}]")
        for i, m in milestones_by_kind(sp.milestones).get(_FOLLOW_UP, ())
        if approved <= m.date <= as_of
    ]
    found += [
        (r.date, f"$.follow_up_reports[{i}]")
        for i, r in enumerate(sp.follow_up_reports)
        if approved <= r.date <= as_of
    ]
    return sorted(found)


def _sp021_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2023-21",
        title="Barnobesitas",
        milestones=[Milestone(kind="board_recommendation", date="2023-09-22")],
    )
    return sp, "2024-10-01"


@register(
    "SP021",
    subject=Subproject,
    example=_sp021_example,
    severity=Severity.WARNING,
    also=[Severity.INFO],
    needs_as_of=True,
    title=N_("Follow-up within 12 months of the board's approval"),
    source=cite("SFBV", "5.8"),
    quote=(
        "Grundregeln är att uppföljning bör göras inom 12 månader efter slutrapportens "
        "godkännande i nämnden."
    ),
    paraphrase=(
        "Follow-up should be done within 12 calendar months of the board's approval "
        "(month-end clipped). As of the date checked: a warning when it is overdue or was "
        "done late, information when it is due within 30 days (inclusive)."
    ),
)
def sp021_follow_up_due(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Judge the follow-up against :func:`~vardservice.subprojects.follow_up_due` as of a date.

    A follow-up is a FOLLOW_UP milestone or a follow-up report dated on or after
    the board's approval and on or before ``as_of`` (a later date has not
    happened yet on the date checked). The earliest counts. Done by the due
    date: nothing. Done after it: a warning that it was late, which stays (the
    source's rule was not kept). None yet: a warning when ``as_of`` is past the
    due date (the due date itself is still in time); information when the due
    date is 0 to 30 days ahead, both ends inclusive.
    """
    found: list[Finding] = []
    approved = board_approval(sp)
    if approved is None or approved.year >= datetime.MAXYEAR:
        return found  # not approved, or due after the last representable date (year 9999)
    due = follow_up_due(sp)
    if due is None:
        return found
    done = _follow_ups(sp, approved, ctx.as_of)
    if done:
        day, path = done[0]
        if day > due:
            late = day.toordinal() - due.toordinal()  # stdlib: pendulum's __sub__ is ~100x
            found.append(
                ctx.finding(
                    path,
                    ctx.ngettext(
                        "The follow-up was done on {done}, {n} day after {due} (12 months after "
                        "the board's approval); it should be within 12 months.",
                        "The follow-up was done on {done}, {n} days after {due} (12 months after "
                        "the board's approval); it should be within 12 months.",
                        late,
                        done=_day(day, ctx.lang),
                        due=_day(due, ctx.lang),
                    ),
                    evidence={
                        "approved": _iso(approved),
                        "due": _iso(due),
                        "done": _iso(day),
                        "days_late": late,
                    },
                )
            )
        return found
    days = due.toordinal() - ctx.as_of.toordinal()
    evidence: dict[str, int | str | bool | tuple[str, ...]] = {
        "approved": _iso(approved),
        "due": _iso(due),
        "as_of": _iso(ctx.as_of),
    }
    if days < 0:
        found.append(
            ctx.finding(
                "$.follow_up_reports",
                ctx.ngettext(
                    "The follow-up should have been done by {due} (12 months after the board's "
                    "approval on {approved}) and is {n} day overdue as of {as_of}.",
                    "The follow-up should have been done by {due} (12 months after the board's "
                    "approval on {approved}) and is {n} days overdue as of {as_of}.",
                    -days,
                    due=_day(due, ctx.lang),
                    approved=_day(approved, ctx.lang),
                    as_of=_day(ctx.as_of, ctx.lang),
                ),
                evidence={**evidence, "days_overdue": -days},
            )
        )
    elif days <= DUE_SOON_DAYS:
        if days == 0:
            message = ctx.gettext(
                "The follow-up should be done by {due}, that is today (12 months after the "
                "board's approval on {approved}).",
                due=_day(due, ctx.lang),
                approved=_day(approved, ctx.lang),
            )
        else:
            message = ctx.ngettext(
                "The follow-up should be done by {due}, in {n} day (12 months after the "
                "board's approval on {approved}).",
                "The follow-up should be done by {due}, in {n} days (12 months after the "
                "board's approval on {approved}).",
                days,
                due=_day(due, ctx.lang),
                approved=_day(approved, ctx.lang),
            )
        found.append(
            ctx.finding(
                "$.follow_up_reports",
                message,
                severity=Severity.INFO,
                evidence={**evidence, "days_left": days},
            )
        )
    return found


def _sp022_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2023-22",
        title="Endometrios",
        follow_up_reports=[
            FollowUpReport(
                date="2024-09-10",
                pages=12,
                presented_to=["collaboration_group", "management_group", "board"],
            )
        ],
    )
    return sp, "2024-10-01"


@register(
    "SP022",
    subject=Subproject,
    example=_sp022_example,
    severity=Severity.WARNING,
    title=N_("The follow-up report is short and presented to the three bodies"),
    source=cite("SFBV", "5.8"),
    quote=(
        "bör vara kortfattad på cirka 3–6 sidor. • redovisas för samarbetsgruppen, "
        "ledningsgruppen och nämnden."
    ),
    paraphrase=(
        "A follow-up report should be short, about 3–6 pages (2–7 pass: 'cirka' gives one "
        "page either side), and be presented to the collaboration group, the management group "
        "and the board. Judged for every follow-up report."
    ),
)
def sp022_follow_up_report(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Per follow-up report: a warning for its length and one for missing bodies.

    A report of unknown length (``pages`` unset) is not judged on length. "cirka
    3–6 sidor" is read with a tolerance of one page (``PAGE_TOLERANCE``): 2–7 pass,
    1 and 8 do not. The bodies are judged on the record as it stands: a report
    not yet presented to all three bodies is reported until ``presented_to``
    names them all (in ``presented_to`` or, with the meeting's date, in
    ``presentations``).
    """
    found: list[Finding] = []
    low, high = FOLLOW_UP_PAGES
    for i, report in enumerate(sp.follow_up_reports):
        pages = report.pages
        if pages is not None and not low - PAGE_TOLERANCE <= pages <= high + PAGE_TOLERANCE:
            found.append(
                ctx.finding(
                    f"$.follow_up_reports[{i}].pages",
                    ctx.ngettext(
                        "The follow-up report has {n} page; it should be about {low}–{high} pages.",
                        "The follow-up report has {n} pages; it should be about "
                        "{low}–{high} pages.",
                        pages,
                        low=low,
                        high=high,
                    ),
                    evidence={"pages": pages, "minimum": low, "maximum": high},
                )
            )
        presented = report.bodies()
        missing = [b for b in _BODIES if b not in presented]
        if missing:
            shown = len(_BODIES) - len(missing)
            found.append(
                ctx.finding(
                    f"$.follow_up_reports[{i}].presented_to",
                    ctx.gettext(
                        "The follow-up report was presented to {shown} of 3 bodies (not to "
                        "{missing}); it should be presented to the collaboration group, the "
                        "management group and the board.",
                        shown=shown,
                        missing=join_words([bodies_short(ctx.lang)[b] for b in missing], ctx.lang),
                    ),
                    evidence={
                        "presented_to": shown,
                        "required": 3,
                        "missing": tuple(b._value_ for b in missing),
                    },
                )
            )
    return found


def _steps_by_date_ascend(dates: Sequence[datetime.date], steps: Sequence[int]) -> bool:
    # The steps ordered by date (a day's steps ascending) never go down.
    by_date = [step for _, step in sorted(zip(dates, steps, strict=True))]
    return by_date == sorted(by_date)


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


def _sp023_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-23",
        title="Ryggkirurgi",
        milestones=[
            Milestone(kind="start_decided", date="2024-03-01"),
            Milestone(kind="assignment_issued", date="2024-02-20"),
        ],
    )
    return sp, "2024-06-01"


@register(
    "SP023",
    subject=Subproject,
    example=_sp023_example,
    severity=Severity.ERROR,
    title=N_("Dated milestones follow the process order"),
    source=cite("SFBV", "5"),
    quote=(
        "Arbetsprocessen för varje delprojekt följer i princip samma steg även om karaktären "
        "på delprojektet kan innebära mindre avvikelser."
    ),
    paraphrase=(
        "The process runs through its steps in order, so dated milestones must not go back to "
        "an earlier step: a milestone dated before one of an earlier step is an error. "
        "Milestones of the same step may share or swap dates, and successive steps may share a "
        "date."
    ),
)
def sp023_order(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """One error per milestone dated before the latest milestone of an earlier step.

    The finding names that earlier-step milestone. Steps are
    :attr:`Milestone.step <vardservice.subprojects.Milestone.step>`: the start
    decision's three outcomes share one; the collaboration group's review of the start
    proposal belongs to the preparation and its review of an interim report to the
    interim reports, so only its review of the final report must follow the final
    report (SFBV §5.1.2, §5.4.2).
    """
    found: list[Finding] = []
    steps = milestone_steps(sp.milestones)
    # In order when, by date (a day's steps ascending), the steps never go down: then no
    # milestone is dated before one of an earlier step. Sorted in C; most subprojects are.
    dates = [m.date for m in sp.milestones]
    ordered = list(steps)
    if dates == sorted(dates):
        if ordered == sorted(ordered):
            return found  # listed by date and by step at once: that order is the sorted one
        # Listed by date, the steps going down somewhere: with no day shared, the steps by
        # date are the steps as listed, not in order, so no sort of (date, step) pairs.
        if len(set(dates)) < len(dates) and _steps_by_date_ascend(dates, steps):
            return found
    elif _steps_by_date_ascend(dates, steps):
        return found
    # The latest milestone of each step, then of all steps before each step: O(n).
    latest: dict[int, Milestone] = {}
    for m, step in zip(sp.milestones, steps, strict=True):
        seen = latest.get(step)
        if seen is None or m.date > seen.date:
            latest[step] = m
    before: dict[int, Milestone] = {}
    running: Milestone | None = None
    for step in sorted(latest):
        if running is not None:
            before[step] = running
        if running is None or latest[step].date >= running.date:
            running = latest[step]
    for i, (m, step) in enumerate(zip(sp.milestones, steps, strict=True)):
        last = before.get(step)
        if last is None or last.date <= m.date:
            continue
        kinds = milestone_kinds(ctx.lang)
        found.append(
            ctx.finding(
                f"$.milestones[{i}]",
                ctx.gettext(
                    "{kind} on {date} is dated before {earlier_kind} ({earlier_date}), an "
                    "earlier step; milestones must follow the process order.",
                    kind=_capital(kinds[m.kind]),
                    date=_day(m.date, ctx.lang),
                    earlier_kind=milestone_kinds_definite(ctx.lang)[last.kind],
                    earlier_date=_day(last.date, ctx.lang),
                ),
                evidence={
                    "kind": m.kind._value_,
                    "date": _iso(m.date),
                    "earlier_kind": last.kind._value_,
                    "earlier_date": _iso(last.date),
                },
            )
        )
    return found
