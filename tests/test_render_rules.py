"""The compliance report (regelkontroll): findings by severity, counts in words, every format.

Swedish by default, the report's own language when none is asked for; the counts
follow the number ("1 varning", "2 varningar") and are listed the language's way.
"""

import datetime
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from _examples import at_most
from vardservice import strategies
from vardservice.errors import InvalidValue
from vardservice.io import load
from vardservice.render import DOCUMENTS, render_compliance_report
from vardservice.render.rules import finding_counts, verdict
from vardservice.rules import Report, Severity, check
from vardservice.subprojects import Subproject

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "subprojects"
COMPLIANT = load(EXAMPLES / "hoftfraktur_compliant.yaml", Subproject)
NONCOMPLIANT = load(EXAMPLES / "bup_noncompliant.yaml", Subproject)
AS_OF = "2025-06-01"
FORMATS = ("markdown", "html", "text")


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def _with(report: Report, errors: int, warnings: int, infos: int) -> Report:
    """Return ``report`` with the first ``errors``, ``warnings``, ``infos`` of each kind."""
    full = check(NONCOMPLIANT, as_of=AS_OF, lang=report.lang)
    kept = (*full.errors[:errors], *full.warnings[:warnings], *full.infos[:infos])
    return attrs.evolve(report, findings=kept)


def test_compliance_report_groups_by_severity_with_citations() -> None:
    report = check(NONCOMPLIANT, as_of=AS_OF)
    text = plain(render_compliance_report(report))
    lines = text.splitlines()
    assert lines[0] == "# Regelkontroll: SFBV-2023-05 Väntetider till barn- och ungdomspsykiatrin"
    assert "Kontrollerat per 1 juni 2025" in lines
    assert "**Uppfyller inte kraven: 11 fel, 14 varningar och 2 upplysningar.**" in lines
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == ["## Fel (11)", "## Varningar (14)", "## Upplysningar (2)"]
    assert "- **SP001** 2 deltagande regioner; minst 3 krävs.  " in lines
    assert "  Plats: `$.participating_regions`; Källa: SFBV § 5.1.1" in lines
    assert "  Plats: `$.action_proposals[5]`; Källa: SFBV § 5.4" in lines
    assert lines[-1].startswith("Kontrollerade regler: SP001, SP002, SP003")
    # errors come before warnings, warnings before information
    assert text.index("SP023") < text.index("SP003") < text.index("SP010")


def test_compliance_report_in_english_follows_the_reports_language() -> None:
    report = check(NONCOMPLIANT, as_of=AS_OF, lang="en")
    text = plain(render_compliance_report(report, format="text"))
    lines = text.splitlines()
    assert lines[0] == (
        "Compliance report: SFBV-2023-05 Väntetider till barn- och ungdomspsykiatrin"
    )
    assert "Checked as of 1 June 2025" in lines
    assert "Not compliant: 11 errors, 14 warnings and 2 notes." in lines
    assert "Errors (11)" in lines and "Warnings (14)" in lines and "Information (2)" in lines
    assert "- SP001 2 participating regions; at least 3 are required." in lines
    assert "  Path: $.participating_regions; Source: SFBV § 5.1.1" in lines


def test_swedish_information_is_headed_upplysningar_as_the_counts_call_it() -> None:
    # Deliberate: the heading was "Information" while the verdict counted "upplysningar".
    html = render_compliance_report(check(NONCOMPLIANT, as_of=AS_OF), format="html")
    assert "<h2>Upplysningar (2)</h2>" in html and "Information" not in html
    english = render_compliance_report(check(NONCOMPLIANT, as_of=AS_OF), format="html", lang="en")
    assert "<h2>Information (2)</h2>" in english


def test_compliance_report_of_a_compliant_subproject() -> None:
    report = check(COMPLIANT, as_of=AS_OF)
    for fmt in FORMATS:
        text = render_compliance_report(report, format=fmt)  # type: ignore[arg-type]
        assert "Uppfyller samtliga kontrollerade regler." in text
        assert "Inga avvikelser." in text
        assert "SP001, SP002" in text
    html = render_compliance_report(report, format="html")
    assert "<p><strong>Uppfyller samtliga kontrollerade regler.</strong></p>" in html


def test_compliance_report_with_warnings_only_is_compliant() -> None:
    warned = _with(check(COMPLIANT, as_of=AS_OF), 0, 1, 0)
    assert "Uppfyller kraven (inga fel): 1 varning." in render_compliance_report(warned)


@pytest.mark.parametrize(
    ("sizes", "sv", "en"),
    [
        ((1, 0, 0), "1 fel", "1 error"),
        ((2, 0, 0), "2 fel", "2 errors"),
        ((0, 1, 0), "1 varning", "1 warning"),
        ((0, 5, 0), "5 varningar", "5 warnings"),
        ((0, 0, 1), "1 upplysning", "1 note"),
        ((2, 3, 0), "2 fel och 3 varningar", "2 errors and 3 warnings"),
        ((0, 1, 2), "1 varning och 2 upplysningar", "1 warning and 2 notes"),
        ((1, 1, 1), "1 fel, 1 varning och 1 upplysning", "1 error, 1 warning and 1 note"),
        ((0, 0, 0), "", ""),
    ],
)
def test_the_counts_follow_the_number_and_are_listed_the_languages_way(
    sizes: tuple[int, int, int], sv: str, en: str
) -> None:
    report = _with(check(COMPLIANT, as_of=AS_OF), *sizes)
    assert finding_counts(report, "sv") == sv
    assert finding_counts(report, "en") == en


def test_the_verdict_says_compliant_only_without_errors() -> None:
    report = check(COMPLIANT, as_of=AS_OF)
    assert verdict(report, "sv") == "Uppfyller samtliga kontrollerade regler."
    assert verdict(_with(report, 0, 2, 1), "en") == "Compliant (no errors): 2 warnings and 1 note."
    assert verdict(_with(report, 1, 0, 0), "sv") == "Uppfyller inte kraven: 1 fel."


def test_a_report_without_rules_says_none_were_checked() -> None:
    report = Report(subject="X", as_of="2025-06-01")
    assert "Kontrollerade regler: inga" in render_compliance_report(report, format="text")
    assert "Rules checked: none" in render_compliance_report(report, lang="en")


def test_compliance_report_refuses_what_is_not_a_report() -> None:
    with pytest.raises(InvalidValue, match="report"):
        render_compliance_report(COMPLIANT)  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="format"):
        render_compliance_report(check(COMPLIANT, as_of=AS_OF), format="pdf")  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="lang"):
        render_compliance_report(check(COMPLIANT, as_of=AS_OF), lang="de")


def test_the_registry_reads_a_subproject_and_checks_it_as_of_the_date() -> None:
    kind = DOCUMENTS["compliance"]
    assert kind.subject is Report and kind.reads is Subproject
    assert [(o.name, o.kind, o.required) for o in kind.options] == [("as_of", "date", True)]
    assert kind.prepare is not None and kind.example is not None
    report = kind.prepare(NONCOMPLIANT, as_of="2025-06-01", lang="en")
    assert report == check(NONCOMPLIANT, as_of="2025-06-01", lang="en")
    example = kind.example()
    assert {f.severity for f in example.findings} == set(Severity)
    for fmt in FORMATS:
        for lang in ("sv", "en"):
            assert example.subject in kind.render(example, format=fmt, lang=lang)


def test_html_escapes_the_findings() -> None:
    report = check(COMPLIANT, as_of=AS_OF)
    finding = attrs.evolve(
        check(NONCOMPLIANT, as_of=AS_OF).errors[0], message="<b>&", path="$.x<y>"
    )
    html = render_compliance_report(
        attrs.evolve(report, subject="<i>", findings=(finding,)), format="html"
    )
    assert "<b>" not in html and "<i>" not in html and "<y>" not in html
    assert "&lt;b&gt;&amp;" in html and "<code>$.x&lt;y&gt;</code>" in html
    markdown = render_compliance_report(attrs.evolve(report, findings=(finding,)))
    assert re.search(r"\\<b\\>&", markdown)
    # a path with angle brackets is no backtick span (some renderers pass tags through)
    assert "<code>$.x&lt;y&gt;</code>" in markdown and "<y>" not in markdown
    assert "`$.participating_regions`" in render_compliance_report(check(NONCOMPLIANT, as_of=AS_OF))


@at_most(25)
@given(report=strategies.reports())
def test_any_report_renders(report: Report) -> None:
    for fmt in FORMATS:
        assert render_compliance_report(report, format=fmt)  # type: ignore[arg-type]
        assert render_compliance_report(report, format=fmt, lang="en")  # type: ignore[arg-type]


@at_most(25, deadline=None)
@given(case=strategies.subprojects_as_of())
def test_a_generated_compliant_subproject_renders_as_compliant(
    case: tuple[Subproject, datetime.date],
) -> None:
    sp, day = case
    for fmt in FORMATS:
        assert "Uppfyller samtliga kontrollerade regler." in render_compliance_report(
            check(sp, as_of=day),
            format=fmt,  # type: ignore[arg-type]
        )


# --- many files checked at once: one document (vardservice check FILE... --format html) --------


def test_a_check_over_many_files_is_one_document_with_a_summary_and_a_section_per_file() -> None:
    from vardservice.io.documents import check_files
    from vardservice.render import render_check_run

    run = check_files(EXAMPLES, as_of=AS_OF)
    html = render_check_run(run, format="html")
    assert html.startswith("<!DOCTYPE html>") and html.count("<h1>") == 1
    assert "<title>Regelkontroll av delprojekt</title>" in html
    # The summary: one row per subproject, the counts right-aligned, totals in the footer.
    summary = html[html.index("<table>") : html.index("</table>")]
    assert summary.count("<tr>") == 1 + sum(len(f.subprojects) for f in run.files) + 1
    assert '<th scope="col" class="number">Upplysningar</th>' in summary
    totals = run.counts
    assert f'<td class="number"><strong>{totals["error"]}</strong></td>' in summary
    # A section (h2) per file, a subsection (h3) per subproject, findings marked by severity.
    assert html.count("<h2>") == len(run.files)
    assert html.count("<h3>") == sum(len(f.subprojects) for f in run.files)
    assert '<ul class="severity error">' in html and '<ul class="severity info">' in html
    # Markdown is one document too; text likewise.
    markdown = render_check_run(run, format="markdown", lang="en")
    assert markdown.startswith("# Compliance check of subprojects\n")
    assert markdown.count("\n# ") == 0 and "| `" in markdown
    assert render_check_run(run, format="html", fragment=True).startswith("<section")


def test_the_check_run_knows_today_and_refuses_what_is_not_a_run() -> None:
    from vardservice.io.documents import check_files
    from vardservice.render import render_check_run

    run = check_files(EXAMPLES / "hoftfraktur_compliant.yaml", as_of=AS_OF, lang="en")
    text = render_check_run(run, format="text", today=True)
    assert "Checked as of 1 June 2025 (today): 1 file, 1 subproject." in text
    with pytest.raises(InvalidValue):
        render_check_run(check(COMPLIANT, as_of=AS_OF), format="html")  # type: ignore[arg-type]


def test_compliance_findings_are_marked_by_severity_in_html() -> None:
    html = render_compliance_report(check(NONCOMPLIANT, as_of=AS_OF), format="html")
    for severity in ("error", "warning", "info"):
        assert f'<ul class="severity {severity}">' in html
    # The markup of the other formats is unchanged: a list is a list.
    markdown = render_compliance_report(check(NONCOMPLIANT, as_of=AS_OF))
    assert "severity" not in markdown
