"""The task catalogue: standardised service tasks × frequency × time (RGS-VNS).

"Uppdragen för vårdnära service behöver standardiseras och frekvensstyras" (RGS-VNS "Ännu
inte realiserade synergier"): hours, full-time equivalents and cost a year per task.
"""

from __future__ import annotations

import calendar
import enum
from decimal import Decimal
from typing import Final

import attrs

from vardservice import _fields
from vardservice.dates import working_days
from vardservice.sources import Citation, cite
from vardservice.units import Money
from vardservice.vns._staffing import MAX_WARDS, _year

TASKS_SOURCE: Final[Citation] = cite("RGS-VNS", "Ännu inte realiserade synergier")
"""Where "Uppdragen för vårdnära service behöver standardiseras och frekvensstyras" comes from."""

WEEKS_PER_YEAR: Final = 52
"""Occurrences per year of a weekly task: a convention (52 whole weeks), not a source figure."""

MONTHS_PER_YEAR: Final = 12
"""Occurrences per year of a monthly task."""

DEFAULT_HOURS_PER_FTE: Final = Decimal(1700)
"""Hours a year of one full-time equivalent (årsarbetare): a convention, not a source figure."""

_MAX_MINUTES: Final = Decimal(1440)
_MAX_HOURS_PER_FTE: Final = Decimal(8784)


class Frequency(enum.Enum):
    """How often a service task is done (frekvens); :meth:`occurrences` counts a year.

    ========================  =============  ==============================================
    member                    Swedish        occurrences in a year
    ========================  =============  ==============================================
    ``PER_DAY``               per dag        the days of the year, 365 or 366
    ``PER_WEEKDAY``           per vardag     :func:`vardservice.dates.working_days`
    ``PER_WEEK``              per vecka      ``WEEKS_PER_YEAR`` = 52 (a convention)
    ``PER_MONTH``             per månad      ``MONTHS_PER_YEAR`` = 12
    ========================  =============  ==============================================

    A weekday is a working day: Monday to Friday less Swedish public holidays and,
    when ``eves_off``, less midsommarafton, julafton and nyårsafton, the same
    convention as :func:`staffing_reduction`. A weekly task counts 52 times in
    every year, although some years have 53 ISO weeks: a catalogue plans whole
    weeks, and the same figure each year keeps years comparable.

    Example:
        >>> Frequency.PER_WEEKDAY.occurrences(2024), Frequency.PER_DAY.occurrences(2024)
        (251, 366)

    """

    PER_DAY = "per_day"
    PER_WEEKDAY = "per_weekday"
    PER_WEEK = "per_week"
    PER_MONTH = "per_month"

    def occurrences(self, year: int, *, eves_off: bool = True) -> int:
        """Return how many times a task of this frequency is done in ``year``.

        Raises:
            InvalidValue: a year outside 1953-2199, or ``eves_off`` not a bool.

        """
        checked = _year("Frequency", year)
        flag = _fields.check_flag(eves_off, owner="Frequency", field="eves_off")
        if self is Frequency.PER_DAY:
            return 366 if calendar.isleap(checked) else 365
        if self is Frequency.PER_WEEKDAY:
            return working_days(checked, eves_off=flag)
        if self is Frequency.PER_WEEK:
            return WEEKS_PER_YEAR
        return MONTHS_PER_YEAR


@attrs.frozen(kw_only=True)
class ServiceTask:
    """A standardised service task (serviceuppdrag): what, how often, how long, where.

    Attributes:
        name: the task, e.g. ``"Måltidshantering, lunch"``.
        frequency: how often it is done (:class:`Frequency`).
        minutes: minutes per occurrence and ward, 0-1440, exact (``"12.5"``, not a float).
        wards: the number of wards where it is done, at least 0; 1 by default.

    Example:
        >>> task = ServiceTask(name="Lunch", frequency=Frequency.PER_DAY, minutes="12.5", wards=3)
        >>> task.minutes, task.annual_minutes(2023)  # 365 days × 12,5 min × 3 wards
        (Decimal('12.5'), Decimal('13687.5'))

    """

    name: str = attrs.field(validator=_fields.text)
    frequency: Frequency = attrs.field(validator=_fields.instance)
    minutes: Decimal = attrs.field(
        converter=_fields.decimal, validator=_fields.between(0, _MAX_MINUTES)
    )
    wards: int = attrs.field(default=1, validator=_fields.whole(0, MAX_WARDS))

    def annual_minutes(self, year: int, *, eves_off: bool = True) -> Decimal:
        """Return the minutes a year: occurrences × minutes × wards, exact."""
        return self.frequency.occurrences(year, eves_off=eves_off) * self.minutes * self.wards


@attrs.frozen(kw_only=True)
class TaskRow:
    """One line of a task catalogue's standardisation table.

    Attributes:
        task: the task.
        occurrences: times a year per ward (see :class:`Frequency`).
        annual_minutes: occurrences × minutes × wards, exact.
        hours: annual_minutes / 60.
        fte: hours / the catalogue's hours per FTE (årsarbetare).
        cost: hours × the catalogue's cost per hour.

    ``hours``, ``fte`` and ``cost`` divide, so they keep Decimal's 28 significant
    digits (7 minutes are 0,11666… hours); round them once, when you present them.

    """

    task: ServiceTask
    occurrences: int
    annual_minutes: Decimal
    hours: Decimal
    fte: Decimal
    cost: Money


@attrs.frozen(kw_only=True)
class TaskCatalogue:
    """Standardised, frequency-controlled service tasks and what they take in a year.

    RGS-VNS: "Uppdragen för vårdnära service behöver standardiseras och
    frekvensstyras" (the assignments need to be standardised and
    frequency-controlled). The catalogue is the table tasks × frequency × time;
    :meth:`rows` adds, per task, the hours, full-time equivalents and cost of
    ``year``.

    Attributes:
        tasks: the tasks, in the order to present them.
        year: the calendar year whose days count.
        cost_per_hour: staff cost in kronor per hour; no source gives it.
        hours_per_fte: hours a year of one full-time equivalent; 1 700 by default,
            a convention (``vardservice.vns.DEFAULT_HOURS_PER_FTE``), not a source figure.
        eves_off: the working-day convention for weekday tasks.

    Example:
        >>> from vardservice.units import Money
        >>> catalogue = TaskCatalogue(
        ...     tasks=[ServiceTask(name="Lunch", frequency=Frequency.PER_DAY, minutes=45, wards=2)],
        ...     year=2024,
        ...     cost_per_hour=Money.of(400),
        ... )
        >>> row = catalogue.rows()[0]
        >>> row.occurrences, row.hours, str(row.cost)  # 366 × 45 min × 2 wards
        (366, Decimal('549'), '219600 kr')
        >>> from decimal import Decimal
        >>> catalogue.total_fte.quantize(Decimal("0.01"))
        Decimal('0.32')

    """

    tasks: tuple[ServiceTask, ...] = attrs.field(converter=_fields.items)
    year: int = attrs.field(validator=_fields.calendar_year)
    cost_per_hour: Money = attrs.field(converter=_fields.money)
    hours_per_fte: Decimal = attrs.field(
        default=DEFAULT_HOURS_PER_FTE,
        converter=_fields.decimal,
        validator=_fields.between(0, _MAX_HOURS_PER_FTE, above_minimum=True),
    )
    eves_off: bool = attrs.field(default=True, validator=_fields.flag)

    def rows(self) -> tuple[TaskRow, ...]:
        """Return the standardisation table: one :class:`TaskRow` per task, in order."""
        counts = {f: f.occurrences(self.year, eves_off=self.eves_off) for f in Frequency}
        rows = []
        for task in self.tasks:
            minutes = counts[task.frequency] * task.minutes * task.wards
            hours = minutes / 60
            rows.append(
                TaskRow(
                    task=task,
                    occurrences=counts[task.frequency],
                    annual_minutes=minutes,
                    hours=hours,
                    fte=hours / self.hours_per_fte,
                    cost=self.cost_per_hour * hours,
                )
            )
        return tuple(rows)

    @property
    def total_minutes(self) -> Decimal:
        """All tasks' minutes a year, exact."""
        return sum((row.annual_minutes for row in self.rows()), Decimal(0))

    @property
    def total_hours(self) -> Decimal:
        """All tasks' hours a year (total minutes / 60)."""
        return self.total_minutes / 60

    @property
    def total_fte(self) -> Decimal:
        """All tasks' full-time equivalents (total hours / hours per FTE)."""
        return self.total_hours / self.hours_per_fte

    @property
    def total_cost(self) -> Money:
        """All tasks' cost a year (total hours × cost per hour)."""
        return self.cost_per_hour * self.total_hours

    @property
    def source(self) -> Citation:
        """RGS-VNS "Ännu inte realiserade synergier"."""
        return TASKS_SOURCE
