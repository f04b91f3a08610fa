"""Subproject rules SP001–SP005: subject, start decision, proposal, assignment (private)."""

from __future__ import annotations

from typing import Final

from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import (
    _SFBV_511,
    MIN_REGIONS,
    _day,
    _earliest,
    _indexed,
)
from vardservice.sources import cite
from vardservice.subprojects import (
    Assignment,
    Milestone,
    MilestoneKind,
    Proposal,
    Subproject,
    has_reached,
)
from vardservice.subprojects._process import milestone_steps
from vardservice.subprojects._words import assignment_parts, milestone_kinds, proposal_parts


def _sp001_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-01",
        title="Strokerehabilitering",
        participating_regions=["12", "13"],
    )
    return sp, "2024-06-01"


@register(
    "SP001",
    subject=Subproject,
    example=_sp001_example,
    severity=Severity.ERROR,
    also=[Severity.WARNING],
    title=N_("The subject concerns all regions, or at least three"),
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
def sp001_regions(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Count the distinct participating regions that belong to the healthcare region.

    Applies when regions are listed, and once the proposal is prepared (a PREPARED
    milestone or a later step) even when none are: the proposal must say whom it
    concerns. Below three (or below all, for a healthcare region of fewer than
    three) is an error; three or more but fewer than all, with no
    ``reason_for_fewer``, is a warning.
    """
    found: list[Finding] = []
    if not sp.participating_regions and not has_reached(sp.milestones, MilestoneKind.PREPARED):
        return found
    members = set(sp.healthcare_region.members)
    count = len({r.code for r in sp.participating_regions if r.code in members})
    total = len(members)
    required = min(MIN_REGIONS, total)
    evidence = {"participating": count, "minimum": required, "all": total}
    if count < required:
        found.append(
            ctx.finding(
                "$.participating_regions",
                ctx.ngettext(
                    "{n} participating region; at least {required} are required.",
                    "{n} participating regions; at least {required} are required.",
                    count,
                    required=required,
                ),
                evidence=evidence,
            )
        )
    elif count < total and not sp.reason_for_fewer.strip():
        found.append(
            ctx.finding(
                "$.reason_for_fewer",
                ctx.gettext(
                    "{count} of {total} regions take part with no stated reason; "
                    "a reason should be given when not all regions take part.",
                    count=count,
                    total=total,
                ),
                severity=Severity.WARNING,
                evidence=evidence,
            )
        )
    # A listed region outside the healthcare region does not count: say so, by name.
    for i, region in enumerate(sp.participating_regions):
        if region.code not in members:
            found.append(
                ctx.finding(
                    f"$.participating_regions[{i}]",
                    ctx.gettext(
                        "{region} is not in {healthcare_region} and is not counted "
                        "among the participating regions.",
                        region=region.name,
                        healthcare_region=sp.healthcare_region.name,
                    ),
                    severity=Severity.WARNING,
                    evidence={"region": region.code, "healthcare_region": sp.healthcare_region.key},
                )
            )
    return found


def _sp002_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-02",
        title="Barnobesitas",
        milestones=[
            Milestone(kind="proposal_raised", date="2024-01-10"),
            Milestone(kind="assignment_issued", date="2024-03-01"),
        ],
    )
    return sp, "2024-06-01"


@register(
    "SP002",
    subject=Subproject,
    example=_sp002_example,
    severity=Severity.ERROR,
    title=N_("The management group sanctioned the subproject"),
    source=cite("SFBV", "5.1.1"),
    quote=_SFBV_511,
    paraphrase=(
        "A subproject is always sanctioned by the management group: no milestone after the "
        "start decision (assignment, working group, reports, decisions) may exist without a "
        "recorded start decision."
    ),
)
def sp002_sanctioned(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """One error at the earliest milestone past the start step when no START_DECIDED exists.

    A rejection or a deferral is not a sanction. Whether the start decision is
    dated before the later milestones is rule SP023's question.
    """
    found: list[Finding] = []
    start = MilestoneKind.START_DECIDED
    if _indexed(sp, start):
        return found
    start_step = start.step
    later = [
        (i, m)
        for i, (m, step) in enumerate(
            zip(sp.milestones, milestone_steps(sp.milestones), strict=True)
        )
        if step > start_step
    ]
    if not later:
        return found
    i, first = _earliest(later)
    found.append(
        ctx.finding(
            f"$.milestones[{i}]",
            ctx.ngettext(
                "{n} milestone after the start ({kind} {date} first) without the management "
                "group's start decision; a subproject must always be sanctioned by the "
                "management group.",
                "{n} milestones after the start ({kind} {date} first) without the management "
                "group's start decision; a subproject must always be sanctioned by the "
                "management group.",
                len(later),
                kind=milestone_kinds(ctx.lang)[first.kind],
                date=_day(first.date, ctx.lang),
            ),
            evidence={"milestones_after_start": len(later), "first": first.kind._value_},
        )
    )
    return found


def _sp003_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-03",
        title="Endometrios",
        focus_areas=[],
        milestones=[Milestone(kind="prepared", date="2024-02-01")],
    )
    return sp, "2024-06-01"


@register(
    "SP003",
    subject=Subproject,
    example=_sp003_example,
    severity=Severity.WARNING,
    title=N_("The subject addresses one of the focus areas"),
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
def sp003_focus(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Warn when ``focus_areas`` is empty, once the proposal is prepared (or later)."""
    found: list[Finding] = []
    if sp.focus_areas or not has_reached(sp.milestones, MilestoneKind.PREPARED):
        return found
    found.append(
        ctx.finding(
            "$.focus_areas",
            ctx.gettext(
                "No focus area given; the subject should address equality, accessibility, "
                "competence supply, economy or holistic solutions."
            ),
            evidence={"focus_areas": 0, "minimum": 1},
        )
    )
    return found


_PROPOSAL_PARTS: Final = ("purpose", "goal", "expected_outcome")


def _sp004_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-04",
        title="Hörselvård för barn",
        proposal=Proposal(
            purpose="Jämlik hörselvård.", goal="", expected_outcome="Kortare väntetider."
        ),
        milestones=[Milestone(kind="prepared", date="2024-02-01")],
    )
    return sp, "2024-06-01"


@register(
    "SP004",
    subject=Subproject,
    example=_sp004_example,
    severity=Severity.WARNING,
    title=N_("The proposal states purpose, goal and expected outcome"),
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
def sp004_proposal(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Once prepared (a PREPARED milestone or later): one warning per empty part.

    A missing proposal is one warning at ``$.proposal`` naming all three parts.
    """
    found: list[Finding] = []
    if not has_reached(sp.milestones, MilestoneKind.PREPARED):
        return found
    if sp.proposal is None:
        found.append(
            ctx.finding(
                "$.proposal",
                ctx.gettext(
                    "The proposal is missing (0 of 3 parts); purpose, goal and expected outcome "
                    "should be clear."
                ),
                evidence={"present": 0, "required": 3},
            )
        )
        return found
    for field in _PROPOSAL_PARTS:
        if not getattr(sp.proposal, field).strip():
            found.append(
                ctx.finding(
                    f"$.proposal.{field}",
                    ctx.gettext(
                        "The proposal has no {part}; purpose, goal and expected outcome should be "
                        "clear.",
                        part=proposal_parts(ctx.lang)[field],
                    ),
                    evidence={"missing": field},
                )
            )
    return found


def _sp005_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-05",
        title="Ryggkirurgi",
        assignment=Assignment(
            background="Väntetiderna skiljer sig.",
            purpose_and_question="Hur kortas de?",
            assignment_points=["Beskriv nuläget"],
            delimitations="Endast vuxna.",
            group_composition="Ortoped, sjuksköterska, fysioterapeut.",
        ),
    )
    return sp, "2024-06-01"


@register(
    "SP005",
    subject=Subproject,
    example=_sp005_example,
    severity=Severity.WARNING,
    title=N_("The assignment covers the template's six parts"),
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
def sp005_assignment(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Once the assignment exists or an ASSIGNMENT_ISSUED (or later) milestone does.

    One warning per empty part at ``$.assignment.<part>``; a missing assignment
    is one warning at ``$.assignment``.
    """
    found: list[Finding] = []
    if sp.assignment is None:
        if has_reached(sp.milestones, MilestoneKind.ASSIGNMENT_ISSUED):
            found.append(
                ctx.finding(
                    "$.assignment",
                    ctx.gettext(
                        "The assignment is missing (0 of 6 parts); it should cover background, "
                        "purpose and question, assignment points, delimitations, the working "
                        "group's composition and a timeline."
                    ),
                    evidence={"present": 0, "required": 6},
                )
            )
        return found
    missing = sp.assignment.missing_parts()
    for part in missing:
        found.append(
            ctx.finding(
                f"$.assignment.{part}",
                ctx.gettext(
                    "The assignment has no {part} ({present} of 6 parts present); it should "
                    "cover all six.",
                    part=assignment_parts(ctx.lang)[part],
                    present=6 - len(missing),
                ),
                evidence={"missing": part, "present": 6 - len(missing), "required": 6},
            )
        )
    return found
