"""File formats: JSON, YAML (safe loader only) and TOML text, and a file's format by suffix.

This module turns text into plain data and back; it knows nothing of the model
types (that is :mod:`vardservice.io._converter`'s job). Every failure is an
:class:`~vardservice.errors.InvalidInput` naming the file when there is one.
It enforces the limits of :mod:`vardservice.io.limits`, each before the step it
protects: size before reading, nesting and YAML aliases while parsing, text
(length, NUL, lone surrogates) before structuring.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

from vardservice.errors import InvalidInput, InvalidValue, VardserviceError, shown
from vardservice.io import limits

Format = Literal["json", "yaml", "toml"]
FORMATS: tuple[Format, ...] = ("json", "yaml", "toml")
SUFFIXES: dict[str, Format] = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".toml": "toml"}


def format_of(path: Path) -> Format:
    """Return the format a file's suffix names.

    Raises:
        InvalidInput: an unknown suffix.

    """
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InvalidInput(
            [f"unknown file type {path.suffix!r}; use .json, .yaml, .yml or .toml"],
            origin=str(path),
        )
    return fmt


def read_text(file: Path, *, encoding: str = "utf-8") -> str:
    """Return a file's text.

    Raises:
        InvalidInput: the file cannot be read (missing, a folder, not UTF-8, a bad name).

    """
    try:
        size = file.stat().st_size
        if size > limits.MAX_INPUT_BYTES:  # before reading a byte of it
            raise InvalidInput([_over_size(size)], origin=str(file))
        text = file.read_text(encoding=encoding)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, VardserviceError):
            raise
        raise InvalidInput([f"cannot read the file: {exc}"], origin=str(file)) from None
    check_text(text, str(file))
    return text


def check_text(text: str, origin: str | None) -> None:
    """Refuse text over the size limit, or holding NUL or a lone surrogate.

    Raises:
        InvalidInput: the limit and the size, or the line of the bad character.

    """
    if len(text) > limits.MAX_INPUT_BYTES or (
        4 * len(text) > limits.MAX_INPUT_BYTES
        and len(text.encode("utf-8", "surrogatepass")) > limits.MAX_INPUT_BYTES
    ):
        raise InvalidInput([_over_size(len(text.encode("utf-8", "surrogatepass")))], origin=origin)
    # NUL is a fast `in`; a lone surrogate makes the C encoder fail; only then the regex
    # (~10 ns a character) finds where.
    bad = _BAD_CHARACTER.search(text) if "\x00" in text or not _encodes(text) else None
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        raise InvalidInput([f"{_bad_character(bad.group())} @ line {line}"], origin=origin)


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")


def _bad_character(char: str) -> str:
    if char == "\x00":
        return "a NUL character (U+0000) is not allowed in text"
    return f"a lone surrogate (U+{ord(char):04X}) is not valid Unicode"


def _over_size(size: int) -> str:
    return (
        f"the input is {size} bytes, over the limit of {limits.MAX_INPUT_BYTES};"
        " raise vardservice.io.limits.MAX_INPUT_BYTES to read it"
    )


def parse(text: str, fmt: Format, origin: str | None) -> Any:
    """Return the plain data in ``text`` (``None`` for an empty YAML document).

    JSON floats are kept (so that the converter can refuse them with their path),
    YAML is read with the safe loader and with dates left as text (see
    :func:`_yaml_loader`), TOML with :mod:`tomllib`.

    Raises:
        InvalidInput: the text is not valid in ``fmt``.

    """
    check_text(text, origin)
    if fmt == "yaml" and len(text) > limits.MAX_YAML_BYTES // 4:
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > limits.MAX_YAML_BYTES:  # before the (slow) parser sees it
            raise InvalidInput(
                [
                    f"the YAML input is {size} bytes, over the limit of {limits.MAX_YAML_BYTES};"
                    " raise vardservice.io.limits.MAX_YAML_BYTES to read it (or use JSON)"
                ],
                origin=origin,
            )
    try:
        if fmt == "json":
            data = _parse_json(text)
        elif fmt == "toml":
            data = _parse_toml(text)
        else:
            data = _parse_yaml(text, origin)
    except InvalidInput as exc:  # a limit the YAML loader enforces, which cannot know the file
        raise InvalidInput(exc.problems, origin=origin) from None
    except RecursionError:
        # JSON and TOML parsers recurse per level: deeper than Python's stack allows.
        raise InvalidInput([_too_deep("$")], origin=origin) from None
    if not (_texts_as_written(text, fmt) and _within_depth(data)):
        check_values(data, origin)  # the full walk, which names the path of a problem
    return data


def _parse_json(text: str) -> Any:
    import json  # json and tomllib on first use (issue 13, first real use)

    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput([f"not valid JSON: {exc}"]) from None


def _parse_toml(text: str) -> Any:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput([f"not valid TOML: {exc}"]) from None


def parse_deferred(text: str, fmt: Format, origin: str | None) -> tuple[Any, Callable[[], Any]]:
    """Return the plain data in ``text`` read the quick way, and a function for the exact way.

    For the fast reader (:mod:`vardservice.io._fast`), which accepts only plain
    documents of a known depth: a JSON document whose texts are known good
    (:func:`_texts_as_written`) is parsed by orjson when it is installed (the
    ``fast`` extra), ~1.5x faster than :mod:`json`, and the depth walk is left
    out; the first of a process is parsed the exact way (importing orjson costs
    more than it saves on one). The data may then differ from
    :func:`parse_document`'s in what no fast reader accepts: an integer beyond
    64 bits reads as a float, and the depth is unchecked. A caller that does
    not accept the data as it is must call the returned function, which returns
    :func:`parse_document`'s data or raises its error.

    Raises:
        InvalidInput: the text is over the size limit or holds a bad character
            (in either way); the exact way's errors are raised by the function.

    """
    if fmt == "json" and _texts_as_written(text, fmt):
        orjson = _orjson()
        if orjson is not None:
            check_text(text, origin)
            try:
                data = orjson.loads(text)
            except orjson.JSONDecodeError:
                pass  # NaN, 1e400, or not JSON: json says which, the exact way
            else:
                return data, functools.partial(parse_document, text, fmt, origin)
    data = parse_document(text, fmt, origin)
    return data, functools.partial(_same, data)


def _same(data: Any) -> Any:
    return data


_ORJSON: Any = None  # orjson, or False without it, once _orjson() has looked
_FIRST_JSON = True  # no JSON document has asked for orjson yet


def _orjson() -> Any:
    # orjson from the second document on: importing it (and the json and uuid it
    # imports, ~3 ms) costs more than it saves on one document, which a first
    # check or a one-file command reads (issue 13, first real use).
    global _ORJSON, _FIRST_JSON
    if _ORJSON is None:
        if _FIRST_JSON:
            _FIRST_JSON = False
            return None
        try:
            import orjson
        except ImportError:  # pragma: no cover  # the fast extra is not installed
            _ORJSON = False
        else:
            _ORJSON = orjson
    return _ORJSON or None


def _parse_yaml(text: str, origin: str | None) -> Any:
    # yaml is imported for a YAML document only: reading JSON need not pay for it.
    import yaml

    try:
        return yaml.load(text, Loader=_yaml_loader())  # noqa: S506  # a SafeLoader
    except yaml.YAMLError as exc:
        raise InvalidInput([_yaml_problem(exc, text)], origin=origin) from None


def _yaml_problem(exc: Any, text: str) -> str:
    """Return a YAML parser's error as ``LINE:COLUMN: not valid YAML: problem (context)``.

    Made from the error's fields, not its text: PyYAML's ``str()`` spreads the
    problem and its context over four lines, each "in "<unicode string>", line 1,
    column 4". The context is given its own place when that is elsewhere:
    "1:6: not valid YAML: expected ',' or '}', but got '<stream end>' (while
    parsing a flow mapping from 1:1)". A character the reader refuses is placed
    by its offset in ``text``.
    """
    import yaml

    def place(line: int, column: int) -> str:
        return f"{line + 1}:{column + 1}"

    if isinstance(exc, yaml.reader.ReaderError):
        before = text[: exc.position]
        at = place(before.count("\n"), len(before) - (before.rfind("\n") + 1))
        return f"{at}: not valid YAML: character #x{exc.character:04x}: {exc.reason}"
    if not isinstance(exc, yaml.MarkedYAMLError):
        return f"not valid YAML: {exc}".replace("\n", " ")
    problem, context = exc.problem, exc.context
    mark, context_mark = exc.problem_mark or exc.context_mark, exc.context_mark
    if problem is None:  # only a context: it is the problem
        problem, context = context or type(exc).__name__, None
    said = f"not valid YAML: {problem}"
    if (
        context
        and context_mark is not None
        and mark is not None
        and ((context_mark.line, context_mark.column) != (mark.line, mark.column))
    ):
        said += f" ({context} from {place(context_mark.line, context_mark.column)})"
    elif context:
        said += f" ({context})"
    said = said.replace("\n", " ")
    return said if mark is None else f"{place(mark.line, mark.column)}: {said}"


def _texts_as_written(text: str, fmt: Format) -> bool:
    # Whether every text JSON or TOML parses out of ``text`` is already known good:
    # check_text refused NUL and lone surrogates in the raw text, only an escape
    # (\u0000, \ud800) can make one, and no text is longer than the whole. Then only
    # the depth needs the walk, which skips the texts (a third of reading a document).
    return (
        fmt != "yaml"
        and len(text) <= limits.MAX_STRING_LENGTH
        and "\\U" not in text
        and (
            # Escapes are common (ensure_ascii writes "å" as \u00e5): look for the
            # dangerous ones by their prefixes (fast `in`) before the regex.
            "\\u" not in text
            or ("\\u0000" not in text and "\\ud" not in text and "\\uD" not in text)
            or _BAD_ESCAPE.search(text) is None
        )
    )


_BAD_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")


def _within_depth(data: Any, depth: int = 0) -> bool:
    # The depth check of check_values over containers only (JSON and TOML give plain
    # dicts and lists); False sends the document to the full walk for the message.
    # Recursion is bounded by MAX_DEPTH.
    if depth >= limits.MAX_DEPTH:
        return False
    if type(data) is dict:
        data = data.values()
    elif type(data) is not list:
        return True
    for value in data:
        if (type(value) is dict or type(value) is list) and not _within_depth(value, depth + 1):
            return False
    return True


def check_values(data: Any, origin: str | None) -> None:
    """Refuse parsed data nested too deeply, or holding a bad text, naming its path.

    The walk is iterative, so that no nesting can exhaust Python's stack, and
    its cost is bounded: the parse before it has refused oversized input and
    YAML aliases that expand too far.

    Raises:
        InvalidInput: a container deeper than :data:`~vardservice.io.limits.MAX_DEPTH`,
            a text longer than :data:`~vardservice.io.limits.MAX_STRING_LENGTH`, or a
            text holding NUL or a lone surrogate.

    """
    max_depth = limits.MAX_DEPTH
    # each entry: a value, its depth, and its path as a linked (parent, step) pair
    stack: list[tuple[Any, int, _Path]] = [(data, 0, None)]
    while stack:
        value, depth, path = stack.pop()
        if isinstance(value, str):
            problem = _text_problem(value)
            if problem:
                raise InvalidInput([f"{problem} @ {_path_text(path)}"], origin=origin)
        elif isinstance(value, dict | list):
            if depth >= max_depth:
                raise InvalidInput([_too_deep(_path_text(path))], origin=origin)
            if isinstance(value, list):
                stack.extend((v, depth + 1, (path, i)) for i, v in enumerate(value))
                continue
            for key, item in value.items():
                if isinstance(key, str):
                    problem = _text_problem(key)
                    if problem:
                        where = f"{_path_text(path)} (a key)"
                        raise InvalidInput([f"{problem} @ {where}"], origin=origin)
                stack.append((item, depth + 1, (path, key)))


_Path = tuple[Any, int | str] | None


def _path_text(path: _Path) -> str:
    steps: list[str] = []
    while path is not None:
        path, step = path
        steps.append(f"[{step}]" if isinstance(step, int) else f".{step}")
    text = "$"
    for step in reversed(steps):  # a path as long as the nesting is deep: show its start
        if len(text) + len(step) > 76:
            return text + "..."
        text += step
    return text


def _text_problem(text: str) -> str | None:
    if len(text) > limits.MAX_STRING_LENGTH:
        return (
            f"a text of {len(text)} characters, over the limit of {limits.MAX_STRING_LENGTH};"
            " raise vardservice.io.limits.MAX_STRING_LENGTH to read it"
        )
    bad = _BAD_CHARACTER.search(text)
    return None if bad is None else _bad_character(bad.group())


def _too_deep(where: str) -> str:
    return (
        f"nested deeper than {limits.MAX_DEPTH} levels @ {where};"
        " raise vardservice.io.limits.MAX_DEPTH to read it"
    )


def parse_document(text: str, fmt: Format, origin: str | None) -> Any:
    """Return the plain data in ``text``, refusing an empty document.

    Raises:
        InvalidInput: the text is not valid in ``fmt``, or holds nothing.

    """
    data = parse(text, fmt, origin)
    if data is None:
        raise InvalidInput(["the document is empty"], origin=origin)
    return data


def read_document(file: Path) -> Any:
    """Return a file's parsed content (not yet structured); the format comes from the suffix.

    Raises:
        InvalidInput: an unknown suffix, an unreadable file, invalid text, or a
            blank or empty document.

    """
    return parse_document(*_nonblank(file))


def read_deferred(file: Path) -> tuple[Any, Callable[[], Any]]:
    """Return a file's content read the quick way, and a function for the exact way.

    See :func:`parse_deferred`.

    Raises:
        InvalidInput: an unknown suffix, an unreadable file, invalid text, or a
            blank or empty document.

    """
    return parse_deferred(*_nonblank(file))


def _nonblank(file: Path) -> tuple[str, Format, str]:
    """Return a file's text, format and name for the parsers; refuse a blank file."""
    fmt = format_of(file)
    text = read_text(file)
    if not text.strip():
        raise InvalidInput(["the document is empty"], origin=str(file))
    return text, fmt, str(file)


@functools.cache
def _yaml_loader() -> type[Any]:
    """Return YAML's safe loader, with dates left as text and the limits enforced.

    PyYAML's own date reading fails without a path on an impossible date
    (``2023-02-30``); as text the date is refused by the converter, which names
    where it is (``@ $.milestones[2].date``). The loader also refuses, with the
    line: nesting deeper than :data:`~vardservice.io.limits.MAX_DEPTH` (while
    composing, before PyYAML's recursion could exhaust the stack), aliases that
    expand past :data:`~vardservice.io.limits.MAX_YAML_NODES` values (counted on
    the node graph, before anything is built) and a value that does not match
    its explicit tag (``!!int abc``), which PyYAML reports as a bare
    ``ValueError``, ``KeyError`` or ``AttributeError``.
    """
    import yaml

    class _Loader(yaml.SafeLoader):
        _depth = 0
        _aliased = False

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                self._aliased = True
            elif self._depth >= limits.MAX_DEPTH and self.check_event(
                yaml.SequenceStartEvent, yaml.MappingStartEvent
            ):
                line = self.peek_event().start_mark.line + 1  # type: ignore[no-untyped-call]
                raise InvalidInput([_too_deep(f"line {line}")])
            self._depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

        def construct_document(self, node: Any) -> Any:
            if self._aliased:
                _check_expansion(node)
            return super().construct_document(node)

        def construct_object(self, node: Any, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep=deep)
            except (ValueError, KeyError, AttributeError, TypeError, OverflowError) as exc:
                if isinstance(exc, VardserviceError):
                    raise
                raise yaml.constructor.ConstructorError(
                    None, None, f"{shown(node.value)} is not a valid {node.tag}", node.start_mark
                ) from None

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return _Loader


def _check_expansion(root: Any) -> None:
    """Refuse a YAML node graph that holds more than MAX_YAML_NODES values with aliases expanded.

    Aliases make the graph share nodes; each node's expanded size is counted once
    (post-order, iteratively), so a bomb of billions costs a walk over its few
    dozen nodes. A recursive alias (a list that holds itself) has no finite size.
    """
    import yaml

    sizes: dict[int, int] = {}
    pending: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = 1
            continue
        children = (
            [n for pair in node.value for n in pair]
            if isinstance(node, yaml.MappingNode)
            else list(node.value)
        )
        if children_done:
            pending.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[key] > limits.MAX_YAML_NODES:
                line = node.start_mark.line + 1
                raise InvalidInput(
                    [
                        f"YAML aliases expand to more than {limits.MAX_YAML_NODES} values"
                        f" @ line {line}; raise vardservice.io.limits.MAX_YAML_NODES to read it"
                    ]
                )
            continue
        if key in pending:
            line = node.start_mark.line + 1
            raise InvalidInput([f"a YAML alias refers to a value that holds it @ line {line}"])
        pending.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)


def serialize(data: Any, fmt: Format, *, what: str) -> str:
    """Return plain data as text in ``fmt``.

    TOML needs a table at the top, and has no null: ``None`` values are left out.

    Args:
        data: plain data, as :func:`vardservice.io.to_dict` returns it.
        fmt: ``"json"``, ``"yaml"`` or ``"toml"``.
        what: the type name of the object ``data`` came from, for the error.

    Raises:
        InvalidValue: an unknown format, or TOML for data that is not a mapping.

    """
    if fmt == "json":
        import json

        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "yaml":
        import yaml

        text: str = yaml.dump(data, Dumper=_yaml_dumper(), allow_unicode=True, sort_keys=False)
        return text
    if fmt == "toml":
        if not isinstance(data, dict):
            raise InvalidValue("dumps", "obj", what, "an object that is a mapping")
        import tomli_w

        return tomli_w.dumps(_without_none(data))
    raise InvalidValue("dumps", "format", fmt, "'json', 'yaml' or 'toml'")


# Characters YAML reads as line breaks (NEL, LINE and PARAGRAPH SEPARATOR): written raw in a
# plain or single-quoted scalar they come back as a space; double quotes escape them.
_YAML_BREAKS = frozenset("\x85\u2028\u2029")


@functools.cache
def _yaml_dumper() -> type[Any]:
    """Return a safe dumper that double-quotes a text holding a YAML line break.

    PyYAML escapes NEL as ``\\N`` (and U+2028/U+2029 as ``\\L``/``\\P``) in double
    quotes, so such a text survives the round trip.

    """
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = '"' if _YAML_BREAKS.intersection(value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    return Dumper


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def files_under(folder: Path) -> Iterator[Path]:
    """Yield the document files under ``folder``, not descending into hidden folders."""
    for root, folders, names in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name
