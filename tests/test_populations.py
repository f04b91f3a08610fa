"""The shipped SCB population figures: every figure sourced, complete years exact."""

import csv
from importlib import resources

import pytest

from vardservice.errors import InvalidValue, NoPopulationForYear, UnknownRegion
from vardservice.regions import (
    REGIONS,
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    population_figure,
    shipped_populations,
)

# SCB's population of Sweden on 31 December, as read on the pages cited in
# data/population_sources.csv (SCB's tables by province, RegionFakta, Håboportalen).
SWEDEN_TOTAL = {
    2014: 9_747_355, 2015: 9_851_017, 2016: 9_995_153, 2017: 10_120_242, 2018: 10_230_185,
    2019: 10_327_589, 2020: 10_379_295, 2021: 10_452_326, 2022: 10_521_556, 2023: 10_551_707,
    2024: 10_587_710, 2025: 10_605_529,
}  # fmt: skip


@pytest.mark.parametrize("year", [2018, 2019, 2020, 2021, 2023])
def test_complete_years_sum_to_scbs_total_for_sweden(year: int) -> None:
    figures = shipped_populations().for_year(year)
    assert [f.region for f in figures] == [r.code for r in REGIONS]
    assert sum(f.population for f in figures) == SWEDEN_TOTAL[year]


def test_the_complete_years() -> None:
    assert shipped_populations().complete_years() == (2018, 2019, 2020, 2021, 2023)


def test_complete_years_sum_exactly_and_partial_years_stay_below_the_total() -> None:
    table = shipped_populations()
    assert 2023 in table.complete_years()
    for year in table.years:
        total = sum(f.population for f in table.figures if f.year == year)
        if year in table.complete_years():
            assert total == SWEDEN_TOTAL[year], year
        else:
            assert total < SWEDEN_TOTAL[year], year


def test_every_shipped_figure_names_its_source() -> None:
    for figure in shipped_populations().figures:
        assert figure.source.publisher.strip()
        assert figure.source.title.strip()
        assert figure.source.url and figure.source.url.startswith("http")
        assert figure.source.note.strip(), figure.source.id


def test_every_listed_source_is_used() -> None:
    data = resources.files("vardservice").joinpath("data")
    with data.joinpath("population_sources.csv").open(encoding="utf-8") as f:
        listed = {row["id"] for row in csv.DictReader(f)}
    assert listed == {f.source.id for f in shipped_populations().figures}


@pytest.mark.parametrize(
    ("region", "year", "population"),
    [
        # Figures confirmed by two independent sources (see the docs' population page).
        ("Stockholm", 2023, 2_454_821),
        ("Skåne", 2023, 1_421_781),
        ("Västra Götaland", 2023, 1_767_016),
        ("Kronoberg", 2018, 199_886),
        ("Gotland", 2018, 59_249),
        ("Norrbotten", 2023, 248_480),
    ],
)
def test_spot_checked_figures(region: str, year: int, population: int) -> None:
    assert population_figure(region, year).population == population


def test_a_year_that_is_not_shipped_names_the_years_that_are() -> None:
    with pytest.raises(NoPopulationForYear) as caught:
        population_figure("Kronoberg", 2030)
    assert caught.value.year == 2030
    assert 2023 in caught.value.available
    assert "Region Kronoberg" in str(caught.value)
    assert "available years: " in str(caught.value)


def test_a_year_without_all_regions_cannot_make_a_regions_table() -> None:
    table = shipped_populations()
    incomplete = next(y for y in table.years if y not in table.complete_years())
    with pytest.raises(NoPopulationForYear, match="available years: 2018, 2019, 2020, 2021, 2023"):
        table.for_year(incomplete)


def test_a_figure_is_dated_31_december() -> None:
    figure = population_figure("07", 2023)
    assert figure.date.isoformat() == "2023-12-31"


def test_your_own_figures_lay_over_the_shipped_ones() -> None:
    own = PopulationSource(id="scb-2025", publisher="SCB", title="BE0101N1, 2026-02-20")
    newer = PopulationFigure(region="07", year=2025, population=204_000, source=own)
    corrected = PopulationFigure(region="07", year=2023, population=1, source=own)
    table = shipped_populations().updated([newer, corrected])
    assert table.get("Kronoberg", 2025) is newer
    assert table.get("Kronoberg", 2023) is corrected
    assert shipped_populations().get("Kronoberg", 2023).population == 203_686  # untouched
    assert population_figure("07", 2025, populations=table) is newer


@pytest.mark.parametrize(
    ("field", "value"),
    [("region", "02"), ("region", 7), ("year", 1800), ("year", "2023"), ("population", -1),
     ("population", 1.5), ("population", True)],
)  # fmt: skip
def test_a_figure_refuses_meaningless_values(field: str, value: object) -> None:
    source = PopulationSource(id="x", publisher="x", title="x")
    args: dict[str, object] = {"region": "07", "year": 2023, "population": 1, "source": source}
    args[field] = value
    with pytest.raises(InvalidValue, match=f"PopulationFigure.{field}"):
        PopulationFigure(**args)  # type: ignore[arg-type]


def test_a_table_holds_one_figure_per_region_and_year() -> None:
    source = PopulationSource(id="x", publisher="x", title="x")
    one = PopulationFigure(region="07", year=2023, population=1, source=source)
    with pytest.raises(InvalidValue, match="at most one figure per region and year"):
        PopulationTable([one, one])
    with pytest.raises(InvalidValue, match=r"figures\[0\]"):
        PopulationTable(["07"])
    with pytest.raises(UnknownRegion):
        PopulationTable([one]).get("Småland", 2023)
