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


def test_planning_examples_load_cite_their_sources_and_mark_placement_illustrative() -> None:
    from vardservice.planning import ActivityKind, AnnualWheel

    for name in ("nsn.yaml", "best_service_arshjul.yaml"):
        path = EXAMPLES / "planning" / name
        wheel = load(path, AnnualWheel)
        assert "ILLUSTRATIVE" in path.read_text(encoding="utf-8").splitlines()[0]
        entries = wheel.for_year(2025)
        # No source gives a month, a date or a weekday: every placement is illustrative.
        assert all(a.illustrative and a.source is not None for a in entries)
        assert wheel.meetings is not None and wheel.meetings.illustrative
    nsn = load(EXAMPLES / "planning" / "nsn.yaml", AnnualWheel)
    meetings = [a for a in nsn.for_year(2025) if a.kind is ActivityKind.MEETING]
    assert len(meetings) == 4  # "samlas fyra gånger per år" (NSN)
    assert nsn.meetings is not None and str(nsn.meetings.source).startswith("NSN")
    bs = load(EXAMPLES / "planning" / "best_service_arshjul.yaml", AnnualWheel)
    cited = {str(a.source) for a in bs.activities}
    assert {"BS §6", "BS §3.2", "BS §5.2"} <= cited


def test_decision_examples_load() -> None:
    from vardservice.decisions import NeedsInventory, ProtocolExcerpt

    excerpt = load(EXAMPLES / "decisions" / "hsn90.yaml", ProtocolExcerpt)
    assert excerpt.heading == "§\xa090 Vårdnära service"  # HSN90, real: not illustrative
    path = EXAMPLES / "decisions" / "needs_inventory_illustrative.yaml"
    inventory = load(path, NeedsInventory)
    assert inventory.illustrative  # HSN90 gives the places 4 and 7, not the counts
    assert "ILLUSTRATIVE" in path.read_text(encoding="utf-8").splitlines()[0]
    assert inventory.positions("VNS", top=10) == (4, 7)


def test_best_service_network_is_the_same_in_three_formats() -> None:
    from vardservice.networks import Network

    folder = EXAMPLES / "networks"
    networks = [
        load(folder / f"best_service.{suffix}", Network) for suffix in ("yaml", "toml", "json")
    ]
    assert networks[0] == networks[1] == networks[2]
    network = networks[0]
    assert len(network.members) == 21
    assert network.fee_schedules is not None
    assert all(s.illustrative for s in network.fee_schedules.schedules)  # amounts from no source
    assert all("illustrative" in m.note for m in network.members)  # dates from no source
    for suffix in ("yaml", "toml"):
        assert "ILLUSTRATIVE" in (folder / f"best_service.{suffix}").read_text(encoding="utf-8")


def test_nsn_network_has_its_four_goals_verbatim() -> None:
    from vardservice.networks import NationalNetwork

    network = load(EXAMPLES / "networks" / "nsn.yaml", NationalNetwork)
    assert [g.title for g in network.goals] == [
        "Servicenätverket samordnar service i riksorganisationen samt med andra externa aktörer",
        "Servicenätverket samlar kunskap i riksorganisationen om service",
        "Servicenätverket jobbar för att stärka serviceutveckling i hela Sverige",
        "Servicenätverket jobbar för att öka kunskapen om service i hela Sverige",
    ]
    assert network.meetings is not None and network.meetings.per_year == 4


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
        "SP020", "SP021", "SP023", "SP024", "SP026", "SP028",
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
        "| SFBV-2023-02 Palliativ vård i livets slutskede | Beslutat i regionerna"
        " | 19 april 2025 (inom 30 dagar) | Kronoberg och Skåne |"
    ) in text.splitlines()
