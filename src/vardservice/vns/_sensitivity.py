"""The sensitivity of the staffing reduction to its inputs, which RGS-VNS does not state."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Final

import attrs

from vardservice import _fields
from vardservice._frames import Kind, frame
from vardservice.errors import InvalidValue
from vardservice.units import Money, to_money
from vardservice.vns._staffing import (
    DEFAULT_HOURS_PER_WEEKDAY,
    MAX_HOURS,
    MAX_OVERHEAD,
    MAX_WARDS,
    WorkingDays,
    _working_days,
)

_MAX_SCENARIOS: Final = 1_000_000


@attrs.frozen(kw_only=True)
class SensitivityRow:
    """One scenario of a staffing-reduction sweep: its inputs and its annual effect.

    Attributes:
        cost_per_hour: staff cost in kronor per hour, before overhead.
        eligible_wards: the number of eligible wards.
        hours_per_weekday: hours removed per weekday and ward.
        effect: eligible_wards × hours_per_weekday × working days × cost_per_hour ×
            (1 + overhead_percent / 100), exact.

    """

    cost_per_hour: Money
    eligible_wards: int
    hours_per_weekday: Decimal
    effect: Money


@attrs.frozen(kw_only=True)
class Sensitivity:
    """A sweep of :func:`staffing_reduction` over its parameters (känslighetsanalys).

    Attributes:
        working_days: the year and working-day convention, the same in every scenario.
        overhead_percent: payroll overhead in percent, the same in every scenario.
        rows: one :class:`SensitivityRow` per scenario: every cost per hour, then
            within it every number of wards, then within that every number of hours.

    """

    working_days: WorkingDays
    overhead_percent: Decimal
    rows: tuple[SensitivityRow, ...]

    def to_dataframe(self) -> Any:
        """Return the rows as a pandas ``DataFrame``, one column per field.

        ``cost_per_hour`` and ``effect`` are exact kronor and ``hours_per_weekday``
        an exact decimal (pandas' ``decimal128`` through pyarrow), never floats;
        ``eligible_wards`` is int64.

        Raises:
            ImportError: pandas is not installed (``pip install 'vardservice[pandas]'``).

        """
        rows = [attrs.asdict(row, recurse=False) for row in self.rows]
        columns: dict[str, Kind] = {"cost_per_hour": "money", "eligible_wards": "int"}
        columns |= {"hours_per_weekday": "decimal", "effect": "money"}
        return frame(rows, columns, owner="Sensitivity.to_dataframe")


def _values(owner: str, field: str, value: object) -> tuple[object, ...]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise InvalidValue(owner, field, value, "a list of values")
    values = tuple(value)
    if not values:
        raise InvalidValue(owner, field, [], "at least one value")
    return values


def staffing_sensitivity(
    year: int,
    *,
    cost_per_hour: Iterable[Money | str | int | Decimal],
    eligible_wards: Iterable[int],
    hours_per_weekday: Iterable[Decimal | int | str] = (DEFAULT_HOURS_PER_WEEKDAY,),
    overhead_percent: Decimal | int | str = 0,
    eves_off: bool = True,
) -> Sensitivity:
    """Return the staffing reduction's annual effect for every combination of the values.

    The formula is that of :func:`staffing_reduction`, with the number of
    eligible wards given directly. Each value is checked once; the scenarios are
    then computed with plain :class:`~decimal.Decimal` arithmetic, so that ten
    thousand of them take milliseconds (``bench/vns_sweep.py`` measures it).

    Args:
        year: the calendar year whose working days count.
        cost_per_hour: the costs per hour (kr/h) to try, e.g. ``["300 kr", "350 kr"]``.
        eligible_wards: the numbers of eligible wards to try, each 0-100 000.
        hours_per_weekday: the hours per weekday and ward to try, each 0-24; 8 by default.
        overhead_percent: payroll overhead in percent, 0-1000, the same in every scenario.
        eves_off: the working-day convention (:func:`vardservice.dates.working_days`).

    Returns:
        One row per combination, in the order of :attr:`Sensitivity.rows`.

    Raises:
        InvalidValue: an empty list, a float, a value out of range, a bad year, more
            than a million scenarios, or an effect of 10^15 kr or more.

    Example:
        >>> sweep = staffing_sensitivity(
        ...     2018, cost_per_hour=["300 kr", "600 kr"], eligible_wards=[5, 10]
        ... )
        >>> for row in sweep.rows:  # 8 h × 250 working days in 2018
        ...     print(row.cost_per_hour, row.eligible_wards, row.effect)
        300 kr 5 3000000 kr
        300 kr 10 6000000 kr
        600 kr 5 6000000 kr
        600 kr 10 12000000 kr

    """
    owner = "staffing_sensitivity"
    days = _working_days(owner, year, eves_off)
    costs = tuple(
        to_money(c, owner=owner, field=f"cost_per_hour[{i}]", negative=False)
        for i, c in enumerate(_values(owner, "cost_per_hour", cost_per_hour))
    )
    wards = tuple(
        _fields.check_whole(w, 0, MAX_WARDS, owner=owner, field=f"eligible_wards[{i}]")
        for i, w in enumerate(_values(owner, "eligible_wards", eligible_wards))
    )
    hours = tuple(
        _fields.check_decimal(h, 0, MAX_HOURS, owner=owner, field=f"hours_per_weekday[{i}]")
        for i, h in enumerate(_values(owner, "hours_per_weekday", hours_per_weekday))
    )
    overhead = _fields.check_decimal(
        overhead_percent, 0, MAX_OVERHEAD, owner=owner, field="overhead_percent"
    )
    count = len(costs) * len(wards) * len(hours)
    if count > _MAX_SCENARIOS:
        raise InvalidValue(owner, "scenarios", count, f"at most {_MAX_SCENARIOS}")
    factor = days.days * (1 + overhead / 100)
    # Hours × days × overhead per (wards, hours) once; the inner loop is one multiplication.
    per_cost = [(w, h, w * h * factor) for w in wards for h in hours]
    rows = [
        SensitivityRow(
            cost_per_hour=cost,
            eligible_wards=w,
            hours_per_weekday=h,
            effect=Money(cost.amount * volume),
        )
        for cost in costs
        for w, h, volume in per_cost
    ]
    return Sensitivity(working_days=days, overhead_percent=overhead, rows=tuple(rows))
