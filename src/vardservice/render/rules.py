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
from pathlib import Path
from typing import Any

from vardservice._i18n import translation
from vardservice.errors import InvalidValue
from vardservice.render._env import RenderFormat
from vardservice.render._registry import DOCUMENTS, Option, document
from vardservice.render._tree import (
    Block,
    Break,
    BulletList,
    Code,
    Day,
    Document,
    Heading,
    Inline,
    Paragraph,
    Strong,
    fill,
)
from vardservice.render._words import join_words
from vardservice.rules import Report, Severity, check
from vardservice.subprojects import Subproject

__all__ = ["compose_compliance_report", "finding_counts", "render_compliance_report", "verdict"]


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
    ngettext = translation(lang).ngettext
    errors, warnings, infos = len(report.errors), len(report.warnings), len(report.infos)
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
    _ = translation(lang).gettext
    if report.errors:
        return _("Not compliant: {counts}.").format(counts=finding_counts(report, lang))
    if report.findings:
        return _("Compliant (no errors): {counts}.").format(counts=finding_counts(report, lang))
    return _("Complies with every rule checked.")


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
def compose_compliance_report(report: Report, *, lang: str) -> Document:
    """Compose a compliance report: the date, the verdict, the findings by severity, the rules.

    Errors, warnings and information come in that order, each finding with its
    code, message, path and citation; a severity without findings is left out.

    Args:
        report: from :func:`vardservice.rules.check`.
        lang: the language of the labels and the date (the findings' messages
            are in the report's own language).

    Returns:
        The document tree.

    """
    _ = translation(lang).gettext
    headings = _headings(lang)
    blocks: list[Block] = [
        Paragraph.of(*fill(_("Checked as of {date}"), date=Day(report.as_of))),
        Paragraph.of(Strong(verdict(report, lang))),
    ]
    for severity in Severity:
        findings = report.by_severity(severity)
        if not findings:
            continue
        blocks.append(Heading(headings[severity].format(n=len(findings))))
        items: list[tuple[Inline, ...]] = []
        for finding in findings:
            where = fill(
                _("Path: {path}; Source: {source}"),
                path=Code(finding.path),
                source=finding.source.text,
            )
            items.append((Strong(finding.code), " ", finding.message, Break(), *where))
        blocks.append(BulletList(tuple(items)))
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
    )


def render_compliance_report(
    report: Report,
    *,
    format: RenderFormat = "markdown",
    lang: str | None = None,
    template_dir: str | Path | None = None,
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
    options: dict[str, Any] = {"template_dir": template_dir}
    return DOCUMENTS["compliance"].render(
        report, format=format, lang=report.lang if lang is None else lang, **options
    )
