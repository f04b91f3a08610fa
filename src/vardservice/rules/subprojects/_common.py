"""Shared vocabulary and helpers of the subproject rules (private)."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Sequence
from typing import Final

from vardservice.subprojects import (
    Milestone,
    MilestoneKind,
    Subproject,
    first_group_report,
    has_reached,
)
from vardservice.subprojects._process import milestones_by_kind

MIN_REGIONS: Final = 3
"""At least three regions when not all take part (SFBV §5.1.1)."""

FOLLOW_UP_PAGES: Final = (3, 6)
"""A follow-up report is "cirka 3–6 sidor" (SFBV §5.8)."""

PAGE_TOLERANCE: Final = 1
""""cirka": SP022 accepts one page either side, so 2–7 pages pass."""

# The words the messages put into their sentences (milestone kinds, report sections, the
# parts of a proposal or an assignment, the bodies) come from the catalog: see _words.


def _group_reported(sp: Subproject) -> Milestone | None:
    """Return the working group's first report milestone (the end of "vid starten"), if any."""
    return first_group_report(sp)


def _has_final_report(sp: Subproject) -> bool:
    return sp.final_report is not None or has_reached(sp.milestones, MilestoneKind.FINAL_REPORT)


def _indexed(sp: Subproject, kind: MilestoneKind) -> Sequence[tuple[int, Milestone]]:
    # One grouping of the milestones by kind, shared by every rule and question of a check.
    return milestones_by_kind(sp.milestones).get(kind, ())


def _earliest(found: Sequence[tuple[int, Milestone]]) -> tuple[int, Milestone]:
    """Return the earliest-dated pair; of pairs on one day the first (``found`` is in order)."""
    best = found[0]
    for pair in found:
        if pair[1].date < best[1].date:
            best = pair
    return best


@functools.lru_cache(maxsize=4_096)
def _iso(day: datetime.date) -> str:
    # Remembered (bounded): date.isoformat costs ~0.6 µs, and a check writes the same
    # few dates (the date checked, the board's approval, the due dates) into its evidence.
    return day.isoformat()


@functools.lru_cache(maxsize=4_096)  # remembered, bounded: a check writes the same few dates
def _day(day: datetime.date, lang: str) -> str:
    """Return a date as a reader writes it in a message: "1 december 2023" (evidence keeps ISO).

    CLDR's pattern ``d MMMM y`` in the language's locale (sv_SE, en_GB), as babel's
    ``format_date`` writes it (a test compares the two over every day of the calendar),
    filled from the month names below: babel parses the pattern and the locale on every
    call (~30 µs, a fifth of a subproject's check), and loading its locale data costs
    a first check ~30 ms.
    """
    return f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


_MONTHS: Final = {
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
"""CLDR's month names (format context, wide) of :data:`~vardservice._i18n.LANGUAGES`."""


_SFBV_511 = (
    "Området eller ämnet som ska tas upp i delprojektet ska vara angeläget för samtliga "
    "regioner (eller i vissa fall minst tre regioner) och enligt ovan alltid sanktionerat "
    "av ledningsgruppen."
)
