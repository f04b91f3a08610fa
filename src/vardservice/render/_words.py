"""Words in sentences (ord i meningar): lists joined as each language lists them.

:func:`join_words` joins items as the language lists them, "a, b och c" in
Swedish and "a, b and c" in English, by CLDR's list patterns (babel's
``format_list``): no "and" is translated by hand, and a third language lists its
own way. It lives in :mod:`vardservice._i18n`, below the rules, so that rule
messages list the same way as documents; this is its home for the renderers.
(To set typed values into a translated message, see
:func:`vardservice.render._tree.fill`.)

Example:
    >>> join_words(["2 fel", "1 varning", "3 upplysningar"], "sv")
    '2 fel, 1 varning och 3 upplysningar'
    >>> join_words(["2 errors", "1 warning"], "en")
    '2 errors and 1 warning'

"""

from __future__ import annotations

from vardservice._i18n import join_words

__all__ = ["join_words"]
