"""Fee tiers (avgiftsnivåer), dated fee schedules (avgiftsscheman) and budgets.

From 2018 Best Service's membership fee and key-figure-benchmarking fee are one
combined annual fee, set on three tiers by region size (BS §5.1):

========  ===============================
tier      population
========  ===============================
Nivå 1    fewer than 250 000
Nivå 2    250 000 to 1 000 000, both ends included
Nivå 3    more than 1 000 000
========  ===============================

The tiers are data (``data/fee_tiers.toml``), checked at load for gaps and
overlaps. The amounts per tier are in no source: a network sets them per year,
so they are parameters of a dated :class:`FeeSchedule`, valid from a year until
a later schedule replaces it. The year's budget is built on the fees paid for
that year (BS §5.2).

Convention (stated by no source, so a parameter): the fee for year *Y* uses
the population on 31 December of *Y − 1*, the newest SCB figure when the fee
year starts. Pass ``population_year`` or ``population`` to use another.

Example:
    >>> from vardservice.fees import fee_tier, FeeSchedule, annual_fee
    >>> int(fee_tier(249_999)), int(fee_tier(250_000)), int(fee_tier(1_000_001))
    (1, 2, 3)
    >>> schedule = FeeSchedule.of(2024, {1: "40 000 kr", 2: "80 000 kr", 3: "120 000 kr"},
    ...                           illustrative=True)
    >>> fee = annual_fee("Kronoberg", 2024, schedule=schedule)
    >>> fee.tier, str(fee.amount)
    (<FeeTier.TIER_1: 1>, '40000 kr')

"""

from __future__ import annotations

import enum
import functools
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources

import attrs

from vardservice.errors import InvalidValue, NoScheduleForYear
from vardservice.regions import (
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    Region,
    get_region,
    population_figure,
    shipped_populations,
)
from vardservice.sources import Citation, cite
from vardservice.units import Money, format_money, format_number, to_money

__all__ = [
    "AnnualFee",
    "Budget",
    "FeeSchedule",
    "FeeScheduleHistory",
    "FeeTier",
    "RegionTier",
    "TierBand",
    "TierFee",
    "TierSubtotal",
    "annual_fee",
    "budget",
    "check_bands",
    "fee_tier",
    "region_tiers",
    "tier_bands",
]


class FeeTier(enum.IntEnum):
    """A fee tier (avgiftsnivå, "Nivå 1-3") by region size (BS §5.1)."""

    TIER_1 = 1
    TIER_2 = 2
    TIER_3 = 3

    @property
    def label(self) -> str:
        """The Swedish label, ``"Nivå 1"``."""
        return f"Nivå {self.value}"


@attrs.frozen
class TierBand:
    """The population interval of one tier; both bounds inclusive, ``maximum=None`` is open.

    Attributes:
        tier: the tier.
        minimum: the smallest population in the tier.
        maximum: the largest population in the tier, or ``None`` for no upper bound.
        label_sv: the interval in Swedish words.
        label_en: the interval in English words.

    """

    tier: FeeTier
    minimum: int
    maximum: int | None = None
    label_sv: str = ""
    label_en: str = ""

    def contains(self, population: int) -> bool:
        """Return whether ``population`` is within the band."""
        return self.minimum <= population and (self.maximum is None or population <= self.maximum)


def check_bands(bands: Sequence[TierBand]) -> tuple[TierBand, ...]:
    """Return ``bands`` if they cover 0 and up with no gap and no overlap.

    Raises:
        InvalidValue: the first band does not start at 0, a band is empty, two bands
            leave a gap or overlap, or a band other than the last has no upper bound.

    """
    if not bands:
        raise InvalidValue("TierBand", "bands", [], "at least one band")
    if bands[0].minimum != 0:
        raise InvalidValue("TierBand", "bands[0].minimum", bands[0].minimum, "0")
    for i, band in enumerate(bands):
        if band.maximum is not None and band.maximum < band.minimum:
            raise InvalidValue(
                "TierBand", f"bands[{i}].maximum", band.maximum, f">= minimum {band.minimum}"
            )
        if i + 1 < len(bands):
            following = bands[i + 1]
            if band.maximum is None:
                raise InvalidValue(
                    "TierBand",
                    f"bands[{i}].maximum",
                    None,
                    "an upper bound (only the last is open)",
                )
            if following.minimum != band.maximum + 1:
                kind = "a gap" if following.minimum > band.maximum + 1 else "an overlap"
                raise InvalidValue(
                    "TierBand",
                    f"bands[{i + 1}].minimum",
                    following.minimum,
                    f"{band.maximum + 1} (the value leaves {kind} after tier {int(band.tier)})",
                )
        elif band.maximum is not None:
            raise InvalidValue("TierBand", f"bands[{i}].maximum", band.maximum, "None (open)")
    return tuple(bands)


@functools.cache
def tier_bands() -> tuple[TierBand, ...]:
    """Return the tier bands of BS §5.1, read from the package data and checked."""
    text = resources.files("vardservice").joinpath("data", "fee_tiers.toml").read_text("utf-8")
    data = tomllib.loads(text)
    bands = [
        TierBand(
            tier=FeeTier(row["level"]),
            minimum=row["minimum"],
            maximum=row.get("maximum"),
            label_sv=row["label_sv"],
            label_en=row["label_en"],
        )
        for row in data["tier"]
    ]
    return check_bands(bands)


TIER_SOURCE: Citation = cite("BS", "5.1")
"""Where the tiers come from."""


def fee_tier(population: int) -> FeeTier:
    """Return the fee tier of a region with ``population`` inhabitants (BS §5.1).

    Raises:
        InvalidValue: ``population`` is negative or not a whole number (an
            ``InvalidValue`` is also a ``ValueError``).

    Example:
        >>> [int(fee_tier(p)) for p in (0, 249_999, 250_000, 1_000_000, 1_000_001)]
        [1, 1, 2, 2, 3]

    """
    if isinstance(population, bool) or not isinstance(population, int):
        raise InvalidValue("fee_tier", "population", population, "a whole number, at least 0")
    if population < 0:
        raise InvalidValue("fee_tier", "population", population, "a whole number, at least 0")
    for band in tier_bands():
        if band.contains(population):
            return band.tier
    raise AssertionError("check_bands guarantees full coverage")  # pragma: no cover


def _money(value: object) -> Money:
    return to_money(value, owner="TierFee", field="amount")


def _non_negative(instance: object, attribute: attrs.Attribute[Money], value: Money) -> None:
    if value.is_negative():
        raise InvalidValue(type(instance).__name__, attribute.name, str(value), "at least 0 kr")


@attrs.frozen(kw_only=True)
class TierFee:
    """The annual fee of one tier in a schedule.

    Attributes:
        tier: the tier.
        amount: the annual fee, in kronor.

    """

    tier: FeeTier = attrs.field(converter=FeeTier)
    amount: Money = attrs.field(converter=_money, validator=_non_negative)


def _check_fee_year(owner: str, field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 2000 <= value <= 2200:
        raise InvalidValue(owner, field, value, "a year, 2000-2200")
    return value


def _fee_year(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    _check_fee_year(type(instance).__name__, attribute.name, value)


def _one_per_tier(
    instance: object, attribute: attrs.Attribute[tuple[TierFee, ...]], value: tuple[TierFee, ...]
) -> None:
    tiers = sorted(int(f.tier) for f in value)
    if tiers != [int(t) for t in FeeTier]:
        raise InvalidValue(
            "FeeSchedule", attribute.name, tiers, "exactly one fee for each of tiers 1, 2 and 3"
        )


def _sorted_fees(value: Iterable[TierFee]) -> tuple[TierFee, ...]:
    return tuple(sorted(value, key=lambda f: int(f.tier)))


@attrs.frozen(kw_only=True)
class FeeSchedule:
    """The annual fee per tier, valid from a year until a later schedule replaces it.

    No source states fee amounts, so every schedule says where its amounts come
    from: a ``reference`` (a decision, e.g. "Styrelsebeslut 2023-11-15 § 4"), or
    ``illustrative=True`` for example values, or both.

    Attributes:
        valid_from: the first fee year the schedule applies to.
        fees: one :class:`TierFee` per tier.
        reference: the decision or document that set the amounts.
        illustrative: the amounts are examples, not a real decision.

    """

    valid_from: int = attrs.field(validator=_fee_year)
    fees: tuple[TierFee, ...] = attrs.field(converter=_sorted_fees, validator=_one_per_tier)
    reference: str | None = None
    illustrative: bool = False

    def __attrs_post_init__(self) -> None:
        if not self.illustrative and not (self.reference and self.reference.strip()):
            raise InvalidValue(
                "FeeSchedule",
                "reference",
                self.reference,
                "the decision that set the amounts, or illustrative=True",
            )

    @classmethod
    def of(
        cls,
        valid_from: int,
        fees: Mapping[int | FeeTier, Money | str | int],
        *,
        reference: str | None = None,
        illustrative: bool = False,
    ) -> FeeSchedule:
        """Return a schedule from a mapping tier → amount (``Money``, ``"40 000 kr"`` or kronor)."""
        return cls(
            valid_from=valid_from,
            fees=tuple(TierFee(tier=FeeTier(t), amount=_money(a)) for t, a in fees.items()),
            reference=reference,
            illustrative=illustrative,
        )

    def fee_for(self, tier: FeeTier | int) -> Money:
        """Return the annual fee of ``tier``."""
        wanted = FeeTier(tier)
        return next(f.amount for f in self.fees if f.tier == wanted)

    @property
    def provenance(self) -> str:
        """Where the amounts come from, in words (English)."""
        parts = []
        if self.reference:
            parts.append(self.reference)
        if self.illustrative:
            parts.append("illustrative amounts, not a real decision")
        return "; ".join(parts)


def _unique_years(
    instance: object,
    attribute: attrs.Attribute[tuple[FeeSchedule, ...]],
    value: tuple[FeeSchedule, ...],
) -> None:
    years = [s.valid_from for s in value]
    for year in years:
        if years.count(year) > 1:
            raise InvalidValue(
                "FeeScheduleHistory", attribute.name, year, "one schedule per valid_from year"
            )


def _by_year(value: Iterable[FeeSchedule]) -> tuple[FeeSchedule, ...]:
    return tuple(sorted(value, key=lambda s: s.valid_from))


@attrs.frozen(kw_only=True)
class FeeScheduleHistory:
    """A network's fee schedules over time; each is valid until the next one starts.

    Attributes:
        schedules: the schedules, sorted by ``valid_from``.

    """

    schedules: tuple[FeeSchedule, ...] = attrs.field(converter=_by_year, validator=_unique_years)

    def for_year(self, year: int) -> FeeSchedule:
        """Return the schedule in force for fee year ``year``.

        Raises:
            NoScheduleForYear: ``year`` is before every schedule.

        """
        return _schedule_for(self, year)


def _schedule_for(schedule: FeeSchedule | FeeScheduleHistory, year: int) -> FeeSchedule:
    candidates = schedule.schedules if isinstance(schedule, FeeScheduleHistory) else (schedule,)
    in_force = [s for s in candidates if s.valid_from <= year]
    if not in_force:
        raise NoScheduleForYear(year, [s.valid_from for s in candidates])
    return in_force[-1] if isinstance(schedule, FeeScheduleHistory) else in_force[0]


CALLER_SOURCE = PopulationSource(
    id="caller", publisher="the caller", title="population figure given by the caller"
)
"""The source recorded when ``annual_fee`` is given a bare population number."""


@attrs.frozen(kw_only=True)
class AnnualFee:
    """A region's fee for a year, and how it was obtained (a small calculation trace).

    Attributes:
        region: the paying region.
        year: the fee year.
        population: the population figure the tier was set from, with its source.
        tier: the tier of that population.
        schedule: the schedule in force for the year.
        amount: the fee.

    """

    region: Region
    year: int
    population: PopulationFigure
    tier: FeeTier
    schedule: FeeSchedule
    amount: Money

    @property
    def tier_source(self) -> Citation:
        """Where the tier boundaries come from (BS §5.1)."""
        return TIER_SOURCE

    def explain(self, *, lang: str = "sv") -> tuple[str, ...]:
        """Return the steps of the calculation as sentences, Swedish by default.

        Example:
            >>> schedule = FeeSchedule.of(2024, {1: 40_000, 2: 80_000, 3: 120_000},
            ...                           illustrative=True)
            >>> fee = annual_fee("Halland", 2024, schedule=schedule, population=340_243)
            >>> print("\\n".join(fee.explain(lang="en")).replace("\\xa0", " "))
            Population of Region Halland on 31 December 2023: 340,243 (given by the caller).
            Tier: 2 (250,000 to 1,000,000 inhabitants, BS §5.1).
            Schedule: valid from 2024 (illustrative amounts, not a real decision).
            Fee for 2024: 80,000 SEK.

        """
        band = next(b for b in tier_bands() if b.tier == self.tier)
        people = format_number(self.population.population, lang=lang)
        fee = format_money(self.amount, "kr", lang=lang)
        if self.population.source == CALLER_SOURCE:
            source = "given by the caller" if lang == "en" else "angiven av användaren"
        else:
            source = str(self.population.source)
        if lang == "en":
            return (
                f"Population of {self.region.name} on 31 December {self.population.year}: "
                f"{people} ({source}).",
                f"Tier: {int(self.tier)} ({band.label_en}, {TIER_SOURCE}).",
                f"Schedule: valid from {self.schedule.valid_from} ({self.schedule.provenance}).",
                f"Fee for {self.year}: {fee}.",
            )
        provenance = []
        if self.schedule.reference:
            provenance.append(self.schedule.reference)
        if self.schedule.illustrative:
            provenance.append("illustrativa belopp, inte ett verkligt beslut")
        return (
            f"Folkmängd i {self.region.name} den 31 december {self.population.year}: "
            f"{people} ({source}).",
            f"{self.tier.label} ({band.label_sv}, {TIER_SOURCE}).",
            f"Avgiftsschema: gäller från {self.schedule.valid_from} ({'; '.join(provenance)}).",
            f"Avgift för {self.year}: {fee}.",
        )


def annual_fee(
    region: str | int | Region,
    year: int,
    *,
    schedule: FeeSchedule | FeeScheduleHistory,
    population: int | PopulationFigure | None = None,
    population_year: int | None = None,
    populations: PopulationTable | None = None,
) -> AnnualFee:
    """Return ``region``'s annual fee for ``year`` (BS §5.1), with its trace.

    Args:
        region: a county code, a name or a :class:`~vardservice.regions.Region`.
        year: the fee year.
        schedule: a schedule, or a history from which the one in force for ``year`` is taken.
        population: the population to use, overriding the lookup; a bare number is
            recorded as "given by the caller" for 31 December of ``population_year``.
        population_year: whose 31 December the population is taken from; by
            convention ``year - 1`` (see the module docstring).
        populations: the figures to look up in; by default the shipped SCB figures.

    Raises:
        UnknownRegion: no such region.
        NoScheduleForYear: no schedule is in force for ``year``.
        NoPopulationForYear: no population figure for ``population_year``.
        InvalidValue: a bad year or population.

    """
    found = get_region(region)
    _check_fee_year("annual_fee", "year", year)
    in_force = _schedule_for(schedule, year)
    basis_year = year - 1 if population_year is None else population_year
    if isinstance(population, PopulationFigure):
        if population.region != found.code:
            raise InvalidValue(
                "annual_fee",
                "population",
                population.region,
                f"a figure for {found.code} ({found.name})",
            )
        if population_year is not None and population.year != population_year:
            raise InvalidValue(
                "annual_fee", "population", population.year, f"a figure for {population_year}"
            )
        figure = population
    elif population is not None:
        figure = PopulationFigure(
            region=found.code, year=basis_year, population=population, source=CALLER_SOURCE
        )
    else:
        figure = population_figure(found, basis_year, populations=populations)
    tier = fee_tier(figure.population)
    return AnnualFee(
        region=found,
        year=year,
        population=figure,
        tier=tier,
        schedule=in_force,
        amount=in_force.fee_for(tier),
    )


@attrs.frozen(kw_only=True)
class RegionTier:
    """A region, its population on 31 December of a year, and the tier that gives.

    Attributes:
        region: the region.
        population: the population figure, with its source.
        tier: the fee tier of that population (BS §5.1).

    """

    region: Region
    population: PopulationFigure
    tier: FeeTier


def region_tiers(
    year: int, *, populations: PopulationTable | None = None
) -> tuple[RegionTier, ...]:
    """Return every region's population on 31 December ``year`` and its fee tier.

    Args:
        year: the year whose 31 December populations are used.
        populations: your own figures; by default the shipped SCB figures.

    Raises:
        NoPopulationForYear: some region has no figure for ``year``; names the complete years.

    Example:
        >>> rows = region_tiers(2023)
        >>> len(rows), rows[0].region.short_name, int(rows[0].tier)
        (21, 'Stockholm', 3)

    """
    table = shipped_populations() if populations is None else populations
    return tuple(
        RegionTier(region=get_region(f.region), population=f, tier=fee_tier(f.population))
        for f in table.for_year(year)
    )


@attrs.frozen(kw_only=True)
class TierSubtotal:
    """The members and fees of one tier in a budget.

    Attributes:
        tier: the tier.
        members: how many members pay this tier's fee.
        amount: their fees together.

    """

    tier: FeeTier
    members: int
    amount: Money


@attrs.frozen(kw_only=True)
class Budget:
    """The fee income of a network's year: the budget rests on it (BS §5.2).

    Attributes:
        year: the fee year.
        fees: each member's fee, with its trace.

    """

    year: int
    fees: tuple[AnnualFee, ...]

    @property
    def total(self) -> Money:
        """The sum of all members' fees."""
        return sum((f.amount for f in self.fees), Money.zero())

    @property
    def by_tier(self) -> tuple[TierSubtotal, ...]:
        """Members and fees per tier, every tier listed (with 0 where none)."""
        return tuple(
            TierSubtotal(
                tier=tier,
                members=sum(1 for f in self.fees if f.tier == tier),
                amount=sum((f.amount for f in self.fees if f.tier == tier), Money.zero()),
            )
            for tier in FeeTier
        )

    @property
    def source(self) -> Citation:
        """BS §5.2: the budget is built on the fees paid for the year."""
        return cite("BS", "5.2")


def budget(
    members: Iterable[str | int | Region],
    year: int,
    *,
    schedule: FeeSchedule | FeeScheduleHistory,
    population_year: int | None = None,
    populations: PopulationTable | None = None,
) -> Budget:
    """Return the fee income of ``year`` from ``members`` (BS §5.2).

    Args:
        members: the member regions (codes, names or
            :class:`~vardservice.regions.Region`), each once.
        year: the fee year.
        schedule: the schedule, or a history of schedules.
        population_year: as for :func:`annual_fee` (default ``year - 1``).
        populations: as for :func:`annual_fee`.

    Raises:
        InvalidValue: a region is listed twice.
        UnknownRegion, NoScheduleForYear, NoPopulationForYear: as for :func:`annual_fee`.

    Example:
        >>> from vardservice.regions import REGIONS
        >>> schedule = FeeSchedule.of(2024, {1: 40_000, 2: 80_000, 3: 120_000},
        ...                           illustrative=True)
        >>> b = budget(REGIONS, 2024, schedule=schedule)
        >>> [(int(t.tier), t.members) for t in b.by_tier]
        [(1, 7), (2, 11), (3, 3)]

    """
    if isinstance(members, str | bytes) or not isinstance(members, Iterable):
        raise InvalidValue("budget", "members", members, "a list of regions")
    regions: list[Region] = []
    for i, member in enumerate(members):
        found = get_region(member)
        if found in regions:
            raise InvalidValue("budget", f"members[{i}]", found.name, "each member once")
        regions.append(found)
    fees = tuple(
        annual_fee(
            r,
            year,
            schedule=schedule,
            population_year=population_year,
            populations=populations,
        )
        for r in regions
    )
    return Budget(year=year, fees=fees)
