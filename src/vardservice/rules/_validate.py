"""The verdicts on a check: :func:`is_compliant` and :func:`validate` (public in ``rules``)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TypeVar

from vardservice._i18n import translation
from vardservice.errors import RuleViolation
from vardservice.rules._core import Lang, check

__all__ = ["is_compliant", "validate"]

T = TypeVar("T")


def is_compliant(
    subject: object,
    *,
    as_of: datetime.date | str,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
) -> bool:
    """Return True when :func:`check` finds no error (warnings and information allowed)."""
    return check(subject, as_of=as_of, select=select, ignore=ignore).is_compliant


def validate(
    subject: T,
    *,
    as_of: datetime.date | str,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    lang: Lang = "sv",
) -> T:
    """Return ``subject`` unchanged when :func:`check` finds no error.

    Raises:
        RuleViolation: some finding is an error; ``.report`` has them all.

    """
    report = check(subject, as_of=as_of, select=select, ignore=ignore, lang=lang)
    if report.is_compliant:
        return subject
    first = report.errors[0]
    more = len(report.errors) - 1
    if not more:
        raise RuleViolation(report, f"{report.subject}: {first.code} {first.message}")
    # In the report's language, like the message it quotes.
    summary = translation(report.lang).ngettext(
        "{subject}: {code} {message} (and {n} more error)",
        "{subject}: {code} {message} (and {n} more errors)",
        more,
    )
    raise RuleViolation(
        report,
        summary.format(n=more, subject=report.subject, code=first.code, message=first.message),
    )
