"""Subproject rule SP026: the communicator is brought in early (private)."""

from __future__ import annotations

from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.rules.subprojects._common import _day, _group_reported, _iso
from vardservice.sources import cite
from vardservice.subprojects import Communication, Milestone, Subproject
from vardservice.subprojects._words import milestone_kinds


def _sp026_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-26",
        title="Barnobesitas",
        communication=Communication(communicator="Lisa Nord", involved_on="2025-02-14"),
        milestones=[
            Milestone(kind="group_appointed", date="2024-04-15"),
            Milestone(kind="final_report", date="2025-01-31"),
        ],
    )
    return sp, "2025-03-01"


@register(
    "SP026",
    subject=Subproject,
    example=_sp026_example,
    severity=Severity.WARNING,
    title=N_("The communicator is brought in early for a communication plan"),
    source=cite("SFBV", "6.6"),
    quote=(
        "Södra sjukvårdsregionens kommunikatör bör involveras i tidigt skede för stöd med att "
        "ta fram en kommunikationsplan."
    ),
    paraphrase=(
        "The healthcare region's communicator should be involved early, to help draw up a "
        "communication plan. 'I tidigt skede' is read, like SP011's 'vid starten', as no later "
        "than the working group's first report, interim or final (the library's reading). "
        "Judged once the group has reported: a warning when no communicator is recorded, or "
        "when the communicator was brought in after that report."
    ),
)
def sp026_communicator(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Once the working group's first report exists: a communicator, involved by then.

    No ``communication`` or a blank ``communicator`` is one warning at
    ``$.communication``; an ``involved_on`` after the group's first report
    (:func:`~vardservice.subprojects.first_group_report`) is one at
    ``$.communication.involved_on``; the same day is in time, an undated involvement
    is not judged on its date.
    """
    found: list[Finding] = []
    report = _group_reported(sp)
    if report is None:
        return found
    kinds = milestone_kinds(ctx.lang)
    communication = sp.communication
    if communication is None or not communication.communicator.strip():
        found.append(
            ctx.finding(
                "$.communication",
                ctx.gettext(
                    "No communicator is recorded, and the working group has delivered its {report} "
                    "({date}); the communicator should be involved early, "
                    "for a communication plan.",
                    report=kinds[report.kind],
                    date=_day(report.date, ctx.lang),
                ),
                evidence={"communicators": 0, "first_report_date": _iso(report.date)},
            )
        )
        return found
    involved = communication.involved_on
    if involved is not None and involved > report.date:
        found.append(
            ctx.finding(
                "$.communication.involved_on",
                ctx.gettext(
                    "The communicator was brought in on {involved}, after the working group's "
                    "{report} ({date}); the communicator should be involved early.",
                    involved=_day(involved, ctx.lang),
                    report=kinds[report.kind],
                    date=_day(report.date, ctx.lang),
                ),
                evidence={"involved_on": _iso(involved), "first_report_date": _iso(report.date)},
            )
        )
    return found
