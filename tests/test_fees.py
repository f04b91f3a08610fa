"""Fee tiers (BS §5.1), dated fee schedules, annual fees and budgets (BS §5.2)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _examples import at_most
from vardservice import strategies
from vardservice.errors import (
    InvalidValue,
    NoPopulationForYear,
    NoScheduleForYear,
    UnknownRegion,
    VardserviceError,
)
from vardservice.fees import (
    FeeSchedule,
    FeeScheduleHistory,
    FeeTier,
    TierBand,
    TierFee,
    annual_fee,
    budget,
    check_bands,
    fee_tier,
    tier_bands,
)
from vardservice.regions import REGIONS, PopulationTable
from vardservice.units import Money

SCHEDULE = FeeSchedule.of(2024, {1: 40_000, 2: 80_000, 3: 120_000}, illustrative=True)


@pytest.mark.parametrize(
    ("population", "tier"),
    [(0, 1), (1, 1), (249_999, 1), (250_000, 2), (250_001, 2), (999_999, 2), (1_000_000, 2),
     (1_000_001, 3), (2_454_821, 3)],
)  # fmt: skip
def test_tier_boundaries_of_bs_5_1(population: int, tier: int) -> None:
    assert int(fee_tier(population)) == tier


def test_the_contract_of_fee_tier() -> None:
    from vardservice import FeeTier as Exported
    from vardservice import fee_tier as exported

    assert int(exported(250_000)) == 2
    assert Exported is FeeTier
    assert [t.value for t in FeeTier] == [1, 2, 3]
    assert FeeTier.TIER_2.label == "Nivå 2"


@pytest.mark.parametrize(
    "bad", [-1, -250_000, 250_000.0, 249_999.5, "250000", None, True, Decimal(5)]
)
def test_a_negative_or_non_integer_population_is_refused(bad: object) -> None:
    with pytest.raises(VardserviceError) as caught:
        fee_tier(bad)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError | TypeError)
    assert "fee_tier.population" in str(caught.value)


@given(strategies.populations(), strategies.populations())
def test_tier_never_decreases_as_population_grows(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert fee_tier(low) <= fee_tier(high)


@given(strategies.populations(max_value=10**9))
def test_exactly_one_band_contains_every_population(population: int) -> None:
    containing = [band for band in tier_bands() if band.contains(population)]
    assert len(containing) == 1
    assert containing[0].tier is fee_tier(population)


def test_the_shipped_bands_are_the_explicit_intervals_of_bs_5_1() -> None:
    assert [(int(b.tier), b.minimum, b.maximum) for b in tier_bands()] == [
        (1, 0, 249_999),
        (2, 250_000, 1_000_000),
        (3, 1_000_001, None),
    ]


def _band(tier: int, low: int, high: int | None) -> TierBand:
    return TierBand(FeeTier(tier), low, high)


@pytest.mark.parametrize(
    ("bands", "message"),
    [
        ([_band(1, 0, 249_999), _band(2, 250_001, 1_000_000), _band(3, 1_000_001, None)], "gap"),
        (
            [_band(1, 0, 250_000), _band(2, 250_000, 1_000_000), _band(3, 1_000_001, None)],
            "overlap",
        ),
        ([_band(1, 1, 249_999), _band(2, 250_000, None)], r"bands\[0\].minimum"),
        ([_band(1, 0, None), _band(2, 250_000, None)], "only the last is open"),
        ([_band(1, 0, 249_999), _band(2, 250_000, 1_000_000)], "None"),
        ([_band(1, 0, 10), _band(2, 11, 5), _band(3, 6, None)], ">= minimum"),
        ([], "at least one band"),
    ],
)
def test_bands_with_gaps_or_overlaps_are_refused_at_load(
    bands: list[TierBand], message: str
) -> None:
    with pytest.raises(InvalidValue, match=message):
        check_bands(bands)


def test_a_schedule_needs_each_tier_once_and_a_provenance() -> None:
    with pytest.raises(InvalidValue, match="exactly one fee for each of tiers"):
        FeeSchedule.of(2024, {1: 1, 2: 2}, illustrative=True)
    with pytest.raises(InvalidValue, match="FeeSchedule.reference"):
        FeeSchedule.of(2024, {1: 1, 2: 2, 3: 3})
    with pytest.raises(InvalidValue, match="at least 0 kr"):
        FeeSchedule.of(2024, {1: -1, 2: 2, 3: 3}, illustrative=True)
    with pytest.raises(InvalidValue, match="FeeSchedule.valid_from"):
        FeeSchedule.of(1999, {1: 1, 2: 2, 3: 3}, illustrative=True)
    with pytest.raises(InvalidValue):
        TierFee(tier=FeeTier.TIER_1, amount=1.5)
    real = FeeSchedule.of(2024, {3: "120 tkr", 1: "40 000 kr", 2: 80_000}, reference="Beslut § 4")
    assert [f.tier for f in real.fees] == list(FeeTier)  # sorted by tier
    assert real.fee_for(3) == Money.of(120_000)
    assert real.provenance == "Beslut § 4"


def test_a_history_applies_each_schedule_until_the_next_one() -> None:
    old = FeeSchedule.of(2018, {1: 30_000, 2: 60_000, 3: 90_000}, illustrative=True)
    history = FeeScheduleHistory(schedules=(SCHEDULE, old))
    assert history.schedules == (old, SCHEDULE)
    assert history.for_year(2018) is old
    assert history.for_year(2023) is old
    assert history.for_year(2024) is SCHEDULE
    assert history.for_year(2031) is SCHEDULE
    with pytest.raises(NoScheduleForYear, match="valid from: 2018, 2024"):
        history.for_year(2017)
    with pytest.raises(InvalidValue, match="one schedule per valid_from year"):
        FeeScheduleHistory(schedules=(old, old))


def test_annual_fee_with_a_given_population_records_how_it_was_obtained() -> None:
    fee = annual_fee("Halland", 2024, schedule=SCHEDULE, population=340_243)
    assert fee.region.code == "13"
    assert fee.population.population == 340_243
    assert fee.population.year == 2023  # convention: 31 December of the year before
    assert fee.population.source.id == "caller"
    assert fee.tier is FeeTier.TIER_2
    assert fee.amount == Money.of(80_000)
    assert fee.schedule is SCHEDULE
    assert str(fee.tier_source) == "BS §5.1"
    lines = [line.replace("\xa0", " ") for line in fee.explain()]
    assert lines[0].startswith("Folkmängd i Region Halland den 31 december 2023: 340 243")
    assert lines[1] == (
        "Folkmängdstabell: uppgiften angiven av användaren; uppgiftens nivå: ograderad."
    )
    assert lines[2] == "Nivå 2 (250 000 – 1 000 000 invånare, BS § 5.1)."
    assert "illustrativa belopp" in lines[3]
    assert lines[4] == "Avgift för 2024: 80 000 kr."
    assert fee.population_table == "caller"


def _table(population: int, year: int = 2023) -> PopulationTable:
    from vardservice.regions import PopulationFigure, PopulationSource

    source = PopulationSource(id="test", publisher="test", title="test figures")
    return PopulationTable(
        PopulationFigure(region=r.code, year=year, population=population, source=source)
        for r in REGIONS
    )


def test_annual_fee_uses_the_given_table_and_population_year() -> None:
    table = _table(1_000_000, year=2020)
    fee = annual_fee("07", 2024, schedule=SCHEDULE, populations=table, population_year=2020)
    assert (fee.population.year, fee.tier) == (2020, FeeTier.TIER_2)
    assert fee.population_table == "yours"
    assert "dina egna uppgifter" in fee.explain()[1]
    # Your figures are laid over the shipped ones: the 2023 figure comes from the package.
    shipped = annual_fee("07", 2024, schedule=SCHEDULE, populations=table)
    assert (shipped.population.year, shipped.population_table) == (2023, "shipped")
    with pytest.raises(NoPopulationForYear, match="available years: .*2020"):
        annual_fee("07", 2024, schedule=SCHEDULE, populations=table, population_year=2030)


def test_a_fee_from_a_secondary_figure_says_so_in_its_trace() -> None:
    fee = annual_fee("Stockholm", 2024, schedule=SCHEDULE)
    assert fee.population.grade == "secondary" and fee.secondary
    assert "sekundär uppgift" in fee.explain()[1]
    assert "secondary figure" in fee.explain(lang="en")[1]
    graded = annual_fee("Halland", 2024, schedule=SCHEDULE)
    assert graded.population.grade == "authority" and not graded.secondary
    assert "uppgiftens nivå: en myndighets återgivning" in graded.explain()[1]
    assert "sekundär" not in graded.explain()[1]


def test_annual_fee_errors() -> None:
    with pytest.raises(NoScheduleForYear):
        annual_fee("07", 2023, schedule=SCHEDULE, population=1)
    with pytest.raises(UnknownRegion):
        annual_fee("Småland", 2024, schedule=SCHEDULE, population=1)
    with pytest.raises(InvalidValue, match="annual_fee.year"):
        annual_fee("07", "2024", schedule=SCHEDULE, population=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="PopulationFigure.population"):
        annual_fee("07", 2024, schedule=SCHEDULE, population=-5)


def test_budget_totals_and_breaks_down_by_tier() -> None:
    table = _table(300_000)
    result = budget(["07", "Halland", 12], 2024, schedule=SCHEDULE, populations=table)
    assert result.total == Money.of(240_000)
    assert [(int(s.tier), s.members, s.amount) for s in result.by_tier] == [
        (1, 0, Money.zero()),
        (2, 3, Money.of(240_000)),
        (3, 0, Money.zero()),
    ]
    assert str(result.source) == "BS §5.2"


def test_a_member_is_counted_once() -> None:
    with pytest.raises(InvalidValue, match=r"budget.members\[1\]"):
        budget(["07", "Kronoberg"], 2024, schedule=SCHEDULE, populations=_table(1))


@at_most(40)
@given(
    strategies.fee_schedules(valid_from=2024),
    st.lists(strategies.regions(), unique=True, max_size=21),
    strategies.population_tables(years=(2023,)),
)
def test_budget_total_is_the_exact_sum_of_the_members_fees(
    schedule: FeeSchedule, members: list[object], table: PopulationTable
) -> None:
    result = budget(members, 2024, schedule=schedule, populations=table)  # type: ignore[arg-type]
    assert result.total == sum((f.amount for f in result.fees), Money.zero())
    assert sum(s.members for s in result.by_tier) == len(members)
    assert sum((s.amount for s in result.by_tier), Money.zero()) == result.total
    for fee in result.fees:
        assert fee.amount == schedule.fee_for(fee_tier(fee.population.population))


def test_a_given_figure_must_be_the_regions_own_and_of_the_asked_year() -> None:
    from vardservice.regions import population_figure

    kronoberg = population_figure("Kronoberg", 2023)
    with pytest.raises(
        InvalidValue, match=r"annual_fee.population: got '07'; expected a figure for 12"
    ):
        annual_fee("Skåne", 2024, schedule=SCHEDULE, population=kronoberg)
    with pytest.raises(InvalidValue, match="a figure for 2021"):
        annual_fee("Kronoberg", 2024, schedule=SCHEDULE, population=kronoberg, population_year=2021)
    assert (
        annual_fee("Kronoberg", 2024, schedule=SCHEDULE, population=kronoberg).population
        is kronoberg
    )
