"""Parts of the network documents: Best Service's board, organisation, partners; NSN's parts.

Private to :mod:`vardservice.render.networks`, which composes the documents; these
functions build the blocks of one section each (BS §4.3, §4.4, §5; NSN).
"""

from __future__ import annotations

import datetime

from vardservice._i18n import translation
from vardservice.errors import UnknownRegion
from vardservice.networks import MeetingSeries, Modality, NationalNetwork, Network, Resource
from vardservice.regions import Region, get_region
from vardservice.render._env import format_day
from vardservice.render._tree import (
    Block,
    BulletList,
    Cell,
    Column,
    Emph,
    Heading,
    Inline,
    Number,
    Paragraph,
    Strong,
    Table,
)
from vardservice.render._words import join_words

NONE = "\u2013"  # an empty cell that a reader should see as "none", not as forgotten


def after_colon(text: str) -> str:
    """Return ``text`` as it reads after a colon: a common noun's capital lowered.

    "Analytiker (illustrativ), Region Halland" becomes "analytiker (illustrativ),
    Region Halland"; a name of two capitalised words ("Eva Ek") is kept.
    """
    words = text.split(" ", 2)
    first = words[0]
    if not first[:1].isupper() or first.isupper():
        return text
    if len(words) > 1 and words[1][:1].isupper():
        return text
    return first[0].lower() + text[1:]


def board(network: Network, lang: str) -> list[Block]:
    """Return the board's section: its guiding principles (BS §4.3), seats and note."""
    found = network.board
    if found is None or not (found.principles or found.seats or found.note):
        return []
    blocks: list[Block] = [Heading(translation(lang).gettext("The board"))]
    if found.principles:
        blocks += [
            Paragraph.of(translation(lang).gettext("Guiding principles for the board:")),
            BulletList.of(found.principles),
        ]
    if found.seats:
        seats = join_words(found.seats, lang)
        blocks.append(
            Paragraph.of(translation(lang).gettext("Seats: {seats}.").format(seats=seats))
        )
    if found.note:
        blocks.append(Paragraph.of(found.note))
    return blocks


def _region(code: str) -> Region | None:
    """Return the region of a county code, or ``None`` for any other text."""
    try:
        return get_region(code) if code.isdigit() else None
    except UnknownRegion:
        return None


def _period(start: datetime.date | None, end: datetime.date | None, lang: str) -> str:
    if start is None and end is None:
        return NONE
    first = NONE if start is None else format_day(start, "long", lang)
    last = "" if end is None else format_day(end, "long", lang)
    return f"{first}\u2013{last}"


def organisation(network: Network, year: int, lang: str) -> list[Block]:
    """Return the management and development organisation's section (BS §4.4).

    Its table lists the assignments running on at least one day of ``year``.
    """
    organisation = network.organisation
    if organisation is None:
        return []
    _ = translation(lang).gettext
    blocks: list[Block] = [Heading(organisation.name)]
    if organisation.established is not None:
        blocks.append(Paragraph.of(_("Formed in {year}.").format(year=organisation.established)))
    if organisation.remit:
        blocks.append(Paragraph.of(organisation.remit))
    running = [a for a in organisation.assignments if a.overlaps_year(year)]
    if running:
        rows: list[tuple[Cell, ...]] = []
        for assignment in running:
            found = _region(assignment.region)
            region = found.name if found else assignment.region
            rows.append(
                (
                    assignment.person,
                    region,
                    Number((assignment.share * 100).normalize(), decimals=None),
                    _period(assignment.starts_on, assignment.ends_on, lang),
                    _("yes") if assignment.board_contact else NONE,
                )
            )
        blocks.append(
            Table(
                columns=(
                    Column(_("Person")),
                    Column(_("Region")),
                    Column(_("Share of full time (%)"), "right"),
                    Column(_("Assignment period")),
                    Column(_("The board’s contact person")),
                ),
                rows=tuple(rows),
            )
        )
    return blocks


def partners(network: Network, lang: str) -> list[Block]:
    """Return the partners' section (BS §5)."""
    if not network.partners:
        return []
    items: list[tuple[Inline, ...]] = []
    for partner in network.partners:
        if partner.description:
            items.append((Strong(partner.name), ". " + partner.description))
        else:
            items.append((Strong(partner.name),))
    return [Heading(translation(lang).gettext("Partners")), BulletList.of(items)]


def way(text: str, modality: Modality, lang: str) -> tuple[Inline, ...]:
    """Return a way of reaching a goal, marked as a possibility when stated with *kan*."""
    if modality is Modality.MAY:
        return (text, " ", Emph(translation(lang).gettext("(a possibility: “kan”)")))
    return (text,)


def coordination(network: NationalNetwork, lang: str) -> list[Block]:
    """Return who coordinates a national network, within which movement, and what it lacks."""
    _ = translation(lang).gettext
    if network.coordinator and network.movement:
        sentence = _("A network within {movement}, coordinated by {coordinator}.").format(
            movement=network.movement, coordinator=network.coordinator
        )
    elif network.coordinator:
        sentence = _("Coordinated by {coordinator}.").format(coordinator=network.coordinator)
    elif network.movement:
        sentence = _("A network within {movement}; no coordinator is recorded.").format(
            movement=network.movement
        )
    else:
        return []
    blocks: list[Block] = [Paragraph.of(sentence)]
    blocks.append(Paragraph.of(_("The network has no members with votes, no fees and no budget.")))
    return blocks


def participants(network: NationalNetwork, lang: str) -> list[Block]:
    """Return the participants, or that none are recorded and what the source says of them."""
    _ = translation(lang).gettext
    blocks: list[Block] = [Heading(_("Participants"))]
    if network.participants:
        rows: tuple[tuple[Cell, ...], ...] = tuple(
            (p.name, p.role or NONE) for p in network.participants
        )
        blocks.append(Table(columns=(Column(_("Participant")), Column(_("Role"))), rows=rows))
        return blocks
    blocks.append(Paragraph.of(_("No participants are recorded.")))
    if network.participants_note:
        blocks.append(Paragraph.of(network.participants_note))
    return blocks


def _meeting(meetings: MeetingSeries, lang: str) -> Paragraph:
    catalog = translation(lang)
    _ = catalog.gettext
    parts: list[Inline] = [Strong(meetings.title)]
    if meetings.per_year is not None:
        n = meetings.per_year
        parts.append(": " + catalog.ngettext("{n} time a year", "{n} times a year", n).format(n=n))
    if meetings.participants and meetings.participants.lower() not in meetings.title.lower():
        parts.append(", " + _("with {who}").format(who=meetings.participants))
    if meetings.purpose:
        parts.append(" " + meetings.purpose)
    parts.append(".")
    if meetings.external_parties:
        parts.append(" " + _("External parties may join the meetings."))
    if meetings.modality is Modality.MAY:
        parts += [" ", Emph(translation(lang).gettext("(a possibility: “kan”)"))]
    return Paragraph.of(*parts)


def meetings(network: NationalNetwork, lang: str) -> list[Block]:
    """Return the meetings: the follow-up meetings, then those with the branches."""
    found = [m for m in (network.meetings, network.branch_meetings) if m is not None]
    if not found:
        return []
    return [Heading(translation(lang).gettext("Meetings")), *(_meeting(m, lang) for m in found)]


def _bank(label: str, resource: Resource) -> Paragraph:
    parts: list[Inline] = [label + ": ", Strong(resource.name)]
    if resource.description:
        parts.append(". " + resource.description)
    if resource.url:
        parts.append(" " + resource.url)
    return Paragraph.of(*parts)


def banks(network: NationalNetwork, lang: str) -> list[Block]:
    """Return the knowledge bank and the platform, each in its own paragraph (NSN)."""
    _ = translation(lang).gettext
    blocks: list[Block] = []
    if network.knowledge_bank is not None:
        blocks.append(_bank(_("Knowledge bank the network develops"), network.knowledge_bank))
    if network.platform is not None:
        blocks.append(_bank(_("Platform the network informs through"), network.platform))
    if blocks:
        blocks.insert(0, Heading(_("Knowledge bank and platform")))
    return blocks
