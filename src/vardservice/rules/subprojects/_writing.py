"""Subproject rules SP027–SP028: how the final report is written (private)."""

from __future__ import annotations

from typing import Final

from vardservice._i18n import join_words
from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.sources import cite
from vardservice.subprojects import FinalReport, Subproject

FINAL_REPORT_PAGES: Final = 30
"""The library's reading of "relativt kort" for a final report (rule SP028): at most 30 pages.

SFBV §5.4.1 gives no number; the figure is the library's own, stated as such."""


def _sp027_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-27",
        title="Endometrios",
        final_report=FinalReport(writers=["Anna Berg", "Bo Ek"]),
    )
    return sp, "2024-06-01"


@register(
    "SP027",
    subject=Subproject,
    example=_sp027_example,
    severity=Severity.WARNING,
    title=N_("One writer has overall responsibility for the final report"),
    source=cite("SFBV", "5.4.1"),
    quote="Om det förekommer flera olika skribenter bör en av dem ha helhetsansvaret.",
    paraphrase=(
        "When several people write the final report, one of them should have overall "
        "responsibility. Judged when the final report names two or more writers: a warning "
        "when none is named as responsible."
    ),
)
def sp027_responsible_writer(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Warn when ``final_report.writers`` names two or more and no ``responsible_writer``."""
    found: list[Finding] = []
    report = sp.final_report
    if report is None or report.responsible_writer.strip():
        return found
    writers = list(dict.fromkeys(w.strip() for w in report.writers if w.strip()))
    if len(writers) < 2:
        return found
    found.append(
        ctx.finding(
            "$.final_report.responsible_writer",
            ctx.gettext(
                "The final report has {n} writers ({writers}) and none with overall "
                "responsibility; one of them should have it.",
                n=len(writers),
                writers=join_words(writers, ctx.lang),
            ),
            evidence={"writers": len(writers), "responsible": False},
        )
    )
    return found


def _sp028_example() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-28",
        title="Ryggkirurgi",
        final_report=FinalReport(pages=41),
    )
    return sp, "2024-06-01"


@register(
    "SP028",
    subject=Subproject,
    example=_sp028_example,
    severity=Severity.WARNING,
    title=N_("The final report is kept relatively short"),
    source=cite("SFBV", "5.4.1"),
    quote="Rapporten bör hållas relativt kort med tydlig kapitelindelning.",
    paraphrase=(
        "The final report should be kept relatively short, with clear chapters. The source "
        "gives no number; the library reads 'relativt kort' as at most 30 pages (its own "
        "reading). Judged when the report's length is known."
    ),
)
def sp028_short(sp: Subproject, ctx: RuleContext) -> list[Finding]:
    """Warn when ``final_report.pages`` is above :data:`FINAL_REPORT_PAGES` (30).

    30 pages pass, 31 do not; a report of unknown length is not judged.
    """
    found: list[Finding] = []
    report = sp.final_report
    if report is None or report.pages is None or report.pages <= FINAL_REPORT_PAGES:
        return found
    found.append(
        ctx.finding(
            "$.final_report.pages",
            ctx.gettext(
                "The final report has {pages} pages; it should be kept relatively short (this "
                "library reads that as at most {maximum}).",
                pages=report.pages,
                maximum=FINAL_REPORT_PAGES,
            ),
            evidence={"pages": report.pages, "maximum": FINAL_REPORT_PAGES},
        )
    )
    return found
