"""What every command shares: the output options, argument types, writers, exit codes.

``--format``, ``--lang``, ``-o``/``--output`` and ``--reference-doc`` are declared
here once (:func:`output_options`). Every command that renders writes Word
(``docx``) and PDF too; those are files, written with ``-o FILE`` (``-o -`` for
standard output when it is not a terminal), and refused without it;
JSON is written only through :func:`vardservice.io.to_dict`
(:func:`json_text`), so that the command's JSON and ``io.dumps`` have the same
shape; :func:`run` turns the library's errors into one line on standard error
and an exit code.

Exit codes: 0 success; 1 a finding is an error (``check``, ``network``); 2
unusable input (a bad file or argument, an unknown region, a year without
figures); 3 an internal error, a bug in vardservice; 130 stopped with Ctrl-C.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Final

from vardservice._i18n import LANGUAGES
from vardservice.cli._encoded import EncodedText, encoded, writes_as_encoded
from vardservice.errors import InvalidInput, InvalidValue, VardserviceError, _located, shown

__all__ = [
    "BINARY_FORMATS",
    "DEBUG_VARIABLE",
    "EXIT_BAD_INPUT",
    "EXIT_BUG",
    "EXIT_FINDINGS",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "LANGS",
    "TABLE_FORMATS",
    "EncodedText",
    "Parser",
    "Result",
    "as_of",
    "as_of_option",
    "bug",
    "csv_text",
    "date",
    "day",
    "debugging",
    "document_file",
    "document_output",
    "encoded",
    "findings_exit",
    "json_text",
    "now",
    "output_options",
    "populations",
    "populations_option",
    "reader_gone",
    "run",
    "table_options",
    "with_today",
    "year",
]

EXIT_OK: Final = 0
EXIT_FINDINGS: Final = 1
EXIT_BAD_INPUT: Final = 2
EXIT_BUG: Final = 3
EXIT_INTERRUPTED: Final = 130
"""Stopped with Ctrl-C: 128 + SIGINT, what a shell reports for an interrupted command."""
LANGS: Final = LANGUAGES
"""The languages of ``--lang``: every language with a catalog (a new ``.po`` file adds one)."""

BINARY_FORMATS: Final = ("docx", "pdf")
"""The file formats of every rendering command (:data:`vardservice.render._env.BINARY_FORMATS`;
the same, kept here so that a command starts without loading the renderers)."""

TABLE_FORMATS: Final = ("text", "json", "csv", "markdown", "html")
"""The formats of a command that prints a table (``regions``, ``fees``): its records as JSON and
CSV, its document as text, Markdown and HTML (and Word and PDF, as every document)."""


Result = str | bytes | EncodedText | tuple[str | bytes | EncodedText, int]
"""What a command's handler returns: its output (bytes for a file format, :class:`EncodedText`
for text already encoded), and its exit code when not 0."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose own errors exit with 2 and one line.

    A command whose options come from a registry declares them with
    :meth:`declare_later`: they are declared when that command is parsed (or
    its ``--help`` printed), so that the other commands start without loading
    the registry.
    """

    _declare: Callable[[argparse.ArgumentParser], None] | None = None

    def declare_later(self, declare: Callable[[argparse.ArgumentParser], None]) -> None:
        """Call ``declare(self)`` to declare the options just before this parser parses."""
        self._declare = declare

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Declare the options left for later (once), then parse as argparse does."""
        declare, self._declare = self._declare, None
        if declare is not None:
            declare(self)
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> Any:
        """Print the usage error as one line and exit with :data:`EXIT_BAD_INPUT`."""
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


# --- options --------------------------------------------------------------------------------


def output_options(
    parser: argparse.ArgumentParser,
    formats: Sequence[str],
    *,
    default: str | None = "text",
    default_help: str | None = None,
) -> None:
    """Declare ``--format`` (one of ``formats``) and ``--lang`` (:data:`LANGS`) on a command.

    Also ``-o``/``--output FILE`` and ``--reference-doc DOCX``; ``docx`` and
    ``pdf`` are added to ``formats``: every command that renders writes them.
    A command that writes HTML also gets ``--fragment``: the bare ``<section>``
    rather than a standalone page.

    Args:
        parser: the command's parser.
        formats: the formats it writes.
        default: the format when none is given (``None``: the command decides).
        default_help: what ``--help`` says the default is, when not ``default``.

    """
    choices = [*formats, *(name for name in BINARY_FORMATS if name not in formats)]
    parser.add_argument(
        "--format",
        choices=choices,
        default=default,
        help=f"the output (default: {default_help or default}); docx and pdf need -o FILE",
    )
    parser.add_argument(
        "--lang", choices=LANGS, default="sv", help="the language of the output (default: sv)"
    )
    parser.add_argument(
        "-o",
        "--output",
        dest="output_file",
        metavar="FILE",
        help="write the output to FILE (default: standard output; '-' for standard output)",
    )
    parser.add_argument(
        "--reference-doc",
        type=Path,
        metavar="DOCX",
        help="with --format docx: a Word file whose styles, page setup and headers to use",
    )
    if "html" in formats:
        parser.add_argument(
            "--fragment",
            action="store_true",
            help="HTML: only the document's <section>, to embed in a page (default: a whole page)",
        )


def populations_option(parser: argparse.ArgumentParser) -> None:
    """Declare ``--populations FILE``: your own figures, laid over the shipped ones."""
    parser.add_argument(
        "--populations",
        type=Path,
        help=(
            "your own population figures (.csv code,year,population,source),"
            " laid over the shipped ones"
        ),
    )


def table_options(parser: argparse.ArgumentParser) -> None:
    """Declare the options of a table over the population figures (``regions``, ``fees``).

    The output options of :data:`TABLE_FORMATS` (:func:`output_options`) and
    ``--populations`` (:func:`populations_option`).
    """
    output_options(parser, TABLE_FORMATS)
    populations_option(parser)


def as_of_option(parser: argparse.ArgumentParser, *, what: str) -> None:
    """Declare ``--as-of DATE``, whose default is today (in the command line only)."""
    parser.add_argument(
        "--as-of", type=date, help=f"the date to {what} on, YYYY-MM-DD (default: today)"
    )


# --- argument types -------------------------------------------------------------------------


def year(text: str) -> int:
    """Return a four-digit year given on the command line."""
    if not (text.isascii() and text.isdigit()) or len(text) != 4:
        raise argparse.ArgumentTypeError(f"expected a year such as 2024, got {text!r}")
    return int(text)


def date(text: str) -> Any:
    """Return a date given on the command line (``2024-05-01``) as a pendulum date."""
    from vardservice.dates import to_date

    try:
        return to_date(text, owner="vardservice", field="--as-of")
    except InvalidValue:
        raise argparse.ArgumentTypeError(
            f"expected a date such as 2024-05-01, got {text!r}"
        ) from None


def as_of(args: argparse.Namespace) -> tuple[Any, bool]:
    """Return the date to judge on, and whether it is today's (the default, here only).

    The command line is the edge where the clock may be read; the library never does.
    """
    if args.as_of is not None:
        return args.as_of, False
    import pendulum

    return pendulum.today("Europe/Stockholm").date(), True


def day(date: Any, lang: str) -> str:
    """Return a date as a Swedish (or English) reader writes it: "1 juni 2025"."""
    from vardservice.render._env import format_day

    return format_day(date, "long", lang)


def populations(path: Path | None) -> Any:
    """Return the shipped population figures with yours laid over them, or ``None``."""
    if path is None:
        return None
    from vardservice.io import load_populations
    from vardservice.regions import shipped_populations

    return shipped_populations().updated(load_populations(path).figures)


# --- writers --------------------------------------------------------------------------------


def json_text(obj: Any) -> str:
    """Return ``obj`` as the command's JSON: ``io.to_dict`` of it, indented."""
    from vardservice.io import to_dict

    return _dumps(to_dict(obj))


def with_today(obj: Any, today: bool) -> str:
    """Return ``obj``'s JSON with ``as_of_is_today`` after its ``as_of``.

    Whether the date was the default (today's) is known to the command line only.
    """
    from vardservice.io import to_dict

    data: dict[str, Any] = {}
    for key, value in to_dict(obj).items():
        data[key] = value
        if key == "as_of":
            data["as_of_is_today"] = today
    return _dumps(data)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def csv_text(records: Iterable[Any]) -> str:
    """Return flat records as CSV, one row each, the header from the first one's fields.

    Each record is written as ``io.to_dict`` gives it (money as ``"40000 kr"``); a
    cell that a spreadsheet would take for a formula is prefixed with ``'``
    (:func:`vardservice._text.csv_cell`).
    """
    from vardservice._text import csv_cell
    from vardservice.io import to_dict

    rows = [to_dict(record) for record in records]
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def document_file(args: argparse.Namespace, trees: Sequence[Any]) -> bytes:
    """Return document trees as the Word or PDF file ``--format`` asks for, one after another.

    Args:
        args: the parsed options (``--format``, ``--reference-doc``).
        trees: the documents, each from a new page.

    """
    from vardservice.render._registry import write_bytes

    return write_bytes(trees, args.format, reference_doc=args.reference_doc)


def document_output(
    args: argparse.Namespace,
    kind: str,
    subject: Any,
    *,
    records: Callable[[], Any] | None = None,
    rows: Callable[[Any], Iterable[Any]] | None = None,
) -> Result:
    """Return ``subject`` as ``--format`` asks: its records, a Word or PDF file, or text.

    Args:
        args: the parsed options (``--format``, ``--lang``, ``--fragment``, ``--reference-doc``).
        kind: the document's kind in :data:`vardservice.render.DOCUMENTS` (``"fees"``).
        subject: what the document shows.
        records: builds the JSON record(s) (``--format json``), called only then.
        rows: the CSV rows of those records (``--format csv``; default: the records
            themselves).

    Returns:
        The output: JSON or CSV text, a file's bytes, or the rendered document.

    """
    if records is not None and args.format in ("json", "csv"):
        built = records()
        if args.format == "json":
            return json_text(built)
        return csv_text(rows(built) if rows is not None else built)
    from vardservice.render import DOCUMENTS

    entry = DOCUMENTS[kind]
    if args.format in BINARY_FORMATS:
        return document_file(args, [entry.tree(subject, lang=args.lang)])
    output: str = entry.render(
        subject, format=args.format, lang=args.lang, fragment=getattr(args, "fragment", False)
    )
    return output


def findings_exit(compliant: bool) -> int:
    """Return the exit code of a report: 0, or 1 when some finding is an error."""
    return EXIT_OK if compliant else EXIT_FINDINGS


def now() -> datetime.datetime:
    """Return the current time, in UTC: read here, at the edge, and nowhere in the library."""
    return datetime.datetime.now(datetime.UTC)


# --- running a command ----------------------------------------------------------------------


DEBUG_VARIABLE: Final = "VARDSERVICE_DEBUG"
"""The environment variable that, set to anything but ``""`` or ``0``, shows a bug's traceback."""


def debugging(args: Any = None) -> bool:
    """Return whether a bug's traceback is wanted: ``--debug`` or :data:`DEBUG_VARIABLE`."""
    import os

    if getattr(args, "debug", False):
        return True
    return os.environ.get(DEBUG_VARIABLE, "") not in ("", "0")


def bug(name: str, exc: BaseException, *, debug: bool) -> int:
    """Report an unexpected exception as a bug: one line, the traceback only when asked.

    Args:
        name: the command (``"regions"``), or ``""`` before one is known.
        exc: the exception.
        debug: print the traceback after the line.

    Returns:
        :data:`EXIT_BUG`.

    """
    from vardservice.errors import shown

    what = f"{type(exc).__name__}: {shown(str(exc))[1:-1]}" if str(exc) else type(exc).__name__
    hint = (
        "the traceback follows; please report it"
        if debug
        else f"run again with --debug (or {DEBUG_VARIABLE}=1) for the traceback, and report it"
    )
    _error(name, f"internal error, a bug in vardservice ({what}); {hint}")
    if debug:
        traceback.print_exc(file=sys.stderr)
    return EXIT_BUG


def run(name: str, handler: Callable[[argparse.Namespace], Result], args: Any) -> int:
    """Run a command's handler; write its output; return the exit code.

    The library's errors are one line on standard error (exit 2), never a
    traceback, and so is a usage error the handler finds (an
    :class:`argparse.ArgumentError`: options that do not go together); anything
    else is a bug (exit 3), reported as one line that says so, and with its
    traceback after ``--debug`` or with :data:`DEBUG_VARIABLE` set.

    The output is written with control characters replaced
    (:func:`vardservice._text.safe_text`), so that no data can move a terminal's cursor
    or retitle its window. A reader that closes the pipe early (``| head -1``) ends
    the output quietly (:func:`reader_gone`); the exit code stays the command's.
    """
    try:
        _check_output(args)
        result = handler(args)
        output, code = result if isinstance(result, tuple) else (result, EXIT_OK)
        target = getattr(args, "output_file", None)
        if target is not None and target != "-":
            _save(output, target)
    except argparse.ArgumentError as exc:
        _error(name, f"error: {exc}")
        return EXIT_BAD_INPUT
    except InvalidInput as exc:  # "FILE: problem", or "FILE:LINE:COLUMN: problem" (YAML's)
        _error(name, _located(exc.origin, "; ".join(exc.problems)))
        return EXIT_BAD_INPUT
    except VardserviceError as exc:
        _error(name, str(exc))
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug: say so, with what is needed to report it
        return bug(name, exc, debug=debugging(args))
    if target is None or target == "-":
        try:
            _print(output)
        except BrokenPipeError:
            reader_gone()
    return code


def reader_gone() -> None:
    """Point standard output at the null device after its reader closed the pipe.

    ``vardservice check DIR | head -1``: ``head`` stops reading, and the next
    write (or the flush at exit) fails with :exc:`BrokenPipeError`. What Python's
    documentation recommends (the ``signal`` module's note on SIGPIPE): send the
    rest of the output to :data:`os.devnull`, so that the interpreter's own
    flush at exit cannot fail again and print "Exception ignored". The command
    keeps its exit code (0, or 1 for error findings): the output was written to
    whoever wanted it, and a reader that stops early is no error.
    """
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)


def _check_output(args: argparse.Namespace) -> None:
    """Refuse a file format without ``-o FILE``, and ``--reference-doc`` without Word.

    Raises:
        argparse.ArgumentError: a Word or PDF file for standard output, not asked
            for (``-o -``) or a terminal; ``--reference-doc`` with another format.

    """
    format = getattr(args, "format", None)
    target = getattr(args, "output_file", None)
    if format in BINARY_FORMATS:
        if target is None:
            raise argparse.ArgumentError(
                None, f"--format {format} writes a file: give -o FILE (e.g. -o out.{format})"
            )
        if target == "-" and sys.stdout.isatty():
            raise argparse.ArgumentError(
                None, f"--format {format} is not written to a terminal: give -o FILE"
            )
    reference = getattr(args, "reference_doc", None)
    if reference is not None and format != "docx":
        raise argparse.ArgumentError(None, "--reference-doc is for --format docx")
    if reference is not None and not _is_docx(reference):
        # Before the command runs, so that a batch (check) reports it alone, on one line.
        raise argparse.ArgumentError(
            None, f"--reference-doc {shown(str(reference))}: not a readable Word (.docx) file"
        )


def _is_docx(path: Path) -> bool:
    """Return whether ``path`` is a readable zip file, as every .docx is."""
    import zipfile

    try:
        return Path(path).is_file() and zipfile.is_zipfile(path)
    except OSError:
        return False


def _print(output: str | bytes | EncodedText) -> None:
    """Write the output to standard output: text, or a file's bytes (``-o -``)."""
    if isinstance(output, EncodedText):
        if writes_as_encoded(sys.stdout):
            sys.stdout.flush()
            sys.stdout.buffer.write(output.data)
            sys.stdout.buffer.flush()
            return
        output = output.text()
    if isinstance(output, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(output)
        sys.stdout.buffer.flush()
    else:
        from vardservice._text import safe_text

        sys.stdout.write(safe_text(output))
        sys.stdout.flush()  # a closed pipe is found here, not in the interpreter's exit


def _save(output: str | bytes | EncodedText, target: str) -> None:
    """Write the output to the file ``target`` (text as UTF-8).

    Raises:
        InvalidValue: the file cannot be written.

    """
    if isinstance(output, EncodedText):  # UTF-8, as text is saved: as it is, lines unchanged
        output = output.data if os.linesep == "\n" else output.text()
    try:
        if isinstance(output, bytes):
            Path(target).write_bytes(output)
        else:
            from vardservice._text import safe_text

            Path(target).write_text(safe_text(output), encoding="utf-8")
    except OSError as exc:
        raise InvalidValue("vardservice", "--output", target, f"a writable file ({exc})") from None


def _error(name: str, message: str) -> None:
    from vardservice._text import safe_text

    who = f"vardservice {name}" if name else "vardservice"
    line = f"{who}: {message}".replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    print(safe_text(line), file=sys.stderr)
