"""First real use of vardservice, against ``import attrs, cattrs, pendulum``, in fresh interpreters.

``import vardservice`` is a lazy stub (PEP 562) and costs almost nothing; what a
user pays is the first real use: importing the loaders and the rules and
checking one subproject. Each case runs in a fresh interpreter (``python -c``),
the cases interleaved, ``--runs`` times, timed in CPU time (user + system) of
the child, from ``getrusage``:
  bare interpreter       pass
  attrs+cattrs+pendulum  import attrs, cattrs, pendulum            (the baseline)
  first real use         import vardservice.io, vardservice.rules; load and check one
                         example-shaped subproject
Target (issue 13): first real use <= 1.5 x the baseline.

The package's bytecode is compiled first (``compileall``), as an installer does:
attrs, cattrs and pendulum in the venv have theirs, and a source checkout run with
``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module on every start.
So are its gettext catalogs (.po to .mo, as the build hook does for every install).

With ``--against DIR`` (another checkout, e.g. of main), its first real use runs too,
interleaved, with ``PYTHONPATH=DIR/src`` (its bytecode and catalogs compiled the same way):
a change's effect measured in one run.

Run: python bench/import_time.py [--runs 7] [--json] [--against DIR]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _documents

FIRST_USE = """
import sys
import vardservice.io, vardservice.rules
from vardservice.subprojects import Subproject
report = vardservice.rules.check(
    vardservice.io.loads(sys.stdin.read(), Subproject), as_of="2025-06-01"
)
assert report.findings is not None
"""
CASES = {
    "bare interpreter": "pass",
    "attrs+cattrs+pendulum": "import attrs, cattrs, pendulum",
    "first real use": FIRST_USE,
}


def once(code: str, stdin: str, src: Path | None = None) -> float:
    """Return the CPU seconds (user + system) of one fresh interpreter running ``code``.

    ``src`` is put first on its ``PYTHONPATH`` (another checkout's package).
    """
    env = None
    if src is not None:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]),
        }
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-c", code],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def catalogs(package: Path) -> None:
    """Compile the gettext catalogs (.po to .mo) as the build hook does for an install.

    A source tree without them compiles the .po in memory on the first message
    (~100 ms, babel's parser): a cost no installed copy pays.
    """
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po in sorted(package.glob("locale/*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if mo.is_file() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as file:
            catalog = read_po(file, locale=po.parent.parent.name)
        with mo.open("wb") as file:
            write_mo(file, catalog, use_fuzzy=False)


def measure(runs: int, against: Path | None = None) -> dict[str, dict[str, float]]:
    """Return per case the min and median CPU seconds of ``runs`` interleaved runs.

    ``against``: another checkout whose first real use runs too (``"first real use
    (against)"``).
    """
    import vardservice

    package = Path(vardservice.__file__).parent
    cases: dict[str, tuple[str, Path | None]] = {name: (code, None) for name, code in CASES.items()}
    packages = [package]
    if against is not None:
        cases["first real use (against)"] = (FIRST_USE, against / "src")
        packages.append(against / "src" / "vardservice")
    for folder in packages:
        compileall.compile_dir(folder, quiet=1)
        catalogs(folder)
    doc = _documents.documents(1)[0].decode()
    seconds: dict[str, list[float]] = {name: [] for name in cases}
    for code, src in cases.values():  # warm the file cache
        once(code, doc, src)
    for _ in range(runs):
        for name, (code, src) in cases.items():
            seconds[name].append(once(code, doc, src))
    return {
        name: {"min": min(runs_), "median": statistics.median(runs_)}
        for name, runs_ in seconds.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--against", type=Path, help="another checkout, run interleaved")
    args = parser.parse_args()
    figures = measure(args.runs, args.against)
    if args.json:
        print(json.dumps(figures))
        return
    core = figures["attrs+cattrs+pendulum"]["median"]
    print(f"{args.runs} interleaved runs, CPU time of each fresh interpreter")
    for name, row in figures.items():
        print(
            f"{name:26} min {row['min'] * 1000:6.0f} ms  median {row['median'] * 1000:6.0f} ms"
            f"  {row['median'] / core:5.2f} x baseline"
        )


if __name__ == "__main__":
    main()
