"""The parts of the subproject documents: the office's header and the sections.

The office's header (subproject, healthcare region, participating regions,
contact person, start decision, stage) is composed here once, for every
document of :mod:`vardservice.render.subprojects`, which puts the parts in
each document's order. A value the model lacks is marked "[Saknas]"
(:func:`missing`); text the working group still has to write, "[Att fylla i]"
(:func:`to_write`).

Example:
    >>> from vardservice.subprojects import Subproject
    >>> rows = office_header(Subproject(id="SFBV-1", title="Stroke"), lang="sv")
    >>> [label for label, _value in rows][:3]
    ['Delprojekt', 'Sjukvårdsregion', 'Deltagande regioner']

"""

from __future__ import annotations

from collections.abc import Iterable

from vardservice._i18n import translation
from vardservice.errors import InvalidValue
from vardservice.regions import Region
from vardservice.render._tree import (
    Amount,
    Block,
    BulletList,
    Cell,
    Column,
    Day,
    Emph,
    Heading,
    Inline,
    Paragraph,
    Table,
    fill,
)
from vardservice.render._words import join_words
from vardservice.sources import cite
from vardservice.subprojects import (
    Assignment,
    Body,
    FollowUpReport,
    MilestoneKind,
    Subproject,
    follow_up_due,
    undecided_regions,
)
from vardservice.subprojects._words import (
    bodies_in_sentence,
    body_labels,
    decision_levels,
    decision_outcomes,
    roles,
    stage_label,
)

__all__ = [
    "action_proposals",
    "analysis",
    "assignment_blocks",
    "check_subproject",
    "current_state",
    "follow_up_proposal",
    "implementation",
    "join",
    "key_values",
    "main_follow_up",
    "missing",
    "names",
    "office_header",
    "parameters",
    "presentation",
    "proposal_assessment",
    "regional_decisions",
    "source_line",
    "subproject_example",
    "text_or_missing",
    "to_write",
    "working_group",
]


# -- small parts ----------------------------------------------------------------------------


def missing(lang: str) -> Emph:
    """Return the marker of what the model should hold but lacks: "[Saknas]"."""
    return Emph(translation(lang).gettext("[Missing]"))


def to_write(lang: str) -> Emph:
    """Return the marker of what the group still has to write: "[Att fylla i]"."""
    return Emph(translation(lang).gettext("[To be written]"))


def text_or_missing(value: str, lang: str) -> str | Emph:
    """Return ``value``, or the missing marker where it is blank."""
    return value if value.strip() else missing(lang)


def join(items: Iterable[str], separator: str = ", ") -> str:
    """Return ``items`` joined as a list in a table cell or a sentence: "Blekinge, Skåne"."""
    return separator.join(items)


def parameters(items: Iterable[str]) -> str:
    """Return follow-up parameters as one phrase: "Andel opererade …; andel med …".

    The first keeps its capital; the others start in lower case, as words inside a
    sentence do (an abbreviation such as "SVF" is kept).
    """
    words = [item.strip() for item in items if item.strip()]
    return "; ".join(
        word if i == 0 or word[1:2].isupper() else word[:1].lower() + word[1:]
        for i, word in enumerate(words)
    )


def names(regions: Iterable[Region]) -> list[str]:
    """Return the regions' names in everyday use: "Kronoberg"."""
    return [region.short_name for region in regions]


def check_subproject(owner: str, value: object) -> Subproject:
    """Return ``value`` if it is a subproject.

    Raises:
        InvalidValue: it is not, naming ``owner`` and the argument ``subproject``.

    """
    if not isinstance(value, Subproject):
        raise InvalidValue(owner, "subproject", value, "a Subproject")
    return value


def source_line(section: str, lang: str) -> Paragraph:
    """Return a document's last line: "Arbetsmetod enligt SFBV §5.1.3."."""
    message = translation(lang).gettext("Working method per {source}.")
    return Paragraph.of(message.format(source=cite("SFBV", section).text))


def key_values(rows: Iterable[tuple[str, Cell]]) -> Table:
    """Return a table of labelled values (no column headings): label, value."""
    return Table(columns=(Column(""), Column("")), rows=tuple(rows))


def office_header(subproject: Subproject, *, lang: str) -> list[tuple[str, Cell]]:
    """Return the office's header of every subproject document, as labelled rows.

    Subproject, healthcare region, participating regions (and why not all, when
    fewer take part), the office's contact person, the date the management
    group decided the start, and the stage. A document adds its own rows and
    shows them as one table (:class:`~vardservice.render._tree.Table`).

    Args:
        subproject: the subproject.
        lang: the language of the labels.

    Returns:
        The rows, each a label and a value (the missing marker where the model lacks it).

    """
    _ = translation(lang).gettext
    sp = subproject
    start = sp.first(MilestoneKind.START_DECIDED)
    rows: list[tuple[str, Cell]] = [
        (_("Subproject"), sp.id),
        (_("Healthcare region"), sp.healthcare_region.name),
        (
            _("Participating regions"),
            join(names(sp.participating_regions)) or missing(lang),
        ),
    ]
    if len(sp.participating_regions) < len(sp.healthcare_region.members):
        rows.append(
            (_("Why not every region takes part"), text_or_missing(sp.reason_for_fewer, lang))
        )
    rows += [
        (_("Contact person at the office"), text_or_missing(sp.contact_person, lang)),
        (
            _("Start decided by the management group"),
            missing(lang) if start is None else Day(start.date),
        ),
        (_("Stage"), stage_label(sp.stage, lang=lang)),
    ]
    return rows


def working_group(sp: Subproject, lang: str) -> Block:
    """Return the working group as a table (name, role, profession, region)."""
    _ = translation(lang).gettext
    if not sp.working_group:
        return Paragraph.of(_("No working group has been appointed."))
    words = roles(lang)
    return Table(
        columns=(
            Column(_("Name")),
            Column(_("Role")),
            Column(_("Profession")),
            Column(_("Region")),
        ),
        rows=tuple(
            (
                member.name,
                _("{role} (the office)").format(role=words[member.role])
                if member.from_office
                else words[member.role],
                member.profession if member.profession.strip() else "–",
                member.region.short_name if member.region else "–",
            )
            for member in sp.working_group
        ),
    )


def assignment_blocks(sp: Subproject, lang: str, *, level: int) -> list[Block]:
    """Return the assignment's background, purpose and question, and points, at ``level``."""
    _ = translation(lang).gettext
    assignment = sp.assignment or Assignment()
    points = [point for point in assignment.assignment_points if point.strip()]
    return [
        Heading(_("Background"), level),
        Paragraph.of(text_or_missing(assignment.background, lang)),
        Heading(_("Purpose and question"), level),
        Paragraph.of(text_or_missing(assignment.purpose_and_question, lang)),
        Heading(_("Specific assignment points"), level),
        BulletList.of(points, ordered=True) if points else Paragraph.of(missing(lang)),
    ]


# -- sections of the final report and the follow-up report ----------------------------------


def current_state(sp: Subproject, lang: str) -> list[Block]:
    """Return the final report's Nuläge: each participating region's current state (SFBV §5.2).

    A region the report describes gets its description under its name; a participating
    region it does not describe, "[Att fylla i]". Without any description, the regions
    the current-state description covers and lacks.
    """
    _ = translation(lang).gettext
    report = sp.final_report
    described = {
        c.region: c.description for c in (report.current_state if report else ()) if c.description
    }
    if described:
        blocks: list[Block] = []
        for region in dict.fromkeys((*sp.participating_regions, *described)):
            blocks.append(Heading(region.short_name, 3))
            text = described.get(region, "")
            blocks.append(Paragraph.of(text if text.strip() else to_write(lang)))
        return blocks
    covered = set(sp.current_state_regions)
    lacking = names(r for r in sp.participating_regions if r not in covered)
    blocks = [
        Paragraph.of(
            *fill(
                _("The current-state description covers: {regions}."),
                regions=join_words(names(sp.current_state_regions), lang) or missing(lang),
            )
        )
    ]
    if lacking:
        blocks.append(
            Paragraph.of(
                _("The current-state description lacks: {regions}.").format(
                    regions=join_words(lacking, lang)
                )
            )
        )
    blocks.append(Paragraph.of(to_write(lang)))
    return blocks


def analysis(sp: Subproject, lang: str) -> Paragraph:
    """Return the final report's Analys (SFBV §5.3), or "[Att fylla i]"."""
    text = sp.final_report.analysis if sp.final_report else ""
    return Paragraph.of(text if text.strip() else to_write(lang))


def proposal_assessment(sp: Subproject, lang: str) -> list[Block]:
    """Return the proposals' feasibility and risk of displacement (SFBV §5.4) or the marker."""
    _ = translation(lang).gettext
    report = sp.final_report
    feasibility = report.feasibility if report else ""
    displacement = report.displacement_risk if report else ""
    return [
        Heading(_("Reasonableness and feasibility"), 3),
        Paragraph.of(feasibility if feasibility.strip() else to_write(lang)),
        Heading(_("Risk of displacement"), 3),
        Paragraph.of(displacement if displacement.strip() else to_write(lang)),
    ]


def action_proposals(sp: Subproject, lang: str) -> Block:
    """Return the action proposals, numbered, each with its rough cost estimate if any."""
    _ = translation(lang).gettext
    if not sp.action_proposals:
        return Paragraph.of(missing(lang))
    items: list[tuple[Inline, ...]] = []
    for proposal in sp.action_proposals:
        if proposal.cost_estimate is not None:
            items.append(
                fill(
                    _("{proposal} (rough estimate: {amount})"),
                    proposal=proposal.title,
                    amount=Amount(proposal.cost_estimate, "auto"),
                )
            )
        elif proposal.needs_funding:
            items.append(
                (_("{proposal} (needs funding; no cost estimate)").format(proposal=proposal.title),)
            )
        else:
            items.append((proposal.title,))
    return BulletList(tuple(items), ordered=True)


def follow_up_proposal(sp: Subproject, lang: str) -> list[Block]:
    """Return the final report's proposed follow-up (SFBV §5.8) and the plan made at the start."""
    _ = translation(lang).gettext
    proposal = sp.final_report.follow_up if sp.final_report else None
    absent = missing(lang)
    rows: list[tuple[str, Cell]] = [
        (_("How"), text_or_missing(proposal.how, lang) if proposal else absent),
        (_("When"), text_or_missing(proposal.when, lang) if proposal else absent),
        (_("By whom"), text_or_missing(proposal.by_whom, lang) if proposal else absent),
        (
            _("Follow-up parameters"),
            parameters(proposal.parameters) if proposal and proposal.parameters else absent,
        ),
    ]
    due = follow_up_due(sp)
    if due is not None:
        rows.append((_("Follow-up due"), Day(due)))
    plan = sp.follow_up_plan
    if plan is not None and plan.documented_on is not None:
        intro = fill(
            _("Follow-up plan documented at the start ({date}):"), date=Day(plan.documented_on)
        )
    else:
        intro = (_("Follow-up plan documented at the start:"),)
    blocks: list[Block] = [
        Heading(_("Proposed follow-up")),
        key_values(rows),
        Paragraph.of(*intro),
    ]
    if plan is None:
        blocks.append(Paragraph.of(absent))
    else:
        blocks.append(
            BulletList.of(
                [
                    fill(
                        _("Follow-up method: {method}"),
                        method=text_or_missing(plan.method, lang),
                    ),
                    fill(
                        _("Follow-up parameters: {parameters}"),
                        parameters=parameters(plan.parameters) or absent,
                    ),
                ]
            )
        )
    return blocks


def regional_decisions(sp: Subproject, lang: str) -> list[Block]:
    """Return each region's decision: date, level, outcome, protocol excerpt (SFBV §5.6).

    "Blekinge: beslut 4 juni 2024 på politisk nivå, följer rekommendationen,
    protokollsutdrag RB 2024/412 § 87", then the participating regions that have not
    decided.
    """
    _ = translation(lang).gettext
    decisions = sp.milestones_of(MilestoneKind.REGIONAL_DECISION)
    levels, outcomes = decision_levels(lang), decision_outcomes(lang)
    blocks: list[Block] = []
    if not decisions:
        blocks.append(Paragraph.of(_("No regional decision is recorded.")))
    else:
        items: list[tuple[Inline, ...]] = []
        for decision in decisions:
            region: Inline = decision.region.short_name if decision.region else missing(lang)
            item: list[Inline] = list(
                fill(_("{region}: decision {date}"), region=region, date=Day(decision.date))
            )
            if decision.level is not None:
                item.append(" " + levels[decision.level])
            if decision.outcome is not None:
                item.append(", " + outcomes[decision.outcome])
            excerpt = decision.excerpt
            if excerpt is None:
                item += [", ", Emph(_("no protocol excerpt"))]
            else:
                item.append(
                    ", "
                    + _("protocol excerpt {case_number} § {paragraph}").format(
                        case_number=excerpt.case_number, paragraph=excerpt.paragraph
                    )
                )
            items.append(tuple(item))
        blocks.append(BulletList(tuple(items)))
    if sp.first(MilestoneKind.BOARD_RECOMMENDATION) is not None:
        pending = names(undecided_regions(sp))
        if pending:
            blocks.append(
                Paragraph.of(
                    _("Not yet decided: {regions}.").format(regions=join_words(pending, lang))
                )
            )
        elif sp.participating_regions:
            blocks.append(Paragraph.of(_("Every participating region has decided.")))
    return blocks


def main_follow_up(sp: Subproject) -> FollowUpReport | None:
    """Return the follow-up report the document is about: the latest that is not a further one."""
    first = [r for r in sp.follow_up_reports if not r.further]
    return max(first, key=lambda r: r.date, default=None)


def implementation(sp: Subproject, lang: str) -> list[Block]:
    """Return how far implementation has come: the follow-up report's data, per parameter.

    The data as a table (parameter, region, value); where the report has none, each
    proposed parameter with "[Att fylla i]".
    """
    _ = translation(lang).gettext
    report = main_follow_up(sp)
    if report is not None and report.implementation:
        whole = _("All regions")
        return [
            Table(
                columns=(Column(_("Follow-up parameter")), Column(_("Region")), Column(_("Value"))),
                rows=tuple(
                    (
                        row.parameter,
                        row.region.short_name if row.region else whole,
                        row.value if row.value.strip() else to_write(lang),
                    )
                    for row in report.implementation
                ),
            )
        ]
    proposal = sp.final_report.follow_up if sp.final_report else None
    if proposal and proposal.parameters:
        return [
            BulletList.of(
                fill(_("{parameter}: {to_write}"), parameter=p, to_write=to_write(lang))
                for p in proposal.parameters
            )
        ]
    return [Paragraph.of(*fill(_("Follow-up parameters: {parameters}"), parameters=missing(lang)))]


def presentation(sp: Subproject, lang: str) -> list[Block]:
    """Return to whom the report was presented and when, and the follow-up reports so far."""
    t = translation(lang)
    _ = t.gettext
    body_names = body_labels(lang)
    reports = sorted(sp.follow_up_reports, key=lambda report: report.date)
    current = main_follow_up(sp)
    presented: list[tuple[Inline, ...]] = []
    for body in Body:
        day = current.presented_on(body) if current else None
        if day is not None:
            presented.append(
                fill(_("{body}: presented on {date}"), body=body_names[body], date=Day(day))
            )
        elif current is not None and body in current.bodies():
            presented.append(
                fill(
                    _("{body}: presented (date not recorded)"),
                    body=body_names[body],
                )
            )
        else:
            presented.append(
                fill(_("{body}: {to_write}"), body=body_names[body], to_write=to_write(lang))
            )
    blocks: list[Block] = [
        Heading(_("Presentation")),
        Paragraph.of(
            _(
                "The follow-up report is presented to the collaboration group, "
                "the management group and the board."
            )
        ),
        BulletList(tuple(presented)),
    ]
    if reports:
        in_sentence = bodies_in_sentence(lang)
        items: list[tuple[Inline, ...]] = []
        for report in reports:
            item: list[Inline] = [Day(report.date)]
            if report.further:
                item.append(" " + _("(further follow-up)"))
            if report.pages:
                item.append(
                    ", " + t.ngettext("{n} page", "{n} pages", report.pages).format(n=report.pages)
                )
            if report.written_by.strip():
                item.append(", " + _("by {name}").format(name=report.written_by))
            shown = report.bodies()
            if shown:
                item.append(
                    ": "
                    + _("presented to {bodies}").format(
                        bodies=join_words((in_sentence[body] for body in shown), lang)
                    )
                )
            items.append(tuple(item))
        blocks += [Heading(_("Follow-up reports")), BulletList(tuple(items))]
    return blocks


def subproject_example() -> Subproject:
    """Return a small subproject that has reached the regions' decisions (for tests and docs)."""
    from vardservice.subprojects import (
        ActionProposal,
        ExcerptReference,
        FinalReport,
        FollowUpPlan,
        FollowUpProposal,
        FollowUpReport,
        GroupMember,
        Milestone,
    )

    return Subproject(
        id="SFBV-2024-03",
        title="Väntetider till barn- och ungdomspsykiatrin",
        participating_regions=["Blekinge", "Halland", "Kronoberg", "Skåne"],
        contact_person="Helena Strand",
        assignment=Assignment(
            background="Väntetiderna är långa.",
            purpose_and_question="Hur kan regionerna korta väntetiderna?",
            assignment_points=["Beskriva nuläget.", "Föreslå åtgärder."],
            delimitations="Barn och unga till 18 år.",
            group_composition="Ordförande, läkare och psykolog.",
            timeline="Slutrapport i mars 2025.",
        ),
        working_group=[
            GroupMember(name="Karin Ek", role="chair", profession="läkare", region="Kronoberg"),
            GroupMember(name="Per Holm", role="process_support", from_office=True),
        ],
        follow_up_plan=FollowUpPlan(
            method="Väntetider per region.",
            parameters=["Andel bedömda inom 30 dagar"],
            documented_on="2024-05-20",
        ),
        current_state_regions=["Blekinge", "Skåne"],
        action_proposals=[
            ActionProposal(title="Gemensam remissmall"),
            ActionProposal(title="Samordnad kö", needs_funding=True, cost_estimate="1,2 mnkr"),
        ],
        final_report=FinalReport(
            follow_up=FollowUpProposal(
                how="Väntetider jämförs med nuläget.",
                when="Våren 2026",
                by_whom="Arbetsgruppens ordförande",
                parameters=["Andel bedömda inom 30 dagar"],
            )
        ),
        follow_up_reports=[FollowUpReport(date="2026-04-24", pages=4, presented_to=["board"])],
        milestones=[
            Milestone(kind="start_decided", date="2024-03-08"),
            Milestone(kind="final_report", date="2025-03-14"),
            Milestone(
                kind="board_recommendation",
                date="2025-05-23",
                wording="Nämnden rekommenderar regionerna att införa förslagen.",
            ),
            Milestone(
                kind="regional_decision",
                date="2025-06-10",
                region="Blekinge",
                excerpt=ExcerptReference(
                    case_number="RB 2025/301", paragraph=72, date="2025-06-10"
                ),
            ),
            Milestone(kind="regional_decision", date="2025-06-19", region="Skåne"),
        ],
    )
