"""Every benchmark of issue 13, printed as one table of ratios against its peer or target.

Runs ``check_throughput.py`` (interleaved with json.loads, pydantic v2 and msgspec),
``check_throughput.py --scaling``, ``import_time.py``, ``render_reports.py`` and
``cli_check.py``, each in its own interpreter, and prints the figures. Each
figure is a median of ``--runs`` interleaved runs in CPU time (see each script's
docstring for its method). The exit code is 0 whether or not a target is met:
machines differ, and the table says which are.

Run: python bench/table.py [--runs 5] [--quick]   (nox -s bench)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def run(script: str, *args: str) -> Any:
    """Return the JSON figures a benchmark script prints with ``--json``."""
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="no 100 000-document scaling run")
    args = parser.parse_args()
    runs = str(args.runs)
    load = run("check_throughput.py", "--runs", runs)
    imports = run("import_time.py", "--runs", runs)
    render = run("render_reports.py", "--runs", runs)
    cli = run("cli_check.py", "--runs", runs)
    scale = [] if args.quick else run("check_throughput.py", "--scaling")

    def med(row: dict[str, float]) -> float:
        return row["median"]

    rows: list[tuple[str, str, str, bool]] = []
    rate = load["load + check"]["per_second"]
    ratio = med(load["load + check"]) / med(load["json.loads"])
    rows.append(
        (
            "load + check, example-shaped JSON",
            f"{rate:,.0f}/s; {ratio:.1f}x json.loads",
            ">= 10 000/s or <= 4x",
            rate >= 10_000 or ratio <= 4,
        )
    )
    for peer in ("pydantic v2", "msgspec"):
        ratio = med(load["bytes -> Subproject"]) / med(load[peer])
        rows.append(
            (
                f"bytes -> Subproject vs {peer} (GC off)",
                f"{ratio:.2f}x",
                "<= 1.4x" if peer == "pydantic v2" else "-",
                ratio <= 1.4 if peer == "pydantic v2" else True,
            )
        )
    ratio = med(imports["first real use"]) / med(imports["attrs+cattrs+pendulum"])
    rows.append(
        ("first real use vs attrs+cattrs+pendulum", f"{ratio:.2f}x", "<= 1.5x", ratio <= 1.5)
    )
    ratio = med(render["vardservice"]) / med(render["bare jinja2"])
    rows.append(
        (
            "1 000 Markdown compliance reports vs bare jinja2",
            f"{ratio:.2f}x",
            "<= 2.5x",
            ratio <= 2.5,
        )
    )
    for fmt in ("text", "json"):
        rate = cli[fmt]["per_second"]
        rows.append(
            (
                f"check on 1 000 files, --format {fmt}",
                f"{rate:,.0f} files/s",
                ">= 4 000/s",
                rate >= 4000,
            )
        )
    if scale:
        by = {int(r["count"]): r for r in scale}
        large = by[100_000]
        slower = large["vs_1000"]  # the median of the rounds' paired ratios
        rows.append(
            (
                "per-document cost at 100 000 vs 1 000",
                f"{slower:+.0%} ({large['vs_1000_lowest']:+.0%} to"
                f" {large['vs_1000_highest']:+.0%}); peak RSS {large['peak_rss_mib']:,.0f} MiB",
                "<= +15 %",
                slower <= 0.15,
            )
        )  # fmt: skip
    print(f"{'what':50} {'measured':32} {'target':22} met")
    for what, measured, target, met in rows:
        print(f"{what:50} {measured:32} {target:22} {'yes' if met else 'NO'}")
    if scale:
        for r in scale:
            print(
                f"  scaling: {r['count']:>8,.0f} documents  {r['per_second']:8,.0f}/s"
                f"  collector {r['collector_us']:5.1f} us/document"
                f"  peak RSS {r['peak_rss_mib']:6,.0f} MiB"
            )


if __name__ == "__main__":
    main()
