"""Reading Word reports back: the template's sections and the length of a report written in Word.

The secretariat receives final reports (slutrapporter) and follow-up reports
written in Word from the office's template (SFBV §5.4.1: "Slutrapporten skrivs i
särskild mall"). :func:`read_report_docx` reads such a file: its headings (any
paragraph in a heading style: Word's *Heading 1–9*, shown as *Rubrik 1–9* in a
Swedish Word, or a style based on one), which of the template's five sections
they are, and the number of pages when the file records it (``<Pages>`` in
``docProps/app.xml``, which Word writes when it saves; a file no word processor
has saved has none).

:func:`check_report_docx` judges the file with the subproject rules, as
``vardservice check`` judges a subproject file, and returns the same
:class:`~vardservice.rules.Report`:

- a final report: one SP015 error per template section that has no heading,
  at the paragraph where it belongs (before the next section the file has),
  e.g. ``$.paragraphs[12]``, with ``before`` (that heading) in its evidence;
- a follow-up report: its length with SP022 ("cirka 3–6 sidor", SFBV §5.8), when
  the file records its pages. SFBV gives no length for a final report
  ("relativt kort"), so a final report's pages are read but not judged.

A heading is one of the template's sections when, leaving out numbering ("3.",
"2.1") and case, it begins with the section's title, in Swedish or English
("Nuläge" also finds "Nulägesbeskrivning"), or is one of the few other names the
offices use ("Åtgärdsförslag"). The kind of report is its title's (the first
heading: "Uppföljningsrapport: …" is a follow-up report), unless given.

Example:
    >>> from vardservice.subprojects import ReportSection
    >>> section_of("3. Nulägesbeskrivning")
    <ReportSection.CURRENT_STATE: 'current_state'>
    >>> section_of("Bakgrund") is None
    True

"""

from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

import attrs

from vardservice._i18n import translation
from vardservice.errors import InvalidInput
from vardservice.subprojects import ReportSection

if TYPE_CHECKING:
    from vardservice.rules import Report

__all__ = [
    "MAX_DOCX_BYTES",
    "ReportDocx",
    "ReportHeading",
    "ReportKind",
    "check_report_docx",
    "read_report_docx",
    "section_of",
]

ReportKind = Literal["final-report", "follow-up"]
"""The kinds of report :func:`check_report_docx` judges."""

MAX_DOCX_BYTES: Final = 20 * 1024 * 1024
"""The largest .docx file read (pictures make Word files larger than data files)."""

_TITLES: Final = {
    ReportSection.ASSIGNMENT: "Assignment",
    ReportSection.GROUP_COMPOSITION: "Group composition",
    ReportSection.CURRENT_STATE: "Current state",
    ReportSection.ANALYSIS: "Analysis",
    ReportSection.PROPOSALS: "Proposals",
}
"""The sections' headings as the final report's composer writes them (its msgids)."""

_OTHER_NAMES: Final = {
    ReportSection.ASSIGNMENT: ("uppdraget",),
    ReportSection.GROUP_COMPOSITION: ("arbetsgruppens sammansättning", "arbetsgrupp"),
    ReportSection.CURRENT_STATE: ("nulägesbeskrivning", "nulägesanalys"),
    ReportSection.PROPOSALS: ("åtgärdsförslag", "förslag till åtgärder"),
}
"""Other names for a section that the offices' reports use."""

_NUMBERING: Final = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+")
_HEADING_STYLE: Final = re.compile(r"^heading (\d)$", re.IGNORECASE)
_PAGES: Final = re.compile(rb"<(?:\w+:)?Pages>\s*(\d+)\s*</(?:\w+:)?Pages>")


@attrs.frozen
class ReportHeading:
    """A heading of a Word report.

    Attributes:
        paragraph: its place among the body's paragraphs, from 0 (``$.paragraphs[n]``).
        level: its level (1 for *Heading 1* or the title).
        text: its text.
        section: the template section it is, or ``None``.

    """

    paragraph: int
    level: int
    text: str
    section: ReportSection | None = None


@attrs.frozen(kw_only=True)
class ReportDocx:
    """What :func:`read_report_docx` read from a Word report.

    Attributes:
        path: the file.
        title: the document's title: its first heading, else its properties' title.
        headings: every heading, in order.
        paragraphs: the number of paragraphs in the body.
        pages: the pages the file records (``docProps/app.xml``), or ``None``.

    """

    path: str
    title: str
    headings: tuple[ReportHeading, ...]
    paragraphs: int
    pages: int | None = None

    def sections(self) -> tuple[ReportSection, ...]:
        """Return the template sections the report has, each once, in template order."""
        found = {heading.section for heading in self.headings}
        return tuple(section for section in ReportSection if section in found)

    def missing(self) -> tuple[ReportSection, ...]:
        """Return the template sections the report lacks, in template order."""
        found = set(self.sections())
        return tuple(section for section in ReportSection if section not in found)

    def place_of(self, section: ReportSection) -> tuple[int, str | None]:
        """Return where a section belongs: the paragraph, and the heading it goes before.

        That is the first heading of a later section the report has; without one,
        the end of the document (and ``None``).
        """
        order = list(ReportSection)
        later = set(order[order.index(section) + 1 :])
        for heading in self.headings:
            if heading.section in later:
                return heading.paragraph, heading.text
        return self.paragraphs, None


def _normal(text: str) -> str:
    return " ".join(_NUMBERING.sub("", text).casefold().split()).rstrip(":")


def section_of(heading: str) -> ReportSection | None:
    """Return the template section a heading names (Swedish or English), or ``None``.

    Args:
        heading: a heading's text, e.g. ``"3. Nuläge"``.

    """
    text = _normal(heading)
    for section, title in _TITLES.items():
        names = {_normal(translation(lang).gettext(title)) for lang in ("sv", "en")}
        names.update(_OTHER_NAMES.get(section, ()))
        if any(
            text == name or text.startswith(name + " ") or _joined(text, name) for name in names
        ):
            return section
    return None


def _joined(text: str, name: str) -> bool:
    """Return whether ``text`` is a Swedish compound of ``name``: "nulägesbeskrivning"."""
    return text.startswith(name) and len(text) > len(name) + 3 and " " not in text


def read_report_docx(path: str | Path) -> ReportDocx:
    """Return the headings, sections and pages of a report written in Word (.docx).

    Args:
        path: the .docx file.

    Raises:
        InvalidInput: the file cannot be read, is too large or is not a Word document.

    """
    import docx
    from docx.opc.exceptions import OpcError

    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_DOCX_BYTES:
            raise InvalidInput(
                [f"the file has {size} bytes; at most {MAX_DOCX_BYTES} are read"], origin=str(file)
            )
        document = docx.Document(str(file))
        with zipfile.ZipFile(file) as package:
            app = (
                package.read("docProps/app.xml")
                if "docProps/app.xml" in package.namelist()
                else b""
            )
    except InvalidInput:
        raise
    except (OSError, ValueError, KeyError, SyntaxError, zipfile.BadZipFile, OpcError) as exc:
        raise InvalidInput([f"not a readable Word (.docx) file: {exc}"], origin=str(file)) from None
    headings: list[ReportHeading] = []
    paragraphs = document.paragraphs
    for number, paragraph in enumerate(paragraphs):
        level = _level(paragraph.style)
        text = " ".join(paragraph.text.split())
        if level is None or not text:
            continue
        headings.append(ReportHeading(number, level, text, section_of(text) if level > 0 else None))
    pages = _PAGES.search(app)
    title = next((h.text for h in headings if h.level <= 1), "") or document.core_properties.title
    return ReportDocx(
        path=str(file),
        title=title or file.stem,
        headings=tuple(headings),
        paragraphs=len(paragraphs),
        pages=int(pages.group(1)) if pages else None,
    )


def _level(style: object) -> int | None:
    """Return the heading level of a paragraph style (0 for *Title*), following its base styles."""
    seen = 0
    while style is not None and seen < 10:  # a style's base chain; bounded against a loop
        name = str(getattr(style, "name", "") or "")
        if name.casefold() == "title":
            return 0
        found = _HEADING_STYLE.match(name)
        if found:
            return int(found.group(1))
        style = getattr(style, "base_style", None)
        seen += 1
    return None


def _kind(report: ReportDocx) -> ReportKind:
    """Return the kind of report its title says: a follow-up report's, else a final report."""
    title = _normal(report.title)
    for lang in ("sv", "en"):
        prefix = translation(lang).gettext("Follow-up report: {subproject}").split("{")[0]
        if title.startswith(_normal(prefix).rstrip(":")):
            return "follow-up"
    return "final-report"


def check_report_docx(
    path: str | Path,
    *,
    as_of: datetime.date | str,
    kind: ReportKind | None = None,
    lang: str = "sv",
) -> Report:
    """Judge a report written in Word with the subproject rules: sections (SP015), pages (SP022).

    Args:
        path: the .docx file.
        as_of: the date of the check (the report's ``as_of``).
        kind: ``"final-report"`` or ``"follow-up"``; by default its title's.
        lang: the language of the messages.

    Returns:
        A report whose findings point at paragraphs of the file (``$.paragraphs[n]``).

    Raises:
        InvalidInput: the file cannot be read.
        InvalidValue: an unknown kind or language, or a bad date.

    Example:
        >>> import io, docx
        >>> word = docx.Document()
        >>> for title in ("Slutrapport: Exempel", "Uppdrag", "Nuläge", "Analys", "Förslag"):
        ...     _ = word.add_heading(title, level=1 if title.startswith("Slut") else 2)
        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     file = pathlib.Path(folder, "slutrapport.docx")
        ...     word.save(file)
        ...     report = check_report_docx(file, as_of="2025-06-01")
        >>> [(f.code, f.path, f.evidence["before"]) for f in report.findings]
        [('SP015', '$.paragraphs[2]', 'Nuläge')]

    """
    import pendulum

    from vardservice.errors import InvalidValue
    from vardservice.rules import Report, check
    from vardservice.subprojects import Body, FinalReport, FollowUpReport, Subproject

    read = read_report_docx(path)
    if kind is None:
        kind = _kind(read)
    elif kind not in ("final-report", "follow-up"):
        raise InvalidValue("check_report_docx", "kind", kind, "'final-report' or 'follow-up'")
    label = Path(read.path).name
    if kind == "final-report":
        sp = Subproject(
            id=label, title=read.title, final_report=FinalReport(sections=read.sections())
        )
        codes: tuple[str, ...] = ("SP015",)
    else:
        day = pendulum.Date(1970, 1, 1)  # the bodies and the date are not judged here
        follow = FollowUpReport(date=day, pages=read.pages, presented_to=tuple(Body))
        sp = Subproject(id=label, title=read.title, follow_up_reports=(follow,))
        codes = ("SP022",)
    judged = check(sp, as_of=as_of, select=codes, lang=lang)  # type: ignore[arg-type]
    findings = []
    for finding in judged.findings:
        if finding.code == "SP015":
            paragraph, before = read.place_of(ReportSection(finding.evidence["missing"]))
            evidence = {**finding.evidence, "paragraph": paragraph + 1, "before": before or ""}
            finding = attrs.evolve(finding, path=f"$.paragraphs[{paragraph}]", evidence=evidence)
        else:
            evidence = {**finding.evidence, "pages_from": "docProps/app.xml"}
            finding = attrs.evolve(finding, path="$.pages", evidence=evidence)
        findings.append(finding)
    return Report(
        subject=f"{label}: {read.title}",
        as_of=judged.as_of,
        lang=judged.lang,
        rules=judged.rules,
        findings=tuple(findings),
    )
