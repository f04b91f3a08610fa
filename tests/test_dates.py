"""Calendar months and Swedish working days."""

import datetime

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardservice.dates import (
    add_months,
    holidays_in,
    is_working_day,
    iter_days,
    to_date,
    working_days,
    working_days_between,
)
from vardservice.errors import InvalidValue


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ((2024, 2, 29), 12, (2025, 2, 28)),  # DOMAIN §4: approved 2024-02-29 -> due 2025-02-28
        ((2023, 1, 31), 12, (2024, 1, 31)),  # DOMAIN §4
        ((2023, 1, 31), 1, (2023, 2, 28)),
        ((2024, 1, 31), 1, (2024, 2, 29)),
        ((2024, 3, 31), -1, (2024, 2, 29)),
        ((2020, 11, 18), 0, (2020, 11, 18)),
    ],
)
def test_add_months_clips_to_the_end_of_the_month(
    start: tuple[int, int, int], months: int, expected: tuple[int, int, int]
) -> None:
    assert add_months(pendulum.date(*start), months) == pendulum.date(*expected)


def test_add_months_accepts_plain_dates_and_returns_pendulum_dates() -> None:
    result = add_months(datetime.date(2024, 2, 29), 12)
    assert isinstance(result, pendulum.Date)
    assert result == datetime.date(2025, 2, 28)


@pytest.mark.parametrize("bad", [1.5, "12", None, True])
def test_add_months_needs_whole_months(bad: object) -> None:
    with pytest.raises(InvalidValue, match="add_months.months"):
        add_months(pendulum.date(2024, 1, 1), bad)  # type: ignore[arg-type]


def test_to_date_refuses_datetimes_and_junk() -> None:
    assert to_date("2020-11-18") == pendulum.date(2020, 11, 18)
    for bad in ("18/11/2020", datetime.datetime(2020, 11, 18, tzinfo=datetime.UTC), 20201118):
        with pytest.raises(InvalidValue):
            to_date(bad)


@given(
    st.dates(min_value=datetime.date(1960, 1, 1), max_value=datetime.date(2150, 12, 31)),
    st.integers(min_value=-240, max_value=240),
)
def test_add_months_lands_in_the_right_month_on_the_same_or_last_day(
    start: datetime.date, months: int
) -> None:
    result = add_months(start, months)
    index = start.year * 12 + start.month - 1 + months
    assert (result.year, result.month) == (index // 12, index % 12 + 1)
    last_day = result.end_of("month").day
    assert result.day == min(start.day, last_day)


# --- An independent Swedish holiday calendar, for the brute-force check ----------------------


def _easter(year: int) -> datetime.date:
    """Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _saturday_between(year: int, month: int, first: int, span: int = 7) -> datetime.date:
    for offset in range(span):
        day = datetime.date(year, month, first) + datetime.timedelta(days=offset)
        if day.weekday() == 5:
            return day
    raise AssertionError


def _swedish_days_off(year: int, *, eves_off: bool) -> set[datetime.date]:
    """Lag (1989:253) om allmänna helgdagar, plus the eves of Semesterlag §7."""
    easter = _easter(year)
    midsummer = _saturday_between(year, 6, 20)
    days = {
        datetime.date(year, 1, 1),
        datetime.date(year, 1, 6),
        easter - datetime.timedelta(days=2),
        easter,
        easter + datetime.timedelta(days=1),
        datetime.date(year, 5, 1),
        easter + datetime.timedelta(days=39),
        easter + datetime.timedelta(days=49),
        midsummer,
        _saturday_between(year, 10, 31),
        datetime.date(year, 12, 25),
        datetime.date(year, 12, 26),
    }
    if year >= 2005:
        days.add(datetime.date(year, 6, 6))
    else:
        days.add(easter + datetime.timedelta(days=50))  # Annandag pingst until 2004
    if eves_off:
        days |= {
            midsummer - datetime.timedelta(days=1),
            datetime.date(year, 12, 24),
            datetime.date(year, 12, 31),
        }
    return days


@pytest.mark.parametrize("eves_off", [True, False])
def test_working_days_equal_a_brute_force_count_2000_2050(eves_off: bool) -> None:
    for year in range(2000, 2051):
        off = _swedish_days_off(year, eves_off=eves_off)
        day, count = datetime.date(year, 1, 1), 0
        while day.year == year:
            if day.weekday() < 5 and day not in off:
                count += 1
            day += datetime.timedelta(days=1)
        assert working_days(year, eves_off=eves_off) == count, year


@pytest.mark.parametrize(
    ("year", "with_eves", "without_eves"),
    # Hand counts: 2024 has 262 weekdays, 8 weekday public holidays and 3 weekday eves;
    # 2023 has 260 weekdays, 8 weekday public holidays, and only midsommarafton on a weekday.
    [(2024, 251, 254), (2023, 251, 252)],
)
def test_working_days_hand_counted_years(year: int, with_eves: int, without_eves: int) -> None:
    assert working_days(year) == with_eves
    assert working_days(year, eves_off=False) == without_eves


def test_holiday_names_are_swedish_and_eves_are_optional() -> None:
    assert holidays_in(2024)[pendulum.date(2024, 12, 24)] == "Julafton"
    assert pendulum.date(2024, 12, 24) not in holidays_in(2024, eves_off=False)
    assert holidays_in(2024)[pendulum.date(2024, 6, 6)] == "Nationaldagen"


def test_is_working_day() -> None:
    assert is_working_day(pendulum.date(2024, 6, 20))
    assert not is_working_day(pendulum.date(2024, 6, 21))  # midsommarafton
    assert is_working_day(pendulum.date(2024, 6, 21), eves_off=False)
    assert not is_working_day(pendulum.date(2024, 6, 22))  # Saturday


@given(
    st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2040, 12, 31)),
    st.integers(min_value=0, max_value=800),
)
def test_working_days_between_counts_each_working_day_once(
    start: datetime.date, length: int
) -> None:
    end = start + datetime.timedelta(days=length)
    expected = sum(1 for d in iter_days(start, end) if is_working_day(d))
    assert working_days_between(start, end) == expected


@pytest.mark.parametrize("bad", [1952, 2200, "2024", 2024.0, True])
def test_working_days_refuses_years_out_of_range(bad: object) -> None:
    with pytest.raises(InvalidValue, match="working_days.year"):
        working_days(bad)
