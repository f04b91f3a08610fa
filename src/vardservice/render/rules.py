"""The compliance report (regelkontroll) of any rule report: findings by severity, with sources.

A :class:`~vardservice.rules.Report` (a subproject's, a service agreement's, a
network's) is composed once as a document tree (:mod:`vardservice.render._tree`)
and written as Markdown, HTML or text. Labels come from the gettext catalogs
(:mod:`vardservice._i18n`); the counts in the verdict ("11 fel, 11 varningar och
2 upplysningar") take their plural forms from ``ngettext`` and are joined as the
language lists them (:func:`vardservice.render._words.join_words`).

Example:
    >>> from vardservice.rules import check
    >>> from vardservice.vns import ScopeItem, ServiceAgreement
    >>> agreement = ServiceAgreement(
    ...     name="VNS", forecast_cost="23,4 mnkr", compensation="11,0 mnkr",
    ...     scope=[ScopeItem(name="helgtjänstgöring")])
    >>> report = check(agreement, as_of="2024-03-01")
    >>> lines = render_compliance_report(report, format="text").splitlines()
    >>> lines[2], lines[4], lines[6]
    ('Kontrollerat per 1 mars 2024', 'Uppfyller kraven (inga fel): 1 varning.', 'Varningar (1)')

"""

from __future__ import annotations

import datetime
import functools
from pathlib import Path
from typing import Any, Final

from vardservice._i18n import translation
from vardservice.dates import to_date
from vardservice.errors import InvalidValue
from vardservice.io.records import CheckedSubproject, CheckRun
from vardservice.portfolio import Portfolio
from vardservice.render._env import RenderFormat
from vardservice.render._registry import DOCUMENTS, Option, document
from vardservice.render._tree import (
    Block,
    Break,
    BulletList,
    Cell,
    Code,
    Column,
    Day,
    Document,
    Heading,
    Inline,
    Number,
    Paragraph,
    Strong,
    Table,
    fill,
)
from vardservice.render._words import join_words
from vardservice.rules import Finding, Report, Severity, check
from vardservice.sources import Citation
from vardservice.subprojects import Subproject

__all__ = [
    "compose_check_run",
    "compose_compliance_report",
    "finding_counts",
    "render_check_run",
    "render_compliance_report",
    "verdict",
]


def _example() -> Report:
    from vardservice.subprojects import GroupMember, Milestone

    subproject = Subproject(
        id="SFBV-2024-01",
        title="Exempel på ett delprojekt",
        participating_regions=["Skåne", "Blekinge"],
        working_group=[GroupMember(name="Anna Berg", role="chair", profession="läkare")],
        milestones=[
            Milestone(kind="start_decided", date="2024-02-09"),
            Milestone(kind="group_appointed", date="2024-03-01"),
        ],
    )
    return check(subproject, as_of="2025-06-01")


def _check(
    subproject: Subproject,
    *,
    as_of: datetime.date | str,
    lang: str = "sv",
    **_: object,
) -> Report:
    """Return the report of ``subproject`` as of a date, its messages in ``lang`` (for the CLI)."""
    return check(subproject, as_of=as_of, lang=lang)  # type: ignore[arg-type]


def finding_counts(report: Report, lang: str) -> str:
    """Return the findings counted by severity, as a list: "11 fel, 1 varning och 2 upplysningar".

    Severities without findings are left out.

    Args:
        report: the report.
        lang: the language of the words.

    Returns:
        The counts as one phrase; ``""`` when there is no finding.

    Example:
        >>> finding_counts(_example(), "sv")
        '3 fel, 4 varningar och 1 upplysning'

    """
    return _counts_phrase(_counts(report), lang)


def _counts(report: Report) -> tuple[int, int, int]:
    """Return the numbers of errors, warnings and information findings, in one pass."""
    errors = warnings = 0
    for finding in report.findings:
        if finding.severity is Severity.ERROR:
            errors += 1
        elif finding.severity is Severity.WARNING:
            warnings += 1
    return errors, warnings, len(report.findings) - errors - warnings


@functools.lru_cache(maxsize=1024)
def _counts_phrase(counts: tuple[int, int, int], lang: str) -> str:
    """Return "11 fel, 1 varning och 2 upplysningar" for counts (cached: a few counts recur)."""
    ngettext = translation(lang).ngettext
    errors, warnings, infos = counts
    parts = (
        ngettext("{n} error", "{n} errors", errors).format(n=errors) if errors else "",
        ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings) if warnings else "",
        ngettext("{n} note", "{n} notes", infos).format(n=infos) if infos else "",
    )
    return join_words((part for part in parts if part), lang)


def verdict(report: Report, lang: str) -> str:
    """Return the report's verdict in one sentence: compliant means no error.

    Args:
        report: the report.
        lang: the language of the sentence.

    Returns:
        "Uppfyller inte kraven: 1 fel.", "Uppfyller kraven (inga fel): 1 varning." or
        "Uppfyller samtliga kontrollerade regler."

    Example:
        >>> verdict(_example(), "en")
        'Not compliant: 3 errors, 4 warnings and 1 note.'

    """
    return _verdict(_counts(report), lang)


@functools.lru_cache(maxsize=1024)
def _verdict(counts: tuple[int, int, int], lang: str) -> str:
    """Return the verdict for counts of errors, warnings and information (cached)."""
    _ = translation(lang).gettext
    if counts[0]:
        return _("Not compliant: {counts}.").format(counts=_counts_phrase(counts, lang))
    if any(counts):
        return _("Compliant (no errors): {counts}.").format(counts=_counts_phrase(counts, lang))
    return _("Complies with every rule checked.")


@functools.cache
def _headings(lang: str) -> dict[Severity, str]:
    _ = translation(lang).gettext
    return {
        Severity.ERROR: _("Errors ({n})"),
        Severity.WARNING: _("Warnings ({n})"),
        Severity.INFO: _("Information ({n})"),
    }


@document(
    "compliance",
    Report,
    summary="A subproject's compliance report: its findings by severity, with paths and sources.",
    options=(Option(name="as_of", kind="date", help="the date to check on", required=True),),
    reads=Subproject,
    prepare=_check,
    example=_example,
    source="SFBV §5",
)
def compose_compliance_report(
    report: Report, *, lang: str, as_of_is_today: bool = False
) -> Document:
    """Compose a compliance report: the date, the verdict, the findings by severity, the rules.

    Errors, warnings and information come in that order, each finding with its
    code, message, path and citation; a severity without findings is left out.

    Args:
        report: from :func:`vardservice.rules.check`.
        lang: the language of the labels and the date (the findings' messages
            are in the report's own language).
        as_of_is_today: the report's date is today's, taken by the caller (the
            library never reads the clock): the date then says "(dagens datum)".

    Returns:
        The document tree.

    """
    _ = translation(lang).gettext
    headings = _headings(lang)
    groups = _groups(report)
    blocks: list[Block] = [
        Paragraph.of(
            *fill(
                _("Checked as of {date} (today)") if as_of_is_today else _("Checked as of {date}"),
                date=Day(report.as_of),
            )
        ),
        Paragraph.of(Strong(_verdict(_lengths(groups), lang))),
    ]
    for severity, findings in groups.items():
        if not findings:
            continue
        blocks.append(Heading(headings[severity].format(n=len(findings))))
        items: list[tuple[Inline, ...]] = []
        for finding in findings:
            before, after = _where(finding.source, lang)
            code, path = Strong(finding.code), Code(finding.path)
            items.append((code, " ", finding.message, _BREAK, *before, path, *after))
        blocks.append(BulletList(tuple(items), role=severity.value))
    if not report.findings:
        blocks.append(Paragraph.of(_("No findings.")))
    rules = (
        _("Rules checked: {rules}").format(rules=", ".join(report.rules))
        if report.rules
        else _("Rules checked: none")
    )
    blocks.append(Paragraph.of(rules))
    return Document(
        kind="compliance",
        title=_("Compliance report: {subject}").format(subject=report.subject),
        lang=lang,
        blocks=tuple(blocks),
        as_of=report.as_of,  # as DocumentType.build would set it, without a copy
    )


_BREAK: Final = Break()


def _groups(report: Report) -> dict[Severity, list[Finding]]:
    """Return the report's findings by severity (errors, warnings, information), in one pass."""
    errors: list[Finding] = []
    warnings: list[Finding] = []
    infos: list[Finding] = []
    for finding in report.findings:  # identity tests: an enum's hash is a Python call
        severity = finding.severity
        if severity is Severity.ERROR:
            errors.append(finding)
        elif severity is Severity.WARNING:
            warnings.append(finding)
        else:
            infos.append(finding)
    return {Severity.ERROR: errors, Severity.WARNING: warnings, Severity.INFO: infos}


def _lengths(groups: dict[Severity, list[Finding]]) -> tuple[int, int, int]:
    """Return the numbers of errors, warnings and information findings of :func:`_groups`."""
    return len(groups[Severity.ERROR]), len(groups[Severity.WARNING]), len(groups[Severity.INFO])


_PATH: Final = Code("")
"""Where a finding's path goes in "Plats: {path}; Källa: {source}" (see :func:`_where`)."""


@functools.lru_cache(maxsize=1024)
def _where(source: Citation, lang: str) -> tuple[tuple[Inline, ...], tuple[Inline, ...]]:
    """Return the parts of "Plats: {path}; Källa: {source}" before and after the path.

    They are the same for every finding citing ``source``: filled once per citation
    and language (:func:`~vardservice.render._tree.fill`, the path a placeholder
    that is not text, so nothing is joined to it), not once per finding.
    """
    _ = translation(lang).gettext
    parts = fill(_("Path: {path}; Source: {source}"), path=_PATH, source=source.text)
    at = next(i for i, part in enumerate(parts) if part is _PATH)
    return parts[:at], parts[at + 1 :]


def render_compliance_report(
    report: Report,
    *,
    format: RenderFormat = "markdown",
    lang: str | None = None,
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render a compliance report (regelkontroll) grouped by severity.

    Any :class:`~vardservice.rules.Report` will do: a subproject's, a service
    agreement's. Errors (Fel), warnings (Varningar) and information
    (Upplysningar) come in that order, each finding with its code, message, path
    and citation ("SFBV §5.4"); before them the date checked ("Kontrollerat per
    1 mars 2024") and a one-line verdict: compliant means no error.

    Args:
        report: from :func:`vardservice.rules.check`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` or ``"en"`` for the labels and the date; by default the
            report's own language, which its messages are in.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The report in ``format``.

    Raises:
        InvalidValue: an unknown format or language, or not a report.

    Example:
        >>> from vardservice.rules import check
        >>> from vardservice.vns import ScopeItem, ServiceAgreement
        >>> agreement = ServiceAgreement(
        ...     name="VNS", forecast_cost="23,4 mnkr", compensation="11,0 mnkr",
        ...     scope=[ScopeItem(name="helgtjänstgöring")])
        >>> report = check(agreement, as_of="2024-03-01")
        >>> lines = render_compliance_report(report, format="text").splitlines()
        >>> lines[0]
        'Regelkontroll: ServiceAgreement'
        >>> lines[-3]
        '  Plats: $.scope[0]; Källa: RGS-VNS, Varför ökar kostnaderna?'

    """
    if not isinstance(report, Report):
        raise InvalidValue("render_compliance_report", "report", report, "a Report")
    options: dict[str, Any] = {"template_dir": template_dir, "fragment": fragment}
    return DOCUMENTS["compliance"].render(
        report, format=format, lang=report.lang if lang is None else lang, **options
    )


# --- many subprojects checked at once (vardservice check FILE...) -------------------------


def _example_run() -> CheckRun:
    from vardservice.subprojects import Subproject

    report = _example()
    subproject = Subproject(id="SFBV-2024-01", title="Exempel på ett delprojekt")
    return CheckRun.from_reports(
        [(Path("exempel.yaml"), "$", subproject, report)], as_of=report.as_of, lang="sv"
    )


def _check_portfolio(
    portfolio: Portfolio,
    *,
    as_of: datetime.date | str,
    lang: str = "sv",
    **_: object,
) -> CheckRun:
    """Return the run of a portfolio's subprojects as of a date (for the CLI).

    The portfolio's name stands for the file: each subproject's place is
    ``$.subprojects[i]`` in it.
    """
    day = to_date(as_of, owner="render check-run", field="as_of")
    reports = [
        (Path(portfolio.name), f"$.subprojects[{i}]", sp, check(sp, as_of=day, lang=lang))  # type: ignore[arg-type]
        for i, sp in enumerate(portfolio.subprojects)
    ]
    return CheckRun.from_reports(reports, as_of=day, lang=lang)  # type: ignore[arg-type]


def _report_of(run: CheckRun, subproject: CheckedSubproject) -> Report:
    """Return a checked subproject as a report, its findings' paths their places in the file."""
    return Report(
        subject=subproject.label(),
        as_of=run.as_of,
        lang=run.lang,
        rules=run.rules,
        findings=tuple(f.to_finding() for f in subproject.findings),
    )


def _headline(run: CheckRun, lang: str, today: bool) -> tuple[Inline, ...]:
    """Return "Kontrollerat per 1 april 2023: 1 fil, 2 delprojekt." (today said when it is)."""
    translated = translation(lang)
    files = len(run.files)
    subprojects = sum(len(f.subprojects) for f in run.files)
    if today:
        line = translated.gettext("Checked as of {day} (today): {files}, {subprojects}.")
    else:
        line = translated.gettext("Checked as of {day}: {files}, {subprojects}.")
    return fill(
        line,
        day=Day(run.as_of),
        files=translated.ngettext("{n} file", "{n} files", files).format(n=files),
        subprojects=translated.ngettext("{n} subproject", "{n} subprojects", subprojects).format(
            n=subprojects
        ),
    )


def _findings(report: Report, lang: str) -> list[Block]:
    """Return a report's findings by severity: a label, then a list marked with the severity."""
    _ = translation(lang).gettext
    headings = _headings(lang)
    blocks: list[Block] = []
    for severity in Severity:
        findings = report.by_severity(severity)
        if not findings:
            continue
        blocks.append(Paragraph.of(Strong(headings[severity].format(n=len(findings)))))
        items: list[tuple[Inline, ...]] = []
        for finding in findings:
            where = fill(
                _("Path: {path}; Source: {source}"),
                path=Code(finding.path),
                source=str(finding.source),
            )
            items.append((Strong(finding.code), " ", finding.message, Break(), *where))
        blocks.append(BulletList(tuple(items), role=severity.value))
    return blocks


@document(
    "check-run",
    CheckRun,
    summary=(
        "Many subprojects checked at once (vardservice check): a summary table,"
        " then each file's findings by severity."
    ),
    options=(Option(name="as_of", kind="date", help="the date to check on", required=True),),
    reads=Portfolio,
    prepare=_check_portfolio,
    example=_example_run,
    source="SFBV §5",
)
def compose_check_run(run: CheckRun, *, lang: str, today: bool = False) -> Document:
    """Compose one document of a check over many files: a summary, then a section per file.

    The summary table counts each subproject's errors, warnings and information;
    each file is a section (level 2) holding each of its subprojects (level 3)
    with its verdict and its findings by severity, each finding's path its
    place in the file.

    Args:
        run: from :func:`vardservice.io.documents.check_files`.
        lang: the language of the labels (the findings' messages are in the run's language).
        today: whether ``run.as_of`` is today (the headline says so).

    Returns:
        The document tree.

    """
    _ = translation(lang).gettext
    rows: list[tuple[Cell, ...]] = []
    for file in run.files:
        for sub in file.subprojects:
            counts = sub.counts
            where: Cell = (
                Code(file.file) if sub.path == "$" else (Code(file.file), " ", Code(sub.path))
            )
            rows.append(
                (
                    where,
                    sub.label(),
                    Number(counts["error"]),
                    Number(counts["warning"]),
                    Number(counts["info"]),
                )
            )
    totals = run.counts
    table = Table(
        columns=(
            Column(_("File")),
            Column(_("Subproject")),
            Column(_("Errors"), "right"),
            Column(_("Warnings"), "right"),
            # Counted findings of severity info: "upplysningar", as the verdicts say.
            Column(translation(lang).pgettext("findings counted", "Information"), "right"),
        ),
        rows=tuple(rows),
        footer=(
            (
                _("Total"),
                "",
                Number(totals["error"]),
                Number(totals["warning"]),
                Number(totals["info"]),
            ),
        ),
    )
    blocks: list[Block] = [Paragraph.of(*_headline(run, lang, today)), table]
    for file in run.files:
        blocks.append(Heading(file.file, 2))
        for sub in file.subprojects:
            report = _report_of(run, sub)
            blocks.append(Heading(sub.label(), 3))
            if sub.path != "$":
                blocks.append(Paragraph.of(*fill(_("In the file at {path}."), path=Code(sub.path))))
            blocks.append(Paragraph.of(Strong(verdict(report, lang))))
            blocks.extend(_findings(report, lang))
    rules = (
        _("Rules checked: {rules}").format(rules=", ".join(run.rules))
        if run.rules
        else _("Rules checked: none")
    )
    blocks.append(Paragraph.of(rules))
    return Document(
        kind="check-run",
        title=_("Compliance check of subprojects"),
        lang=lang,
        blocks=tuple(blocks),
    )


def render_check_run(
    run: CheckRun,
    *,
    format: RenderFormat = "markdown",
    lang: str | None = None,
    today: bool = False,
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render a check over many files as one document: a summary table, then each file.

    This is ``vardservice check FILE... --format html`` (and ``markdown``): one
    title, a table of each subproject's errors, warnings and information, then
    a section per file with each subproject's findings by severity.

    Args:
        run: from :func:`vardservice.io.documents.check_files`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: the language of the labels; by default the run's own.
        today: whether the run's date is today (the headline says so).
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The document in ``format``.

    Raises:
        InvalidValue: an unknown format or language, or not a run.

    Example:
        >>> text = render_check_run(_example_run(), format="text")
        >>> text.splitlines()[0]
        'Regelkontroll av delprojekt'

    """
    if not isinstance(run, CheckRun):
        raise InvalidValue("render_check_run", "run", run, "a CheckRun")
    return DOCUMENTS["check-run"].render(
        run,
        format=format,
        lang=run.lang if lang is None else lang,
        template_dir=template_dir,
        fragment=fragment,
        today=today,
    )
