"""Network rules on fees, budget, plans, planning documents and meetings (private)."""

from __future__ import annotations

from collections.abc import Iterator

from vardservice._i18n import join_words
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
from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.rules.networks._common import _governed_by_bs, _is_nsn, _name
from vardservice.rules.networks._national import NSN_MEETINGS_PER_YEAR
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
    title=N_("Every member has a fee tier and a fee for the year"),
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
            ctx.gettext(
                "The network has no fee schedule; the members are to pay a fee for {year}.",
                year=year,
            ),
            evidence={"year": year},
        )
        return
    try:
        network.fee_schedules.for_year(year)
    except NoScheduleForYear as exc:
        starts = join_words(map(str, exc.valid_from), ctx.lang)
        yield ctx.finding(
            "$.fee_schedules",
            ctx.gettext(
                "No fee schedule is in force for {year} (schedules are valid from {starts}).",
                year=year,
                starts=starts,
            ),
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
                ctx.gettext(
                    "{member} has no population figure for 31 December {population_year}; its "
                    "fee tier for {year} cannot be set.",
                    member=who,
                    population_year=exc.year,
                    year=year,
                ),
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
    severity=Severity.ERROR,
    title=N_("The budget covers the planned costs"),
    source=cite("BS", "5.2"),
    quote=(
        "För varje år läggs en budget fast som visar planerade kostnader för nätverksmöten, "
        "utvecklingsprojekt mm. Budgeten grundar sig i de medlemsavgifter som betalas för året."
    ),
    paraphrase=(
        "The year's budget rests on the fees paid for the year: the fees and other income "
        "cover the planned costs (network meetings, development projects, reimbursements)."
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
        ctx.gettext(
            "The income for {year} ({income}) does not cover the planned costs ({costs}); "
            "deficit {deficit}.",
            year=year,
            income=income,
            costs=costs,
            deficit=deficit,
        ),
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
    title=N_("The year's operations plan has an activity plan and a budget"),
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
            ctx.gettext(
                "There is no operations plan for {year}; one is drawn up every year.", year=year
            ),
            evidence={"year": year},
        )
        return
    index = network.plans.index(plan)
    if not plan.activities:
        yield ctx.finding(
            f"$.plans[{index}].activities",
            ctx.gettext("The operations plan for {year} has no activity plan.", year=year),
            evidence={"year": year},
        )
    if not plan.has_budget:
        yield ctx.finding(
            f"$.plans[{index}].costs",
            ctx.gettext(
                "The operations plan for {year} has no budget (no planned costs).", year=year
            ),
            evidence={"year": year},
        )


_PLANNING_DOCUMENTS = (
    DocumentKind.STATUTES,
    DocumentKind.OPERATIONS_PLAN,
    DocumentKind.ANNUAL_WHEEL,
    DocumentKind.COMMUNICATION_STRATEGY,
)


def _missing_document(ctx: RuleContext, kind: DocumentKind) -> str:
    """Return the message for a missing planning document, one sentence per kind."""
    if kind is DocumentKind.STATUTES:
        return ctx.gettext("Governing document missing: statutes.")
    if kind is DocumentKind.OPERATIONS_PLAN:
        return ctx.gettext("Governing document missing: operations plan.")
    if kind is DocumentKind.ANNUAL_WHEEL:
        return ctx.gettext("Governing document missing: annual wheel.")
    return ctx.gettext("Governing document missing: communication strategy.")


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
    severity=Severity.ERROR,
    title=N_("Planning rests on statutes, operations plan, annual wheel, communication strategy"),
    source=cite("BS", "6"),
    quote="Som grund för planering finns följande dokument:",
    paraphrase=(
        "The planning rests on four governing documents, which the source lists after this "
        "sentence: statutes (Stadgar), operations plan (Verksamhetsplan), annual wheel "
        "(Årshjul) and communication strategy (Kommunikationsstrategi); the network has each."
    ),
)
def planning_documents(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Each of the four kinds of planning document that is missing is a finding."""
    kinds = {d.kind for d in network.documents}
    for kind in _PLANNING_DOCUMENTS:
        if kind not in kinds:
            yield ctx.finding(
                "$.documents",
                _missing_document(ctx, kind),
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
    severity=Severity.ERROR,
    title=N_("The annual wheel's meetings match how often the network meets"),
    source=cite("NSN", "Hur når vi målen för servicenätverket"),
    quote=(
        "Servicenätverket samlas fyra gånger per år med syfte att följa upp målbilderna för "
        "servicenätverket och de långsiktiga målen för service i hela Sverige."
    ),
    paraphrase=(
        "A network that states how many times a year it meets plans that many meetings: "
        "the meeting rule of its annual wheel gives the same number, so the published "
        "calendar (årshjul, .ics) says what the network has decided. A network whose "
        "document cites NSN meets four times a year, as NSN states, whether or not the "
        "document gives the count."
    ),
)
def wheel_meets_as_stated(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report an annual wheel whose meeting rule disagrees with how often the network meets.

    Applies when the network has an annual wheel and states ``meetings_per_year``, or
    cites NSN, whose four meetings a year count even when the document gives no number
    (:class:`~vardservice.networks.NationalNetwork` has its own rule, NSN001).
    """
    stated = NSN_MEETINGS_PER_YEAR if _is_nsn(network) else network.meetings_per_year
    wheel = network.annual_wheel
    if stated is None or wheel is None:
        return
    planned = 0 if wheel.meetings is None else wheel.meetings.count
    if planned != stated:
        yield ctx.finding(
            "$.annual_wheel.meetings",
            ctx.gettext(
                "The annual wheel plans {planned} meetings a year; the network meets {stated} "
                "times a year.",
                planned=planned,
                stated=stated,
            ),
            evidence={"planned": planned, "stated": stated},
        )
