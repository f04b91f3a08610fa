"""A first check imports what it needs only (issue 13, first real use), and its tables are current.

The first real use of the library is ``import vardservice.io, vardservice.rules``
and loading and checking one subproject, in a fresh interpreter. What it imports
is most of what it costs; these tests pin what it must not import, so that an
eager import elsewhere cannot bring the cost back unnoticed.

Run as a script (``python tests/test_first_use.py``) to write
``src/vardservice/_region_keys.py`` anew after a change to the regions, and
``src/vardservice/io/_readers_generated.py`` (the fast readers of a first check,
compiled ahead) after a change to the subproject's model or to the reader's generator.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
import yaml
from babel.lists import format_list

from vardservice import _i18n, _region_keys, regions
from vardservice.io import _readers_generated, _stored
from vardservice.io._converter import _read_by_own_hook, has_fast_reader
from vardservice.subprojects import Subproject

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "subprojects"

FIRST_USE = """
import json, sys
already = set(sys.modules)  # what the interpreter had before (in CI, coverage's own imports)
import vardservice.io, vardservice.rules
from vardservice.subprojects import Subproject
report = vardservice.rules.check(
    vardservice.io.loads(sys.stdin.read(), Subproject), as_of="2025-06-01"
)
assert report.findings is not None
print(json.dumps(sorted(set(sys.modules) - already)))
"""

NOT_NEEDED = (
    # other subjects, and what documents and other formats need
    "vardservice.vns",
    "vardservice.networks",
    "vardservice.fees",
    "vardservice.planning",
    "vardservice.portfolio",
    "vardservice.benchmarking",
    "vardservice.render",
    "vardservice.cli",
    "vardservice.io.schema",
    "vardservice.io.documents",
    "vardservice.io.word",
    "vardservice.io._yaml",
    "jinja2",
    "babel",
    "yaml",
    "tomllib",
    "pint",
    "holidays",
    "jsonschema",
    # the standard library's heavier parts, used on rarer ways only
    "importlib.resources",
    "tempfile",
    "zipfile",
    "difflib",
    "csv",
    # one document is parsed by json: orjson pays from the second on
    "orjson",
)


def _first_use_modules(example: str) -> set[str]:
    """Return the modules a first check imported, beyond those the interpreter already had.

    Only the new ones count: under CI's coverage (started by a ``.pth`` file) the
    interpreter has read ``pyproject.toml`` with ``tomllib`` before the first line runs.
    """
    data = yaml.safe_load((EXAMPLE / example).read_text(encoding="utf-8"))
    done = subprocess.run(
        [sys.executable, "-c", FIRST_USE],
        input=json.dumps(data, ensure_ascii=False, default=str),  # YAML dates as ISO text
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(done.stdout))


def _catalogs_built() -> bool:
    """Return whether every catalog is built (an install, a build), as ``_i18n`` judges it."""
    return all(_i18n._built(lang) for lang in _i18n.LANGUAGES if lang != _i18n.SOURCE_LANGUAGE)


def test_a_first_check_imports_what_it_needs_only() -> None:
    # A source tree whose .po is newer than its .mo compiles the catalog in memory with
    # babel (as _i18n documents), which no install does: measured there, it would count
    # babel's imports against the first use. CI installs the package, so it always runs.
    if not _catalogs_built() and not os.environ.get("CI"):
        pytest.skip("the catalogs are not built (.po newer than .mo): pip install -e . builds them")
    for example in ("hoftfraktur_compliant.yaml", "bup_noncompliant.yaml"):
        modules = _first_use_modules(example)
        assert "vardservice.rules.subprojects" in modules  # it did check
        imported = sorted(
            name
            for name in modules
            if any(name == banned or name.startswith(f"{banned}.") for banned in NOT_NEEDED)
        )
        assert imported == [], example


def _keys_module() -> str:
    keys = {key: region.code for region in regions.REGIONS for key in regions._region_keys(region)}
    head, _, _ = Path(_region_keys.__file__).read_text(encoding="utf-8").partition("KEYS:")
    lines = [
        f"    {json.dumps(key, ensure_ascii=False)}: {json.dumps(code)},"
        for key, code in keys.items()
    ]
    doc = '"""Normalised name (or code) to county code, in the order the lookup built them."""'
    return head + "KEYS: Final[dict[str, str]] = {\n" + "\n".join(lines) + "\n}\n" + doc + "\n"


def test_the_region_keys_are_those_of_the_regions() -> None:
    computed = {key: r for r in regions.REGIONS for key in regions._region_keys(r)}
    assert list(regions._BY_KEY.items()) == list(computed.items()), (
        "run `python tests/test_first_use.py` to write src/vardservice/_region_keys.py anew"
    )
    assert Path(_region_keys.__file__).read_text(encoding="utf-8") == _keys_module()


def test_lists_are_joined_as_babel_joins_them() -> None:
    words = ["Skåne", "a {0} b", "Region Halland", "x, y", "Blekinge", "VGR"]
    for lang in _i18n.LANGUAGES:
        assert lang in _i18n._LIST_PATTERNS  # every language of the library has its patterns
        for n in range(len(words) + 1):
            expected = format_list(words[:n], style="standard", locale=_i18n.locale_of(lang))
            assert _i18n.join_words(words[:n], lang) == expected, (lang, n)


def _readers_module() -> str:
    return _stored.stored_module((Subproject,), _read_by_own_hook)


def test_the_readers_of_a_first_check_are_compiled_ahead_and_current() -> None:
    assert Path(_readers_generated.__file__).read_text(encoding="utf-8") == _readers_module(), (
        "run `python tests/test_first_use.py` to write src/vardservice/io/_readers_generated.py"
    )
    assert has_fast_reader(Subproject)
    stored = {_stored._key(cls) for cls in _stored._STORED}
    assert set(_readers_generated.READERS) <= stored
    assert len(stored) >= 15  # the subproject and every part of it


def test_a_stored_reader_is_bound_as_the_generator_binds_it() -> None:
    # Taken by its fingerprint, a stored reader gets its names from _bind: the very values
    # the generator gives the source it writes, for every class of the stored module.
    from vardservice.io._fast import _Generator

    for key in _readers_generated.READERS:
        module, _, name = key.rpartition(".")
        cls = getattr(sys.modules[module], name)
        generator = _Generator(cls, _read_by_own_hook)
        generator.reader()
        params = _stored._SOURCES[cls][1]
        bound, _ = _stored._bind(cls, params, _read_by_own_hook)
        for name in params:
            ours, theirs = bound[name], generator.names[name]
            if name.startswith("_C"):  # a default's converter, made anew by each call
                assert ours.__code__ is theirs.__code__, (key, name)  # type: ignore[attr-defined]
                assert _cells(ours) == _cells(theirs), (key, name)
            else:
                assert ours == theirs, (key, name)


def _cells(function: object) -> list[object]:
    # A closure's values; an instance stand-in (attrs' takes_self) by its class.
    values = [cell.cell_contents for cell in getattr(function, "__closure__", None) or ()]
    return [v if not isinstance(v, tuple) else tuple(map(_stand_in, v)) for v in values]


def _stand_in(value: object) -> object:
    return type(value) if attrs.has(type(value)) else value


def test_the_generator_stamp_sees_an_edit_anywhere() -> None:
    # No power of 256 repeats modulo the prime within two million bytes: moving a byte
    # changes its weight, so that no swap or shift within a module of that size cancels.
    power = 1
    for _ in range(2_000_000):
        power = power * 256 % _stored._PRIME
        assert power != 1


def test_a_first_check_takes_the_stored_readers_by_their_fingerprints() -> None:
    code = """
import json, sys
import vardservice.io
from vardservice.io import _stored
from vardservice.io._converter import has_fast_reader
from vardservice.subprojects import Subproject
assert has_fast_reader(Subproject)
print(json.dumps([len(_stored._STORED), len(_stored._SOURCES)]))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    stored, written = json.loads(done.stdout)
    assert stored == len(_readers_generated.READERS)
    assert written == 0  # no source written: each taken by its fingerprint


def test_a_changed_class_or_generator_is_not_taken_by_its_fingerprint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vardservice.subprojects import ActionProposal

    key = _stored._key(ActionProposal)
    entry = _readers_generated.READERS[key]
    assert _stored.fingerprint(ActionProposal, _read_by_own_hook) == entry[2]
    # what the generator reads of the class is not what it read: the source is compared
    changed = {**_readers_generated.READERS, key: (entry[0], entry[1], entry[2] + " ", entry[3])}
    monkeypatch.setattr(_readers_generated, "READERS", changed)
    assert _stored.by_fingerprint(ActionProposal, _read_by_own_hook) is None
    monkeypatch.setattr(_readers_generated, "READERS", {**changed, key: entry})
    assert _stored.by_fingerprint(ActionProposal, _read_by_own_hook) is not None
    # the generator's code is not what wrote it
    monkeypatch.setattr(_readers_generated, "GENERATOR", "00000000")
    assert _stored.by_fingerprint(ActionProposal, _read_by_own_hook) is None


if __name__ == "__main__":
    Path(_region_keys.__file__).write_text(_keys_module(), encoding="utf-8")
    Path(_readers_generated.__file__).write_text(_readers_module(), encoding="utf-8")
