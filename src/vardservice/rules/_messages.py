"""The rules' messages as translated so far, each ready to fill (private to ``rules._core``).

A rule's context (:class:`vardservice.rules.RuleContext`) translates a message through
the gettext catalog once per language and remembers it here, with the message's
``%``-form: ``"{n} of {total} regions"`` is also kept as ``"%(n)s of %(total)s regions"``.
printf-style formatting fills a message in about half the time ``str.format_map``
takes (it parses no replacement fields and calls no ``__format__``); for the values the
rules pass, ``str`` and ``int``, the two give the same text (``format(value, "")`` is
``str(value)``), so the ``%``-form is used only when every value is exactly one of these
and the message has only plain ``{name}`` fields. Anything else is filled by
``format_map`` as before (a test compares the two forms).
"""

from __future__ import annotations

import string
from typing import Final

__all__ = ["NO_TEXTS", "TEXTS", "Text", "TextKey", "fill", "percent_form", "remember"]

TextKey = str | tuple[str, str] | tuple[str, str, int]
"""A message's key: its msgid, (context, msgid) or (msgid, plural, n)."""
Text = tuple[str, str | None]
"""A translated message and its ``%``-form (``None`` when it has none)."""

# The messages translated so far, by language: by msgid, by (msgid, plural, n) and by
# (context, msgid) (a dict lookup instead of GNUTranslations' methods, a dozen a check);
# replaced whole past 4 096.
TEXTS: dict[str, dict[TextKey, Text]] = {}
NO_TEXTS: Final[dict[TextKey, Text]] = {}  # never written: a language not yet asked for


def percent_form(text: str) -> str | None:
    """Return ``text`` written for ``%``-formatting, or ``None`` when it cannot be.

    Every ``{name}`` becomes ``%(name)s`` and every ``%`` of the text ``%%``; ``{{`` and
    ``}}`` become the braces they stand for. A field with a format spec, a conversion,
    an index or an attribute (``{n:,}``, ``{x!r}``, ``{a.b}``), or a text that
    ``str.format`` would refuse, has no ``%``-form.

    Example:
        >>> percent_form("{n} of {total} regions, 100 % {{sic}}")
        '%(n)s of %(total)s regions, 100 %% {sic}'
        >>> percent_form("{n:,} days") is None
        True

    """
    parts: list[str] = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:  # a lone brace: str.format raises, as format_map will
        return None
    for literal, field, spec, conversion in parsed:
        parts.append(literal.replace("%", "%%"))
        if field is None:
            continue
        if spec or conversion is not None or not field.isidentifier():
            return None
        parts.append(f"%({field})s")
    return "".join(parts)


def remember(lang: str, key: TextKey, text: str) -> Text:
    """Remember the translated ``text`` of ``key`` in ``lang``, with its ``%``-form."""
    texts = TEXTS.get(lang)
    if texts is None or len(texts) > 4_096:  # bounded where it grows: on a miss
        texts = TEXTS[lang] = {}
    entry = texts[key] = (text, percent_form(text))
    return entry


def fill(entry: Text, values: dict[str, object]) -> str:
    """Return the message of ``entry`` filled with ``values`` (``str.format_map``'s text).

    printf-style when the message has a ``%``-form and every value is exactly a ``str``
    or an ``int`` (the two give the same text then); ``format_map`` otherwise.
    """
    percent = entry[1]
    if percent is not None:
        for value in values.values():  # a loop: map(type, ...) into a set costs more
            kind = type(value)
            if kind is not str and kind is not int:
                return entry[0].format_map(values)
        return percent % values
    return entry[0].format_map(values)
