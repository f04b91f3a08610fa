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

import unicodedata
from pathlib import Path
from typing import Any, Final

import jinja2

from vardservice.render import _tree
from vardservice.render._env import check_format, environment

__all__ = ["FILTERS", "write"]

_MARKDOWN_SPECIAL: Final = str.maketrans(
    {
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "<": "\\<",
        ">": "\\>",
        "|": "\\|",
        "\n": " ",
        "\r": " ",
    }
)


def markdown_escape(text: object) -> str:
    """Return ``text`` with Markdown's markup characters escaped, on one line.

    Data never becomes markup: ``*``, ``_``, backquotes, brackets, angle
    brackets, pipes and backslashes are escaped, and line breaks become spaces.
    """
    return str(text).translate(_MARKDOWN_SPECIAL)


def _width(text: str) -> int:
    """Return the number of columns ``text`` takes in a terminal (combining marks take none)."""
    return sum(0 if unicodedata.combining(char) else 1 for char in text)


def _pad(text: str, width: int, align: str) -> str:
    space = " " * (width - _width(text))
    return space + text if align == "right" else text + space


@jinja2.pass_environment
def text_table(env: jinja2.Environment, table: _tree.Table) -> list[str]:
    """Return a table as lines of text, each column as wide as its widest cell.

    Numbers are right-aligned; two spaces separate the columns; the footer
    rows follow the body. Trailing spaces are removed.
    """
    value = env.filters["value"]
    header = [column.label for column in table.columns]
    body = [[value(cell) for cell in row] for row in (*table.rows, *table.footer)]
    widths = [max(_width(cells[i]) for cells in (header, *body)) for i in range(len(table.columns))]
    lines = []
    for cells in (header, *body):
        padded = [
            _pad(text, widths[i], table.columns[i].align if cells is not header else "left")
            for i, text in enumerate(cells)
        ]
        lines.append("  ".join(padded).rstrip())
    return lines


def _safe_url(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


FILTERS: Final[dict[str, Any]] = {
    "md": markdown_escape,
    "text_table": text_table,
    "safe_url": _safe_url,
}


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
    env = environment(template_dir, lang=document.lang)
    template = env.select_template([f"{format}/{document.kind}.j2", f"{format}/document.j2"])
    return template.render(doc=document)
