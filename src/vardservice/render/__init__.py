"""Renderers: Swedish (by default) or English documents from vardservice objects.

Every document is described once: its subject's module here composes a small
document tree (headings, paragraphs, tables with typed cells, lists, figures,
notes, sources; :mod:`vardservice.render._tree`), and one writer per format
turns any tree into Markdown, HTML or text — the design of docutils' doctree
and writers and of pandoc's AST. :data:`~vardservice.render.DOCUMENTS` lists every document type
(kind → what it renders, its composer, its formats); ``vardservice render
--list`` prints it.

Each public renderer is ``render_<subject>(obj, *, format="markdown", lang="sv") -> str``.
HTML is a standalone page (doctype, title, one stylesheet with print rules);
``fragment=True`` gives the bare ``<section>`` to embed in a page of your own.
Labels come from the gettext catalogs (Swedish by default, English on request);
numbers, money and dates are formatted by babel (CLDR) in the writers, the one
place they are formatted: "23,4 mnkr", "250 000", "18 november 2020".

The writers are jinja2 templates (``render/templates/<format>/``): a base
template per format with blocks, and a macro per block type. Put your own
``<format>/document.j2`` (``{% extends "<format>/base.j2" %}`` and override a
block) in a folder and pass it as ``template_dir``: your templates are tried
first and run in a sandbox of their own (jinja2's immutable sandbox: nothing they
do changes what another render sees), with bounded results (``**``, ``*``,
``range``) and output (10 million characters); any failure in them raises
:class:`~vardservice.errors.TemplateError` naming the template and line.

Output cannot carry an attack: HTML and SVG escape every string from the data,
Markdown escapes its markup and link syntax, links are made only for http(s)
URLs, and control characters from data (terminal escape sequences) come out as
U+FFFD in every format.

Example:
    >>> from vardservice.fees import region_tiers
    >>> text = render_regions(region_tiers(2023), format="markdown")
    >>> text.splitlines()[0]
    '# Regioner, folkmängd och avgiftsnivå 2023'
    >>> "fees" in DOCUMENTS
    True

"""

from __future__ import annotations

# Fill the display registry (vardservice._display): the models' notebook display.
from vardservice.render import _notebook  # noqa: F401
from vardservice.render._env import RenderFormat, environment
from vardservice.render._registry import DOCUMENTS, DocumentType, Option
from vardservice.render.benchmarking import render_benchmark, render_benchmark_chart
from vardservice.render.decisions import render_needs_inventory, render_protocol
from vardservice.render.fees import render_fees, render_regions
from vardservice.render.networks import render_network
from vardservice.render.planning import WheelFormat, render_annual_wheel, render_meeting_calendar
from vardservice.render.portfolio import render_portfolio
from vardservice.render.rules import render_check_run, render_compliance_report
from vardservice.render.subprojects import (
    milestone_label,
    render_assignment,
    render_decision_status,
    render_final_report,
    render_follow_up,
    stage_label,
)
from vardservice.render.vns import render_business_case, render_task_catalogue, render_vns_memo

__all__ = [
    "DOCUMENTS",
    "DocumentType",
    "Option",
    "RenderFormat",
    "WheelFormat",
    "environment",
    "milestone_label",
    "render_annual_wheel",
    "render_assignment",
    "render_benchmark",
    "render_benchmark_chart",
    "render_business_case",
    "render_check_run",
    "render_compliance_report",
    "render_decision_status",
    "render_fees",
    "render_final_report",
    "render_follow_up",
    "render_meeting_calendar",
    "render_needs_inventory",
    "render_network",
    "render_portfolio",
    "render_protocol",
    "render_regions",
    "render_task_catalogue",
    "render_vns_memo",
    "stage_label",
]
