"""The writers' own filters: Markdown escaping, plain-text table layout, safe links.

Registered once on every environment (:mod:`vardservice.render._env`), beside
the filters that format numbers, money and dates.
"""

from __future__ import annotations

import unicodedata
from typing import Any, Final

import jinja2

from vardservice.render import _tree

__all__ = ["FILTERS", "markdown_escape", "text_table"]

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
