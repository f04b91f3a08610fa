"""Nyckeltalsjämförelse: key-figure benchmarking across the regions.

*Nyckeltal* are key figures, *nyckeltalsjämförelse* is key-figure benchmarking.
Best Service collects key figures from the member regions every year, so that
trends can be seen and comparisons made; the result shows strengths
(*styrkor*) and areas to develop (*utvecklingsområden*) (BS §3.2). No source
gives key-figure values: every number in the examples is illustrative.

A :class:`KeyFigure` is a definition (unit, whether lower is better, a
definition version); an :class:`Observation` is one region's value of it for a
year. :func:`compare` ranks the regions for one figure and year and
:func:`trend` follows one region across years.

The methods, stated once:

* Values are converted to the key figure's unit through the library's one pint
  registry (kr ↔ tkr is allowed); a unit of another dimension (kr/m² against
  kr/portion) or another definition version is refused with
  :class:`~vardservice.errors.InvalidValue`.
* Rank 1 is the best value (the lowest if ``lower_is_better``); ties share a
  rank and the next rank is skipped (competition ranking, "1224").
* Quartiles are those of ``statistics.quantiles`` with
  ``method="inclusive"`` (the median is the middle quartile), computed on the
  exact :class:`~decimal.Decimal` values.
* An outlier lies more than 1.5 × IQR below the first or above the third
  quartile (Tukey's rule).
* A strength is a value in the best quartile (at or beyond it) and strictly
  better than the median; an area to develop is one in the worst quartile and
  strictly worse than the median. With fewer than 4 reporting regions there
  are none.
* Peer groups are the fee tiers (BS §5.1) of the population on 31 December of
  the year before, as for fees.

Example:
    >>> from decimal import Decimal
    >>> figure = KeyFigure(
    ...     id="LV1", name_sv="Kostnad per städad kvadratmeter",
    ...     name_en="Cost per square metre cleaned", unit="kr/m**2",
    ...     area="lokalvård", lower_is_better=True,
    ... )
    >>> observations = [
    ...     Observation(key_figure="LV1", region="07", year=2022, value="310", unit="kr/m**2"),
    ...     Observation(key_figure="LV1", region="13", year=2022, value="0.29", unit="tkr/m**2"),
    ...     Observation(key_figure="LV1", region="12", year=2022, value="330", unit="kr/m**2"),
    ... ]
    >>> result = compare(figure, observations, 2022)
    >>> [(r.region, r.value, r.rank) for r in result.results]
    [('13', Decimal('290'), 1), ('07', Decimal('310'), 2), ('12', Decimal('330'), 3)]
    >>> result.median
    Decimal('310')
    >>> len(result.missing)
    18

"""

from __future__ import annotations

from vardservice import _fields
from vardservice.benchmarking._compare import (
    BENCHMARKING_SOURCE,
    MIN_FOR_QUARTILE_GROUPS,
    OUTLIER_FACTOR,
    Comparison,
    PeerGroup,
    RegionResult,
    TrendPoint,
    compare,
    per_capita,
    quartiles,
    trend,
)
from vardservice.benchmarking._data import BenchmarkData, KeyFigure, Observation

__all__ = [
    "BENCHMARKING_SOURCE",
    "MIN_FOR_QUARTILE_GROUPS",
    "OUTLIER_FACTOR",
    "BenchmarkData",
    "Comparison",
    "KeyFigure",
    "Observation",
    "PeerGroup",
    "RegionResult",
    "TrendPoint",
    "compare",
    "per_capita",
    "quartiles",
    "trend",
]

_fields.adopt(__name__, globals(), __all__)
