"""The network overview (BS §4-6)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vardservice.errors import InvalidValue
from vardservice.fees import AnnualFee
from vardservice.networks import Network, NetworkBudget, network_budget
from vardservice.regions import REGIONS
from vardservice.rules import Report

if TYPE_CHECKING:
    pass
from vardservice.render._labels import _NETWORK_LABELS
from vardservice.render._legacy import RenderFormat, _check, _render, _unique


def _network_year(owner: str, year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
        raise InvalidValue(owner, "year", year, "a year, 1900-2200")
    return year


def _network_overview(
    network: Network, year: int, *, lang: str = "sv"
) -> tuple[tuple[AnnualFee, ...], NetworkBudget | None, Report, str | None]:
    """Return the year's fees, budget, report, and why the fees are missing if they are."""
    from vardservice.errors import NoPopulationForYear, NoScheduleForYear
    from vardservice.rules import check

    report = check(network, as_of=datetime.date(year, 12, 31), lang="en" if lang == "en" else "sv")
    try:
        result = network_budget(network, year)
    except (InvalidValue, NoScheduleForYear, NoPopulationForYear) as exc:
        return (), None, report, str(exc)
    return result.fees.fees, result, report, None


def render_network(
    network: Network,
    year: int,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a network's year: members with tier and fee, the budget, expert groups, findings.

    The findings are those of :func:`vardservice.rules.check` as of 31 December
    of ``year``. When the year's fees cannot be computed (no schedule, a missing
    population figure, a member that is not a region), the overview says why and
    leaves out the fees and the budget; the findings name the cause.

    Args:
        network: the network.
        year: the fee and budget year.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: not a network, a bad year, an unknown format or language.

    """
    if not isinstance(network, Network):
        raise InvalidValue("render_network", "network", network, "a Network")
    _network_year("render_network", year)
    _check(format, lang)
    fees, result, report, no_fees = _network_overview(network, year, lang=lang)
    delegates = {m.region: m.delegate for m in network.members_in(year) if m.delegate}
    names = {r.code: r.name for r in REGIONS}
    members = [
        {
            "code": m.region,
            "name": names.get(m.region, m.region),
            "delegate": delegates.get(m.region),
        }
        for m in network.members_in(year)
    ]
    by_code = {fee.region.code: fee for fee in fees}
    return _render(
        "network",
        format,
        lang,
        template_dir,
        network=network,
        year=year,
        n=_NETWORK_LABELS[lang],
        members=list({m["code"]: m for m in members}.values()),
        fees=by_code,
        budget=result,
        no_fees=no_fees,
        report=report,
        groups=[(g, g.theme_for(year)) for g in network.expert_groups],
        schedules=_unique(fee.schedule for fee in fees),
    )
