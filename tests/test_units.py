"""Money is exact Decimal kronor; Swedish formatting follows CLDR through babel."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardservice import strategies
from vardservice.errors import InvalidValue
from vardservice.units import (
    Money,
    format_money,
    format_number,
    parse_money,
    quantity,
    registry,
    to_decimal,
)

NBSP = "\u00a0"


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


@pytest.mark.parametrize(
    ("text", "kronor"),
    [
        ("23,4 mnkr", Decimal("23400000")),
        ("-12.4 mnkr", Decimal("-12400000")),
        ("−12,4 mnkr", Decimal("-12400000")),  # U+2212, as babel's sv locale may print
        ("11,0 mnkr", Decimal("11000000")),
        ("12 400 000 kr", Decimal("12400000")),
        (f"12{NBSP}400{NBSP}000{NBSP}kr", Decimal("12400000")),
        ("250 tkr", Decimal("250000")),
        ("40000", Decimal("40000")),
        ("1,5 MSEK", Decimal("1500000")),
        ("3 mkr", Decimal("3000000")),
        ("99,50 kronor", Decimal("99.50")),
    ],
)
def test_parse_money_reads_swedish_and_plain_amounts(text: str, kronor: Decimal) -> None:
    assert parse_money(text).amount == kronor


@pytest.mark.parametrize("bad", ["", "kr", "23,4 mdkr", "23,4 euro", "1.2.3 kr", "abc", "12,4,5"])
def test_parse_money_refuses_what_is_not_an_amount(bad: str) -> None:
    with pytest.raises(InvalidValue, match="parse_money.text"):
        parse_money(bad)


@pytest.mark.parametrize("bad", [23.4, None, 12, Decimal("1")])
def test_parse_money_takes_only_strings(bad: object) -> None:
    with pytest.raises(InvalidValue):
        parse_money(bad)  # type: ignore[arg-type]


def test_floats_are_refused_everywhere_money_is_built() -> None:
    with pytest.raises(InvalidValue, match="floats are inexact"):
        Money(23.4)
    with pytest.raises(InvalidValue):
        Money.of(23.4, "mnkr")  # type: ignore[arg-type]
    with pytest.raises(InvalidValue):
        to_decimal(True)


def test_the_rgs_vns_deviation_is_exact() -> None:
    """RGS-VNS: compensation 11,0 mnkr − forecast 23,4 mnkr = −12,4 mnkr, exactly."""
    deviation = parse_money("11,0 mnkr") - parse_money("23,4 mnkr")
    assert deviation == parse_money("-12,4 mnkr")
    assert deviation.to("mnkr") == Decimal("-12.4")
    assert deviation.is_negative()
    assert plain(format_money(deviation, "mnkr")) == "−12,4 mnkr"
    # The binary-float version of the same sum is not exact: the reason for Decimal.
    assert 11.0 - 23.4 != -12.4


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (Money.of("23.4", "mnkr"), "mnkr", "23,4 mnkr"),
        (Money.of("12.4", "mnkr"), "kr", "12 400 000 kr"),
        (Money.of("250000"), "tkr", "250 tkr"),
        (Money.of("23.45", "mnkr"), "mnkr", "23,5 mnkr"),  # half up, once, at formatting
        (Money.of("-0.04", "mnkr"), "mnkr", "0,0 mnkr"),  # never "-0,0"
        (Decimal("1234.5"), "kr", "1 235 kr"),
    ],
)
def test_format_money_writes_swedish_cldr(amount: Money, unit: str, expected: str) -> None:
    assert plain(format_money(amount, unit)) == expected


def test_format_money_uses_no_break_spaces_and_english_on_request() -> None:
    assert format_money(Money.of("12.4", "mnkr"), "kr") == f"12{NBSP}400{NBSP}000{NBSP}kr"
    assert format_money(Money.of("23.4", "mnkr"), "mnkr", lang="en") == f"23.4{NBSP}MSEK"
    assert format_money(Money.of(250_000), "kr", lang="en") == f"250,000{NBSP}SEK"
    assert plain(format_money(Money.of(5), "kr", decimals=2)) == "5,00 kr"


@pytest.mark.parametrize(("unit", "lang"), [("eur", "sv"), ("kr", "de")])
def test_format_money_refuses_unknown_units_and_languages(unit: str, lang: str) -> None:
    with pytest.raises(InvalidValue):
        format_money(Money.of(1), unit, lang=lang)


def test_format_number_groups_thousands() -> None:
    assert plain(format_number(250_000)) == "250 000"
    assert plain(format_number(Decimal("1000000.25"), decimals=1)) == "1 000 000,3"
    assert format_number(1_000_001, lang="en") == "1,000,001"


def test_money_arithmetic() -> None:
    a, b = Money.of(100), Money.of("0.5")
    assert a + b == Money.of("100.5")
    assert sum([a, b, b]) == Money.of(101)
    assert a * 3 == 3 * a == Money.of(300)
    assert a / 4 == Money.of(25)
    assert a / Money.of(50) == 2
    assert -a == Money.of(-100)
    assert abs(Money.of(-3)) == Money.of(3)
    assert Money.of(1) < Money.of(2)
    assert str(Money.of("23.4", "mnkr")) == "23400000.0 kr"
    with pytest.raises(TypeError):
        a + 1
    with pytest.raises(TypeError):
        a * 1.5


@pytest.mark.parametrize("other", [1, "1", 1.0, True, None], ids=repr)
def test_money_takes_no_plain_number_or_text_where_kronor_are_meant(other: object) -> None:
    # Money - 1, 1 + Money (but sum()'s 0), Money / 1.0 or "1": a TypeError, never a guess.
    a = Money.of(100)
    with pytest.raises(TypeError):
        a - other
    with pytest.raises(TypeError):
        other + a
    if not (isinstance(other, int) and not isinstance(other, bool)):
        with pytest.raises(TypeError):
            a / other
    assert 0 + a == a


@pytest.mark.parametrize(
    ("value", "decimals", "field"),
    [
        (1.5, 0, "value"),
        (True, 0, "value"),
        (1, -1, "decimals"),
        (1, True, "decimals"),
        (1, 13, "decimals"),
        (Decimal("NaN"), 0, "value"),
        (Decimal("Infinity"), 0, "value"),
    ],
    ids=repr,
)
def test_format_number_refuses_what_is_not_a_number_to_show(
    value: object, decimals: object, field: str
) -> None:
    with pytest.raises(InvalidValue, match=rf"format_number\.{field}"):
        format_number(value, decimals=decimals)  # type: ignore[arg-type]


def test_money_equality_is_by_value_across_units() -> None:
    assert Money.of("23.4", "mnkr") == Money.of(23_400, "tkr") == Money.of(23_400_000)
    assert hash(Money.of("23.4", "mnkr")) == hash(Money.of(23_400_000))


def test_one_registry_with_decimal_magnitudes() -> None:
    assert registry() is registry()
    cost = quantity("520.50", "kr/h") * quantity(8, "h")
    assert cost.to("kr").magnitude == Decimal("4164.000")
    assert isinstance(cost.to("kr").magnitude, Decimal)
    assert str(quantity("23.4", "mnkr").to("tkr").units) == "tkr"
    assert Money.from_quantity(quantity("11.0", "mnkr")) == Money.of(11_000_000)
    assert Money.of(5).to_quantity().to("kr").magnitude == Decimal(5)


@given(strategies.money(), strategies.money())
def test_money_addition_and_subtraction_are_exact_inverses(a: Money, b: Money) -> None:
    assert (a + b) - b == a
    assert (a - b) + b == a


@given(strategies.money(min_kr=-(10**9)), st.sampled_from(["kr", "tkr", "mnkr"]))
def test_money_converts_between_units_without_loss(a: Money, unit: str) -> None:
    assert Money.of(a.to(unit), unit) == a


@given(strategies.money(min_kr=-(10**9), places=0))
def test_format_then_parse_round_trips_whole_kronor(a: Money) -> None:
    assert parse_money(format_money(a, "kr")) == a


def test_amounts_beyond_a_thousand_billion_kronor_are_refused() -> None:
    from vardservice.units import MAX_AMOUNT

    assert Money(MAX_AMOUNT - 1).amount == MAX_AMOUNT - 1
    with pytest.raises(InvalidValue, match="less than 10"):
        Money(MAX_AMOUNT)
    with pytest.raises(InvalidValue):
        parse_money("1e999")
    assert plain(format_number(10**30)) == "1 " + " ".join(["000"] * 10)
