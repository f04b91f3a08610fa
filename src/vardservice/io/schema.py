"""JSON Schema (draft 2020-12) of every file the library reads, generated from the models.

A schema is not written by hand: :func:`json_schema` walks an attrs model's
fields and their declared types, and says for each leaf what the converter's
own document checks (``vardservice.io._hooks``) accept, so that the schema
and the loader agree:

* money: a string with its unit, ``"23,4 mnkr"``, ``"40 000 kr"`` (the units
  :func:`~vardservice.units.parse_money` knows), or an integer of kronor; never
  a float;
* an exact number (``Decimal``): a string or an integer, never a float;
* dates: ISO 8601 text, ``"2020-11-18"`` (``format: date``: a validator that
  checks formats refuses ``2023-02-30``); YAML's and TOML's own dates are read
  as text by editors;
* regions: a county code or a name (codes and names offered for completion);
  healthcare regions by key or name; enums by value;
* lists for ``tuple`` fields, a mapping without unknown keys
  (``additionalProperties: false``) for every model, its required fields those
  without a default.

The kinds of file (:data:`SCHEMA_KINDS`) are what ``vardservice schema KIND``
prints; the generated files are shipped in ``vardservice/data/schemas`` (see
:func:`shipped_schema`) and written again with ``nox -s schemas``
(``python -m vardservice.io.schema DIR``).

Example:
    >>> schema = json_schema("subproject")
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["additionalProperties"], "id" in schema["required"]
    (False, True)
    >>> schema["properties"]["milestones"]["items"]["$ref"]
    '#/$defs/Milestone'

"""

from __future__ import annotations

import enum
import functools
import importlib
import json
import re
import sys
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any, Final

import attrs
import pendulum

from vardservice.errors import InvalidValue
from vardservice.io._converter import DERIVED
from vardservice.io._hooks import is_case_number
from vardservice.regions import HEALTHCARE_REGIONS, REGIONS, HealthcareRegion, Region
from vardservice.sources import SOURCES, Citation
from vardservice.units import _UNIT_ALIASES, Money

__all__ = [
    "DRAFT",
    "SCHEMA_KINDS",
    "json_schema",
    "schema_text",
    "shipped_schema",
    "write_schemas",
]

DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of every schema: draft 2020-12."""

SCHEMA_KINDS: Final[Mapping[str, tuple[str, str]]] = {
    "annual-wheel": ("vardservice.planning", "AnnualWheel"),
    "benchmark": ("vardservice.benchmarking", "BenchmarkData"),
    "fee-schedule": ("vardservice.fees", "FeeScheduleHistory"),
    "national-network": ("vardservice.networks", "NationalNetwork"),
    "needs-inventory": ("vardservice.decisions", "NeedsInventory"),
    "network": ("vardservice.networks", "Network"),
    "populations": ("vardservice.regions", "PopulationTable"),
    "portfolio": ("vardservice.portfolio", "Portfolio"),
    "protocol": ("vardservice.decisions", "ProtocolExcerpt"),
    "subproject": ("vardservice.subprojects", "Subproject"),
    "task-catalogue": ("vardservice.vns", "TaskCatalogue"),
    "vns-case": ("vardservice.vns", "VnsCase"),
}
"""Every kind of file the library reads, and the model (module, class) it holds."""

_SPACE: Final = "[\\s\\u00a0\\u202f\\u2009]"
_NUMBER_TEXT: Final = (
    f"^{_SPACE}*[+\\-\\u2212]?(?=[^0-9]*[0-9])[0-9\\s\\u00a0\\u202f\\u2009]*"
    f"([.,][0-9]*)?([eE][+\\-]?[0-9]+)?{_SPACE}*$"
)


def _case_insensitive(word: str) -> str:
    return "".join(
        f"[{c.lower()}{c.upper()}]\\.?" if c.isalpha() else re.escape(c) + "\\.?" for c in word
    )


def _money_pattern() -> str:
    """Return the pattern of what :func:`~vardservice.units.parse_money` reads (its unit table)."""
    units = sorted((u for u, to in _UNIT_ALIASES.items() if u and to != "mdkr"), key=len)
    alternatives = "|".join(_case_insensitive(u) for u in reversed(units))
    return (
        f"^{_SPACE}*[+\\-\\u2212]?[0-9\\s\\u00a0\\u202f\\u2009]*[0-9]([.,][0-9]+)?"
        f"{_SPACE}*({alternatives})?{_SPACE}*$"
    )


def _leaf(type_: Any) -> dict[str, Any] | None:
    """Return the schema of a value the converter reads by a hook of its own, or ``None``."""
    if type_ is bool:
        return {"type": "boolean"}
    if type_ is int:
        return {"type": "integer"}
    if type_ is str:
        return {"type": "string"}
    if type_ is Decimal:
        return {
            "description": "an exact number: a string ('23.4', '23,4') or an integer, not a float",
            "anyOf": [{"type": "string", "pattern": _NUMBER_TEXT}, {"type": "integer"}],
        }
    if type_ is Money:
        return {
            "description": "money: '23,4 mnkr', '40 000 kr' or an integer of kronor, not a float",
            "anyOf": [{"type": "string", "pattern": _money_pattern()}, {"type": "integer"}],
        }
    if type_ is pendulum.Date:
        return {
            "description": "a date, ISO 8601: '2020-11-18'",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        }
    if type_ is Region:
        names = sorted({n for r in REGIONS for n in (r.name, r.short_name, *r.aliases)})
        return {
            "description": "a region: its county code ('07') or its name ('Kronoberg')",
            "anyOf": [
                {"enum": [r.code for r in REGIONS]},
                {"type": "string", "examples": names},
                {"type": "integer", "minimum": 1},
            ],
        }
    if type_ is HealthcareRegion:
        return {
            "description": "a healthcare region: its key ('sodra') or its name",
            "anyOf": [
                {"enum": [hr.key for hr in HEALTHCARE_REGIONS]},
                {"type": "string", "examples": [hr.name for hr in HEALTHCARE_REGIONS]},
            ],
        }
    if is_case_number(type_):
        return {"description": "a case number as printed: 'HSN 938-2020'", "type": "string"}
    if type_ is Citation:
        return {
            "description": "a citation: 'SFBV §5.4', or {key, section}",
            "anyOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {"key": {"enum": list(SOURCES)}, "section": {"type": "string"}},
                    "required": ["key", "section"],
                    "additionalProperties": False,
                },
            ],
        }
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return {"enum": [member.value for member in type_]}
    if type_ is typing.Any or type_ is object:
        return {}
    return None


class _Builder:
    """Builds one schema: the models it meets go to ``$defs``, once each."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of(self, type_: Any) -> dict[str, Any]:
        leaf = _leaf(type_)
        if leaf is not None:
            return leaf
        origin, args = typing.get_origin(type_), typing.get_args(type_)
        if origin is typing.Literal:
            return {"enum": list(args)}
        if origin in (typing.Union, types.UnionType):
            options = [a for a in args if a is not type(None)]
            schemas = [self.of(a) for a in options]
            if len(options) < len(args):
                schemas.append({"type": "null"})
            return schemas[0] if len(schemas) == 1 else {"anyOf": schemas}
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.of(args[0])}
            return {"type": "array", "prefixItems": [self.of(a) for a in args], "items": False}
        if origin in (
            list,
            frozenset,
            set,
            typing.Sequence,
            __import__("collections").abc.Sequence,
        ):
            return {"type": "array", "items": self.of(args[0]) if args else {}}
        if origin in (dict, Mapping, __import__("collections").abc.Mapping):
            return {"type": "object", "additionalProperties": self.of(args[1]) if args else {}}
        if attrs.has(type_):
            return self.model(type_)
        raise TypeError(f"no schema for the type {type_!r}")

    def model(self, cls: type[Any]) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # a placeholder, for models that contain themselves
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type[Any]) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            key = field.alias or field.name
            properties[key] = self.of(hints[field.name])
            if field.default is attrs.NOTHING:
                required.append(key)
        derived = DERIVED.get(f"{cls.__module__}.{cls.__qualname__}", ())
        for value in derived:  # written for readers; checked against the fields when given
            properties[value] = {"description": "derived: may be left out; checked when given"}
        schema: dict[str, Any] = {"type": "object", "title": cls.__name__}
        summary = (cls.__doc__ or "").strip().splitlines()
        if summary:
            schema["description"] = summary[0]
        schema["properties"] = properties
        if required:
            schema["required"] = required
        schema["additionalProperties"] = False
        return schema


def _model(kind: str) -> type[Any]:
    if kind not in SCHEMA_KINDS:
        raise InvalidValue("json_schema", "kind", kind, f"one of {', '.join(SCHEMA_KINDS)}")
    module, name = SCHEMA_KINDS[kind]
    cls: type[Any] = getattr(importlib.import_module(module), name)
    return cls


@functools.cache
def _generated(kind: str) -> str:
    builder = _Builder()
    root = builder.object(_model(kind))
    schema: dict[str, Any] = {"$schema": DRAFT, "title": f"vardservice {kind}"}
    schema["description"] = (
        f"A vardservice {kind} file (.yaml, .yml, .json or .toml), as "
        f"{SCHEMA_KINDS[kind][0]}.{SCHEMA_KINDS[kind][1]}. Generated from the model; "
        "regenerate with `nox -s schemas`."
    )
    schema.update({k: v for k, v in root.items() if k not in ("title", "description")})
    if builder.defs:
        schema["$defs"] = dict(sorted(builder.defs.items()))
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def json_schema(kind: str) -> dict[str, Any]:
    """Return the JSON Schema of a kind of file, generated from its model.

    Args:
        kind: one of :data:`SCHEMA_KINDS` (``"subproject"``, ``"network"``, …).

    Returns:
        The schema (draft 2020-12), a new dict each call.

    Raises:
        InvalidValue: an unknown kind.

    """
    return dict(json.loads(_generated(kind)))


def schema_text(kind: str) -> str:
    """Return the JSON Schema of a kind of file as JSON text, as it is shipped.

    Raises:
        InvalidValue: an unknown kind.

    """
    return _generated(kind)


def shipped_schema(kind: str) -> str:
    """Return the schema file shipped in the package (``vardservice/data/schemas/KIND.json``).

    Raises:
        InvalidValue: an unknown kind.

    """
    _model(kind)
    file = resources.files("vardservice").joinpath("data", "schemas", f"{kind}.schema.json")
    return file.read_text(encoding="utf-8")


def write_schemas(folder: str | Path) -> list[Path]:
    """Write every kind's schema to ``folder`` as ``KIND.schema.json``; return the files.

    This is what ``nox -s schemas`` runs (on ``src/vardservice/data/schemas``),
    after a model's fields change.
    """
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in SCHEMA_KINDS:
        path = target / f"{kind}.schema.json"
        path.write_text(schema_text(kind), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - nox -s schemas
    for path in write_schemas(sys.argv[1] if len(sys.argv) > 1 else "src/vardservice/data/schemas"):
        print(path)
