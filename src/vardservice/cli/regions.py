"""``vardservice regions``: the 21 regions with population and fee tier (BS §5.1).

This is :func:`vardservice.fees.region_tiers`; ``--format json`` and ``csv``
write one :class:`~vardservice.io.records.RegionRecord` per region.
"""

from __future__ import annotations

import argparse
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

__all__ = ["FORMATS", "register", "run"]

FORMATS = ("text", "json", "csv", "markdown", "html")


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "regions", help="the 21 regions with population and fee tier (BS §5.1)"
    )
    parser.add_argument(
        "--year", type=year, help="whose 31 December population (default: newest shipped)"
    )
    output_options(parser, FORMATS)
    populations_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Print the regions of ``--year`` with their tiers."""
    from vardservice.fees import region_tiers
    from vardservice.regions import shipped_populations

    table = populations(args.populations) or shipped_populations()
    rows = region_tiers(
        args.year if args.year is not None else table.complete_years()[-1], populations=table
    )
    if args.format in ("json", "csv"):
        from vardservice.io.records import RegionRecord

        records = [RegionRecord.from_region_tier(row) for row in rows]
        return json_text(records) if args.format == "json" else csv_text(records)
    if args.format in BINARY_FORMATS:
        from vardservice.render import DOCUMENTS

        return document_file(args, [DOCUMENTS["regions"].tree(rows, lang=args.lang)])
    from vardservice.render import render_regions

    return render_regions(rows, format=args.format, lang=args.lang, fragment=args.fragment)
