"""``vardservice schedule``: a year of an annual wheel, and its meetings (BS §6, NSN).

Reads an :class:`~vardservice.planning.AnnualWheel` document, or a
:class:`~vardservice.networks.Network` document with an ``annual_wheel``
(:func:`~vardservice.io.load_annual_wheel`), and prints the year; ``--format
svg`` draws the wheel, ``--format json`` writes a
:class:`~vardservice.io.records.YearSchedule`. ``--ics OUT`` also writes the
year as an iCalendar file, stamped (``DTSTAMP``) with the current time: the
command line is the edge where the clock may be read.
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
    now,
    output_options,
    year,
)
from vardservice.errors import InvalidValue

__all__ = ["FORMATS", "register", "run"]

FORMATS = ("text", "json", "markdown", "html", "svg")


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "schedule", help="a network's annual wheel and meetings for a year (BS §6, NSN)"
    )
    parser.add_argument(
        "file", type=Path, help="an annual wheel, or a network with one (.json/.yaml/.toml)"
    )
    parser.add_argument("--year", required=True, type=year, help="the year to plan")
    output_options(parser, FORMATS)
    parser.add_argument("--ics", type=Path, help="also write the year as iCalendar (.ics)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Print the wheel's ``--year``; write it as iCalendar with ``--ics``."""
    from vardservice.io import load_annual_wheel

    wheel = load_annual_wheel(args.file)
    if args.ics is not None:
        from vardservice.planning import to_ical

        try:
            args.ics.write_bytes(to_ical(wheel, args.year, stamp=now()))
        except OSError as exc:
            raise InvalidValue(
                "schedule", "--ics", str(args.ics), f"a writable file ({exc})"
            ) from None
    if args.format == "json":
        from vardservice.io.records import YearSchedule

        return json_text(YearSchedule.from_wheel(wheel, args.year))
    if args.format in BINARY_FORMATS:
        from vardservice.render import DOCUMENTS

        tree = DOCUMENTS["annual-wheel"].tree(wheel, lang=args.lang, year=args.year)
        return document_file(args, [tree])
    from vardservice.render import render_annual_wheel

    return render_annual_wheel(
        wheel, args.year, format=args.format, lang=args.lang, fragment=args.fragment
    )
