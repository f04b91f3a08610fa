"""The annual wheel as an iCalendar file (RFC 5545), written with the icalendar package."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable, Mapping
from typing import Final

from vardservice import _fields
from vardservice._i18n import check_lang, translation
from vardservice._text import safe_text
from vardservice.dates import MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR
from vardservice.errors import InvalidValue
from vardservice.planning._wheel import Activity, ActivityKind, AnnualWheel

_PRODID: Final = "-//vardservice//Annual wheel//SV"


def _uid(wheel: AnnualWheel, year: int, activity: Activity, ordinal: int) -> str:
    # From what identifies an entry, not from its date: moving a meeting or editing
    # its description and exporting again updates the event instead of adding one.
    key = "\x1f".join((wheel.name, str(year), activity.kind.value, activity.title, str(ordinal)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@vardservice"


def _ical_words(lang: str) -> dict[str, str]:
    """Return the calendar's category names and its illustrative note in ``lang`` (catalog)."""
    pgettext = translation(lang).pgettext
    return {
        "meeting": pgettext("calendar category", "Meeting"),
        "deadline": pgettext("calendar category", "Deadline"),
        "activity": pgettext("calendar category", "Activity"),
        "report": pgettext("calendar category", "Report"),
        "illustrative": translation(lang).gettext(
            "The date or month is an illustrative example, not taken from a source."
        ),
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
    duplicating them. Control characters in the text (C0 but tab and newline, DEL,
    C1, ESC) become U+FFFD, as in every other output format
    (:func:`vardservice._text.safe_text`).

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
    _fields.check_year(year, MIN_CALENDAR_YEAR, MAX_CALENDAR_YEAR, owner=owner)
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
    words = _ical_words(check_lang(owner, lang))

    import icalendar  # RFC 5545 escaping, line folding and structure, done right

    utc_stamp = stamp.astimezone(datetime.UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", _PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", safe_text(f"{wheel.name} {year}"))
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
        event.add("summary", safe_text(activity.title))
        event.add("categories", [words[activity.kind.value]])
        if activity.date is None or activity.kind is not ActivityKind.MEETING:
            event.add("transp", "TRANSPARENT")
        notes = [activity.description] if activity.description is not None else []
        if activity.illustrative:
            notes.append(words["illustrative"])
        if notes:
            event.add("description", safe_text("\n\n".join(notes)))
        if activity.responsible is not None:
            event.add("contact", safe_text(activity.responsible))
        if reminder_days is not None and activity.kind in (
            ActivityKind.MEETING,
            ActivityKind.DEADLINE,
        ):
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", safe_text(activity.title))
            alarm.add("trigger", datetime.timedelta(days=-reminder_days))
            event.add_component(alarm)
        calendar.add_component(event)
    ics: bytes = calendar.to_ical()
    return ics
