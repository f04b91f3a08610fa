"""SCB's cube formats for :mod:`vardservice.io._scb`: PC-Axis (``.px``) and JSON-stat 2.0.

Both describe a cube: variables (dimensions) with their values (categories) and
codes, and a flat list of figures in which the last variable varies fastest.
Each reader returns the file's title and one cell per figure; what a cell
means (county, municipality, country) is decided in :mod:`vardservice.io._scb`.
A problem is a :class:`Problem` naming its line (PX) or key (JSON-stat).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from typing import Any, Final

from vardservice.io import limits

__all__ = ["Cell", "Problem", "jsonstat_cells", "px_cells", "role"]

_TIME_NAMES: Final = frozenset({"ar", "år", "tid", "year", "time", "period"})

# A cell: region label, region code (None when the label carries it), time label, figure, place.
Cell = tuple[str, str | None, str, object, str]


class Problem(Exception):
    """One problem with its place ("… @ line 7"), raised inside the readers."""

    def __init__(self, message: str, where: str) -> None:
        super().__init__(f"{message} @ {where}")


def _normal(name: str) -> str:
    return " ".join(name.casefold().split())


def role(name: str) -> str:
    """Return "region", "time" or "other" for a variable's name (``region``, ``år``, ``Tid``)."""
    normal = _normal(name)
    if normal == "region":
        return "region"
    if normal in _TIME_NAMES:
        return "time"
    return "other"


# --- PC-Axis ----------------------------------------------------------------------------------

_KEYWORD = re.compile(r"([A-Za-z0-9-]+)\s*(?:\[([A-Za-z_-]+)\])?\s*(?:\((.*)\))?", re.S)


def _px_entries(text: str) -> Iterator[tuple[str, str | None, str, int]]:
    """Yield (keyword, its argument, raw value, line) for each ``KEYWORD=value;`` entry."""
    i, line, n = 0, 1, len(text)
    while i < n:
        while i < n and text[i] in " \t\r\n":
            line += text[i] == "\n"
            i += 1
        if i >= n:
            return
        start_line, start = line, i
        quoted = False
        while i < n and (quoted or text[i] != "="):
            quoted ^= text[i] == '"'
            line += text[i] == "\n"
            i += 1
        head = text[start:i]
        if i >= n:
            raise Problem(
                f"expected KEYWORD=value; got {head.strip()[:40]!r}", f"line {start_line}"
            )
        match = _KEYWORD.fullmatch(head.strip())
        if match is None:
            raise Problem(f"not a PX keyword: {head.strip()[:40]!r}", f"line {start_line}")
        i += 1
        value_start, value_line = i, line
        while i < n and (quoted or text[i] != ";"):
            quoted ^= text[i] == '"'
            line += text[i] == "\n"
            i += 1
        if i >= n:
            raise Problem(f"{match.group(1)} has no closing ';'", f"line {start_line}")
        if match.group(2):  # another language's text: the default language is read
            i += 1
            continue
        argument = match.group(3)
        yield (
            match.group(1).upper(),
            (argument.strip().strip('"') if argument else None),
            (text[value_start:i]),
            value_line,
        )
        i += 1


def _px_strings(raw: str, key: str, line: int) -> list[str]:
    """Return a list value: ``"a","b"``; strings on following lines are joined."""
    items: list[str] = []
    for part in re.findall(r'"[^"]*"(?:\s*"[^"]*")*|[^,\s]+', raw):
        if part.startswith('"'):
            items.append("".join(re.findall(r'"([^"]*)"', part)))
        elif not re.fullmatch(r"TLIST\([^)]*\)", part):
            raise Problem(f"{key}: expected quoted values, got {part!r}", f"line {line}")
    return items


def px_cells(text: str) -> tuple[str, list[Cell]]:
    entries: dict[tuple[str, str | None], tuple[str, int]] = {}
    for keyword, argument, raw, line in _px_entries(text):
        entries.setdefault((keyword, argument), (raw, line))
    if ("DATA", None) not in entries:
        raise Problem("no DATA keyword", "the end of the file")

    def strings(keyword: str, argument: str | None = None) -> list[str] | None:
        found = entries.get((keyword, argument))
        if found is None:
            return None
        key = f'{keyword}("{argument}")' if argument else keyword
        return _px_strings(found[0], key, found[1])

    variables = (strings("STUB") or []) + (strings("HEADING") or [])
    if not variables:
        raise Problem("no STUB or HEADING: the table's variables", "STUB")
    labels: list[list[str]] = []
    codes: list[list[str] | None] = []
    for name in variables:
        values = strings("VALUES", name)
        if not values:
            raise Problem(f"no values for the variable {name!r}", f'VALUES("{name}")')
        labels.append(values)
        own = strings("CODES", name)
        if own is not None and len(own) != len(values):
            where = f'CODES("{name}") line {entries[("CODES", name)][1]}'
            raise Problem(f"{len(own)} codes for {len(values)} values", where)
        codes.append(own)
    roles = ["time" if ("TIMEVAL", name) in entries else role(name) for name in variables]
    if roles.count("region") != 1 or roles.count("time") != 1:
        raise Problem(f"expected one region and one year variable, got {variables!r}", "STUB")
    for name, kind, values in zip(variables, roles, labels, strict=True):
        if kind == "other" and len(values) != 1:
            where = f'VALUES("{name}") line {entries[("VALUES", name)][1]}'
            raise Problem(f"{len(values)} values of {name!r}: expected region and year only", where)
    raw, line = entries[("DATA", None)]
    figures = _px_data(raw, line)
    sizes = [len(values) for values in labels]
    if len(figures) != math.prod(sizes):
        where = f"DATA line {line}"
        raise Problem(f"{len(figures)} figures; the variables make {math.prod(sizes)}", where)
    title = (strings("TITLE") or strings("CONTENTS") or [""])[0]
    return title, list(_cells(roles, labels, codes, figures))


def _px_data(raw: str, line: int) -> list[tuple[str, str]]:
    """Return DATA's figures with their place; figures are separated by blanks or commas."""
    figures: list[tuple[str, str]] = []
    for number, text in enumerate(raw.split("\n"), start=line):
        for token in re.findall(r'"[^"]*"|[^\s,;]+', text):
            figures.append((token.strip('"'), f"DATA line {number}"))
    return figures


def _cells(
    roles: list[str],
    labels: list[list[str]],
    codes: list[list[str] | None],
    figures: Sequence[tuple[object, str]],
) -> Iterator[Cell]:
    """Yield one cell per figure; the last variable varies fastest (PX and JSON-stat alike)."""
    region, time = roles.index("region"), roles.index("time")
    sizes = [len(values) for values in labels]
    for flat, (value, where) in enumerate(figures):
        position, rest = [0] * len(sizes), flat
        for axis in range(len(sizes) - 1, -1, -1):
            rest, position[axis] = divmod(rest, sizes[axis])
        region_codes, time_codes = codes[region], codes[time]
        time_text = (time_codes or labels[time])[position[time]]
        region_code = region_codes[position[region]] if region_codes is not None else None
        yield labels[region][position[region]], region_code, time_text, value, where


# --- JSON-stat 2.0 ----------------------------------------------------------------------------


def jsonstat_cells(text: str) -> tuple[str, list[Cell]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Problem(f"not JSON: {exc.msg}", f"line {exc.lineno}") from None
    except RecursionError:  # the parser recurses per level: deeper than Python's stack
        raise Problem(f"nested deeper than {limits.MAX_DEPTH} levels", "$") from None
    if not isinstance(document, dict):
        raise Problem("expected a JSON-stat 2.0 dataset (an object)", "$")
    ids, sizes = document.get("id"), document.get("size")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids) or not ids:
        raise Problem("expected a list of dimension ids", "$.id")
    if not isinstance(sizes, list) or len(sizes) != len(ids):
        raise Problem(f"expected {len(ids)} sizes, one per id", "$.size")
    dimensions = document.get("dimension")
    if not isinstance(dimensions, dict):
        raise Problem("expected an object of dimensions", "$.dimension")
    labels: list[list[str]] = []
    codes: list[list[str] | None] = []
    names: list[str] = []
    for position, key in enumerate(ids):
        order, text_of, name = _jsonstat_dimension(dimensions.get(key), key)
        if sizes[position] != len(order):
            raise Problem(f"{len(order)} categories of {key!r}", f"$.size[{position}]")
        codes.append(order)
        labels.append([text_of.get(code, code) for code in order])
        names.append(name)
    given = document.get("role")
    roles_given: dict[str, Any] = given if isinstance(given, dict) else {}
    roles = [_jsonstat_role(key, name, roles_given) for key, name in zip(ids, names, strict=True)]
    if roles.count("region") != 1 or roles.count("time") != 1:
        raise Problem(f"expected one region and one time dimension, got {ids!r}", "$.id")
    for key, kind, listed in zip(ids, roles, codes, strict=True):
        if kind == "other" and listed is not None and len(listed) != 1:
            raise Problem(
                f"{len(listed)} categories: expected region and year only",
                f"$.dimension.{key}.category.index",
            )
    total = math.prod(len(order or ()) for order in codes)
    figures = _jsonstat_values(document.get("value"), total)
    label = document.get("label")
    return (label if isinstance(label, str) else ""), list(_cells(roles, labels, codes, figures))


def _jsonstat_dimension(dimension: object, key: str) -> tuple[list[str], dict[str, str], str]:
    """Return a dimension's category codes in order, their labels, and its label."""
    where = f"$.dimension.{key}"
    if not isinstance(dimension, dict) or not isinstance(dimension.get("category"), dict):
        raise Problem("expected a dimension with a category", where)
    category: dict[str, Any] = dimension["category"]
    index, text_of = category.get("index"), category.get("label", {})
    if not isinstance(text_of, dict):
        raise Problem("expected an object of labels", f"{where}.category.label")
    if index is None and len(text_of) == 1:  # a single category may omit its index
        index = list(text_of)
    if isinstance(index, list) and all(isinstance(code, str) for code in index):
        order = list(index)
    elif isinstance(index, dict) and sorted(index.values()) == list(range(len(index))):
        order = sorted(index, key=index.__getitem__)
    else:
        raise Problem("expected the category codes in order", f"{where}.category.index")
    name = dimension.get("label")
    return (
        order,
        {str(k): str(v) for k, v in text_of.items()},
        (name if isinstance(name, str) else key),
    )


def _jsonstat_role(key: str, name: str, given: dict[str, Any]) -> str:
    for kind, wanted in (("region", "geo"), ("time", "time")):
        if key in (given.get(wanted) or ()):
            return kind
    found = role(key)
    return found if found != "other" else role(name)


def _jsonstat_values(values: object, total: int) -> list[tuple[object, str]]:
    if isinstance(values, list):
        if len(values) != total:
            raise Problem(f"{len(values)} values; the dimensions make {total}", "$.value")
        return [(value, f"$.value[{i}]") for i, value in enumerate(values)]
    if isinstance(values, dict):  # the sparse form: {"0": 123, "5": 456}
        dense: list[tuple[object, str]] = [(None, f"$.value[{i}]") for i in range(total)]
        for key, value in values.items():
            if not key.isdigit() or int(key) >= total:
                raise Problem(f"not a position below {total}", f"$.value.{key}")
            dense[int(key)] = (value, f"$.value.{key}")
        return dense
    raise Problem("expected a list of values", "$.value")
