"""``vardservice check-report FILE.docx``: a report written in Word, judged against the template.

This is :func:`vardservice.io.check_report_docx`: a final report's template
sections (SP015, each missing one at the paragraph where it belongs) and a
follow-up report's length in pages when the file records it (SP022). The kind
of report is its title's, or ``--kind``. ``--as-of`` dates the check (today by
default, in the command line only). The output is the compliance report of
``vardservice render compliance``, in any of its formats; ``--format json`` is
the :class:`~vardservice.rules.Report` with ``as_of_is_today``. Exits with 1
when a finding is an error, 2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vardservice._i18n import translation
from vardservice.cli._common import (
    BINARY_FORMATS,
    Result,
    as_of,
    as_of_option,
    day,
    document_file,
    findings_exit,
    output_options,
    with_today,
)

__all__ = ["FORMATS", "register", "run"]

FORMATS = ("text", "json", "markdown", "html")


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "check-report",
        help="a final or follow-up report written in Word: its sections and length (SP015, SP022)",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the report, a Word file (.docx)")
    as_of_option(parser, what="judge")
    parser.add_argument(
        "--kind",
        choices=("final-report", "follow-up"),
        help="the kind of report (default: its title's; a final report otherwise)",
    )
    output_options(parser, FORMATS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Judge the report in ``FILE``; exit 1 when a finding is an error."""
    from vardservice.io.word import check_report_docx

    day_, today = as_of(args)
    report = check_report_docx(args.file, as_of=day_, kind=args.kind, lang=args.lang)
    code = findings_exit(report.is_compliant)
    if args.format == "json":
        return with_today(report, today), code
    if args.format == "text":
        return _text(report, today), code
    from vardservice.render import DOCUMENTS

    entry = DOCUMENTS["compliance"]
    # The date was not given: the document says it is today's, as every command does.
    if args.format in BINARY_FORMATS:
        tree = entry.tree(report, lang=args.lang, as_of_is_today=today)
        return document_file(args, [tree]), code
    output: str = entry.render(report, format=args.format, lang=args.lang, as_of_is_today=today)
    return output, code


def _text(report: Any, today: bool) -> str:
    """Return the findings one a line, as ``vardservice check`` prints them."""
    translated = translation(report.lang)
    pgettext = translated.pgettext
    severities = {
        "error": pgettext("severity column", "error"),
        "warning": pgettext("severity column", "warning"),
        "info": pgettext("severity column", "info"),
    }
    checked = (
        translated.gettext("Checked as of {day} (today).")
        if today
        else translated.gettext("Checked as of {day}.")
    )
    lines = [report.subject, checked.format(day=day(report.as_of, report.lang))]
    if not report.findings:
        lines.append("  " + translated.gettext("no findings"))
    for f in report.findings:
        where = f.path
        if "before" in f.evidence:
            before = str(f.evidence["before"])
            where = (
                translated.gettext("paragraph {n}, before “{heading}”")
                if before
                else translated.gettext("paragraph {n}, at the end")
            ).format(n=f.evidence["paragraph"], heading=before)
        lines.append(
            f"  {severities[f.severity.value]:<8}{f.code}  {where}  {f.message} ({f.source})"
        )
    return "\n".join(lines) + "\n"
