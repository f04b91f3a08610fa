"""``vardservice vns``: a VNS decision memo (RGS-VNS).

Reads a :class:`~vardservice.vns.VnsCase` and prints the memo (forecast,
compensation, deviation, undocumented scope, the staffing reduction and the
business case); ``--format json`` writes its figures, a
:class:`~vardservice.io.records.VnsSummary`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vardservice.cli._common import BINARY_FORMATS, Result, document_file, json_text, output_options

__all__ = ["FORMATS", "register", "run"]

FORMATS = ("text", "json", "markdown", "html")


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "vns", help="a VNS decision memo: forecast, compensation, deviation (RGS-VNS)"
    )
    parser.add_argument("file", type=Path, help="a VnsCase document (.toml/.yaml/.json)")
    output_options(parser, FORMATS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Print the memo of the case in ``FILE``."""
    from vardservice.io import load
    from vardservice.vns import VnsCase

    document = load(args.file, VnsCase)
    if args.format == "json":
        from vardservice.io.records import VnsSummary

        return json_text(VnsSummary.from_case(document))
    from vardservice.render import DOCUMENTS

    # One document: the business case is the memo's last section, not a second <h1>.
    if args.format in BINARY_FORMATS:
        return document_file(args, [DOCUMENTS["vns-memo"].tree(document, lang=args.lang)])
    output: str = DOCUMENTS["vns-memo"].render(
        document, format=args.format, lang=args.lang, fragment=args.fragment
    )
    return output
