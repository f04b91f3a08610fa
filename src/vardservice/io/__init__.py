"""Reading and writing vardservice objects: the one converter for JSON, YAML and TOML.

Every public model type goes to plain data with :func:`to_dict` and comes back
with :func:`from_dict`; :func:`dumps`/:func:`loads` add a format and
:func:`load`/:func:`dump` pick it from a file's suffix (``.json``, ``.yaml``,
``.yml``, ``.toml``). The mapping is strict, so that a mistake in a file is
reported rather than guessed at:

* unknown keys are refused;
* numbers of money and other exact quantities are strings or integers, never
  floats: ``"23.4"``, ``40000``;
* money is a string with its unit, ``"23,4 mnkr"`` or ``"40000 kr"``; it is
  written back as a plain amount in kronor (``"23400000.0 kr"``);
* dates are ISO 8601 (``"2020-11-18"``; YAML's and TOML's own dates also work;
  an impossible date such as ``2023-02-30`` is refused with its path);
* enums by value (a fee tier is ``1``, ``2`` or ``3``);
* a region is its county code (``"07"``) or any name :func:`~vardservice.regions.get_region` knows;
* a case number is its printed form, ``"HSN 938-2020"``
  (:class:`~vardservice.decisions.case_number.CaseNumber`).

A document that cannot be read raises :class:`~vardservice.errors.InvalidInput`,
whose ``problems`` name each bad place by path (``$.schedules[0].valid_from``).
YAML is read with the safe loader only.

Example:
    >>> from vardservice.fees import FeeScheduleHistory
    >>> history = loads('''
    ... schedules:
    ...   - valid_from: 2024
    ...     illustrative: true
    ...     fees:
    ...       - {tier: 1, amount: "40 000 kr"}
    ...       - {tier: 2, amount: "80 000 kr"}
    ...       - {tier: 3, amount: "120 000 kr"}
    ... ''', FeeScheduleHistory, format="yaml")
    >>> str(history.for_year(2025).fee_for(2))
    '80000 kr'
    >>> from vardservice.errors import InvalidInput
    >>> try:
    ...     loads('{"schedules": [{"valid_from": "2024"}]}', FeeScheduleHistory)
    ... except InvalidInput as err:
    ...     for problem in err.problems:
    ...         print(problem)
    expected a whole number, got '2024' @ $.schedules[0].valid_from
    required field missing @ $.schedules[0].fees

"""

from __future__ import annotations

import csv
import datetime
import enum
import functools
import io as _io
import json
import os
import re
import tomllib
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypeVar

import attrs
import cattrs
import cattrs.cols
import cattrs.gen
import cattrs.v
import pendulum
from cattrs.errors import AttributeValidationNote, ClassValidationError, IterableValidationError
from cattrs.gen import make_dict_structure_fn

from vardservice.benchmarking import BenchmarkData, Observation
from vardservice.decisions.case_number import CaseNumber
from vardservice.decisions.case_number import parse as parse_case_number
from vardservice.errors import InvalidInput, InvalidValue, VardserviceError
from vardservice.fees import Budget
from vardservice.networks import Network, NetworkBudget
from vardservice.planning import AnnualWheel
from vardservice.portfolio import Portfolio
from vardservice.regions import (
    HEALTHCARE_REGIONS,
    REGIONS,
    HealthcareRegion,
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    Region,
    get_healthcare_region,
    get_region,
)
from vardservice.rules import RULES, Rule
from vardservice.rules._core import EvidenceValue
from vardservice.sources import SOURCES, Citation
from vardservice.subprojects import Subproject
from vardservice.units import Money, parse_money, to_decimal

__all__ = [
    "Format",
    "converter",
    "dump",
    "dumps",
    "from_dict",
    "load",
    "load_annual_wheel",
    "load_observations",
    "load_populations",
    "load_portfolio",
    "load_subproject_documents",
    "load_subprojects",
    "loads",
    "observations_from_csv",
    "populations_from_csv",
    "to_dict",
]

T = TypeVar("T")
Format = Literal["json", "yaml", "toml"]
_SUFFIXES: dict[str, Format] = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".toml": "toml"}


_HEALTHCARE_REGION_KEYS: dict[str, HealthcareRegion] = {hr.key: hr for hr in HEALTHCARE_REGIONS}
_REGION_CODES: dict[object, Region] = {r.code: r for r in REGIONS}


class _Refused(TypeError):
    """A value of the wrong kind; the message says what was expected."""


def _strict_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Refused(f"expected a whole number, got {value!r}")
    return value


def _strict_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _Refused(f"expected a string, got {value!r}")
    return value


def _strict_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _Refused(f"expected true or false, got {value!r}")
    return value


def _decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str | int | Decimal) or isinstance(value, bool):
        raise _Refused(f"expected a number as a string or an integer (not a float), got {value!r}")
    return to_decimal(value)


def _money(value: object, _: type) -> Money:
    if isinstance(value, int) and not isinstance(value, bool):
        return Money(value)
    if isinstance(value, str):
        return parse_money(value)
    raise _Refused(
        "expected an amount such as '23,4 mnkr' or an integer of kronor (not a float),"
        f" got {value!r}"
    )


def _date(value: object, _: type) -> pendulum.Date:
    if isinstance(value, datetime.datetime):
        raise _Refused(f"expected a date without a time, got {value!r}")
    if isinstance(value, datetime.date | str):
        try:
            return (
                pendulum.Date.fromisoformat(value)
                if isinstance(value, str)
                else pendulum.Date(value.year, value.month, value.day)
            )
        except ValueError:
            pass
    raise _Refused(f"expected an ISO 8601 date such as '2020-11-18', got {value!r}")


def _region(value: object, _: type) -> Region:
    found = _REGION_CODES.get(value) if type(value) is str else None
    if found is not None:  # the written form, a county code: a dict lookup
        return found
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Refused(f"expected a county code or region name, got {value!r}")
    return get_region(value)


def _case_number(value: object, _: type) -> CaseNumber:
    if not isinstance(value, str):
        raise _Refused(f"expected a case number such as 'HSN 938-2020', got {value!r}")
    return parse_case_number(value)


def _enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    # By value, through the value map: a dict lookup, not Enum(value) (STYLE §14).
    members = cls._value2member_map_
    if not isinstance(value, bool):
        try:
            return members[value]
        except (KeyError, TypeError):
            pass
    raise _Refused(f"expected one of {sorted(members)!r}, got {value!r}")


def _format_exception(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, VardserviceError | _Refused):
        return str(exc)
    return cattrs.v.format_exception(exc, type_)


def _budget_unstructure(conv: cattrs.Converter) -> Callable[[Budget], dict[str, Any]]:
    base = cattrs.gen.make_dict_unstructure_fn(Budget, conv)

    def unstructure(value: Budget) -> dict[str, Any]:
        data = base(value)
        data["total"] = conv.unstructure(value.total)
        data["by_tier"] = conv.unstructure(value.by_tier)
        return data

    return unstructure


def _budget_structure(conv: cattrs.Converter) -> Callable[[Any, type], Budget]:
    base = make_dict_structure_fn(Budget, conv, _cattrs_forbid_extra_keys=True)

    def structure(value: Any, type_: type) -> Budget:
        # total and by_tier are written for readers; they are derived, so on the
        # way in they are checked against the fees rather than trusted.
        if not isinstance(value, Mapping):
            raise _Refused(f"expected a mapping, got {value!r}")
        data = dict(value)
        total = data.pop("total", None)
        data.pop("by_tier", None)
        result = base(data, type_)
        if total is not None and _money(total, Money) != result.total:
            raise InvalidValue("Budget", "total", total, f"the sum of the fees, {result.total}")
        return result

    return structure


_NETWORK_BUDGET_TOTALS = ("fee_income", "other_income_total", "income", "cost_total", "balance")


def _network_budget_unstructure(conv: cattrs.Converter) -> Callable[[NetworkBudget], Any]:
    base = cattrs.gen.make_dict_unstructure_fn(NetworkBudget, conv)

    def unstructure(value: NetworkBudget) -> dict[str, Any]:
        data = base(value)
        for name in _NETWORK_BUDGET_TOTALS:
            data[name] = conv.unstructure(getattr(value, name))
        return data

    return unstructure


def _network_budget_structure(conv: cattrs.Converter) -> Callable[[Any, type], NetworkBudget]:
    base = make_dict_structure_fn(NetworkBudget, conv, _cattrs_forbid_extra_keys=True)

    def structure(value: Any, type_: type) -> NetworkBudget:
        # The totals are written for readers; they are derived, so on the way in
        # each is checked against the lines rather than trusted.
        if not isinstance(value, Mapping):
            raise _Refused(f"expected a mapping, got {value!r}")
        data = dict(value)
        written = {name: data.pop(name) for name in _NETWORK_BUDGET_TOTALS if name in data}
        result = base(data, type_)
        for name, total in written.items():
            derived = getattr(result, name)
            if _money(total, Money) != derived:
                raise InvalidValue("NetworkBudget", name, total, f"{derived}, from the lines")
        return result

    return structure


def _guard_construction(conv: cattrs.Converter, cls: type[Any]) -> Callable[[Any, type], Any]:
    """Wrap an attrs class's structure function so that a validator's error keeps its path."""
    base = conv.gen_structure_attrs_fromdict(cls)
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


def _sequence_guard(conv: cattrs.Converter, type_: Any) -> Callable[[Any, type], Any]:
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


def _optional(conv: cattrs.Converter, type_: Any) -> Callable[[Any, type], Any]:
    """``X | None`` with X's hook looked up once, not on every value (cattrs does)."""
    inner = next(a for a in typing.get_args(type_) if a is not type(None))
    handler = conv.get_structure_hook(inner)

    def structure(value: Any, _: type) -> Any:
        return None if value is None else handler(value, inner)

    return structure


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


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


def _healthcare_region(value: object, _: type) -> HealthcareRegion:
    if isinstance(value, str):
        # The written form is the key ('sodra'): a dict lookup, before the name matching.
        return _HEALTHCARE_REGION_KEYS.get(value) or get_healthcare_region(value)
    raise _Refused(f"expected a healthcare region's name or key (e.g. 'sodra'), got {value!r}")


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


def _make_converter(*, detailed: bool = True) -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_structure_hook(int, _strict_int)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(bool, _strict_bool)
    conv.register_structure_hook(Decimal, _decimal)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Money, _money)
    conv.register_unstructure_hook(Money, str)
    conv.register_structure_hook(pendulum.Date, _date)
    conv.register_unstructure_hook(pendulum.Date, lambda d: d.isoformat())
    conv.register_structure_hook(Region, _region)
    conv.register_unstructure_hook(Region, lambda r: r.code)
    conv.register_structure_hook(CaseNumber, _case_number)
    conv.register_unstructure_hook(CaseNumber, str)
    conv.register_structure_hook(HealthcareRegion, _healthcare_region)
    conv.register_unstructure_hook(HealthcareRegion, lambda hr: hr.key)
    conv.register_structure_hook(Citation, _citation)
    conv.register_unstructure_hook(Citation, str)
    # A rule is code, not data: a document names it by its code.
    conv.register_structure_hook(Rule, _rule)
    conv.register_unstructure_hook(Rule, lambda r: r.code)
    conv.register_structure_hook(EvidenceValue, _evidence_value)
    # Registered on the classes (not a predicate) so that they outrank the int hook:
    # an IntEnum has int before Enum in its MRO.
    for base in (enum.Enum, enum.IntEnum):
        conv.register_structure_hook(base, _enum)
    conv.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda e: e.value
    )
    conv.register_unstructure_hook(
        PopulationTable, lambda t: {"figures": conv.unstructure(t.figures)}
    )
    conv.register_unstructure_hook(Budget, _budget_unstructure(conv))
    conv.register_structure_hook(Budget, _budget_structure(conv))
    conv.register_unstructure_hook(NetworkBudget, _network_budget_unstructure(conv))
    conv.register_structure_hook(NetworkBudget, _network_budget_structure(conv))
    conv.register_structure_hook_factory(_is_homogeneous_tuple, lambda t: _sequence_guard(conv, t))
    conv.register_structure_hook_factory(_is_optional, lambda t: _optional(conv, t))
    conv.register_structure_hook_factory(
        lambda t: (
            attrs.has(t)
            and t
            not in (Budget, CaseNumber, Citation, HealthcareRegion, NetworkBudget, Region, Rule)
        ),
        lambda t: _guard_construction(conv, t),
    )
    return conv


@functools.cache
def converter() -> cattrs.Converter:
    """Return the library's one cattrs converter (strict; see the module docstring)."""
    return _make_converter()


@functools.cache
def _fast_converter() -> cattrs.Converter:
    # The same hooks without cattrs' detailed validation, which collects every
    # problem with its path and costs about a third of the time (STYLE §14). A
    # document it refuses is read again by converter() for the messages.
    return _make_converter(detailed=False)


def to_dict(obj: Any) -> Any:
    """Return ``obj`` as plain data (dicts, lists, strings, numbers, booleans)."""
    return converter().unstructure(obj)


def from_dict(data: Any, cls: type[T], *, origin: str | None = None) -> T:
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


def _parse(text: str, fmt: Format, origin: str | None) -> Any:
    import yaml

    try:
        if fmt == "json":
            return json.loads(text, parse_float=_refuse_float)
        if fmt == "toml":
            return tomllib.loads(text)
        return yaml.load(text, Loader=_yaml_loader())  # noqa: S506  # a SafeLoader
    except json.JSONDecodeError as exc:
        raise InvalidInput([f"not valid JSON: {exc}"], origin=origin) from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput([f"not valid TOML: {exc}"], origin=origin) from None
    except yaml.YAMLError as exc:
        raise InvalidInput([f"not valid YAML: {exc}".replace("\n", " ")], origin=origin) from None


@functools.cache
def _yaml_loader() -> type[Any]:
    """Return YAML's safe loader, with dates left as text for the converter to read.

    PyYAML's own date reading fails without a path on an impossible date
    (``2023-02-30``); as text the date is refused by the converter, which names
    where it is (``@ $.milestones[2].date``).
    """
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return _Loader


def _refuse_float(text: str) -> float:
    # Keep the float so that the converter can refuse it with its path.
    return float(text)


def loads(text: str, cls: type[T], *, format: Format = "json", origin: str | None = None) -> T:
    """Return a ``cls`` read from ``text`` in ``format`` (json, yaml or toml).

    Raises:
        InvalidInput: the text is not valid in that format, or does not make a ``cls``.

    """
    if format not in ("json", "yaml", "toml"):
        raise InvalidValue("loads", "format", format, "'json', 'yaml' or 'toml'")
    if not isinstance(text, str):
        raise InvalidInput([f"expected text, got {type(text).__name__}"], origin=origin)
    data = _parse(text, format, origin)
    if data is None:
        raise InvalidInput(["the document is empty"], origin=origin)
    return from_dict(data, cls, origin=origin)


def dumps(obj: Any, *, format: Format = "json") -> str:
    """Return ``obj`` as text in ``format`` (json, yaml or toml).

    TOML needs a table at the top, so only objects that become a mapping can be
    written as TOML; ``None`` values are left out there, since TOML has no null.
    """
    data = to_dict(obj)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if format == "yaml":
        import yaml

        text: str = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        return text
    if format == "toml":
        if not isinstance(data, dict):
            raise InvalidValue("dumps", "obj", type(obj).__name__, "an object that is a mapping")
        import tomli_w

        return tomli_w.dumps(_without_none(data))
    raise InvalidValue("dumps", "format", format, "'json', 'yaml' or 'toml'")


def _format_of(path: Path) -> Format:
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InvalidInput(
            [f"unknown file type {path.suffix!r}; use .json, .yaml, .yml or .toml"],
            origin=str(path),
        )
    return fmt


def load(path: str | Path, cls: type[T]) -> T:
    """Return a ``cls`` read from a file; the format comes from the suffix.

    Raises:
        InvalidInput: the file cannot be read, or its content does not make a ``cls``.

    """
    file = Path(path)
    fmt = _format_of(file)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput([f"cannot read the file: {exc}"], origin=str(file)) from None
    return loads(text, cls, format=fmt, origin=str(file))


def dump(obj: Any, path: str | Path) -> None:
    """Write ``obj`` to a file; the format comes from the suffix."""
    file = Path(path)
    file.write_text(dumps(obj, format=_format_of(file)), encoding="utf-8")


def load_annual_wheel(path: str | Path) -> AnnualWheel:
    """Return the annual wheel in a file: an annual-wheel document or a network's.

    A document with any key that only a :class:`~vardservice.networks.Network`
    has (``members``, ``annual_wheel``, ``plans``, …) is read as a network and
    its ``annual_wheel`` is returned; anything else is read as an
    :class:`~vardservice.planning.AnnualWheel`.

    Raises:
        InvalidInput: the file cannot be read, does not make the document, or is
            a network without an ``annual_wheel``.
        InvalidValue: ``path`` is not a path.

    """
    if not isinstance(path, str | Path) or not str(path).strip():
        raise InvalidValue("load_annual_wheel", "path", path, "a file path")
    file = Path(path)
    data = _document(file)
    network_only = {f.name for f in attrs.fields(Network)} - {
        f.name for f in attrs.fields(AnnualWheel)
    }
    if isinstance(data, Mapping) and network_only & set(data):
        network = from_dict(data, Network, origin=str(file))
        if network.annual_wheel is None:
            raise InvalidInput(["the network has no annual_wheel @ $"], origin=str(file))
        return network.annual_wheel
    return from_dict(data, AnnualWheel, origin=str(file))


def _subproject_files(paths: tuple[str | Path, ...]) -> list[Path]:
    if not paths:
        raise InvalidValue("load_subprojects", "paths", paths, "one or more files or directories")
    files: list[Path] = []
    for given in paths:
        if not isinstance(given, str | Path) or not str(given).strip():
            raise InvalidValue("load_subprojects", "paths", given, "a file or directory path")
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except (OSError, ValueError) as exc:  # a name too long, a NUL byte
            raise InvalidInput([f"cannot read the path: {exc}"], origin=str(path)) from None
        if is_dir:
            found = sorted(_files_under(path))
            if not found:
                raise InvalidInput(
                    ["no .json, .yaml, .yml or .toml files in this directory"], origin=str(path)
                )
            files.extend(found)
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def _files_under(folder: Path) -> Iterator[Path]:
    """Yield the document files under ``folder``, not descending into hidden folders."""
    for root, folders, names in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in _SUFFIXES:
                yield Path(root) / name


def _document(file: Path) -> Any:
    """Return a file's parsed content (not yet structured), refusing an empty one."""
    fmt = _format_of(file)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput([f"cannot read the file: {exc}"], origin=str(file)) from None
    if not text.strip():
        raise InvalidInput(["the document is empty"], origin=str(file))
    data = _parse(text, fmt, str(file))
    if data is None:
        raise InvalidInput(["the document is empty"], origin=str(file))
    return data


def _subproject_document(file: Path) -> Subproject | Portfolio:
    data = _document(file)
    if isinstance(data, Mapping) and "subprojects" in data:
        return from_dict(data, Portfolio, origin=str(file))
    return from_dict(data, Subproject, origin=str(file))


def load_subproject_documents(
    *paths: str | Path,
) -> tuple[tuple[Path, Subproject | Portfolio], ...]:
    """Read subproject and portfolio files; return each file with what it holds.

    A *subproject file* holds one :class:`~vardservice.subprojects.Subproject`;
    a *portfolio file* holds a :class:`~vardservice.portfolio.Portfolio`, a
    mapping with ``name`` and a list of ``subprojects`` (a document with a
    ``subprojects`` key is a portfolio). A directory stands for every ``.json``,
    ``.yaml``, ``.yml`` and ``.toml`` file under it (recursively, in sorted
    order, hidden files and folders left out). The format is described in the
    documentation's page "Subproject files".

    Every file is read before anything is raised, so that one error names every
    bad file.

    Raises:
        InvalidInput: a file cannot be read or does not make a subproject or a
            portfolio. With one bad file, ``origin`` is that file and
            ``problems`` name each bad path (``"… @ $.milestones[2].date"``);
            with several, ``origin`` is ``None`` and each problem starts with
            its file's name.
        InvalidValue: no paths given.

    """
    loaded: list[tuple[Path, Subproject | Portfolio]] = []
    failed: list[InvalidInput] = []
    try:
        files = _subproject_files(paths)
    except InvalidInput as exc:
        failed.append(exc)
        files = []
    for file in files:
        try:
            loaded.append((file, _subproject_document(file)))
        except InvalidInput as exc:
            failed.append(exc)
    if len(failed) == 1:
        raise failed[0]
    if failed:
        raise InvalidInput(
            [f"{exc.origin}: {p}" if exc.origin else p for exc in failed for p in exc.problems]
        )
    return tuple(loaded)


def load_subprojects(*paths: str | Path) -> tuple[Subproject, ...]:
    """Return every subproject in the given files and directories, in order.

    Subproject files, portfolio files and directories may be mixed (see
    :func:`load_subproject_documents`).

    Raises:
        InvalidInput: a bad file; each bad path is named, with its file.
        InvalidValue: no paths given.

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.yaml").write_text(
        ...     "id: SFBV-2022-07\\ntitle: Höftfrakturvård\\n"
        ...     "milestones:\\n  - {kind: start_decided, date: 2022-02-30}\\n",
        ...     encoding="utf-8")
        >>> try:
        ...     load_subprojects(folder)
        ... except InvalidInput as err:
        ...     print(err.origin == str(folder / "a.yaml"))
        ...     print(err.problems[0])
        True
        expected an ISO 8601 date such as '2020-11-18', got '2022-02-30' @ $.milestones[0].date

    """
    found: list[Subproject] = []
    for _, document in load_subproject_documents(*paths):
        found.extend(document.subprojects if isinstance(document, Portfolio) else (document,))
    return tuple(found)


def load_portfolio(*paths: str | Path, name: str | None = None) -> Portfolio:
    """Return one portfolio of every subproject in the given files and directories.

    Its name is ``name``; else, when a single portfolio file is given, that
    file's own name; else the file or folder name of the first path.

    Raises:
        InvalidInput: a bad file, or the same subproject id in two places
            (both are named).
        InvalidValue: no paths given, or an empty ``name``.

    """
    documents = load_subproject_documents(*paths)
    if name is None:
        only = documents[0][1] if len(documents) == 1 else None
        name = only.name if isinstance(only, Portfolio) else Path(paths[0]).stem
    seen: dict[str, str] = {}
    problems: list[str] = []
    subprojects: list[Subproject] = []
    for file, document in documents:
        inside = document.subprojects if isinstance(document, Portfolio) else (document,)
        for i, subproject in enumerate(inside):
            where = f"{file} @ $.subprojects[{i}]" if isinstance(document, Portfolio) else str(file)
            if subproject.id in seen:
                problems.append(
                    f"subproject id {subproject.id!r} appears twice: {seen[subproject.id]}"
                    f" and {where}"
                )
            else:
                seen[subproject.id] = where
            subprojects.append(subproject)
    if problems:
        raise InvalidInput(problems)
    return Portfolio(name=name, subprojects=subprojects)


def load_populations(path: str | Path) -> PopulationTable:
    """Read your own population figures, e.g. a newer SCB release.

    A ``.csv`` file has the columns ``code,year,population,source`` and
    optionally ``url``; ``source`` says where the figure comes from (e.g.
    ``SCB BE0101N1, published 2025-02-21``). A ``.json``, ``.yaml`` or ``.toml``
    file is a :class:`~vardservice.regions.PopulationTable` document.
    Combine with the shipped figures through
    ``shipped_populations().updated(table.figures)``.

    Raises:
        InvalidInput: a row or field that does not make a figure, with its line or path.

    """
    file = Path(path)
    if file.suffix.lower() != ".csv":
        return load(file, PopulationTable)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput([f"cannot read the file: {exc}"], origin=str(file)) from None
    return populations_from_csv(text, origin=str(file))


def populations_from_csv(text: str, *, origin: str | None = None) -> PopulationTable:
    """Return a table from CSV text with columns ``code,year,population,source[,url]``.

    Raises:
        InvalidInput: each bad line, by number.

    """
    reader = csv.DictReader(_io.StringIO(text))
    required = {"code", "year", "population", "source"}
    missing = required - set(reader.fieldnames or ())
    if missing:
        raise InvalidInput([f"missing columns: {', '.join(sorted(missing))}"], origin=origin)
    figures: list[PopulationFigure] = []
    problems: list[str] = []
    for line, row in enumerate(reader, start=2):
        try:
            source_text = (row["source"] or "").strip()
            if not source_text:
                raise InvalidValue("PopulationFigure", "source", row["source"], "where it is from")
            figures.append(
                PopulationFigure(
                    region=get_region((row["code"] or "").strip()).code,
                    year=_csv_int(row["year"], "year"),
                    population=_csv_int(row["population"], "population"),
                    source=PopulationSource(
                        id=source_text,
                        publisher=source_text,
                        title=source_text,
                        url=(row.get("url") or "").strip() or None,
                    ),
                )
            )
        except VardserviceError as exc:
            problems.append(f"{exc} @ line {line}")
    if problems:
        raise InvalidInput(problems, origin=origin)
    try:
        return PopulationTable(figures)
    except VardserviceError as exc:
        raise InvalidInput([str(exc)], origin=origin) from None


def load_observations(path: str | Path) -> tuple[Observation, ...]:
    """Read key-figure observations (nyckeltal) from a file.

    A ``.csv`` file has the columns ``region,year,key_figure,value,unit`` and
    optionally ``version`` (the definition version, 1 if absent); ``region`` is
    a county code or a name, ``value`` a plain number (``310``, ``0.29`` or
    ``0,29``). A ``.json``, ``.yaml`` or ``.toml`` file is a
    :class:`~vardservice.benchmarking.BenchmarkData` document, whose
    observations are returned.

    Raises:
        InvalidInput: each bad line (by number) or field (by path).

    """
    file = Path(path)
    if file.suffix.lower() != ".csv":
        return load(file, BenchmarkData).observations
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput([f"cannot read the file: {exc}"], origin=str(file)) from None
    return observations_from_csv(text, origin=str(file))


def observations_from_csv(text: str, *, origin: str | None = None) -> tuple[Observation, ...]:
    """Return observations from CSV text with columns ``region,year,key_figure,value,unit``.

    Raises:
        InvalidInput: each bad line, by number.

    Example:
        >>> rows = observations_from_csv(
        ...     "region,year,key_figure,value,unit\\n07,2022,LV1,310,kr/m**2\\n"
        ... )
        >>> rows[0].region, rows[0].value
        ('07', Decimal('310'))

    """
    if not isinstance(text, str):
        raise InvalidInput([f"expected text, got {type(text).__name__}"], origin=origin)
    reader = csv.DictReader(_io.StringIO(text))
    required = {"region", "year", "key_figure", "value", "unit"}
    missing = required - set(reader.fieldnames or ())
    if missing:
        raise InvalidInput([f"missing columns: {', '.join(sorted(missing))}"], origin=origin)
    found: list[Observation] = []
    problems: list[str] = []
    for line, row in enumerate(reader, start=2):
        try:
            version = (row.get("version") or "").strip()
            found.append(
                Observation(
                    key_figure=(row["key_figure"] or "").strip(),
                    region=(row["region"] or "").strip(),
                    year=_csv_whole(row["year"], "Observation", "year"),
                    value=(row["value"] or "").strip(),
                    unit=(row["unit"] or "").strip(),
                    version=_csv_whole(version, "Observation", "version") if version else 1,
                )
            )
        except VardserviceError as exc:
            problems.append(f"{exc} @ line {line}")
    if problems:
        raise InvalidInput(problems, origin=origin)
    return tuple(found)


def _csv_whole(text: str | None, owner: str, field: str) -> int:
    cleaned = (text or "").strip()
    if not cleaned.isdigit():
        raise InvalidValue(owner, field, text, "a whole number")
    return int(cleaned)


def _csv_int(text: str | None, field: str) -> int:
    cleaned = (text or "").replace("\u00a0", "").replace(" ", "")
    if not cleaned.isdigit():
        raise InvalidValue("PopulationFigure", field, text, "a whole number")
    return int(cleaned)


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value
