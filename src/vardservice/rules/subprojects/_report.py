"""Subproject rules SP012–SP016: current state, proposals, the final report (private)."""

from __future__ import annotations

from typing import Final

from vardservice._i18n import join_words
from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import (
    _has_final_report,
)
from vardservice.sources import cite
from vardservice.subprojects import (
    MAX_ACTION_PROPOSALS,
    ActionProposal,
    FinalReport,
    FollowUpProposal,
    ReportSection,
    Subproject,
)
from vardservice.subprojects._model import _distinct
from vardservice.subprojects._words import follow_up_parts, report_sections


def _sp012_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-12",
        title="Barnobesitas",
        participating_regions=["07", "10", "12", "13"],
        current_state_regions=["12", "13", "10"],
    )
    return sp, "2024-06-01"


@register(
    "SP012",
    subject=Subproject,
    example=_sp012_example,
    severity=Severity.WARNING,
    title=N_("The current state covers every participating region"),
    source=cite("SFBV", "5.2"),
    quote="Det är viktigt att alla deltagande regioner ingår i nulägesbeskrivningen.",
    paraphrase=(
        "The current-state description should cover every participating region. Judged once "
        "the description has begun (some region covered) or the final report exists."
    ),
)
def sp012_current_state(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """One warning naming the uncovered participating regions.

    Applies once the description has begun (some region covered) or the final report
    exists (it has a current-state section). A region is covered when
    ``current_state_regions`` lists it or the final report describes its current state
    (``final_report.current_state``).
    """
    # The codes of current_state_covered(), without its de-duplication (a region's hash
    # is every field's, in Python).
    found: list[Finding] = []
    covered = {r.code for r in sp.current_state_regions}
    if sp.final_report is not None:
        covered.update(r.code for r in sp.final_report.described_regions())
    if not (covered or _has_final_report(sp)):
        return found
    participating = _distinct(sp.participating_regions)
    missing = [r for r in participating if r.code not in covered]
    if not missing:
        return found
    total = len(participating)
    names = [r.short_name for r in missing]
    found.append(
        ctx.finding(
            "$.current_state_regions",
            ctx.gettext(
                "The current state covers {covered} of {total} participating regions "
                "(missing: {missing}); all should be included.",
                covered=total - len(missing),
                total=total,
                missing=join_words(names, ctx.lang),
            ),
            evidence={
                "covered": total - len(missing),
                "participating": total,
                "missing": tuple(r.code for r in missing),
            },
        )
    )
    return found


def _sp013_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-13",
        title="Endometrios",
        action_proposals=[ActionProposal(title=f"Förslag {n}") for n in range(1, 7)],
    )
    return sp, "2024-06-01"


@register(
    "SP013",
    subject=Subproject,
    example=_sp013_example,
    severity=Severity.WARNING,
    title=N_("At most five action proposals"),
    source=cite("SFBV", "5.4"),
    quote="Föredömligt är att ange maximalt fem åtgärdsförslag.",
    paraphrase=(
        "The working group should make at most five action proposals. One warning, at the "
        "sixth proposal, whenever there are more; always judged."
    ),
)
def sp013_at_most_five(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """One warning at ``$.action_proposals[5]`` (the sixth) when there are more than five."""
    found: list[Finding] = []
    count = len(sp.action_proposals)
    if count <= MAX_ACTION_PROPOSALS:
        return found
    found.append(
        ctx.finding(
            f"$.action_proposals[{MAX_ACTION_PROPOSALS}]",
            ctx.gettext(
                "{count} action proposals; at most {maximum} should be made.",
                count=count,
                maximum=MAX_ACTION_PROPOSALS,
            ),
            evidence={"proposals": count, "maximum": MAX_ACTION_PROPOSALS},
        )
    )
    return found


def _sp014_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-14",
        title="Ryggkirurgi",
        action_proposals=[ActionProposal(title="Utökad operationstid", needs_funding=True)],
    )
    return sp, "2024-06-01"


@register(
    "SP014",
    subject=Subproject,
    example=_sp014_example,
    severity=Severity.INFO,
    title=N_("Proposals that need funding come with a rough cost estimate"),
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
def sp014_cost_estimate(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Information for each proposal with ``needs_funding`` and no ``cost_estimate``."""
    found: list[Finding] = []
    for i, proposal in enumerate(sp.action_proposals):
        if proposal.needs_funding and proposal.cost_estimate is None:
            found.append(
                ctx.finding(
                    f"$.action_proposals[{i}]",
                    ctx.gettext(
                        "Proposal {number} ({title}) needs funding but has no rough cost "
                        "estimate; an estimate is an advantage.",
                        number=i + 1,
                        title=proposal.title,
                    ),
                    evidence={"proposal": i + 1, "needs_funding": True, "cost_estimate": False},
                )
            )
    return found


def _sp015_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-15",
        title="Hörselvård för barn",
        final_report=FinalReport(sections=["assignment", "current_state", "analysis", "proposals"]),
    )
    return sp, "2024-06-01"


@register(
    "SP015",
    subject=Subproject,
    example=_sp015_example,
    severity=Severity.ERROR,
    title=N_("The final report has the template's sections"),
    source=cite("SFBV", "5.4.1"),
    quote=(
        "Mallen har förbestämd indelning (uppdrag, gruppsammansättning, nuläge, analys, förslag)."
    ),
    paraphrase=(
        "The final report follows the template's fixed sections: assignment, group "
        "composition, current state, analysis, proposals. Judged once there is a final report "
        "or a final-report milestone; one error per missing section. A section counts as "
        "present when the report declares it or its content is recorded."
    ),
)
def sp015_sections(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Once a final report exists (the object, or a FINAL_REPORT or later milestone).

    One error per missing section, at ``$.final_report.sections``, or at
    ``$.final_report`` when the milestone says it was written but the report is
    not recorded (then all five count as missing). A section is present when the
    report declares it in ``sections`` or its content is recorded: the assignment,
    the working group, the report's current state and analysis, the action
    proposals (:meth:`~vardservice.subprojects.Subproject.missing_report_sections`).
    """
    found: list[Finding] = []
    if not _has_final_report(sp):
        return found
    report = sp.final_report
    missing = sp.missing_report_sections()
    path = "$.final_report.sections" if report else "$.final_report"
    present = _SECTION_COUNT - len(missing)
    for section in missing:
        found.append(
            ctx.finding(
                path,
                ctx.gettext(
                    "The final report has no {section} section ({present} of 5 present); all of "
                    "the template's sections are required.",
                    section=report_sections(ctx.lang)[section],
                    present=present,
                ),
                evidence={"missing": section._value_, "present": present, "required": 5},
            )
        )
    return found


_FOLLOW_UP_PARTS: Final = ("how", "when", "by_whom", "parameters")
_SECTION_COUNT: Final = len(ReportSection)


def _sp016_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-16",
        title="Palliativ vård i hemmet",
        final_report=FinalReport(
            follow_up=FollowUpProposal(
                how="Registerdata",
                when="hösten 2025",
                parameters=["väntetid"],
            )
        ),
    )
    return sp, "2024-06-01"


@register(
    "SP016",
    subject=Subproject,
    example=_sp016_example,
    severity=Severity.ERROR,
    title=N_("The final report proposes how, when and by whom to follow up"),
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
def sp016_follow_up_proposal(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Once a final report exists: one error per empty part of its follow-up proposal.

    A missing report or proposal is one error at ``$.final_report`` or
    ``$.final_report.follow_up``.
    """
    found: list[Finding] = []
    if not _has_final_report(sp):
        return found
    proposal = sp.final_report.follow_up if sp.final_report else None
    if proposal is None:
        path = "$.final_report.follow_up" if sp.final_report else "$.final_report"
        found.append(
            ctx.finding(
                path,
                ctx.gettext(
                    "The final report has no follow-up proposal (0 of 4 parts); it must say how, "
                    "when and by whom follow-up is done, and the follow-up parameters."
                ),
                evidence={"present": 0, "required": 4},
            )
        )
        return found
    missing = [
        field
        for field in _FOLLOW_UP_PARTS
        if not (
            any(p.strip() for p in proposal.parameters)
            if field == "parameters"
            else getattr(proposal, field).strip()
        )
    ]
    for field in missing:
        found.append(
            ctx.finding(
                f"$.final_report.follow_up.{field}",
                ctx.gettext(
                    "The follow-up proposal does not say {part} ({present} of 4 parts); it must "
                    "give how, when, by whom and the parameters.",
                    part=follow_up_parts(ctx.lang)[field],
                    present=4 - len(missing),
                ),
                evidence={"missing": field, "present": 4 - len(missing), "required": 4},
            )
        )
    return found
