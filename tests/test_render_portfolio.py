"""The portfolio overview (portföljöversikt): the counts, each subproject's stage and deadline."""

import re
from pathlib import Path

import markupsafe
import pytest

from vardservice.errors import InvalidValue
from vardservice.io import load
from vardservice.portfolio import DUE_SOON_DAYS, Portfolio, PortfolioSummary, summarize
from vardservice.render import DOCUMENTS, render_portfolio
from vardservice.subprojects import Milestone, Subproject

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "subprojects"
COMPLIANT = load(EXAMPLES / "hoftfraktur_compliant.yaml", Subproject)
NONCOMPLIANT = load(EXAMPLES / "bup_noncompliant.yaml", Subproject)
AS_OF = "2025-06-01"
FORMATS = ("markdown", "html", "text")


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def _portfolio_summary() -> PortfolioSummary:
    started = Subproject(
        id="SFBV-2024-02",
        title="Stroke",
        milestones=[Milestone(kind="start_decided", date="2024-02-09")],
    )
    return summarize([COMPLIANT, NONCOMPLIANT, started], as_of="2025-04-01")


def test_portfolio_table_with_stage_and_next_deadline() -> None:
    summary = _portfolio_summary()
    lines = plain(render_portfolio(summary)).splitlines()
    assert lines[0] == "# Portföljöversikt, per 1 april 2025"
    assert "| Delprojekt totalt | 3 |" in lines
    assert "| Startade | 3 |" in lines
    # deliberate (issue 10): a "bör" deadline is "bör göras"; "Status", not "Stadium"
    assert "| Uppföljningar som bör göras inom 30 dagar | 1 |" in lines
    assert "| Delprojekt | Status | Nästa tidsgräns | Regioner som inte har beslutat |" in lines
    assert (
        "| SFBV-2023-05 Väntetider till barn- och ungdomspsykiatrin | Beslutat i regionerna"
        " | 19 april 2025 (inom 30 dagar) | – |"
    ) in lines
    assert "| SFBV-2024-02 Stroke | Startat | – | – |" in lines
    assert "## Per status" in lines and "| Startat | 1 |" in lines
    english = plain(render_portfolio(summary, lang="en", format="text"))
    assert "Portfolio overview, as of 1 April 2025" in english
    assert re.search(
        r"\nSFBV-2023-05 Väntetider[^\n]* {2,}Decided by the regions {2,}"
        r"19 April 2025 \(within 30 days\) {2,}–\n",
        english,
    )
    assert re.search(r"\nStarted +3\n", english)
    overdue = summarize([NONCOMPLIANT], as_of=AS_OF)
    assert "(försenad)" in render_portfolio(overdue, format="html")
    with pytest.raises(InvalidValue, match="summary"):
        render_portfolio(COMPLIANT)  # type: ignore[arg-type]


def test_the_title_names_the_portfolio() -> None:
    summary = summarize(Portfolio(name="SFBV", subprojects=[COMPLIANT]), as_of=AS_OF)
    assert render_portfolio(summary).startswith("# Portföljöversikt: SFBV, per 1 juni 2025\n")
    assert render_portfolio(summary, lang="en", format="text").startswith(
        "Portfolio overview: SFBV, as of 1 June 2025\n"
    )


def test_the_counts_are_labelled_values_and_stages_the_stage_words() -> None:
    html = render_portfolio(_portfolio_summary(), format="html")
    assert '<tr><th scope="row">Delprojekt totalt</th><td class="number">3</td></tr>' in html
    # a count is "Startade" (subprojects), the stage "Startat": the same English word
    assert '<th scope="row">Startade</th>' in html and "<td>Startat</td>" in html


def test_rows_that_need_attention_are_marked_in_html() -> None:
    summary = _portfolio_summary()
    html = render_portfolio(summary, format="html")
    marked = re.findall(r'<tr class="mark"><td>([^<]*)</td>', html)
    assert marked == [entry.label() for entry in summary.entries if entry.overdue or entry.due_soon]
    overdue = render_portfolio(summarize([NONCOMPLIANT], as_of=AS_OF), format="html")
    assert '<tr class="mark"><td>SFBV-2023-05' in overdue


def test_due_soon_says_the_days_of_the_rule() -> None:
    english = render_portfolio(_portfolio_summary(), lang="en")
    assert f"| Follow-ups due within {DUE_SOON_DAYS} days | 1 |" in english
    assert f"(within {DUE_SOON_DAYS} days)" in english


def test_an_empty_portfolio() -> None:
    summary = summarize([], as_of=AS_OF)
    for fmt in FORMATS:
        text = render_portfolio(summary, format=fmt)  # type: ignore[arg-type]
        assert "Inga delprojekt." in text and "Per stadium" not in text
    assert "| Delprojekt totalt | 0 |" in render_portfolio(summary)


def test_html_escapes_the_names() -> None:
    hostile = Subproject(id="SFBV-<1>", title="Q<&\"'x")
    summary = summarize(Portfolio(name="<b>", subprojects=[hostile]), as_of=AS_OF)
    html = render_portfolio(summary, format="html")
    assert "<b>" not in html and "Q<" not in html and "<1>" not in html
    assert str(markupsafe.escape(hostile.title)) in html


def test_the_registry_reads_a_portfolio_and_summarizes_it_as_of_the_date() -> None:
    kind = DOCUMENTS["portfolio"]
    assert kind.subject is PortfolioSummary and kind.reads is Portfolio
    assert [(o.name, o.kind, o.required) for o in kind.options] == [("as_of", "date", True)]
    assert kind.prepare is not None and kind.example is not None
    portfolio = Portfolio(name="SFBV", subprojects=[COMPLIANT, NONCOMPLIANT])
    assert kind.prepare(portfolio, as_of=AS_OF, lang="sv") == summarize(portfolio, as_of=AS_OF)
    example = kind.example()
    assert any(e.overdue for e in example.entries) and any(e.due_soon for e in example.entries)
    for fmt in FORMATS:
        for lang in ("sv", "en"):
            assert example.name in kind.render(example, format=fmt, lang=lang)
