"""The gettext catalogs: every message is translated, placeholders agree, no stale entries."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import vardservice
from vardservice._i18n import DOMAIN, LANGUAGES, SOURCE_LANGUAGE, translation
from vardservice.errors import InvalidValue

PACKAGE = Path(vardservice.__file__).parent
KEYWORDS = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "N_": None,
}
METHODS = [("**.py", "python"), ("**/templates/**.j2", "jinja2")]
OPTIONS = {"**/templates/**.j2": {"extensions": "jinja2.ext.i18n"}}


def _extracted() -> set[tuple[str | None, str]]:
    found: set[tuple[str | None, str]] = set()
    for _file, _line, message, _comments, context in extract_from_dir(
        str(PACKAGE), METHODS, OPTIONS, keywords=KEYWORDS
    ):
        msgid = message if isinstance(message, str) else message[0]
        found.add((context, msgid))
    return found


def _catalog(lang: str):  # type: ignore[no-untyped-def]
    with (PACKAGE / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as file:
        return read_po(file, locale=lang)


TRANSLATED = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]


def test_swedish_is_a_language_and_english_is_the_source() -> None:
    assert SOURCE_LANGUAGE == "en"
    assert "sv" in TRANSLATED


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_in_the_code_has_a_translation(lang: str) -> None:
    catalog = _catalog(lang)
    missing = []
    for context, msgid in sorted(_extracted(), key=str):
        message = catalog.get(msgid, context=context)
        strings = () if message is None else message.string
        strings = (strings,) if isinstance(strings, str) else strings
        if message is None or message.fuzzy or not all(strings):
            missing.append((context, msgid))
    assert not missing, f"{len(missing)} messages lack a {lang} translation: {missing[:10]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_catalog_has_no_message_the_code_no_longer_uses(lang: str) -> None:
    used = _extracted()
    stale = [
        (m.context, m.id if isinstance(m.id, str) else m.id[0])
        for m in _catalog(lang)
        if m.id and (m.context, m.id if isinstance(m.id, str) else m.id[0]) not in used
    ]
    assert not stale, f"stale {lang} messages: {stale[:10]}"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_translation_keeps_the_placeholders_of_its_message(lang: str) -> None:
    for message in _catalog(lang):
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else message.id
        strings = (message.string,) if isinstance(message.string, str) else message.string
        wanted = set().union(*(_fields(text) for text in ids))
        for text in strings:
            assert _fields(text) <= wanted, (message.id, text)
        # Every placeholder of the message is used by some form of the translation
        # (a plural may drop {n} in its singular form, as "ett fel").
        assert wanted <= set().union(*(_fields(text) for text in strings)), message.id


_GETTEXT = {"_", "gettext", "ngettext", "pgettext", "npgettext"}


def _called(func: ast.expr) -> str | None:
    # `_(...)` and `ctx.gettext(...)` (a rule's context) alike.
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _calls_gettext_inside_fstring(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _called(inner.func) in _GETTEXT:
                    lines.append(inner.lineno)
    return lines


def test_no_message_is_translated_inside_an_fstring() -> None:
    # pybabel cannot see a call inside an f-string: its message would never be translated.
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := _calls_gettext_inside_fstring(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert not found


def test_plural_forms_follow_the_number() -> None:
    sv = translation("sv")
    assert sv.ngettext("{n} warning", "{n} warnings", 1).format(n=1) == "1 varning"
    assert sv.ngettext("{n} warning", "{n} warnings", 5).format(n=5) == "5 varningar"


def test_an_unknown_language_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(InvalidValue, match=re.escape("'en', 'sv'")):
        translation("de")
