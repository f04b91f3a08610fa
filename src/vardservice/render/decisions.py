"""Protocol excerpts (HSN90) and needs inventories."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from vardservice.decisions import NeedsInventory, ProtocolExcerpt
from vardservice.errors import InvalidValue

if TYPE_CHECKING:
    pass
from vardservice.render._labels import _LABELS
from vardservice.render._legacy import RenderFormat, _check, _render


def render_protocol(
    excerpt: ProtocolExcerpt,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a protocol excerpt (protokollsutdrag) laid out like HSN90.

    "Protokoll", the body, "Sammanträdesdatum" with the long date ("18 november
    2020"), "Utdragsbestyrkande" when someone has certified the excerpt, the
    heading ("§ 90 Vårdnära service") and the case number ("HSN 938-2020"),
    then Sammanfattning, Förslag till beslut, Beslut and Beslutsunderlag, then
    Justerare and Expedieras till when named. A section without text is left
    out. Texts are printed verbatim, one paragraph per item.

    Args:
        excerpt: the protocol excerpt.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels and the date; the
            excerpt's own text is printed as written.
        template_dir: your own templates, tried before the package's.

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
        >>> print(render_protocol(excerpt, format="text"))
        Protokoll
        <BLANKLINE>
        Hälso- och sjukvårdsnämndens arbetsutskott
        Sammanträdesdatum: 18 november 2020
        <BLANKLINE>
        § 90 Vårdnära service
        HSN 938-2020
        <BLANKLINE>

    """
    if not isinstance(excerpt, ProtocolExcerpt):
        raise InvalidValue("render_protocol", "excerpt", excerpt, "a ProtocolExcerpt")
    _check(format, lang)
    sections = [
        (key, texts)
        for key, texts in (
            ("summary", excerpt.summary),
            ("proposed_decision", excerpt.proposed_decision),
            ("decision", excerpt.decision),
        )
        if texts
    ]
    return _render(
        "protocol",
        format,
        lang,
        template_dir,
        excerpt=excerpt,
        sections=sections,
    )


def _places_text(places: Sequence[int], lang: str) -> str:
    """Return "4 och 7" / "4, 5 and 7"."""
    words = [str(p) for p in places]
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} {_LABELS[lang]['and']} {words[-1]}"


def render_needs_inventory(
    inventory: NeedsInventory,
    *,
    top: int | None = None,
    tag: str | None = None,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
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

    Raises:
        InvalidValue: an unknown format or language, not a needs inventory, a bad
            ``top`` or an empty ``tag``.

    """
    if not isinstance(inventory, NeedsInventory):
        raise InvalidValue("render_needs_inventory", "inventory", inventory, "a NeedsInventory")
    _check(format, lang)
    rows = inventory.ranked() if top is None else inventory.top(top)
    positions = None
    if tag is not None:
        places = inventory.positions(tag, top=top)
        labels = _LABELS[lang]
        positions = (
            labels["needs_positions_one" if len(places) == 1 else "needs_positions_many"].format(
                tag=tag, places=_places_text(places, lang)
            )
            if places
            else labels["needs_positions_none"].format(tag=tag)
        )
    return _render(
        "needs_inventory",
        format,
        lang,
        template_dir,
        inventory=inventory,
        rows=rows,
        top=top,
        positions=positions,
    )
