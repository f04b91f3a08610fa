"""Choosing rules by code for a check: ``select`` and ``ignore`` (private to the rules)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

from vardservice.errors import InvalidValue

__all__ = ["chosen", "matches", "patterns"]

R = TypeVar("R")


def chosen(
    rules: Iterable[R],
    codes: Iterable[str],
    select: Iterable[str] | str | None,
    ignore: Iterable[str] | str | None,
) -> list[R]:
    """Return the ``rules`` (with their ``codes``) that ``select`` chooses and ``ignore`` skips.

    Raises:
        InvalidValue: a code or prefix in ``select`` or ``ignore`` that matches no rule.

    """
    pairs = list(zip(rules, codes, strict=True))
    known = [code for _, code in pairs]
    picked = patterns(select, "select", known)
    skipped = patterns(ignore, "ignore", known)
    return [
        rule
        for rule, code in pairs
        if (not picked or matches(code, picked)) and not matches(code, skipped)
    ]


def matches(code: str, patterns: Iterable[str]) -> bool:
    """Return whether ``code`` starts with one of ``patterns``."""
    return any(code.startswith(p) for p in patterns)


def patterns(
    value: Iterable[str] | str | None, field: str, known: Iterable[str]
) -> tuple[str, ...]:
    """Return the code patterns of ``select`` or ``ignore``, upper-cased.

    Raises:
        InvalidValue: not codes, or a pattern that matches none of ``known``.

    """
    if value is None:
        return ()
    if isinstance(value, str):
        value = [part for part in value.replace(",", " ").split() if part]
    elif isinstance(value, bytes | Mapping) or not isinstance(value, Iterable):
        raise InvalidValue("check", field, value, "rule codes or code prefixes, e.g. 'SP013'")
    found = []
    codes = tuple(known)
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise InvalidValue("check", field, item, "rule codes or code prefixes, e.g. 'SP013'")
        pattern = item.strip().upper()
        if not any(c.startswith(pattern) for c in codes):
            raise InvalidValue("check", field, item, f"a code or prefix of {', '.join(codes)}")
        found.append(pattern)
    return tuple(found)
