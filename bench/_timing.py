"""What the benchmark scripts share: their figures from timed runs, and their command line.

Each script times its cases ``--runs`` times, interleaved, and reports per case the
minimum and median seconds and a rate (``per_second``, over the median) as a table
or, with ``--json``, as the figures ``bench/table.py`` reads.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Callable, Mapping, Sequence

Figures = dict[str, dict[str, float]]
"""Per case: ``min`` and ``median`` seconds, ``per_second`` (items over the median)."""


def figures(seconds: Mapping[str, Sequence[float]], items: int) -> Figures:
    """Return per case the min and median of its seconds, and ``items`` per median second."""
    return {
        name: {
            "min": min(s),
            "median": statistics.median(s),
            "per_second": items / statistics.median(s),
        }
        for name, s in seconds.items()
    }


def parser(doc: str | None, *, runs: int) -> argparse.ArgumentParser:
    """Return a benchmark script's parser: ``[--count N] [--runs N] [--json]``.

    Args:
        doc: the script's docstring; its first line describes the command.
        runs: the default of ``--runs``.

    """
    made = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    made.add_argument("--count", type=int, default=1000)
    made.add_argument("--runs", type=int, default=runs)
    made.add_argument("--json", action="store_true")
    return made


def run(
    args: argparse.Namespace,
    measure: Callable[[int, int], Figures],
    line: Callable[[str, Mapping[str, float], int], str],
) -> None:
    """Measure with the parsed ``args`` of :func:`parser`, then print the figures.

    Args:
        args: the parsed command line (``count``, ``runs``, ``json``).
        measure: returns the figures of ``count`` items over ``runs`` runs.
        line: one case's line of the table, from its name, figures and ``--count``.

    """
    result = measure(args.count, args.runs)
    if args.json:
        print(json.dumps(result))
        return
    for name, row in result.items():
        print(line(name, row, args.count))


def main(
    doc: str | None,
    measure: Callable[[int, int], Figures],
    line: Callable[[str, Mapping[str, float], int], str],
    *,
    runs: int,
) -> None:
    """Run a benchmark script: ``[--count N] [--runs N] [--json]``, then print its figures."""
    run(parser(doc, runs=runs).parse_args(), measure, line)
