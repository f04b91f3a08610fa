"""Network rules on expert groups and the management organisation (private)."""

from __future__ import annotations

from collections.abc import Iterator

from vardservice.networks import ExpertGroup, ManagementOrganisation, Network, StaffAssignment
from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.rules.networks._common import _governed_by_bs, _name
from vardservice.sources import cite


def _nw007_example() -> tuple[Network, str]:
    network = Network(name="Södra", expert_groups=[ExpertGroup(name="Måltider")])
    return network, "2024-12-31"


@register(
    "NW007",
    subject=Network,
    example=_nw007_example,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title=N_("Each expert group is anchored in the board"),
    source=cite("BS", "4.2"),
    quote="Expertgrupperna har sin förankring i styrelsen för Best Service.",
    paraphrase="Every expert group is anchored in the board, which gives it its assignments.",
)
def expert_groups_anchored(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report each expert group without a recorded anchor in the board."""
    for i, group in enumerate(network.expert_groups):
        if group.anchor is None:
            yield ctx.finding(
                f"$.expert_groups[{i}].anchor",
                ctx.gettext(
                    "The expert group {group} is not anchored in the board.", group=group.name
                ),
                evidence={"group": group.name},
            )


def _nw010_example() -> tuple[Network, str]:
    network = Network(
        name="Södra",
        organisation=ManagementOrganisation(
            assignments=[
                StaffAssignment(
                    person="Processledare",
                    region="Halland",
                    share="0.2",
                    starts_on="2024-01-01",
                    board_contact=True,
                    reimbursement="50 000 kr",
                    agreement="Överenskommelse 2024",
                )
            ]
        ),
    )
    return network, "2024-12-31"


@register(
    "NW010",
    subject=Network,
    example=_nw010_example,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title=N_("Assignments in the management organisation are time-limited and part-time"),
    source=cite("BS", "4.4"),
    quote="Dessa personer har ett tidsbestämt deltidsuppdrag från Best Service.",
    paraphrase=(
        "The people of the management and development organisation have time-limited "
        "part-time assignments: each assignment has an end date and a share below full time."
    ),
)
def assignments_time_limited(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report each assignment without an end date, or at full time."""
    if network.organisation is None:
        return
    for i, assignment in enumerate(network.organisation.assignments):
        path = f"$.organisation.assignments[{i}]"
        if assignment.ends_on is None:
            yield ctx.finding(
                f"{path}.ends_on",
                ctx.gettext(
                    "The assignment of {person} has no end date; the assignments are time-limited.",
                    person=assignment.person,
                ),
                evidence={"person": assignment.person},
            )
        if assignment.share >= 1:
            yield ctx.finding(
                f"{path}.share",
                ctx.gettext(
                    "The assignment of {person} is full-time; the assignments are part-time.",
                    person=assignment.person,
                ),
                evidence={"person": assignment.person, "share": str(assignment.share)},
            )


def _nw011_example() -> tuple[Network, str]:
    network = Network(
        name="Södra",
        organisation=ManagementOrganisation(
            assignments=[
                StaffAssignment(
                    person="Processledare",
                    region="Halland",
                    share="0.2",
                    starts_on="2024-01-01",
                    ends_on="2025-12-31",
                    reimbursement="50 000 kr",
                    agreement="Överenskommelse 2024",
                )
            ]
        ),
    )
    return network, "2024-12-31"


@register(
    "NW011",
    subject=Network,
    example=_nw011_example,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title=N_("One of the people is the board's contact person"),
    source=cite("BS", "4.4"),
    quote="En av dessa personer är styrelsens kontaktperson.",
    paraphrase=(
        "Exactly one person of the management and development organisation is the board's "
        "contact person."
    ),
)
def one_contact_person(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report an organisation with people but no contact person, or several."""
    organisation = network.organisation
    if organisation is None or not organisation.assignments:
        return
    contacts = organisation.contact_persons
    if len(contacts) != 1:
        yield ctx.finding(
            "$.organisation.assignments",
            ctx.gettext(
                "{count} people are marked as the board's contact person; one of them is.",
                count=len(contacts),
            ),
            evidence={"contact_persons": len(contacts)},
        )


def _nw012_example() -> tuple[Network, str]:
    network = Network(
        name="Södra",
        organisation=ManagementOrganisation(
            assignments=[
                StaffAssignment(
                    person="Processledare",
                    region="Halland",
                    share="0.2",
                    starts_on="2024-01-01",
                    ends_on="2025-12-31",
                    board_contact=True,
                )
            ]
        ),
    )
    return network, "2024-12-31"


@register(
    "NW012",
    subject=Network,
    example=_nw012_example,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title=N_("Contributing regions are reimbursed per agreement"),
    source=cite("BS", "4.4"),
    quote=(
        "De regioner som bistår med sina medarbetare till Förvaltnings- och "
        "utvecklingsorganisationen får ersättning från Best Service enligt överenskommelse."
    ),
    paraphrase=(
        "A region contributing staff is reimbursed per agreement: each assignment names the "
        "agreement and the reimbursement."
    ),
)
def reimbursed_per_agreement(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report each assignment without an agreement or a reimbursement."""
    if network.organisation is None:
        return
    for i, assignment in enumerate(network.organisation.assignments):
        if assignment.agreement is None or assignment.reimbursement is None:
            yield ctx.finding(
                f"$.organisation.assignments[{i}]",
                ctx.gettext(
                    "The assignment of {person} has no agreement on the reimbursement of {region}.",
                    person=assignment.person,
                    region=_name(assignment.region),
                ),
                evidence={"person": assignment.person, "region": assignment.region},
            )
