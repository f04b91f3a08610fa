"""Shared vocabulary and helpers of the subproject rules (private)."""

from __future__ import annotations

import datetime
import functools
from typing import Final

from vardservice._i18n import locale_of
from vardservice.subprojects import (
    Milestone,
    MilestoneKind,
    Subproject,
    first_group_report,
    has_reached,
)

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


def _indexed(sp: Subproject, kind: MilestoneKind) -> list[tuple[int, Milestone]]:
    return [(i, m) for i, m in enumerate(sp.milestones) if m.kind is kind]


def _earliest(found: list[tuple[int, Milestone]]) -> tuple[int, Milestone]:
    return min(found, key=lambda pair: (pair[1].date, pair[0]))


def _iso(day: datetime.date) -> str:
    return day.isoformat()


def _day(day: datetime.date, lang: str) -> str:
    """Return a date as a reader writes it in a message: "1 december 2023" (evidence keeps ISO).

    CLDR's pattern ``d MMMM y`` (babel's ``format_date``), filled from the locale's month
    names, looked up once per language: babel parses the pattern and the locale on
    every call (~30 µs, a fifth of a subproject's check when its messages name dates).
    """
    return f"{day.day} {_months(lang)[day.month]} {day.year}"


@functools.cache
def _months(lang: str) -> dict[int, str]:
    from babel import Locale  # babel is imported only when a message needs a date

    return dict(Locale.parse(locale_of(lang)).months["format"]["wide"].items())


_SFBV_511 = (
    "Området eller ämnet som ska tas upp i delprojektet ska vara angeläget för samtliga "
    "regioner (eller i vissa fall minst tre regioner) och enligt ovan alltid sanktionerat "
    "av ledningsgruppen."
)
