"""Subproject documents (SFBV): assignment, final report, follow-up report, decision status.

Each document is composed once as a tree (:mod:`vardservice.render._tree`) and
written as Markdown, HTML or text by the common writers. All begin with
the office's header (subproject, healthcare region, participating regions,
contact person, start decision, stage), composed once.
The words for stages, milestones, roles and bodies come from the gettext
catalogs: :func:`stage_label`, :func:`milestone_label`.

Example:
    >>> from vardservice.subprojects import Subproject
    >>> sp = Subproject(id="SFBV-2023-04", title="Höftfrakturvård")
    >>> render_final_report(sp, format="text").splitlines()[0]
    'Slutrapport: SFBV-2023-04 Höftfrakturvård'

"""

from __future__ import annotations

from pathlib import Path

from vardservice._i18n import translation
from vardservice.regions import Region
from vardservice.render import _subproject_parts as parts
from vardservice.render._env import RenderFormat
from vardservice.render._registry import DOCUMENTS, document
from vardservice.render._tree import (
    Block,
    Cell,
    Column,
    Day,
    Document,
    Emph,
    Heading,
    Note,
    Number,
    Paragraph,
    Strong,
    Table,
    fill,
)
from vardservice.render._words import join_words
from vardservice.subprojects import (
    Assignment,
    Milestone,
    MilestoneKind,
    ReportSection,
    Role,
    Subproject,
    board_approval,
    follow_up_due,
    undecided_regions,
)
from vardservice.subprojects._words import (
    decision_cells,
    milestone_label,
    section_labels,
    stage_label,
)

__all__ = [
    "milestone_label",
    "render_assignment",
    "render_decision_status",
    "render_final_report",
    "render_follow_up",
    "stage_label",
]


# -- the assignment (uppdrag) ---------------------------------------------------------------


@document(
    "assignment",
    Subproject,
    summary="A subproject's assignment (uppdrag) in the template's six parts (SFBV §5.1.3).",
    example=parts.subproject_example,
    source="SFBV §5.1.3",
)
def compose_assignment(subproject: Subproject, *, lang: str) -> Document:
    """Compose the assignment: the office's header, then the template's six parts.

    Args:
        subproject: the subproject.
        lang: the language of the labels; the subproject's own text is kept as written.

    Returns:
        The document tree.

    """
    _ = translation(lang).gettext
    sp = subproject
    assignment = sp.assignment or Assignment()
    blocks: list[Block] = [parts.key_values(parts.office_header(sp, lang=lang))]
    blocks += parts.assignment_blocks(sp, lang, level=2)
    blocks += [
        Heading(_("Delimitations")),
        Paragraph.of(parts.text_or_missing(assignment.delimitations, lang)),
        Heading(_("Composition of the working group")),
        Paragraph.of(parts.text_or_missing(assignment.group_composition, lang)),
        parts.working_group(sp, lang),
        Heading(_("Timeline")),
        Paragraph.of(parts.text_or_missing(assignment.timeline, lang)),
        parts.source_line("5.1.3", lang),
    ]
    return Document(
        kind="assignment",
        title=_("Assignment: {subproject}").format(subproject=sp.label()),
        blocks=tuple(blocks),
        lang=lang,
    )


def render_assignment(
    subproject: Subproject,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render a subproject's assignment (uppdrag) in the template's order (SFBV §5.1.3).

    The office's header (subproject id and title, healthcare region,
    participating regions, the office's contact person, the date the management
    group decided the start, the stage), then the six parts: Bakgrund; Syfte och
    frågeställning; Specifika uppdragspunkter; Avgränsningar; Arbetsgruppens
    sammansättning (with the working group as a table: name, role, profession,
    region); Tidplan. A missing part is shown as "[Saknas]" ("[Missing]"), never
    left out.

    Args:
        subproject: the subproject.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels; the subproject's own
            text is printed as written.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The document in ``format``.

    Raises:
        InvalidValue: not a subproject, or an unknown format or language.

    Example:
        >>> from vardservice.subprojects import Assignment, Subproject
        >>> sp = Subproject(id="SFBV-2023-04", title="Höftfrakturvård",
        ...                 participating_regions=["10", "13", "07", "12"],
        ...                 assignment=Assignment(background="Vårdtiderna skiljer sig."))
        >>> lines = render_assignment(sp, format="text").splitlines()
        >>> lines[0]
        'Uppdrag: SFBV-2023-04 Höftfrakturvård'
        >>> lines[lines.index("Avgränsningar i projektet") + 2]
        '[Saknas]'
        >>> [line for line in render_assignment(sp).splitlines() if line.startswith("## ")]
        ... # doctest: +NORMALIZE_WHITESPACE
        ['## Bakgrund', '## Syfte och frågeställning/problembeskrivning',
         '## Specifika uppdragspunkter', '## Avgränsningar i projektet',
         '## Arbetsgruppens sammansättning', '## Tidplan']

    """
    sp = parts.check_subproject("render_assignment", subproject)
    return DOCUMENTS["assignment"].render(
        sp, format=format, lang=lang, template_dir=template_dir, fragment=fragment
    )


# -- the final report (slutrapport) ---------------------------------------------------------


@document(
    "final-report",
    Subproject,
    summary="The skeleton of a subproject's final report (slutrapport), pre-filled (SFBV §5.4.1).",
    example=parts.subproject_example,
    source="SFBV §5.4.1",
)
def compose_final_report(subproject: Subproject, *, lang: str) -> Document:
    """Compose the final report's skeleton: the template's five titles and the follow-up.

    Args:
        subproject: the subproject.
        lang: the language of the labels.

    Returns:
        The document tree.

    """
    _ = translation(lang).gettext
    sp = subproject
    titles = section_labels(lang)
    chairs = [member.name for member in sp.working_group if member.role is Role.CHAIR]
    head = [
        *parts.office_header(sp, lang=lang),
        (_("Chair"), join_words(chairs, lang) or parts.missing(lang)),
    ]
    report = sp.final_report
    if report is not None and report.writers:
        head.append((_("Written by"), join_words(report.writers, lang)))
    if report is not None and report.responsible_writer.strip():
        head.append((_("Overall responsibility for the report"), report.responsible_writer))
    blocks: list[Block] = [
        parts.key_values(head),
        Heading(titles[ReportSection.ASSIGNMENT]),
        *parts.assignment_blocks(sp, lang, level=3),
        Heading(titles[ReportSection.GROUP_COMPOSITION]),
        parts.working_group(sp, lang),
        Heading(titles[ReportSection.CURRENT_STATE]),
        *parts.current_state(sp, lang),
        Heading(titles[ReportSection.ANALYSIS]),
        parts.analysis(sp, lang),
        Heading(titles[ReportSection.PROPOSALS]),
        parts.action_proposals(sp, lang),
        *parts.proposal_assessment(sp, lang),
        *parts.follow_up_proposal(sp, lang),
        parts.source_line("5.4.1", lang),
    ]
    return Document(
        kind="final-report",
        title=_("Final report: {subproject}").format(subproject=sp.label()),
        blocks=tuple(blocks),
        lang=lang,
    )


def render_final_report(
    subproject: Subproject,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render the skeleton of a subproject's final report (slutrapport, SFBV §5.4.1).

    The template's five sections, filled with what the model holds: Uppdrag (the
    assignment's background, purpose and points), Gruppsammansättning (the working
    group), Nuläge (each participating region's current state, SFBV §5.2), Analys
    (§5.3), Förslag (the action proposals with their rough cost estimates in mnkr:
    "1,2 mnkr"; their reasonableness and feasibility and the risk of displacement,
    §5.4); then Förslag till uppföljning: how, when, by whom and the parameters
    (§5.8), with the follow-up plan documented at the start. Text the working group
    still has to write is marked "[Att fylla i]" ("[To be written]"), only where the
    report's field is empty; what the model should have but lacks, "[Saknas]".

    Args:
        subproject: the subproject.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The document in ``format``.

    Raises:
        InvalidValue: not a subproject, or an unknown format or language.

    """
    sp = parts.check_subproject("render_final_report", subproject)
    return DOCUMENTS["final-report"].render(
        sp, format=format, lang=lang, template_dir=template_dir, fragment=fragment
    )


# -- the follow-up report (uppföljningsrapport) ---------------------------------------------


@document(
    "follow-up",
    Subproject,
    summary="The skeleton of a subproject's follow-up report (uppföljningsrapport) (SFBV §5.8).",
    example=parts.subproject_example,
    source="SFBV §5.8",
)
def compose_follow_up(subproject: Subproject, *, lang: str) -> Document:
    """Compose the follow-up report's skeleton: due date, implementation, decisions, bodies.

    Args:
        subproject: the subproject.
        lang: the language of the labels.

    Returns:
        The document tree.

    """
    _ = translation(lang).gettext
    sp = subproject
    missing = parts.missing(lang)
    proposal = sp.final_report.follow_up if sp.final_report else None
    report = parts.main_follow_up(sp)
    approved = board_approval(sp)
    due = follow_up_due(sp)
    by_whom: Cell = (
        report.written_by
        if report is not None and report.written_by.strip()
        else parts.text_or_missing(proposal.by_whom, lang)
        if proposal
        else missing
    )
    head = [
        *parts.office_header(sp, lang=lang),
        (_("Final report approved by the board"), missing if approved is None else Day(approved)),
        (_("Follow-up due"), missing if due is None else Day(due)),
        (_("By whom"), by_whom),
        (_("How"), parts.text_or_missing(proposal.how, lang) if proposal else missing),
    ]
    if report is not None:
        head.append((_("Follow-up report dated"), Day(report.date)))
    blocks: list[Block] = [parts.key_values(head)]
    if approved is None:
        blocks.append(Paragraph.of(_("The board has not yet approved the final report.")))
    blocks += [
        Paragraph.of(_("Length: brief, about 3–6 pages.")),
        Heading(_("How far implementation has come")),
        Paragraph.of(
            _(
                "Data describing how far implementation has come in each region, "
                "per follow-up parameter."
            )
        ),
    ]
    blocks += parts.implementation(sp, lang)
    summary = report.summary if report is not None else ""
    blocks += [
        Heading(_("Conclusions")),
        Paragraph.of(summary if summary.strip() else parts.to_write(lang)),
        Heading(_("The regions' decisions")),
        *parts.regional_decisions(sp, lang),
        *parts.presentation(sp, lang),
        Paragraph.of(
            _("Depending on the results, a further follow-up may be made after 6–12 months.")
        ),
        parts.source_line("5.8", lang),
    ]
    return Document(
        kind="follow-up",
        title=_("Follow-up report: {subproject}").format(subproject=sp.label()),
        blocks=tuple(blocks),
        lang=lang,
    )


def render_follow_up(
    subproject: Subproject,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render the skeleton of a subproject's follow-up report (uppföljningsrapport, SFBV §5.8).

    The date the board approved the final report and the follow-up's due date
    (:func:`~vardservice.subprojects.follow_up_due`: 12 calendar months later),
    who follows up and the parameters the final report proposed; sections for
    how far implementation has come and the data; the regions' decisions with
    their protocol excerpts; the follow-up reports made so far; and to whom the
    report is presented (the collaboration group, the management group, the
    board), with the date of the report each body saw or "[Att fylla i]".

    Args:
        subproject: the subproject.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The document in ``format``.

    Raises:
        InvalidValue: not a subproject, or an unknown format or language.

    """
    sp = parts.check_subproject("render_follow_up", subproject)
    return DOCUMENTS["follow-up"].render(
        sp, format=format, lang=lang, template_dir=template_dir, fragment=fragment
    )


# -- the decision status (regionernas beslut) -----------------------------------------------


def _decision_rows(sp: Subproject, lang: str) -> tuple[tuple[Cell, ...], ...]:
    """Return a row per participating region (then any other deciding region), latest decision."""
    _ = translation(lang).gettext
    cells = decision_cells(lang)
    decided: dict[Region, Milestone] = {
        m.region: m
        for m in sp.milestones_of(MilestoneKind.REGIONAL_DECISION)
        if m.region is not None
    }
    others = [region for region in decided if region not in sp.participating_regions]
    rows: list[tuple[Cell, ...]] = []
    for region in (*sp.participating_regions, *others):
        name = region.short_name
        if region in others:
            name = _("{region} (not participating)").format(region=name)
        decision = decided.get(region)
        if decision is None:
            rows.append((name, Emph(_("no decision recorded")), None, None, None, None, None))
            continue
        level: Cell = cells[decision.level] if decision.level else None
        outcome: Cell = cells[decision.outcome] if decision.outcome else None
        excerpt = decision.excerpt
        if excerpt is None:
            rows.append(
                (
                    name,
                    Day(decision.date),
                    level,
                    outcome,
                    Emph(_("no protocol excerpt")),
                    None,
                    None,
                )
            )
        else:
            rows.append(
                (
                    name,
                    Day(decision.date),
                    level,
                    outcome,
                    excerpt.case_number,
                    Number(excerpt.paragraph),
                    Day(excerpt.date),
                )
            )
    return tuple(rows)


@document(
    "decision-status",
    Subproject,
    summary=(
        "Which participating regions have decided, when, with which protocol excerpt (SFBV §5.6)."
    ),
    example=parts.subproject_example,
    source="SFBV §5.6",
)
def compose_decision_status(subproject: Subproject, *, lang: str) -> Document:
    """Compose the decision status: the board's recommendation and each region's decision.

    Args:
        subproject: the subproject.
        lang: the language of the labels.

    Returns:
        The document tree.

    """
    translations = translation(lang)
    _ = translations.gettext
    sp = subproject
    board = sp.first(MilestoneKind.BOARD_RECOMMENDATION)
    decisions = sp.milestones_of(MilestoneKind.REGIONAL_DECISION)
    recommended: Cell = Day(board.date) if board else Emph(_("no recommendation recorded"))
    head = [
        *parts.office_header(sp, lang=lang),
        (milestone_label(MilestoneKind.BOARD_RECOMMENDATION, lang=lang), recommended),
    ]
    blocks: list[Block] = [parts.key_values(head)]
    if board is not None and board.wording.strip():
        blocks.append(
            Paragraph.of(*fill(_("The board’s recommendation: {wording}"), wording=board.wording))
        )
    blocks += [
        Paragraph.of(
            _("Each region decides for itself and sends its protocol excerpt to the office.")
        ),
        Heading(_("Decisions by region")),
    ]
    total = len(sp.participating_regions)
    if total:
        done = total - len(undecided_regions(sp))
        summary = translations.ngettext(
            "{n} of {total} region has decided.", "{n} of {total} regions have decided.", total
        )
        blocks.append(Paragraph.of(Strong(summary.format(n=done, total=total))))
    else:
        blocks.append(Paragraph.of(_("No participating regions are recorded.")))
    rows = _decision_rows(sp, lang)
    if rows:
        columns = (
            Column(_("Region")),
            Column(_("Decided on")),
            Column(_("Level")),
            Column(_("Outcome")),
            Column(_("Case number")),
            Column(_("Paragraph"), "right"),
            Column(_("Meeting date")),
        )
        blocks.append(Table(columns=columns, rows=rows))
    unnamed = sum(1 for m in decisions if m.region is None)
    if unnamed:
        blocks.append(
            Note.of(
                translations.ngettext(
                    "{n} regional decision names no region.",
                    "{n} regional decisions name no region.",
                    unnamed,
                ).format(n=unnamed)
            )
        )
    blocks.append(parts.source_line("5.6", lang))
    return Document(
        kind="decision-status",
        title=_("Decision status: {subproject}").format(subproject=sp.label()),
        blocks=tuple(blocks),
        lang=lang,
    )


def render_decision_status(
    subproject: Subproject,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render which participating regions have decided on a subproject (SFBV §5.6).

    "Varje huvudman fattar sitt eget beslut … protokollsutdrag skickas till
    kansliet": after the office's header, the date of the board's recommendation
    (Södra regionvårdsnämnden), a one-line summary ("3 av 4 regioner har
    beslutat."; a decision only postponed does not count) and a table with a row per
    participating region: the date of its decision (a ``MilestoneKind.REGIONAL_DECISION``
    milestone naming the region; the latest counts), its level (political or
    official, SFBV §5.6) and outcome, and its protocol excerpt (case number,
    paragraph, meeting date), or "inget beslut registrerat". A
    region that decided without taking part is listed after them, marked.

    Args:
        subproject: the subproject.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The document in ``format``.

    Raises:
        InvalidValue: not a subproject, or an unknown format or language.

    Example:
        >>> from vardservice.subprojects import Milestone, Subproject
        >>> sp = Subproject(id="SFBV-2023-04", title="Höftfrakturvård",
        ...     participating_regions=["Blekinge", "Halland", "Kronoberg", "Skåne"],
        ...     milestones=[Milestone(kind="regional_decision", date="2024-06-04",
        ...                           region="Blekinge")])
        >>> lines = render_decision_status(sp, format="text").splitlines()
        >>> lines[0]
        'Regionernas beslut: SFBV-2023-04 Höftfrakturvård'
        >>> [line for line in lines if "beslut" in line][1:]  # doctest: +NORMALIZE_WHITESPACE
        ['Varje region fattar sitt eget beslut och skickar sitt protokollsutdrag till kansliet.',
         '1 av 4 regioner har beslutat.',
         'Halland    inget beslut registrerat',
         'Kronoberg  inget beslut registrerat',
         'Skåne      inget beslut registrerat']

    """
    sp = parts.check_subproject("render_decision_status", subproject)
    return DOCUMENTS["decision-status"].render(
        sp, format=format, lang=lang, template_dir=template_dir, fragment=fragment
    )
