"""Load + check throughput on example-shaped documents, with the peers in the same run.

The documents are made by mutating the examples (``bench/_documents.py``): about
5 KB of JSON each, Swedish texts, regions by name, amounts such as "1,2 mnkr",
three to seven action proposals. Every case runs on the same bytes, in the same
process, pinned to one core, interleaved (case A, case B, ..., then again), and
is timed in CPU seconds of the process (``time.process_time``): on a shared
machine wall time also counts the waits for a core. Min and median of ``--runs``.

Cases:
  json.loads           json.loads(doc) for every document (the floor)
  load + check         vardservice.io.loads(doc, Subproject) then rules.check
  bytes -> Subproject  vardservice.io.loads(doc, Subproject), the GC off

Every case is given the document's bytes, as a file holds them (``loads`` reads
UTF-8 bytes as pydantic's ``model_validate_json`` and msgspec do).
  pydantic v2          PSubproject.model_validate_json(doc), the GC off (bench/_peers.py)
  msgspec              msgspec.json.Decoder(MSubproject).decode(doc), the GC off

``--scaling`` instead runs load + check at 100, 1 000, 10 000 and 100 000
documents (``--scaling-runs`` times each, the sizes alternated; medians), each run in a
fresh interpreter that keeps every subproject and
report (as a portfolio would), with the collector set as ``check_files`` sets it
for a batch (``vardservice.io._bulk``), and prints documents per second and peak RSS.

Run: python bench/check_throughput.py [--count 1000] [--runs 7] [--json] [--profile]
     python bench/check_throughput.py --scaling [--scaling-runs 5] [--scaling-sizes 1000,100000]
         [--against DIR]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _documents

Case = Callable[[list[bytes]], Any]


def pin() -> None:
    """Run on one core, so that figures are per core."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def cases() -> dict[str, tuple[Case, bool]]:
    """Return the cases by name, each with whether it runs with the GC off."""
    import _peers

    from vardservice.io import loads
    from vardservice.rules import check
    from vardservice.subprojects import Subproject

    def plain(docs: list[bytes]) -> Any:
        return [json.loads(doc) for doc in docs]

    def load_check(docs: list[bytes]) -> Any:
        return [check(loads(doc, Subproject), as_of=_documents.AS_OF) for doc in docs]

    def structure(docs: list[bytes]) -> Any:
        return [loads(doc, Subproject) for doc in docs]

    def pydantic(docs: list[bytes]) -> Any:
        return [_peers.pydantic_load(doc) for doc in docs]

    def msgspec(docs: list[bytes]) -> Any:
        return [_peers.msgspec_load(doc) for doc in docs]

    return {
        "json.loads": (plain, False),
        "load + check": (load_check, False),
        "bytes -> Subproject": (structure, True),
        "pydantic v2": (pydantic, True),
        "msgspec": (msgspec, True),
    }


def timed(case: Case, docs: list[bytes], *, gc_off: bool) -> float:
    """Return the CPU seconds of one pass of ``case`` over ``docs``."""
    gc.collect()
    if gc_off:
        gc.disable()
    try:
        start = time.process_time()
        case(docs)
        return time.process_time() - start
    finally:
        gc.enable()


def interleaved(docs: list[bytes], runs: int) -> dict[str, list[float]]:
    """Return every case's CPU seconds per run, the cases interleaved within each run."""
    chosen = cases()
    for case, _ in chosen.values():  # warm-up: imports, registries, generated code
        case(docs[:50])
    seconds: dict[str, list[float]] = {name: [] for name in chosen}
    for _ in range(runs):
        for name, (case, gc_off) in chosen.items():
            seconds[name].append(timed(case, docs, gc_off=gc_off))
    return seconds


def summary(seconds: dict[str, list[float]], count: int) -> dict[str, dict[str, float]]:
    """Return per case: documents per second (from the median) and min and median seconds."""
    return {
        name: {
            "min": min(runs),
            "median": statistics.median(runs),
            "per_second": count / statistics.median(runs),
        }
        for name, runs in seconds.items()
    }


def scaling_child(count: int) -> dict[str, float]:
    """Load and check ``count`` documents, keeping them; return rate and peak RSS."""
    from vardservice.io import loads
    from vardservice.io._bulk import bulk
    from vardservice.rules import check
    from vardservice.subprojects import Subproject

    distinct = _documents.documents(min(count, 1000))
    docs = [distinct[i % len(distinct)] for i in range(count)]
    for doc in distinct[:50]:
        check(loads(doc, Subproject), as_of=_documents.AS_OF)
    kept = []
    collecting = [0.0, 0.0]  # the collector's CPU seconds, and when the current one began

    def clock(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting[1] = time.process_time()
        else:
            collecting[0] += time.process_time() - collecting[1]

    gc.callbacks.insert(0, clock)
    start = time.process_time()
    with bulk():  # the collector's setting check_files uses for a batch
        for doc in docs:
            subproject = loads(doc, Subproject)
            kept.append((subproject, check(subproject, as_of=_documents.AS_OF)))
    spent = time.process_time() - start
    gc.callbacks.remove(clock)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {
        "count": count,
        "per_second": count / spent,
        "collector_us": collecting[0] / count * 1e6,  # the collector's share, per document
        "peak_rss_mib": peak,
    }


def scaling(
    sizes: tuple[int, ...], runs: int = 3, srcs: tuple[Path | None, ...] = (None,)
) -> list[list[dict[str, float]]]:
    """Run :func:`scaling_child` for each size in fresh interpreters, the sizes alternated.

    One run per size moved by up to 1.7x between interpreters on a shared machine: each
    size runs ``runs`` times, size after size, and its row is the median rate (with the
    lowest and highest), the median of the collector's time per document, and the largest
    peak RSS. ``vs_1000`` is each round's per-document cost against that round's run at
    1 000 documents (runs next to each other, so that the machine's drift between rounds
    cancels): the median of the rounds, and their lowest and highest. ``srcs``: the
    package to run (``None``: this one; a directory: put first on ``PYTHONPATH``), each
    round running every one in turn; a list of rows per package.
    """
    envs = [
        None
        if src is None
        else {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]),
        }
        for src in srcs
    ]
    rates: list[dict[int, list[float]]] = [{count: [] for count in sizes} for _ in srcs]
    collector: list[dict[int, list[float]]] = [{count: [] for count in sizes} for _ in srcs]
    peaks = [dict.fromkeys(sizes, 0.0) for _ in srcs]
    for _ in range(runs):
        for which, env in enumerate(envs):
            for count in sizes:
                done = subprocess.run(
                    [sys.executable, __file__, "--scaling-child", str(count)],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                )
                row = json.loads(done.stdout)
                rates[which][count].append(row["per_second"])
                collector[which][count].append(row["collector_us"])
                peaks[which][count] = max(peaks[which][count], row["peak_rss_mib"])
    return [
        [_row(count, rates[which], collector[which], peaks[which]) for count in sizes]
        for which in range(len(srcs))
    ]


def _row(
    count: int,
    rates: dict[int, list[float]],
    collector: dict[int, list[float]],
    peaks: dict[int, float],
) -> dict[str, float]:
    ratios = (
        [base / rate - 1 for base, rate in zip(rates[1000], rates[count], strict=True)]
        if 1000 in rates
        else [float("nan")]
    )
    return {
        "count": count,
        "per_second": statistics.median(rates[count]),
        "lowest": min(rates[count]),
        "highest": max(rates[count]),
        "collector_us": statistics.median(collector[count]),
        "vs_1000": statistics.median(ratios),
        "vs_1000_lowest": min(ratios),
        "vs_1000_highest": max(ratios),
        "peak_rss_mib": peaks[count],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--profile", action="store_true", help="cProfile one load+check pass")
    parser.add_argument("--scaling", action="store_true", help="100 -> 100 000 documents")
    parser.add_argument("--scaling-runs", type=int, default=3, help="runs of each size")
    parser.add_argument(
        "--scaling-sizes",
        default="100,1000,10000,100000",
        help="the sizes, comma-separated (e.g. 1000,100000: the two the target compares)",
    )
    parser.add_argument("--against", type=Path, help="--scaling: another checkout, run interleaved")
    parser.add_argument("--scaling-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    pin()
    if args.scaling_child:
        print(json.dumps(scaling_child(args.scaling_child)))
        return
    if args.scaling:
        sizes = tuple(int(size) for size in args.scaling_sizes.split(","))
        names = ["this"] + ([str(args.against)] if args.against is not None else [])
        srcs = (None,) + ((args.against / "src",) if args.against is not None else ())
        results = dict(zip(names, scaling(sizes, args.scaling_runs, srcs), strict=True))
        if args.json:
            print(json.dumps(results if args.against else results["this"]))
            return
        for name, rows in results.items():
            if args.against is not None:
                print(name)
            for row in rows:
                print(
                    f"{row['count']:>8,.0f} documents {row['per_second']:9,.0f} /s"
                    f" ({row['lowest']:,.0f}-{row['highest']:,.0f})"
                    f"  per document vs 1 000: {row['vs_1000']:+.0%}"
                    f" ({row['vs_1000_lowest']:+.0%} to {row['vs_1000_highest']:+.0%})"
                    f"  collector {row['collector_us']:5.1f} us/document"
                    f"  peak RSS {row['peak_rss_mib']:7,.0f} MiB"
                )
        return
    docs = _documents.documents(args.count)
    if args.profile:
        import cProfile
        import pstats

        load_check = cases()["load + check"][0]
        load_check(docs[:50])
        with cProfile.Profile() as profile:
            load_check(docs)
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        return
    figures = summary(interleaved(docs, args.runs), args.count)
    if args.json:
        print(json.dumps(figures))
        return
    size = sum(map(len, docs)) / len(docs)
    print(f"{args.count} example-shaped documents, {size:,.0f} bytes of JSON each;")
    print(f"CPU time, one core, {args.runs} interleaved runs")
    for name, row in figures.items():
        print(
            f"{name:20} {row['per_second']:9,.0f} /s  "
            f"min {row['min'] * 1000:7.1f} ms  median {row['median'] * 1000:7.1f} ms"
        )


if __name__ == "__main__":
    main()
