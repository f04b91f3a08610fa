"""The key-figure benchmarking report and its bar chart (BS §3.2)."""

from pathlib import Path
from xml.etree import ElementTree

from hypothesis import given

from vardservice import strategies
from vardservice.benchmarking import BenchmarkData, Comparison, KeyFigure, Observation, compare
from vardservice.render import DOCUMENTS, render_benchmark, render_benchmark_chart


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
        "| 1 | Uppsala | 290,00 | −20,00 | −6,5 |",
        "| 1 | **Halland** (din region) | 290,00 | −20,00 | −6,5 |",
        "| 3 | Kronoberg | 310,00 | 0,00 | 0,0 |",
        "| 4 | Skåne | 330,00 | 20,00 | 6,5 |",
        "| 5 | Stockholm (avvikande värde) | 500,00 | 190,00 | 61,3 |",
    ]
    assert "**Regioner som inte rapporterat:** Södermanland," in text
    assert "**Styrkor (bästa kvartilen):** Uppsala och Halland." in text
    assert "BS §\xa03.2" in text


def test_benchmark_in_english_html_and_text() -> None:
    html = render_benchmark(_comparison(), format="html", lang="en")
    assert "<h1>Key-figure benchmarking 2022: Cost per square metre cleaned</h1>" in html
    assert '<tr class="mark"><td class="number">1</td><td><strong>Halland</strong>' in html
    assert "Areas to develop (worst quartile):</strong> Skåne and Stockholm." in html
    text = render_benchmark(_comparison(), format="text", lang="en")
    assert "Halland (your region)" in text
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


def test_the_methods_are_stated_in_words_a_reader_knows() -> None:
    # Deliberate: no Python names in a Swedish document, and no fragment "Folkmängd den …".
    text = render_benchmark(_comparison())
    assert "statistics.quantiles" not in text and "inclusive" not in text
    assert (
        "Jämförelsegruppernas avgiftsnivåer bestäms av folkmängden den 31 december 2021."
        " Rang 1 är bäst; lika värden delar rang."
        " Kvartilerna beräknas med linjär interpolation (som KVARTIL.INK i Excel)."
    ) in text
    english = render_benchmark(_comparison(), format="text", lang="en")
    assert "Quartiles by linear interpolation (as QUARTILE.INC in Excel)." in english


def test_the_text_report_has_the_whole_content() -> None:
    # Deliberate: the text version has the key figure, the quartiles table and the peer groups.
    text = render_benchmark(_comparison(), format="text")
    assert "Nyckeltal: LV1, område lokalvård, enhet kr/m² (lägre värde är bättre)." in text
    assert "Jämförelsegrupper efter avgiftsnivå" in text
    assert "Halland (din region)" in text
    assert "Stockholm (avvikande värde)" in text


def test_a_template_dir_replaces_the_chart_in_the_picture_and_in_the_report(
    tmp_path: Path,
) -> None:
    (tmp_path / "svg").mkdir()
    (tmp_path / "svg" / "chart.j2").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" class="own">{{ text.title }}</svg>\n',
        encoding="utf-8",
    )
    svg = render_benchmark_chart(_comparison(name_sv="A & B"), template_dir=tmp_path)
    assert (
        svg == '<svg xmlns="http://www.w3.org/2000/svg" class="own">A &amp; B, 2022 (kr/m²)</svg>\n'
    )
    html = render_benchmark(_comparison(), format="html", template_dir=tmp_path)
    assert 'class="own"' in html and "<figcaption>" in html


def test_the_cli_reads_benchmark_data_and_prepares_one_comparison() -> None:
    path = Path(__file__).parent.parent / "examples" / "benchmarking" / "cleaning_illustrative.yaml"
    from vardservice.io import load

    entry = DOCUMENTS["benchmark"]
    assert entry.reads is BenchmarkData and entry.prepare is not None
    assert [o.name for o in entry.options] == ["year", "figure", "region"]
    comparison = entry.prepare(load(path, BenchmarkData), year=2022, region="13")
    assert isinstance(comparison, Comparison)
    assert (comparison.figure.id, comparison.year, comparison.region) == ("LV1", 2022, "13")
    assert DOCUMENTS["benchmark-chart"].formats == ("svg", "docx", "pdf")
    assert DOCUMENTS["benchmark-chart"].render(comparison).startswith("<svg")
