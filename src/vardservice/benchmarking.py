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

import functools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final

import attrs

from vardservice._checks import as_tuple, items_validator
from vardservice._checks import flag as _bool
from vardservice._checks import text as _text
from vardservice.dates import MAX_YEAR, MIN_YEAR
from vardservice.errors import InvalidValue
from vardservice.fees import FeeTier, fee_tier
from vardservice.regions import REGIONS, PopulationTable, get_region, population_figure
from vardservice.sources import Citation, cite
from vardservice.units import quantity, registry, to_decimal

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

BENCHMARKING_SOURCE: Final[Citation] = cite("BS", "3.2")
"""Where the yearly key-figure benchmarking comes from."""

OUTLIER_FACTOR: Final = Decimal("1.5")
"""An outlier lies more than this many IQRs outside the quartiles (Tukey's rule)."""

MIN_FOR_QUARTILE_GROUPS: Final = 4
"""Fewer reporting regions than this give no strengths and no areas to develop."""

_MAX_VALUE: Final = Decimal(10) ** 15


# --- validation helpers ---------------------------------------------------------------------


def _version(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 10_000:
        raise InvalidValue(
            type(instance).__name__, attribute.name, value, "a whole number from 1 to 10000"
        )


def _year(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_YEAR <= value <= MAX_YEAR:
        raise InvalidValue(
            type(instance).__name__, attribute.name, value, f"a year from {MIN_YEAR} to {MAX_YEAR}"
        )


@functools.lru_cache(maxsize=256)
def _is_unit(text: str) -> bool:
    # Cached: observations repeat a handful of unit strings, and each pint parse costs
    # far more than a lookup. Bounded, since unit strings come from user files.
    try:
        registry().parse_units(text)
    except Exception:  # pint raises several unrelated types for a bad unit string
        return False
    return True


def _unit(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    expected = "a unit of the library's registry, e.g. 'kr/m**2', 'kr/portion' or 'h/bed/day'"
    if not isinstance(value, str) or not value.strip() or not _is_unit(value):
        raise InvalidValue(type(instance).__name__, attribute.name, value, expected)


def _region_code(value: object) -> object:
    # A converter must not crash on junk: anything not a code or name is left to the validator.
    if isinstance(value, str | int) and not isinstance(value, bool):
        return get_region(value).code
    return value


def _is_code(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a county code")


def _value(value: object) -> Decimal:
    return to_decimal(value, owner="Observation", field="value", max_abs=_MAX_VALUE)


# --- definitions and observations -----------------------------------------------------------


@attrs.frozen(kw_only=True)
class KeyFigure:
    """A key figure (nyckeltal): what is measured, in which unit, and which way is better.

    Attributes:
        id: a stable identifier, e.g. ``"LV1"``.
        name_sv: the Swedish name.
        name_en: the English name.
        unit: a unit of the library's pint registry, e.g. ``"kr/m**2"``,
            ``"kr/portion"`` or ``"h/bed/day"``.
        area: the area it belongs to, free text, e.g. ``"lokalvård"`` or ``"måltider"``.
        lower_is_better: whether a lower value is better (a cost) or a higher one.
        version: the definition version; observations under another version are not comparable.

    Example:
        >>> KeyFigure(id="M1", name_sv="Kostnad per portion", name_en="Cost per portion",
        ...           unit="kr/portion", area="måltider", lower_is_better=True).version
        1

    """

    id: str = attrs.field(validator=_text)
    name_sv: str = attrs.field(validator=_text)
    name_en: str = attrs.field(validator=_text)
    unit: str = attrs.field(validator=_unit)
    area: str = attrs.field(validator=_text)
    lower_is_better: bool = attrs.field(validator=_bool)
    version: int = attrs.field(default=1, validator=_version)

    def name(self, lang: str = "sv") -> str:
        """Return the name in ``lang`` (``"sv"`` or ``"en"``)."""
        if lang not in ("sv", "en"):
            raise InvalidValue("KeyFigure.name", "lang", lang, "'sv' or 'en'")
        return self.name_sv if lang == "sv" else self.name_en


@attrs.frozen(kw_only=True)
class Observation:
    """One region's reported value of a key figure for a year.

    Attributes:
        key_figure: the :attr:`KeyFigure.id`.
        region: the county code (a name or a code is accepted and stored as the code).
        year: the year the value is for.
        value: the exact value; a float is refused.
        unit: the unit it was reported in; it may differ from the key figure's
            unit by a factor (tkr/m² for kr/m²), not by dimension.
        version: the key-figure definition version it was reported under.

    Example:
        >>> Observation(key_figure="LV1", region="Kronoberg", year=2022, value="310",
        ...             unit="kr/m**2").region
        '07'

    """

    key_figure: str = attrs.field(validator=_text)
    region: str = attrs.field(converter=_region_code, validator=_is_code)
    year: int = attrs.field(validator=_year)
    value: Decimal = attrs.field(converter=_value)
    unit: str = attrs.field(validator=_unit)
    version: int = attrs.field(default=1, validator=_version)

    def label(self) -> str:
        """Return ``key_figure/region/year``, how errors name this observation."""
        return f"{self.key_figure}/{self.region}/{self.year}"


@attrs.frozen(kw_only=True)
class BenchmarkData:
    """A benchmarking document: key-figure definitions and the observations of them.

    This is what the ``vardservice benchmark`` command reads (JSON, YAML or TOML).

    Attributes:
        key_figures: the definitions, each ``id`` once.
        observations: the reported values.
        illustrative: whether the values are made up for an example.
        note: where the values come from, or why they are illustrative.

    """

    key_figures: tuple[KeyFigure, ...] = attrs.field(
        converter=as_tuple, validator=items_validator(KeyFigure)
    )
    observations: tuple[Observation, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(Observation)
    )
    illustrative: bool = attrs.field(default=False, validator=_bool)
    note: str = attrs.field(default="")

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for i, figure in enumerate(self.key_figures):
            if figure.id in seen:
                raise InvalidValue(
                    "BenchmarkData", f"key_figures[{i}].id", figure.id, "each id once"
                )
            seen.add(figure.id)

    def figure(self, id: str) -> KeyFigure:
        """Return the key figure with ``id``.

        Raises:
            InvalidValue: no key figure has that id; the message names those there are.

        """
        for figure in self.key_figures:
            if figure.id == id:
                return figure
        ids = ", ".join(f.id for f in self.key_figures) or "none"
        raise InvalidValue("BenchmarkData", "key_figures", id, f"one of the ids: {ids}")


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


@attrs.frozen(kw_only=True)
class Comparison:
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
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR < year <= MAX_YEAR:
        raise InvalidValue("compare", "year", year, f"a year from {MIN_YEAR + 1} to {MAX_YEAR}")
    if isinstance(observations, str | bytes | Mapping) or not isinstance(observations, Iterable):
        raise InvalidValue("compare", "observations", observations, "a list of Observation")
    reader = None if region is None else get_region(region).code
    of_year = [o for o in observations if not isinstance(o, Observation) or o.year == year]
    values = {o.region: v for o, v in _values(figure, of_year, key="region")}
    if not values:
        raise InvalidValue(
            "compare", "observations", f"{figure.id} {year}", "at least one reporting region"
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
