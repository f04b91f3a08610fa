"""``vardservice render KIND FILE``: one document of a kind, printed by its renderer.

:data:`KINDS` is the one list of kinds: each names the type that ``FILE``
holds and its renderer in :mod:`vardservice.render`. ``protocol`` (a
:class:`~vardservice.decisions.ProtocolExcerpt`, laid out like HSN90),
``needs-inventory`` (a :class:`~vardservice.decisions.NeedsInventory`),
``assignment`` (a :class:`~vardservice.subprojects.Subproject`'s uppdrag),
``final-report`` (its final-report skeleton) or ``follow-up`` (its follow-up
report skeleton).
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any, Final

from vardservice.cli._common import Result, output_options
from vardservice.errors import InvalidValue

__all__ = ["FORMATS", "KINDS", "register", "run"]

FORMATS = ("markdown", "html", "text")

KINDS: Final[dict[str, tuple[str, str, str]]] = {
    "protocol": ("vardservice.decisions", "ProtocolExcerpt", "render_protocol"),
    "needs-inventory": ("vardservice.decisions", "NeedsInventory", "render_needs_inventory"),
    "assignment": ("vardservice.subprojects", "Subproject", "render_assignment"),
    "final-report": ("vardservice.subprojects", "Subproject", "render_final_report"),
    "follow-up": ("vardservice.subprojects", "Subproject", "render_follow_up"),
}
"""Each kind: (the module of the type FILE holds, the type, its renderer in vardservice.render).

Imported only when used, so that the command starts fast; add a row to add a kind.
"""


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "render", help="a document as Markdown, HTML or text (a protocol excerpt, an assignment, …)"
    )
    parser.add_argument("kind", choices=list(KINDS), help="what FILE holds")
    parser.add_argument("file", type=Path, help="the document (.toml/.yaml/.json)")
    output_options(parser, FORMATS, default="markdown")
    parser.add_argument(
        "--tag", help="needs-inventory: state where the needs with this tag came, e.g. VNS"
    )
    parser.add_argument(
        "--top", type=int, help="needs-inventory: only the needs ranked this or better"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Print the document in ``FILE`` with its kind's renderer."""
    from vardservice.io import load

    module, type_name, renderer_name = KINDS[args.kind]
    document_type = getattr(importlib.import_module(module), type_name)
    renderer = getattr(importlib.import_module("vardservice.render"), renderer_name)
    extra: dict[str, Any] = {}
    for option in ("tag", "top"):
        value = getattr(args, option)
        if value is not None:
            if args.kind != "needs-inventory":
                raise InvalidValue("render", f"--{option}", value, "only with needs-inventory")
            extra[option] = value
    output: str = renderer(
        load(args.file, document_type), format=args.format, lang=args.lang, **extra
    )
    return output
