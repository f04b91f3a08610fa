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
    vardservice render KIND FILE [--format markdown|html|text] [--lang sv|en]
                       [--tag TAG] [--top N]
    vardservice check FILE... [--as-of DATE] [--format text|json|markdown|html|sarif]
                      [--select CODES] [--ignore CODES] [--lang sv|en]
    vardservice portfolio PATH... [--as-of DATE] [--name NAME]
                          [--format text|json|markdown|html] [--lang sv|en]
    vardservice --version

``benchmark`` reads a :class:`~vardservice.benchmarking.BenchmarkData` document
(.json, .yaml, .yml or .toml: key figures and observations) and prints one
comparison per key figure (or only ``--figure``) for ``--year``. ``--observations``
adds observations from a ``region,year,key_figure,value,unit`` CSV file.

``network`` reads a :class:`~vardservice.networks.Network` document and prints
its members with tier and fee for ``--year``, the year's budget (income, costs,
balance), its expert groups and the findings of the network rules, checked as
of 31 December of the year. With ``--format json`` it prints one object with
``members`` (each with ``code``, ``tier`` and ``fee``), ``budget`` (with
``total``, the income) and ``findings``; it exits with 1 when a finding is an
error.

``schedule`` reads an :class:`~vardservice.planning.AnnualWheel` document (or a
:class:`~vardservice.networks.Network` document with an ``annual_wheel``) and
prints the year's annual wheel (``--format svg`` draws it); ``--ics OUT`` also
writes the year as an iCalendar file, stamped (``DTSTAMP``) with the current
time: the command line is the edge where the clock may be read.
``render`` reads one document of a kind and prints it with its renderer:
``protocol`` (a :class:`~vardservice.decisions.ProtocolExcerpt`, laid out like
HSN90), ``needs-inventory`` (a :class:`~vardservice.decisions.NeedsInventory`),
``assignment`` (a :class:`~vardservice.subprojects.Subproject`'s uppdrag),
``final-report`` (its final-report skeleton) or ``follow-up`` (its follow-up
report skeleton).

``check`` reads subproject and portfolio files (or directories of them), checks
every subproject against the rules as of ``--as-of`` (today by default, in the
command line only; the output says which date was used) and exits 1 when some
finding is an error. ``--format json`` prints one object with a ``findings``
array; ``--format sarif`` prints SARIF 2.1.0 for code-scanning tools.
``portfolio`` summarizes the subprojects as of a date (SFBV §1).

Exit codes: 0 success (``check``, ``network``: no error finding); 1 ``check``
or ``network`` found an error; 2 unusable input (a bad file, an unknown region, a year with no
figures, an unknown rule code). Errors are one line on stderr, never a
traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib
import io
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from vardservice._version import __version__
from vardservice.errors import InvalidInput, InvalidValue, VardserviceError

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
_FORMATS = ("text", "json", "csv", "markdown", "html")
_VNS_FORMATS = ("text", "json", "markdown", "html")

# vardservice render KIND FILE: each kind names the document type that FILE holds and the
# renderer that prints it, as (module, type, renderer in vardservice.render). Imported only
# when used, so that the command starts fast; add a row to add a kind.
_RENDER_KINDS: dict[str, tuple[str, str, str]] = {
    "protocol": ("vardservice.decisions", "ProtocolExcerpt", "render_protocol"),
    "needs-inventory": ("vardservice.decisions", "NeedsInventory", "render_needs_inventory"),
    "assignment": ("vardservice.subprojects", "Subproject", "render_assignment"),
    "final-report": ("vardservice.subprojects", "Subproject", "render_final_report"),
    "follow-up": ("vardservice.subprojects", "Subproject", "render_follow_up"),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own errors: exit 2, one line
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _year(text: str) -> int:
    if not text.isdigit() or len(text) != 4:
        raise argparse.ArgumentTypeError(f"expected a year such as 2024, got {text!r}")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vardservice",
        description="Swedish healthcare-service regions, fee tiers, fees and budgets.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    regions = sub.add_parser(
        "regions", help="the 21 regions with population and fee tier (BS §5.1)"
    )
    regions.add_argument(
        "--year", type=_year, help="whose 31 December population (default: newest shipped)"
    )
    _common(regions)

    fees = sub.add_parser("fees", help="each member's fee and the year's budget (BS §5.1-5.2)")
    fees.add_argument(
        "--schedule", required=True, type=Path, help="fee schedules (.toml/.yaml/.json)"
    )
    fees.add_argument("--year", required=True, type=_year, help="the fee year")
    fees.add_argument(
        "--members",
        help="comma-separated county codes or names (default: all 21 regions)",
    )
    fees.add_argument(
        "--population-year",
        type=_year,
        help="whose 31 December population sets the tier (default: the year before)",
    )
    _common(fees)

    vns = sub.add_parser(
        "vns",
        help="a VNS decision memo: forecast, compensation, deviation (RGS-VNS)",
    )
    vns.add_argument("file", type=Path, help="a VnsCase document (.toml/.yaml/.json)")
    vns.add_argument("--format", choices=_VNS_FORMATS, default="text")
    vns.add_argument("--lang", choices=("sv", "en"), default="sv")
    bench = sub.add_parser(
        "benchmark", help="key figures compared across the regions for a year (BS §3.2)"
    )
    bench.add_argument("file", type=Path, help="key figures and observations (.json/.yaml/.toml)")
    bench.add_argument("--year", required=True, type=_year, help="the year to compare")
    bench.add_argument("--figure", help="the id of one key figure (default: all)")
    bench.add_argument("--region", help="your region, a county code or name, to highlight")
    bench.add_argument(
        "--observations",
        type=Path,
        help="more observations, .csv with region,year,key_figure,value,unit",
    )
    bench.add_argument("--format", choices=("text", "json", "markdown", "html"), default="text")
    bench.add_argument("--lang", choices=("sv", "en"), default="sv")
    network = sub.add_parser(
        "network",
        help="a network's members, tiers, fees, budget and findings for a year (BS §4-6)",
    )
    network.add_argument("file", type=Path, help="a Network document (.toml/.yaml/.json)")
    network.add_argument("--year", required=True, type=_year, help="the fee and budget year")
    network.add_argument("--format", choices=_VNS_FORMATS, default="text")
    network.add_argument("--lang", choices=("sv", "en"), default="sv")
    schedule = sub.add_parser(
        "schedule", help="a network's annual wheel and meetings for a year (BS §6, NSN)"
    )
    schedule.add_argument(
        "file", type=Path, help="an annual wheel, or a network with one (.json/.yaml/.toml)"
    )
    schedule.add_argument("--year", required=True, type=_year, help="the year to plan")
    schedule.add_argument(
        "--format", choices=("text", "json", "markdown", "html", "svg"), default="text"
    )
    schedule.add_argument("--ics", type=Path, help="also write the year as iCalendar (.ics)")
    schedule.add_argument("--lang", choices=("sv", "en"), default="sv")
    render = sub.add_parser(
        "render",
        help="a document as Markdown, HTML or text (a protocol excerpt, an assignment, …)",
    )
    render.add_argument("kind", choices=list(_RENDER_KINDS), help="what FILE holds")
    render.add_argument("file", type=Path, help="the document (.toml/.yaml/.json)")
    render.add_argument("--format", choices=("markdown", "html", "text"), default="markdown")
    render.add_argument("--lang", choices=("sv", "en"), default="sv")
    render.add_argument(
        "--tag", help="needs-inventory: state where the needs with this tag came, e.g. VNS"
    )
    render.add_argument(
        "--top", type=int, help="needs-inventory: only the needs ranked this or better"
    )

    check = sub.add_parser(
        "check",
        help="check subprojects against the rules SP001-SP023 (SFBV §4-5)",
    )
    check.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="subproject or portfolio files (.yaml/.yml/.json/.toml), or directories of them",
    )
    check.add_argument(
        "--as-of", type=_date, help="the date to judge on, YYYY-MM-DD (default: today)"
    )
    check.add_argument("--format", choices=_CHECK_FORMATS, default="text")
    check.add_argument("--select", help="only these rule codes or prefixes, e.g. SP013,SP02")
    check.add_argument("--ignore", help="skip these rule codes or prefixes")
    check.add_argument("--lang", choices=("sv", "en"), default="sv")

    portfolio = sub.add_parser(
        "portfolio", help="a portfolio of subprojects as of a date: started, reported … (SFBV §1)"
    )
    portfolio.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="subproject or portfolio files, or directories of them",
    )
    portfolio.add_argument(
        "--as-of", type=_date, help="the date to summarize on, YYYY-MM-DD (default: today)"
    )
    portfolio.add_argument("--name", help="the portfolio's name (default: from the file)")
    portfolio.add_argument("--format", choices=_PORTFOLIO_FORMATS, default="text")
    portfolio.add_argument("--lang", choices=("sv", "en"), default="sv")
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=_FORMATS, default="text")
    parser.add_argument("--lang", choices=("sv", "en"), default="sv")
    parser.add_argument(
        "--populations",
        type=Path,
        help=(
            "your own population figures (.csv code,year,population,source),"
            " laid over the shipped ones"
        ),
    )


def _populations(path: Path | None) -> Any:
    from vardservice.regions import shipped_populations

    if path is None:
        return None
    from vardservice.io import load_populations

    return shipped_populations().updated(load_populations(path).figures)


def _regions(args: argparse.Namespace) -> str:
    from vardservice.fees import region_tiers
    from vardservice.regions import shipped_populations

    table = _populations(args.populations) or shipped_populations()
    year = args.year if args.year is not None else table.complete_years()[-1]
    rows = region_tiers(year, populations=table)
    if args.format in ("json", "csv"):
        records = [
            {
                "code": row.region.code,
                "name": row.region.name,
                "short_name": row.region.short_name,
                "population": row.population.population,
                "year": row.population.year,
                "tier": int(row.tier),
                "source": row.population.source.id,
            }
            for row in rows
        ]
        return _json(records) if args.format == "json" else _csv(records)
    from vardservice.render import render_regions

    return render_regions(rows, format=args.format, lang=args.lang)


def _fees(args: argparse.Namespace) -> str:
    from vardservice.fees import FeeScheduleHistory, budget
    from vardservice.io import load
    from vardservice.regions import REGIONS

    history = load(args.schedule, FeeScheduleHistory)
    members: Sequence[Any] = REGIONS
    if args.members:
        members = [m.strip() for m in args.members.split(",") if m.strip()]
        if not members:
            raise InvalidValue("fees", "--members", args.members, "one or more regions")
    result = budget(
        members,
        args.year,
        schedule=history,
        population_year=args.population_year,
        populations=_populations(args.populations),
    )
    if args.format in ("json", "csv"):
        records = [
            {
                "code": fee.region.code,
                "name": fee.region.name,
                "population": fee.population.population,
                "population_year": fee.population.year,
                "tier": int(fee.tier),
                "fee": str(fee.amount),
                "source": fee.population.source.id,
            }
            for fee in result.fees
        ]
        if args.format == "csv":
            return _csv(records)
        schedule = result.fees[0].schedule if result.fees else history.for_year(args.year)
        return _json(
            {
                "year": result.year,
                "schedule": {
                    "valid_from": schedule.valid_from,
                    "reference": schedule.reference,
                    "illustrative": schedule.illustrative,
                },
                "members": records,
                "budget": {
                    "total": str(result.total),
                    "by_tier": [
                        {"tier": int(s.tier), "members": s.members, "amount": str(s.amount)}
                        for s in result.by_tier
                    ],
                    "source": str(result.source),
                },
            }
        )
    from vardservice.render import render_fees

    return render_fees(result, format=args.format, lang=args.lang)


def _vns(args: argparse.Namespace) -> str:
    from vardservice.io import load
    from vardservice.vns import VnsCase, break_even_year, undocumented_scope, yearly_net

    document = load(args.file, VnsCase)
    agreement = document.agreement
    reduction = document.reduction()
    case = document.business_case
    if args.format == "json":
        return _json(
            {
                "name": agreement.name,
                "forecast_cost": str(agreement.forecast_cost),
                "compensation": str(agreement.compensation),
                "deviation": str(agreement.deviation),
                "deficit": agreement.is_deficit(),
                "undocumented_scope": [item.name for item in undocumented_scope(agreement)],
                "source": str(agreement.source),
                "staffing_reduction": None
                if reduction is None
                else {
                    "year": reduction.working_days.year,
                    "working_days": reduction.working_days.days,
                    "eligible_wards": [ward.name for ward in reduction.eligible_wards],
                    "hours_per_weekday": str(reduction.hours_per_weekday),
                    "cost_per_hour": str(reduction.cost_per_hour),
                    "total": str(reduction.total),
                },
                "business_case": None
                if case is None
                else {
                    "years": [
                        {
                            "year": entry.year,
                            "cost": str(entry.cost),
                            "benefit": str(entry.benefit),
                            "net": str(net.net),
                            "cumulative": str(net.cumulative),
                        }
                        for entry, net in zip(case.years, yearly_net(case), strict=True)
                    ],
                    "break_even_year": break_even_year(case),
                    "illustrative": case.illustrative,
                    "reference": case.reference,
                },
            }
        )
    from vardservice.render import render_business_case, render_vns_memo

    output = render_vns_memo(
        agreement,
        reduction=reduction,
        provider=document.provider,
        format=args.format,
        lang=args.lang,
    )
    if case is not None:
        output += "\n" + render_business_case(case, format=args.format, lang=args.lang)
    return output


def _benchmark(args: argparse.Namespace) -> str:
    import attrs

    from vardservice.benchmarking import BenchmarkData, compare
    from vardservice.io import load, load_observations, to_dict

    data = load(args.file, BenchmarkData)
    if args.observations is not None:
        extra = load_observations(args.observations)
        data = attrs.evolve(data, observations=data.observations + extra)
    figures = (data.figure(args.figure),) if args.figure else data.key_figures
    if not figures:
        raise InvalidValue("benchmark", "key_figures", [], "at least one key figure")
    results = [
        compare(figure, data.observations, args.year, region=args.region) for figure in figures
    ]
    if args.format == "json":
        return _json([to_dict(result) for result in results])
    from vardservice.render import render_benchmark

    separator = "\n" if args.format == "html" else "\n\n"
    return (
        separator.join(
            render_benchmark(result, format=args.format, lang=args.lang).rstrip("\n")
            for result in results
        )
        + "\n"
    )


def _network(args: argparse.Namespace) -> tuple[str, int]:
    import datetime

    from vardservice.errors import NoPopulationForYear, NoScheduleForYear
    from vardservice.io import load
    from vardservice.networks import Network, network_budget
    from vardservice.rules import check

    network = load(args.file, Network)
    report = check(network, as_of=datetime.date(args.year, 12, 31), lang=args.lang)
    if args.format != "json":
        from vardservice.render import render_network

        rendered = render_network(network, args.year, format=args.format, lang=args.lang)
        return rendered, EXIT_OK if report.is_compliant else EXIT_FINDINGS
    try:
        result = network_budget(network, args.year)
    except (InvalidValue, NoScheduleForYear, NoPopulationForYear):
        result = None  # the findings (NW001, NW004) say why
    fees = {} if result is None else {fee.region.code: fee for fee in result.fees.fees}
    members = []
    for membership in network.members_in(args.year):
        fee = fees.get(membership.region)
        members.append(
            {
                "code": membership.region,
                "name": fee.region.name if fee else membership.region,
                "population": fee.population.population if fee else None,
                "population_year": fee.population.year if fee else None,
                "tier": int(fee.tier) if fee else None,
                "fee": str(fee.amount) if fee else None,
                "granted_on": None
                if membership.granted_on is None
                else membership.granted_on.isoformat(),
                "ends_on": None if membership.ends_on is None else membership.ends_on.isoformat(),
            }
        )
    budget = None
    if result is not None:
        budget = {
            "year": result.year,
            "fee_income": str(result.fee_income),
            "other_income": [
                {"description": line.description, "amount": str(line.amount)}
                for line in result.other_income
            ],
            "income": str(result.income),
            "total": str(result.total),
            "costs": [
                {
                    "kind": line.kind.value,
                    "description": line.description,
                    "amount": str(line.amount),
                }
                for line in result.costs
            ],
            "cost_total": str(result.cost_total),
            "balance": str(result.balance),
            "covers_costs": result.covers_costs,
            "source": str(result.source),
        }
    output = _json(
        {
            "name": network.name,
            "year": args.year,
            "as_of": report.as_of.isoformat(),
            "members": list({m["code"]: m for m in members}.values()),
            "budget": budget,
            "findings": [
                {
                    "code": f.code,
                    "severity": f.severity.value,
                    "message": f.message,
                    "path": f.path,
                    "source": str(f.source),
                }
                for f in report.findings
            ],
            "compliant": report.is_compliant,
        }
    )
    return output, EXIT_OK if report.is_compliant else EXIT_FINDINGS


def _schedule(args: argparse.Namespace) -> str:
    import datetime

    from vardservice.io import load_annual_wheel
    from vardservice.planning import to_ical

    wheel = load_annual_wheel(args.file)
    entries = wheel.for_year(args.year)
    if args.ics is not None:
        ics = to_ical(wheel, args.year, stamp=datetime.datetime.now(datetime.UTC))
        try:
            args.ics.write_bytes(ics)
        except OSError as exc:
            raise InvalidValue(
                "schedule", "--ics", str(args.ics), f"a writable file ({exc})"
            ) from None
    if args.format == "json":
        return _json(
            {
                "name": wheel.name,
                "year": args.year,
                "entries": [
                    {
                        "title": a.title,
                        "kind": a.kind.value,
                        "date": None if a.date is None else a.date.isoformat(),
                        "month": a.month_of_year,
                        "description": a.description,
                        "responsible": a.responsible,
                        "illustrative": a.illustrative,
                        "source": None if a.source is None else str(a.source),
                    }
                    for a in entries
                ],
                "meetings": [
                    a.date.isoformat()
                    for a in entries
                    if a.kind.value == "meeting" and a.date is not None
                ],
            }
        )
    from vardservice.render import render_annual_wheel

    return render_annual_wheel(wheel, args.year, format=args.format, lang=args.lang)


def _render(args: argparse.Namespace) -> str:
    from vardservice.io import load

    module, type_name, renderer_name = _RENDER_KINDS[args.kind]
    document_type = getattr(importlib.import_module(module), type_name)
    renderer = getattr(importlib.import_module("vardservice.render"), renderer_name)
    extra: dict[str, Any] = {}
    for option in ("tag", "top"):
        value = getattr(args, option)
        if value is not None:
            if args.kind != "needs-inventory":
                raise InvalidValue("render", f"--{option}", value, "only with needs-inventory")
            extra[option] = value
    document = load(args.file, document_type)
    output: str = renderer(document, format=args.format, lang=args.lang, **extra)
    return output


# --- check and portfolio: subprojects of "Samarbete för bättre vård" (SFBV) ------------------

_CHECK_FORMATS = ("text", "json", "markdown", "html", "sarif")
_PORTFOLIO_FORMATS = ("text", "json", "markdown", "html")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_FALLBACK_URI = "https://sodrasjukvardsregionen.se/"
_PATH_PART = re.compile(r"\.(\w+)|\[(\d+)\]")
_WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "today": " (dagens datum)",
        "checked": "Kontrollerat per {day}{today}: {files}, {n}.",
        "total": "Summa: {error}, {warning}, {info}.",
        "file": "fil/filer",
        "subproject": "delprojekt/delprojekt",
        "count_error": "fel/fel",
        "count_warning": "varning/varningar",
        "count_info": "upplysning/upplysningar",
        "none": "inga avvikelser",
        "error": "fel",
        "warning": "varning",
        "info": "info",
        "as_of": "Per {day}{today}",
    },
    "en": {
        "today": " (today)",
        "checked": "Checked as of {day}{today}: {files}, {n}.",
        "total": "Total: {error}, {warning}, {info}.",
        "file": "file/files",
        "subproject": "subproject/subprojects",
        "count_error": "error/errors",
        "count_warning": "warning/warnings",
        "count_info": "note/notes",
        "none": "no findings",
        "error": "error",
        "warning": "warning",
        "info": "info",
        "as_of": "As of {day}{today}",
    },
}


def _date(text: str) -> Any:
    from vardservice.dates import to_date

    try:
        return to_date(text, owner="vardservice", field="--as-of")
    except InvalidValue:
        raise argparse.ArgumentTypeError(
            f"expected a date such as 2024-05-01, got {text!r}"
        ) from None


def _as_of(args: argparse.Namespace) -> tuple[Any, bool]:
    """Return the date to judge on, and whether it is today's (the default, in the CLI only)."""
    if args.as_of is not None:
        return args.as_of, False
    import pendulum

    return pendulum.today("Europe/Stockholm").date(), True


# One checked subproject: the file, its JSON path in the file ("$" or "$.subprojects[2]"),
# the subproject and its report.
_Checked = tuple[Path, str, Any, Any]


def _run_checks(args: argparse.Namespace, as_of: Any) -> list[_Checked]:
    from vardservice.io import load_subproject_documents
    from vardservice.portfolio import Portfolio
    from vardservice.rules import check

    checked: list[_Checked] = []
    for file, document in load_subproject_documents(*args.files):
        inside = (
            [(f"$.subprojects[{i}]", sp) for i, sp in enumerate(document.subprojects)]
            if isinstance(document, Portfolio)
            else [("$", document)]
        )
        for prefix, subproject in inside:
            report = check(
                subproject, as_of=as_of, select=args.select, ignore=args.ignore, lang=args.lang
            )
            checked.append((file, prefix, subproject, report))
    return checked


def _in_file(prefix: str, path: str) -> str:
    """Return a finding's path within its file: under the subproject's place in a portfolio."""
    return path if prefix == "$" else prefix + path[1:]


def _finding_record(file: Path, prefix: str, subproject: Any, finding: Any) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "path": _in_file(prefix, finding.path),
        "source": str(finding.source),
        "file": str(file),
        "subproject": subproject.id,
        "evidence": {
            k: list(v) if isinstance(v, tuple) else v for k, v in finding.evidence.items()
        },
    }


def _severity_counts(findings: Sequence[Any]) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts


def _check_json(checked: list[_Checked], as_of: Any, today: bool, lang: str) -> str:
    files: dict[Path, list[dict[str, Any]]] = {}
    findings: list[dict[str, Any]] = []
    for file, prefix, subproject, report in checked:
        records = [_finding_record(file, prefix, subproject, f) for f in report.findings]
        findings.extend(records)
        files.setdefault(file, []).append(
            {
                "id": subproject.id,
                "title": subproject.title,
                "path": prefix,
                "stage": subproject.stage.value,
                "compliant": report.is_compliant,
                "counts": _severity_counts(report.findings),
                "findings": records,
            }
        )
    everything = [f for *_, report in checked for f in report.findings]
    return _json(
        {
            "as_of": as_of.isoformat(),
            "as_of_is_today": today,
            "lang": lang,
            "rules": list(checked[0][3].rules) if checked else [],
            "compliant": not any(f.severity.value == "error" for f in everything),
            "counts": _severity_counts(everything),
            "findings": findings,
            "files": [
                {
                    "file": str(file),
                    "compliant": all(s["compliant"] for s in subprojects),
                    "subprojects": subprojects,
                }
                for file, subprojects in files.items()
            ],
        }
    )


def _day(as_of: Any, lang: str) -> str:
    """Return the date as a Swedish (or English) reader writes it: "1 juni 2025"."""
    from vardservice.render._env import format_day

    return format_day(as_of, "long", lang)


def _count(words: dict[str, str], key: str, n: int) -> str:
    """Return "1 fil", "2 filer": the number with the word in the right number."""
    one, many = words[key].split("/")
    return f"{n} {one if n == 1 else many}"


def _headline(checked: list[_Checked], as_of: Any, today: bool, lang: str) -> str:
    words = _WORDS[lang]
    return words["checked"].format(
        day=_day(as_of, lang),
        today=words["today"] if today else "",
        files=_count(words, "file", len({file for file, *_ in checked})),
        n=_count(words, "subproject", len(checked)),
    )


def _totals(findings: Sequence[Any], lang: str) -> str:
    words = _WORDS[lang]
    counts = _severity_counts(findings)
    return words["total"].format(**{k: _count(words, f"count_{k}", n) for k, n in counts.items()})


def _check_text(checked: list[_Checked], as_of: Any, today: bool, lang: str) -> str:
    words = _WORDS[lang]
    everything = [f for *_, report in checked for f in report.findings]
    lines = [_headline(checked, as_of, today, lang)]
    for file, prefix, subproject, report in checked:
        where = str(file) if prefix == "$" else f"{file} @ {prefix}"
        lines += ["", f"{where}: {subproject.label()}"]
        if not report.findings:
            lines.append(f"  {words['none']}")
        for f in report.findings:
            lines.append(
                f"  {words[f.severity.value]:<8}{f.code}  {_in_file(prefix, f.path)}  "
                f"{f.message} ({f.source})"
            )
    lines += ["", _totals(everything, lang)]
    return "\n".join(lines) + "\n"


def _check_document(
    checked: list[_Checked], as_of: Any, today: bool, lang: str, format: str
) -> str:
    """Markdown or HTML: each subproject's compliance report, under the file it came from."""
    import html

    import attrs

    from vardservice.render import render_compliance_report

    esc = html.escape if format == "html" else str
    everything = [f for *_, report in checked for f in report.findings]
    head = _headline(checked, as_of, today, lang)
    total = _totals(everything, lang)
    out = [f"<p>{esc(head)} {esc(total)}</p>" if format == "html" else f"{head} {total}"]
    for file, prefix, _, report in checked:
        where = str(file) if prefix == "$" else f"{file} @ {prefix}"
        # Paths within the file: under the subproject's place in a portfolio file.
        placed = attrs.evolve(
            report,
            findings=tuple(attrs.evolve(f, path=_in_file(prefix, f.path)) for f in report.findings),
        )
        out.append(
            f'<p class="file"><code>{esc(where)}</code></p>' if format == "html" else f"`{where}`"
        )
        kind: Literal["html", "markdown"] = "html" if format == "html" else "markdown"
        out.append(render_compliance_report(placed, format=kind, lang=lang).rstrip("\n"))
    return "\n\n".join(out) + "\n"


def _camel(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.findall(r"[A-Za-z0-9]+", text))


def _information_uri() -> str:
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("vardservice").get_all("Project-URL") or []
    except PackageNotFoundError:  # pragma: no cover - run from a source tree
        urls = []
    for entry in urls:
        _, _, url = str(entry).partition(", ")
        if url.startswith("https://"):
            return url
    return _FALLBACK_URI


def _sarif_rule(rule: Any, lang: str) -> dict[str, Any]:
    citation = str(rule.source)
    return {
        "id": rule.code,
        "name": _camel(rule.title_en),
        "shortDescription": {"text": rule.title(lang)},
        "fullDescription": {"text": rule.paraphrase},
        "help": {
            "text": f"{rule.paraphrase}\n\n{citation}: \u201d{rule.quote}\u201d",
            "markdown": f"{rule.paraphrase}\n\n**{citation}**: \u201d{rule.quote}\u201d",
        },
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity.value]},
        "properties": {
            "source": citation,
            "severities": sorted(s.value for s in rule.severities),
        },
    }


def _line_of(file: Path, path: str, cache: dict[Path, Any]) -> int:
    """Return the 1-based line where ``path`` is in a YAML or JSON file (its parent if absent)."""
    if file not in cache:
        cache[file] = None
        if file.suffix.lower() in (".yaml", ".yml", ".json"):
            import yaml

            with contextlib.suppress(OSError, UnicodeDecodeError, yaml.YAMLError):
                cache[file] = yaml.compose(file.read_text(encoding="utf-8"))
    node = cache[file]
    if node is None:
        return 1
    line: int = node.start_mark.line + 1
    for name, index in _PATH_PART.findall(path):
        if name and isinstance(node.value, list) and node.tag.endswith(":map"):
            found = [(k, v) for k, v in node.value if getattr(k, "value", None) == name]
            if not found:
                break
            key, node = found[0]
            line = key.start_mark.line + 1
        elif index and node.tag.endswith(":seq") and int(index) < len(node.value):
            node = node.value[int(index)]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _uri(file: Path) -> str:
    return file.as_uri() if file.is_absolute() else file.as_posix()


def _check_sarif(checked: list[_Checked], as_of: Any, today: bool, lang: str) -> str:
    from vardservice.rules import RULES

    codes = list(checked[0][3].rules) if checked else []
    index = {code: i for i, code in enumerate(codes)}
    lines: dict[Path, Any] = {}
    results = [
        {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _SARIF_LEVEL[f.severity.value],
            "message": {"text": f"{f.message} ({f.source})"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(file)},
                        "region": {"startLine": _line_of(file, _in_file(prefix, f.path), lines)},
                    },
                    "logicalLocations": [
                        {"fullyQualifiedName": _in_file(prefix, f.path), "kind": "member"}
                    ],
                }
            ],
            "properties": {
                "subproject": subproject.id,
                "source": str(f.source),
                "severity": f.severity.value,
            },
        }
        for file, prefix, subproject, report in checked
        for f in report.findings
    ]
    return _json(
        {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "vardservice",
                            "version": __version__,
                            "informationUri": _information_uri(),
                            "rules": [_sarif_rule(RULES[code], lang) for code in codes],
                        }
                    },
                    "invocations": [
                        {
                            "executionSuccessful": True,
                            "properties": {"as_of": as_of.isoformat(), "as_of_is_today": today},
                        }
                    ],
                    "results": results,
                }
            ],
        }
    )


def _check(args: argparse.Namespace) -> tuple[str, int]:
    as_of, today = _as_of(args)
    checked = _run_checks(args, as_of)
    failed = any(not report.is_compliant for *_, report in checked)
    code = EXIT_FINDINGS if failed else EXIT_OK
    if args.format == "json":
        return _check_json(checked, as_of, today, args.lang), code
    if args.format == "sarif":
        return _check_sarif(checked, as_of, today, args.lang), code
    if args.format in ("markdown", "html"):
        return _check_document(checked, as_of, today, args.lang, args.format), code
    return _check_text(checked, as_of, today, args.lang), code


def _portfolio(args: argparse.Namespace) -> str:
    from vardservice.io import load_portfolio, to_dict
    from vardservice.portfolio import summarize

    as_of, today = _as_of(args)
    summary = summarize(load_portfolio(*args.paths, name=args.name), as_of=as_of)
    if args.format == "json":
        return _json({**to_dict(summary), "as_of_is_today": today})
    from vardservice.render import render_portfolio

    output = render_portfolio(summary, format=args.format, lang=args.lang)
    if today and args.format == "text":  # the date was not given: say it is today's
        words = _WORDS[args.lang]
        note = words["as_of"].format(day=_day(as_of, args.lang), today=words["today"])
        output = output.rstrip("\n") + f"\n\n{note}\n"
    return output


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _csv(records: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        commands: dict[str, Callable[[argparse.Namespace], str | tuple[str, int]]] = {
            "regions": _regions,
            "fees": _fees,
            "vns": _vns,
            "benchmark": _benchmark,
            "schedule": _schedule,
            "render": _render,
            "check": _check,
            "portfolio": _portfolio,
            "network": _network,
        }
        result = commands[args.command](args)
        output, code = result if isinstance(result, tuple) else (result, EXIT_OK)
    except InvalidInput as exc:
        where = f"{exc.origin}: " if exc.origin else ""
        message = where + "; ".join(exc.problems)
        print(f"vardservice {args.command}: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except VardserviceError as exc:
        message = str(exc).replace("\n", " ")
        print(f"vardservice {args.command}: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    sys.stdout.write(output)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
