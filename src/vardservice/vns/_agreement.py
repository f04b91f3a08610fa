"""A service agreement: forecast full-year cost against compensation, and its scope (RGS-VNS).

"Ekonomiska konsekvenser": forecast full-year cost 23,4 mnkr, compensation 11,0 mnkr,
deviation −12,4 mnkr (:class:`ServiceAgreement`); "det är viktigt att dokumentera samtliga
överenskommelser" (:func:`undocumented_scope`).
"""

from __future__ import annotations

from typing import Final

import attrs

from vardservice import _fields
from vardservice.errors import InvalidValue
from vardservice.sources import Citation, cite
from vardservice.units import Money

AGREEMENT_SOURCE: Final[Citation] = cite("RGS-VNS", "Ekonomiska konsekvenser")
"""Where the forecast (23,4 mnkr), compensation (11,0 mnkr) and deviation come from."""

SCOPE_SOURCE: Final[Citation] = cite("RGS-VNS", "Varför ökar kostnaderna?")
"""Where "dokumentera samtliga överenskommelser" and the unclear scope items come from."""


@attrs.frozen(kw_only=True)
class ScopeItem:
    """An item of a service agreement's scope (omfattning) and whether it is written down.

    RGS-VNS names two items that were left unclear: weekend duty for service
    staff (helgtjänstgöring) and final cleaning (slutstädning).

    Attributes:
        name: the item, e.g. ``"helgtjänstgöring"``.
        documented: whether the agreement on it is written down.
        note: where it is documented, or what is unclear.

    """

    name: str = attrs.field(validator=_fields.text)
    documented: bool = attrs.field(default=False, validator=_fields.flag)
    note: str = attrs.field(default="", validator=_fields.any_text)


@attrs.frozen(kw_only=True)
class ServiceAgreement:
    """A service agreement: forecast full-year cost against compensation (RGS-VNS).

    Attributes:
        name: what the agreement is for.
        forecast_cost: the provider's forecast full-year cost
            (prognosticerad helårskostnad), at least 0 kr.
        compensation: the compensation for the assignment (ersättning), at least 0 kr.
        scope: the items of the agreement's scope.

    Example:
        >>> from vardservice.units import Money
        >>> agreement = ServiceAgreement(
        ...     name="VNS",
        ...     forecast_cost=Money.of("23.4", "mnkr"),
        ...     compensation=Money.of("11.0", "mnkr"),
        ... )
        >>> agreement.deviation == Money.of("-12.4", "mnkr")
        True

    """

    name: str = attrs.field(validator=_fields.text)
    forecast_cost: Money = attrs.field(converter=_fields.money)
    compensation: Money = attrs.field(converter=_fields.money)
    scope: tuple[ScopeItem, ...] = attrs.field(default=(), converter=_fields.items)

    @property
    def deviation(self) -> Money:
        """Compensation less forecast cost (avvikelse); negative is a deficit."""
        return self.compensation - self.forecast_cost

    def is_deficit(self) -> bool:
        """Return whether the forecast cost exceeds the compensation (negative deviation)."""
        return self.deviation.is_negative()

    @property
    def source(self) -> Citation:
        """RGS-VNS "Ekonomiska konsekvenser"."""
        return AGREEMENT_SOURCE


def undocumented_scope(agreement: ServiceAgreement) -> tuple[ScopeItem, ...]:
    """Return the scope items of ``agreement`` that are not written down.

    RGS-VNS: "det är viktigt att dokumentera samtliga överenskommelser" (it is
    important to document every agreement made), after unclarity over weekend
    duty and final cleaning.

    Args:
        agreement: the service agreement.

    Returns:
        The undocumented items, in the agreement's order.

    Raises:
        InvalidValue: ``agreement`` is not a :class:`ServiceAgreement`.

    Example:
        >>> agreement = ServiceAgreement(
        ...     name="VNS", forecast_cost="23,4 mnkr", compensation="11,0 mnkr",
        ...     scope=[ScopeItem(name="helgtjänstgöring"),
        ...            ScopeItem(name="slutstädning", documented=True)],
        ... )
        >>> [item.name for item in undocumented_scope(agreement)]
        ['helgtjänstgöring']

    """
    if not isinstance(agreement, ServiceAgreement):
        raise InvalidValue("undocumented_scope", "agreement", agreement, "a ServiceAgreement")
    return tuple(item for item in agreement.scope if not item.documented)
