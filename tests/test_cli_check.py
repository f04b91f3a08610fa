"""`vardservice check` and `vardservice portfolio`: the JSON and SARIF contracts, exit codes, bad files."""

import json
import re
from pathlib import Path
from typing import Any

import pytest

from vardservice.cli import main
from vardservice.errors import InvalidInput, InvalidValue
from vardservice.io import dumps, load_portfolio, load_subproject_documents, load_subprojects
from vardservice.portfolio import Portfolio
from vardservice.rules import RULES, rules_for
from vardservice.subprojects import Subproject

DATA = Path(__file__).resolve().parent / "data"
BAD = DATA / "bad_subprojects"

# Each bad file, and what its one-line message must name besides the file: the path
# of the problem where the format gives one (TOML reports a line instead).
BAD_FILES = {
    "wrong_type_title.yaml": "@ $.title",
    "string_for_bool.yaml": "@ $.working_group[0].from_office",
    "string_for_list.yaml": "@ $.participating_regions",
    "unknown_region.yaml": "no region matches 'Småland'",
    "impossible_date.yaml": "got '2023-02-30' @ $.milestones[2].date",
    "impossible_date.toml": "line 6",
    "impossible_month.json": "@ $.milestones[0].date",
    "datetime_for_date.yaml": "@ $.milestones[0].date",
    "empty.yaml": "the document is empty",
    "blank.json": "the document is empty",
    "not_yaml.yaml": "not valid YAML",
    "not_json.json": "not valid JSON",
    "list_at_top.yaml": "expected a mapping with the fields of Subproject",
    "list_for_mapping.yaml": "@ $.proposal",
    "list_for_milestone.yaml": "@ $.milestones[0]",
    "float_money.json": "(not a float), got 1250000.5 @ $.action_proposals[1].cost_estimate",
    "float_money.yaml": "@ $.action_proposals[0].cost_estimate",
    "unknown_key.yaml": "extra fields found (titel)",
    "unknown_milestone_kind.yaml": "got 'started' @ $.milestones[0].kind",
    "field_on_wrong_milestone.yaml": "no unanimous on a start_decided milestone @ $.milestones[0]",
    "bad_excerpt_paragraph.yaml": "@ $.milestones[0].excerpt",
    "portfolio_duplicate_id.yaml": "subprojects[2].id: got 'SFBV-2021-01'",
    "portfolio_bad_entry.yaml": "@ $.subprojects[1].healthcare_region",
    "wrong_suffix.txt": "unknown file type '.txt'",
}

COMPLIANT = """\
id: SFBV-2023-02
title: Ortogeriatriskt omhändertagande vid höftfraktur
participating_regions: [Blekinge, Halland, Kronoberg, Skåne]
focus_areas: [equality, competence_supply]
contact_person: Karin Holm
proposal:
  origin: knowledge_management
  purpose: Jämlik vård efter höftfraktur i hela sjukvårdsregionen.
  goal: Samma vårdförlopp i alla fyra regioner.
  expected_outcome: Kortare tid till operation.
assignment:
  background: Skillnader i tid till operation mellan regionerna.
  purpose_and_question: Hur kan vårdförloppet bli gemensamt?
  assignment_points: [Kartlägg nuläget, Föreslå åtgärder]
  delimitations: Gäller vuxna.
  group_composition: Ortopeder, geriatriker, sjuksköterskor, patientrepresentant.
  timeline: Slutrapport inom ett år.
working_group:
  - {name: Anna Berg, role: chair, profession: ortoped, region: Skåne}
  - {name: Erik Lund, role: member, profession: geriatriker, region: Blekinge}
  - {name: Sara Ek, role: member, profession: sjuksköterska, region: Halland}
  - {name: Lena Ahl, role: patient_representative, profession: "", region: Kronoberg}
follow_up_plan:
  method: Registerdata ur Rikshöft
  parameters: [tid till operation]
  documented_on: 2023-03-20
milestones:
  - {kind: proposal_raised, date: 2023-01-10}
  - {kind: prepared, date: 2023-01-25}
  - {kind: start_decided, date: 2023-02-01}
  - {kind: assignment_issued, date: 2023-02-20}
  - {kind: group_appointed, date: 2023-03-10}
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def compliant(tmp_path: Path) -> Path:
    path = tmp_path / "compliant.yaml"
    path.write_text(COMPLIANT, encoding="utf-8")
    return path


@pytest.fixture
def breaking(tmp_path: Path) -> Path:
    """Out-of-order dates and two regions: findings (exit 1), not unusable input (exit 2)."""
    path = tmp_path / "breaking.yaml"
    path.write_text(
        "id: SFBV-2022-07\ntitle: Höftfrakturvård\nparticipating_regions: [Blekinge, Halland]\n"
        "milestones:\n  - {kind: start_decided, date: 2022-03-04}\n"
        "  - {kind: final_report, date: 2022-01-10}\n",
        encoding="utf-8",
    )
    return path


def test_a_compliant_file_exits_0_and_says_the_date(
    capsys: pytest.CaptureFixture[str], compliant: Path
) -> None:
    code, out, err = run(capsys, "check", str(compliant), "--as-of", "2023-04-01")
    assert (code, err) == (0, "")
    assert out.startswith("Kontrollerat per 1 april 2023: 1 fil, 1 delprojekt.")
    assert "dagens datum" not in out


def test_the_date_defaults_to_today_and_the_output_says_so(
    capsys: pytest.CaptureFixture[str], compliant: Path
) -> None:
    code, out, _ = run(capsys, "check", str(compliant), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["as_of_is_today"] is True
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", data["as_of"])
    _, text, _ = run(capsys, "check", str(compliant), "--lang", "en")
    assert "(today)" in text.splitlines()[0]


def test_json_contract(capsys: pytest.CaptureFixture[str], breaking: Path) -> None:
    code, out, err = run(
        capsys, "check", str(breaking), "--as-of", "2024-05-01", "--format", "json"
    )
    assert (code, err) == (1, "")
    data = json.loads(out)  # ONE object
    assert isinstance(data, dict)
    assert data["as_of"] == "2024-05-01"
    assert isinstance(data["findings"], list) and data["findings"]
    for finding in data["findings"]:
        assert {"code", "severity", "message", "path", "source", "file"} <= set(finding)
        assert finding["severity"] in ("error", "warning", "info")
        assert finding["code"] in RULES
        assert finding["path"].startswith("$")
        assert re.fullmatch(r"SFBV §[\d.]+", finding["source"])
        assert finding["file"] == str(breaking)
    codes = {f["code"] for f in data["findings"]}
    assert {"SP001", "SP023"} <= codes  # dates out of order are a finding, not exit 2
    sp023 = next(f for f in data["findings"] if f["code"] == "SP023")
    assert (sp023["severity"], sp023["path"], sp023["source"]) == (
        "error",
        "$.milestones[1]",
        "SFBV §5",
    )
    assert data["compliant"] is False
    assert data["counts"]["error"] == sum(f["severity"] == "error" for f in data["findings"])
    assert data["files"][0]["subprojects"][0]["findings"] == data["findings"]


def test_json_is_the_check_run_document(capsys: pytest.CaptureFixture[str], breaking: Path) -> None:
    from vardservice.io import from_dict
    from vardservice.io.documents import check_files
    from vardservice.io.records import CheckRun

    _, out, _ = run(capsys, "check", str(breaking), "--as-of", "2024-05-01", "--format", "json")
    data = json.loads(out)
    assert data.pop("as_of_is_today") is False
    checked = check_files(breaking, as_of="2024-05-01")
    assert data == json.loads(dumps(checked))
    assert from_dict(data, CheckRun) == checked


def test_exit_1_if_and_only_if_some_finding_is_an_error(
    capsys: pytest.CaptureFixture[str], breaking: Path
) -> None:
    for args in (["--select", "SP003"], ["--select", "SP001", "--ignore", "SP001"], []):
        code, out, _ = run(
            capsys, "check", str(breaking), "--as-of", "2024-05-01", "--format", "json", *args
        )
        errors = [f for f in json.loads(out)["findings"] if f["severity"] == "error"]
        assert code == (1 if errors else 0)


def test_select_and_ignore(capsys: pytest.CaptureFixture[str], breaking: Path) -> None:
    _, out, _ = run(
        capsys,
        "check",
        str(breaking),
        "--as-of",
        "2024-05-01",
        "--format",
        "json",
        "--select",
        "SP001,SP023",
    )
    data = json.loads(out)
    assert data["rules"] == ["SP001", "SP023"]
    assert {f["code"] for f in data["findings"]} == {"SP001", "SP023"}
    _, out, _ = run(
        capsys,
        "check",
        str(breaking),
        "--as-of",
        "2024-05-01",
        "--format",
        "json",
        "--ignore",
        "SP0",
    )
    assert json.loads(out)["findings"] == []
    code, out, err = run(capsys, "check", str(breaking), "--select", "SP999")
    assert (code, out) == (2, "")
    assert "SP999" in err and len(err.splitlines()) == 1


def test_several_files_and_a_portfolio_name_each_finding_s_file(
    capsys: pytest.CaptureFixture[str], compliant: Path, breaking: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "portfolio"
    folder.mkdir()
    sub = Subproject(id="SFBV-P", title="Stroke", participating_regions=["07", "10"])
    (folder / "all.json").write_text(
        dumps(Portfolio(name="SFBV", subprojects=[sub])), encoding="utf-8"
    )
    code, out, _ = run(
        capsys, "check", str(compliant), str(breaking), str(folder), "--as-of", "2024-05-01",
        "--format", "json", "--lang", "en",
    )  # fmt: skip
    assert code == 1
    data = json.loads(out)
    assert [f["file"] for f in data["files"]] == [
        str(compliant), str(breaking), str(folder / "all.json"),
    ]  # fmt: skip
    in_portfolio = [f for f in data["findings"] if f["file"] == str(folder / "all.json")]
    assert in_portfolio and all(f["path"].startswith("$.subprojects[0]") for f in in_portfolio)
    assert {f["subproject"] for f in data["findings"]} == {"SFBV-2022-07", "SFBV-P"}
    assert data["findings"][0]["message"].endswith(".")  # English
    assert data["lang"] == "en"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_human_formats(capsys: pytest.CaptureFixture[str], breaking: Path, fmt: str) -> None:
    code, out, _ = run(capsys, "check", str(breaking), "--as-of", "2024-05-01", "--format", fmt)
    assert code == 1
    assert "SP023" in out and "SFBV §\xa05" in out and "1 maj 2024" in out
    assert str(breaking) in out


def test_html_over_many_files_is_one_page(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for name in ("a", "b"):
        sub = Subproject(id=f"SFBV-{name}", title=name, participating_regions=["07", "10"])
        (folder / f"{name}.json").write_text(dumps(sub), encoding="utf-8")
    code, out, _ = run(capsys, "check", str(folder), "--as-of", "2024-05-01", "--format", "html")
    assert code == 1
    assert out.startswith("<!DOCTYPE html>") and out.count("<html") == 1
    assert out.count("<h1>") == 1 and out.count("<h2>") == 2
    code, bare, _ = run(
        capsys, "check", str(folder), "--as-of", "2024-05-01", "--format", "html", "--fragment"
    )
    assert bare.startswith('<section class="vardservice check-run" lang="sv">')


def test_html_escapes_user_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text('id: "<b>X</b>"\ntitle: "<script>alert(1)</script>"\n', encoding="utf-8")
    _, out, _ = run(capsys, "check", str(path), "--as-of", "2024-05-01", "--format", "html")
    assert "<script>" not in out and "&lt;script&gt;" in out


# --- bad files: exit 2, one line naming the file and the path -----------------------------


def test_the_corpus_is_complete() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(BAD_FILES)


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_each_bad_file_exits_2_naming_file_and_path(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = BAD / name
    code, out, err = run(capsys, "check", str(path), "--as-of", "2024-01-01", "--lang", "en")
    # The batch goes on past a bad file (issue 11): the output says it was not read.
    assert code == 2
    assert f"{path}: not read: " in out and BAD_FILES[name] in out
    assert len(err.strip().splitlines()) == 1
    # "FILE: problem", or "FILE:LINE:COLUMN: problem" where the parser gives the place.
    assert re.match(rf"vardservice check: {re.escape(str(path))}(:\d+:\d+)?: ", err)
    assert BAD_FILES[name] in err
    assert "Traceback" not in err


@pytest.mark.parametrize("name", sorted(n for n in BAD_FILES if not n.endswith(".txt")))
def test_each_bad_file_raises_invalid_input_with_its_origin(name: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        load_subprojects(BAD / name)
    assert caught.value.origin == str(BAD / name)
    assert any(BAD_FILES[name] in p for p in caught.value.problems) or BAD_FILES[name] in str(
        caught.value
    )


def test_a_folder_of_bad_files_names_every_file_on_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "check", str(BAD), "--as-of", "2024-01-01")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    for name in BAD_FILES:
        if not name.endswith(".txt"):  # a folder stands for its .json/.yaml/.yml/.toml files
            assert str(BAD / name) in err


def test_missing_paths_and_empty_folders(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "check", str(tmp_path / "nope.yaml"))
    assert code == 2 and "cannot read the file" in err
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 2 and "no .json, .yaml, .yml or .toml files" in err
    with pytest.raises(SystemExit) as caught:
        main(["check", str(tmp_path / "x.yaml"), "--as-of", "2023-02-30"])
    assert caught.value.code == 2
    assert (
        "--as-of: expected a date such as 2024-05-01, got '2023-02-30'" in capsys.readouterr().err
    )


# --- loading -------------------------------------------------------------------------------


def test_load_subprojects_from_every_format_and_a_folder(tmp_path: Path, compliant: Path) -> None:
    (sp,) = load_subprojects(compliant)
    for fmt in ("json", "toml"):
        (tmp_path / f"copy.{fmt}").write_text(dumps(sp, format=fmt), encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "skip.yaml").write_text("junk: [", encoding="utf-8")
    found = load_subprojects(tmp_path)
    assert found == (sp, sp, sp)  # compliant.yaml, copy.json, copy.toml, in sorted order
    documents = load_subproject_documents(tmp_path / "copy.json", compliant)
    assert [p.name for p, _ in documents] == ["copy.json", "compliant.yaml"]


def test_load_portfolio_names_and_duplicates(tmp_path: Path, compliant: Path) -> None:
    (sp,) = load_subprojects(compliant)
    pf = tmp_path / "sfbv.yaml"
    pf.write_text(
        dumps(Portfolio(name="Samarbete", subprojects=[sp]), format="yaml"), encoding="utf-8"
    )
    assert load_portfolio(pf).name == "Samarbete"
    assert load_portfolio(pf, name="Egen").name == "Egen"
    with pytest.raises(InvalidInput, match="appears twice") as caught:
        load_portfolio(pf, compliant)
    assert str(pf) in str(caught.value) and str(compliant) in str(caught.value)
    with pytest.raises(InvalidValue):
        load_subprojects()


# --- portfolio -------------------------------------------------------------------------------


def test_portfolio_command(
    capsys: pytest.CaptureFixture[str], compliant: Path, breaking: Path
) -> None:
    code, out, err = run(
        capsys, "portfolio", str(compliant), str(breaking), "--as-of", "2023-04-30",
        "--format", "json", "--name", "SFBV",
    )  # fmt: skip
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["name"], data["as_of"], data["total"], data["started"]) == (
        "SFBV",
        "2023-04-30",
        2,
        2,
    )
    assert data["final_reported"] == 1
    assert data["as_of_is_today"] is False
    code, out, _ = run(
        capsys, "portfolio", str(compliant), str(breaking), "--as-of", "2023-04-30", "--lang", "en"
    )
    assert code == 0
    assert re.search(r"Started\s+2\n", out)
    assert re.search(r"Final-reported\s+1\n", out)
    assert "as of 30 April 2023" in out
    _, out, _ = run(capsys, "portfolio", str(compliant))
    assert "(dagens datum)" in out


# --- SARIF 2.1.0 ---------------------------------------------------------------------------


def _is_message(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("text"), str) and value["text"] != ""


def assert_sarif_2_1_0(log: Any) -> None:
    """The essential structure of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json), by hand."""
    assert isinstance(log, dict)
    assert set(log) <= {"$schema", "version", "runs", "inlineExternalProperties", "properties"}
    assert log["version"] == "2.1.0"
    assert isinstance(log["$schema"], str) and "sarif" in log["$schema"]
    assert isinstance(log["runs"], list) and len(log["runs"]) == 1
    run_ = log["runs"][0]
    driver = run_["tool"]["driver"]
    assert isinstance(driver["name"], str) and driver["name"]
    assert isinstance(driver["version"], str)
    assert re.match(r"^[a-z]+://", driver["informationUri"])
    ids = []
    for rule in driver["rules"]:
        assert isinstance(rule["id"], str) and rule["id"]
        assert isinstance(rule["name"], str) and " " not in rule["name"]
        assert _is_message(rule["shortDescription"])
        assert _is_message(rule["fullDescription"])
        assert _is_message(rule["help"])
        assert rule["defaultConfiguration"]["level"] in ("none", "note", "warning", "error")
        ids.append(rule["id"])
    assert len(set(ids)) == len(ids)
    for invocation in run_.get("invocations", []):
        assert isinstance(invocation["executionSuccessful"], bool)
    assert isinstance(run_["results"], list)
    for result in run_["results"]:
        assert result["ruleId"] in ids
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("none", "note", "warning", "error")
        assert _is_message(result["message"])
        assert isinstance(result["locations"], list) and result["locations"]
        for location in result["locations"]:
            physical = location["physicalLocation"]
            assert isinstance(physical["artifactLocation"]["uri"], str)
            assert isinstance(physical["region"]["startLine"], int)
            assert physical["region"]["startLine"] >= 1
            for logical in location["logicalLocations"]:
                assert logical["fullyQualifiedName"].startswith("$")


def test_sarif_output_is_sarif_2_1_0(
    capsys: pytest.CaptureFixture[str], breaking: Path, compliant: Path
) -> None:
    code, out, _ = run(
        capsys, "check", str(breaking), str(compliant), "--as-of", "2024-05-01", "--format", "sarif"
    )
    assert code == 1
    log = json.loads(out)
    assert_sarif_2_1_0(log)
    run_ = log["runs"][0]
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    assert set(rules) == {rule.code for rule in rules_for(Subproject)}
    sp023 = rules["SP023"]
    assert "SFBV §5" in sp023["help"]["text"]
    assert RULES["SP023"].quote in sp023["help"]["text"]
    assert sp023["defaultConfiguration"]["level"] == "error"
    assert rules["SP010"]["defaultConfiguration"]["level"] == "note"
    result = next(r for r in run_["results"] if r["ruleId"] == "SP023")
    location = result["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == breaking.as_uri()
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "$.milestones[1]"
    assert location["physicalLocation"]["region"]["startLine"] == 6  # the milestone's line
    levels = {r["level"] for r in run_["results"]}
    assert levels <= {"error", "warning", "note"}
    assert run_["invocations"][0]["properties"]["as_of"] == "2024-05-01"


def test_sarif_of_a_compliant_file_has_no_results(
    capsys: pytest.CaptureFixture[str], compliant: Path
) -> None:
    code, out, _ = run(
        capsys, "check", str(compliant), "--as-of", "2023-04-01", "--format", "sarif"
    )
    assert code == 0
    log = json.loads(out)
    assert_sarif_2_1_0(log)
    assert log["runs"][0]["results"] == []


def test_sarif_uris_of_relative_paths_stay_relative(
    capsys: pytest.CaptureFixture[str], breaking: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(breaking.parent)
    _, out, _ = run(capsys, "check", "breaking.yaml", "--as-of", "2024-05-01", "--format", "sarif")
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(out)["runs"][0]["results"]
    }
    assert uris == {"breaking.yaml"}


def test_markdown_uses_the_compliance_renderer_with_paths_in_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sub = Subproject(id="SFBV-P", title="Stroke", participating_regions=["07", "10"])
    path = tmp_path / "sfbv.json"
    path.write_text(dumps(Portfolio(name="SFBV", subprojects=[sub])), encoding="utf-8")
    code, out, _ = run(
        capsys,
        "check",
        str(path),
        "--as-of",
        "2024-05-01",
        "--format",
        "markdown",
        "--select",
        "SP001",
    )
    assert code == 1
    # One document (one title), a summary table, then each file and its subprojects.
    assert out.startswith("# Regelkontroll av delprojekt\n") and out.count("\n# ") == 0
    assert f"| `{path}` `$.subprojects[0]` | SFBV-P Stroke | 1 | 0 | 0 |" in out
    assert "### SFBV-P Stroke" in out
    assert "`$.subprojects[0].participating_regions`" in out


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_portfolio_markdown_and_html(
    capsys: pytest.CaptureFixture[str], compliant: Path, fmt: str
) -> None:
    code, out, _ = run(
        capsys,
        "portfolio",
        str(compliant),
        "--as-of",
        "2023-04-30",
        "--format",
        fmt,
        "--lang",
        "en",
    )
    assert code == 0
    assert "SFBV-2023-02" in out and "30 April 2023" in out


def _field_names(cls: type, seen: set[type] | None = None) -> set[str]:
    import typing

    import attrs

    seen = seen if seen is not None else set()
    if cls in seen or not attrs.has(cls):
        return set()
    seen.add(cls)
    names: set[str] = set()
    for field in attrs.fields(cls):
        names.add(field.name)
        hints = typing.get_type_hints(cls)
        for arg in [hints[field.name], *typing.get_args(hints[field.name])]:
            if isinstance(arg, type) and arg.__module__ == "vardservice.subprojects":
                names |= _field_names(arg, seen)
    return names


def test_the_format_page_example_has_every_field_and_is_compliant() -> None:
    path = (
        Path(__file__).resolve().parent.parent / "docs" / "examples" / "subproject-all-fields.yaml"
    )
    text = path.read_text(encoding="utf-8")
    used = set(re.findall(r"([a-z_]+):", text))
    missing = _field_names(Subproject) - used
    assert not missing, f"the example lacks {sorted(missing)}"
    (subproject,) = load_subprojects(path)
    from vardservice.rules import check

    assert check(subproject, as_of="2025-11-01").findings == ()


# --- JSON and SARIF written as UTF-8 bytes (cli._encoded) -----------------------------------


def test_encoded_output_is_safe_text_as_bytes() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from vardservice._text import safe_text
    from vardservice.cli._encoded import encoded

    @given(st.text(st.characters(max_codepoint=0x2FF)) | st.text())
    def same(text: str) -> None:
        assert encoded(text.encode("utf-8")).data == safe_text(text).encode("utf-8")

    same()
    every = "".join(map(chr, range(0x100)))
    assert encoded(every.encode("utf-8")).text() == safe_text(every) != every


def test_json_with_control_characters_is_written_safe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sp = Subproject(id="SFBV-1", title="a\x1b[2J\x9b31m\x7f b", participating_regions=["07"])
    (tmp_path / "sp.json").write_text(dumps(sp, format="json"), encoding="utf-8")
    for fmt in ("json", "sarif", "text"):
        main(["check", str(tmp_path / "sp.json"), "--as-of", "2024-05-01", "--format", fmt])
        out = capsys.readouterr().out
        # JSON escapes the C0 controls itself (\u001b); the others are replaced
        if fmt != "sarif":  # SARIF's results do not name the title
            title = ("a\\u001b[2J" if fmt == "json" else "a\ufffd[2J") + "\ufffd31m\ufffd b"
            assert title in out
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)


def test_encoded_output_to_a_stream_that_is_not_utf8_is_written_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    from vardservice.cli._common import _print, _save
    from vardservice.cli._encoded import encoded, writes_as_encoded

    latin = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="replace")
    monkeypatch.setattr(sys, "stdout", latin)
    assert not writes_as_encoded(latin)
    _print(encoded('{"å": "\x1b"}\n'.encode()))
    latin.flush()
    assert latin.buffer.getvalue() == '{"å": "\ufffd"}\n'.encode("latin-1", "replace")
    plain = io.StringIO()
    monkeypatch.setattr(sys, "stdout", plain)  # no buffer: written as text
    _print(encoded(b'{"a": 1}\n'))
    assert plain.getvalue() == '{"a": 1}\n'
    _save(encoded('{"å": 1}\n'.encode()), str(tmp_path / "out.json"))
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == '{"å": 1}\n'


def test_a_directory_s_files_are_ordered_as_sorted_paths_are() -> None:
    import random

    from vardservice.io.documents import _order

    names = ["a", "a-b", "a.b", "b", "A", "a b", "ä", "a-b/c", "x/y/z", "x/y", "x.y/z", "0", "_"]
    draw = random.Random(13)  # noqa: S311 - drawn paths, not secrets
    for _ in range(300):
        paths = [Path("d", *draw.choices(names, k=draw.randint(1, 3))) for _ in range(8)]
        assert sorted(paths, key=_order) == sorted(paths)
