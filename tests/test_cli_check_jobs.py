"""`vardservice check --jobs N`: the same bytes, order and exit codes as one process."""

import multiprocessing
import os
import pickle
import shutil
import sys
from pathlib import Path
from types import MappingProxyType

import pytest

from vardservice.cli import _jobs, main
from vardservice.errors import InvalidInput, InvalidValue, VardserviceError
from vardservice.io import documents
from vardservice.io.documents import check_files

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "data" / "bad_subprojects"
EXAMPLES = ROOT / "examples" / "subprojects"

# Pools are started by a few tests only (each a fork, one a spawn): the suite stays fast.
pytestmark = pytest.mark.xdist_group("check-jobs")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of good, breaking, portfolio and unreadable files; chunks of 2 files."""
    monkeypatch.setattr(_jobs, "_CHUNK", 2)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, example in enumerate(sorted(EXAMPLES.iterdir()) * 2):
        shutil.copy(example, folder / f"{i:02d}_{example.name}")
    for name in ("not_json.json", "unknown_region.yaml", "portfolio_bad_entry.yaml"):
        shutil.copy(BAD / name, folder / f"bad_{name}")
    (folder / "empty").mkdir()
    return folder


def _outputs(capsys: pytest.CaptureFixture[str], out: Path, *args: str) -> tuple[int, bytes, str]:
    code = main(["check", *args, "-o", str(out)])
    _, err = capsys.readouterr()
    return code, out.read_bytes(), err


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "markdown", "html"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_jobs_2_writes_the_bytes_of_jobs_1(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path, fmt: str, lang: str
) -> None:
    args = [str(corpus), str(corpus / "missing.yaml"), str(corpus / "empty")]
    args += ["--as-of", "2025-06-01", "--format", fmt, "--lang", lang]
    one = _outputs(capsys, tmp_path / "one", *args)
    two = _outputs(capsys, tmp_path / "two", *args, "--jobs", "2")
    assert one[0] == 2  # unreadable files: exit 2, and every other finding written
    assert two == one
    assert multiprocessing.active_children() == []  # the workers were waited for


def test_spawned_workers_write_the_same_bytes(
    capsys: pytest.CaptureFixture[str],
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_jobs, "_START_METHOD", "spawn")
    args = [str(corpus / "00_bup_noncompliant.yaml"), str(corpus), "--as-of", "2025-06-01"]
    for fmt in ("text", "json"):
        one = _outputs(capsys, tmp_path / "one", *args, "--format", fmt)
        two = _outputs(capsys, tmp_path / "two", *args, "--format", fmt, "-j", "3")
        assert two == one


def test_files_come_back_in_order_and_exit_1_on_error_findings(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path
) -> None:
    for bad in corpus.glob("bad_*"):
        bad.unlink()
    code, data, _ = _outputs(capsys, tmp_path / "out", str(corpus), "--format", "json", "-j", "2")
    files = [file["file"] for file in __import__("json").loads(data)["files"]]
    assert code == 1
    assert files == sorted(str(path) for path in corpus.glob("*.yaml"))


@pytest.mark.parametrize("value", ["0", "-1", "x", "1.5", ""])
def test_a_bad_jobs_value_exits_2_naming_the_option(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["check", str(EXAMPLES), f"--jobs={value}"])
    assert stopped.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_auto_is_the_cpus_this_process_may_use() -> None:
    assert _jobs.jobs("auto") == _jobs.usable_cpus() >= 1
    assert _jobs.jobs("3") == 3


def test_a_small_run_starts_no_workers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pool(*args: object) -> None:
        raise AssertionError("a pool for a handful of files")

    monkeypatch.setattr(_jobs, "_checked_chunks", no_pool)
    args = [str(EXAMPLES), "--as-of", "2025-06-01", "--format", "json"]
    assert _outputs(capsys, tmp_path / "two", *args, "-j", "2") == _outputs(
        capsys, tmp_path / "one", *args
    )


class Unpicklable(Exception):
    def __init__(self, a: str, b: str) -> None:
        super().__init__(f"{a} {b}")


@pytest.mark.parametrize(
    ("raised", "line"),
    [
        (RuntimeError("boom"), "internal error, a bug in vardservice (RuntimeError: boom)"),
        (Unpicklable("no", "pickle"), "(RuntimeError: Unpicklable: no pickle)"),
    ],
)
def test_a_bug_in_a_worker_exits_3_with_the_bug_message(
    capsys: pytest.CaptureFixture[str],
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    raised: Exception,
    line: str,
) -> None:
    parent = os.getpid()
    checked = documents.check  # type: ignore[attr-defined]

    def check(*args: object, **kwargs: object) -> object:
        if os.getpid() != parent:  # only in a worker: the first chunk is checked here
            raise raised
        return checked(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(documents, "check", check)
    assert main(["check", str(corpus), "--as-of", "2025-06-01", "-j", "2"]) == 3
    err = capsys.readouterr().err
    assert line in err
    assert len(err.splitlines()) == 1
    assert multiprocessing.active_children() == []


def test_a_library_error_in_a_worker_is_that_error(
    capsys: pytest.CaptureFixture[str], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()
    checked = documents.check  # type: ignore[attr-defined]

    def check(*args: object, **kwargs: object) -> object:
        if os.getpid() != parent:
            raise InvalidValue("check", "select", "XX", "a rule code")
        return checked(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(documents, "check", check)
    assert main(["check", str(corpus), "--as-of", "2025-06-01", "-j", "2"]) == 2
    assert capsys.readouterr().err == (
        "vardservice check: check.select: got 'XX'; expected a rule code\n"
    )


def test_a_check_run_s_records_pickle() -> None:
    run = check_files(EXAMPLES, as_of="2025-06-01", lang="en")
    assert any(f.evidence for f in run.findings)
    assert pickle.loads(pickle.dumps(run)) == run  # noqa: S301 - its own bytes


def test_ctrl_c_ends_the_workers_and_exits_130_quietly(
    capsys: pytest.CaptureFixture[str], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(outcome: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_jobs, "_received", interrupted)
    assert main(["check", str(corpus), "--as-of", "2025-06-01", "-j", "2"]) == 130
    assert capsys.readouterr() == ("", "")
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    "text", ["plain §5.4 å", "del \x7f", "c1 \x85 \x9b", "c0 \x1b[2J", "tab\tand\nline"]
)
def test_json_output_is_made_safe_as_any_text(text: str) -> None:
    import orjson

    from vardservice._text import safe_utf8
    from vardservice.cli._encoded import encoded

    data = orjson.dumps({"text": text}, option=orjson.OPT_INDENT_2)
    assert encoded(data, json=True).data == safe_utf8(data) == encoded(data).data


def test_a_placed_finding_pickles_on_its_own() -> None:
    run = check_files(EXAMPLES, as_of="2025-06-01", lang="en")
    finding = next(f for f in run.findings if f.evidence)
    again = pickle.loads(pickle.dumps(finding))  # noqa: S301 - its own bytes
    assert again == finding
    assert isinstance(again.evidence, MappingProxyType)  # read-only again


def _raising(exc: Exception) -> object:
    def checked_here(*args: object) -> object:
        raise exc

    return checked_here


def test_a_worker_sends_the_library_s_errors_as_plain_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What a worker's chunk function returns, in this process: the errors do not pickle.
    monkeypatch.setattr(_jobs, "_checked_here", _raising(InvalidInput(["a @ $.x"], origin="f")))
    kind, value = _jobs._check_chunk([])
    assert (kind, value) == ("invalid", (("a @ $.x",), "f"))
    with pytest.raises(InvalidInput) as raised:
        _jobs._received((kind, value))
    assert (raised.value.problems, raised.value.origin) == (("a @ $.x",), "f")

    error = InvalidValue("check", "select", "XX", "a rule code")
    monkeypatch.setattr(_jobs, "_checked_here", _raising(error))
    outcome = _jobs._check_chunk([])
    assert outcome == ("error", str(error))
    with pytest.raises(VardserviceError, match="check.select: got 'XX'"):
        _jobs._received(outcome)


def test_a_worker_raises_a_bug_as_it_is_or_as_a_runtime_error_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_jobs, "_checked_here", _raising(KeyError("k")))
    with pytest.raises(KeyError):
        _jobs._check_chunk([])

    class Unpicklable(Exception):
        def __init__(self, a: str, b: str) -> None:  # pickle calls it with one argument
            super().__init__(f"{a} {b}")

    monkeypatch.setattr(_jobs, "_checked_here", _raising(Unpicklable("no", "pickle")))
    with pytest.raises(RuntimeError, match=r"^Unpicklable: no pickle$"):
        _jobs._check_chunk([])


def test_workers_are_spawned_where_fork_is_unsafe_or_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert _jobs._start_method() == "spawn"
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert _jobs._start_method() == "spawn"


def test_auto_without_an_affinity_is_the_cpu_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert _jobs.usable_cpus() == 1
    monkeypatch.setattr(os, "cpu_count", lambda: 6)
    assert _jobs.jobs("auto") == 6
