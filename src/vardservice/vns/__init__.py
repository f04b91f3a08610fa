"""Vårdnära service (VNS): staffing reduction, service agreement and business case.

*Vårdnära service* (ward-near service) means that service staff take over the
non-clinical tasks of a ward (meals, cleaning, supplies) from assistant nurses.
This module holds the calculations of the source RGS-VNS ("Fortsatt
utveckling av vårdnära service", Region Halland, Driftnämnden Regionservice),
with HSN90 (§ 90 Vårdnära service, HSN 938-2020) for the business case:

* the staffing-reduction estimate (RGS-VNS "Varför ökar kostnaderna?"): on
  inpatient wards with more than 14 available beds, 8 hours a weekday are taken
  out of the staffing plans, which "motsvarar 12 mnkr, årseffekt"
  (:func:`staffing_reduction`, and its inverse :func:`implied_hourly_cost`);
* the service agreement (RGS-VNS "Ekonomiska konsekvenser"): forecast full-year
  cost 23,4 mnkr, compensation 11,0 mnkr, deviation −12,4 mnkr
  (:class:`ServiceAgreement`, :func:`undocumented_scope`);
* the business case: implementation costs more before the full effect arrives
  (RGS-VNS "Bakgrund"), and efficiencies come first, to be reinvested later
  (HSN90 "Förslag till beslut") (:func:`business_case`, :func:`yearly_net`,
  :func:`break_even_year`, :func:`ramp_benefits`);
* the task catalogue: "Uppdragen för vårdnära service behöver standardiseras
  och frekvensstyras" (RGS-VNS "Ännu inte realiserade synergier"): tasks ×
  frequency × time, with hours, full-time equivalents and cost a year
  (:class:`TaskCatalogue`, :class:`ServiceTask`, :class:`Frequency`);
* the sensitivity of the staffing reduction to its inputs, which RGS-VNS does
  not state (:func:`staffing_sensitivity`), and :class:`VnsCase`, the document
  that ``vardservice vns FILE`` reads.

Money is exact :class:`~vardservice.units.Money` (Decimal kronor) throughout; a
float is refused everywhere. No source gives an hourly cost, a number of wards
or yearly figures of a business case: they are parameters, and the examples
mark their values as illustrative.

Example:
    >>> from vardservice.units import Money, format_money
    >>> from vardservice.vns import ServiceAgreement
    >>> agreement = ServiceAgreement(
    ...     name="VNS, Hallands sjukhus",
    ...     forecast_cost=Money.of("23.4", "mnkr"),
    ...     compensation=Money.of("11.0", "mnkr"),
    ... )
    >>> format_money(agreement.deviation, "mnkr").replace("\\xa0", " ")
    '−12,4 mnkr'
    >>> agreement.is_deficit()
    True

"""

from __future__ import annotations

from vardservice import _fields
from vardservice.vns._agreement import (
    AGREEMENT_SOURCE,
    SCOPE_SOURCE,
    ScopeItem,
    ServiceAgreement,
    undocumented_scope,
)
from vardservice.vns._business_case import (
    BUSINESS_CASE_SOURCES,
    BusinessCase,
    CaseYear,
    YearlyNet,
    break_even_year,
    business_case,
    ramp_benefits,
    yearly_net,
)
from vardservice.vns._case import VnsCase
from vardservice.vns._sensitivity import Sensitivity, SensitivityRow, staffing_sensitivity
from vardservice.vns._staffing import (
    DEFAULT_BED_THRESHOLD,
    DEFAULT_HOURS_PER_WEEKDAY,
    STAFFING_SOURCE,
    StaffingReduction,
    TraceEntry,
    Ward,
    WardReduction,
    WorkingDays,
    implied_hourly_cost,
    is_eligible,
    staffing_reduction,
)
from vardservice.vns._tasks import (
    DEFAULT_HOURS_PER_FTE,
    MONTHS_PER_YEAR,
    TASKS_SOURCE,
    WEEKS_PER_YEAR,
    Frequency,
    ServiceTask,
    TaskCatalogue,
    TaskRow,
)

__all__ = [
    "AGREEMENT_SOURCE",
    "BUSINESS_CASE_SOURCES",
    "DEFAULT_BED_THRESHOLD",
    "DEFAULT_HOURS_PER_FTE",
    "DEFAULT_HOURS_PER_WEEKDAY",
    "MONTHS_PER_YEAR",
    "SCOPE_SOURCE",
    "STAFFING_SOURCE",
    "TASKS_SOURCE",
    "WEEKS_PER_YEAR",
    "BusinessCase",
    "CaseYear",
    "Frequency",
    "ScopeItem",
    "Sensitivity",
    "SensitivityRow",
    "ServiceAgreement",
    "ServiceTask",
    "StaffingReduction",
    "TaskCatalogue",
    "TaskRow",
    "TraceEntry",
    "VnsCase",
    "Ward",
    "WardReduction",
    "WorkingDays",
    "YearlyNet",
    "break_even_year",
    "business_case",
    "implied_hourly_cost",
    "is_eligible",
    "ramp_benefits",
    "staffing_reduction",
    "staffing_sensitivity",
    "undocumented_scope",
    "yearly_net",
]

# The classes and functions live in private modules, one concept each (staffing, agreement,
# business case, tasks, sensitivity, case); they are documented, referenced and imported as
# vardservice.vns.<name>.
_fields.adopt(__name__, globals(), __all__)
