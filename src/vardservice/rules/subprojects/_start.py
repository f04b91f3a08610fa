"""Subproject rules SP001–SP005: subject, start decision, proposal, assignment (private)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from vardservice.rules._core import Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import (
    _EN_PART,
    _SFBV_511,
    _SV_KIND,
    _SV_PART,
    MIN_REGIONS,
    _earliest,
    _en_kind,
    _iso,
    _n,
)
from vardservice.sources import cite
from vardservice.subprojects import (
    MilestoneKind,
    Subproject,
    has_reached,
)
from vardservice.subprojects._process import milestone_steps


@register(
    "SP001",
    subject=Subproject,
    severity=Severity.ERROR,
    also=[Severity.WARNING],
    title_sv="Ämnet berör samtliga regioner, eller minst tre",
    title_en="The subject concerns all regions, or at least three",
    source=cite("SFBV", "5.1.1"),
    quote=_SFBV_511,
    paraphrase=(
        "A subproject concerns every region of the healthcare region, or in some cases at "
        "least three: fewer than three is an error; fewer than all without a stated reason is "
        "a warning. Judged whenever participating regions are listed, and from the proposal's "
        "preparation on even when none are. A listed region outside the healthcare region is "
        "not counted, and is named in a warning."
    ),
)
def sp001_regions(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Count the distinct participating regions that belong to the healthcare region.

    Applies when regions are listed, and once the proposal is prepared (a PREPARED
    milestone or a later step) even when none are: the proposal must say whom it
    concerns. Below three (or below all, for a healthcare region of fewer than
    three) is an error; three or more but fewer than all, with no
    ``reason_for_fewer``, is a warning.
    """
    if not sp.participating_regions and not has_reached(sp.milestones, MilestoneKind.PREPARED):
        return
    members = set(sp.healthcare_region.members)
    count = len({r.code for r in sp.participating_regions if r.code in members})
    total = len(members)
    required = min(MIN_REGIONS, total)
    evidence = {"participating": count, "minimum": required, "all": total}
    if count < required:
        yield ctx.finding(
            "$.participating_regions",
            sv=f"{_n(count, 'deltagande region', 'deltagande regioner')}; minst {required} krävs.",
            en=f"{_n(count, 'participating region', 'participating regions')}; at least "
            f"{required} are required.",
            evidence=evidence,
        )
    elif count < total and not sp.reason_for_fewer.strip():
        yield ctx.finding(
            "$.reason_for_fewer",
            severity=Severity.WARNING,
            sv=f"{count} av {total} regioner deltar utan angivet skäl; "
            "ett skäl bör anges när inte samtliga regioner deltar.",
            en=f"{count} of {total} regions take part with no stated reason; "
            "a reason should be given when not all regions take part.",
            evidence=evidence,
        )
    # A listed region outside the healthcare region does not count: say so, by name.
    for i, region in enumerate(sp.participating_regions):
        if region.code not in members:
            yield ctx.finding(
                f"$.participating_regions[{i}]",
                severity=Severity.WARNING,
                sv=f"{region.name} hör inte till {sp.healthcare_region.name} och räknas inte "
                "bland de deltagande regionerna.",
                en=f"{region.name} is not in {sp.healthcare_region.name} and is not counted "
                "among the participating regions.",
                evidence={"region": region.code, "healthcare_region": sp.healthcare_region.key},
            )


@register(
    "SP002",
    subject=Subproject,
    severity=Severity.ERROR,
    title_sv="Delprojektet är sanktionerat av ledningsgruppen",
    title_en="The management group sanctioned the subproject",
    source=cite("SFBV", "5.1.1"),
    quote=_SFBV_511,
    paraphrase=(
        "A subproject is always sanctioned by the management group: no milestone after the "
        "start decision (assignment, working group, reports, decisions) may exist without a "
        "recorded start decision."
    ),
)
def sp002_sanctioned(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """One error at the earliest milestone past the start step when no START_DECIDED exists.

    A rejection or a deferral is not a sanction. Whether the start decision is
    dated before the later milestones is rule SP023's question.
    """
    start = MilestoneKind.START_DECIDED
    if any(m.kind is start for m in sp.milestones):
        return
    start_step = start.step
    later = [
        (i, m)
        for i, (m, step) in enumerate(
            zip(sp.milestones, milestone_steps(sp.milestones), strict=True)
        )
        if step > start_step
    ]
    if not later:
        return
    i, first = _earliest(later)
    yield ctx.finding(
        f"$.milestones[{i}]",
        sv=f"{_n(len(later), 'milstolpe', 'milstolpar')} efter start ({_SV_KIND[first.kind]} "
        f"{_iso(first.date)} "
        "först) utan ledningsgruppens beslut om start; delprojektet ska alltid vara "
        "sanktionerat av ledningsgruppen.",
        en=f"{_n(len(later), 'milestone', 'milestones')} after the start ({_en_kind(first.kind)} "
        f"{_iso(first.date)} first) without the management group's start decision; a "
        "subproject must always be sanctioned by the management group.",
        evidence={"milestones_after_start": len(later), "first": first.kind.value},
    )


@register(
    "SP003",
    subject=Subproject,
    severity=Severity.WARNING,
    title_sv="Ämnet adresserar ett av målområdena",
    title_en="The subject addresses one of the focus areas",
    source=cite("SFBV", "5.1.1"),
    quote=(
        "Området eller ämnet bör adressera jämlikhet, tillgänglighet, kompetensförsörjning, "
        "ekonomi eller helhetslösningar till exempel omfördelning av verksamhet eller "
        "koncentrering av verksamhet."
    ),
    paraphrase=(
        "The subject should address equality, accessibility, competence supply, economy or "
        "holistic solutions (e.g. redistribution or concentration of care). Judged once the "
        "proposal is prepared."
    ),
)
def sp003_focus(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Warn when ``focus_areas`` is empty, once the proposal is prepared (or later)."""
    if sp.focus_areas or not has_reached(sp.milestones, MilestoneKind.PREPARED):
        return
    yield ctx.finding(
        "$.focus_areas",
        sv="Inget målområde angivet; ämnet bör adressera jämlikhet, tillgänglighet, "
        "kompetensförsörjning, ekonomi eller helhetslösningar.",
        en="No focus area given; the subject should address equality, accessibility, "
        "competence supply, economy or holistic solutions.",
        evidence={"focus_areas": 0, "minimum": 1},
    )


_PROPOSAL_PARTS: Final = (
    ("purpose", "syfte", "purpose"),
    ("goal", "mål", "goal"),
    ("expected_outcome", "förväntat utfall", "expected outcome"),
)


@register(
    "SP004",
    subject=Subproject,
    severity=Severity.WARNING,
    title_sv="Förslaget anger syfte, mål och förväntat utfall",
    title_en="The proposal states purpose, goal and expected outcome",
    source=cite("SFBV", "5.1"),
    quote=(
        "Förslag som väcks bör före presentation för ledningsgruppen beredas så att syfte, "
        "mål och förväntat utfall tydligt framgår."
    ),
    paraphrase=(
        "Before the management group sees a proposal, it should be prepared so that its "
        "purpose, goal and expected outcome are clear. Judged once the proposal is prepared; "
        "one warning per missing part."
    ),
)
def sp004_proposal(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Once prepared (a PREPARED milestone or later): one warning per empty part.

    A missing proposal is one warning at ``$.proposal`` naming all three parts.
    """
    if not has_reached(sp.milestones, MilestoneKind.PREPARED):
        return
    if sp.proposal is None:
        yield ctx.finding(
            "$.proposal",
            sv="Förslaget saknas (0 av 3 delar); syfte, mål och förväntat utfall bör framgå.",
            en="The proposal is missing (0 of 3 parts); purpose, goal and expected outcome "
            "should be clear.",
            evidence={"present": 0, "required": 3},
        )
        return
    for field, sv, en in _PROPOSAL_PARTS:
        if not getattr(sp.proposal, field).strip():
            yield ctx.finding(
                f"$.proposal.{field}",
                sv=f"Förslaget saknar {sv}; syfte, mål och förväntat utfall bör framgå.",
                en=f"The proposal has no {en}; purpose, goal and expected outcome should be clear.",
                evidence={"missing": field},
            )


@register(
    "SP005",
    subject=Subproject,
    severity=Severity.WARNING,
    title_sv="Uppdraget omfattar mallens sex punkter",
    title_en="The assignment covers the template's six parts",
    source=cite("SFBV", "5.1.3"),
    quote=(
        "Uppdraget bör omfatta följande punkter: • Bakgrund • Syfte och "
        "frågeställning/problembeskrivning • Specifika uppdragspunkter • Avgränsningar i "
        "projektet • Arbetsgruppens sammansättning, se kapitel 4 • Tidplan"
    ),
    paraphrase=(
        "The assignment should cover background, purpose and question, specific assignment "
        "points, delimitations, the working group's composition and a timeline. Judged once "
        "the assignment exists or is issued; one warning per missing part."
    ),
)
def sp005_assignment(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Once the assignment exists or an ASSIGNMENT_ISSUED (or later) milestone does.

    One warning per empty part at ``$.assignment.<part>``; a missing assignment
    is one warning at ``$.assignment``.
    """
    if sp.assignment is None:
        if has_reached(sp.milestones, MilestoneKind.ASSIGNMENT_ISSUED):
            yield ctx.finding(
                "$.assignment",
                sv="Uppdraget saknas (0 av 6 punkter); uppdraget bör omfatta bakgrund, syfte "
                "och frågeställning, uppdragspunkter, avgränsningar, arbetsgruppens "
                "sammansättning och tidplan.",
                en="The assignment is missing (0 of 6 parts); it should cover background, "
                "purpose and question, assignment points, delimitations, the working group's "
                "composition and a timeline.",
                evidence={"present": 0, "required": 6},
            )
        return
    missing = sp.assignment.missing_parts()
    for part in missing:
        yield ctx.finding(
            f"$.assignment.{part}",
            sv=f"Uppdraget saknar {_SV_PART[part]} ({6 - len(missing)} av 6 punkter finns); "
            "uppdraget bör omfatta alla sex.",
            en=f"The assignment has no {_EN_PART[part]} ({6 - len(missing)} of 6 parts "
            "present); it should cover all six.",
            evidence={"missing": part, "present": 6 - len(missing), "required": 6},
        )
