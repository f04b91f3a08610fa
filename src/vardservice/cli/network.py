"""``vardservice network``: a network's fee year: members, fees, budget, findings (BS §4-6).

This is :func:`vardservice.rules.network_overview`: the members of ``--year``
with tier and fee, the year's budget, and the findings of the network rules as
of 31 December of the year. ``--format json`` writes the
:class:`~vardservice.rules.NetworkOverview`. A national network
(``kind: national_network``, NSN) is shown with its own document, its goals and
long-term goals, and checked against its own rules only; ``--format json`` then
writes the :class:`~vardservice.rules.Report`. Exits with 1 when a finding is an
error.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vardservice.cli._common import (
    BINARY_FORMATS,
    Result,
    document_file,
    findings_exit,
    json_text,
    output_options,
    year,
)

__all__ = ["FORMATS", "register", "run"]

FORMATS = ("text", "json", "markdown", "html")


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "network",
        help="a network's members, tiers, fees, budget and findings for a year (BS §4-6)",
    )
    parser.add_argument(
        "file",
        type=Path,
        help="a network document (.toml/.yaml/.json); kind: national_network for NSN",
    )
    parser.add_argument("--year", required=True, type=year, help="the fee and budget year")
    output_options(parser, FORMATS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Print the network's year; exit 1 when a finding is an error."""
    import datetime

    from vardservice.dates import MAX_RECORD_YEAR, MIN_RECORD_YEAR
    from vardservice.errors import InvalidValue
    from vardservice.io import load_network
    from vardservice.networks import NationalNetwork
    from vardservice.render import render_network
    from vardservice.rules import check, network_overview

    network = load_network(args.file)
    if isinstance(network, NationalNetwork):
        # The bounds render_network applies to a network's year, checked before the date is
        # made: --year 0000 is unusable input (exit 2), not a ValueError from datetime (exit 3).
        if not MIN_RECORD_YEAR <= args.year <= MAX_RECORD_YEAR:
            expected = f"a year, {MIN_RECORD_YEAR}-{MAX_RECORD_YEAR}"
            raise InvalidValue("network", "--year", args.year, expected)
        report = check(network, as_of=datetime.date(args.year, 12, 31), lang=args.lang)
        code = findings_exit(report.is_compliant)
        if args.format == "json":
            return json_text(report), code
        kind = "national-network"
    else:
        overview = network_overview(network, args.year, lang=args.lang)
        code = findings_exit(overview.is_compliant)
        if args.format == "json":
            return json_text(overview), code
        kind = "network"
    if args.format in BINARY_FORMATS:
        from vardservice.render import DOCUMENTS

        tree = DOCUMENTS[kind].tree(network, lang=args.lang, year=args.year)
        return document_file(args, [tree]), code
    return render_network(
        network, args.year, format=args.format, lang=args.lang, fragment=args.fragment
    ), code
