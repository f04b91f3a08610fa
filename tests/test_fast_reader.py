"""The fast reader (io._fast) reads what the converter reads, and refuses nothing differently.

Every model class with a fast reader is compared with the converter alone
(``_converter.by_converter``, what reading was before the fast reader): on the
examples, on documents drawn from the shipped strategies, and on those documents
mutated (a value replaced by junk, a field dropped, an unknown key added): the
same object, or the same error with the same problems.
"""

from __future__ import annotations

import collections
import copy
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vardservice import strategies
from vardservice.errors import InvalidInput
from vardservice.io import from_dict, limits, loads, to_dict
from vardservice.io._converter import _read_by_own_hook, by_converter
from vardservice.io._fast import fast_reader, reader_depth
from vardservice.io._files import SUFFIXES, parse_document, read_document
from vardservice.strategies import _registry
from vardservice.subprojects import Milestone, MilestoneKind, Subproject

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

FAST = [cls for cls in _registry._public_types() if fast_reader(cls, _read_by_own_hook)]


def _outcome(read: Any) -> Any:
    """Return what a read gives: ("value", the object) or ("error", its origin and problems)."""
    try:
        return ("value", read())
    except InvalidInput as exc:
        return ("error", exc.origin, tuple(exc.problems))


def _before(text: str, cls: type[Any], fmt: Any = "json") -> Any:
    """Return what ``loads`` gave before the fast reader: parse exactly, then the converter."""

    def read() -> Any:
        return by_converter(parse_document(text, fmt, "doc"), cls, origin="doc")

    return _outcome(read)


def _now(text: str, cls: type[Any], fmt: Any = "json") -> Any:
    now = _outcome(lambda: loads(text, cls, format=fmt, origin="doc"))
    if "\r" not in text and not any("\ud800" <= c <= "\udfff" for c in text):
        # The same text's UTF-8 bytes give the same (io.loads reads bytes as a file).
        raw = text.encode()
        assert _outcome(lambda: loads(raw, cls, format=fmt, origin="doc")) == now
    return now


def _examples(cls: type[Any], for_subproject: int) -> int:
    # The subproject is what is read in bulk; the other classes' drawn documents are large
    # (a portfolio holds subprojects) or simple: fewer examples keep the suite fast.
    if cls is Subproject:
        return for_subproject
    return 4 if cls.__name__.startswith("Portfolio") else 10


def test_the_subproject_and_its_parts_have_fast_readers() -> None:
    names = {cls.__name__ for cls in FAST}
    assert {"Subproject", "Milestone", "GroupMember", "FinalReport", "Portfolio"} <= names
    assert reader_depth(Subproject) == 5  # subproject, follow-up reports, a report, its lists


def test_a_class_read_by_its_own_hook_has_none() -> None:
    from vardservice.fees import Budget
    from vardservice.units import Money

    assert fast_reader(Money, _read_by_own_hook) is None  # "23,4 mnkr": a leaf written as text
    assert fast_reader(Budget, _read_by_own_hook) is None  # derived totals checked on the way in
    assert fast_reader(int, _read_by_own_hook) is None


def _example_documents() -> list[Path]:
    return sorted(p for p in EXAMPLES.rglob("*") if p.suffix in SUFFIXES)


@pytest.mark.parametrize("path", _example_documents(), ids=lambda p: p.name)
def test_every_example_reads_the_same_both_ways(path: Path) -> None:
    data = read_document(path)
    keys = set(data) if isinstance(data, dict) else set()
    compared = 0
    for cls in FAST:
        if not keys <= {f.name for f in attrs.fields(cls)}:
            continue
        before = _outcome(lambda cls=cls: by_converter(data, cls))
        if before[0] != "value":
            continue
        reader = fast_reader(cls, _read_by_own_hook)
        assert reader is not None
        assert reader(data) == before[1]  # accepted by the fast reader, and equal
        assert from_dict(data, cls) == before[1]
        compared += 1
    if path.parent.name == "subprojects" and path.name != "portfolio.yaml":
        assert compared >= 1


@pytest.mark.parametrize("cls", FAST, ids=lambda c: c.__name__)
def test_generated_documents_read_the_same_and_by_the_fast_reader(cls: type[Any]) -> None:
    reader = fast_reader(cls, _read_by_own_hook)
    assert reader is not None

    @settings(max_examples=min(_examples(cls, 50), settings().max_examples))
    @given(strategies.from_type(cls))
    def check(value: Any) -> None:
        data = to_dict(value)
        assert reader(json.loads(json.dumps(data))) == value  # the library's own output is plain
        text = json.dumps(data, ensure_ascii=False)
        assert _now(text, cls) == _before(text, cls) == ("value", value)

    check()


# --- refused documents: the same errors ---------------------------------------------------------

JUNK: st.SearchStrategy[Any] = st.sampled_from(
    [
        None,
        True,
        0,
        -1,
        1.5,
        10**30,  # orjson reads it as a float: the exact way must still see an integer
        "",
        " ",
        "x",
        "2023-02-30",
        " 2023-01-01",
        "-5 kr",
        "Atlantis",
        "final_report",
        [],
        ["x"],
        [None],
        {},
        {"x": 1},
        [[[[[[[[[[]]]]]]]]]],
    ]
)


def _paths(data: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [at]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*at, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*at, index))
    return found


@st.composite
def _mutated(draw: st.DrawFn, cls: type[Any]) -> Any:
    data = to_dict(draw(strategies.from_type(cls)))
    path = draw(st.sampled_from(_paths(data)))
    how = draw(st.sampled_from(["replace", "drop", "add"]))
    if not path:
        return draw(JUNK) if how == "replace" else data
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "replace" or (how == "drop" and isinstance(parent, list)):
        parent[last] = draw(JUNK)
    elif how == "drop":
        del parent[last]
    elif isinstance(parent, dict):
        parent[draw(st.sampled_from(["unknown", "Kind", "", "7"]))] = draw(JUNK)
    return data


@pytest.mark.parametrize("cls", FAST, ids=lambda c: c.__name__)
def test_mutated_documents_give_what_they_gave_before(cls: type[Any]) -> None:
    @settings(
        max_examples=min(_examples(cls, 100), 2 * settings().max_examples),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(_mutated(cls))
    def check(data: Any) -> None:
        text = json.dumps(data, ensure_ascii=False)
        assert _now(text, cls) == _before(text, cls)
        assert _outcome(lambda: from_dict(data, cls, origin="doc")) == _outcome(
            lambda: by_converter(data, cls, origin="doc")
        )

    check()


def test_every_value_of_an_example_replaced_by_junk_gives_what_it_gave_before() -> None:
    # Deterministic and exhaustive over one example: each value (and each list and
    # mapping) in turn replaced by each junk value; each mapping's keys dropped in turn.
    path = EXAMPLES / "subprojects" / "bup_noncompliant.yaml"
    data = read_document(path)
    compared: collections.Counter[str] = collections.Counter()
    for where in _paths(data)[1:]:
        junk: list[Any] = [None, True, 0, 1.5, 10**30, "x", [], "__drop__"]
        for value in junk:
            changed = copy.deepcopy(data)
            parent = changed
            for step in where[:-1]:
                parent = parent[step]
            if value == "__drop__":
                if not isinstance(parent, dict):
                    continue
                del parent[where[-1]]
            else:
                parent[where[-1]] = value
            text = json.dumps(changed, ensure_ascii=False)
            now = _now(text, Subproject)
            assert now == _before(text, Subproject), (where, value)
            compared[now[0]] += 1
    assert compared["value"] > 50 and compared["error"] > 500


def test_the_depth_limit_applies_when_lowered(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (EXAMPLES / "subprojects" / "hoftfraktur_compliant.yaml").read_text(encoding="utf-8")
    data = parse_document(text, "yaml", None)
    as_json = json.dumps(data)
    assert _now(as_json, Subproject)[0] == "value"
    monkeypatch.setattr(limits, "MAX_DEPTH", 3)
    refused = _now(as_json, Subproject)
    assert refused == _before(as_json, Subproject)
    assert refused[0] == "error" and "nested deeper than 3 levels" in refused[2][0]


@settings(max_examples=200)
@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers(min_value=-(10**25), max_value=10**25)
        | st.floats(allow_nan=False)
        | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
        max_leaves=12,
    )
)
def test_arbitrary_json_reads_as_the_json_module_reads_it(data: Any) -> None:
    # The quick way (orjson) may differ only where no fast reader accepts the data.
    text = json.dumps(data)
    document = {"id": "a", "title": "b", "reason_for_fewer": data}
    assert _now(text, Subproject) == _before(text, Subproject)
    wrapped = json.dumps(document)
    assert _now(wrapped, Subproject) == _before(wrapped, Subproject)


def test_a_post_init_is_skipped_only_while_the_fields_it_checks_are_unset() -> None:
    # Milestone names the fields its post-init checks (_POST_INIT_FIELDS): the fast
    # reader skips the call while all are None, which must then be a no-op for any kind.
    checked = Milestone._POST_INIT_FIELDS
    fields = attrs.fields_dict(Milestone)
    assert checked and all(fields[name].default is None for name in checked)
    for kind in MilestoneKind:
        Milestone(kind=kind, date="2024-01-01", note="n", wording="w")
    for text in (
        '{"kind": "prepared", "date": "2024-01-01", "region": "07"}',
        '{"kind": "prepared", "date": "2024-01-01", "binding": false}',
        '{"kind": "regional_decision", "date": "2024-01-01", "region": "07"}',
    ):
        assert _now(text, Milestone) == _before(text, Milestone)
    assert _now(
        '{"kind": "prepared", "date": "2024-01-01", "excerpt": null}', Milestone
    ) == _before('{"kind": "prepared", "date": "2024-01-01", "excerpt": null}', Milestone)


def test_a_stored_reader_is_taken_only_for_the_source_it_was_written_from() -> None:
    # The stored module's readers are used when the generator writes the same source with
    # the same names; a changed class (another source, other names) compiles as before.
    from vardservice.io import _fast, _stored
    from vardservice.subprojects import ActionProposal

    fast_reader(Subproject, _read_by_own_hook)  # the subproject's readers, stored ones taken
    assert ActionProposal in _stored._STORED
    _fast._Generator(ActionProposal, _read_by_own_hook).reader()  # its source written
    kept = _stored._SOURCES[ActionProposal]
    source, params, nested = kept
    names = dict.fromkeys(params, None)
    try:
        assert _stored.stored_reader(ActionProposal, source + "\n", names, set(nested)) is None
        renamed = {**names, "_unknown": None}
        assert _stored.stored_reader(ActionProposal, source, renamed, set(nested)) is None
    finally:  # stored_reader records what it was asked: the stored module is written from it
        _stored._SOURCES[ActionProposal] = kept


def test_the_value_readers_refuse_what_the_converter_refuses() -> None:
    from vardservice.io import _values

    assert fast_reader(42, _read_by_own_hook) is None  # not a class
    with pytest.raises(ValueError, match="2024-01-01"):
        _values.date(" 2024-01-01")  # spaces around a date: the detailed way says why
    day = _values.date("2023-02-28")
    assert _values.date("2023-02-28") is day  # remembered
    with pytest.raises(TypeError):
        _values.money(1.5)
    with pytest.raises(TypeError):
        _values.decimal(None)
    with pytest.raises(TypeError):
        _values.region(7)
    with pytest.raises(TypeError):
        _values.healthcare_region(7)
