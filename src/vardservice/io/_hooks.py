"""The converter's hooks for plain values: document checks, and conversions.

A *document check* refuses the wrong kind of value for a file and returns the
value unconverted; it has a structure hook's signature, ``(value, type) ->
value``, so that it serves both as the hook of a strict scalar (``int``,
``str``, ``bool``) and as the cattrs step of a field that an attrs converter
converts (see :mod:`vardservice.io._converter`). A *conversion* is the hook of
a value that no attrs converter converts: a top-level value, or a field
declared without one.
"""

from __future__ import annotations

import datetime
import enum
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import pendulum

from vardservice.errors import shown
from vardservice.regions import (
    HEALTHCARE_REGIONS,
    REGIONS,
    HealthcareRegion,
    Region,
    get_healthcare_region,
    get_region,
)
from vardservice.rules import RULES, Rule
from vardservice.rules._core import EvidenceValue
from vardservice.sources import SOURCES, Citation
from vardservice.units import Money, parse_money, to_decimal

if TYPE_CHECKING:
    from vardservice.decisions.case_number import CaseNumber

__all__ = [
    "KIND_CHECKS",
    "Hook",
    "Refused",
    "check_bool",
    "check_case_number",
    "check_date",
    "check_decimal",
    "check_enum",
    "check_healthcare_region",
    "check_int",
    "check_money",
    "check_region",
    "check_str",
    "is_case_number",
    "kind_check",
    "structure_case_number",
    "structure_citation",
    "structure_date",
    "structure_decimal",
    "structure_enum",
    "structure_evidence_value",
    "structure_healthcare_region",
    "structure_money",
    "structure_region",
    "structure_rule",
]

Hook = Callable[[Any, Any], Any]

_HEALTHCARE_REGION_KEYS: dict[str, HealthcareRegion] = {hr.key: hr for hr in HEALTHCARE_REGIONS}
_REGION_CODES: dict[object, Region] = {r.code: r for r in REGIONS}


class Refused(TypeError):
    """A value of the wrong kind; the message says what was expected."""


# --- document checks: refuse the wrong kind of value, return it unconverted ---------------


def check_int(value: object, _: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refused(f"expected a whole number, got {shown(value)}")
    return value


def check_str(value: object, _: object) -> object:
    if not isinstance(value, str):
        raise Refused(f"expected a string, got {shown(value)}")
    return value


def check_bool(value: object, _: object) -> object:
    if not isinstance(value, bool):
        raise Refused(f"expected true or false, got {shown(value)}")
    return value


def check_decimal(value: object, _: object) -> object:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise Refused(
            f"expected a number as a string or an integer (not a float), got {shown(value)}"
        )
    return value


def check_money(value: object, _: object) -> object:
    if type(value) is str:
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise Refused(
            "expected an amount such as '23,4 mnkr' or an integer of kronor (not a float),"
            f" got {shown(value)}"
        )
    return value


_NOT_A_DATE = "expected a date (ISO 8601, e.g. '2020-11-18'), got {}"  # as dates.to_date words it


def check_date(value: object, _: object) -> object:
    if type(value) is str and value == value.strip():  # the common case first (~0.1 µs)
        return value
    if isinstance(value, datetime.datetime):
        raise Refused(f"expected a date without a time, got {shown(value)}")
    if isinstance(value, str) and value != value.strip():  # the Python API strips; a file may not
        raise Refused(_NOT_A_DATE.format(shown(value)))
    if not isinstance(value, datetime.date | str):
        raise Refused(_NOT_A_DATE.format(shown(value)))
    return value


def check_region(value: object, _: object) -> object:
    if type(value) is str:
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise Refused(f"expected a county code or region name, got {shown(value)}")
    return value


def check_healthcare_region(value: object, _: object) -> object:
    if not isinstance(value, str):
        raise Refused(
            f"expected a healthcare region's name or key (e.g. 'sodra'), got {shown(value)}"
        )
    return value


def check_case_number(value: object, _: object) -> object:
    if not isinstance(value, str):
        raise Refused(f"expected a case number such as 'HSN 938-2020', got {shown(value)}")
    return value


def check_enum(value: object, cls: type[enum.Enum]) -> object:
    # By value, through the value map: a dict lookup, not Enum(value) (STYLE §14). A check,
    # not a conversion: the field's attrs converter makes the member.
    if not isinstance(value, bool):
        try:
            if value in cls._value2member_map_:
                return value
        except TypeError:  # unhashable
            pass
    raise Refused(f"expected one of {sorted(cls._value2member_map_)!r}, got {shown(value)}")


KIND_CHECKS: Final[Mapping[object, Hook]] = {
    int: check_int,
    str: check_str,
    bool: check_bool,
    Decimal: check_decimal,
    Money: check_money,
    pendulum.Date: check_date,
    Region: check_region,
    HealthcareRegion: check_healthcare_region,
}


# --- conversions, for values that no attrs converter converts -------------------------------


def structure_decimal(value: object, _: type) -> Decimal:
    return to_decimal(check_decimal(value, Decimal))


def structure_money(value: object, _: type) -> Money:
    check_money(value, Money)
    return Money(value) if isinstance(value, int) else parse_money(typing.cast("str", value))


def structure_date(value: object, _: type) -> pendulum.Date:
    check_date(value, pendulum.Date)
    try:
        if isinstance(value, str):
            return pendulum.Date.fromisoformat(value)
        day = typing.cast("datetime.date", value)
        return pendulum.Date(day.year, day.month, day.day)
    except ValueError:
        raise Refused(_NOT_A_DATE.format(shown(value))) from None


def structure_region(value: object, _: type) -> Region:
    found = _REGION_CODES.get(value) if type(value) is str else None
    if found is not None:  # the written form, a county code: a dict lookup
        return found
    return get_region(typing.cast("str | int", check_region(value, Region)))


def structure_healthcare_region(value: object, _: type) -> HealthcareRegion:
    # The written form is the key ('sodra'): a dict lookup, before the name matching.
    key = typing.cast("str", check_healthcare_region(value, HealthcareRegion))
    return _HEALTHCARE_REGION_KEYS.get(key) or get_healthcare_region(key)


def is_case_number(type_: object) -> bool:
    """Return whether ``type_`` is :class:`~vardservice.decisions.case_number.CaseNumber`.

    By name, so that the converter does not load the decisions subject until a
    document has a case number.
    """
    return (
        isinstance(type_, type)
        and type_.__name__ == "CaseNumber"
        and type_.__module__ == "vardservice.decisions.case_number"
    )


def kind_check(type_: object) -> Hook | None:
    """Return the document check of a plain type, or ``None``."""
    if is_case_number(type_):
        return check_case_number
    return KIND_CHECKS.get(type_)


def structure_case_number(value: object, _: type) -> CaseNumber:
    from vardservice.decisions.case_number import parse

    return parse(typing.cast("str", check_case_number(value, None)))


def structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    return cls._value2member_map_[check_enum(value, cls)]


def structure_citation(value: object, _: type) -> Citation:
    # Written as it prints: "SFBV §5.4", or "RGS-VNS, Ekonomiska konsekvenser"; read
    # also as a table {key, section}, the natural form in TOML and YAML by hand.
    if isinstance(value, Mapping) and set(value) == {"key", "section"}:
        key, section = value["key"], value["section"]
        if isinstance(key, str) and key in SOURCES and isinstance(section, str) and section.strip():
            return Citation(key, section)
    if isinstance(value, str):
        key, sep, section = value.partition(" §")
        if not sep:
            key, sep, section = value.partition(", ")
        if sep and key in SOURCES and section.strip():
            return Citation(key, section)
    raise Refused(
        f"expected a citation such as 'SFBV §5.4' or {{key: SFBV, section: '5.4'}} "
        f"(sources: {', '.join(SOURCES)}), got {shown(value)}"
    )


def structure_rule(value: object, _: type) -> Rule:
    if isinstance(value, str) and value in RULES:
        return RULES[value]
    raise Refused(f"expected a rule code ({', '.join(RULES)}), got {shown(value)}")


def structure_evidence_value(value: object, _: Any) -> EvidenceValue:
    if isinstance(value, int | str | bool):
        return value
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise Refused(f"expected a number, text, true/false or a list of text, got {shown(value)}")
