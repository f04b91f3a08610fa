"""CSV files: your own population figures and key-figure observations.

Each reader takes the CSV form and, for any other suffix, the document form of
the same data (a :class:`~vardservice.regions.PopulationTable` or a
:class:`~vardservice.benchmarking.BenchmarkData`). A bad row is reported by its
line number (``@ line 3``), every bad row at once.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from vardservice.benchmarking import BenchmarkData, Observation
from vardservice.errors import InvalidInput, InvalidValue, VardserviceError
from vardservice.io import limits
from vardservice.io._converter import structure
from vardservice.io._files import check_text, read_document, read_text
from vardservice.regions import PopulationFigure, PopulationSource, PopulationTable, get_region

__all__ = [
    "load_observations",
    "load_populations",
    "observations_from_csv",
    "populations_from_csv",
]


def load_populations(path: str | Path) -> PopulationTable:
    """Read your own population figures, e.g. a newer SCB release.

    A ``.csv`` file has the columns ``code,year,population,source`` and
    optionally ``url`` and ``grade`` (``scb``, ``authority`` or ``secondary``);
    ``source`` says where the figure comes from (e.g.
    ``SCB BE0101N1, published 2025-02-21``). A ``.json``, ``.yaml`` or ``.toml``
    file is a :class:`~vardservice.regions.PopulationTable` document.
    Combine with the shipped figures through
    ``shipped_populations().updated(table.figures)``.

    Raises:
        InvalidInput: a row or field that does not make a figure, with its line or path.

    """
    file = Path(path)
    if file.suffix.lower() != ".csv":
        return structure(read_document(file), PopulationTable, origin=str(file))
    return populations_from_csv(read_text(file, encoding="utf-8-sig"), origin=str(file))


def populations_from_csv(text: str, *, origin: str | None = None) -> PopulationTable:
    """Return a table from CSV text with columns ``code,year,population,source[,url]``.

    Raises:
        InvalidInput: each bad line, by number.

    """
    figures: list[PopulationFigure] = []
    problems: list[str] = []
    first_line: dict[tuple[str, int], int] = {}
    for line, row in _rows(text, {"code", "year", "population", "source"}, origin):
        try:
            source_text = (row["source"] or "").strip()
            if not source_text:
                raise InvalidValue("PopulationFigure", "source", row["source"], "where it is from")
            figures.append(
                PopulationFigure(
                    region=get_region((row["code"] or "").strip()).code,
                    year=_csv_int(row["year"], "year"),
                    population=_csv_int(row["population"], "population"),
                    source=PopulationSource(
                        id=source_text,
                        publisher=source_text,
                        title=source_text,
                        url=(row.get("url") or "").strip() or None,
                        grade=(row.get("grade") or "").strip() or None,  # type: ignore[arg-type]
                    ),
                )
            )
        except VardserviceError as exc:
            problems.append(f"{exc} @ line {line}")
            continue
        key = (figures[-1].region, figures[-1].year)
        if key in first_line:  # named by its line here, not by its place in the table
            problems.append(
                f"a second figure for region {key[0]} in {key[1]}; the first is on line"
                f" {first_line[key]} (at most one figure per region and year) @ line {line}"
            )
        first_line.setdefault(key, line)
    if problems:
        raise InvalidInput(problems, origin=origin)
    try:
        return PopulationTable(figures)
    except VardserviceError as exc:
        raise InvalidInput([str(exc)], origin=origin) from None


def load_observations(path: str | Path) -> tuple[Observation, ...]:
    """Read key-figure observations (nyckeltal) from a file.

    A ``.csv`` file has the columns ``region,year,key_figure,value,unit`` and
    optionally ``version`` (the definition version, 1 if absent); ``region`` is
    a county code or a name, ``value`` a plain number (``310``, ``0.29`` or
    ``0,29``). A ``.json``, ``.yaml`` or ``.toml`` file is a
    :class:`~vardservice.benchmarking.BenchmarkData` document, whose
    observations are returned.

    Raises:
        InvalidInput: each bad line (by number) or field (by path).

    """
    file = Path(path)
    if file.suffix.lower() != ".csv":
        return structure(read_document(file), BenchmarkData, origin=str(file)).observations
    return observations_from_csv(read_text(file, encoding="utf-8-sig"), origin=str(file))


def observations_from_csv(text: str, *, origin: str | None = None) -> tuple[Observation, ...]:
    """Return observations from CSV text with columns ``region,year,key_figure,value,unit``.

    Raises:
        InvalidInput: each bad line, by number.

    Example:
        >>> rows = observations_from_csv(
        ...     "region,year,key_figure,value,unit\\n07,2022,LV1,310,kr/m**2\\n"
        ... )
        >>> rows[0].region, rows[0].value
        ('07', Decimal('310'))

    """
    found: list[Observation] = []
    problems: list[str] = []
    for line, row in _rows(text, {"region", "year", "key_figure", "value", "unit"}, origin):
        try:
            version = (row.get("version") or "").strip()
            found.append(
                Observation(
                    key_figure=(row["key_figure"] or "").strip(),
                    region=(row["region"] or "").strip(),
                    year=_csv_whole(row["year"], "Observation", "year"),
                    value=(row["value"] or "").strip(),
                    unit=(row["unit"] or "").strip(),
                    version=_csv_whole(version, "Observation", "version") if version else 1,
                )
            )
        except VardserviceError as exc:
            problems.append(f"{exc} @ line {line}")
    if problems:
        raise InvalidInput(problems, origin=origin)
    return tuple(found)


def _rows(
    text: str, required: set[str], origin: str | None
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield each data row of CSV text with its line number, after the header.

    The text is checked first (size, NUL, lone surrogates), and each field's
    length against :data:`~vardservice.io.limits.MAX_STRING_LENGTH`; the csv
    module's own errors (a field past its limit, a carriage return inside an
    unquoted field) are reported with their line.

    Raises:
        InvalidInput: text that is not text, a missing column, or a line the
            csv module cannot read or that holds a field over the limit.

    """
    if not isinstance(text, str):
        raise InvalidInput([f"expected text, got {type(text).__name__}"], origin=origin)
    check_text(text, origin)
    reader = csv.DictReader(io.StringIO(text))
    try:
        missing = required - set(reader.fieldnames or ())
        if missing:
            raise InvalidInput([f"missing columns: {', '.join(sorted(missing))}"], origin=origin)
        for row in reader:
            long = [
                k
                for k, v in row.items()
                if isinstance(v, str) and len(v) > limits.MAX_STRING_LENGTH
            ]
            if long:
                raise InvalidInput(
                    [
                        f"a field of more than {limits.MAX_STRING_LENGTH} characters"
                        f" @ line {reader.line_num}; raise"
                        " vardservice.io.limits.MAX_STRING_LENGTH to read it"
                    ],
                    origin=origin,
                )
            yield reader.line_num, row
    except csv.Error as exc:  # line_num counts the lines read whole: the bad one is next
        line = reader.line_num + 1
        raise InvalidInput([f"not valid CSV: {exc} @ line {line}"], origin=origin) from None


def _csv_whole(text: str | None, owner: str, field: str) -> int:
    cleaned = (text or "").strip()
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise InvalidValue(owner, field, text, "a whole number")
    return int(cleaned)


def _csv_int(text: str | None, field: str) -> int:
    cleaned = (text or "").replace("\u00a0", "").replace(" ", "")
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise InvalidValue("PopulationFigure", field, text, "a whole number")
    return int(cleaned)
