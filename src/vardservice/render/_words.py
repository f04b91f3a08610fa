"""Words in sentences (ord i meningar): lists joined as each language lists them.

:func:`join_words` joins items as the language lists them, "a, b och c" in
Swedish and "a, b and c" in English, by CLDR's list patterns (babel's
``format_list``): no "and" is translated by hand, and a third language lists its
own way. (To set typed values into a translated message, see
:func:`vardservice.render._tree.fill`.)

Example:
    >>> join_words(["2 fel", "1 varning", "3 upplysningar"], "sv")
    '2 fel, 1 varning och 3 upplysningar'
    >>> join_words(["2 errors", "1 warning"], "en")
    '2 errors and 1 warning'

"""

from __future__ import annotations

from collections.abc import Iterable

from vardservice.render._env import locale_of

__all__ = ["join_words"]


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
