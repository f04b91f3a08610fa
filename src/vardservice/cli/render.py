"""``vardservice render KIND [FILE]``: any document of the registry, printed by its writer.

Everything this command offers comes from :data:`vardservice.render.DOCUMENTS`,
so that a new document type is on the command line without an edit here:

- ``KIND`` is any registered kind; ``--list`` prints each with its summary and formats;
- ``FILE`` is read when the kind :attr:`~vardservice.render.DocumentType.reads`
  something (as that type, with :func:`vardservice.io.load`, or with the
  loader of its own a portfolio and an annual wheel have: see :func:`loaders`),
  and refused when it reads nothing;
- the options (``--year``, ``--as-of``, ``--top``, …) are every kind's
  :class:`~vardservice.render.Option`, each declared once and parsed by its
  ``kind`` (:data:`PARSERS`); an option the kind does not take, or a required one
  left out, is a usage error (exit 2, one line);
- ``--format`` is any format of any kind (by default the kind's first); a format
  the kind is not written in is refused the same way. Every kind is written in
  Word (``docx``) and PDF (``pdf``), with ``-o FILE``.

A kind with ``prepare`` gets its subject from what was read and every one of its
options (``None`` when not given), e.g. a subproject and ``--as-of`` make a
compliance report; the options its composer names in its signature (``--unit``
for ``business-case``) go to the composer as well. A kind without ``prepare``
renders what was read, with the options given.

The registry (and with it every renderer) is loaded only when this command runs:
:meth:`~vardservice.cli._common.Parser.declare_later` declares the options then,
so that the other commands start fast.
"""

from __future__ import annotations

import argparse
import inspect
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from vardservice.cli._common import (
    BINARY_FORMATS,
    Result,
    date,
    document_file,
    output_options,
    year,
)

if TYPE_CHECKING:
    from vardservice.render import DocumentType, Option

__all__ = ["PARSERS", "loaders", "register", "run"]

PARSERS: Final[dict[str, Callable[[str], Any]]] = {
    "year": year,
    "date": date,
    "int": int,
    "str": str,
}
"""How an option is parsed, by its :attr:`Option.kind <vardservice.render.Option.kind>`."""

_METAVARS: Final = {"year": "YEAR", "date": "DATE", "int": "N"}


def register(commands: Any) -> None:
    """Declare the command; its kinds and options are declared when it runs."""
    parser = commands.add_parser(
        "render",
        help="any document of the registry: Markdown, HTML, text, SVG, Word, PDF (render --list)",
        description="Print one document of a kind; vardservice render --list lists the kinds.",
    )
    parser.declare_later(_declare)
    parser.set_defaults(run=run)


def _declare(parser: argparse.ArgumentParser) -> None:
    """Declare the kinds, FILE, --list, the formats and every kind's options."""
    import attrs

    from vardservice.render import DOCUMENTS, DocumentType

    parser.add_argument(
        "kind",
        nargs="?",
        metavar="KIND",
        choices=list(DOCUMENTS),
        help=f"one of {', '.join(DOCUMENTS)} (--list says what each is)",
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="what the kind reads (.yaml/.yml/.json/.toml); none for a kind that reads nothing",
    )
    parser.add_argument(
        "--list", action="store_true", help="list every kind with its summary and formats"
    )
    # Every format of every kind: a document's default formats first, then the others.
    usual = attrs.fields(DocumentType).formats.default or ()
    formats = dict.fromkeys([*usual, *(f for e in DOCUMENTS.values() for f in e.formats)])
    output_options(parser, list(formats), default=None, default_help="the kind's first format")
    for name, declared in _options(DOCUMENTS).items():
        said: dict[str, list[str]] = {}  # each help text, with the kinds that say it
        for kind, option in declared:
            said.setdefault(option.help or name, []).append(kind)
        parser.add_argument(
            _flag(name),
            dest=name,
            type=PARSERS[declared[0][1].kind],
            metavar=_METAVARS.get(declared[0][1].kind, name.upper()),
            help="; ".join(f"{text} ({', '.join(kinds)})" for text, kinds in said.items()),
        )


def _flag(name: str) -> str:
    """Return an option's flag: ``as_of`` is ``--as-of``."""
    return "--" + name.replace("_", "-")


def _options(documents: Mapping[str, DocumentType]) -> dict[str, list[tuple[str, Option]]]:
    """Return every option name of every kind, once, with each kind that takes it.

    Raises:
        ValueError: an option of an unknown kind, or two kinds that declare an
            option of the same name with different kinds (one flag cannot be
            parsed two ways).

    """
    found: dict[str, list[tuple[str, Option]]] = {}
    for kind, entry in documents.items():
        for option in entry.options:
            if option.kind not in PARSERS:
                raise ValueError(f"{kind}: option {option.name!r} is of no kind {list(PARSERS)}")
            takers = found.setdefault(option.name, [])
            if takers and takers[0][1].kind != option.kind:
                raise ValueError(
                    f"option {option.name!r} is a {takers[0][1].kind} for {takers[0][0]}"
                    f" but a {option.kind} for {kind}"
                )
            takers.append((kind, option))
    return found


def run(args: argparse.Namespace) -> Result:
    """Print the document of ``KIND`` made from ``FILE`` and the options, or the list of kinds.

    Raises:
        argparse.ArgumentError: options that the kind does not take, a missing
            required option or FILE, a FILE for a kind that reads none, a format
            the kind is not written in.

    """
    from vardservice.render import DOCUMENTS

    if args.list:
        return _listing(DOCUMENTS)
    if args.kind is None:
        raise argparse.ArgumentError(None, "a KIND is required (or --list)")
    entry = DOCUMENTS[args.kind]
    options = _given(entry, args, DOCUMENTS)
    format = entry.formats[0] if args.format is None else args.format
    if format not in entry.formats:
        raise argparse.ArgumentError(
            None, f"{entry.kind} is written as {', '.join(entry.formats)}, not {format}"
        )
    if entry.reads is None:
        if args.file is not None:
            raise argparse.ArgumentError(None, f"{entry.kind} reads no FILE, got {args.file}")
        read = None
    elif args.file is None:
        raise argparse.ArgumentError(
            None, f"{entry.kind} needs FILE, a {entry.reads.__name__} (.yaml/.yml/.json/.toml)"
        )
    else:
        read = _read(args.file, entry.reads)
    if entry.prepare is None:
        subject, composer_options = read, options
    else:
        everything = {o.name: options.get(o.name) for o in entry.options}
        subject = entry.prepare(read, lang=args.lang, **everything)
        takes = _composer_takes(entry)
        composer_options = {k: v for k, v in options.items() if k in takes}
    if format in BINARY_FORMATS:
        tree = entry.tree(subject, lang=args.lang, **composer_options)
        return document_file(args, [tree])
    output: str = entry.render(subject, format=format, lang=args.lang, **composer_options)
    return output


def _listing(documents: Mapping[str, DocumentType]) -> str:
    """Return one line per kind: its name, summary and formats."""
    width = max(len(kind) for kind in documents)
    return "".join(
        f"{kind:<{width}}  {entry.summary} [{', '.join(entry.formats)}]\n"
        for kind, entry in documents.items()
    )


def _given(
    entry: DocumentType, args: argparse.Namespace, documents: Mapping[str, DocumentType]
) -> dict[str, Any]:
    """Return the options given for ``entry``; refuse others and check the required ones.

    Raises:
        argparse.ArgumentError: an option the kind does not take, or a required one missing.

    """
    takes = {o.name for o in entry.options}
    theirs = ", ".join(_flag(o.name) for o in entry.options) or "no options"
    given: dict[str, Any] = {}
    for name, takers in _options(documents).items():
        value = getattr(args, name, None)
        if value is None:
            continue
        if name not in takes:
            raise argparse.ArgumentError(
                None,
                f"{_flag(name)} is not an option of {entry.kind}: only with"
                f" {', '.join(kind for kind, _ in takers)}; {entry.kind} takes {theirs}",
            )
        given[name] = value
    missing = [_flag(o.name) for o in entry.options if o.required and o.name not in given]
    if missing:
        raise argparse.ArgumentError(None, f"{entry.kind} needs {' and '.join(missing)}")
    return given


def loaders() -> dict[type[Any], Callable[[Path], Any]]:
    """Return the types read by a loader of their own in :mod:`vardservice.io`, not ``io.load``.

    A portfolio is read from a portfolio file, a subproject file or a directory
    of them (:func:`~vardservice.io.load_portfolio`); an annual wheel from a
    wheel's file or a network's (:func:`~vardservice.io.load_annual_wheel`); a
    network of either kind by what its file says (:func:`~vardservice.io.load_network`:
    ``kind: national_network`` or none), so that the wrong kind is named as such.
    """
    from vardservice.io import load_annual_wheel, load_network, load_portfolio
    from vardservice.networks import NationalNetwork, Network
    from vardservice.planning import AnnualWheel
    from vardservice.portfolio import Portfolio

    return {
        Portfolio: load_portfolio,
        AnnualWheel: load_annual_wheel,
        Network: load_network,
        NationalNetwork: load_network,
    }


def _read(path: Path, reads: type[Any]) -> Any:
    """Return what ``FILE`` holds, read as ``reads`` (by its own loader, if it has one).

    Raises:
        argparse.ArgumentError: the loader found another kind of document (a
            national network given to ``render network``); the message names the
            kind that renders it.

    """
    from vardservice.io import load
    from vardservice.render import DOCUMENTS

    loader = loaders().get(reads)
    read = load(path, reads) if loader is None else loader(path)
    if not isinstance(read, reads):
        kinds = [kind for kind, entry in DOCUMENTS.items() if entry.reads is type(read)]
        use = " or ".join(f"'vardservice render {kind}'" for kind in kinds)
        raise argparse.ArgumentError(
            None,
            f"{path} holds a {type(read).__name__}, not a {reads.__name__}"
            + (f": use {use}" if use else ""),
        )
    return read


def _composer_takes(entry: DocumentType) -> set[str]:
    """Return the names of the kind's options that its composer takes as keywords."""
    names = {option.name for option in entry.options}
    parameters = inspect.signature(entry.compose).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters):
        return names
    return names & {p.name for p in parameters}
