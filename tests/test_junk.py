"""Junk in, a library exception out: never a crash (STYLE §11)."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from vardservice.benchmarking import (
    BenchmarkData,
    KeyFigure,
    Observation,
    compare,
    per_capita,
    quartiles,
    trend,
)
from vardservice.errors import VardserviceError
from vardservice.fees import FeeSchedule, FeeScheduleHistory, annual_fee, budget, fee_tier
from vardservice.io import (
    from_dict,
    load_portfolio,
    load_subproject_documents,
    load_subprojects,
    loads,
    observations_from_csv,
)
from vardservice.portfolio import Portfolio, PortfolioSummary, summarize
from vardservice.regions import PopulationTable, get_region, population_figure
from vardservice.render import (
    render_assignment,
    render_benchmark,
    render_benchmark_chart,
    render_compliance_report,
    render_final_report,
    render_follow_up,
    render_portfolio,
)
from vardservice.rules import check
from vardservice.subprojects import Subproject
from vardservice.units import Money, format_money, parse_money
from vardservice.vns import (
    BusinessCase,
    Frequency,
    Sensitivity,
    ServiceAgreement,
    ServiceTask,
    StaffingReduction,
    TaskCatalogue,
    VnsCase,
    Ward,
    break_even_year,
    business_case,
    implied_hourly_cost,
    is_eligible,
    ramp_benefits,
    staffing_reduction,
    staffing_sensitivity,
    undocumented_scope,
    yearly_net,
)

JUNK: list[Any] = [
    None, "", " ", 0, -1, 10**30, -(10**30), 1.5, float("nan"), float("inf"), True, [], {}, (),
    "\x00", "ä" * 10_000, b"bytes", Decimal("NaN"), object(), [None], {"": None}, "1e999",
]  # fmt: skip

SCHEDULE = FeeSchedule.of(2024, {1: 1, 2: 2, 3: 3}, illustrative=True)
WARD = Ward(name="A", available_beds=15, inpatient=True)
KR = Money(1)
LV1 = KeyFigure(id="LV1", name_sv="a", name_en="b", unit="kr/m**2", area="c", lower_is_better=True)
OBS = Observation(key_figure="LV1", region="07", year=2022, value=1, unit="kr/m**2")
SUBPROJECT = Subproject(id="SFBV-2024-01", title="Höftfrakturvård", participating_regions=["12"])

CALLS: dict[str, Callable[[Any], object]] = {
    "fee_tier": fee_tier,
    "get_region": get_region,
    "parse_money": parse_money,
    "format_money": format_money,
    "population_figure(region)": lambda x: population_figure(x, 2023),
    "population_figure(year)": lambda x: population_figure("07", x),
    "annual_fee(year)": lambda x: annual_fee("07", x, schedule=SCHEDULE, population=1),
    "annual_fee(population)": lambda x: annual_fee("07", 2024, schedule=SCHEDULE, population=x),
    "budget(members)": lambda x: budget(x, 2024, schedule=SCHEDULE),
    "from_dict(FeeScheduleHistory)": lambda x: from_dict(x, FeeScheduleHistory),
    "from_dict(PopulationTable)": lambda x: from_dict(x, PopulationTable),
    "loads(json)": lambda x: loads(x, FeeScheduleHistory),
    "loads(yaml)": lambda x: loads(x, FeeScheduleHistory, format="yaml"),
    "loads(toml)": lambda x: loads(x, FeeScheduleHistory, format="toml"),
    "Ward(name)": lambda x: Ward(name=x, available_beds=15, inpatient=True),
    "Ward(available_beds)": lambda x: Ward(name="A", available_beds=x, inpatient=True),
    "Ward(inpatient)": lambda x: Ward(name="A", available_beds=15, inpatient=x),
    "is_eligible(ward)": is_eligible,
    "is_eligible(bed_threshold)": lambda x: is_eligible(WARD, bed_threshold=x),
    "staffing_reduction(wards)": lambda x: staffing_reduction(x, 2024, cost_per_hour=KR),
    "staffing_reduction(year)": lambda x: staffing_reduction([WARD], x, cost_per_hour=KR),
    "staffing_reduction(cost_per_hour)": lambda x: staffing_reduction(
        [WARD], 2024, cost_per_hour=x
    ),
    "staffing_reduction(hours_per_weekday)": lambda x: staffing_reduction(
        [WARD], 2024, cost_per_hour=KR, hours_per_weekday=x
    ),
    "staffing_reduction(overhead_percent)": lambda x: staffing_reduction(
        [WARD], 2024, cost_per_hour=KR, overhead_percent=x
    ),
    "staffing_reduction(bed_threshold)": lambda x: staffing_reduction(
        [WARD], 2024, cost_per_hour=KR, bed_threshold=x
    ),
    "staffing_reduction(eves_off)": lambda x: staffing_reduction(
        [WARD], 2024, cost_per_hour=KR, eves_off=x
    ),
    "implied_hourly_cost(annual_effect)": lambda x: implied_hourly_cost(
        x, eligible_wards=1, year=2018
    ),
    "implied_hourly_cost(eligible_wards)": lambda x: implied_hourly_cost(
        KR, eligible_wards=x, year=2018
    ),
    "implied_hourly_cost(year)": lambda x: implied_hourly_cost(KR, eligible_wards=1, year=x),
    "implied_hourly_cost(hours_per_weekday)": lambda x: implied_hourly_cost(
        KR, eligible_wards=1, year=2018, hours_per_weekday=x
    ),
    "ServiceAgreement(forecast_cost)": lambda x: ServiceAgreement(
        name="A", forecast_cost=x, compensation=KR
    ),
    "ServiceAgreement(compensation)": lambda x: ServiceAgreement(
        name="A", forecast_cost=KR, compensation=x
    ),
    "ServiceAgreement(scope)": lambda x: ServiceAgreement(
        name="A", forecast_cost=KR, compensation=KR, scope=x
    ),
    "undocumented_scope": undocumented_scope,
    "ramp_benefits(full_benefit)": lambda x: ramp_benefits(x, ["1"]),
    "ramp_benefits(shares)": lambda x: ramp_benefits(KR, x),
    "business_case(first_year)": lambda x: business_case(
        x, costs=[1], benefits=[1], illustrative=True
    ),
    "business_case(costs)": lambda x: business_case(2024, costs=x, benefits=[1], illustrative=True),
    "business_case(benefits)": lambda x: business_case(
        2024, costs=[1], benefits=x, illustrative=True
    ),
    "business_case(reference)": lambda x: business_case(2024, costs=[1], benefits=[1], reference=x),
    "BusinessCase(years)": lambda x: BusinessCase(years=x, illustrative=True),
    "yearly_net": yearly_net,
    "break_even_year": break_even_year,
    "from_dict(StaffingReduction)": lambda x: from_dict(x, StaffingReduction),
    "from_dict(ServiceAgreement)": lambda x: from_dict(x, ServiceAgreement),
    "from_dict(BusinessCase)": lambda x: from_dict(x, BusinessCase),
    "ServiceTask(minutes)": lambda x: ServiceTask(name="A", frequency=Frequency.PER_DAY, minutes=x),
    "ServiceTask(frequency)": lambda x: ServiceTask(name="A", frequency=x, minutes=1),
    "ServiceTask(wards)": lambda x: ServiceTask(
        name="A", frequency=Frequency.PER_DAY, minutes=1, wards=x
    ),
    "Frequency.occurrences(year)": lambda x: Frequency.PER_WEEKDAY.occurrences(x),
    "TaskCatalogue(tasks)": lambda x: TaskCatalogue(tasks=x, year=2024, cost_per_hour=KR),
    "TaskCatalogue(year)": lambda x: TaskCatalogue(tasks=(), year=x, cost_per_hour=KR),
    "TaskCatalogue(cost_per_hour)": lambda x: TaskCatalogue(tasks=(), year=2024, cost_per_hour=x),
    "TaskCatalogue(hours_per_fte)": lambda x: TaskCatalogue(
        tasks=(), year=2024, cost_per_hour=KR, hours_per_fte=x
    ),
    "from_dict(TaskCatalogue)": lambda x: from_dict(x, TaskCatalogue),
    "staffing_sensitivity(year)": lambda x: staffing_sensitivity(
        x, cost_per_hour=[KR], eligible_wards=[1]
    ),
    "staffing_sensitivity(cost_per_hour)": lambda x: staffing_sensitivity(
        2024, cost_per_hour=x, eligible_wards=[1]
    ),
    "staffing_sensitivity(cost_per_hour[0])": lambda x: staffing_sensitivity(
        2024, cost_per_hour=[x], eligible_wards=[1]
    ),
    "staffing_sensitivity(eligible_wards)": lambda x: staffing_sensitivity(
        2024, cost_per_hour=[KR], eligible_wards=x
    ),
    "staffing_sensitivity(eligible_wards[0])": lambda x: staffing_sensitivity(
        2024, cost_per_hour=[KR], eligible_wards=[x]
    ),
    "staffing_sensitivity(hours_per_weekday[0])": lambda x: staffing_sensitivity(
        2024, cost_per_hour=[KR], eligible_wards=[1], hours_per_weekday=[x]
    ),
    "staffing_sensitivity(overhead_percent)": lambda x: staffing_sensitivity(
        2024, cost_per_hour=[KR], eligible_wards=[1], overhead_percent=x
    ),
    "from_dict(Sensitivity)": lambda x: from_dict(x, Sensitivity),
    "from_dict(VnsCase)": lambda x: from_dict(x, VnsCase),
    "loads(VnsCase, yaml)": lambda x: loads(x, VnsCase, format="yaml"),
    "KeyFigure(unit)": lambda x: KeyFigure(
        id="a", name_sv="a", name_en="a", unit=x, area="a", lower_is_better=True
    ),
    "KeyFigure(lower_is_better)": lambda x: KeyFigure(
        id="a", name_sv="a", name_en="a", unit="kr", area="a", lower_is_better=x
    ),
    "Observation(region)": lambda x: Observation(
        key_figure="a", region=x, year=2022, value=1, unit="kr"
    ),
    "Observation(value)": lambda x: Observation(
        key_figure="a", region="07", year=2022, value=x, unit="kr"
    ),
    "Observation(year)": lambda x: Observation(
        key_figure="a", region="07", year=x, value=1, unit="kr"
    ),
    "compare(figure)": lambda x: compare(x, [OBS], 2022),
    "compare(observations)": lambda x: compare(LV1, x, 2022),
    "compare(year)": lambda x: compare(LV1, [OBS], x),
    "compare(region)": lambda x: compare(LV1, [OBS], 2022, region=x),
    "trend(observations)": lambda x: trend(LV1, x, "07"),
    "trend(region)": lambda x: trend(LV1, [OBS], x),
    "quartiles": quartiles,
    "per_capita(total)": lambda x: per_capita(x, 1),
    "per_capita(population)": lambda x: per_capita(1, x),
    "BenchmarkData(key_figures)": lambda x: BenchmarkData(key_figures=x),
    "from_dict(BenchmarkData)": lambda x: from_dict(x, BenchmarkData),
    "observations_from_csv": observations_from_csv,
    "render_benchmark": render_benchmark,
    "render_benchmark_chart": render_benchmark_chart,
    "render_compliance_report": render_compliance_report,
    "render_assignment": render_assignment,
    "render_final_report": render_final_report,
    "render_follow_up": render_follow_up,
    "render_portfolio": render_portfolio,
    "check(Subproject, as_of)": lambda x: check(SUBPROJECT, as_of=x),
    "check(Subproject, select)": lambda x: check(SUBPROJECT, as_of="2024-01-01", select=x),
    "check(Subproject, ignore)": lambda x: check(SUBPROJECT, as_of="2024-01-01", ignore=x),
    "check(Subproject, lang)": lambda x: check(SUBPROJECT, as_of="2024-01-01", lang=x),
    "Portfolio(name)": lambda x: Portfolio(name=x),
    "Portfolio(subprojects)": lambda x: Portfolio(name="P", subprojects=x),
    "summarize(subprojects)": lambda x: summarize(x, as_of="2024-01-01"),
    "summarize(as_of)": lambda x: summarize([], as_of=x),
    "from_dict(Portfolio)": lambda x: from_dict(x, Portfolio),
    "from_dict(PortfolioSummary)": lambda x: from_dict(x, PortfolioSummary),
    "loads(Portfolio, yaml)": lambda x: loads(x, Portfolio, format="yaml"),
    "load_subprojects": load_subprojects,
    "load_subproject_documents": load_subproject_documents,
    "load_portfolio": load_portfolio,
    "load_portfolio(name)": lambda x: load_portfolio("missing.yaml", name=x),
}


@pytest.mark.parametrize("name", list(CALLS))
@pytest.mark.parametrize("junk", JUNK, ids=lambda j: repr(j)[:20])
def test_junk_gives_a_library_exception_or_a_result(name: str, junk: Any) -> None:
    try:
        CALLS[name](junk)
    except VardserviceError:
        pass
