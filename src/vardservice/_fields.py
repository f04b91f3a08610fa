"""One way to declare a field of a model (private to the package).

Every field of a vardservice model is an ``attrs.field`` with one of these, and never a
hand-written function of its own:

* a **converter**, for a value that is read into another type: a date from
  ``"2020-11-18"``, money from ``"23,4 mnkr"``, an enum member from its value, a tuple from
  a list, a region from its county code (:data:`date`, :data:`money`, :data:`decimal`,
  :data:`member`, :data:`members`, :data:`texts`, :data:`any_texts`, :data:`items`,
  :data:`read`);
* a **validator**, for a value that is only checked: text, a flag, a whole number, a year,
  a nested object (:func:`text`, :func:`any_text`, :func:`flag`, :func:`whole`,
  :func:`year` and its four policies, :func:`between`, :func:`instance`, :func:`not_before`).

Each refuses a value with :class:`~vardservice.errors.InvalidValue` naming the model class
and the field: ``Milestone.date: got '2023-02-30'; expected a date (ISO 8601, e.g.
'2020-11-18')``. The converters are the library's one conversion layer: each accepts what a
document holds for its field (text, whole numbers, lists) besides the value itself.

Conventions, stated once:

* **None** is accepted exactly where it is the field's default (``default=None``); the
  expectation then ends in "or None".
* **Fast path:** a value already of the target type is returned after one ``type()`` check,
  so that objects rebuilt by ``attrs.evolve`` or structured by the I/O layer pay little.
* **Types from the annotation:** :data:`member`, :data:`members`, :data:`items`,
  :data:`read` and :func:`instance` read what the field holds from its annotation
  (``kind: MilestoneKind``, ``themes: tuple[Theme, ...]``, ``board: Board | None``),
  resolved once per field; the type is written once, where a reader looks for it.
* **Readers:** a type that documents write as text registers, in its own module, how it is
  read (:func:`add_reader`: a ``Region`` from ``"07"`` or ``"Kronoberg"``); every field
  holding one, or a tuple of them, then reads it the same way.
* **Years:** one policy per meaning, with bounds in :mod:`vardservice.dates`
  (:data:`calendar_year`, :data:`record_year`, :data:`fee_year`, :data:`case_year`).

Why converters are named objects and not factory calls: mypy's attrs plugin derives
``__init__``'s parameter types only from a converter that is a named function, and refuses
``attrs.Converter(...)`` objects and calls (python/mypy#15736). So each converter is, for a
type checker, a one-argument function whose parameter says what ``__init__`` accepts, and at
run time an ``attrs.Converter(fn, takes_self=True, takes_field=True)``, which hands ``fn`` the
instance and the field to name. Validators need no such step: attrs passes them both.

Example:
    >>> import attrs, pendulum
    >>> from vardservice import _fields
    >>> @attrs.frozen(kw_only=True)
    ... class Meeting:
    ...     title: str = attrs.field(validator=_fields.text)
    ...     day: pendulum.Date = attrs.field(converter=_fields.date)
    ...     year: int = attrs.field(validator=_fields.record_year)
    >>> Meeting(title="Styrelsemöte", day="2024-03-05", year=2024).day
    Date(2024, 3, 5)
    >>> Meeting(title="Styrelsemöte", day="2024-02-30", year=2024)
    Traceback (most recent call last):
    ...
    vardservice.errors.InvalidValue: Meeting.day: got '2024-02-30'; expected a date (ISO 8601, ...

"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs
import pendulum

from vardservice.dates import (
    MAX_CALENDAR_YEAR,
    MAX_CASE_YEAR,
    MAX_FEE_YEAR,
    MAX_RECORD_YEAR,
    MIN_CALENDAR_YEAR,
    MIN_CASE_YEAR,
    MIN_FEE_YEAR,
    MIN_RECORD_YEAR,
    to_date,
)
from vardservice.errors import InvalidValue, VardserviceError
from vardservice.units import MAX_AMOUNT, Money, to_decimal, to_money

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]
"""The signature attrs calls a validator with: the instance, the attribute, the value."""

MAX_DECIMAL: Final = MAX_AMOUNT
"""The largest absolute value a :data:`decimal` field accepts (10^15, a junk guard)."""


# --- naming the owner and the field --------------------------------------------------------


def _owner(instance: object) -> str:
    return type(instance).__name__


def _optional(field: attrs.Attribute[Any]) -> bool:
    """Return whether the field accepts ``None``: exactly when ``None`` is its default."""
    return field.default is None


def _refusal(
    instance: object, field: attrs.Attribute[Any], value: object, expected: str
) -> InvalidValue:
    """Return the error for a refused value; "or None" is added where None is accepted."""
    or_none = " or None" if _optional(field) else ""
    return InvalidValue(_owner(instance), field.name, value, expected + or_none)


def _or_none(exc: InvalidValue, field: attrs.Attribute[Any]) -> InvalidValue:
    """Return ``exc`` with "or None" added to its expectation, where the field accepts None."""
    if not _optional(field) or exc.field != field.name:
        return exc
    return InvalidValue(exc.owner, exc.field, exc.value, exc.expected + " or None")


_PLAIN: Final[dict[type, str]] = {int: "a whole number", str: "a string"}


def _a(kind: type) -> str:
    """Return the class's name with its article: "a Theme", "an Observation", "a string"."""
    if kind in _PLAIN:
        return _PLAIN[kind]
    name = kind.__name__
    return f"an {name}" if name[:1] in "AEIO" else f"a {name}"


# --- the type a field holds, from its annotation -------------------------------------------

_HELD: dict[int, Any] = {}  # id(attribute) -> the class it holds; attributes live with classes


def _held(instance: object, field: attrs.Attribute[Any]) -> Any:
    """Return the class a field holds: ``X`` of ``X``, ``X | None`` or ``tuple[X, ...]``."""
    found = _HELD.get(id(field))
    if found is None:
        annotation = field.type
        if annotation is None or isinstance(annotation, str):
            attrs.resolve_types(typing.cast(Any, type(instance)))  # once per class
            annotation = field.type
        found = _strip(annotation)
        _HELD[id(field)] = found
    return found


def _strip(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return _strip(args[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return annotation


# --- readers: how a value of a type is read from what a document holds ---------------------

_READERS: dict[type, tuple[Callable[[Any], Any], str]] = {}


def add_reader(kind: type, reader: Callable[[Any], Any], expected: str) -> None:
    """Say once how a ``kind`` is read from what a document holds (for :data:`read`, :data:`items`).

    The module that defines a type registers its reader (regions: a ``Region`` from a county
    code or a name), so that any field holding one, or a tuple of them, reads it the same way.

    Args:
        kind: the type read.
        reader: turns a document's value into a ``kind``; it raises ``TypeError`` or
            ``ValueError`` for a value it cannot read (reported as ``expected``, naming the
            field), or a library error of its own, which is raised as it is.
        expected: what the reader accepts, in words (``"a county code or a region's name"``).

    """
    _READERS[kind] = (reader, expected)


def _read_one(kind: type, value: object, owner: str, field: str) -> Any:
    if type(value) is kind:
        return value
    entry = _READERS.get(kind)
    if entry is None:
        if isinstance(value, kind):
            return value
        raise InvalidValue(owner, field, value, _a(kind))
    reader, expected = entry
    try:
        return reader(value)
    except VardserviceError:
        raise
    except (TypeError, ValueError):
        raise InvalidValue(owner, field, value, expected) from None


# --- converters: what __init__ accepts, read into the field's type -------------------------
#
# Each is written as fn(value, instance, field) and published below as an attrs.Converter.


def _date(value: object, instance: object, field: attrs.Attribute[Any]) -> pendulum.Date | None:
    if type(value) is pendulum.Date:
        return value
    if value is None and _optional(field):
        return None
    try:
        return to_date(value, owner=_owner(instance), field=field.name)
    except InvalidValue as exc:
        raise _or_none(exc, field) from None


def _money(value: object, instance: object, field: attrs.Attribute[Any]) -> Money | None:
    if type(value) is Money and not value.is_negative():
        return value
    if value is None and _optional(field):
        return None
    try:
        return to_money(value, owner=_owner(instance), field=field.name, negative=False)
    except InvalidValue as exc:
        raise _or_none(exc, field) from None


def _decimal(value: object, instance: object, field: attrs.Attribute[Any]) -> Decimal | None:
    if type(value) is Decimal and value.is_finite() and -MAX_DECIMAL < value < MAX_DECIMAL:
        return value
    if value is None and _optional(field):
        return None
    try:
        return to_decimal(value, owner=_owner(instance), field=field.name, max_abs=MAX_DECIMAL)
    except InvalidValue as exc:
        raise _or_none(exc, field) from None


@functools.cache
def _choices(kind: type[enum.Enum]) -> str:
    return f"{_a(kind)}: one of " + ", ".join(repr(m.value) for m in kind)


def _enum_member(kind: type[enum.Enum], value: object) -> enum.Enum | None:
    """Return the member of ``kind`` that ``value`` is or names by value (never a bool)."""
    if type(value) is kind:
        return value
    if isinstance(value, bool):
        return None
    try:
        return kind._value2member_map_.get(value)  # a dict lookup, not kind(value) (STYLE §14)
    except TypeError:  # unhashable
        return None


def _member(value: object, instance: object, field: attrs.Attribute[Any]) -> enum.Enum | None:
    kind = _held(instance, field)
    found = _enum_member(kind, value)
    if found is not None:
        return found
    if value is None and _optional(field):
        return None
    raise _refusal(instance, field, value, _choices(kind))


def _is_list(value: object) -> bool:
    """Whether ``value`` is a list-like of items (not a string, a mapping or a scalar)."""
    return type(value) in (tuple, list) or (
        not isinstance(value, str | bytes | Mapping) and isinstance(value, Iterable)
    )


def _listed(
    value: object, instance: object, field: attrs.Attribute[Any], of: str
) -> tuple[Any, ...]:
    if type(value) is tuple:
        return value
    if not _is_list(value):
        raise InvalidValue(_owner(instance), field.name, value, f"a list of {of}")
    return tuple(typing.cast(Iterable[Any], value))


def _members(value: object, instance: object, field: attrs.Attribute[Any]) -> tuple[Any, ...]:
    kind = _held(instance, field)
    if type(value) is tuple and all(type(item) is kind for item in value):
        return value
    found = _listed(value, instance, field, f"{kind.__name__} values")
    result = []
    for i, item in enumerate(found):
        member = _enum_member(kind, item)
        if member is None:
            raise InvalidValue(_owner(instance), f"{field.name}[{i}]", item, _choices(kind))
        result.append(member)
    return tuple(result)


def _texts(value: object, instance: object, field: attrs.Attribute[Any]) -> tuple[str, ...]:
    found = _listed(value, instance, field, "strings")
    for i, item in enumerate(found):
        if type(item) is not str or not item.strip():
            raise InvalidValue(_owner(instance), f"{field.name}[{i}]", item, "a non-empty string")
    return found


def _any_texts(value: object, instance: object, field: attrs.Attribute[Any]) -> tuple[str, ...]:
    found = _listed(value, instance, field, "strings")
    for i, item in enumerate(found):
        if not isinstance(item, str):
            raise InvalidValue(_owner(instance), f"{field.name}[{i}]", item, "a string")
    return found


def _items(value: object, instance: object, field: attrs.Attribute[Any]) -> tuple[Any, ...] | None:
    kind = _held(instance, field)
    if type(value) is tuple and all(type(item) is kind for item in value):
        return value
    if value is None and _optional(field):
        return None
    found = _listed(value, instance, field, kind.__name__)
    owner = _owner(instance)
    if kind in _READERS:
        return tuple(
            _read_one(kind, item, owner, f"{field.name}[{i}]") for i, item in enumerate(found)
        )
    for i, item in enumerate(found):
        if not isinstance(item, kind):
            raise InvalidValue(owner, f"{field.name}[{i}]", item, _a(kind))
    return found


def _read(value: object, instance: object, field: attrs.Attribute[Any]) -> Any:
    kind = _held(instance, field)
    if type(value) is kind:
        return value
    if value is None and _optional(field):
        return None
    try:
        return _read_one(kind, value, _owner(instance), field.name)
    except InvalidValue as exc:
        raise _or_none(exc, field) from None


def _converter(fn: Callable[[Any, Any, attrs.Attribute[Any]], Any]) -> attrs.Converter[Any, Any]:
    return attrs.Converter(fn, takes_self=True, takes_field=True)


if TYPE_CHECKING:
    # What a type checker sees: the value __init__ accepts, and the field's type.

    def date(value: object, /) -> pendulum.Date:
        """Read a date: a ``pendulum.Date``, a ``datetime.date`` or an ISO 8601 string."""

    def money(value: object, /) -> Money:
        """Read money, at least 0 kr: ``Money``, ``"23,4 mnkr"``, or an int or Decimal of kr."""

    def decimal(value: object, /) -> Decimal:
        """Read an exact number: a ``Decimal``, an ``int`` or a string such as ``"12.5"``."""

    def member(value: object, /) -> Any:
        """Read a member of the annotated enum, or its value (``"final_report"``)."""

    def members(value: object, /) -> Any:
        """Read a list of members of the annotated enum (or their values) as a tuple."""

    def texts(value: object, /) -> tuple[str, ...]:
        """Read a list of non-empty strings as a tuple."""

    def any_texts(value: object, /) -> tuple[str, ...]:
        """Read a list of strings (empty ones allowed: parts of a draft) as a tuple."""

    def items(value: object, /) -> Any:
        """Read a list of the annotated item class (instances, or what its reader reads)."""

    def read(value: object, /) -> Any:
        """Read a value of the annotated class: an instance, or what its reader reads."""

else:
    date = _converter(_date)
    money = _converter(_money)
    decimal = _converter(_decimal)
    member = _converter(_member)
    members = _converter(_members)
    texts = _converter(_texts)
    any_texts = _converter(_any_texts)
    items = _converter(_items)
    read = _converter(_read)


# --- validators: a value only checked ------------------------------------------------------


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate a non-empty string (not only spaces)."""
    if isinstance(value, str) and value.strip():
        return
    if value is None and _optional(attribute):
        return
    raise _refusal(instance, attribute, value, "a non-empty string")


def any_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate a string; an empty one is allowed (a part of a draft not yet written)."""
    if isinstance(value, str) or (value is None and _optional(attribute)):
        return
    raise _refusal(instance, attribute, value, "a string")


def flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate ``True`` or ``False`` (not 0 or 1)."""
    if isinstance(value, bool) or (value is None and _optional(attribute)):
        return
    raise _refusal(instance, attribute, value, "True or False")


def _is_whole(value: object) -> bool:
    return type(value) is int or (isinstance(value, int) and not isinstance(value, bool))


def whole(minimum: int = 0, maximum: int | None = None) -> Validator:
    """Return a validator of a whole number (an ``int``, not a ``bool``) in a range.

    Args:
        minimum: the smallest number accepted.
        maximum: the largest number accepted, or ``None`` for no upper bound.

    """
    if maximum is None:
        expected = f"a whole number from {minimum}"
    else:
        expected = f"a whole number from {minimum} to {maximum}"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if _is_whole(value) and minimum <= value and (maximum is None or value <= maximum):  # type: ignore[operator]
            return
        if value is None and _optional(attribute):
            return
        raise _refusal(instance, attribute, value, expected)

    return check


def year(first: int, last: int) -> Validator:
    """Return a validator of a year from ``first`` to ``last`` (an ``int``, not a ``bool``).

    Prefer the four policies below, which name what the year means.
    """
    expected = f"a year from {first} to {last}"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if _is_whole(value) and first <= value <= last:  # type: ignore[operator]
            return
        if value is None and _optional(attribute):
            return
        raise _refusal(instance, attribute, value, expected)

    return check


calendar_year: Final = year(MIN_CALENDAR_YEAR, MAX_CALENDAR_YEAR)
"""A year whose days are counted (working days, meetings): 1953–2199."""

record_year: Final = year(MIN_RECORD_YEAR, MAX_RECORD_YEAR)
"""A year a record is about (a population figure, a plan, a theme): 1900–2200."""

fee_year: Final = year(MIN_FEE_YEAR, MAX_FEE_YEAR)
"""A fee year (a schedule's first year, an annual fee): 2000–2200."""

case_year: Final = year(MIN_CASE_YEAR, MAX_CASE_YEAR)
"""The registration year of a case number: 1900–2199."""


def between(
    minimum: Decimal | int, maximum: Decimal | int, *, above_minimum: bool = False
) -> Validator:
    """Return a validator of a number (as :data:`decimal` reads it) in a range.

    Args:
        minimum: the lower bound, included unless ``above_minimum``.
        maximum: the upper bound, included.
        above_minimum: the value must be more than ``minimum``.

    """
    low, high = Decimal(minimum), Decimal(maximum)
    if above_minimum:
        expected = f"more than {low} and at most {high}"
    else:
        expected = f"a number from {low} to {high}"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        above = isinstance(value, Decimal) and (low < value or (low == value and not above_minimum))
        if above and value <= high:  # type: ignore[operator]  # above: a Decimal
            return
        if value is None and _optional(attribute):
            return
        raise _refusal(instance, attribute, value, expected)

    return check


def instance(owner: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate an instance of the annotated class (``board: Board | None``).

    For an enum, only a member itself: a field that reads a member from its value has
    the converter :data:`member`.
    """
    kind = _held(owner, attribute)
    if isinstance(value, kind) or (value is None and _optional(attribute)):
        return
    expected = _choices(kind) if issubclass(kind, enum.Enum) else _a(kind)
    raise _refusal(owner, attribute, value, expected)


def not_before(start: str) -> Validator:
    """Return a validator: a date field is on or after the date in the field ``start``.

    Either may be ``None`` (not known): then there is nothing to compare.
    """

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        first = getattr(instance, start)
        if isinstance(first, pendulum.Date) and isinstance(value, pendulum.Date) and value < first:
            raise InvalidValue(
                _owner(instance), attribute.name, value.isoformat(), f"on or after {start} {first}"
            )

    return check


# --- arguments of functions and methods ------------------------------------------------------


def check_items(value: object, kind: type[T], *, owner: str, field: str) -> tuple[T, ...]:
    """Return ``value`` as a tuple of ``kind``: a list, for a function's argument or a field's.

    Raises:
        InvalidValue: ``value`` is not a list (``owner.field``) or an item is not a ``kind``
            (``owner.field[i]``), in the words of :data:`items`.

    """
    if type(value) is not tuple and not _is_list(value):
        raise InvalidValue(owner, field, value, f"a list of {kind.__name__}")
    found = tuple(typing.cast(Iterable[Any], value))
    for i, item in enumerate(found):
        if not isinstance(item, kind):
            raise InvalidValue(owner, f"{field}[{i}]", item, _a(kind))
    return found


def check_member(value: object, kind: type[E], *, owner: str, field: str) -> E:
    """Return the member of the enum ``kind`` that ``value`` is or names by value.

    Raises:
        InvalidValue: naming ``owner.field``, in the words of :data:`member`.

    """
    found = _enum_member(kind, value)
    if found is None:
        raise InvalidValue(owner, field, value, _choices(kind))
    return typing.cast(E, found)


def check_year(value: object, first: int, last: int, *, owner: str, field: str = "year") -> int:
    """Return ``value`` if it is a year from ``first`` to ``last``, for a function's argument.

    Raises:
        InvalidValue: naming ``owner.field``, in the words of :func:`year`.

    """
    if _is_whole(value) and first <= value <= last:  # type: ignore[operator]
        return typing.cast(int, value)
    raise InvalidValue(owner, field, value, f"a year from {first} to {last}")


def check_whole(value: object, minimum: int, maximum: int, *, owner: str, field: str) -> int:
    """Return ``value`` if it is a whole number from ``minimum`` to ``maximum``.

    Raises:
        InvalidValue: naming ``owner.field``, in the words of :func:`whole`.

    """
    if _is_whole(value) and minimum <= value <= maximum:  # type: ignore[operator]
        return typing.cast(int, value)
    raise InvalidValue(owner, field, value, f"a whole number from {minimum} to {maximum}")


def check_decimal(
    value: object, minimum: Decimal | int, maximum: Decimal | int, *, owner: str, field: str
) -> Decimal:
    """Return ``value`` as an exact number from ``minimum`` to ``maximum``.

    Raises:
        InvalidValue: not an exact number (a float is refused), or out of the range, naming
            ``owner.field``, in the words of :func:`between`.

    """
    number = to_decimal(value, owner=owner, field=field)
    if not minimum <= number <= maximum:
        raise InvalidValue(owner, field, value, f"a number from {minimum} to {maximum}")
    return number


def check_flag(value: object, *, owner: str, field: str) -> bool:
    """Return ``value`` if it is ``True`` or ``False``.

    Raises:
        InvalidValue: naming ``owner.field``.

    """
    if isinstance(value, bool):
        return value
    raise InvalidValue(owner, field, value, "True or False")


# --- package fronts --------------------------------------------------------------------------


def adopt(package: str, namespace: Mapping[str, object], names: Iterable[str]) -> None:
    """Present the classes and functions of a package's private modules as the package's own.

    A concept too big for one module is a package whose ``__init__`` re-exports names from
    private modules (``vardservice.vns._staffing``); they are documented, referenced, pickled
    and imported as ``vardservice.vns.Ward``. Their annotations are resolved first, where
    they were written, so that tools which read them later (cattrs, Sphinx, :func:`_held`)
    need not find every annotated name in the package.

    Args:
        package: the package's name, ``__name__`` of its ``__init__``.
        namespace: the package's ``globals()``.
        names: the names to adopt, its ``__all__``.

    """
    for name in names:
        obj = namespace[name]
        if isinstance(obj, type) and attrs.has(obj):
            attrs.resolve_types(obj)
            obj.__annotations__ = typing.get_type_hints(obj)
        if isinstance(obj, type | types.FunctionType):
            obj.__module__ = package
