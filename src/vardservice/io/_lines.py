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

import contextlib
import json
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
# The parts of valid JSON the scan looks at, after the blanks and commas before them:
# 1 a key on its colon's line (with its value unless that opens a bracket), 2 an array's
# item or the root (a string, number, true, false or null), 3 an opening and 4 a closing
# bracket. An object's value is read with its key: one match for most keys.
_STRING: Final = r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
_JSON_PART: Final = re.compile(
    rf'[\s,]*(?:"([^"\\\n]*)" *:\s*(?:{_STRING}|[^\s,"{{}}\[\]]+)?'
    rf'|({_STRING}|[^\s,:"{{}}\[\]]+)|([{{\[])|([}}\]]))'
)
_SIMPLE_KEY: Final = 1024  # PyYAML's longest key: a key further from its colon is no key


def _is_json(text: str) -> bool:
    """Return whether ``text`` is one JSON document (orjson when installed: ~20x faster)."""
    try:
        import orjson
    except ImportError:  # pragma: no cover - the [fast] extra is installed in the tests
        try:
            json.loads(text)
        except ValueError:
            return False
        return True
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        return False
    return True


def _plain(text: str) -> bool:
    """Return whether PyYAML reads every character of ``text`` as the scan counts it."""
    # Printable to Python (no control, format, separator but space, or unassigned
    # character) is printable to PyYAML too: a test at C speed, the regex when it says no.
    return text.replace("\n", " ").isprintable() or not _NOT_PLAIN.search(text)


def _json_offsets(text: str) -> dict[str, int] | None:
    """Return the offset of every path of a JSON text, or None when PyYAML is to read it.

    The paths and the offsets are those of :func:`yaml_positions`: the root at its
    first token, a key's value at the key, an array's item at the item, the first of
    duplicate keys kept. None for text that is no JSON, or that PyYAML reads another
    way: a character it counts otherwise, a key with an escape, or apart from its colon.
    """
    if not _plain(text) or not _is_json(text):
        return None
    found: dict[str, int] = {}
    frames: list[list[Any]] = []  # each open bracket: its path, its next item's index or -1
    path = "$"  # the path of the value read next
    for part in _JSON_PART.finditer(text):
        kind = part.lastindex or 0
        if kind == 1:
            at = part.start(1) - 1
            if text.index(":", part.end(1)) - at > _SIMPLE_KEY:  # PyYAML: no key
                return None
            path = f"{frames[-1][0]}.{part.group(1)}"
            found.setdefault(path, at)
            continue
        if kind == 4:
            frames.pop()
            continue
        at = part.start(kind)
        if frames:
            top = frames[-1]
            if top[1] >= 0:
                path = f"{top[0]}[{top[1]}]"
                top[1] += 1
                found.setdefault(path, at)
            elif kind == 2:
                return None  # a key with an escape, or apart from its colon
        else:
            found[path] = at
        if kind == 3:
            frames.append([path, 0 if text[at] == "[" else -1])
    return found


class _JsonPositions(Mapping[str, Position]):
    """A JSON text's positions by path, each line and column counted when asked for."""

    def __init__(self, text: str, offsets: dict[str, int]) -> None:
        self._text = text
        self._offsets = offsets

    def __getitem__(self, path: str) -> Position:
        at = self._offsets[path]
        start = self._text.rfind("\n", 0, at) + 1
        return (self._text.count("\n", 0, start) + 1, at - start + 1)

    def __iter__(self) -> Iterator[str]:
        return iter(self._offsets)

    def __len__(self) -> int:
        return len(self._offsets)


def _json_positions(text: str) -> Mapping[str, Position]:
    offsets = _json_offsets(text)
    return yaml_positions(text) if offsets is None else _JsonPositions(text, offsets)


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
    return dict(_json_positions(text))


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
        self._files: dict[Path, Mapping[str, Position]] = {}
        self._given: dict[str | Path, Mapping[str, Position]] = {}  # by the name as given

    def position(self, file: str | Path, path: str) -> Position:
        """Return the line and column of ``path`` in ``file`` (1, 1 when unknown).

        Args:
            file: a ``.yaml``, ``.yml``, ``.json`` or ``.toml`` file.
            path: a path in its document.

        Returns:
            The 1-based line and column.

        """
        known = self._given.get(file)
        if known is None:  # a name not given before: the file, read once whatever its spelling
            known = self._given[file] = self._read(Path(file))
        return position_in(known, path)

    def _read(self, file: Path) -> Mapping[str, Position]:
        """Return the positions in ``file``, read and parsed on the first time it is asked for."""
        found = self._files.get(file)
        if found is None:
            found = self._files[file] = {}
            suffix = file.suffix.lower()
            with contextlib.suppress(OSError, UnicodeDecodeError, ValueError):
                text = file.read_text(encoding="utf-8")
                if suffix == ".toml":
                    found = self._files[file] = toml_positions(text)
                elif suffix == ".json":
                    found = self._files[file] = _json_positions(text)
                elif suffix in (".yaml", ".yml"):
                    found = self._files[file] = yaml_positions(text)
        return found
