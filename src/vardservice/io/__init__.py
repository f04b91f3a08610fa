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

The package is split by job: the converter (``_converter``: the hooks, in
groups), the file formats (``_files``), CSV (``_csv``), and the documents that
a file may hold (:mod:`vardservice.io.documents`: subproject and portfolio
files, annual wheels), SCB's own population files (``_scb``:
:func:`populations_from_scb`, :func:`load_scb_populations`; ``_scb_fetch``:
:func:`fetch_scb_populations` from SCB's PxWebApi 2);
:mod:`vardservice.io.records` holds the flat records the command line writes as
JSON and CSV; :mod:`vardservice.io.findings` writes findings as SARIF and JSON
(:func:`~vardservice.io.findings.to_sarif`,
:func:`~vardservice.io.findings.to_json`); :mod:`vardservice.io.word` reads
reports written in Word back (:func:`read_report_docx`, :func:`check_report_docx`).

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

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from vardservice.errors import InvalidInput, InvalidValue
from vardservice.io._converter import converter, has_fast_reader, structure, unstructure
from vardservice.io._files import (
    FORMATS,
    Format,
    format_of,
    parse_deferred,
    parse_document,
    read_deferred,
    read_document,
    serialize,
    text_of,
)

if TYPE_CHECKING:
    from vardservice.io._csv import (
        load_observations,
        load_populations,
        observations_from_csv,
        populations_from_csv,
    )
    from vardservice.io._scb import (
        MAX_SCB_BYTES,
        ScbImport,
        load_scb_populations,
        populations_from_scb,
    )
    from vardservice.io._scb_fetch import ScbFetchError, fetch_scb_populations
    from vardservice.io.documents import (
        load_annual_wheel,
        load_network,
        load_portfolio,
        load_subproject_documents,
        load_subprojects,
    )
    from vardservice.io.findings import to_json, to_sarif
    from vardservice.io.word import check_report_docx, read_report_docx

__all__ = [
    "MAX_SCB_BYTES",
    "Format",
    "ScbFetchError",
    "ScbImport",
    "check_report_docx",
    "converter",
    "dump",
    "dumps",
    "fetch_scb_populations",
    "from_dict",
    "load",
    "load_annual_wheel",
    "load_network",
    "load_observations",
    "load_populations",
    "load_portfolio",
    "load_scb_populations",
    "load_subproject_documents",
    "load_subprojects",
    "loads",
    "observations_from_csv",
    "populations_from_csv",
    "populations_from_scb",
    "read_report_docx",
    "to_dict",
    "to_json",
    "to_sarif",
]

T = TypeVar("T")

# The readers of subproject, portfolio, wheel and CSV files import those subjects: they
# are loaded on first use, so that writing a table (to_dict of a record) stays light.
_LAZY = {
    "load_annual_wheel": "vardservice.io.documents",
    "load_network": "vardservice.io.documents",
    "load_portfolio": "vardservice.io.documents",
    "load_subproject_documents": "vardservice.io.documents",
    "load_subprojects": "vardservice.io.documents",
    "load_observations": "vardservice.io._csv",
    "load_populations": "vardservice.io._csv",
    "observations_from_csv": "vardservice.io._csv",
    "populations_from_csv": "vardservice.io._csv",
    "MAX_SCB_BYTES": "vardservice.io._scb",
    "ScbImport": "vardservice.io._scb",
    "load_scb_populations": "vardservice.io._scb",
    "populations_from_scb": "vardservice.io._scb",
    "to_json": "vardservice.io.findings",
    "to_sarif": "vardservice.io.findings",
    "check_report_docx": "vardservice.io.word",
    "read_report_docx": "vardservice.io.word",
    "ScbFetchError": "vardservice.io._scb_fetch",
    "fetch_scb_populations": "vardservice.io._scb_fetch",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def to_dict(obj: Any) -> Any:
    """Return ``obj`` as plain data (dicts, lists, strings, numbers, booleans)."""
    return unstructure(obj)


def from_dict(data: Any, cls: type[T], *, origin: str | None = None) -> T:
    """Return a ``cls`` built from plain data.

    Raises:
        InvalidInput: the data does not make a ``cls``; ``problems`` names each path.

    """
    return structure(data, cls, origin=origin)


def loads(
    text: str | bytes, cls: type[T], *, format: Format = "json", origin: str | None = None
) -> T:
    """Return a ``cls`` read from ``text`` in ``format`` (json, yaml or toml).

    ``text`` may also be the document's UTF-8 bytes, as a file holds them (and as
    pydantic's ``model_validate_json`` and orjson take them): they are read as a
    file is (a byte order mark is refused as in a file, line ends are made
    ``\\n``), and a JSON document is parsed from them without decoding it first.

    Example:
        >>> from vardservice.subprojects import Assignment
        >>> loads(b'{"background": "Kartl\\xc3\\xa4gg"}', Assignment).background
        'Kartlägg'

    Raises:
        InvalidInput: the text is not valid in that format, or does not make a
            ``cls``; bytes that are not UTF-8 (naming the position); neither text
            nor bytes.
        InvalidValue: an unknown format.

    """
    if format not in FORMATS:
        raise InvalidValue("loads", "format", format, "'json', 'yaml' or 'toml'")
    if type(text) is not str and type(text) is not bytes:
        if isinstance(text, bytes):
            text = bytes(text)
        elif not isinstance(text, str):
            raise InvalidInput([f"expected text, got {type(text).__name__}"], origin=origin)
    if not has_fast_reader(cls):
        if isinstance(text, bytes):
            text = text_of(text, origin)
        return structure(parse_document(text, format, origin), cls, origin=origin)
    data, exact = parse_deferred(text, format, origin)
    return structure(data, cls, origin=origin, exact=exact)


def dumps(obj: Any, *, format: Format = "json") -> str:
    """Return ``obj`` as text in ``format`` (json, yaml or toml).

    TOML needs a table at the top, so only objects that become a mapping can be
    written as TOML; ``None`` values are left out there, since TOML has no null.

    Raises:
        InvalidValue: an unknown format, or TOML for an object that is not a mapping.

    """
    return serialize(to_dict(obj), format, what=type(obj).__name__)


def load(path: str | Path, cls: type[T]) -> T:
    """Return a ``cls`` read from a file; the format comes from the suffix.

    Raises:
        InvalidInput: the file cannot be read, is empty, or its content does not
            make a ``cls``.

    """
    file = Path(path)
    if not has_fast_reader(cls):
        return structure(read_document(file), cls, origin=str(file))
    data, exact = read_deferred(file)
    return structure(data, cls, origin=str(file), exact=exact)


def dump(obj: Any, path: str | Path) -> None:
    """Write ``obj`` to a file; the format comes from the suffix.

    Raises:
        InvalidInput: an unknown suffix.
        InvalidValue: TOML for an object that is not a mapping.

    """
    file = Path(path)
    file.write_text(dumps(obj, format=format_of(file)), encoding="utf-8")
