"""SCB's own population files (folkmängd från Statistikdatabasen): CSV, PC-Axis, JSON-stat 2.0.

Statistics Sweden (Statistiska centralbyrån, SCB) publishes the population by
region and year in table ``BE0101N1`` ("Folkmängd efter region, civilstånd,
ålder och kön. År 1968–"). A user downloads it from Statistikdatabasen in one
of three forms, and each reads into the package's population figures, with SCB
as the source, the table id and the date the user retrieved it:

* the CSV download: an optional title line, Swedish headers (``"region"``,
  ``"2024"`` or ``"Folkmängd 2024"``; or the long form ``region,år,Folkmängd``)
  and region labels such as ``"01 Stockholms län"``; semicolon, comma or tab;
  UTF-8 with or without a byte-order mark, or Latin-1 (ISO 8859-1);
* the PC-Axis ``.px`` file (``KEYWORD=value;`` entries, ``STUB``/``HEADING``,
  ``VALUES("region")``, ``CODES("region")``, ``TIMEVAL``, ``DATA=``), as
  described in Statistics Sweden's "PX-file format specification";
* the JSON-stat 2.0 dataset that SCB's PxWebApi 2 returns
  (``outputFormat=json-stat2``: ``id``, ``size``, ``dimension`` with
  ``category.index``/``label``, ``value``, ``role``).

Regions are matched by county code first (``"01"``, from the label's leading
code or the file's codes), then by name with
:func:`~vardservice.regions.get_region` (a name without a code is taken for a
county when it reads "… län" or "Region …"). The country total ("00 Riket")
and municipalities (four-digit codes, or names that are not a county's) are
recognised and left out, never summed; :class:`ScbImport` says how many. The
table must hold region and year only: any other variable (kön, ålder, …) with
more than one value is refused, since its rows are not the totals.

A file larger than ``MAX_SCB_BYTES`` is refused before it is read. A file
that cannot be read raises one :class:`~vardservice.errors.InvalidInput` naming
the line (CSV, PX) or key (JSON-stat) where it goes wrong.

Example:
    >>> import datetime
    >>> csv = '"Folkmängd efter region och år"\\n\\n"region";"2024"\\n'
    >>> csv += '"00 Riket";10587710\\n"01 Stockholms län";2473307\\n'
    >>> result = populations_from_scb(csv.encode("latin-1"), retrieved=datetime.date(2025, 3, 1))
    >>> result.format, result.country_total, result.municipalities
    ('csv', 1, 0)
    >>> figure = result.table.get("01", 2024)
    >>> figure.population, figure.source.publisher
    (2473307, 'Statistiska centralbyrån (SCB)')

"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Final, Literal

import attrs

from vardservice.errors import InvalidInput, VardserviceError
from vardservice.io._scb_cube import Cell, Problem, jsonstat_cells, px_cells, role
from vardservice.regions import (
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    get_region,
)

__all__ = [
    "MAX_SCB_BYTES",
    "SCB_PUBLISHER",
    "ScbImport",
    "load_scb_populations",
    "populations_from_scb",
]

MAX_SCB_BYTES: Final = 10 * 1024 * 1024
"""The largest SCB file read: 10 MiB (the county and municipality table for 50 years: ~0.2 MiB)."""

SCB_PUBLISHER: Final = "Statistiska centralbyrån (SCB)"
"""The publisher named in every figure read from an SCB file."""

ScbFormat = Literal["csv", "px", "json-stat"]
_FORMATS: Final = ("csv", "px", "json-stat")
_SUFFIXES: Final = {".csv": "csv", ".px": "px", ".json": "json-stat"}

# Where a user finds the table in Statistikdatabasen; other tables get the database's front page.
_TABLE_URLS: Final = {
    "BE0101N1": (
        "https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__BE__BE0101__BE0101A/BefolkningNy/"
    ),
}
_DATABASE_URL: Final = "https://www.statistikdatabasen.scb.se/"
_TABLE_ID = re.compile(r"[A-Za-z0-9_]{1,40}")
_COUNTRY_NAMES: Final = frozenset({"riket", "hela riket", "sverige", "sweden", "whole country"})
_CODED_LABEL = re.compile(r"(\d+)\s+(\S.*)")
_YEAR = re.compile(r"(?:^|\s)(\d{4})")


@attrs.frozen(kw_only=True)
class ScbImport:
    """What was read from an SCB file: the county figures, and what was left out.

    Attributes:
        table: the figures of the counties (regions), with SCB as their source.
        format: the file's form, ``"csv"``, ``"px"`` or ``"json-stat"``.
        country_total: how many country-total regions ("00 Riket") were left out.
        municipalities: how many municipalities (kommuner) were left out.

    """

    table: PopulationTable
    format: str
    country_total: int = 0
    municipalities: int = 0

    @property
    def left_out(self) -> int:
        """How many regions of the file are not counties and were left out."""
        return self.country_total + self.municipalities


# --- the entry points -----------------------------------------------------------------------


def load_scb_populations(
    path: str | Path,
    *,
    retrieved: object,
    table: str = "BE0101N1",
    format: ScbFormat | None = None,
) -> ScbImport:
    """Read an SCB population file (``.csv``, ``.px`` or JSON-stat ``.json``).

    The format comes from ``format``, else from the suffix, else from the content.
    See :func:`populations_from_scb`.

    Raises:
        InvalidInput: the file is missing, too large, or not an SCB population table.

    """
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_SCB_BYTES:
            raise InvalidInput([_too_large(size)], origin=str(file))
        data = file.read_bytes()
    except (OSError, ValueError) as exc:
        raise InvalidInput([f"cannot read the file: {exc}"], origin=str(file)) from None
    if format is None:
        format = _SUFFIXES.get(file.suffix.lower())  # type: ignore[assignment]
    return populations_from_scb(
        data, retrieved=retrieved, table=table, format=format, origin=str(file)
    )


def populations_from_scb(
    data: bytes,
    *,
    retrieved: object,
    table: str = "BE0101N1",
    format: ScbFormat | None = None,
    origin: str | None = None,
) -> ScbImport:
    """Return the county figures of an SCB population file's bytes.

    Args:
        data: the file's content, at most ``MAX_SCB_BYTES`` bytes.
        retrieved: the date you downloaded it (a date or ``"2025-03-01"``).
        table: SCB's table id, ``"BE0101N1"`` by default.
        format: ``"csv"``, ``"px"`` or ``"json-stat"``; by default sniffed from the content.
        origin: the file's name, for messages.

    Returns:
        The figures of the counties found, and how many other regions were left out.

    Raises:
        InvalidInput: too large, not text, not the format, another variable than region
            and year, an unknown county, a missing figure; naming the line or key.

    """
    from vardservice.dates import to_date

    try:
        day = to_date(retrieved, owner="populations_from_scb", field="retrieved")
    except VardserviceError as exc:
        raise InvalidInput([str(exc)], origin=origin) from None
    if not isinstance(table, str) or not _TABLE_ID.fullmatch(table):
        raise InvalidInput([f"table: expected an SCB table id such as 'BE0101N1', got {table!r}"])
    if format is not None and format not in _FORMATS:
        raise InvalidInput([f"format: expected 'csv', 'px' or 'json-stat', got {format!r}"])
    text = _decode(data, origin)
    fmt: str = format or _sniff(text)
    reader = {"csv": _csv_cells, "px": px_cells, "json-stat": jsonstat_cells}[fmt]
    try:
        title, cells = reader(text)
        source = PopulationSource(
            id=f"scb-{table}-{day.isoformat()}",
            publisher=SCB_PUBLISHER,
            title=f"{title or 'Folkmängd efter region och år'} ({table})",
            url=_TABLE_URLS.get(table.upper(), _DATABASE_URL),
            note=f"SCB table {table}, retrieved {day.isoformat()}; read from SCB's {fmt} file",
            grade="scb",
        )
        return _collect(cells, source, fmt)
    except Problem as problem:
        raise InvalidInput([str(problem)], origin=origin) from None


# --- bytes to text, one cell at a time to figures -----------------------------------


def _too_large(size: int) -> str:
    return f"the file has {size} bytes; at most {MAX_SCB_BYTES} are read (MAX_SCB_BYTES)"


def _decode(data: object, origin: str | None) -> str:
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise InvalidInput([f"expected bytes, got {type(data).__name__}"], origin=origin)
    if len(data) > MAX_SCB_BYTES:
        raise InvalidInput([_too_large(len(data))], origin=origin)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:  # SCB's "Latin-1" downloads; every byte is a character there
        return data.decode("latin-1")


def _sniff(text: str) -> str:
    head = text.lstrip()
    if head.startswith("{"):
        return "json-stat"
    if re.search(r"^\s*(CHARSET|AXIS-VERSION|MATRIX|STUB|HEADING|DATA)\s*=", text[:20000], re.M):
        return "px"
    return "csv"


def _collect(cells: Iterable[Cell], source: PopulationSource, fmt: str) -> ScbImport:
    figures: dict[tuple[str, int], PopulationFigure] = {}
    country: set[str] = set()
    municipalities: set[str] = set()
    for label, code, time, value, where in cells:
        kind = _region_of(label, code, where)
        if kind == "country":
            country.add(code or label)
            continue
        if kind == "municipality":
            municipalities.add(code or label)
            continue
        year = _year_of(time, where)
        population = _figure_of(value, where)
        if (kind, year) in figures:
            raise Problem(f"a second figure for {label!r} in {year}", where)
        try:
            figures[(kind, year)] = PopulationFigure(
                region=kind, year=year, population=population, source=source
            )
        except VardserviceError as exc:
            raise Problem(str(exc), where) from None
    if not figures:
        raise Problem("no county in the file; expected regions such as '01 Stockholms län'", fmt)
    ordered = sorted(figures.values(), key=lambda f: (f.year, f.region))
    return ScbImport(
        table=PopulationTable(ordered),
        format=fmt,
        country_total=len(country),
        municipalities=len(municipalities),
    )


def _region_of(label: str, code: str | None, where: str) -> str:
    """Return a county code, ``"country"`` or ``"municipality"`` for a region of the file."""
    name = label.strip()
    if code is None:
        coded = _CODED_LABEL.fullmatch(name)
        if coded:
            code, name = coded.group(1), coded.group(2)
    try:
        if code is not None:
            code = code.strip()
            if code in ("0", "00", "SE"):
                return "country"
            if code.isdigit() and len(code) == 4:
                return "municipality"
            if code.isdigit() and len(code) == 2:
                return get_region(code).code
            raise Problem(f"region code {code!r} is not a county, municipality or Sweden", where)
        if name.casefold() in _COUNTRY_NAMES:
            return "country"
        folded = name.casefold()
        if folded.endswith(" län") or folded.startswith("region "):
            return get_region(name).code
    except VardserviceError as exc:
        raise Problem(str(exc), where) from None
    if not name:
        raise Problem("a region without a name or code", where)
    return "municipality"


def _year_of(time: str, where: str) -> int:
    found = _YEAR.search(time.strip())
    if found is None or not time.strip().endswith(found.group(1)):
        raise Problem(f"expected a year such as 2024, got {time!r}", where)
    return int(found.group(1))


def _figure_of(value: object, where: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise Problem(f"expected a population, got {value}", where)
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and value >= 0:
        return int(value)
    if isinstance(value, str):
        cleaned = value.strip().replace("\u00a0", "").replace(" ", "")
        if cleaned.isascii() and cleaned.isdigit():
            return int(cleaned)
    if value is None or (isinstance(value, str) and value.strip() in ("", ".", "..", "...", "-")):
        raise Problem("no figure for a county (SCB's '..' or empty)", where)
    raise Problem(f"expected a whole number of inhabitants, got {value!r}", where)


# --- CSV --------------------------------------------------------------------------------------


def _csv_cells(text: str) -> tuple[str, list[Cell]]:
    lines = text.splitlines()
    best: list[tuple[int, list[str]]] = []
    for delimiter in (";", ",", "\t"):
        rows: list[tuple[int, list[str]]] = []
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            rows.extend(enumerate(reader, start=1))
        except csv.Error as exc:  # a field over the csv module's limit, a stray quote
            raise Problem(f"not valid CSV: {exc}", f"line {reader.line_num + 1}") from None
        if sum(len(row) >= 2 for _, row in rows) > sum(len(row) >= 2 for _, row in best):
            best = rows
    data_rows = [(n, row) for n, row in best if len(row) >= 2]
    if not data_rows:
        raise Problem("no table: expected a header such as region;2024", "line 1")
    header_line, header = data_rows[0]
    title = next((row[0].strip() for n, row in best if n < header_line and any(row)), "")
    roles = [role(name) for name in header]
    if roles.count("region") != 1:
        raise Problem(f"expected one column 'region', got {header!r}", f"line {header_line}")
    region = roles.index("region")
    years = [i for i, name in enumerate(header) if roles[i] == "other" and _is_year(name)]
    times = [i for i, kind in enumerate(roles) if kind == "time"]
    values = [i for i, kind in enumerate(roles) if kind == "other" and i not in years]
    long_form = len(times) == 1 and len(values) == 1 and not years
    if not long_form and (times or values or not years):
        extra = [header[i] for i in (*times, *values)] or header
        raise Problem(
            f"columns {extra!r}: expected region and years only"
            " (choose the totals of other variables in Statistikdatabasen)",
            f"line {header_line}",
        )
    cells: list[Cell] = []
    for number, row in best:
        if number <= header_line or len(row) < 2:
            continue  # the title, blank lines, footnotes
        if len(row) != len(header):
            where = f"line {number}"
            raise Problem(f"{len(row)} fields; the header has {len(header)}", where)
        if long_form:
            cells.append((row[region], None, row[times[0]], row[values[0]], f"line {number}"))
        else:
            cells.extend((row[region], None, header[i], row[i], f"line {number}") for i in years)
    return title, cells


def _is_year(name: str) -> bool:
    found = _YEAR.search(name.strip())
    return found is not None and name.strip().endswith(found.group(1))
