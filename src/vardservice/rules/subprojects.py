"""Rules for subprojects (delprojekt) of "Samarbete för bättre vård": SP001–SP023 (SFBV §4–5).

The 23 rules of DOMAIN §4, in its order, each citing the SFBV section it comes
from, with the source's own Swedish sentence and an English paraphrase. Severity
follows the source's verb: *ska* → error, *bör* → warning, *kan*/"in most
cases"/"an advantage" → information.

A rule judges only what the subproject has reached: a draft is not blamed for
the content of a step it has not come to. "Reached a step" means the subproject
has a dated milestone of that step or of a later one (:attr:`MilestoneKind.step
<vardservice.subprojects.MilestoneKind.step>`); each rule's docstring says when
it applies. Rules never raise on a valid :class:`~vardservice.subprojects.Subproject`.

Example:
    >>> from vardservice.rules import check
    >>> from vardservice.subprojects import Subproject
    >>> sp = Subproject(id="SFBV-2023-04", title="Höftfrakturvård",
    ...                 participating_regions=["12", "13"])
    >>> report = check(sp, as_of="2024-01-01", lang="en")
    >>> [(f.code, f.path, f.message) for f in report.findings]
    [('SP001', '$.participating_regions', '2 participating regions; at least 3 are required.')]

"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Final

from vardservice.rules._core import Finding, RuleContext, Severity, register
from vardservice.sources import cite
from vardservice.subprojects import (
    MAX_ACTION_PROPOSALS,
    Body,
    Milestone,
    MilestoneKind,
    ReportSection,
    Role,
    Subproject,
    board_approval,
    follow_up_due,
)

__all__: list[str] = []

MIN_REGIONS: Final = 3
"""At least three regions when not all take part (SFBV §5.1.1)."""

DUE_SOON_DAYS: Final = 30
"""SP021 reports information when follow-up is due within this many days (inclusive)."""

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


# -- SP001–SP005: the subject, the start decision, the proposal, the assignment ----------------


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
        "preparation on even when none are."
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
    if not sp.participating_regions and not _reached(sp, MilestoneKind.PREPARED):
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
    later = [
        (i, m)
        for i, (m, step) in enumerate(zip(sp.milestones, _steps(sp), strict=True))
        if step > _STEP[start._name_]
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
    if sp.focus_areas or not _reached(sp, MilestoneKind.PREPARED):
        return
    yield ctx.finding(
        "$.focus_areas",
        sv="0 målområden angivna; ämnet bör adressera jämlikhet, tillgänglighet, "
        "kompetensförsörjning, ekonomi eller helhetslösningar.",
        en="0 focus areas given; the subject should address equality, accessibility, "
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
    if not _reached(sp, MilestoneKind.PREPARED):
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
        if _reached(sp, MilestoneKind.ASSIGNMENT_ISSUED):
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


# -- SP006–SP011: the contact person and the working group -------------------------------------


@register(
    "SP006",
    subject=Subproject,
    severity=Severity.ERROR,
    title_sv="Delprojektet har en kontaktperson på kansliet",
    title_en="The subproject has a contact person at the office",
    source=cite("SFBV", "4.5"),
    quote="Alla delprojekt ska ha en kontaktperson på Södra regionvårdsnämndens kansli.",
    paraphrase=(
        "Every subproject must have a contact person at the office of the Southern "
        "healthcare-region board. Judged once the start is decided, since the contact "
        "person's work begins with writing the assignment."
    ),
)
def sp006_contact(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Report an error when ``contact_person`` is blank once the start is decided.

    "Started" means a START_DECIDED milestone or any milestone of a later step: the
    contact person's role begins "i inledningsskedet för att ta fram uppdrag"
    (SFBV §4.5), after the decision to start.
    """
    if sp.contact_person.strip() or not _started(sp):
        return
    yield ctx.finding(
        "$.contact_person",
        sv="0 kontaktpersoner på kansliet; delprojektet ska ha en kontaktperson.",
        en="0 contact persons at the office; the subproject must have one.",
        evidence={"contact_persons": 0, "required": 1},
    )


def _group_formed(sp: Subproject) -> bool:
    return _reached(sp, MilestoneKind.GROUP_APPOINTED)


@register(
    "SP007",
    subject=Subproject,
    severity=Severity.WARNING,
    title_sv="Arbetsgruppen har en ordförande",
    title_en="The working group has a chair",
    source=cite("SFBV", "4"),
    quote=(
        "Lämpligen börjar man med ordförandeskapet, (se 5.1). Tillsammans med ordförande tas "
        "förslag till arbetsgrupp fram."
    ),
    paraphrase=(
        "The working group is formed starting with its chair, who then helps propose the rest. "
        "Judged once the group is appointed, or as soon as it has members."
    ),
)
def sp007_chair(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Warn when no member is chair, once the group has members or is appointed.

    The chair comes first (SFBV §4), so a group being formed without one is
    already worth a warning.
    """
    if not (sp.working_group or _group_formed(sp)):
        return
    if any(m.role is Role.CHAIR for m in sp.working_group):
        return
    n = len(sp.working_group)
    yield ctx.finding(
        "$.working_group",
        sv=f"0 ordförande bland {_n(n, 'ledamot', 'ledamöter')}; arbetsgruppen bör ha en "
        f"ordförande.",
        en=f"0 chairs among {_n(n, 'member', 'members')}; the working group should have a chair.",
        evidence={"chairs": 0, "members": n, "required": 1},
    )


@register(
    "SP008",
    subject=Subproject,
    severity=Severity.WARNING,
    title_sv="Processtöd hämtas utanför kansliet",
    title_en="Process support comes from outside the office",
    source=cite("SFBV", "4.2"),
    quote=(
        "Som grundregel bör sådan person hämtas från verksamhet utanför Södra "
        "sjukvårdsregionens kansli."
    ),
    paraphrase=(
        "Process support or a process lead, where used, should as a rule come from outside the "
        "office. One warning per process-support member from the office; always judged."
    ),
)
def sp008_process_support(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """One warning per PROCESS_SUPPORT member with ``from_office`` set."""
    for i, member in enumerate(sp.working_group):
        if member.role is Role.PROCESS_SUPPORT and member.from_office:
            yield ctx.finding(
                f"$.working_group[{i}]",
                sv=f"Processtödet {member.name} kommer från kansliet; processtöd bör hämtas "
                "utanför kansliet.",
                en=f"The process support {member.name} comes from the office; process support "
                "should come from outside it.",
                evidence={"name": member.name, "from_office": True},
            )


def _professions(sp: Subproject) -> set[str]:
    return {m.profession.strip().casefold() for m in sp.working_group if m.profession.strip()}


@register(
    "SP009",
    subject=Subproject,
    severity=Severity.WARNING,
    title_sv="Arbetsgruppen är tvärprofessionell",
    title_en="The working group is cross-professional",
    source=cite("SFBV", "4.3"),
    quote=(
        "Arbetsgruppen bör vara tvärprofessionell och utifrån uppdragets karaktär även "
        "tvärdisciplinär."
    ),
    paraphrase=(
        "The working group should be cross-professional: at least two professions among its "
        "people. Judged once the group is appointed."
    ),
)
def sp009_professions(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Warn when fewer than two distinct professions, once the group is appointed.

    Professions are compared case-insensitively; people without a stated
    profession (often the patient representative) do not count.
    """
    if not _group_formed(sp):
        return
    count = len(_professions(sp))
    if count >= 2:
        return
    yield ctx.finding(
        "$.working_group",
        sv=f"{_n(count, 'yrkesgrupp', 'yrkesgrupper')} i arbetsgruppen; den bör vara "
        f"tvärprofessionell (minst 2).",
        en=f"{_n(count, 'profession', 'professions')} in the working group; it should be "
        f"cross-professional "
        "(at least 2).",
        evidence={"professions": count, "minimum": 2},
    )


_REPRESENTATIVES: Final = frozenset({Role.PATIENT_REPRESENTATIVE, Role.RELATIVE_REPRESENTATIVE})


@register(
    "SP010",
    subject=Subproject,
    severity=Severity.INFO,
    title_sv="Patient- eller närståenderepresentant ingår",
    title_en="A patient or relative representative takes part",
    source=cite("SFBV", "4.3"),
    quote="I flertalet fall bör det ingå patient- och/eller närståenderepresentant i gruppen.",
    paraphrase=(
        "In most cases the group should include a patient and/or relative representative. "
        "Since the source allows exceptions this is information, not a warning. Judged once "
        "the group is appointed."
    ),
)
def sp010_representative(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Information when no patient or relative representative, once the group is appointed."""
    if not _group_formed(sp) or any(m.role in _REPRESENTATIVES for m in sp.working_group):
        return
    yield ctx.finding(
        "$.working_group",
        sv="0 patient- eller närståenderepresentanter; i flertalet fall bör en sådan ingå.",
        en="0 patient or relative representatives; in most cases one should take part.",
        evidence={"representatives": 0, "expected": 1},
    )


@register(
    "SP011",
    subject=Subproject,
    severity=Severity.ERROR,
    title_sv="Uppföljningssätt och uppföljningsparametrar dokumenteras vid starten",
    title_en="The follow-up method and parameters are documented at the start",
    source=cite("SFBV", "5"),
    quote=(
        "Redan vid starten ska arbetsgruppen diskutera och dokumentera kring vilket "
        "uppföljningssätt och vilka uppföljningsparametrar som kan vara relevanta."
    ),
    paraphrase=(
        "At its start the working group must document the follow-up method and the follow-up "
        "parameters. Judged once the group is appointed; one error per missing part."
    ),
)
def sp011_follow_up_plan(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Once the group is appointed (GROUP_APPOINTED or later): method and parameters.

    A missing plan is one error at ``$.follow_up_plan``; otherwise one error per
    empty part. The plan's ``documented_on`` date is not required.
    """
    if not _group_formed(sp):
        return
    plan = sp.follow_up_plan
    if plan is None:
        yield ctx.finding(
            "$.follow_up_plan",
            sv="Ingen uppföljningsplan (0 av 2 delar); arbetsgruppen ska vid starten "
            "dokumentera uppföljningssätt och uppföljningsparametrar.",
            en="No follow-up plan (0 of 2 parts); at its start the working group must "
            "document the follow-up method and parameters.",
            evidence={"present": 0, "required": 2},
        )
        return
    if not plan.method.strip():
        yield ctx.finding(
            "$.follow_up_plan.method",
            sv="Uppföljningssättet är inte dokumenterat; det ska dokumenteras vid starten.",
            en="The follow-up method is not documented; it must be documented at the start.",
            evidence={"missing": "method"},
        )
    count = sum(1 for p in plan.parameters if p.strip())
    if not count:
        yield ctx.finding(
            "$.follow_up_plan.parameters",
            sv="0 uppföljningsparametrar dokumenterade; minst 1 ska dokumenteras vid starten.",
            en="0 follow-up parameters documented; at least 1 must be documented at the start.",
            evidence={"parameters": 0, "minimum": 1},
        )


# -- SP012–SP016: current state, proposals, the final report ----------------------------------


@register(
    "SP012",
    subject=Subproject,
    severity=Severity.WARNING,
    title_sv="Nulägesbeskrivningen omfattar alla deltagande regioner",
    title_en="The current state covers every participating region",
    source=cite("SFBV", "5.2"),
    quote="Det är viktigt att alla deltagande regioner ingår i nulägesbeskrivningen.",
    paraphrase=(
        "The current-state description should cover every participating region. Judged once "
        "the description has begun (some region covered) or the final report exists."
    ),
)
def sp012_current_state(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """One warning naming the uncovered participating regions.

    Applies once ``current_state_regions`` is non-empty (the description has
    begun) or the final report exists (it has a current-state section).
    """
    if not (sp.current_state_regions or _has_final_report(sp)):
        return
    covered = {r.code for r in sp.current_state_regions}
    missing = [r for r in dict.fromkeys(sp.participating_regions) if r.code not in covered]
    if not missing:
        return
    total = len(set(sp.participating_regions))
    names = [r.short_name for r in missing]
    yield ctx.finding(
        "$.current_state_regions",
        sv=f"Nulägesbeskrivningen omfattar {total - len(missing)} av {total} deltagande "
        f"regioner (saknas: {', '.join(names)}); alla bör ingå.",
        en=f"The current state covers {total - len(missing)} of {total} participating regions "
        f"(missing: {', '.join(names)}); all should be included.",
        evidence={
            "covered": total - len(missing),
            "participating": total,
            "missing": tuple(r.code for r in missing),
        },
    )


@register(
    "SP013",
    subject=Subproject,
    severity=Severity.WARNING,
    title_sv="Högst fem åtgärdsförslag",
    title_en="At most five action proposals",
    source=cite("SFBV", "5.4"),
    quote="Föredömligt är att ange maximalt fem åtgärdsförslag.",
    paraphrase=(
        "The working group should make at most five action proposals. One warning, at the "
        "sixth proposal, whenever there are more; always judged."
    ),
)
def sp013_at_most_five(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """One warning at ``$.action_proposals[5]`` (the sixth) when there are more than five."""
    count = len(sp.action_proposals)
    if count <= MAX_ACTION_PROPOSALS:
        return
    yield ctx.finding(
        f"$.action_proposals[{MAX_ACTION_PROPOSALS}]",
        sv=f"{count} åtgärdsförslag; högst {MAX_ACTION_PROPOSALS} bör anges.",
        en=f"{count} action proposals; at most {MAX_ACTION_PROPOSALS} should be made.",
        evidence={"proposals": count, "maximum": MAX_ACTION_PROPOSALS},
    )


@register(
    "SP014",
    subject=Subproject,
    severity=Severity.INFO,
    title_sv="Förslag som kräver ekonomiska insatser har en grov kalkyl",
    title_en="Proposals that need funding come with a rough cost estimate",
    source=cite("SFBV", "5.4"),
    quote=(
        "Om förslagen bedöms kräva ekonomiska insatser är det en fördel om arbetsgruppen "
        "(med stöd av ekonom) kan ta fram en grov kalkyl."
    ),
    paraphrase=(
        "A proposal that needs money is better with a rough cost estimate (an advantage, so "
        "information). One finding per such proposal without an estimate; always judged."
    ),
)
def sp014_cost_estimate(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Information for each proposal with ``needs_funding`` and no ``cost_estimate``."""
    for i, proposal in enumerate(sp.action_proposals):
        if proposal.needs_funding and proposal.cost_estimate is None:
            yield ctx.finding(
                f"$.action_proposals[{i}]",
                sv=f"Förslag {i + 1} ({proposal.title}) kräver ekonomiska insatser men saknar "
                "grov kalkyl; en kalkyl är en fördel.",
                en=f"Proposal {i + 1} ({proposal.title}) needs funding but has no rough cost "
                "estimate; an estimate is an advantage.",
                evidence={"proposal": i + 1, "needs_funding": True, "cost_estimate": False},
            )


@register(
    "SP015",
    subject=Subproject,
    severity=Severity.ERROR,
    title_sv="Slutrapporten har mallens avsnitt",
    title_en="The final report has the template's sections",
    source=cite("SFBV", "5.4.1"),
    quote=(
        "Mallen har förbestämd indelning (uppdrag, gruppsammansättning, nuläge, analys, förslag)."
    ),
    paraphrase=(
        "The final report follows the template's fixed sections: assignment, group "
        "composition, current state, analysis, proposals. Judged once there is a final report "
        "or a final-report milestone; one error per missing section."
    ),
)
def sp015_sections(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Once a final report exists (the object, or a FINAL_REPORT or later milestone).

    One error per missing section, at ``$.final_report.sections``, or at
    ``$.final_report`` when the milestone says it was written but the report is
    not recorded (then all five count as missing).
    """
    if not _has_final_report(sp):
        return
    report = sp.final_report
    missing = report.missing_sections() if report else tuple(ReportSection)
    path = "$.final_report.sections" if report else "$.final_report"
    present = len(ReportSection) - len(missing)
    for section in missing:
        yield ctx.finding(
            path,
            sv=f"Slutrapporten saknar avsnittet {_SV_SECTION[section]} ({present} av 5 "
            "avsnitt finns); mallens alla avsnitt ska finnas.",
            en=f"The final report has no {_EN_SECTION[section]} section ({present} of 5 "
            "present); all of the template's sections are required.",
            evidence={"missing": section.value, "present": present, "required": 5},
        )


_FOLLOW_UP_PARTS: Final = (
    ("how", "hur", "how"),
    ("when", "när", "when"),
    ("by_whom", "av vem", "by whom"),
    ("parameters", "uppföljningsparametrar", "follow-up parameters"),
)


@register(
    "SP016",
    subject=Subproject,
    severity=Severity.ERROR,
    title_sv="Slutrapporten föreslår hur, när och av vem uppföljning sker",
    title_en="The final report proposes how, when and by whom to follow up",
    source=cite("SFBV", "5.8"),
    quote=(
        "Arbetsgruppen ska i slutrapporten ha lagt förslag på hur, när och vem som ska följa "
        "upp delprojektet. Arbetsgruppen ska även ha föreslagit uppföljningsparametrar."
    ),
    paraphrase=(
        "The final report must propose how, when and by whom the subproject is followed up, "
        "and the follow-up parameters. Judged once there is a final report or a final-report "
        "milestone; one error per missing part."
    ),
)
def sp016_follow_up_proposal(sp: Subproject, ctx: RuleContext) -> Iterator[Finding]:
    """Once a final report exists: one error per empty part of its follow-up proposal.

    A missing report or proposal is one error at ``$.final_report`` or
    ``$.final_report.follow_up``.
    """
    if not _has_final_report(sp):
        return
    proposal = sp.final_report.follow_up if sp.final_report else None
    if proposal is None:
        path = "$.final_report.follow_up" if sp.final_report else "$.final_report"
        yield ctx.finding(
            path,
            sv="Slutrapporten saknar förslag till uppföljning (0 av 4 delar); den ska ange "
            "hur, när och av vem uppföljningen sker samt uppföljningsparametrar.",
            en="The final report has no follow-up proposal (0 of 4 parts); it must say how, "
            "when and by whom follow-up is done, and the follow-up parameters.",
            evidence={"present": 0, "required": 4},
        )
        return
    missing = [
        (field, sv, en)
        for field, sv, en in _FOLLOW_UP_PARTS
        if not (
            any(p.strip() for p in proposal.parameters)
            if field == "parameters"
            else getattr(proposal, field).strip()
        )
    ]
    for field, sv, en in missing:
        yield ctx.finding(
            f"$.final_report.follow_up.{field}",
            sv=f"Förslaget till uppföljning anger inte {sv} ({4 - len(missing)} av 4 delar); "
            "det ska ange hur, när, av vem och uppföljningsparametrar.",
            en=f"The follow-up proposal does not say {en} ({4 - len(missing)} of 4 parts); it "
            "must give how, when, by whom and the parameters.",
            evidence={"missing": field, "present": 4 - len(missing), "required": 4},
        )


# -- SP017–SP020: review, decisions, recommendation, the regions' decisions --------------------


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
    decided = _STEP[MilestoneKind.MANAGEMENT_GROUP_DECISION._name_]
    later = [
        (i, m)
        for i, (m, step) in enumerate(zip(sp.milestones, _steps(sp), strict=True))
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


# -- SP021–SP023: follow-up and the order of milestones ----------------------------------------


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
    steps = _steps(sp)
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
