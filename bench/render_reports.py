"""1 000 Markdown compliance reports, against the same findings through a bare jinja2 template.

The reports are those of 1 000 example-shaped subprojects (``bench/_documents.py``),
checked once before timing. Both sides run in the same process, interleaved, CPU
time (``time.process_time``), min and median of ``--runs``:
  bare jinja2   one compiled template, given plain dicts (code, severity, message,
                path, source) and the date already formatted: the floor
  vardservice   render_compliance_report(report, format="markdown")
Target (issue 13): within 2.5 x the bare template.

With ``--kinds``, it times every other document kind instead: each kind's example
(the registry's) written in each of its text formats, CPU milliseconds per
document, min of ``--runs``; run it on two checkouts to see that no kind got slower.

Run: python bench/render_reports.py [--count 1000] [--runs 7] [--json] [--kinds]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _documents
import _timing

BARE = """# Regelkontroll: {{ subject }}

Kontrollerat per {{ as_of }}. {{ verdict }}
{% for title, findings in groups %}{% if findings %}
## {{ title }} ({{ findings|length }})
{% for f in findings %}
- **{{ f.code }}** {{ f.message }}
  Plats: `{{ f.path }}`; Källa: {{ f.source }}
{% endfor %}{% endif %}{% endfor %}
"""


def reports(count: int) -> list[Any]:
    """Return the reports of ``count`` example-shaped subprojects."""
    from vardservice.io import loads
    from vardservice.rules import check
    from vardservice.subprojects import Subproject

    return [
        check(loads(doc.decode(), Subproject), as_of=_documents.AS_OF)
        for doc in _documents.documents(count)
    ]


def bare(reports_: list[Any]) -> list[str]:
    """Render the findings through one bare jinja2 template, from plain data."""
    import jinja2

    template = jinja2.Environment(autoescape=False).from_string(BARE)  # noqa: S701  # Markdown
    out = []
    for report in reports_:
        groups = [
            (title, [
                {"code": f.code, "message": f.message, "path": f.path, "source": str(f.source)}
                for f in report.findings if f.severity.value == severity
            ])
            for title, severity in (("Fel", "error"), ("Varningar", "warning"),
                                    ("Upplysningar", "info"))
        ]  # fmt: skip
        out.append(
            template.render(
                subject=report.subject,
                as_of=report.as_of.isoformat(),
                verdict="Uppfyller reglerna." if report.is_compliant else "Uppfyller inte.",
                groups=groups,
            )
        )
    return out


def library(reports_: list[Any]) -> list[str]:
    """Render each report with the library's Markdown compliance report."""
    from vardservice.render import render_compliance_report

    return [render_compliance_report(r, format="markdown") for r in reports_]


def measure(count: int, runs: int) -> _timing.Figures:
    """Return per side the min and median CPU seconds, interleaved."""
    reports_ = reports(count)
    sides = {"bare jinja2": bare, "vardservice": library}
    for side in sides.values():
        side(reports_[:20])
    seconds: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(runs):
        for name, side in sides.items():
            start = time.process_time()
            side(reports_)
            seconds[name].append(time.process_time() - start)
    return _timing.figures(seconds, count)


def line(name: str, row: Mapping[str, float], count: int) -> str:
    """Return one side's line: reports per second, min and median."""
    return (
        f"{name:12} {row['per_second']:9,.0f} reports/s  min {row['min'] * 1000:7.1f} ms"
        f"  median {row['median'] * 1000:7.1f} ms"
    )


def kinds(runs: int) -> dict[str, float]:
    """Return per document kind the CPU milliseconds to write its example in its text formats."""
    from vardservice.render import DOCUMENTS
    from vardservice.render._env import BINARY_FORMATS

    times: dict[str, float] = {}
    for kind, entry in DOCUMENTS.items():
        if entry.example is None:
            continue
        example = entry.example()
        formats = [f for f in entry.formats if f not in BINARY_FORMATS]
        for format in formats:
            entry.render(example, format=format)
        best = float("inf")
        for _ in range(runs):
            start = time.process_time()
            for _ in range(10):
                for format in formats:
                    entry.render(example, format=format)
            best = min(best, (time.process_time() - start) / 10 / len(formats))
        times[kind] = best * 1000
    return times


def kinds_main(argv: list[str]) -> None:
    """Print every kind's milliseconds per document (``--kinds [--runs N] [--json]``)."""
    parser = argparse.ArgumentParser(description="Time every document kind's example.")
    parser.add_argument("--kinds", action="store_true", required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    per_kind = kinds(args.runs)
    if args.json:
        print(json.dumps(per_kind))
        return
    for kind, ms in per_kind.items():
        print(f"{kind:18} {ms:7.2f} ms per document")


if __name__ == "__main__":
    if "--kinds" in sys.argv[1:]:
        kinds_main(sys.argv[1:])
    else:
        _timing.main(__doc__, measure, line, runs=7)
