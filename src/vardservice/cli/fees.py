"""``vardservice fees``: each member's fee and the year's budget (BS §5.1-5.2).

This is :func:`vardservice.fees.budget`; ``--format json`` writes a
:class:`~vardservice.io.records.FeeTable` (the schedule used, each member's
fee, the budget), ``--format csv`` its members.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vardservice.cli._common import (
    BINARY_FORMATS,
    Result,
    csv_text,
    document_file,
    json_text,
    output_options,
    populations,
    populations_option,
    year,
)
from vardservice.errors import InvalidValue

__all__ = ["FORMATS", "register", "run"]

FORMATS = ("text", "json", "csv", "markdown", "html")


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "fees", help="each member's fee and the year's budget (BS §5.1-5.2)"
    )
    parser.add_argument(
        "--schedule", required=True, type=Path, help="fee schedules (.toml/.yaml/.json)"
    )
    parser.add_argument("--year", required=True, type=year, help="the fee year")
    parser.add_argument(
        "--members", help="comma-separated county codes or names (default: all 21 regions)"
    )
    parser.add_argument(
        "--population-year",
        type=year,
        help="whose 31 December population sets the tier (default: the year before)",
    )
    output_options(parser, FORMATS)
    populations_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Print each member's fee for ``--year`` and the budget."""
    from vardservice.fees import FeeScheduleHistory, budget
    from vardservice.io import load
    from vardservice.regions import REGIONS

    history = load(args.schedule, FeeScheduleHistory)
    members: Sequence[Any] = REGIONS
    if args.members:
        members = [m.strip() for m in args.members.split(",") if m.strip()]
        if not members:
            raise InvalidValue("fees", "--members", args.members, "one or more regions")
    result = budget(
        members,
        args.year,
        schedule=history,
        population_year=args.population_year,
        populations=populations(args.populations),
    )
    if args.format in ("json", "csv"):
        from vardservice.io.records import FeeTable

        schedule = result.fees[0].schedule if result.fees else history.for_year(args.year)
        table = FeeTable.from_budget(result, schedule)
        return json_text(table) if args.format == "json" else csv_text(table.members)
    if args.format in BINARY_FORMATS:
        from vardservice.render import DOCUMENTS

        return document_file(args, [DOCUMENTS["fees"].tree(result, lang=args.lang)])
    from vardservice.render import render_fees

    return render_fees(result, format=args.format, lang=args.lang, fragment=args.fragment)
