"""Fee documents (BS §5.1–5.2): the regions with their population and tier, the fees and budget.

Each composer builds a document tree (:mod:`vardservice.render._tree`) once; the
writers give it as Markdown, HTML or text. Labels come from the gettext
catalogs (:mod:`vardservice._i18n`).

Example:
    >>> from vardservice.fees import region_tiers
    >>> text = render_regions(region_tiers(2023), format="markdown")
    >>> text.splitlines()[0]
    '# Regioner, folkmängd och avgiftsnivå 2023'

"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from vardservice._i18n import join_words, translation
from vardservice.errors import InvalidValue
from vardservice.fees import (
    TIER_SOURCE,
    Budget,
    FeeScheduleHistory,
    RegionTier,
    budget,
    region_tiers,
    tier_bands,
)
from vardservice.regions import Grade, PopulationFigure, PopulationSource
from vardservice.render._env import RenderFormat
from vardservice.render._registry import DOCUMENTS, Option, document
from vardservice.render._tree import (
    Amount,
    Column,
    Document,
    Emph,
    Inline,
    Link,
    Number,
    Paragraph,
    Sources,
    Strong,
    Table,
)

__all__ = ["render_fees", "render_regions"]


def unique(items: Iterable[Any]) -> list[Any]:
    """Return ``items`` without repeats, in first-seen order (for sources and footnotes)."""
    seen: list[Any] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def grade_label(grade: Grade | None, lang: str) -> str:
    """Return a provenance grade as a table cell: ``"SCB"``, ``"myndighet"``, ``"sekundär"``."""
    pgettext = translation(lang).pgettext
    labels = {
        "scb": "SCB",
        "authority": pgettext("population grade", "authority"),
        "secondary": pgettext("population grade", "secondary"),
        None: pgettext("population grade", "ungraded"),
    }
    return labels[grade]


def population_sources(figures: Iterable[PopulationFigure], lang: str) -> Sources:
    """Return the figures' sources: "Källa:", publisher, the source's own title, link, grade.

    Each source names the regions whose figure it gives, so a reader sees which
    figure rests on which page.
    """
    translations = translation(lang)
    figures = tuple(figures)
    sources: list[PopulationSource] = unique(f.source for f in figures)
    items: list[tuple[Inline, ...]] = []
    for source in sources:
        regions = [f for f in figures if f.source == source]
        line: list[Inline] = [source.heading]
        if source.url:
            line += [", ", Link(source.url, source.url)]
        names = _and(sorted({_short(f.region) for f in regions}, key=_order), lang)
        line.append(
            " ("
            + translations.gettext("{grade}; {regions}").format(
                grade=grade_label(source.grade, lang), regions=names
            )
            + ")."
        )
        items.append(tuple(line))
    label = translations.npgettext("sources", "Source", "Sources", len(items))
    return Sources(label, tuple(items))


def grade_legend(figures: Iterable[PopulationFigure], lang: str) -> Paragraph:
    """Return what the grades in the table mean, naming only the grades used."""
    _ = translation(lang).gettext
    meaning = {
        "scb": _("SCB = read on SCB’s own page"),
        "authority": _(
            "{authority} = a public authority republishing SCB’s table "
            "(Tillväxtverket, RegionFakta, a region)"
        ).format(authority=grade_label("authority", lang)),
        "secondary": _(
            "{secondary} = another page quoting SCB; check the figure against SCB’s table "
            "before an invoice rests on it"
        ).format(secondary=grade_label("secondary", lang)),
        None: _("{ungraded} = your own figure, not graded").format(
            ungraded=grade_label(None, lang)
        ),
    }
    used = {f.grade for f in figures}
    parts = [meaning[g] for g in ("scb", "authority", "secondary", None) if g in used]
    return Paragraph.of(_("Grade of the figure: {meanings}.").format(meanings="; ".join(parts)))


def _short(code: str) -> str:
    from vardservice.regions import get_region

    return get_region(code).short_name


def _order(name: str) -> str:
    from vardservice.regions import get_region

    return get_region(name).code


def _and(items: Sequence[str], lang: str) -> str:
    """Join ``items`` as "a, b och c" ("a, b and c" in English)."""
    if len(items) < 2:
        return "".join(items)
    word = " and " if lang == "en" else " och "
    return ", ".join(items[:-1]) + word + items[-1]


def _years(years: Sequence[int], lang: str) -> str:
    return join_words((str(year) for year in years), lang)


def _regions_example() -> tuple[RegionTier, ...]:
    return region_tiers(2023)


def _regions_of(_read: None, *, year: int | None = None, **_: object) -> tuple[RegionTier, ...]:
    """Return the regions' tiers of ``year``; by default the newest year shipped for all 21."""
    from vardservice.regions import shipped_populations

    return region_tiers(year if year is not None else shipped_populations().complete_years()[-1])


@document(
    "regions",
    tuple,
    summary="The 21 regions with population on 31 December and fee tier (BS §5.1).",
    options=(
        Option(
            name="year",
            kind="year",
            help="the year of the population figures (default: the newest for all 21)",
        ),
    ),
    reads=None,
    prepare=_regions_of,
    example=_regions_example,
    source="BS §5.1",
)
def compose_regions(rows: tuple[RegionTier, ...], *, lang: str) -> Document:
    """Compose the regions table: code, region, population on 31 December, fee tier.

    Raises:
        InvalidValue: no rows, or a row that is not a :class:`~vardservice.fees.RegionTier`.

    """
    if not rows or not all(isinstance(row, RegionTier) for row in rows):
        raise InvalidValue("render_regions", "rows", rows, "at least one row, each a RegionTier")
    _ = translation(lang).gettext
    years = _years(sorted({row.population.year for row in rows}), lang)
    bands = _bands(lang)
    table = Table(
        columns=(
            Column(_("County code")),
            Column(_("Region")),
            Column(_("Population on 31 December {years}").format(years=years), "right"),
            Column(_("Grade")),
            Column(_("Tier"), "right"),
        ),
        rows=tuple(
            (
                row.region.code,
                row.region.name,
                Number(row.population.population),
                grade_label(row.population.grade, lang),
                str(row.tier.value),
            )
            for row in rows
        ),
    )
    figures = [row.population for row in rows]
    return Document(
        kind="regions",
        title=_("Regions, population and fee tier {years}").format(years=years),
        lang=lang,
        blocks=(
            table,
            Paragraph.of(
                _("The fee tier is set by the population on 31 December {years}.").format(
                    years=years
                )
                + " "
                + _("Fee tiers according to {source}: {bands}.").format(
                    source=TIER_SOURCE.text, bands=bands
                )
            ),
            grade_legend(figures, lang),
            population_sources(figures, lang),
        ),
    )


def _bands(lang: str) -> str:
    _ = translation(lang).gettext
    return "; ".join(
        _("Tier {tier}: {band}").format(tier=band.tier.value, band=band.words(lang))
        for band in tier_bands()
    )


def render_regions(
    rows: Sequence[RegionTier],
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render the regions table: code, region, population on 31 December, fee tier.

    Args:
        rows: from :func:`vardservice.fees.region_tiers`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Raises:
        InvalidValue: an unknown format or language, or no rows.

    """
    rows = tuple(rows) if isinstance(rows, list | tuple) else rows
    return DOCUMENTS["regions"].render(
        rows, format=format, lang=lang, template_dir=template_dir, fragment=fragment
    )


def _fees_example() -> Budget:
    from vardservice.fees import FeeSchedule
    from vardservice.regions import REGIONS

    schedule = FeeSchedule.of(
        2024, {1: "40 000 kr", 2: "80 000 kr", 3: "120 000 kr"}, illustrative=True
    )
    return budget(REGIONS, 2024, schedule=schedule)


@document(
    "fees",
    Budget,
    summary="Each member's fee and the year's budget per tier (BS §5.1–5.2).",
    options=(Option(name="year", kind="year", help="the fee year", required=True),),
    reads=FeeScheduleHistory,
    prepare=lambda schedules, *, year, **_: budget_of(schedules, year),
    example=_fees_example,
    source="BS §5.1–5.2",
)
def compose_fees(result: Budget, *, lang: str) -> Document:
    """Compose each member's fee and the year's budget per tier."""
    _ = translation(lang).gettext
    blocks: list[Any] = []
    for schedule in unique(fee.schedule for fee in result.fees):
        parts: list[Inline] = [
            _("Fee schedule valid from {year}.").format(year=schedule.valid_from)
        ]
        if schedule.reference:
            parts.append(" " + _("Decision: {reference}.").format(reference=schedule.reference))
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
        blocks.append(Paragraph.of(*parts))
    years = _years(sorted({fee.population.year for fee in result.fees}), lang)
    total = _("Total")
    blocks.append(
        Table(
            columns=(
                Column(_("County code")),
                Column(_("Region")),
                Column(_("Population on 31 December {years}").format(years=years), "right"),
                Column(_("Grade")),
                Column(_("Tier"), "right"),
                Column(_("Fee"), "right"),
            ),
            rows=tuple(
                (
                    fee.region.code,
                    fee.region.name,
                    Number(fee.population.population),
                    grade_label(fee.population.grade, lang),
                    str(fee.tier.value),
                    Amount(fee.amount),
                )
                for fee in result.fees
            ),
            footer=((None, Strong(total), None, None, None, Amount(result.total)),),
        )
    )
    blocks.extend(_by_tier(result, lang))
    blocks.append(
        Paragraph.of(
            _("The fee tier is set by the population on 31 December {years}.").format(years=years)
            + " "
            + _("Fee tiers according to {source}: {bands}.").format(
                source=TIER_SOURCE.text, bands=_bands(lang)
            )
            + " "
            + _("The budget rests on the year’s fees according to {budget_source}.").format(
                budget_source=result.source.text
            )
        )
    )
    figures = [fee.population for fee in result.fees]
    blocks.append(grade_legend(figures, lang))
    blocks.append(population_sources(figures, lang))
    return Document(
        kind="fees",
        title=_("Fees and budget {year}").format(year=result.year),
        lang=lang,
        blocks=tuple(blocks),
    )


def _by_tier(result: Budget, lang: str) -> tuple[Any, ...]:
    from vardservice.render._tree import Heading

    _ = translation(lang).gettext
    return (
        Heading(_("By tier")),
        Table(
            columns=(
                Column(_("Tier"), "right"),
                Column(_("Members"), "right"),
                Column(_("Amount"), "right"),
            ),
            rows=tuple(
                (str(sub.tier.value), Number(sub.members), Amount(sub.amount))
                for sub in result.by_tier
            ),
            footer=(
                (
                    Strong(_("Total")),
                    Number(len(result.fees)),
                    Amount(result.total),
                ),
            ),
        ),
    )


def budget_of(schedules: FeeScheduleHistory, year: int) -> Budget:
    """Return the budget of every region for ``year`` under ``schedules`` (for the CLI)."""
    from vardservice.regions import REGIONS

    return budget(REGIONS, year, schedule=schedules)


def render_fees(
    budget: Budget,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render each member's fee and the year's budget per tier (BS §5.1-5.2).

    Args:
        budget: from :func:`vardservice.fees.budget`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Raises:
        InvalidValue: an unknown format or language, or not a budget.

    """
    return DOCUMENTS["fees"].render(
        budget, format=format, lang=lang, template_dir=template_dir, fragment=fragment
    )
