"""Annual wheel and meeting planning (årshjul, mötesplanering).

An *årshjul* (annual wheel) is the yearly planning picture of a network: its
meetings, deadlines, activities and reports placed on the months of the year.
Best Service draws up an operations plan (verksamhetsplan) with an activity plan
and a budget every year, and names the annual wheel among the documents planning
rests on (BS §6); the national service network meets four times a year (NSN,
"Hur når vi målen för servicenätverket").

* :class:`Activity` is one entry: a title, a kind (:class:`ActivityKind`) and a
  place in the year, either a date (that year only) or a month (every year).
* :class:`MeetingRule` and :func:`meeting_dates` spread N meetings over a year on
  Swedish working days (:func:`vardservice.dates.is_working_day`), on a
  preferred :class:`Weekday`.
* :class:`AnnualWheel` holds a network's activities and meeting rule;
  :meth:`AnnualWheel.for_year` lists one year's entries in order.
* :func:`to_ical` writes a year of the wheel as an iCalendar file (RFC 5545)
  with the ``icalendar`` package.

Nothing here reads the clock: the year, and the time stamp of an iCalendar
export, are passed in. Where a source gives no date (neither BS nor NSN says in
which months anything happens), mark the placement ``illustrative``.

Example:
    >>> from vardservice.planning import AnnualWheel, MeetingRule, Weekday
    >>> wheel = AnnualWheel(
    ...     name="Nationella servicenätverket",
    ...     meetings=MeetingRule(count=4, weekday=Weekday.TUESDAY, illustrative=True),
    ... )
    >>> [str(a.date) for a in wheel.for_year(2025)]
    ['2025-02-04', '2025-05-06', '2025-08-05', '2025-11-04']

"""

from __future__ import annotations

import datetime
import enum
import hashlib
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs
import pendulum

from vardservice._checks import as_tuple, items_validator
from vardservice._checks import flag as _bool
from vardservice._checks import optional_text as _optional_text
from vardservice._checks import text as _text
from vardservice.dates import MAX_YEAR, MIN_YEAR, is_working_day, to_date
from vardservice.errors import InvalidValue
from vardservice.sources import Citation, cite

__all__ = [
    "MEETINGS_SOURCE",
    "PLANNING_SOURCE",
    "Activity",
    "ActivityKind",
    "AnnualWheel",
    "MeetingRule",
    "Weekday",
    "meeting_dates",
    "to_ical",
]

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


# --- validation helpers ---------------------------------------------------------------------


def _enum_of(kind: type[enum.Enum]) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            names = ", ".join(repr(m.value) for m in kind)
            raise InvalidValue(type(instance).__name__, attribute.name, value, f"one of {names}")

    return check


def _optional_citation(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Citation):
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a Citation or None")


def _month(owner: str, field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        raise InvalidValue(owner, field, value, "a month from 1 to 12")
    return value


def _year(owner: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_YEAR <= value <= MAX_YEAR:
        raise InvalidValue(owner, "year", value, f"a year from {MIN_YEAR} to {MAX_YEAR}")
    return value


def _optional_date(value: object) -> object:
    # A converter must not raise on junk that the validator names better; it only
    # turns a datetime.date (e.g. from YAML) or an ISO string into a pendulum date.
    if value is None or isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date | str):
        try:
            return to_date(value, owner="Activity", field="date")
        except InvalidValue:
            return value
    return value


def _date_field(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, datetime.datetime) or not isinstance(value, pendulum.Date):
        raise InvalidValue(
            type(instance).__name__, attribute.name, value, "a date (e.g. '2025-03-31') or None"
        )
    _year(type(instance).__name__, value.year)


def _optional_month(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _month(type(instance).__name__, attribute.name, value)


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

    title: str = attrs.field(validator=_text)
    kind: ActivityKind = attrs.field(
        default=ActivityKind.ACTIVITY, validator=_enum_of(ActivityKind)
    )
    date: pendulum.Date | None = attrs.field(
        default=None, converter=_optional_date, validator=_date_field
    )
    month: int | None = attrs.field(default=None, validator=_optional_month)
    description: str | None = attrs.field(default=None, validator=_optional_text)
    responsible: str | None = attrs.field(default=None, validator=_optional_text)
    illustrative: bool = attrs.field(default=False, validator=_bool)
    source: Citation | None = attrs.field(default=None, validator=_optional_citation)

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
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= _MAX_MEETINGS:
        raise InvalidValue(owner, "count", count, f"a whole number from 1 to {_MAX_MEETINGS}")
    return count


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


def _weekday(value: object) -> object:
    # One spelling, the enum's value ("tuesday"), besides the member itself.
    if isinstance(value, str):
        try:
            return Weekday(value)
        except ValueError:
            return value
    return value


def _rule_months(value: object) -> object:
    return None if value is None else as_tuple(value)


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

    count: int = attrs.field(default=4)
    weekday: Weekday = attrs.field(
        default=Weekday.TUESDAY, converter=_weekday, validator=_enum_of(Weekday)
    )
    months: tuple[int, ...] | None = attrs.field(default=None, converter=_rule_months)
    title: str = attrs.field(default="Nätverksmöte", validator=_text)
    responsible: str | None = attrs.field(default=None, validator=_optional_text)
    illustrative: bool = attrs.field(default=False, validator=_bool)
    source: Citation | None = attrs.field(default=None, validator=_optional_citation)

    def __attrs_post_init__(self) -> None:
        _check_count("MeetingRule", self.count)
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

    name: str = attrs.field(validator=_text)
    activities: tuple[Activity, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(Activity)
    )
    meetings: MeetingRule | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None, validator=_optional_text)

    @meetings.validator
    def _check_meetings(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, MeetingRule):
            raise InvalidValue("AnnualWheel", "meetings", value, "a MeetingRule or None")

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


# --- iCalendar ------------------------------------------------------------------------------

_PRODID: Final = "-//vardservice//Annual wheel//SV"


def _uid(wheel: AnnualWheel, year: int, activity: Activity, ordinal: int) -> str:
    # From what identifies an entry, not from its date: moving a meeting or editing
    # its description and exporting again updates the event instead of adding one.
    key = "\x1f".join((wheel.name, str(year), activity.kind.value, activity.title, str(ordinal)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@vardservice"


_ICAL_WORDS: Final = {
    "sv": {
        "meeting": "Möte",
        "deadline": "Sista dag",
        "activity": "Aktivitet",
        "report": "Rapport",
        "illustrative": "Datum eller månad är ett illustrativt exempel, inte hämtat ur en källa.",
    },
    "en": {
        "meeting": "Meeting",
        "deadline": "Deadline",
        "activity": "Activity",
        "report": "Report",
        "illustrative": "The date or month is an illustrative example, not taken from a source.",
    },
}


def to_ical(
    wheel: AnnualWheel,
    year: int,
    *,
    stamp: datetime.datetime,
    kinds: Iterable[ActivityKind] | None = None,
    reminder_days: int | None = None,
    lang: str = "sv",
) -> bytes:
    """Return ``year`` of ``wheel`` as an iCalendar file (RFC 5545, ``.ics``).

    Every entry is an all-day event (``DTSTART;VALUE=DATE``, ``DTEND`` exclusive):

    * a dated entry (and each meeting) lasts its one day;
    * a month-placed entry spans its whole month (from the first of the month to
      the first of the next), since it happens some time that month; it is
      marked ``TRANSP:TRANSPARENT`` so that it does not block the calendar.

    ``SUMMARY`` is the title, ``DESCRIPTION`` the description (with a note when
    the placement is illustrative), ``CONTACT`` the responsible, ``CATEGORIES``
    the kind in ``lang`` ("Möte", "Sista dag", "Aktivitet", "Rapport"). ``UID``
    is derived from the wheel's name, the year, the kind, the title and the
    entry's ordinal among entries of that kind and title, so a re-export after a
    change of date or description updates the events in a calendar rather than
    duplicating them.

    Args:
        wheel: the annual wheel.
        year: the year to export.
        stamp: the ``DTSTAMP`` of every event (required by RFC 5545), a
            timezone-aware datetime; it is written in UTC. Pass it in: nothing
            here reads the clock.
        kinds: the kinds to export (default: all).
        reminder_days: add a reminder (``VALARM``) this many days before each
            meeting and deadline; ``None`` (default) for none.
        lang: ``"sv"`` (default) or ``"en"``: the language of the categories and of
            the note on illustrative placements.

    Raises:
        InvalidValue: a bad argument.

    Example:
        >>> import datetime
        >>> wheel = AnnualWheel(name="NSN", meetings=MeetingRule(count=4))
        >>> stamp = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
        >>> ics = to_ical(wheel, 2025, stamp=stamp)
        >>> ics.count(b"BEGIN:VEVENT"), b"DTSTART;VALUE=DATE:20250204" in ics
        (4, True)

    """
    owner = "to_ical"
    if not isinstance(wheel, AnnualWheel):
        raise InvalidValue(owner, "wheel", wheel, "an AnnualWheel")
    _year(owner, year)
    if not isinstance(stamp, datetime.datetime) or stamp.utcoffset() is None:
        raise InvalidValue(owner, "stamp", stamp, "a timezone-aware datetime")
    selected: frozenset[ActivityKind] = frozenset(ActivityKind)
    if kinds is not None:
        if isinstance(kinds, str | bytes | Mapping) or not isinstance(kinds, Iterable):
            raise InvalidValue(owner, "kinds", kinds, "a list of ActivityKind or None")
        chosen = tuple(kinds)
        if not all(isinstance(k, ActivityKind) for k in chosen):
            raise InvalidValue(owner, "kinds", kinds, "a list of ActivityKind or None")
        selected = frozenset(chosen)
    if reminder_days is not None and (
        isinstance(reminder_days, bool)
        or not isinstance(reminder_days, int)
        or not 0 <= reminder_days <= 366
    ):
        raise InvalidValue(owner, "reminder_days", reminder_days, "a whole number 0-366 or None")
    if lang not in _ICAL_WORDS:
        raise InvalidValue(owner, "lang", lang, "'sv' or 'en'")

    import icalendar  # RFC 5545 escaping, line folding and structure, done right

    utc_stamp = stamp.astimezone(datetime.UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", _PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{wheel.name} {year}")
    seen: dict[tuple[ActivityKind, str], int] = {}
    for activity in wheel.for_year(year):
        if activity.kind not in selected:
            continue
        ordinal = seen.get((activity.kind, activity.title), 0) + 1
        seen[(activity.kind, activity.title)] = ordinal
        if activity.date is not None:
            start = datetime.date(activity.date.year, activity.date.month, activity.date.day)
            end = start + datetime.timedelta(days=1)
        else:
            start = datetime.date(year, activity.month_of_year, 1)
            end = (
                datetime.date(year + 1, 1, 1)
                if start.month == 12
                else datetime.date(year, start.month + 1, 1)
            )
        event = icalendar.Event()
        event.add("uid", _uid(wheel, year, activity, ordinal))
        event.add("dtstamp", utc_stamp)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", activity.title)
        event.add("categories", [_ICAL_WORDS[lang][activity.kind.value]])
        if activity.date is None or activity.kind is not ActivityKind.MEETING:
            event.add("transp", "TRANSPARENT")
        notes = [activity.description] if activity.description is not None else []
        if activity.illustrative:
            notes.append(_ICAL_WORDS[lang]["illustrative"])
        if notes:
            event.add("description", "\n\n".join(notes))
        if activity.responsible is not None:
            event.add("contact", activity.responsible)
        if reminder_days is not None and activity.kind in (
            ActivityKind.MEETING,
            ActivityKind.DEADLINE,
        ):
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", activity.title)
            alarm.add("trigger", datetime.timedelta(days=-reminder_days))
            event.add_component(alarm)
        calendar.add_component(event)
    ics: bytes = calendar.to_ical()
    return ics
