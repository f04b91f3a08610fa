"""Strategies for case numbers, protocol excerpts and needs inventories (private)."""

from __future__ import annotations

import datetime

import pendulum
from hypothesis import strategies as st

from vardservice.decisions import NeedsInventory, NeedTally, ProtocolExcerpt
from vardservice.decisions.case_number import MAX_SERIAL, MAX_YEAR, MIN_YEAR, CaseNumber
from vardservice.strategies._common import _NAMES

_PREFIX_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"


def case_numbers(
    *, prefixes: tuple[str, ...] | None = None, max_serial: int = MAX_SERIAL
) -> st.SearchStrategy[CaseNumber]:
    """Generate case numbers (diarienummer) such as ``HSN 938-2020``.

    Args:
        prefixes: the body prefixes to use; any 1-5 capital letters (with Å, Ä, Ö) by default.
        max_serial: the largest serial number.

    """
    prefix = (
        st.sampled_from(prefixes)
        if prefixes
        else st.text(alphabet=_PREFIX_LETTERS, min_size=1, max_size=5)
    )
    return st.builds(
        CaseNumber,
        prefix=prefix,
        serial=st.one_of(st.just(1), st.integers(1, max_serial)),
        year=st.integers(MIN_YEAR, MAX_YEAR),
    )


_PARAGRAPHS = st.lists(_NAMES, max_size=3).map(tuple)


@st.composite
def protocol_excerpts(draw: st.DrawFn, *, decided: bool | None = None) -> ProtocolExcerpt:
    """Generate protocol excerpts with arbitrary (possibly hostile) text.

    With ``decided=True`` every excerpt records a decision, with ``False`` none;
    by default either.
    """
    proposal = draw(_PARAGRAPHS)
    has_decision = draw(st.booleans()) if decided is None else decided
    decision = (draw(st.just(proposal) | _PARAGRAPHS) or ("Beslut",)) if has_decision else ()
    day = draw(st.dates(datetime.date(MIN_YEAR, 1, 1), datetime.date(MAX_YEAR, 12, 31)))
    return ProtocolExcerpt(
        body=draw(_NAMES),
        meeting_date=pendulum.Date(day.year, day.month, day.day),
        paragraph=draw(st.integers(1, 1_000)),
        title=draw(_NAMES),
        case_number=draw(case_numbers()),
        summary=draw(_PARAGRAPHS),
        proposed_decision=proposal,
        decision=decision,
        basis_documents=draw(_PARAGRAPHS),
        attested_by=draw(st.none() | _NAMES),
        checked_by=draw(_PARAGRAPHS),
        sent_to=draw(_PARAGRAPHS),
    )


def need_tallies(
    *, max_count: int = 50, tags: tuple[str, ...] = ("VNS", "lokalvård", "måltider")
) -> st.SearchStrategy[NeedTally]:
    """Generate needs with small counts (so that ties are common) and a few of ``tags``."""
    return st.builds(
        NeedTally,
        need=_NAMES,
        count=st.integers(0, max_count),
        tags=st.lists(st.sampled_from(tags), max_size=2, unique=True).map(tuple),
    )


@st.composite
def needs_inventories(
    draw: st.DrawFn, *, min_size: int = 0, max_size: int = 12, max_count: int = 50
) -> NeedsInventory:
    """Generate needs inventories of distinct needs, illustrative or with a reference."""
    tallies = draw(
        st.lists(
            need_tallies(max_count=max_count),
            min_size=min_size,
            max_size=max_size,
            unique_by=lambda t: t.need.strip().casefold(),
        )
    )
    illustrative = draw(st.booleans())
    return NeedsInventory(
        tallies=tuple(tallies),
        title=draw(st.none() | _NAMES),
        reference=draw(st.none() | _NAMES) if illustrative else draw(_NAMES),
        illustrative=illustrative,
    )
