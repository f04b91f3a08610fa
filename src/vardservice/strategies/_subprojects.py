"""Strategies for whole subprojects, compliant or breaching chosen rules (SFBV §4–5; private)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import pendulum
from hypothesis import strategies as st

from vardservice.errors import InvalidValue
from vardservice.rules import rules_for
from vardservice.strategies._breaches import _BREACHES
from vardservice.strategies._common import _pdates
from vardservice.strategies._subproject_parts import _arbitrary_subprojects
from vardservice.strategies._subproject_process import _AT, _TIMELINE, _compliant
from vardservice.subprojects import (
    MilestoneKind,
    Subproject,
)

SUBPROJECT_RULES = tuple(rule.code for rule in rules_for(Subproject))
"""The codes of the subproject rules (from the registry), each a ``breach`` :func:`subprojects`
can produce."""


def _breach_codes(breach: str | Iterable[str] | None) -> frozenset[str]:
    if breach is None:
        return frozenset()
    found = frozenset([breach] if isinstance(breach, str) else breach)
    unknown = sorted(c for c in found if c not in _BREACHES)
    if unknown:
        raise InvalidValue("subprojects", "breach", unknown, f"codes among {', '.join(_BREACHES)}")
    return found


def subprojects_as_of(
    *,
    compliant: bool = True,
    breach: str | Iterable[str] | None = None,
    stage: MilestoneKind | None = None,
) -> st.SearchStrategy[tuple[Subproject, pendulum.Date]]:
    """Generate a subproject of the four southern regions and a date to check it on.

    By default the subproject is compliant: :func:`~vardservice.rules.check` as of
    the date finds nothing at all (no error, no warning, no information). Its
    milestones run in order from a proposal to some step of the process (drawn,
    or ``stage``), and it has what that step calls for: a complete proposal and
    assignment, a cross-professional group with a chair and a patient or
    relative representative, a follow-up plan, at most five priced proposals, a
    complete final report, unanimous and recommending decisions with protocol
    excerpts, and a short follow-up in time.

    Args:
        compliant: with ``False`` and no ``breach``, breach one to six rules
            drawn at random, or draw an arbitrary valid subproject.
        breach: a code (``"SP013"``) or codes of :data:`SUBPROJECT_RULES` to
            breach; each of them then fires (others may too: removing the start
            decision also leaves later steps unsanctioned, for instance).
        stage: the last step reached (a :class:`MilestoneKind` of the main line);
            it must be late enough for every breach asked for.

    Raises:
        InvalidValue: an unknown code in ``breach``, or a ``stage`` too early for it.

    """
    codes = _breach_codes(breach)
    low = max((_BREACHES[c].stage for c in codes), default=-1)
    if stage is not None and (stage not in _AT or _AT[stage] < low):
        raise InvalidValue("subprojects", "stage", stage, "a step reached by every breach")
    return _subprojects_as_of(compliant, codes, None if stage is None else _AT[stage])


@st.composite
def _subprojects_as_of(
    draw: st.DrawFn, compliant: bool, codes: frozenset[str], last: int | None
) -> tuple[Subproject, pendulum.Date]:
    if not compliant and not codes:
        if draw(st.integers(0, 4)) == 0:
            sp = draw(_arbitrary_subprojects())
            return sp, draw(_pdates(datetime.date(2000, 1, 1), datetime.date(2060, 12, 31)))
        codes = frozenset(draw(st.sets(st.sampled_from(SUBPROJECT_RULES), min_size=1, max_size=6)))
    low = max((_BREACHES[c].stage for c in codes), default=-1)
    if last is None:
        last = draw(st.integers(low, len(_TIMELINE) - 1))
    sp, as_of = draw(_compliant(last))
    for code in sorted(codes):
        sp, as_of = _BREACHES[code].make(draw, sp, as_of, codes)
    return sp, as_of


def subprojects(
    *,
    compliant: bool = True,
    breach: str | Iterable[str] | None = None,
    stage: MilestoneKind | None = None,
) -> st.SearchStrategy[Subproject]:
    """Generate subprojects as :func:`subprojects_as_of` does, without the date.

    A compliant one keeps every rule as of the date :func:`subprojects_as_of`
    draws with it; as of another date SP021 may remind of a follow-up.
    """
    return subprojects_as_of(compliant=compliant, breach=breach, stage=stage).map(
        lambda case: case[0]
    )
