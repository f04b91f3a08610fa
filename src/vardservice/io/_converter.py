"""The library's one cattrs converter, configured in groups (the style of cattrs' ``preconf``).

``configure_converter`` registers every hook, one group at a time; its
docstring lists them all, and each ``configure_*`` group lists its own.
:func:`make_converter` returns a configured converter; :func:`converter` the
library's shared one.

**One conversion layer.** A field that has an attrs converter is converted by
that converter alone: cattrs passes it the document's raw value
(``prefer_attrib_converters=True``), after a *document check* that refuses what
a file must not say even where the Python API is lenient (a float for money, a
string for a number, ``true`` for a fee tier) without converting it (a list
becomes a tuple; its items stay as written). The
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

import enum
import functools
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Final, TypeVar

import attrs
import cattrs
import cattrs.v
import pendulum
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from vardservice.errors import SHOWN_LENGTH, InvalidInput, VardserviceError, shown
from vardservice.io import limits
from vardservice.io._classes import (
    class_hook,
    derived_structure,
    derived_unstructure,
    is_homogeneous_tuple,
    is_optional,
    optional,
    sequence_guard,
)
from vardservice.io._fast import fast_reader, reader_depth
from vardservice.io._hooks import (
    Refused,
    check_bool,
    check_int,
    check_str,
    is_case_number,
    structure_case_number,
    structure_citation,
    structure_date,
    structure_decimal,
    structure_enum,
    structure_evidence_value,
    structure_healthcare_region,
    structure_money,
    structure_region,
    structure_rule,
)
from vardservice.regions import HealthcareRegion, PopulationTable, Region
from vardservice.rules import Rule
from vardservice.rules._core import EvidenceValue
from vardservice.sources import Citation
from vardservice.units import Money

__all__ = [
    "DERIVED",
    "by_converter",
    "configure_classes",
    "configure_collections",
    "configure_converter",
    "configure_derived",
    "configure_enums",
    "configure_references",
    "configure_scalars",
    "converter",
    "has_fast_reader",
    "make_converter",
    "structure",
    "unstructure",
]

T = TypeVar("T")

DERIVED: Final[Mapping[str, tuple[str, ...]]] = {
    "vardservice.fees.Budget": ("total", "by_tier"),
    "vardservice.networks.NetworkBudget": (
        "fee_income",
        "other_income_total",
        "income",
        "total",
        "cost_total",
        "balance",
        "covers_costs",
        "source",
    ),
    "vardservice.io._check_records.CheckedSubproject": ("compliant", "counts"),
    "vardservice.io._check_records.CheckedFile": ("compliant",),
    "vardservice.io._check_records.CheckRun": ("compliant", "counts", "findings"),
    "vardservice.io._check_records.UnreadFile": ("error",),
}
"""Derived values written beside a type's fields for readers, and checked on the way in.

Keyed by the type's module and name, so that the converter loads no subject until
one of its documents is read or written.
"""


def _name(type_: object) -> str:
    return f"{getattr(type_, '__module__', '')}.{getattr(type_, '__qualname__', '')}"


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
    conv.register_structure_hook(int, check_int)
    conv.register_structure_hook(str, check_str)
    conv.register_structure_hook(bool, check_bool)
    conv.register_structure_hook(Decimal, structure_decimal)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Money, structure_money)
    conv.register_unstructure_hook(Money, str)
    conv.register_structure_hook(pendulum.Date, structure_date)
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
    conv.register_structure_hook(Region, structure_region)
    conv.register_unstructure_hook(Region, lambda r: r.code)
    conv.register_structure_hook(HealthcareRegion, structure_healthcare_region)
    conv.register_unstructure_hook(HealthcareRegion, lambda hr: hr.key)
    conv.register_structure_hook_func(is_case_number, structure_case_number)
    conv.register_unstructure_hook_func(is_case_number, str)
    conv.register_structure_hook(Citation, structure_citation)
    conv.register_unstructure_hook(Citation, str)
    conv.register_structure_hook(Rule, structure_rule)
    conv.register_unstructure_hook(Rule, lambda r: r.code)
    conv.register_structure_hook(EvidenceValue, structure_evidence_value)
    evidence = Mapping[str, EvidenceValue]  # a finding's evidence: one hook, not one per value

    def unstructure_evidence(mapping: Mapping[str, Any]) -> dict[str, Any]:
        return {
            name: value
            if type(value) in _PLAIN
            else list(value)
            if type(value) is tuple and all(type(v) is str for v in value)
            else conv.unstructure(value, unstructure_as=value.__class__)  # as for a union
            for name, value in mapping.items()
        }

    conv.register_unstructure_hook_func(lambda t: t == evidence, unstructure_evidence)


def configure_enums(conv: cattrs.Converter) -> None:
    """Register the hooks for enums: by value (a fee tier is ``1``, a stage ``"started"``).

    Read through the enum's value map, a dict lookup (``true`` is not ``1``);
    written as the value.
    """
    # Registered on the classes (not a predicate) so that they outrank the int hook:
    # an IntEnum has int before Enum in its MRO.
    for base in (enum.Enum, enum.IntEnum):
        conv.register_structure_hook(base, structure_enum)
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
    conv.register_structure_hook_factory(is_homogeneous_tuple, lambda t: sequence_guard(conv, t))
    conv.register_structure_hook_factory(is_optional, lambda t: optional(conv, t))


def configure_classes(conv: cattrs.Converter) -> None:
    """Register the hook factory for attrs classes (every model type).

    * read from a mapping; unknown keys are refused (``forbid_extra_keys``);
    * one conversion layer: a field with an attrs converter gets the raw value,
      after its document check (see the module docstring);
    * a validator's error is reported at its field's path
      (``$.final_report.pages``), not at the object's.

    Written as a mapping of the fields, as cattrs writes attrs classes.
    """
    leaves = _LEAVES
    conv.register_structure_hook_factory(
        lambda t: (
            attrs.has(t) and t not in leaves and not is_case_number(t) and _name(t) not in DERIVED
        ),
        lambda t: class_hook(conv, t),
    )
    conv.register_unstructure_hook(
        PopulationTable, lambda t: {"figures": conv.unstructure(t.figures)}
    )


def configure_derived(conv: cattrs.Converter, derived: Mapping[str, tuple[str, ...]]) -> None:
    """Register the hooks for types written with derived values (:data:`DERIVED`).

    * :class:`~vardservice.fees.Budget`: ``total`` and ``by_tier``;
    * :class:`~vardservice.networks.NetworkBudget`: ``fee_income``,
      ``other_income_total``, ``income``, ``total``, ``cost_total``, ``balance``,
      ``covers_costs`` and ``source``;
    * the records of a checked batch (:mod:`vardservice.io.records`): whether
      each is compliant, the counts per severity, every finding;

    and any other type named in ``derived`` (by module and name). The values are
    written for readers; on the way in they may be left out, and when given they
    must equal what the fields give (a hand-edited total is refused, not trusted).
    """

    def named(type_: object) -> bool:
        return _name(type_) in derived

    conv.register_unstructure_hook_factory(
        named, lambda t: derived_unstructure(conv, t, derived[_name(t)])
    )
    conv.register_structure_hook_factory(
        named, lambda t: derived_structure(conv, t, derived[_name(t)])
    )


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
    """Return a new converter configured by ``configure_converter``.

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
    """Return the library's one cattrs converter (strict; see ``configure_converter``)."""
    return make_converter()


@functools.cache
def _fast_converter() -> cattrs.Converter:
    # The same hooks without cattrs' detailed validation. A document it refuses is
    # read again by converter() for the messages.
    return make_converter(detailed=False)


def unstructure(obj: Any) -> Any:
    """Return ``obj`` as plain data (dicts, lists, strings, numbers, booleans)."""
    return converter().unstructure(obj)


def structure(
    data: Any,
    cls: type[T],
    *,
    origin: str | None = None,
    exact: Callable[[], Any] | None = None,
) -> T:
    """Return a ``cls`` built from plain data.

    A plain valid document is read by the class's fast reader
    (:mod:`vardservice.io._fast`); any other by the converter, fast first and
    then with cattrs' detailed validation for the messages.

    Args:
        data: the plain data.
        cls: the type to build.
        origin: the file named in an error.
        exact: when ``data`` was read the quick way
            (:func:`~vardservice.io._files.parse_deferred`), the function that
            returns it read the exact way, or raises what reading it raises; the
            converter reads only the exact data, and the fast reader the quick
            data only when its class nests no deeper than the depth limit.

    Raises:
        InvalidInput: the data does not make a ``cls``; ``problems`` names each path.

    """
    reader = _reader(cls)
    if reader is not None and (exact is None or reader_depth(cls) <= limits.MAX_DEPTH):
        try:
            return reader(data)  # type: ignore[no-any-return]
        except Exception:  # noqa: S110  # not plain: the converter reads it, below
            pass
    if exact is not None:
        data = exact()
    return by_converter(data, cls, origin=origin)


def has_fast_reader(cls: object) -> bool:
    """Return whether ``cls`` has a fast reader (:mod:`vardservice.io._fast`).

    Only then is a document worth reading the quick way
    (:func:`~vardservice.io._files.parse_deferred`); any other would be parsed twice.
    """
    return _reader(cls) is not None


def _reader(cls: object) -> Any:
    reader = _READERS.get(cls, _UNKNOWN)
    if reader is _UNKNOWN:
        reader = _READERS[cls] = fast_reader(cls, _read_by_own_hook)
    return reader


def by_converter(data: Any, cls: type[T], *, origin: str | None = None) -> T:
    """Return a ``cls`` built from plain data by the converter alone, without the fast reader.

    What :func:`structure` does for a document its fast reader does not read; the
    tests compare the two.

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
    except (VardserviceError, Refused) as exc:
        raise InvalidInput([f"{exc} @ $"], origin=origin) from None


_PLAIN: Final = (int, str, bool)
_UNKNOWN: Final = object()
_READERS: dict[object, Any] = {}
"""The fast reader of each type asked for (``None``: it has none), by the type."""

_LEAVES: Final = (Citation, HealthcareRegion, Money, Region, Rule)


def _read_by_own_hook(type_: type) -> bool:
    # The classes configure_classes leaves to their own hooks, and those with derived values.
    return type_ in _LEAVES or is_case_number(type_) or _name(type_) in DERIVED


def _format_exception(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, VardserviceError | Refused):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        # cattrs sorts the keys themselves: YAML keys may be numbers, null or text together.
        keys = sorted(
            key if isinstance(key, str) and len(key) <= SHOWN_LENGTH else shown(key)
            for key in exc.extra_fields
        )
        return f"extra fields found ({', '.join(keys)})"
    return cattrs.v.format_exception(exc, type_)
