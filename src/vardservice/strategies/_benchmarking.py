"""Strategies for key-figure benchmarking (nyckeltalsjämförelse; private)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from vardservice.benchmarking import (
    BenchmarkData,
    Comparison,
    KeyFigure,
    Observation,
    compare,
)
from vardservice.strategies._common import _NAMES, _decimals
from vardservice.strategies._regions import regions

KEY_FIGURE_UNITS = ("kr/m**2", "kr/portion", "h/bed/day", "tkr/m**2")
"""Units of the generated key figures."""


def key_figures(
    *, unit: str | None = None, lower_is_better: bool | None = None, version: int | None = None
) -> st.SearchStrategy[KeyFigure]:
    """Generate key-figure definitions (names and areas are arbitrary text)."""
    return st.builds(
        KeyFigure,
        id=_NAMES,
        name_sv=_NAMES,
        name_en=_NAMES,
        unit=st.just(unit) if unit else st.sampled_from(KEY_FIGURE_UNITS),
        area=_NAMES,
        lower_is_better=st.booleans() if lower_is_better is None else st.just(lower_is_better),
        version=st.integers(1, 5) if version is None else st.just(version),
    )


def key_figure_values(*, ties: bool = True) -> st.SearchStrategy[Decimal]:
    """Exact values from 0 to 10 000 with two decimals; with ``ties``, few distinct values."""
    wide = _decimals(max_value=10_000)
    if ties:
        return st.one_of(st.sampled_from([Decimal(v) for v in (100, 250, 300)]), wide)
    return wide


@st.composite
def observations(
    draw: st.DrawFn,
    figure: KeyFigure,
    *,
    year: int = 2024,
    min_regions: int = 1,
    max_regions: int = 21,
    ties: bool = True,
) -> tuple[Observation, ...]:
    """Generate one observation of ``figure`` per region for ``year``, in its unit."""
    chosen = draw(st.lists(regions(), min_size=min_regions, max_size=max_regions, unique=True))
    if not ties:
        values = draw(
            st.lists(
                key_figure_values(ties=False),
                min_size=len(chosen),
                max_size=len(chosen),
                unique=True,
            )
        )
    else:
        values = [draw(key_figure_values()) for _ in chosen]
    return tuple(
        Observation(
            key_figure=figure.id,
            region=r.code,
            year=year,
            value=v,
            unit=figure.unit,
            version=figure.version,
        )
        for r, v in zip(chosen, values, strict=True)
    )


@st.composite
def comparisons(draw: st.DrawFn, *, min_regions: int = 1, ties: bool = True) -> Comparison:
    """Generate comparisons for 2024 (peer groups from the shipped 2023 populations)."""
    figure = draw(key_figures())
    found = draw(observations(figure, min_regions=min_regions, ties=ties))
    reader = draw(st.none() | regions().map(lambda r: r.code))
    return compare(figure, found, 2024, region=reader)


@st.composite
def benchmark_data(draw: st.DrawFn) -> BenchmarkData:
    """Generate a benchmarking document with one key figure and its observations."""
    figure = draw(key_figures())
    return BenchmarkData(
        key_figures=(figure,),
        observations=draw(observations(figure, max_regions=5)),
        illustrative=draw(st.booleans()),
        note=draw(st.just("") | _NAMES),
    )
