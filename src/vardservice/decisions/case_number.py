"""Case numbers (diarienummer) of Swedish public bodies, e.g. "HSN 938-2020".

A case number names the body's registry (a prefix of letters, ``HSN`` for Region
Halland's Hälso- och sjukvårdsnämnd), the case's serial number in that registry
and the year the case was registered: ``HSN 938-2020`` is case 938 of 2020
(HSN90, the protocol excerpt § 90 Vårdnära service). Bodies write them in many
ways; this module reads the form ``PREFIX SERIAL-YEAR`` and its variants of
spacing, case and dashes (``hsn938–2020``, ``HSN-938-2020``).

The functions follow python-stdnum's modules:

* :func:`compact` normalises: upper case, no spaces, every dash a hyphen-minus,
  nothing between the prefix and the serial (``"HSN938-2020"``);
* :func:`validate` returns the compact form or raises
  :class:`~vardservice.errors.InvalidValue` naming the part that is wrong
  (``prefix``, ``serial`` or ``year``);
* :func:`is_valid` says whether :func:`validate` would succeed;
* :func:`format` gives the printed form, ``"HSN 938-2020"``;
* :func:`parse` gives a :class:`CaseNumber`.

Example:
    >>> from vardservice.decisions import case_number
    >>> case_number.compact(" hsn 938 – 2020 ")
    'HSN938-2020'
    >>> case_number.format("hsn938-2020")
    'HSN 938-2020'
    >>> case_number.is_valid("HSN 938-20")
    False
    >>> case_number.parse("HSN 938-2020")
    CaseNumber(prefix='HSN', serial=938, year=2020)

"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import attrs

from vardservice import _fields
from vardservice.dates import MAX_CASE_YEAR, MIN_CASE_YEAR
from vardservice.errors import InvalidValue

__all__ = [
    "MAX_PREFIX_LENGTH",
    "MAX_SERIAL",
    "MAX_YEAR",
    "MIN_YEAR",
    "CaseNumber",
    "compact",
    "format",
    "is_valid",
    "parse",
    "validate",
]

MIN_YEAR: Final = MIN_CASE_YEAR
"""The earliest registration year accepted (:data:`vardservice.dates.MIN_CASE_YEAR`)."""
MAX_YEAR: Final = MAX_CASE_YEAR
"""The latest registration year accepted (:data:`vardservice.dates.MAX_CASE_YEAR`)."""
MAX_SERIAL: Final = 999_999_999
"""The largest serial number accepted (nine digits)."""
MAX_PREFIX_LENGTH: Final = 12
"""The longest prefix accepted, in letters."""

_OWNER: Final = "CaseNumber"
# Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign, small and
# full-width hyphen-minus: word processors turn "938-2020" into any of them.
_DASHES: Final = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d]")
_SPACE: Final = re.compile(r"\s+")
_PREFIX_DASH: Final = re.compile(r"^([^\W\d_]+)-(?=\d)")
_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÆØÜ")
_EXAMPLE: Final = "e.g. 'HSN 938-2020'"


def _text(number: object) -> str:
    if isinstance(number, CaseNumber):
        return f"{number.prefix}{number.serial}-{number.year}"
    if not isinstance(number, str):
        raise InvalidValue(_OWNER, "number", number, f"a case number as text, {_EXAMPLE}")
    return number


def compact(number: str) -> str:
    """Return the case number without formatting: ``"HSN938-2020"``.

    Upper case, whitespace removed, every kind of dash made a hyphen-minus, and a
    dash between the prefix and the serial dropped. Nothing is checked; see
    :func:`validate`.

    Raises:
        InvalidValue: ``number`` is not text.

    Example:
        >>> compact("Hsn-938 ‑ 2020")
        'HSN938-2020'

    """
    text = unicodedata.normalize("NFC", _text(number)).upper()
    text = _SPACE.sub("", _DASHES.sub("-", text))
    return _PREFIX_DASH.sub(r"\1", text)


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _parts(number: str) -> tuple[str, int, int]:
    """Return (prefix, serial, year) of a valid number, or raise naming the bad part."""
    text = compact(number)
    if not text:
        raise InvalidValue(_OWNER, "number", number, f"a case number, {_EXAMPLE}")
    end = 0
    while end < len(text) and text[end].isalpha():
        end += 1
    prefix, rest = text[:end], text[end:]
    if not prefix or len(prefix) > MAX_PREFIX_LENGTH or not set(prefix) <= _LETTERS:
        raise InvalidValue(
            _OWNER,
            "prefix",
            prefix or number,
            f"the body's letters (1 to {MAX_PREFIX_LENGTH}), {_EXAMPLE}",
        )
    serial_text, dash, year_text = rest.partition("-")
    if not _is_digits(serial_text) or not 1 <= int(serial_text) <= MAX_SERIAL:
        raise InvalidValue(
            _OWNER, "serial", serial_text, f"a serial number from 1 to {MAX_SERIAL}, {_EXAMPLE}"
        )
    if (
        not dash
        or len(year_text) != 4
        or not _is_digits(year_text)
        or not MIN_CASE_YEAR <= int(year_text) <= MAX_CASE_YEAR
    ):
        raise InvalidValue(
            _OWNER,
            "year",
            year_text,
            f"a four-digit year from {MIN_CASE_YEAR} to {MAX_CASE_YEAR} after a dash, {_EXAMPLE}",
        )
    return prefix, int(serial_text), int(year_text)


def validate(number: str) -> str:
    """Return the compact form of a valid case number.

    Raises:
        InvalidValue: the number is not text, or its ``prefix``, ``serial`` or
            ``year`` is wrong (the error's ``field`` names which).

    Example:
        >>> validate("HSN 938-2020")
        'HSN938-2020'
        >>> from vardservice.errors import InvalidValue
        >>> try:
        ...     validate("HSN 0-2020")
        ... except InvalidValue as err:
        ...     print(err.field, repr(err.value))
        serial '0'

    """
    _parts(number)
    return compact(number)


def is_valid(number: str) -> bool:
    """Return whether ``number`` is a valid case number (anything else gives ``False``)."""
    try:
        _parts(number)
    except InvalidValue:
        return False
    return True


def format(number: str) -> str:
    """Return the case number as it is printed: ``"HSN 938-2020"``.

    Leading zeros of the serial are dropped (``"HSN 0938-2020"`` prints as
    ``"HSN 938-2020"``).

    Raises:
        InvalidValue: as :func:`validate`.

    """
    return str(parse(number))


def parse(number: str | CaseNumber) -> CaseNumber:
    """Return the :class:`CaseNumber` written in ``number``.

    Raises:
        InvalidValue: as :func:`validate`.

    Example:
        >>> parse("hsn 938 - 2020").serial
        938

    """
    if isinstance(number, CaseNumber):
        return number
    prefix, serial, year = _parts(number)
    return CaseNumber(prefix=prefix, serial=serial, year=year)


def _prefix(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if (
        not isinstance(value, str)
        or not 1 <= len(value) <= MAX_PREFIX_LENGTH
        or not set(value) <= _LETTERS
    ):
        raise InvalidValue(
            _OWNER,
            "prefix",
            value,
            f"the body's capital letters (1 to {MAX_PREFIX_LENGTH}), e.g. 'HSN'",
        )


@attrs.frozen(kw_only=True)
class CaseNumber:
    """A case number (diarienummer): the body's prefix, a serial number and a year.

    Printed (``str``) as ``"HSN 938-2020"``; written to JSON, YAML and TOML as that
    string by :mod:`vardservice.io`. Build one from text with :func:`parse`.

    Attributes:
        prefix: the body's registry letters, upper case (``"HSN"``).
        serial: the serial number in the registry, from 1.
        year: the year the case was registered, 1900-2199.

    Example:
        >>> number = CaseNumber(prefix="HSN", serial=938, year=2020)
        >>> str(number)
        'HSN 938-2020'
        >>> number == parse("HSN 938-2020")
        True

    """

    prefix: str = attrs.field(validator=_prefix)
    serial: int = attrs.field(validator=_fields.whole(1, MAX_SERIAL))
    year: int = attrs.field(validator=_fields.case_year)

    def __str__(self) -> str:
        return f"{self.prefix} {self.serial}-{self.year}"


def _read(value: object) -> CaseNumber:
    """Read a case number written as text, for the fields that hold one."""
    if not isinstance(value, str):
        raise TypeError(value)
    return parse(value)


_fields.add_reader(CaseNumber, _read, f"a case number, {_EXAMPLE}")
