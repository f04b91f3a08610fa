"""Decisions: protocol excerpts (protokollsutdrag), case numbers and needs inventories.

A *protokollsutdrag* (protocol excerpt) is one paragraph (§) of a body's minutes,
certified as a true copy (utdragsbestyrkande) and sent to those concerned. HSN90,
the source of this module, is one: Region Halland's Hälso- och sjukvårdsnämndens
arbetsutskott, 2020-11-18, "§ 90 Vårdnära service", case HSN 938-2020, with a
summary (Sammanfattning), a proposed decision (Förslag till beslut), the decision
(Beslut) and its basis (Beslutsunderlag). :class:`ProtocolExcerpt` models it;
:func:`vardservice.render.render_protocol` lays it out like the source.

:mod:`vardservice.decisions.case_number` reads, checks and prints case numbers
(diarienummer) such as ``"HSN 938-2020"`` in the style of python-stdnum;
:class:`~vardservice.decisions.case_number.CaseNumber` is re-exported here.

HSN90 also reports a needs inventory (behovsinventering): workshops identified
the care units' needs, ranked by how often they were named, and "Inom de top 10
prioriterade behoven kommer behoven av VNS arbetsuppgifter på plats 4 och plats 7
enligt frekvensmätning". :class:`NeedsInventory` ranks tallies of needs with ties
shared (competition ranking, "1224") and answers where the needs with a tag came
(:meth:`NeedsInventory.positions`). HSN90 gives only those two places, not the
tallies: an inventory says where its counts come from (``reference``) or that
they are ``illustrative``.

Example:
    >>> import pendulum
    >>> excerpt = ProtocolExcerpt(
    ...     body="Hälso- och sjukvårdsnämndens arbetsutskott",
    ...     meeting_date=pendulum.date(2020, 11, 18),
    ...     paragraph=90,
    ...     title="Vårdnära service",
    ...     case_number="HSN 938-2020",
    ... )
    >>> excerpt.heading, str(excerpt.case_number)
    ('§\xa090 Vårdnära service', 'HSN 938-2020')
    >>> inventory = NeedsInventory(
    ...     tallies=[NeedTally(need="Måltider", count=5, tags=["VNS"]),
    ...              NeedTally(need="Transporter", count=7)],
    ...     illustrative=True,
    ... )
    >>> inventory.positions("VNS")
    (2,)

"""

from __future__ import annotations

from typing import Final

import attrs
import pendulum

from vardservice import _fields
from vardservice.decisions import case_number
from vardservice.decisions.case_number import CaseNumber
from vardservice.errors import InvalidValue
from vardservice.sources import Citation, cite, section_sign

__all__ = [
    "EXCERPT_SOURCE",
    "NEEDS_SOURCE",
    "CaseNumber",
    "NeedTally",
    "NeedsInventory",
    "ProtocolExcerpt",
    "RankedNeed",
    "case_number",
]

EXCERPT_SOURCE: Final[Citation] = cite("HSN90", "§ 90 Vårdnära service")
"""The protocol excerpt that :class:`ProtocolExcerpt` is modelled on."""

NEEDS_SOURCE: Final[Citation] = cite("HSN90", "Sammanfattning")
"""Where the needs inventory and the VNS needs' places 4 and 7 come from."""

_MAX_PARAGRAPH: Final = 100_000
_MAX_COUNT: Final = 10**9


def _text(owner: str, field: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(owner, field, value, "a non-empty string")
    return value


# --- protocol excerpts ----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ProtocolExcerpt:
    """A protocol excerpt (protokollsutdrag): one paragraph of a body's minutes.

    Laid out like HSN90 by :func:`vardservice.render.render_protocol`: "Protokoll",
    the body and the meeting date (Sammanträdesdatum), the certification
    (Utdragsbestyrkande), the paragraph and title ("§ 90 Vårdnära service"), the
    case number, then Sammanfattning, Förslag till beslut, Beslut and
    Beslutsunderlag. Texts are kept verbatim, one string per paragraph or item.

    Attributes:
        body: the body that met (nämnd, utskott), e.g. "Hälso- och sjukvårdsnämndens
            arbetsutskott".
        meeting_date: the date of the meeting (sammanträdesdatum); an ISO 8601 string
            or a date is accepted.
        paragraph: the paragraph number, printed "§ 90".
        title: the paragraph's title (ärenderubrik), e.g. "Vårdnära service".
        case_number: the case number (diarienummer); a string is parsed
            (:func:`~vardservice.decisions.case_number.parse`).
        summary: the summary (sammanfattning), one string per paragraph.
        proposed_decision: the proposed decision (förslag till beslut), one item each.
        decision: the decision (beslut), one item each; empty while undecided.
        basis_documents: the basis for the decision (beslutsunderlag), one document each.
        attested_by: who certified the excerpt (utdragsbestyrkande), if anyone has.
        checked_by: who checked the minutes (justerare), if named.
        sent_to: to whom the excerpt is sent (expedieras till), if named.

    Raises:
        InvalidValue: an empty body or title, a bad date, paragraph or case number,
            or a list item that is not a non-empty string.

    """

    body: str = attrs.field(validator=_fields.text)
    meeting_date: pendulum.Date = attrs.field(converter=_fields.date)
    paragraph: int = attrs.field(validator=_fields.whole(1, _MAX_PARAGRAPH))
    title: str = attrs.field(validator=_fields.text)
    case_number: CaseNumber = attrs.field(converter=_fields.read)
    summary: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    proposed_decision: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    decision: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    basis_documents: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    attested_by: str | None = attrs.field(default=None, validator=_fields.text)
    checked_by: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    sent_to: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)

    @property
    def paragraph_label(self) -> str:
        """The paragraph as printed: ``"§ 90"``, a no-break space after the sign."""
        return section_sign(self.paragraph)

    @property
    def heading(self) -> str:
        """The paragraph and title as printed: ``"§ 90 Vårdnära service"``."""
        return f"{self.paragraph_label} {self.title}"

    def is_decided(self) -> bool:
        """Return whether the excerpt records a decision."""
        return bool(self.decision)

    def is_as_proposed(self) -> bool:
        """Return whether the decision is the proposed decision, word for word.

        In HSN90 it is: the Beslut repeats the Förslag till beslut.
        """
        return self.is_decided() and self.decision == self.proposed_decision


# --- needs inventories ----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class NeedTally:
    """One need identified in a needs inventory and how often it was named.

    Attributes:
        need: the need, in the workshop's words.
        count: how many times it was named (frekvensmätning), from 0.
        tags: labels to find it by, e.g. ``"VNS"`` for vårdnära service tasks.

    """

    need: str = attrs.field(validator=_fields.text)
    count: int = attrs.field(validator=_fields.whole(0, _MAX_COUNT))
    tags: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)

    def has_tag(self, tag: str) -> bool:
        """Return whether the need carries ``tag`` (compared without regard to case)."""
        wanted = _text("NeedTally.has_tag", "tag", tag).casefold()
        return any(t.casefold() == wanted for t in self.tags)


@attrs.frozen(kw_only=True)
class RankedNeed:
    """A need in its place in a ranking.

    Attributes:
        rank: 1 for the most named; needs named equally often share a rank and the
            next rank is skipped (competition ranking, "1224").
        tally: the need and its count.

    """

    rank: int
    tally: NeedTally


def _each_need_once(
    instance: object,
    attribute: attrs.Attribute[tuple[NeedTally, ...]],
    value: tuple[NeedTally, ...],
) -> None:
    seen: set[str] = set()
    for i, tally in enumerate(value):
        key = tally.need.strip().casefold()
        if key in seen:
            raise InvalidValue(
                "NeedsInventory", f"{attribute.name}[{i}]", tally.need, "each need once"
            )
        seen.add(key)


@attrs.frozen(kw_only=True)
class NeedsInventory:
    """A needs inventory (behovsinventering): needs and how often each was named.

    HSN90 ("Sammanfattning"): during autumn 2019 workshops identified the care
    units' needs of better or changed service, and "Inom de top 10 prioriterade
    behoven kommer behoven av VNS arbetsuppgifter på plats 4 och plats 7 enligt
    frekvensmätning". :meth:`ranked` orders the needs by count; :meth:`positions`
    says where the needs with a tag came.

    HSN90 gives only the two places, not the counts, so an inventory says where
    its counts come from: a ``reference``, or ``illustrative=True``, or both.

    Attributes:
        tallies: the needs and their counts, each need once (compared without
            regard to case); needs with equal counts keep this order in the ranking.
        title: what the inventory was, e.g. "Behovsinventering, värdeskapande
            service, hösten 2019".
        reference: the document or workshop record the counts come from.
        illustrative: the counts are examples, not a real inventory.

    Raises:
        InvalidValue: a need named twice, or neither a reference nor
            ``illustrative=True``.

    Example:
        >>> inventory = NeedsInventory(
        ...     tallies=[NeedTally(need=n, count=c) for n, c in
        ...              [("a", 9), ("b", 7), ("c", 7), ("d", 3)]],
        ...     illustrative=True,
        ... )
        >>> [(r.rank, r.tally.need) for r in inventory.ranked()]
        [(1, 'a'), (2, 'b'), (2, 'c'), (4, 'd')]

    """

    tallies: tuple[NeedTally, ...] = attrs.field(converter=_fields.items, validator=_each_need_once)
    title: str | None = attrs.field(default=None, validator=_fields.text)
    reference: str | None = attrs.field(default=None, validator=_fields.text)
    illustrative: bool = attrs.field(default=False, validator=_fields.flag)

    def __attrs_post_init__(self) -> None:
        if not self.illustrative and self.reference is None:
            raise InvalidValue(
                "NeedsInventory",
                "reference",
                None,
                "the document the counts come from, or illustrative=True",
            )

    def ranked(self) -> tuple[RankedNeed, ...]:
        """Return every need by count, most named first, with competition ranks.

        Needs named equally often share the rank of the first of them and keep
        the order of :attr:`tallies`; the next rank skips as many places as were
        shared ("1224").
        """
        ordered = sorted(self.tallies, key=lambda t: -t.count)  # stable: ties keep their order
        ranks: list[RankedNeed] = []
        for position, tally in enumerate(ordered, start=1):
            rank = ranks[-1].rank if ranks and ranks[-1].tally.count == tally.count else position
            ranks.append(RankedNeed(rank=rank, tally=tally))
        return tuple(ranks)

    def top(self, n: int) -> tuple[RankedNeed, ...]:
        """Return the needs ranked ``n`` or better ("top 10").

        A tie at the boundary is kept whole, so there may be more than ``n``
        needs; there are fewer when the inventory has fewer.

        Raises:
            InvalidValue: ``n`` is not a whole number of at least 1.

        """
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise InvalidValue("NeedsInventory.top", "n", n, "a whole number of at least 1")
        return tuple(r for r in self.ranked() if r.rank <= n)

    def positions(self, tag: str, *, top: int | None = None) -> tuple[int, ...]:
        """Return the ranks of the needs that carry ``tag``, best first.

        For HSN90's inventory, ``positions("VNS", top=10)`` is ``(4, 7)``.

        Args:
            tag: the tag, compared without regard to case.
            top: consider only the needs ranked this or better (see :meth:`top`).

        Raises:
            InvalidValue: an empty tag or a bad ``top``.

        """
        _text("NeedsInventory.positions", "tag", tag)
        ranked = self.ranked() if top is None else self.top(top)
        return tuple(r.rank for r in ranked if r.tally.has_tag(tag))

    @property
    def source(self) -> Citation:
        """HSN90 "Sammanfattning", where the needs inventory is reported."""
        return NEEDS_SOURCE
