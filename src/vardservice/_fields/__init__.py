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

from vardservice._fields._check import (
    Validator,
    any_text,
    between,
    calendar_year,
    case_year,
    check_decimal,
    check_flag,
    check_items,
    check_member,
    check_whole,
    check_year,
    fee_year,
    flag,
    instance,
    not_before,
    record_year,
    text,
    whole,
    year,
)
from vardservice._fields._fronts import adopt
from vardservice._fields._read import (
    MAX_DECIMAL,
    add_reader,
    any_texts,
    date,
    decimal,
    items,
    member,
    members,
    money,
    read,
    texts,
)

__all__ = [
    "MAX_DECIMAL",
    "Validator",
    "add_reader",
    "adopt",
    "any_text",
    "any_texts",
    "between",
    "calendar_year",
    "case_year",
    "check_decimal",
    "check_flag",
    "check_items",
    "check_member",
    "check_whole",
    "check_year",
    "date",
    "decimal",
    "fee_year",
    "flag",
    "instance",
    "items",
    "member",
    "members",
    "money",
    "not_before",
    "read",
    "record_year",
    "text",
    "texts",
    "whole",
    "year",
]
