"""The PDF writer: the HTML writer's document, laid out in pages by WeasyPrint.

PDF is made from the HTML the HTML writer (:mod:`vardservice.render._writers`)
gives, with its stylesheet and print rules, so that the PDF improves with it.
WeasyPrint is the optional extra ``vardservice[pdf]`` (it needs the system's
Pango library); without it :func:`write_pdf` raises
:class:`~vardservice.errors.MissingExtra` naming the extra.

The PDF's properties are the tree's: its title, its language, its kind as the
subject, and its creation and modification dates from the tree's
:attr:`~vardservice.render._tree.Document.as_of` (none when it has none), never
from the clock: the same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vardservice.errors import InvalidValue, MissingExtra
from vardservice.render import _tree

__all__ = ["write_pdf"]


def _weasyprint() -> Any:
    """Return the weasyprint module.

    Raises:
        MissingExtra: weasyprint, or a system library it needs, is missing.

    """
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: no Pango on the system
        raise MissingExtra("PDF output", "pdf", "weasyprint", detail=str(exc)) from None
    return weasyprint


def write_pdf(
    documents: _tree.Document | Sequence[_tree.Document],
    *,
    template_dir: str | Path | None = None,
) -> bytes:
    """Return one or more document trees as one PDF file.

    Several trees follow each other, each from a new page; the first one's
    title and date are the file's properties.

    Args:
        documents: a tree, or trees, that composers built.
        template_dir: your own HTML templates (and stylesheet), as for HTML.

    Returns:
        The PDF file's bytes, the same for the same input.

    Raises:
        InvalidValue: no document.
        MissingExtra: weasyprint is not installed: ``pip install 'vardservice[pdf]'``.

    """
    from vardservice.render._writers import write

    trees = (documents,) if isinstance(documents, _tree.Document) else tuple(documents)
    if not trees:
        raise InvalidValue("write_pdf", "documents", [], "at least one document")
    weasyprint = _weasyprint()
    rendered = [
        weasyprint.HTML(string=write(tree, "html", template_dir=template_dir)).render()
        for tree in trees
    ]
    first = rendered[0]
    if len(rendered) > 1:
        first = first.copy([page for document in rendered for page in document.pages])
    metadata = first.metadata
    tree = trees[0]
    metadata.title = tree.title
    metadata.lang = tree.lang
    metadata.description = tree.kind
    day = None if tree.as_of is None else tree.as_of.isoformat()
    metadata.created = day
    metadata.modified = day
    data: bytes = first.write_pdf()
    return data
