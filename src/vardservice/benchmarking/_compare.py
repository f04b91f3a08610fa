"""Comparisons of a key figure across the regions, trends, quartiles (BS §3.2)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Final

import attrs

from vardservice import _fields
from vardservice._display import Displayable
from vardservice._frames import Kind, frame
from vardservice.benchmarking._data import KeyFigure, Observation
from vardservice.dates import MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR
from vardservice.errors import InvalidValue
from vardservice.fees import FeeTier, fee_tier
from vardservice.regions import REGIONS, PopulationTable, get_region, population_figure
from vardservice.sources import Citation, cite
from vardservice.units import quantity, to_decimal

BENCHMARKING_SOURCE: Final[Citation] = cite("BS", "3.2")
"""Where the yearly key-figure benchmarking comes from."""

OUTLIER_FACTOR: Final = Decimal("1.5")
"""An outlier lies more than this many IQRs outside the quartiles (Tukey's rule)."""

MIN_FOR_QUARTILE_GROUPS: Final = 4
"""Fewer reporting regions than this give no strengths and no areas to develop."""


# --- results --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class RegionResult:
    """One region's value of a key figure in a comparison.

    Attributes:
        region: the county code.
        value: the value in the key figure's unit.
        rank: 1 is best; ties share a rank (competition ranking).
        deviation: ``value`` less the median, in the key figure's unit.
        deviation_percent: the deviation in percent of the median; ``None`` if the median is 0.
        outlier: whether the value lies more than 1.5 × IQR outside the quartiles.

    """

    region: str
    value: Decimal
    rank: int
    deviation: Decimal
    deviation_percent: Decimal | None = None
    outlier: bool


@attrs.frozen(kw_only=True)
class PeerGroup:
    """The reporting regions of one fee tier (BS §5.1) and their median.

    Attributes:
        tier: the fee tier of the population on 31 December of ``population_year``.
        regions: county codes of the reporting regions in the tier.
        median: the median of their values.

    """

    tier: FeeTier
    regions: tuple[str, ...]
    median: Decimal


@attrs.frozen(kw_only=True, repr=False)
class Comparison(Displayable):
    """A key figure compared across the regions for one year (BS §3.2).

    Attributes:
        figure: the key figure.
        year: the year compared.
        results: one per reporting region, by rank, then county code.
        q1: the first quartile.
        median: the median (second quartile).
        q3: the third quartile.
        missing: county codes of the regions (of the 21) that did not report.
        strengths: county codes in the best quartile (styrkor).
        areas_to_develop: county codes in the worst quartile (utvecklingsområden).
        peer_groups: the reporting regions by fee tier.
        population_year: whose 31 December population set the peer groups.
        region: the reader's county code, if one was given (for highlighting).

    """

    figure: KeyFigure
    year: int
    results: tuple[RegionResult, ...]
    q1: Decimal
    median: Decimal
    q3: Decimal
    missing: tuple[str, ...]
    strengths: tuple[str, ...]
    areas_to_develop: tuple[str, ...]
    peer_groups: tuple[PeerGroup, ...]
    population_year: int
    region: str | None = None

    def to_dataframe(self) -> Any:
        """Return one row per reporting region, in a pandas ``DataFrame``.

        Columns: ``region`` (string), ``value``, ``deviation`` and
        ``deviation_percent`` (exact decimals in the key figure's unit, through
        pyarrow, never float), ``rank`` (int64) and ``outlier`` (bool).

        Raises:
            ImportError: pandas is not installed (``pip install 'vardservice[pandas]'``).

        """
        rows = [attrs.asdict(r, recurse=False) for r in self.results]
        columns: dict[str, Kind] = {
            "region": "str",
            "value": "decimal",
            "rank": "int",
            "deviation": "decimal",
        }
        columns |= {"deviation_percent": "decimal", "outlier": "bool"}
        return frame(rows, columns, owner="Comparison.to_dataframe")

    @property
    def iqr(self) -> Decimal:
        """The interquartile range, ``q3 - q1``."""
        return self.q3 - self.q1

    @property
    def outliers(self) -> tuple[str, ...]:
        """County codes of the outliers, by rank."""
        return tuple(r.region for r in self.results if r.outlier)

    @property
    def source(self) -> Citation:
        """BS §3.2."""
        return BENCHMARKING_SOURCE

    def result_for(self, region: str | int) -> RegionResult | None:
        """Return the result of ``region`` (a code or name), or ``None`` if it did not report."""
        code = get_region(region).code
        return next((r for r in self.results if r.region == code), None)


@attrs.frozen(kw_only=True)
class TrendPoint:
    """One year of a region's trend for a key figure.

    Attributes:
        year: the year.
        value: the value in the key figure's unit.
        change: the change from the previous reported year; ``None`` for the first.

    """

    year: int
    value: Decimal
    change: Decimal | None = None


# --- calculations ---------------------------------------------------------------------------


def _plain(value: Decimal) -> Decimal:
    """Drop the trailing zeros pint's conversion adds (1234.000 → 1234), keeping the value."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _converted(figure: KeyFigure, observation: Observation) -> Decimal:
    """Return the observation's value in the figure's unit (one pint conversion, if any)."""
    if observation.version != figure.version:
        raise InvalidValue(
            f"Observation {observation.label()}",
            "version",
            observation.version,
            f"definition version {figure.version} of key figure {figure.id}; "
            "values under different definitions are not comparable",
        )
    if observation.unit == figure.unit:
        return observation.value
    import pint

    try:
        converted = quantity(observation.value, observation.unit).to(figure.unit).magnitude
    except pint.DimensionalityError:
        raise InvalidValue(
            f"Observation {observation.label()}",
            "unit",
            observation.unit,
            f"a unit of the same dimension as {figure.unit} (the unit of {figure.id})",
        ) from None
    return _plain(Decimal(converted))


def _values(
    figure: KeyFigure, observations: Iterable[Observation], *, key: str
) -> list[tuple[Observation, Decimal]]:
    """Return ``figure``'s observations with their values in its unit, one per ``key``."""
    values: list[tuple[Observation, Decimal]] = []
    seen: set[object] = set()
    for i, observation in enumerate(observations):
        if not isinstance(observation, Observation):
            raise InvalidValue("observations", f"[{i}]", observation, "an Observation")
        if observation.key_figure != figure.id:
            continue
        slot = getattr(observation, key)
        if slot in seen:
            raise InvalidValue(
                f"Observation {observation.label()}", key, slot, "one observation per region/year"
            )
        seen.add(slot)
        values.append((observation, _converted(figure, observation)))
    return values


def quartiles(values: Iterable[Decimal]) -> tuple[Decimal, Decimal, Decimal]:
    """Return the first quartile, median and third quartile of ``values``, exactly.

    The method is ``statistics.quantiles`` with ``method="inclusive"``
    (linear interpolation between the closest ranks, the median being the middle
    quartile), done on :class:`~decimal.Decimal` so nothing passes through a float.
    One value is its own quartiles.

    Raises:
        InvalidValue: no values, or a value that is not an exact number.

    Example:
        >>> from decimal import Decimal
        >>> quartiles([Decimal(v) for v in (1, 2, 3, 4)])
        (Decimal('1.75'), Decimal('2.5'), Decimal('3.25'))

    """
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise InvalidValue("quartiles", "values", values, "a list of Decimal")
    data = [to_decimal(v, owner="quartiles", field="values") for v in values]
    data.sort()
    if not data:
        raise InvalidValue("quartiles", "values", data, "at least one value")
    n = len(data)
    if n == 1:
        return data[0], data[0], data[0]
    m = n - 1
    result = []
    for i in (1, 2, 3):
        j, delta = divmod(i * m, 4)
        if delta == 0:
            result.append(data[j])
        else:
            result.append((data[j] * (4 - delta) + data[j + 1] * delta) / 4)
    return result[0], result[1], result[2]


def _median(values: list[Decimal]) -> Decimal:
    return quartiles(values)[1]


def _ranks(values: Mapping[str, Decimal], *, lower_is_better: bool) -> dict[str, int]:
    ordered = sorted(values.values(), reverse=not lower_is_better)
    first: dict[Decimal, int] = {}
    for position, value in enumerate(ordered, start=1):
        first.setdefault(value, position)
    return {region: first[value] for region, value in values.items()}


def compare(
    figure: KeyFigure,
    observations: Iterable[Observation],
    year: int,
    *,
    populations: PopulationTable | None = None,
    region: str | int | None = None,
) -> Comparison:
    """Compare ``figure`` across the regions that reported it for ``year`` (BS §3.2).

    Observations of other key figures or years are ignored. The methods (ranks,
    quartiles, outliers, strengths) are stated in the module docstring.

    Args:
        figure: the key figure.
        observations: observations, of any figures and years.
        year: the year to compare.
        populations: your own population figures for the peer groups; by
            default the shipped SCB figures (31 December of ``year - 1``).
        region: the reader's region (a code or name), kept for highlighting.

    Raises:
        InvalidValue: no region reported; an observation in a unit of another
            dimension or under another definition version; two observations of one region.
        NoPopulationForYear: no population figure for a reporting region on
            31 December of ``year - 1``.
        UnknownRegion: ``region`` is not a region.

    """
    if not isinstance(figure, KeyFigure):
        raise InvalidValue("compare", "figure", figure, "a KeyFigure")
    # The peer groups need the population of the year before: a calendar year after the first.
    _fields.check_year(year, MIN_CALENDAR_YEAR + 1, MAX_CALENDAR_YEAR, owner="compare")
    if isinstance(observations, str | bytes | Mapping) or not isinstance(observations, Iterable):
        raise InvalidValue("compare", "observations", observations, "a list of Observation")
    reader = None if region is None else get_region(region).code
    of_year = [o for o in observations if not isinstance(o, Observation) or o.year == year]
    values = {o.region: v for o, v in _values(figure, of_year, key="region")}
    if not values:
        # Say which years do have values: the reader asked for a year the file lacks.
        years = sorted(
            {
                o.year
                for o in observations
                if isinstance(o, Observation) and o.key_figure == figure.id
            }
        )
        having = ", ".join(map(str, years)) if years else "none in the observations"
        raise InvalidValue(
            "compare", "year", year, f"a year with values of the key figure {figure.id}: {having}"
        )
    q1, median, q3 = quartiles(values.values())
    iqr = q3 - q1
    low, high = q1 - OUTLIER_FACTOR * iqr, q3 + OUTLIER_FACTOR * iqr
    ranks = _ranks(values, lower_is_better=figure.lower_is_better)
    results = tuple(
        sorted(
            (
                RegionResult(
                    region=code,
                    value=value,
                    rank=ranks[code],
                    deviation=value - median,
                    deviation_percent=None if median == 0 else (value - median) / median * 100,
                    outlier=not low <= value <= high,
                )
                for code, value in values.items()
            ),
            key=lambda r: (r.rank, r.region),
        )
    )
    strengths: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    if len(values) >= MIN_FOR_QUARTILE_GROUPS:
        best, worst = (q1, q3) if figure.lower_is_better else (q3, q1)
        sign = 1 if figure.lower_is_better else -1
        strengths = tuple(
            r.region
            for r in results
            if sign * r.value <= sign * best and sign * r.value < sign * median
        )
        areas = tuple(
            r.region
            for r in results
            if sign * r.value >= sign * worst and sign * r.value > sign * median
        )
    population_year = year - 1
    tiers: dict[FeeTier, list[str]] = {}
    for result in results:
        figure_ = population_figure(result.region, population_year, populations=populations)
        tiers.setdefault(fee_tier(figure_.population), []).append(result.region)
    peer_groups = tuple(
        PeerGroup(
            tier=tier,
            regions=tuple(sorted(codes)),
            median=_median([values[c] for c in codes]),
        )
        for tier, codes in sorted(tiers.items())
    )
    return Comparison(
        figure=figure,
        year=year,
        results=results,
        q1=q1,
        median=median,
        q3=q3,
        missing=tuple(r.code for r in REGIONS if r.code not in values),
        strengths=strengths,
        areas_to_develop=areas,
        peer_groups=peer_groups,
        population_year=population_year,
        region=reader,
    )


def trend(
    figure: KeyFigure, observations: Iterable[Observation], region: str | int
) -> tuple[TrendPoint, ...]:
    """Return ``region``'s values of ``figure`` by year, with the change from the year before.

    The change is from the previous *reported* year (a gap year is skipped).

    Raises:
        InvalidValue: a unit of another dimension, another definition version, or
            two observations for one year.
        UnknownRegion: ``region`` is not a region.

    Example:
        >>> lv1 = KeyFigure(id="LV1", name_sv="Kostnad per kvm", name_en="Cost per m²",
        ...                 unit="kr/m**2", area="lokalvård", lower_is_better=True)
        >>> data = [Observation(key_figure="LV1", region="07", year=y, value=v, unit="kr/m**2")
        ...         for y, v in ((2021, "300"), (2022, "310"))]
        >>> [(p.year, p.value, p.change) for p in trend(lv1, data, "Kronoberg")]
        [(2021, Decimal('300'), None), (2022, Decimal('310'), Decimal('10'))]

    """
    if not isinstance(figure, KeyFigure):
        raise InvalidValue("trend", "figure", figure, "a KeyFigure")
    if isinstance(observations, str | bytes | Mapping) or not isinstance(observations, Iterable):
        raise InvalidValue("trend", "observations", observations, "a list of Observation")
    code = get_region(region).code
    of_region = [o for o in observations if not isinstance(o, Observation) or o.region == code]
    values = {o.year: v for o, v in _values(figure, of_region, key="year")}
    points: list[TrendPoint] = []
    previous: Decimal | None = None
    for year, value in sorted(values.items()):
        points.append(
            TrendPoint(
                year=year, value=value, change=None if previous is None else value - previous
            )
        )
        previous = value
    return tuple(points)


def per_capita(total: Decimal | int | str, population: int, *, per: int = 1) -> Decimal:
    """Return ``total`` divided by ``population``, per ``per`` inhabitants.

    For a key figure reported as a total (e.g. kr per year for a region), to
    compare regions of different size; choose the population yourself (e.g.
    :func:`~vardservice.regions.population_figure`).

    Raises:
        InvalidValue: a float total, or a population or ``per`` that is not a positive integer.

    Example:
        >>> per_capita("1000000", 200_000, per=1000)
        Decimal('5000')

    """
    amount = to_decimal(total, owner="per_capita", field="total")
    for name, number in (("population", population), ("per", per)):
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise InvalidValue("per_capita", name, number, "a whole number, at least 1")
    return amount * per / population
