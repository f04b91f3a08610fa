"""The library's one cattrs converter, configured in groups (the style of cattrs' ``preconf``).

:func:`configure_converter` registers every hook, one group at a time; its
docstring lists them all, and each ``configure_*`` group lists its own.
:func:`make_converter` returns a configured converter; :func:`converter` the
library's shared one.

**One conversion layer.** A field that has an attrs converter is converted by
that converter alone: cattrs passes it the document's raw value
(``prefer_attrib_converters=True``), after a *document check* that refuses what
a file must not say even where the Python API is lenient (a float for money, a
string for a number, ``true`` for a fee tier) without converting anything. The
cattrs hooks convert only what has no attrs converter: a top-level value
(``from_dict("23,4 mnkr", Money)``) and fields declared without one. Nested
documents (``tuple[Milestone, ...]``) are structured by cattrs, and the field's
attrs converter then only normalises the result (a tuple, a sort).

Reading is fast first: :func:`structure` tries a converter without cattrs'
detailed validation, and reads a refused document again with it for the
messages. In that second, detailed reading each field's attrs converter is also
tried on its own, so that its error is reported at the field's path
(``$.milestones[2].date``, ``$.participating_regions[0]``), worded as the
document checks word theirs (``expected …, got …``).
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import functools
import re
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Final, TypeVar

import attrs
import cattrs
import cattrs.cols
import cattrs.gen
import cattrs.v
import pendulum
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from vardservice.decisions.case_number import CaseNumber
from vardservice.decisions.case_number import parse as parse_case_number
from vardservice.errors import InvalidInput, InvalidValue, VardserviceError
from vardservice.fees import Budget
from vardservice.io import records
from vardservice.networks import NetworkBudget
from vardservice.regions import (
    HEALTHCARE_REGIONS,
    REGIONS,
    HealthcareRegion,
    PopulationTable,
    Region,
    get_healthcare_region,
    get_region,
)
from vardservice.rules import RULES, Rule
from vardservice.rules._core import EvidenceValue
from vardservice.sources import SOURCES, Citation
from vardservice.units import Money, parse_money, to_decimal

__all__ = [
    "DERIVED",
    "configure_classes",
    "configure_collections",
    "configure_converter",
    "configure_derived",
    "configure_enums",
    "configure_references",
    "configure_scalars",
    "converter",
    "make_converter",
    "structure",
    "unstructure",
]

T = TypeVar("T")
Hook = Callable[[Any, Any], Any]

DERIVED: Final[Mapping[type, tuple[str, ...]]] = {
    Budget: ("total", "by_tier"),
    NetworkBudget: ("fee_income", "other_income_total", "income", "total", "cost_total", "balance"),
    **records.DERIVED,
}
"""Derived values written beside a type's fields for readers, and checked on the way in."""

_HEALTHCARE_REGION_KEYS: dict[str, HealthcareRegion] = {hr.key: hr for hr in HEALTHCARE_REGIONS}
_REGION_CODES: dict[object, Region] = {r.code: r for r in REGIONS}


class _Refused(TypeError):
    """A value of the wrong kind; the message says what was expected."""


# --- document checks: refuse the wrong kind of value, return it unconverted ---------------
# Each has a structure hook's signature, (value, type) -> value, so that it serves both as a
# hook for strict scalars and as the cattrs step of a field that an attrs converter converts.


def _strict_int(value: object, _: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Refused(f"expected a whole number, got {value!r}")
    return value


def _strict_str(value: object, _: object) -> object:
    if not isinstance(value, str):
        raise _Refused(f"expected a string, got {value!r}")
    return value


def _strict_bool(value: object, _: object) -> object:
    if not isinstance(value, bool):
        raise _Refused(f"expected true or false, got {value!r}")
    return value


def _decimal_kind(value: object, _: object) -> object:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise _Refused(f"expected a number as a string or an integer (not a float), got {value!r}")
    return value


def _money_kind(value: object, _: object) -> object:
    if type(value) is str:
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Refused(
            "expected an amount such as '23,4 mnkr' or an integer of kronor (not a float),"
            f" got {value!r}"
        )
    return value


_NOT_A_DATE = "expected an ISO 8601 date such as '2020-11-18', got {!r}"


def _date_kind(value: object, _: object) -> object:
    if type(value) is str and value == value.strip():  # the common case first (~0.1 µs)
        return value
    if isinstance(value, datetime.datetime):
        raise _Refused(f"expected a date without a time, got {value!r}")
    if isinstance(value, str) and value != value.strip():  # the Python API strips; a file may not
        raise _Refused(_NOT_A_DATE.format(value))
    if not isinstance(value, datetime.date | str):
        raise _Refused(_NOT_A_DATE.format(value))
    return value


def _region_kind(value: object, _: object) -> object:
    if type(value) is str:
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Refused(f"expected a county code or region name, got {value!r}")
    return value


def _healthcare_region_kind(value: object, _: object) -> object:
    if not isinstance(value, str):
        raise _Refused(f"expected a healthcare region's name or key (e.g. 'sodra'), got {value!r}")
    return value


def _case_number_kind(value: object, _: object) -> object:
    if not isinstance(value, str):
        raise _Refused(f"expected a case number such as 'HSN 938-2020', got {value!r}")
    return value


def _enum_kind(value: object, cls: type[enum.Enum]) -> object:
    # By value, through the value map: a dict lookup, not Enum(value) (STYLE §14). A check,
    # not a conversion: the field's attrs converter makes the member.
    if not isinstance(value, bool):
        try:
            if value in cls._value2member_map_:
                return value
        except TypeError:  # unhashable
            pass
    raise _Refused(f"expected one of {sorted(cls._value2member_map_)!r}, got {value!r}")


_KIND_CHECKS: Final[Mapping[object, Hook]] = {
    int: _strict_int,
    str: _strict_str,
    bool: _strict_bool,
    Decimal: _decimal_kind,
    Money: _money_kind,
    pendulum.Date: _date_kind,
    Region: _region_kind,
    HealthcareRegion: _healthcare_region_kind,
    CaseNumber: _case_number_kind,
}


# --- conversions, for values that no attrs converter converts -------------------------------


def _decimal(value: object, _: type) -> Decimal:
    return to_decimal(_decimal_kind(value, Decimal))


def _money(value: object, _: type) -> Money:
    _money_kind(value, Money)
    return Money(value) if isinstance(value, int) else parse_money(typing.cast("str", value))


def _date(value: object, _: type) -> pendulum.Date:
    _date_kind(value, pendulum.Date)
    try:
        if isinstance(value, str):
            return pendulum.Date.fromisoformat(value)
        day = typing.cast("datetime.date", value)
        return pendulum.Date(day.year, day.month, day.day)
    except ValueError:
        raise _Refused(_NOT_A_DATE.format(value)) from None


def _region(value: object, _: type) -> Region:
    found = _REGION_CODES.get(value) if type(value) is str else None
    if found is not None:  # the written form, a county code: a dict lookup
        return found
    return get_region(typing.cast("str | int", _region_kind(value, Region)))


def _healthcare_region(value: object, _: type) -> HealthcareRegion:
    # The written form is the key ('sodra'): a dict lookup, before the name matching.
    key = typing.cast("str", _healthcare_region_kind(value, HealthcareRegion))
    return _HEALTHCARE_REGION_KEYS.get(key) or get_healthcare_region(key)


def _case_number(value: object, _: type) -> CaseNumber:
    return parse_case_number(typing.cast("str", _case_number_kind(value, CaseNumber)))


def _enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    return cls._value2member_map_[_enum_kind(value, cls)]


def _citation(value: object, _: type) -> Citation:
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
    raise _Refused(
        f"expected a citation such as 'SFBV §5.4' or {{key: SFBV, section: '5.4'}} "
        f"(sources: {', '.join(SOURCES)}), got {value!r}"
    )


def _rule(value: object, _: type) -> Rule:
    if isinstance(value, str) and value in RULES:
        return RULES[value]
    raise _Refused(f"expected a rule code ({', '.join(RULES)}), got {value!r}")


def _evidence_value(value: object, _: Any) -> EvidenceValue:
    if isinstance(value, int | str | bool):
        return value
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise _Refused(f"expected a number, text, true/false or a list of text, got {value!r}")


# --- the groups -----------------------------------------------------------------------------


def configure_scalars(conv: cattrs.Converter) -> None:
    """Register the hooks for plain values.

    * ``int``, ``str``, ``bool``: strict; ``"2024"`` is not a number, ``1`` is
      not ``true``;
    * ``Decimal``: a string or an integer, never a float; written as a string;
    * :class:`~vardservice.units.Money`: ``"23,4 mnkr"``, ``"40 000 kr"`` or an
      integer of kronor, never a float; written in kronor, ``"23400000.0 kr"``;
    * ``pendulum.Date``: ISO 8601 text (``"2020-11-18"``) or a YAML/TOML date,
      not a date with a time; written as ISO 8601.
    """
    conv.register_structure_hook(int, _strict_int)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(bool, _strict_bool)
    conv.register_structure_hook(Decimal, _decimal)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Money, _money)
    conv.register_unstructure_hook(Money, str)
    conv.register_structure_hook(pendulum.Date, _date)
    conv.register_unstructure_hook(pendulum.Date, lambda d: d.isoformat())


def configure_references(conv: cattrs.Converter) -> None:
    """Register the hooks for values written as a name or a code.

    * :class:`~vardservice.regions.Region`: a county code (``"07"``) or any
      name :func:`~vardservice.regions.get_region` knows; written as the code;
    * :class:`~vardservice.regions.HealthcareRegion`: its key (``"sodra"``) or
      name; written as the key;
    * :class:`~vardservice.decisions.case_number.CaseNumber`: its printed form,
      ``"HSN 938-2020"``;
    * :class:`~vardservice.sources.Citation`: as printed, ``"SFBV §5.4"``, or a
      table ``{key, section}``; written as printed;
    * :class:`~vardservice.rules.Rule`: its code (a rule is code, not data);
    * a finding's evidence value: a number, text, true/false or a list of text.
    """
    conv.register_structure_hook(Region, _region)
    conv.register_unstructure_hook(Region, lambda r: r.code)
    conv.register_structure_hook(HealthcareRegion, _healthcare_region)
    conv.register_unstructure_hook(HealthcareRegion, lambda hr: hr.key)
    conv.register_structure_hook(CaseNumber, _case_number)
    conv.register_unstructure_hook(CaseNumber, str)
    conv.register_structure_hook(Citation, _citation)
    conv.register_unstructure_hook(Citation, str)
    conv.register_structure_hook(Rule, _rule)
    conv.register_unstructure_hook(Rule, lambda r: r.code)
    conv.register_structure_hook(EvidenceValue, _evidence_value)


def configure_enums(conv: cattrs.Converter) -> None:
    """Register the hooks for enums: by value (a fee tier is ``1``, a stage ``"started"``).

    Read through the enum's value map, a dict lookup (``true`` is not ``1``);
    written as the value.
    """
    # Registered on the classes (not a predicate) so that they outrank the int hook:
    # an IntEnum has int before Enum in its MRO.
    for base in (enum.Enum, enum.IntEnum):
        conv.register_structure_hook(base, _enum)
    conv.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda e: e.value
    )


def configure_collections(conv: cattrs.Converter) -> None:
    """Register the hooks for collections and optional values.

    * ``tuple[X, ...]``: a list; a string or a mapping is refused rather than
      iterated over;
    * ``X | None``: ``None`` or an X, with X's hook looked up once (cattrs looks
      it up on every value).
    """
    conv.register_structure_hook_factory(_is_homogeneous_tuple, lambda t: _sequence_guard(conv, t))
    conv.register_structure_hook_factory(_is_optional, lambda t: _optional(conv, t))


def configure_classes(conv: cattrs.Converter) -> None:
    """Register the hook factory for attrs classes (every model type).

    * read from a mapping; unknown keys are refused (``forbid_extra_keys``);
    * one conversion layer: a field with an attrs converter gets the raw value,
      after its document check (see the module docstring);
    * a validator's error is reported at its field's path
      (``$.final_report.pages``), not at the object's.

    Written as a mapping of the fields, as cattrs writes attrs classes.
    """
    leaves = (CaseNumber, Citation, HealthcareRegion, Money, Region, Rule)
    conv.register_structure_hook_factory(
        lambda t: attrs.has(t) and t not in leaves and t not in DERIVED,
        lambda t: _class_hook(conv, t),
    )
    conv.register_unstructure_hook(
        PopulationTable, lambda t: {"figures": conv.unstructure(t.figures)}
    )


def configure_derived(conv: cattrs.Converter, derived: Mapping[type, tuple[str, ...]]) -> None:
    """Register the hooks for types written with derived values (:data:`DERIVED`).

    * :class:`~vardservice.fees.Budget`: ``total`` and ``by_tier``;
    * :class:`~vardservice.networks.NetworkBudget`: ``fee_income``,
      ``other_income_total``, ``income``, ``total``, ``cost_total`` and ``balance``;
    * the records of a checked batch (:mod:`vardservice.io.records`): whether
      each is compliant, the counts per severity, every finding;

    and any other type in ``derived``. The values are written for readers; on
    the way in they may be left out, and when given they must equal what the
    fields give (a hand-edited total is refused, not trusted).
    """
    for cls, names in derived.items():
        conv.register_unstructure_hook(cls, _derived_unstructure(conv, cls, names))
        conv.register_structure_hook(cls, _derived_structure(conv, cls, names))


def configure_converter(conv: cattrs.Converter) -> None:
    """Configure ``conv`` for vardservice documents, the same for JSON, YAML and TOML.

    * ``int``, ``str``, ``bool``: strict (:func:`configure_scalars`);
    * ``Decimal``: a string or an integer, never a float; written as a string;
    * ``Money``: ``"23,4 mnkr"`` or an integer of kronor; written ``"23400000.0 kr"``;
    * ``pendulum.Date``: ISO 8601 or a YAML/TOML date; written as ISO 8601;
    * ``Region``: a county code or a name; written as the code
      (:func:`configure_references`);
    * ``HealthcareRegion``: its key or name; written as the key;
    * ``CaseNumber`` and ``Citation``: as printed, ``"HSN 938-2020"``, ``"SFBV §5.4"``;
    * ``Rule``: its code; a finding's evidence: a number, text, a flag or texts;
    * enums: by value (:func:`configure_enums`);
    * ``tuple[X, ...]``: a list, never a string or a mapping; ``X | None``
      (:func:`configure_collections`);
    * attrs classes: a mapping without unknown keys, one conversion layer,
      validator errors at their field's path (:func:`configure_classes`);
    * ``Budget`` and ``NetworkBudget``: their totals written for readers and
      checked on the way in (:func:`configure_derived`).
    """
    configure_scalars(conv)
    configure_references(conv)
    configure_enums(conv)
    configure_collections(conv)
    configure_classes(conv)
    configure_derived(conv, DERIVED)


def make_converter(*, detailed: bool = True) -> cattrs.Converter:
    """Return a new converter configured by :func:`configure_converter`.

    Args:
        detailed: cattrs' detailed validation, which collects every problem with
            its path and costs about a third of the time (STYLE §14).

    """
    conv = cattrs.Converter(
        forbid_extra_keys=True, detailed_validation=detailed, prefer_attrib_converters=True
    )
    configure_converter(conv)
    return conv


@functools.cache
def converter() -> cattrs.Converter:
    """Return the library's one cattrs converter (strict; see :func:`configure_converter`)."""
    return make_converter()


@functools.cache
def _fast_converter() -> cattrs.Converter:
    # The same hooks without cattrs' detailed validation. A document it refuses is
    # read again by converter() for the messages.
    return make_converter(detailed=False)


def unstructure(obj: Any) -> Any:
    """Return ``obj`` as plain data (dicts, lists, strings, numbers, booleans)."""
    return converter().unstructure(obj)


def structure(data: Any, cls: type[T], *, origin: str | None = None) -> T:
    """Return a ``cls`` built from plain data.

    Raises:
        InvalidInput: the data does not make a ``cls``; ``problems`` names each path.

    """
    try:
        return _fast_converter().structure(data, cls)
    except Exception:  # noqa: S110  # any failure: read again, with paths, below
        pass
    try:
        return converter().structure(data, cls)
    except (ClassValidationError, IterableValidationError) as exc:
        problems = cattrs.transform_error(exc, path="$", format_exception=_format_exception)
        raise InvalidInput(problems, origin=origin) from None
    except (VardserviceError, _Refused) as exc:
        raise InvalidInput([f"{exc} @ $"], origin=origin) from None


def _format_exception(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, VardserviceError | _Refused):
        return str(exc)
    return cattrs.v.format_exception(exc, type_)


# --- attrs classes: one conversion layer ----------------------------------------------------


def _class_hook(conv: cattrs.Converter, cls: type[Any]) -> Hook:
    """Return the structure hook of an attrs class: a mapping in, errors at their paths."""
    base = _structure_fn(conv, cls)
    names = {a.name for a in attrs.fields(cls)}

    def structure(value: Any, type_: type) -> Any:
        # type() first: an ABC isinstance check costs ~1 µs, and documents are dicts.
        if type(value) is not dict and not isinstance(value, Mapping):
            raise _Refused(f"expected a mapping with the fields of {cls.__name__}, got {value!r}")
        try:
            return base(value, type_)
        except ClassValidationError as exc:
            for sub in exc.exceptions:
                _at_field(sub)
            raise
        except IterableValidationError:
            raise
        except VardserviceError as exc:
            _at_field(exc)
            raise ClassValidationError(f"While structuring {cls.__name__}", [exc], cls) from None

    def _at_field(exc: BaseException) -> None:
        # A validator names its field: report the problem at the field's path
        # ("$.final_report.pages"), not at the object's.
        if not isinstance(exc, VardserviceError) or getattr(exc, "__notes__", None):
            return
        field = re.split(r"[.\[]", str(getattr(exc, "field", "")), maxsplit=1)[0]
        if field in names:
            note = AttributeValidationNote(f"Structuring {cls.__name__} @ {field}", field, cls)
            exc.__notes__ = [note]

    return structure


def _structure_fn(conv: cattrs.Converter, cls: type[Any]) -> Hook:
    """Return cattrs' generated function for ``cls``, each converted field's step chosen."""
    attrs.resolve_types(cls)
    overrides: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.converter is None or not field.init:
            continue  # cattrs' hook for the type converts it
        check = _document_check(conv, field.type)
        if check is None:
            # A nested document: cattrs structures it, and the attrs converter only
            # normalises the result (as_tuple, a sort).
            hook = conv.get_structure_hook(field.type)
        elif conv.detailed_validation:
            hook = _tried(check, field, cls)
        else:
            hook = check
        overrides[field.name] = cattrs.gen.override(struct_hook=hook)
    return make_dict_structure_fn(cls, conv, **overrides)


def _document_check(conv: cattrs.Converter, type_: Any) -> Hook | None:
    """Return the check for a converted field's raw value, or ``None`` to structure it.

    Leaves (the types in ``_KIND_CHECKS`` and enums), and ``X | None``,
    ``tuple[X, ...]`` and ``Mapping[K, V]`` of leaves, are checked and left to
    the field's attrs converter; anything else (a nested attrs class, a union)
    is structured by cattrs.
    """
    if _is_optional(type_):
        inner_type = _optional_inner(type_)
        inner = _document_check(conv, inner_type)
        if inner is None:
            return None

        def optional(value: object, _: object) -> object:
            return value if value is None else inner(value, inner_type)

        return optional
    if _is_homogeneous_tuple(type_):
        item_type = typing.get_args(type_)[0]
        item = _document_check(conv, item_type)
        return None if item is None else _list_check(conv, item, item_type)
    if typing.get_origin(type_) in (collections.abc.Mapping, dict):
        key_type, value_type = typing.get_args(type_)
        key, value = _document_check(conv, key_type), _document_check(conv, value_type)
        if key is None or value is None:
            return None
        return _mapping_check(conv, key, key_type, value, value_type)
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return _enum_kind  # type: ignore[return-value]  # called with the enum class
    return _KIND_CHECKS.get(type_)


def _list_check(conv: cattrs.Converter, item: Hook, item_type: Any) -> Hook:
    detailed = conv.detailed_validation

    def check(value: Any, _: object) -> object:
        if type(value) is not list and (
            isinstance(value, str | bytes | Mapping) or not hasattr(value, "__iter__")
        ):
            raise _Refused(f"expected a list, got {value!r}")
        items = tuple(value)  # the document's list as the model's tuple; the items stay raw
        errors: list[Exception] = []
        for index, element in enumerate(items):
            try:
                item(element, item_type)
            except Exception as exc:
                if not detailed:
                    raise
                exc.__notes__ = [
                    IterableValidationNote(f"Checking @ index {index}", index, item_type)
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError("While checking a list", errors, list)
        return items

    return check


def _mapping_check(
    conv: cattrs.Converter, key: Hook, key_type: Any, item: Hook, item_type: Any
) -> Hook:
    detailed = conv.detailed_validation

    def check(value: object, _: object) -> object:
        if not isinstance(value, Mapping):
            raise _Refused(f"expected a mapping, got {value!r}")
        errors: list[Exception] = []
        for name, element in value.items():
            try:
                key(name, key_type)
                item(element, item_type)
            except Exception as exc:
                if not detailed:
                    raise
                exc.__notes__ = [IterableValidationNote(f"Checking @ key {name!r}", name, item_type)]
                errors.append(exc)
        if errors:
            raise IterableValidationError("While checking a mapping", errors, dict)
        return value

    return check


def _tried(check: Hook, field: attrs.Attribute[Any], cls: type[Any]) -> Hook:
    """Return ``check`` followed by a trial of the field's converter, for detailed messages.

    Used only when a document was refused: the converter's error is raised here, in
    cattrs' field step, so that it has the field's path (and, in a list, the item's).
    The value passed on stays raw; the class's ``__init__`` converts it.
    """
    convert = _converter_of(field, cls)
    listed = _is_homogeneous_tuple(
        _optional_inner(field.type) if _is_optional(field.type) else field.type
    )

    def hook(value: object, type_: object) -> object:
        check(value, type_)
        if listed and isinstance(value, list | tuple):
            errors: list[Exception] = []
            for index, element in enumerate(value):
                problem = _trial(convert, [element], field.name)
                if problem is not None:
                    problem.__notes__ = [
                        IterableValidationNote(f"Converting @ index {index}", index, object)
                    ]
                    errors.append(problem)
            if errors:
                raise IterableValidationError(f"While converting {field.name}", errors, list)
        problem = _trial(convert, value, field.name)
        if problem is not None:
            raise problem
        return value

    return hook


def _trial(convert: Callable[[object], object], value: object, name: str) -> Exception | None:
    """Return the converter's error for ``value``, worded for a document, or ``None``."""
    try:
        convert(value)
    except InvalidValue as exc:
        own, _, index = exc.field.partition("[")
        if own != name:
            return exc  # about something inside the value (a case number's year): its own words
        refused = _Refused(f"expected {exc.expected}, got {exc.value!r}")
        position = index.rstrip("]")
        if position.isdigit():  # the converter named the item ("focus_areas[1]")
            refused.__notes__ = [
                IterableValidationNote(f"Converting @ index {position}", int(position), object)
            ]
            return IterableValidationError(f"While converting {name}", [refused], list)
        return refused
    except VardserviceError as exc:
        return exc
    except Exception:  # noqa: BLE001  # not the converter's own refusal: __init__ reports it
        return None
    return None


def _converter_of(field: attrs.Attribute[Any], cls: type[Any]) -> Callable[[object], object]:
    converter = field.converter
    if isinstance(converter, attrs.Converter):
        # attrs calls it with the instance being built; a stand-in of the class will do
        # for naming the owner in a message.
        stand_in = cls.__new__(cls)
        call = converter.__call__
        return lambda value: call(value, stand_in, field)
    return typing.cast("Callable[[object], object]", converter)


# --- collections ----------------------------------------------------------------------------


def _sequence_guard(conv: cattrs.Converter, type_: Any) -> Hook:
    """Refuse a string or a mapping where a list belongs, instead of iterating over it."""
    base = cattrs.cols.homogenous_tuple_structure_factory(type_, conv)

    def structure(value: Any, t: type) -> Any:
        if type(value) is not list and (
            isinstance(value, str | bytes | Mapping) or not hasattr(value, "__iter__")
        ):
            raise _Refused(f"expected a list, got {value!r}")
        return base(value, t)

    return structure


def _is_optional(type_: Any) -> bool:
    args = typing.get_args(type_)
    return (
        typing.get_origin(type_) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _optional_inner(type_: Any) -> Any:
    return next(a for a in typing.get_args(type_) if a is not type(None))


def _optional(conv: cattrs.Converter, type_: Any) -> Hook:
    """``X | None`` with X's hook looked up once, not on every value (cattrs does)."""
    inner = _optional_inner(type_)
    handler = conv.get_structure_hook(inner)

    def structure(value: Any, _: type) -> Any:
        return None if value is None else handler(value, inner)

    return structure


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


# --- derived values -------------------------------------------------------------------------


def _derived_unstructure(conv: cattrs.Converter, cls: type[Any], names: tuple[str, ...]) -> Hook:
    base = cattrs.gen.make_dict_unstructure_fn(cls, conv)

    def unstructure(value: Any) -> dict[str, Any]:
        data: dict[str, Any] = base(value)
        for name in names:
            data[name] = conv.unstructure(getattr(value, name))
        return data

    return unstructure  # type: ignore[return-value]  # an unstructure hook takes one value


def _derived_structure(conv: cattrs.Converter, cls: type[Any], names: tuple[str, ...]) -> Hook:
    base = _class_hook(conv, cls)
    kinds = {name: typing.get_type_hints(getattr(cls, name).fget)["return"] for name in names}

    def structure(value: Any, type_: type) -> Any:
        # The derived values are written for readers; on the way in each is checked
        # against what the fields give rather than trusted.
        if not isinstance(value, Mapping):
            raise _Refused(f"expected a mapping with the fields of {cls.__name__}, got {value!r}")
        data = dict(value)
        written = {name: data.pop(name) for name in names if name in data}
        result = base(data, type_)
        for name, given in written.items():
            derived = getattr(result, name)
            try:
                same = bool(conv.structure(given, kinds[name]) == derived)
            except Exception:  # noqa: BLE001  # unreadable: not the derived value either
                same = False
            if not same:
                shown = conv.unstructure(derived)
                expected = f"{shown} " if isinstance(shown, str | int | bool) else ""
                raise InvalidValue(
                    cls.__name__, name, given, f"{expected}(derived from the other fields)"
                )
        return result

    return structure
