"""The ``vardservice`` command: a thin front end over the library.

Commands::

    vardservice regions [--year Y] [--format text|json|csv|markdown|html] [--lang sv|en]
                        [--populations FILE]
    vardservice fees --schedule FILE --year Y [--members CODES] [--population-year Y]
                     [--populations FILE] [--format text|json|csv|markdown|html] [--lang sv|en]
    vardservice vns FILE [--format text|json|markdown|html] [--lang sv|en]
    vardservice benchmark FILE --year Y [--figure ID] [--region CODE] [--observations CSV]
                          [--format text|json|markdown|html] [--lang sv|en]
    vardservice render KIND FILE [--format markdown|html|text] [--lang sv|en]
    vardservice --version

``benchmark`` reads a :class:`~vardservice.benchmarking.BenchmarkData` document
(.json, .yaml, .yml or .toml: key figures and observations) and prints one
comparison per key figure (or only ``--figure``) for ``--year``. ``--observations``
adds observations from a ``region,year,key_figure,value,unit`` CSV file.

``render`` reads one document of a kind and prints it with its renderer:
``assignment`` (a :class:`~vardservice.subprojects.Subproject`'s uppdrag),
``final-report`` (its final-report skeleton) or ``follow-up`` (its follow-up
report skeleton).

Exit codes: 0 success; 2 unusable input (a bad file, an unknown region, a
year with no figures). Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vardservice._version import __version__
from vardservice.errors import InvalidInput, InvalidValue, VardserviceError

__all__ = ["main"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2
_FORMATS = ("text", "json", "csv", "markdown", "html")
_VNS_FORMATS = ("text", "json", "markdown", "html")

# vardservice render KIND FILE: each kind names the document type that FILE holds and the
# renderer that prints it, as (module, type, renderer in vardservice.render). Imported only
# when used, so that the command starts fast; add a row to add a kind.
_RENDER_KINDS: dict[str, tuple[str, str, str]] = {
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
    render = sub.add_parser(
        "render",
        help="a document as Markdown, HTML or text, e.g. a subproject's assignment (SFBV §5.1.3)",
    )
    render.add_argument("kind", choices=list(_RENDER_KINDS), help="what FILE holds")
    render.add_argument("file", type=Path, help="the document (.toml/.yaml/.json)")
    render.add_argument("--format", choices=("markdown", "html", "text"), default="markdown")
    render.add_argument("--lang", choices=("sv", "en"), default="sv")
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


def _render(args: argparse.Namespace) -> str:
    from vardservice.io import load

    module, type_name, renderer_name = _RENDER_KINDS[args.kind]
    document_type = getattr(importlib.import_module(module), type_name)
    renderer = getattr(importlib.import_module("vardservice.render"), renderer_name)
    document = load(args.file, document_type)
    output: str = renderer(document, format=args.format, lang=args.lang)
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
        commands = {
            "regions": _regions,
            "fees": _fees,
            "vns": _vns,
            "benchmark": _benchmark,
            "render": _render,
        }
        output = commands[args.command](args)
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
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
