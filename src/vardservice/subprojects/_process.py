"""Where a subproject stands in the process: reached steps, approval, follow-up (SFBV §5.5-5.8)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from typing import Final, Generic, TypeVar

import pendulum

from vardservice.dates import add_months
from vardservice.errors import InvalidValue
from vardservice.regions import Region
from vardservice.subprojects._milestones import DecisionOutcome, Milestone, MilestoneKind
from vardservice.subprojects._model import Subproject, _distinct

DUE_SOON_DAYS: Final = 30
"""A follow-up due within this many days (inclusive) of the date checked is "due soon":
rule SP021 reports it as information, and a portfolio counts it (DOMAIN §4, rule 21)."""

FOLLOW_UP_MONTHS: Final = 12
"""Follow-up is due within this many calendar months of the board's approval (SFBV §5.8)."""

REGIONAL_DECISION_MONTHS: Final = 6
"""The library's own reading of how long the regions' decisions may take (rule SP025).

SFBV §5.6 sets no period for a region's decision on the board's recommendation. The
library reads six calendar months after the recommendation as the time within which a
region is expected to have decided: half the twelve months within which the follow-up
should be made (§5.8), so that what the follow-up measures has been decided on. It is a
reading, not a figure of the source."""


K = TypeVar("K")
T = TypeVar("T")


class _LastAnswer(Generic[K, T]):
    """One question's answer for the last key asked about, remembered by identity.

    The rules ask about one subproject's milestones many times in a row. The key is
    kept alive while it is remembered, so its identity cannot pass to another object;
    the pair is replaced whole, so a thread sees an old answer or a new one, never half.
    """

    __slots__ = ("_compute", "_last")

    def __init__(self, compute: Callable[[K], T]) -> None:
        self._compute = compute  # a function of the key: no closure made per question
        self._last: tuple[K, T] | None = None

    def get(self, key: K) -> T:
        """Return the answer for ``key``: the remembered one, or computed and remembered."""
        last = self._last
        if last is not None and last[0] is key:
            return last[1]
        answer = self._compute(key)
        self._last = (key, answer)
        return answer


def board_approval(subproject: Subproject) -> pendulum.Date | None:
    """Return the date the board approved the final report, or ``None`` (SFBV §5.5).

    The board (Södra regionvårdsnämnden) approves the final report when it makes
    its recommendation; the earliest such milestone counts.
    """
    if not isinstance(subproject, Subproject):
        raise InvalidValue("board_approval", "subproject", subproject, "a Subproject")
    return _APPROVAL.get(subproject.milestones)  # asked 4× a check


def _approved(milestones: Sequence[Milestone]) -> pendulum.Date | None:
    found = milestones_by_kind(milestones).get(_RECOMMENDATION)
    return min([m.date for _, m in found]) if found else None


_APPROVAL: Final[_LastAnswer[Sequence[Milestone], pendulum.Date | None]] = _LastAnswer(_approved)


def follow_up_due(subproject: Subproject) -> pendulum.Date | None:
    """Return the date follow-up is due: 12 calendar months after the board's approval.

    Calendar arithmetic, clipped to the month's end (SFBV §5.8; DOMAIN §4):
    approved 2024-02-29 → due 2025-02-28; approved 2023-01-31 → due 2024-01-31.

    Returns:
        The due date, or ``None`` while the board has not approved the report.

    Raises:
        InvalidValue: ``subproject`` is not a :class:`Subproject`.

    Example:
        >>> sp = Subproject(id="X", title="Y", milestones=[
        ...     Milestone(kind="board_recommendation", date="2024-02-29")])
        >>> follow_up_due(sp)
        Date(2025, 2, 28)

    """
    approved = board_approval(subproject)
    return None if approved is None else _FOLLOW_UP_DUE.get(approved)


# Keyed by the approval's date object, which board_approval remembers: asked twice a check.
_FOLLOW_UP_DUE: Final[_LastAnswer[pendulum.Date, pendulum.Date]] = _LastAnswer(
    lambda approved: add_months(approved, FOLLOW_UP_MONTHS)
)


# --- the steps a subproject has reached ------------------------------------------------------
#
# The rules ask which step a subproject has reached a hundred times a subproject, and the
# portfolio asks for every subproject: these are the one definition of each question.

# A milestone kind's step: a dict lookup by the member (hashed by identity, in C), where
# MilestoneKind.step is a Python property.
_STEP_OF: Final = {kind: kind.step for kind in MilestoneKind}
_START: Final = MilestoneKind.START_DECIDED
# Members as module constants: an enum class's attribute costs ~120 ns, a global ~20.
_RECOMMENDATION: Final = MilestoneKind.BOARD_RECOMMENDATION
_REGIONAL: Final = MilestoneKind.REGIONAL_DECISION
_FOLLOW_UP: Final = MilestoneKind.FOLLOW_UP
_REPORTS: Final = (MilestoneKind.INTERIM_REPORT, MilestoneKind.FINAL_REPORT)
_POSTPONED: Final = DecisionOutcome.POSTPONED


_Groups = dict[MilestoneKind, list[tuple[int, Milestone]]]


def _group(milestones: Sequence[Milestone]) -> _Groups:
    groups: _Groups = {}
    for pair in enumerate(milestones):
        found = groups.get(pair[1].kind)
        if found is None:
            groups[pair[1].kind] = [pair]
        else:
            found.append(pair)
    return groups


_BY_KIND: Final[
    _LastAnswer[Sequence[Milestone], dict[MilestoneKind, list[tuple[int, Milestone]]]]
] = _LastAnswer(_group)

milestones_by_kind: Final[
    Callable[[Sequence[Milestone]], Mapping[MilestoneKind, Sequence[tuple[int, Milestone]]]]
] = _BY_KIND.get
"""Return each kind's milestones with their indexes, in order (shared with the rules).

Not public. One pass, remembered for the last milestones asked about (by identity):
the rules and the questions above ask about a dozen kinds of one subproject's
milestones, and a pass per question compared every milestone's kind each time.
A kind without milestones is absent. The memo's bound ``get`` itself: a Python frame
less on each of the ~12 questions a check asks.
"""


def milestone_steps(milestones: Sequence[Milestone]) -> tuple[int, ...]:
    """Return the step of each milestone, in order (shared with the rules, not public).

    The last sequence asked about is remembered, by identity: the rules ask about one
    subproject's milestones many times in a row.
    """
    return _STEPS.get(milestones)[0]


def _count_steps(milestones: Sequence[Milestone]) -> tuple[tuple[int, ...], int]:
    # A list comprehension: a generator resumes once per milestone.
    steps = tuple([_STEP_OF[m.kind] if m.reviewed is None else m.step for m in milestones])
    return steps, max(steps, default=-1)


_STEPS: Final[_LastAnswer[Sequence[Milestone], tuple[tuple[int, ...], int]]] = _LastAnswer(
    _count_steps
)


def has_reached(milestones: Sequence[Milestone], kind: MilestoneKind) -> bool:
    """Return whether the milestones reach ``kind``'s step: one of that step or a later one.

    A later step implies the earlier ones even when they were not recorded: a final report
    means the subproject was started (rule SP002 reports the missing start decision; the
    process is still past it). This is what "reached a step" means for the rules, which judge
    only what a subproject has reached, and for :func:`vardservice.portfolio.summarize`.

    Example:
        >>> has_reached([Milestone(kind="final_report", date="2023-05-10")],
        ...             MilestoneKind.ASSIGNMENT_ISSUED)
        True

    """
    return _STEPS.get(milestones)[1] >= _STEP_OF[kind]


def is_started(milestones: Sequence[Milestone]) -> bool:
    """Return whether the start is decided: a ``start_decided`` milestone, or a later step's.

    A proposal only rejected or deferred (the start decision's other outcomes, of the same
    step) is not started.

    Example:
        >>> is_started([Milestone(kind="start_deferred", date="2023-02-01")])
        False

    """
    return _STEPS.get(milestones)[1] > _STEP_OF[_START] or any(m.kind is _START for m in milestones)


def is_followed_up(subproject: Subproject, *, since: datetime.date, until: datetime.date) -> bool:
    """Return whether a follow-up was made from ``since`` to ``until``, both included.

    A follow-up is a ``follow_up`` milestone or a follow-up report dated in that span; rule
    SP021 and the portfolio judge the follow-up after the board's approval this way.
    """
    follow_ups = milestones_by_kind(subproject.milestones).get(_FOLLOW_UP, ())
    return any(since <= m.date <= until for _, m in follow_ups) or any(
        since <= r.date <= until for r in subproject.follow_up_reports
    )


def regional_decision_due(subproject: Subproject) -> pendulum.Date | None:
    """Return the date by which the regions are expected to have decided, or ``None``.

    :data:`REGIONAL_DECISION_MONTHS` (6) calendar months after the board's recommendation:
    the library's own reading, since SFBV §5.6 sets no period (see rule SP025).

    Raises:
        InvalidValue: ``subproject`` is not a :class:`Subproject`, or the date would
            fall after the year 9999.

    Example:
        >>> sp = Subproject(id="X", title="Y", milestones=[
        ...     Milestone(kind="board_recommendation", date="2024-04-19")])
        >>> regional_decision_due(sp)
        Date(2024, 10, 19)

    """
    approved = board_approval(subproject)
    return None if approved is None else _REGIONAL_DUE.get(approved)


_REGIONAL_DUE: Final[_LastAnswer[pendulum.Date, pendulum.Date]] = _LastAnswer(
    lambda approved: add_months(approved, REGIONAL_DECISION_MONTHS)
)


def undecided_regions(
    subproject: Subproject, *, as_of: datetime.date | None = None
) -> tuple[Region, ...]:
    """Return the participating regions that have not decided on the recommendation (SFBV §5.6).

    A region has decided when it has a ``regional_decision`` milestone whose outcome is
    adopted, not adopted, or not recorded; a decision only postponed (bordlagt) leaves
    it undecided. With ``as_of``, only decisions dated on or before it count.

    Args:
        subproject: the subproject.
        as_of: the date to judge on; ``None`` counts every recorded decision.

    Returns:
        The undecided participating regions, in the order they are listed, each once.

    Raises:
        InvalidValue: ``subproject`` is not a :class:`Subproject`.

    Example:
        >>> sp = Subproject(id="X", title="Y", participating_regions=["10", "13", "07"],
        ...     milestones=[Milestone(kind="regional_decision", date="2024-06-04", region="10"),
        ...                 Milestone(kind="regional_decision", date="2024-06-12", region="13",
        ...                           outcome="postponed")])
        >>> [r.short_name for r in undecided_regions(sp)]
        ['Halland', 'Kronoberg']

    """
    if not isinstance(subproject, Subproject):
        raise InvalidValue("undecided_regions", "subproject", subproject, "a Subproject")
    decided = {
        m.region.code
        for _, m in milestones_by_kind(subproject.milestones).get(_REGIONAL, ())
        if m.region is not None
        and m.outcome is not _POSTPONED
        and (as_of is None or m.date <= as_of)
    }
    return tuple(r for r in _distinct(subproject.participating_regions) if r.code not in decided)


def first_group_report(subproject: Subproject) -> Milestone | None:
    """Return the working group's first report: its earliest interim or final report milestone.

    The working group's own milestones after the start decision are its reports: the
    management group issues the assignment and appoints the group (SFBV §5.1.3–5.1.4).
    Rules SP011 and SP026 read "vid starten" and "i tidigt skede" as: no later than this.
    """
    return _FIRST_REPORT.get(subproject.milestones)


def _first_report(milestones: Sequence[Milestone]) -> Milestone | None:
    groups = milestones_by_kind(milestones)
    reports = [pair for kind in _REPORTS for pair in groups.get(kind, ())]
    # The earliest; of those on one day, the first listed (as min over the milestones gave).
    return min(reports, key=lambda pair: (pair[1].date, pair[0]))[1] if reports else None


_FIRST_REPORT: Final[_LastAnswer[Sequence[Milestone], Milestone | None]] = _LastAnswer(
    _first_report
)
