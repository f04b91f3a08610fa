"""Findings as a library API (vardservice.io.findings): SARIF 2.1.0 and JSON, lines in files.

The SARIF is validated against the official OASIS SARIF 2.1.0 JSON Schema,
copied verbatim into tests/data/sarif (see the README there for where from).
"""

import json
import shutil
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from _examples import at_most
from vardservice import strategies
from vardservice.cli import main
from vardservice.io import dumps, to_json, to_sarif
from vardservice.io._converter import unstructure
from vardservice.io._lines import (
    Locator,
    _array_depth,
    _json_offsets,
    json_positions,
    position_in,
    toml_positions,
    yaml_positions,
)
from vardservice.io.documents import check_files, load_subprojects
from vardservice.io.findings import FINGERPRINT, fingerprint
from vardservice.io.records import CheckRun, PlacedFinding
from vardservice.rules import RULES, check
from vardservice.rules._core import Lang
from vardservice.subprojects import Subproject

DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "subprojects"
SARIF_SCHEMA = json.loads((DATA / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SARIF_SCHEMA)


def assert_valid_sarif(log: Any) -> None:
    errors = sorted(VALIDATOR.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_the_shipped_schema_is_the_oasis_one() -> None:
    assert SARIF_SCHEMA["$id"] == (
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
    )
    jsonschema.Draft7Validator.check_schema(SARIF_SCHEMA)
    # The schema does refuse a broken log: the test would catch one.
    assert list(VALIDATOR.iter_errors({"version": "2.1.0", "runs": [{"results": []}]}))


def test_sarif_of_the_examples_is_valid_and_has_lines_columns_and_fingerprints() -> None:
    run = check_files(EXAMPLES, as_of="2025-06-01", lang="en")
    log = to_sarif(run)
    assert_valid_sarif(log)
    results = log["runs"][0]["results"]
    assert results and log["runs"][0]["invocations"][0]["executionSuccessful"] is True
    for result in results:
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert len(result["partialFingerprints"][FINGERPRINT]) == 32
    fingerprints = [r["partialFingerprints"][FINGERPRINT] for r in results]
    assert len(set(fingerprints)) == len(fingerprints)


def test_fingerprints_are_stable_across_runs_and_dates() -> None:
    first = to_sarif(check_files(EXAMPLES, as_of="2025-06-01", lang="en"))
    again = to_sarif(check_files(EXAMPLES, as_of="2025-06-01", lang="sv"))
    later = to_sarif(check_files(EXAMPLES, as_of="2025-06-02", lang="en"))

    def prints(log: Any) -> dict[tuple[str, str], str]:
        return {
            (r["ruleId"], r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]): r[
                "partialFingerprints"
            ][FINGERPRINT]
            for r in log["runs"][0]["results"]
        }

    assert prints(first) == prints(again)  # the language of the message does not count
    shared = prints(first).keys() & prints(later).keys()
    assert shared and all(prints(first)[k] == prints(later)[k] for k in shared)
    assert fingerprint("SP001", file="a.yaml", subject="X", path="$") == fingerprint(
        "SP001", file="a.yaml", subject="X", path="$"
    )
    assert fingerprint("SP001", file="a.yaml", subject="X", path="$") != fingerprint(
        "SP002", file="a.yaml", subject="X", path="$"
    )


def test_rule_help_quotes_the_source() -> None:
    log = to_sarif(check_files(EXAMPLES, as_of="2025-06-01", lang="en"))
    for rule in log["runs"][0]["tool"]["driver"]["rules"]:
        assert RULES[rule["id"]].quote in rule["help"]["text"]
        assert str(RULES[rule["id"]].source) in rule["help"]["markdown"]


DAY = "2024-05-01"


def test_a_placed_finding_built_without_init_equals_one_built_with_it() -> None:
    run = check_files(EXAMPLES, as_of="2025-06-01", lang="en")
    assert run.findings
    for placed in run.findings:
        built = PlacedFinding(
            **{a.name: getattr(placed, a.name) for a in attrs.fields(PlacedFinding)}
        )
        assert placed == built
        assert type(placed.evidence) is type(built.evidence)
    portfolio = next(f for f in run.files if len(f.subprojects) > 1)
    assert all(
        f.path.startswith("$.subprojects[") for s in portfolio.subprojects for f in s.findings
    )


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_runs_json_is_its_unstructured_record_each_finding_written_once(
    lang: Lang, tmp_path: Path
) -> None:
    # to_json builds a run's data by hand (each finding's dict once, shared by its
    # subproject and the run's findings): the same text as the converter's, in order.
    (tmp_path / "junk.json").write_text("{", encoding="utf-8")
    run = check_files(
        EXAMPLES, tmp_path / "junk.json", as_of="2025-06-01", lang=lang, skip_unreadable=True
    )
    data = to_json(run)
    assert json.dumps(data, ensure_ascii=False) == json.dumps(unstructure(run), ensure_ascii=False)
    subprojects = [s for f in data["files"] for s in f["subprojects"]]
    assert data["findings"] == [f for s in subprojects for f in s["findings"]]
    assert data["unread"] and not data["compliant"]
    empty = CheckRun(as_of=run.as_of, lang=run.lang, rules=run.rules, files=())
    assert to_json(empty) == unstructure(empty)


def test_reports_checked_in_memory_make_sarif_and_json() -> None:
    reports = [
        check(Subproject(id=i, title=t, participating_regions=["07", "10"]), as_of=DAY, lang="en")
        for i, t in (("SFBV-1", "Stroke"), ("SFBV-2", "Höft"))
    ]
    log = to_sarif(reports)
    assert_valid_sarif(log)
    results = log["runs"][0]["results"]
    assert {r["properties"]["subproject"] for r in results} == {"SFBV-1 Stroke", "SFBV-2 Höft"}
    assert all("physicalLocation" not in r["locations"][0] for r in results)
    data = to_json(reports)
    assert data["compliant"] is False
    assert data["counts"]["error"] == sum(len(r.errors) for r in reports)
    assert [r["subject"] for r in data["reports"]] == ["SFBV-1 Stroke", "SFBV-2 Höft"]


def test_an_empty_batch_of_reports_is_valid_sarif() -> None:
    assert_valid_sarif(to_sarif([]))


# --- a batch that survives a bad file ---------------------------------------------------------


@pytest.fixture
def folder_with_junk(tmp_path: Path) -> Path:
    for example in EXAMPLES.iterdir():
        shutil.copy(example, tmp_path / example.name)
    (tmp_path / "junk.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    return tmp_path


def test_check_dir_with_a_junk_file_writes_sarif_of_the_good_ones_and_exits_2(
    capsys: pytest.CaptureFixture[str], folder_with_junk: Path
) -> None:
    code = main(["check", str(folder_with_junk), "--format", "sarif", "--as-of", "2025-06-01"])
    out, err = capsys.readouterr()
    assert code == 2
    log = json.loads(out)
    assert_valid_sarif(log)
    run = log["runs"][0]
    files = {
        Path(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]).name
        for r in run["results"]
    }
    assert files == {"bup_noncompliant.yaml", "portfolio.yaml"}  # the compliant one has none
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    uri = notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.endswith("/junk.yaml")
    assert "not valid YAML" in notification["message"]["text"]
    assert err.startswith(f"vardservice check: {folder_with_junk / 'junk.yaml'}:")


def test_check_dir_with_a_junk_file_json_and_text(
    capsys: pytest.CaptureFixture[str], folder_with_junk: Path
) -> None:
    code = main(["check", str(folder_with_junk), "--format", "json", "--as-of", "2025-06-01"])
    data = json.loads(capsys.readouterr().out)
    assert code == 2
    (unread,) = data["unread"]
    assert unread["file"] == str(folder_with_junk / "junk.yaml")
    assert "not valid YAML" in unread["error"]
    assert len(data["files"]) == 3 and data["findings"]
    code = main(["check", str(folder_with_junk), "--as-of", "2025-06-01", "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 2
    assert f"{folder_with_junk / 'junk.yaml'}: not read: " in out
    assert "SFBV-2023-05" in out  # the good files' findings are there too


def test_exit_codes_are_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Exit codes: 0" in out and "1 some finding is an error" in out
    assert "2 some file could not be read" in out


def test_the_library_still_raises_by_default(folder_with_junk: Path) -> None:
    from vardservice.errors import InvalidInput

    with pytest.raises(InvalidInput, match="junk.yaml"):
        check_files(folder_with_junk, as_of="2025-06-01")
    run = check_files(folder_with_junk, as_of="2025-06-01", skip_unreadable=True)
    assert [u.file for u in run.unread] == [str(folder_with_junk / "junk.yaml")]
    assert len(run.files) == 3


def test_a_missing_path_is_unread_and_the_rest_is_checked(tmp_path: Path) -> None:
    run = check_files(
        tmp_path / "nope.yaml",
        EXAMPLES / "bup_noncompliant.yaml",
        as_of="2025-06-01",
        skip_unreadable=True,
    )
    assert [u.file for u in run.unread] == [str(tmp_path / "nope.yaml")]
    assert run.findings
    assert_valid_sarif(to_sarif(run))


# --- lines and columns: YAML, JSON and TOML ---------------------------------------------------


TOML = """\
# a comment
id = "SFBV-2024-01"
title = "Stroke"
participating_regions = ["07", "10"]
working_group = [
    { name = "Anna", role = "chair", profession = "läkare", region = "07" },
    { name = "Erik", role = "member", profession = "sjuksköterska", region = "10" },
]
note = \"\"\"
a = 1 is not a key here
\"\"\"

[proposal]
origin = "politicians"

[[milestones]]
kind = "proposal_raised"
date = 2024-01-10

[[milestones]]
kind = "start_decided"
date = 2024-01-01
"""


def test_toml_keys_tables_and_array_items_have_their_lines() -> None:
    at = toml_positions(TOML)
    assert at["$.id"] == (2, 1)
    assert at["$.working_group[1]"] == (7, 5)
    assert at["$.working_group[1].region"][0] == 7
    assert TOML.splitlines()[6][at["$.working_group[1].region"][1] - 1 :].startswith("region")
    assert at["$.proposal.origin"] == (14, 1)
    assert at["$.milestones[1]"] == (20, 1)
    assert at["$.milestones[1].date"] == (22, 1)
    assert "$.a" not in at  # inside a multi-line string
    assert position_in(at, "$.milestones[1].excerpt.paragraph") == (20, 1)
    assert position_in(at, "$.nothing") == (1, 1)


def test_a_toml_file_s_findings_are_on_their_lines(tmp_path: Path) -> None:
    file = tmp_path / "sp.toml"
    file.write_text(TOML.replace('note = """\na = 1 is not a key here\n"""\n', ""), "utf-8")
    log = to_sarif(check_files(file, as_of="2024-06-01", lang="en"))
    assert_valid_sarif(log)
    lines = {
        r["ruleId"]: r["locations"][0]["physicalLocation"]["region"]["startLine"]
        for r in log["runs"][0]["results"]
    }
    assert lines["SP023"] == 17  # the second milestone, out of order: its [[milestones]]
    assert lines["SP001"] == 4  # two regions: participating_regions
    assert set(lines.values()) != {1}


def _leaves(data: Any, path: str = "$") -> list[str]:
    if isinstance(data, dict):  # TOML has no null: such keys are left out of it
        items = [(k, v) for k, v in data.items() if v is not None]
        return [p for k, v in items for p in _leaves(v, f"{path}.{k}")] or [path]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _leaves(v, f"{path}[{i}]")] or [path]
    return [path]


@at_most(60, deadline=None)
@given(strategies.subprojects(compliant=False) | strategies.subprojects(), st.data())
def test_every_key_of_a_written_document_is_found_on_its_line(sp: Subproject, data: Any) -> None:
    """TOML, YAML and JSON as vardservice writes them: each leaf's line holds its key."""
    fmt = data.draw(st.sampled_from(["toml", "yaml", "json"]))
    text = dumps(sp, format=fmt)
    at = toml_positions(text) if fmt == "toml" else yaml_positions(text)
    parsed = json.loads(dumps(sp, format="json"))
    lines = text.splitlines()
    for leaf in _leaves(parsed):
        line, column = position_in(at, leaf)
        last = leaf.rsplit(".", 1)[-1].split("[")[0]
        if leaf.endswith("]") or (line == 1 and column == 1):
            continue
        assert last in lines[line - 1], (fmt, leaf, line, lines[line - 1])


def test_the_locator_reads_each_file_once_and_survives_junk(tmp_path: Path) -> None:
    junk = tmp_path / "junk.toml"
    junk.write_bytes(b"\xff\xfe")
    locator = Locator()
    assert locator.position(junk, "$.id") == (1, 1)
    assert locator.position(tmp_path / "missing.yaml", "$.id") == (1, 1)
    good = tmp_path / "a.json"
    good.write_text('{\n  "id": "x",\n  "title": "y"\n}\n', encoding="utf-8")
    assert locator.position(good, "$.title") == (3, 3)


def test_positions_survive_comments_in_arrays_complex_yaml_keys_and_other_files(
    tmp_path: Path,
) -> None:
    # A "[" in a comment inside a TOML array opens nothing: the next key keeps its line.
    assert toml_positions("d = [ 1, # a comment [\n  2,\n]\ne = 1\n")["$.e"] == (4, 1)
    # A YAML key that is itself a list is skipped, not a crash; the keys after it are found.
    assert yaml_positions("? [a, b]\n: c\nd: 1\n")["$.d"] == (3, 1)
    assert yaml_positions("") == {}
    other = tmp_path / "notes.txt"
    other.write_text("id: x\n", encoding="utf-8")
    assert Locator().position(other, "$.id") == (1, 1)  # no reader of .txt: the start


def test_an_escaped_quote_in_a_toml_array_string_neither_ends_it_nor_opens_an_array() -> None:
    """Pinned, not left to the 51st generated example (the ci profile runs 50)."""
    assert _array_depth('["a\\"[", "b"') == 1
    assert _array_depth('["a\\\\", [1') == 2  # an escaped backslash: the quote after it ends


def test_items_on_a_multi_line_arrays_opening_line_are_placed_there() -> None:
    # d = [ 1, # c  holds $.d[0] on line 1: the next line's item is $.d[1], not $.d[0].
    assert toml_positions("d = [ 1, # c\n 2 ]\n") == {
        "$": (1, 1),
        "$.d": (1, 1),
        "$.d[0]": (1, 7),
        "$.d[1]": (2, 2),
    }
    # strings, with a comma and a '#' inside, and several items on the opening line
    found = toml_positions('d = [ "a,#", \'b\', # c\n "c",\n]\ne = 1\n')
    assert [found[f"$.d[{i}]"] for i in range(3)] == [(1, 7), (1, 14), (2, 2)]
    assert found["$.e"] == (4, 1)
    # an escaped quote does not end the string
    assert toml_positions('d = [ "a\\", b", 2,\n 3 ]\n')["$.d[2]"] == (2, 2)
    # an inline table or a nested array on the opening line: left to the lines after
    assert "$.d[0]" not in toml_positions("d = [ 1, [2,\n 3]]\n")


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["a", "", "a.b", "x y", "ö", "k\\", '"', "t\tt"]), inner)
    ),
    max_leaves=12,
)


@at_most(200, deadline=None)
@given(_JSON_VALUES, st.sampled_from([None, 0, 2, "\t"]), st.data())
def test_json_positions_are_pyyaml_s(value: Any, indent: Any, data: Any) -> None:
    """The JSON scan gives what PyYAML's composer gives, or leaves the text to it."""
    text = json.dumps(value, indent=indent, ensure_ascii=data.draw(st.booleans()))
    edit = data.draw(st.sampled_from(["", "cut", "colon", "comma", "after", "around"]))
    if edit == "cut":
        text = text[: data.draw(st.integers(0, len(text)))]
    elif edit == "colon":
        text = text.replace(":", "\n:", 1)
    elif edit == "comma":
        text = text.replace(",", " ,\n ")
    elif edit == "after":
        text += " 1"
    elif edit == "around":
        text = f"\n  {text}\n\n"
    assert json_positions(text) == yaml_positions(text), text


def test_json_positions_of_the_examples_need_no_pyyaml() -> None:
    for subproject in load_subprojects(EXAMPLES):
        text = dumps(subproject, format="json")
        assert _json_offsets(text) is not None
        assert json_positions(text) == yaml_positions(text)
    # a key far from its colon (PyYAML's 1024) and a duplicate key (the first wins)
    for long in ('{"' + "k" * 1100 + '": 1}', '{"k"' + " " * 1100 + ': 1, "j": 2}'):
        assert _json_offsets(long) is None
        assert json_positions(long) == yaml_positions(long)
    for near in ('{"' + "k" * 1021 + '" : 1}', '{"' + "k" * 1022 + '" : 1}'):  # 1 024, 1 025
        assert json_positions(near) == yaml_positions(near)
    assert json_positions('{"a": 1,\n "a": 2}')["$.a"] == (1, 2)
