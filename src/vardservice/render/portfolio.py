"""The portfolio overview (portföljöversikt, SFBV §1)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vardservice.errors import InvalidValue
from vardservice.portfolio import COUNTS, PortfolioSummary

if TYPE_CHECKING:
    pass
from vardservice.render._labels import _LABELS
from vardservice.render._legacy import RenderFormat, _check, _render


def render_portfolio(
    summary: PortfolioSummary,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a portfolio overview (portföljöversikt): the counts and a table of subprojects.

    The summary's counts (started, final-reported, decided by the board, in
    implementation, followed up, follow-ups overdue and due within 30 days), the
    number of subprojects per stage (stages with none left out), then one row
    per subproject: id and title, the stage in words, and the next deadline,
    marked when overdue or due within 30 days.

    Args:
        summary: from :func:`vardservice.portfolio.summarize`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or not a portfolio summary.

    """
    if not isinstance(summary, PortfolioSummary):
        raise InvalidValue("render_portfolio", "summary", summary, "a PortfolioSummary")
    _check(format, lang)
    labels = _LABELS[lang]
    counts = [(labels[f"sp_{name}"], getattr(summary, name)) for name in ("total", *COUNTS)]
    rows = [
        {
            "label": entry.label(),
            "stage": labels[f"stage_{entry.stage.value}"],
            "deadline": entry.next_deadline,
            "overdue": entry.overdue,
            "mark": labels["sp_overdue"]
            if entry.overdue
            else labels["sp_due_soon"]
            if entry.due_soon
            else "",
        }
        for entry in summary.entries
    ]
    return _render(
        "portfolio",
        format,
        lang,
        template_dir,
        summary=summary,
        counts=counts,
        by_stage=[
            (labels[f"stage_{stage.value}"], count)
            for stage, count in summary.by_stage.items()
            if count
        ],
        rows=rows,
    )
