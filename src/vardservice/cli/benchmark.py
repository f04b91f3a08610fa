"""``vardservice benchmark``: key figures compared across the regions for a year (BS §3.2).

Reads a :class:`~vardservice.benchmarking.BenchmarkData` document and prints one
comparison (:func:`~vardservice.benchmarking.compare`) per key figure, or only
``--figure``; ``--observations`` adds a ``region,year,key_figure,value,unit``
CSV file. ``--format json`` writes the comparisons as the library's documents.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vardservice.cli._common import (
    BINARY_FORMATS,
    Result,
    document_file,
    json_text,
    output_options,
    year,
)
from vardservice.errors import InvalidValue

__all__ = ["FORMATS", "register", "run"]

FORMATS = ("text", "json", "markdown", "html")


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "benchmark", help="key figures compared across the regions for a year (BS §3.2)"
    )
    parser.add_argument("file", type=Path, help="key figures and observations (.json/.yaml/.toml)")
    parser.add_argument("--year", required=True, type=year, help="the year to compare")
    parser.add_argument("--figure", help="the id of one key figure (default: all)")
    parser.add_argument("--region", help="your region, a county code or name, to highlight")
    parser.add_argument(
        "--observations",
        type=Path,
        help="more observations, .csv with region,year,key_figure,value,unit",
    )
    output_options(parser, FORMATS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Print the comparisons of ``--year``."""
    import attrs

    from vardservice.benchmarking import BenchmarkData, compare
    from vardservice.io import load, load_observations

    data = load(args.file, BenchmarkData)
    if args.observations is not None:
        extra = load_observations(args.observations)
        data = attrs.evolve(data, observations=data.observations + extra)
    figures = (data.figure(args.figure),) if args.figure else data.key_figures
    if not figures:
        raise InvalidValue("benchmark", "key_figures", [], "at least one key figure")
    results = [
        compare(figure, data.observations, args.year, region=args.region) for figure in figures
    ]
    if args.format == "json":
        return json_text(results)
    from vardservice.render import DOCUMENTS
    from vardservice.render._writers import write

    if args.format in BINARY_FORMATS:
        entry = DOCUMENTS["benchmark"]
        return document_file(args, [entry.tree(result, lang=args.lang) for result in results])

    # Every key figure's comparison is one output: in HTML, one page.
    entry = DOCUMENTS["benchmark"]
    first, *more = (entry.build(result, lang=args.lang) for result in results)
    return write(first, args.format, fragment=args.fragment, more=more)
