"""Rules for networks (BS §4-6): members, votes, fees, budget, plans, groups, organisation.

A network is checked for a year: the year of the ``as_of`` date
(``ctx.as_of.year``). The command ``vardservice network FILE --year Y`` checks
as of 31 December of *Y*, so that the whole year's memberships count. Rules that
need data besides the network (fee schedules, population figures, the plan) read
them from the :class:`~vardservice.networks.Network` document itself.

Severity follows the source's verb (DOMAIN "Normative words"). BS describes
much of its practice in the present tense ("Varje år tas en verksamhetsplan …
fram", "Expertgrupperna har sin förankring i styrelsen"); where that
describes what the network's own order requires, a breach is graded as an
error, and where it describes how the organisation is usually made up
(§4.4, §6's list of planning documents), as a warning. Each rule's docs say which.

The rules cited to BS bind networks governed by Best Service's order: a network
whose document names another source (``source: NSN, …``, the national service
network) is checked only against the rules of its own source (NW013).

Example:
    >>> from vardservice.rules import check
    >>> from vardservice.networks import Membership, Network
    >>> network = Network(name="N", members=[
    ...     Membership(region="07", granted_on="2018-01-01"),
    ...     Membership(region="Kronoberg", granted_on="2019-01-01"),
    ... ])
    >>> report = check(network, as_of="2024-12-31", select="NW002", lang="en")
    >>> [(f.code, f.path) for f in report.findings]
    [('NW002', '$.members[1]')]

"""

from __future__ import annotations

from collections.abc import Iterator

from vardservice.errors import InvalidValue, NoPopulationForYear, NoScheduleForYear, UnknownRegion
from vardservice.fees import annual_fee
from vardservice.networks import DocumentKind, Membership, Network, network_budget
from vardservice.regions import get_region, shipped_populations
from vardservice.rules._core import Finding, RuleContext, Severity, register
from vardservice.sources import cite
from vardservice.units import format_money

__all__: list[str] = []


def _governed_by_bs(network: Network) -> bool:
    """Best Service's rules bind a network described by BS, or one that names no source.

    A network whose document cites another source (the national service network,
    NSN) is not governed by Best Service's statutes and plans.
    """
    return network.source is None or network.source.key == "BS"


def _name(member: str) -> str:
    """Return a member's name for a message: the region's name, or the member as written."""
    try:
        return get_region(member).name if member.isdigit() else member
    except UnknownRegion:
        return member


_MEMBERS_QUOTE = (
    "Samtliga regioner kan vara medlem i Best Service. Medlemskap är frivilligt men målet är "
    "att alla ska vara med. Medlemskapet beviljas av styrelsen och varje medlem har en röst."
)


@register(
    "NW001",
    subject=Network,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title_sv="Medlemmarna är regioner",
    title_en="The members are regions",
    source=cite("BS", "4.1"),
    quote=_MEMBERS_QUOTE,
    paraphrase=(
        "Membership is open to the regions: every member is one of the 21 regions, named by "
        "its county code or its name."
    ),
)
def members_are_regions(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Each member that is not one of the 21 regions is a finding at its place."""
    for i, membership in enumerate(network.members):
        if not membership.is_region:
            yield ctx.finding(
                f"$.members[{i}]",
                sv=f"Medlemmen {membership.region!r} är inte en region; "
                "medlemmarna ska vara regioner.",
                en=f"The member {membership.region!r} is not a region; "
                "the members are to be regions.",
                evidence={"member": membership.region},
            )


@register(
    "NW002",
    subject=Network,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title_sv="Ingen region är medlem två gånger samtidigt",
    title_en="No region is a member twice at the same time",
    source=cite("BS", "4.1"),
    quote=_MEMBERS_QUOTE,
    paraphrase=(
        "Each member has one vote, so a region is listed at most once for any day; a region "
        "that left and joined again has two memberships that do not overlap."
    ),
)
def no_duplicate_members(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report each membership overlapping an earlier one of the same member."""
    for i, later in enumerate(network.members):
        for j, earlier in enumerate(network.members[:i]):
            if earlier.region != later.region or not _overlap(earlier, later):
                continue
            yield ctx.finding(
                f"$.members[{i}]",
                sv=f"{_name(later.region)} är listad som medlem två gånger (även $.members[{j}]) "
                "med överlappande medlemskap; varje medlem ska finnas en gång.",
                en=f"{_name(later.region)} is listed as a member twice (also $.members[{j}]) with "
                "overlapping memberships; each member is to be listed once.",
                evidence={"member": later.region, "first": f"$.members[{j}]"},
            )
            break


def _overlap(a: Membership, b: Membership) -> bool:
    if a.granted_on is None or b.granted_on is None:
        # Ungranted listings are drafts: two of the same region are still listed twice.
        return True
    a_end, b_end = a.ends_on, b.ends_on
    return (b_end is None or a.granted_on <= b_end) and (a_end is None or b.granted_on <= a_end)


@register(
    "NW003",
    subject=Network,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title_sv="Varje medlem har en röst",
    title_en="Each member has one vote",
    source=cite("BS", "4.1"),
    quote=_MEMBERS_QUOTE,
    paraphrase="Every member has exactly one vote.",
)
def one_vote_each(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report each membership with a number of votes other than one."""
    for i, membership in enumerate(network.members):
        if membership.votes != 1:
            yield ctx.finding(
                f"$.members[{i}].votes",
                sv=f"{_name(membership.region)} har {membership.votes} röster; "
                "varje medlem ska ha en röst.",
                en=f"{_name(membership.region)} has {membership.votes} votes; "
                "each member is to have one vote.",
                evidence={"member": membership.region, "votes": membership.votes},
            )


@register(
    "NW004",
    subject=Network,
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


@register(
    "NW005",
    subject=Network,
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


@register(
    "NW006",
    subject=Network,
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


@register(
    "NW007",
    subject=Network,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title_sv="Varje expertgrupp är förankrad i styrelsen",
    title_en="Each expert group is anchored in the board",
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
                sv=f"Expertgruppen {group.name} saknar förankring i styrelsen.",
                en=f"The expert group {group.name} is not anchored in the board.",
                evidence={"group": group.name},
            )


@register(
    "NW008",
    subject=Network,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title_sv="Medlemmens deltagare har mandat i lokala och nationella servicefrågor",
    title_en="A member's delegate has a mandate on local and national service questions",
    source=cite("BS", "4.1"),
    quote=(
        "Deltagare vid medlemskonferenser representerar sin region och skall ha mandat att "
        "fatta beslut i såväl lokala som nationella servicefrågor."
    ),
    paraphrase=(
        "A member's delegate at member conferences represents the region and shall have a "
        "mandate to decide on both local and national service questions."
    ),
)
def delegates_have_mandate(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report each named delegate without both mandates."""
    for i, membership in enumerate(network.members):
        delegate = membership.delegate
        if delegate is None or delegate.has_mandate:
            continue
        missing_sv = [
            w
            for w, ok in (
                ("lokala", delegate.mandate_local),
                ("nationella", delegate.mandate_national),
            )
            if not ok
        ]
        missing_en = [
            w
            for w, ok in (
                ("local", delegate.mandate_local),
                ("national", delegate.mandate_national),
            )
            if not ok
        ]
        yield ctx.finding(
            f"$.members[{i}].delegate",
            sv=f"Deltagaren för {_name(membership.region)} saknar mandat i "
            f"{' och '.join(missing_sv)} servicefrågor.",
            en=f"The delegate of {_name(membership.region)} has no mandate on "
            f"{' and '.join(missing_en)} service questions.",
            evidence={"member": membership.region, "missing": tuple(missing_en)},
        )


_PLANNING_DOCUMENTS = (
    (DocumentKind.STATUTES, "Stadgar", "statutes"),
    (DocumentKind.OPERATIONS_PLAN, "Verksamhetsplan", "operations plan"),
    (DocumentKind.ANNUAL_WHEEL, "Årshjul", "annual wheel"),
    (DocumentKind.COMMUNICATION_STRATEGY, "Kommunikationsstrategi", "communication strategy"),
)


@register(
    "NW009",
    subject=Network,
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


@register(
    "NW010",
    subject=Network,
    applies=_governed_by_bs,
    severity=Severity.WARNING,
    title_sv="Uppdragen i förvaltningsorganisationen är tidsbestämda deltidsuppdrag",
    title_en="Assignments in the management organisation are time-limited and part-time",
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
                sv=f"Uppdraget för {assignment.person} saknar slutdatum; det bör vara tidsbestämt.",
                en=f"The assignment of {assignment.person} has no end date; "
                "it should be time-limited.",
                evidence={"person": assignment.person},
            )
        if assignment.share >= 1:
            yield ctx.finding(
                f"{path}.share",
                sv=f"Uppdraget för {assignment.person} är på heltid; "
                "det bör vara ett deltidsuppdrag.",
                en=f"The assignment of {assignment.person} is full-time; it should be part-time.",
                evidence={"person": assignment.person, "share": str(assignment.share)},
            )


@register(
    "NW011",
    subject=Network,
    applies=_governed_by_bs,
    severity=Severity.WARNING,
    title_sv="En av personerna är styrelsens kontaktperson",
    title_en="One of the people is the board's contact person",
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
            sv=f"{len(contacts)} personer är markerade som styrelsens kontaktperson; "
            "en av personerna bör vara det.",
            en=f"{len(contacts)} people are marked as the board's contact person; "
            "one of them should be.",
            evidence={"contact_persons": len(contacts)},
        )


@register(
    "NW012",
    subject=Network,
    applies=_governed_by_bs,
    severity=Severity.WARNING,
    title_sv="Bidragande regioner ersätts enligt överenskommelse",
    title_en="Contributing regions are reimbursed per agreement",
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
                sv=f"Uppdraget för {assignment.person} saknar överenskommelse om ersättning "
                f"till {_name(assignment.region)}.",
                en=f"The assignment of {assignment.person} has no agreement on the "
                f"reimbursement of {_name(assignment.region)}.",
                evidence={"person": assignment.person, "region": assignment.region},
            )


@register(
    "NW013",
    subject=Network,
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
