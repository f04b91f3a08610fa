"""The network overview (BS §4–6): members with tier and fee, the budget, expert groups, findings.

The composer builds a document tree (:mod:`vardservice.render._tree`) once; the
writers give it as Markdown, HTML or text. Labels come from the gettext
catalogs (:mod:`vardservice._i18n`).

Example:
    >>> from vardservice.networks import Membership, Network
    >>> network = Network(name="Exempelnätverket", members=[
    ...     Membership(region="07", granted_on="2018-01-01")])
    >>> render_network(network, 2024).splitlines()[0]
    '# Exempelnätverket 2024'

"""

from __future__ import annotations

import datetime
from pathlib import Path

from vardservice._i18n import translation
from vardservice.dates import MAX_RECORD_YEAR, MIN_RECORD_YEAR
from vardservice.errors import InvalidValue
from vardservice.fees import FeeSchedule
from vardservice.networks import (
    CostKind,
    Delegate,
    MeetingSeries,
    NationalNetwork,
    Network,
    NetworkBudget,
)
from vardservice.render import _network_parts as sections
from vardservice.render._env import RenderFormat, format_day
from vardservice.render._registry import DOCUMENTS, Option, document
from vardservice.render._tree import (
    Amount,
    Block,
    BulletList,
    Cell,
    Code,
    Column,
    Document,
    Emph,
    Heading,
    Inline,
    Note,
    Paragraph,
    Strong,
    Table,
)
from vardservice.rules import Finding, NetworkOverview, Report, check, network_overview
from vardservice.units import format_money

__all__ = ["render_network"]

_NONE = "–"  # an empty cell that a reader should see as "none", not as forgotten


def _network_year(owner: str, year: object) -> int:
    if (
        isinstance(year, bool)
        or not isinstance(year, int)
        or not MIN_RECORD_YEAR <= year <= MAX_RECORD_YEAR
    ):
        raise InvalidValue(owner, "year", year, "a year, 1900-2200")
    return year


# --- the document ----------------------------------------------------------------------------


def _network_example() -> Network:
    from vardservice.fees import FeeScheduleHistory
    from vardservice.networks import BudgetLine, ExpertGroup, Membership, OperationsPlan

    schedule = FeeSchedule.of(2024, {1: 40_000, 2: 80_000, 3: 120_000}, illustrative=True)
    return Network(
        name="Exempelnätverket",
        members=[
            Membership(region="07", granted_on="2018-01-01"),
            Membership(region="13", granted_on="2018-01-01", delegate=Delegate(name="Servicechef")),
        ],
        fee_schedules=FeeScheduleHistory(schedules=[schedule]),
        plans=[
            OperationsPlan(
                year=2024,
                costs=[
                    BudgetLine(
                        kind="network_meetings", description="Medlemsmöte", amount="30 000 kr"
                    )
                ],
                illustrative=True,
            )
        ],
        expert_groups=[ExpertGroup(name="Lokalvård", anchor="Styrelsen")],
    )


@document(
    "network",
    Network,
    summary="A network's year: vision, members with tier and fee, budget, board, expert groups, "
    "organisation, partners, findings (BS §2–6).",
    options=(Option(name="year", kind="year", help="the fee and budget year", required=True),),
    example=_network_example,
    source="BS §2–6",
)
def compose_network(network: Network, *, lang: str, year: int | None = None) -> Document:
    """Compose a network's year: vision, members, fees, budget, board, groups, findings.

    Args:
        network: the network.
        lang: the language of the labels and the findings; the network's own text is
            kept as written.
        year: the fee and budget year; by default the year of the network's latest
            operations plan (the CLI and :func:`render_network` always give one).

    Returns:
        The document tree.

    Raises:
        InvalidValue: a bad year, or none given for a network without a plan.

    """
    if year is None:
        if not network.plans:
            raise InvalidValue("render network", "year", None, "a year (the network has no plan)")
        year = max(plan.year for plan in network.plans)
    _network_year("render_network", year)
    overview = network_overview(network, year, lang="en" if lang == "en" else "sv")
    blocks: list[Block] = []
    if network.purpose:
        blocks.append(Paragraph.of(network.purpose))
    if network.vision:
        blocks += [Heading(translation(lang).gettext("Vision")), Paragraph.of(network.vision)]
    blocks += _members(overview, lang)
    if overview.budget is not None and _has_money(overview.budget):
        blocks += _budget(overview.budget, network, lang)
    blocks += sections.board(network, lang)
    blocks += _expert_groups(network, year, lang)
    blocks += sections.organisation(network, year, lang)
    blocks += sections.partners(network, lang)
    blocks += _goals(network, lang)
    blocks += _findings(overview.report, lang)
    return Document(
        kind="network",
        title=f"{network.name} {year}",
        lang=lang,
        blocks=tuple(blocks),
    )


def _members(overview: NetworkOverview, lang: str) -> list[Block]:
    catalog = translation(lang)
    _ = catalog.gettext
    count = len(overview.members)
    blocks: list[Block] = [Heading(_("Members"))]
    if count:
        sentence = catalog.ngettext(
            "The network has one member in {year}.",
            "The network has {n} members in {year}.",
            count,
        )
    else:
        sentence = _("No members are recorded for {year}.")
    blocks.append(Paragraph.of(sentence.format(n=count, year=overview.year)))
    if overview.fees_missing is not None:
        blocks.append(Paragraph.of(Emph(_("The year’s fees cannot be computed; see the review."))))
    if not count:
        return blocks
    fees = {fee.region.code: fee for fee in overview.fees}
    rows: list[tuple[Cell, ...]] = []
    for member in overview.members:
        fee = fees.get(member.code)
        rows.append(
            (
                member.code,
                member.name,
                str(fee.tier.value) if fee else _NONE,
                Amount(fee.amount) if fee else _NONE,
                member.delegate.name if member.delegate else _NONE,
            )
        )
    footer: tuple[tuple[Cell, ...], ...] = ()
    if overview.budget is not None:
        total = Amount(overview.budget.fee_income)
        footer = ((None, Strong(_("Total")), None, total, None),)
    blocks.append(
        Table(
            columns=(
                Column(_("County code")),
                Column(_("Region")),
                Column(_("Tier"), "right"),
                Column(_("Fee"), "right"),
                Column(_("Delegate")),
            ),
            rows=tuple(rows),
            footer=footer,
        )
    )
    schedules: list[FeeSchedule] = []
    for fee in overview.fees:
        if fee.schedule not in schedules:
            schedules.append(fee.schedule)
    blocks += [_schedule(schedule, lang) for schedule in schedules]
    return blocks


def _schedule(schedule: FeeSchedule, lang: str) -> Paragraph:
    """Return "Avgiftsschemat gäller från och med 2024." and what it rests on."""
    _ = translation(lang).gettext
    parts: list[Inline] = [_("Fee schedule valid from {year}.").format(year=schedule.valid_from)]
    if schedule.illustrative:
        parts += [
            " ",
            Emph(
                _(
                    "The amounts are illustrative examples, not a real decision; "
                    "no source states the tiers' amounts."
                )
            ),
        ]
    elif schedule.reference:
        parts.append(" " + _("Decision: {reference}.").format(reference=schedule.reference))
    return Paragraph.of(*parts)


def _has_money(budget: NetworkBudget) -> bool:
    """Whether a budget has anything to show (NSN has no fees and no plan)."""
    return bool(budget.fees.fees or budget.other_income or budget.costs)


def _cost_kind(kind: CostKind, lang: str) -> str:
    _ = translation(lang).gettext
    labels = {
        CostKind.NETWORK_MEETINGS: _("Network meetings"),
        CostKind.DEVELOPMENT_PROJECTS: _("Development projects"),
        CostKind.REIMBURSEMENTS: _("Reimbursements to contributing regions"),
        CostKind.OTHER: _("Other"),
    }
    return labels[kind]


def _budget(budget: NetworkBudget, network: Network, lang: str) -> list[Block]:
    _ = translation(lang).gettext
    amount = _("Amount")
    income = Table(
        columns=(Column(_("Income")), Column(amount, "right")),
        rows=(
            (_("Membership fees"), Amount(budget.fee_income)),
            *((line.description, Amount(line.amount)) for line in budget.other_income),
        ),
        footer=((Strong(_("Total income")), Amount(budget.income)),),
    )
    costs = Table(
        columns=(Column(_("Planned costs")), Column(amount, "right")),
        rows=tuple(
            (
                f"{_cost_kind(line.kind, lang)}: {sections.after_colon(line.description)}",
                Amount(line.amount),
            )
            for line in budget.costs
        ),
        footer=((Strong(_("Total costs")), Amount(budget.cost_total)),),
    )
    blocks: list[Block] = [
        Heading(_("Budget {year}").format(year=budget.year)),
        income,
        costs,
        Paragraph.of(
            Strong(
                _("Balance: {amount}").format(amount=format_money(budget.balance, "kr", lang=lang))
            ),
            ". ",
            _("The budget rests on the year’s fees according to {source}.").format(
                source=budget.source.text
            ),
        ),
    ]
    plan = network.plan_for(budget.year)
    if plan is not None and plan.illustrative:
        blocks.append(
            Note.of(_("The operations plan’s amounts are illustrative examples, not a real plan."))
        )
    return blocks


def _expert_groups(network: Network, year: int, lang: str) -> list[Block]:
    if not network.expert_groups:
        return []
    _ = translation(lang).gettext
    rows: list[tuple[Cell, ...]] = []
    for group in network.expert_groups:
        theme = group.theme_for(year)
        rows.append((group.name, theme.title if theme else _NONE, group.anchor or _("missing")))
    return [
        Heading(_("Expert groups")),
        Table(
            columns=(
                Column(_("Expert group")),
                Column(_("Theme {year}").format(year=year)),
                Column(_("Anchored in the board")),
            ),
            rows=tuple(rows),
        ),
    ]


def _goals(network: Network, lang: str) -> list[Block]:
    catalog = translation(lang)
    _ = catalog.gettext
    blocks: list[Block] = []
    if network.goals:
        blocks.append(Heading(_("Goals and activities")))
        for goal in network.goals:  # as NSN: each goal, then how it is reached
            blocks.append(Heading(goal.title, 3))
            if goal.activities:
                blocks.append(BulletList.of(activity.title for activity in goal.activities))
    if network.meetings_per_year:
        n = network.meetings_per_year
        blocks.append(
            Paragraph.of(
                catalog.ngettext(
                    "Network meetings: {n} time a year.", "Network meetings: {n} times a year.", n
                ).format(n=n)
            )
        )
    for resource in network.resources:
        parts: list[Inline] = [_("Resource") + ": ", Strong(resource.name)]
        if resource.description:
            parts.append(", " + resource.description)
        blocks.append(Paragraph.of(*parts))
    return blocks


# --- the national network (NSN) ----------------------------------------------------------------


def _national_example() -> NationalNetwork:
    from vardservice.networks import NetworkGoal, Way

    return NationalNetwork(
        name="Exempelnätverket",
        movement="Hela Sverige ska leva",
        coordinator="Riksorganisationen",
        goals=[
            NetworkGoal(
                title="Nätverket samlar kunskap om service",
                ways=[Way(text="Nätverket kan arrangera träffar.", modality="may")],
            )
        ],
        long_term_goals=["Fler kommuner har en serviceplan."],
        meetings=MeetingSeries(title="Nätverkets möte", per_year=4, external_parties=True),
    )


@document(
    "national-network",
    NationalNetwork,
    summary="A national network's year (NSN): coordinator, participants, goals and the ways "
    "of reaching them, long-term goals, meetings, knowledge bank, platform, findings.",
    options=(Option(name="year", kind="year", help="the year checked", required=True),),
    example=_national_example,
    source="NSN",
)
def compose_national_network(
    network: NationalNetwork, *, lang: str, year: int | None = None
) -> Document:
    """Compose a national network's year: who, its goals and how it reaches them, findings.

    No members count, fees or budget: a national network has none (NSN).

    Args:
        network: the national network.
        lang: the language of the labels and the findings; the network's own text is
            kept as written.
        year: the year checked (the findings are as of 31 December of it); without
            one, the document has no review (nothing reads the clock). The CLI and
            :func:`render_network` always give one.

    Returns:
        The document tree.

    Raises:
        InvalidValue: a bad year.

    """
    _ = translation(lang).gettext
    report: Report | None = None
    if year is not None:  # no year, no review: nothing reads the clock
        _network_year("render_network", year)
        report = check(
            network, as_of=datetime.date(year, 12, 31), lang="en" if lang == "en" else "sv"
        )
    blocks: list[Block] = []
    if network.purpose:
        blocks.append(Paragraph.of(network.purpose))
    blocks += sections.coordination(network, lang)
    blocks += sections.participants(network, lang)
    if network.goals:
        blocks.append(Heading(_("Goals for the network")))
        for goal in network.goals:
            blocks.append(Heading(goal.title, 3))
            if goal.ways:  # as the source: each goal, then the ways of reaching it
                blocks.append(
                    BulletList.of(sections.way(way.text, way.modality, lang) for way in goal.ways)
                )
            else:
                blocks.append(Paragraph.of(Emph(_("No way of reaching the goal is recorded."))))
    if network.long_term_goals:
        blocks += [
            Heading(_("Goals for service in Sweden (long-term)")),
            BulletList.of(network.long_term_goals),
        ]
    blocks += sections.meetings(network, lang)
    blocks += sections.banks(network, lang)
    if report is None:
        blocks.append(Note.of(_("Give a year to see the review against the network’s rules.")))
    else:
        blocks += _findings(report, lang)
    title = network.name if year is None else f"{network.name} {year}"
    return Document(kind="national-network", title=title, lang=lang, blocks=tuple(blocks))


def _severity(finding: Finding, lang: str) -> str:
    pgettext = translation(lang).pgettext
    labels = {
        "error": pgettext("severity", "error"),
        "warning": pgettext("severity", "warning"),
        "info": pgettext("severity", "info"),
    }
    return labels[finding.severity.value]


def _findings(report: Report, lang: str) -> list[Block]:
    _ = translation(lang).gettext
    day = format_day(report.as_of, "long", lang)
    blocks: list[Block] = [
        Heading(_("Review")),
        Paragraph.of(_("Checked as of {date}.").format(date=day)),
    ]
    if not report.findings:
        blocks.append(Paragraph.of(_("No findings.")))
        return blocks
    blocks.append(
        Table(
            columns=(
                Column(_("Severity")),
                Column(_("Rule")),
                Column(_("Finding")),
                Column(_("Where")),
                Column(_("Source")),
            ),
            rows=tuple(
                (
                    _severity(finding, lang),
                    finding.code,
                    finding.message,
                    Code(finding.path),
                    finding.source.text,
                )
                for finding in report.findings
            ),
        )
    )
    return blocks


def render_network(
    network: Network | NationalNetwork,
    year: int,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render a network's year: members with tier and fee, the budget, expert groups, findings.

    The findings are those of :func:`vardservice.rules.check` as of 31 December
    of ``year``. When the year's fees cannot be computed (no schedule, a missing
    population figure, a member that is not a region), the overview says so and
    leaves out the fees and the budget; the findings name the cause. A year
    without fees, other income or planned costs (a network such as NSN, which
    has neither fees nor a budget) shows no budget. A
    :class:`~vardservice.networks.NationalNetwork` (NSN) gets its own document
    (``national-network``): coordinator, participants, goals with the ways of
    reaching them, long-term goals, meetings, knowledge bank and platform, and
    the findings of its own rules; no members count, fees or budget.

    Args:
        network: the network, of either kind.
        year: the fee and budget year.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The document in ``format``.

    Raises:
        InvalidValue: not a network, a bad year, an unknown format or language.

    """
    if not isinstance(network, Network | NationalNetwork):
        raise InvalidValue("render_network", "network", network, "a Network or a NationalNetwork")
    _network_year("render_network", year)
    kind = "national-network" if isinstance(network, NationalNetwork) else "network"
    return DOCUMENTS[kind].render(
        network, format=format, lang=lang, template_dir=template_dir, fragment=fragment, year=year
    )
