"""How the models look in a notebook: the render layer's entries in the display registry.

Importing :mod:`vardservice.render` registers, for each model a notebook user
looks at, how it is shown (:mod:`vardservice._display`): a budget as its fees
document, a compliance report, a portfolio summary, a subproject's decision
status, a benchmark comparison, the regions table, each as an HTML fragment or
Markdown in Swedish; a region, a fee schedule and a network as a table of their
fields; a compliance report as one table of its findings. Nothing here
computes: it calls the public renderers, or the writers with a small tree.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any, Literal

import attrs

from vardservice._display import register
from vardservice._i18n import translation
from vardservice.benchmarking import Comparison
from vardservice.fees import Budget, FeeSchedule, RegionTiers
from vardservice.networks import Network
from vardservice.portfolio import PortfolioSummary
from vardservice.regions import Region
from vardservice.render._tree import Code, Column, Day, Document, Paragraph, Strong, Table, fill
from vardservice.render._writers import write
from vardservice.render.benchmarking import render_benchmark
from vardservice.render.fees import render_fees, render_regions
from vardservice.render.portfolio import render_portfolio
from vardservice.render.rules import verdict
from vardservice.render.subprojects import render_decision_status
from vardservice.rules import Report
from vardservice.subprojects import Subproject

__all__ = ["fields_table", "findings_table", "register_displays"]

Format = Literal["html", "markdown"]
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)
_LONGEST = 80


def _fragment(text: str) -> str:
    """Return the body of a standalone HTML document (a notebook cell holds a fragment)."""
    found = _BODY.search(text)
    return found.group(1).strip() if found else text


def _shown(value: object) -> str:
    if isinstance(value, tuple | list | frozenset):
        return f"{len(value)} st."
    text = str(value.value if hasattr(value, "value") and not attrs.has(type(value)) else value)
    return text if len(text) <= _LONGEST else text[: _LONGEST - 1] + "…"


def fields_table(obj: Any, format: Format) -> str:
    """Return an attrs object as a two-column table of its fields (long values cut, lists counted).

    Args:
        obj: an attrs object.
        format: ``"html"`` or ``"markdown"``.

    Returns:
        The table, with the type's name above it.

    """
    rows = [(f.name, _shown(getattr(obj, f.name))) for f in attrs.fields(type(obj))]
    name = type(obj).__name__
    if format == "html":
        body = "".join(
            f"<tr><th scope='row'>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        return f"<table class='vardservice'><caption>{name}</caption><tbody>{body}</tbody></table>"

    def cell(text: str) -> str:
        return re.sub(r"([\\|*_`<>\[\]])", r"\\\1", text).replace("\n", " ")

    lines = [f"**{name}**", "", "| | |", "|---|---|"]
    lines += [f"| {cell(k)} | {cell(v)} |" for k, v in rows]
    return "\n".join(lines) + "\n"


def _document(render: Callable[..., str]) -> Callable[[Any, Format], str]:
    def shown(obj: Any, format: Format) -> str:
        text = render(obj, format=format)
        return _fragment(text) if format == "html" else text

    return shown


def findings_table(report: Report, format: Format) -> str:
    """Return a compliance report as one table of its findings (a notebook's view).

    Args:
        report: from :func:`vardservice.rules.check`.
        format: ``"html"`` or ``"markdown"``.

    Returns:
        The date and the verdict, then a row per finding: severity, code, path,
        message and source.

    """
    translated = translation(report.lang)
    _, pgettext = translated.gettext, translated.pgettext
    severity = {
        "error": pgettext("severity column", "error"),
        "warning": pgettext("severity column", "warning"),
        "info": pgettext("severity column", "info"),
    }
    rows = tuple(
        (severity[f.severity.value], Code(f.code), Code(f.path), f.message, str(f.source))
        for f in report.findings
    )
    labels = (_("Severity"), _("Code"), _("Path"), _("Message"), _("Source"))
    document = Document(
        kind="compliance",
        title=_("Compliance report: {subject}").format(subject=report.subject),
        lang=report.lang,
        blocks=(
            Paragraph.of(*fill(_("Checked as of {date}"), date=Day(report.as_of))),
            Paragraph.of(Strong(verdict(report, report.lang))),
            Table(columns=tuple(Column(label) for label in labels), rows=rows),
        ),
    )
    return _fragment(write(document, format)) if format == "html" else write(document, format)


def register_displays() -> None:
    """Register every model's display (done once, when :mod:`vardservice.render` is imported)."""
    register(Budget, _document(render_fees))
    register(RegionTiers, _document(render_regions))
    register(Report, findings_table)
    register(PortfolioSummary, _document(render_portfolio))
    register(Subproject, _document(render_decision_status))
    register(Comparison, _document(render_benchmark))
    for cls in (Region, FeeSchedule, Network):
        register(cls, fields_table)


register_displays()
