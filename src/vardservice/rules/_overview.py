"""A network's year at a glance (översikt): members with tier and fee, the budget, the findings.

The command line (``vardservice network``) and the renderer
(:func:`vardservice.render.render_network`) show the same thing: the members
of a fee year (each once), each member's tier and fee when the year's fees can
be computed, the year's budget (BS §5.2, §6), and the findings of the network
rules as of 31 December of the year. :func:`network_overview` computes it once.

It lives in the rules layer, not in :mod:`vardservice.networks`: the findings
come from :func:`vardservice.rules.check`, and a concept module may not import
the rules that judge it (the layer contract in ``pyproject.toml``).

Example:
    >>> from vardservice.networks import Membership, Network
    >>> network = Network(name="Exempelnätverket", members=[
    ...     Membership(region="07", granted_on="2018-01-01"),
    ...     Membership(region="Kronoberg", granted_on="2018-01-01"),
    ... ])
    >>> overview = network_overview(network, 2024, lang="en")
    >>> [(m.code, m.name) for m in overview.members]
    [('07', 'Region Kronoberg')]
    >>> overview.budget is None, overview.fees_missing
    (True, 'member_fees.schedules: got None; expected fee schedules (none in the network)')
    >>> sorted({f.code for f in overview.report.findings} & {"NW004"})
    ['NW004']

"""

from __future__ import annotations

import datetime

import attrs
import pendulum

from vardservice.dates import MAX_RECORD_YEAR, MIN_RECORD_YEAR
from vardservice.errors import InvalidValue, NoPopulationForYear, NoScheduleForYear
from vardservice.fees import AnnualFee, FeeTier
from vardservice.networks import Delegate, Network, NetworkBudget, network_budget
from vardservice.regions import REGIONS
from vardservice.rules._core import Lang, Report, check
from vardservice.units import Money

__all__ = ["NetworkOverview", "OverviewMember", "network_overview"]

_NAMES = {r.code: r.name for r in REGIONS}


@attrs.frozen(kw_only=True)
class OverviewMember:
    """One member of a network in a fee year, with its fee when the fees can be computed.

    Attributes:
        code: the member's key: a county code, or the text as written for a
            member that is not a region.
        name: the region's name (``"Region Kronoberg"``), or the key.
        delegate: the member's delegate (the last one given for the member).
        granted_on: when the board granted the membership.
        ends_on: the membership's last day, or ``None``.
        population: the population that set the tier, or ``None`` without fees.
        population_year: whose 31 December that population is.
        tier: the fee tier (BS §5.1), or ``None`` without fees.
        fee: the annual fee, or ``None`` without fees.

    """

    code: str
    name: str
    delegate: Delegate | None = None
    granted_on: pendulum.Date | None = None
    ends_on: pendulum.Date | None = None
    population: int | None = None
    population_year: int | None = None
    tier: FeeTier | None = None
    fee: Money | None = None


@attrs.frozen(kw_only=True)
class NetworkOverview:
    """A network's fee year: members, budget, and the findings of the network rules.

    Attributes:
        name: the network's name.
        year: the fee and budget year.
        members: the members of the year, each once, in the order first listed.
        budget: the year's budget, or ``None`` when the fees cannot be computed.
        fees_missing: why the fees (and the budget) are missing, or ``None``.
        report: the network rules' report as of 31 December of ``year``.

    """

    name: str
    year: int
    members: tuple[OverviewMember, ...]
    budget: NetworkBudget | None = None
    fees_missing: str | None = None
    report: Report

    @property
    def fees(self) -> tuple[AnnualFee, ...]:
        """The members' annual fees (none when the fees cannot be computed)."""
        return () if self.budget is None else self.budget.fees.fees

    @property
    def is_compliant(self) -> bool:
        """Whether no finding is an error."""
        return self.report.is_compliant


def network_overview(network: Network, year: int, *, lang: Lang = "sv") -> NetworkOverview:
    """Return a network's fee year: members with tier and fee, budget, and findings.

    The findings are those of :func:`vardservice.rules.check` as of 31 December
    of ``year``. When the year's fees cannot be computed (no schedule, a missing
    population figure, a member that is not a region), the overview has no
    budget, its members no fees, and ``fees_missing`` says why; the findings
    name the cause.

    Args:
        network: the network.
        year: the fee and budget year.
        lang: the language of the findings, ``"sv"`` (default) or ``"en"``.

    Raises:
        InvalidValue: not a network, a bad year or language.

    """
    if not isinstance(network, Network):
        raise InvalidValue("network_overview", "network", network, "a Network")
    if (
        isinstance(year, bool)
        or not isinstance(year, int)
        or not MIN_RECORD_YEAR <= year <= MAX_RECORD_YEAR
    ):
        raise InvalidValue("network_overview", "year", year, "a year, 1900-2200")
    report = check(network, as_of=datetime.date(year, 12, 31), lang=lang)
    try:
        budget: NetworkBudget | None = network_budget(network, year)
        fees_missing = None
    except (InvalidValue, NoScheduleForYear, NoPopulationForYear) as exc:
        budget, fees_missing = None, str(exc)
    fees = {} if budget is None else {fee.region.code: fee for fee in budget.fees.fees}
    members: dict[str, OverviewMember] = {}
    delegates: dict[str, Delegate] = {}
    for membership in network.members_in(year):
        code = membership.region
        if membership.delegate is not None:
            delegates[code] = membership.delegate
        fee = fees.get(code)
        members[code] = OverviewMember(  # listed twice: the later listing's dates
            code=code,
            name=_NAMES.get(code, code),
            delegate=delegates.get(code),
            granted_on=membership.granted_on,
            ends_on=membership.ends_on,
            population=None if fee is None else fee.population.population,
            population_year=None if fee is None else fee.population.year,
            tier=None if fee is None else fee.tier,
            fee=None if fee is None else fee.amount,
        )
    return NetworkOverview(
        name=network.name,
        year=year,
        members=tuple(members.values()),
        budget=budget,
        fees_missing=fees_missing,
        report=report,
    )
