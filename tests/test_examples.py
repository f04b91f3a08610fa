"""Every example script runs, and every example data file loads."""

import runpy
import sys
from pathlib import Path

import pytest

from vardservice.fees import FeeScheduleHistory
from vardservice.io import load

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("*.py")), ids=lambda p: p.name)
def test_example_script_runs(
    script: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", [str(script)])
    runpy.run_path(str(script), run_name="__main__")
    assert capsys.readouterr().out.strip()


def test_fee_examples_agree_across_formats() -> None:
    toml = load(EXAMPLES / "fees" / "best_service_illustrative.toml", FeeScheduleHistory)
    yaml = load(EXAMPLES / "fees" / "best_service_illustrative.yaml", FeeScheduleHistory)
    assert toml == yaml
    assert all(s.illustrative for s in toml.schedules)  # amounts come from no source


def test_benchmarking_example_is_marked_illustrative_and_loads() -> None:
    from vardservice.benchmarking import BenchmarkData

    path = EXAMPLES / "benchmarking" / "cleaning_illustrative.yaml"
    data = load(path, BenchmarkData)
    assert data.illustrative  # key-figure values come from no source
    assert "ILLUSTRATIVE" in path.read_text(encoding="utf-8").splitlines()[0]
    assert {o.unit for o in data.observations} == {"kr/m**2", "tkr/m**2"}


def test_subproject_examples_are_fictitious_and_checked_as_documented() -> None:
    from vardservice.rules import check
    from vardservice.subprojects import Subproject

    folder = EXAMPLES / "subprojects"
    for path in folder.glob("*_compliant.yaml"):
        assert "FICTITIOUS" in path.read_text(encoding="utf-8").splitlines()[0]
    compliant = load(folder / "hoftfraktur_compliant.yaml", Subproject)
    assert check(compliant, as_of="2025-06-01").findings == ()
    noncompliant_path = folder / "bup_noncompliant.yaml"
    assert "FICTITIOUS" in noncompliant_path.read_text(encoding="utf-8").splitlines()[0]
    report = check(load(noncompliant_path, Subproject), as_of="2025-06-01")
    assert set(report.codes()) == {
        "SP001", "SP003", "SP004", "SP005", "SP006", "SP007", "SP008", "SP009", "SP010",
        "SP011", "SP012", "SP013", "SP014", "SP015", "SP016", "SP017", "SP018", "SP019",
        "SP020", "SP021", "SP023",
    }  # fmt: skip
    assert report.errors and report.warnings and report.infos
    # the file's header lists every code it breaks
    header = noncompliant_path.read_text(encoding="utf-8").split("\nid:")[0]
    assert {code for code in report.codes() if code in header} == set(report.codes())


def test_portfolio_example_has_subprojects_at_different_stages() -> None:
    from vardservice.io import load_portfolio
    from vardservice.portfolio import summarize
    from vardservice.render import render_portfolio

    path = EXAMPLES / "subprojects" / "portfolio.yaml"
    assert "FICTITIOUS" in path.read_text(encoding="utf-8").splitlines()[0]
    summary = summarize(load_portfolio(path), as_of="2025-04-01")
    assert (summary.total, summary.started, summary.final_reported) == (5, 4, 3)
    assert (summary.board_decided, summary.followed_up, summary.follow_ups_due_soon) == (2, 1, 1)
    assert len({entry.stage for entry in summary.entries}) == 5
    text = render_portfolio(summary).replace("\xa0", " ")
    assert (
        "| SFBV-2023-02 Palliativ vård i livets slutskede | Rekommenderat av nämnden"
        " | 19 april 2025 (inom 30 dagar) |"
    ) in text.splitlines()
