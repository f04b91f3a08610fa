"""VNS documents (RGS-VNS): the decision memo, the business case, the task catalogue.

Each composer builds a document tree (:mod:`vardservice.render._tree`) once; the
writers give it as Markdown, HTML or text. Sentences are whole messages of the
gettext catalogs with named placeholders; amounts stay typed
(:class:`~vardservice.render._tree.Amount`) inside them, so the writers format
money the one way ("23,4 mnkr").

* ``vns-memo`` (beslutsunderlag): the financial consequences of a service
  agreement as RGS-VNS words them ("Ekonomiska konsekvenser"), its undocumented
  scope and, given one, the staffing-reduction estimate. The registry renders a
  :class:`~vardservice.vns.VnsCase` (the file ``vardservice vns`` reads: the
  agreement, its provider and the wards of the estimate);
  :func:`render_vns_memo` takes the agreement, a reduction and a provider as before.
* ``business-case`` (kalkyl): cost, benefit, net and cumulative net per year,
  and the break-even year.
* ``task-catalogue`` (uppdragskatalog): tasks × frequency × time, with hours,
  full-time equivalents and cost a year.

Example:
    >>> from vardservice.vns import ServiceAgreement
    >>> agreement = ServiceAgreement(
    ...     name="VNS", forecast_cost="23,4 mnkr", compensation="11,0 mnkr"
    ... )
    >>> memo = render_vns_memo(agreement, provider="RGS").replace("\\xa0", " ")
    >>> memo.splitlines()[0]
    '# Beslutsunderlag: VNS'
    >>> memo.splitlines()[4].startswith("RGS prognosticerade helårskostnad för att utföra")
    True
    >>> "vilket innebär att RGS har en negativ avvikelse på helår om 12,4 mnkr." in memo
    True

"""

from __future__ import annotations

from pathlib import Path

from vardservice._i18n import check_lang, translation
from vardservice.errors import InvalidValue
from vardservice.render._env import RenderFormat, check_format
from vardservice.render._registry import DOCUMENTS, Option, document
from vardservice.render._tree import (
    Amount,
    Block,
    Column,
    Document,
    Emph,
    Heading,
    Inline,
    Number,
    Paragraph,
    Strong,
    Table,
    fill,
)
from vardservice.render._vns_memo import consequences, reduction_section, scope_section, source_line
from vardservice.units import Money
from vardservice.vns import (
    WEEKS_PER_YEAR,
    BusinessCase,
    Frequency,
    ServiceAgreement,
    StaffingReduction,
    TaskCatalogue,
    VnsCase,
    break_even_year,
    yearly_net,
)

__all__ = ["render_business_case", "render_task_catalogue", "render_vns_memo"]

UNITS = ("kr", "tkr", "mnkr")
"""The units a business case's amounts may be shown in."""


# --- the decision memo ----------------------------------------------------------------------


def _memo(
    agreement: ServiceAgreement,
    *,
    reduction: StaffingReduction | None,
    provider: str | None,
    lang: str,
    illustrative: bool = False,
    business_case: BusinessCase | None = None,
) -> Document:
    """Compose the decision memo on ``agreement`` (one title; the sections are level 2).

    Each section cites the heading of RGS-VNS its figures come from: the amounts
    "Ekonomiska konsekvenser", the scope and the staffing reduction "Varför ökar
    kostnaderna?".

    Args:
        agreement: the service agreement.
        reduction: a staffing-reduction estimate to include, or ``None``.
        provider: who performs the assignment, or ``None``.
        lang: the language.
        illustrative: the reduction's wards and year are an example (the memo says so).
        business_case: a business case to include as the memo's last section.

    """
    _ = translation(lang).gettext
    deviation = agreement.deviation
    blocks: list[Block] = [
        Heading(_("Financial consequences")),
        consequences(agreement, None if provider is None else provider.strip(), lang),
        Table(
            columns=(Column(""), Column("", "right")),  # labelled values: no heading row
            rows=(
                (_("Forecast full-year cost"), Amount(agreement.forecast_cost, "mnkr")),
                (_("Compensation"), Amount(agreement.compensation, "mnkr")),
                (_("Deviation"), Amount(deviation, "mnkr")),
            ),
        ),
        source_line(agreement.source, lang),
        *scope_section(agreement, lang),
    ]
    if reduction is not None:
        blocks.extend(reduction_section(reduction, lang, illustrative=illustrative))
    if business_case is not None:
        # A section of the memo, not a second document: one top-level heading.
        case = compose_business_case(business_case, lang=lang)
        blocks += [Heading(case.title), *case.blocks]
    return Document(
        kind="vns-memo",
        title=_("Decision memo: {name}").format(name=agreement.name),
        lang=lang,
        blocks=tuple(blocks),
    )


def _vns_case_example() -> VnsCase:
    from vardservice.vns import ScopeItem, Ward, business_case

    # Illustrative: RGS-VNS gives the agreement's amounts and scope, not the wards, the
    # cost per hour or yearly figures.
    return VnsCase(
        agreement=ServiceAgreement(
            name="Vårdnära service, Hallands sjukhus",
            forecast_cost="23,4 mnkr",
            compensation="11,0 mnkr",
            scope=[
                ScopeItem(name="helgtjänstgöring", note="helgtjänstgöring för servicepersonal"),
                ScopeItem(name="slutstädning", documented=True),
            ],
        ),
        provider="RGS",
        wards=[
            Ward(name="Avdelning 1", available_beds=15, inpatient=True),
            Ward(name="Avdelning 2", available_beds=14, inpatient=True),
        ],
        year=2018,
        cost_per_hour="600 kr",
        business_case=business_case(
            2021,
            costs=["2 mnkr", "1,5 mnkr"],
            benefits=["0,6 mnkr", "3 mnkr"],
            reference="RS 2021/1 (illustrativt)",
            illustrative=True,
        ),
    )


@document(
    "vns-memo",
    VnsCase,
    summary=(
        "A decision memo on a VNS service agreement: financial consequences, "
        "scope and staffing reduction (RGS-VNS)."
    ),
    example=_vns_case_example,
    source="RGS-VNS",
)
def compose_vns_memo(case: VnsCase, *, lang: str) -> Document:
    """Compose the decision memo of a VNS case: its agreement, provider and staffing reduction."""
    return _memo(
        case.agreement,
        reduction=case.reduction(),
        provider=case.provider,
        lang=lang,
        illustrative=case.illustrative,
        business_case=case.business_case,
    )


def render_vns_memo(
    agreement: ServiceAgreement,
    *,
    reduction: StaffingReduction | None = None,
    provider: str | None = None,
    illustrative: bool = False,
    business_case: BusinessCase | None = None,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render a decision memo on a VNS service agreement, as RGS-VNS lays it out.

    The section "Ekonomiska konsekvenser" states the forecast full-year cost,
    the compensation and the deviation in mnkr ("23,4 mnkr"), the way RGS-VNS
    words it; then the undocumented scope items and, given a ``reduction``, the
    staffing-reduction estimate. The same document as ``DOCUMENTS["vns-memo"]``
    renders from a :class:`~vardservice.vns.VnsCase`.

    Args:
        agreement: the service agreement.
        reduction: a staffing-reduction estimate to include, or ``None``.
        provider: who performs the assignment, e.g. ``"RGS"``; it starts the
            first sentence ("RGS prognosticerade helårskostnad ...").
        illustrative: the reduction's wards and year are an example, not from a
            source; the memo says so.
        business_case: a business case to include as the memo's last section
            (a section, not a second document).
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Raises:
        InvalidValue: an unknown format or language, a wrong type, or an empty provider.

    """
    from vardservice.render._writers import write

    if not isinstance(agreement, ServiceAgreement):
        raise InvalidValue("render_vns_memo", "agreement", agreement, "a ServiceAgreement")
    if reduction is not None and not isinstance(reduction, StaffingReduction):
        raise InvalidValue("render_vns_memo", "reduction", reduction, "a StaffingReduction or None")
    if provider is not None and (not isinstance(provider, str) or not provider.strip()):
        raise InvalidValue("render_vns_memo", "provider", provider, "a non-empty string or None")
    if not isinstance(illustrative, bool):
        raise InvalidValue("render_vns_memo", "illustrative", illustrative, "True or False")
    if business_case is not None and not isinstance(business_case, BusinessCase):
        raise InvalidValue(
            "render_vns_memo", "business_case", business_case, "a BusinessCase or None"
        )
    check_format("render", format, DOCUMENTS["vns-memo"].formats)
    check_lang("render", lang)
    tree = _memo(
        agreement,
        reduction=reduction,
        provider=provider,
        lang=lang,
        illustrative=illustrative,
        business_case=business_case,
    )
    return write(tree, format, template_dir=template_dir, fragment=fragment)


# --- the business case ----------------------------------------------------------------------


def _business_case_of(case: VnsCase, **_options: object) -> BusinessCase:
    """Return the business case of a VNS case (for the CLI).

    Raises:
        InvalidValue: the case has no business case.

    """
    if case.business_case is None:
        raise InvalidValue(
            "render business-case", "business_case", None, "a VnsCase with a business_case"
        )
    return case.business_case


@document(
    "business-case",
    BusinessCase,
    summary="A business case: cost, benefit, net and cumulative net per year, and break-even.",
    options=(Option(name="unit", help="the unit of the amounts: kr, tkr or mnkr (default)"),),
    reads=VnsCase,
    prepare=_business_case_of,
    example=lambda: _business_case_of(_vns_case_example()),
    source="RGS-VNS Bakgrund; HSN90 Förslag till beslut",
)
def compose_business_case(case: BusinessCase, *, lang: str, unit: str | None = "mnkr") -> Document:
    """Compose a business case's table (amounts in ``unit``; ``None`` is mnkr) and break-even.

    Raises:
        InvalidValue: ``unit`` is not kr, tkr or mnkr.

    """
    unit = "mnkr" if unit is None else unit
    if unit not in UNITS:
        raise InvalidValue("render_business_case", "unit", unit, "'kr', 'tkr' or 'mnkr'")
    _ = translation(lang).gettext
    blocks: list[Block] = []
    illustrative = _("The amounts are illustrative examples, not a real plan.")
    if case.reference:
        reference = _("Decision: {reference}.").format(reference=case.reference)
        if case.illustrative:
            blocks.append(Paragraph.of(reference, " ", Emph(illustrative)))
        else:
            blocks.append(Paragraph.of(reference))
    elif case.illustrative:
        blocks.append(Paragraph.of(Emph(illustrative)))
    blocks.append(
        Table(
            columns=(
                Column(_("Year"), "right"),
                Column(_("Cost"), "right"),
                Column(_("Benefit"), "right"),
                Column(_("Net"), "right"),
                Column(_("Cumulative"), "right"),
            ),
            rows=tuple(
                (
                    str(entry.year),
                    Amount(entry.cost, unit),
                    Amount(entry.benefit, unit),
                    Amount(net.net, unit),
                    Amount(net.cumulative, unit),
                )
                for entry, net in zip(case.years, yearly_net(case), strict=True)
            ),
        )
    )
    year = break_even_year(case)
    if year is None:
        blocks.append(Paragraph.of(_("The business case does not break even within the period.")))
    else:
        blocks.append(Paragraph.of(_("The business case breaks even in {year}.").format(year=year)))
    return Document(
        kind="business-case",
        title=_("Business case {first}–{last}").format(
            first=case.years[0].year, last=case.years[-1].year
        ),
        lang=lang,
        blocks=tuple(blocks),
    )


def render_business_case(
    case: BusinessCase,
    *,
    unit: str = "mnkr",
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render a business case: year, cost, benefit, net, cumulative, and the break-even year.

    Args:
        case: the business case.
        unit: ``"kr"``, ``"tkr"`` or ``"mnkr"`` (default) for the amounts.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Raises:
        InvalidValue: an unknown unit, format or language, or not a business case.

    """
    if not isinstance(case, BusinessCase):
        raise InvalidValue("render_business_case", "case", case, "a BusinessCase")
    return DOCUMENTS["business-case"].render(
        case, format=format, lang=lang, template_dir=template_dir, fragment=fragment, unit=unit
    )


# --- the task catalogue ---------------------------------------------------------------------


def _conventions(catalogue: TaskCatalogue, lang: str) -> tuple[Inline, ...]:
    """Return the catalogue's conventions: working days, weeks a year, hours per FTE."""
    _ = translation(lang).gettext
    if catalogue.eves_off:
        message = _(
            "Conventions: a weekday is a working day (Monday–Friday less public holidays, "
            "midsummer, Christmas and New Year's Eve); a year counts as {weeks} weeks; "
            "one FTE is {fte} hours a year."
        )
    else:
        message = _(
            "Conventions: a weekday is a working day (Monday–Friday less public holidays); "
            "a year counts as {weeks} weeks; one FTE is {fte} hours a year."
        )
    return fill(message, weeks=Number(WEEKS_PER_YEAR), fte=Number(catalogue.hours_per_fte, None))


def _task_catalogue_example() -> TaskCatalogue:
    from vardservice.vns import ServiceTask

    # Illustrative: no source gives the tasks' times or the cost per hour.
    return TaskCatalogue(
        tasks=[
            ServiceTask(name="Måltidshantering", frequency=Frequency.PER_DAY, minutes=90, wards=4),
            ServiceTask(name="Slutstädning", frequency=Frequency.PER_WEEK, minutes="37.5", wards=4),
        ],
        year=2024,
        cost_per_hour=Money.of(380),
    )


@document(
    "task-catalogue",
    TaskCatalogue,
    summary="VNS tasks × frequency × time, with hours, full-time equivalents and cost a year.",
    example=_task_catalogue_example,
    source="RGS-VNS Ännu inte realiserade synergier",
)
def compose_task_catalogue(catalogue: TaskCatalogue, *, lang: str) -> Document:
    """Compose a task catalogue's table (hours to one place, FTE to two, cost in kronor)."""
    _ = translation(lang).gettext
    frequencies = {
        Frequency.PER_DAY: _("per day"),
        Frequency.PER_WEEKDAY: _("per weekday"),
        Frequency.PER_WEEK: _("per week"),
        Frequency.PER_MONTH: _("per month"),
    }
    table = Table(
        columns=(
            Column(_("Task")),
            Column(_("Frequency")),
            Column(_("Minutes per occurrence"), "right"),
            Column(_("Wards"), "right"),
            Column(_("Occurrences a year"), "right"),
            Column(_("Hours a year"), "right"),
            Column(_("FTE"), "right"),
            Column(_("Cost"), "right"),
        ),
        rows=tuple(
            (
                row.task.name,
                frequencies[row.task.frequency],
                Number(row.task.minutes, None),
                Number(row.task.wards),
                Number(row.occurrences),
                Number(row.hours, 1),
                Number(row.fte, 2),
                Amount(row.cost),
            )
            for row in catalogue.rows()
        ),
        footer=(
            (
                Strong(_("Total")),
                *(None,) * 4,
                Number(catalogue.total_hours, 1),
                Number(catalogue.total_fte, 2),
                Amount(catalogue.total_cost),
            ),
        ),
    )
    cost = fill(
        _("Cost per hour: {cost} (an assumption, not a figure from the source)."),
        cost=Amount(catalogue.cost_per_hour, "kr", 2),
    )
    return Document(
        kind="task-catalogue",
        title=_("Task catalogue for ward-near service {year}").format(year=catalogue.year),
        lang=lang,
        blocks=(
            table,
            Paragraph.of(*cost, " ", *_conventions(catalogue, lang)),
            Paragraph.of(
                # RGS-VNS: "Uppdragen för vårdnära service behöver standardiseras och
                # frekvensstyras."
                _(
                    "The tasks of ward-near service need to be standardised and "
                    "frequency-controlled ({source})."
                ).format(source=catalogue.source.text)
            ),
        ),
    )


def render_task_catalogue(
    catalogue: TaskCatalogue,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render a task catalogue's standardisation table with hours, FTE and cost.

    Hours and FTE are shown with one and two decimals, cost in kronor.

    Args:
        catalogue: the task catalogue.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Raises:
        InvalidValue: an unknown format or language, or not a task catalogue.

    """
    if not isinstance(catalogue, TaskCatalogue):
        raise InvalidValue("render_task_catalogue", "catalogue", catalogue, "a TaskCatalogue")
    return DOCUMENTS["task-catalogue"].render(
        catalogue, format=format, lang=lang, template_dir=template_dir, fragment=fragment
    )
