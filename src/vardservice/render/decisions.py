"""Decision documents (HSN90): protocol excerpts (protokollsutdrag) and needs inventories.

Each composer builds a document tree (:mod:`vardservice.render._tree`) once; the
writers give it as Markdown, HTML or text. Labels come from the gettext
catalogs (:mod:`vardservice._i18n`); the excerpt's own text is printed as written.

Example:
    >>> import pendulum
    >>> excerpt = ProtocolExcerpt(
    ...     body="Hälso- och sjukvårdsnämndens arbetsutskott",
    ...     meeting_date=pendulum.date(2020, 11, 18),
    ...     paragraph=90,
    ...     title="Vårdnära service",
    ...     case_number="HSN 938-2020",
    ... )
    >>> render_protocol(excerpt).splitlines()[0]
    '# Protokoll'

"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vardservice._i18n import translation
from vardservice.decisions import NeedsInventory, NeedTally, ProtocolExcerpt, RankedNeed
from vardservice.errors import InvalidValue
from vardservice.render._env import RenderFormat
from vardservice.render._registry import DOCUMENTS, Option, document
from vardservice.render._tree import (
    Block,
    Break,
    BulletList,
    Column,
    Day,
    Document,
    Heading,
    Inline,
    Note,
    Number,
    Paragraph,
    Sources,
    Table,
)
from vardservice.render._words import join_words

__all__ = ["render_needs_inventory", "render_protocol"]


# --- protocol excerpts ----------------------------------------------------------------------


def _protocol_example() -> ProtocolExcerpt:
    decision = ("Hälso och sjukvårdsnämnden har tagit del av återrapporteringen.",)
    return ProtocolExcerpt(
        body="Hälso- och sjukvårdsnämndens arbetsutskott",
        meeting_date="2020-11-18",
        paragraph=90,
        title="Vårdnära service",
        case_number="HSN 938-2020",
        summary=("Under hösten 2019 har en behovsinventering genomförts.",),
        proposed_decision=decision,
        decision=decision,
    )


@document(
    "protocol",
    ProtocolExcerpt,
    summary="A protocol excerpt (protokollsutdrag), laid out like HSN90 § 90.",
    example=_protocol_example,
    source="HSN90",
)
def compose_protocol(excerpt: ProtocolExcerpt, *, lang: str) -> Document:
    """Compose a protocol excerpt laid out like HSN90.

    The head: the body, "Sammanträdesdatum" with the date as the source writes
    it (``2020-11-18``) and "Utdragsbestyrkande" (printed empty until someone
    certifies the excerpt, as on the source's form); then the paragraph and title
    ("§ 90 Vårdnära service") and the case number; then Sammanfattning, Förslag
    till beslut and Beslut when they have text, and Beslutsunderlag, always (as
    in HSN90, which lists none); last Justerare and Expedieras till when named.

    Args:
        excerpt: the protocol excerpt.
        lang: the language of the labels; the excerpt's own text is kept as written.

    Returns:
        The document tree.

    """
    _ = translation(lang).gettext
    # Field labels, as on the source's form ("Sammanträdesdatum", "Utdragsbestyrkande").
    head: list[Inline] = [
        excerpt.body,
        Break(),
        _("Meeting date") + ": ",
        Day(excerpt.meeting_date, "iso"),
        Break(),
        _("Certified true extract") + ":",
    ]
    if excerpt.attested_by:
        head.append(" " + excerpt.attested_by)
    blocks: list[Block] = [
        Paragraph.of(*head),
        Heading(excerpt.heading, 2),
        Paragraph.of(str(excerpt.case_number)),
    ]
    for label, texts in (
        (_("Summary"), excerpt.summary),
        (_("Proposed decision"), excerpt.proposed_decision),
        (_("Decision"), excerpt.decision),
    ):
        if texts:
            blocks.append(Heading(label, 3))
            blocks.extend(Paragraph.of(text) for text in texts)
    blocks.append(Heading(_("Basis for the decision"), 3))
    if excerpt.basis_documents:
        blocks.append(BulletList.of(excerpt.basis_documents))
    foot: list[Inline] = []
    if excerpt.checked_by:
        foot.append(_("Minutes checked by") + ": " + join_words(excerpt.checked_by, lang))
    if excerpt.sent_to:
        if foot:
            foot.append(Break())
        foot.append(_("Sent to") + ": " + join_words(excerpt.sent_to, lang))
    if foot:
        blocks.append(Paragraph.of(*foot))
    return Document(kind="protocol", title=_("Minutes"), lang=lang, blocks=tuple(blocks))


def render_protocol(
    excerpt: ProtocolExcerpt,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render a protocol excerpt (protokollsutdrag) laid out like HSN90.

    "Protokoll"; the body, "Sammanträdesdatum" with the date as the source
    writes it ("2020-11-18") and "Utdragsbestyrkande" (empty until the excerpt
    is certified, as on the source's form); the heading ("§ 90 Vårdnära
    service") and the case number ("HSN 938-2020"); then Sammanfattning,
    Förslag till beslut and Beslut when they have text, and Beslutsunderlag,
    always; then Justerare and Expedieras till when named. Texts are printed
    verbatim, one paragraph per item.

    Args:
        excerpt: the protocol excerpt.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels; the excerpt's own
            text is printed as written.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The document in ``format``.

    Raises:
        InvalidValue: an unknown format or language, or not a protocol excerpt.

    Example:
        >>> import pendulum
        >>> excerpt = ProtocolExcerpt(
        ...     body="Hälso- och sjukvårdsnämndens arbetsutskott",
        ...     meeting_date=pendulum.date(2020, 11, 18),
        ...     paragraph=90,
        ...     title="Vårdnära service",
        ...     case_number="HSN 938-2020",
        ... )
        >>> print(render_protocol(excerpt, format="text").replace("\\xa0", " "))
        Protokoll
        <BLANKLINE>
        Hälso- och sjukvårdsnämndens arbetsutskott
        Sammanträdesdatum: 2020-11-18
        Utdragsbestyrkande:
        <BLANKLINE>
        § 90 Vårdnära service
        <BLANKLINE>
        HSN 938-2020
        <BLANKLINE>
        Beslutsunderlag
        <BLANKLINE>

    """
    if not isinstance(excerpt, ProtocolExcerpt):
        raise InvalidValue("render_protocol", "excerpt", excerpt, "a ProtocolExcerpt")
    return DOCUMENTS["protocol"].render(
        excerpt, format=format, lang=lang, template_dir=template_dir, fragment=fragment
    )


# --- needs inventories ----------------------------------------------------------------------


def _needs_example() -> NeedsInventory:
    counts = (("Transporter", 9, ()), ("Måltider", 7, ("VNS",)), ("Avfall", 7, ()))
    return NeedsInventory(
        tallies=tuple(NeedTally(need=n, count=c, tags=t) for n, c, t in counts),
        illustrative=True,
    )


def _places_sentence(inventory: NeedsInventory, tag: str, top: int | None, lang: str) -> str:
    """Return where the needs tagged ``tag`` came: "Behov märkta VNS kom på plats 4 och 7."."""
    catalog = translation(lang)
    places = inventory.positions(tag, top=top)
    if not places:
        return catalog.gettext("No need tagged {tag} is among the ranked needs.").format(tag=tag)
    return catalog.ngettext(
        "Needs tagged {tag} came in place {places}.",
        "Needs tagged {tag} came in places {places}.",
        len(places),
    ).format(tag=tag, places=join_words((str(place) for place in places), lang))


def _needs_table(rows: tuple[RankedNeed, ...], lang: str) -> Table:
    _ = translation(lang).gettext
    return Table(
        columns=(
            Column(_("Rank"), "right"),
            Column(_("Need")),
            Column(_("Count"), "right"),
            Column(_("Tags")),
        ),
        rows=tuple(
            (
                Number(row.rank),
                row.tally.need,
                Number(row.tally.count),
                join_words(row.tally.tags, lang) or None,
            )
            for row in rows
        ),
    )


@document(
    "needs-inventory",
    NeedsInventory,
    summary="A needs inventory (behovsinventering): the needs ranked by count (HSN90).",
    options=(
        Option(name="top", kind="int", help="show only the needs ranked this or better"),
        Option(name="tag", kind="str", help="say where the needs with this tag came, e.g. VNS"),
    ),
    example=_needs_example,
    source="HSN90",
)
def compose_needs_inventory(
    inventory: NeedsInventory, *, lang: str, top: int | None = None, tag: str | None = None
) -> Document:
    """Compose a needs inventory: the ranked needs, where a tag's needs came, the method.

    Args:
        inventory: the needs inventory.
        lang: the language of the labels; the needs are kept as written.
        top: show only the needs ranked this or better; all by default.
        tag: a tag whose places to state, e.g. ``"VNS"``.

    Returns:
        The document tree.

    Raises:
        InvalidValue: a bad ``top`` or an empty ``tag``.

    """
    catalog = translation(lang)
    _ = catalog.gettext
    rows = inventory.ranked() if top is None else inventory.top(top)
    blocks: list[Block] = []
    if top is not None:
        blocks.append(
            Paragraph.of(catalog.ngettext("The top need:", "The top {n}:", top).format(n=top))
        )
    blocks.append(_needs_table(rows, lang))
    if tag is not None:
        blocks.append(Paragraph.of(_places_sentence(inventory, tag, top, lang)))
    blocks.append(
        Paragraph.of(
            _(
                "Ranked by count (frequency); needs with equal counts share a place "
                "and the next place is skipped."
            )
        )
    )
    if inventory.illustrative:
        blocks.append(
            Note.of(_("The counts are illustrative examples, not a real needs inventory."))
        )
    if inventory.reference:
        blocks.append(Paragraph.of(_("Record") + ": " + inventory.reference))
    blocks.append(Sources(_("Source"), ((f"{inventory.source.text}.",),)))
    return Document(
        kind="needs-inventory",
        title=inventory.title or _("Needs inventory"),
        lang=lang,
        blocks=tuple(blocks),
    )


def render_needs_inventory(
    inventory: NeedsInventory,
    *,
    top: int | None = None,
    tag: str | None = None,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render a needs inventory (behovsinventering) as a table of ranked needs.

    One row per need: rank (ties share a rank, "1224"), need, count and tags.
    Given a ``tag``, a sentence says where the needs with that tag came
    ("Behov märkta VNS kom på plats 4 och 7."). An illustrative inventory says so.

    Args:
        inventory: the needs inventory.
        top: show only the needs ranked this or better
            (:meth:`~vardservice.decisions.NeedsInventory.top`); all by default.
        tag: a tag whose places to state, e.g. ``"VNS"``.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The document in ``format``.

    Raises:
        InvalidValue: an unknown format or language, not a needs inventory, a bad
            ``top`` or an empty ``tag``.

    """
    if not isinstance(inventory, NeedsInventory):
        raise InvalidValue("render_needs_inventory", "inventory", inventory, "a NeedsInventory")
    options: dict[str, Any] = {"top": top, "tag": tag}
    return DOCUMENTS["needs-inventory"].render(
        inventory, format=format, lang=lang, template_dir=template_dir, fragment=fragment, **options
    )
