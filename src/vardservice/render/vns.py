"""VNS documents (RGS-VNS): the decision memo, the business case, the task catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vardservice.errors import InvalidValue
from vardservice.units import Money, format_number
from vardservice.vns import (
    BusinessCase,
    ServiceAgreement,
    StaffingReduction,
    TaskCatalogue,
    break_even_year,
    undocumented_scope,
    yearly_net,
)

if TYPE_CHECKING:
    pass
from vardservice.render._labels import _LABELS
from vardservice.render._legacy import RenderFormat, _check, _places, _render


def _genitive(name: str, lang: str) -> str:
    """Return ``name`` in the genitive: "RGS" (sv: no s after s, x, z), "Regionservice's"."""
    if lang == "en":
        return name + ("'" if name.endswith("s") else "'s")
    return name if name[-1:].lower() in ("s", "x", "z") else name + "s"


def render_vns_memo(
    agreement: ServiceAgreement,
    *,
    reduction: StaffingReduction | None = None,
    provider: str | None = None,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a decision memo on a VNS service agreement, as RGS-VNS lays it out.

    The section "Ekonomiska konsekvenser" states the forecast full-year cost,
    the compensation and the deviation in mnkr ("23,4 mnkr"), the way RGS-VNS
    words it; then the undocumented scope items and, given a ``reduction``, the
    staffing-reduction estimate.

    Args:
        agreement: the service agreement.
        reduction: a staffing-reduction estimate to include, or ``None``.
        provider: who performs the assignment, e.g. ``"RGS"``; it starts the
            first sentence ("RGS prognosticerade helårskostnad ...").
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, a wrong type, or an empty provider.

    """
    if not isinstance(agreement, ServiceAgreement):
        raise InvalidValue("render_vns_memo", "agreement", agreement, "a ServiceAgreement")
    if reduction is not None and not isinstance(reduction, StaffingReduction):
        raise InvalidValue("render_vns_memo", "reduction", reduction, "a StaffingReduction or None")
    if provider is not None and (not isinstance(provider, str) or not provider.strip()):
        raise InvalidValue("render_vns_memo", "provider", provider, "a non-empty string or None")
    _check(format, lang)
    deviation = agreement.deviation
    if deviation.is_negative():
        deviation_kind = "negative"
    elif deviation == Money.zero():
        deviation_kind = "none"
    else:
        deviation_kind = "positive"
    return _render(
        "vns_memo",
        format,
        lang,
        template_dir,
        agreement=agreement,
        provider=None if provider is None else _genitive(provider.strip(), lang),
        deviation_kind=deviation_kind,
        deviation_size=abs(deviation),
        undocumented=undocumented_scope(agreement),
        reduction=reduction,
        eligible_count=None if reduction is None else len(reduction.eligible_wards),
        cost_places=None if reduction is None else _places(reduction.cost_per_hour.amount),
    )


def render_business_case(
    case: BusinessCase,
    *,
    unit: str = "mnkr",
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a business case: year, cost, benefit, net, cumulative, and the break-even year.

    Args:
        case: the business case.
        unit: ``"kr"``, ``"tkr"`` or ``"mnkr"`` (default) for the amounts.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown unit, format or language, or not a business case.

    """
    if not isinstance(case, BusinessCase):
        raise InvalidValue("render_business_case", "case", case, "a BusinessCase")
    if unit not in ("kr", "tkr", "mnkr"):
        raise InvalidValue("render_business_case", "unit", unit, "'kr', 'tkr' or 'mnkr'")
    _check(format, lang)
    nets = yearly_net(case)
    return _render(
        "business_case",
        format,
        lang,
        template_dir,
        case=case,
        rows=list(zip(case.years, nets, strict=True)),
        break_even=break_even_year(case),
        unit=unit,
    )


def render_task_catalogue(
    catalogue: TaskCatalogue,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a task catalogue's standardisation table with hours, FTE and cost.

    Hours and FTE are shown with one and two decimals, cost in kronor.

    Args:
        catalogue: the task catalogue.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or not a task catalogue.

    """
    if not isinstance(catalogue, TaskCatalogue):
        raise InvalidValue("render_task_catalogue", "catalogue", catalogue, "a TaskCatalogue")
    _check(format, lang)
    labels = _LABELS[lang]
    conventions = labels["catalogue_conventions"].format(
        eves=labels["eves_off"] if catalogue.eves_off else "",
        fte=format_number(catalogue.hours_per_fte, lang=lang),
    )
    return _render(
        "task_catalogue",
        format,
        lang,
        template_dir,
        catalogue=catalogue,
        rows=catalogue.rows(),
        conventions=conventions,
    )
