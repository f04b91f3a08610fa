"""The command line's messages: the wrong kind of network, the rules' range, today's date, YAML.

Each names what the user should do or where the problem is, on one line: a
national network given to ``render network`` points to ``render national-network``;
``check --help`` gives the range of the subproject rules from the registry; every
command whose date defaults to today says "(dagens datum)" in each format; a YAML
parser's error reads ``FILE:LINE:COLUMN: problem``.
"""

import io
import re
from pathlib import Path

import docx
import pytest

from vardservice.cli import _parser, main
from vardservice.errors import InvalidInput
from vardservice.fees import FeeScheduleHistory
from vardservice.io import load, loads
from vardservice.render import DOCUMENTS
from vardservice.rules import rules_for
from vardservice.subprojects import Subproject

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NSN = str(EXAMPLES / "networks" / "nsn.yaml")
BEST_SERVICE = str(EXAMPLES / "networks" / "best_service.yaml")
SUBPROJECT = EXAMPLES / "subprojects" / "hoftfraktur_compliant.yaml"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# --- a network of the other kind -------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "file", "holds", "use"),
    [
        ("network", NSN, "NationalNetwork, not a Network", "national-network"),
        ("national-network", BEST_SERVICE, "Network, not a NationalNetwork", "network"),
    ],
)
def test_render_of_the_other_kind_of_network_names_the_kind_to_use(
    capsys: pytest.CaptureFixture[str], kind: str, file: str, holds: str, use: str
) -> None:
    code, out, err = run(capsys, "render", kind, file, "--year", "2024")
    assert (code, out) == (2, "")
    assert err == (
        f"vardservice render: error: {file} holds a {holds}: use 'vardservice render {use}'\n"
    )


def test_render_of_a_network_reads_its_own_kind(capsys: pytest.CaptureFixture[str]) -> None:
    for kind, file in (("network", BEST_SERVICE), ("national-network", NSN)):
        code, out, err = run(capsys, "render", kind, file, "--year", "2024")
        assert (code, err) == (0, "") and out.startswith("# ")


# --- check --help: the rules' range from the registry ----------------------------------------


def test_check_help_gives_the_range_of_the_subproject_rules_from_the_registry(
    capsys: pytest.CaptureFixture[str],
) -> None:
    codes = [rule.code for rule in rules_for(Subproject)]
    with pytest.raises(SystemExit) as caught:
        main(["check", "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert f"Check subprojects against the rules {codes[0]}-{codes[-1]} (SFBV §4-5)." in out
    assert codes[-1] != "SP023"  # the literal the help said while SP024-SP028 existed


def test_the_command_list_names_no_range_of_rules(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert not re.search(r"SP\d{3}-SP\d{3}", capsys.readouterr().out)


# --- "(dagens datum)" from every command whose date defaults to today ------------------------

TODAY = "(dagens datum)"
AS_OF_COMMANDS = ("check", "check-report", "portfolio")


def test_the_commands_whose_date_defaults_to_today_are_all_tested() -> None:
    subparsers = _parser()._subparsers
    assert subparsers is not None
    commands = subparsers._group_actions[0].choices
    assert isinstance(commands, dict)
    with_as_of = {
        name
        for name, parser in commands.items()
        if any("--as-of" in action.option_strings for action in parser._actions)
    }
    # render's --as-of is a document's option, required by the kinds that take it.
    assert with_as_of - {"render"} == set(AS_OF_COMMANDS)


@pytest.fixture(scope="module")
def final_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "slutrapport.docx"
    path.write_bytes(DOCUMENTS["final-report"].render_bytes(load(SUBPROJECT, Subproject)))
    return path


def _file(command: str, final_report: Path) -> str:
    return str(final_report if command == "check-report" else SUBPROJECT)


def _docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


@pytest.mark.parametrize("command", AS_OF_COMMANDS)
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_command_says_when_its_date_is_today(
    capsys: pytest.CaptureFixture[str], final_report: Path, command: str, fmt: str
) -> None:
    file = _file(command, final_report)
    _, out, err = run(capsys, command, file, "--format", fmt)
    assert TODAY in out, err
    _, out, _ = run(capsys, command, file, "--format", fmt, "--as-of", "2025-01-01")
    assert TODAY not in out


@pytest.mark.parametrize("command", AS_OF_COMMANDS)
def test_every_command_says_in_word_when_its_date_is_today(
    capsys: pytest.CaptureFixture[str], final_report: Path, tmp_path: Path, command: str
) -> None:
    file, word = _file(command, final_report), tmp_path / "out.docx"
    run(capsys, command, file, "--format", "docx", "-o", str(word))
    assert TODAY in _docx_text(word.read_bytes())
    run(capsys, command, file, "--format", "docx", "-o", str(word), "--as-of", "2025-01-01")
    assert TODAY not in _docx_text(word.read_bytes())


def test_check_report_text_says_checked_as_of_today_as_with_a_date(
    capsys: pytest.CaptureFixture[str], final_report: Path
) -> None:
    _, out, _ = run(capsys, "check-report", str(final_report))
    assert re.search(r"^Kontrollerat per \d+ \w+ \d{4} \(dagens datum\)\.$", out, re.MULTILINE)
    _, out, _ = run(capsys, "check-report", str(final_report), "--as-of", "2025-01-01")
    assert "\nKontrollerat per 1 januari 2025.\n" in out


# --- YAML parser errors: FILE:LINE:COLUMN: problem -------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{a: 1", "1:6: not valid YAML: expected ',' or '}', but got '<stream end>'"
                  " (while parsing a flow mapping from 1:1)"),
        ("a: b: c", "1:5: not valid YAML: mapping values are not allowed here"),
        ("schedules:\n  - a\n  b: 1", "3:3: not valid YAML: expected <block end>, but found '?'"
                                      " (while parsing a block collection from 2:3)"),
        ("a: 'x", "1:6: not valid YAML: found unexpected end of stream"
                  " (while scanning a quoted scalar from 1:4)"),
        ("a: &x 1\nb: *y", "2:4: not valid YAML: found undefined alias 'y'"),
        ("a: 1\nb: \x07", "2:4: not valid YAML: character #x0007: special characters are not"
                          " allowed"),
    ],
)  # fmt: skip
def test_a_yaml_parser_error_is_its_place_and_problem_on_one_line(text: str, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        loads(text, FeeScheduleHistory, format="yaml")
    assert str(caught.value) == message
    assert caught.value.problems == (message,)


def test_a_yaml_file_error_reads_file_line_column_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "schedules.yaml"
    path.write_text("schedules: [\n  {valid_from: 2024,\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        load(path, FeeScheduleHistory)
    assert caught.value.origin == str(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:3:1: not valid YAML: ")
    assert "unicode string" not in message and "\n" not in message
    code, out, err = run(capsys, "fees", "--schedule", str(path), "--year", "2024")
    assert (code, out) == (2, "")
    assert err == f"vardservice fees: {message}\n"
