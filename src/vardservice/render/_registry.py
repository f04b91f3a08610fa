"""The registry of document types (DOCUMENTS): kind → what it renders, its composer, its formats.

Every document type registers itself where it is composed, in its subject's
module of :mod:`vardservice.render`, with :func:`document`. The registry drives
``vardservice render KIND`` (and ``vardservice render --list``), the docs'
document index and the test sweeps (every kind in every format, escaping,
junk input). Subject modules are found by walking the ``vardservice.render``
package, as rule modules are found in :mod:`vardservice.rules`: adding a
document type touches its own module, not a list elsewhere.
"""

from __future__ import annotations

import datetime
import importlib
import pkgutil
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from vardservice._i18n import check_lang
from vardservice.errors import InvalidValue
from vardservice.render._env import BINARY_FORMATS, FORMATS, BinaryFormat, check_format
from vardservice.render._tree import Document

__all__ = ["DOCUMENTS", "DocumentType", "Option", "document", "write_bytes"]


@attrs.frozen(kw_only=True)
class Option:
    """An option a document type takes beyond its object and language.

    The CLI offers it as ``--NAME`` (``as_of`` as ``--as-of``).

    Attributes:
        name: the keyword the composer (and ``prepare``) takes.
        kind: ``"year"``, ``"date"``, ``"int"`` or ``"str"``; how the CLI parses it.
        help: one line for ``--help``.
        required: whether the CLI requires it.

    """

    name: str
    kind: str = "str"
    help: str = ""
    required: bool = False


@attrs.frozen(kw_only=True)
class DocumentType:
    """One kind of document.

    Attributes:
        kind: its name, as ``vardservice render KIND`` takes it (``"final-report"``).
        subject: the type of object it renders.
        compose: builds the document tree: ``compose(obj, *, lang, **options)``.
        summary: one line for ``render --list`` and the docs.
        formats: the formats it is written in: its text formats (or ``svg``), then
            ``docx`` and ``pdf``, which every kind is written in.
        options: options the composer takes (year, date, …).
        reads: the type the CLI loads from FILE, when not ``subject``; ``None``
            when the document needs no file.
        prepare: turns what the CLI read (and the options) into the subject, e.g.
            a subproject into its compliance report.
        example: returns a small object of ``subject`` for tests and docs.
        source: the source document the layout follows, e.g. ``"SFBV §5.4.1"``.
        draws: the composer draws pictures (SVG figures) with the writers'
            templates, so it takes ``template_dir``: a user's own
            ``svg/<name>.j2`` is used for the picture too.

    """

    kind: str
    subject: type[Any]
    compose: Callable[..., Document]
    summary: str
    formats: tuple[str, ...] = (*FORMATS, *BINARY_FORMATS)
    options: tuple[Option, ...] = ()
    reads: type[Any] | None = None
    prepare: Callable[..., Any] | None = None
    example: Callable[[], Any] | None = None
    source: str = ""
    draws: bool = False

    def build(self, obj: object, *, lang: str = "sv", **options: Any) -> Document:
        """Return the document tree of ``obj``, after checking its type and the language.

        Raises:
            InvalidValue: ``obj`` is not a :attr:`subject`, or an unknown language.

        """
        if not isinstance(obj, self.subject):
            raise InvalidValue(f"render {self.kind}", "obj", obj, f"a {self.subject.__name__}")
        check_lang("render", lang)
        tree = self.compose(obj, lang=lang, **options)
        day = getattr(obj, "as_of", None)
        if tree.as_of is None and isinstance(day, datetime.date):
            tree = attrs.evolve(tree, as_of=day)  # the date the Word and PDF files carry
        return tree

    def tree(
        self,
        obj: object,
        *,
        lang: str = "sv",
        template_dir: str | Path | None = None,
        **options: Any,
    ) -> Document:
        """Return the document tree of ``obj``, pictures drawn with ``template_dir``'s templates.

        Raises:
            InvalidValue: a wrong object, an unknown language, a bad option.

        """
        if self.draws:
            options["template_dir"] = template_dir
        return self.build(obj, lang=lang, **options)

    def render(
        self,
        obj: object,
        *,
        format: str | None = None,
        lang: str = "sv",
        template_dir: str | Path | None = None,
        fragment: bool = False,
        **options: Any,
    ) -> str:
        """Return ``obj`` written as this kind of document in a text ``format``.

        ``format`` defaults to the kind's first format (``"markdown"`` for most;
        ``"svg"`` for a picture). Word and PDF are files, not text: see
        :meth:`render_bytes` and :meth:`save`.
        ``"svg"`` for a picture). HTML is a standalone page; ``fragment=True``
        gives the bare ``<section>`` to embed in a page of your own.

        Raises:
            InvalidValue: a wrong object, an unknown format or language, a bad option.

        """
        from vardservice._text import safe_text
        from vardservice.render._tree import Figure
        from vardservice.render._writers import write

        texts = tuple(name for name in self.formats if name not in BINARY_FORMATS)
        if format in BINARY_FORMATS:
            raise InvalidValue(
                "render", "format", format, f"one of {texts}; write {format} with render_bytes()"
            )
        format = check_format("render", texts[0] if format is None else format, texts)
        tree = self.tree(obj, lang=lang, template_dir=template_dir, **options)
        if format == "svg":  # a picture: the document's figure, as laid out in Python
            return safe_text(next(b.svg for b in tree.blocks if isinstance(b, Figure)))
        return write(tree, format, template_dir=template_dir, fragment=fragment)

    def render_bytes(
        self,
        obj: object,
        *,
        format: BinaryFormat = "docx",
        lang: str = "sv",
        template_dir: str | Path | None = None,
        reference_doc: str | Path | None = None,
        **options: Any,
    ) -> bytes:
        """Return ``obj`` written as this kind of document in a file format: Word or PDF.

        Args:
            obj: what the document is made from (:attr:`subject`).
            format: ``"docx"`` (Word) or ``"pdf"`` (needs ``vardservice[pdf]``).
            lang: ``"sv"`` (default) or ``"en"``.
            template_dir: your own templates (pictures; and the HTML a PDF is made from).
            reference_doc: for Word, a .docx whose styles, page setup, headers
                and footers to use, as pandoc's ``--reference-doc``.
            **options: the kind's :attr:`options`.

        Returns:
            The file's bytes, the same for the same input (dated from the
            document's ``as_of``, never the clock).

        Raises:
            InvalidValue: a wrong object, an unknown format or language, a bad option.
            MissingExtra: the extra the format (or its pictures) needs is not installed.

        """
        format = check_format("render", format, BINARY_FORMATS)  # type: ignore[assignment]
        tree = self.tree(obj, lang=lang, template_dir=template_dir, **options)
        return write_bytes(tree, format, template_dir=template_dir, reference_doc=reference_doc)

    def save(
        self,
        obj: object,
        path: str | Path,
        *,
        format: str | None = None,
        lang: str = "sv",
        template_dir: str | Path | None = None,
        reference_doc: str | Path | None = None,
        **options: Any,
    ) -> Path:
        """Write ``obj`` as this kind of document to the file ``path``; return its path.

        The format is ``format``, or the file's suffix: ``.docx``, ``.pdf``,
        ``.md`` (Markdown), ``.html``, ``.txt``, ``.svg``. Text is written as UTF-8.

        Raises:
            InvalidValue: an unknown format or suffix, a wrong object, a bad option.
            MissingExtra: the extra the format needs is not installed.

        """
        path = Path(path)
        if format is None:
            format = _SUFFIXES.get(path.suffix.lower())
        if format in BINARY_FORMATS:
            data = self.render_bytes(
                obj,
                format=format,  # type: ignore[arg-type]
                lang=lang,
                template_dir=template_dir,
                reference_doc=reference_doc,
                **options,
            )
            path.write_bytes(data)
        else:
            format = check_format("save", format, self.formats)
            text = self.render(obj, format=format, lang=lang, template_dir=template_dir, **options)
            path.write_text(text, encoding="utf-8")
        return path


_SUFFIXES: Final = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".svg": "svg",
}
"""The format of a file, by its suffix (:meth:`DocumentType.save`)."""


def write_bytes(
    documents: Document | Sequence[Document],
    format: str,
    *,
    template_dir: str | Path | None = None,
    reference_doc: str | Path | None = None,
) -> bytes:
    """Write one or more document trees as one Word or PDF file.

    Args:
        documents: the trees, in order; each after the first starts a new page.
        format: ``"docx"`` or ``"pdf"``.
        template_dir: your own templates (the HTML a PDF is made from).
        reference_doc: for Word, the .docx whose styles, page setup and headers to use.

    Raises:
        InvalidValue: an unknown format, no document, an unreadable reference document.
        MissingExtra: the extra the format needs is not installed.

    """
    format = check_format("write", format, BINARY_FORMATS)
    if format == "docx":
        from vardservice.render._docx import write_docx

        return write_docx(documents, reference_doc=reference_doc)
    from vardservice.render._pdf import write_pdf

    return write_pdf(documents, template_dir=template_dir)


_REGISTRY: dict[str, DocumentType] = {}
_LOADED = False


def document(
    kind: str,
    subject: type[Any],
    *,
    summary: str,
    formats: tuple[str, ...] = FORMATS,
    options: tuple[Option, ...] = (),
    reads: type[Any] | object | None = attrs.NOTHING,
    prepare: Callable[..., Any] | None = None,
    example: Callable[[], Any] | None = None,
    source: str = "",
    draws: bool = False,
) -> Callable[[Callable[..., Document]], Callable[..., Document]]:
    """Register a composer as the document type ``kind`` (a decorator).

    Args:
        kind: the document's name for the CLI and the registry.
        subject: the type it renders.
        summary: one line saying what it is.
        formats: the text formats it is written in (``docx`` and ``pdf`` are added:
            every document is written in them).
        options: what the composer takes beyond the object and ``lang``.
        reads: what the CLI loads from FILE (default: ``subject``; ``None``: no file).
        prepare: turns what the CLI read into the subject.
        example: a small object for tests and docs.
        source: the source the layout follows.
        draws: the composer draws SVG figures and takes ``template_dir``.

    Raises:
        ValueError: ``kind`` is registered twice.

    """

    def decorate(compose: Callable[..., Document]) -> Callable[..., Document]:
        if kind in _REGISTRY:
            raise ValueError(f"document kind {kind!r} is registered twice")
        _REGISTRY[kind] = DocumentType(
            kind=kind,
            subject=subject,
            compose=compose,
            summary=summary,
            formats=(*formats, *(name for name in BINARY_FORMATS if name not in formats)),
            options=options,
            reads=subject if reads is attrs.NOTHING else reads,  # type: ignore[arg-type]
            prepare=prepare,
            example=example,
            source=source,
            draws=draws,
        )
        return compose

    return decorate


def _load() -> dict[str, DocumentType]:
    """Import every subject module of the render package once (they register themselves)."""
    global _LOADED
    if not _LOADED:
        # The package's folder and name, without importing the package itself
        # (its __init__ imports the subject modules: a layer above this one).
        package = __name__.rpartition(".")[0]
        for info in pkgutil.iter_modules([str(Path(__file__).parent)]):
            if not info.name.startswith("_"):
                importlib.import_module(f"{package}.{info.name}")
        _LOADED = True
    return _REGISTRY


class _Documents(Mapping[str, DocumentType]):
    """The registry, read-only, filled on first use; sorted by kind."""

    def __getitem__(self, kind: str) -> DocumentType:
        registry = _load()
        if kind not in registry:
            known = ", ".join(sorted(registry))
            raise KeyError(f"no document kind {kind!r}; known kinds: {known}")
        return registry[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(_load()))

    def __len__(self) -> int:
        return len(_load())

    def __repr__(self) -> str:
        return f"DOCUMENTS({', '.join(self)})"


DOCUMENTS: Final[Mapping[str, DocumentType]] = _Documents()
"""Every document type by kind, e.g. ``DOCUMENTS["fees"].render(budget)``."""
