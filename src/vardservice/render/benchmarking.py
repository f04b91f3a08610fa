"""The key-figure benchmarking report and its bar chart (nyckeltalsjämförelse, BS §3.2).

Each composer builds a document tree (:mod:`vardservice.render._tree`) once; the
writers give it as Markdown, HTML or text. The chart is laid out in Python
(``render/_layout/chart.py``) and placed by the template
``svg/chart.j2`` of the same environment as the writers, so a ``template_dir``
holding its own ``svg/chart.j2`` changes the picture too. The report's HTML
embeds the chart as a figure; :func:`render_benchmark_chart` gives it alone.

Example:
    >>> comparison = _example()
    >>> render_benchmark(comparison).splitlines()[0]
    '# Nyckeltalsjämförelse 2022: Kostnad per städad kvadratmeter'
    >>> render_benchmark_chart(comparison).startswith("<svg")
    True

"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any, Final

from vardservice._i18n import join_words, translation
from vardservice.benchmarking import BenchmarkData, Comparison, RegionResult, compare
from vardservice.errors import InvalidValue
from vardservice.regions import REGIONS
from vardservice.render._env import RenderFormat, environment
from vardservice.render._layout.chart import bar_chart
from vardservice.render._registry import DOCUMENTS, Option, document
from vardservice.render._tree import (
    Block,
    Cell,
    Column,
    Day,
    Document,
    Figure,
    Heading,
    Inline,
    Number,
    Paragraph,
    Strong,
    Table,
    fill,
)
from vardservice.units import format_number

__all__ = ["render_benchmark", "render_benchmark_chart"]

_SUPERSCRIPTS: Final = {"**2": "²", "**3": "³", "^2": "²", "^3": "³"}
_OPTIONS: Final = (
    Option(name="year", kind="year", help="the year to compare", required=True),
    Option(name="figure", help="the id of the key figure (default: the file's first)"),
    Option(name="region", help="your region, a county code or name, to mark"),
)


def _unit_label(unit: str) -> str:
    """Return a pint unit string for people: ``kr/m**2`` → ``kr/m²``."""
    for pint_power, superscript in _SUPERSCRIPTS.items():
        unit = unit.replace(pint_power, superscript)
    return unit.replace(" ", "")


def _name(code: str) -> str:
    """Return a region's short name ("Halland"); an unknown code as it is."""
    region = next((region for region in REGIONS if region.code == code), None)
    return code if region is None else region.short_name


def _figure_name(comparison: Comparison, lang: str) -> str:
    figure = comparison.figure
    return figure.name_sv if lang == "sv" else figure.name_en


def comparison_of(
    data: BenchmarkData,
    *,
    year: int,
    figure: str | None = None,
    region: str | None = None,
    **_: Any,
) -> Comparison:
    """Return the comparison of one key figure of ``data`` for ``year`` (for the CLI).

    Args:
        data: the key figures and observations read from a file.
        year: the year to compare.
        figure: the key figure's id; by default the first of the file.
        region: the reader's region, to mark.

    Raises:
        InvalidValue: no key figure in ``data``, an unknown id, or no region reported.

    """
    if figure is None and not data.key_figures:
        raise InvalidValue("render benchmark", "key_figures", [], "at least one key figure")
    chosen = data.key_figures[0] if figure is None else data.figure(figure)
    return compare(chosen, data.observations, year, region=region)


def _example() -> Comparison:
    from vardservice.benchmarking import KeyFigure, Observation

    figure = KeyFigure(
        id="LV1",
        name_sv="Kostnad per städad kvadratmeter",
        name_en="Cost per square metre cleaned",
        unit="kr/m**2",
        area="lokalvård",
        lower_is_better=True,
    )
    values = (("07", "310"), ("13", "290"), ("12", "330"), ("01", "500"), ("03", "290"))
    observations = [
        Observation(key_figure="LV1", region=code, year=2022, value=value, unit="kr/m**2")
        for code, value in values
    ]
    return compare(figure, observations, 2022, region="13")


def _region_cell(result: RegionResult, comparison: Comparison, lang: str) -> Cell:
    _ = translation(lang).gettext
    name = _name(result.region)
    parts: list[Inline] = [name]
    if result.region == comparison.region:
        parts = [Strong(name), " (" + _("your region") + ")"]
    if result.outlier:
        parts.append(" (" + _("outlier") + ")")
    return tuple(parts) if len(parts) > 1 else name


def _listed(label: str, codes: tuple[str, ...], lang: str) -> Paragraph:
    """Return "**Label:** Jönköping, Dalarna." ("inga." when there is none)."""
    _ = translation(lang).gettext
    listed = join_words((_name(code) for code in codes), lang) if codes else _("none")
    return Paragraph.of(Strong(label + ":"), " " + listed + ".")


@document(
    "benchmark",
    Comparison,
    summary="A key figure compared across the regions for a year, by rank (BS §3.2).",
    options=_OPTIONS,
    reads=BenchmarkData,
    prepare=comparison_of,
    example=_example,
    source="BS §3.2",
    draws=True,
)
def compose_benchmark(
    comparison: Comparison, *, lang: str, template_dir: str | Path | None = None
) -> Document:
    """Compose the benchmarking report: ranks, quartiles, strengths, peer groups, the chart.

    Args:
        comparison: from :func:`vardservice.benchmarking.compare`.
        lang: the language.
        template_dir: your own templates (for the chart's ``svg/chart.j2``).

    Returns:
        The document tree.

    """
    _ = translation(lang).gettext
    figure = comparison.figure
    unit = _unit_label(figure.unit)
    if figure.lower_is_better:
        about = _("Key figure: {id}, area {area}, unit {unit} (lower is better).")
    else:
        about = _("Key figure: {id}, area {area}, unit {unit} (higher is better).")
    ranks = Table(
        columns=(
            Column(_("Rank"), "right"),
            Column(_("Region")),
            Column(_("Value ({unit})").format(unit=unit), "right"),
            Column(_("Deviation from median"), "right"),
            Column(_("Deviation, %"), "right"),
        ),
        rows=tuple(
            (
                Number(result.rank),
                _region_cell(result, comparison, lang),
                Number(result.value, 2),
                Number(result.deviation, 2),
                "–" if result.deviation_percent is None else Number(result.deviation_percent, 1),
            )
            for result in comparison.results
        ),
        mark=frozenset(
            i for i, result in enumerate(comparison.results) if result.region == comparison.region
        ),
    )
    quartiles = Table(
        columns=(
            Column(_("First quartile"), "right"),
            Column(_("Median"), "right"),
            Column(_("Third quartile"), "right"),
        ),
        rows=(
            (
                Number(comparison.q1, 2),
                Number(comparison.median, 2),
                Number(comparison.q3, 2),
            ),
        ),
    )
    peers = Table(
        columns=(Column(_("Tier"), "right"), Column(_("Region")), Column(_("Median"), "right")),
        rows=tuple(
            (
                Number(group.tier.value),
                join_words((_name(code) for code in group.regions), lang),
                Number(group.median, 2),
            )
            for group in comparison.peer_groups
        ),
    )
    methods = fill(
        _(
            "The peer groups' fee tiers are set by the population on {day}. "
            "Rank 1 is best; equal values share a rank. "
            "Quartiles by linear interpolation (as QUARTILE.INC in Excel). "
            "Outlier: more than 1.5 × the interquartile range outside the quartiles. "
            "Key-figure benchmarking per {source}."
        ),
        day=Day(datetime.date(comparison.population_year, 12, 31)),
        source=comparison.source.text,
    )
    blocks: tuple[Block, ...] = (
        Paragraph.of(about.format(id=figure.id, area=figure.area, unit=unit)),
        ranks,
        _chart(comparison, lang, template_dir),
        quartiles,
        _listed(_("Strengths (best quartile)"), comparison.strengths, lang),
        _listed(_("Areas to develop (worst quartile)"), comparison.areas_to_develop, lang),
        _listed(_("Regions that did not report"), comparison.missing, lang),
        Heading(_("Peer groups by fee tier")),
        peers,
        Paragraph(methods),
    )
    return Document(
        kind="benchmark",
        title=_("Key-figure benchmarking {year}: {figure}").format(
            year=comparison.year, figure=_figure_name(comparison, lang)
        ),
        lang=lang,
        blocks=blocks,
    )


def _chart_title(comparison: Comparison, lang: str) -> str:
    """Return the chart's title: "Kostnad per städad kvadratmeter, 2022 (kr/m²)"."""
    name, unit = _figure_name(comparison, lang), _unit_label(comparison.figure.unit)
    return f"{name}, {comparison.year} ({unit})"


def _chart(comparison: Comparison, lang: str, template_dir: str | Path | None) -> Figure:
    """Return the bar chart as a figure: laid out here, placed by ``svg/chart.j2``."""
    _ = translation(lang).gettext
    results = comparison.results
    names = [_name(result.region) for result in results]
    ranks = [result.rank for result in results]
    shown = [format_number(result.value, decimals=2, lang=lang) for result in results]
    median_word = _("Median")
    median_label = f"{median_word} {format_number(comparison.median, decimals=2, lang=lang)}"
    layout = bar_chart(
        [result.value for result in results],
        median=comparison.median,
        marked={i for i, result in enumerate(results) if result.region == comparison.region},
        labels=[f"{rank}. {name}" for rank, name in zip(ranks, names, strict=True)],
        values_text=shown,
        title=_chart_title(comparison, lang),
        median_label=median_label,
    )
    label = _("Bar chart: value per region, sorted by rank; the line is the median")
    text = {
        "title": _chart_title(comparison, lang),
        "label": label,
        "unit": _unit_label(comparison.figure.unit),
        "median": median_word,
        "names": names,
        "ranks": ranks,
        "values": shown,
    }
    template = environment(template_dir, lang=lang).get_template("svg/chart.j2")
    svg = template.render(chart=layout, text=text, median=comparison.median)
    return Figure(svg=svg, caption=label)


@document(
    "benchmark-chart",
    Comparison,
    summary="A key figure across the regions as an SVG bar chart, by rank (BS §3.2).",
    formats=("svg",),
    options=_OPTIONS,
    reads=BenchmarkData,
    prepare=comparison_of,
    example=_example,
    source="BS §3.2",
    draws=True,
)
def compose_benchmark_chart(
    comparison: Comparison, *, lang: str, template_dir: str | Path | None = None
) -> Document:
    """Compose the bar chart alone: a document whose one block is the figure.

    Args:
        comparison: from :func:`vardservice.benchmarking.compare`.
        lang: the language.
        template_dir: your own templates (for ``svg/chart.j2``).

    Returns:
        The document tree.

    """
    return Document(
        kind="benchmark-chart",
        title=_chart_title(comparison, lang),
        lang=lang,
        blocks=(_chart(comparison, lang, template_dir),),
    )


def render_benchmark(
    comparison: Comparison,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render a key-figure benchmarking report (nyckeltalsjämförelse, BS §3.2).

    A table of the reporting regions by rank (value, rank, deviation from the
    median), the quartiles, strengths and areas to develop, peer groups by fee
    tier, and the regions that did not report. The reader's region
    (:attr:`~vardservice.benchmarking.Comparison.region`) is marked. The HTML
    embeds the bar chart of :func:`render_benchmark_chart` as a figure.

    Args:
        comparison: from :func:`vardservice.benchmarking.compare`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The report.

    Raises:
        InvalidValue: not a comparison, or an unknown format or language.

    """
    if not isinstance(comparison, Comparison):
        raise InvalidValue("render_benchmark", "comparison", comparison, "a Comparison")
    return DOCUMENTS["benchmark"].render(
        comparison, format=format, lang=lang, template_dir=template_dir, fragment=fragment
    )


def render_benchmark_chart(
    comparison: Comparison,
    *,
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a comparison as an SVG bar chart: regions by rank, a median line.

    One bar per reporting region, best on top; the reader's region
    (:attr:`~vardservice.benchmarking.Comparison.region`) has the class
    ``reader`` and a stronger colour. :func:`render_benchmark` embeds the chart in
    its HTML output. The geometry is computed in Python
    (``render/_layout/chart.py``); the template ``svg/chart.j2`` only
    places it, and your own ``svg/chart.j2`` in ``template_dir`` replaces it.

    Args:
        comparison: from :func:`vardservice.benchmarking.compare`.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Returns:
        The SVG picture.

    Raises:
        InvalidValue: not a comparison, or an unknown language.

    """
    if not isinstance(comparison, Comparison):
        raise InvalidValue("render_benchmark_chart", "comparison", comparison, "a Comparison")
    return DOCUMENTS["benchmark-chart"].render(
        comparison, format="svg", lang=lang, template_dir=template_dir
    )
