"""The document tree (dokumentträd): what a composer builds and every writer reads.

A document is described once, as a flat sequence of blocks (the way pandoc's
AST and docutils' doctree describe one), and one writer per format turns any
tree into Markdown, HTML or text. Blocks: :class:`Heading`, :class:`Paragraph`,
:class:`Table` (with typed cells: text, :class:`Number`, :class:`Amount`,
:class:`Day`), :class:`BulletList`, :class:`Figure` (an SVG picture laid out in
Python), :class:`Note` (a remark set apart, e.g. "illustrative") and
:class:`Sources` (citations and population sources, after "Källa:").
Inline content is plain text or :class:`Strong`, :class:`Emph`, :class:`Code`,
:class:`Link` and :class:`Break` (a line break inside a paragraph).

Texts in a tree are final: translated by the composer and taken from the data
as written. Numbers, money and dates stay typed, so each writer formats them
the one way (babel, CLDR) and can align them.

Example:
    >>> doc = Document(kind="example", title="Avgifter 2024", blocks=(
    ...     Paragraph.of("Folkmängd den ", Strong("31 december 2023"), "."),
    ... ))
    >>> doc.blocks[0].content[1]
    Strong(text='31 december 2023')

"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable
from decimal import Decimal
from typing import Literal, TypeAlias

import attrs

from vardservice.units import Money

__all__ = [
    "Amount",
    "Block",
    "Break",
    "BulletList",
    "Cell",
    "Code",
    "Column",
    "Day",
    "Document",
    "Emph",
    "Figure",
    "Heading",
    "Inline",
    "Link",
    "Note",
    "Number",
    "Paragraph",
    "Sources",
    "Strong",
    "Table",
    "fill",
]


# -- inline ---------------------------------------------------------------------------------


@attrs.frozen
class Strong:
    """Strong emphasis (bold): a label such as "Kontaktperson:"."""

    text: str


@attrs.frozen
class Emph:
    """Emphasis (italic): a title, an illustrative remark."""

    text: str


@attrs.frozen
class Code:
    """Literal text such as a JSON path (``$.proposals[5]``)."""

    text: str


@attrs.frozen
class Link:
    """A link; writers print it as a link only for ``http``/``https`` URLs."""

    text: str
    url: str


@attrs.frozen
class Break:
    """A line break inside a paragraph or a list item."""


# -- typed values (in tables and in text) ---------------------------------------------------


@attrs.frozen
class Number:
    """A number, formatted by the writer: ``250 000``, ``2 196,0``.

    Attributes:
        value: the number.
        decimals: places to show; ``None`` shows every place the value has (``37,5``).

    """

    value: int | Decimal
    decimals: int | None = 0


@attrs.frozen
class Amount:
    """A sum of money, formatted by the writer: ``23,4 mnkr``, ``250 000 kr``.

    Attributes:
        value: the amount.
        unit: ``"kr"``, ``"tkr"`` or ``"mnkr"``; ``"auto"`` picks mnkr from a
            million kronor on, else kr.
        decimals: places to show; ``None`` for the unit's default.

    """

    value: Money
    unit: str = "kr"
    decimals: int | None = None


@attrs.frozen
class Day:
    """A date, formatted by the writer: ``18 november 2020`` (``style="long"``).

    Attributes:
        value: the date.
        style: ``"long"`` (``18 november 2020``), ``"weekday"`` (``onsdag 18
            november 2020``), ``"month"`` (``november 2020``), ``"weekday_name"``
            (``onsdag``), ``"day_month"`` (``18 november``, where the year is
            said once, as in an annual wheel's legend), ``"month_name"``
            (``november``) or ``"iso"`` (``2020-11-18``, as a protocol writes it).

    """

    value: datetime.date
    style: Literal["long", "weekday", "month", "weekday_name", "day_month", "month_name", "iso"] = (
        "long"
    )


Inline: TypeAlias = str | Strong | Emph | Code | Link | Break | Number | Amount | Day
"""Inline content: text, marked-up text or a typed value."""

Cell: TypeAlias = (
    str | Number | Amount | Day | Strong | Emph | Code | Link | tuple[Inline, ...] | None
)
"""A table cell: one inline, several (``(Strong("Halland"), " (din region)")``), or
``None`` for an empty cell."""


def _inlines(parts: Iterable[Inline]) -> tuple[Inline, ...]:
    return tuple(part for part in parts if not (isinstance(part, str) and not part))


def fill(message: str, **values: Inline) -> tuple[Inline, ...]:
    """Return a translated ``message`` as inline content, its ``{named}`` places filled.

    The message stays one whole sentence for the translator, while a typed
    value (a date, an amount, a path as code) stays typed for the writer to
    format. Adjacent texts are joined; empty texts are left out.

    Raises:
        KeyError: a placeholder without a value.

    Example:
        >>> fill("Population on {day}.", day=Day(datetime.date(2023, 12, 31)))
        ('Population on ', Day(value=datetime.date(2023, 12, 31), style='long'), '.')

    """
    parts: list[Inline] = []
    for literal, name in _fields_of(message):
        if literal:
            if parts and isinstance(parts[-1], str):
                parts[-1] += literal  # "{{" comes apart from the text around it: join again
            else:
                parts.append(literal)
        if name is None:
            continue
        part = values[name]
        if isinstance(part, str):
            if not part:
                continue
            if parts and isinstance(parts[-1], str):
                parts[-1] += part
                continue
        parts.append(part)
    return tuple(parts)


@functools.lru_cache(maxsize=1024)
def _fields_of(message: str) -> tuple[tuple[str, str | None], ...]:
    """Return a message's literal texts and placeholder names, parsed once per message."""
    import string

    return tuple((literal, name) for literal, name, _, _ in string.Formatter().parse(message))


# -- blocks ---------------------------------------------------------------------------------


@attrs.frozen
class Heading:
    """A heading: level 1 is the document's title, 2 a section, 3 a subsection."""

    text: str
    level: int = 2


@attrs.frozen
class Paragraph:
    """A paragraph of inline content."""

    content: tuple[Inline, ...]

    @classmethod
    def of(cls, *parts: Inline) -> Paragraph:
        """Return a paragraph of ``parts`` (empty strings left out)."""
        return cls(_inlines(parts))


@attrs.frozen
class Column:
    """A table column: its heading and its alignment (numbers align right)."""

    label: str
    align: Literal["left", "right"] = "left"


@attrs.frozen
class Table:
    """A table: a header row, body rows and, optionally, footer rows (totals).

    Attributes:
        columns: the columns, with their labels and alignment.
        rows: the body rows, one cell per column.
        footer: rows set apart below the body, e.g. "Summa".
        mark: the indexes of body rows to mark (the reader's region).

    """

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    footer: tuple[tuple[Cell, ...], ...] = ()
    mark: frozenset[int] = frozenset()


@attrs.frozen
class BulletList:
    """A list; each item is inline content (it may contain :class:`Break`).

    Attributes:
        items: the items.
        ordered: numbered rather than bulleted.
        role: what the items are, for a writer that marks it, e.g. ``"error"``,
            ``"warning"`` or ``"info"`` for findings of that severity (the HTML
            writer gives each a colour and a sign); ``""`` for a plain list.

    """

    items: tuple[tuple[Inline, ...], ...]
    ordered: bool = False
    role: str = ""

    @classmethod
    def of(cls, items: Iterable[Iterable[Inline] | Inline], *, ordered: bool = False) -> BulletList:
        """Return a list of ``items``; an item may be one inline or several."""
        found: list[tuple[Inline, ...]] = []
        for item in items:
            if isinstance(item, str | Strong | Emph | Code | Link | Break | Number | Amount | Day):
                found.append((item,))
            else:
                found.append(_inlines(item))
        return cls(tuple(found), ordered=ordered)


@attrs.frozen
class Figure:
    """A picture laid out in Python (``render/_layout``): SVG markup, and a text alternative.

    The SVG is made by the library from escaped data; writers embed it in HTML
    and give the caption (the alternative) in the other formats.
    """

    svg: str
    caption: str


@attrs.frozen
class Note:
    """A remark set apart from the text: an illustrative example, a convention."""

    content: tuple[Inline, ...]

    @classmethod
    def of(cls, *parts: Inline) -> Note:
        """Return a note of ``parts``."""
        return cls(_inlines(parts))


@attrs.frozen
class Sources:
    """The sources of a document, each one line of inline content after a label.

    Attributes:
        label: e.g. "Källa" or "Källor".
        items: one line per source.

    """

    label: str
    items: tuple[tuple[Inline, ...], ...]


Block: TypeAlias = Heading | Paragraph | Table | BulletList | Figure | Note | Sources
"""A block of a document."""


@attrs.frozen
class Document:
    """A whole document: its kind (the registry's key), its title, its blocks.

    Attributes:
        kind: the kind of document, e.g. ``"fees"``.
        title: the title, shown as the level-1 heading.
        blocks: the content after the title.
        lang: the language it is written in.
        as_of: the date the document speaks of (a compliance report's, a
            portfolio's), when it has one: the Word and PDF writers date the
            file with it (never with the clock), so that the same input makes
            the same bytes.

    """

    kind: str
    title: str
    blocks: tuple[Block, ...]
    lang: str = "sv"
    as_of: datetime.date | None = None
