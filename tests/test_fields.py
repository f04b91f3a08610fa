"""vardservice._fields: each converter and validator accepts, refuses naming class and field,
and returns a value already of its type as it is (the fast path)."""

from __future__ import annotations

import datetime
import enum
from decimal import Decimal
from typing import Any

import attrs
import pendulum
import pytest

from vardservice import _fields
from vardservice.dates import (
    MAX_CALENDAR_YEAR,
    MAX_CASE_YEAR,
    MAX_FEE_YEAR,
    MAX_RECORD_YEAR,
    MIN_CALENDAR_YEAR,
    MIN_CASE_YEAR,
    MIN_FEE_YEAR,
    MIN_RECORD_YEAR,
)
from vardservice.errors import InvalidValue, UnknownRegion
from vardservice.regions import Region, get_region
from vardservice.units import Money


class Colour(enum.Enum):
    RED = "red"
    GREEN = "green"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@attrs.frozen(kw_only=True)
class Part:
    name: str = attrs.field(validator=_fields.text)


@attrs.frozen(kw_only=True)
class Model:
    """Every kind of field, required and optional."""

    day: pendulum.Date = attrs.field(default=pendulum.Date(2024, 1, 1), converter=_fields.date)
    maybe_day: pendulum.Date | None = attrs.field(default=None, converter=_fields.date)
    amount: Money = attrs.field(default=Money.zero(), converter=_fields.money)
    maybe_amount: Money | None = attrs.field(default=None, converter=_fields.money)
    number: Decimal = attrs.field(default=Decimal(0), converter=_fields.decimal)
    colour: Colour = attrs.field(default=Colour.RED, converter=_fields.member)
    maybe_colour: Colour | None = attrs.field(default=None, converter=_fields.member)
    level: Level = attrs.field(default=Level.LOW, converter=_fields.member)
    colours: tuple[Colour, ...] = attrs.field(default=(), converter=_fields.members)
    names: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_fields.any_texts)
    parts: tuple[Part, ...] = attrs.field(default=(), converter=_fields.items)
    title: str = attrs.field(default="t", validator=_fields.text)
    maybe_title: str | None = attrs.field(default=None, validator=_fields.text)
    note: str = attrs.field(default="", validator=_fields.any_text)
    done: bool = attrs.field(default=False, validator=_fields.flag)
    maybe_done: bool | None = attrs.field(default=None, validator=_fields.flag)
    count: int = attrs.field(default=0, validator=_fields.whole())
    votes: int = attrs.field(default=1, validator=_fields.whole(0, 10))
    maybe_pages: int | None = attrs.field(default=None, validator=_fields.whole(1, 99))
    share: Decimal = attrs.field(
        default=Decimal(1),
        converter=_fields.decimal,
        validator=_fields.between(0, 1, above_minimum=True),
    )
    hours: Decimal = attrs.field(
        default=Decimal(0), converter=_fields.decimal, validator=_fields.between(0, 24)
    )
    calendar: int = attrs.field(default=2024, validator=_fields.calendar_year)
    record: int = attrs.field(default=2024, validator=_fields.record_year)
    maybe_record: int | None = attrs.field(default=None, validator=_fields.record_year)
    fee: int = attrs.field(default=2024, validator=_fields.fee_year)
    case: int = attrs.field(default=2024, validator=_fields.case_year)
    part: Part = attrs.field(default=Part(name="p"), validator=_fields.instance)
    maybe_part: Part | None = attrs.field(default=None, validator=_fields.instance)
    starts: pendulum.Date | None = attrs.field(default=None, converter=_fields.date)
    ends: pendulum.Date | None = attrs.field(
        default=None, converter=_fields.date, validator=_fields.not_before("starts")
    )


def build(field: str, value: object) -> Model:
    kwargs: dict[str, Any] = {field: value}
    return Model(**kwargs)


def refused(field: str, value: object) -> InvalidValue:
    with pytest.raises(InvalidValue) as caught:
        build(field, value)
    assert caught.value.owner == "Model"
    assert caught.value.field.split("[")[0] == field
    assert str(caught.value).startswith(f"Model.{field}")
    return caught.value


ACCEPTED = [
    ("day", "2024-03-05", pendulum.Date(2024, 3, 5)),
    ("day", datetime.date(2024, 3, 5), pendulum.Date(2024, 3, 5)),
    ("maybe_day", None, None),
    ("amount", "23,4 mnkr", Money.of("23.4", "mnkr")),
    ("amount", 40_000, Money.of(40_000)),
    ("amount", Decimal("12.5"), Money(Decimal("12.5"))),
    ("maybe_amount", None, None),
    ("number", "12,5", Decimal("12.5")),
    ("number", 3, Decimal(3)),
    ("colour", "green", Colour.GREEN),
    ("maybe_colour", None, None),
    ("level", 2, Level.HIGH),
    ("colours", ["red", Colour.GREEN], (Colour.RED, Colour.GREEN)),
    ("names", ["a", "b"], ("a", "b")),
    ("notes", ["", "b"], ("", "b")),
    ("parts", [Part(name="x")], (Part(name="x"),)),
    ("title", "x", "x"),
    ("maybe_title", None, None),
    ("note", "", ""),
    ("done", True, True),
    ("maybe_done", None, None),
    ("count", 10**30, 10**30),
    ("votes", 10, 10),
    ("maybe_pages", None, None),
    ("share", "0.2", Decimal("0.2")),
    ("hours", 0, Decimal(0)),
    ("calendar", MIN_CALENDAR_YEAR, MIN_CALENDAR_YEAR),
    ("calendar", MAX_CALENDAR_YEAR, MAX_CALENDAR_YEAR),
    ("record", MIN_RECORD_YEAR, MIN_RECORD_YEAR),
    ("record", MAX_RECORD_YEAR, MAX_RECORD_YEAR),
    ("maybe_record", None, None),
    ("fee", MIN_FEE_YEAR, MIN_FEE_YEAR),
    ("fee", MAX_FEE_YEAR, MAX_FEE_YEAR),
    ("case", MIN_CASE_YEAR, MIN_CASE_YEAR),
    ("case", MAX_CASE_YEAR, MAX_CASE_YEAR),
    ("maybe_part", None, None),
]


@pytest.mark.parametrize(("field", "value", "expected"), ACCEPTED)
def test_each_field_accepts_what_it_reads(field: str, value: object, expected: object) -> None:
    found = getattr(build(field, value), field)
    assert found == expected
    assert type(found) is type(expected)


REFUSED: list[tuple[str, object, str]] = [
    ("day", "2024-02-30", "a date (ISO 8601, e.g. '2020-11-18')"),
    ("day", None, "a date (ISO 8601, e.g. '2020-11-18')"),
    ("day", datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC), "a date without a time"),
    ("maybe_day", "x", "a date (ISO 8601, e.g. '2020-11-18') or None"),
    ("amount", -1, "at least 0 kr"),
    ("amount", 1.5, "Money, an amount such as '23,4 mnkr' or kronor"),
    ("maybe_amount", "abc", "an amount such as '23,4 mnkr' or None"),
    ("number", 1.5, "a str, int or Decimal (floats are inexact)"),
    ("number", "1e99", "less than 10^15 in absolute value"),
    ("colour", "blue", "a Colour: one of 'red', 'green'"),
    ("colour", None, "a Colour: one of 'red', 'green'"),
    ("colour", ["red"], "a Colour: one of 'red', 'green'"),
    ("maybe_colour", "blue", "a Colour: one of 'red', 'green' or None"),
    ("level", True, "a Level: one of 1, 2"),
    ("colours", "red", "a list of Colour values"),
    ("colours", ["red", "blue"], "a Colour: one of 'red', 'green'"),
    ("names", "ab", "a list of strings"),
    ("names", ["a", " "], "a non-empty string"),
    ("names", ["a", 1], "a non-empty string"),
    ("notes", [1], "a string"),
    ("parts", {"name": "x"}, "a list of Part"),
    ("parts", [{"name": "x"}], "a Part"),
    ("title", " ", "a non-empty string"),
    ("title", None, "a non-empty string"),
    ("maybe_title", "", "a non-empty string or None"),
    ("note", 1, "a string"),
    ("done", 1, "True or False"),
    ("maybe_done", "yes", "True or False or None"),
    ("count", -1, "a whole number from 0"),
    ("count", True, "a whole number from 0"),
    ("votes", 11, "a whole number from 0 to 10"),
    ("maybe_pages", 0, "a whole number from 1 to 99 or None"),
    ("share", "0", "more than 0 and at most 1"),
    ("share", "1.5", "more than 0 and at most 1"),
    ("hours", "25", "a number from 0 to 24"),
    ("calendar", MIN_CALENDAR_YEAR - 1, f"a year from {MIN_CALENDAR_YEAR} to {MAX_CALENDAR_YEAR}"),
    ("calendar", "2024", f"a year from {MIN_CALENDAR_YEAR} to {MAX_CALENDAR_YEAR}"),
    ("record", MAX_RECORD_YEAR + 1, f"a year from {MIN_RECORD_YEAR} to {MAX_RECORD_YEAR}"),
    ("maybe_record", 1899, f"a year from {MIN_RECORD_YEAR} to {MAX_RECORD_YEAR} or None"),
    ("fee", MIN_FEE_YEAR - 1, f"a year from {MIN_FEE_YEAR} to {MAX_FEE_YEAR}"),
    ("case", MAX_CASE_YEAR + 1, f"a year from {MIN_CASE_YEAR} to {MAX_CASE_YEAR}"),
    ("part", "p", "a Part"),
    ("part", None, "a Part"),
    ("maybe_part", "p", "a Part or None"),
]


@pytest.mark.parametrize(("field", "value", "expected"), REFUSED)
def test_each_field_refuses_naming_its_class_and_field(
    field: str, value: object, expected: str
) -> None:
    assert refused(field, value).expected == expected


def test_an_item_is_named_by_its_index() -> None:
    assert refused("names", ["a", "b", ""]).field == "names[2]"
    assert refused("parts", [Part(name="x"), "y"]).field == "parts[1]"
    assert refused("colours", ["red", "blue"]).field == "colours[1]"


def test_dates_in_order() -> None:
    assert Model(starts="2024-01-01", ends="2024-01-01").ends == pendulum.Date(2024, 1, 1)
    assert Model(ends="2024-01-01").ends == pendulum.Date(2024, 1, 1)
    with pytest.raises(InvalidValue) as caught:
        Model(starts="2024-01-01", ends="2023-12-31")
    error = caught.value
    assert (error.owner, error.field) == ("Model", "ends")
    assert (error.value, error.expected) == ("2023-12-31", "on or after starts 2024-01-01")


FAST = [
    ("day", pendulum.Date(2024, 5, 6)),
    ("amount", Money.of(5)),
    ("number", Decimal("7.25")),
    ("colour", Colour.GREEN),
    ("colours", (Colour.GREEN,)),
    ("names", ("a",)),
    ("notes", ("",)),
    ("parts", (Part(name="x"),)),
]


@pytest.mark.parametrize(("field", "value"), FAST)
def test_a_value_of_the_target_type_is_kept_as_it_is(field: str, value: object) -> None:
    assert getattr(build(field, value), field) is value


def test_evolve_keeps_converted_values() -> None:
    model = Model(day="2024-03-05", parts=[Part(name="x")], colours=["red"])
    again = attrs.evolve(model, title="u")
    assert again.day is model.day and again.parts is model.parts and again.colours is model.colours


def test_checks_of_arguments_name_the_function() -> None:
    assert _fields.check_year(2024, 2000, 2200, owner="f") == 2024
    with pytest.raises(
        InvalidValue, match=r"^f\.year: got 1999; expected a year from 2000 to 2200$"
    ):
        _fields.check_year(1999, 2000, 2200, owner="f")
    with pytest.raises(InvalidValue, match=r"^f\.n: got True"):
        _fields.check_whole(True, 0, 5, owner="f", field="n")
    assert _fields.check_whole(5, 0, 5, owner="f", field="n") == 5
    assert _fields.check_flag(False, owner="f", field="b") is False
    with pytest.raises(InvalidValue, match=r"^f\.b: got 0; expected True or False$"):
        _fields.check_flag(0, owner="f", field="b")


def test_an_annotation_is_resolved_once_per_field() -> None:
    Model(colour="green")
    field = attrs.fields(Model).colour
    assert _fields._read._HELD[id(field)] is Colour


def test_adopt_presents_private_classes_as_the_packages_own() -> None:
    namespace: dict[str, Any] = {}

    @attrs.frozen
    class Thing:
        part: Part

    def helper() -> None:
        """A function."""

    namespace.update(Thing=Thing, helper=helper)
    _fields.adopt("vardservice.example", namespace, ["Thing", "helper"])
    assert Thing.__module__ == helper.__module__ == "vardservice.example"
    assert attrs.fields(Thing).part.type is Part


# --- readers: a type read from what a document holds -----------------------------------------


@attrs.frozen
class Code:
    text: str


def read_code(value: object) -> Code:
    if not isinstance(value, str):
        raise TypeError(value)
    if not value.isdigit():
        raise InvalidValue("Code", "text", value, "digits")  # a library error passes as it is
    return Code(value)


_fields.add_reader(Code, read_code, "a code of digits")


@attrs.frozen(kw_only=True)
class Holder:
    code: Code = attrs.field(default=Code("0"), converter=_fields.read)
    maybe_code: Code | None = attrs.field(default=None, converter=_fields.read)
    codes: tuple[Code, ...] = attrs.field(default=(), converter=_fields.items)
    part: Part = attrs.field(default=Part(name="p"), converter=_fields.read)


def test_a_reader_reads_a_field_and_each_item_of_a_list() -> None:
    holder = Holder(code="12", maybe_code="3", codes=["4", Code("5")])
    assert (holder.code, holder.maybe_code, holder.codes) == (
        Code("12"),
        Code("3"),
        (Code("4"), Code("5")),
    )
    assert Holder(maybe_code=None).maybe_code is None
    code = Code("7")
    assert Holder(code=code).code is code


@pytest.mark.parametrize(
    ("kwargs", "field", "expected"),
    [
        ({"code": 12}, "code", "a code of digits"),
        ({"maybe_code": 12}, "maybe_code", "a code of digits or None"),
        ({"codes": ["1", 2]}, "codes[1]", "a code of digits"),
        ({"part": "p"}, "part", "a Part"),
    ],
)
def test_a_reader_refuses_naming_the_field(
    kwargs: dict[str, Any], field: str, expected: str
) -> None:
    with pytest.raises(InvalidValue) as caught:
        Holder(**kwargs)
    assert (caught.value.owner, caught.value.field, caught.value.expected) == (
        "Holder",
        field,
        expected,
    )


def test_a_readers_own_library_error_is_raised_as_it_is() -> None:
    with pytest.raises(InvalidValue, match=r"^Code\.text: got 'x1'; expected digits$"):
        Holder(code="x1")


@attrs.frozen(kw_only=True)
class Visit:
    region: Region = attrs.field(converter=_fields.read)
    regions: tuple[Region, ...] = attrs.field(default=(), converter=_fields.items)


def test_regions_are_read_by_code_or_name() -> None:
    visit = Visit(region="Kronoberg", regions=["07", 13])
    assert visit.region is get_region("07")
    assert visit.regions == (get_region("07"), get_region("13"))
    with pytest.raises(UnknownRegion):
        Visit(region="Narnia")


def test_the_argument_checks_read_lists_members_and_numbers() -> None:
    assert _fields.check_items([Part(name="a")], Part, owner="f", field="parts") == (
        Part(name="a"),
    )
    with pytest.raises(InvalidValue, match=r"^f\.parts: got 'a'; expected a list of Part$"):
        _fields.check_items("a", Part, owner="f", field="parts")
    with pytest.raises(InvalidValue, match=r"^f\.parts\[0\]: got 1; expected a Part$"):
        _fields.check_items([1], Part, owner="f", field="parts")
    assert _fields.check_member("red", Colour, owner="f", field="c") is Colour.RED
    with pytest.raises(
        InvalidValue, match=r"^f\.c: got 'blue'; expected a Colour: one of 'red', 'green'$"
    ):
        _fields.check_member("blue", Colour, owner="f", field="c")
    assert _fields.check_decimal("1.5", 0, 2, owner="f", field="d") == Decimal("1.5")
    with pytest.raises(InvalidValue, match=r"^f\.d: got '3'; expected a number from 0 to 2$"):
        _fields.check_decimal("3", 0, 2, owner="f", field="d")
