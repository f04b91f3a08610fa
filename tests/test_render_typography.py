"""Swedish typography at the one place documents are formatted (issue 10, item 6).

Each rule has a test that fails if the rule is broken anywhere a document is
written: the minus sign (U+2212), "§ 5.1.1" with a no-break space, lists as
"a, b och c", whole kronor without öre, and the wording pinned by the appendix.
"""

from pathlib import Path

import pytest

from vardservice import sources
from vardservice.io import load
from vardservice.render import (
    DOCUMENTS,
    render_business_case,
    render_task_catalogue,
    render_vns_memo,
)
from vardservice.render._filters import section_signs
from vardservice.render._words import join_words
from vardservice.units import Money, format_money, format_number
from vardservice.vns import ServiceAgreement, TaskCatalogue, VnsCase

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
VNS = load(EXAMPLES / "vns" / "halland_rgs_vns.yaml", VnsCase)
AGREEMENT = ServiceAgreement(name="VNS", forecast_cost="23,4 mnkr", compensation="11,0 mnkr")
MINUS = "\u2212"
NBSP = "\u00a0"


# -- the minus sign --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_the_vns_memo_writes_a_negative_deviation_with_the_minus_sign(fmt: str) -> None:
    memo = render_vns_memo(AGREEMENT, format=fmt)  # type: ignore[arg-type]
    assert f"{MINUS}12,4{NBSP}mnkr" in memo
    assert "-12,4" not in memo


def test_english_keeps_cldr_en_hyphen_minus() -> None:
    # CLDR en's minus sign is U+002D: English output keeps "-".
    memo = render_vns_memo(AGREEMENT, format="text", lang="en")
    assert f"-12.4{NBSP}MSEK" in memo
    assert MINUS not in memo


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_number_is_written_with_another_minus_than_the_locales(lang: str) -> None:
    sign = MINUS if lang == "sv" else "-"
    assert format_number(-250_000, lang=lang).startswith(sign)
    assert format_money(Money.of("-0.4", "kr"), lang=lang).startswith("0")  # never "−0"


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_every_negative_amount_of_a_business_case_has_the_minus_sign(fmt: str) -> None:
    assert VNS.business_case is not None
    out = render_business_case(VNS.business_case, format=fmt)  # type: ignore[arg-type]
    assert out.count(f"{MINUS}1,4{NBSP}mnkr") == 2
    assert "-1,4" not in out and "-0,6" not in out


# -- the section sign ------------------------------------------------------------------------


def test_section_sign_is_followed_by_a_no_break_space() -> None:
    assert sources.section_sign("5.1.1") == f"§{NBSP}5.1.1"
    assert sources.section_sign(90) == f"§{NBSP}90"
    assert sources.cite("SFBV", "5.1.1").text == f"SFBV §{NBSP}5.1.1"
    assert str(sources.cite("SFBV", "5.1.1")) == "SFBV §5.1.1"  # the data form is unchanged


@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_no_document_writes_a_section_sign_without_its_no_break_space(kind: str) -> None:
    entry = DOCUMENTS[kind]
    if entry.example is None:
        pytest.skip("no example")
    for fmt in entry.formats:
        if fmt in ("svg", "docx", "pdf"):  # Word: tests/test_docx.py; PDF is drawn from the HTML
            continue
        out = entry.render(entry.example(), format=fmt)
        for i, char in enumerate(out):
            if char == "§":
                assert out[i + 1] == NBSP, (fmt, out[max(0, i - 30) : i + 10])


def test_texts_from_the_data_get_the_no_break_space_too() -> None:
    assert section_signs("enligt BS §6 och § 3.2") == f"enligt BS §{NBSP}6 och §{NBSP}3.2"
    wheel = DOCUMENTS["annual-wheel"]
    from vardservice.planning import AnnualWheel

    data = load(EXAMPLES / "planning" / "best_service_arshjul.yaml", AnnualWheel)
    text = wheel.render(data, format="text", year=2025)
    assert f"Planeringsunderlag enligt BS §{NBSP}6:" in text
    assert "§6" not in text and "§ " not in text


def test_the_protocol_writes_its_paragraph_with_a_no_break_space() -> None:
    from vardservice.decisions import ProtocolExcerpt

    excerpt = load(EXAMPLES / "decisions" / "hsn90.yaml", ProtocolExcerpt)
    for fmt in ("markdown", "html", "text"):
        assert f"§{NBSP}90 Vårdnära service" in DOCUMENTS["protocol"].render(excerpt, format=fmt)


# -- lists -----------------------------------------------------------------------------------


def test_lists_are_a_b_och_c() -> None:
    assert join_words(["a", "b", "c"], "sv") == "a, b och c"
    assert join_words(["a", "b", "c"], "en") == "a, b and c"
    assert join_words(["a"], "sv") == "a"


def test_the_benchmark_lists_regions_with_och() -> None:
    from vardservice.benchmarking import BenchmarkData

    data = load(EXAMPLES / "benchmarking" / "cleaning_illustrative.yaml", BenchmarkData)
    entry = DOCUMENTS["benchmark"]
    assert entry.prepare is not None
    text = entry.render(entry.prepare(data, year=2022), format="text")
    assert "Styrkor (bästa kvartilen): Jönköping, Dalarna och Halland." in text


# -- money and wording -----------------------------------------------------------------------


def test_whole_kronor_are_written_without_ore() -> None:
    catalogue = load(EXAMPLES / "vns" / "task_catalogue_illustrative.yaml", TaskCatalogue)
    text = render_task_catalogue(catalogue, format="text").replace(NBSP, " ")
    assert "Timkostnad: 380 kr (ett antagande" in text
    assert "380,00" not in text


def test_the_task_catalogue_text_has_the_markdown_columns_in_order() -> None:
    catalogue = load(EXAMPLES / "vns" / "task_catalogue_illustrative.yaml", TaskCatalogue)
    markdown = render_task_catalogue(catalogue).splitlines()
    labels = [cell.strip() for cell in markdown[2].strip("|").split("|")]
    header = render_task_catalogue(catalogue, format="text").splitlines()[2]
    positions = [header.index(label) for label in labels]
    assert positions == sorted(positions)
    text = render_task_catalogue(catalogue, format="text")
    assert "Uppdragen för vårdnära service behöver standardiseras och frekvensstyras" in text
    assert "Totalt" in text and "Summa" not in text


def test_the_vns_memo_is_one_document_with_the_business_case_as_its_last_section() -> None:
    html = DOCUMENTS["vns-memo"].render(VNS, format="html")
    assert html.count("<h1") == 1
    assert "<h2>Kalkyl 2021–2023</h2>" in html
    text = DOCUMENTS["vns-memo"].render(VNS, format="text").replace(NBSP, " ")
    assert "är i dagsläget 23,4 mnkr." in text
    assert "8 timmar per dag måndag–fredag" in text
    assert "bör dokumenteras" in text and " ska " not in text
    assert "Avdelningarna, deras vårdplatser och året är ett illustrativt exempel" in text
    assert "Brytpunkten nås år 2023." in text
    staffing = text[text.index("Minskad bemanning") : text.index("Kalkyl 2021")]
    assert "Källa: RGS-VNS, Varför ökar kostnaderna?" in staffing
    assert "Ekonomiska konsekvenser" not in staffing
