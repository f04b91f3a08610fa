"""``vardservice populations import``: SCB's own population file as the package's populations CSV.

This is :func:`vardservice.io.load_scb_populations`: it reads the CSV, PC-Axis
(``.px``) or JSON-stat 2.0 file downloaded from SCB's Statistikdatabasen and
writes ``code,year,population,source,url,grade`` (what ``--populations FILE`` and
:func:`vardservice.io.load_populations` read) to ``--output`` or to standard
output. A ``.json``, ``.yaml`` or ``.toml`` output is the
:class:`~vardservice.regions.PopulationTable` document instead. What was left
out (the country total, municipalities) is said on standard error.

``vardservice populations fetch --year 2025`` asks SCB's PxWebApi 2 for the
county table instead (:func:`vardservice.io.fetch_scb_populations`, the
``[scb]`` extra) and writes the figures the same way. Offline, it says so and
how to import a downloaded file.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path
from typing import Any

from vardservice._text import csv_cell, safe_text
from vardservice.cli._common import Result, date, year

__all__ = ["register", "run"]


def register(commands: Any) -> None:
    """Declare the command, its subcommands ``import`` and ``fetch`` and their options."""
    parser = commands.add_parser("populations", help="read SCB's own population files")
    actions = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    reader = actions.add_parser(
        "import", help="an SCB file (CSV, .px, JSON-stat 2.0) as a populations CSV"
    )
    reader.add_argument("file", type=Path, help="the file downloaded from Statistikdatabasen")
    reader.add_argument(
        "--retrieved", type=date, required=True, help="the date you downloaded it, YYYY-MM-DD"
    )
    reader.add_argument("--table", default="BE0101N1", help="SCB's table id (default: BE0101N1)")
    reader.add_argument(
        "--output", type=Path, help="where to write (.csv, .json, .yaml, .toml; default: stdout)"
    )
    reader.set_defaults(run=run)
    fetcher = actions.add_parser(
        "fetch", help="ask SCB's PxWebApi 2 for the counties' population (needs the network)"
    )
    fetcher.add_argument("--year", type=year, required=True, help="whose 31 December")
    fetcher.add_argument(
        "--table", default="TAB638", help="the table's PxWebApi 2 id (default: TAB638)"
    )
    fetcher.add_argument(
        "--timeout", type=float, default=30.0, help="seconds to wait for SCB (default: 30)"
    )
    fetcher.add_argument(
        "--output", type=Path, help="where to write (.csv, .json, .yaml, .toml; default: stdout)"
    )
    fetcher.set_defaults(run=fetch)


def run(args: argparse.Namespace) -> Result:
    """Read the SCB file; write the figures; say what was left out."""
    from vardservice.io import load_scb_populations

    result = load_scb_populations(args.file, retrieved=args.retrieved, table=args.table)
    return _write(result, args)


def fetch(args: argparse.Namespace) -> Result:
    """Ask SCB's API for the year's county table; write the figures like ``import``."""
    from vardservice.io import fetch_scb_populations

    result = fetch_scb_populations(args.year, table=args.table, timeout=args.timeout)
    return _write(result, args)


def _write(result: Any, args: argparse.Namespace) -> Result:
    from vardservice.io import dump

    figures = result.table.figures
    years = result.table.years
    summary = (
        f"{len(figures)} figures of {len({f.region for f in figures})} regions,"
        f" {years[0]}–{years[-1]}, from SCB {args.table} ({result.format});"
        f" left out: {result.country_total} country total,"
        f" {result.municipalities} municipalities"
    )
    if args.output is not None and args.output.suffix.lower() != ".csv":
        dump(result.table, args.output)
        return f"{summary}; written to {args.output}\n"
    text = _csv(result.table.figures)
    if args.output is None:
        print(summary, file=sys.stderr)
        return text
    args.output.write_text(safe_text(text), encoding="utf-8")
    return f"{summary}; written to {args.output}\n"


def _csv(figures: Any) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["code", "year", "population", "source", "url", "grade"])
    for figure in figures:
        source = figure.source
        text = f"{source.publisher}: {source.title}; {source.note}"
        row = [figure.region, figure.year, figure.population, text, source.url or ""]
        writer.writerow([csv_cell(cell) for cell in (*row, source.grade or "")])
    return out.getvalue()
