"""Subproject rules SP006–SP011: the contact person and the working group (private)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from vardservice.rules._core import Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import (
    _n,
)
from vardservice.sources import cite
from vardservice.subprojects import (
    MilestoneKind,
    Role,
    Subproject,
    has_reached,
    is_started,
)


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
    if sp.contact_person.strip() or not is_started(sp.milestones):
        return
    yield ctx.finding(
        "$.contact_person",
        sv="Kontaktperson på kansliet saknas; delprojektet ska ha en kontaktperson.",
        en="No contact person at the office; the subproject must have one.",
        evidence={"contact_persons": 0, "required": 1},
    )


def _group_formed(sp: Subproject) -> bool:
    return has_reached(sp.milestones, MilestoneKind.GROUP_APPOINTED)


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
        sv=f"Arbetsgruppen ({_n(n, 'ledamot', 'ledamöter')}) saknar ordförande; den bör ha en "
        "ordförande.",
        en=f"The working group ({_n(n, 'member', 'members')}) has no chair; it should have one.",
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
        sv="Arbetsgruppen har ingen patient- eller närståenderepresentant; i flertalet fall bör "
        "en sådan ingå.",
        en="The working group has no patient or relative representative; in most cases one "
        "should take part.",
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
