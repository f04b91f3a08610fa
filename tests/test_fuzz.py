"""A seeded fuzz sweep: junk into every loader and every command, a library error out.

The targets come from the registries, not from a list kept here:

* every public function of :mod:`vardservice.io` that reads (``load*``, ``*_from_csv``,
  ``*_from_scb``), and ``io.loads`` for every public attrs type (found by walking the package);
* every command of :data:`vardservice.cli.COMMANDS`, its arguments read from its own
  argparse parser (a ``type=Path`` argument gets the junk file, ``--year`` a year or junk,
  ``--as-of`` a date or junk, choices one of theirs), and ``render`` for every kind of
  :data:`vardservice.render.DOCUMENTS` in every format.

The inputs are mutations of the shipped examples (and of the registry's example
objects): deleted and unknown keys, swapped types, NaN, infinities and huge numbers,
impossible dates, long strings, odd Unicode and injection payloads in text fields,
deep nesting, BOMs, Latin-1, binary, truncation, YAML anchors and tags. A failure is
an exception outside the library's own, a command that exits outside 0/1/2, prints a
traceback or more than one line on error, exits 1 (findings) for unreadable input,
takes more than 5 s, or writes an injection payload raw (markup in Markdown, HTML or
SVG, a formula in CSV, a control character in text).

The suite runs :data:`CI_INPUTS` inputs; ``nox -s fuzz`` (``python tests/test_fuzz.py
100000``) runs as many as asked and prints one summary line.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import io
import json
import math
import os
import random
import re
import sys
import tempfile
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

import vardservice
from vardservice.errors import VardserviceError
from vardservice.io import Format

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCB_FILES = ROOT / "tests" / "data" / "scb"
CI_INPUTS = 2500
"""Inputs the suite's sweep feeds (seeded: the same ones every run)."""
HANG_SECONDS = 5.0

# Payloads planted in text fields; each must come out inert in every format.
PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    '=HYPERLINK("http://evil.example","x")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\x1b[2J\x1b]0;pwned\x07",
    "\x9b31m",
    "</style><svg onload=alert(1)>",
)
ODD_TEXT = (
    "\u202eevil",
    "a\u0085b",
    "\u200b",
    "e\u0301",
    "\U0001f600",
    "\ufeffbom",
    "\x00",
    "\ud800",
    "x" * 5000,
    "x" * 200_001,
    "",
    " ",
    "٣٠٠ kr",
    "1e999 kr",
    "NaN kr",
    "-0 kr",
    "99999999999999999999999999999999 mnkr",
)
ODD_NUMBERS: tuple[Any, ...] = (
    math.nan,
    math.inf,
    -math.inf,
    1e308,
    10**40,
    -(10**40),
    -1,
    0,
    2**63,
    0.1,
    True,
)
ODD_DATES = ("2023-02-30", "0000-01-01", "9999-12-31", "2024-13-01", "2024-1-1", "24-01-01", "")
YAML_JUNK = (
    "!!timestamp nope",
    "!!int abc",
    "!!bool maybe",
    "!!python/object:os.system ls",
    "!!binary AAAA",
    "&a [1, 2]",
    "*nope",
    "!!float .nan",
    "!!set {a, b}",
)


# --- the registries ---------------------------------------------------------------------------


def public_attrs_types() -> list[type[Any]]:
    """Return every public data type of the package, found by walking it (the strategies' walk)."""
    from vardservice.strategies._registry import _public_types

    return _public_types()


def readers() -> dict[str, Callable[..., Any]]:
    """Return the public readers of :mod:`vardservice.io` by name (from its ``__all__``)."""
    import vardservice.io as vio

    return {
        name: getattr(vio, name)
        for name in vio.__all__
        if name.startswith("load") or name.endswith(("_from_csv", "_from_scb"))
    }


def command_parsers() -> dict[str, argparse.ArgumentParser]:
    """Return each command's (and sub-command's) parser by its words, e.g. ``populations import``."""
    from vardservice.cli import _parser

    found: dict[str, argparse.ArgumentParser] = {}

    def walk(prefix: str, parser: argparse.ArgumentParser) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            found[prefix.strip()] = parser
            return
        for name, sub in subs[0].choices.items():
            walk(f"{prefix} {name}", sub)

    walk("", _parser())
    return found


# --- seeds -------------------------------------------------------------------------------------


@dataclass
class Seed:
    """A document to mutate: its data (or raw text for CSV/SCB) and the format it came in."""

    name: str
    fmt: str  # json, yaml, toml, csv, px, json-stat
    data: Any = None
    text: str = ""


def _payload_dicts() -> Iterator[Seed]:
    from vardservice.io import to_dict
    from vardservice.render import DOCUMENTS

    for kind, entry in DOCUMENTS.items():
        if entry.example is None or entry.reads is None:
            continue
        obj = entry.example()
        if isinstance(obj, entry.reads):
            yield Seed(f"example:{kind}", "json", to_dict(obj))


def seeds() -> list[Seed]:
    """Return every shipped example file, every registry example object, and CSV/SCB files."""
    found: list[Seed] = []
    for file in sorted(EXAMPLES.rglob("*")):
        text = file.read_text(encoding="utf-8") if file.is_file() else ""
        if file.suffix == ".json":
            found.append(Seed(str(file.relative_to(ROOT)), "json", json.loads(text)))
        elif file.suffix in (".yaml", ".yml"):
            found.append(Seed(str(file.relative_to(ROOT)), "yaml", yaml.safe_load(text)))
        elif file.suffix == ".toml":
            found.append(Seed(str(file.relative_to(ROOT)), "toml", tomllib.loads(text)))
    found.extend(_payload_dicts())
    data = Path(vardservice.__file__).parent / "data" / "populations.csv"
    lines = data.read_text(encoding="utf-8").splitlines()
    found.append(Seed("populations.csv", "csv", text="\n".join(lines[:30]) + "\n"))
    found.append(
        Seed(
            "observations.csv",
            "csv",
            text="region,year,key_figure,value,unit\n07,2023,cleaning-cost,1234.5,kr/m2\n"
            "13,2023,cleaning-cost,1100,kr/m2\n",
        )
    )
    for file in sorted(SCB_FILES.iterdir()):
        if file.suffix in (".px", ".csv", ".json"):
            raw = file.read_bytes()
            text = raw.decode("utf-8", errors="replace") if file.suffix != ".csv" else ""
            if file.suffix == ".csv":
                text = raw.decode("latin-1")
            fmt = {".px": "px", ".csv": "csv", ".json": "json-stat"}[file.suffix]
            found.append(Seed(f"scb:{file.name}", fmt, text=text))
    return found


# --- mutations ---------------------------------------------------------------------------------


def _paths(data: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if len(here) > 30:  # below a planted deep nesting: no more places to edit
        return out
    if isinstance(data, dict):
        for key, value in data.items():
            out.extend(_paths(value, (*here, key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out.extend(_paths(value, (*here, i)))
    return out


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    _get(data, path[:-1])[path[-1]] = value
    return data


def _copy(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _copy(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_copy(v) for v in data]
    return data


def _odd_value(rng: random.Random, old: Any) -> Any:
    choice = rng.randrange(9)
    if choice == 0:
        return rng.choice(ODD_NUMBERS)
    if choice == 1:
        return rng.choice(ODD_DATES)
    if choice == 2:
        return rng.choice(ODD_TEXT)
    if choice == 3:
        return rng.choice(PAYLOADS)
    if choice == 4:  # swap the type
        return rng.choice([str(old), [old], {"x": old}, None, 7, "7", [], {}, False])
    if choice == 5:  # deep nesting
        value: Any = old
        for _ in range(rng.choice((10, 70, 200))):
            value = [value] if rng.random() < 0.5 else {"a": value}
        return value
    if choice == 6 and isinstance(old, str):
        return old + rng.choice(PAYLOADS + ODD_TEXT)
    if choice == 7 and isinstance(old, list) and old:
        return old * rng.choice((2, 50))
    return rng.choice(PAYLOADS) if isinstance(old, str) else rng.choice(ODD_NUMBERS)


def mutate_data(rng: random.Random, data: Any) -> Any:
    """Return a mutated copy of plain data: 1 to 4 edits at random places."""
    data = _copy(data)
    for _ in range(rng.randint(1, 4)):
        paths = _paths(data)
        path = rng.choice(paths)
        target = _get(data, path)
        op = rng.randrange(6)
        if op == 0 and isinstance(target, dict) and target:
            del target[rng.choice(list(target))]
        elif op == 1 and isinstance(target, dict):
            target[rng.choice(["unknown", "x", "", "\u00e5", "__class__"])] = 1
        elif op == 2 and isinstance(target, list) and target:
            del target[rng.randrange(len(target))]
        elif op == 3 and isinstance(target, list) and target:
            target.append(_copy(rng.choice(target)))
        elif op == 4:  # payloads into every text field under this place
            for sub in _paths(target):
                if sub and isinstance(_get(target, sub), str) and rng.random() < 0.6:
                    _set(target, sub, _get(target, sub) + rng.choice(PAYLOADS))
        else:
            data = _set(data, path, _odd_value(rng, target))
    return data


def _dump(rng: random.Random, data: Any, fmt: str) -> str:
    try:
        if fmt == "toml":
            import tomli_w

            return tomli_w.dumps(data)
        if fmt == "yaml":
            dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: 10x faster
            return yaml.dump(data, Dumper=dumper, allow_unicode=rng.random() < 0.8, sort_keys=False)
        return json.dumps(data, ensure_ascii=rng.random() < 0.3)
    except (TypeError, ValueError, AttributeError, RecursionError):
        try:
            return json.dumps(data, default=str)
        except (ValueError, RecursionError):
            return "{"


def _mutate_text(rng: random.Random, text: str, fmt: str) -> str:
    op = rng.randrange(10)
    if op == 0 and text:
        cut = rng.randrange(len(text))
        return text[:cut]
    if op == 1 and text:
        at = rng.randrange(len(text))
        return (
            text[:at] + rng.choice(["\x00", "\r", '"', "\n", ",", ";", "\t", "\ufffd"]) + text[at:]
        )
    if op == 2 and fmt == "yaml":
        lines = text.splitlines()
        if lines:
            at = rng.randrange(len(lines))
            line = lines[at]
            if ": " in line:
                key = line.split(": ", 1)[0]
                lines[at] = f"{key}: {rng.choice(YAML_JUNK)}"
        return "\n".join(lines) + "\n"
    if op == 3 and fmt == "yaml":
        bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in "bcdefghi":
            prev = chr(ord(level) - 1)
            bomb += f"{level}: &{level} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
        return bomb + text
    if op == 6 and fmt in ("json", "yaml"):
        depth = rng.choice((65, 1000, 20000))
        return rng.choice(("[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth))
    if op == 7 and fmt == "toml":
        depth = rng.choice((65, 1000))
        return "a = " + "[" * depth + "]" * depth + "\n"
    if op == 4 and fmt == "csv":
        lines = text.splitlines()
        if len(lines) > 1:
            lines.append(lines[rng.randrange(1, len(lines))])  # a duplicate row
        return "\n".join(lines) + "\n"
    if op == 5 and fmt == "csv":
        lines = text.splitlines()
        if len(lines) > 1:
            at = rng.randrange(1, len(lines))
            cells = lines[at].split(",")
            cells[rng.randrange(len(cells))] = rng.choice(
                [*PAYLOADS, *ODD_TEXT[:8], "-5", "1e9", "nan", "2023-02-30", '"a\rb"', "٣٠٠"]
            ).replace(",", ";")
            lines[at] = ",".join(cells)
        return "\n".join(lines) + "\n"
    return text


def mutate_bytes(rng: random.Random, text: str) -> bytes:
    """Return the text's bytes, sometimes with a BOM, as Latin-1, or with binary junk."""
    op = rng.randrange(8)
    if op == 0:
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    if op == 1:
        return text.encode("latin-1", "replace")
    if op == 2:
        return bytes(rng.randrange(256) for _ in range(rng.choice((1, 64, 4096))))
    if op == 3:
        raw = bytearray(text.encode("utf-8", "surrogatepass"))
        for _ in range(rng.randint(1, 8)):
            if raw:
                raw[rng.randrange(len(raw))] = rng.randrange(256)
        return bytes(raw)
    if op == 4:
        return text.encode("utf-16", "surrogatepass")
    return text.encode("utf-8", "surrogatepass")


@dataclass
class Input:
    """One junk document: its bytes, the suffix it is given, and the text when it decodes."""

    raw: bytes
    suffix: str
    text: str
    payload: bool


def make_input(rng: random.Random, seed: Seed) -> Input:
    """Return a mutation of ``seed`` (data mutated, then written, then text and bytes mutated)."""
    if seed.data is not None:
        # Most inputs as JSON: the YAML reader is pure Python (it counts aliases), and a
        # YAML input costs ten JSON ones; YAML's own junk (tags, anchors) still gets its share.
        fmt = rng.choices(("json", "yaml", "toml"), weights=(6, 3, 1))[0]
        data = mutate_data(rng, seed.data) if rng.random() < 0.9 else seed.data
        text = _dump(rng, data, fmt)
        text = _mutate_text(rng, text, fmt) if rng.random() < 0.4 else text
        suffix = {"json": ".json", "yaml": rng.choice((".yaml", ".yml")), "toml": ".toml"}[fmt]
    else:
        fmt = seed.fmt
        text = seed.text
        for _ in range(rng.randint(1, 3)):
            text = _mutate_text(rng, text, "csv" if fmt == "csv" else fmt)
        suffix = {"csv": ".csv", "px": ".px", "json-stat": ".json"}[fmt]
    raw = mutate_bytes(rng, text) if rng.random() < 0.15 else text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.03:
        suffix = rng.choice((".txt", "", ".JSON", ".xml"))
    decoded = raw.decode("utf-8", errors="surrogateescape")
    return Input(raw, suffix, decoded, any(p in text for p in PAYLOADS))


# --- running -----------------------------------------------------------------------------------


@dataclass
class Tally:
    """What a sweep found: counts and the first example of each kind of failure."""

    inputs: int = 0
    api: int = 0
    cli: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: dict[str, str] = field(default_factory=dict)
    failed: Counter[str] = field(default_factory=Counter)
    slowest: float = 0.0
    slowest_what: str = ""

    def fail(self, kind: str, what: str) -> None:
        self.failed[kind] += 1
        self.failures.setdefault(f"{kind}: {what[:300]}", what)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The planted payloads, come out live: a tag that is not escaped (in Markdown, not preceded by
# a backslash), or a javascript: link outside a code span and an http(s) autolink's target.
_LIVE_TAG = re.compile(r"(?<!\\)<(?:script>alert|img src=x|svg onload|/style><svg)", re.IGNORECASE)
_LIVE_LINK = re.compile(r"(?<!\\)\]\(javascript:|href=[\"']?javascript:", re.IGNORECASE)
_INERT_SPANS = re.compile(r"`[^`]*`|<https?://[^<>\s]*>")
_FORMULA = re.compile(r"^(?:=|\+|@|\t|\r|-(?![0-9.]+$))")


def _raw_payload(output: str, fmt: str) -> str | None:
    """Return what shows a payload came out live in ``output`` written as ``fmt``, or None."""
    found_control = _CONTROL.search(output.replace("\n", "").replace("\t", ""))
    if found_control and fmt != "json":
        return repr(found_control.group(0))
    if fmt in ("markdown", "html", "svg"):
        prose = _INERT_SPANS.sub("", output) if fmt == "markdown" else output
        found = _LIVE_TAG.search(prose) or _LIVE_LINK.search(prose)
        if found:
            return found.group(0)
    if fmt == "csv":
        import csv

        for row in csv.reader(io.StringIO(output)):
            for cell in row:
                if _FORMULA.match(cell):
                    return cell[:40]
    return None


def _timed(tally: Tally, what: str, call: Callable[[], Any]) -> Any:
    """Run ``call``; count a hang when it takes more than HANG_SECONDS of CPU time.

    CPU time, not wall time: on a machine shared by several test runs a call that costs
    0.3 s of CPU can take 4 s of wall time, which says nothing about the code.
    """
    start = time.process_time()
    try:
        return call()
    finally:
        spent = time.process_time() - start
        if spent > tally.slowest:
            tally.slowest, tally.slowest_what = spent, what
        if spent > HANG_SECONDS:
            tally.fail("hang", f"{spent:.1f}s {what}")


def _argument(rng: random.Random, name: str, types: list[Any]) -> Any:
    """Return a value for a reader's required argument beyond the input (its type, a date)."""
    import datetime

    if name == "cls":
        return rng.choice(types)
    if name == "retrieved":
        return datetime.date(2025, 3, 1)
    raise AssertionError(f"a reader with an argument the sweep does not know: {name}")


def run_api(tally: Tally, rng: random.Random, junk: Input, folder: Path, types: list[Any]) -> None:
    """Feed ``junk`` to one reader of :mod:`vardservice.io` (or ``io.loads`` of a public type)."""
    import vardservice.io as vio

    path = folder / f"junk{junk.suffix}"
    path.write_bytes(junk.raw)
    names = {n: f for n, f in readers().items() if n not in ("load", "loads")}
    pick = rng.randrange(len(names) + 2)
    if pick >= len(names):
        cls = rng.choice(types)
        fmt: Format = rng.choice(("json", "yaml", "toml"))
        if pick == len(names):
            what = f"io.loads(.., {cls.__name__}, format={fmt})"
            call: Callable[[], Any] = lambda: vio.loads(junk.text, cls, format=fmt)  # noqa: E731
        else:
            what = f"io.load(junk{junk.suffix}, {cls.__name__})"
            call = lambda: vio.load(path, cls)  # noqa: E731
    else:
        name = sorted(names)[pick]
        function = names[name]
        parameters = list(inspect.signature(function).parameters.values())
        kwargs = {
            p.name: _argument(rng, p.name, types)
            for p in parameters[1:]
            if p.default is inspect.Parameter.empty and p.kind is not p.VAR_POSITIONAL
        }
        what = f"io.{name}({', '.join(f'{k}=' for k in kwargs)})"
        first = parameters[0].name
        if first in ("path", "paths"):
            call = lambda: function(path, **kwargs)  # noqa: E731
        elif name.endswith("_from_scb"):
            data = junk.raw if rng.random() < 0.5 else junk.text
            call = lambda: function(data, **kwargs)  # noqa: E731
        else:
            call = lambda: function(junk.text, **kwargs)  # noqa: E731
    tally.api += 1
    try:
        _timed(tally, what, call)
        tally.outcomes["api ok"] += 1
    except VardserviceError:
        tally.outcomes["api library error"] += 1
    except Exception as exc:
        tally.fail("exception", f"{what}: {type(exc).__name__}: {exc!s:.200} <- {junk.raw[:200]!r}")


def _argv(
    rng: random.Random, words: str, parser: argparse.ArgumentParser, file: Path, folder: Path
) -> tuple[list[str], str | None]:
    """Return the arguments of a command filled in from its parser, and its output format."""
    argv = words.split()
    fmt = None
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._VersionAction):
            continue
        flag = action.option_strings[-1] if action.option_strings else None
        if flag is None:
            argv.append(str(file))
            continue
        if not action.required and rng.random() < 0.6:
            continue
        if flag == "--format" and action.choices:
            fmt = rng.choice(list(action.choices))
            argv += [flag, fmt]
        elif action.choices:
            argv += [flag, str(rng.choice(list(action.choices)))]
        elif action.dest in ("ics", "output", "output_file"):
            # Written files go to the sweep's folder, never the working directory.
            argv += [flag, str(folder / rng.choice(("out.ics", "out.csv", "out.json")))]
        elif action.type is Path or action.dest in ("populations", "observations"):
            argv += [flag, str(file)]
        elif "year" in action.dest:
            argv += [flag, rng.choice(("2024", "2025", "2020", "0000", "9999", "20x4", "-1"))]
        elif action.dest in ("as_of", "retrieved"):
            argv += [flag, rng.choice(("2024-06-01", "2025-12-31", "0001-01-01", "2023-02-30"))]
        elif action.nargs == 0:
            argv.append(flag)
        else:
            argv += [flag, rng.choice(("07", "SP013", "x", "3", "0", "-5", "\u00e5", "ALL"))]
    return argv, fmt


def _render_argv(rng: random.Random, file: Path) -> tuple[list[str], str | None]:
    from vardservice.render import DOCUMENTS

    kind = rng.choice(list(DOCUMENTS))
    entry = DOCUMENTS[kind]
    fmt = rng.choice(entry.formats)
    argv = ["render", kind, "--format", fmt, "--lang", rng.choice(("sv", "en"))]
    if entry.reads is not None:
        argv.append(str(file))
    for option in entry.options:
        if option.required or rng.random() < 0.5:
            value = {
                "year": rng.choice(("2024", "2025", "0000", "2199")),
                "date": rng.choice(("2024-06-01", "2025-12-31", "0001-01-01")),
                "int": rng.choice(("3", "0", "-1", "99999")),
            }.get(option.kind, rng.choice(("07", "x")))
            argv += ["--" + option.name.replace("_", "-"), value]
    return argv, fmt


def run_cli(
    tally: Tally, rng: random.Random, junk: Input, folder: Path, parsers: dict[str, Any]
) -> None:
    """Run one command with ``junk`` as its file; check its exit, stderr and output."""
    from vardservice.cli import main

    file = folder / f"junk{junk.suffix}"
    file.write_bytes(junk.raw)
    words = rng.choice(sorted(parsers))
    if words == "render":
        argv, fmt = _render_argv(rng, file)
    else:
        argv, fmt = _argv(rng, words, parsers[words], file, folder)
    # With --output FILE the document goes to the file, not to standard output.
    saved = Path(argv[argv.index("--output") + 1]) if "--output" in argv else None
    if saved is not None:
        saved.unlink(missing_ok=True)
    out, err = io.StringIO(), io.StringIO()
    what = " ".join(a if not a.startswith(str(folder)) else Path(a).name for a in argv)
    tally.cli += 1
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = _timed(tally, what, lambda: main(argv))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except Exception as exc:
            tally.fail("exception", f"{what}: {type(exc).__name__}: {exc!s:.200}")
            return
    stderr = err.getvalue()
    tally.outcomes[f"exit {code}"] += 1
    where = f"{what} <- {junk.raw[:160]!r}"
    if "Traceback" in stderr:
        tally.fail("traceback", f"{where}: {stderr[-300:]}")
    if code not in (0, 1, 2, 3):
        tally.fail("exit code", f"{code}: {where}")
    elif code == 3:
        tally.fail("bug (exit 3)", f"{where}: {stderr.strip()[:300]}")
    elif code == 2 and stderr.count("\n") != 1:
        tally.fail("error not one line", f"{where}: {stderr[:300]!r}")
    output = out.getvalue()
    if saved is not None and saved.is_file() and fmt not in ("docx", "pdf"):
        output = saved.read_text(encoding="utf-8")
    if code == 1 and not output and not (saved is not None and saved.is_file()):
        tally.fail("exit 1 for unreadable input", f"{where}: {stderr[:300]}")
    if code in (0, 1) and junk.payload and fmt is not None:
        raw = _raw_payload(output, fmt)
        if raw is not None:
            tally.fail(f"raw payload ({fmt})", f"{raw} in {where}")


def sweep(count: int, *, seed: int = 12, api_share: float = 0.6) -> Tally:
    """Feed ``count`` junk inputs to the readers and commands; return what was found."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible sweep, not a secret
    tally = Tally()
    all_seeds = seeds()
    types = public_attrs_types()
    parsers = command_parsers()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for _ in range(count):
            seed_doc = rng.choice(all_seeds)
            try:
                junk = make_input(rng, seed_doc)
            except RecursionError:  # the sweep's own copy of a planted deep nesting
                junk = Input(seed_doc.text.encode(), ".csv", seed_doc.text, payload=False)
            tally.inputs += 1
            if rng.random() < api_share:
                run_api(tally, rng, junk, folder, types)
            else:
                run_cli(tally, rng, junk, folder, parsers)
            for leftover in folder.iterdir():
                leftover.unlink()
    return tally


ALIAS_BOMB = (
    "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
    + "".join(
        f"{k}: &{k} [{','.join([f'*{p}'] * 9)}]\n"
        for p, k in zip("abcdefg", "bcdefgh", strict=True)
    )
    + f"regions: [{','.join(['*h'] * 9)}]\n"
)
"""The issue's 363-byte bomb: nine levels of nine aliases of lists, 9**9 values expanded."""


def alias_bomb() -> tuple[float, float]:
    """Return the seconds and the peak MB that refusing the alias bomb takes."""
    import tracemalloc

    from vardservice.errors import InvalidInput
    from vardservice.io import loads
    from vardservice.networks import Network

    with contextlib.suppress(InvalidInput):
        loads("regions: [*x]", Network, format="yaml")  # imports done before measuring
    tracemalloc.start()
    start = time.perf_counter()
    refused = ""
    try:
        loads(ALIAS_BOMB, Network, format="yaml")
    except InvalidInput as exc:
        refused = str(exc)
    if "MAX_YAML_NODES" not in refused:
        raise AssertionError(f"the alias bomb was not refused by its limit: {refused!r}")
    spent = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return spent, peak


def summary(tally: Tally, seconds: float) -> str:
    """Return the sweep's one summary line."""
    bomb_s, bomb_mb = alias_bomb()
    f = tally.failed
    return (
        f"fuzz: {tally.inputs} inputs ({tally.api} to readers, {tally.cli} to commands) in"
        f" {seconds:.0f} s: {f['exception']} exceptions outside the library's own,"
        f" {f['traceback']} CLI tracebacks, {f['exit code']} exits outside 0/1/2/3,"
        f" {f['bug (exit 3)']} exit 3, {f['exit 1 for unreadable input']} exit 1 for"
        f" unreadable input, {f['error not one line']} errors over one line,"
        f" {f['hang']} hangs > {HANG_SECONDS:.0f} s CPU (slowest {tally.slowest:.2f} s),"
        f" {sum(n for k, n in f.items() if k.startswith('raw payload'))} raw payloads;"
        f" alias bomb refused in {bomb_s * 1000:.0f} ms using {bomb_mb:.1f} MB"
    )


# --- the suite's part --------------------------------------------------------------------------


def test_the_registries_are_walked_not_listed() -> None:
    names = {cls.__name__ for cls in public_attrs_types()}
    assert {"Subproject", "Network", "FeeScheduleHistory", "AnnualWheel"} <= names
    assert {"load", "load_populations", "observations_from_csv"} <= set(readers())
    assert {"network", "render", "check", "populations import"} <= set(command_parsers())


@pytest.mark.parametrize("fmt", ["markdown", "html", "svg", "csv", "text"])
def test_the_payload_detector_sees_live_payloads(fmt: str) -> None:
    live = {
        "markdown": "a <script>alert(1)</script>",
        "html": "<img src=x onerror=alert(1)>",
        "svg": "<svg><svg onload=alert(1)></svg>",
        "csv": 'a,=HYPERLINK("x")\n',
        "text": "a\x1b[2J",
    }[fmt]
    assert _raw_payload(live, fmt) is not None
    inert = {
        "markdown": "a \\<script\\>alert(1)\\</script\\> `[x](javascript:x)` \\[x\\](javascript:x)",
        "html": "&lt;img src=x onerror=alert(1)&gt;",
        "svg": "<svg><style>x</style>&lt;svg onload=alert(1)&gt;</svg>",
        "csv": 'a,\'=HYPERLINK("x")\n,-5\n',
        "text": "a\ufffd[2J\n\tb",
    }[fmt]
    assert _raw_payload(inert, fmt) is None


def test_a_seeded_sweep_over_every_reader_and_command_finds_nothing() -> None:
    count = int(os.environ.get("VARDSERVICE_FUZZ_INPUTS", CI_INPUTS))
    start = time.process_time()  # CPU time: on a shared machine, wall time measures the load
    tally = sweep(count)
    assert tally.inputs == count
    assert tally.api > count // 3 and tally.cli > count // 5
    assert tally.outcomes["api ok"] + tally.outcomes["exit 0"] > 0, tally.outcomes
    assert not tally.failures, "\n".join(list(tally.failures)[:20])
    assert time.process_time() - start < 60


def _chunk(job: tuple[int, int]) -> Tally:
    """Run one chunk of a sweep: ``(count, seed)``."""
    count, seed = job
    return sweep(count, seed=seed)


def main(argv: list[str]) -> int:
    """Run ``argv[0]`` inputs (100 000 by default) in chunks over every core; print the summary.

    Each chunk has its own seed (``VARDSERVICE_FUZZ_SEED`` plus its number), so a run is
    reproducible with the same count, seed and chunk size. What a chunk finds is printed
    as soon as it ends; ``VARDSERVICE_FUZZ_SECONDS`` stops starting chunks after that
    many seconds (the summary then says how many inputs ran).
    """
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    count = int(argv[0]) if argv else 100_000
    base = int(os.environ.get("VARDSERVICE_FUZZ_SEED", "20261201"))
    budget = float(os.environ.get("VARDSERVICE_FUZZ_SECONDS", "inf"))
    size = 1_000
    jobs = [(min(size, count - start), base + i) for i, start in enumerate(range(0, count, size))]
    start = time.perf_counter()
    total = Tally()
    workers = int(os.environ.get("VARDSERVICE_FUZZ_JOBS", os.cpu_count() or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: set[Future[Tally]] = set()
        while jobs or pending:
            while jobs and len(pending) < workers and time.perf_counter() - start < budget:
                pending.add(pool.submit(_chunk, jobs.pop(0)))
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                part = future.result()
                for key, value in part.failures.items():
                    if key not in total.failures:
                        print(key, flush=True)
                    total.failures.setdefault(key, value)
                total.inputs += part.inputs
                total.api += part.api
                total.cli += part.cli
                total.outcomes.update(part.outcomes)
                total.failed.update(part.failed)
                if part.slowest > total.slowest:
                    total.slowest, total.slowest_what = part.slowest, part.slowest_what
            spent = time.perf_counter() - start
            found = sum(total.failed.values())
            print(
                f"{total.inputs} inputs, {found} found, {spent:.0f} s", file=sys.stderr, flush=True
            )
    print(f"outcomes: {dict(sorted(total.outcomes.items()))}; slowest: {total.slowest_what}")
    print(summary(total, time.perf_counter() - start))
    return 1 if total.failures else 0


if __name__ == "__main__":  # nox -s fuzz
    sys.exit(main(sys.argv[1:]))
