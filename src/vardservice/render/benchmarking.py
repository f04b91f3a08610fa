"""The key-figure benchmarking report and its chart (BS §3.2)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from vardservice.benchmarking import Comparison
from vardservice.errors import InvalidValue
from vardservice.regions import REGIONS

if TYPE_CHECKING:
    pass
from vardservice.render._legacy import RenderFormat, _check, _context, _render, environment

_SUPERSCRIPTS: Final = {"**2": "²", "**3": "³", "^2": "²", "^3": "³"}


def _unit_label(unit: str) -> str:
    """Return a pint unit string for people: ``kr/m**2`` → ``kr/m²``."""
    for pint_power, superscript in _SUPERSCRIPTS.items():
        unit = unit.replace(pint_power, superscript)
    return unit.replace(" ", "")


def render_benchmark(
    comparison: Comparison,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a key-figure benchmarking report (nyckeltalsjämförelse, BS §3.2).

    A table of the reporting regions by rank (value, rank, deviation from the
    median), the quartiles, strengths and areas to develop, peer groups by fee
    tier, and the regions that did not report. The reader's region
    (:attr:`~vardservice.benchmarking.Comparison.region`) is marked.

    Args:
        comparison: from :func:`vardservice.benchmarking.compare`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language.

    """
    if not isinstance(comparison, Comparison):
        raise InvalidValue("render_benchmark", "comparison", comparison, "a Comparison")
    _check(format, lang)
    names = {r.code: r.short_name for r in REGIONS}
    # The HTML template includes benchmark.svg.j2, which places this layout.
    chart = _chart_layout(comparison) if format == "html" else None
    return _render(
        "benchmark",
        format,
        lang,
        template_dir,
        chart=chart,
        c=comparison,
        figure_name=comparison.figure.name(lang),
        unit=_unit_label(comparison.figure.unit),
        names=names,
        strengths=[names[code] for code in comparison.strengths],
        areas=[names[code] for code in comparison.areas_to_develop],
        missing=[names[code] for code in comparison.missing],
    )


_CHART_WIDTH: Final = Decimal(640)
_CHART_LEFT: Final = Decimal(150)  # region names
_CHART_RIGHT: Final = Decimal(90)  # values after the bars
_CHART_TOP: Final = Decimal(40)  # title
_CHART_ROW: Final = Decimal(22)
_CHART_BAR: Final = Decimal(16)
_TENTH: Final = Decimal("0.1")


def _coordinate(value: Decimal) -> str:
    """Return an SVG coordinate to a tenth of a pixel (pixels need no more precision)."""
    return str(value.quantize(_TENTH))


def _chart_layout(comparison: Comparison) -> dict[str, Any]:
    """Return the geometry of the bar chart: one bar per reporting region, by rank."""
    values = [r.value for r in comparison.results]
    low, high = min(min(values), Decimal(0)), max(max(values), Decimal(0))
    span = (high - low) or Decimal(1)
    plot = _CHART_WIDTH - _CHART_LEFT - _CHART_RIGHT

    def x(value: Decimal) -> Decimal:
        return _CHART_LEFT + (value - low) / span * plot

    zero = x(Decimal(0))
    bars = []
    for i, result in enumerate(comparison.results):
        end = x(result.value)
        top = _CHART_TOP + _CHART_ROW * i
        bars.append(
            {
                "result": result,
                "x": _coordinate(min(zero, end)),
                "y": _coordinate(top),
                "width": _coordinate(abs(end - zero)),
                "height": _coordinate(_CHART_BAR),
                "text_y": _coordinate(top + _CHART_BAR - 4),
                "value_x": _coordinate(max(zero, end) + 4),
                "reader": result.region == comparison.region,
            }
        )
    bottom = _CHART_TOP + _CHART_ROW * len(comparison.results)
    return {
        "width": _coordinate(_CHART_WIDTH),
        "height": _coordinate(bottom + 24),
        "label_x": _coordinate(_CHART_LEFT - 6),
        "median_x": _coordinate(x(comparison.median)),
        "median_top": _coordinate(_CHART_TOP - 8),
        "median_bottom": _coordinate(bottom),
        "median_label_y": _coordinate(bottom + 16),
        "bars": bars,
    }


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
    its HTML output. The template ``benchmark.svg.j2`` only places what this
    function has laid out.

    Raises:
        InvalidValue: not a comparison, or an unknown language.

    """
    if not isinstance(comparison, Comparison):
        raise InvalidValue("render_benchmark_chart", "comparison", comparison, "a Comparison")
    _check("html", lang)
    env = environment(template_dir)
    template = env.get_template("benchmark.svg.j2")
    return template.render(
        **_context(lang),
        c=comparison,
        figure_name=comparison.figure.name(lang),
        unit=_unit_label(comparison.figure.unit),
        names={r.code: r.short_name for r in REGIONS},
        chart=_chart_layout(comparison),
    )
