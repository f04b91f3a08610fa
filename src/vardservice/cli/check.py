"""``vardservice check``: subproject files checked against the subproject rules (SFBV §4-5).

This is :func:`vardservice.io.documents.check_files`: every subproject in the
files (subproject files, portfolio files, directories of them) checked as of
``--as-of`` (today by default, in the command line only; the output says which
date was used). ``--format json`` writes the
:class:`~vardservice.io.records.CheckRun` with ``as_of_is_today``
(:func:`vardservice.io.findings.to_json`); ``--format sarif`` writes SARIF
2.1.0 for code-scanning tools (:func:`vardservice.io.findings.to_sarif`).

A file that cannot be read does not stop the batch: it is reported (a SARIF
tool execution notification, a JSON ``unread`` record with its ``error``, a
line in the text, and one line on standard error) and the other files'
findings are still written. Exit codes: 2 when a file could not be read, else 1
when a finding is an error, else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vardservice._i18n import join_words, translation
from vardservice.cli._common import (
    BINARY_FORMATS,
    EXIT_BAD_INPUT,
    EncodedText,
    Result,
    as_of,
    as_of_option,
    day,
    document_file,
    encoded,
    findings_exit,
    output_options,
)

if TYPE_CHECKING:
    from vardservice.rules import Severity

__all__ = ["EPILOG", "FORMATS", "register", "run"]

FORMATS = ("text", "json", "markdown", "html", "sarif")
EPILOG = (
    "A file that cannot be read is reported (a SARIF notification, a JSON record with"
    " its error, a line in the text) and the other files are still checked."
    " Exit codes: 0 no error finding; 1 some finding is an error;"
    " 2 some file could not be read (or a bad argument); 3 an internal error."
)


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "check", help="check subprojects against the subproject rules (SFBV §4-5)", epilog=EPILOG
    )
    # The rules' range is read from the registry, when this command is parsed (or its
    # --help printed), so that the other commands start without loading the rules.
    parser.declare_later(_describe)
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="subproject or portfolio files (.yaml/.yml/.json/.toml), or directories of them",
    )
    as_of_option(parser, what="judge")
    parser.add_argument("--select", help="only these rule codes or prefixes, e.g. SP013,SP02")
    parser.add_argument("--ignore", help="skip these rule codes or prefixes")
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help=(
            "check the files in N processes, or 'auto': one per CPU (default: 1);"
            " the output is the same"
        ),
    )
    output_options(parser, FORMATS)
    parser.set_defaults(run=run)


def _describe(parser: argparse.ArgumentParser) -> None:
    """Set the description: the range of the subproject rules, from the rule registry."""
    parser.description = f"Check subprojects against the rules {_rule_range()} (SFBV §4-5)."


def _rule_range() -> str:
    """Return the codes of the rules a subproject is checked against, as a range: "SP001-SP028".

    Read from :data:`vardservice.rules.RULES`, so that a new rule needs no edit here.
    """
    from vardservice.rules import rules_for
    from vardservice.subprojects import Subproject

    codes = [rule.code for rule in rules_for(Subproject)]
    return f"{codes[0]}-{codes[-1]}"


def run(args: argparse.Namespace) -> Result:
    """Check the files; exit 2 when a file could not be read, else 1 when a finding is an error."""
    from vardservice.io._bulk import bulk

    # The output is made while every record is kept: fewer collector walks (io._bulk).
    with bulk():
        return _run(args)


def _jobs(text: str) -> int:
    """Return the number of processes of ``--jobs`` (:func:`vardservice.cli._jobs.jobs`)."""
    from vardservice.cli._jobs import jobs

    return jobs(text)


def _run(args: argparse.Namespace) -> Result:
    from vardservice.cli._jobs import check_run
    from vardservice.io.findings import to_json, to_sarif

    day_, today = as_of(args)
    checked = check_run(
        args.files,
        as_of=day_,
        select=args.select,
        ignore=args.ignore,
        lang=args.lang,
        jobs=args.jobs,
    )
    code = findings_exit(checked.compliant)
    if checked.unread:
        # The same one line as a file that stops a command (cli._common.run), for the log.
        from vardservice.errors import _located

        problems = [_located(u.file, p) for u in checked.unread for p in u.problems]
        only = checked.unread[0] if len(checked.unread) == 1 else None
        line = _located(only.file, only.error) if only else "; ".join(problems)
        print(f"vardservice check: {line}".replace("\n", " "), file=sys.stderr)
        code = EXIT_BAD_INPUT
    if args.format == "json":
        return _json(to_json(checked, as_of_is_today=today)), code
    if args.format == "sarif":
        # SARIF is its own format (OASIS SARIF 2.1.0), not a library document: written as is.
        return _json(to_sarif(checked, as_of_is_today=today)), code
    if args.format in ("markdown", "html"):
        from vardservice.render.rules import render_check_run

        # One document: a summary table, then a section per file (not one document per file).
        output = render_check_run(checked, format=args.format, today=today, fragment=args.fragment)
        return output, code
    if args.format in BINARY_FORMATS:
        from vardservice.render import DOCUMENTS

        tree = DOCUMENTS["check-run"].tree(checked, lang=checked.lang, today=today)
        return document_file(args, [tree]), code
    return _text(checked, today), code


def _json(data: Any) -> str | EncodedText:
    # orjson (the [fast] extra) writes the same text as json.dumps(indent=2) ~20x faster:
    # the stdlib's indenting encoder is pure Python, most of `check --format json`'s time.
    # Its UTF-8 is written as it is (EncodedText), not decoded and encoded again.
    try:
        import orjson
    except ImportError:
        pass
    else:
        try:
            return encoded(
                orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE),
                json=True,
            )
        except TypeError:  # an integer over 64 bits, a key that is not text: the stdlib's
            pass
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# --- text, Markdown and HTML ----------------------------------------------------------------


def _headline(checked: Any, today: bool) -> str:
    """Return "Kontrollerat per 1 april 2023: 1 fil, 2 delprojekt." (and whether it is today)."""
    translated = translation(checked.lang)
    files = len(checked.files)
    subprojects = sum(len(f.subprojects) for f in checked.files)
    if today:
        line = translated.gettext("Checked as of {day} (today): {files}, {subprojects}.")
    else:
        line = translated.gettext("Checked as of {day}: {files}, {subprojects}.")
    return line.format(
        day=day(checked.as_of, checked.lang),
        files=translated.ngettext("{n} file", "{n} files", files).format(n=files),
        subprojects=translated.ngettext("{n} subproject", "{n} subprojects", subprojects).format(
            n=subprojects
        ),
    )


def _totals(checked: Any) -> str:
    """Return the findings counted by severity, zeros too: "Totalt: 0 fel, 1 varning och 2 …"."""
    translated = translation(checked.lang)
    ngettext = translated.ngettext
    counts = checked.counts
    errors, warnings, notes = counts["error"], counts["warning"], counts["info"]
    counted = (
        ngettext("{n} error", "{n} errors", errors).format(n=errors),
        ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings),
        ngettext("{n} note", "{n} notes", notes).format(n=notes),
    )
    return translated.gettext("Total: {counts}.").format(counts=join_words(counted, checked.lang))


def _severities(lang: str) -> dict[Severity, str]:
    """Return the short word of each severity, padded: the text output's first column."""
    from vardservice.rules import Severity

    pgettext = translation(lang).pgettext
    # Short labels of a column, apart from the severity words of the documents ("upplysning").
    words = {
        Severity.ERROR: pgettext("severity column", "error"),
        Severity.WARNING: pgettext("severity column", "warning"),
        Severity.INFO: pgettext("severity column", "info"),
    }
    return {severity: f"{word:<8}" for severity, word in words.items()}


def _places(checked: Any) -> list[tuple[str, Any]]:
    """Return each subproject with where it is: its file, and its place in a portfolio file."""
    return [
        (file.file if sub.path == "$" else f"{file.file} @ {sub.path}", sub)
        for file in checked.files
        for sub in file.subprojects
    ]


def _text(checked: Any, today: bool) -> str:
    # Looked up by identity: a severity is a singleton and a rule's citation is kept alive
    # by its findings (the enum's and the attrs class's hashes are Python calls).
    severities = {id(severity): word for severity, word in _severities(checked.lang).items()}
    none = translation(checked.lang).gettext("no findings")
    lines = [_headline(checked, today)]
    sources: dict[int, str] = {}
    for where, sub in _places(checked):
        lines += ["", f"{where}: {sub.label()}"]
        if not sub.findings:
            lines.append(f"  {none}")
        for f in sub.findings:
            source = sources.get(id(f.source))
            if source is None:  # a rule's source, written once per rule
                source = sources[id(f.source)] = f.source.text
            lines.append(
                f"  {severities[id(f.severity)]}{f.code}  {f.path}  {f.message} ({source})"
            )
    if checked.unread:
        unread = translation(checked.lang).gettext("not read")
        lines.append("")
        lines += [f"{u.file}: {unread}: {u.error}" for u in checked.unread]
    lines += ["", _totals(checked)]
    return "\n".join(lines) + "\n"
