"""Import cost of vardservice, as ratios against baselines measured in the same run.

Each measurement is the best of N fresh interpreters (`python -c ...`), wall time:
  baseline A: `pass`                                 (a bare interpreter)
  baseline B: `import attrs, cattrs, pendulum`       (the unavoidable core)
  subject:    `import vardservice`
  subject:    `vardservice regions --format json`    (must not import pint)
Target (issue #2): import vardservice <= 1.5 x baseline B.

Run: python bench/import_time.py [--runs 15]
"""

import argparse
import subprocess
import sys
import time

CASES = {
    "bare interpreter": "pass",
    "attrs+cattrs+pendulum": "import attrs, cattrs, pendulum",
    "import vardservice": "import vardservice",
    "regions --format json": (
        "import sys, io, contextlib\n"
        "from vardservice.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['regions', '--format', 'json'])\n"
        "heavy = sorted(m for m in ('pint', 'jinja2', 'babel', 'holidays') if m in sys.modules)\n"
        "sys.stderr.write(','.join(heavy))\n"
    ),
}


def best_of(code: str, runs: int) -> tuple[float, str]:
    best, note = float("inf"), ""
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        best = min(best, time.perf_counter() - start)
        note = done.stderr.strip()
    return best, note


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    results = {name: best_of(code, runs) for name, code in CASES.items()}
    bare = results["bare interpreter"][0]
    core = results["attrs+cattrs+pendulum"][0]
    print(f"best of {runs} runs, wall time")
    for name, (seconds, note) in results.items():
        extra = f"  heavy modules loaded: {note or 'none'}" if name.startswith("regions") else ""
        print(
            f"{name:24} {seconds * 1000:7.1f} ms  {seconds / bare:5.2f} x bare"
            f"  {seconds / core:5.2f} x core{extra}"
        )
    ratio = results["import vardservice"][0] / core
    print(f"import vardservice / (attrs+cattrs+pendulum) = {ratio:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
