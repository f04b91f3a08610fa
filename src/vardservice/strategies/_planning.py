"""Strategies for annual wheels and meetings (årshjul; private)."""

from __future__ import annotations

import datetime

import pendulum
from hypothesis import strategies as st

from vardservice.planning import Activity, ActivityKind, AnnualWheel, MeetingRule, Weekday
from vardservice.sources import cite
from vardservice.strategies._common import _TEXT

_CITATIONS = st.none() | st.sampled_from(
    [cite("BS", "6"), cite("BS", "3.2"), cite("NSN", "Hur når vi målen för servicenätverket")]
)


@st.composite
def activities(
    draw: st.DrawFn,
    *,
    year: int | None = None,
    kind: ActivityKind | None = None,
    dated: bool | None = None,
) -> Activity:
    """Generate annual-wheel activities with arbitrary (possibly hostile) text.

    ``year`` fixes the year of dated activities (default: any from 2000 to 2040),
    ``kind`` the kind; ``dated`` is ``True`` for dated, ``False`` for month-placed
    and ``None`` (default) for either.
    """
    is_dated = draw(st.booleans()) if dated is None else dated
    placement: dict[str, object] = {}
    if is_dated:
        first = datetime.date(year if year is not None else 2000, 1, 1)
        last = datetime.date(year if year is not None else 2040, 12, 31)
        day = draw(st.dates(min_value=first, max_value=last))
        placement["date"] = pendulum.Date(day.year, day.month, day.day)
    else:
        placement["month"] = draw(st.integers(1, 12))
    return Activity(
        title=draw(_TEXT.filter(str.strip)),
        kind=draw(st.sampled_from(ActivityKind)) if kind is None else kind,
        description=draw(st.none() | _TEXT.filter(str.strip)),
        responsible=draw(st.none() | _TEXT.filter(str.strip)),
        illustrative=draw(st.booleans()),
        source=draw(_CITATIONS),
        **placement,  # type: ignore[arg-type]
    )


@st.composite
def meeting_rules(draw: st.DrawFn, *, count: int | None = None) -> MeetingRule:
    """Generate meeting rules: 1-12 meetings a year (or ``count``), any weekday, months or not."""
    number = draw(st.integers(1, 12)) if count is None else count
    months = draw(
        st.none()
        | st.lists(st.integers(1, 12), min_size=number, max_size=number, unique=True).map(tuple)
    )
    return MeetingRule(
        count=number,
        weekday=draw(st.sampled_from(Weekday)),
        months=months,
        title=draw(_TEXT.filter(str.strip)),
        responsible=draw(st.none() | _TEXT.filter(str.strip)),
        illustrative=draw(st.booleans()),
        source=draw(_CITATIONS),
    )


@st.composite
def annual_wheels(
    draw: st.DrawFn, *, year: int | None = None, max_activities: int = 12
) -> AnnualWheel:
    """Generate annual wheels with up to ``max_activities`` activities and, perhaps, a meeting rule.

    ``year`` puts the dated activities in that year (default: any year 2000-2040).
    """
    return AnnualWheel(
        name=draw(_TEXT.filter(str.strip)),
        activities=tuple(draw(st.lists(activities(year=year), max_size=max_activities))),
        meetings=draw(st.none() | meeting_rules()),
        description=draw(st.none() | _TEXT.filter(str.strip)),
    )
