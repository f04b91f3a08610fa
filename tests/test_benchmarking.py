"""Key-figure benchmarking (BS §3.2): ranks, quartiles, units, versions, peer groups, trends."""

import statistics
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardservice import strategies
from vardservice.benchmarking import (
    BenchmarkData,
    Comparison,
    KeyFigure,
    Observation,
    compare,
    per_capita,
    quartiles,
    trend,
)
from vardservice.errors import InvalidValue, NoPopulationForYear
from vardservice.fees import FeeTier
from vardservice.regions import REGIONS

LV1 = KeyFigure(
    id="LV1",
    name_sv="Kostnad per städad kvadratmeter",
    name_en="Cost per square metre cleaned",
    unit="kr/m**2",
    area="lokalvård",
    lower_is_better=True,
)
M1 = KeyFigure(
    id="M1",
    name_sv="Kostnad per portion",
    name_en="Cost per portion",
    unit="kr/portion",
    area="måltider",
    lower_is_better=True,
)


def obs(
    region: str, value: str, *, unit: str = "kr/m**2", year: int = 2022, **kw: object
) -> Observation:
    return Observation(key_figure="LV1", region=region, year=year, value=value, unit=unit, **kw)  # type: ignore[arg-type]


def test_competition_ranks_share_ties_and_skip() -> None:
    result = compare(
        LV1, [obs("01", "100"), obs("03", "200"), obs("04", "200"), obs("05", "300")], 2022
    )
    assert [(r.region, r.rank) for r in result.results] == [
        ("01", 1),
        ("03", 2),
        ("04", 2),
        ("05", 4),
    ]


def test_higher_is_better_flips_the_ranks() -> None:
    data = [obs("01", "100"), obs("03", "200"), obs("05", "300")]
    low = compare(LV1, data, 2022)
    high = compare(attrs.evolve(LV1, lower_is_better=False), data, 2022)
    assert [r.region for r in low.results] == ["01", "03", "05"]
    assert [r.region for r in high.results] == ["05", "03", "01"]


def test_tkr_is_converted_exactly_to_kr() -> None:
    result = compare(LV1, [obs("13", "0.29", unit="tkr/m**2"), obs("07", "310")], 2022)
    found = result.result_for("Halland")
    assert found is not None
    assert found.value == Decimal("290")
    assert str(found.value) == "290"


def test_a_unit_of_another_dimension_is_refused_naming_both_units() -> None:
    with pytest.raises(
        InvalidValue, match=r"Observation LV1/07/2022\.unit: got 'kr/portion'.*kr/m\*\*2"
    ):
        compare(LV1, [obs("07", "310", unit="kr/portion")], 2022)


def test_another_definition_version_is_refused() -> None:
    with pytest.raises(InvalidValue, match="definition version 1"):
        compare(LV1, [obs("07", "310"), obs("13", "300", version=2)], 2022)
    with pytest.raises(InvalidValue, match="version"):
        trend(LV1, [obs("07", "310", version=2)], "07")


def test_two_observations_of_one_region_are_refused() -> None:
    with pytest.raises(InvalidValue, match="one observation per region/year"):
        compare(LV1, [obs("07", "310"), obs("07", "300")], 2022)


def test_floats_are_refused() -> None:
    with pytest.raises(InvalidValue, match="floats are inexact"):
        obs("07", 310.0)  # type: ignore[arg-type]


def test_a_bad_unit_is_refused_at_construction() -> None:
    with pytest.raises(InvalidValue, match="KeyFigure.unit"):
        attrs.evolve(LV1, unit="kr/parsec")


def test_non_reporting_regions_are_listed_and_other_figures_ignored() -> None:
    other = Observation(key_figure="M1", region="01", year=2022, value="50", unit="kr/portion")
    result = compare(
        LV1, [obs("07", "310"), obs("13", "290"), obs("12", "300", year=2021), other], 2022
    )
    assert set(result.missing) == {r.code for r in REGIONS} - {"07", "13"}
    assert "01" in result.missing and "12" in result.missing


def test_no_reporting_region_is_an_error() -> None:
    with pytest.raises(InvalidValue, match=r"compare\.year: got \d+; expected a year with values"):
        compare(LV1, [obs("07", "310")], 2021)


def test_median_deviation_and_outliers() -> None:
    data = [
        obs(c, v)
        for c, v in (("01", "100"), ("03", "110"), ("04", "120"), ("05", "130"), ("06", "500"))
    ]
    result = compare(LV1, data, 2022)
    assert (result.q1, result.median, result.q3) == (Decimal(110), Decimal(120), Decimal(130))
    assert result.outliers == ("06",)
    worst = result.result_for("06")
    assert worst is not None
    assert worst.deviation == Decimal(380)
    assert worst.deviation_percent is not None
    assert worst.deviation_percent.quantize(Decimal("0.01")) == Decimal("316.67")
    assert result.strengths == ("01", "03")
    assert result.areas_to_develop == ("05", "06")


def test_peer_groups_use_the_population_of_the_year_before() -> None:
    result = compare(LV1, [obs("01", "100"), obs("09", "200"), obs("07", "300")], 2022)
    assert result.population_year == 2021
    tiers = {g.tier: g.regions for g in result.peer_groups}
    assert tiers[FeeTier(3)] == ("01",)
    assert tiers[FeeTier(1)] == ("07", "09")
    assert {g.tier: g.median for g in result.peer_groups}[FeeTier(1)] == Decimal(250)


def test_a_missing_population_year_is_a_clear_error() -> None:
    with pytest.raises(NoPopulationForYear, match="2022"):
        compare(LV1, [obs("07", "310", year=2023)], 2023)


def test_trend_gives_the_change_from_the_previous_reported_year() -> None:
    data = [
        obs("07", "300", year=2020),
        obs("07", "0.31", unit="tkr/m**2", year=2021),
        obs("07", "305", year=2023),
        obs("13", "1", year=2021),
    ]
    points = trend(LV1, data, "Kronoberg")
    assert [(p.year, p.value, p.change) for p in points] == [
        (2020, Decimal(300), None),
        (2021, Decimal(310), Decimal(10)),
        (2023, Decimal(305), Decimal(-5)),
    ]


def test_per_capita() -> None:
    assert per_capita("1000000", 200_000, per=1000) == Decimal(5000)
    with pytest.raises(InvalidValue):
        per_capita(1, 0)


def test_benchmark_data_refuses_a_repeated_id_and_names_known_ids() -> None:
    with pytest.raises(InvalidValue, match="each id once"):
        BenchmarkData(key_figures=[LV1, LV1])
    with pytest.raises(InvalidValue, match="LV1, M1"):
        BenchmarkData(key_figures=[LV1, M1]).figure("X")


def test_quartiles_match_statistics_inclusive_exactly() -> None:
    values = [Decimal(v) for v in ("1.1", "2.2", "3.3", "4.4", "10.5")]
    expected = statistics.quantiles([Fraction(v) for v in values], n=4, method="inclusive")
    assert [Fraction(q) for q in quartiles(values)] == expected


# --- properties -----------------------------------------------------------------------------


@given(st.lists(strategies.key_figure_values(), min_size=2, max_size=30))
def test_quartiles_equal_statistics_quantiles_inclusive(values: list[Decimal]) -> None:
    expected = statistics.quantiles([Fraction(v) for v in values], n=4, method="inclusive")
    assert [Fraction(q) for q in quartiles(values)] == expected


@given(strategies.comparisons())
def test_quartiles_are_ordered(result: Comparison) -> None:
    assert result.q1 <= result.median <= result.q3
    assert min(r.value for r in result.results) <= result.q1
    assert result.q3 <= max(r.value for r in result.results)


@given(strategies.comparisons(ties=False))
def test_ranks_without_ties_are_a_permutation(result: Comparison) -> None:
    assert sorted(r.rank for r in result.results) == list(range(1, len(result.results) + 1))


@given(strategies.comparisons())
def test_ranks_are_competition_ranks(result: Comparison) -> None:
    sign = 1 if result.figure.lower_is_better else -1
    for r in result.results:
        better = sum(1 for o in result.results if sign * o.value < sign * r.value)
        assert r.rank == better + 1


@given(strategies.key_figures(), st.data())
def test_flipping_lower_is_better_reverses_the_order(
    figure: KeyFigure, data: st.DataObject
) -> None:
    found = data.draw(strategies.observations(figure, ties=False))
    flipped = attrs.evolve(figure, lower_is_better=not figure.lower_is_better)
    a = compare(figure, found, 2024)
    b = compare(flipped, found, 2024)
    n = len(found)
    assert {r.region: r.rank for r in a.results} == {r.region: n + 1 - r.rank for r in b.results}
    assert a.strengths == tuple(reversed(b.areas_to_develop))


@given(strategies.comparisons())
def test_every_region_is_reported_or_missing_once(result: Comparison) -> None:
    reported = [r.region for r in result.results]
    assert sorted(reported + list(result.missing)) == sorted(r.code for r in REGIONS)
    grouped = [c for g in result.peer_groups for c in g.regions]
    assert sorted(grouped) == sorted(reported)


@given(strategies.comparisons())
def test_strengths_and_areas_are_disjoint_and_on_either_side_of_the_median(
    result: Comparison,
) -> None:
    assert not set(result.strengths) & set(result.areas_to_develop)
    sign = 1 if result.figure.lower_is_better else -1
    for code in result.strengths:
        found = result.result_for(code)
        assert found is not None and sign * found.value < sign * result.median


@given(st.integers(0, 10**9).map(lambda n: Decimal(n).scaleb(-3)))
def test_kr_and_tkr_give_the_same_value_exactly(value: Decimal) -> None:
    in_kr = compare(LV1, [obs("07", str(value * 1000))], 2022).results[0].value
    in_tkr = compare(LV1, [obs("07", str(value), unit="tkr/m**2")], 2022).results[0].value
    assert in_kr == in_tkr == value * 1000
