"""Strategies for vårdnära service: wards, agreements, business cases, tasks (RGS-VNS; private)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from vardservice.strategies._common import _TEXT, _decimals, money
from vardservice.vns import (
    BusinessCase,
    CaseYear,
    Frequency,
    ScopeItem,
    Sensitivity,
    ServiceAgreement,
    ServiceTask,
    StaffingReduction,
    TaskCatalogue,
    VnsCase,
    Ward,
    business_case,
    staffing_reduction,
    staffing_sensitivity,
)

BED_BOUNDARIES = (0, 14, 15)
"""Bed counts on each side of the RGS-VNS threshold ("fler än 14 disponibla vårdplatser")."""


def wards(
    *, min_beds: int = 0, max_beds: int = 60, inpatient: bool | None = None
) -> st.SearchStrategy[Ward]:
    """Wards with :data:`BED_BOUNDARIES` tried often; ``inpatient`` fixes the ward type."""
    numbers = st.integers(min_value=min_beds, max_value=max_beds)
    edges = [b for b in BED_BOUNDARIES if min_beds <= b <= max_beds]
    beds = st.one_of(st.sampled_from(edges), numbers) if edges else numbers
    return st.builds(
        Ward,
        name=_TEXT.filter(str.strip),
        available_beds=beds,
        inpatient=st.booleans() if inpatient is None else st.just(inpatient),
    )


@st.composite
def staffing_reductions(
    draw: st.DrawFn,
    *,
    years: tuple[int, ...] = (2018, 2023, 2024),
    min_wards: int = 0,
    max_wards: int = 5,
) -> StaffingReduction:
    """Staffing-reduction results for a few wards, years and exact parameters."""
    return staffing_reduction(
        draw(st.lists(wards(), min_size=min_wards, max_size=max_wards)),
        draw(st.sampled_from(years)),
        cost_per_hour=draw(money(max_kr=2_000)),
        hours_per_weekday=draw(_decimals(max_value=24).filter(lambda h: h <= 24)),
        overhead_percent=draw(_decimals(max_value=100)),
        bed_threshold=draw(st.integers(0, 40)),
        eves_off=draw(st.booleans()),
    )


def scope_items() -> st.SearchStrategy[ScopeItem]:
    """Scope items of a service agreement, documented or not."""
    return st.builds(
        ScopeItem,
        name=st.sampled_from(["helgtjänstgöring", "slutstädning"]) | _TEXT.filter(str.strip),
        documented=st.booleans(),
        note=st.just("") | _TEXT,
    )


def service_agreements(*, max_kr: int = 100_000_000) -> st.SearchStrategy[ServiceAgreement]:
    """Service agreements with exact costs, compensations and a few scope items."""
    return st.builds(
        ServiceAgreement,
        name=_TEXT.filter(str.strip),
        forecast_cost=money(max_kr=max_kr),
        compensation=money(max_kr=max_kr),
        scope=st.lists(scope_items(), max_size=4).map(tuple),
    )


def case_years(*, max_kr: int = 100_000_000) -> st.SearchStrategy[CaseYear]:
    """One year of a business case."""
    return st.builds(
        CaseYear,
        year=st.integers(2000, 2100),
        cost=money(max_kr=max_kr),
        benefit=money(max_kr=max_kr),
    )


@st.composite
def business_cases(
    draw: st.DrawFn, *, max_years: int = 8, max_kr: int = 100_000_000
) -> BusinessCase:
    """Generate business cases of consecutive years, illustrative or with a reference."""
    length = draw(st.integers(1, max_years))
    illustrative = draw(st.booleans())
    reference = (
        draw(st.none() | _TEXT.filter(str.strip)) if illustrative else draw(_TEXT.filter(str.strip))
    )
    return business_case(
        draw(st.integers(2000, 2100)),
        costs=draw(st.lists(money(max_kr=max_kr), min_size=length, max_size=length)),
        benefits=draw(st.lists(money(max_kr=max_kr), min_size=length, max_size=length)),
        reference=reference,
        illustrative=illustrative,
    )


def service_tasks(*, max_wards: int = 50) -> st.SearchStrategy[ServiceTask]:
    """Service tasks of every frequency, with exact minutes (to the hundredth) and wards."""
    return st.builds(
        ServiceTask,
        name=_TEXT.filter(str.strip),
        frequency=st.sampled_from(Frequency),
        minutes=_decimals(max_value=240),
        wards=st.integers(0, max_wards),
    )


def task_catalogues(
    *, years: tuple[int, ...] = (2018, 2023, 2024), max_tasks: int = 5
) -> st.SearchStrategy[TaskCatalogue]:
    """Task catalogues of a few tasks, with exact costs and hours per FTE."""
    return st.builds(
        TaskCatalogue,
        tasks=st.lists(service_tasks(), max_size=max_tasks).map(tuple),
        year=st.sampled_from(years),
        cost_per_hour=money(max_kr=2_000),
        hours_per_fte=st.integers(1, 2_200).map(Decimal),
        eves_off=st.booleans(),
    )


@st.composite
def staffing_sensitivities(
    draw: st.DrawFn, *, years: tuple[int, ...] = (2018, 2023, 2024), max_values: int = 3
) -> Sensitivity:
    """Small staffing-reduction sweeps over a few costs, ward counts and hours."""
    return staffing_sensitivity(
        draw(st.sampled_from(years)),
        cost_per_hour=draw(st.lists(money(max_kr=2_000), min_size=1, max_size=max_values)),
        eligible_wards=draw(st.lists(st.integers(0, 200), min_size=1, max_size=max_values)),
        hours_per_weekday=draw(
            st.lists(
                _decimals(max_value=24).filter(lambda h: h <= 24), min_size=1, max_size=max_values
            )
        ),
        overhead_percent=draw(_decimals(max_value=100)),
        eves_off=draw(st.booleans()),
    )


@st.composite
def vns_cases(draw: st.DrawFn) -> VnsCase:
    """VNS case documents: an agreement, with or without wards and a business case."""
    staffing = draw(st.booleans())
    return VnsCase(
        agreement=draw(service_agreements()),
        provider=draw(st.none() | _TEXT.filter(str.strip)),
        wards=tuple(draw(st.lists(wards(), min_size=1, max_size=3))) if staffing else (),
        year=draw(st.sampled_from((2018, 2024))) if staffing else None,
        cost_per_hour=draw(money(max_kr=2_000)) if staffing else None,
        hours_per_weekday=draw(_decimals(max_value=24).filter(lambda h: h <= 24)),
        business_case=draw(st.none() | business_cases(max_years=3)),
        illustrative=draw(st.booleans()),
    )
