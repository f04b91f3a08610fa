"""``vardservice check`` on 1 000 files, text and JSON output, net of start-up.

1 000 example-shaped subprojects (``bench/_documents.py``) are written as JSON
files to a temporary folder. Each run starts the command in a fresh interpreter
(``python -m vardservice check``) on one file and on the folder, the cases
interleaved, with ``--jobs 1`` and with ``--jobs N`` (``--jobs``, default 2).
Each is measured two ways: the CPU time of the child and of its worker processes
(user + system, ``getrusage(RUSAGE_CHILDREN)``: a worker's time counts once the
command has waited for it, which it does before it exits), and the wall time.
The folder's figure minus that of one file is the cost of 999 files net of
start-up. Min and median of ``--runs``. Target (issue 13): >= 4 000 files/s,
text and JSON. The cases ``text`` and ``json`` are the CPU time with
``--jobs 1``, as before; the others say how they were measured.

Run: python bench/cli_check.py [--count 1000] [--runs 5] [--jobs 2] [--json]
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _documents
import _timing

JOBS = 2
"""The workers of the ``--jobs`` cases (``--jobs N``)."""


def timed(args: list[str]) -> tuple[float, float]:
    """Return the CPU and wall seconds of one ``vardservice check`` in a fresh interpreter.

    The CPU time is the command's and its workers' (user + system).
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "vardservice", "check", *args], capture_output=True, check=False
    )
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(done.stderr.decode())
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def measure(count: int, runs: int) -> _timing.Figures:
    """Return per output format the files per second net of start-up (min and median)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "subprojects")
        folder.mkdir()
        for i, doc in enumerate(_documents.documents(count)):
            (folder / f"sp{i:05d}.json").write_bytes(doc)
        one = str(folder / "sp00000.json")
        common = ["--as-of", _documents.AS_OF]
        cases = {
            # --jobs 1 is the default, left out: the script also times an older checkout.
            f"{fmt} -j {jobs}": ["--format", fmt, *(["--jobs", str(jobs)] if jobs > 1 else [])]
            for fmt in ("text", "json")
            for jobs in (1, JOBS)
        }
        net: dict[str, list[float]] = {}
        for _ in range(runs):
            for name, options in cases.items():
                whole = timed([str(folder), *common, *options])
                single = timed([one, *common, *options])
                for how, spent, once in zip(("cpu", "wall"), whole, single, strict=True):
                    net.setdefault(f"{name} {how}", []).append(max(spent - once, 1e-9))
    # The rows of earlier rounds (and of bench/table.py): CPU time, one process.
    net["text"], net["json"] = net["text -j 1 cpu"], net["json -j 1 cpu"]
    return _timing.figures(net, count - 1)


def line(name: str, row: Mapping[str, float], count: int) -> str:
    """Return one output format's line: files per second net of start-up."""
    return (
        f"check --format {name:15} {row['per_second']:8,.0f} files/s net of start-up"
        f"  (median {row['median']:.2f} s for {count - 1} files)"
    )


if __name__ == "__main__":
    options = _timing.parser(__doc__, runs=5)
    options.add_argument("--jobs", type=int, default=JOBS, help="workers of the --jobs N cases")
    parsed = options.parse_args()
    JOBS = parsed.jobs
    _timing.run(parsed, measure, line)
