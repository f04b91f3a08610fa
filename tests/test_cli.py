"""The vardservice command: output contracts, exit codes, no tracebacks."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vardservice.benchmarking import Comparison
from vardservice.cli import main
from vardservice.io import from_dict
from vardservice.regions import shipped_populations

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCHEDULE = str(EXAMPLES / "fees" / "best_service_illustrative.toml")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_regions_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "regions", "--year", "2023", "--format", "json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert len(rows) == 21
    for row in rows:
        assert isinstance(row["code"], str) and len(row["code"]) == 2
        assert isinstance(row["name"], str)
        assert isinstance(row["population"], int)
        assert row["tier"] in (1, 2, 3)
    assert rows[0] == {
        "code": "01",
        "name": "Region Stockholm",
        "short_name": "Stockholm",
        "population": 2_454_821,
        "year": 2023,
        "tier": 3,
        "source": rows[0]["source"],
        "grade": "secondary",
        "source_title": rows[0]["source_title"],
        "source_url": rows[0]["source_url"],
    }


def test_regions_defaults_to_the_newest_complete_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "regions")
    assert code == 0
    newest = shipped_populations().complete_years()[-1]
    assert out.startswith(f"Regioner, folkmängd och avgiftsnivå {newest}")


@pytest.mark.parametrize("fmt", ["text", "csv", "markdown", "html"])
def test_regions_formats(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = run(capsys, "regions", "--year", "2023", "--format", fmt, "--lang", "en")
    assert code == 0
    assert "Kronoberg" in out
    if fmt == "csv":
        assert out.splitlines()[0] == (
            "code,name,short_name,population,year,tier,source,grade,source_title,source_url"
        )


def test_regions_with_own_population_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    own = tmp_path / "pop.csv"
    own.write_text("code,year,population,source\n07,2023,250000,My recount\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "regions", "--year", "2023", "--format", "json", "--populations", str(own)
    )
    assert code == 0
    kronoberg = next(r for r in json.loads(out) if r["code"] == "07")
    assert (kronoberg["population"], kronoberg["tier"], kronoberg["source"]) == (
        250_000,
        2,
        "My recount",
    )


def test_fees_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "fees", "--schedule", SCHEDULE, "--year", "2024", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["schedule"] == {
        "valid_from": 2024,
        "fees": [
            {"tier": 1, "amount": "40000 kr"},
            {"tier": 2, "amount": "80000 kr"},
            {"tier": 3, "amount": "120000 kr"},
        ],
        "reference": None,
        "illustrative": True,
    }
    assert len(data["members"]) == 21
    kronoberg = next(m for m in data["members"] if m["code"] == "07")
    assert kronoberg == {
        "code": "07",
        "name": "Region Kronoberg",
        "population": 203_686,
        "population_year": 2023,
        "tier": 1,
        "fee": "40000 kr",
        "source": kronoberg["source"],
        "grade": "secondary",
        "population_table": "shipped",
        "secondary": True,
    }
    assert data["budget"]["total"] == "1520000 kr"
    assert [t["members"] for t in data["budget"]["by_tier"]] == [7, 11, 3]


def test_fees_for_some_members_in_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "fees", "--schedule", SCHEDULE, "--year", "2024", "--members",
        "Blekinge,Halland,Kronoberg,Skåne", "--format", "markdown",
    )  # fmt: skip
    assert code == 0
    assert "**280\xa0000\xa0kr**" in out  # 40 000 + 80 000 + 40 000 + 120 000


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["regions", "--year", "2030"], "no population figure for 31 December 2030"),
        (["regions", "--year", "2017"], "available years: 2018, 2019, 2020, 2021, 2023"),
        (["fees", "--schedule", SCHEDULE, "--year", "2017"], "no fee schedule is valid for 2017"),
        (["fees", "--schedule", "missing.toml", "--year", "2024"], "cannot read the file"),
        (["fees", "--schedule", SCHEDULE, "--year", "2024", "--members", "Småland"], "no region matches 'Småland'"),
        (["fees", "--schedule", SCHEDULE, "--year", "2024", "--members", ","], "--members"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_bad_schedule_file_names_each_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "fees.yaml"
    bad.write_text("schedules:\n  - valid_from: 2024\n    fees: 3\n", encoding="utf-8")
    code, _, err = run(capsys, "fees", "--schedule", str(bad), "--year", "2024")
    assert code == 2
    assert "@ $.schedules[0].fees" in err
    assert "FeeSchedule" in err or "expected a list" in err


@pytest.mark.parametrize("args", [["regions", "--year", "twenty"], ["nonsense"], []])
def test_usage_errors_exit_2(args: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2


def test_the_installed_command_and_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vardservice", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("vardservice ")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["check", str(EXAMPLES / "subprojects")], 1),  # the findings' exit code is kept
        (["regions", "--year", "2021", "--format", "csv"], 0),
        (["render", "--help"], 0),
    ],
    ids=["check", "regions", "help"],
)
def test_a_reader_that_closes_the_pipe_early_gets_no_traceback(
    args: list[str], expected: int
) -> None:
    # Issue 12: `vardservice check DIR | head -1` printed a BrokenPipeError traceback (and
    # "Exception ignored" at exit) and exited 1 for any command. The reader here is gone
    # before the command writes, so the write fails every time, whatever the timing.
    command = [sys.executable, "-m", "vardservice", *args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        err = process.stderr.read().decode("utf-8")
        assert (process.wait(timeout=120), err) == (expected, "")


def test_head_1_reads_its_line_and_the_command_ends_quietly() -> None:
    # The shape of `vardservice render --list | head -1`: one line read, then the pipe closed.
    command = [sys.executable, "-m", "vardservice", "render", "--list"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read().decode("utf-8")
        assert first.strip()
        assert (process.wait(timeout=120), err) == (0, "")


def test_reader_gone_sends_the_rest_to_the_null_device(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vardservice.cli._common import reader_gone

    target = tmp_path / "out"
    with target.open("w", encoding="utf-8") as stdout:
        monkeypatch.setattr(sys, "stdout", stdout)
        reader_gone()
        stdout.write("gone")  # what the interpreter's flush at exit would write
    assert target.read_bytes() == b""


def test_several_problems_stay_on_one_line_separated(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "fees.json"
    bad.write_text('{"schedules": [{"valid_from": "x", "fees": [], "extra": 1}]}', encoding="utf-8")
    code, _, err = run(capsys, "fees", "--schedule", str(bad), "--year", "2024")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert err.count(" @ $") == 2
    assert "; " in err


def test_text_output_puts_each_source_on_its_own_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "regions", "--year", "2023", "--format", "text")
    assert code == 0
    assert out.endswith("\n")
    lines = out.splitlines()
    # The label once, then one source per line (as in Markdown), never the label per source.
    assert lines.count("Källor:") == 1 and out.count("Källor") == 1
    sources = lines[lines.index("Källor:") + 1 :]
    assert len(sources) > 1 and all(line.startswith("- ") for line in sources)


# --- vns ------------------------------------------------------------------------------------

VNS_EXAMPLE = str(EXAMPLES / "vns" / "halland_rgs_vns.yaml")


def test_vns_json_reproduces_rgs_vns_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "vns", VNS_EXAMPLE, "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["forecast_cost"] == "23400000.0 kr"
    assert data["compensation"] == "11000000.0 kr"
    assert data["deviation"] == "-12400000.0 kr"
    assert data["deficit"] is True
    assert data["undocumented_scope"] == ["helgtjänstgöring", "slutstädning"]
    assert data["source"] == "RGS-VNS, Ekonomiska konsekvenser"
    reduction = data["staffing_reduction"]
    assert (reduction["year"], reduction["working_days"]) == (2018, 250)
    assert len(reduction["eligible_wards"]) == 10  # not the 14-bed ward, not the day ward
    assert reduction["total"] == "12000000 kr"  # RGS-VNS: "12 mnkr, årseffekt"
    assert data["business_case"]["break_even_year"] == 2023


def test_vns_cli_runs_as_a_program_on_the_example() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vardservice", "vns", VNS_EXAMPLE, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["deviation"] == "-12400000.0 kr"


def test_vns_text_memo_in_swedish_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "vns", VNS_EXAMPLE)
    text = out.replace("\xa0", " ")
    assert code == 0
    assert (
        "RGS prognosticerade helårskostnad för att utföra uppdraget är i dagsläget 23,4 mnkr. "
        "Den ersättning RGS får för utfört uppdrag är 11,0 mnkr, vilket innebär att RGS har "
        "en negativ avvikelse på helår om 12,4 mnkr."
    ) in text
    assert "Brytpunkten nås år 2023." in text
    code, out, _ = run(capsys, "vns", VNS_EXAMPLE, "--format", "html", "--lang", "en")
    assert code == 0
    assert "negative full-year deviation of 12.4\xa0MSEK" in out
    assert out.startswith('<!DOCTYPE html>\n<html lang="en">')
    # The business case is a section of the memo: one page, one title.
    assert out.count("<html") == 1 and out.count("<h1") == 1
    assert '<section class="vardservice vns-memo" lang="en">' in out
    code, bare, _ = run(capsys, "vns", VNS_EXAMPLE, "--format", "html", "--fragment")
    assert code == 0 and bare.startswith('<section class="vardservice vns-memo" lang="sv">')


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ("agreement: {name: A, forecast_cost: 1.5, compensation: 1}\n", ".yaml", "forecast_cost"),
        ("agreement: {name: A, forecast_cost: 1, compensation: 1}\nyear: 2018\n", ".yaml", "wards"),
        ('{"agreement": {"name": "A"}}', ".json", "compensation"),
        ("agreement = 1\n", ".toml", "agreement"),
        ("", ".txt", "unknown file type"),
    ],
)
def test_vns_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, suffix: str, message: str
) -> None:
    path = tmp_path / f"case{suffix}"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "vns", str(path), "--format", "json")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("vardservice vns: ")
    assert message in err


def test_vns_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "vns", str(tmp_path / "none.yaml"))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "cannot read the file" in err


BENCH = Path(__file__).parent.parent / "examples" / "benchmarking" / "cleaning_illustrative.yaml"


def test_benchmark_text_marks_the_reader_and_lists_missing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "benchmark", str(BENCH), "--year", "2022", "--region", "13")
    assert (code, err) == (0, "")
    assert "Halland (din region)" in out
    assert "Blekinge" in out.split("Regioner som inte rapporterat:")[1]


def test_benchmark_json_is_the_comparison_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "benchmark", str(BENCH), "--year", "2022", "--figure", "LV1", "--format", "json"
    )
    assert code == 0
    [result] = json.loads(out)
    halland = next(r for r in result["results"] if r["region"] == "13")
    assert halland["value"] == "328"
    assert [r["rank"] for r in result["results"]] == sorted(r["rank"] for r in result["results"])
    assert from_dict(result, Comparison).year == 2022


@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_benchmark_formats(capsys: pytest.CaptureFixture[str], fmt: str, lang: str) -> None:
    code, out, _ = run(
        capsys, "benchmark", str(BENCH), "--year", "2021", "--format", fmt, "--lang", lang
    )
    assert code == 0
    assert ("Nyckeltalsjämförelse" if lang == "sv" else "Key-figure benchmarking") in out


def test_benchmark_with_two_key_figures_is_one_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Every key figure's comparison in one output: in HTML one page, one section per figure.
    second = (
        "  - id: LV2\n    name_sv: Kostnad per måltid\n    name_en: Cost per meal\n"
        "    unit: kr\n    area: måltider\n    lower_is_better: true\n    version: 1\n"
    )
    text = BENCH.read_text(encoding="utf-8").replace("observations:\n", second + "observations:\n")
    text += "".join(
        f"  - {{key_figure: LV2, region: '{code}', year: 2022, value: '{v}', unit: kr}}\n"
        for code, v in (("01", 61), ("07", 58), ("12", 64))
    )
    path = tmp_path / "two.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "benchmark", str(path), "--year", "2022", "--format", "html")
    assert (code, err) == (0, "")
    assert out.count("<html") == 1 and out.count('<section class="vardservice benchmark"') == 2
    code, out, _ = run(capsys, "benchmark", str(path), "--year", "2022", "--lang", "en")
    assert code == 0 and "Cost per square metre cleaned" in out and "Cost per meal" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--year", "2023"],
            "compare.year: got 2023; expected a year with values of the key figure LV1: 2020, 2021, 2022",
        ),
        (["--year", "2022", "--figure", "X"], "one of the ids: LV1"),
        (["--year", "2022", "--region", "Atlantis"], "no region matches"),
    ],
)
def test_benchmark_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "benchmark", str(BENCH), *args)
    assert (code, out) == (2, "")
    assert message in err
    assert err.count("\n") == 1


def test_benchmark_refuses_mixed_dimensions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        BENCH.read_text(encoding="utf-8").replace("'tkr/m**2'", "'kr/portion'", 1), encoding="utf-8"
    )
    code, _, err = run(capsys, "benchmark", str(path), "--year", "2020")
    assert code == 2
    assert "Observation LV1/13/2020.unit: got 'kr/portion'" in err
    assert "kr/m**2" in err


def test_benchmark_adds_observations_from_csv(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    extra = tmp_path / "extra.csv"
    extra.write_text(
        'region,year,key_figure,value,unit\nGotland,2022,LV1,"299,5",kr/m**2\n', encoding="utf-8"
    )
    code, out, _ = run(
        capsys,
        "benchmark",
        str(BENCH),
        "--year",
        "2022",
        "--observations",
        str(extra),
        "--format",
        "json",
    )
    assert code == 0
    [result] = json.loads(out)
    assert "09" not in result["missing"]
    assert result["results"][0] == {
        **result["results"][0],
        "region": "09",
        "value": "299.5",
        "rank": 1,
    }
    extra.write_text("region,year,key_figure,value,unit\n09,2022,LV1,x,kr/m**2\n", encoding="utf-8")
    code, _, err = run(
        capsys, "benchmark", str(BENCH), "--year", "2022", "--observations", str(extra)
    )
    assert code == 2
    assert "@ line 2" in err and err.count("\n") == 1


NSN = EXAMPLES / "planning" / "nsn.yaml"


def test_schedule_json_lists_the_four_nsn_meetings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "schedule", str(NSN), "--year", "2025", "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["name"] == "Nationella servicenätverket"
    assert data["meetings"] == ["2025-02-04", "2025-05-06", "2025-08-05", "2025-11-04"]
    assert all(e["illustrative"] for e in data["entries"])
    assert [e["month"] for e in data["entries"]] == sorted(e["month"] for e in data["entries"])


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "svg"])
def test_schedule_formats(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = run(capsys, "schedule", str(NSN), "--year", "2025", "--format", fmt)
    assert code == 0
    assert "Servicenätverkets möte" in out
    if fmt == "svg":
        import xml.etree.ElementTree as ET

        assert ET.fromstring(out).get("class") == "vardservice annual-wheel"  # noqa: S314


def test_schedule_writes_ics(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import icalendar

    target = tmp_path / "nsn.ics"
    code, out, _ = run(
        capsys, "schedule", str(NSN), "--year", "2026", "--ics", str(target), "--lang", "en"
    )
    assert code == 0 and out.startswith("Annual wheel 2026")
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert summaries.count("Servicenätverkets möte") == 4


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("name: x\nmeetings: {count: 13}\n", "MeetingRule.count: got 13"),
        ("name: x\nactivities: [{title: a}]\n", "either a date or a month"),
        ("name: x\nmeetings: {weekday: saturday}\n", "@ $.meetings.weekday"),
        ("name: x\nextra: 1\n", "extra fields found (extra)"),
    ],
)
def test_schedule_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "wheel.yaml"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "schedule", str(path), "--year", "2025")
    assert (code, out) == (2, "")
    assert err.startswith("vardservice schedule: ") and err.count("\n") == 1
    assert problem in err


def test_schedule_unwritable_ics_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "schedule", str(NSN), "--year", "2025", "--ics", str(tmp_path / "no" / "x.ics")
    )
    assert code == 2 and "schedule.--ics" in err and err.count("\n") == 1


HSN90 = str(EXAMPLES / "decisions" / "hsn90.yaml")
NEEDS = str(EXAMPLES / "decisions" / "needs_inventory_illustrative.yaml")


def test_render_protocol_prints_the_hsn90_excerpt(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "render", "protocol", HSN90)
    assert (code, err) == (0, "")
    assert out.startswith("# Protokoll\n")
    for line in ("## §\xa090 Vårdnära service", "HSN 938-2020", "Sammanträdesdatum: 2020-11-18  "):
        assert line in out.splitlines()


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_render_protocol_formats(capsys: pytest.CaptureFixture[str], fmt: str, lang: str) -> None:
    code, out, _ = run(capsys, "render", "protocol", HSN90, "--format", fmt, "--lang", lang)
    assert code == 0
    assert "§\xa090 Vårdnära service" in out
    assert "2020-11-18" in out  # as the source writes the meeting date
    if fmt == "html":
        assert out.startswith(f'<!DOCTYPE html>\n<html lang="{lang}">')
        assert f'<section class="vardservice protocol" lang="{lang}">' in out


def test_render_needs_inventory(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "render", "needs-inventory", NEEDS, "--format", "text")
    assert code == 0
    assert "Måltidshantering på vårdavdelningen" in out
    assert "24  VNS" in out


# What each kind is rendered from in the sweep below: a file of examples/ and the options,
# for every kind that reads a file or requires an option. A kind added to the registry
# without an entry here fails the sweep, so that it is noticed.
RENDER_FROM: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "annual-wheel": ("planning/nsn.yaml", ("--year", "2025")),
    "assignment": ("subprojects/hoftfraktur_compliant.yaml", ()),
    "benchmark": ("benchmarking/cleaning_illustrative.yaml", ("--year", "2022", "--region", "13")),
    "benchmark-chart": ("benchmarking/cleaning_illustrative.yaml", ("--year", "2022")),
    "business-case": ("vns/halland_rgs_vns.yaml", ("--unit", "tkr")),
    "check-run": ("subprojects/portfolio.yaml", ("--as-of", "2025-06-01")),
    "compliance": ("subprojects/bup_noncompliant.yaml", ("--as-of", "2025-06-01")),
    "decision-status": ("subprojects/hoftfraktur_compliant.yaml", ()),
    "fees": ("fees/best_service_illustrative.toml", ("--year", "2024")),
    "final-report": ("subprojects/bup_noncompliant.yaml", ()),
    "follow-up": ("subprojects/hoftfraktur_compliant.yaml", ()),
    "meeting-calendar": ("networks/best_service.yaml", ("--year", "2025")),
    "needs-inventory": ("decisions/needs_inventory_illustrative.yaml", ("--top", "5")),
    "national-network": ("networks/nsn.yaml", ("--year", "2024")),
    "network": ("networks/best_service.yaml", ("--year", "2024")),
    "portfolio": ("subprojects/portfolio.yaml", ("--as-of", "2025-06-01")),
    "protocol": ("decisions/hsn90.yaml", ()),
    "task-catalogue": ("vns/task_catalogue_illustrative.yaml", ()),
    "vns-memo": ("vns/halland_rgs_vns.yaml", ()),
}


def _kinds() -> list[str]:
    from vardservice.render import DOCUMENTS

    return list(DOCUMENTS)


def test_render_list_prints_every_kind_of_the_registry(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from vardservice.render import DOCUMENTS

    code, out, err = run(capsys, "render", "--list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == list(DOCUMENTS)
    for line, entry in zip(lines, DOCUMENTS.values(), strict=True):
        assert entry.summary in line and line.endswith(f"[{', '.join(entry.formats)}]")


@pytest.mark.parametrize("kind", _kinds())
def test_render_every_kind_from_a_file_in_its_first_format(
    capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    from vardservice.render import DOCUMENTS

    entry = DOCUMENTS[kind]
    needs_entry = entry.reads is not None or any(o.required for o in entry.options)
    assert kind in RENDER_FROM or not needs_entry, f"add {kind!r} to RENDER_FROM"
    file, options = RENDER_FROM.get(kind, (None, ()))
    assert (file is None) == (entry.reads is None)
    args = ["render", kind, *([str(EXAMPLES / file)] if file else []), *options]
    code, out, err = run(capsys, *args)
    assert (code, err) == (0, "")
    first = entry.formats[0]
    assert out.startswith("<svg" if first == "svg" else "# "), out[:80]
    # And in English: --format and --lang apply to every kind.
    code, again, _ = run(capsys, *args, "--format", first, "--lang", "en")
    assert code == 0 and again != out


def test_render_regions_defaults_to_the_newest_complete_year(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "render", "regions")
    assert (code, err) == (0, "")
    newest = shipped_populations().complete_years()[-1]
    assert out.startswith(f"# Regioner, folkmängd och avgiftsnivå {newest}")


def test_render_passes_the_composer_its_options_after_prepare(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(EXAMPLES / "vns" / "halland_rgs_vns.yaml")
    _, in_mnkr, _ = run(capsys, "render", "business-case", path, "--format", "text")
    code, in_tkr, err = run(
        capsys, "render", "business-case", path, "--format", "text", "--unit", "tkr"
    )
    assert (code, err) == (0, "")
    assert "mnkr" in in_mnkr and "tkr" in in_tkr and "mnkr" not in in_tkr


@pytest.mark.parametrize("kind", _kinds())
def test_render_refuses_an_option_the_kind_does_not_take(
    capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    from vardservice.render import DOCUMENTS

    takes = {o.name for o in DOCUMENTS[kind].options}
    other = next(o for e in DOCUMENTS.values() for o in e.options if o.name not in takes)
    value = {"year": "2024", "date": "2024-01-01", "int": "3"}.get(other.kind, "x")
    file, options = RENDER_FROM.get(kind, (None, ()))
    flag = "--" + other.name.replace("_", "-")
    args = ["render", kind, *([str(EXAMPLES / file)] if file else []), *options, flag, value]
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith(f"vardservice render: error: {flag} is not an option of {kind}")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["fees", SCHEDULE], "fees needs --year"),
        (["benchmark-chart", "x.yaml", "--year", "2022", "--format", "html"],
         "benchmark-chart is written as svg, docx, pdf, not html"),
        (["regions", "x.yaml"], "regions reads no FILE"),
        (["protocol"], "protocol needs FILE, a ProtocolExcerpt"),
        ([], "a KIND is required (or --list)"),
    ],
)  # fmt: skip
def test_render_usage_errors_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "render", *args)
    assert (code, out) == (2, "")
    assert err.startswith(f"vardservice render: error: {message}")
    assert err.count("\n") == 1


def test_render_help_offers_every_option_of_every_kind(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from vardservice.render import DOCUMENTS

    with pytest.raises(SystemExit) as caught:
        main(["render", "--help"])
    assert caught.value.code == 0
    # argparse wraps the list of kinds at their hyphens: join them again.
    out = re.sub(r"-\n\s+", "-", capsys.readouterr().out)
    for entry in DOCUMENTS.values():
        assert entry.kind in out
        for option in entry.options:
            assert "--" + option.name.replace("_", "-") in out
        for fmt in entry.formats:
            assert fmt in out


def test_other_commands_start_without_the_document_registry() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from vardservice.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['regions', '--format', 'json'])\n"
        "print('vardservice.render._registry' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ("body: a\nmeeting_date: 2020-11-18\nparagraph: 90\ntitle: a\ncase_number: HSN 938\n",
         ".yaml", "CaseNumber.year: got ''"),
        ('{"body": "a"}', ".json", "required field missing @ $.meeting_date"),
        ("paragraph = 90.5\n", ".toml", "$.paragraph"),
        ("a: [", ".yaml", "not valid YAML"),
        ("", ".txt", "unknown file type"),
    ],
)  # fmt: skip
def test_render_protocol_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, suffix: str, message: str
) -> None:
    path = tmp_path / f"excerpt{suffix}"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "render", "protocol", str(path))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("vardservice render: ")
    assert message in err


def test_render_wrong_kind_or_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "render", "protocol", NEEDS)  # a needs inventory, not an excerpt
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "required field missing @ $.body" in err
    with pytest.raises(SystemExit) as caught:
        main(["render", "minutes", HSN90])
    assert caught.value.code == 2


NETWORKS = EXAMPLES / "networks"


@pytest.mark.parametrize("suffix", ["yaml", "toml", "json"])
def test_network_json_contract(capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    path = str(NETWORKS / f"best_service.{suffix}")
    code, out, err = run(capsys, "network", path, "--year", "2024", "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert len(data["members"]) == 21
    for member in data["members"]:
        assert isinstance(member["code"], str) and len(member["code"]) == 2
        assert member["tier"] in (1, 2, 3)
        assert member["fee"].endswith(" kr")
    assert data["members"][0]["code"] == "01"
    assert (data["members"][0]["tier"], data["members"][0]["fee"]) == (3, "120000 kr")
    assert (
        data["budget"]["total"] == "1520000 kr"
    )  # illustrative amounts: 7 x 40, 11 x 80, 3 x 120 tkr
    assert (data["budget"]["cost_total"], data["budget"]["balance"]) == ("1250000 kr", "270000 kr")
    assert data["report"]["findings"] == []


def test_network_exits_1_on_an_error_finding(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    planless = tmp_path / "planless.yaml"
    planless.write_text("name: Nätverket\nmembers: [{region: '07', granted_on: 2018-01-01}]\n")
    code, out, err = run(capsys, "network", str(planless), "--year", "2024", "--format", "json")
    assert (code, err) == (1, "")
    data = json.loads(out)
    assert "NW006" in {f["code"] for f in data["report"]["findings"] if f["severity"] == "error"}


def test_nsn_is_checked_against_its_own_source_not_best_services(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(
        capsys, "network", str(NETWORKS / "nsn.yaml"), "--year", "2024", "--format", "json"
    )
    assert (code, err) == (0, "")
    data = json.loads(out)  # a national network: its report, no members, fees or budget
    assert data["rules"] == ["NSN001", "NSN002", "NSN003"]
    assert data["findings"] == []
    assert "members" not in data and "budget" not in data


def test_network_shows_nsn_goals_and_long_term_goals_without_members_or_budget(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "network", str(NETWORKS / "nsn.yaml"), "--year", "2024")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Nationella servicenätverket 2024"
    assert "Mål för nätverket" in out and "Mål för service i Sverige" in out
    assert "medlemmar under" not in out and "Budget" not in out


def test_network_refuses_an_unknown_kind(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "network.yaml"
    path.write_text("kind: regional\nname: N\n", encoding="utf-8")
    code, out, err = run(capsys, "network", str(path), "--year", "2024")
    assert (code, out) == (2, "")
    assert "unknown kind of network 'regional'" in err


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_network_formats(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    path = str(NETWORKS / "best_service.yaml")
    code, out, _ = run(capsys, "network", path, "--year", "2024", "--format", fmt)
    assert code == 0
    assert "Region Kronoberg" in out
    assert "1 520 000 kr" in out.replace("\xa0", " ")
    code, out, _ = run(capsys, "network", path, "--year", "2024", "--format", fmt, "--lang", "en")
    assert "1,520,000 SEK" in out.replace("\xa0", " ")


def test_network_without_fees_for_the_year_still_reports(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(NETWORKS / "best_service.yaml")
    code, out, err = run(capsys, "network", path, "--year", "2023", "--format", "json")
    assert (code, err) == (1, "")
    data = json.loads(out)
    assert data["budget"] is None
    assert all(m["tier"] is None and m["fee"] is None for m in data["members"])
    assert (
        data["fees_missing"] == "no fee schedule is valid for 2023; schedules are valid from: 2024"
    )
    assert "NW004" in {f["code"] for f in data["report"]["findings"]}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("name: N\nmembers: 3\n", "expected a list, got 3 @ $.members"),
        ("name: N\nmembers:\n  - {region: '07', votes: -1}\n", "Membership.votes: got -1"),
        ("members: []\n", "required field missing @ $.name"),
    ],
)
def test_network_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "network.yaml"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "network", str(path), "--year", "2024")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert problem in err
    assert err.startswith("vardservice network: ")


def test_schedule_reads_a_networks_annual_wheel(capsys: pytest.CaptureFixture[str]) -> None:
    network = str(EXAMPLES / "networks" / "nsn.yaml")
    wheel = str(EXAMPLES / "planning" / "nsn.yaml")
    code, from_network, err = run(capsys, "schedule", network, "--year", "2025", "--format", "json")
    assert (code, err) == (0, "")
    _, from_wheel, _ = run(capsys, "schedule", wheel, "--year", "2025", "--format", "json")
    assert json.loads(from_network) == json.loads(from_wheel)
    assert len(json.loads(from_network)["meetings"]) == 4


def test_schedule_of_a_network_without_a_wheel_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bare = tmp_path / "network.yaml"
    bare.write_text("name: Nätverket\nmembers: []\n", encoding="utf-8")
    code, out, err = run(capsys, "schedule", str(bare), "--year", "2025")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "the network has no annual_wheel @ $" in err


def test_render_needs_inventory_states_where_the_tagged_needs_came(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(EXAMPLES / "decisions" / "needs_inventory_illustrative.yaml")
    code, out, err = run(
        capsys, "render", "needs-inventory", path, "--format", "text", "--tag", "VNS", "--top", "10"
    )
    assert (code, err) == (0, "")
    assert "Behov märkta VNS kom på plats 4 och 7." in out
    code, out, err = run(capsys, "render", "needs-inventory", path, "--top", "0")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1


def test_render_tag_belongs_to_needs_inventories_only(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "decisions" / "hsn90.yaml")
    code, out, err = run(capsys, "render", "protocol", path, "--tag", "VNS")
    assert (code, out) == (2, "")
    assert "only with needs-inventory" in err


# --- the command's JSON is io.dumps of a library object --------------------------------------


def test_every_json_output_is_the_dumps_of_a_library_object(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from vardservice.fees import FeeScheduleHistory, budget, region_tiers
    from vardservice.io import dumps, load, load_annual_wheel
    from vardservice.io.records import FeeTable, RegionRecord, VnsSummary, YearSchedule
    from vardservice.networks import Network
    from vardservice.regions import REGIONS
    from vardservice.rules import network_overview
    from vardservice.vns import VnsCase

    fees = budget(REGIONS, 2024, schedule=load(SCHEDULE, FeeScheduleHistory))
    network = NETWORKS / "best_service.yaml"
    cases = [
        (
            ["regions", "--year", "2023"],
            [RegionRecord.from_region_tier(row) for row in region_tiers(2023)],
        ),
        (
            ["fees", "--schedule", SCHEDULE, "--year", "2024"],
            FeeTable.from_budget(fees, fees.fees[0].schedule),
        ),
        (["vns", VNS_EXAMPLE], VnsSummary.from_case(load(VNS_EXAMPLE, VnsCase))),
        (
            ["network", str(network), "--year", "2024"],
            network_overview(load(network, Network), 2024),
        ),
        (
            ["schedule", str(NSN), "--year", "2025"],
            YearSchedule.from_wheel(load_annual_wheel(NSN), 2025),
        ),
    ]
    for args, library_object in cases:
        code, out, err = run(capsys, *args, "--format", "json")
        assert (code, err) == (0, "")
        assert json.loads(out) == json.loads(dumps(library_object)), args[0]


def test_a_bug_exits_3_with_one_line_and_the_traceback_on_request(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import vardservice.cli.regions

    def broken(args: object) -> str:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(vardservice.cli.regions, "run", broken)
    monkeypatch.delenv("VARDSERVICE_DEBUG", raising=False)
    code, out, err = run(capsys, "regions")
    assert (code, out) == (3, "")
    assert err == (
        "vardservice regions: internal error, a bug in vardservice"
        " (ZeroDivisionError: division by zero); run again with --debug"
        " (or VARDSERVICE_DEBUG=1) for the traceback, and report it\n"
    )
    for debug_args, env in ((["--debug"], "0"), ([], "1")):
        monkeypatch.setenv("VARDSERVICE_DEBUG", env)
        code, out, err = run(capsys, *debug_args, "regions")
        first, *rest = err.splitlines()
        assert code == 3
        assert first.endswith("the traceback follows; please report it")
        assert rest[0].startswith("Traceback")
        assert rest[-1] == "ZeroDivisionError: division by zero"


def test_a_bug_while_parsing_exits_3_with_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import vardservice.cli

    def broken() -> None:
        raise KeyError("registry")

    monkeypatch.setattr(vardservice.cli, "_parser", broken)
    monkeypatch.delenv("VARDSERVICE_DEBUG", raising=False)
    code, out, err = run(capsys, "regions")
    assert (code, out) == (3, "")
    assert err.startswith("vardservice: internal error, a bug in vardservice (KeyError: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize("command", ["regions", "fees", "network", "benchmark", "schedule"])
@pytest.mark.parametrize("value", ["0000", "9999", "0001"])
def test_every_year_option_refuses_impossible_years_with_exit_2(
    capsys: pytest.CaptureFixture[str], command: str, value: str
) -> None:
    files = {
        "fees": ["--schedule", str(EXAMPLES / "fees" / "best_service_illustrative.toml")],
        "network": [str(EXAMPLES / "networks" / "best_service.yaml")],
        "benchmark": [str(EXAMPLES / "benchmarking" / "cleaning_illustrative.yaml")],
        "schedule": [str(EXAMPLES / "planning" / "nsn.yaml")],
    }
    code, out, err = run(capsys, command, *files.get(command, []), "--year", value)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith(f"vardservice {command}: ")


@pytest.mark.parametrize("value", ["0000", "0001", "9999"])
def test_a_national_network_refuses_impossible_years_with_exit_2(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    # Found by the 100 000-input sweep: `network nsn.yaml --year 0000` exited 3 (ValueError).
    code, out, err = run(
        capsys, "network", str(EXAMPLES / "networks" / "nsn.yaml"), "--year", value
    )
    assert (code, out) == (2, "")
    assert (
        err
        == f"vardservice network: network.--year: got {int(value)}; expected a year, 1900-2200\n"
    )


@pytest.mark.parametrize("value", ["0000-01-01", "0001-01-01", "9999-12-31", "2023-02-30"])
def test_every_date_option_refuses_impossible_dates_with_exit_2(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    subproject = str(EXAMPLES / "subprojects" / "bup_noncompliant.yaml")
    for args in (["check", subproject], ["portfolio", subproject]):
        try:
            code, _, err = run(capsys, *args, "--as-of", value)
        except SystemExit as exc:  # argparse's own refusal
            code, (_, err) = int(str(exc.code)), capsys.readouterr()
        assert code in (0, 1, 2) if value[0] in "09" and value != "0000-01-01" else code == 2, err
        assert "Traceback" not in err and "internal error" not in err


def test_python_dash_m_vardservice_is_the_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import runpy

    monkeypatch.setattr("sys.argv", ["vardservice", "regions", "--year", "2023", "--format", "csv"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("vardservice", run_name="__main__")
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("code,name,short_name,population,year,tier,source,grade,")
    assert out.count("\n") == 22
    monkeypatch.setattr("sys.argv", ["vardservice", "regions", "--year", "1999"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("vardservice", run_name="__main__")
    assert exited.value.code == 2
    assert capsys.readouterr().err.startswith("vardservice regions: ")


def test_render_refuses_a_registry_whose_options_cannot_be_parsed() -> None:
    # `render`'s options are derived from the registry: a kind added with an option of no
    # known kind, or an option name two kinds parse differently, fails when the CLI is
    # built (a test catches it), rather than parsing one flag two ways.
    from types import SimpleNamespace

    from vardservice.cli.render import _composer_takes, _options
    from vardservice.render._registry import Option

    year = Option(name="year", kind="year", help="h")
    odd = {"a": SimpleNamespace(options=(Option(name="hue", kind="colour", help="h"),))}
    with pytest.raises(ValueError, match=r"a: option 'hue' is of no kind"):
        _options(odd)  # type: ignore[arg-type]
    clash = {
        "a": SimpleNamespace(options=(year,)),
        "b": SimpleNamespace(options=(Option(name="year", kind="int", help="h"),)),
    }
    with pytest.raises(ValueError, match=r"option 'year' is a year for a but a int for b"):
        _options(clash)  # type: ignore[arg-type]
    takes_all = SimpleNamespace(options=(year,), compose=lambda obj, *, lang, **options: obj)
    assert _composer_takes(takes_all) == {"year"}  # type: ignore[arg-type]
