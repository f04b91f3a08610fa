"""The portfolio overview (portföljöversikt, SFBV §1): the counts, each subproject, the stages.

A :class:`~vardservice.portfolio.PortfolioSummary` is composed once as a document
tree (:mod:`vardservice.render._tree`) and written as Markdown, HTML or text.
Labels come from the gettext catalogs (:mod:`vardservice._i18n`); the stages in
words from :func:`vardservice.render.subprojects.stage_label`.

Example:
    >>> summary = _example()
    >>> lines = render_portfolio(summary).splitlines()
    >>> lines[0]
    '# Portföljöversikt: Exempel, per 1 juni 2025'
    >>> lines[5]
    '| Startade | 3 |'

"""

from __future__ import annotations

import datetime
from pathlib import Path

from vardservice._i18n import translation
from vardservice.errors import InvalidValue
from vardservice.portfolio import COUNTS, DUE_SOON_DAYS, Portfolio, PortfolioSummary, summarize
from vardservice.render._env import RenderFormat, format_day
from vardservice.render._registry import DOCUMENTS, Option, document
from vardservice.render._tree import (
    Block,
    Cell,
    Column,
    Day,
    Document,
    Heading,
    Number,
    Paragraph,
    Table,
)
from vardservice.render._words import join_words
from vardservice.subprojects._words import stage_label

__all__ = ["compose_portfolio", "render_portfolio"]


def _example() -> PortfolioSummary:
    from vardservice.subprojects import Milestone, Subproject

    def recommended(on: str) -> list[Milestone]:
        return [
            Milestone(kind="start_decided", date="2023-02-10"),
            Milestone(kind="final_report", date="2024-01-31"),
            Milestone(kind="board_recommendation", date=on),
        ]

    subprojects = [
        Subproject(id="SFBV-2023-02", title="Palliativ vård", milestones=recommended("2024-04-19")),
        Subproject(id="SFBV-2023-04", title="Höftfraktur", milestones=recommended("2024-06-14")),
        Subproject(
            id="SFBV-2024-05",
            title="Kompetensförsörjning",
            milestones=[Milestone(kind="start_decided", date="2024-09-06")],
        ),
    ]
    return summarize(Portfolio(name="Exempel", subprojects=subprojects), as_of="2025-06-01")


def _summarize(
    portfolio: Portfolio, *, as_of: datetime.date | str, **_: object
) -> PortfolioSummary:
    """Return the summary of ``portfolio`` as of a date (for the CLI)."""
    return summarize(portfolio, as_of=as_of)


def _count_labels(lang: str) -> dict[str, str]:
    """Return the label of each count of a summary, by its attribute's name."""
    translated = translation(lang)
    # A context sets the counts apart from the stages of the same English name
    # ("Started": "Startade" subprojects here, the stage "Startat" there).
    pgettext = translated.pgettext
    return {
        "total": pgettext("portfolio count", "Subprojects in total"),
        "started": pgettext("portfolio count", "Started"),
        "final_reported": pgettext("portfolio count", "Final-reported"),
        "board_decided": pgettext("portfolio count", "Decided by the board"),
        "in_implementation": pgettext("portfolio count", "In implementation"),
        "followed_up": pgettext("portfolio count", "Followed up"),
        "follow_ups_overdue": pgettext("portfolio count", "Follow-ups overdue"),
        "follow_ups_due_soon": translated.ngettext(
            "Follow-ups due within {days} day", "Follow-ups due within {days} days", DUE_SOON_DAYS
        ).format(days=DUE_SOON_DAYS),
    }


def _deadline(day: datetime.date | None, *, overdue: bool, due_soon: bool, lang: str) -> Cell:
    """Return the next deadline's cell: the date, said to be overdue or due soon; "–" if none."""
    translated = translation(lang)
    if day is None:
        return "–"
    if overdue:
        text = translated.gettext("{date} (overdue)")
    elif due_soon:
        text = translated.ngettext(
            "{date} (within {days} day)", "{date} (within {days} days)", DUE_SOON_DAYS
        )
    else:
        return Day(day)
    return text.format(date=format_day(day, "long", lang), days=DUE_SOON_DAYS)


@document(
    "portfolio",
    PortfolioSummary,
    summary="A portfolio's overview: how many subprojects reached each step, each one's stage "
    "and next deadline (SFBV §1).",
    options=(Option(name="as_of", kind="date", help="the date to summarize on", required=True),),
    reads=Portfolio,
    prepare=_summarize,
    example=_example,
    source="SFBV §1, §5.8",
)
def compose_portfolio(
    summary: PortfolioSummary, *, lang: str, as_of_is_today: bool = False
) -> Document:
    """Compose a portfolio overview: the counts, a table of subprojects, the subprojects per stage.

    Args:
        summary: from :func:`vardservice.portfolio.summarize`.
        lang: the language.
        as_of_is_today: the caller took today's date (the command line's default):
            the title says so, "per 1 juni 2025 (dagens datum)".

    Returns:
        The document tree.

    """
    _ = translation(lang).gettext
    labels = _count_labels(lang)
    count = _("Count")
    stage = _("Stage")
    blocks: list[Block] = [
        Table(  # labelled values: no column headings, each label heads its row
            columns=(Column(""), Column("", "right")),
            rows=tuple(
                (labels[name], Number(getattr(summary, name))) for name in ("total", *COUNTS)
            ),
        )
    ]
    if summary.entries:
        blocks.append(
            Table(
                columns=(
                    Column(_("Subproject")),
                    Column(stage),
                    Column(_("Next deadline")),
                    Column(_("Regions not yet decided")),
                ),
                rows=tuple(
                    (
                        entry.label(),
                        stage_label(entry.stage, lang=lang),
                        _deadline(
                            entry.next_deadline,
                            overdue=entry.overdue,
                            due_soon=entry.due_soon,
                            lang=lang,
                        ),
                        join_words((r.short_name for r in entry.undecided_regions), lang) or "–",
                    )
                    for entry in summary.entries
                ),
                # Mark what needs the office's attention: follow-ups overdue or due soon.
                mark=frozenset(
                    i for i, entry in enumerate(summary.entries) if entry.overdue or entry.due_soon
                ),
            )
        )
        blocks.append(Heading(_("By stage")))
        blocks.append(
            Table(
                columns=(Column(stage), Column(count, "right")),
                rows=tuple(
                    (stage_label(at, lang=lang), Number(n))
                    for at, n in summary.by_stage.items()
                    if n
                ),
            )
        )
    else:
        blocks.append(Paragraph.of(_("No subprojects.")))
    day = format_day(summary.as_of, "long", lang)
    if as_of_is_today:
        day = _("{day} (today)").format(day=day)
    title = (
        _("Portfolio overview: {name}, as of {date}").format(name=summary.name, date=day)
        if summary.name
        else _("Portfolio overview, as of {date}").format(date=day)
    )
    return Document(kind="portfolio", title=title, lang=lang, blocks=tuple(blocks))


def render_portfolio(
    summary: PortfolioSummary,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
    as_of_is_today: bool = False,
) -> str:
    """Render a portfolio overview (portföljöversikt): the counts and a table of subprojects.

    The summary's counts (started, final-reported, decided by the board, in
    implementation, followed up, follow-ups overdue and due within 30 days), then
    one row per subproject: id and title, the stage in words, the next
    deadline, said to be overdue or due within 30 days (those rows are marked in
    HTML), and the participating regions that have not yet decided on the board's
    recommendation (SFBV §5.6); then the number of subprojects per stage (stages with
    none left out).

    Args:
        summary: from :func:`vardservice.portfolio.summarize`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.
        as_of_is_today: the summary's date is today's, taken by the caller (the
            library never reads the clock): the title then says "(dagens datum)".

    Returns:
        The overview in ``format``.

    Raises:
        InvalidValue: an unknown format or language, or not a portfolio summary.

    """
    if not isinstance(summary, PortfolioSummary):
        raise InvalidValue("render_portfolio", "summary", summary, "a PortfolioSummary")
    return DOCUMENTS["portfolio"].render(
        summary,
        format=format,
        lang=lang,
        template_dir=template_dir,
        fragment=fragment,
        **({"as_of_is_today": True} if as_of_is_today else {}),
    )
