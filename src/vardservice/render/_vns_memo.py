"""The sections of the VNS decision memo (RGS-VNS), composed for :mod:`vardservice.render.vns`.

"Ekonomiska konsekvenser" in the seed's own words, the agreement's scope and the
staffing reduction, each section ending with the heading of RGS-VNS its figures
come from.
"""

from __future__ import annotations

from vardservice._i18n import translation
from vardservice.render._env import places
from vardservice.render._tree import (
    Amount,
    Block,
    BulletList,
    Heading,
    Note,
    Number,
    Paragraph,
    Sources,
    fill,
)
from vardservice.sources import Citation
from vardservice.units import Money
from vardservice.vns import (
    STAFFING_SOURCE,
    ServiceAgreement,
    StaffingReduction,
    undocumented_scope,
)

__all__ = ["consequences", "genitive", "reduction_section", "scope_section", "source_line"]


def genitive(name: str, lang: str) -> str:
    """Return ``name`` in the genitive: "RGS" (sv: no s after s, x, z), "Regionservice's"."""
    if lang == "en":
        return name + ("'" if name.endswith("s") else "'s")
    return name if name[-1:].lower() in ("s", "x", "z") else name + "s"


def consequences(agreement: ServiceAgreement, provider: str | None, lang: str) -> Paragraph:
    """Return the two sentences of RGS-VNS "Ekonomiska konsekvenser"."""
    _ = translation(lang).gettext
    forecast = Amount(agreement.forecast_cost, "mnkr")
    # RGS-VNS: "RGS prognosticerade helårskostnad för att utföra uppdraget är i dagsläget
    # 23,4 mnkr."
    if provider is None:
        first = fill(
            _("The forecast full-year cost of performing the assignment is currently {forecast}."),
            forecast=forecast,
        )
    else:
        first = fill(
            _(
                "{provider_genitive} forecast full-year cost of performing the assignment "
                "is currently {forecast}."
            ),
            provider_genitive=genitive(provider, lang),
            forecast=forecast,
        )
    deviation = agreement.deviation
    # RGS-VNS: "Den ersättning RGS får för utfört uppdrag är 11,0 mnkr, vilket innebär att
    # RGS har en negativ avvikelse på helår om 12,4 mnkr."
    if provider is not None and deviation.is_negative():
        message = _(
            "The compensation {provider} receives for the assignment performed is "
            "{compensation}, which means that {provider} has a negative full-year deviation "
            "of {deviation}."
        )
    elif provider is not None and deviation == Money.zero():
        message = _(
            "The compensation {provider} receives for the assignment performed is "
            "{compensation}, which means that the compensation covers the full-year cost."
        )
    elif provider is not None:
        message = _(
            "The compensation {provider} receives for the assignment performed is "
            "{compensation}, which means that {provider} has a positive full-year deviation "
            "of {deviation}."
        )
    elif deviation.is_negative():
        message = _(
            "The compensation for the assignment performed is {compensation}, "
            "which means a negative full-year deviation of {deviation}."
        )
    elif deviation == Money.zero():
        message = _(
            "The compensation for the assignment performed is {compensation}, "
            "which means that the compensation covers the full-year cost."
        )
    else:
        message = _(
            "The compensation for the assignment performed is {compensation}, "
            "which means a positive full-year deviation of {deviation}."
        )
    second = fill(
        message,
        compensation=Amount(agreement.compensation, "mnkr"),
        deviation=Amount(abs(deviation), "mnkr"),
        provider=provider or "",
    )
    return Paragraph.of(*first, " ", *second)


def scope_section(agreement: ServiceAgreement, lang: str) -> list[Block]:
    """Return the section on the agreement's scope: what is not written down, and the lesson."""
    _ = translation(lang).gettext
    undocumented = undocumented_scope(agreement)
    unclear = _(
        "The following parts of the assignment's scope are not documented and need to be clarified:"
    )
    blocks: list[Block] = [Heading(_("Scope of the assignment"))]
    if not undocumented:
        blocks.append(
            Paragraph.of(_("Every agreement on the scope of the assignment is documented."))
        )
    else:
        items = ((item.name, ": ", item.note) if item.note else item.name for item in undocumented)
        blocks += [Paragraph.of(unclear), BulletList.of(items)]
    # VNS001 is a warning: the memo says "bör", as the rule does.
    blocks.append(
        Paragraph.of(_("Every agreement made about the assignment should be documented."))
    )
    blocks.append(source_line(STAFFING_SOURCE, lang))
    return blocks


def source_line(citation: Citation, lang: str) -> Sources:
    """Return a section's source line: "Källa: RGS-VNS, Varför ökar kostnaderna?"."""
    text = citation.text
    return Sources(
        translation(lang).gettext("Source"), ((text if text[-1] in ".?!" else text + ".",),)
    )


def reduction_section(
    reduction: StaffingReduction, lang: str, *, illustrative: bool
) -> list[Block]:
    """Return the section on the staffing reduction (RGS-VNS "Varför ökar kostnaderna?")."""
    i18n = translation(lang)
    _ = i18n.gettext
    wards = len(reduction.eligible_wards)
    beds = Number(reduction.bed_threshold)
    year = str(reduction.working_days.year)
    if not wards:
        text = fill(
            _(
                "No inpatient ward has more than {beds} available beds, "
                "so no hours are taken out of the staffing plans in {year}."
            ),
            beds=beds,
            year=year,
        )
        return [Heading(_("Reduced staffing")), Paragraph(text), source_line(STAFFING_SOURCE, lang)]
    rule = fill(
        # RGS-VNS: "ta bort 8 timmar ur bemanningsplanerna (måndag-fredag ...)".
        i18n.ngettext(
            "On {wards} inpatient ward with more than {beds} available beds, {hours} hours a "
            "day Monday–Friday are taken out of the staffing plan, {days} working days in "
            "{year}.",
            "On {wards} inpatient wards with more than {beds} available beds, {hours} hours a "
            "day Monday–Friday are taken out of the staffing plans, {days} working days in "
            "{year}.",
            wards,
        ),
        wards=Number(wards),
        beds=beds,
        hours=Number(reduction.hours_per_weekday, None),
        days=Number(reduction.working_days.days),
        year=year,
    )
    effect = fill(_("This corresponds to {effect} a year."), effect=Amount(reduction.total, "mnkr"))
    cost = reduction.cost_per_hour
    assumption = fill(
        _("Cost per hour: {cost} (an assumption, not a figure from the source)."),
        cost=Amount(cost, "kr", places(cost.amount)),
    )
    blocks: list[Block] = [
        Heading(_("Reduced staffing")),
        Paragraph.of(*rule, " ", *effect, " ", *assumption),
    ]
    if illustrative:
        blocks.append(
            Note.of(
                _(
                    "The wards, their beds and the year are an illustrative example, "
                    "not figures from the source."
                )
            )
        )
    blocks.append(source_line(STAFFING_SOURCE, lang))
    return blocks
