"""Vårdnära service (RGS-VNS, HSN90): staffing reduction, service agreement, business case."""

import sys
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardservice import strategies
from vardservice.dates import working_days
from vardservice.errors import InvalidValue
from vardservice.sources import cite
from vardservice.units import Money, format_money
from vardservice.vns import (
    AGREEMENT_SOURCE,
    DEFAULT_BED_THRESHOLD,
    DEFAULT_HOURS_PER_FTE,
    DEFAULT_HOURS_PER_WEEKDAY,
    STAFFING_SOURCE,
    WEEKS_PER_YEAR,
    BusinessCase,
    CaseYear,
    Frequency,
    ScopeItem,
    ServiceAgreement,
    ServiceTask,
    TaskCatalogue,
    Ward,
    WorkingDays,
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

MNKR = "mnkr"


def _rgs_vns() -> ServiceAgreement:
    return ServiceAgreement(
        name="Vårdnära service, Hallands sjukhus",
        forecast_cost=Money.of("23.4", MNKR),
        compensation=Money.of("11.0", MNKR),
        scope=(
            ScopeItem(name="helgtjänstgöring", note="weekend duty for service staff: unclear"),
            ScopeItem(name="slutstädning", note="final cleaning: unclear"),
            ScopeItem(name="måltidshantering", documented=True),
        ),
    )


# --- RGS-VNS figures, exactly ----------------------------------------------------------------


def test_rgs_vns_deviation_is_exactly_minus_12_4_mnkr() -> None:
    agreement = _rgs_vns()
    assert agreement.forecast_cost == Money(Decimal(23_400_000))
    assert agreement.compensation == Money(Decimal(11_000_000))
    assert agreement.deviation == Money.of("-12.4", MNKR)
    assert agreement.deviation.amount == Decimal("-12400000")
    assert format_money(agreement.deviation, MNKR) == "−12,4\xa0mnkr"
    assert agreement.is_deficit()
    assert agreement.source == AGREEMENT_SOURCE == cite("RGS-VNS", "Ekonomiska konsekvenser")


def test_service_agreement_accepts_swedish_amounts() -> None:
    agreement = ServiceAgreement(name="VNS", forecast_cost="23,4 mnkr", compensation="11,0 mnkr")
    assert agreement.forecast_cost == _rgs_vns().forecast_cost
    assert agreement.compensation == _rgs_vns().compensation
    assert agreement.deviation == Money.of("-12.4", MNKR)


def test_undocumented_scope_lists_weekend_duty_and_final_cleaning() -> None:
    found = undocumented_scope(_rgs_vns())
    assert [item.name for item in found] == ["helgtjänstgöring", "slutstädning"]


def test_the_12_mnkr_effect_through_the_inverse_and_back() -> None:
    effect = Money.of(12, MNKR)
    for wards_count in (1, 7, 10, 23):  # no source gives the number of wards
        cost = implied_hourly_cost(effect, eligible_wards=wards_count, year=2018)
        wards = [
            Ward(name=f"Avdelning {i}", available_beds=15, inpatient=True)
            for i in range(wards_count)
        ]
        back = staffing_reduction(wards, 2018, cost_per_hour=cost).total
        # The division keeps 28 significant digits; back agrees far below one öre.
        assert abs(back.amount - effect.amount) < Decimal("1e-12")
        assert format_money(back, MNKR) == "12,0\xa0mnkr"
        assert back.amount.quantize(Decimal("0.01")) == Decimal("12000000.00")


def test_the_inverse_is_exact_where_the_division_is() -> None:
    # 2018 has 250 working days (eves off): 12 000 000 / (10 × 8 × 250) = 600 kr/h exactly.
    assert working_days(2018) == 250
    cost = implied_hourly_cost(Money.of(12, MNKR), eligible_wards=10, year=2018)
    assert cost == Money(600)
    wards = [Ward(name=str(i), available_beds=20, inpatient=True) for i in range(10)]
    assert staffing_reduction(wards, 2018, cost_per_hour=cost).total == Money.of(12, MNKR)


def test_the_inverse_takes_overhead_and_hours_into_account() -> None:
    cost = implied_hourly_cost(
        Money(Decimal(2 * 4 * 250 * 150)),
        eligible_wards=2,
        year=2018,
        hours_per_weekday=4,
        overhead_percent=50,
    )
    assert cost == Money(100)


# --- eligibility boundaries ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("beds", "inpatient", "eligible"),
    [(0, True, False), (14, True, False), (15, True, True), (16, True, True),
     (14, False, False), (15, False, False), (200, False, False)],
)  # fmt: skip
def test_eligibility_boundaries(beds: int, inpatient: bool, eligible: bool) -> None:
    ward = Ward(name="A", available_beds=beds, inpatient=inpatient)
    assert is_eligible(ward) is eligible
    result = staffing_reduction([ward], 2024, cost_per_hour=Money(100))
    assert result.wards[0].eligible is eligible
    assert (result.total == Money.zero()) is not eligible


def test_threshold_is_a_parameter_and_strict() -> None:
    ward = Ward(name="A", available_beds=10, inpatient=True)
    assert DEFAULT_BED_THRESHOLD == 14
    assert is_eligible(ward, bed_threshold=9)
    assert not is_eligible(ward, bed_threshold=10)


# --- the calculation -------------------------------------------------------------------------


def test_effect_formula_with_overhead_is_exact() -> None:
    wards = [
        Ward(name="Medicin 1", available_beds=15, inpatient=True),
        Ward(name="Medicin 2", available_beds=24, inpatient=True),
        Ward(name="Medicin 3", available_beds=14, inpatient=True),
    ]
    result = staffing_reduction(
        wards, 2024, cost_per_hour=Money.of("312.50"), overhead_percent="41.5"
    )
    days = working_days(2024)
    assert days == 251
    one = Decimal(8) * days * Decimal("312.50") * Decimal("1.415")
    assert result.wards[0].effect == Money(one)
    assert result.wards[0].hours == Decimal(8 * 251)
    assert result.wards[2].effect == Money.zero()
    assert result.wards[2].hours == 0
    assert result.total == Money(2 * one)
    assert result.total.amount == Decimal("1775825")  # 2 × 8 h × 251 × 312,50 kr/h × 1,415
    assert result.cost_per_hour_with_overhead == Money(Decimal("442.1875"))
    assert [w.name for w in result.eligible_wards] == ["Medicin 1", "Medicin 2"]


def test_working_day_convention_is_stated_and_used() -> None:
    ward = Ward(name="A", available_beds=15, inpatient=True)
    off = staffing_reduction([ward], 2024, cost_per_hour=Money(1))
    worked = staffing_reduction([ward], 2024, cost_per_hour=Money(1), eves_off=False)
    assert off.working_days == WorkingDays(year=2024, eves_off=True, days=251)
    assert worked.working_days == WorkingDays(year=2024, eves_off=False, days=254)
    assert off.total == Money(8 * 251)
    assert worked.total == Money(8 * 254)
    assert "251 working days in 2024" in str(off.working_days)


def test_trace_names_inputs_and_sources() -> None:
    ward = Ward(name="A", available_beds=15, inpatient=True)
    result = staffing_reduction([ward], 2024, cost_per_hour="350 kr")
    trace = {entry.name: entry for entry in result.trace}
    assert trace["bed_threshold"].value == "14"
    assert trace["bed_threshold"].source == STAFFING_SOURCE
    assert trace["hours_per_weekday"].value == "8"
    assert trace["hours_per_weekday"].source == STAFFING_SOURCE
    assert trace["working_days"].value == "251"
    assert "eves_off=True" in trace["working_days"].note
    assert trace["cost_per_hour"].value == "350 kr"
    assert trace["cost_per_hour"].source is None
    assert trace["eligible_wards"].value == "1"
    changed = staffing_reduction([ward], 2024, cost_per_hour="350 kr", hours_per_weekday=6)
    assert {e.name: e for e in changed.trace}["hours_per_weekday"].source is None


@given(
    st.lists(strategies.wards(), max_size=6),
    strategies.money(max_kr=2_000),
    st.integers(0, 24),
    st.integers(2, 5),
)
def test_effect_is_linear_in_hours(wards: list[Ward], cost: Money, hours: int, k: int) -> None:
    base = staffing_reduction(wards, 2024, cost_per_hour=cost, hours_per_weekday=hours)
    if hours * k <= 24:
        scaled = staffing_reduction(wards, 2024, cost_per_hour=cost, hours_per_weekday=hours * k)
        assert scaled.total == base.total * k
    half = staffing_reduction(wards, 2024, cost_per_hour=cost, hours_per_weekday=Decimal(hours) / 2)
    assert half.total * 2 == base.total


@given(
    st.lists(strategies.wards(), max_size=6),
    strategies.money(max_kr=2_000),
    st.integers(0, 1_000),
    st.sampled_from(["0", "31.42", "41.5"]),
)
def test_effect_is_linear_in_hourly_cost(
    wards: list[Ward], cost: Money, k: int, overhead: str
) -> None:
    base = staffing_reduction(wards, 2023, cost_per_hour=cost, overhead_percent=overhead)
    scaled = staffing_reduction(wards, 2023, cost_per_hour=cost * k, overhead_percent=overhead)
    assert scaled.total == base.total * k


@given(st.lists(strategies.wards(), max_size=6), strategies.money(max_kr=2_000))
def test_effect_is_the_sum_over_eligible_wards(wards: list[Ward], cost: Money) -> None:
    result = staffing_reduction(wards, 2024, cost_per_hour=cost)
    per_ward = Decimal(8) * 251 * cost.amount
    eligible = sum(1 for w in wards if w.inpatient and w.available_beds > 14)
    assert result.total == Money(per_ward * eligible)
    assert len(result.wards) == len(wards)


@given(
    st.lists(
        st.one_of(strategies.wards(max_beds=14), strategies.wards(inpatient=False)), max_size=8
    ),
    strategies.money(max_kr=2_000),
    st.booleans(),
)
def test_effect_is_zero_when_no_ward_is_eligible(
    wards: list[Ward], cost: Money, eves_off: bool
) -> None:
    result = staffing_reduction(wards, 2024, cost_per_hour=cost, eves_off=eves_off)
    assert result.total == Money.zero()
    assert result.eligible_wards == ()


# --- service agreement properties ------------------------------------------------------------


@given(strategies.service_agreements())
def test_deviation_sign_matches_forecast_above_compensation(agreement: ServiceAgreement) -> None:
    assert agreement.deviation == agreement.compensation - agreement.forecast_cost
    assert agreement.is_deficit() is (agreement.forecast_cost > agreement.compensation)


@given(strategies.service_agreements())
def test_undocumented_scope_is_exactly_the_undocumented_items(
    agreement: ServiceAgreement,
) -> None:
    found = undocumented_scope(agreement)
    assert all(not item.documented for item in found)
    assert len(found) == sum(1 for item in agreement.scope if not item.documented)


# --- business case ---------------------------------------------------------------------------


def test_ramp_benefits_is_exact() -> None:
    ramp = ramp_benefits(Money.of(4, MNKR), ["0", "0.25", "0.75", "1"])
    assert ramp == (Money(0), Money(1_000_000), Money(3_000_000), Money(4_000_000))


def test_hsn90_efficiencies_first_then_reinvest() -> None:
    # Illustrative numbers: no source gives yearly figures.
    implementation = [Money.of(2, MNKR), Money.of(1, MNKR), Money(0), Money(0), Money(0)]
    reinvestment = [Money(0), Money(0), Money.of("1.5", MNKR), Money.of(2, MNKR), Money.of(2, MNKR)]
    case = business_case(
        2021,
        costs=[a + b for a, b in zip(implementation, reinvestment, strict=True)],
        benefits=ramp_benefits("3 mnkr", ["0.2", "0.6", "1", "1", "1"]),
        illustrative=True,
    )
    rows = yearly_net(case)
    assert [r.net for r in rows] == [
        Money(-1_400_000), Money(800_000), Money(1_500_000), Money(1_000_000), Money(1_000_000)
    ]  # fmt: skip
    assert [r.cumulative for r in rows] == [
        Money(-1_400_000), Money(-600_000), Money(900_000), Money(1_900_000), Money(2_900_000)
    ]  # fmt: skip
    assert break_even_year(case) == 2023


def test_break_even_is_none_when_never_reached() -> None:
    case = business_case(2024, costs=[10, 10], benefits=[1, 1], illustrative=True)
    assert break_even_year(case) is None


def test_zero_net_counts_as_break_even() -> None:
    case = business_case(2024, costs=[5, 0], benefits=[0, 5], illustrative=True)
    assert break_even_year(case) == 2025


@given(strategies.business_cases())
def test_cumulative_net_is_the_running_sum(case: BusinessCase) -> None:
    rows = yearly_net(case)
    assert [r.year for r in rows] == [y.year for y in case.years]
    running = Money.zero()
    for row, entry in zip(rows, case.years, strict=True):
        assert row.net == entry.benefit - entry.cost
        running = running + row.net
        assert row.cumulative == running


@given(strategies.business_cases())
def test_break_even_is_the_first_non_negative_cumulative_year(case: BusinessCase) -> None:
    rows = yearly_net(case)
    year = break_even_year(case)
    if year is None:
        assert all(r.cumulative.is_negative() for r in rows)
    else:
        index = year - case.years[0].year
        assert not rows[index].cumulative.is_negative()
        assert all(r.cumulative.is_negative() for r in rows[:index])


def test_business_case_needs_provenance_and_consecutive_years() -> None:
    with pytest.raises(InvalidValue, match=r"BusinessCase\.reference: got None"):
        business_case(2024, costs=[1], benefits=[1])
    assert business_case(2024, costs=[1], benefits=[1], reference="Plan 2024").reference
    with pytest.raises(InvalidValue, match=r"BusinessCase\.years: got \[2024, 2026\]"):
        BusinessCase(
            years=(
                CaseYear(year=2024, cost=Money(1), benefit=Money(1)),
                CaseYear(year=2026, cost=Money(1), benefit=Money(1)),
            ),
            illustrative=True,
        )
    with pytest.raises(InvalidValue, match=r"BusinessCase\.years: got \[\]"):
        BusinessCase(years=(), illustrative=True)
    with pytest.raises(InvalidValue, match=r"business_case\.benefits: got 1"):
        business_case(2024, costs=[1, 2], benefits=[1], illustrative=True)


# --- junk and floats -------------------------------------------------------------------------

WARD = Ward(name="A", available_beds=15, inpatient=True)

# The junk below is wrong on purpose; these untyped aliases keep mypy from refusing it.
_Ward: Any = Ward
_staffing_reduction: Any = staffing_reduction
_implied_hourly_cost: Any = implied_hourly_cost
_ServiceAgreement: Any = ServiceAgreement
_ScopeItem: Any = ScopeItem
_undocumented_scope: Any = undocumented_scope
_ramp_benefits: Any = ramp_benefits
_business_case: Any = business_case
_CaseYear: Any = CaseYear
_yearly_net: Any = yearly_net
_break_even_year: Any = break_even_year


@pytest.mark.parametrize(
    ("call", "owner_field", "value"),
    [
        (lambda: _Ward(name="A", available_beds=-1, inpatient=True), "Ward.available_beds", "-1"),
        (lambda: _Ward(name="A", available_beds=14.0, inpatient=True), "Ward.available_beds", "14.0"),
        (lambda: _Ward(name="A", available_beds=True, inpatient=True), "Ward.available_beds", "True"),
        (lambda: _Ward(name="", available_beds=1, inpatient=True), "Ward.name", "''"),
        (lambda: _Ward(name="A", available_beds=1, inpatient=1), "Ward.inpatient", "1"),
        (lambda: _staffing_reduction([WARD], 2024, cost_per_hour=350.0), "staffing_reduction.cost_per_hour", "350.0"),
        (lambda: _staffing_reduction([WARD], 2024, cost_per_hour="-1 kr"), "staffing_reduction.cost_per_hour", "'-1 kr'"),
        (lambda: _staffing_reduction([WARD], 2024, cost_per_hour=Money(1), hours_per_weekday=8.0), "staffing_reduction.hours_per_weekday", "8.0"),
        (lambda: _staffing_reduction([WARD], 2024, cost_per_hour=Money(1), hours_per_weekday=25), "staffing_reduction.hours_per_weekday", "25"),
        (lambda: _staffing_reduction([WARD], 2024, cost_per_hour=Money(1), overhead_percent=41.5), "staffing_reduction.overhead_percent", "41.5"),
        (lambda: _staffing_reduction([WARD], 2024, cost_per_hour=Money(1), overhead_percent=-1), "staffing_reduction.overhead_percent", "-1"),
        (lambda: _staffing_reduction([WARD], 2024, cost_per_hour=Money(1), bed_threshold=14.0), "staffing_reduction.bed_threshold", "14.0"),
        (lambda: _staffing_reduction([WARD], 2024.0, cost_per_hour=Money(1)), "staffing_reduction.year", "2024.0"),
        (lambda: _staffing_reduction([WARD], 1900, cost_per_hour=Money(1)), "staffing_reduction.year", "1900"),
        (lambda: _staffing_reduction([WARD], 2024, cost_per_hour=Money(1), eves_off="no"), "staffing_reduction.eves_off", "'no'"),
        (lambda: _staffing_reduction([WARD, "B"], 2024, cost_per_hour=Money(1)), "staffing_reduction.wards[1]", "'B'"),
        (lambda: _staffing_reduction(WARD, 2024, cost_per_hour=Money(1)), "staffing_reduction.wards", "Ward("),
        (lambda: _implied_hourly_cost(12e6, eligible_wards=1, year=2018), "implied_hourly_cost.annual_effect", "12000000.0"),
        (lambda: _implied_hourly_cost(Money(1), eligible_wards=0, year=2018), "implied_hourly_cost.eligible_wards", "0"),
        (lambda: _implied_hourly_cost(Money(1), eligible_wards=1.0, year=2018), "implied_hourly_cost.eligible_wards", "1.0"),
        (lambda: _implied_hourly_cost(Money(1), eligible_wards=1, year=2018, hours_per_weekday=0), "implied_hourly_cost.hours_per_weekday", "0"),
        (lambda: _ServiceAgreement(name="X", forecast_cost=23.4, compensation=Money(1)), "ServiceAgreement.forecast_cost", "23.4"),
        (lambda: _ServiceAgreement(name="X", forecast_cost=Money(1), compensation="-11 mnkr"), "ServiceAgreement.compensation", "-11000000"),
        (lambda: _ServiceAgreement(name="X", forecast_cost=1, compensation=1, scope=["x"]), "ServiceAgreement.scope[0]", "'x'"),
        (lambda: _ScopeItem(name="x", documented="yes"), "ScopeItem.documented", "'yes'"),
        (lambda: _undocumented_scope(None), "undocumented_scope.agreement", "None"),
        (lambda: _ramp_benefits(Money(1), ["0.5", 0.5]), "ramp_benefits.shares[1]", "0.5"),
        (lambda: _ramp_benefits(Money(1), ["1.1"]), "ramp_benefits.shares[0]", "'1.1'"),
        (lambda: _ramp_benefits(1.0, ["1"]), "ramp_benefits.full_benefit", "1.0"),
        (lambda: _business_case(2024, costs=[1.5], benefits=[1], illustrative=True), "business_case.costs[0]", "1.5"),
        (lambda: _CaseYear(year=2024, cost=Money(-1), benefit=Money(1)), "CaseYear.cost", "-1"),
        (lambda: _yearly_net("case"), "yearly_net.case", "'case'"),
        (lambda: _break_even_year(None), "break_even_year.case", "None"),
    ],
)  # fmt: skip
def test_junk_names_field_and_value(call: Any, owner_field: str, value: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        call()
    message = str(caught.value)
    assert message.startswith(f"{owner_field}: got "), message
    assert value in message, message


def test_defaults_come_from_rgs_vns() -> None:
    assert Decimal(8) == DEFAULT_HOURS_PER_WEEKDAY
    assert str(STAFFING_SOURCE.source.title) == "Fortsatt utveckling av vårdnära service (VNS)"


# --- task catalogue ---------------------------------------------------------------------------


def test_frequency_occurrences_follow_the_stated_conventions() -> None:
    assert Frequency.PER_DAY.occurrences(2023) == 365
    assert Frequency.PER_DAY.occurrences(2024) == 366
    assert Frequency.PER_WEEKDAY.occurrences(2024) == working_days(2024) == 251
    assert Frequency.PER_WEEKDAY.occurrences(2024, eves_off=False) == working_days(
        2024, eves_off=False
    )
    # 2020 has 53 ISO weeks; the convention is 52 every year.
    assert Frequency.PER_WEEK.occurrences(2020) == WEEKS_PER_YEAR == 52
    assert Frequency.PER_MONTH.occurrences(2020) == 12


def test_task_catalogue_rows_are_exact() -> None:
    catalogue = TaskCatalogue(
        tasks=[
            ServiceTask(name="Lunch", frequency=Frequency.PER_DAY, minutes=45, wards=2),
            ServiceTask(name="Förråd", frequency=Frequency.PER_WEEKDAY, minutes="7", wards=3),
            ServiceTask(name="Slutstädning", frequency=Frequency.PER_WEEK, minutes="90"),
            ServiceTask(name="Inventering", frequency=Frequency.PER_MONTH, minutes="30", wards=0),
        ],
        year=2024,
        cost_per_hour=Money.of(400),
    )
    lunch, store, final, stock = catalogue.rows()
    assert (lunch.occurrences, lunch.annual_minutes, lunch.hours) == (
        366,
        Decimal(32940),
        Decimal(549),
    )
    assert lunch.cost == Money.of(219_600)
    assert store.annual_minutes == Decimal(251 * 7 * 3)
    assert store.hours * 60 == pytest.approx(store.annual_minutes)
    assert final.hours == Decimal(78)  # 52 weeks × 1,5 h
    assert stock.hours == 0 and stock.cost == Money.zero()
    assert catalogue.total_minutes == Decimal(32940 + 5271 + 4680)
    assert catalogue.total_cost == catalogue.cost_per_hour * catalogue.total_hours
    assert catalogue.total_fte == catalogue.total_hours / DEFAULT_HOURS_PER_FTE
    assert catalogue.source.section == "Ännu inte realiserade synergier"


def test_hours_per_fte_is_a_parameter() -> None:
    task = ServiceTask(name="A", frequency=Frequency.PER_MONTH, minutes=600)  # 120 h a year
    catalogue = TaskCatalogue(tasks=[task], year=2024, cost_per_hour="0 kr", hours_per_fte=1600)
    assert catalogue.total_fte == Decimal("0.075")


@pytest.mark.parametrize(
    ("field", "value"),
    [("minutes", 1.5), ("minutes", "-1"), ("minutes", "1441"), ("wards", -1), ("wards", True)],
)
def test_service_task_refuses_bad_fields(field: str, value: Any) -> None:
    fields: dict[str, Any] = {"name": "A", "frequency": Frequency.PER_DAY, "minutes": 1}
    with pytest.raises(InvalidValue, match=field):
        ServiceTask(**{**fields, field: value})


@pytest.mark.parametrize(
    ("field", "value"),
    [("hours_per_fte", 0), ("hours_per_fte", 1700.0), ("year", 1900), ("tasks", ["x"])],
)
def test_task_catalogue_refuses_bad_fields(field: str, value: Any) -> None:
    fields: dict[str, Any] = {"tasks": (), "year": 2024, "cost_per_hour": Money(1)}
    with pytest.raises(InvalidValue, match=field):
        TaskCatalogue(**{**fields, field: value})


@given(strategies.task_catalogues())
def test_catalogue_totals_are_the_sums_of_its_rows(catalogue: TaskCatalogue) -> None:
    rows = catalogue.rows()
    assert len(rows) == len(catalogue.tasks)
    assert catalogue.total_minutes == sum((r.annual_minutes for r in rows), Decimal(0))
    for row in rows:
        assert row.annual_minutes == row.occurrences * row.task.minutes * row.task.wards
        assert row.annual_minutes >= 0


# --- sensitivity --------------------------------------------------------------------------------


def test_sensitivity_rows_cover_every_combination_in_order() -> None:
    sweep = staffing_sensitivity(
        2018,
        cost_per_hour=["300 kr", Money.of(600)],
        eligible_wards=[5, 10],
        hours_per_weekday=["8", 4],
        overhead_percent="50",
    )
    assert sweep.working_days.days == working_days(2018) == 250
    assert [(str(r.cost_per_hour), r.eligible_wards, r.hours_per_weekday) for r in sweep.rows] == [
        ("300 kr", 5, Decimal(8)),
        ("300 kr", 5, Decimal(4)),
        ("300 kr", 10, Decimal(8)),
        ("300 kr", 10, Decimal(4)),
        ("600 kr", 5, Decimal(8)),
        ("600 kr", 5, Decimal(4)),
        ("600 kr", 10, Decimal(8)),
        ("600 kr", 10, Decimal(4)),
    ]
    # 10 wards × 8 h × 250 days × 600 kr × 1,5 = 18 mnkr, exactly
    assert sweep.rows[6].effect == Money.of(18, "mnkr")


@given(
    wards=st.lists(strategies.wards(min_beds=15, inpatient=True), min_size=0, max_size=4),
    sweep_cost=strategies.money(max_kr=2_000),
    hours=st.sampled_from(["0", "7.5", "8", "24"]),
    overhead=st.sampled_from(["0", "41.5"]),
    eves_off=st.booleans(),
)
def test_sensitivity_agrees_with_staffing_reduction(
    wards: list[Ward], sweep_cost: Money, hours: str, overhead: str, eves_off: bool
) -> None:
    reduction = staffing_reduction(
        wards,
        2024,
        cost_per_hour=sweep_cost,
        hours_per_weekday=hours,
        overhead_percent=overhead,
        eves_off=eves_off,
    )
    sweep = staffing_sensitivity(
        2024,
        cost_per_hour=[sweep_cost],
        eligible_wards=[len(wards)],
        hours_per_weekday=[hours],
        overhead_percent=overhead,
        eves_off=eves_off,
    )
    assert sweep.rows[0].effect == reduction.total


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"cost_per_hour": []}, "cost_per_hour"),
        ({"eligible_wards": [-1]}, r"eligible_wards\[0\]"),
        ({"hours_per_weekday": ["8", 8.0]}, r"hours_per_weekday\[1\]"),
        ({"cost_per_hour": ["-1 kr"]}, r"cost_per_hour\[0\]"),
        ({"eligible_wards": range(2000), "cost_per_hour": range(1000)}, "scenarios"),
    ],
)
def test_sensitivity_refuses_bad_values(kwargs: dict[str, Any], match: str) -> None:
    arguments: dict[str, Any] = {"cost_per_hour": ["300 kr"], "eligible_wards": [1], **kwargs}
    with pytest.raises(InvalidValue, match=match):
        staffing_sensitivity(2024, **arguments)


def test_sensitivity_to_dataframe_keeps_exact_decimals() -> None:
    pd = pytest.importorskip("pandas")
    sweep = staffing_sensitivity(2018, cost_per_hour=["300 kr"], eligible_wards=[5, 10])
    frame = sweep.to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["cost_per_hour", "eligible_wards", "hours_per_weekday", "effect"]
    assert list(frame["effect"]) == [Decimal(3_000_000), Decimal(6_000_000)]
    assert list(frame["eligible_wards"]) == [5, 10]


def test_sensitivity_to_dataframe_without_pandas_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    sweep = staffing_sensitivity(2018, cost_per_hour=["300 kr"], eligible_wards=[5])
    with pytest.raises(ImportError, match=r"vardservice\[pandas\]"):
        sweep.to_dataframe()
