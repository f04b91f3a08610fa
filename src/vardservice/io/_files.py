"""File formats: JSON, YAML (safe loader only) and TOML text, and a file's format by suffix.

This module turns text into plain data and back; it knows nothing of the model
types (that is :mod:`vardservice.io._converter`'s job). Every failure is an
:class:`~vardservice.errors.InvalidInput` naming the file when there is one.
"""

from __future__ import annotations

import functools
import json
import os
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from vardservice.errors import InvalidInput, InvalidValue

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
        return file.read_text(encoding=encoding)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput([f"cannot read the file: {exc}"], origin=str(file)) from None


def parse(text: str, fmt: Format, origin: str | None) -> Any:
    """Return the plain data in ``text`` (``None`` for an empty YAML document).

    JSON floats are kept (so that the converter can refuse them with their path),
    YAML is read with the safe loader and with dates left as text (see
    :func:`_yaml_loader`), TOML with :mod:`tomllib`.

    Raises:
        InvalidInput: the text is not valid in ``fmt``.

    """
    import yaml

    try:
        if fmt == "json":
            return json.loads(text)
        if fmt == "toml":
            return tomllib.loads(text)
        return yaml.load(text, Loader=_yaml_loader())  # noqa: S506  # a SafeLoader
    except json.JSONDecodeError as exc:
        raise InvalidInput([f"not valid JSON: {exc}"], origin=origin) from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput([f"not valid TOML: {exc}"], origin=origin) from None
    except yaml.YAMLError as exc:
        raise InvalidInput([f"not valid YAML: {exc}".replace("\n", " ")], origin=origin) from None


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
    fmt = format_of(file)
    text = read_text(file)
    if not text.strip():
        raise InvalidInput(["the document is empty"], origin=str(file))
    return parse_document(text, fmt, str(file))


@functools.cache
def _yaml_loader() -> type[Any]:
    """Return YAML's safe loader, with dates left as text for the converter to read.

    PyYAML's own date reading fails without a path on an impossible date
    (``2023-02-30``); as text the date is refused by the converter, which names
    where it is (``@ $.milestones[2].date``).
    """
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return _Loader


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
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "yaml":
        import yaml

        text: str = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
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
