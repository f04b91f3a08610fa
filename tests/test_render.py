"""Renderers: Swedish by default, English on request; HTML escapes every user string."""

from pathlib import Path

import pytest
from hypothesis import given

from vardservice import strategies
from vardservice.errors import InvalidValue
from vardservice.fees import FeeSchedule, RegionTier, budget, fee_tier, region_tiers
from vardservice.regions import REGIONS, PopulationFigure, PopulationSource, get_region
from vardservice.render import (
    environment,
    render_fees,
    render_regions,
)
from vardservice.render._filters import section_signs

SCHEDULE = FeeSchedule.of(2024, {1: 40_000, 2: 80_000, 3: 120_000}, illustrative=True)


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def test_regions_markdown_in_swedish() -> None:
    text = plain(render_regions(region_tiers(2023)))
    lines = text.splitlines()
    assert lines[0] == "# Regioner, folkmängd och avgiftsnivå 2023"
    assert "| Länskod | Region | Folkmängd den 31 december 2023 | Källtyp | Nivå |" in lines
    assert "| 01 | Region Stockholm | 2 454 821 | sekundär | 3 |" in lines
    assert "| 07 | Region Kronoberg | 203 686 | sekundär | 1 |" in lines
    assert "| 13 | Region Halland | 343 746 | myndighet | 2 |" in lines
    assert "Avgiftsnivån bestäms av folkmängden den 31 december 2023." in text
    assert "Avgiftsnivåer enligt BS § 5.1: Nivå 1: mindre än 250 000 invånare;" in text
    assert "Källtyp: myndighet = en myndighet som återger SCB:s tabell" in text
    assert "Källor:" in lines
    assert "- Region Halland, Halland växer men i en lägre takt, <https://" in text
    assert "(myndighet; Halland)." in text
    # The tier legend's numbers carry no-break spaces, formatted from the bounds.
    assert "250\xa0000\xa0– 1\xa0000\xa0000\xa0invånare" in render_regions(region_tiers(2023))


def test_regions_in_english_html_and_text() -> None:
    rows = region_tiers(2023)
    english = plain(render_regions(rows, lang="en"))
    assert english.startswith("# Regions, population and fee tier 2023")
    assert "| 01 | Region Stockholm | 2,454,821 | secondary | 3 |" in english
    assert "Sources:" in english and "(authority; Halland)." in english
    html = plain(render_regions(rows, format="html"))
    assert '<td>Region Kronoberg</td><td class="number">203 686</td><td>sekundär</td>' in html
    assert html.startswith('<!DOCTYPE html>\n<html lang="sv">')
    assert '<section class="vardservice regions" lang="sv">' in html
    bare = plain(render_regions(rows, format="html", fragment=True))
    assert bare.startswith('<section class="vardservice regions" lang="sv">')
    assert bare.rstrip().endswith("</section>") and "<style>" not in bare
    text = plain(render_regions(rows, format="text"))
    assert "Region Kronoberg" in text and "203 686" in text


def test_fees_markdown_shows_fees_totals_and_provenance() -> None:
    result = budget(REGIONS, 2024, schedule=SCHEDULE)
    text = plain(render_fees(result))
    assert text.startswith("# Avgifter och budget 2024")
    assert "*Beloppen är illustrativa exempel, inte ett verkligt beslut;" in text
    assert "| 07 | Region Kronoberg | 203 686 | sekundär | 1 | 40 000 kr |" in text
    assert (
        "|  | **Totalt** |  |  |  | **1 520 000 kr** |" in text
    )  # 7×40 000 + 11×80 000 + 3×120 000
    assert "Avgiftsnivån bestäms av folkmängden den 31 december 2023." in text
    assert "Avgiftsschemat gäller från och med 2024." in text
    assert "| 1 | 7 | 280 000 kr |" in text
    assert "Budgeten grundar sig på årets avgifter enligt BS § 5.2." in text
    english = plain(render_fees(result, lang="en", format="text"))
    assert "Total" in english and "1,520,000 SEK" in english


def test_unknown_format_or_language() -> None:
    with pytest.raises(InvalidValue, match="render.format"):
        render_regions(region_tiers(2023), format="pdf")  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="render.lang"):
        render_regions(region_tiers(2023), lang="fi")
    with pytest.raises(InvalidValue, match="at least one row"):
        render_regions(())


def test_the_environment_is_built_once_and_strict() -> None:
    import jinja2

    env = environment()
    assert env is environment()
    assert env.undefined is jinja2.StrictUndefined


def test_own_templates_come_first_and_run_sandboxed(tmp_path: Path) -> None:
    import jinja2.sandbox

    from vardservice.errors import TemplateError

    own, hostile = tmp_path / "own", tmp_path / "hostile"
    own.mkdir()
    hostile.mkdir()
    (own / "markdown").mkdir()
    (own / "markdown" / "regions.j2").write_text(
        "{{ doc.blocks[0].rows | length }} regioner; {{ 250000 | number }}\n", encoding="utf-8"
    )
    assert plain(render_regions(region_tiers(2023), template_dir=own)) == "21 regioner; 250 000\n"
    assert isinstance(environment(own), jinja2.sandbox.SandboxedEnvironment)
    # The package's other templates are still found behind the user's folder.
    assert render_regions(region_tiers(2023), format="html", template_dir=own).startswith(
        "<!DOCTYPE html>"
    )
    (hostile / "markdown").mkdir()
    (hostile / "markdown" / "document.j2").write_text(
        "{{ doc.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8"
    )
    with pytest.raises(TemplateError, match=r"markdown/document.j2, line 1: .*unsafe"):
        render_regions(region_tiers(2023), template_dir=hostile)


@given(strategies.population_figures(year=2023), strategies.population_sources())
def test_html_escapes_every_user_string(figure: PopulationFigure, source: PopulationSource) -> None:
    from markupsafe import escape

    row = RegionTier(
        region=get_region(figure.region),
        population=PopulationFigure(
            region=figure.region, year=2023, population=figure.population, source=source
        ),
        tier=fee_tier(figure.population),
    )
    html = render_regions([row], format="html")
    for text in (source.publisher, source.title):
        assert str(escape(section_signs(text))) in html  # as typeset: "§0" -> "§\xa00"
        if any(c in text for c in "<>"):
            assert text not in html
    # The other formats never raise on any generated object either.
    render_regions([row], format="markdown")
    render_regions([row], format="text", lang="en")


def test_markdown_cells_escape_pipes() -> None:
    source = PopulationSource(id="x", publisher="A|B", title="t")
    figure = PopulationFigure(region="07", year=2023, population=5, source=source)
    row = RegionTier(region=get_region("07"), population=figure, tier=fee_tier(5))
    assert "A\\|B" in render_regions([row])
