"""Annual fees with their trace, every region's tier, and a year's budget (BS §5.1-5.2)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from vardservice import _fields
from vardservice._display import Displayable
from vardservice._frames import Kind, frame
from vardservice.dates import MAX_FEE_YEAR, MIN_FEE_YEAR
from vardservice.errors import InvalidValue, NoPopulationForYear
from vardservice.fees._schedules import FeeSchedule, FeeScheduleHistory, schedule_for
from vardservice.fees._tiers import TIER_SOURCE, FeeTier, fee_tier, tier_bands
from vardservice.regions import (
    Grade,
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    Region,
    get_region,
    is_shipped,
    population_figure,
    with_shipped,
)
from vardservice.sources import Citation, cite
from vardservice.units import Money, format_money, format_number

CALLER_SOURCE = PopulationSource(
    id="caller", publisher="the caller", title="population figure given by the caller"
)
"""The source recorded when ``annual_fee`` is given a bare population number."""

_GRADE_WORDS: dict[str, dict[Grade | None, str]] = {
    "sv": {
        "scb": "SCB:s egen uppgift",
        "authority": "en myndighets återgivning av SCB:s tabell",
        "secondary": "sekundär källa, inte SCB eller en myndighet",
        None: "ograderad",
    },
    "en": {
        "scb": "SCB's own figure",
        "authority": "an authority republishing SCB's table",
        "secondary": "secondary source, not SCB or an authority",
        None: "ungraded",
    },
}


def grade_words(grade: Grade | None, lang: str = "sv") -> str:
    """Return a provenance grade in words, Swedish by default (``"sekundär källa, …"``)."""
    return _GRADE_WORDS["en" if lang == "en" else "sv"][grade]


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

    @property
    def population_table(self) -> str:
        """Which table the population came from: ``"shipped"``, ``"yours"`` or ``"caller"``."""
        if self.population.source == CALLER_SOURCE:
            return "caller"
        return "shipped" if is_shipped(self.population) else "yours"

    @property
    def secondary(self) -> bool:
        """Whether the tier rests on a ``secondary`` figure (neither SCB nor an authority)."""
        return self.population.grade == "secondary"

    def explain(self, *, lang: str = "sv") -> tuple[str, ...]:
        """Return the steps of the calculation as sentences, Swedish by default.

        Example:
            >>> schedule = FeeSchedule.of(2024, {1: 40_000, 2: 80_000, 3: 120_000},
            ...                           illustrative=True)
            >>> fee = annual_fee("Halland", 2024, schedule=schedule, population=340_243)
            >>> print("\\n".join(fee.explain(lang="en")).replace("\\xa0", " "))
            Population of Region Halland on 31 December 2023: 340,243 (given by the caller).
            Population table: the figure given by the caller; grade: ungraded.
            Tier: 2 (250,000 to 1,000,000 inhabitants, BS §5.1).
            Schedule: valid from 2024 (illustrative amounts, not a real decision).
            Fee for 2024: 80,000 SEK.

        """
        band = next(b for b in tier_bands() if b.tier == self.tier)
        people = format_number(self.population.population, lang=lang)
        fee = format_money(self.amount, "kr", lang=lang)
        source_ = self.population.source
        grade = grade_words(self.population.grade, lang)
        if self.population_table == "caller":
            source = "given by the caller" if lang == "en" else "angiven av användaren"
        else:
            source = source_.heading + (f", {source_.url}" if source_.url else "")
            source = f"source: {source}" if lang == "en" else f"Källa: {source}"
        table = {
            "en": {
                "caller": "the figure given by the caller",
                "shipped": "the figures shipped with vardservice",
                "yours": "your figures (laid over the shipped ones)",
            },
            "sv": {
                "caller": "uppgiften angiven av användaren",
                "shipped": "folkmängdstabellen som följer med vardservice",
                "yours": "dina egna uppgifter (lagda över de medföljande)",
            },
        }["en" if lang == "en" else "sv"][self.population_table]
        if lang == "en":
            warning = (
                " The tier rests on a secondary figure: check it against SCB's table "
                "before invoicing."
                if self.secondary
                else ""
            )
            return (
                f"Population of {self.region.name} on 31 December {self.population.year}: "
                f"{people} ({source}).",
                f"Population table: {table}; grade: {grade}.{warning}",
                f"Tier: {int(self.tier)} ({band.label_en}, {TIER_SOURCE.text}).",
                f"Schedule: valid from {self.schedule.valid_from} ({self.schedule.provenance}).",
                f"Fee for {self.year}: {fee}.",
            )
        provenance = []
        if self.schedule.reference:
            provenance.append(self.schedule.reference)
        if self.schedule.illustrative:
            provenance.append("illustrativa belopp, inte ett verkligt beslut")
        warning = (
            " Nivån vilar på en sekundär uppgift: stäm av den mot SCB:s tabell före fakturering."
            if self.secondary
            else ""
        )
        return (
            f"Folkmängd i {self.region.name} den 31 december {self.population.year}: "
            f"{people} ({source}).",
            f"Folkmängdstabell: {table}; uppgiftens nivå: {grade}.{warning}",
            f"{self.tier.label} ({band.label_sv}, {TIER_SOURCE.text}).",
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
        populations: your figures, laid over the shipped ones (yours win for the
            same region and year); by default the shipped figures alone.

    Raises:
        UnknownRegion: no such region.
        NoScheduleForYear: no schedule is in force for ``year``.
        NoPopulationForYear: no population figure for ``population_year``.
        InvalidValue: a bad year or population.

    """
    found = get_region(region)
    _fields.check_year(year, MIN_FEE_YEAR, MAX_FEE_YEAR, owner="annual_fee")
    in_force = schedule_for(schedule, year)
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


class RegionTiers(tuple[RegionTier, ...], Displayable):
    """The rows of :func:`region_tiers`: a tuple, shown as the regions table in a notebook."""

    __slots__ = ()

    def to_dataframe(self) -> Any:
        """Return one row per region, in a pandas ``DataFrame``.

        Columns: ``code`` and ``name`` (string), ``population`` and ``year``
        (int64), ``tier`` (category 1-3), ``source`` (string).

        Raises:
            ImportError: pandas is not installed (``pip install 'vardservice[pandas]'``).

        """
        rows = [
            {
                "code": r.region.code,
                "name": r.region.name,
                "population": r.population.population,
                "year": r.population.year,
                "tier": r.tier,
                "source": r.population.source.id,
            }
            for r in self
        ]
        kinds: dict[str, Kind] = {"code": "str", "name": "str", "population": "int", "year": "int"}
        return frame(rows, {**kinds, "tier": FeeTier, "source": "str"}, owner="to_dataframe")


def region_tiers(year: int, *, populations: PopulationTable | None = None) -> RegionTiers:
    """Return every region's population on 31 December ``year`` and its fee tier.

    Args:
        year: the year whose 31 December populations are used.
        populations: your figures, laid over the shipped ones (yours win for the
            same region and year); by default the shipped figures alone.

    Raises:
        NoPopulationForYear: some region has no figure for ``year``; names those
            regions and the complete years.

    Example:
        >>> rows = region_tiers(2023)
        >>> len(rows), rows[0].region.short_name, int(rows[0].tier)
        (21, 'Stockholm', 3)

    """
    table = with_shipped(populations)
    return RegionTiers(
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


@attrs.frozen(kw_only=True, repr=False)
class Budget(Displayable):
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

    def to_dataframe(self) -> Any:
        """Return one row per member's fee, in a pandas ``DataFrame``.

        Columns: ``code``, ``name`` (string), ``year``, ``population``,
        ``population_year`` (int64), ``tier`` (category 1-3) and ``fee``, exact
        kronor (``decimal128`` through pyarrow, never float).

        Raises:
            ImportError: pandas is not installed (``pip install 'vardservice[pandas]'``).

        """
        rows = [
            {
                "code": f.region.code,
                "name": f.region.name,
                "year": f.year,
                "population": f.population.population,
                "population_year": f.population.year,
                "tier": f.tier,
                "fee": f.amount,
            }
            for f in self.fees
        ]
        kinds: dict[str, Kind] = {"code": "str", "name": "str", "year": "int", "population": "int"}
        columns: dict[str, Kind] = {
            **kinds,
            "population_year": "int",
            "tier": FeeTier,
            "fee": "money",
        }
        return frame(rows, columns, owner="Budget.to_dataframe")


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
        NoPopulationForYear: some member has no figure for the population year; names them.
        UnknownRegion, NoScheduleForYear: as for :func:`annual_fee`.

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
    table = with_shipped(populations)
    # The year and the schedule are checked first, as annual_fee does for each member.
    _fields.check_year(year, MIN_FEE_YEAR, MAX_FEE_YEAR, owner="budget")
    schedule_for(schedule, year)
    basis = year - 1 if population_year is None else population_year
    lacking = [r for r in regions if r in table.missing(basis)] if isinstance(basis, int) else []
    if lacking:
        raise NoPopulationForYear(
            basis, table.complete_years(), missing=[r.short_name for r in lacking]
        )
    fees = tuple(
        annual_fee(
            r,
            year,
            schedule=schedule,
            population_year=population_year,
            populations=table,
        )
        for r in regions
    )
    return Budget(year=year, fees=fees)
