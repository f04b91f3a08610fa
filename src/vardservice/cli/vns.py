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
    from vardservice.render._tree import Document
    from vardservice.render._writers import write

    if args.format in BINARY_FORMATS:
        trees = [DOCUMENTS["vns-memo"].tree(document, lang=args.lang)]
        if document.business_case is not None:
            trees.append(DOCUMENTS["business-case"].tree(document.business_case, lang=args.lang))
        return document_file(args, trees)

    # The memo and its business case are one output: in HTML, one page.
    memo = DOCUMENTS["vns-memo"].build(document, lang=args.lang)
    more: tuple[Document, ...] = ()
    if document.business_case is not None:
        more = (DOCUMENTS["business-case"].build(document.business_case, lang=args.lang),)
    return write(memo, args.format, fragment=args.fragment, more=more)
