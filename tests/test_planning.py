"""Annual wheel and meetings: the meeting rule, the wheel's year, the iCalendar export."""

import datetime
import functools

import holidays
import pendulum
import pytest
from holidays.constants import DE_FACTO, PUBLIC
from hypothesis import given
from hypothesis import strategies as st

from vardservice import strategies
from vardservice._text import safe_text
from vardservice.errors import InvalidValue
from vardservice.planning import (
    MEETINGS_SOURCE,
    Activity,
    ActivityKind,
    AnnualWheel,
    MeetingRule,
    Weekday,
    meeting_dates,
    to_ical,
)

STAMP = datetime.datetime(2025, 1, 15, 8, 30, tzinfo=datetime.UTC)


@functools.cache
def _swedish_days_off(year: int) -> frozenset[datetime.date]:
    """Public holidays and the de-facto eves, straight from ``holidays`` (not via dates.py)."""
    calendar = holidays.country_holidays(
        "SE", years=year, categories=(PUBLIC, DE_FACTO), include_sundays=False
    )
    return frozenset(calendar)


def _is_off(day: datetime.date) -> bool:
    plain = datetime.date(day.year, day.month, day.day)
    return plain.isoweekday() > 5 or plain in _swedish_days_off(day.year)


# --- meeting_dates ----------------------------------------------------------------------------

YEARS = st.integers(1953, 2199)
COUNTS = st.integers(1, 12)
WEEKDAYS = st.sampled_from(Weekday)


@given(YEARS, COUNTS, WEEKDAYS)
def test_meetings_never_fall_on_a_weekend_or_a_swedish_holiday(
    year: int, count: int, weekday: Weekday
) -> None:
    for day in meeting_dates(year, count, weekday=weekday):
        assert not _is_off(day), day


@given(YEARS, COUNTS, WEEKDAYS)
def test_there_are_exactly_n_distinct_sorted_dates_within_the_year(
    year: int, count: int, weekday: Weekday
) -> None:
    days = meeting_dates(year, count, weekday=weekday)
    assert len(days) == count
    assert list(days) == sorted(set(days))
    assert all(d.year == year for d in days)


@given(YEARS, WEEKDAYS, st.lists(st.integers(1, 12), min_size=1, max_size=12, unique=True))
def test_given_months_get_one_meeting_each_on_a_working_day(
    year: int, weekday: Weekday, months: list[int]
) -> None:
    days = meeting_dates(year, len(months), weekday=weekday, months=months)
    assert [d.month for d in days] == sorted(months)
    assert not any(_is_off(d) for d in days)


@given(YEARS, COUNTS, WEEKDAYS)
def test_the_preferred_weekday_is_used_whenever_possible(
    year: int, count: int, weekday: Weekday
) -> None:
    """Every meeting is on the weekday, and no earlier working such day after the anchor exists."""
    for day in meeting_dates(year, count, weekday=weekday):
        assert day.isoweekday() == weekday.isoweekday
        earlier = day.subtract(days=7)
        # The anchor is the first of a month at or before the meeting's month, so the same
        # weekday a week earlier in the same month was after it: it must have been a day off.
        assert earlier.month != day.month or _is_off(earlier)


def test_quarters_anchor_in_the_middle_month() -> None:
    days = meeting_dates(2025, 4, weekday=Weekday.TUESDAY)
    assert [str(d) for d in days] == ["2025-02-04", "2025-05-06", "2025-08-05", "2025-11-04"]


def test_a_holiday_moves_the_meeting_to_the_same_weekday_next_week() -> None:
    # 1 May 2024 (Första maj) is a Wednesday; 9 May is Kristi himmelsfärd (Thursday).
    assert meeting_dates(2024, 1, weekday=Weekday.WEDNESDAY, months=[5]) == (
        pendulum.date(2024, 5, 8),
    )
    assert meeting_dates(2024, 1, weekday=Weekday.THURSDAY, months=[5]) == (
        pendulum.date(2024, 5, 2),
    )
    # 6 June 2024 (nationaldagen) is a Thursday, and midsommarafton 21 June a Friday.
    assert meeting_dates(2024, 1, weekday=Weekday.THURSDAY, months=[6]) == (
        pendulum.date(2024, 6, 13),
    )
    # Julafton 2024 is a Tuesday, counted as a day off (de facto, Semesterlag 3 a §).
    assert meeting_dates(2024, 12, weekday=Weekday.MONDAY)[0] == pendulum.date(2024, 1, 8)


def test_uneven_counts_split_the_year_longer_periods_first() -> None:
    days = meeting_dates(2026, 5, weekday=Weekday.MONDAY)
    assert [d.month for d in days] == [2, 5, 8, 10, 12]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"year": 1800}, "year"),
        ({"count": 0}, "count"),
        ({"count": 13}, "count"),
        ({"count": True}, "count"),
        ({"weekday": "saturday"}, "weekday"),
        ({"weekday": 6}, "weekday"),
        ({"count": 2, "months": [3]}, "months"),
        ({"count": 2, "months": [3, 3]}, "months"),
        ({"count": 1, "months": [13]}, "months[0]"),
        ({"count": 1, "months": "3"}, "months"),
    ],
)
def test_bad_arguments_are_named(kwargs: dict[str, object], field: str) -> None:
    arguments: dict[str, object] = {"year": 2025, **kwargs}
    with pytest.raises(InvalidValue) as caught:
        meeting_dates(**arguments)  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("meeting_dates", field)


def test_no_working_weekday_in_a_period_names_the_weekday(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import vardservice.planning._wheel  # where meeting_dates looks the calendar up

    monkeypatch.setattr(vardservice.planning._wheel, "is_working_day", lambda day: False)
    with pytest.raises(InvalidValue, match="meeting_dates.weekday") as caught:
        meeting_dates(2025, 4, weekday=Weekday.FRIDAY)
    assert "working day between 2025-02-01 and 2025-03-31" in str(caught.value)


# --- models -----------------------------------------------------------------------------------


def test_an_activity_is_on_a_date_or_on_a_month_never_both() -> None:
    with pytest.raises(InvalidValue, match="either a date or a month"):
        Activity(title="a")
    with pytest.raises(InvalidValue, match="either a date or a month"):
        Activity(title="a", month=3, date=pendulum.date(2025, 3, 1))
    assert Activity(title="a", date=datetime.date(2025, 3, 4)).date == pendulum.date(2025, 3, 4)
    assert Activity(title="a", date="2025-03-04").month_of_year == 3


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"title": " "}, "title"),
        ({"kind": "meeting"}, "kind"),
        ({"month": 0}, "month"),
        ({"month": 13}, "month"),
        ({"month": None, "date": datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)}, "date"),
        ({"month": None, "date": "2025-02-30"}, "date"),
        ({"responsible": ""}, "responsible"),
        ({"illustrative": "yes"}, "illustrative"),
        ({"source": "BS §6"}, "source"),
    ],
)
def test_activity_fields_are_checked(kwargs: dict[str, object], field: str) -> None:
    arguments: dict[str, object] = {"title": "a", "month": 1, **kwargs}
    with pytest.raises(InvalidValue) as caught:
        Activity(**arguments)  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("Activity", field)


def test_meeting_rule_checks_months_against_count() -> None:
    with pytest.raises(InvalidValue, match="MeetingRule.months"):
        MeetingRule(count=4, months=(3, 6))
    with pytest.raises(InvalidValue, match="MeetingRule.count"):
        MeetingRule(count=0)
    assert MeetingRule(weekday="friday").weekday is Weekday.FRIDAY


def test_meeting_rule_makes_dated_meetings() -> None:
    rule = MeetingRule(count=4, source=MEETINGS_SOURCE, responsible="Kansliet")
    meetings = rule.activities(2025)
    assert [m.kind for m in meetings] == [ActivityKind.MEETING] * 4
    assert {m.responsible for m in meetings} == {"Kansliet"}
    assert str(meetings[0].source) == "NSN, Hur når vi målen för servicenätverket"


@given(strategies.annual_wheels(), st.integers(2000, 2040))
def test_for_year_is_in_calendar_order_and_keeps_every_entry_of_the_year(
    wheel: AnnualWheel, year: int
) -> None:
    entries = wheel.for_year(year)
    keys = [(a.month_of_year, 0 if a.date is None else a.date.day) for a in entries]
    assert keys == sorted(keys)
    expected = [a for a in wheel.activities if a.date is None or a.date.year == year]
    assert sorted(map(repr, (a for a in entries if a in expected))) == sorted(map(repr, expected))
    meetings = wheel.meetings.count if wheel.meetings is not None else 0
    assert len(entries) == len(expected) + meetings
    assert all(a.date is None or a.date.year == year for a in entries)


def test_a_dated_activity_belongs_to_its_year_only() -> None:
    wheel = AnnualWheel(
        name="n",
        activities=[Activity(title="once", date="2024-05-05"), Activity(title="yearly", month=5)],
    )
    assert [a.title for a in wheel.for_year(2024)] == ["yearly", "once"]
    assert [a.title for a in wheel.for_year(2025)] == ["yearly"]


# --- iCalendar --------------------------------------------------------------------------------


def _events(ics: bytes) -> list[object]:
    import icalendar

    calendar = icalendar.Calendar.from_ical(ics)
    return list(calendar.walk("VEVENT"))


def test_ics_is_read_back_with_every_date_and_summary() -> None:
    wheel = AnnualWheel(
        name="Nationella servicenätverket",
        activities=[
            Activity(
                title="Sista dag: nyckeltal, lokalvård; måltider",
                kind=ActivityKind.DEADLINE,
                date="2025-03-31",
                description="Rapportera till förvaltnings- och utvecklingsorganisationen.\nTack!",
                responsible="Förvaltningsorganisationen",
            ),
            Activity(title="Årshjulet uppdateras", kind=ActivityKind.REPORT, month=12),
        ],
        meetings=MeetingRule(count=4, title="Servicenätverkets möte"),
    )
    ics = to_ical(wheel, 2025, stamp=STAMP)
    events = _events(ics)
    got = [(str(e["SUMMARY"]), e.decoded("DTSTART"), e.decoded("DTEND")) for e in events]  # type: ignore[attr-defined,index]
    d = datetime.date
    assert got == [
        ("Servicenätverkets möte", d(2025, 2, 4), d(2025, 2, 5)),
        ("Sista dag: nyckeltal, lokalvård; måltider", d(2025, 3, 31), d(2025, 4, 1)),
        ("Servicenätverkets möte", d(2025, 5, 6), d(2025, 5, 7)),
        ("Servicenätverkets möte", d(2025, 8, 5), d(2025, 8, 6)),
        ("Servicenätverkets möte", d(2025, 11, 4), d(2025, 11, 5)),
        ("Årshjulet uppdateras", d(2025, 12, 1), d(2026, 1, 1)),
    ]
    deadline = events[1]
    assert str(deadline["DESCRIPTION"]) == (  # type: ignore[index]
        "Rapportera till förvaltnings- och utvecklingsorganisationen.\nTack!"
    )
    assert str(deadline["CONTACT"]) == "Förvaltningsorganisationen"  # type: ignore[index]
    assert all(e.decoded("DTSTAMP") == STAMP for e in events)  # type: ignore[attr-defined]
    assert "Nationella servicenätverket 2025" in ics.decode("utf-8")
    # RFC 5545 folds lines at 75 octets, CRLF ends them.
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))


def test_uids_are_stable_and_survive_a_change_of_date() -> None:
    rule = MeetingRule(count=4)
    first = to_ical(AnnualWheel(name="n", meetings=rule), 2025, stamp=STAMP)
    again = to_ical(
        AnnualWheel(name="n", meetings=MeetingRule(count=4, weekday=Weekday.THURSDAY)),
        2025,
        stamp=STAMP + datetime.timedelta(days=3),
    )
    uids = [str(e["UID"]) for e in _events(first)]  # type: ignore[index]
    assert len(set(uids)) == 4
    assert uids == [str(e["UID"]) for e in _events(again)]  # type: ignore[index]
    other_year = to_ical(AnnualWheel(name="n", meetings=rule), 2026, stamp=STAMP)
    assert not set(uids) & {str(e["UID"]) for e in _events(other_year)}  # type: ignore[index]


def test_same_input_gives_the_same_bytes() -> None:
    wheel = AnnualWheel(name="n", meetings=MeetingRule())
    assert to_ical(wheel, 2025, stamp=STAMP) == to_ical(wheel, 2025, stamp=STAMP)


def test_kinds_and_reminders() -> None:
    wheel = AnnualWheel(
        name="n",
        activities=[Activity(title="plan", kind=ActivityKind.REPORT, month=11)],
        meetings=MeetingRule(count=2),
    )
    only_meetings = _events(to_ical(wheel, 2025, stamp=STAMP, kinds=[ActivityKind.MEETING]))
    assert [str(e["SUMMARY"]) for e in only_meetings] == ["Nätverksmöte"] * 2  # type: ignore[index]
    ics = to_ical(wheel, 2025, stamp=STAMP, reminder_days=7)
    assert ics.count(b"BEGIN:VALARM") == 2  # meetings and deadlines only
    assert b"TRIGGER:-P7D" in ics


def test_the_stamp_must_be_aware() -> None:
    wheel = AnnualWheel(name="n")
    with pytest.raises(InvalidValue, match="to_ical.stamp"):
        to_ical(wheel, 2025, stamp=datetime.datetime(2025, 1, 1))  # noqa: DTZ001
    local = datetime.datetime(2025, 1, 1, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    assert b"DTSTAMP:20250101T080000Z" in to_ical(
        AnnualWheel(name="n", meetings=MeetingRule()), 2025, stamp=local
    )


@given(strategies.annual_wheels(year=2025))
def test_any_wheel_exports_and_reads_back(wheel: AnnualWheel) -> None:
    events = _events(to_ical(wheel, 2025, stamp=STAMP))
    entries = wheel.for_year(2025)
    titles = [safe_text(a.title) for a in entries]  # control characters never reach the file
    assert [str(e["SUMMARY"]) for e in events] == titles  # type: ignore[index]
    for event, entry in zip(events, entries, strict=True):
        start = event.decoded("DTSTART")  # type: ignore[attr-defined]
        if entry.date is not None:
            assert start == datetime.date(2025, entry.date.month, entry.date.day)
        else:
            assert start == datetime.date(2025, entry.month_of_year, 1)
