"""Sweeps driven by the DOCUMENTS registry: every kind, every format, every language.

No list of document kinds is kept here: a new kind is swept as soon as it registers.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from vardservice._i18n import LANGUAGES
from vardservice.errors import InvalidValue, VardserviceError
from vardservice.render import DOCUMENTS, DocumentType
from vardservice.render._env import BINARY_FORMATS
from vardservice.render._tree import Document, Figure, Heading

KINDS = sorted(DOCUMENTS)
# The text formats; Word and PDF, which every kind is written in too, are files: test_docx.py.
TEXT_FORMATS = {
    kind: [f for f in DOCUMENTS[kind].formats if f not in BINARY_FORMATS] for kind in KINDS
}
CASES = [(kind, format) for kind in KINDS for format in TEXT_FORMATS[kind]]
PAYLOAD = '<script>alert("x")</script>'


def _example(kind: str) -> Any:
    example = DOCUMENTS[kind].example
    assert example is not None, f"{kind} registers no example"
    return example()


def test_the_registry_knows_every_kind_the_library_documents() -> None:
    # The kinds named in the architecture issue (#9), plus those added since.
    assert {"regions", "fees"} <= set(KINDS)
    for kind in KINDS:
        entry = DOCUMENTS[kind]
        assert isinstance(entry, DocumentType)
        assert entry.kind == kind
        assert entry.summary.endswith(".")
        assert entry.formats


@pytest.mark.parametrize(("kind", "format"), CASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_kind_renders_in_every_format_and_language(kind: str, format: str, lang: str) -> None:
    text = DOCUMENTS[kind].render(_example(kind), format=format, lang=lang)
    assert isinstance(text, str)
    assert text.strip()
    if format == "html":
        assert text.lstrip().startswith("<")
    if format in ("markdown", "text"):
        assert "<section" not in text


@pytest.mark.parametrize("kind", KINDS)
def test_a_document_has_one_title_and_headings_below_it(kind: str) -> None:
    doc = DOCUMENTS[kind].build(_example(kind), lang="sv")
    assert isinstance(doc, Document)
    assert doc.title.strip()
    assert all(block.level >= 2 for block in doc.blocks if isinstance(block, Heading))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("junk", [None, "", 0, 1.5, [], {}, object()])
def test_junk_is_refused_with_the_library_error(kind: str, junk: object) -> None:
    with pytest.raises(InvalidValue, match="render"):
        DOCUMENTS[kind].render(junk)


@pytest.mark.parametrize("kind", KINDS)
def test_an_unknown_format_or_language_is_refused(kind: str) -> None:
    example = _example(kind)
    with pytest.raises(InvalidValue, match="format"):
        DOCUMENTS[kind].render(example, format="docx-not-yet")
    with pytest.raises(InvalidValue, match="lang"):
        DOCUMENTS[kind].render(example, lang="xx")


def _poison(value: Any, depth: int = 0) -> Any:
    """Return ``value`` with every text field it accepts replaced by the payload."""
    if depth > 6:
        return value
    if isinstance(value, tuple):
        return tuple(_poison(item, depth + 1) for item in value)
    if not attrs.has(type(value)):
        return value
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        if not field.init:
            continue
        current = getattr(value, field.name)
        candidate: Any
        if isinstance(current, str) and current:
            candidate = f"{current}{PAYLOAD}"
        elif isinstance(current, tuple) and current and all(isinstance(i, str) for i in current):
            candidate = tuple(f"{item}{PAYLOAD}" for item in current)
        else:
            candidate = _poison(current, depth + 1)
        try:
            attrs.evolve(value, **{field.name: candidate})
        except (VardserviceError, ValueError, TypeError, KeyError, LookupError):
            continue  # a field with a meaning (a code, a key): not free text
        changes[field.name] = candidate
    try:
        return attrs.evolve(value, **changes)
    except (VardserviceError, ValueError, TypeError, KeyError, LookupError):
        return value


@pytest.mark.parametrize("kind", [k for k in KINDS if "html" in DOCUMENTS[k].formats])
def test_html_escapes_every_text_field(kind: str) -> None:
    example = _example(kind)
    poisoned = _poison(example)
    assert poisoned != example, f"{kind}'s example has no free text to poison"
    html = DOCUMENTS[kind].render(poisoned, format="html")
    assert "&lt;script&gt;" in html  # the payload is shown, as text
    assert "<script>" not in html
    markdown_or_text = [
        DOCUMENTS[kind].render(poisoned, format=f)
        for f in ("markdown",)
        if f in DOCUMENTS[kind].formats
    ]
    for text in markdown_or_text:
        assert "<script>" not in text


@pytest.mark.parametrize("kind", KINDS)
def test_rendering_is_pure(kind: str) -> None:
    example = _example(kind)
    for format in TEXT_FORMATS[kind]:
        assert DOCUMENTS[kind].render(example, format=format) == DOCUMENTS[kind].render(
            example, format=format
        )


def test_a_figure_renders_as_svg_only_for_kinds_that_offer_it() -> None:
    for kind in KINDS:
        entry = DOCUMENTS[kind]
        if "svg" in entry.formats:
            doc = entry.build(_example(kind), lang="sv")
            assert any(isinstance(block, Figure) for block in doc.blocks)
            assert entry.render(_example(kind), format="svg").lstrip().startswith("<svg")
