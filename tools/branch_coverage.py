"""Fail when branch coverage alone is under a threshold (issue 12: at least 95 %).

coverage's own ``fail_under`` (pyproject.toml) judges the combined figure,
statements and branches together; with ten times more statements than branches
that figure stays high while many branches go one way only. This script reads
the totals of the combined data (``.coverage``, or ``COVERAGE_FILE``) and judges
the branches alone: a branch is covered when each of its destinations was taken,
so the figure is ``covered_branches / num_branches``, partial branches counting
for what they covered.

Run after ``coverage combine`` (``.ci/run`` does)::

    python tools/branch_coverage.py            # at least 95 %
    python tools/branch_coverage.py --fail-under 96.5

It prints one line (statements, branches, partial, the figure) and exits 1 when
the figure is under the threshold, 2 when there is no data.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

DEFAULT_THRESHOLD = 95.0


def totals(data_file: str | None = None) -> dict[str, Any]:
    """Return the ``totals`` object of ``coverage json`` for the measured data.

    Args:
        data_file: the data file; ``None`` for coverage's default (``COVERAGE_FILE``
            or ``.coverage``), read with the project's configuration.

    Returns:
        The totals: ``num_statements``, ``missing_lines``, ``num_branches``,
        ``covered_branches``, ``num_partial_branches``, ``missing_branches``, ...

    Raises:
        coverage.exceptions.NoDataError: there is no data to report.

    """
    import coverage

    # coverage reads ``data_file=None`` as "keep the data in memory", not as its default:
    # pass the argument only when a file is named.
    options: dict[str, Any] = {"config_file": "pyproject.toml"}
    if data_file is not None:
        options["data_file"] = data_file
    cov = coverage.Coverage(**options)
    cov.load()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "coverage.json"
        cov.json_report(outfile=str(out))
        report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return dict(report["totals"])


def branch_percent(figures: dict[str, Any]) -> float:
    """Return the branch-only coverage in percent (100 when there are no branches).

    >>> branch_percent({"num_branches": 200, "covered_branches": 190})
    95.0
    """
    branches = int(figures["num_branches"])
    return 100.0 if branches == 0 else 100.0 * int(figures["covered_branches"]) / branches


def main(argv: list[str] | None = None) -> int:
    """Print the figures; return 0, 1 (under the threshold) or 2 (no data)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fail-under", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--data-file", help="the combined coverage data (default: .coverage)")
    args = parser.parse_args(argv)
    from coverage.exceptions import NoDataError

    try:
        figures = totals(args.data_file)
    except NoDataError as exc:
        print(f"branch coverage: no data ({exc})", file=sys.stderr)
        return 2
    percent = branch_percent(figures)
    statements, missed = figures["num_statements"], figures["missing_lines"]
    print(
        f"branch coverage {percent:.2f} % (at least {args.fail_under:g} %): "
        f"{figures['covered_branches']} of {figures['num_branches']} branches covered, "
        f"{figures['num_partial_branches']} partial, {figures['missing_branches']} missed; "
        f"statements {statements - missed} of {statements}"
    )
    return 0 if percent >= args.fail_under else 1  # unrounded: 94.996 % is not 95 %


if __name__ == "__main__":
    sys.exit(main())
