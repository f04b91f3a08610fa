"""A portfolio (portfölj) of subprojects and its summary as of a date (SFBV §1, §5).

The office (kansliet) follows every subproject of "Samarbete för bättre vård".
SFBV §1 states the portfolio's status the way :func:`summarize` answers it:
"Fram till april 2023 har 32 delprojekt startats och 27 av dessa är
slutrapporterade och föremål för uppföljning" (as of April 2023, 32
subprojects started, 27 of them final-reported and subject to follow-up).

A :class:`Portfolio` is a named set of subprojects with unique ids.
:func:`summarize` counts, as of a date the caller gives, how many have reached
each step of the process, how many follow-ups are overdue or due within 30 days,
how many are at each :class:`~vardservice.subprojects.Stage`, and lists each
subproject with its stage and next deadline. Only milestones dated on or before
the date count: the summary of a portfolio file written today, taken as of April
2023, is the portfolio as it stood then.

Source: SFBV (Södra sjukvårdsregionen, Beskrivning av arbetsmetoden
"Samarbete för bättre vård", 2023), §1 and §5.8.

Example:
    >>> from vardservice.subprojects import Milestone, Subproject
    >>> started = Subproject(id="A", title="Höftfraktur", milestones=[
    ...     Milestone(kind="start_decided", date="2022-03-04")])
    >>> reported = Subproject(id="B", title="Stroke", milestones=[
    ...     Milestone(kind="start_decided", date="2021-01-15"),
    ...     Milestone(kind="final_report", date="2022-11-30")])
    >>> summary = summarize(Portfolio(name="SFBV", subprojects=[started, reported]),
    ...                     as_of="2023-04-30")
    >>> summary.started, summary.final_reported
    (2, 1)
    >>> [(e.id, e.stage.value) for e in summary.entries]
    [('A', 'started'), ('B', 'final_reported')]

"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs
import pendulum

from vardservice import _fields
from vardservice._display import Displayable
from vardservice._frames import Kind, frame
from vardservice.dates import to_date
from vardservice.errors import InvalidValue
from vardservice.regions import Region
from vardservice.subprojects import (
    DUE_SOON_DAYS as _DUE_SOON_DAYS,
)
from vardservice.subprojects import (
    MilestoneKind,
    Stage,
    Subproject,
    board_approval,
    follow_up_due,
    has_reached,
    is_followed_up,
    is_started,
    stage_of,
    undecided_regions,
)

__all__ = [
    "COUNTS",
    "DUE_SOON_DAYS",
    "Portfolio",
    "PortfolioEntry",
    "PortfolioSummary",
    "summarize",
]

COUNTS: Final = (
    "started",
    "final_reported",
    "board_decided",
    "in_implementation",
    "followed_up",
    "follow_ups_overdue",
    "follow_ups_due_soon",
)
"""The names of :class:`PortfolioSummary`'s counts, in the order reports list them."""

DUE_SOON_DAYS: Final = _DUE_SOON_DAYS
"""A follow-up due within this many days of the date checked is "due soon" (DOMAIN §4, rule 21)."""

_LAST_SOON: Final = pendulum.Date(9999, 12, 1)  # the last day with 30 days after it

_COUNT: Final = _fields.whole()


def _unique_ids(
    instance: object,
    attribute: attrs.Attribute[tuple[Subproject, ...]],
    value: tuple[Subproject, ...],
) -> None:
    seen: dict[str, int] = {}
    for i, subproject in enumerate(value):
        if subproject.id in seen:
            raise InvalidValue(
                "Portfolio",
                f"subprojects[{i}].id",
                subproject.id,
                f"each id once (subprojects[{seen[subproject.id]}] has it)",
            )
        seen[subproject.id] = i


@attrs.frozen(kw_only=True)
class Portfolio:
    """A named set of subprojects (delprojekt), each id once (SFBV §1).

    Attributes:
        name: what the portfolio is (e.g. "Samarbete för bättre vård").
        subprojects: the subprojects, in the order given.

    Raises:
        InvalidValue: an empty name, an item that is not a subproject, or two
            subprojects with the same id (the value named is the duplicate id).

    Example:
        >>> from vardservice.subprojects import Subproject
        >>> Portfolio(name="SFBV", subprojects=[Subproject(id="A", title="x"),
        ...                                     Subproject(id="A", title="y")])
        Traceback (most recent call last):
        ...
        vardservice.errors.InvalidValue: Portfolio.subprojects[1].id: got 'A'; expected each id ...

    """

    name: str = attrs.field(validator=_fields.text)
    subprojects: tuple[Subproject, ...] = attrs.field(
        default=(), converter=_fields.items, validator=_unique_ids
    )

    def __iter__(self) -> Iterator[Subproject]:
        return iter(self.subprojects)

    def __len__(self) -> int:
        return len(self.subprojects)

    def find(self, id: str) -> Subproject | None:
        """Return the subproject with this id, or ``None``."""
        return next((s for s in self.subprojects if s.id == id), None)


@attrs.frozen(kw_only=True)
class PortfolioEntry:
    """One subproject in a summary: its stage and next deadline as of the summary's date.

    Attributes:
        id: the subproject's id.
        title: its title.
        stage: its stage as of the date (from the milestones dated on or before it).
        next_deadline: the next date the process sets for it: the follow-up's due
            date (12 calendar months after the board's approval, SFBV §5.8) while
            the follow-up has not been made; ``None`` when nothing is due.
        overdue: the deadline has passed on the date of the summary.
        due_soon: the deadline falls on the date of the summary or within the
            next :data:`DUE_SOON_DAYS` days.
        undecided_regions: once the board has recommended (on or before the date),
            the participating regions that have not yet decided on the
            recommendation (SFBV §5.6; a postponed decision is not a decision).

    """

    id: str = attrs.field(validator=_fields.text)
    title: str = attrs.field(validator=_fields.text)
    stage: Stage = attrs.field(converter=_fields.member)
    next_deadline: pendulum.Date | None = attrs.field(default=None, converter=_fields.date)
    overdue: bool = attrs.field(default=False, validator=_fields.flag)
    due_soon: bool = attrs.field(default=False, validator=_fields.flag)
    undecided_regions: tuple[Region, ...] = attrs.field(default=(), converter=_fields.items)

    def label(self) -> str:
        """Return "id title", how reports name the subproject."""
        return f"{self.id} {self.title}"


def _by_stage(value: object) -> Mapping[Stage, int]:
    """Return a count for every stage, in process order (zero where none is given)."""
    if not isinstance(value, Mapping):
        raise InvalidValue("PortfolioSummary", "by_stage", value, "a mapping of stage to count")
    counts = dict.fromkeys(Stage, 0)
    for key, count in value.items():
        stage = _fields.check_member(key, Stage, owner="PortfolioSummary", field="by_stage")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise InvalidValue("PortfolioSummary", f"by_stage[{stage.value}]", count, "a count")
        counts[stage] = count
    return MappingProxyType(counts)


@attrs.frozen(kw_only=True, repr=False)
class PortfolioSummary(Displayable):
    """How a portfolio stands on a date; see :func:`summarize` for each count's definition.

    Attributes:
        name: the portfolio's name ("" when summarizing a plain list).
        as_of: the date the summary is taken on.
        total: the number of subprojects.
        started: how many have been started (startats).
        final_reported: how many have been final-reported (slutrapporterade).
        board_decided: how many the board (nämnden) has decided on.
        in_implementation: how many have reached implementation (införande).
        followed_up: how many have been followed up (uppföljda).
        follow_ups_overdue: how many follow-ups are overdue.
        follow_ups_due_soon: how many follow-ups are due within 30 days.
        by_stage: the number of subprojects at each stage, every stage listed in
            process order (zero where none is).
        entries: each subproject with its stage and next deadline, in the
            portfolio's order.

    """

    name: str = attrs.field(validator=_fields.any_text)
    as_of: pendulum.Date = attrs.field(converter=_fields.date)
    total: int = attrs.field(validator=_COUNT)
    started: int = attrs.field(validator=_COUNT)
    final_reported: int = attrs.field(validator=_COUNT)
    board_decided: int = attrs.field(validator=_COUNT)
    in_implementation: int = attrs.field(validator=_COUNT)
    followed_up: int = attrs.field(validator=_COUNT)
    follow_ups_overdue: int = attrs.field(validator=_COUNT)
    follow_ups_due_soon: int = attrs.field(validator=_COUNT)
    by_stage: Mapping[Stage, int] = attrs.field(converter=_by_stage, hash=False)
    entries: tuple[PortfolioEntry, ...] = attrs.field(default=(), converter=_fields.items)

    def to_dataframe(self) -> Any:
        """Return one row per subproject, in a pandas ``DataFrame``.

        Columns: ``id``, ``title`` (string), ``stage`` (category, in process
        order), ``next_deadline`` (datetime64, empty when none), ``overdue`` and
        ``due_soon`` (bool).

        Raises:
            ImportError: pandas is not installed (``pip install 'vardservice[pandas]'``).

        """
        rows = [attrs.asdict(entry, recurse=False) for entry in self.entries]
        columns: dict[str, Kind] = {
            "id": "str",
            "title": "str",
            "stage": Stage,
            "next_deadline": "date",
        }
        columns |= {"overdue": "bool", "due_soon": "bool"}
        return frame(rows, columns, owner="PortfolioSummary.to_dataframe")


def summarize(
    subprojects: Portfolio | Iterable[Subproject], *, as_of: datetime.date | str
) -> PortfolioSummary:
    """Return how the subprojects stand on ``as_of`` (SFBV §1: "32 startats, 27 slutrapporterade").

    Only milestones dated on or before ``as_of`` count; later ones are the
    future as seen from that date. A subproject counts for a step when it has
    *reached* that step, whatever came later: a subproject that has been
    followed up still counts as started, final-reported and decided by the
    board. Reaching a step means a milestone of that step or of any later one
    (a final report implies a start even if the start decision was not
    recorded; rule SP002 reports that gap, the count does not hide it):

    * **started**: a ``start_decided`` milestone, or any milestone after the
      start decision (assignment issued … follow-up). A proposal that was only
      rejected or deferred is not started.
    * **final_reported**: a ``final_report`` milestone or any later one
      (collaboration-group review … follow-up).
    * **board_decided**: a ``board_recommendation`` milestone or any later one
      (regional decision, implementation, follow-up).
    * **in_implementation**: an ``implementation`` or ``follow_up`` milestone;
      a subproject since followed up still counts.
    * **followed_up**: a ``follow_up`` milestone. (A follow-up report without
      its milestone stops the deadline below, but the step is counted from
      milestones, like every other step.)
    * **follow_ups_overdue**: the board approved the final report (its earliest
      ``board_recommendation`` milestone is on or before ``as_of``), the
      follow-up was due 12 calendar months later
      (:func:`~vardservice.subprojects.follow_up_due`), that date is before
      ``as_of``, and no follow-up has been made: no ``follow_up`` milestone and
      no follow-up report dated from the approval up to ``as_of``. This is how
      rule SP021 judges it, so the count equals the number of subprojects with
      an "overdue" SP021 finding on the same date.
    * **follow_ups_due_soon**: as above, but the due date is ``as_of`` itself or
      at most :data:`DUE_SOON_DAYS` (30) days after it (SP021's information).

    So ``total ≥ started ≥ final_reported ≥ board_decided ≥ in_implementation ≥
    followed_up``, each count only grows as ``as_of`` moves forward, and
    ``by_stage`` (each subproject's :attr:`~vardservice.subprojects.Subproject.stage`
    computed from the milestones up to ``as_of``) adds up to ``total``.

    Args:
        subprojects: a :class:`Portfolio` or any iterable of subprojects.
        as_of: the date to take the summary on (``"2023-04-30"`` or a date);
            required, nothing reads the clock.

    Returns:
        The summary, with one entry per subproject in the given order.

    Raises:
        InvalidValue: ``as_of`` is not a date, an item is not a subproject, or
            (for a plain iterable) two subprojects share an id.

    """
    day = to_date(as_of, owner="summarize", field="as_of")
    if isinstance(subprojects, Portfolio):
        portfolio = subprojects
    else:
        if isinstance(subprojects, str | bytes | Mapping) or not isinstance(subprojects, Iterable):
            raise InvalidValue("summarize", "subprojects", subprojects, "a list of Subproject")
        portfolio = Portfolio(name="-", subprojects=tuple(subprojects))
    name = subprojects.name if isinstance(subprojects, Portfolio) else ""
    counts = dict.fromkeys(
        COUNTS,
        0,
    )
    by_stage = dict.fromkeys(Stage, 0)
    entries: list[PortfolioEntry] = []
    # Near the end of the calendar (year 9999) "30 days later" is the last day there is.
    soon = day.add(days=DUE_SOON_DAYS) if day <= _LAST_SOON else pendulum.Date(9999, 12, 31)
    for subproject in portfolio:
        known = tuple(m for m in subproject.milestones if m.date <= day)
        stage = stage_of(known)
        by_stage[stage] += 1
        counts["started"] += is_started(known)
        counts["final_reported"] += has_reached(known, MilestoneKind.FINAL_REPORT)
        counts["board_decided"] += has_reached(known, MilestoneKind.BOARD_RECOMMENDATION)
        counts["in_implementation"] += has_reached(known, MilestoneKind.IMPLEMENTATION)
        counts["followed_up"] += has_reached(known, MilestoneKind.FOLLOW_UP)
        deadline = None
        approved = board_approval(subproject)
        pending = (
            undecided_regions(subproject, as_of=day)
            if approved is not None and approved <= day
            else ()
        )
        if (
            approved is not None
            and approved <= day
            and not is_followed_up(subproject, since=approved, until=day)
        ):
            deadline = follow_up_due(subproject)
        overdue = deadline is not None and deadline < day
        due_soon = deadline is not None and day <= deadline <= soon
        counts["follow_ups_overdue"] += overdue
        counts["follow_ups_due_soon"] += due_soon
        entries.append(
            PortfolioEntry(
                id=subproject.id,
                title=subproject.title,
                stage=stage,
                next_deadline=deadline,
                overdue=overdue,
                due_soon=due_soon,
                undecided_regions=pending,
            )
        )
    return PortfolioSummary(
        name=name,
        as_of=day,
        total=len(portfolio),
        by_stage=by_stage,
        entries=tuple(entries),
        **counts,
    )
