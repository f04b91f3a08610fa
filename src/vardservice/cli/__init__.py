"""The ``vardservice`` command: a thin front end over the library.

Commands::

    vardservice regions [--year Y] [--format text|json|csv|markdown|html] [--lang sv|en]
                        [--populations FILE]
    vardservice fees --schedule FILE --year Y [--members CODES] [--population-year Y]
                     [--populations FILE] [--format text|json|csv|markdown|html] [--lang sv|en]
    vardservice vns FILE [--format text|json|markdown|html] [--lang sv|en]
    vardservice benchmark FILE --year Y [--figure ID] [--region CODE] [--observations CSV]
                          [--format text|json|markdown|html] [--lang sv|en]
    vardservice network FILE --year Y [--format text|json|markdown|html] [--lang sv|en]
    vardservice schedule FILE --year Y [--format text|json|markdown|html|svg] [--ics OUT]
                         [--lang sv|en]
    vardservice render KIND [FILE] [--format FORMAT] [--lang sv|en] [the kind's options]
    vardservice render --list
    vardservice check FILE... [--as-of DATE] [--format text|json|markdown|html|sarif]
                      [--select CODES] [--ignore CODES] [--lang sv|en]
    vardservice check-report FILE.docx [--as-of DATE] [--kind final-report|follow-up]
                             [--format text|json|markdown|html] [--lang sv|en]
    vardservice portfolio PATH... [--as-of DATE] [--name NAME]
                          [--format text|json|markdown|html] [--lang sv|en]
    vardservice schema KIND
    vardservice schema --list
    vardservice populations import FILE --retrieved YYYY-MM-DD [--table BE0101N1]
                                [--output populations.csv]
    vardservice --version
    vardservice --debug COMMAND ...   (a bug's traceback; also VARDSERVICE_DEBUG=1)

``benchmark`` reads a :class:`~vardservice.benchmarking.BenchmarkData` document
(.json, .yaml, .yml or .toml: key figures and observations) and prints one
comparison per key figure (or only ``--figure``) for ``--year``. ``--observations``
adds observations from a ``region,year,key_figure,value,unit`` CSV file.

``network`` reads a :class:`~vardservice.networks.Network` document and prints
its members with tier and fee for ``--year``, the year's budget (income, costs,
balance), its expert groups and the findings of the network rules, checked as
of 31 December of the year. With ``--format json`` it prints the
:class:`~vardservice.rules.NetworkOverview`: ``members`` (each with ``code``,
``tier`` and ``fee``), ``budget`` (with ``total``, the income; ``null`` when
the fees cannot be computed, and ``fees_missing`` says why) and ``report``
(with the ``findings``); it exits with 1 when a finding is an error.

``schedule`` reads an :class:`~vardservice.planning.AnnualWheel` document (or a
:class:`~vardservice.networks.Network` document with an ``annual_wheel``) and
prints the year's annual wheel (``--format svg`` draws it); ``--ics OUT`` also
writes the year as an iCalendar file, stamped (``DTSTAMP``) with the current
time: the command line is the edge where the clock may be read.
``render`` prints one document of any kind of the registry
:data:`vardservice.render.DOCUMENTS`, made from ``FILE`` (when the kind reads
one) and the kind's options (``--year``, ``--as-of``, ``--top``, …);
``render --list`` prints every kind with its summary and formats. The kinds,
options and formats are the registry's, not a list kept here.

``populations import`` reads a file downloaded from SCB's Statistikdatabasen
(CSV, PC-Axis ``.px`` or JSON-stat 2.0; :func:`vardservice.io.load_scb_populations`)
and writes the county figures as ``code,year,population,source,url``, the file
``--populations`` reads; the country total and municipalities are left out, and
standard error says how many.

``check`` reads subproject and portfolio files (or directories of them), checks
every subproject against the rules as of ``--as-of`` (today by default, in the
command line only; the output says which date was used) and exits 1 when some
finding is an error. ``--format json`` prints one object with a ``findings``
array; ``--format sarif`` prints SARIF 2.1.0 for code-scanning tools.
A file that cannot be read does not stop ``check``: it is reported and the
other files are checked; ``check`` then exits 2.
``check-report`` reads a final report (or a follow-up report) written in Word
from the template and reports the template sections it lacks (SP015), each at
the paragraph where it belongs, and a follow-up report's length in pages when
the file records it (SP022); it exits 1 when a finding is an error.
``portfolio`` summarizes the subprojects as of a date (SFBV §1).
``schema`` prints the JSON Schema of a kind of file (``schema --list``: the kinds).

Every command that renders a document (``regions``, ``fees``, ``vns``,
``benchmark``, ``network``, ``schedule``, ``render``, ``check``,
``check-report``, ``portfolio``) also writes Word (``--format docx``,
``--reference-doc DOCX`` for your own styles, page setup and headers) and PDF
(``--format pdf``, the ``vardservice[pdf]`` extra). Those are files: they are
written with ``-o FILE`` (or ``-o -`` to a pipe), and refused without it;
``-o FILE`` writes the text formats to a file too.

Every ``--format json`` is :func:`vardservice.io.to_dict` of a library object
(a model, or a record of :mod:`vardservice.io.records`), the same as
``vardservice.io.dumps`` writes it.

Exit codes: 0 success (``check``, ``network``: no error finding); 1 ``check``
or ``network`` found an error; 2 unusable input (a bad file, an unknown region, a year with no
figures, an unknown rule code); 3 an internal error (a bug in vardservice:
one line that says so; ``vardservice --debug COMMAND …`` or the environment
variable ``VARDSERVICE_DEBUG=1`` adds its traceback). The library's errors are
one line on stderr, never a traceback. A reader that closes the pipe early
(``| head -1``) is no error: the rest of the output goes to the null device and
the exit code stays the command's (0, or 1 for an error finding).

Each command is a module of this package (``vardservice.cli.regions``, …) that
declares its options beside its handler (``register`` and ``run``); what they
share (``--format`` and ``--lang``, the writers, the exit codes) is in
``vardservice.cli._common``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from vardservice._version import __version__
from vardservice.cli import (
    benchmark,
    check,
    check_report,
    fees,
    network,
    populations,
    portfolio,
    regions,
    render,
    schedule,
    schema,
    vns,
)
from vardservice.cli._common import (
    DEBUG_VARIABLE,
    EXIT_INTERRUPTED,
    Parser,
    bug,
    debugging,
    run,
)

__all__ = ["main"]

# The commands, in the order --help lists them.
COMMANDS = (
    regions,
    populations,
    fees,
    vns,
    benchmark,
    network,
    schedule,
    render,
    check,
    check_report,
    portfolio,
    schema,
)


def _parser() -> Parser:
    parser = Parser(
        prog="vardservice",
        description="Swedish healthcare-service regions, fee tiers, fees and budgets.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--debug",
        action="store_true",
        help=f"on an internal error (exit 3), print its traceback (also: {DEBUG_VARIABLE}=1)",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Whatever the arguments and files, the command exits 0, 1 (``check`` and
    ``network``: an error finding), 2 (unusable input, one line on standard error)
    or 3 (a bug: one line saying so; the traceback with ``--debug`` or
    ``VARDSERVICE_DEBUG=1``); 130 when stopped with Ctrl-C (no traceback; the
    worker processes of ``check --jobs`` are ended too). A reader that closes the pipe early
    (``vardservice check DIR | head -1``) ends the output quietly and leaves the
    exit code the command's own.
    """
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parser().parse_args(words)
    except SystemExit:
        raise
    except Exception as exc:  # a bug while parsing (an option's type, a registry)
        return bug("", exc, debug="--debug" in words or debugging())
    try:
        return run(args.command, args.run, args)
    except KeyboardInterrupt:  # Ctrl-C: stopped as asked, without a traceback
        return EXIT_INTERRUPTED
