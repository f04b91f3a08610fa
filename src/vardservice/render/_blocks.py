"""The writers' blocks: one function per format that writes any block of a document tree.

Each writer's template (``render/templates/<format>/base.j2``) lays out the
document (the page, the title, the order of the blocks) and hands every block
to its format's function here: :func:`md_block`, :func:`text_block`,
:func:`html_block`, registered as the filters of the same names. The macros of
``<format>/macros.j2`` (``block``, ``table``, ``inline``) call the same
functions, so a user's own template that imports them writes a block exactly
as the package does.

Why in Python and not as template macros: a macro call per block, a template
loop per list item and per table cell, and an attribute lookup per field were
most of the time of writing a document (issue 13: 1 000 compliance reports took
4-5 times the time of a bare jinja2 template). Data stays escaped as before:
Markdown's markup characters by :func:`~vardservice.render._filters.markdown_escape`,
HTML by markupsafe; inline content by the writers' inline filters.
"""

from __future__ import annotations

from typing import Any, Final

import jinja2
import markupsafe

from vardservice.render import _tree
from vardservice.render._filters import (
    html_inline,
    html_items,
    indent_lines,
    markdown_escape,
    md_inline,
    md_list,
    text_inline,
    text_list,
    text_table,
)

__all__ = ["BLOCK_FILTERS", "html_block", "md_block", "text_block"]


# -- Markdown -------------------------------------------------------------------------------


def _md_cell(env: jinja2.Environment, value: _tree.Cell) -> str:
    if value is None:
        return ""
    return md_inline(env, value if isinstance(value, tuple) else (value,))


def _md_footer_cell(env: jinja2.Environment, value: _tree.Cell) -> str:
    """Return a footer's cell (totals), set apart in bold unless it is strong already."""
    if isinstance(value, _tree.Strong) or value is None or value == "":
        return _md_cell(env, value)
    return f"**{md_inline(env, (value,))}**"


def _md_table(env: jinja2.Environment, table: _tree.Table) -> str:
    lines = [
        f"| {' | '.join(markdown_escape(c.label) for c in table.columns)} |",
        "|" + "".join("--:|" if c.align == "right" else "---|" for c in table.columns),
    ]
    lines.extend(f"| {' | '.join(_md_cell(env, v) for v in row)} |" for row in table.rows)
    lines.extend(f"| {' | '.join(_md_footer_cell(env, v) for v in row)} |" for row in table.footer)
    return "\n".join(lines) + "\n"


@jinja2.pass_environment
def md_block(env: jinja2.Environment, block: object) -> str:
    """Return a block in Markdown: data escaped, code as code, links only for http(s)."""
    if isinstance(block, _tree.BulletList):
        return md_list(env, block.items, block.ordered)
    if isinstance(block, _tree.Paragraph):
        return md_inline(env, block.content) + "\n"
    if isinstance(block, _tree.Heading):
        return f"{'#' * block.level} {markdown_escape(block.text)}\n"
    if isinstance(block, _tree.Note):
        return f"*{md_inline(env, block.content)}*\n"
    if isinstance(block, _tree.Table):
        return _md_table(env, block)
    if isinstance(block, _tree.Sources):
        label = markdown_escape(block.label)
        if len(block.items) == 1:
            return f"{label}: {md_inline(env, block.items[0])}\n"
        items = "".join(f"- {indent_lines(md_inline(env, item), 2)}\n" for item in block.items)
        return f"{label}:\n\n{items}"
    if isinstance(block, _tree.Figure):
        return f"*{markdown_escape(block.caption)}*\n"
    return ""


# -- plain text -----------------------------------------------------------------------------


@jinja2.pass_environment
def text_block(env: jinja2.Environment, block: object) -> str:
    """Return a block as plain text: tables in aligned columns, a picture left out."""
    if isinstance(block, _tree.BulletList):
        return text_list(env, block.items, block.ordered)
    if isinstance(block, _tree.Paragraph | _tree.Note):
        return text_inline(env, block.content) + "\n"
    if isinstance(block, _tree.Heading):
        return f"{block.text}\n"
    if isinstance(block, _tree.Table):
        return "".join(f"{line}\n" for line in text_table(env, block))
    if isinstance(block, _tree.Sources):
        if len(block.items) == 1:
            return f"{block.label}: {indent_lines(text_inline(env, block.items[0]), 2)}\n"
        items = "".join(f"- {indent_lines(text_inline(env, item), 2)}\n" for item in block.items)
        return f"{block.label}:\n{items}"
    return ""


# -- HTML -----------------------------------------------------------------------------------

_escape: Final = markupsafe.escape
_NUMBER: Final = ' class="number"'
_BR: Final = "<br>\n"


def _html_cell(
    env: jinja2.Environment, value: _tree.Cell, column: _tree.Column, tag: str, bold: bool
) -> str:
    """Return a cell; ``bold`` for a footer's (totals), unless strong already or several parts."""
    attributes = (' scope="row"' if tag == "th" else "") + (
        _NUMBER if column.align == "right" else ""
    )
    if value is None:
        content = ""
    elif bold and not isinstance(value, _tree.Strong | tuple) and value != "":
        content = f"<strong>{html_inline(env, (value,))}</strong>"
    else:
        content = html_inline(env, value if isinstance(value, tuple) else (value,))
    return f"<{tag}{attributes}>{content}</{tag}>"


def _html_table(env: jinja2.Environment, table: _tree.Table) -> str:
    """Return a table; one without column labels: each row's first cell heads the row."""
    columns = table.columns
    labelled = any(c.label for c in columns)
    out = ["<table>\n"]
    if labelled:
        heads = "".join(
            f'<th scope="col"{_NUMBER if c.align == "right" else ""}>{_escape(c.label)}</th>'
            for c in columns
        )
        out.append(f"<thead>\n<tr>{heads}</tr>\n</thead>\n")
    out.append("<tbody>\n")
    for i, row in enumerate(table.rows):
        mark = ' class="mark"' if i in table.mark else ""
        cells = "".join(
            _html_cell(env, v, columns[j], "th" if j == 0 and not labelled else "td", False)
            for j, v in enumerate(row)
        )
        out.append(f"<tr{mark}>{cells}</tr>\n")
    out.append("</tbody>\n")
    if table.footer:
        out.append("<tfoot>\n")
        for row in table.footer:
            cells = "".join(_html_cell(env, v, columns[j], "td", True) for j, v in enumerate(row))
            out.append(f"<tr>{cells}</tr>\n")
        out.append("</tfoot>\n")
    out.append("</table>")
    return "".join(out)


@jinja2.pass_environment
def html_block(env: jinja2.Environment, block: object) -> markupsafe.Markup:
    """Return a block as HTML: every string from the data escaped, links only for http(s)."""
    return markupsafe.Markup(_html(env, block))  # noqa: S704 - every part escaped in _html


def _html(env: jinja2.Environment, block: object) -> str:
    if isinstance(block, _tree.BulletList):
        tag = "ol" if block.ordered else "ul"
        role = f' class="severity {_escape(block.role)}"' if block.role else ""
        return f"<{tag}{role}>\n{html_items(env, block.items)}</{tag}>"
    if isinstance(block, _tree.Paragraph):
        return f"<p>{html_inline(env, block.content)}</p>"
    if isinstance(block, _tree.Heading):
        return f"<h{_escape(block.level)}>{_escape(block.text)}</h{_escape(block.level)}>"
    if isinstance(block, _tree.Note):
        return f'<p class="note"><em>{html_inline(env, block.content)}</em></p>'
    if isinstance(block, _tree.Table):
        return _html_table(env, block)
    if isinstance(block, _tree.Sources):
        items = "".join(
            f"{' ' if i == 0 else _BR}{html_inline(env, item)}"  # a str: Markup + str escapes
            for i, item in enumerate(block.items)
        )
        return f'<p class="sources">{_escape(block.label)}:{items}</p>'
    if isinstance(block, _tree.Figure):
        return (
            f"<figure>\n{block.svg.strip()}\n"
            f"<figcaption>{_escape(block.caption)}</figcaption>\n</figure>"
        )
    return ""


BLOCK_FILTERS: Final[dict[str, Any]] = {
    "md_block": md_block,
    "text_block": text_block,
    "html_block": html_block,
}
"""The block writers, as the filters the templates call them by."""
