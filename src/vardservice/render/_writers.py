"""Writers: one per format, each turning any document tree into text.

A writer is a template, ``render/templates/<format>/document.j2``, which
extends ``<format>/base.j2`` and renders every block with the macros of
``<format>/macros.j2`` (one macro per block type). A user's ``template_dir``
may hold its own ``<format>/document.j2`` (override a block of the base: the
HTML head and its stylesheet, the title) or ``<format>/<kind>.j2`` for one kind
of document. This module holds the few filters the writers need beyond the
formatting ones of :mod:`vardservice.render._env`: Markdown escaping and the
column layout of plain-text tables.
"""

from __future__ import annotations

from pathlib import Path

from vardservice.render import _tree
from vardservice.render._env import check_format, template

__all__ = ["write"]


def write(
    document: _tree.Document,
    format: str,
    *,
    template_dir: str | Path | None = None,
) -> str:
    """Write a document tree in a format: ``"markdown"``, ``"html"`` or ``"text"``.

    Args:
        document: the tree a composer built.
        format: the output format.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format.

    """
    check_format("write", format)
    names = (f"{format}/{document.kind}.j2", f"{format}/document.j2")
    return template(template_dir, lang=document.lang, names=names).render(doc=document)
