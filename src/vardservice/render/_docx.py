"""The Word writer: any document tree as a .docx file, through python-docx.

Like the text writers it walks the tree (:mod:`vardservice.render._tree`) block
by block, but it builds Word's own structure rather than text:

- headings in Word's built-in styles *Heading 1–3* (a Swedish Word shows them
  as *Rubrik 1–3*: the same styles, named in the user's language);
- tables in *Table Grid* with a header row that Word repeats on every page,
  numbers right-aligned, totals in bold;
- lists in *List Bullet* / *List Number* (each numbered list starts at 1);
- notes and sources in the paragraph styles *Note* and *Sources*, inline code in
  *Verbatim Char*, links (``http``/``https`` only) in *Hyperlink*: a user's
  reference document may define them to change their look, as pandoc's do;
- pictures as PNG (Word shows no SVG through python-docx): the figure's SVG
  drawn by cairosvg, the caption as its alternative text and below it in
  *Caption*. cairosvg needs the system's cairo library, so it is the optional
  extra ``vardservice[docx]``; a document without pictures needs only python-docx.

Document properties: the title, the kind as subject, the language (``sv-SE``,
``en-GB``; also the text's language, for Word's spelling), and the created and
modified dates from the tree's :attr:`~vardservice.render._tree.Document.as_of`
(left out when it has none), never from the clock. The zip entries carry a fixed
timestamp, so that the same input gives the same bytes.

A *reference document* (``reference_doc``, the CLI's ``--reference-doc``) works
as pandoc's: its styles, page setup, headers and footers (with a logo) are kept,
its body is replaced by the document. Styles it lacks are taken from
python-docx's default template.
"""

from __future__ import annotations

import copy
import datetime
import functools
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from vardservice.errors import InvalidValue, MissingExtra
from vardservice.render import _tree

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph as WordParagraph
    from docx.text.run import Run

__all__ = ["LANGUAGE_TAGS", "write_docx"]

LANGUAGE_TAGS: Final = {"sv": "sv-SE", "en": "en-GB"}
"""The language tag Word is given for each language of the documents."""

_ZIP_TIME: Final = (1980, 1, 1, 0, 0, 0)
"""The timestamp of every zip entry: the earliest a zip file can record."""

_APP_XML: Final = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/docPropsVTypes"><Application>vardservice</Application></Properties>'
)
"""The extended properties: no page or word count (Word writes them when it saves the file)."""

_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold; left out of a Word document."""

_SHADE: Final = "E7E6E6"
"""The shading of a marked table row (the reader's region)."""


def write_docx(
    documents: _tree.Document | Sequence[_tree.Document],
    *,
    reference_doc: str | Path | None = None,
) -> bytes:
    """Return one or more document trees as one Word file (.docx).

    Several trees (a VNS memo and its business case, one comparison per key
    figure) follow each other, each from a new page; the first one's title and
    date are the file's properties.

    Args:
        documents: a tree, or trees, that composers built.
        reference_doc: a .docx whose styles, page setup, headers and footers
            to use (its body is left out), as pandoc's ``--reference-doc``.

    Returns:
        The .docx file's bytes, the same for the same input.

    Raises:
        InvalidValue: no document, or a reference document that cannot be read.
        MissingExtra: a document with a picture, and cairosvg (or the system's
            cairo library) missing: ``pip install 'vardservice[docx]'``.

    """
    from vardservice.render._filters import typeset  # "§ 5.1" as every writer sets it

    trees = (documents,) if isinstance(documents, _tree.Document) else tuple(documents)
    trees = tuple(typeset(tree) for tree in trees)
    if not trees:
        raise InvalidValue("write_docx", "documents", [], "at least one document")
    doc = _open(reference_doc)
    writer = _Writer(doc, trees[0].lang)
    for i, tree in enumerate(trees):
        writer.document(tree, new_page=i > 0)
    _properties(doc, trees[0])
    out = io.BytesIO()
    doc.save(out)
    return _fixed_zip(out.getvalue())


# -- the package: template, properties, zip ----------------------------------------------------


def _open(reference_doc: str | Path | None) -> WordDocument:
    """Return python-docx's default document, or the reference document with its body cleared."""
    import docx
    from docx.opc.exceptions import OpcError
    from docx.oxml.ns import qn

    if reference_doc is None:
        return docx.Document()
    try:
        doc = docx.Document(str(reference_doc))
    except (OSError, ValueError, KeyError, SyntaxError, zipfile.BadZipFile, OpcError) as exc:
        raise InvalidValue(
            "write_docx", "reference_doc", str(reference_doc), f"a readable .docx file ({exc})"
        ) from None
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):  # the last section (page setup, headers) stays
            body.remove(child)
    return doc


def _properties(doc: WordDocument, tree: _tree.Document) -> None:
    """Set the title, subject, language and dates; drop the template's thumbnail and counts."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn

    props = doc.core_properties
    props.title = _clean(tree.title)
    props.subject = tree.kind
    props.language = LANGUAGE_TAGS.get(tree.lang, tree.lang)
    props.revision = 1
    if props.author == "python-docx":  # the default template's, not the user's
        props.author = ""
    if props.comments == "generated by python-docx":
        props.comments = ""
    props.last_modified_by = ""
    element = props._element  # python-docx sets dates only, it cannot remove them
    for name in ("created", "modified", "lastPrinted"):
        for child in element.findall(qn(f"dcterms:{name}")) + element.findall(qn(f"cp:{name}")):
            element.remove(child)
    if tree.as_of is not None:
        day = datetime.datetime(
            tree.as_of.year, tree.as_of.month, tree.as_of.day, tzinfo=datetime.UTC
        )
        props.created = day
        props.modified = day
    package = doc.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # a picture of the template's first page, not ours
            del package.rels[r_id]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            # The template's page and word counts would be stale: Word writes them on saving.
            rel.target_part._blob = _APP_XML
    _language(doc, LANGUAGE_TAGS.get(tree.lang, tree.lang))


def _language(doc: WordDocument, tag: str) -> None:
    """Make ``tag`` the language of the text (spelling, hyphenation) in the style defaults."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    path = ("w:rPrDefault", "w:rPr", "w:lang")
    node = defaults
    for name in path:
        found = node.find(qn(name))
        if found is None:
            found = OxmlElement(name)
            node.append(found)
        node = found
    node.set(qn("w:val"), tag)


def _fixed_zip(data: bytes) -> bytes:
    """Return the zip file ``data`` with every entry's timestamp fixed (reproducible bytes)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def _clean(text: str) -> str:
    """Return ``text`` without the control characters XML cannot hold, and C1 ones made safe.

    Control characters a terminal would obey (ESC's sequences, C1) become U+FFFD, as in
    every other format (:func:`vardservice._text.safe_text`).
    """
    from vardservice._text import safe_text

    return _CONTROL.sub("", safe_text(text))


# -- styles ----------------------------------------------------------------------------------


_OWN_STYLES: Final = {
    # name: (type, based on, italic, font, colour, underline, size in half-points)
    "Note": ("paragraph", "Normal", True, None, None, False, None),
    "Sources": ("paragraph", "Normal", False, None, None, False, 18),
    "Verbatim Char": ("character", None, False, "Consolas", None, False, None),
    "Hyperlink": ("character", None, False, None, "0563C1", True, None),
}
"""Styles this writer uses that python-docx's default template lacks (pandoc's names)."""


def _style(doc: WordDocument, name: str) -> Any:
    """Return the style ``name``: the document's, the default template's, or our own."""
    from docx.enum.style import WD_STYLE_TYPE

    styles = doc.styles
    try:
        return styles[name]
    except KeyError:
        pass
    default = _default_styles()
    if name in default:
        element = copy.deepcopy(default[name])
        _copy_numbering(doc, element)
        styles.element.append(element)
        return styles[name]
    kind, based_on, italic, font, colour, underline, size = _OWN_STYLES[name]
    style: Any = styles.add_style(
        name, WD_STYLE_TYPE.PARAGRAPH if kind == "paragraph" else WD_STYLE_TYPE.CHARACTER
    )
    if based_on is not None:
        style.base_style = _style(doc, based_on)
    style.font.italic = italic or None
    if font is not None:
        style.font.name = font
    if colour is not None:
        from docx.shared import RGBColor

        style.font.color.rgb = RGBColor.from_string(colour)
    if underline:
        style.font.underline = True
    if size is not None:
        from docx.shared import Pt

        style.font.size = Pt(size / 2)
    return style


@functools.cache
def _default() -> WordDocument:
    """Return python-docx's default template (read once; only read, never changed)."""
    import docx

    return docx.Document()


def _default_styles() -> dict[str, Any]:
    """Return the style elements of python-docx's default template, by their name."""
    return {style.name: style.element for style in _default().styles}


def _copy_numbering(doc: WordDocument, style: Any) -> None:
    """Give a list style copied from the default template its numbering in ``doc``.

    A style names its numbering by number (``w:numId``); the same number in a
    reference document is another list, or none. The default template's
    definition is copied under new numbers.
    """
    from docx.oxml.ns import qn

    found = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    if found is None:
        return
    source = _default().part.numbering_part.element
    nums = [n for n in source.num_lst if n.numId == int(found.get(qn("w:val")))]
    abstract_id = nums[0].abstractNumId.val if nums else None
    abstracts = [
        a
        for a in source.iterchildren(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == str(abstract_id)
    ]
    if not abstracts:
        return
    target = doc.part.numbering_part.element
    taken = [int(a.get(qn("w:abstractNumId"))) for a in target.iterchildren(qn("w:abstractNum"))]
    abstract = copy.deepcopy(abstracts[0])
    new_id = max(taken, default=-1) + 1
    abstract.set(qn("w:abstractNumId"), str(new_id))
    for nsid in abstract.findall(qn("w:nsid")):  # the list's identity: not the template's
        abstract.remove(nsid)
    first_num = target.find(qn("w:num"))
    if first_num is None:
        target.append(abstract)
    else:
        first_num.addprevious(abstract)  # the schema puts every abstractNum before the nums
    found.set(qn("w:val"), str(target.add_num(new_id).numId))


def _run(
    paragraph: WordParagraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    style: Any = None,
) -> Run:
    """Add a run of ``text`` (control characters left out) to ``paragraph``."""
    run = paragraph.add_run(_clean(text), style=style)
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    return run


# -- the tree --------------------------------------------------------------------------------


class _Writer:
    """Writes the blocks of trees into one Word document."""

    def __init__(self, doc: WordDocument, lang: str) -> None:
        from vardservice.render._env import environment

        self.doc = doc
        self.lang = lang
        self.value: Callable[[object], str] = environment(lang=lang).filters["value"]
        self.numbered = 0

    def document(self, tree: _tree.Document, *, new_page: bool) -> None:
        """Write one tree: its title as Heading 1, then its blocks."""
        if tree.lang != self.lang:
            from vardservice.render._env import environment

            self.value = environment(lang=tree.lang).filters["value"]
        title = self._heading(tree.title, 1)
        if new_page:
            title.paragraph_format.page_break_before = True
        for block in tree.blocks:
            self.block(block)

    def block(self, block: _tree.Block) -> None:
        """Write one block."""
        if isinstance(block, _tree.Heading):
            self._heading(block.text, block.level)
        elif isinstance(block, _tree.Paragraph):
            self.inline(self.doc.add_paragraph(), block.content)
        elif isinstance(block, _tree.Note):
            self.inline(self.doc.add_paragraph(style=_style(self.doc, "Note")), block.content)
        elif isinstance(block, _tree.Sources):
            paragraph = self.doc.add_paragraph(style=_style(self.doc, "Sources"))
            paragraph.add_run(_clean(block.label) + ":")
            for i, item in enumerate(block.items):
                if i:
                    paragraph.add_run().add_break()
                else:
                    paragraph.add_run(" ")
                self.inline(paragraph, item)
        elif isinstance(block, _tree.Table):
            self._table(block)
        elif isinstance(block, _tree.BulletList):
            self._list(block)
        elif isinstance(block, _tree.Figure):
            self._figure(block)

    def _heading(self, text: str, level: int) -> WordParagraph:
        return self.doc.add_paragraph(
            _clean(text), style=_style(self.doc, f"Heading {min(max(level, 1), 9)}")
        )

    def inline(
        self, paragraph: WordParagraph, parts: Iterable[_tree.Inline], *, bold: bool = False
    ) -> None:
        """Write inline content into ``paragraph``: runs, bold, italic, code, links, breaks."""
        for part in parts:
            if isinstance(part, _tree.Break):
                paragraph.add_run().add_break()
            elif isinstance(part, _tree.Link):
                self._link(paragraph, part, bold=bold)
            elif isinstance(part, _tree.Strong):
                _run(paragraph, part.text, bold=True)
            elif isinstance(part, _tree.Emph):
                _run(paragraph, part.text, bold=bold, italic=True)
            elif isinstance(part, _tree.Code):
                _run(paragraph, part.text, bold=bold, style=_style(self.doc, "Verbatim Char"))
            else:
                _run(paragraph, part if isinstance(part, str) else self.value(part), bold=bold)

    def _link(self, paragraph: WordParagraph, link: _tree.Link, *, bold: bool) -> None:
        """Write a link: a hyperlink for http(s) URLs, else its text only."""
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        if not link.url.lower().startswith(("http://", "https://")):
            _run(paragraph, link.text, bold=bold)
            return
        r_id = paragraph.part.relate_to(_clean(link.url), RT.HYPERLINK, is_external=True)
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), r_id)
        # The run is made in the paragraph, then moved into the hyperlink.
        run = _run(paragraph, link.text, bold=bold, style=_style(self.doc, "Hyperlink"))
        hyperlink.append(run._r)
        paragraph._p.append(hyperlink)

    def _cell(self, cell: _Cell, value: _tree.Cell, *, right: bool, bold: bool) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph = cell.paragraphs[0]
        if right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if value is None:
            return
        parts: tuple[_tree.Inline, ...] = value if isinstance(value, tuple) else (value,)
        self.inline(paragraph, parts, bold=bold)

    def _table(self, table: _tree.Table) -> None:
        """Write a table: a repeated header row, numbers right-aligned, totals in bold."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        labelled = any(column.label for column in table.columns)
        word = self.doc.add_table(rows=0, cols=len(table.columns))
        word.style = _style(self.doc, "Table Grid")
        width = word._tbl.tblPr.find(qn("w:tblW"))
        if width is not None:  # of a per cent; the columns as wide as their content
            width.set(qn("w:type"), "pct")
            width.set(qn("w:w"), "5000")
        if labelled:
            row = word.add_row()
            header = OxmlElement("w:tblHeader")  # Word repeats the row on every page
            row._tr.get_or_add_trPr().append(header)
            for cell, column in zip(row.cells, table.columns, strict=True):
                self._cell(cell, column.label, right=column.align == "right", bold=True)
        body = [(cells, i in table.mark, False) for i, cells in enumerate(table.rows)]
        body += [(cells, False, True) for cells in table.footer]
        for cells, marked, footer in body:
            row = word.add_row()
            for i, (cell, column) in enumerate(zip(row.cells, table.columns, strict=False)):
                value = cells[i] if i < len(cells) else None
                first = i == 0 and not labelled  # a labelled value: its label heads the row
                self._cell(
                    cell, value, right=column.align == "right", bold=footer or marked or first
                )
                if marked:
                    shade = OxmlElement("w:shd")
                    shade.set(qn("w:val"), "clear")
                    shade.set(qn("w:color"), "auto")
                    shade.set(qn("w:fill"), _SHADE)
                    cell._tc.get_or_add_tcPr().append(shade)
        for cell_width in word._tbl.iter(qn("w:tcW")):
            cell_width.getparent().remove(cell_width)  # Word fits the columns to their content
        self.doc.add_paragraph()  # Word joins two tables that touch

    def _list(self, items: _tree.BulletList) -> None:
        """Write a list; a numbered list gets its own numbering, so that it starts at 1."""
        style = _style(self.doc, "List Number" if items.ordered else "List Bullet")
        num_id = self._restart(style) if items.ordered else None
        for item in items.items:
            paragraph = self.doc.add_paragraph(style=style)
            if num_id is not None:
                numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                numbering.get_or_add_ilvl().val = 0
                numbering.get_or_add_numId().val = num_id
            self.inline(paragraph, item)

    def _restart(self, style: Any) -> int | None:
        """Return a new numbering for ``style``'s list that starts at 1 (``None``: it has none)."""
        from docx.oxml.ns import qn

        found = style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if found is None:
            return None
        try:
            numbering = self.doc.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return None
        nums = [n for n in numbering.num_lst if n.numId == int(found.get(qn("w:val")))]
        if not nums:
            return None
        new = numbering.add_num(nums[0].abstractNumId.val)
        override = new.add_lvlOverride(ilvl=0)
        override.add_startOverride(1)
        return int(new.numId)

    def _figure(self, figure: _tree.Figure) -> None:
        """Write a picture as PNG drawn from its SVG, its caption as alternative text and below."""
        from docx.shared import Emu, Inches

        png, width_px = _png(figure.svg)
        section = self.doc.sections[-1]
        room = (section.page_width or Inches(8.27)) - (section.left_margin or 0)
        room -= section.right_margin or 0
        width = min(int(Inches(width_px / 96)), int(room))
        self.doc.add_picture(io.BytesIO(png), width=Emu(width))
        picture = self.doc.paragraphs[-1]
        for doc_pr in picture._p.iter("{*}docPr"):
            doc_pr.set("descr", _clean(figure.caption))
        self.doc.add_paragraph(_clean(figure.caption), style=_style(self.doc, "Caption"))


_VIEWBOX: Final = re.compile(r'viewBox="\s*[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+([\d.]+)\s*"')
_WIDTH: Final = re.compile(r'<svg\b[^>]*?\bwidth="([\d.]+)(?:px)?"')


def _png(svg: str) -> tuple[bytes, float]:
    """Return the SVG drawn as PNG at twice its size, and its width in CSS pixels.

    Raises:
        MissingExtra: cairosvg, or the cairo library it draws with, is missing.

    """
    try:
        import cairosvg
    except (ImportError, OSError) as exc:  # OSError: cairocffi finds no libcairo
        raise MissingExtra("Word pictures", "docx", "cairosvg", detail=str(exc)) from None
    from vardservice._text import safe_text

    svg = safe_text(svg)  # a control character in the data is no well-formed XML
    box = _VIEWBOX.search(svg)
    given = _WIDTH.search(svg)
    width = float(box.group(1)) if box else float(given.group(1)) if given else 800.0
    height = float(box.group(2)) if box else None
    png: bytes = cairosvg.svg2png(
        bytestring=svg.encode("utf-8"),
        output_width=round(2 * width),
        output_height=None if height is None else round(2 * height),
    )
    return png, width
