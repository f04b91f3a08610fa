"""Decisions (HSN90): case numbers, protocol excerpts and needs inventories."""

from collections.abc import Callable
from pathlib import Path

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardservice import strategies
from vardservice.decisions import (
    NEEDS_SOURCE,
    CaseNumber,
    NeedsInventory,
    NeedTally,
    ProtocolExcerpt,
    case_number,
)
from vardservice.errors import InvalidValue, VardserviceError
from vardservice.io import load

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "decisions"

# --- case numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "compact"),
    [
        ("HSN 938-2020", "HSN938-2020"),
        ("hsn 938-2020", "HSN938-2020"),
        ("  HSN  938 - 2020 ", "HSN938-2020"),
        ("HSN-938-2020", "HSN938-2020"),
        ("HSN 938\u20132020", "HSN938-2020"),  # en dash
        ("HSN\u00a0938\u22122020", "HSN938-2020"),  # no-break space, minus sign
        ("RS 12-2019", "RS12-2019"),
        ("Rs\t12\u20112019", "RS12-2019"),  # non-breaking hyphen
    ],
)
def test_compact_normalises_spacing_case_and_dashes(text: str, compact: str) -> None:
    assert case_number.compact(text) == compact
    assert case_number.validate(text) == compact
    assert case_number.is_valid(text)


def test_format_and_parse_the_hsn90_number() -> None:
    assert case_number.format("hsn938–2020") == "HSN 938-2020"
    number = case_number.parse("HSN 938-2020")
    assert number == CaseNumber(prefix="HSN", serial=938, year=2020)
    assert str(number) == "HSN 938-2020"
    assert case_number.parse(number) is number
    assert case_number.format("HSN 0938-2020") == "HSN 938-2020"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("938-2020", "prefix"),
        ("H5N 938-2020", "serial"),
        ("ΑΒΓ 938-2020", "prefix"),  # Greek letters
        ("ABCDEFGHIJKLM 1-2020", "prefix"),
        ("HSN", "serial"),
        ("HSN -2020", "year"),  # read as serial 2020 without a year
        ("HSN 0-2020", "serial"),
        ("HSN 1000000000-2020", "serial"),
        ("HSN ٣-2020", "serial"),  # Arabic-Indic digit
        ("HSN 938", "year"),
        ("HSN 938-20", "year"),
        ("HSN 938-1899", "year"),
        ("HSN 938-2200", "year"),
        ("HSN 938-2020-1", "year"),
        ("HSN 938/2020", "serial"),
        ("", "number"),
    ],
)
def test_validate_names_the_bad_part(text: str, field: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        case_number.validate(text)
    assert caught.value.owner == "CaseNumber"
    assert caught.value.field == field
    assert not case_number.is_valid(text)


@pytest.mark.parametrize("junk", [None, 938, 2020.0, b"HSN 938-2020", ["HSN 938-2020"]])
def test_non_text_is_refused_by_every_function(junk: object) -> None:
    for function in (case_number.compact, case_number.validate, case_number.format):
        with pytest.raises(InvalidValue, match="CaseNumber.number"):
            function(junk)  # type: ignore[arg-type]
    assert not case_number.is_valid(junk)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"prefix": "hsn"}, "prefix"),
        ({"prefix": ""}, "prefix"),
        ({"prefix": 1}, "prefix"),
        ({"serial": 0}, "serial"),
        ({"serial": True}, "serial"),
        ({"serial": "938"}, "serial"),
        ({"year": 1899}, "year"),
        ({"year": 2020.0}, "year"),
    ],
)
def test_case_number_fields_are_checked(fields: dict[str, object], field: str) -> None:
    values: dict[str, object] = {"prefix": "HSN", "serial": 938, "year": 2020} | fields
    with pytest.raises(InvalidValue) as caught:
        CaseNumber(**values)  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("CaseNumber", field)


@given(strategies.case_numbers())
def test_format_of_parse_round_trips(number: CaseNumber) -> None:
    text = str(number)
    assert case_number.format(text) == text
    assert case_number.parse(text) == number
    assert case_number.parse(case_number.compact(text)) == number
    assert case_number.parse(text.lower().replace(" ", "  ").replace("-", " – ")) == number


@given(st.text(max_size=30))
def test_junk_strings_never_crash(text: str) -> None:
    if not case_number.is_valid(text):
        with pytest.raises(InvalidValue) as caught:
            case_number.format(text)
        assert caught.value.field in ("number", "prefix", "serial", "year")
    else:
        formatted = case_number.format(text)
        assert case_number.format(formatted) == formatted


# --- protocol excerpts ----------------------------------------------------------------------

BASE = {
    "body": "Hälso- och sjukvårdsnämndens arbetsutskott",
    "meeting_date": "2020-11-18",
    "paragraph": 90,
    "title": "Vårdnära service",
    "case_number": "HSN 938-2020",
}


def test_excerpt_parses_its_case_number_and_date() -> None:
    excerpt = ProtocolExcerpt(**BASE)  # type: ignore[arg-type]
    assert excerpt.case_number == CaseNumber(prefix="HSN", serial=938, year=2020)
    assert excerpt.meeting_date == pendulum.date(2020, 11, 18)
    assert excerpt.paragraph_label == "§\xa090"
    assert excerpt.heading == "§\xa090 Vårdnära service"
    assert not excerpt.is_decided()
    assert not excerpt.is_as_proposed()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("body", " "),
        ("title", None),
        ("meeting_date", "18/11/2020"),
        ("meeting_date", "2020-11-18T10:00"),
        ("paragraph", 0),
        ("paragraph", "90"),
        ("case_number", "HSN 938"),
        ("case_number", 938),
        ("summary", "one string, not a list"),
        ("summary", ["ok", ""]),
        ("decision", [1]),
        ("attested_by", ""),
        ("sent_to", [None]),
    ],
)
def test_excerpt_refuses_meaningless_fields(field: str, value: object) -> None:
    with pytest.raises(InvalidValue) as caught:
        ProtocolExcerpt(**(BASE | {field: value}))  # type: ignore[arg-type]
    assert caught.value.owner in ("ProtocolExcerpt", "CaseNumber")


def test_the_hsn90_example_is_the_source_verbatim() -> None:
    excerpt = load(EXAMPLES / "hsn90.yaml", ProtocolExcerpt)
    assert str(excerpt.case_number) == "HSN 938-2020"
    assert excerpt.meeting_date == pendulum.date(2020, 11, 18)
    assert excerpt.heading == "§\xa090 Vårdnära service"
    assert excerpt.body == "Hälso- och sjukvårdsnämndens arbetsutskott"
    assert len(excerpt.summary) == 8
    assert excerpt.summary[4] == (
        "Inom de top 10 prioriterade behoven kommer behoven av VNS arbetsuppgifter på "
        "plats 4 och plats 7 enligt frekvensmätning."
    )
    assert excerpt.decision == (
        "Hälso och sjukvårdsnämnden har tagit del av återrapporteringen.",
        "Hälso och sjukvårdsnämnden godkänner inriktningen att först genomföra "
        "effektiviseringar för att sedan återinvestera i behoven kopplade till konceptet "
        "vårdnära service.",
    )
    assert excerpt.is_as_proposed()


def test_the_hsn90_example_is_the_seed_word_for_word(seed_text: Callable[[str], str]) -> None:
    excerpt = load(EXAMPLES / "hsn90.yaml", ProtocolExcerpt)
    text = " ".join(seed_text("HSN90").split())  # ../shared/seeds; fails in CI when missing
    for paragraph in excerpt.summary + excerpt.decision + excerpt.proposed_decision:
        assert " ".join(paragraph.split()) in text


# --- needs inventories ----------------------------------------------------------------------


def _inventory(*counts: int, tags: dict[int, str] | None = None) -> NeedsInventory:
    tags = tags or {}
    return NeedsInventory(
        tallies=[
            NeedTally(need=f"need {i}", count=c, tags=[tags[i]] if i in tags else [])
            for i, c in enumerate(counts)
        ],
        illustrative=True,
    )


def test_ties_share_a_rank_and_skip_the_next() -> None:
    inventory = _inventory(3, 9, 7, 7, 1, 1)
    assert [(r.rank, r.tally.count) for r in inventory.ranked()] == [
        (1, 9), (2, 7), (2, 7), (4, 3), (5, 1), (5, 1),
    ]  # fmt: skip
    # equal counts keep the order given
    assert [r.tally.need for r in inventory.ranked()][1:3] == ["need 2", "need 3"]


def test_top_keeps_a_tie_at_the_boundary_whole() -> None:
    inventory = _inventory(9, 7, 7, 3)
    assert [r.rank for r in inventory.top(2)] == [1, 2, 2]
    assert [r.rank for r in inventory.top(1)] == [1]
    assert len(inventory.top(10)) == 4
    for bad in (0, -1, True, "3", 2.0):
        with pytest.raises(InvalidValue, match="NeedsInventory.top.n"):
            inventory.top(bad)  # type: ignore[arg-type]


def test_positions_of_a_tag() -> None:
    inventory = _inventory(9, 7, 7, 3, 2, tags={2: "VNS", 4: "vns"})
    assert inventory.positions("VNS") == (2, 5)
    assert inventory.positions("vns", top=4) == (2,)
    assert inventory.positions("lokalvård") == ()
    with pytest.raises(InvalidValue):
        inventory.positions("")


def test_illustrative_example_reproduces_hsn90_places_4_and_7() -> None:
    """HSN90: "behoven av VNS arbetsuppgifter på plats 4 och plats 7" of the top ten."""
    path = EXAMPLES / "needs_inventory_illustrative.yaml"
    inventory = load(path, NeedsInventory)
    assert inventory.illustrative  # HSN90 gives the places, not the counts
    assert "ILLUSTRATIVE" in path.read_text(encoding="utf-8").splitlines()[0]
    assert inventory.positions("VNS", top=10) == (4, 7)
    assert len(inventory.top(10)) == 10
    assert [r.rank for r in inventory.top(10)][:4] == [1, 2, 2, 4]  # a tie, handled
    assert inventory.source == NEEDS_SOURCE
    assert str(inventory.source) == "HSN90, Sammanfattning"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"tallies": [NeedTally(need="a", count=1), NeedTally(need=" A", count=2)]}, "tallies[1]"),
        ({"tallies": "a"}, "tallies"),
        ({"tallies": [], "illustrative": False}, "reference"),
        ({"tallies": [], "illustrative": "yes"}, "illustrative"),
        ({"tallies": [], "title": ""}, "title"),
    ],
)
def test_inventory_refuses(kwargs: dict[str, object], field: str) -> None:
    values: dict[str, object] = {"illustrative": True} | kwargs
    with pytest.raises(InvalidValue) as caught:
        NeedsInventory(**values)  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("NeedsInventory", field)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"count": -1}, "count"), ({"count": True}, "count"), ({"need": ""}, "need"),
     ({"tags": "VNS"}, "tags"), ({"tags": [""]}, "tags[0]")],
)  # fmt: skip
def test_tally_refuses(kwargs: dict[str, object], field: str) -> None:
    values: dict[str, object] = {"need": "a", "count": 1} | kwargs
    with pytest.raises(InvalidValue) as caught:
        NeedTally(**values)  # type: ignore[arg-type]
    assert caught.value.field == field


@given(strategies.needs_inventories())
def test_rank_is_one_more_than_the_needs_named_more_often(inventory: NeedsInventory) -> None:
    ranked = inventory.ranked()
    assert len(ranked) == len(inventory.tallies)
    assert {r.tally for r in ranked} == set(inventory.tallies)
    for row in ranked:
        assert row.rank == 1 + sum(t.count > row.tally.count for t in inventory.tallies)
    assert [r.rank for r in ranked] == sorted(r.rank for r in ranked)


@given(strategies.needs_inventories(), st.integers(1, 15), st.sampled_from(["VNS", "måltider"]))
def test_top_and_positions_agree_with_the_ranking(
    inventory: NeedsInventory, n: int, tag: str
) -> None:
    ranked = inventory.ranked()
    top = inventory.top(n)
    assert top == tuple(r for r in ranked if r.rank <= n)
    assert len(top) >= min(n, len(ranked))
    assert inventory.positions(tag, top=n) == tuple(r.rank for r in top if tag in r.tally.tags)


@given(st.from_type(object))
def test_positions_never_crash_on_junk(junk: object) -> None:
    inventory = _inventory(1, 2)
    try:
        inventory.positions(junk)  # type: ignore[arg-type]
    except VardserviceError:
        pass
