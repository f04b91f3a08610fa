"""``vardservice schema``: the JSON Schema of a kind of file, for editors and validators.

``vardservice schema KIND`` prints the JSON Schema (draft 2020-12) of a kind
of file (:data:`vardservice.io.schema.SCHEMA_KINDS`), generated from its model
(:func:`vardservice.io.schema.json_schema`); ``vardservice schema --list``
prints the kinds. Put the schema beside your files and name it on the first
line of a YAML file, for completion and checking in the editor::

    # yaml-language-server: $schema=subproject.schema.json
"""

from __future__ import annotations

import argparse
from typing import Any

from vardservice.cli._common import Result

__all__ = ["register", "run"]


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "schema",
        help="print the JSON Schema of a kind of file (subproject, network, ...)",
        description="Print the JSON Schema (draft 2020-12) of a kind of file, for editors.",
    )
    parser.add_argument("kind", nargs="?", metavar="KIND", help="the kind of file (see --list)")
    parser.add_argument("--list", action="store_true", help="print the kinds and exit")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Print one kind's schema, or the kinds."""
    from vardservice.io.schema import SCHEMA_KINDS, schema_text

    if args.list:
        return "".join(f"{kind}\n" for kind in SCHEMA_KINDS)
    if args.kind is None:
        raise argparse.ArgumentError(None, "give a KIND, or --list")
    return schema_text(args.kind)
