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

from vardservice import _fields
from vardservice.planning._ical import to_ical
from vardservice.planning._wheel import (
    MEETINGS_SOURCE,
    PLANNING_SOURCE,
    Activity,
    ActivityKind,
    AnnualWheel,
    MeetingRule,
    Weekday,
    meeting_dates,
)

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

_fields.adopt(__name__, globals(), __all__)
