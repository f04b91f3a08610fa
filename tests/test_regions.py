"""The 21 regions, their lookup, and the six healthcare regions."""

import pytest
from hypothesis import given

from vardservice import strategies
from vardservice.errors import UnknownRegion
from vardservice.regions import (
    HEALTHCARE_REGIONS,
    REGIONS,
    Region,
    get_healthcare_region,
    get_region,
    healthcare_regions_of,
)

# DOMAIN §1: the 21 regions with their county codes.
DOMAIN_CODES = {
    "01": "Stockholm", "03": "Uppsala", "04": "Södermanland", "05": "Östergötland",
    "06": "Jönköping", "07": "Kronoberg", "08": "Kalmar", "09": "Gotland", "10": "Blekinge",
    "12": "Skåne", "13": "Halland", "14": "Västra Götaland", "17": "Värmland", "18": "Örebro",
    "19": "Västmanland", "20": "Dalarna", "21": "Gävleborg", "22": "Västernorrland",
    "23": "Jämtland Härjedalen", "24": "Västerbotten", "25": "Norrbotten",
}  # fmt: skip


def test_there_are_21_regions_with_the_domain_codes_in_order() -> None:
    assert {r.code: r.short_name for r in REGIONS} == DOMAIN_CODES
    assert [r.code for r in REGIONS] == sorted(DOMAIN_CODES)


@pytest.mark.parametrize(
    "query",
    ["14", 14, "Västra Götaland", "vastra gotaland", "Region Västra Götaland", "VÄSTRA GÖTALAND",
     "Västra Götalandsregionen", "Västra Götalands län", "vgr", "  västra   götaland "],
)  # fmt: skip
def test_lookup_by_code_or_name_ignores_case_and_diacritics(query: str | int) -> None:
    assert get_region(query).code == "14"


@pytest.mark.parametrize(
    ("query", "code"),
    [("7", "07"), (7, "07"), ("Region Kronoberg", "07"), ("Kronobergs län", "07"),
     ("Sörmland", "04"), ("Region Sörmland", "04"), ("sodermanland", "04"), ("Jämtland", "23"),
     ("Region Jämtland Härjedalen", "23"), ("Region Jönköpings län", "06"), ("orebro", "18"),
     ("Region Örebro län", "18"), ("Skane", "12")],
)  # fmt: skip
def test_lookup_of_official_and_everyday_names(query: str | int, code: str) -> None:
    assert get_region(query).code == code


def test_official_names() -> None:
    assert get_region("07").name == "Region Kronoberg"
    assert get_region("07").short_name == "Kronoberg"
    assert get_region("14").name == "Västra Götalandsregionen"
    assert str(get_region("04")) == "Region Sörmland"


def test_unknown_names_suggest_close_matches() -> None:
    with pytest.raises(UnknownRegion) as caught:
        get_region("Vastra Gotlnd")
    assert caught.value.suggestions[0] == "Västra Götaland"
    assert "did you mean 'Västra Götaland'" in str(caught.value)
    with pytest.raises(UnknownRegion) as caught:
        get_region("Kronobrg")
    assert "Kronoberg" in caught.value.suggestions


@pytest.mark.parametrize("bad", ["02", "11", "26", "0", "", "Småland", None, 3.0, True])
def test_unknown_codes_and_junk_raise_unknown_region(bad: object) -> None:
    with pytest.raises(UnknownRegion):
        get_region(bad)  # type: ignore[arg-type]


@given(strategies.regions())
def test_every_region_is_found_by_each_of_its_names(region: Region) -> None:
    for query in (region.code, region.name, region.short_name, region.county, *region.aliases):
        assert get_region(query) is region
        assert get_region(query.upper()) is region


def test_six_healthcare_regions_cover_all_21_regions() -> None:
    assert len(HEALTHCARE_REGIONS) == 6
    covered = {code for hr in HEALTHCARE_REGIONS for code in hr.members}
    assert covered == set(DOMAIN_CODES)


def test_sodra_is_blekinge_halland_kronoberg_skane_per_sfbv_1() -> None:
    sodra = get_healthcare_region("Södra")
    assert sorted(r.short_name for r in sodra.regions) == [
        "Blekinge",
        "Halland",
        "Kronoberg",
        "Skåne",
    ]
    assert get_healthcare_region("sodra") is sodra
    assert get_healthcare_region("Södra sjukvårdsregionen") is sodra


def test_only_halland_belongs_to_two_healthcare_regions() -> None:
    for region in REGIONS:
        expected = 2 if region.short_name == "Halland" else 1
        assert len(healthcare_regions_of(region)) == expected, region
    assert [hr.key for hr in healthcare_regions_of("Halland")] == ["sodra", "vastra"]


def test_unknown_healthcare_region() -> None:
    with pytest.raises(UnknownRegion):
        get_healthcare_region("Mellersta Norrland")
