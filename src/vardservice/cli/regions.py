"""``vardservice regions``: the 21 regions with population and fee tier (BS §5.1).

This is :func:`vardservice.fees.region_tiers`; ``--format json`` and ``csv``
write one :class:`~vardservice.io.records.RegionRecord` per region.
"""

from __future__ import annotations

import argparse
from typing import Any

from vardservice.cli._common import (
    TABLE_FORMATS,
    Result,
    document_output,
    populations,
    table_options,
    year,
)

__all__ = ["FORMATS", "register", "run"]

FORMATS = TABLE_FORMATS


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "regions", help="the 21 regions with population and fee tier (BS §5.1)"
    )
    parser.add_argument(
        "--year", type=year, help="whose 31 December population (default: newest shipped)"
    )
    table_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Print the regions of ``--year`` with their tiers."""
    from vardservice.fees import region_tiers
    from vardservice.regions import shipped_populations

    table = populations(args.populations) or shipped_populations()
    rows = region_tiers(
        args.year if args.year is not None else table.complete_years()[-1], populations=table
    )

    def records() -> list[Any]:
        from vardservice.io.records import RegionRecord

        return [RegionRecord.from_region_tier(row) for row in rows]

    return document_output(args, "regions", rows, records=records)
