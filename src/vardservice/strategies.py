"""Hypothesis strategies for vardservice objects, for integrators and our own tests.

They generate valid objects by default; arguments narrow them to edge cases.
Requires hypothesis (``pip install 'vardservice[test]'``).

Example:
    >>> from hypothesis import given
    >>> from vardservice.fees import fee_tier
    >>> @given(populations(min_value=1_000_001))
    ... def test_large_regions_are_tier_3(population):
    ...     assert int(fee_tier(population)) == 3
    >>> test_large_regions_are_tier_3()

"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from vardservice.fees import FeeSchedule, FeeScheduleHistory, FeeTier, TierFee
from vardservice.regions import (
    REGIONS,
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    Region,
)
from vardservice.units import Money

__all__ = [
    "TIER_BOUNDARIES",
    "fee_schedule_histories",
    "fee_schedules",
    "money",
    "population_figures",
    "population_sources",
    "population_tables",
    "populations",
    "regions",
]

TIER_BOUNDARIES = (0, 249_999, 250_000, 1_000_000, 1_000_001)
"""Populations on each side of every tier boundary (BS §5.1)."""


def regions() -> st.SearchStrategy[Region]:
    """Any of the 21 regions."""
    return st.sampled_from(REGIONS)


def populations(
    *, min_value: int = 0, max_value: int = 3_000_000, boundaries: bool = True
) -> st.SearchStrategy[int]:
    """Whole numbers of inhabitants, with the tier boundaries tried often.

    Args:
        min_value: the smallest population.
        max_value: the largest population.
        boundaries: mix in :data:`TIER_BOUNDARIES` (within the range).

    """
    numbers = st.integers(min_value=min_value, max_value=max_value)
    edges = [b for b in TIER_BOUNDARIES if min_value <= b <= max_value]
    if boundaries and edges:
        return st.one_of(st.sampled_from(edges), numbers)
    return numbers


def money(
    *, min_kr: int = 0, max_kr: int = 10_000_000_000, places: int = 2
) -> st.SearchStrategy[Money]:
    """Exact amounts of kronor, with up to ``places`` decimals (öre by default)."""
    scale = 10**places
    return st.integers(min_value=min_kr * scale, max_value=max_kr * scale).map(
        lambda n: Money(Decimal(n).scaleb(-places))
    )


_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
)


def population_sources() -> st.SearchStrategy[PopulationSource]:
    """Generate sources with arbitrary (possibly hostile) text, e.g. to test escaping."""
    return st.builds(
        PopulationSource,
        id=_TEXT,
        publisher=_TEXT,
        title=_TEXT,
        url=st.none() | st.just("https://www.scb.se/"),
        note=st.just(""),
    )


def population_figures(
    *, year: int | None = None, region: Region | None = None
) -> st.SearchStrategy[PopulationFigure]:
    """Generate population figures, optionally for one year or one region."""
    return st.builds(
        PopulationFigure,
        region=st.just(region.code) if region else regions().map(lambda r: r.code),
        year=st.just(year) if year is not None else st.integers(2000, 2030),
        population=populations(),
        source=population_sources(),
    )


@st.composite
def population_tables(draw: st.DrawFn, *, years: tuple[int, ...] = (2023,)) -> PopulationTable:
    """Generate a table with a figure for every region in each of ``years``."""
    figures = [
        draw(population_figures(year=year, region=region)) for year in years for region in REGIONS
    ]
    return PopulationTable(figures)


@st.composite
def fee_schedules(
    draw: st.DrawFn, *, valid_from: int | None = None, max_kr: int = 1_000_000
) -> FeeSchedule:
    """Fee schedules with amounts for every tier and a provenance."""
    year = valid_from if valid_from is not None else draw(st.integers(2018, 2040))
    illustrative = draw(st.booleans())
    reference = (
        draw(st.none() | _TEXT.filter(str.strip)) if illustrative else draw(_TEXT.filter(str.strip))
    )
    fees = tuple(TierFee(tier=tier, amount=draw(money(max_kr=max_kr))) for tier in FeeTier)
    return FeeSchedule(valid_from=year, fees=fees, reference=reference, illustrative=illustrative)


@st.composite
def fee_schedule_histories(draw: st.DrawFn, *, max_size: int = 4) -> FeeScheduleHistory:
    """Histories of schedules with distinct ``valid_from`` years."""
    years = draw(st.lists(st.integers(2018, 2040), min_size=1, max_size=max_size, unique=True))
    return FeeScheduleHistory(schedules=tuple(draw(fee_schedules(valid_from=y)) for y in years))
