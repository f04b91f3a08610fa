"""Where a path of a document is in its file: the line and column, for YAML, JSON and TOML.

A finding's path (``$.milestones[2].date``) is its place in the parsed
document; a code-scanning tool wants the line and column in the file. YAML and
JSON (a subset of YAML) are composed by PyYAML, whose nodes carry their
positions. :mod:`tomllib` gives none, so a TOML file is read line by line here:
table headers (``[a]``, ``[[a]]``, counted), ``key = value`` lines, the items
of a multi-line array (one a line) and the keys of inline tables. A path not in
the file (a missing field) is placed at its nearest parent that is.

A JSON file's positions are found by one scan of its tokens (:func:`json_positions`),
which gives what PyYAML's composer gives for the same text (a key's path is at the
key, an item's at the item, the first of duplicate keys wins) about a thousand times
faster; JSON that PyYAML would read otherwise or refuse (tabs, carriage returns, a
byte-order mark, YAML's other line breaks, escapes in keys, a key apart from its
colon) is left to PyYAML, so that the positions are the same in every case.

Example:
    >>> text = 'id = "SFBV-1"\\n\\n[[milestones]]\\nkind = "start"\\n\\n'
    >>> text += '[[milestones]]\\ndate = 2024-01-01\\n'
    >>> toml_positions(text)["$.milestones[1].date"]
    (7, 1)
    >>> position_in(toml_positions(text), "$.milestones[1].note")
    (6, 1)

"""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

__all__ = ["Locator", "json_positions", "position_in", "toml_positions", "yaml_positions"]

Position = tuple[int, int]
"""A 1-based line and column."""

_PATH_PART: Final = re.compile(r"\.(\w+)|\[(\d+)\]")
_BARE_KEY: Final = r"[A-Za-z0-9_-]+"
_KEY: Final = rf'(?:{_BARE_KEY}|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_DOTTED: Final = re.compile(rf"\s*({_KEY}(?:\s*\.\s*{_KEY})*)\s*=\s*")
_HEADER: Final = re.compile(rf"\s*(\[\[?)\s*({_KEY}(?:\s*\.\s*{_KEY})*)\s*\]\]?")
_KEY_PART: Final = re.compile(_KEY)


def _names(dotted: str) -> list[str]:
    return [k.strip("\"'") for k in _KEY_PART.findall(dotted)]


def _join(parent: str, names: list[str]) -> str:
    return parent + "".join(f".{n}" for n in names)


def _code(value: str) -> Iterator[tuple[int, str]]:
    """Yield the index and character of what ``value`` holds outside strings, up to a comment.

    A string's opening quote is yielded (it is where the string stands); its content and
    closing quote are not. In a basic string ``\\"`` does not close it.
    """
    quote = ""
    escaped = False
    for index, char in enumerate(value):
        if escaped:
            escaped = False
        elif quote == '"' and char == "\\":
            escaped = True
        elif quote:
            quote = "" if char == quote else quote
        elif char == "#":
            return
        else:
            if char in "\"'":
                quote = char
            yield index, char


def _array_depth(value: str) -> int:
    """Return how many ``[`` are left open in ``value`` (strings and comments left out)."""
    return sum(1 if char in "[{" else -1 if char in "]}" else 0 for _, char in _code(value))


def _inline_keys(found: dict[str, Position], parent: str, line: str, number: int) -> None:
    """Record the keys of an inline table ``{ kind = "x", date = 2024-01-01 }`` on one line."""
    start = line.find("{")
    for match in re.finditer(rf"[{{,]\s*({_KEY})\s*=", line[start:] if start >= 0 else ""):
        found.setdefault(
            _join(parent, _names(match.group(1))), (number, start + match.start(1) + 1)
        )


def toml_positions(text: str) -> dict[str, Position]:
    """Return the position of every table, key and array item a TOML text spells out.

    Args:
        text: the TOML text.

    Returns:
        Paths (``$.members[3].region``) mapped to their 1-based line and column.

    """
    found: dict[str, Position] = {"$": (1, 1)}
    counts: dict[str, int] = {}
    table = "$"
    array: str | None = None  # the path of a multi-line array being read
    depth, items = 0, 0
    in_string = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string:  # inside a multi-line string: nothing here is a key
            if line.count(in_string) % 2:
                in_string = ""
            continue
        if array is not None:
            stripped = line.strip()
            if depth == 1 and stripped and not stripped.startswith(("#", "]")):
                item = f"{array}[{items}]"
                found.setdefault(item, (number, len(line) - len(line.lstrip()) + 1))
                if stripped.startswith("{"):
                    _inline_keys(found, item, line, number)
                items += stripped.rstrip(",").count("},") + 1 if stripped.startswith("{") else 1
            depth += _array_depth(line)
            if depth <= 0:
                array = None
            continue
        if header := _HEADER.match(line):
            names = _names(header.group(2))
            path = "$"
            for i, name in enumerate(names, start=1):  # [a.b] under [[a]] is the last a's b
                path = f"{path}.{name}"
                if i == len(names) and header.group(1) == "[[":
                    counts[path] = counts.get(path, -1) + 1
                if path in counts:
                    path = f"{path}[{counts[path]}]"
            table = path
            found.setdefault(table, (number, 1))
            continue
        if key := _DOTTED.match(line):
            path = _join(table, _names(key.group(1)))
            found.setdefault(path, (number, len(line) - len(line.lstrip()) + 1))
            value = line[key.end() :]
            for quotes in ('"""', "'''"):
                if value.startswith(quotes) and value.count(quotes) == 1:
                    in_string = quotes
            if value.startswith("{"):
                _inline_keys(found, path, line, number)
            elif value.startswith("[") and (open_ := _array_depth(value)) > 0:
                array, depth = path, open_
                items = (
                    _first_line_items(found, path, value, number, key.end() + 1)
                    if open_ == 1
                    else 0
                )
    return found


def _first_line_items(
    found: dict[str, Position], path: str, value: str, number: int, column: int
) -> int:
    """Record the items on a multi-line array's opening line; return how many.

    ``d = [ "a", # a comment`` holds ``$.d[0]`` on its own line. Plain values and
    strings are read here; a line that opens an inline table or a nested array is left
    to the lines after, as before (its items are not counted).
    """
    starts: list[int] = []
    fresh = True
    for index, char in _code(value):
        if index == 0:  # the array's own "["
            continue
        if char in "[{":
            return 0
        if char == ",":
            fresh = True
        elif fresh and not char.isspace():
            starts.append(index)
            fresh = False
    for count, index in enumerate(starts):
        found.setdefault(f"{path}[{count}]", (number, column + index))
    return len(starts)


def yaml_positions(text: str) -> dict[str, Position]:
    """Return the position of every mapping key and sequence item of a YAML or JSON text.

    Args:
        text: the YAML or JSON text.

    Returns:
        Paths mapped to their 1-based line and column; empty when the text is no YAML.

    """
    import yaml

    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return {}
    found: dict[str, Position] = {}
    if root is None:
        return found

    def walk(node: yaml.Node, path: str, at: Position) -> None:
        found.setdefault(path, at)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    mark = key.start_mark
                    walk(value, f"{path}.{key.value}", (mark.line + 1, mark.column + 1))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                mark = item.start_mark
                walk(item, f"{path}[{i}]", (mark.line + 1, mark.column + 1))

    walk(root, "$", (root.start_mark.line + 1, root.start_mark.column + 1))
    return found


# What JSON text may hold for the scan to give PyYAML's positions: newline the only line
# break and space the only other blank (PyYAML refuses a tab before a token and counts
# CR, NEL, U+2028 and U+2029 as line breaks), no byte-order mark (not counted in its
# columns), and only characters its reader takes as printable.
_NOT_PLAIN: Final = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_JSON_TOKEN: Final = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"|[{}\[\],:]|[^ \n{}\[\],:"]+|[^ \n]')
_JSON_SCALAR: Final = re.compile(
    r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null"
)
_SIMPLE_KEY: Final = 1024  # PyYAML's longest key: a key further from its colon is no key


def _json_offsets(text: str) -> dict[str, int] | None:
    """Return the offset of every path of a JSON text, or None when PyYAML is to read it.

    The paths and the offsets are those of :func:`yaml_positions`: the root at its
    first token, a key's value at the key, an array's item at the item, the first of
    duplicate keys kept. None for text that is no JSON, or that PyYAML reads another way.
    """
    if _NOT_PLAIN.search(text):
        return None
    found: dict[str, int] = {}
    # One frame an open array or object: its path, and the next item's index (-1: object).
    frames: list[list[Any]] = []
    path = "$"  # the path of the value expected next
    expect = "value"  # "value", "key", "colon", "next" (a comma or a closing bracket)
    key_at = 0
    for token in _JSON_TOKEN.finditer(text):
        at = token.start()
        char = text[at]
        if expect == "next":
            if not frames:
                return None  # something after the document
            top = frames[-1]
            if char == ",":
                expect = "key" if top[1] < 0 else "value"
                continue
            if char != ("]" if top[1] >= 0 else "}"):
                return None
            frames.pop()
            continue
        if expect == "key":
            if char == "}" and frames[-1][1] == -2:  # {} : an empty object
                frames.pop()
                expect = "next"
                continue
            name = token.group()
            if char != '"' or len(name) < 2 or "\\" in name:
                return None
            frames[-1][1] = -1
            path = f"{frames[-1][0]}.{name[1:-1]}"
            key_at = at
            expect = "colon"
            continue
        if expect == "colon":
            if char != ":" or at - key_at > _SIMPLE_KEY or "\n" in text[key_at:at]:
                return None
            found.setdefault(path, key_at)
            expect = "value"
            continue
        # a value: an array's item, the root, or an object's value (placed at its key)
        if frames:
            top = frames[-1]
            if top[1] >= 0:
                if char == "]" and top[1] == 0 and top[2]:  # [] : an empty array
                    frames.pop()
                    expect = "next"
                    continue
                path = f"{top[0]}[{top[1]}]"
                top[1] += 1
                top[2] = False
                found.setdefault(path, at)
        elif found:
            return None  # a second document
        else:
            found[path] = at
        if char == "{":
            frames.append([path, -2, False])
            expect = "key"
        elif char == "[":
            frames.append([path, 0, True])
        elif char == '"':
            if len(token.group()) < 2:
                return None  # a string that does not end on its line
            expect = "next"
        elif _JSON_SCALAR.fullmatch(token.group()):
            expect = "next"
        else:
            return None
    if found and (frames or expect != "next"):
        return None  # the text ends inside the document
    return found


def json_positions(text: str) -> dict[str, Position]:
    """Return the position of every key and array item of a JSON text, as PyYAML gives them.

    The same as :func:`yaml_positions` of the text (tested on drawn documents), by a
    scan of its tokens; text that PyYAML would read another way or refuse is read by it.

    Args:
        text: the JSON text.

    Returns:
        Paths mapped to their 1-based line and column; empty when the text is no YAML.

    Example:
        >>> json_positions('{\\n  "id": "x",\\n  "d": [1, {"k": 2}]\\n}')["$.d[1].k"]
        (3, 13)

    """
    offsets = _json_offsets(text)
    if offsets is None:
        return yaml_positions(text)
    starts = [0]
    starts += [m.end() for m in _NEWLINE.finditer(text)]
    found: dict[str, Position] = {}
    for path, at in offsets.items():
        line = bisect.bisect_right(starts, at)
        found[path] = (line, at - starts[line - 1] + 1)
    return found


_NEWLINE: Final = re.compile("\n")


def position_in(positions: Mapping[str, Position], path: str) -> Position:
    """Return the position of ``path``, or of its nearest parent there; ``(1, 1)`` if none.

    Args:
        positions: what :func:`toml_positions` or :func:`yaml_positions` found.
        path: a path in the document, ``$.milestones[2].date``.

    Returns:
        The 1-based line and column.

    """
    parts = [m.group(0) for m in _PATH_PART.finditer(path)]
    for end in range(len(parts), -1, -1):
        at = positions.get("$" + "".join(parts[:end]))
        if at is not None:
            return at
    return (1, 1)


class Locator:
    """Finds paths in files, reading and parsing each file once."""

    def __init__(self) -> None:
        """Start with no file read."""
        self._files: dict[Path, dict[str, Position]] = {}

    def position(self, file: str | Path, path: str) -> Position:
        """Return the line and column of ``path`` in ``file`` (1, 1 when unknown).

        Args:
            file: a ``.yaml``, ``.yml``, ``.json`` or ``.toml`` file.
            path: a path in its document.

        Returns:
            The 1-based line and column.

        """
        file = Path(file)
        if file not in self._files:
            self._files[file] = {}
            suffix = file.suffix.lower()
            with contextlib.suppress(OSError, UnicodeDecodeError, ValueError):
                text = file.read_text(encoding="utf-8")
                if suffix == ".toml":
                    self._files[file] = toml_positions(text)
                elif suffix == ".json":
                    self._files[file] = json_positions(text)
                elif suffix in (".yaml", ".yml"):
                    self._files[file] = yaml_positions(text)
        return position_in(self._files[file], path)
