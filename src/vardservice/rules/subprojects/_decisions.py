"""Subproject rules SP017–SP020: review, decisions, the board, the regions (private)."""

from __future__ import annotations

from collections.abc import Iterator

from vardservice.rules._core import Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import (
    _SV_KIND,
    _earliest,
    _en_kind,
    _indexed,
    _iso,
    _n,
)
from vardservice.sources import cite
from vardservice.subprojects import (
    MilestoneKind,
    Subproject,
)
from vardservice.subprojects._process import milestone_steps


@register(
    "SP017",
    subject=Subproject,
    severity=Severity.ERROR,
    title_sv="Samarbetsgruppen behandlar slutrapporten före ledningsgruppen",
    title_en="The collaboration group sees the final report before the management group",
    source=cite("SFBV", "5.4.2"),
    quote=(
        "Samarbetsgruppen är första instans för såväl slutrapport som eventuella delrapporter "
        "under processen."
    ),
    paraphrase=(
        "The collaboration group is the first instance for the final report: once the "
        "management group has decided, a collaboration-group review must be recorded on or "
        "before the date of that decision."
    ),
)
def sp017_collaboration_first(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Once a MANAGEMENT_GROUP_DECISION exists: an earlier (or same-day) review must exist.

    Compared are the earliest review and the earliest decision; the same day
    counts as in order (the two bodies may meet on one day, and SP023 lets
    milestones of successive steps share a date).
    """
    decisions = _indexed(sp, MilestoneKind.MANAGEMENT_GROUP_DECISION)
    if not decisions:
        return
    i, decision = _earliest(decisions)
    reviews = _indexed(sp, MilestoneKind.COLLABORATION_GROUP_REVIEW)
    if not reviews:
        yield ctx.finding(
            f"$.milestones[{i}]",
            sv=f"Ledningsgruppen beslutade {_iso(decision.date)} utan att samarbetsgruppen "
            "behandlat slutrapporten (0 behandlingar); samarbetsgruppen ska vara första "
            "instans.",
            en=f"The management group decided on {_iso(decision.date)} with no "
            "collaboration-group review (0 reviews); the collaboration group must be the "
            "first instance.",
            evidence={"decision": _iso(decision.date), "reviews": 0},
        )
        return
    _, review = _earliest(reviews)
    if review.date > decision.date:
        days = (review.date - decision.date).days
        yield ctx.finding(
            f"$.milestones[{i}]",
            sv=f"Samarbetsgruppen behandlade slutrapporten {_iso(review.date)}, "
            f"{_n(days, 'dag', 'dagar')} "
            f"efter ledningsgruppens beslut {_iso(decision.date)}; samarbetsgruppen ska "
            "vara första instans.",
            en=f"The collaboration group reviewed the final report on {_iso(review.date)}, "
            f"{_n(days, 'day', 'days')} after the management group's decision on "
            f"{_iso(decision.date)}; it "
            "must be the first instance.",
            evidence={"review": _iso(review.date), "decision": _iso(decision.date), "days": days},
        )


@register(
    "SP018",
    subject=Subproject,
    severity=Severity.ERROR,
    title_sv="Ledningsgruppen är enig innan ärendet går vidare",
    title_en="The management group is unanimous before the case goes on",
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
def sp018_unanimous(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Once a milestone past the management-group decision exists: a unanimous decision.

    A decision with ``unanimous`` unset (unknown) does not count as unanimous. A
    non-unanimous decision with nothing after it is not a breach: the case
    simply stops there.
    """
    decided = MilestoneKind.MANAGEMENT_GROUP_DECISION.step
    later = [
        (i, m)
        for i, (m, step) in enumerate(
            zip(sp.milestones, milestone_steps(sp.milestones), strict=True)
        )
        if step > decided
    ]
    if not later:
        return
    decisions = _indexed(sp, MilestoneKind.MANAGEMENT_GROUP_DECISION)
    if any(m.unanimous is True for _, m in decisions):
        return
    j, first_later = _earliest(later)
    if not decisions:
        yield ctx.finding(
            f"$.milestones[{j}]",
            sv=f"Ärendet gick vidare ({_SV_KIND[first_later.kind]} {_iso(first_later.date)}) "
            "utan ledningsgruppens beslut (0 beslut); slutrapporten ska alltid presenteras "
            "för ledningsgruppen.",
            en=f"The case went on ({_en_kind(first_later.kind)} {_iso(first_later.date)}) "
            "without a management-group decision (0 decisions); the final report must always "
            "be presented to the management group.",
            evidence={"decisions": 0, "unanimous": False, "went_on": first_later.kind.value},
        )
        return
    i, decision = max(decisions, key=lambda pair: (pair[1].date, pair[0]))
    state_sv = (
        "Ledningsgruppen var inte enig i beslutet"
        if decision.unanimous is False
        else "Det framgår inte att ledningsgruppen var enig i beslutet"
    )
    state_en = "not unanimous" if decision.unanimous is False else "with unanimity not recorded"
    yield ctx.finding(
        f"$.milestones[{i}]",
        sv=f"{state_sv} {_iso(decision.date)}, men ärendet gick vidare; först när "
        "ledningsgruppen är enig går ärendet vidare.",
        en=f"The management group's decision on {_iso(decision.date)} was {state_en}, yet "
        "the case went on; it goes on only when the group is unanimous.",
        evidence={"decisions": len(decisions), "unanimous": False},
    )


@register(
    "SP019",
    subject=Subproject,
    severity=Severity.ERROR,
    title_sv="Nämnden rekommenderar, den beslutar inte över regionerna",
    title_en="The board recommends; it does not decide for the regions",
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
def sp019_recommendation(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """One error per BOARD_RECOMMENDATION with ``binding`` set or a non-recommending wording.

    The wording is judged only when given: it must contain "rekommender"
    (case-insensitive), as in "rekommenderar regionerna att …".
    """
    for i, m in _indexed(sp, MilestoneKind.BOARD_RECOMMENDATION):
        wording = m.wording.strip()
        recommends = not wording or "rekommender" in wording.casefold()
        if m.binding is not True and recommends:
            continue
        yield ctx.finding(
            f"$.milestones[{i}]",
            sv=f"Nämndens beslut {_iso(m.date)} är "
            + ("angivet som bindande" if m.binding else "inte formulerat som en rekommendation")
            + "; nämnden kan enbart rekommendera regionerna.",
            en=f"The board's decision on {_iso(m.date)} is "
            + ("recorded as binding" if m.binding else "not worded as a recommendation")
            + "; the board can only recommend to the regions.",
            evidence={"binding": m.binding is True, "recommends": recommends},
        )


@register(
    "SP020",
    subject=Subproject,
    severity=Severity.ERROR,
    title_sv="Regionens beslut har ett protokollsutdrag",
    title_en="Each regional decision has its protocol excerpt",
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
def sp020_excerpt(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """One error per REGIONAL_DECISION milestone without ``excerpt``."""
    for i, m in _indexed(sp, MilestoneKind.REGIONAL_DECISION):
        if m.excerpt is not None:
            continue
        who_sv = m.region.short_name if m.region else "en region"
        who_en = m.region.short_name if m.region else "a region"
        yield ctx.finding(
            f"$.milestones[{i}]",
            sv=f"Beslutet {_iso(m.date)} av {who_sv} saknar protokollsutdrag; regionerna ska "
            "skicka protokollsutdrag till kansliet.",
            en=f"The decision of {who_en} on {_iso(m.date)} has no protocol excerpt; the "
            "regions must send their protocol excerpts to the office.",
            evidence={"region": m.region.code if m.region else "", "excerpt": False},
        )
