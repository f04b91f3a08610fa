"""``vardservice check`` on 1 000 files, text and JSON output, net of start-up.

1 000 example-shaped subprojects (``bench/_documents.py``) are written as JSON
files to a temporary folder. Each run starts the command in a fresh interpreter
(``python -m vardservice check``) on one file and on the folder, the cases
interleaved; the CPU time of the child (user + system, ``getrusage``) of the
folder minus that of one file is the cost of 999 files net of start-up.
Min and median of ``--runs``. Target (issue 13): >= 4 000 files/s, text and JSON.

Run: python bench/cli_check.py [--count 1000] [--runs 5] [--json]
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _documents
import _timing


def cpu(args: list[str]) -> float:
    """Return the CPU seconds of one ``vardservice check`` in a fresh interpreter."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-m", "vardservice", "check", *args], capture_output=True, check=False
    )
    if done.returncode not in (0, 1):
        raise RuntimeError(done.stderr.decode())
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


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
            "text": ["--format", "text"],
            "json": ["--format", "json"],
        }
        net: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(runs):
            for name, fmt in cases.items():
                whole = cpu([str(folder), *common, *fmt])
                single = cpu([one, *common, *fmt])
                net[name].append(max(whole - single, 1e-9))
    return _timing.figures(net, count - 1)


def line(name: str, row: Mapping[str, float], count: int) -> str:
    """Return one output format's line: files per second net of start-up."""
    return (
        f"check --format {name:5} {row['per_second']:8,.0f} files/s net of start-up"
        f"  (median {row['median']:.2f} s for {count - 1} files)"
    )


if __name__ == "__main__":
    _timing.main(__doc__, measure, line, runs=5)
