"""The annual wheel: activities on dates or months, and meetings by a rule (BS §6, NSN)."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs
import pendulum

from vardservice import _fields
from vardservice.dates import MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, is_working_day
from vardservice.errors import InvalidValue
from vardservice.sources import Citation, cite

PLANNING_SOURCE: Final[Citation] = cite("BS", "6")
"""A yearly operations plan with activity plan and budget; the annual wheel (BS §6)."""

MEETINGS_SOURCE: Final[Citation] = cite("NSN", "Hur når vi målen för servicenätverket")
""""Servicenätverket samlas fyra gånger per år" (NSN)."""

_MAX_MEETINGS: Final = 12


class ActivityKind(enum.Enum):
    """What an entry of the annual wheel is."""

    MEETING = "meeting"
    """A meeting (möte), e.g. a network or board meeting."""
    DEADLINE = "deadline"
    """A deadline (sista dag), e.g. for reporting key figures."""
    ACTIVITY = "activity"
    """Any other activity (aktivitet) of the activity plan."""
    REPORT = "report"
    """A report or document to produce (rapport), e.g. the operations plan."""


class Weekday(enum.Enum):
    """A preferred meeting day, Monday to Friday (Saturdays and Sundays are never working days)."""

    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"

    @property
    def isoweekday(self) -> int:
        """The ISO weekday number: 1 for Monday to 5 for Friday."""
        return list(Weekday).index(self) + 1


_WEEKDAYS: Final = ", ".join(repr(w.value) for w in Weekday)


# --- checks of arguments and of a date's year -----------------------------------------------


def _month(owner: str, field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        raise InvalidValue(owner, field, value, "a month from 1 to 12")
    return value


def _year(owner: str, value: object) -> int:
    return _fields.check_year(value, MIN_CALENDAR_YEAR, MAX_CALENDAR_YEAR, owner=owner)


def _in_calendar(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate that a date (or ``None``) falls in the years of the calendar as modelled."""
    if (
        isinstance(value, pendulum.Date)
        and not MIN_CALENDAR_YEAR <= value.year <= MAX_CALENDAR_YEAR
    ):
        raise InvalidValue(
            type(instance).__name__,
            attribute.name,
            value.isoformat(),
            f"a date in the years {MIN_CALENDAR_YEAR} to {MAX_CALENDAR_YEAR}",
        )


# --- activities -----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Activity:
    """One entry of an annual wheel (en aktivitet i årshjulet).

    An activity sits either on a ``date`` (it happens in that year only) or on a
    ``month`` (it recurs in that month every year), never both.

    Attributes:
        title: what happens, e.g. ``"Nyckeltalsinsamling"``.
        kind: meeting, deadline, activity (default) or report.
        date: the day, for a one-off entry; or ``None``.
        month: the month (1-12), for an entry that recurs every year; or ``None``.
        description: more words, or ``None``.
        responsible: who is responsible (ansvarig), or ``None``.
        illustrative: the date or month is an example, not taken from a source.
        source: where the activity comes from (e.g. ``BS §6``), or ``None``.

    Raises:
        InvalidValue: a bad field, or not exactly one of ``date`` and ``month``.

    Example:
        >>> Activity(title="Verksamhetsplan", kind=ActivityKind.REPORT, month=11).month_of_year
        11

    """

    title: str = attrs.field(validator=_fields.text)
    kind: ActivityKind = attrs.field(default=ActivityKind.ACTIVITY, validator=_fields.instance)
    date: pendulum.Date | None = attrs.field(
        default=None, converter=_fields.date, validator=_in_calendar
    )
    month: int | None = attrs.field(default=None, validator=_fields.whole(1, 12))
    description: str | None = attrs.field(default=None, validator=_fields.text)
    responsible: str | None = attrs.field(default=None, validator=_fields.text)
    illustrative: bool = attrs.field(default=False, validator=_fields.flag)
    source: Citation | None = attrs.field(default=None, validator=_fields.instance)

    def __attrs_post_init__(self) -> None:
        if (self.date is None) == (self.month is None):
            raise InvalidValue(
                "Activity", "month", self.month, "either a date or a month, not both or neither"
            )

    @property
    def month_of_year(self) -> int:
        """The month the activity falls in (from its date, or its month)."""
        if self.date is not None:
            return self.date.month
        return self.month  # type: ignore[return-value]  # exactly one is set (post-init)

    def occurs_in(self, year: int) -> bool:
        """Return whether the activity is in ``year``: month-placed ones recur every year."""
        return self.date is None or self.date.year == year

    def _sort_key(self) -> tuple[int, int, int, str]:
        # Month-placed entries come first in their month, then dated ones by day.
        day = 0 if self.date is None else self.date.day
        kinds = list(ActivityKind)
        return (self.month_of_year, day, kinds.index(self.kind), self.title)


# --- meetings -------------------------------------------------------------------------------


def _periods(count: int, months: tuple[int, ...] | None) -> list[tuple[int, ...]]:
    """Split the year into ``count`` runs of whole months, or one period per listed month."""
    if months is not None:
        return [(m,) for m in sorted(months)]
    size, extra = divmod(12, count)
    periods: list[tuple[int, ...]] = []
    first = 1
    for i in range(count):
        length = size + (1 if i < extra else 0)
        periods.append(tuple(range(first, first + length)))
        first += length
    return periods


def _check_months(owner: str, months: object, count: int) -> tuple[int, ...] | None:
    if months is None:
        return None
    if isinstance(months, str | bytes | Mapping) or not isinstance(months, Iterable):
        raise InvalidValue(owner, "months", months, "a list of months (1-12) or None")
    found = tuple(months)
    for i, month in enumerate(found):
        _month(owner, f"months[{i}]", month)
    if len(set(found)) != len(found) or len(found) != count:
        raise InvalidValue(owner, "months", months, f"{count} distinct months, one per meeting")
    return tuple(sorted(found))


def _check_count(owner: str, count: object) -> int:
    return _fields.check_whole(count, 1, _MAX_MEETINGS, owner=owner, field="count")


def meeting_dates(
    year: int,
    count: int = 4,
    *,
    weekday: Weekday = Weekday.TUESDAY,
    months: Iterable[int] | None = None,
) -> tuple[pendulum.Date, ...]:
    """Return ``count`` meeting days spread over ``year``, each a Swedish working day.

    The rule, exactly:

    1. The year is split into ``count`` periods of whole consecutive months, as
       equal as possible, longer periods first (4 gives the quarters; 5 gives
       3, 3, 2, 2, 2 months; 12 gives each month). With ``months``, each listed
       month is a period of its own, and there must be ``count`` distinct ones.
    2. Each period has an anchor: the first day of its middle month (the later
       middle month when it has an even number of months). For the quarters
       that is 1 February, 1 May, 1 August and 1 November; with ``months`` it is
       the first of each month.
    3. The meeting is on the first ``weekday`` on or after the anchor that is a
       working day (:func:`vardservice.dates.is_working_day`: not a Swedish public
       holiday, nor midsommarafton, julafton or nyårsafton). When that week's
       ``weekday`` is a holiday, the same weekday of the following week is tried,
       and so on, up to the end of the period.

    So every meeting falls on the preferred weekday. A month always has at least
    four of each weekday and no Swedish month has holidays on four of the same
    weekday, so step 3 always finds a day for the calendar as modelled; should it
    not, :class:`~vardservice.errors.InvalidValue` names ``weekday`` rather than
    moving the meeting to another day silently.

    Args:
        year: the calendar year (1953-2199).
        count: the number of meetings, 1 to 12; NSN meets four times a year.
        weekday: the preferred meeting day, Monday to Friday.
        months: the months to meet in, one meeting each, or ``None`` to spread
            the meetings over the year.

    Returns:
        ``count`` distinct dates in ``year``, in order.

    Raises:
        InvalidValue: a bad year, count, weekday or months (naming the argument),
            or no working ``weekday`` in a period (naming ``weekday``).

    Example:
        >>> [str(d) for d in meeting_dates(2024, 4, weekday=Weekday.WEDNESDAY)]
        ['2024-02-07', '2024-05-08', '2024-08-07', '2024-11-06']
        >>> [str(d) for d in meeting_dates(2025, 2, weekday=Weekday.THURSDAY, months=[6, 12])]
        ['2025-06-05', '2025-12-04']

    """
    owner = "meeting_dates"
    _year(owner, year)
    _check_count(owner, count)
    if not isinstance(weekday, Weekday):
        raise InvalidValue(owner, "weekday", weekday, f"a Weekday, one of {_WEEKDAYS}")
    chosen = _check_months(owner, months, count)
    found: list[pendulum.Date] = []
    for period in _periods(count, chosen):
        anchor = pendulum.Date(year, period[len(period) // 2], 1)
        end = pendulum.Date(year, period[-1], 1).end_of("month")
        day = anchor.add(days=(weekday.isoweekday - anchor.isoweekday()) % 7)
        while day <= end and not is_working_day(day):
            day = day.add(days=7)
        if day > end:
            raise InvalidValue(
                owner,
                "weekday",
                weekday,
                f"a weekday that is a working day between {anchor} and {end}",
            )
        found.append(day)
    return tuple(found)


@attrs.frozen(kw_only=True)
class MeetingRule:
    """How many meetings a year, on which weekday, optionally in which months.

    The dates follow :func:`meeting_dates`.

    Attributes:
        count: meetings a year, 1 to 12 (NSN: four).
        weekday: the preferred meeting day, Monday to Friday.
        months: the months to meet in (``count`` distinct months), or ``None``
            to spread the meetings over the year.
        title: the title of each meeting in the wheel, e.g. ``"Nätverksmöte"``.
        responsible: who convenes the meetings, or ``None``.
        illustrative: the weekday or months are an example, not from a source.
        source: where the number of meetings comes from, or ``None``.

    Raises:
        InvalidValue: a bad field, or ``months`` not ``count`` distinct months.

    Example:
        >>> rule = MeetingRule(count=4, weekday=Weekday.THURSDAY, source=MEETINGS_SOURCE)
        >>> [d.month for d in rule.dates(2026)]
        [2, 5, 8, 11]

    """

    count: int = attrs.field(default=4, validator=_fields.whole(1, _MAX_MEETINGS))
    weekday: Weekday = attrs.field(default=Weekday.TUESDAY, converter=_fields.member)
    months: tuple[int, ...] | None = attrs.field(default=None, converter=_fields.items)
    title: str = attrs.field(default="Nätverksmöte", validator=_fields.text)
    responsible: str | None = attrs.field(default=None, validator=_fields.text)
    illustrative: bool = attrs.field(default=False, validator=_fields.flag)
    source: Citation | None = attrs.field(default=None, validator=_fields.instance)

    def __attrs_post_init__(self) -> None:
        _check_months("MeetingRule", self.months, self.count)

    def dates(self, year: int) -> tuple[pendulum.Date, ...]:
        """Return the year's meeting days (see :func:`meeting_dates`)."""
        return meeting_dates(year, self.count, weekday=self.weekday, months=self.months)

    def activities(self, year: int) -> tuple[Activity, ...]:
        """Return the year's meetings as dated activities of kind ``MEETING``."""
        return tuple(
            Activity(
                title=self.title,
                kind=ActivityKind.MEETING,
                date=day,
                responsible=self.responsible,
                illustrative=self.illustrative,
                source=self.source,
            )
            for day in self.dates(year)
        )


# --- the wheel ------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class AnnualWheel:
    """A network's annual wheel (årshjul): its activities and its meetings (BS §6).

    Attributes:
        name: the network or organisation, e.g. ``"Best Service"``.
        activities: the entries placed on dates or months.
        meetings: the rule that generates the year's meetings, or ``None``.
        description: a line about the wheel, or ``None``.

    Example:
        >>> wheel = AnnualWheel(
        ...     name="Best Service",
        ...     activities=[Activity(title="Verksamhetsplan", kind=ActivityKind.REPORT, month=11)],
        ... )
        >>> [(a.title, a.month_of_year) for a in wheel.for_year(2025)]
        [('Verksamhetsplan', 11)]

    """

    name: str = attrs.field(validator=_fields.text)
    activities: tuple[Activity, ...] = attrs.field(default=(), converter=_fields.items)
    meetings: MeetingRule | None = attrs.field(default=None, validator=_fields.instance)
    description: str | None = attrs.field(default=None, validator=_fields.text)

    def for_year(self, year: int) -> tuple[Activity, ...]:
        """Return the entries of ``year`` in calendar order.

        The month-placed activities (every year), the activities dated in
        ``year``, and the meetings of :attr:`meetings` as dated activities.
        Within a month, month-placed entries come first, then dated ones by day;
        on the same day, meetings, deadlines, activities and reports, then by title.

        Raises:
            InvalidValue: a bad year.

        """
        _year("AnnualWheel.for_year", year)
        found = [a for a in self.activities if a.occurs_in(year)]
        if self.meetings is not None:
            found.extend(self.meetings.activities(year))
        return tuple(sorted(found, key=Activity._sort_key))
