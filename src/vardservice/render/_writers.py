"""Writers: one per format, each turning any document tree into text.

A writer is a template, ``render/templates/<format>/document.j2``, which
extends ``<format>/base.j2``: the base lays out the document (the page, the
title, the blocks in order) and writes every block with its format's block
writer (:mod:`vardservice.render._blocks`, one function per format, which the
macros of ``<format>/macros.j2`` call too). A user's ``template_dir`` may hold
its own ``<format>/document.j2`` (override a block of the base: the HTML head
and its stylesheet, the title, the body) or ``<format>/<kind>.j2`` for one kind
of document.

HTML is a standalone page by default: doctype, ``<html lang>``, charset,
viewport, ``<title>`` and the one stylesheet, ``html/style.css`` (package data,
embedded by ``html/base.j2``). ``fragment=True`` gives the document's bare
``<section>`` for embedding in a page of your own; the other formats are the
same either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from vardservice._text import safe_text
from vardservice.render import _tree
from vardservice.render._env import check_format, template

__all__ = ["write"]


def write(
    document: _tree.Document,
    format: str,
    *,
    template_dir: str | Path | None = None,
    fragment: bool = False,
    more: Sequence[_tree.Document] = (),
) -> str:
    """Write a document tree in a format: ``"markdown"``, ``"html"`` or ``"text"``.

    Control characters from data (ESC, C1, …) come out as U+FFFD
    (:func:`vardservice._text.safe_text`) in every format.

    Args:
        document: the tree a composer built.
        format: the output format.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>``, without the page around it
            (doctype, head, stylesheet).
        more: documents that follow in the same output, e.g. a memo's business
            case: in HTML sections of the same page (its title is the first
            document's), in the other formats after a blank line.

    Raises:
        InvalidValue: an unknown format.

    """
    from vardservice.render._filters import typeset  # with jinja2, when a document is written

    check_format("write", format)
    names = (f"{format}/{document.kind}.j2", f"{format}/document.j2")
    chosen = template(template_dir, lang=document.lang, names=names)
    if not more:
        return safe_text(chosen.render(doc=typeset(document), fragment=fragment))
    import markupsafe

    parts = [write(part, format, template_dir=template_dir, fragment=True) for part in more]
    if format == "html":
        following = [markupsafe.Markup(part) for part in parts]  # noqa: S704 - written escaped above
        return safe_text(chosen.render(doc=typeset(document), fragment=fragment, more=following))
    return "\n".join([safe_text(chosen.render(doc=typeset(document), fragment=fragment)), *parts])
