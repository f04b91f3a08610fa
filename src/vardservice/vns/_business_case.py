"""A business case: yearly costs and benefits, their net and break-even (RGS-VNS, HSN90).

Implementation costs more before the full effect arrives (RGS-VNS "Bakgrund"), and
efficiencies come first, to be reinvested later (HSN90 "Förslag till beslut").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Final

import attrs

from vardservice import _fields
from vardservice.dates import MAX_CALENDAR_YEAR
from vardservice.errors import InvalidValue
from vardservice.sources import Citation, cite
from vardservice.units import Money, to_money
from vardservice.vns._staffing import _year

BUSINESS_CASE_SOURCES: Final[tuple[Citation, ...]] = (
    cite("RGS-VNS", "Bakgrund"),
    cite("HSN90", "Förslag till beslut"),
)
"""Implementation costs more first (RGS-VNS); efficiencies first, then reinvest (HSN90)."""


@attrs.frozen(kw_only=True)
class CaseYear:
    """The costs and benefits of one year of a business case.

    Attributes:
        year: the calendar year.
        cost: the year's costs (implementation, reinvestment), at least 0 kr.
        benefit: the year's benefits (realised effects), at least 0 kr.

    """

    year: int = attrs.field(validator=_fields.calendar_year)
    cost: Money = attrs.field(converter=_fields.money)
    benefit: Money = attrs.field(converter=_fields.money)

    @property
    def net(self) -> Money:
        """Benefit less cost."""
        return self.benefit - self.cost


def _consecutive(
    instance: object, attribute: attrs.Attribute[tuple[CaseYear, ...]], value: tuple[CaseYear, ...]
) -> None:
    """Validate one year or more, consecutive and ascending."""
    items = value
    if not items:
        raise InvalidValue("BusinessCase", attribute.name, [], "at least one year")
    years = [item.year for item in items]
    expected = list(range(years[0], years[0] + len(years)))
    if years != expected:
        raise InvalidValue("BusinessCase", attribute.name, years, "consecutive years, ascending")


@attrs.frozen(kw_only=True)
class BusinessCase:
    """Yearly costs and benefits of a change, e.g. introducing VNS.

    Implementation costs more before the full effect arrives (RGS-VNS
    "Bakgrund"). No source gives yearly figures, so every case says where its
    figures come from: a ``reference`` or ``illustrative=True``, or both.

    Attributes:
        years: one :class:`CaseYear` per year, consecutive and ascending.
        reference: the document or decision the figures come from.
        illustrative: the figures are examples, not a real plan.

    """

    years: tuple[CaseYear, ...] = attrs.field(converter=_fields.items, validator=_consecutive)
    reference: str | None = None
    illustrative: bool = attrs.field(default=False, validator=_fields.flag)

    def __attrs_post_init__(self) -> None:
        reference = self.reference
        if reference is not None and not isinstance(reference, str):
            raise InvalidValue("BusinessCase", "reference", reference, "a string or None")
        if not self.illustrative and not (reference and reference.strip()):
            raise InvalidValue(
                "BusinessCase",
                "reference",
                reference,
                "the document the figures come from, or illustrative=True",
            )


@attrs.frozen(kw_only=True)
class YearlyNet:
    """The net of one year of a business case and the running total.

    Attributes:
        year: the calendar year.
        net: benefit less cost in the year.
        cumulative: the sum of the nets from the first year to this one.

    """

    year: int
    net: Money
    cumulative: Money


def ramp_benefits(
    full_benefit: Money | str, shares: Sequence[Decimal | int | str]
) -> tuple[Money, ...]:
    """Return the benefit of each year as a share of the full annual benefit.

    Benefits are realised over time (effekthemtagning, HSN90): a ramp of shares
    such as ``["0.25", "0.75", "1"]`` gives a quarter of the full benefit in the
    first year, three quarters in the second and all of it from the third.

    Args:
        full_benefit: the annual benefit at full effect, at least 0 kr.
        shares: one share per year, each from 0 to 1, as ``str``, ``int`` or ``Decimal``.

    Returns:
        One amount per share, exact.

    Raises:
        InvalidValue: a float, a share outside 0-1, or a negative benefit.

    Example:
        >>> [str(m) for m in ramp_benefits("4 mnkr", ["0.25", "0.75", "1"])]
        ['1000000.00 kr', '3000000.00 kr', '4000000 kr']

    """
    owner = "ramp_benefits"
    full = to_money(full_benefit, owner=owner, field="full_benefit", negative=False)
    if isinstance(shares, str | bytes | Mapping) or not isinstance(shares, Iterable):
        raise InvalidValue(owner, "shares", shares, "a list of shares from 0 to 1")
    return tuple(
        full * _fields.check_decimal(share, 0, 1, owner=owner, field=f"shares[{i}]")
        for i, share in enumerate(shares)
    )


def business_case(
    first_year: int,
    *,
    costs: Sequence[Money | str | int],
    benefits: Sequence[Money | str | int],
    reference: str | None = None,
    illustrative: bool = False,
) -> BusinessCase:
    """Return a business case from yearly costs and benefits, starting in ``first_year``.

    Args:
        first_year: the calendar year of the first entries.
        costs: each year's costs.
        benefits: each year's benefits, as many as ``costs``
            (see :func:`ramp_benefits`).
        reference: the document the figures come from.
        illustrative: the figures are examples, not a real plan.

    Returns:
        The business case.

    Raises:
        InvalidValue: different lengths, no years, a float or a negative amount, or
            neither a reference nor ``illustrative=True``.

    Example:
        >>> case = business_case(2024, costs=["3 mnkr", "1 mnkr"], benefits=["1 mnkr", "4 mnkr"],
        ...                      illustrative=True)
        >>> [str(y.net) for y in yearly_net(case)]
        ['-2000000 kr', '3000000 kr']

    """
    owner = "business_case"
    start = _year(owner, first_year)
    for field, value in (("costs", costs), ("benefits", benefits)):
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
            raise InvalidValue(owner, field, value, "a list of amounts")
    if len(costs) != len(benefits):
        raise InvalidValue(
            owner, "benefits", len(benefits), f"as many years as costs ({len(costs)})"
        )
    if start + len(costs) - 1 > MAX_CALENDAR_YEAR:
        raise InvalidValue(owner, "costs", len(costs), f"years up to {MAX_CALENDAR_YEAR}")
    years = tuple(
        CaseYear(
            year=start + i,
            cost=to_money(cost, owner=owner, field=f"costs[{i}]", negative=False),
            benefit=to_money(benefit, owner=owner, field=f"benefits[{i}]", negative=False),
        )
        for i, (cost, benefit) in enumerate(zip(costs, benefits, strict=True))
    )
    return BusinessCase(years=years, reference=reference, illustrative=illustrative)


def yearly_net(case: BusinessCase) -> tuple[YearlyNet, ...]:
    """Return each year's net (benefit − cost) and the cumulative net.

    Args:
        case: the business case.

    Returns:
        One :class:`YearlyNet` per year, in order; ``cumulative`` is the running sum.

    Raises:
        InvalidValue: ``case`` is not a :class:`BusinessCase`.

    Example:
        >>> case = business_case(2024, costs=[5, 0], benefits=[2, 4], illustrative=True)
        >>> [(y.year, str(y.net), str(y.cumulative)) for y in yearly_net(case)]
        [(2024, '-3 kr', '-3 kr'), (2025, '4 kr', '1 kr')]

    """
    if not isinstance(case, BusinessCase):
        raise InvalidValue("yearly_net", "case", case, "a BusinessCase")
    rows = []
    running = Money.zero()
    for entry in case.years:
        running = running + entry.net
        rows.append(YearlyNet(year=entry.year, net=entry.net, cumulative=running))
    return tuple(rows)


def break_even_year(case: BusinessCase) -> int | None:
    """Return the first year whose cumulative net is at least 0 kr, or ``None``.

    Args:
        case: the business case.

    Returns:
        The break-even year (brytpunkt), or ``None`` if the case never breaks even.

    Raises:
        InvalidValue: ``case`` is not a :class:`BusinessCase`.

    Example:
        >>> case = business_case(2024, costs=[5, 0, 0], benefits=[2, 2, 2], illustrative=True)
        >>> [str(y.cumulative) for y in yearly_net(case)], break_even_year(case)
        (['-3 kr', '-1 kr', '1 kr'], 2026)
        >>> print(break_even_year(business_case(2024, costs=[5], benefits=[2], illustrative=True)))
        None

    """
    if not isinstance(case, BusinessCase):
        raise InvalidValue("break_even_year", "case", case, "a BusinessCase")
    return next((row.year for row in yearly_net(case) if not row.cumulative.is_negative()), None)
