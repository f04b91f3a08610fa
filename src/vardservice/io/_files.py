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

from vardservice.errors import InvalidInput, InvalidValue, VardserviceError
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
    """Return a file's text (see :func:`text_of`).

    Raises:
        InvalidInput: the file cannot be read (missing, a folder, not UTF-8, a bad name).

    """
    text = text_of(read_bytes(file), str(file), encoding=encoding, source="file")
    check_text(text, str(file))
    return text


def read_bytes(file: Path) -> bytes:
    """Return a file's bytes, refusing a file over the size limit before reading it.

    Raises:
        InvalidInput: the file cannot be read (missing, a folder, a bad name), or is too large.

    """
    try:
        size = file.stat().st_size
        if size > limits.MAX_INPUT_BYTES:  # before reading a byte of it
            raise InvalidInput([_over_size(size)], origin=str(file))
        return file.read_bytes()
    except (OSError, ValueError) as exc:
        if isinstance(exc, VardserviceError):
            raise
        raise InvalidInput([f"cannot read the file: {exc}"], origin=str(file)) from None


def text_of(
    data: bytes, origin: str | None, *, encoding: str = "utf-8", source: str = "bytes"
) -> str:
    """Return bytes as text, the one way a file's or a caller's bytes are read.

    Decoded in ``encoding`` (a byte order mark is kept as ``U+FEFF``, which the
    parsers refuse, unless the encoding is ``utf-8-sig``), line ends made ``\\n``
    as a file opened as text makes them (``\\r\\n`` and ``\\r``).

    Args:
        data: the bytes.
        origin: the file's name, for the error.
        encoding: the bytes' encoding.
        source: what the bytes are, for the error: ``"file"`` or ``"bytes"``.

    Raises:
        InvalidInput: the bytes are not valid in ``encoding``, naming the position.

    """
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InvalidInput([f"cannot read the {source}: {exc}"], origin=origin) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def check_text(text: str, origin: str | None) -> None:
    """Refuse text over the size limit, or holding NUL or a lone surrogate.

    Raises:
        InvalidInput: the limit and the size, or the line of the bad character.

    """
    check_size(text, origin)
    # NUL is a fast `in`; a lone surrogate makes the C encoder fail; only then the regex
    # (~10 ns a character) finds where.
    bad = _BAD_CHARACTER.search(text) if "\x00" in text or not _encodes(text) else None
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        raise InvalidInput([f"{_bad_character(bad.group())} @ line {line}"], origin=origin)


def check_size(raw: str | bytes, origin: str | None) -> None:
    """Refuse text or bytes over :data:`~vardservice.io.limits.MAX_INPUT_BYTES`.

    Text is counted in UTF-8 bytes, encoded only when it may be over (a character is
    one to four bytes).

    Raises:
        InvalidInput: the limit and the size.

    """
    if len(raw) * (4 if isinstance(raw, str) else 1) <= limits.MAX_INPUT_BYTES:
        return
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > limits.MAX_INPUT_BYTES:
        raise InvalidInput([_over_size(size)], origin=origin)


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
    :func:`~vardservice.io._yaml.yaml_loader`), TOML with :mod:`tomllib`.

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
            from vardservice.io._yaml import parse_yaml  # YAML's module for YAML only

            data = parse_yaml(text, origin)
    except InvalidInput as exc:  # a limit the YAML loader enforces, which cannot know the file
        raise InvalidInput(exc.problems, origin=origin) from None
    except RecursionError:
        # JSON and TOML parsers recurse per level: deeper than Python's stack allows.
        raise InvalidInput([limits._too_deep("$")], origin=origin) from None
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


def parse_deferred(
    raw: str | bytes, fmt: Format, origin: str | None, *, source: str = "bytes"
) -> tuple[Any, Callable[[], Any]]:
    """Return the plain data in ``raw`` read the quick way, and a function for the exact way.

    For the fast reader (:mod:`vardservice.io._fast`), which accepts only plain
    documents of a known depth: a JSON document is parsed by orjson when it is
    installed (the ``fast`` extra), ~1.5x faster than :mod:`json`, from the text
    or straight from its UTF-8 bytes, and neither the depth walk nor the text
    checks run: orjson itself refuses bytes that are not UTF-8, NUL and lone
    surrogates, escaped or not, so only the size and the escape ``\\u0000`` are
    looked for. The first document of a process is parsed the exact way
    (importing orjson costs more than it saves on one). The data may then differ
    from :func:`parse_document`'s in what no fast reader accepts: an integer
    beyond 64 bits reads as a float, and the depth is unchecked. A caller that
    does not accept the data as it is must call the returned function, which
    returns :func:`parse_document`'s data (of the text :func:`text_of` makes of
    bytes) or raises its error.

    Args:
        raw: the text, or its bytes (read by :func:`text_of`).
        fmt: the format.
        origin: the file's name, for errors.
        source: what bytes are, for the error: ``"file"`` (a blank file is then
            refused as empty) or ``"bytes"``.

    Raises:
        InvalidInput: the text is over the size limit; (the exact way only) the
            bytes are not UTF-8, the text holds a bad character, is not valid in
            ``fmt``, or (a file) is blank.

    """
    if fmt == "json" and _orjson_may_read(raw):
        orjson = _orjson()
        if orjson is not None:
            check_size(raw, origin)
            try:
                data = orjson.loads(raw)
            except orjson.JSONDecodeError:
                pass  # NaN, 1e400, a bad character, or not JSON: the exact way says which
            else:
                return data, functools.partial(_exact, raw, fmt, origin, source)
    data = _exact(raw, fmt, origin, source)
    return data, functools.partial(_same, data)


def _exact(raw: str | bytes, fmt: Format, origin: str | None, source: str) -> Any:
    text = raw if isinstance(raw, str) else text_of(raw, origin, source=source)
    if source == "file" and not text.strip():
        raise InvalidInput(["the document is empty"], origin=origin)
    return parse_document(text, fmt, origin)


def _orjson_may_read(raw: str | bytes) -> bool:
    # Whether every text orjson would parse out of ``raw`` is known good: it refuses NUL
    # and lone surrogates, raw or escaped, and bytes that are not UTF-8; only the escape
    # \u0000 makes a NUL, and no text is longer than the whole. A backslash is looked for
    # first: one character is a memchr, a longer needle a slower search.
    if len(raw) > limits.MAX_STRING_LENGTH:
        return False
    if isinstance(raw, str):
        return "\\" not in raw or "\\u0000" not in raw
    return b"\\" not in raw or b"\\u0000" not in raw


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


def _texts_as_written(text: str, fmt: Format) -> bool:
    # Whether every text JSON or TOML parses out of ``text`` is already known good:
    # check_text refused NUL and lone surrogates in the raw text, only an escape
    # (\u0000, \ud800) can make one, and no text is longer than the whole. Then only
    # the depth needs the walk, which skips the texts (a third of reading a document).
    if fmt == "yaml" or len(text) > limits.MAX_STRING_LENGTH:
        return False
    if "\\" not in text:  # no escape at all: one character is a memchr, a longer needle is not
        return True
    return "\\U" not in text and (
        # Escapes are common (ensure_ascii writes "å" as \u00e5): look for the
        # dangerous ones by their prefixes (fast `in`) before the regex.
        "\\u" not in text
        or ("\\u0000" not in text and "\\ud" not in text and "\\uD" not in text)
        or _BAD_ESCAPE.search(text) is None
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
                raise InvalidInput([limits._too_deep(_path_text(path))], origin=origin)
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

    See :func:`parse_deferred`: a JSON file is given to it as bytes.

    Raises:
        InvalidInput: an unknown suffix, an unreadable file, invalid text, or a
            blank or empty document.

    """
    fmt = format_of(file)
    if fmt == "json":
        return parse_deferred(read_bytes(file), fmt, str(file), source="file")
    return parse_deferred(*_nonblank(file))


def _nonblank(file: Path) -> tuple[str, Format, str]:
    """Return a file's text, format and name for the parsers; refuse a blank file."""
    fmt = format_of(file)
    text = read_text(file)
    if not text.strip():
        raise InvalidInput(["the document is empty"], origin=str(file))
    return text, fmt, str(file)


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

        from vardservice.io._yaml import yaml_dumper

        text: str = yaml.dump(data, Dumper=yaml_dumper(), allow_unicode=True, sort_keys=False)
        return text
    if fmt == "toml":
        if not isinstance(data, dict):
            raise InvalidValue("dumps", "obj", what, "an object that is a mapping")
        import tomli_w

        return tomli_w.dumps(_without_none(data))
    raise InvalidValue("dumps", "format", fmt, "'json', 'yaml' or 'toml'")


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
