"""``vardservice portfolio``: subprojects summarized as of a date (SFBV §1).

This is :func:`vardservice.portfolio.summarize` over the subprojects in the
files: started, final-reported, decided, in implementation, followed up, the
follow-ups due. ``--format json`` writes the
:class:`~vardservice.portfolio.PortfolioSummary` with ``as_of_is_today``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vardservice.cli._common import (
    BINARY_FORMATS,
    Result,
    as_of,
    as_of_option,
    document_file,
    output_options,
    with_today,
)

__all__ = ["FORMATS", "register", "run"]

FORMATS = ("text", "json", "markdown", "html")


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "portfolio", help="a portfolio of subprojects as of a date: started, reported … (SFBV §1)"
    )
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="subproject or portfolio files, or directories of them",
    )
    as_of_option(parser, what="summarize")
    parser.add_argument("--name", help="the portfolio's name (default: from the file)")
    output_options(parser, FORMATS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Print the summary of the subprojects as of ``--as-of``."""
    from vardservice.io import load_portfolio
    from vardservice.portfolio import summarize

    day, today = as_of(args)
    summary = summarize(load_portfolio(*args.paths, name=args.name), as_of=day)
    if args.format == "json":
        return with_today(summary, today)
    if args.format in BINARY_FORMATS:
        from vardservice.render import DOCUMENTS

        tree = DOCUMENTS["portfolio"].tree(summary, lang=args.lang, as_of_is_today=today)
        return document_file(args, [tree])
    from vardservice.render import render_portfolio

    # The date was not given: the title says it is today's, in every format (issue 14).
    return render_portfolio(
        summary, format=args.format, lang=args.lang, as_of_is_today=today, fragment=args.fragment
    )
