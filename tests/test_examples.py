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
    from vardservice.networks import Network

    network = load(EXAMPLES / "networks" / "nsn.yaml", Network)
    assert [g.title for g in network.goals] == [
        "Servicenätverket samordnar service i riksorganisationen samt med andra externa aktörer",
        "Servicenätverket samlar kunskap i riksorganisationen om service",
        "Servicenätverket jobbar för att stärka serviceutveckling i hela Sverige",
        "Servicenätverket jobbar för att öka kunskapen om service i hela Sverige",
    ]
    assert network.meetings_per_year == 4
