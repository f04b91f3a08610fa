"""The loaders' limits (issue 12): every hostile document is refused with the library's error.

Each test keeps the reproducer of one finding of the junk sweep: the YAML alias bomb,
deep nesting, explicit YAML tags, lone surrogates and NUL, the csv module's errors,
and error messages that quoted a bad value whole.
"""

from __future__ import annotations

import re
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from vardservice.errors import (
    SHOWN_LENGTH,
    InvalidInput,
    InvalidValue,
    TemplateError,
    VardserviceError,
    shown,
)
from vardservice.fees import FeeScheduleHistory
from vardservice.io import limits, load, loads, observations_from_csv, populations_from_csv
from vardservice.io._files import parse
from vardservice.networks import Network

FORMATS = ("json", "yaml", "toml")

# Nine levels of nine aliases to lists, under a list field: 9**9 values once expanded.
ALIAS_BOMB = (
    "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
    + "".join(
        f"{k}: &{k} [{','.join([f'*{p}'] * 9)}]\n"
        for p, k in zip("abcdefg", "bcdefgh", strict=True)
    )
    + f"regions: [{','.join(['*h'] * 9)}]\n"
)


def _refused(text: str, fmt: str, cls: type = Network) -> InvalidInput:
    with pytest.raises(InvalidInput) as info:
        loads(text, cls, format=fmt)  # type: ignore[arg-type]
    return info.value


def test_the_alias_bomb_is_refused_in_under_a_second_and_200_mb() -> None:
    assert 300 < len(ALIAS_BOMB.encode()) < 400
    _refused("regions: [*x]", "yaml")  # the modules imported first: measure the refusal only
    tracemalloc.start()
    start = time.perf_counter()
    try:
        err = _refused(ALIAS_BOMB, "yaml")
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "MAX_YAML_NODES" in str(err)
    assert elapsed < 1.0
    assert peak < 200 * 1024 * 1024


def test_aliases_of_short_texts_and_small_lists_still_load() -> None:
    text = "a: &t hello\nb: *t\nc: &l [1, 2]\nd: [*l, *l]\n"
    assert parse(text, "yaml", None) == {"a": "hello", "b": "hello", "c": [1, 2], "d": [[1, 2]] * 2}


def test_the_alias_limit_can_be_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    monkeypatch.setattr(limits, "MAX_YAML_NODES", 50)
    with pytest.raises(InvalidInput, match=r"more than 50 values @ line 2"):
        parse(text, "yaml", "f.yaml")
    monkeypatch.setattr(limits, "MAX_YAML_NODES", 200)
    assert len(parse(text, "yaml", "f.yaml")["b"]) == 10


def test_a_recursive_alias_is_refused() -> None:
    assert "holds it" in str(_refused("a: &a [*a]\n", "yaml"))


DEEP = {
    "json": "[" * 10_000 + "]" * 10_000,
    "yaml": "- " * 10_000 + "x\n",
    "toml": "a = " + "[" * 10_000 + "]" * 10_000 + "\n",
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_ten_thousand_levels_give_the_library_error_not_recursion_error(fmt: str) -> None:
    err = _refused(DEEP[fmt], fmt)
    assert "deeper than 64 levels" in str(err)
    assert "MAX_DEPTH" in str(err)


def test_yaml_flow_nesting_is_refused_too() -> None:
    assert "MAX_DEPTH" in str(_refused("[" * 10_000 + "]" * 10_000, "yaml"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_nesting_up_to_the_limit_parses_and_one_more_is_refused(fmt: str) -> None:
    def nested(levels: int) -> str:
        inner = "[" * levels + "]" * levels
        return f"a = {inner}\n" if fmt == "toml" else f'{{"a": {inner}}}'

    parse(nested(limits.MAX_DEPTH - 1), fmt, None)  # type: ignore[arg-type]  # the table is one
    with pytest.raises(InvalidInput, match="MAX_DEPTH"):
        parse(nested(limits.MAX_DEPTH), fmt, None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "a: !!timestamp nope",
        "a: !!int abc",
        "a: !!bool x",
        "a: !!float x",
        "a: !!timestamp 2023-02-30",
        "a: !!python/object/apply:os.system [ls]",
        "a: !!python/name:os.system x",
    ],
)
def test_explicit_yaml_tags_give_the_library_error(text: str) -> None:
    err = _refused(text, "yaml")
    # The place first, as compilers write it: line 1, column 4 (the tagged value).
    assert str(err).startswith("1:4: not valid YAML: ")


@pytest.mark.parametrize(
    ("text", "fmt", "where"),
    [
        ('{"name": "\\ud800"}', "json", "$.name"),
        ('{"name": "a\\u0000b"}', "json", "$.name"),
        ('{"a\\u0000": 1}', "json", "$ (a key)"),
        ('name: "\\ud800"', "yaml", "$.name"),
        ('regions: ["07", "a\\0b"]', "yaml", "$.regions[1]"),
        ('name = "a\\u0000b"', "toml", "$.name"),
        ("name: a\x00b", "yaml", "line 1"),
        ('{\n"name": "\ud800"}', "json", "line 2"),
    ],
)
def test_nul_and_lone_surrogates_are_refused_at_load_with_the_path(
    text: str, fmt: str, where: str
) -> None:
    err = _refused(text, fmt)
    assert err.problems[0].endswith(f"@ {where}")
    assert "NUL" in str(err) or "surrogate" in str(err)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_text_over_the_length_limit_is_refused_with_its_path(
    fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_STRING_LENGTH", 10)
    text = {"json": '{"name": "%s"}', "yaml": "name: %s", "toml": 'name = "%s"'}[fmt] % ("x" * 11)
    err = _refused(text, fmt)
    assert err.problems == (
        "a text of 11 characters, over the limit of 10;"
        " raise vardservice.io.limits.MAX_STRING_LENGTH to read it @ $.name",
    )


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "big.json"
    file.write_text("[" + "0," * 100 + "0]", encoding="utf-8")
    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 100)

    def never(*_: Any, **__: Any) -> str:
        raise AssertionError("read despite its size")

    monkeypatch.setattr(Path, "read_text", never)
    with pytest.raises(
        InvalidInput, match=r"is 203 bytes, over the limit of 100; raise .*MAX_INPUT"
    ):
        load(file, Network)


def test_text_over_the_size_limit_is_refused_in_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 100)
    assert "is 120 bytes" in str(_refused('"' + "\u00e5" * 59 + '"', "json"))


def test_the_default_size_limit_leaves_a_wide_margin_over_the_examples() -> None:
    largest = max(p.stat().st_size for p in Path("examples").rglob("*.*ml"))
    assert 100 * largest < limits.MAX_INPUT_BYTES


HEADER = "code,year,population,source\n"


@pytest.mark.parametrize(
    ("text", "problem", "line"),
    [
        (HEADER + "07,2022,1,SCB\n07,20\r22,1,SCB\n", "new-line character seen in unquoted", 3),
        (HEADER + '07,2022,1,"' + "x" * 200_000 + '"\n', "field larger than field limit", 2),
        ("code,ye\rar\n", "new-line character", 1),
    ],
)
def test_csv_module_errors_become_the_library_error_naming_the_line(
    text: str, problem: str, line: int
) -> None:
    with pytest.raises(InvalidInput) as info:
        populations_from_csv(text, origin="p.csv")
    assert problem in str(info.value)
    assert str(info.value).endswith(f"@ line {line}")


def test_a_csv_field_over_the_length_limit_and_nul_are_refused_with_the_line() -> None:
    long = HEADER + "07,2022,1," + "x" * (limits.MAX_STRING_LENGTH + 1) + "\n"
    with pytest.raises(InvalidInput, match=r"more than 100000 characters @ line 2; raise"):
        populations_from_csv(long)
    rows = "region,year,key_figure,value,unit\n07,2022,LV1,310,kr\n07,2022,LV\x001,310,kr\n"
    with pytest.raises(InvalidInput, match=r"NUL .* @ line 3"):
        observations_from_csv(rows)


def test_error_messages_show_at_most_80_characters_of_a_bad_value() -> None:
    huge = "x" * 1_000_000
    assert len(str(InvalidValue("Owner", "field", huge, "short text"))) < 150
    assert len(shown(huge)) == SHOWN_LENGTH
    assert len(shown([[huge] * 1000] * 1000)) <= SHOWN_LENGTH
    assert shown("07") == "'07'"


def test_a_document_with_a_long_bad_value_gives_short_problem_lines() -> None:
    bad = "x" * 90_000  # under the length limit, so that the converter quotes it
    err = _refused(f'{{"schedules": [{{"valid_from": "{bad}"}}]}}', "json", FeeScheduleHistory)
    assert all(len(p) < 200 for p in err.problems), err.problems


# --- users' templates: a sandbox of their own, bounded, with the library's error -----------


def _own(tmp_path: Path, text: str, name: str = "markdown/document.j2") -> Path:
    file = tmp_path / name
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return tmp_path


def test_a_huge_power_in_a_user_template_is_refused_fast_with_template_error(
    tmp_path: Path,
) -> None:
    from vardservice.fees import region_tiers
    from vardservice.render import render_regions

    own = _own(tmp_path, "line one\n{{ (7**9999999) % 10 }}\n")
    start = time.perf_counter()
    with pytest.raises(TemplateError) as caught:
        render_regions(region_tiers(2023), template_dir=own)
    assert time.perf_counter() - start < 1.0
    assert (caught.value.template, caught.value.line) == ("markdown/document.j2", 2)
    assert str(caught.value) == "markdown/document.j2, line 2: 7 ** 9999999 has over 10000 digits"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{{ "x" * 100000000 }}', "a result of 100000000 items or characters"),
        ("{{ 10 ** 10 * 10 ** 9999 }}", "a product of over 10000 digits"),
        ("{% for i in range(1000000) %}x{% endfor %}", "OverflowError: Range too big"),
        ("{% for i in range(99999) %}{{ 'y' * 999 }}{% endfor %}", "output is over"),
        ("{{ nope }}", "'nope' is undefined"),
        ("{% if %}", "Expected an expression"),
        ("{{ 1 / 0 }}", "ZeroDivisionError: division by zero"),
        ("{% set d = {} %}{{ d.update({'a': 1}) }}", "unsafe"),
        ("{{ doc.__class__.__mro__ }}", "unsafe"),
    ],
)
def test_every_failure_of_a_user_template_is_a_template_error(
    tmp_path: Path, text: str, reason: str
) -> None:
    from vardservice.fees import region_tiers
    from vardservice.render import render_regions

    with pytest.raises(TemplateError, match=re.escape(reason)) as caught:
        render_regions(region_tiers(2023), template_dir=_own(tmp_path, text))
    assert caught.value.template == "markdown/document.j2"
    assert caught.value.line == (None if reason == "output is over" else 1)
    assert isinstance(caught.value, VardserviceError)


def test_small_arithmetic_still_works_in_a_user_template(tmp_path: Path) -> None:
    from vardservice.fees import region_tiers
    from vardservice.render import render_regions

    own = _own(tmp_path, "{{ 2 ** 10 }} {{ 'ab' * 3 }} {{ [1] * 2 }} {{ 3 * 4 }} {{ 2.0 ** 0.5 }}")
    assert render_regions(region_tiers(2023), template_dir=own).startswith(
        "1024 ababab [1, 1] 12 1.414"
    )


def test_a_user_template_cannot_change_what_later_renders_see(tmp_path: Path) -> None:
    """Each template folder has its own sandbox; shared objects are read-only inside it."""
    from vardservice.fees import region_tiers
    from vardservice.render import environment, render_regions

    before = render_regions(region_tiers(2023), format="html")
    attempts = (
        "{{ lang.__class__ }}",
        "{% set t = namespace() %}{{ gettext.__self__ }}",
        "{{ doc.blocks.__setitem__ }}",
        "{{ doc.__setattr__('kind', 'x') }}",
    )
    for i, text in enumerate(attempts):
        own = _own(tmp_path / str(i), text, "html/document.j2")
        with pytest.raises(TemplateError):
            render_regions(region_tiers(2023), format="html", template_dir=own)
        assert environment(own) is not environment(None)
        assert environment(own) is not environment(tmp_path)
    assert render_regions(region_tiers(2023), format="html") == before


def test_an_scb_csv_the_csv_module_cannot_read_is_the_library_error() -> None:
    from vardservice.io import populations_from_scb

    huge = ("region;2024\n01 Stockholms län;" + "x" * 200_000 + "\n").encode()
    with pytest.raises(InvalidInput, match=r"not valid CSV: field larger than field limit"):
        populations_from_scb(huge, retrieved="2025-03-01", format="csv")


def test_yaml_over_its_own_limit_is_refused_before_the_slow_parser() -> None:
    """Found by the fuzz sweep: 365 kB of YAML took 2 s of CPU, 5 MB would take 30 s."""
    largest = max(p.stat().st_size for p in Path("examples").rglob("*.y*ml"))
    assert 30 * largest < limits.MAX_YAML_BYTES < limits.MAX_INPUT_BYTES
    line = "- {region: '07', year: 2020, key_figure: LV1, value: '12.5', unit: kr}\n"
    text = "observations:\n" + line * (limits.MAX_YAML_BYTES // len(line) + 1)
    start = time.process_time()
    err = _refused(text, "yaml")
    assert time.process_time() - start < 0.5
    assert "MAX_YAML_BYTES" in str(err) and "over the limit of 524288" in str(err)
    # the same document as JSON is read at JSON's speed, under the general limit
    assert len(text.encode()) < limits.MAX_INPUT_BYTES


def test_yaml_just_under_its_limit_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_YAML_BYTES", 64)
    assert parse("a: " + "x" * 58, "yaml", None) == {"a": "x" * 58}
    with pytest.raises(InvalidInput, match="MAX_YAML_BYTES"):
        parse("a: " + "x" * 62, "yaml", None)
