"""The cited source documents."""

import pytest

from vardservice.errors import InvalidValue
from vardservice.sources import SOURCES, Citation, cite


def test_the_five_seed_documents_are_listed_under_their_keys() -> None:
    assert sorted(SOURCES) == ["BS", "HSN90", "NSN", "RGS-VNS", "SFBV"]
    assert SOURCES["HSN90"].date == "2020-11-18"
    assert SOURCES["SFBV"].issuer == "Södra sjukvårdsregionen"


def test_a_citation_prints_as_key_and_section() -> None:
    assert str(cite("SFBV", "5.4")) == "SFBV §5.4"
    assert cite("BS", "5.1").source.title == "Best Service medlemsnätverk"


@pytest.mark.parametrize(("key", "section"), [("XX", "1"), ("BS", ""), ("BS", "  ")])
def test_a_citation_needs_a_known_key_and_a_section(key: str, section: str) -> None:
    with pytest.raises(InvalidValue):
        Citation(key, section)


def test_a_heading_is_cited_without_a_section_sign() -> None:
    assert str(cite("RGS-VNS", "Ekonomiska konsekvenser")) == "RGS-VNS, Ekonomiska konsekvenser"
    assert str(cite("HSN90", "Förslag till beslut")) == "HSN90, Förslag till beslut"
