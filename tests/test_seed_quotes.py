"""Every rule's quote is verbatim in its source document, for every rule set (SP, NW, NSN, VNS).

Driven by the registry (:data:`vardservice.rules.RULES`): a rule added to any rule set is
checked with no change here. The seeds are at ``../shared/seeds`` beside the checkout (the
``seed_text`` fixture in conftest.py): the tests are skipped with the reason when they are
missing, and fail when ``CI`` is set. The only liberty taken is white space (the seeds are
PDF extractions with line breaks inside sentences): a run of white space is one space.
"""

from collections.abc import Callable

import pytest

from vardservice.rules import RULES
from vardservice.sources import SOURCES

CODES = list(RULES)


def normalise_seed(text: str) -> str:
    """Return ``text`` with every run of white space as one space: the only liberty taken."""
    return " ".join(text.split())


@pytest.mark.parametrize("key", sorted(SOURCES))
def test_every_source_has_its_seed_file(key: str, seed_text: Callable[[str], str]) -> None:
    assert seed_text(key).strip()


@pytest.mark.parametrize("code", CODES)
def test_the_quote_is_verbatim_in_the_cited_source(
    code: str, seed_text: Callable[[str], str]
) -> None:
    rule = RULES[code]
    assert rule.quote.strip(), code
    source = normalise_seed(seed_text(rule.source.key))
    assert normalise_seed(rule.quote) in source, f"{code}: {rule.quote!r} is not in {rule.source}"


@pytest.mark.parametrize("code", [c for c in CODES if not c.startswith("SP")])
def test_the_cited_section_is_in_the_source(code: str, seed_text: Callable[[str], str]) -> None:
    """A section named by words (NSN's headings) is one of the source's headings."""
    rule = RULES[code]
    section = rule.source.section
    if section is None or section[:1].isdigit():
        return  # a numbered section (BS §4.1): the quote test finds the sentence
    assert normalise_seed(section) in normalise_seed(seed_text(rule.source.key)), code


def test_a_quote_that_is_not_in_the_source_is_caught(seed_text: Callable[[str], str]) -> None:
    source = normalise_seed(seed_text("BS"))
    assert normalise_seed("Samtliga regioner kan vara medlem i Best Service.") in source
    assert normalise_seed("Samtliga regioner ska vara medlem i Best Service.") not in source


def test_the_hsn90_issuer_is_what_the_seed_states(seed_text: Callable[[str], str]) -> None:
    # Issue 14: the excerpt names its body, not a region; the library adds none.
    text = normalise_seed(seed_text("HSN90"))
    issuer = SOURCES["HSN90"].issuer
    assert normalise_seed(issuer) in text
    assert "Region Halland" not in issuer and "Region Halland" not in text
