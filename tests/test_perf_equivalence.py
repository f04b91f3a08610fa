"""Faster ways of computing what a library call computed before give the same results.

Each replacement made for speed (issue 13) is compared with the call it replaced:
calendar months added in the stdlib with pendulum's ``add(months=)``; a message's
date filled from the locale's month names with babel's ``format_date``.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pendulum
from babel.dates import format_date
from hypothesis import given
from hypothesis import strategies as st

from vardservice._i18n import LANGUAGES, locale_of
from vardservice.dates import add_months
from vardservice.errors import InvalidValue
from vardservice.rules.subprojects._common import _day

DAYS = st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31))


@given(DAYS, st.integers(min_value=-130_000, max_value=130_000) | st.integers(-40, 40))
def test_add_months_is_pendulums_calendar_arithmetic(day: datetime.date, months: int) -> None:
    start = pendulum.Date(day.year, day.month, day.day)
    try:
        expected: object = start.add(months=months)
    except (ValueError, OverflowError):
        expected = "refused"
    try:
        found: object = add_months(start, months)
    except InvalidValue:
        found = "refused"
    assert found == expected
    assert type(found) is type(expected)


def test_add_months_clips_to_the_months_end() -> None:
    assert add_months(pendulum.Date(2024, 2, 29), 12) == pendulum.Date(2025, 2, 28)
    assert add_months(pendulum.Date(2023, 8, 31), 6) == pendulum.Date(2024, 2, 29)
    assert add_months(pendulum.Date(2024, 3, 31), -1) == pendulum.Date(2024, 2, 29)


@given(DAYS, st.sampled_from(LANGUAGES))
def test_a_messages_date_is_babels_d_mmmm_y(day: datetime.date, lang: str) -> None:
    assert _day(day, lang) == format_date(day, format="d MMMM y", locale=locale_of(lang))


def test_every_language_has_its_month_names() -> None:
    from vardservice.rules.subprojects._common import _MONTHS

    assert set(_MONTHS) == set(LANGUAGES)
    for lang in LANGUAGES:
        day = datetime.date(2023, 12, 1)
        assert _day(day, lang) == format_date(day, format="d MMMM y", locale=locale_of(lang))


def test_a_rules_finding_equals_one_built_by_its_class() -> None:
    # RuleContext.finding builds findings without attrs' __init__: the same objects.
    import attrs

    from vardservice.io import load
    from vardservice.rules import Finding, check
    from vardservice.subprojects import Subproject

    examples = Path(__file__).resolve().parent.parent / "examples" / "subprojects"
    report = check(load(examples / "bup_noncompliant.yaml", Subproject), as_of="2025-06-01")
    assert report.findings
    for found in report.findings:
        rebuilt = Finding(**attrs.asdict(found, recurse=False))
        assert rebuilt == found
        assert hash(rebuilt) == hash(found)
        assert repr(rebuilt) == repr(found)
        assert type(found.evidence) is type(rebuilt.evidence)


# -- a message filled printf-style (rules._messages) -------------------------------------------

_NAMES = st.sampled_from(["n", "total", "region", "due", "x_1"])
_LITERALS = st.text(alphabet="ab %{}()sä\n", max_size=8)
_VALUES = st.one_of(st.text(max_size=8), st.integers(-(10**20), 10**20))


@given(st.lists(st.tuples(_LITERALS, st.none() | _NAMES), max_size=6), st.data())
def test_a_messages_percent_form_fills_as_format_map(
    parts: list[tuple[str, str | None]], data: st.DataObject
) -> None:
    # The %-form, where a message has one, gives format_map's text for str and int values.
    from vardservice.rules._messages import percent_form

    text = "".join(lit + (f"{{{name}}}" if name else "") for lit, name in parts)
    percent = percent_form(text)
    values = {name: data.draw(_VALUES) for _, name in parts if name}
    try:
        expected = text.format_map(values)
    except (ValueError, KeyError, IndexError):
        return  # a text str.format refuses (a lone brace): has the %-form no say
    if percent is not None:
        assert percent % values == expected


def test_every_catalog_message_fills_the_same_printf_style() -> None:
    # Every msgid and translation of the catalog with only plain {name} fields has a
    # %-form, and it fills as format_map does, with texts and with numbers; one with a
    # spec or a conversion ({goal!r}) has none, and is filled by format_map.
    import string

    from vardservice.rules._messages import percent_form

    texts = _catalog_texts()
    assert len(texts) > 100
    for text in texts:
        fields = [(f, s, c) for _, f, s, c in string.Formatter().parse(text) if f is not None]
        names = [f for f, _, _ in fields]
        percent = percent_form(text)
        if any(s or c for _, s, c in fields):
            assert percent is None, text
            continue
        assert percent is not None, text
        for values in (
            {name: f"<{name} 100 %>" for name in names},
            {name: i * 1_000 - 7 for i, name in enumerate(names)},
        ):
            assert percent % values == text.format_map(values)


def _catalog_texts() -> list[str]:
    from babel.messages.pofile import read_po

    po = Path(__file__).resolve().parent.parent / "src/vardservice/locale/sv/LC_MESSAGES"
    with (po / "vardservice.po").open("rb") as handle:
        catalog = read_po(handle)
    texts: list[str] = []
    for message in catalog:
        for part in (message.id, message.string):
            texts.extend([part] if isinstance(part, str) else part or ())
    return [t for t in texts if t]


def test_fill_is_format_map_whatever_the_values() -> None:
    # fill() goes printf-style only for exact str and int values of a message with a
    # %-form; a float, a Decimal, a bool, an enum, a str subclass or a field with a spec is filled
    # by format_map, and every case gives format_map's text.
    import decimal
    import enum

    from vardservice.rules._messages import fill, percent_form

    class Shown(str):
        def __format__(self, spec: str) -> str:  # format() and str() differ: %s would be wrong
            return "<" + str.__str__(self) + ">"

    class Kind(enum.Enum):
        A = "a"

    plain = "{n} av {total} ({share})"
    entry = (plain, percent_form(plain))
    assert entry[1] is not None
    assert fill(entry, {"n": 1, "total": 3, "share": Shown("x")}) == "1 av 3 (<x>)"
    for share in ("en tredjedel", 3, 0.5, decimal.Decimal("1.50"), True, Kind.A, Shown("y")):
        values: dict[str, object] = {"n": 1, "total": 3, "share": share}
        assert fill(entry, values) == plain.format_map(values)
    spec = "{n:,} dagar"
    assert percent_form(spec) is None
    assert fill((spec, None), {"n": 12_345}) == "12,345 dagar"
