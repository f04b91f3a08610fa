"""Every exception that vardservice raises.

A caller can catch :class:`VardserviceError` for anything the library raises on
purpose; the subclasses also derive from the matching built-in, so code that
already catches ``ValueError`` or ``LookupError`` keeps working::

    VardserviceError(Exception)
      InvalidValue(VardserviceError, ValueError)        a bad field at construction
      InvalidInput(VardserviceError, ValueError)        a bad document; .problems with paths
      UnknownRegion(VardserviceError, LookupError)      no region by that code or name
      NoPopulationForYear(VardserviceError, LookupError) no population figure for that year
      NoScheduleForYear(VardserviceError, LookupError)  no fee schedule valid for that year
      RuleViolation(VardserviceError)                   from validate(); .report
      MissingExtra(VardserviceError, ImportError)       an optional extra is not installed
      TemplateError(VardserviceError)                   a user's template failed; .template, .line

Governance rules never raise: a breached rule is a finding in a report. An
exception means the input could not be evaluated at all.

Example:
    >>> from vardservice.errors import InvalidValue
    >>> err = InvalidValue("FeeSchedule", "valid_from", 1999, "a year from 2000 to 2200")
    >>> str(err)
    'FeeSchedule.valid_from: got 1999; expected a year from 2000 to 2200'
    >>> isinstance(err, ValueError)
    True

"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = [
    "SHOWN_LENGTH",
    "InvalidInput",
    "InvalidValue",
    "MissingExtra",
    "NoPopulationForYear",
    "NoScheduleForYear",
    "RuleViolation",
    "TemplateError",
    "UnknownRegion",
    "VardserviceError",
    "shown",
]

SHOWN_LENGTH = 80
"""The most characters of a bad value that an error message shows."""

_REPR = reprlib.Repr()
# Generous enough that a short value shows whole; bounded so that a huge or deeply
# shared value (a YAML alias bomb) costs microseconds to show, not its full repr.
_REPR.maxlevel = 4
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = SHOWN_LENGTH
_REPR.maxdict = _REPR.maxlist = _REPR.maxtuple = _REPR.maxset = _REPR.maxfrozenset = 20


def shown(value: object) -> str:
    """Return ``repr(value)`` cut to at most :data:`SHOWN_LENGTH` characters, for a message.

    Every error that quotes a bad value quotes it through this function, so that a
    1 MB value makes an error line of a hundred characters, not of a megabyte.

    Args:
        value: any value.

    Returns:
        Its repr, or the first characters of it followed by ``…``.

    Example:
        >>> shown("x" * 1000)[:12], len(shown("x" * 1000))
        ("'xxxxxxxxxxx", 80)
        >>> shown([1, 2])
        '[1, 2]'

    """
    text = _REPR.repr(value)
    if len(text) <= SHOWN_LENGTH:
        return text
    return text[: SHOWN_LENGTH - 1] + "\u2026"


class VardserviceError(Exception):
    """Base class of every exception raised by vardservice on purpose."""


class InvalidValue(VardserviceError, ValueError):
    """A value that cannot make a meaningful object.

    Args:
        owner: the class (or function) whose field or argument is bad.
        field: the field or argument name.
        value: the value that was given.
        expected: what would have been accepted, in words.

    """

    def __init__(self, owner: str, field: str, value: object, expected: str) -> None:
        self.owner = owner
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{owner}.{field}: got {shown(value)}; expected {expected}")


class InvalidInput(VardserviceError, ValueError):
    """A document (JSON, YAML, TOML, CSV) that could not be turned into objects.

    A problem found at a place in the text, before there is a path (a YAML
    parser's error), starts with that place, ``LINE:COLUMN: `` (from 1); after
    the file it reads as compilers write it: ``FILE:LINE:COLUMN: problem``.

    Attributes:
        problems: one line per problem, each naming its path, e.g.
            ``"invalid value for type, expected int @ $.schedules[0].valid_from"``.
        origin: the file or document name, when known.

    """

    def __init__(self, problems: Iterable[str], *, origin: str | None = None) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        self.origin = origin
        if len(self.problems) == 1:
            message = _located(origin, self.problems[0])
        else:
            where = f"{origin}: " if origin else ""
            lines = "\n".join(f"  - {p}" for p in self.problems)
            message = f"{where}{len(self.problems)} problems:\n{lines}"
        super().__init__(message)


_POSITION = re.compile(r"\d+:\d+: ")


def _located(origin: str | None, problem: str) -> str:
    """Return a problem after its file: ``FILE: problem``, or ``FILE:LINE:COLUMN: problem``.

    The second when the problem starts with its place in the text (``LINE:COLUMN: ``).
    """
    if not origin:
        return problem
    return f"{origin}:{problem}" if _POSITION.match(problem) else f"{origin}: {problem}"


class UnknownRegion(VardserviceError, LookupError):
    """No region matches a code or a name.

    Attributes:
        query: what was looked up.
        suggestions: names of close matches, best first (may be empty).

    """

    def __init__(self, query: object, suggestions: Sequence[str] = ()) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {', '.join(map(repr, self.suggestions))}?" if suggestions else ""
        super().__init__(f"no region matches {shown(query)}{hint}")

    def __str__(self) -> str:  # LookupError (KeyError-like) would quote the message otherwise
        return str(self.args[0])


class NoPopulationForYear(VardserviceError, LookupError):
    """No population figure is known for a region on 31 December of a year.

    Attributes:
        year: the year asked for.
        available: the years for which figures are available.
        missing: the regions without a figure for ``year``, when a whole year was asked for.

    """

    def __init__(
        self,
        year: int,
        available: Iterable[int],
        *,
        region: str | None = None,
        missing: Iterable[str] = (),
    ) -> None:
        self.year = year
        self.available = tuple(sorted(available))
        self.region = region
        self.missing = tuple(missing)
        who = f" for {region}" if region else ""
        years = ", ".join(map(str, self.available)) or "none"
        lacking = f"; missing: {', '.join(self.missing)}" if self.missing else ""
        super().__init__(
            f"no population figure{who} for 31 December {year}{lacking}; available years: {years}"
        )

    def __str__(self) -> str:
        return str(self.args[0])


class NoScheduleForYear(VardserviceError, LookupError):
    """No fee schedule is valid for a year.

    Attributes:
        year: the fee year asked for.
        valid_from: the years from which the known schedules are valid.

    """

    def __init__(self, year: int, valid_from: Iterable[int]) -> None:
        self.year = year
        self.valid_from = tuple(sorted(valid_from))
        starts = ", ".join(map(str, self.valid_from)) or "none"
        super().__init__(f"no fee schedule is valid for {year}; schedules are valid from: {starts}")

    def __str__(self) -> str:
        return str(self.args[0])


class RuleViolation(VardserviceError):
    """Raised by a ``validate()`` entry point when a check finds errors.

    Attributes:
        report: the full report, with every finding.

    """

    def __init__(self, report: Any, message: str | None = None) -> None:
        self.report = report
        super().__init__(message or "the object breaks one or more rules")


class MissingExtra(VardserviceError, ImportError):
    """Raised when a feature needs an optional extra that is not installed.

    Example:
        >>> str(MissingExtra("PDF output", "pdf", "weasyprint"))
        "PDF output needs weasyprint: pip install 'vardservice[pdf]'"

    Attributes:
        feature: what was asked for, e.g. ``"PDF output"``.
        extra: the extra that installs it, e.g. ``"pdf"``.
        package: the package that is missing, e.g. ``"weasyprint"``.

    """

    def __init__(self, feature: str, extra: str, package: str, *, detail: str = "") -> None:
        self.feature = feature
        self.extra = extra
        self.package = package
        message = f"{feature} needs {package}: pip install 'vardservice[{extra}]'"
        super().__init__(message + (f" ({shown(detail)[1:-1]})" if detail else ""))

    def __str__(self) -> str:
        return str(self.args[0])


class TemplateError(VardserviceError):
    """A template from a user's ``template_dir`` could not be rendered.

    Raised for a syntax error, a name the template does not know, an operation the
    sandbox refuses (an attribute of Python's internals, changing shared data, a
    result over the limits of :mod:`vardservice.render`), or any exception the
    template's expressions raise.

    Attributes:
        template: the template's name (``"markdown/document.j2"``), when known.
        line: the line in that template, when known.
        reason: what went wrong.

    Example:
        >>> str(TemplateError("markdown/document.j2", 3, "'x' is undefined"))
        "markdown/document.j2, line 3: 'x' is undefined"

    """

    def __init__(self, template: str | None, line: int | None, reason: str) -> None:
        self.template = template
        self.line = line
        self.reason = reason
        where = template or "a template"
        if line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {reason}")
