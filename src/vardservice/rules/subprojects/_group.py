"""Subproject rules SP006–SP011: the contact person and the working group (private)."""

from __future__ import annotations

from typing import Final

from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import _day, _group_reported, _iso
from vardservice.sources import cite
from vardservice.subprojects import (
    FollowUpPlan,
    GroupMember,
    Milestone,
    MilestoneKind,
    Role,
    Subproject,
    has_reached,
    is_started,
)
from vardservice.subprojects._words import milestone_kinds


def _sp006_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-06",
        title="Palliativ vård i hemmet",
        milestones=[Milestone(kind="start_decided", date="2024-03-01")],
    )
    return sp, "2024-06-01"


@register(
    "SP006",
    subject=Subproject,
    example=_sp006_example,
    severity=Severity.ERROR,
    title=N_("The subproject has a contact person at the office"),
    source=cite("SFBV", "4.5"),
    quote="Alla delprojekt ska ha en kontaktperson på Södra regionvårdsnämndens kansli.",
    paraphrase=(
        "Every subproject must have a contact person at the office of the Southern "
        "healthcare-region board. Judged once the start is decided, since the contact "
        "person's work begins with writing the assignment."
    ),
)
def sp006_contact(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Report an error when ``contact_person`` is blank once the start is decided.

    "Started" means a START_DECIDED milestone or any milestone of a later step: the
    contact person's role begins "i inledningsskedet för att ta fram uppdrag"
    (SFBV §4.5), after the decision to start.
    """
    found: list[Finding] = []
    if sp.contact_person.strip() or not is_started(sp.milestones):
        return found
    found.append(
        ctx.finding(
            "$.contact_person",
            ctx.gettext("No contact person at the office; the subproject must have one."),
            evidence={"contact_persons": 0, "required": 1},
        )
    )
    return found


def _group_formed(sp: Subproject) -> bool:
    return has_reached(sp.milestones, MilestoneKind.GROUP_APPOINTED)


def _sp007_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-07",
        title="Ätstörningsvård",
        working_group=[
            GroupMember(name="Bo Ek", profession="sjuksköterska"),
            GroupMember(name="Ida Wik", profession="psykolog"),
        ],
    )
    return sp, "2024-06-01"


@register(
    "SP007",
    subject=Subproject,
    example=_sp007_example,
    severity=Severity.WARNING,
    title=N_("The working group has a chair"),
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
def sp007_chair(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Warn when no member is chair, once the group has members or is appointed.

    The chair comes first (SFBV §4), so a group being formed without one is
    already worth a warning.
    """
    found: list[Finding] = []
    if not (sp.working_group or _group_formed(sp)):
        return found
    chair = Role.CHAIR
    if any(m.role is chair for m in sp.working_group):
        return found
    n = len(sp.working_group)
    found.append(
        ctx.finding(
            "$.working_group",
            ctx.ngettext(
                "The working group ({n} member) has no chair; it should have one.",
                "The working group ({n} members) has no chair; it should have one.",
                n,
            ),
            evidence={"chairs": 0, "members": n, "required": 1},
        )
    )
    return found


def _sp008_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-08",
        title="Sällsynta diagnoser",
        working_group=[
            GroupMember(name="Anna Berg", role="chair", profession="läkare"),
            GroupMember(name="Cai Holm", role="process_support", from_office=True),
        ],
    )
    return sp, "2024-06-01"


@register(
    "SP008",
    subject=Subproject,
    example=_sp008_example,
    severity=Severity.WARNING,
    title=N_("Process support comes from outside the office"),
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
def sp008_process_support(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """One warning per PROCESS_SUPPORT member with ``from_office`` set."""
    found: list[Finding] = []
    support = Role.PROCESS_SUPPORT
    for i, member in enumerate(sp.working_group):
        if member.role is support and member.from_office:
            found.append(
                ctx.finding(
                    f"$.working_group[{i}]",
                    ctx.gettext(
                        "The process support {name} comes from the office; process support "
                        "should come from outside it.",
                        name=member.name,
                    ),
                    evidence={"name": member.name, "from_office": True},
                )
            )
    return found


def _professions(sp: Subproject) -> set[str]:
    return {m.profession.strip().casefold() for m in sp.working_group if m.profession.strip()}


def _sp009_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-09",
        title="Höftfrakturvård",
        working_group=[
            GroupMember(name="Anna Berg", role="chair", profession="sjuksköterska"),
            GroupMember(name="Bo Ek", profession="sjuksköterska"),
        ],
        milestones=[Milestone(kind="group_appointed", date="2024-04-15")],
    )
    return sp, "2024-06-01"


@register(
    "SP009",
    subject=Subproject,
    example=_sp009_example,
    severity=Severity.WARNING,
    title=N_("The working group is cross-professional"),
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
def sp009_professions(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Warn when fewer than two distinct professions, once the group is appointed.

    Professions are compared case-insensitively; people without a stated
    profession (often the patient representative) do not count.
    """
    found: list[Finding] = []
    if not _group_formed(sp):
        return found
    count = len(_professions(sp))
    if count >= 2:
        return found
    found.append(
        ctx.finding(
            "$.working_group",
            ctx.ngettext(
                "{n} profession in the working group; it should be cross-professional "
                "(at least 2).",
                "{n} professions in the working group; it should be cross-professional "
                "(at least 2).",
                count,
            ),
            evidence={"professions": count, "minimum": 2},
        )
    )
    return found


_REPRESENTATIVES: Final = frozenset({Role.PATIENT_REPRESENTATIVE, Role.RELATIVE_REPRESENTATIVE})


def _sp010_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-10",
        title="Höftfrakturvård",
        working_group=[
            GroupMember(name="Anna Berg", role="chair", profession="ortoped"),
            GroupMember(name="Bo Ek", profession="sjuksköterska"),
        ],
        milestones=[Milestone(kind="group_appointed", date="2024-04-15")],
    )
    return sp, "2024-06-01"


@register(
    "SP010",
    subject=Subproject,
    example=_sp010_example,
    severity=Severity.INFO,
    title=N_("A patient or relative representative takes part"),
    source=cite("SFBV", "4.3"),
    quote="I flertalet fall bör det ingå patient- och/eller närståenderepresentant i gruppen.",
    paraphrase=(
        "In most cases the group should include a patient and/or relative representative. "
        "Since the source allows exceptions this is information, not a warning. Judged once "
        "the group is appointed."
    ),
)
def sp010_representative(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Information when no patient or relative representative, once the group is appointed."""
    found: list[Finding] = []
    if not _group_formed(sp) or any(m.role in _REPRESENTATIVES for m in sp.working_group):
        return found
    found.append(
        ctx.finding(
            "$.working_group",
            ctx.gettext(
                "The working group has no patient or relative representative; in most cases one "
                "should take part."
            ),
            evidence={"representatives": 0, "expected": 1},
        )
    )
    return found


def _sp011_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-11",
        title="Strokerehabilitering",
        follow_up_plan=FollowUpPlan(method="Registeruppföljning"),
        milestones=[Milestone(kind="group_appointed", date="2024-04-15")],
    )
    return sp, "2024-06-01"


@register(
    "SP011",
    subject=Subproject,
    example=_sp011_example,
    severity=Severity.ERROR,
    title=N_("The follow-up method and parameters are documented at the start"),
    source=cite("SFBV", "5"),
    quote=(
        "Redan vid starten ska arbetsgruppen diskutera och dokumentera kring vilket "
        "uppföljningssätt och vilka uppföljningsparametrar som kan vara relevanta."
    ),
    paraphrase=(
        "At its start the working group must document the follow-up method and the follow-up "
        "parameters. Judged once the group is appointed; one error per missing part. 'Redan "
        "vid starten' is read as: documented no later than the group's first milestone after "
        "the start decision, its first interim report or its final report (the library's "
        "reading); a plan dated after that is an error."
    ),
)
def sp011_follow_up_plan(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Once the group is appointed (GROUP_APPOINTED or later): method and parameters.

    A missing plan is one error at ``$.follow_up_plan``; otherwise one error per
    empty part. "Redan vid starten" is read (the library's reading) as: no later than
    the working group's first milestone after the start decision, which is its first
    report, interim or final (:func:`~vardservice.subprojects.first_group_report`; the
    assignment and the appointment are the management group's acts). A plan whose
    ``documented_on`` is after that date is one more error at
    ``$.follow_up_plan.documented_on``; the same day is in time. An undated plan is not
    judged on its date.
    """
    found: list[Finding] = []
    if not _group_formed(sp):
        return found
    plan = sp.follow_up_plan
    if plan is None:
        found.append(
            ctx.finding(
                "$.follow_up_plan",
                ctx.gettext(
                    "No follow-up plan (0 of 2 parts); at its start the working group must "
                    "document the follow-up method and parameters."
                ),
                evidence={"present": 0, "required": 2},
            )
        )
        return found
    if not plan.method.strip():
        found.append(
            ctx.finding(
                "$.follow_up_plan.method",
                ctx.gettext(
                    "The follow-up method is not documented; it must be documented at the start."
                ),
                evidence={"missing": "method"},
            )
        )
    report = _group_reported(sp)
    if plan.documented_on is not None and report is not None and plan.documented_on > report.date:
        found.append(
            ctx.finding(
                "$.follow_up_plan.documented_on",
                ctx.gettext(
                    "The follow-up plan was documented on {documented}, after the working group's "
                    "{report} ({date}); it must be documented at the start, no later than the "
                    "group's first report.",
                    documented=_day(plan.documented_on, ctx.lang),
                    report=milestone_kinds(ctx.lang)[report.kind],
                    date=_day(report.date, ctx.lang),
                ),
                evidence={
                    "documented_on": _iso(plan.documented_on),
                    "first_report": report.kind._value_,
                    "first_report_date": _iso(report.date),
                },
            )
        )
    count = sum(1 for p in plan.parameters if p.strip())
    if not count:
        found.append(
            ctx.finding(
                "$.follow_up_plan.parameters",
                ctx.gettext(
                    "0 follow-up parameters documented; at least 1 must be documented at the start."
                ),
                evidence={"parameters": 0, "minimum": 1},
            )
        )
    return found
