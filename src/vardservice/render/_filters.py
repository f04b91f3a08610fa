"""The writers' own filters: Markdown escaping, plain-text table layout, safe links.

And :func:`typeset`, which the writers apply once to a whole tree: every "§"
gets its no-break space ("BS § 6"), texts from the data included.

Registered once on every environment (:mod:`vardservice.render._env`), beside
the filters that format numbers, money and dates.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any, Final

import attrs
import jinja2
import markupsafe

from vardservice.render import _tree

__all__ = [
    "FILTERS",
    "html_inline",
    "html_items",
    "indent_lines",
    "markdown_escape",
    "md_inline",
    "md_list",
    "section_signs",
    "text_inline",
    "text_list",
    "text_table",
    "typeset",
]

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
    text = str(text)
    # Most texts hold nothing to escape: a regex scan is ~5x cheaper than translate's
    # lookup per character, and returns the text as it is.
    return text if _MARKDOWN_PLAIN.fullmatch(text) else text.translate(_MARKDOWN_SPECIAL)


_MARKDOWN_PLAIN: Final = re.compile(r"[^\\`*_\[\]<>|\n\r]*")


def _width(text: str) -> int:
    """Return the number of columns ``text`` takes in a terminal (combining marks take none)."""
    return sum(0 if unicodedata.combining(char) else 1 for char in text)


def _pad(text: str, width: int, align: str) -> str:
    space = " " * (width - _width(text))
    return space + text if align == "right" else text + space


@jinja2.pass_environment
def text_table(env: jinja2.Environment, table: _tree.Table) -> list[str]:
    """Return a table as lines of text, each column as wide as its widest cell.

    Each column is aligned as the Markdown and HTML writers align it, its
    heading too: numbers and their headings right, text left. Two spaces
    separate the columns; the footer rows follow the body. Trailing spaces are
    removed.
    """
    value = env.filters["value"]
    header = [column.label for column in table.columns]
    body = [[value(cell) for cell in row] for row in (*table.rows, *table.footer)]
    widths = [max(_width(cells[i]) for cells in (header, *body)) for i in range(len(table.columns))]
    lines = []
    for cells in (header, *body):
        padded = [_pad(text, widths[i], table.columns[i].align) for i, text in enumerate(cells)]
        lines.append("  ".join(padded).rstrip())
    return lines


def _safe_url(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


FILTERS: Final[dict[str, Any]] = {
    "md": markdown_escape,
    "text_table": text_table,
    "safe_url": _safe_url,
}


# -- inline content, one function per format (dispatch in Python: a template test per part
# -- and format was most of a document's rendering time) --------------------------------------


def _link_target(url: str) -> str:
    # No angle bracket may end the <…> target early or open a tag: percent-encoded.
    return url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")


def _md_code(text: str) -> str:
    if "<" in text or ">" in text:  # no renderer may take it for a tag
        return f"<code>{markupsafe.escape(text)}</code>"
    return "`" + text.replace("`", "'") + "`"


def _md_link(link: _tree.Link) -> str:
    if not _safe_url(link.url):
        return markdown_escape(link.text)
    if link.text == link.url:
        return f"<{_link_target(link.url)}>"
    return f"[{markdown_escape(link.text)}](<{_link_target(link.url)}>)"


_escaped: Final = functools.lru_cache(maxsize=8192)(markdown_escape)
""":func:`markdown_escape` of a ``str``, remembered: most texts of a document are labels and
phrases that recur ("Plats: ", a citation, a rule's message), and a lookup is ~5x cheaper.
Only texts shorter than :data:`_REMEMBERED` are kept, so the cache stays small."""

_REMEMBERED: Final = 512
"""The longest text (in characters) whose escape or typesetting is remembered."""


def _md_text(text: str) -> str:
    if type(text) is str and len(text) < _REMEMBERED:
        return _escaped(text)
    return markdown_escape(text)


_MD_PARTS: Final[dict[type, Any]] = {
    str: markdown_escape,
    _tree.Strong: lambda p: f"**{_md_text(p.text)}**",
    _tree.Emph: lambda p: f"*{_md_text(p.text)}*",
    _tree.Code: lambda p: _md_code(p.text),
    _tree.Link: _md_link,
    _tree.Break: lambda p: "  \n",
}
"""How Markdown writes each kind of inline part, by its exact type (one dict lookup a part,
rather than a chain of isinstance tests: a compliance report writes ~100 parts)."""


@jinja2.pass_environment
def md_inline(env: jinja2.Environment, parts: Any) -> str:
    """Return inline content as Markdown: data escaped, links only for http(s)."""
    out: list[str] = []
    for p in parts:
        if type(p) is str:  # most parts: text
            out.append(_escaped(p) if len(p) < _REMEMBERED else markdown_escape(p))
            continue
        write = _MD_PARTS.get(type(p))
        if write is not None:
            out.append(write(p))
        elif isinstance(p, str):  # a str subclass
            out.append(markdown_escape(p))
        elif isinstance(p, _tree.Strong | _tree.Emph | _tree.Code | _tree.Link | _tree.Break):
            out.append(_MD_PARTS[_base(p)](p))
        else:
            out.append(env.filters["value"](p))
    return "".join(out)


def _base(part: object) -> type:
    """Return the tree class a subclass of an inline part derives from."""
    return next(cls for cls in _MD_PARTS if isinstance(part, cls))


@jinja2.pass_environment
def html_inline(env: jinja2.Environment, parts: Any) -> markupsafe.Markup:
    """Return inline content as HTML: every string escaped, links only for http(s)."""
    value = env.filters["value"]
    escape = markupsafe.escape
    out: list[str] = []
    for p in parts:
        if isinstance(p, str):
            out.append(escape(p))
        elif isinstance(p, _tree.Strong):
            out.append(f"<strong>{escape(p.text)}</strong>")
        elif isinstance(p, _tree.Emph):
            out.append(f"<em>{escape(p.text)}</em>")
        elif isinstance(p, _tree.Code):
            out.append(f"<code>{escape(p.text)}</code>")
        elif isinstance(p, _tree.Link):
            text = escape(p.text)
            out.append(f'<a href="{escape(p.url)}">{text}</a>' if _safe_url(p.url) else text)
        elif isinstance(p, _tree.Break):
            out.append("<br>\n")
        elif isinstance(p, _tree.Day):
            out.append(f'<time datetime="{p.value.isoformat()}">{escape(value(p))}</time>')
        else:
            out.append(escape(value(p)))
    return markupsafe.Markup("".join(out))  # noqa: S704 - every part was escaped above


@jinja2.pass_environment
def text_inline(env: jinja2.Environment, parts: Any) -> str:
    """Return inline content as plain text: a link as its text and its URL."""
    value = env.filters["value"]
    out: list[str] = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, _tree.Link):
            out.append(p.url if p.text == p.url else f"{p.text} <{p.url}>")
        elif isinstance(p, _tree.Break):
            out.append("\n")
        else:
            out.append(value(p))
    return "".join(out)


def indent_lines(text: str, width: int) -> str:
    """Return ``text`` as jinja2's ``indent`` filter does: the lines after the first indented.

    Lines end where :meth:`str.splitlines` ends them; blank lines stay blank.
    """
    first, *rest = (text + "\n").splitlines()
    if not rest:
        return first
    pad = " " * width
    return first + "\n" + "\n".join(pad + line if line else line for line in rest)


def _items(inline: Any, items: Any, ordered: bool) -> list[str]:
    """Return a list's items as lines: "- item" or "1. item", the item's next lines indented."""
    width = 3 if ordered else 2
    return [
        f"{f'{i}.' if ordered else '-'} {indent_lines(inline(item), width)}\n"
        for i, item in enumerate(items, 1)
    ]


@jinja2.pass_environment
def md_list(env: jinja2.Environment, items: Any, ordered: bool = False) -> str:
    """Return a list's items in Markdown, one per line.

    The writers' loop, in Python: a template loop per item, with its attribute
    lookups, cost more than writing the items' text.
    """
    return "".join(_items(lambda item: md_inline(env, item), items, ordered))


@jinja2.pass_environment
def text_list(env: jinja2.Environment, items: Any, ordered: bool = False) -> str:
    """Return a list's items as plain text, one per line (as :func:`md_list`)."""
    return "".join(_items(lambda item: text_inline(env, item), items, ordered))


@jinja2.pass_environment
def html_items(env: jinja2.Environment, items: Any) -> markupsafe.Markup:
    """Return a list's items as HTML ``<li>`` elements, one per line, data escaped."""
    return markupsafe.Markup(  # noqa: S704 - html_inline escapes every part
        "".join([f"<li>{html_inline(env, item)}</li>\n" for item in items])
    )


FILTERS.update(
    md_inline=md_inline,
    html_inline=html_inline,
    text_inline=text_inline,
    md_list=md_list,
    text_list=text_list,
    html_items=html_items,
)


_SECTION_SIGN: Final = re.compile(r"§ ?(?=\d)")
"""A "§" before a number without its no-break space: none, or an ordinary space.
(A "§" that already has it is left as it is, so that a text needing no change is
returned as the same object and the tree around it is not copied.)"""


def section_signs(text: str) -> str:
    """Return ``text`` with a no-break space after every "§" before a number: "BS § 6".

    The same form :func:`vardservice.sources.section_sign` writes, for text that
    comes from the data as the user wrote it ("Planeringsunderlag enligt BS §6").

    Example:
        >>> section_signs("BS §3.2, § 4.4 och §5").replace("\\xa0", "~")
        'BS §~3.2, §~4.4 och §~5'

    """
    return _SECTION_SIGN.sub("\u00a7\u00a0", text) if "\u00a7" in text else text


def typeset(document: _tree.Document) -> _tree.Document:
    """Return ``document`` with its texts set as Swedish typography wants them.

    Every text of the tree (titles, headings, paragraphs, cells, list items,
    notes, sources; not code, link targets or pictures) gets a no-break space
    after "§" (:func:`section_signs`). The writers call it once, so a text from
    the data reads like one the library wrote. A part without a text to change
    is kept as it is (the same object), so a document with nothing to set is
    walked but not copied: the walk was a third of writing a compliance report.
    """
    typed = _walk(document)
    assert isinstance(typed, _tree.Document)  # noqa: S101 - _walk keeps the type
    return typed


_KEPT: Final = frozenset(
    {_tree.Code, _tree.Figure, _tree.Number, _tree.Amount, _tree.Day, _tree.Break}
)
"""The parts whose texts are not set: code, pictures, typed values (formatted later)."""


_ONE_TEXT: Final = frozenset({_tree.Strong, _tree.Emph})
"""Inline parts whose one field is a text."""


@functools.lru_cache(maxsize=4096)
def _signed(text: str) -> str:
    """Return :func:`section_signs` of a text with a "§", remembered (a citation recurs)."""
    return _SECTION_SIGN.sub("\u00a7\u00a0", text)


@functools.cache
def _texts_of(cls: type) -> tuple[str, ...]:
    """Return the names of the fields of a tree class that may hold text (all but a link's URL)."""
    if cls in _KEPT or not attrs.has(cls):
        return ()
    return tuple(f.name for f in attrs.fields(cls) if not (cls is _tree.Link and f.name == "url"))


def _walk(value: Any) -> Any:
    """Return ``value`` with its texts set, or ``value`` itself when none changes."""
    if type(value) is str:
        return _SECTION_SIGN.sub("\u00a7\u00a0", value) if "\u00a7" in value else value
    if type(value) is tuple:
        changed: list[Any] | None = None
        for i, item in enumerate(value):
            kind = type(item)
            if kind is str:  # most parts: checked here, without a call
                if "\u00a7" not in item:
                    continue
                new = _signed(item) if len(item) < _REMEMBERED else section_signs(item)
                if new == item:
                    continue
            elif kind in _KEPT or (kind in _ONE_TEXT and "\u00a7" not in item.text):
                continue
            else:
                new = _walk(item)
            if new is not item:
                if changed is None:
                    changed = list(value)
                changed[i] = new
        return value if changed is None else tuple(changed)
    if isinstance(value, str):  # a str subclass (markupsafe.Markup): as the old walk did
        return section_signs(value)
    cls: type = type(value)
    names = _texts_of(cls)
    if not names:
        return value
    changes = {}
    for name in names:
        old = getattr(value, name)
        new = _walk(old)
        if new is not old:
            changes[name] = new
    return attrs.evolve(value, **changes) if changes else value
