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

import importlib
import pkgutil
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from vardservice._i18n import check_lang
from vardservice.errors import InvalidValue
from vardservice.render._env import FORMATS, check_format
from vardservice.render._tree import Document

__all__ = ["DOCUMENTS", "DocumentType", "Option", "document"]


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
        formats: the formats it is written in.
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
    formats: tuple[str, ...] = FORMATS
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
        return self.compose(obj, lang=lang, **options)

    def render(
        self,
        obj: object,
        *,
        format: str | None = None,
        lang: str = "sv",
        template_dir: str | Path | None = None,
        **options: Any,
    ) -> str:
        """Return ``obj`` written as this kind of document in ``format``.

        ``format`` defaults to the kind's first format (``"markdown"`` for most;
        ``"svg"`` for a picture).

        Raises:
            InvalidValue: a wrong object, an unknown format or language, a bad option.

        """
        from vardservice._text import safe_text
        from vardservice.render._tree import Figure
        from vardservice.render._writers import write

        format = check_format("render", self.formats[0] if format is None else format, self.formats)
        if self.draws:
            options["template_dir"] = template_dir
        tree = self.build(obj, lang=lang, **options)
        if format == "svg":  # a picture: the document's figure, as laid out in Python
            return safe_text(next(b.svg for b in tree.blocks if isinstance(b, Figure)))
        return write(tree, format, template_dir=template_dir)


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
        formats: the formats it is written in.
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
            formats=formats,
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
