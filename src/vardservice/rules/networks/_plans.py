"""Network rules on fees, budget, plans, planning documents and meetings (private)."""

from __future__ import annotations

from collections.abc import Iterator

from vardservice.errors import InvalidValue, NoPopulationForYear, NoScheduleForYear
from vardservice.fees import FeeSchedule, FeeScheduleHistory, annual_fee
from vardservice.networks import (
    BudgetLine,
    DocumentKind,
    GoverningDocument,
    Membership,
    Network,
    OperationsPlan,
    PlanActivity,
    network_budget,
)
from vardservice.planning import AnnualWheel, MeetingRule
from vardservice.regions import shipped_populations
from vardservice.rules._core import Finding, RuleContext, Severity, register
from vardservice.rules.networks._common import _governed_by_bs, _name
from vardservice.sources import cite
from vardservice.units import format_money


def _nw004_example() -> tuple[Network, str]:
    network = Network(
        name="Södra",
        members=[Membership(region="Kronoberg", granted_on="2018-01-01")],
    )
    return network, "2024-12-31"


@register(
    "NW004",
    subject=Network,
    example=_nw004_example,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title_sv="Varje medlem har en avgiftsnivå och en avgift för året",
    title_en="Every member has a fee tier and a fee for the year",
    source=cite("BS", "5.1"),
    quote=(
        "Avgiften differentieras enligt den modell som används för Fastighetsrådets nätverk "
        "SKR) och innebär en avgift på tre olika nivåer beroende på regionens storlek."
    ),
    paraphrase=(
        "Members pay an annual fee (BS §4.1) on one of three tiers by population: so for the "
        "year checked there must be a fee schedule in force and a population figure (31 "
        "December of the year before) for every member."
    ),
    needs_as_of=True,
)
def every_member_has_a_fee(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """No schedule for the year is one finding; a member without a population figure is one each."""
    year = ctx.as_of.year
    regions = [
        (i, m) for i, m in enumerate(network.members) if m.overlaps_year(year) and m.is_region
    ]
    if not regions:
        return
    if network.fee_schedules is None:
        yield ctx.finding(
            "$.fee_schedules",
            sv=f"Nätverket har inget avgiftsschema; medlemmarna ska betala en avgift för {year}.",
            en=f"The network has no fee schedule; the members are to pay a fee for {year}.",
            evidence={"year": year},
        )
        return
    try:
        network.fee_schedules.for_year(year)
    except NoScheduleForYear as exc:
        starts = ", ".join(map(str, exc.valid_from))
        yield ctx.finding(
            "$.fee_schedules",
            sv=f"Inget avgiftsschema gäller för {year} (scheman gäller från {starts}).",
            en=f"No fee schedule is in force for {year} (schedules are valid from {starts}).",
            evidence={"year": year},
        )
        return
    table = (
        None
        if network.populations is None
        else shipped_populations().updated(network.populations.figures)
    )
    for i, membership in regions:
        try:
            annual_fee(membership.region, year, schedule=network.fee_schedules, populations=table)
        except NoPopulationForYear as exc:
            who = _name(membership.region)
            yield ctx.finding(
                f"$.members[{i}]",
                sv=f"{who} saknar folkmängd den 31 december {exc.year}; "
                f"avgiftsnivån för {year} kan inte fastställas.",
                en=f"{who} has no population figure for 31 December {exc.year}; "
                f"its fee tier for {year} cannot be set.",
                evidence={"member": membership.region, "population_year": exc.year},
            )


def _nw005_example() -> tuple[Network, str]:
    network = Network(
        name="Södra",
        members=[Membership(region="Kronoberg", granted_on="2018-01-01")],
        fee_schedules=FeeScheduleHistory(
            schedules=[FeeSchedule.of(2024, {1: 40_000, 2: 80_000, 3: 120_000}, illustrative=True)]
        ),
        plans=[
            OperationsPlan(
                year=2024,
                activities=[PlanActivity(title="Medlemsmöte")],
                costs=[BudgetLine(kind="network_meetings", description="Möten", amount="1 mnkr")],
            )
        ],
    )
    return network, "2024-12-31"


@register(
    "NW005",
    subject=Network,
    example=_nw005_example,
    applies=_governed_by_bs,
    severity=Severity.WARNING,
    title_sv="Budgeten täcker de planerade kostnaderna",
    title_en="The budget covers the planned costs",
    source=cite("BS", "5.2"),
    quote=(
        "För varje år läggs en budget fast som visar planerade kostnader för nätverksmöten, "
        "utvecklingsprojekt mm. Budgeten grundar sig i de medlemsavgifter som betalas för året."
    ),
    paraphrase=(
        "The year's budget rests on the fees paid for the year: the fees and other income "
        "should cover the planned costs (network meetings, development projects, "
        "reimbursements)."
    ),
    needs_as_of=True,
)
def budget_covers_costs(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report a negative balance for the year at the year's plan."""
    year = ctx.as_of.year
    plan = network.plan_for(year)
    if plan is None:
        return  # NW006 reports the missing plan
    try:
        result = network_budget(network, year)
    except (InvalidValue, NoScheduleForYear, NoPopulationForYear):
        return  # NW001 and NW004 report why the fees cannot be computed
    if result.covers_costs:
        return
    index = network.plans.index(plan)
    lang = ctx.lang
    income = format_money(result.income, lang=lang)
    costs = format_money(result.cost_total, lang=lang)
    deficit = format_money(-result.balance, lang=lang)
    yield ctx.finding(
        f"$.plans[{index}]",
        sv=f"Intäkterna för {year} ({income}) täcker inte de planerade kostnaderna ({costs}); "
        f"underskott {deficit}.",
        en=f"The income for {year} ({income}) does not cover the planned costs ({costs}); "
        f"deficit {deficit}.",
        evidence={
            "income": str(result.income),
            "costs": str(result.cost_total),
            "balance": str(result.balance),
        },
    )


def _nw006_example() -> tuple[Network, str]:
    network = Network(
        name="Södra",
        members=[Membership(region="Kronoberg", granted_on="2018-01-01")],
        plans=[OperationsPlan(year=2024, activities=[PlanActivity(title="Medlemsmöte")])],
    )
    return network, "2024-12-31"


@register(
    "NW006",
    subject=Network,
    example=_nw006_example,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title_sv="Årets verksamhetsplan har aktivitetsplan och budget",
    title_en="The year's operations plan has an activity plan and a budget",
    source=cite("BS", "6"),
    quote="Varje år tas en verksamhetsplan med tillhörande aktivitetsplan och budget fram.",
    paraphrase=(
        "Every year an operations plan is drawn up, with its activity plan and its budget."
    ),
    needs_as_of=True,
)
def plan_for_the_year(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """No plan for the year, or a plan without activities or costs, is a finding."""
    year = ctx.as_of.year
    plan = network.plan_for(year)
    if plan is None:
        yield ctx.finding(
            "$.plans",
            sv=f"Verksamhetsplan för {year} saknas; varje år tas en verksamhetsplan fram.",
            en=f"There is no operations plan for {year}; one is drawn up every year.",
            evidence={"year": year},
        )
        return
    index = network.plans.index(plan)
    if not plan.activities:
        yield ctx.finding(
            f"$.plans[{index}].activities",
            sv=f"Verksamhetsplanen för {year} saknar aktivitetsplan.",
            en=f"The operations plan for {year} has no activity plan.",
            evidence={"year": year},
        )
    if not plan.has_budget:
        yield ctx.finding(
            f"$.plans[{index}].costs",
            sv=f"Verksamhetsplanen för {year} saknar budget (inga planerade kostnader).",
            en=f"The operations plan for {year} has no budget (no planned costs).",
            evidence={"year": year},
        )


_PLANNING_DOCUMENTS = (
    (DocumentKind.STATUTES, "Stadgar", "statutes"),
    (DocumentKind.OPERATIONS_PLAN, "Verksamhetsplan", "operations plan"),
    (DocumentKind.ANNUAL_WHEEL, "Årshjul", "annual wheel"),
    (DocumentKind.COMMUNICATION_STRATEGY, "Kommunikationsstrategi", "communication strategy"),
)


def _nw009_example() -> tuple[Network, str]:
    network = Network(
        name="Södra",
        documents=[
            GoverningDocument(kind="statutes", title="Stadgar"),
            GoverningDocument(kind="operations_plan", title="Verksamhetsplan 2024"),
        ],
    )
    return network, "2024-12-31"


@register(
    "NW009",
    subject=Network,
    example=_nw009_example,
    applies=_governed_by_bs,
    severity=Severity.WARNING,
    title_sv="Planeringen grundas på stadgar, verksamhetsplan, årshjul och kommunikationsstrategi",
    title_en="Planning rests on statutes, operations plan, annual wheel, communication strategy",
    source=cite("BS", "6"),
    quote=(
        "Som grund för planering finns följande dokument: Stadgar, Verksamhetsplan, Årshjul, "
        "Kommunikationsstrategi"
    ),
    paraphrase=(
        "The planning rests on four governing documents; a network should have each of them."
    ),
)
def planning_documents(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Each of the four kinds of planning document that is missing is a finding."""
    kinds = {d.kind for d in network.documents}
    for kind, sv, en in _PLANNING_DOCUMENTS:
        if kind not in kinds:
            yield ctx.finding(
                "$.documents",
                sv=f"Styrdokument saknas: {sv}.",
                en=f"Governing document missing: {en}.",
                evidence={"kind": kind.value},
            )


def _nw013_example() -> tuple[Network, str]:
    network = Network(
        name="Servicenätverket",
        meetings_per_year=4,
        annual_wheel=AnnualWheel(name="Årshjul 2024", meetings=MeetingRule(count=2)),
    )
    return network, "2024-12-31"


@register(
    "NW013",
    subject=Network,
    example=_nw013_example,
    severity=Severity.WARNING,
    title_sv="Årshjulets möten stämmer med hur ofta nätverket samlas",
    title_en="The annual wheel's meetings match how often the network meets",
    source=cite("NSN", "Hur når vi målen för servicenätverket"),
    quote=(
        "Servicenätverket samlas fyra gånger per år med syfte att följa upp målbilderna för "
        "servicenätverket och de långsiktiga målen för service i hela Sverige."
    ),
    paraphrase=(
        "A network that states how many times a year it meets plans that many meetings: "
        "the meeting rule of its annual wheel gives the same number, so the published "
        "calendar (årshjul, .ics) says what the network has decided."
    ),
)
def wheel_meets_as_stated(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report an annual wheel whose meeting rule disagrees with ``meetings_per_year``.

    Applies when the network states ``meetings_per_year`` and has an annual wheel.
    """
    stated = network.meetings_per_year
    wheel = network.annual_wheel
    if stated is None or wheel is None:
        return
    planned = 0 if wheel.meetings is None else wheel.meetings.count
    if planned != stated:
        yield ctx.finding(
            "$.annual_wheel.meetings",
            sv=f"Årshjulet planerar {planned} möten per år; nätverket samlas {stated} "
            "gånger per år.",
            en=f"The annual wheel plans {planned} meetings a year; the network meets "
            f"{stated} times a year.",
            evidence={"planned": planned, "stated": stated},
        )
