"""A VNS case: one assignment's agreement, wards and business case, as the CLI reads it."""

from __future__ import annotations

from decimal import Decimal

import attrs

from vardservice import _fields
from vardservice.errors import InvalidValue
from vardservice.units import Money
from vardservice.vns._agreement import ServiceAgreement
from vardservice.vns._business_case import BusinessCase
from vardservice.vns._staffing import (
    DEFAULT_HOURS_PER_WEEKDAY,
    MAX_HOURS,
    StaffingReduction,
    Ward,
    staffing_reduction,
)


@attrs.frozen(kw_only=True)
class VnsCase:
    """Everything about one VNS assignment in one document, as the CLI reads it.

    ``vardservice vns FILE`` reads a ``VnsCase`` from JSON, YAML or TOML. Only the
    agreement is required. Give ``wards``, ``year`` and ``cost_per_hour`` together
    for a staffing-reduction estimate (:meth:`reduction`), and a business case if
    there is one.

    Attributes:
        agreement: the service agreement (forecast, compensation, scope).
        provider: who performs the assignment, e.g. ``"RGS"``, for the memo.
        wards: the wards for :func:`staffing_reduction`; none by default.
        year: the year whose working days count, for :func:`staffing_reduction`.
        cost_per_hour: staff cost in kronor per hour, for :func:`staffing_reduction`.
        hours_per_weekday: hours removed per weekday and eligible ward; 8 in RGS-VNS.
        business_case: yearly costs and benefits, or ``None``.
        illustrative: the wards, the year and the cost per hour are an example,
            not figures from a source (the memo says so).

    Raises:
        InvalidValue: some but not all of ``wards``, ``year`` and ``cost_per_hour``.

    Example:
        >>> case = VnsCase(
        ...     agreement=ServiceAgreement(name="VNS", forecast_cost="23,4 mnkr",
        ...                                compensation="11,0 mnkr"),
        ...     wards=[Ward(name="A", available_beds=15, inpatient=True)],
        ...     year=2018,
        ...     cost_per_hour="600 kr",
        ... )
        >>> str(case.reduction().total)  # 8 h × 250 days × 600 kr
        '1200000 kr'

    """

    agreement: ServiceAgreement = attrs.field(validator=_fields.instance)
    provider: str | None = attrs.field(default=None, validator=_fields.text)
    wards: tuple[Ward, ...] = attrs.field(default=(), converter=_fields.items)
    year: int | None = attrs.field(default=None, validator=_fields.calendar_year)
    cost_per_hour: Money | None = attrs.field(default=None, converter=_fields.money)
    hours_per_weekday: Decimal = attrs.field(
        default=DEFAULT_HOURS_PER_WEEKDAY,
        converter=_fields.decimal,
        validator=_fields.between(0, MAX_HOURS),
    )
    business_case: BusinessCase | None = attrs.field(default=None, validator=_fields.instance)
    illustrative: bool = attrs.field(default=False, validator=_fields.flag)

    def __attrs_post_init__(self) -> None:
        given = {
            "wards": bool(self.wards),
            "year": self.year is not None,
            "cost_per_hour": self.cost_per_hour is not None,
        }
        if any(given.values()) and not all(given.values()):
            missing = [name for name, present in given.items() if not present]
            raise InvalidValue(
                "VnsCase",
                missing[0],
                None,
                "wards, year and cost_per_hour together, for the staffing reduction",
            )

    def reduction(self) -> StaffingReduction | None:
        """Return the staffing reduction of :attr:`wards`, or ``None`` if there are none."""
        if self.year is None or self.cost_per_hour is None or not self.wards:
            return None
        return staffing_reduction(
            self.wards,
            self.year,
            cost_per_hour=self.cost_per_hour,
            hours_per_weekday=self.hours_per_weekday,
        )
