"""Notebook display (vardservice._display, render._notebook), to_dataframe dtypes, the notebook.

The display registry is filled by the render layer; the models only know the
registry (the import-linter layers contract checks that no model imports render).
"""

import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from vardservice import _display
from vardservice.benchmarking import BenchmarkData, compare
from vardservice.fees import FeeSchedule, FeeScheduleHistory, RegionTiers, budget, region_tiers
from vardservice.io import load, load_portfolio, load_subprojects
from vardservice.networks import Network
from vardservice.portfolio import summarize
from vardservice.regions import REGIONS, get_region
from vardservice.rules import Severity, check
from vardservice.subprojects import Stage
from vardservice.vns import staffing_sensitivity

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCHEDULES = load(EXAMPLES / "fees" / "best_service_illustrative.yaml", FeeScheduleHistory)


def _budget() -> Any:
    return budget(REGIONS, 2024, schedule=SCHEDULES)


def _report() -> Any:
    sp = load_subprojects(EXAMPLES / "subprojects" / "bup_noncompliant.yaml")[0]
    return check(sp, as_of="2025-06-01", lang="en")


def _summary() -> Any:
    return summarize(
        load_portfolio(EXAMPLES / "subprojects" / "portfolio.yaml"), as_of="2025-06-01"
    )


def _comparison() -> Any:
    data = load(EXAMPLES / "benchmarking" / "cleaning_illustrative.yaml", BenchmarkData)
    figure = data.key_figures[0]
    found = [o for o in data.observations if o.key_figure == figure.id]
    return compare(figure, found, max(o.year for o in found))


SHOWN: dict[str, Callable[[], Any]] = {
    "Budget": _budget,
    "RegionTiers": lambda: region_tiers(2023),
    "Report": _report,
    "PortfolioSummary": _summary,
    "Subproject": lambda: load_subprojects(EXAMPLES / "subprojects" / "bup_noncompliant.yaml")[0],
    "Comparison": _comparison,
    "Region": lambda: get_region("07"),
    "FeeSchedule": lambda: SCHEDULES.schedules[0],
    "Network": lambda: load(EXAMPLES / "networks" / "best_service.yaml", Network),
}


@pytest.mark.parametrize("name", sorted(SHOWN))
def test_main_models_display_as_html_tables_and_markdown(name: str) -> None:
    obj = SHOWN[name]()
    html = obj._repr_html_()
    markdown = obj._repr_markdown_()
    assert "<table" in html and "<html" not in html.lower()  # a fragment, for a cell
    assert "|" in markdown and "<table" not in markdown


def test_large_models_have_a_short_repr() -> None:
    assert repr(_budget()) == "Budget(year=2024, fees=<21 items>)"
    for name in ("Report", "PortfolioSummary", "Subproject", "Network", "Comparison"):
        text = repr(SHOWN[name]())
        assert len(text) < 600 and "\n" not in text, name


def test_the_registry_is_filled_by_render_and_looked_up_by_type() -> None:
    import vardservice.render  # noqa: F401  # fills the registry

    assert {c.__name__ for c in _display.DISPLAYS} >= set(SHOWN)

    class Unknown(_display.Displayable):
        __slots__ = ()

    assert Unknown()._repr_html_() is None  # no display: the notebook shows the repr


def test_a_model_does_not_load_render_until_it_is_displayed() -> None:
    code = (
        "import sys\n"
        "from vardservice.regions import get_region\n"
        "r = get_region('07')\n"
        "assert 'vardservice.render' not in sys.modules\n"
        "assert '<table' in r._repr_html_()\n"
        "assert 'vardservice.render' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- to_dataframe: real dtypes, exact money -----------------------------------------------------


def test_region_tiers_frame_has_int64_population_and_a_tier_category() -> None:
    rows = region_tiers(2023)
    assert isinstance(rows, RegionTiers) and isinstance(rows, tuple)
    df = rows.to_dataframe()
    assert str(df["population"].dtype) == "int64"
    assert str(df["year"].dtype) == "int64"
    assert isinstance(df["tier"].dtype, pd.CategoricalDtype)
    assert list(df["tier"].cat.categories) == [1, 2, 3]
    assert df["population"].sum() == sum(r.population.population for r in rows)


def test_budget_frame_keeps_money_exact() -> None:
    schedule = FeeSchedule.of(2024, {1: "40 000,25 kr", 2: 80_000, 3: 120_000}, illustrative=True)
    result = budget(REGIONS, 2024, schedule=schedule)
    df = result.to_dataframe()
    assert isinstance(df["fee"].dtype, pd.ArrowDtype)
    assert "decimal128" in str(df["fee"].dtype)
    assert Decimal(str(df["fee"].sum())) == result.total.amount  # exact, no float
    assert str(df["population"].dtype) == "int64"


def test_report_frame_one_row_per_finding() -> None:
    report = _report()
    df = report.to_dataframe()
    assert len(df) == len(report.findings)
    assert list(df["severity"].cat.categories) == [s.value for s in Severity]
    assert list(df["code"]) == [f.code for f in report.findings]


def test_portfolio_summary_frame_has_dates_and_stage_categories() -> None:
    summary = _summary()
    df = summary.to_dataframe()
    assert len(df) == len(summary.entries)
    assert str(df["next_deadline"].dtype) == "datetime64[ns]"
    assert list(df["stage"].cat.categories) == [s.value for s in Stage]
    assert str(df["overdue"].dtype) == "bool"


def test_comparison_and_sensitivity_frames_are_exact() -> None:
    comparison = _comparison()
    df = comparison.to_dataframe()
    assert str(df["rank"].dtype) == "int64"
    assert isinstance(df["value"].dtype, pd.ArrowDtype)
    assert [Decimal(str(v)) for v in df["value"]] == [r.value for r in comparison.results]
    sweep = staffing_sensitivity(
        2025, cost_per_hour=["300 kr", "350,50 kr"], eligible_wards=[10, 20]
    )
    frame = sweep.to_dataframe()
    assert str(frame["eligible_wards"].dtype) == "int64"
    assert [Decimal(str(v)) for v in frame["effect"]] == [r.effect.amount for r in sweep.rows]
    assert all(str(frame[c].dtype) != "float64" for c in frame.columns)


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"vardservice\[pandas\]"):
        _budget().to_dataframe()


# --- the example notebook, executed -----------------------------------------------------------


def test_the_example_notebook_runs_and_shows_html_tables() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    folder = EXAMPLES / "notebooks"
    notebook = nbformat.read(folder / "fee_levels.ipynb", as_version=4)
    stored = [c for c in notebook.cells if c.cell_type == "code" and c.get("outputs")]
    assert not stored, "the notebook is stored without outputs"
    client = nbclient.NotebookClient(
        notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    )
    client.execute()
    outputs = {
        c.source.splitlines()[-1]: o.get("data", {})
        for c in notebook.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "execute_result"
    }
    for shown in ("network_budget", "report", "summary"):
        assert "<table" in outputs[shown]["text/html"], shown
    assert "population       int64" in outputs["tiers.dtypes"]["text/plain"]
    assert any("image/svg+xml" in data for data in outputs.values())
