"""Word (.docx) and PDF: every document type as a real Word file, -o on every command, check-report."""

from __future__ import annotations

import datetime
import io
import re
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from vardservice.cli import main
from vardservice.errors import InvalidInput, InvalidValue, MissingExtra
from vardservice.io import check_report_docx, read_report_docx
from vardservice.render import DOCUMENTS
from vardservice.render._docx import write_docx
from vardservice.render._env import BINARY_FORMATS
from vardservice.render._registry import write_bytes
from vardservice.render._tree import (
    BulletList,
    Code,
    Document,
    Emph,
    Figure,
    Heading,
    Link,
    Paragraph,
    Strong,
    Table,
)
from vardservice.subprojects import ReportSection

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DOCS = Path(__file__).resolve().parent.parent / "docs"
HIP_FRACTURE = EXAMPLES / "subprojects" / "hoftfraktur_compliant.yaml"
KINDS = [kind for kind, entry in DOCUMENTS.items() if entry.example is not None]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def open_docx(data: bytes) -> WordDocument:
    return docx.Document(io.BytesIO(data))


def tree_of(kind: str, lang: str = "sv") -> tuple[Document, bytes]:
    entry = DOCUMENTS[kind]
    assert entry.example is not None
    obj = entry.example()
    return entry.tree(obj, lang=lang), entry.render_bytes(obj, lang=lang)


def style_name(paragraph: Any) -> str:
    return str(paragraph.style.name) if paragraph.style is not None else ""


def heading_level(paragraph: Any) -> int | None:
    found = re.fullmatch(r"Heading (\d)", style_name(paragraph))
    return int(found.group(1)) if found else None


# -- every document type in Word ---------------------------------------------------------------


def test_every_kind_has_an_example_to_write() -> None:
    assert len(KINDS) == len(DOCUMENTS)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_in_word_has_its_headings_tables_and_properties(kind: str) -> None:
    tree, data = tree_of(kind)
    word = open_docx(data)
    headings = [(heading_level(p), p.text) for p in word.paragraphs if heading_level(p)]
    expected = [(1, tree.title)] + [
        (b.level, b.text) for b in tree.blocks if isinstance(b, Heading)
    ]
    assert headings == expected
    tables = [b for b in tree.blocks if isinstance(b, Table)]
    assert len(word.tables) == len(tables)
    for table, ours in zip(word.tables, tables, strict=True):
        assert table.style is not None and table.style.name == "Table Grid"
        labelled = any(c.label for c in ours.columns)
        rows = len(ours.rows) + len(ours.footer) + (1 if labelled else 0)
        assert len(table.rows) == rows
        if labelled:
            header = table.rows[0]
            assert [cell.text for cell in header.cells] == [c.label for c in ours.columns]
            assert header._tr.xpath("./w:trPr/w:tblHeader")  # Word repeats it on every page
            for cell in header.cells:
                assert all(run.bold for run in cell.paragraphs[0].runs if run.text)
        for i, column in enumerate(ours.columns):
            if column.align == "right" and ours.rows:
                cell = table.rows[-1].cells[i]
                assert cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    props = word.core_properties
    assert (props.title, props.subject, props.language) == (tree.title, kind, "sv-SE")
    assert props.author == "" and props.comments == ""


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_in_word_is_the_same_bytes_twice(kind: str) -> None:
    entry = DOCUMENTS[kind]
    assert entry.example is not None
    first = entry.render_bytes(entry.example())
    assert entry.render_bytes(entry.example()) == first
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        names = package.namelist()
        assert "docProps/thumbnail.jpeg" not in names  # the template's picture of a blank page
        assert b"<Pages>" not in package.read("docProps/app.xml")  # Word counts when it saves


def test_the_dates_are_the_documents_as_of_never_the_clock() -> None:
    tree, data = tree_of("compliance")
    assert tree.as_of is not None
    props = open_docx(data).core_properties
    midnight = datetime.datetime(
        tree.as_of.year, tree.as_of.month, tree.as_of.day, tzinfo=datetime.UTC
    )
    assert props.created == midnight
    assert props.modified == midnight
    fees, data = tree_of("fees")
    assert fees.as_of is None
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        core = package.read("docProps/core.xml")
    assert b"dcterms:created" not in core and b"dcterms:modified" not in core


def test_english_documents_are_en_gb_also_for_the_spelling() -> None:
    _, data = tree_of("fees", lang="en")
    word = open_docx(data)
    assert word.core_properties.language == "en-GB"
    styles = word.styles.element
    assert styles.find(f"{qn('w:docDefaults')}//{qn('w:lang')}").get(qn("w:val")) == "en-GB"


def test_the_templates_headings_in_the_reports_are_sfbvs() -> None:
    _, data = tree_of("final-report")
    texts = [p.text for p in open_docx(data).paragraphs if heading_level(p) == 2]
    assert texts[:5] == ["Uppdrag", "Gruppsammansättning", "Nuläge", "Analys", "Förslag"]


def test_a_swedish_word_shows_the_same_built_in_heading_styles() -> None:
    """Word's Swedish "Rubrik 1" is the built-in style named "heading 1" in the file."""
    _, data = tree_of("final-report")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        styles = package.read("word/styles.xml").decode()
    assert re.search(r'w:styleId="Heading1".*?<w:name w:val="heading 1"/>', styles, re.S)


def test_lists_inline_markup_links_and_control_characters() -> None:
    tree = Document(
        kind="example",
        title="Exempel\x01",
        blocks=(
            Paragraph.of(
                Strong("fet"),
                " ",
                Emph("kursiv"),
                " ",
                Code("$.x"),
                " ",
                Link("webb", "https://example.se/"),
                " ",
                Link("skript", "javascript:alert(1)"),
            ),
            BulletList.of(["a", "b"]),
            BulletList.of(["ett", "två"], ordered=True),
            BulletList.of(["ett", "två"], ordered=True),
        ),
    )
    data = write_docx(tree)
    word = open_docx(data)
    # A control character becomes U+FFFD, as in every other format (vardservice._text.safe_text).
    assert word.paragraphs[0].text == "Exempel\ufffd"
    runs = word.paragraphs[1].runs
    assert [r.text for r in runs if r.bold] == ["fet"]
    assert [r.text for r in runs if r.italic] == ["kursiv"]
    assert any(r.style.name == "Verbatim Char" for r in runs if r.text == "$.x")
    links = [rel._target for rel in word.part.rels.values() if rel.is_external]
    assert links == ["https://example.se/"]  # never javascript:
    assert "skript" in word.paragraphs[1].text
    styles = [style_name(p) for p in word.paragraphs[2:]]
    assert styles == ["List Bullet"] * 2 + ["List Number"] * 4
    numbers = {p._p.xpath("string(./w:pPr/w:numPr/w:numId/@w:val)") for p in word.paragraphs[4:]}
    assert len(numbers) == 2  # each numbered list starts at 1


def test_pictures_are_png_with_the_caption_as_alternative_text() -> None:
    tree, data = tree_of("annual-wheel")
    figure = next(b for b in tree.blocks if isinstance(b, Figure))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        pictures = [n for n in package.namelist() if n.startswith("word/media/")]
        assert pictures and all(n.endswith(".png") for n in pictures)
        assert package.read(pictures[0]).startswith(b"\x89PNG")
        assert f'descr="{figure.caption[:20]}'.encode() in package.read("word/document.xml")
    word = open_docx(data)
    assert any(style_name(p) == "Caption" and p.text == figure.caption for p in word.paragraphs)


def test_pictures_without_cairosvg_name_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "cairosvg", None)
    entry = DOCUMENTS["annual-wheel"]
    assert entry.example is not None
    with pytest.raises(MissingExtra, match=r"pip install 'vardservice\[docx\]'"):
        entry.render_bytes(entry.example())
    DOCUMENTS["fees"].render_bytes(DOCUMENTS["fees"].example())  # type: ignore[misc]


def test_several_documents_follow_each_other_from_a_new_page() -> None:
    first, _ = tree_of("fees")
    second, _ = tree_of("regions")
    word = open_docx(write_docx([first, second]))
    titles = [p for p in word.paragraphs if heading_level(p) == 1]
    assert [p.text for p in titles] == [first.title, second.title]
    assert titles[1].paragraph_format.page_break_before
    assert word.core_properties.title == first.title
    with pytest.raises(InvalidValue):
        write_docx([])


def test_the_vns_memo_in_word_writes_the_deviation_with_a_real_minus() -> None:
    _, data = tree_of("vns-memo")
    text = "\n".join(
        cell.text for table in open_docx(data).tables for row in table.rows for cell in row.cells
    )
    assert "\u221212,4\xa0mnkr" in text  # U+2212 minus, a no-break space before the unit


# -- the reference document --------------------------------------------------------------------


def reference_doc(folder: Path) -> Path:
    word = docx.Document()
    word.styles["Heading 1"].font.name = "Garamond"
    word.styles["Heading 1"].font.size = docx.shared.Pt(26)
    section = word.sections[0]
    section.left_margin = docx.shared.Cm(4)
    section.header.paragraphs[0].text = "Region Halland – kansliet"
    word.add_paragraph("Mallens brödtext, som inte ska följa med.")
    path = folder / "office.docx"
    word.save(str(path))
    return path


def test_a_reference_doc_gives_its_styles_page_setup_and_header(tmp_path: Path) -> None:
    office = reference_doc(tmp_path)
    entry = DOCUMENTS["final-report"]
    assert entry.example is not None
    plain = open_docx(entry.render_bytes(entry.example()))
    data = entry.render_bytes(entry.example(), reference_doc=office)
    word = open_docx(data)
    heading = word.styles["Heading 1"]
    assert (heading.font.name, heading.font.size) == ("Garamond", docx.shared.Pt(26))
    assert plain.styles["Heading 1"].font.name != "Garamond"
    left = word.sections[0].left_margin
    assert left is not None and abs(left - docx.shared.Cm(4)) < docx.shared.Cm(0.01)
    assert word.sections[0].header.paragraphs[0].text == "Region Halland – kansliet"
    assert "Mallens brödtext" not in "\n".join(p.text for p in word.paragraphs)
    assert word.paragraphs[0].text == plain.paragraphs[0].text
    assert entry.render_bytes(entry.example(), reference_doc=office) == data


def test_styles_a_reference_doc_lacks_come_with_their_numbering(tmp_path: Path) -> None:
    """A list style copied into the user's template brings its list definition along."""
    word = docx.Document()
    for name in ("List Bullet", "List Number"):
        element = word.styles[name].element
        element.getparent().remove(element)
    numbering = word.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    office = tmp_path / "office.docx"
    word.save(str(office))
    tree = Document(
        kind="example",
        title="Listor",
        blocks=(BulletList.of(["a", "b"]), BulletList.of(["ett"], ordered=True)),
    )
    written = open_docx(write_docx(tree, reference_doc=office))
    numbering = written.part.numbering_part.element
    for name, format in (("List Bullet", "bullet"), ("List Number", "decimal")):
        num_id = written.styles[name].element.xpath("string(./w:pPr/w:numPr/w:numId/@w:val)")
        abstract = numbering.xpath(f"string(./w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val)")
        assert (
            numbering.xpath(
                f"string(./w:abstractNum[@w:abstractNumId='{abstract}']/w:lvl[@w:ilvl='0']/w:numFmt/@w:val)"
            )
            == format
        )


def test_a_reference_doc_that_is_not_word_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip")
    with pytest.raises(InvalidValue, match="reference_doc"):
        DOCUMENTS["fees"].render_bytes(DOCUMENTS["fees"].example(), reference_doc=bad)  # type: ignore[misc]


# -- PDF -----------------------------------------------------------------------------------------


def test_pdf_is_made_from_the_html_and_dated_from_as_of() -> None:
    entry = DOCUMENTS["compliance"]
    assert entry.example is not None
    report = entry.example()
    data = entry.render_bytes(report, format="pdf")
    assert data.startswith(b"%PDF-")
    assert entry.render_bytes(report, format="pdf") == data
    day = report.as_of.strftime("%Y%m%d")
    streams = [data]
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            streams.append(zlib.decompress(stream))
        except zlib.error:
            continue
    found = b"".join(streams)
    assert f"/CreationDate (D:{day}".encode() in found
    assert f"/ModDate (D:{day}".encode() in found


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_in_pdf_is_the_same_bytes_twice(kind: str) -> None:
    entry = DOCUMENTS[kind]
    assert entry.example is not None
    data = entry.render_bytes(entry.example(), format="pdf")
    assert data.startswith(b"%PDF-")
    assert entry.render_bytes(entry.example(), format="pdf") == data


def test_pdf_without_weasyprint_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    with pytest.raises(MissingExtra, match=r"pip install 'vardservice\[pdf\]'") as caught:
        write_bytes(tree_of("fees")[0], "pdf")
    assert isinstance(caught.value, ImportError) and caught.value.extra == "pdf"
    code, out, err = run(capsys, "regions", "--format", "pdf", "-o", str(tmp_path / "r.pdf"))
    assert (code, out) == (2, "")
    assert err.startswith(
        "vardservice regions: PDF output needs weasyprint: pip install 'vardservice[pdf]'"
    )
    assert len(err.splitlines()) == 1


# -- the library's entry points ----------------------------------------------------------------


def test_render_is_for_text_and_render_bytes_for_files() -> None:
    entry = DOCUMENTS["fees"]
    assert entry.formats[-2:] == BINARY_FORMATS
    assert all(DOCUMENTS[kind].formats[-2:] == BINARY_FORMATS for kind in DOCUMENTS)
    with pytest.raises(InvalidValue, match="render_bytes"):
        entry.render(entry.example(), format="docx")  # type: ignore[misc]
    with pytest.raises(InvalidValue):
        entry.render_bytes(entry.example(), format="html")  # type: ignore[arg-type, misc]


def test_save_picks_the_format_from_the_suffix(tmp_path: Path) -> None:
    entry = DOCUMENTS["regions"]
    obj = entry.example()  # type: ignore[misc]
    assert entry.save(obj, tmp_path / "r.docx").read_bytes() == entry.render_bytes(obj)
    assert entry.save(obj, tmp_path / "r.md").read_text(encoding="utf-8") == entry.render(obj)
    with pytest.raises(InvalidValue):
        entry.save(obj, tmp_path / "r.xyz")


# -- the command line: -o on every command, never a file to a terminal -------------------------

COMMANDS = [
    ["regions", "--year", "2023"],
    [
        "fees",
        "--schedule",
        str(EXAMPLES / "fees" / "best_service_illustrative.toml"),
        "--year",
        "2024",
    ],
    ["vns", str(EXAMPLES / "vns" / "halland_rgs_vns.yaml")],
    ["network", str(EXAMPLES / "networks" / "best_service.yaml"), "--year", "2024"],
    ["schedule", str(EXAMPLES / "planning" / "nsn.yaml"), "--year", "2025"],
    ["render", "final-report", str(HIP_FRACTURE)],
    ["check", str(HIP_FRACTURE), "--as-of", "2025-01-01"],
    ["portfolio", str(EXAMPLES / "subprojects"), "--as-of", "2025-01-01"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: args[0])
def test_every_rendering_command_writes_word_with_o(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str]
) -> None:
    out_file = tmp_path / "out.docx"
    code, out, err = run(capsys, *args, "--format", "docx", "-o", str(out_file))
    assert (code, out, err) == (0, "", "")
    word = docx.Document(str(out_file))
    assert heading_level(word.paragraphs[0]) == 1
    code, out, err = run(capsys, *args, "--format", "docx")
    assert (code, out) == (2, "")
    assert "--format docx writes a file: give -o FILE" in err


def test_benchmark_writes_word_with_o(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from vardservice.benchmarking import BenchmarkData
    from vardservice.io import load

    data = load(EXAMPLES / "benchmarking" / "cleaning_illustrative.yaml", BenchmarkData)
    year = str(max(o.year for o in data.observations))
    out_file = tmp_path / "b.docx"
    args = ["benchmark", str(EXAMPLES / "benchmarking" / "cleaning_illustrative.yaml")]
    code, _, err = run(capsys, *args, "--year", year, "--format", "docx", "-o", str(out_file))
    assert (code, err) == (0, "")
    assert docx.Document(str(out_file)).tables


def test_o_writes_text_formats_to_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "regions.md"
    code, out, err = run(capsys, "regions", "--format", "markdown", "--output", str(target))
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith("# Regioner")


def test_o_dash_writes_a_file_format_to_a_pipe_not_a_terminal(
    capsys: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, _, err = run(capsys, "regions", "--format", "docx", "-o", "-")  # type: ignore[arg-type]
    assert code == 2 and "not written to a terminal" in err


def test_o_dash_writes_a_file_format_to_a_pipe(tmp_path: Path) -> None:
    import subprocess

    target = tmp_path / "r.docx"
    with target.open("wb") as pipe:
        done = subprocess.run(
            [sys.executable, "-m", "vardservice", "regions", "--format", "docx", "-o", "-"],
            stdout=pipe,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert (done.returncode, done.stderr) == (0, b"")
    assert heading_level(docx.Document(str(target)).paragraphs[0]) == 1


def test_reference_doc_is_for_word_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    office = reference_doc(tmp_path)
    code, _, err = run(capsys, "regions", "--reference-doc", str(office))
    assert code == 2 and "--reference-doc is for --format docx" in err
    target = tmp_path / "r.docx"
    args = ["--format", "docx", "--reference-doc", str(office), "-o", str(target)]
    code, _, err = run(capsys, "regions", *args)
    assert (code, err) == (0, "")
    assert docx.Document(str(target)).styles["Heading 1"].font.name == "Garamond"


def test_an_unwritable_output_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "regions", "-o", str(tmp_path / "missing" / "r.txt"))
    assert code == 2 and err.startswith("vardservice regions: vardservice.--output:")
    assert len(err.splitlines()) == 1


def test_render_list_shows_word_and_pdf(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "render", "--list")
    assert code == 0
    assert all(line.endswith(", docx, pdf]") for line in out.splitlines())


# -- check-report: a report written in Word, read back -------------------------------------------


def final_report(tmp_path: Path, *, without: str | None = None, pages: int | None = None) -> Path:
    entry = DOCUMENTS["final-report"]
    from vardservice.io import load
    from vardservice.subprojects import Subproject

    word = open_docx(entry.render_bytes(load(HIP_FRACTURE, Subproject)))
    for paragraph in word.paragraphs:
        if paragraph.text == without:
            paragraph._p.getparent().remove(paragraph._p)
    path = tmp_path / "slutrapport.docx"
    word.save(str(path))
    if pages is not None:  # as Word records it when it saves the file
        with zipfile.ZipFile(path) as package:
            files = {name: package.read(name) for name in package.namelist()}
        files["docProps/app.xml"] = files["docProps/app.xml"].replace(
            b"</Application>", f"</Application><Pages>{pages}</Pages>".encode()
        )
        with zipfile.ZipFile(path, "w") as package:
            for name, content in files.items():
                package.writestr(name, content)
    return path


def test_check_report_passes_a_complete_final_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = final_report(tmp_path)
    read = read_report_docx(path)
    assert read.missing() == () and read.pages is None
    code, out, err = run(capsys, "check-report", str(path), "--as-of", "2025-01-01")
    assert (code, err) == (0, "")
    assert "inga avvikelser" in out


def test_check_report_finds_a_removed_section_where_it_belongs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = final_report(tmp_path, without="Nuläge")
    read = read_report_docx(path)
    assert read.missing() == (ReportSection.CURRENT_STATE,)
    analysis = next(h for h in read.headings if h.text == "Analys")
    report = check_report_docx(path, as_of="2025-01-01")
    assert [(f.code, f.path) for f in report.findings] == [
        ("SP015", f"$.paragraphs[{analysis.paragraph}]")
    ]
    assert report.findings[0].evidence["before"] == "Analys"
    code, out, _ = run(capsys, "check-report", str(path), "--as-of", "2025-01-01")
    assert code == 1
    assert f"SP015  stycke {analysis.paragraph + 1}, före ”Analys”" in out
    assert "saknar avsnittet nuläge" in out
    code, out, _ = run(
        capsys, "check-report", str(path), "--as-of", "2025-01-01", "--format", "json"
    )
    assert code == 1 and '"as_of_is_today": false' in out and '"SP015"' in out


def test_check_report_judges_a_follow_up_reports_recorded_pages(tmp_path: Path) -> None:
    entry = DOCUMENTS["follow-up"]
    assert entry.example is not None
    word = open_docx(entry.render_bytes(entry.example()))
    path = tmp_path / "uppfoljning.docx"
    word.save(str(path))
    assert check_report_docx(path, as_of="2025-01-01").findings == ()  # no pages recorded
    with zipfile.ZipFile(path) as package:
        files = {name: package.read(name) for name in package.namelist()}
    files["docProps/app.xml"] = files["docProps/app.xml"].replace(
        b"</Application>", b"</Application><Pages>12</Pages>"
    )
    with zipfile.ZipFile(path, "w") as package:
        for name, content in files.items():
            package.writestr(name, content)
    report = check_report_docx(path, as_of="2025-01-01")
    assert [(f.code, f.path, f.evidence["pages"]) for f in report.findings] == [
        ("SP022", "$.pages", 12)
    ]
    assert report.is_compliant  # a warning: "bör vara kortfattad"


def test_a_final_reports_pages_are_read_not_judged(tmp_path: Path) -> None:
    path = final_report(tmp_path, pages=14)
    assert read_report_docx(path).pages == 14
    assert check_report_docx(path, as_of="2025-01-01").findings == ()


def test_headings_in_a_swedish_word_and_in_other_words_are_found(tmp_path: Path) -> None:
    word = docx.Document()
    rubrik = word.styles["Heading 2"]
    rubrik.element.set(qn("w:styleId"), "Rubrik2")  # as a Swedish Word saves it
    word.add_heading("Slutrapport: Exempel", level=1)
    for text in ("1. Uppdraget", "2. Arbetsgruppens sammansättning", "3. Nulägesbeskrivning"):
        word.add_paragraph(text, style="Heading 2")
    word.add_paragraph("4 Analys", style="Heading 2")
    word.add_paragraph("Åtgärdsförslag", style="Heading 2")
    path = tmp_path / "egen.docx"
    word.save(str(path))
    assert read_report_docx(path).missing() == ()


def test_check_report_kind_given_or_refused_and_the_last_section_goes_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = final_report(tmp_path)
    read = read_report_docx(path)
    last = list(ReportSection)[-1]
    assert read.place_of(last) == (read.paragraphs, None)  # no later heading: the end
    given = check_report_docx(path, as_of="2025-01-01", kind="final-report")
    assert given.findings == check_report_docx(path, as_of="2025-01-01").findings == ()
    with pytest.raises(InvalidValue, match="check_report_docx.kind"):
        check_report_docx(path, as_of="2025-01-01", kind="minutes")  # type: ignore[arg-type]
    import vardservice.io.word

    monkeypatch.setattr(vardservice.io.word, "MAX_DOCX_BYTES", 100)
    with pytest.raises(InvalidInput, match=r"bytes; at most 100 are read"):
        read_report_docx(path)


def test_a_title_styled_paragraph_is_no_section_heading(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Nuläge", level=0)  # the Title style: the document's title, level 0
    path = tmp_path / "titel.docx"
    word.save(str(path))
    read = read_report_docx(path)
    assert ReportSection.CURRENT_STATE in read.missing()


def test_check_report_text_says_at_the_end_and_today_and_writes_markdown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    word = docx.Document()
    word.add_heading("Slutrapport: Exempel", level=1)
    for text in ("Uppdrag", "Gruppsammansättning", "Nuläge", "Analys"):  # no proposals
        word.add_paragraph(text, style="Heading 2")
    path = tmp_path / "utan_forslag.docx"
    word.save(str(path))
    args = ("check-report", str(path), "--kind", "final-report")
    code, out, err = run(capsys, *args)  # no --as-of: today, and the output says so
    assert (code, err) == (1, "")
    assert "(dagens datum)" in out
    assert "SP015  stycke 6, i slutet" in out
    code, out, _ = run(capsys, *args, "--as-of", "2025-01-01", "--format", "markdown")
    assert code == 1 and out.startswith("#") and "SP015" in out


def test_check_report_refuses_what_is_not_word(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "slutrapport.docx"
    bad.write_bytes(b"PK not really")
    code, out, err = run(capsys, "check-report", str(bad), "--as-of", "2025-01-01")
    assert (code, out) == (2, "")
    assert "not a readable Word (.docx) file" in err and len(err.splitlines()) == 1


def test_check_report_writes_its_report_in_word(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = final_report(tmp_path, without="Analys")
    target = tmp_path / "granskning.docx"
    args = [
        "check-report",
        str(path),
        "--as-of",
        "2025-01-01",
        "--format",
        "docx",
        "-o",
        str(target),
    ]
    code, out, err = run(capsys, *args)
    assert (code, out, err) == (1, "", "")
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "SP015" in text


def test_the_docs_example_report_was_made_by_the_library_and_passes(tmp_path: Path) -> None:
    example = DOCS / "examples" / "slutrapport-hoftfraktur.docx"
    assert check_report_docx(example, as_of="2025-01-01").findings == ()
    assert open_docx(example.read_bytes()).core_properties.subject == "final-report"
