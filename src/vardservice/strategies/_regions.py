"""Strategies for regions and populations (regioner, folkmängd; private)."""

from __future__ import annotations

from hypothesis import strategies as st

from vardservice.regions import (
    REGIONS,
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    Region,
)
from vardservice.strategies._common import _TEXT

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
