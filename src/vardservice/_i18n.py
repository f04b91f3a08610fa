"""Translations (översättningar): the gettext catalogs every user-facing string comes from.

Messages are written in English in the code (the gettext ``msgid``) and
translated per language in ``vardservice/locale/<lang>/LC_MESSAGES/vardservice.po``.
English needs no catalog; Swedish (``sv``) is the default language of documents.
A third language is one more ``.po`` file: :data:`LANGUAGES` is read from the
folders there, not kept by hand.

How the catalogs ship: the ``.po`` files are the source, kept in git; the
compiled ``.mo`` files are made by the build (``hatch_build.py``, a hatchling
build hook, for wheels and editable installs) and are not committed, so a
changed message is one edited file. A source tree that was never built (or a
``.po`` newer than its ``.mo``) is compiled in memory with babel on first use,
so the catalogs are never stale.

Plural forms follow each catalog's ``Plural-Forms`` header (``ngettext``);
a word that means two things in English carries a context (``pgettext``).

Example:
    >>> translation("sv").gettext("Region")
    'Region'
    >>> translation("sv").ngettext("{n} warning", "{n} warnings", 2).format(n=2)
    '2 varningar'
    >>> translation("en").ngettext("{n} warning", "{n} warnings", 1).format(n=1)
    '1 warning'

"""

from __future__ import annotations

import functools
import gettext as _gettext
import io
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from vardservice.errors import InvalidValue

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "SOURCE_LANGUAGE",
    "check_lang",
    "join_words",
    "locale_of",
    "translation",
]

DOMAIN: Final = "vardservice"
"""The gettext domain: ``locale/<lang>/LC_MESSAGES/vardservice.po``."""

SOURCE_LANGUAGE: Final = "en"
"""The language the messages are written in; it needs no catalog."""


def _locale_folder() -> Traversable:
    """Return the package's ``locale`` folder: the folder itself when the package is files.

    :mod:`importlib.resources` (with :mod:`tempfile`, :mod:`zipfile` and the
    compressors it imports) is needed only for a package read from elsewhere, a
    zip file say; a first check does not pay for it (issue 13, first real use).
    """
    folder = Path(__file__).parent / "locale"
    if folder.is_dir():
        return folder
    from importlib import resources  # pragma: no cover  # a zipped package

    return resources.files("vardservice") / "locale"  # pragma: no cover


def _catalog_languages() -> tuple[str, ...]:
    folder = _locale_folder()
    found = [
        entry.name
        for entry in folder.iterdir()
        if entry.is_dir() and (entry / "LC_MESSAGES" / f"{DOMAIN}.po").is_file()
    ]
    return tuple(sorted(found))


LANGUAGES: Final[tuple[str, ...]] = (SOURCE_LANGUAGE, *_catalog_languages())
"""Every language a document, a finding or the CLI can be written in."""


_LOCALES: Final = {"sv": "sv_SE", "en": "en_GB"}


def locale_of(lang: str) -> str:
    """Return the CLDR locale a language is formatted in: ``sv`` → ``sv_SE``, ``en`` → ``en_GB``."""
    return _LOCALES.get(lang, lang)


def check_lang(owner: str, lang: object) -> str:
    """Return ``lang`` if it is a language of :data:`LANGUAGES`, else raise.

    Raises:
        InvalidValue: not a known language (the message lists the known ones).

    """
    if not isinstance(lang, str) or lang not in LANGUAGES:
        known = ", ".join(f"'{code}'" for code in sorted(LANGUAGES))
        raise InvalidValue(owner, "lang", lang, f"one of {known}")
    return lang


def _built(lang: str) -> bool:
    """Return whether ``lang``'s ``.mo`` is built and at least as new as its ``.po``."""
    folder = _locale_folder() / lang / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    try:
        return mo.is_file() and _mtime(mo) >= _mtime(po)
    except OSError:  # a zipped or unusual resource: compile instead
        return False


def _compiled(lang: str) -> bytes:
    """Return the ``.mo`` bytes of ``lang``: the built file, or compiled now from the ``.po``."""
    folder = _locale_folder() / lang / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if _built(lang):
        try:
            return mo.read_bytes()
        except OSError:  # gone or unreadable since: compile instead
            pass
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as file:
        catalog = read_po(file, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def _mtime(resource: object) -> float:
    return os.stat(str(resource)).st_mtime


@functools.cache
def translation(lang: str) -> _gettext.NullTranslations:
    """Return the translations of ``lang`` (built once per process).

    Args:
        lang: a language of :data:`LANGUAGES`, e.g. ``"sv"``.

    Raises:
        InvalidValue: an unknown language.

    """
    check_lang("translation", lang)
    if lang == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    return _gettext.GNUTranslations(io.BytesIO(_compiled(lang)))


def join_words(items: Iterable[str], lang: str) -> str:
    """Return ``items`` joined as ``lang`` writes a list: "a, b och c" ("a, b and c").

    By CLDR's list patterns (babel's ``format_list``): no "and" is translated by
    hand. Here, below the rules and the renderers, so that a rule's message and a
    document list the same way (:func:`vardservice.render._words.join_words`).
    The patterns of :data:`LANGUAGES` are copied from CLDR (:data:`_LIST_PATTERNS`,
    checked against babel by a test), so that a rule's message need not import
    babel and parse its locale data (issue 13, first real use); another
    language's come from babel.

    Args:
        items: the words or phrases, in order.
        lang: the language (``"sv"``, ``"en"``).

    Returns:
        The list as one phrase; ``""`` for no items, the item itself for one.

    Example:
        >>> join_words(["a", "b", "c"], "sv"), join_words(["a", "b", "c"], "en")
        ('a, b och c', 'a, b and c')

    """
    words = list(items)
    if len(words) < 2:  # nothing to join
        return "".join(words)
    patterns = _LIST_PATTERNS.get(lang)
    if patterns is None:
        from babel.lists import format_list

        text: str = format_list(words, style="standard", locale=locale_of(lang))
        return text
    # babel's format_list, over the same patterns
    two, start, middle, end = patterns
    if len(words) == 2:
        return two.format(*words)
    text = start.format(words[0], words[1])
    for word in words[2:-1]:
        text = middle.format(text, word)
    return end.format(text, words[-1])


_LIST_PATTERNS: Final[dict[str, tuple[str, str, str, str]]] = {
    "sv": ("{0} och {1}", "{0}, {1}", "{0}, {1}", "{0} och {1}"),
    "en": ("{0} and {1}", "{0}, {1}", "{0}, {1}", "{0} and {1}"),
}
"""CLDR's standard list patterns of :func:`locale_of` each language: two, start, middle, end."""
