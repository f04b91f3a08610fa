"""Words in sentences (ord i meningar): lists joined per language, values set into messages.

Two small helpers every subject module may use when it composes a document:

- :func:`join_words` joins items as the language lists them, "a, b och c" in
  Swedish and "a, b and c" in English, by CLDR's list patterns (babel's
  ``format_list``): no "and" is translated by hand, and a third language lists
  its own way.
- :func:`fill` sets typed values (a :class:`~vardservice.render._tree.Day`, a
  :class:`~vardservice.render._tree.Code`, …) into a translated message such as
  "Checked as of {date}", so that a whole sentence is translated once and the
  writers still format its values.

Example:
    >>> join_words(["2 fel", "1 varning", "3 upplysningar"], "sv")
    '2 fel, 1 varning och 3 upplysningar'
    >>> join_words(["2 errors", "1 warning"], "en")
    '2 errors and 1 warning'
    >>> from vardservice.render._tree import Code
    >>> fill("Plats: {path}; Källa: {source}", path=Code("$.id"), source="SFBV §5")
    ('Plats: ', Code(text='$.id'), '; Källa: SFBV §5')

"""

from __future__ import annotations

import string
from collections.abc import Iterable

from vardservice.render._env import locale_of
from vardservice.render._tree import Inline

__all__ = ["fill", "join_words"]


def join_words(items: Iterable[str], lang: str) -> str:
    """Return ``items`` joined as ``lang`` writes a list: "a, b och c" ("a, b and c").

    Args:
        items: the words or phrases, in order.
        lang: the language (``"sv"``, ``"en"``).

    Returns:
        The list as one phrase; ``""`` for no items, the item itself for one.

    """
    from babel.lists import format_list

    words = list(items)
    if len(words) < 2:  # nothing to join
        return "".join(words)
    text: str = format_list(words, style="standard", locale=locale_of(lang))
    return text


def fill(message: str, **values: Inline) -> tuple[Inline, ...]:
    """Return a translated ``message`` as inline content, each ``{name}`` replaced by its value.

    Text values are set in as text; typed values (a date, a path as code, a
    strong word) stay typed, so the writers format them.

    Args:
        message: a translated message with ``{named}`` placeholders.
        values: the value of each placeholder.

    Returns:
        The inline parts: adjacent texts as one, empty texts left out.

    Raises:
        KeyError: a placeholder without a value.

    """
    parts: list[Inline] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(message):
        for part in (literal, values[name] if name is not None else ""):
            if isinstance(part, str) and parts and isinstance(parts[-1], str):
                parts[-1] += part  # "{{" comes apart from the text around it: join again
            elif part != "":
                parts.append(part)
    return tuple(parts)
