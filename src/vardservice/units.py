"""Money and units: exact kronor, and the one pint unit registry.

Swedish public documents state money in kronor (kr), thousands of kronor (tkr)
and millions of kronor (mnkr): "23,4 mnkr" is 23 400 000 kr. This module keeps
money exact with :class:`Money`, a small frozen type over :class:`decimal.Decimal`
holding an amount in kronor, and owns the only :mod:`pint` registry of the
library for dimensional quantities (hours, kronor per hour, beds, m²).

Conventions:
    * Amounts are built from ``str``, ``int`` or ``Decimal``; a ``float`` is
      refused, since binary floats cannot hold 23,4 exactly.
    * Full precision is kept through arithmetic; rounding happens once, when a
      value is formatted, with :data:`ROUNDING` (half away from zero, as in
      Swedish public accounts).
    * Swedish formatting follows CLDR through babel: decimal comma, a no-break
      space (U+00A0) between thousands and before the unit.

Example:
    >>> from vardservice.units import parse_money, format_money
    >>> deviation = parse_money("11,0 mnkr") - parse_money("23,4 mnkr")
    >>> deviation == parse_money("-12.4 mnkr")
    True
    >>> format_money(deviation, unit="mnkr").replace("\\xa0", " ")
    '−12,4 mnkr'
    >>> format_money(parse_money("12,4 mnkr"), unit="kr").replace("\\xa0", " ")
    '12 400 000 kr'

"""

from __future__ import annotations

import decimal
import functools
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from vardservice._i18n import check_lang, locale_of, translation
from vardservice.errors import InvalidValue

if TYPE_CHECKING:
    import pint

__all__ = [
    "MAX_AMOUNT",
    "ROUNDING",
    "UNIT_FACTORS",
    "Money",
    "MoneyUnit",
    "format_money",
    "format_number",
    "parse_money",
    "quantity",
    "registry",
    "to_decimal",
    "to_money",
]

ROUNDING: Final = decimal.ROUND_HALF_UP
"""The one rounding mode, used when a value is formatted for people."""

MoneyUnit = Literal["kr", "tkr", "mnkr"]

UNIT_FACTORS: Final[dict[str, Decimal]] = {
    "kr": Decimal(1),
    "tkr": Decimal(1_000),
    "mnkr": Decimal(1_000_000),
}
"""Kronor per unit for each money unit."""

_DEFAULT_DECIMALS: Final[dict[str, int]] = {"kr": 0, "tkr": 0, "mnkr": 1}

# Unit spellings accepted by parse_money, after lower-casing and removing dots.
_UNIT_ALIASES: Final[dict[str, str]] = {
    "": "kr",
    "kr": "kr",
    "kronor": "kr",
    "krona": "kr",
    "sek": "kr",
    ":-": "kr",
    "tkr": "tkr",
    "ksek": "tkr",
    "tsek": "tkr",
    "mnkr": "mnkr",
    "mkr": "mnkr",
    "mdkr": "mdkr",  # recognised only to be refused with a clear message below
    "msek": "mnkr",
    "miljoner kronor": "mnkr",
    "miljoner kr": "mnkr",
}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
# ASCII digits only: \d would take any script's digits ("٣٠٠ kr" as 300 kr).
_MONEY = re.compile(r"^(?P<number>[+\-\u2212]?[0-9]+(?:[.,][0-9]+)?)\s*(?P<unit>.*)$")


def to_decimal(
    value: object,
    *,
    owner: str = "Decimal",
    field: str = "value",
    max_abs: Decimal | None = None,
    unit: str = "",
) -> Decimal:
    """Return ``value`` as an exact, finite :class:`~decimal.Decimal`.

    Accepts ``Decimal``, ``int`` (not ``bool``) and strings of a plain decimal
    number, with ``.`` or ``,`` as decimal mark.

    Args:
        value: the value to convert.
        owner: the class or function named in an error.
        field: the field or argument named in an error.
        max_abs: if given, the absolute value must be less than this (a guard
            against junk such as ``"1e999"``).
        unit: the unit named in the ``max_abs`` error, e.g. ``"kr"``.

    Raises:
        InvalidValue: a float, a bool, a non-finite or unparsable value, or one
            beyond ``max_abs``.

    """
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool | float):
        raise InvalidValue(owner, field, value, "a str, int or Decimal (floats are inexact)")
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = _SPACES.sub("", value).replace("\u2212", "-").replace(",", ".")
        try:
            if not text.isascii():  # Decimal() reads any script's digits: "٣٠٠" is 300
                raise decimal.InvalidOperation
            result = Decimal(text)
        except decimal.InvalidOperation:
            raise InvalidValue(owner, field, value, "a decimal number such as '23.4'") from None
    else:
        raise InvalidValue(owner, field, value, "a str, int or Decimal")
    if not result.is_finite():
        raise InvalidValue(owner, field, value, "a finite number")
    if max_abs is not None and abs(result) >= max_abs:
        limit = (
            f"10^{max_abs.adjusted()}" if max_abs == Decimal(10) ** max_abs.adjusted() else max_abs
        )
        suffix = f" {unit}" if unit else ""
        raise InvalidValue(owner, field, value, f"less than {limit}{suffix} in absolute value")
    return result


MAX_AMOUNT: Final = Decimal(10) ** 15
"""The largest amount of money, in kronor, that :class:`Money` accepts (a thousand billion kr)."""


def _amount(value: object) -> Decimal:
    return to_decimal(value, owner="Money", field="amount", max_abs=MAX_AMOUNT, unit="kr")


@attrs.frozen(order=True)
class Money:
    """An exact amount of Swedish kronor (kr).

    Arithmetic with other ``Money`` values and with ``int``/``Decimal`` factors
    is exact. Equality is by value: 23,4 mnkr equals 23 400 000 kr.

    Attributes:
        amount: the amount in kronor.

    Example:
        >>> Money.of("23.4", "mnkr") - Money.of("11.0", "mnkr")
        Money(amount=Decimal('12400000.0'))
        >>> Money.of(12_000, "kr") * 3
        Money(amount=Decimal('36000'))

    """

    amount: Decimal = attrs.field(converter=_amount)

    @classmethod
    def of(cls, value: Decimal | int | str, unit: MoneyUnit | str = "kr") -> Money:
        """Return ``value`` ``unit`` as money: ``Money.of("23.4", "mnkr")``.

        Raises:
            InvalidValue: an unknown unit or a bad number.

        """
        factor = _factor(unit, owner="Money.of")
        return cls(to_decimal(value, owner="Money", field="amount") * factor)

    @classmethod
    def zero(cls) -> Money:
        """Return 0 kr."""
        return cls(Decimal(0))

    def to(self, unit: MoneyUnit | str) -> Decimal:
        """Return the amount in ``unit`` (kr, tkr or mnkr), exact."""
        return self.amount / _factor(unit, owner="Money.to")

    def to_quantity(self) -> Any:
        """Return the amount as a pint quantity in ``kr`` (of :func:`registry`)."""
        return quantity(self.amount, "kr")

    @classmethod
    def from_quantity(cls, value: Any) -> Money:
        """Return money from a pint quantity of currency (kr, tkr, mnkr)."""
        return cls(Decimal(value.to("kr").magnitude))

    def __add__(self, other: object) -> Money:
        if isinstance(other, Money):
            return Money(self.amount + other.amount)
        return NotImplemented

    def __radd__(self, other: object) -> Money:
        # Lets sum() start from its default 0.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> Money:
        if isinstance(other, Money):
            return Money(self.amount - other.amount)
        return NotImplemented

    def __neg__(self) -> Money:
        return Money(-self.amount)

    def __abs__(self) -> Money:
        return Money(abs(self.amount))

    def __mul__(self, other: object) -> Money:
        if isinstance(other, Decimal) or (isinstance(other, int) and not isinstance(other, bool)):
            return Money(self.amount * other)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other: object) -> Any:
        if isinstance(other, Money):
            return self.amount / other.amount
        if isinstance(other, Decimal) or (isinstance(other, int) and not isinstance(other, bool)):
            return Money(self.amount / other)
        return NotImplemented

    def is_negative(self) -> bool:
        """Return whether the amount is below zero (a deficit)."""
        return self.amount < 0

    def __str__(self) -> str:
        return f"{_plain(self.amount)} kr"


def _factor(unit: str, *, owner: str) -> Decimal:
    try:
        return UNIT_FACTORS[unit]
    except KeyError:
        raise InvalidValue(owner, "unit", unit, "one of 'kr', 'tkr', 'mnkr'") from None


def _plain(value: Decimal) -> str:
    """Return a decimal in plain notation, never exponent form (1.24E+7)."""
    text = format(value, "f")
    return text


def parse_money(text: str) -> Money:
    """Parse an amount written the Swedish or the plain way.

    Accepts a number with ``,`` or ``.`` as decimal mark, spaces (also no-break
    spaces) between thousands, a leading ``-``, ``+`` or ``−`` (U+2212), and a
    unit: ``kr``, ``kronor``, ``SEK``, ``tkr``, ``mnkr``, ``mkr``, ``MSEK`` (no
    unit means kr).

    Raises:
        InvalidValue: not a string (a float is refused), or not an amount.

    Example:
        >>> parse_money("23,4 mnkr").amount
        Decimal('23400000.0')
        >>> parse_money("12 400 000 kr") == parse_money("12,4 mnkr")
        True

    """
    if not isinstance(text, str):
        raise InvalidValue("parse_money", "text", text, "a string such as '23,4 mnkr'")
    stripped = text.strip()
    # Remove thousands spaces inside the number, keep the unit apart.
    match = re.match(
        r"^([+\-\u2212]?[0-9\s\u00a0\u202f\u2009]*[0-9](?:[.,][0-9]+)?)(.*)$", stripped
    )
    if match is None:
        raise InvalidValue("parse_money", "text", text, "an amount such as '23,4 mnkr'")
    number = _SPACES.sub("", match.group(1))
    unit_text = _SPACES.sub(" ", match.group(2)).strip().lower().replace(".", "")
    unit = _UNIT_ALIASES.get(unit_text)
    if unit is None or unit == "mdkr" or _MONEY.match(number) is None:
        raise InvalidValue(
            "parse_money", "text", text, "an amount in kr, tkr or mnkr, such as '23,4 mnkr'"
        )
    return Money.of(number, unit)


def to_money(
    value: object, *, owner: str = "Money", field: str = "amount", negative: bool = True
) -> Money:
    """Return ``value`` as :class:`Money`: a ``Money``, an amount text or a number of kronor.

    Args:
        value: ``Money``, a string such as ``"23,4 mnkr"``, or an ``int``/``Decimal`` of kronor.
        owner: the class or function named in an error.
        field: the field or argument named in an error.
        negative: whether a negative amount is accepted.

    Raises:
        InvalidValue: a float, an unreadable amount, or a negative one when not
            accepted; the message names ``owner.field`` and the value.

    Example:
        >>> to_money("40 000 kr") == to_money(40_000) == Money.of(40, "tkr")
        True

    """
    if isinstance(value, Money):
        money = value
    elif isinstance(value, str):
        try:
            money = parse_money(value)
        except InvalidValue:
            raise InvalidValue(owner, field, value, "an amount such as '23,4 mnkr'") from None
    elif isinstance(value, int | Decimal) and not isinstance(value, bool):
        try:
            money = Money(value)
        except InvalidValue as exc:
            raise InvalidValue(owner, field, value, exc.expected) from None
    else:
        raise InvalidValue(owner, field, value, "Money, an amount such as '23,4 mnkr' or kronor")
    if not negative and money.is_negative():
        raise InvalidValue(owner, field, str(money), "at least 0 kr")
    return money


def format_number(
    value: Decimal | int, *, decimals: int = 0, lang: str = "sv", grouping: bool = True
) -> str:
    """Format a number for people, CLDR style: ``250 000`` (sv), ``250,000`` (en).

    The value is rounded once, with :data:`ROUNDING`, to ``decimals`` places.

    Example:
        >>> format_number(250_000).replace("\\xa0", " ")
        '250 000'
        >>> format_number(1_000_001, lang="en")
        '1,000,001'
        >>> format_number(Decimal("-12.4"), decimals=1), format_number(-3, lang="en")
        ('−12,4', '-3')

    """
    from babel.numbers import format_decimal

    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise InvalidValue("format_number", "value", value, "an int or Decimal")
    if isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 12:
        raise InvalidValue("format_number", "decimals", decimals, "a whole number from 0 to 12")
    number = Decimal(value)
    if not number.is_finite():
        raise InvalidValue("format_number", "value", value, "a finite number")
    # Enough precision for the whole number: quantize never loses digits or fails.
    with decimal.localcontext() as context:
        context.prec = max(28, number.adjusted() + decimals + 3)
        rounded = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUNDING)
        if rounded == 0:
            rounded = abs(rounded)  # never print "-0,0"
        pattern = ("#,##0" if grouping else "0") + ("." + "0" * decimals if decimals > 0 else "")
        text: str = format_decimal(rounded, format=pattern, locale=_locale(lang))
    if text.startswith("-"):
        # babel writes "-" whatever the locale; CLDR's minus sign is U+2212 in Swedish
        # ("−12,4"), "-" in English. The one place every number and amount is formatted.
        text = _minus_sign(_locale(lang)) + text[1:]
    return text


@functools.cache
def _minus_sign(locale: str) -> str:
    """Return the locale's minus sign (CLDR): ``"\u2212"`` in sv_SE, ``"-"`` in en_GB."""
    from babel.numbers import get_minus_sign_symbol

    sign: str = get_minus_sign_symbol(locale)
    return sign


def format_money(
    amount: Money | Decimal | int,
    unit: MoneyUnit | str = "kr",
    *,
    decimals: int | None = None,
    lang: str = "sv",
) -> str:
    """Format money in ``unit`` the way a Swedish public document writes it.

    Args:
        amount: a :class:`Money`, or a number of kronor.
        unit: ``"kr"``, ``"tkr"`` or ``"mnkr"``.
        decimals: places after the decimal mark; by default 0 for kr and tkr,
            1 for mnkr ("23,4 mnkr").
        lang: ``"sv"`` (kr, tkr, mnkr) or ``"en"`` (SEK, kSEK, MSEK).

    Raises:
        InvalidValue: an unknown unit or language, or a float amount.

    Example:
        >>> format_money(Money.of("23.4", "mnkr"), unit="mnkr").replace("\\xa0", " ")
        '23,4 mnkr'
        >>> format_money(Money.of("23.4", "mnkr"), unit="mnkr", lang="en")
        '23.4\\xa0MSEK'

    """
    money = amount if isinstance(amount, Money) else Money(amount)
    places = _DEFAULT_DECIMALS[unit] if decimals is None and unit in UNIT_FACTORS else decimals
    value = money.to(unit)
    label = _unit_name(unit, _lang(lang))
    return f"{format_number(value, decimals=places or 0, lang=lang)}\u00a0{label}"


@functools.cache
def _unit_name(unit: str, lang: str) -> str:
    """Return a money unit's name in ``lang``: "mnkr" in Swedish, "MSEK" in English (catalog)."""
    pgettext = translation(lang).pgettext
    names = {
        "kr": pgettext("money unit", "SEK"),
        "tkr": pgettext("money unit", "kSEK"),
        "mnkr": pgettext("money unit", "MSEK"),
    }
    return names[unit]


def _lang(lang: str) -> str:
    return check_lang("format", lang)


def _locale(lang: str) -> str:
    return locale_of(_lang(lang))


_DEFINITIONS: Final = (
    "second = [time] = s",
    "minute = 60 * second = min",
    "hour = 60 * minute = h",
    "day = 24 * hour = d",
    "week = 7 * day",
    "year = 365 * day = a",
    "metre = [length] = m = meter",
    "krona = [currency] = kr = kronor",
    "tkr = 1000 * krona",
    "mnkr = 1000000 * krona",
    "bed = [bed]",
    "portion = [portion]",
    "percent = 0.01 = %",
)


@functools.cache
def registry() -> pint.UnitRegistry[Any]:
    """Return the library's one pint registry, creating it on first use.

    It has Decimal magnitudes and only the units vardservice needs: s, min, h,
    day, week, year; m (and so m²); kr, tkr, mnkr; bed; portion; percent.
    Quantities from two registries cannot be combined, so no other module
    creates one. Building it takes a few milliseconds (``import pint`` itself
    takes longer), which is why it is created lazily.
    """
    import pint

    ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(None, non_int_type=Decimal)
    for definition in _DEFINITIONS:
        ureg.define(definition)
    return ureg


def quantity(value: Decimal | int | str, unit: str) -> Any:
    """Return a pint quantity of ``value`` in ``unit``, with an exact magnitude.

    Example:
        >>> cost = quantity("500", "kr/h") * quantity(8, "h")
        >>> str(cost.to("kr"))
        '4000 krona'

    """
    magnitude = to_decimal(value, owner="quantity", field="value")
    return registry().Quantity(magnitude, unit)
