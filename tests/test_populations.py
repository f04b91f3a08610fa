"""The shipped SCB population figures: every figure sourced, complete years exact."""

import csv
from importlib import resources

import pytest

from vardservice.errors import InvalidValue, NoPopulationForYear, UnknownRegion
from vardservice.regions import (
    GRADES,
    REGIONS,
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    population_figure,
    shipped_populations,
)

# SCB's population of Sweden (riket) on 31 December, each with the page it was read on.
SWEDEN_TOTAL: dict[int, tuple[int, str]] = {
    2014: (9_747_355, "SCB, Folkmängd i landskapen den 31 december 2014 (RIKET)"),
    2015: (9_851_017, "SCB, Folkmängd i landskapen den 31 december 2015 (RIKET)"),
    2016: (9_995_153, "RegionFakta, Värmlands län – Befolkningsförändring 25 år (Riket 2016)"),
    2017: (10_120_242, "SCB, Folkmängd i landskapen den 31 december 2017 (RIKET)"),
    2018: (10_230_185, "SCB, Folkmängd i landskapen den 31 december 2018 (RIKET)"),
    2019: (10_327_589, "SCB, Folkmängd i landskapen den 31 december 2019 (RIKET)"),
    2020: (10_379_295, "SCB, Folkmängd i landskapen den 31 december 2020 (RIKET)"),
    2021: (10_452_326, "SCB, Folkmängd i landskapen den 31 december 2021 (RIKET)"),
    2022: (10_521_556, "SCB, Befolkningsstatistik 2023, månadsstatistik (december 2022)"),
    2023: (10_551_707, "RegionFakta, Västerbottens län – Befolkningsförändring (Riket 2023)"),
    2024: (10_587_710, "SCB, Folkmängd i riket, län och kommuner 31 december 2024 (Riket)"),
    2025: (10_605_529, "RegionFakta, Norrbottens län – Folkmängd 2025-12-31 (Riket)"),
}

# From reference year 2025 SCB adds "en liten och kontrollerad slumpmässig osäkerhet"
# to every published figure, totals included, so "redovisade delar inte alltid
# summerar till totalen" (SCB, Frågor och svar om röjandeskydd i
# befolkningsstatistiken, https://www.scb.se/FAQ-CKM). Each value moves by "ett
# litet negativt eller positivt heltal"; SCB does not publish the bound, so the
# tolerance is ours: at most 100 persons per published value (21 counties + the total).
CKM_FROM = 2025
CKM_TOLERANCE = 22 * 100

# The years the shipped figures cover for all 21 regions. A year missing from here
# lacks regions no page we could read gives (docs/populations.md says which).
COMPLETE_YEARS = (2018, 2019, 2020, 2021, 2023, 2024)


@pytest.mark.parametrize("year", COMPLETE_YEARS)
def test_complete_years_sum_to_scbs_total_for_sweden(year: int) -> None:
    figures = shipped_populations().for_year(year)
    assert [f.region for f in figures] == [r.code for r in REGIONS]
    total = sum(f.population for f in figures)
    if year < CKM_FROM:
        assert total == SWEDEN_TOTAL[year][0], SWEDEN_TOTAL[year][1]
    else:
        assert abs(total - SWEDEN_TOTAL[year][0]) <= CKM_TOLERANCE, SWEDEN_TOTAL[year][1]


def test_the_complete_years() -> None:
    assert shipped_populations().complete_years() == COMPLETE_YEARS


def test_complete_years_sum_exactly_and_partial_years_stay_below_the_total() -> None:
    table = shipped_populations()
    assert 2023 in table.complete_years()
    for year in table.years:
        total = sum(f.population for f in table.figures if f.year == year)
        if year in table.complete_years() and year < CKM_FROM:
            assert total == SWEDEN_TOTAL[year][0], year
        else:
            assert total < SWEDEN_TOTAL[year][0], year


@pytest.mark.parametrize(
    ("year", "missing"),
    [
        (2017, ["Västernorrland"]),
        (2022, ["Uppsala", "Jönköping", "Kronoberg", "Västra Götaland", "Gävleborg",
                "Västernorrland"]),
    ],
)  # fmt: skip
def test_an_incomplete_year_names_the_regions_it_lacks(year: int, missing: list[str]) -> None:
    table = shipped_populations()
    assert [r.short_name for r in table.missing(year)] == missing
    with pytest.raises(NoPopulationForYear) as caught:
        table.for_year(year)
    assert list(caught.value.missing) == missing
    assert f"missing: {', '.join(missing)}" in str(caught.value)


def test_every_shipped_figure_names_its_source_and_grade() -> None:
    for figure in shipped_populations().figures:
        assert figure.source.publisher.strip()
        assert figure.source.title.strip()
        assert figure.source.url and figure.source.url.startswith("http")
        assert figure.note.strip(), (figure.region, figure.year)
        assert figure.grade in GRADES, figure.source.id


def test_the_grade_follows_the_publisher() -> None:
    for figure in shipped_populations().figures:
        publisher = figure.source.publisher
        if figure.grade == "scb":
            assert publisher.startswith("Statistiska centralbyrån"), publisher
        elif figure.grade == "authority":
            authorities = ("RegionFakta", "Region ", "Tillväxtverket", "Länsstyrelsen")
            assert publisher.startswith(authorities), publisher
        else:
            assert not publisher.startswith(("Statistiska", "RegionFakta", "Tillväxtverket"))


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
