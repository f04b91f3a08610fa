"""Subproject rules SP021–SP023: follow-up and the order of milestones (private)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from vardservice.rules._core import Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import (
    _EN_BODY,
    _SV_BODY,
    _SV_KIND,
    FOLLOW_UP_PAGES,
    PAGE_TOLERANCE,
    _en_kind,
    _en_list,
    _iso,
    _n,
    _sv_list,
)
from vardservice.sources import cite
from vardservice.subprojects import (
    DUE_SOON_DAYS,
    Body,
    Milestone,
    MilestoneKind,
    Subproject,
    board_approval,
    follow_up_due,
)
from vardservice.subprojects._process import milestone_steps


def _follow_ups(
    sp: Subproject, approved: datetime.date, as_of: datetime.date
) -> list[tuple[datetime.date, str]]:
    found = [
        (m.date, f"$.milestones[{i}]")
        for i, m in enumerate(sp.milestones)
        if m.kind is MilestoneKind.FOLLOW_UP
    ]
    found += [(r.date, f"$.follow_up_reports[{i}]") for i, r in enumerate(sp.follow_up_reports)]
    return sorted(f for f in found if approved <= f[0] <= as_of)


@register(
    "SP021",
    subject=Subproject,
    severity=Severity.WARNING,
    also=[Severity.INFO],
    needs_as_of=True,
    title_sv="Uppföljning inom 12 månader efter nämndens godkännande",
    title_en="Follow-up within 12 months of the board's approval",
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
def sp021_follow_up_due(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Judge the follow-up against :func:`~vardservice.subprojects.follow_up_due` as of a date.

    A follow-up is a FOLLOW_UP milestone or a follow-up report dated on or after
    the board's approval and on or before ``as_of`` (a later date has not
    happened yet on the date checked). The earliest counts. Done by the due
    date: nothing. Done after it: a warning that it was late, which stays (the
    source's rule was not kept). None yet: a warning when ``as_of`` is past the
    due date (the due date itself is still in time); information when the due
    date is 0 to 30 days ahead, both ends inclusive.
    """
    approved = board_approval(sp)
    if approved is None or approved.year >= datetime.MAXYEAR:
        return  # not approved, or due after the last representable date (year 9999)
    due = follow_up_due(sp)
    if due is None:
        return
    done = _follow_ups(sp, approved, ctx.as_of)
    if done:
        day, path = done[0]
        if day > due:
            late = (day - due).days
            yield ctx.finding(
                path,
                sv=f"Uppföljningen gjordes {_iso(day)}, {_n(late, 'dag', 'dagar')} efter "
                f"{_iso(due)} "
                "(12 månader efter nämndens godkännande); den bör göras inom 12 månader.",
                en=f"The follow-up was done on {_iso(day)}, {_n(late, 'day', 'days')} after "
                f"{_iso(due)} "
                "(12 months after the board's approval); it should be within 12 months.",
                evidence={
                    "approved": _iso(approved),
                    "due": _iso(due),
                    "done": _iso(day),
                    "days_late": late,
                },
            )
        return
    days = (due - ctx.as_of).days
    evidence: dict[str, int | str | bool | tuple[str, ...]] = {
        "approved": _iso(approved),
        "due": _iso(due),
        "as_of": _iso(ctx.as_of),
    }
    if days < 0:
        yield ctx.finding(
            "$.follow_up_reports",
            sv=f"Uppföljningen skulle ha gjorts senast {_iso(due)} (12 månader efter "
            f"nämndens godkännande {_iso(approved)}) och är {_n(-days, 'dag', 'dagar')} "
            f"försenad per "
            f"{_iso(ctx.as_of)}.",
            en=f"The follow-up was due by {_iso(due)} (12 months after the board's approval "
            f"on {_iso(approved)}) and is {_n(-days, 'day', 'days')} overdue as of "
            f"{_iso(ctx.as_of)}.",
            evidence={**evidence, "days_overdue": -days},
        )
    elif days <= DUE_SOON_DAYS:
        yield ctx.finding(
            "$.follow_up_reports",
            severity=Severity.INFO,
            sv=f"Uppföljningen ska göras senast {_iso(due)}, om {_n(days, 'dag', 'dagar')} per "
            f"{_iso(ctx.as_of)} (12 månader efter nämndens godkännande {_iso(approved)}).",
            en=f"The follow-up is due by {_iso(due)}, in {_n(days, 'day', 'days')} as of "
            f"{_iso(ctx.as_of)} "
            f"(12 months after the board's approval on {_iso(approved)}).",
            evidence={**evidence, "days_left": days},
        )


@register(
    "SP022",
    subject=Subproject,
    severity=Severity.WARNING,
    title_sv="Uppföljningsrapporten är kortfattad och redovisas för tre instanser",
    title_en="The follow-up report is short and presented to the three bodies",
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
def sp022_follow_up_report(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Per follow-up report: a warning for its length and one for missing bodies.

    A report of unknown length (``pages`` unset) is not judged on length. "cirka
    3–6 sidor" is read with a tolerance of one page (``PAGE_TOLERANCE``): 2–7 pass,
    1 and 8 do not. The bodies are judged on the record as it stands: a report
    not yet presented to all three bodies is reported until ``presented_to``
    names them all.
    """
    low, high = FOLLOW_UP_PAGES
    for i, report in enumerate(sp.follow_up_reports):
        pages = report.pages
        if pages is not None and not low - PAGE_TOLERANCE <= pages <= high + PAGE_TOLERANCE:
            yield ctx.finding(
                f"$.follow_up_reports[{i}].pages",
                sv=f"Uppföljningsrapporten har {_n(pages, 'sida', 'sidor')}; den bör vara cirka "
                f"{low}–{high} "
                "sidor.",
                en=f"The follow-up report has {_n(pages, 'page', 'pages')}; it should be about "
                f"{low}–{high} "
                "pages.",
                evidence={"pages": pages, "minimum": low, "maximum": high},
            )
        missing = [b for b in Body if b not in report.presented_to]
        if missing:
            shown = len(Body) - len(missing)
            yield ctx.finding(
                f"$.follow_up_reports[{i}].presented_to",
                sv=f"Uppföljningsrapporten har redovisats för {shown} av 3 instanser (inte för "
                f"{_sv_list([_SV_BODY[b] for b in missing])}); den bör redovisas för "
                "samarbetsgruppen, ledningsgruppen och nämnden.",
                en=f"The follow-up report was presented to {shown} of 3 bodies (not to "
                f"{_en_list([_EN_BODY[b] for b in missing])}); it should be presented to the "
                "collaboration group, the management group and the board.",
                evidence={
                    "presented_to": shown,
                    "required": 3,
                    "missing": tuple(b.value for b in missing),
                },
            )


@register(
    "SP023",
    subject=Subproject,
    severity=Severity.ERROR,
    title_sv="Milstolparna följer processens ordning",
    title_en="Dated milestones follow the process order",
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
def sp023_order(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """One error per milestone dated before the latest milestone of an earlier step.

    The finding names that earlier-step milestone. Steps are
    :attr:`MilestoneKind.step <vardservice.subprojects.MilestoneKind.step>`: the
    start decision's three outcomes share one.
    """
    # The latest milestone of each step, then of all steps before each step: O(n).
    steps = milestone_steps(sp.milestones)
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
        yield ctx.finding(
            f"$.milestones[{i}]",
            sv=f"{_SV_KIND[m.kind].capitalize()} {_iso(m.date)} ligger före "
            f"{_SV_KIND[last.kind]} {_iso(last.date)}, ett tidigare steg; milstolparna ska "
            "följa processens ordning.",
            en=f"{_en_kind(m.kind).capitalize()} on {_iso(m.date)} is dated before "
            f"{_en_kind(last.kind)} on {_iso(last.date)}, an earlier step; milestones must "
            "follow the process order.",
            evidence={
                "kind": m.kind.value,
                "date": _iso(m.date),
                "earlier_kind": last.kind.value,
                "earlier_date": _iso(last.date),
            },
        )
