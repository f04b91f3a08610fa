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
    TABLE_FORMATS,
    Result,
    document_output,
    populations,
    table_options,
    year,
)
from vardservice.errors import InvalidValue

__all__ = ["FORMATS", "register", "run"]

FORMATS = TABLE_FORMATS


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
    table_options(parser)
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

    def records() -> Any:
        from vardservice.io.records import FeeTable

        schedule = result.fees[0].schedule if result.fees else history.for_year(args.year)
        return FeeTable.from_budget(result, schedule)

    return document_output(args, "fees", result, records=records, rows=lambda table: table.members)
