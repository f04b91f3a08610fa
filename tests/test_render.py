"""Renderers: Swedish by default, English on request; HTML escapes every user string."""

from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given

from vardservice import strategies
from vardservice.benchmarking import Comparison, KeyFigure, Observation, compare
from vardservice.errors import InvalidValue
from vardservice.fees import FeeSchedule, RegionTier, budget, fee_tier, region_tiers
from vardservice.regions import REGIONS, PopulationFigure, PopulationSource, get_region
from vardservice.render import (
    environment,
    render_benchmark,
    render_benchmark_chart,
    render_fees,
    render_regions,
)

SCHEDULE = FeeSchedule.of(2024, {1: 40_000, 2: 80_000, 3: 120_000}, illustrative=True)


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def test_regions_markdown_in_swedish() -> None:
    text = plain(render_regions(region_tiers(2023)))
    lines = text.splitlines()
    assert lines[0] == "# Regioner, folkmängd och avgiftsnivå 2023"
    assert "| Länskod | Region | Folkmängd den 31 december 2023 | Nivå |" in lines
    assert "| 01 | Region Stockholm | 2 454 821 | 3 |" in lines
    assert "| 07 | Region Kronoberg | 203 686 | 1 |" in lines
    assert "Avgiftsnivåer enligt BS §5.1: Nivå 1: mindre än 250 000 invånare;" in text
    assert text.count("Källa för folkmängd:") >= 1


def test_regions_in_english_html_and_text() -> None:
    rows = region_tiers(2023)
    english = plain(render_regions(rows, lang="en"))
    assert english.startswith("# Regions, population and fee tier 2023")
    assert "| 01 | Region Stockholm | 2,454,821 | 3 |" in english
    html = plain(render_regions(rows, format="html"))
    assert '<td>Region Kronoberg</td><td class="number">203 686</td>' in html
    assert html.startswith('<section class="vardservice regions" lang="sv">')
    text = plain(render_regions(rows, format="text"))
    assert "Region Kronoberg" in text and "203 686" in text


def test_fees_markdown_shows_fees_totals_and_provenance() -> None:
    result = budget(REGIONS, 2024, schedule=SCHEDULE)
    text = plain(render_fees(result))
    assert text.startswith("# Avgifter och budget 2024")
    assert "*Beloppen är illustrativa exempel, inte ett verkligt beslut;" in text
    assert "| 07 | Region Kronoberg | 203 686 | 1 | 40 000 kr |" in text
    assert "|  | **Summa** |  |  | **1 520 000 kr** |" in text  # 7×40 000 + 11×80 000 + 3×120 000
    assert "| 1 | 7 | 280 000 kr |" in text
    assert "Budgeten grundar sig på årets avgifter enligt BS §5.2." in text
    english = plain(render_fees(result, lang="en", format="text"))
    assert "Total" in english and "1,520,000 SEK" in english


def test_unknown_format_or_language() -> None:
    with pytest.raises(InvalidValue, match="render.format"):
        render_regions(region_tiers(2023), format="pdf")
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
        "<section"
    )
    (hostile / "markdown").mkdir()
    (hostile / "markdown" / "document.j2").write_text(
        "{{ doc.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8"
    )
    with pytest.raises(jinja2.exceptions.SecurityError):
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
        assert str(escape(text)) in html
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


# --- benchmarking ---------------------------------------------------------------------------


def _comparison(**figure_fields: object) -> Comparison:
    fields: dict[str, object] = {
        "id": "LV1",
        "name_sv": "Kostnad per städad kvadratmeter",
        "name_en": "Cost per square metre cleaned",
        "unit": "kr/m**2",
        "area": "lokalvård",
        "lower_is_better": True,
    }
    fields.update(figure_fields)
    figure = KeyFigure(**fields)  # type: ignore[arg-type]
    values = (("07", "310"), ("13", "290"), ("12", "330"), ("01", "500"), ("03", "290"))
    found = [
        Observation(key_figure="LV1", region=code, year=2022, value=v, unit="kr/m**2")
        for code, v in values
    ]
    return compare(figure, found, 2022, region="13")


def test_benchmark_markdown_is_sorted_by_rank_and_marks_the_reader() -> None:
    text = render_benchmark(_comparison())
    assert text.splitlines()[0] == "# Nyckeltalsjämförelse 2022: Kostnad per städad kvadratmeter"
    rows = [
        line
        for line in text.splitlines()
        if line[:3] in {f"| {n}" for n in range(1, 6)} and "," in line
    ]
    assert rows[:5] == [
        "| 1 | Uppsala | 290,00 | -20,00 | -6,5 |",
        "| 1 | **Halland** (din region) | 290,00 | -20,00 | -6,5 |",
        "| 3 | Kronoberg | 310,00 | 0,00 | 0,0 |",
        "| 4 | Skåne | 330,00 | 20,00 | 6,5 |",
        "| 5 | Stockholm (avvikande värde) | 500,00 | 190,00 | 61,3 |",
    ]
    assert "**Regioner som inte rapporterat:** Södermanland," in text
    assert "**Styrkor (bästa kvartilen):** Uppsala, Halland." in text
    assert "BS §3.2" in text


def test_benchmark_in_english_html_and_text() -> None:
    html = render_benchmark(_comparison(), format="html", lang="en")
    assert "<h1>Key-figure benchmarking 2022: Cost per square metre cleaned</h1>" in html
    assert '<tr class="reader">' in html
    assert "Areas to develop (worst quartile):</strong> Skåne, Stockholm." in html
    text = render_benchmark(_comparison(), format="text", lang="en")
    assert "<- your region" in text
    assert "290.00" in text


def test_benchmark_html_escapes_user_strings() -> None:
    html = render_benchmark(_comparison(name_sv="<script>", area="a & b"), format="html")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "a &amp; b" in html


@given(strategies.comparisons())
def test_rendering_any_comparison_never_raises(comparison: Comparison) -> None:
    for fmt in ("markdown", "html", "text"):
        for lang in ("sv", "en"):
            assert render_benchmark(comparison, format=fmt, lang=lang)


SVG = "{http://www.w3.org/2000/svg}"


def _parse(svg: str) -> ElementTree.Element:
    # The library's own output, not untrusted input: the standard parser is what we test against.
    return ElementTree.fromstring(svg)  # noqa: S314


@given(strategies.comparisons())
def test_chart_is_svg_with_one_bar_per_reporting_region(comparison: Comparison) -> None:
    root = _parse(render_benchmark_chart(comparison))
    assert root.tag == f"{SVG}svg"
    bars = [r for r in root.iter(f"{SVG}rect") if "bar" in r.get("class", "").split()]
    assert len(bars) == len(comparison.results)
    readers = [r for r in bars if "reader" in r.get("class", "").split()]
    assert len(readers) == (
        1 if comparison.result_for(comparison.region or "01") and comparison.region else 0
    )
    assert len(list(root.iter(f"{SVG}line"))) == 1  # the median


def test_chart_bars_follow_the_ranks_and_the_median_line_lies_between() -> None:
    comparison = _comparison()
    root = _parse(render_benchmark_chart(comparison, lang="en"))
    bars = list(root.iter(f"{SVG}rect"))
    widths = [float(r.get("width", "")) for r in bars]
    assert widths == sorted(widths)  # lower is better: best (shortest) on top
    assert bars[1].get("class") == "bar reader"  # Halland, rank 1, second by county code
    line = next(root.iter(f"{SVG}line"))
    assert float(line.get("x1", "")) == float(line.get("x2", ""))
    assert "Median 310.00" in ElementTree.tostring(root, encoding="unicode")


def test_html_embeds_the_chart_once_and_escapes_its_text() -> None:
    html = render_benchmark(_comparison(name_sv="<b>&"), format="html")
    assert html.count("<svg ") == 1
    assert "<b>&" not in html
    assert "&lt;b&gt;&amp;" in html
    start, end = html.index("<svg "), html.index("</svg>") + len("</svg>")
    _parse(html[start:end])
