"""The compliance report (regelkontroll) of any rule report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vardservice.errors import InvalidValue
from vardservice.rules import Report, Severity

if TYPE_CHECKING:
    pass
from vardservice.render._labels import _LABELS
from vardservice.render._legacy import RenderFormat, _check, _render


def render_compliance_report(
    report: Report,
    *,
    format: RenderFormat = "markdown",
    lang: str | None = None,
    template_dir: str | Path | None = None,
) -> str:
    """Render a compliance report (regelkontroll) grouped by severity.

    Any :class:`~vardservice.rules.Report` will do: a subproject's, a service
    agreement's. Errors (Fel), warnings (Varningar) and information come in that
    order, each finding with its code, message, path and citation ("SFBV §5.4");
    then the date checked ("Kontrollerat per 1 mars 2024") and a one-line
    verdict: compliant means no error.

    Args:
        report: from :func:`vardservice.rules.check`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` or ``"en"`` for the labels and the date; by default the
            report's own language, which its messages are in.
        template_dir: your own templates, tried before the package's.

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
        >>> lines[:2]
        ['Regelkontroll: ServiceAgreement', 'Kontrollerat per 1 mars 2024']
        >>> lines[3]
        'Uppfyller kraven (inga fel): 1 varning.'
        >>> lines[5:7]
        ['Varningar (1)', '']
        >>> lines[8]
        '          Plats: $.scope[0]; Källa: RGS-VNS, Varför ökar kostnaderna?'

    """
    if not isinstance(report, Report):
        raise InvalidValue("render_compliance_report", "report", report, "a Report")
    language = report.lang if lang is None else lang
    _check(format, language)
    labels = _LABELS[language]
    parts = [
        labels[f"sp_n_{key}{'' if len(found) == 1 else 's'}"].format(n=len(found))
        for key, found in (
            ("error", report.errors),
            ("warning", report.warnings),
            ("info", report.infos),
        )
        if found
    ]
    counts = ", ".join(parts[:-1]) + f" {labels['sp_and']} " + parts[-1] if parts else ""
    if len(parts) == 1:
        counts = parts[0]
    if report.errors:
        verdict = labels["sp_verdict_fail"].format(counts=counts)
    elif report.findings:
        verdict = labels["sp_verdict_ok"].format(counts=counts)
    else:
        verdict = labels["sp_verdict_ok_clean"]
    groups = [
        (labels[f"severity_{severity.value}"], severity.value, report.by_severity(severity))
        for severity in Severity
        if report.by_severity(severity)
    ]
    return _render(
        "compliance",
        format,
        language,
        template_dir,
        report=report,
        groups=groups,
        verdict=verdict,
        compliant=report.is_compliant,
    )
