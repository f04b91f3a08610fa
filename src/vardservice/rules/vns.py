"""Rules for vårdnära service agreements (RGS-VNS).

RGS-VNS, after weekend duty and final cleaning were left unclear: "det är
viktigt att dokumentera samtliga överenskommelser" (document every agreement).

Example:
    >>> from vardservice.rules import check
    >>> from vardservice.vns import ScopeItem, ServiceAgreement
    >>> agreement = ServiceAgreement(
    ...     name="VNS", forecast_cost="23,4 mnkr", compensation="11,0 mnkr",
    ...     scope=[ScopeItem(name="helgtjänstgöring"),
    ...            ScopeItem(name="slutstädning", documented=True)],
    ... )
    >>> [f"{f.code} {f.path}" for f in check(agreement, as_of="2024-01-01").findings]
    ['VNS001 $.scope[0]']

"""

from __future__ import annotations

from collections.abc import Iterator

from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.sources import cite
from vardservice.vns import ScopeItem, ServiceAgreement

__all__: list[str] = []


def _vns001_example() -> tuple[ServiceAgreement, str]:
    agreement = ServiceAgreement(
        name="Vårdnära service",
        forecast_cost="23,4 mnkr",
        compensation="11,0 mnkr",
        scope=[
            ScopeItem(name="helgtjänstgöring"),
            ScopeItem(name="slutstädning", documented=True),
        ],
    )
    return agreement, "2018-06-30"


@register(
    "VNS001",
    subject=ServiceAgreement,
    example=_vns001_example,
    severity=Severity.WARNING,
    title=N_("Every agreement on the assignment's scope is written down"),
    source=cite("RGS-VNS", "Varför ökar kostnaderna?"),
    quote=(
        "En viktig lärdom från införandeprocessen är att det är viktigt att dokumentera "
        "samtliga överenskommelser som träffats under processen."
    ),
    paraphrase=(
        "Every item of a service agreement's scope (e.g. weekend duty, final cleaning) "
        "should be documented, so that the assignment and its cost are not left unclear."
    ),
)
def scope_documented(agreement: ServiceAgreement, ctx: RuleContext) -> Iterator[Finding]:
    """Each undocumented scope item is a finding at its place in ``scope``."""
    for i, item in enumerate(agreement.scope):
        if not item.documented:
            yield ctx.finding(
                f"$.scope[{i}]",
                ctx.gettext(
                    "The agreement on {item} is not documented; every agreement should be "
                    "written down.",
                    item=item.name,
                ),
                evidence={"item": item.name},
            )
