"""Renderers: Swedish (by default) or English documents from vardservice objects.

Each public renderer is ``render_<subject>(obj, *, format="markdown", lang="sv") -> str``
with ``format`` one of ``"markdown"``, ``"html"`` and ``"text"``. Templates are
package data in ``render/templates/``, named ``<subject>.<format>.j2``. They
format and never compute: every figure comes from the object, and Swedish
formatting goes through babel (CLDR) as filters. The pictures,
:func:`render_benchmark_chart` and :func:`render_annual_wheel` (SVG), are laid
out in Python; their templates only place the bars, sectors and markers. The filters:

=================  ===================================  ======================
filter             Swedish                              English
=================  ===================================  ======================
``number``         ``250 000``                          ``250,000``
``number(x, 1)``   ``2 196,0``                          ``2,196.0``
``exact``          ``37,5`` (all places of a Decimal)     ``37.5``
``money(unit)``    ``23,4 mnkr``                        ``23.4 MSEK``
``longdate``       ``18 november 2020``                 ``18 November 2020``
=================  ===================================  ======================

(Thousands are separated by a no-break space, as CLDR prescribes for Swedish.)

Undefined names in a template are errors (``StrictUndefined``); HTML output
escapes every string from the data. You can put a folder of your own templates
in front of the package's with ``template_dir``; such templates run in jinja2's
sandbox.

Example:
    >>> from vardservice.fees import region_tiers
    >>> text = render_regions(region_tiers(2023), format="markdown")
    >>> text.splitlines()[0]
    '# Regioner, folkmängd och avgiftsnivå 2023'

"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

from vardservice.benchmarking import Comparison
from vardservice.decisions import NeedsInventory, ProtocolExcerpt
from vardservice.errors import InvalidValue
from vardservice.fees import AnnualFee, Budget, RegionTier, tier_bands
from vardservice.networks import Network, NetworkBudget, network_budget
from vardservice.planning import Activity, ActivityKind, AnnualWheel
from vardservice.portfolio import COUNTS, PortfolioSummary
from vardservice.regions import REGIONS, Region
from vardservice.rules import Report, Severity
from vardservice.sources import cite
from vardservice.subprojects import (
    ASSIGNMENT_PARTS,
    Assignment,
    Body,
    MilestoneKind,
    ReportSection,
    Role,
    Stage,
    Subproject,
    board_approval,
    follow_up_due,
)
from vardservice.units import Money, format_money, format_number
from vardservice.vns import (
    BusinessCase,
    ServiceAgreement,
    StaffingReduction,
    TaskCatalogue,
    break_even_year,
    undocumented_scope,
    yearly_net,
)

if TYPE_CHECKING:
    import jinja2

__all__ = [
    "RenderFormat",
    "WheelFormat",
    "environment",
    "milestone_label",
    "render_annual_wheel",
    "render_assignment",
    "render_benchmark",
    "render_benchmark_chart",
    "render_business_case",
    "render_compliance_report",
    "render_fees",
    "render_final_report",
    "render_follow_up",
    "render_meeting_calendar",
    "render_needs_inventory",
    "render_network",
    "render_portfolio",
    "render_protocol",
    "render_regions",
    "render_task_catalogue",
    "render_vns_memo",
    "stage_label",
]

T = TypeVar("T")
RenderFormat = Literal["markdown", "html", "text"]
_FORMATS: Final = ("markdown", "html", "text")
_LANGS: Final = ("sv", "en")

_LABELS: Final[dict[str, dict[str, str]]] = {
    "sv": {
        # Subprojects (SFBV): every key starts with sp_, stage_, milestone_, role_,
        # body_, section_ or severity_, so that no key clashes with another renderer's.
        "sp_missing": "[Saknas]",
        "sp_to_write": "[Att fylla i]",
        "sp_none": "inga",
        "sp_compliance_title": "Regelkontroll",
        "sp_checked_as_of": "Kontrollerat per",
        "sp_rules_run": "Kontrollerade regler",
        "sp_no_findings": "Inga avvikelser.",
        "sp_verdict_ok_clean": "Uppfyller samtliga kontrollerade regler.",
        "sp_verdict_ok": "Uppfyller kraven (inga fel): {counts}.",
        "sp_verdict_fail": "Uppfyller inte kraven: {counts}.",
        "sp_n_error": "{n} fel",
        "sp_n_errors": "{n} fel",
        "sp_n_warning": "{n} varning",
        "sp_n_warnings": "{n} varningar",
        "sp_n_info": "{n} upplysning",
        "sp_n_infos": "{n} upplysningar",
        "sp_and": "och",
        "sp_path": "Plats",
        "sp_source": "Källa",
        "severity_error": "Fel",
        "severity_warning": "Varningar",
        "severity_info": "Information",
        "sp_assignment_title": "Uppdrag",
        "sp_final_report_title": "Slutrapport",
        "sp_follow_up_title": "Uppföljningsrapport",
        "sp_subproject": "Delprojekt",
        "sp_healthcare_region": "Sjukvårdsregion",
        "sp_participating_regions": "Deltagande regioner",
        "sp_reason_for_fewer": "Skäl till att inte alla regioner deltar",
        "sp_contact_person": "Kontaktperson på kansliet",
        "sp_start_decided": "Beslut om start i ledningsgruppen",
        "sp_stage": "Stadium",
        "sp_background": "Bakgrund",
        "sp_purpose_and_question": "Syfte och frågeställning/problembeskrivning",
        "sp_assignment_points": "Specifika uppdragspunkter",
        "sp_delimitations": "Avgränsningar i projektet",
        "sp_group_composition": "Arbetsgruppens sammansättning",
        "sp_timeline": "Tidplan",
        "sp_name": "Namn",
        "sp_role": "Roll",
        "sp_profession": "Profession",
        "sp_region": "Region",
        "sp_from_office": "kansliet",
        "sp_no_group": "Ingen arbetsgrupp är utsedd.",
        "sp_chair": "Ordförande",
        "sp_proposal_purpose": "Syfte",
        "sp_proposal_goal": "Mål",
        "sp_proposal_outcome": "Förväntat utfall",
        "sp_current_state_covers": "Nulägesbeskrivningen omfattar",
        "sp_current_state_lacks": "Nulägesbeskrivningen saknar",
        "sp_follow_up_plan": "Uppföljningsplan dokumenterad vid start",
        "sp_follow_up_proposal": "Förslag till uppföljning",
        "sp_how": "Hur",
        "sp_when": "När",
        "sp_by_whom": "Av vem",
        "sp_parameters": "Uppföljningsparametrar",
        "sp_method": "Uppföljningssätt",
        "sp_no_action_proposals": "Inga åtgärdsförslag.",
        "sp_cost_estimate": "grov kalkyl",
        "sp_needs_funding_no_estimate": "kräver ekonomiska insatser; kalkyl saknas",
        "sp_board_approval": "Slutrapporten godkänd av nämnden",
        "sp_follow_up_due": "Uppföljning senast",
        "sp_not_approved": "Nämnden har ännu inte godkänt slutrapporten.",
        "sp_implementation": "Hur långt implementeringen har kommit",
        "sp_implementation_hint": (
            "Data som beskriver hur långt implementeringen har kommit i varje region,"
            " per uppföljningsparameter."
        ),
        "sp_data": "Data",
        "sp_regional_decisions": "Regionernas beslut",
        "sp_no_regional_decisions": "Inga beslut i regionerna är registrerade.",
        "sp_excerpt": "protokollsutdrag",
        "sp_no_excerpt": "protokollsutdrag saknas",
        "sp_presented_to": "Redovisning",
        "sp_presented_hint": (
            "Uppföljningsrapporten redovisas för samarbetsgruppen, ledningsgruppen och nämnden."
        ),
        "sp_presented_on": "redovisad, rapport daterad",
        "sp_length_hint": "Omfattning: kortfattad, cirka 3–6 sidor.",
        "sp_follow_up_reports": "Uppföljningsrapporter",
        "sp_pages": "sidor",
        "sp_further_follow_up": (
            "Utifrån uppnådda resultat kan ytterligare uppföljning bli aktuell efter 6–12 månader."
        ),
        "sp_portfolio_title": "Portföljöversikt",
        "sp_as_of": "per",
        "sp_total": "Delprojekt totalt",
        "sp_started": "Startade",
        "sp_final_reported": "Slutrapporterade",
        "sp_board_decided": "Beslutade av nämnden",
        "sp_in_implementation": "Under införande",
        "sp_followed_up": "Uppföljda",
        "sp_follow_ups_overdue": "Uppföljningar som är försenade",
        "sp_follow_ups_due_soon": "Uppföljningar som ska göras inom 30 dagar",
        "sp_next_deadline": "Nästa tidsgräns",
        "sp_overdue": "försenad",
        "sp_due_soon": "inom 30 dagar",
        "sp_by_stage": "Per stadium",
        "sp_count": "Antal",
        "sp_no_subprojects": "Inga delprojekt.",
        "sp_source_line": "Arbetsmetod enligt",
        "stage_draft": "Utkast",
        "stage_proposed": "Förslag väckt",
        "stage_prepared": "Berett av kansliet",
        "stage_started": "Startat",
        "stage_rejected": "Avslaget",
        "stage_deferred": "Vilande av resursskäl",
        "stage_assigned": "Uppdrag utfärdat",
        "stage_in_progress": "Pågående",
        "stage_final_reported": "Slutrapporterat",
        "stage_reviewed": "Behandlat i samarbetsgruppen",
        "stage_approved": "Beslutat i ledningsgruppen",
        "stage_recommended": "Rekommenderat av nämnden",
        "stage_decided_by_regions": "Beslutat i regionerna",
        "stage_in_implementation": "Under införande",
        "stage_followed_up": "Uppföljt",
        "milestone_proposal_raised": "Förslag väckt",
        "milestone_prepared": "Berett av kansliet",
        "milestone_start_decided": "Beslut om start",
        "milestone_start_rejected": "Beslut om avslag",
        "milestone_start_deferred": "Beslut att avvakta av resursskäl",
        "milestone_assignment_issued": "Uppdrag utfärdat",
        "milestone_group_appointed": "Arbetsgrupp utsedd",
        "milestone_interim_report": "Delrapport",
        "milestone_final_report": "Slutrapport",
        "milestone_collaboration_group_review": "Behandling i samarbetsgruppen",
        "milestone_management_group_decision": "Beslut i ledningsgruppen",
        "milestone_board_recommendation": "Rekommendation från Södra regionvårdsnämnden",
        "milestone_regional_decision": "Beslut i region",
        "milestone_implementation": "Införande",
        "milestone_follow_up": "Uppföljning",
        "role_chair": "Ordförande",
        "role_process_support": "Processtöd",
        "role_member": "Ledamot",
        "role_co_opted": "Adjungerad",
        "role_patient_representative": "Patientrepresentant",
        "role_relative_representative": "Närståenderepresentant",
        "body_collaboration_group": "Samarbetsgruppen",
        "body_management_group": "Ledningsgruppen",
        "body_board": "Södra regionvårdsnämnden",
        "section_assignment": "Uppdrag",
        "section_group_composition": "Gruppsammansättning",
        "section_current_state": "Nuläge",
        "section_analysis": "Analys",
        "section_proposals": "Förslag",
        "regions_title": "Regioner, folkmängd och avgiftsnivå",
        "fees_title": "Avgifter och budget",
        "code": "Länskod",
        "region": "Region",
        "population": "Folkmängd",
        "population_date": "Folkmängd den 31 december",
        "tier": "Nivå",
        "fee": "Avgift",
        "members": "Medlemmar",
        "amount": "Belopp",
        "total": "Summa",
        "by_tier": "Per nivå",
        "schedule": "Avgiftsschema",
        "valid_from": "gäller från",
        "illustrative": (
            "Beloppen är illustrativa exempel, inte ett verkligt beslut; "
            "ingen källa anger avgiftsnivåernas belopp."
        ),
        "reference": "Beslut",
        "tiers_source": "Avgiftsnivåer enligt",
        "budget_source": "Budgeten grundar sig på årets avgifter enligt",
        "population_source": "Källa för folkmängd",
        "population_basis": "Folkmängd den 31 december",
        "memo_title": "Beslutsunderlag",
        "economic_consequences": "Ekonomiska konsekvenser",
        "forecast_sentence": "prognosticerade helårskostnad för att utföra uppdraget är",
        "forecast_sentence_anonymous": (
            "Den prognosticerade helårskostnaden för att utföra uppdraget är"
        ),
        "compensation_sentence": "Ersättningen för utfört uppdrag är",
        "deviation_negative": "vilket innebär en negativ avvikelse på helår om",
        "deviation_positive": "vilket innebär en positiv avvikelse på helår om",
        "deviation_none": "vilket innebär att ersättningen täcker helårskostnaden",
        "forecast": "Prognosticerad helårskostnad",
        "compensation": "Ersättning",
        "deviation": "Avvikelse",
        "scope_title": "Uppdragets omfattning",
        "scope_undocumented": (
            "Följande delar av uppdragets omfattning är inte dokumenterade och behöver klargöras:"
        ),
        "scope_all_documented": (
            "Samtliga överenskommelser om uppdragets omfattning är dokumenterade."
        ),
        "scope_lesson": "Samtliga överenskommelser som träffas om uppdraget ska dokumenteras.",
        "reduction_title": "Minskad bemanning",
        "reduction_sentence_1": "På",
        "reduction_sentence_2": "slutenvårdsavdelningar med fler än",
        "reduction_sentence_3": "disponibla vårdplatser tas",
        "reduction_sentence_4": "timmar per vardag ur bemanningsplanerna,",
        "reduction_sentence_5": "arbetsdagar år",
        "reduction_sentence_6": "Det motsvarar",
        "reduction_effect": ", årseffekt",
        "cost_per_hour_note": "Timkostnad",
        "not_from_source": "ett antagande, inte en uppgift från källan",
        "source": "Källa",
        "case_title": "Kalkyl",
        "year": "År",
        "cost": "Kostnad",
        "benefit": "Nytta",
        "net": "Netto",
        "cumulative": "Ackumulerat",
        "break_even": "Kalkylen når brytpunkt år",
        "no_break_even": "Kalkylen når inte brytpunkt under perioden.",
        "case_illustrative": "Beloppen är illustrativa exempel, inte en verklig plan.",
        "catalogue_title": "Uppdragskatalog för vårdnära service",
        "task": "Uppdrag",
        "frequency": "Frekvens",
        "minutes": "Minuter per tillfälle",
        "wards": "Avdelningar",
        "occurrences": "Tillfällen per år",
        "hours": "Timmar per år",
        "fte": "Årsarbetare",
        "per_day": "per dag",
        "per_weekday": "per vardag",
        "per_week": "per vecka",
        "per_month": "per månad",
        "catalogue_conventions": (
            "Antaganden: en vardag är en arbetsdag (måndag–fredag utom helgdagar{eves});"
            " en vecka räknas 52 gånger per år; en årsarbetare är {fte} timmar per år."
        ),
        "eves_off": " samt midsommar-, jul- och nyårsafton",
        "catalogue_source": "Uppdragen ska standardiseras och frekvensstyras enligt",
        "benchmark_title": "Nyckeltalsjämförelse",
        "key_figure": "Nyckeltal",
        "area": "Område",
        "unit": "Enhet",
        "lower_better": "lägre värde är bättre",
        "higher_better": "högre värde är bättre",
        "value": "Värde",
        "rank": "Rang",
        "median_deviation": "Avvikelse från median",
        "deviation_percent": "Avvikelse, %",
        "outlier": "avvikande värde",
        "q1": "Första kvartil",
        "median": "Median",
        "q3": "Tredje kvartil",
        "strengths": "Styrkor (bästa kvartilen)",
        "areas_to_develop": "Utvecklingsområden (sämsta kvartilen)",
        "missing": "Regioner som inte rapporterat",
        "none": "inga",
        "peer_groups": "Jämförelsegrupper efter avgiftsnivå",
        "your_region": "din region",
        "methods": (
            "Rang 1 är bäst; lika värden delar rang. Kvartiler enligt statistics.quantiles "
            "(inclusive). Avvikande värde: mer än 1,5 × kvartilavståndet utanför kvartilerna."
        ),
        "benchmark_source": "Nyckeltalsjämförelse enligt",
        "chart_label": "Stapeldiagram: värde per region, sorterat efter rang; linjen är medianen",
        "wheel_title": "Årshjul",
        "calendar_title": "Möten och sista dagar",
        "wheel_label": (
            "Årshjul: årets tolv månader medurs med januari överst;"
            " de numrerade markeringarna är årets aktiviteter, förtecknade bredvid"
        ),
        "number": "Nr",
        "when": "När",
        "date": "Datum",
        "weekday": "Veckodag",
        "activity": "Aktivitet",
        "kind": "Typ",
        "responsible": "Ansvarig",
        "no_entries": "Inga aktiviteter detta år.",
        "kind_meeting": "Möte",
        "kind_deadline": "Sista dag",
        "kind_activity": "Aktivitet",
        "kind_report": "Rapport",
        "during": "under",
        "illustrative_placement": (
            "* Datum, månad eller veckodag är ett illustrativt exempel, inte hämtat ur en källa."
        ),
        "sources": "Källor",
        "protocol": "Protokoll",
        "protocol_excerpt": "Protokollsutdrag",
        "meeting_date": "Sammanträdesdatum",
        "attested_by": "Utdragsbestyrkande",
        "case_number": "Diarienummer",
        "summary": "Sammanfattning",
        "proposed_decision": "Förslag till beslut",
        "decision": "Beslut",
        "basis_documents": "Beslutsunderlag",
        "checked_by": "Justerare",
        "sent_to": "Expedieras till",
        "needs_title": "Behovsinventering",
        "need": "Behov",
        "count": "Antal",
        "tags": "Märkning",
        "needs_positions_one": "Behov märkta {tag} kom på plats {places}.",
        "needs_positions_many": "Behov märkta {tag} kom på plats {places}.",
        "needs_positions_none": "Inga behov märkta {tag} finns bland de rangordnade.",
        "needs_method": (
            "Rangordnat efter antal (frekvensmätning); behov med samma antal delar plats"
            " och nästa plats hoppas över."
        ),
        "needs_top": "De {n} främsta",
        "needs_illustrative": (
            "Antalen är illustrativa exempel, inte en verklig behovsinventering."
        ),
        "needs_reference": "Underlag",
        "and": "och",
    },
    "en": {
        # Subprojects (SFBV): see the Swedish labels for the key prefixes.
        "sp_missing": "[Missing]",
        "sp_to_write": "[To be written]",
        "sp_none": "none",
        "sp_compliance_title": "Compliance report",
        "sp_checked_as_of": "Checked as of",
        "sp_rules_run": "Rules checked",
        "sp_no_findings": "No findings.",
        "sp_verdict_ok_clean": "Complies with every rule checked.",
        "sp_verdict_ok": "Compliant (no errors): {counts}.",
        "sp_verdict_fail": "Not compliant: {counts}.",
        "sp_n_error": "{n} error",
        "sp_n_errors": "{n} errors",
        "sp_n_warning": "{n} warning",
        "sp_n_warnings": "{n} warnings",
        "sp_n_info": "{n} note",
        "sp_n_infos": "{n} notes",
        "sp_and": "and",
        "sp_path": "Path",
        "sp_source": "Source",
        "severity_error": "Errors",
        "severity_warning": "Warnings",
        "severity_info": "Information",
        "sp_assignment_title": "Assignment",
        "sp_final_report_title": "Final report",
        "sp_follow_up_title": "Follow-up report",
        "sp_subproject": "Subproject",
        "sp_healthcare_region": "Healthcare region",
        "sp_participating_regions": "Participating regions",
        "sp_reason_for_fewer": "Why not every region takes part",
        "sp_contact_person": "Contact person at the office",
        "sp_start_decided": "Start decided by the management group",
        "sp_stage": "Stage",
        "sp_background": "Background",
        "sp_purpose_and_question": "Purpose and question",
        "sp_assignment_points": "Specific assignment points",
        "sp_delimitations": "Delimitations",
        "sp_group_composition": "Composition of the working group",
        "sp_timeline": "Timeline",
        "sp_name": "Name",
        "sp_role": "Role",
        "sp_profession": "Profession",
        "sp_region": "Region",
        "sp_from_office": "the office",
        "sp_no_group": "No working group has been appointed.",
        "sp_chair": "Chair",
        "sp_proposal_purpose": "Purpose",
        "sp_proposal_goal": "Goal",
        "sp_proposal_outcome": "Expected outcome",
        "sp_current_state_covers": "The current-state description covers",
        "sp_current_state_lacks": "The current-state description lacks",
        "sp_follow_up_plan": "Follow-up plan documented at the start",
        "sp_follow_up_proposal": "Proposed follow-up",
        "sp_how": "How",
        "sp_when": "When",
        "sp_by_whom": "By whom",
        "sp_parameters": "Follow-up parameters",
        "sp_method": "Follow-up method",
        "sp_no_action_proposals": "No action proposals.",
        "sp_cost_estimate": "rough estimate",
        "sp_needs_funding_no_estimate": "needs funding; no cost estimate",
        "sp_board_approval": "Final report approved by the board",
        "sp_follow_up_due": "Follow-up due",
        "sp_not_approved": "The board has not yet approved the final report.",
        "sp_implementation": "How far implementation has come",
        "sp_implementation_hint": (
            "Data describing how far implementation has come in each region,"
            " per follow-up parameter."
        ),
        "sp_data": "Data",
        "sp_regional_decisions": "The regions' decisions",
        "sp_no_regional_decisions": "No regional decision is recorded.",
        "sp_excerpt": "protocol excerpt",
        "sp_no_excerpt": "no protocol excerpt",
        "sp_presented_to": "Presentation",
        "sp_presented_hint": (
            "The follow-up report is presented to the collaboration group, the management"
            " group and the board."
        ),
        "sp_presented_on": "presented, report dated",
        "sp_length_hint": "Length: brief, about 3–6 pages.",
        "sp_follow_up_reports": "Follow-up reports",
        "sp_pages": "pages",
        "sp_further_follow_up": (
            "Depending on the results, a further follow-up may be made after 6–12 months."
        ),
        "sp_portfolio_title": "Portfolio overview",
        "sp_as_of": "as of",
        "sp_total": "Subprojects in total",
        "sp_started": "Started",
        "sp_final_reported": "Final-reported",
        "sp_board_decided": "Decided by the board",
        "sp_in_implementation": "In implementation",
        "sp_followed_up": "Followed up",
        "sp_follow_ups_overdue": "Follow-ups overdue",
        "sp_follow_ups_due_soon": "Follow-ups due within 30 days",
        "sp_next_deadline": "Next deadline",
        "sp_overdue": "overdue",
        "sp_due_soon": "within 30 days",
        "sp_by_stage": "By stage",
        "sp_count": "Count",
        "sp_no_subprojects": "No subprojects.",
        "sp_source_line": "Working method per",
        "stage_draft": "Draft",
        "stage_proposed": "Proposed",
        "stage_prepared": "Prepared by the office",
        "stage_started": "Started",
        "stage_rejected": "Rejected",
        "stage_deferred": "Deferred for lack of resources",
        "stage_assigned": "Assignment issued",
        "stage_in_progress": "In progress",
        "stage_final_reported": "Final report delivered",
        "stage_reviewed": "Reviewed by the collaboration group",
        "stage_approved": "Approved by the management group",
        "stage_recommended": "Recommended by the board",
        "stage_decided_by_regions": "Decided by the regions",
        "stage_in_implementation": "In implementation",
        "stage_followed_up": "Followed up",
        "milestone_proposal_raised": "Proposal raised",
        "milestone_prepared": "Prepared by the office",
        "milestone_start_decided": "Start decided",
        "milestone_start_rejected": "Start rejected",
        "milestone_start_deferred": "Deferred for lack of resources",
        "milestone_assignment_issued": "Assignment issued",
        "milestone_group_appointed": "Working group appointed",
        "milestone_interim_report": "Interim report",
        "milestone_final_report": "Final report",
        "milestone_collaboration_group_review": "Collaboration-group review",
        "milestone_management_group_decision": "Management-group decision",
        "milestone_board_recommendation": "Recommendation of the Southern healthcare-region board",
        "milestone_regional_decision": "Regional decision",
        "milestone_implementation": "Implementation",
        "milestone_follow_up": "Follow-up",
        "role_chair": "Chair",
        "role_process_support": "Process support",
        "role_member": "Member",
        "role_co_opted": "Co-opted",
        "role_patient_representative": "Patient representative",
        "role_relative_representative": "Relative representative",
        "body_collaboration_group": "Collaboration group",
        "body_management_group": "Management group",
        "body_board": "Southern healthcare-region board",
        "section_assignment": "Assignment",
        "section_group_composition": "Group composition",
        "section_current_state": "Current state",
        "section_analysis": "Analysis",
        "section_proposals": "Proposals",
        "regions_title": "Regions, population and fee tier",
        "fees_title": "Fees and budget",
        "code": "County code",
        "region": "Region",
        "population": "Population",
        "population_date": "Population on 31 December",
        "tier": "Tier",
        "fee": "Fee",
        "members": "Members",
        "amount": "Amount",
        "total": "Total",
        "by_tier": "By tier",
        "schedule": "Fee schedule",
        "valid_from": "valid from",
        "illustrative": (
            "The amounts are illustrative examples, not a real decision; "
            "no source states the tiers' amounts."
        ),
        "reference": "Decision",
        "tiers_source": "Fee tiers per",
        "budget_source": "The budget rests on the year's fees per",
        "population_source": "Population source",
        "population_basis": "Population on 31 December",
        "memo_title": "Decision memo",
        "economic_consequences": "Financial consequences",
        "forecast_sentence": "forecast full-year cost of performing the assignment is",
        "forecast_sentence_anonymous": (
            "The forecast full-year cost of performing the assignment is"
        ),
        "compensation_sentence": "The compensation for the assignment performed is",
        "deviation_negative": "which means a negative full-year deviation of",
        "deviation_positive": "which means a positive full-year deviation of",
        "deviation_none": "which means that the compensation covers the full-year cost",
        "forecast": "Forecast full-year cost",
        "compensation": "Compensation",
        "deviation": "Deviation",
        "scope_title": "Scope of the assignment",
        "scope_undocumented": (
            "The following parts of the assignment's scope are not documented"
            " and need to be clarified:"
        ),
        "scope_all_documented": "Every agreement on the scope of the assignment is documented.",
        "scope_lesson": "Every agreement made about the assignment is to be documented.",
        "reduction_title": "Reduced staffing",
        "reduction_sentence_1": "On",
        "reduction_sentence_2": "inpatient wards with more than",
        "reduction_sentence_3": "available beds,",
        "reduction_sentence_4": "hours a weekday are taken out of the staffing plans,",
        "reduction_sentence_5": "working days in",
        "reduction_sentence_6": "This corresponds to",
        "reduction_effect": " a year",
        "cost_per_hour_note": "Cost per hour",
        "not_from_source": "an assumption, not a figure from the source",
        "source": "Source",
        "case_title": "Business case",
        "year": "Year",
        "cost": "Cost",
        "benefit": "Benefit",
        "net": "Net",
        "cumulative": "Cumulative",
        "break_even": "The business case breaks even in",
        "no_break_even": "The business case does not break even within the period.",
        "case_illustrative": "The amounts are illustrative examples, not a real plan.",
        "catalogue_title": "Task catalogue for ward-near service",
        "task": "Task",
        "frequency": "Frequency",
        "minutes": "Minutes per occurrence",
        "wards": "Wards",
        "occurrences": "Occurrences a year",
        "hours": "Hours a year",
        "fte": "FTE",
        "per_day": "per day",
        "per_weekday": "per weekday",
        "per_week": "per week",
        "per_month": "per month",
        "catalogue_conventions": (
            "Conventions: a weekday is a working day (Monday–Friday less public holidays{eves});"
            " a week counts 52 times a year; one FTE is {fte} hours a year."
        ),
        "eves_off": ", midsummer, Christmas and New Year's Eve",
        "catalogue_source": "Tasks are to be standardised and frequency-controlled per",
        "benchmark_title": "Key-figure benchmarking",
        "key_figure": "Key figure",
        "area": "Area",
        "unit": "Unit",
        "lower_better": "lower is better",
        "higher_better": "higher is better",
        "value": "Value",
        "rank": "Rank",
        "median_deviation": "Deviation from median",
        "deviation_percent": "Deviation, %",
        "outlier": "outlier",
        "q1": "First quartile",
        "median": "Median",
        "q3": "Third quartile",
        "strengths": "Strengths (best quartile)",
        "areas_to_develop": "Areas to develop (worst quartile)",
        "missing": "Regions that did not report",
        "none": "none",
        "peer_groups": "Peer groups by fee tier",
        "your_region": "your region",
        "methods": (
            "Rank 1 is best; equal values share a rank. Quartiles per statistics.quantiles "
            "(inclusive). Outlier: more than 1.5 × the interquartile range outside the quartiles."
        ),
        "benchmark_source": "Key-figure benchmarking per",
        "chart_label": "Bar chart: value per region, sorted by rank; the line is the median",
        "wheel_title": "Annual wheel",
        "calendar_title": "Meetings and deadlines",
        "wheel_label": (
            "Annual wheel: the twelve months clockwise with January at the top;"
            " the numbered markers are the year's activities, listed beside it"
        ),
        "number": "No.",
        "when": "When",
        "date": "Date",
        "weekday": "Weekday",
        "activity": "Activity",
        "kind": "Kind",
        "responsible": "Responsible",
        "no_entries": "No activities this year.",
        "kind_meeting": "Meeting",
        "kind_deadline": "Deadline",
        "kind_activity": "Activity",
        "kind_report": "Report",
        "during": "during",
        "illustrative_placement": (
            "* The date, month or weekday is an illustrative example, not taken from a source."
        ),
        "sources": "Sources",
        "protocol": "Minutes",
        "protocol_excerpt": "Extract from the minutes",
        "meeting_date": "Meeting date",
        "attested_by": "Certified true extract",
        "case_number": "Case number",
        "summary": "Summary",
        "proposed_decision": "Proposed decision",
        "decision": "Decision",
        "basis_documents": "Basis for the decision",
        "checked_by": "Minutes checked by",
        "sent_to": "Sent to",
        "needs_title": "Needs inventory",
        "need": "Need",
        "count": "Count",
        "tags": "Tags",
        "needs_positions_one": "Needs tagged {tag} came in place {places}.",
        "needs_positions_many": "Needs tagged {tag} came in places {places}.",
        "needs_positions_none": "No need tagged {tag} is among the ranked needs.",
        "needs_method": (
            "Ranked by count (frequency); needs with equal counts share a place"
            " and the next place is skipped."
        ),
        "needs_top": "The top {n}",
        "needs_illustrative": "The counts are illustrative examples, not a real needs inventory.",
        "needs_reference": "Record",
        "and": "and",
    },
}


_NETWORK_LABELS: Final[dict[str, dict[str, str]]] = {
    "sv": {
        "title": "Nätverket",
        "members": "Medlemmar",
        "members_on": "medlemmar",
        "member_on": "medlem",
        "delegate": "Deltagare",
        "no_fees": "Årets avgifter kan inte beräknas; se granskningen",
        "budget": "Budget",
        "income": "Intäkter",
        "fee_income": "Medlemsavgifter",
        "other_income": "Övriga intäkter",
        "income_total": "Summa intäkter",
        "costs": "Planerade kostnader",
        "cost_total": "Summa kostnader",
        "balance": "Resultat",
        "expert_groups": "Expertgrupper",
        "group": "Expertgrupp",
        "theme": "Årets tema",
        "anchor": "Förankring i styrelsen",
        "missing": "saknas",
        "findings": "Granskning",
        "no_findings": "Inga avvikelser.",
        "severity": "Allvarlighet",
        "code": "Regel",
        "message": "Avvikelse",
        "where": "Var",
        "source": "Källa",
        "error": "fel",
        "warning": "varning",
        "info": "information",
        "checked_as_of": "Granskat per",
        "network_meetings": "Nätverksmöten",
        "development_projects": "Utvecklingsprojekt",
        "reimbursements": "Ersättning till bidragande regioner",
        "other": "Övrigt",
        "goals": "Mål och aktiviteter",
        "meetings": "Nätverksmöten",
        "per_year": "gånger per år",
        "resource": "Resurs",
    },
    "en": {
        "title": "Network",
        "members": "Members",
        "members_on": "members in",
        "member_on": "member in",
        "delegate": "Delegate",
        "no_fees": "The year's fees cannot be computed; see the review",
        "budget": "Budget",
        "income": "Income",
        "fee_income": "Membership fees",
        "other_income": "Other income",
        "income_total": "Total income",
        "costs": "Planned costs",
        "cost_total": "Total costs",
        "balance": "Balance",
        "expert_groups": "Expert groups",
        "group": "Expert group",
        "theme": "Theme of the year",
        "anchor": "Anchored in the board",
        "missing": "missing",
        "findings": "Review",
        "no_findings": "No findings.",
        "severity": "Severity",
        "code": "Rule",
        "message": "Finding",
        "where": "Where",
        "source": "Source",
        "error": "error",
        "warning": "warning",
        "info": "information",
        "checked_as_of": "Checked as of",
        "network_meetings": "Network meetings",
        "development_projects": "Development projects",
        "reimbursements": "Reimbursements to contributing regions",
        "other": "Other",
        "goals": "Goals and activities",
        "meetings": "Network meetings",
        "per_year": "times a year",
        "resource": "Resource",
    },
}


def _check(format: str, lang: str) -> None:
    if format not in _FORMATS:
        raise InvalidValue("render", "format", format, "'markdown', 'html' or 'text'")
    if lang not in _LANGS:
        raise InvalidValue("render", "lang", lang, "'sv' or 'en'")


def _longdate(value: datetime.date, lang: str) -> str:
    from babel.dates import format_date

    pattern = "d MMMM y"
    text: str = format_date(value, format=pattern, locale="sv_SE" if lang == "sv" else "en_GB")
    return text


def _markdown_cell(value: object) -> str:
    """Escape what would break a Markdown table cell."""
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _build(template_dir: str | None) -> jinja2.Environment:
    import jinja2
    import jinja2.sandbox

    package = jinja2.PackageLoader("vardservice", "render/templates")
    loader: jinja2.BaseLoader = package
    cls: type[jinja2.Environment] = jinja2.Environment
    if template_dir is not None:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(template_dir), package])
        cls = jinja2.sandbox.SandboxedEnvironment
    env = cls(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=lambda name: name is not None and name.endswith((".html.j2", ".svg.j2")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = _markdown_cell
    return env


@functools.cache
def _environment(template_dir: str | None) -> jinja2.Environment:
    return _build(template_dir)


def environment(template_dir: str | Path | None = None) -> jinja2.Environment:
    """Return the jinja2 environment, built once per process (per template folder).

    Args:
        template_dir: a folder whose templates take precedence over the package's
            (same names, ``<subject>.<format>.j2``); they run in the sandbox.

    """
    return _environment(None if template_dir is None else str(Path(template_dir).resolve()))


def _places(value: Decimal) -> int:
    """Return the decimal places ``value`` needs to be shown exactly (at most 12)."""
    exponent = value.normalize().as_tuple().exponent
    return min(12, max(0, -exponent)) if isinstance(exponent, int) else 0


def _context(lang: str) -> dict[str, Any]:
    """Return what every template gets for ``lang``: labels and formatting functions."""

    def number(value: int | Decimal, decimals: int = 0) -> str:
        return format_number(value, decimals=decimals, lang=lang)

    def money(value: Money, unit: str = "kr", decimals: int | None = None) -> str:
        return format_money(value, unit, decimals=decimals, lang=lang)

    def exact(value: Decimal) -> str:
        return format_number(value, decimals=_places(value), lang=lang)

    def amount(value: Money) -> str:
        # An estimate in the unit a reader expects for its size: "1,2 mnkr", "250 000 kr".
        unit = "mnkr" if abs(value.amount) >= 1_000_000 else "kr"
        return format_money(value, unit, lang=lang)

    def longdate(value: datetime.date) -> str:
        return _longdate(value, lang)

    def decimal(value: Decimal | None, places: int = 2) -> str:
        return "–" if value is None else format_number(value, decimals=places, lang=lang)

    return {
        "lang": lang,
        "t": _LABELS[lang],
        "number": number,
        "money": money,
        "amount": amount,
        "exact": exact,
        "longdate": longdate,
        "decimal": decimal,
    }


def _render(
    subject: str,
    format: str,
    lang: str,
    template_dir: str | Path | None,
    **data: Any,
) -> str:
    _check(format, lang)
    env = environment(template_dir)
    template = env.get_template(f"{subject}.{format}.j2")
    return template.render(**_context(lang), **data)


def _unique(items: Iterable[T]) -> list[T]:
    """Return ``items`` without repeats, in first-seen order (for footnotes)."""
    seen: list[T] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def render_regions(
    rows: Sequence[RegionTier],
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render the regions table: code, region, population on 31 December, fee tier.

    Args:
        rows: from :func:`vardservice.fees.region_tiers`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or no rows.

    """
    if not rows:
        raise InvalidValue("render_regions", "rows", rows, "at least one row")
    years = sorted({row.population.year for row in rows})
    sources = _unique(row.population.source for row in rows)
    return _render(
        "regions",
        format,
        lang,
        template_dir,
        rows=rows,
        years=years,
        sources=sources,
        bands=tier_bands(),
    )


def render_fees(
    budget: Budget,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render each member's fee and the year's budget per tier (BS §5.1-5.2).

    Args:
        budget: from :func:`vardservice.fees.budget`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    """
    schedules = _unique(fee.schedule for fee in budget.fees)
    sources = _unique(fee.population.source for fee in budget.fees)
    return _render(
        "fees",
        format,
        lang,
        template_dir,
        budget=budget,
        schedules=schedules,
        sources=sources,
        population_years=sorted({f.population.year for f in budget.fees}),
    )


# -- subprojects (SFBV) ---------------------------------------------------------------------


def _names(regions: Iterable[Region]) -> list[str]:
    return [region.short_name for region in regions]


def _subproject(owner: str, value: object) -> Subproject:
    if not isinstance(value, Subproject):
        raise InvalidValue(owner, "subproject", value, "a Subproject")
    return value


def _group_rows(subproject: Subproject, labels: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "name": member.name,
            "role": labels[f"role_{member.role.value}"],
            "profession": member.profession,
            "region": member.region.short_name if member.region else "",
            "from_office": member.from_office,
        }
        for member in subproject.working_group
    ]


def _head(subproject: Subproject, lang: str, section: str) -> dict[str, Any]:
    """Return what every subproject document shows at its top (the office's header)."""
    labels = _LABELS[lang]
    start = subproject.first(MilestoneKind.START_DECIDED)
    return {
        "sp": subproject,
        "regions": _names(subproject.participating_regions),
        "fewer": len(subproject.participating_regions) < len(subproject.healthcare_region.members),
        "start": None if start is None else start.date,
        "stage": labels[f"stage_{subproject.stage.value}"],
        "group": _group_rows(subproject, labels),
        "chairs": [m.name for m in subproject.working_group if m.role is Role.CHAIR],
        "source": cite("SFBV", section),
    }


def stage_label(stage: Stage, *, lang: str = "sv") -> str:
    """Return a stage in words, for people: "Slutrapporterat" ("Final report delivered").

    Example:
        >>> stage_label(Stage.FINAL_REPORTED), stage_label(Stage.FINAL_REPORTED, lang="en")
        ('Slutrapporterat', 'Final report delivered')


    Raises:
        InvalidValue: not a stage, or an unknown language.

    """
    if not isinstance(stage, Stage):
        raise InvalidValue("stage_label", "stage", stage, "a Stage")
    _check("text", lang)
    return _LABELS[lang][f"stage_{stage.value}"]


def milestone_label(kind: MilestoneKind, *, lang: str = "sv") -> str:
    """Return a kind of milestone in words, for people.

    Example:
        >>> milestone_label(MilestoneKind.START_DECIDED)
        'Beslut om start'


    Raises:
        InvalidValue: not a milestone kind, or an unknown language.

    """
    if not isinstance(kind, MilestoneKind):
        raise InvalidValue("milestone_label", "kind", kind, "a MilestoneKind")
    _check("text", lang)
    return _LABELS[lang][f"milestone_{kind.value}"]


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


def render_assignment(
    subproject: Subproject,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a subproject's assignment (uppdrag) in the template's order (SFBV §5.1.3).

    The office's header (subproject id and title, healthcare region,
    participating regions, the office's contact person, the date the management
    group decided the start, the stage), then the six parts: Bakgrund; Syfte och
    frågeställning; Specifika uppdragspunkter; Avgränsningar; Arbetsgruppens
    sammansättning (with the working group as a table: name, role, profession,
    region); Tidplan. A missing part is shown as "[Saknas]" ("[Missing]"), never
    left out.

    Args:
        subproject: the subproject.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels; the subproject's own
            text is printed as written.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or not a subproject.

    Example:
        >>> from vardservice.subprojects import Assignment, Subproject
        >>> sp = Subproject(id="SFBV-2023-04", title="Höftfrakturvård",
        ...                 participating_regions=["10", "13", "07", "12"],
        ...                 assignment=Assignment(background="Vårdtiderna skiljer sig."))
        >>> lines = render_assignment(sp).splitlines()
        >>> lines[0]
        '# Uppdrag: SFBV-2023-04 Höftfrakturvård'
        >>> [line for line in lines if line.startswith("## ")]  # doctest: +NORMALIZE_WHITESPACE
        ['## Bakgrund', '## Syfte och frågeställning/problembeskrivning',
         '## Specifika uppdragspunkter', '## Avgränsningar i projektet',
         '## Arbetsgruppens sammansättning', '## Tidplan']
        >>> lines[lines.index("## Avgränsningar i projektet") + 2]
        '[Saknas]'

    """
    sp = _subproject("render_assignment", subproject)
    _check(format, lang)
    return _render(
        "assignment", format, lang, template_dir, **_parts(sp), **_head(sp, lang, "5.1.3")
    )


def _parts(sp: Subproject) -> dict[str, Any]:
    """Return the assignment's parts: each text, or ``None`` where it is missing."""
    assignment = sp.assignment or Assignment()
    missing = assignment.missing_parts()
    return {
        "parts": {
            part: None if part in missing else getattr(assignment, part)
            for part in ASSIGNMENT_PARTS
            if part != "assignment_points"
        },
        "points": [p for p in assignment.assignment_points if p.strip()],
    }


def _follow_up_context(sp: Subproject) -> dict[str, Any]:
    proposal = sp.final_report.follow_up if sp.final_report else None
    return {
        "plan": sp.follow_up_plan,
        "proposal": proposal,
        "approved": board_approval(sp),
        "due": follow_up_due(sp),
    }


def render_final_report(
    subproject: Subproject,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render the skeleton of a subproject's final report (slutrapport, SFBV §5.4.1).

    The template's five sections, pre-filled with what the model holds:
    Uppdrag (the assignment's background, purpose and points), Gruppsammansättning
    (the working group), Nuläge (the regions the current-state description covers
    and lacks), Analys, Förslag (the action proposals, with their rough cost
    estimates in mnkr: "1,2 mnkr"); then Förslag till uppföljning: how, when, by
    whom and the parameters (SFBV §5.8), with the follow-up plan documented at
    the start. Text the working group still has to write is marked "[Att fylla
    i]" ("[To be written]"); what the model should have but lacks, "[Saknas]".

    Args:
        subproject: the subproject.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or not a subproject.

    """
    sp = _subproject("render_final_report", subproject)
    _check(format, lang)
    labels = _LABELS[lang]
    covered = set(sp.current_state_regions)
    return _render(
        "final_report",
        format,
        lang,
        template_dir,
        sections={s.value: labels[f"section_{s.value}"] for s in ReportSection},
        covered=_names(sp.current_state_regions),
        lacking=_names(r for r in sp.participating_regions if r not in covered),
        actions=sp.action_proposals,
        **_parts(sp),
        **_follow_up_context(sp),
        **_head(sp, lang, "5.4.1"),
    )


def render_follow_up(
    subproject: Subproject,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render the skeleton of a subproject's follow-up report (uppföljningsrapport, SFBV §5.8).

    The date the board approved the final report and the follow-up's due date
    (:func:`~vardservice.subprojects.follow_up_due`: 12 calendar months later),
    who follows up and the parameters the final report proposed; sections for
    how far implementation has come and the data; the regions' decisions with
    their protocol excerpts; the follow-up reports made so far; and to whom the
    report is presented (the collaboration group, the management group, the
    board), with the date each body saw it or "[Att fylla i]".

    Args:
        subproject: the subproject.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or not a subproject.

    """
    sp = _subproject("render_follow_up", subproject)
    _check(format, lang)
    labels = _LABELS[lang]
    reports = sorted(sp.follow_up_reports, key=lambda r: r.date)
    presented = [
        (
            labels[f"body_{body.value}"],
            next((r.date for r in reports if body in r.presented_to), None),
        )
        for body in Body
    ]
    decisions = [
        {
            "region": m.region.short_name if m.region else None,
            "date": m.date,
            "excerpt": m.excerpt,
        }
        for m in sp.milestones_of(MilestoneKind.REGIONAL_DECISION)
    ]
    return _render(
        "follow_up",
        format,
        lang,
        template_dir,
        reports=[
            (r.date, r.pages, [labels[f"body_{b.value}"] for b in r.presented_to]) for r in reports
        ],
        presented=presented,
        decisions=decisions,
        **_follow_up_context(sp),
        **_head(sp, lang, "5.8"),
    )


def render_portfolio(
    summary: PortfolioSummary,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a portfolio overview (portföljöversikt): the counts and a table of subprojects.

    The summary's counts (started, final-reported, decided by the board, in
    implementation, followed up, follow-ups overdue and due within 30 days), the
    number of subprojects per stage (stages with none left out), then one row
    per subproject: id and title, the stage in words, and the next deadline,
    marked when overdue or due within 30 days.

    Args:
        summary: from :func:`vardservice.portfolio.summarize`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or not a portfolio summary.

    """
    if not isinstance(summary, PortfolioSummary):
        raise InvalidValue("render_portfolio", "summary", summary, "a PortfolioSummary")
    _check(format, lang)
    labels = _LABELS[lang]
    counts = [(labels[f"sp_{name}"], getattr(summary, name)) for name in ("total", *COUNTS)]
    rows = [
        {
            "label": entry.label(),
            "stage": labels[f"stage_{entry.stage.value}"],
            "deadline": entry.next_deadline,
            "overdue": entry.overdue,
            "mark": labels["sp_overdue"]
            if entry.overdue
            else labels["sp_due_soon"]
            if entry.due_soon
            else "",
        }
        for entry in summary.entries
    ]
    return _render(
        "portfolio",
        format,
        lang,
        template_dir,
        summary=summary,
        counts=counts,
        by_stage=[
            (labels[f"stage_{stage.value}"], count)
            for stage, count in summary.by_stage.items()
            if count
        ],
        rows=rows,
    )


def _genitive(name: str, lang: str) -> str:
    """Return ``name`` in the genitive: "RGS" (sv: no s after s, x, z), "Regionservice's"."""
    if lang == "en":
        return name + ("'" if name.endswith("s") else "'s")
    return name if name[-1:].lower() in ("s", "x", "z") else name + "s"


def render_vns_memo(
    agreement: ServiceAgreement,
    *,
    reduction: StaffingReduction | None = None,
    provider: str | None = None,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a decision memo on a VNS service agreement, as RGS-VNS lays it out.

    The section "Ekonomiska konsekvenser" states the forecast full-year cost,
    the compensation and the deviation in mnkr ("23,4 mnkr"), the way RGS-VNS
    words it; then the undocumented scope items and, given a ``reduction``, the
    staffing-reduction estimate.

    Args:
        agreement: the service agreement.
        reduction: a staffing-reduction estimate to include, or ``None``.
        provider: who performs the assignment, e.g. ``"RGS"``; it starts the
            first sentence ("RGS prognosticerade helårskostnad ...").
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, a wrong type, or an empty provider.

    """
    if not isinstance(agreement, ServiceAgreement):
        raise InvalidValue("render_vns_memo", "agreement", agreement, "a ServiceAgreement")
    if reduction is not None and not isinstance(reduction, StaffingReduction):
        raise InvalidValue("render_vns_memo", "reduction", reduction, "a StaffingReduction or None")
    if provider is not None and (not isinstance(provider, str) or not provider.strip()):
        raise InvalidValue("render_vns_memo", "provider", provider, "a non-empty string or None")
    _check(format, lang)
    deviation = agreement.deviation
    if deviation.is_negative():
        deviation_kind = "negative"
    elif deviation == Money.zero():
        deviation_kind = "none"
    else:
        deviation_kind = "positive"
    return _render(
        "vns_memo",
        format,
        lang,
        template_dir,
        agreement=agreement,
        provider=None if provider is None else _genitive(provider.strip(), lang),
        deviation_kind=deviation_kind,
        deviation_size=abs(deviation),
        undocumented=undocumented_scope(agreement),
        reduction=reduction,
        eligible_count=None if reduction is None else len(reduction.eligible_wards),
        cost_places=None if reduction is None else _places(reduction.cost_per_hour.amount),
    )


def render_business_case(
    case: BusinessCase,
    *,
    unit: str = "mnkr",
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a business case: year, cost, benefit, net, cumulative, and the break-even year.

    Args:
        case: the business case.
        unit: ``"kr"``, ``"tkr"`` or ``"mnkr"`` (default) for the amounts.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown unit, format or language, or not a business case.

    """
    if not isinstance(case, BusinessCase):
        raise InvalidValue("render_business_case", "case", case, "a BusinessCase")
    if unit not in ("kr", "tkr", "mnkr"):
        raise InvalidValue("render_business_case", "unit", unit, "'kr', 'tkr' or 'mnkr'")
    _check(format, lang)
    nets = yearly_net(case)
    return _render(
        "business_case",
        format,
        lang,
        template_dir,
        case=case,
        rows=list(zip(case.years, nets, strict=True)),
        break_even=break_even_year(case),
        unit=unit,
    )


def render_task_catalogue(
    catalogue: TaskCatalogue,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a task catalogue's standardisation table with hours, FTE and cost.

    Hours and FTE are shown with one and two decimals, cost in kronor.

    Args:
        catalogue: the task catalogue.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or not a task catalogue.

    """
    if not isinstance(catalogue, TaskCatalogue):
        raise InvalidValue("render_task_catalogue", "catalogue", catalogue, "a TaskCatalogue")
    _check(format, lang)
    labels = _LABELS[lang]
    conventions = labels["catalogue_conventions"].format(
        eves=labels["eves_off"] if catalogue.eves_off else "",
        fte=format_number(catalogue.hours_per_fte, lang=lang),
    )
    return _render(
        "task_catalogue",
        format,
        lang,
        template_dir,
        catalogue=catalogue,
        rows=catalogue.rows(),
        conventions=conventions,
    )


_SUPERSCRIPTS: Final = {"**2": "²", "**3": "³", "^2": "²", "^3": "³"}


def _unit_label(unit: str) -> str:
    """Return a pint unit string for people: ``kr/m**2`` → ``kr/m²``."""
    for pint_power, superscript in _SUPERSCRIPTS.items():
        unit = unit.replace(pint_power, superscript)
    return unit.replace(" ", "")


def render_benchmark(
    comparison: Comparison,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a key-figure benchmarking report (nyckeltalsjämförelse, BS §3.2).

    A table of the reporting regions by rank (value, rank, deviation from the
    median), the quartiles, strengths and areas to develop, peer groups by fee
    tier, and the regions that did not report. The reader's region
    (:attr:`~vardservice.benchmarking.Comparison.region`) is marked.

    Args:
        comparison: from :func:`vardservice.benchmarking.compare`.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language.

    """
    if not isinstance(comparison, Comparison):
        raise InvalidValue("render_benchmark", "comparison", comparison, "a Comparison")
    _check(format, lang)
    names = {r.code: r.short_name for r in REGIONS}
    # The HTML template includes benchmark.svg.j2, which places this layout.
    chart = _chart_layout(comparison) if format == "html" else None
    return _render(
        "benchmark",
        format,
        lang,
        template_dir,
        chart=chart,
        c=comparison,
        figure_name=comparison.figure.name(lang),
        unit=_unit_label(comparison.figure.unit),
        names=names,
        strengths=[names[code] for code in comparison.strengths],
        areas=[names[code] for code in comparison.areas_to_develop],
        missing=[names[code] for code in comparison.missing],
    )


_CHART_WIDTH: Final = Decimal(640)
_CHART_LEFT: Final = Decimal(150)  # region names
_CHART_RIGHT: Final = Decimal(90)  # values after the bars
_CHART_TOP: Final = Decimal(40)  # title
_CHART_ROW: Final = Decimal(22)
_CHART_BAR: Final = Decimal(16)
_TENTH: Final = Decimal("0.1")


def _coordinate(value: Decimal) -> str:
    """Return an SVG coordinate to a tenth of a pixel (pixels need no more precision)."""
    return str(value.quantize(_TENTH))


def _chart_layout(comparison: Comparison) -> dict[str, Any]:
    """Return the geometry of the bar chart: one bar per reporting region, by rank."""
    values = [r.value for r in comparison.results]
    low, high = min(min(values), Decimal(0)), max(max(values), Decimal(0))
    span = (high - low) or Decimal(1)
    plot = _CHART_WIDTH - _CHART_LEFT - _CHART_RIGHT

    def x(value: Decimal) -> Decimal:
        return _CHART_LEFT + (value - low) / span * plot

    zero = x(Decimal(0))
    bars = []
    for i, result in enumerate(comparison.results):
        end = x(result.value)
        top = _CHART_TOP + _CHART_ROW * i
        bars.append(
            {
                "result": result,
                "x": _coordinate(min(zero, end)),
                "y": _coordinate(top),
                "width": _coordinate(abs(end - zero)),
                "height": _coordinate(_CHART_BAR),
                "text_y": _coordinate(top + _CHART_BAR - 4),
                "value_x": _coordinate(max(zero, end) + 4),
                "reader": result.region == comparison.region,
            }
        )
    bottom = _CHART_TOP + _CHART_ROW * len(comparison.results)
    return {
        "width": _coordinate(_CHART_WIDTH),
        "height": _coordinate(bottom + 24),
        "label_x": _coordinate(_CHART_LEFT - 6),
        "median_x": _coordinate(x(comparison.median)),
        "median_top": _coordinate(_CHART_TOP - 8),
        "median_bottom": _coordinate(bottom),
        "median_label_y": _coordinate(bottom + 16),
        "bars": bars,
    }


def render_benchmark_chart(
    comparison: Comparison,
    *,
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a comparison as an SVG bar chart: regions by rank, a median line.

    One bar per reporting region, best on top; the reader's region
    (:attr:`~vardservice.benchmarking.Comparison.region`) has the class
    ``reader`` and a stronger colour. :func:`render_benchmark` embeds the chart in
    its HTML output. The template ``benchmark.svg.j2`` only places what this
    function has laid out.

    Raises:
        InvalidValue: not a comparison, or an unknown language.

    """
    if not isinstance(comparison, Comparison):
        raise InvalidValue("render_benchmark_chart", "comparison", comparison, "a Comparison")
    _check("html", lang)
    env = environment(template_dir)
    template = env.get_template("benchmark.svg.j2")
    return template.render(
        **_context(lang),
        c=comparison,
        figure_name=comparison.figure.name(lang),
        unit=_unit_label(comparison.figure.unit),
        names={r.code: r.short_name for r in REGIONS},
        chart=_chart_layout(comparison),
    )


# --- annual wheel (årshjul) and meeting calendar -------------------------------------------

WheelFormat = Literal["svg", "html", "markdown", "text"]
_WHEEL_FORMATS: Final = ("svg", "html", "markdown", "text")


def _locale(lang: str) -> str:
    return "sv_SE" if lang == "sv" else "en_GB"


def _month_names(lang: str) -> list[str]:
    from babel.dates import get_month_names

    names = get_month_names("wide", locale=_locale(lang))
    return [str(names[m]) for m in range(1, 13)]


def _when(activity: Activity, year: int, lang: str, *, weekday: bool = False) -> str:
    """Return when an entry is: "tisdag 4 februari 2025", or "under mars 2025"."""
    from babel.dates import format_date

    if activity.date is not None:
        pattern = "EEEE d MMMM y" if weekday else "d MMMM y"
        text: str = format_date(activity.date, format=pattern, locale=_locale(lang))
        return text
    month: str = format_date(
        datetime.date(year, activity.month_of_year, 1), format="LLLL y", locale=_locale(lang)
    )
    return f"{_LABELS[lang]['during']} {month}"


def _weekday_name(activity: Activity, lang: str) -> str:
    from babel.dates import format_date

    if activity.date is None:
        return "–"
    text: str = format_date(activity.date, format="EEEE", locale=_locale(lang))
    return text


def _wheel_rows(
    entries: tuple[Activity, ...], year: int, lang: str, *, weekday: bool = False
) -> list[dict[str, Any]]:
    """Return one row per entry with its number and its formatted place in the year."""
    labels = _LABELS[lang]
    return [
        {
            "number": number,
            "activity": activity,
            "when": _when(activity, year, lang, weekday=weekday),
            "weekday": _weekday_name(activity, lang),
            "kind": labels[f"kind_{activity.kind.value}"],
            "mark": "*" if activity.illustrative else "",
        }
        for number, activity in enumerate(entries, start=1)
    ]


def _wheel_sources(wheel: AnnualWheel, entries: tuple[Activity, ...]) -> list[str]:
    found = [str(a.source) for a in entries if a.source is not None]
    if wheel.meetings is not None and wheel.meetings.source is not None:
        found.append(str(wheel.meetings.source))
    return _unique(found)


def render_annual_wheel(
    wheel: AnnualWheel,
    year: int,
    *,
    format: WheelFormat = "svg",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a year of an annual wheel (årshjul, BS §6) as a picture or a table.

    ``"svg"`` draws the wheel: twelve month sectors (each a ``path`` of class
    ``month-sector``), January at the top and the months clockwise, named in
    ``lang`` ("januari"); each entry of :meth:`AnnualWheel.for_year
    <vardservice.planning.AnnualWheel.for_year>` is a numbered marker on the ring
    at its date (or in the middle of its month), coloured by kind, and a legend
    beside the wheel lists the numbers with date and title. ``"html"`` embeds
    that SVG inline above a table of the entries; ``"markdown"`` and ``"text"``
    give the table. An entry whose date or month is illustrative is marked ``*``.

    Args:
        wheel: the annual wheel.
        year: the year to show.
        format: ``"svg"`` (default), ``"html"``, ``"markdown"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: not a wheel, a bad year, or an unknown format or language.

    Example:
        >>> from vardservice.planning import MeetingRule
        >>> svg = render_annual_wheel(AnnualWheel(name="NSN", meetings=MeetingRule()), 2025)
        >>> svg.count('class="month-sector"'), ">februari<" in svg
        (12, True)

    """
    if not isinstance(wheel, AnnualWheel):
        raise InvalidValue("render_annual_wheel", "wheel", wheel, "an AnnualWheel")
    if format not in _WHEEL_FORMATS:
        raise InvalidValue(
            "render_annual_wheel", "format", format, "'svg', 'html', 'markdown' or 'text'"
        )
    _check("html", lang)
    entries = wheel.for_year(year)
    rows = _wheel_rows(entries, year, lang)
    data: dict[str, Any] = {
        "wheel": wheel,
        "year": year,
        "rows": rows,
        "sources": _wheel_sources(wheel, entries),
        "illustrative": any(a.illustrative for a in entries),
    }
    if format in ("svg", "html"):
        from vardservice.render._wheel import wheel_layout

        short = [_when(a, year, lang).removesuffix(f" {year}") for a in entries]
        data["short"] = short
        data["chart"] = wheel_layout(
            entries,
            year,
            months=_month_names(lang),
            legend_chars=[
                *(len(s) + len(a.title) + 4 for s, a in zip(short, entries, strict=True)),
                len(_LABELS[lang]["illustrative_placement"]) if data["illustrative"] else 0,
            ],
        )
    env = environment(template_dir)
    template = env.get_template(f"annual_wheel.{format}.j2")
    return template.render(**_context(lang), **data)


def render_meeting_calendar(
    wheel: AnnualWheel,
    year: int,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render the year's meetings and deadlines as a table, with weekdays.

    One row per meeting or deadline of :meth:`AnnualWheel.for_year
    <vardservice.planning.AnnualWheel.for_year>`, in order: the date in full
    ("18 november 2020"), the weekday ("onsdag"), the title, the kind and who is
    responsible. A deadline placed on a month shows "under mars 2025" and no weekday.

    Args:
        wheel: the annual wheel.
        year: the year to show.
        format: ``"markdown"`` (default), ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: not a wheel, a bad year, or an unknown format or language.

    Example:
        >>> from vardservice.planning import MeetingRule
        >>> text = render_meeting_calendar(AnnualWheel(name="NSN", meetings=MeetingRule()), 2025)
        >>> text.splitlines()[4]
        '| 4 februari 2025 | tisdag | Nätverksmöte | Möte |  |'

    """
    if not isinstance(wheel, AnnualWheel):
        raise InvalidValue("render_meeting_calendar", "wheel", wheel, "an AnnualWheel")
    _check(format, lang)
    kinds = (ActivityKind.MEETING, ActivityKind.DEADLINE)
    entries = tuple(a for a in wheel.for_year(year) if a.kind in kinds)
    return _render(
        "meeting_calendar",
        format,
        lang,
        template_dir,
        wheel=wheel,
        year=year,
        rows=_wheel_rows(entries, year, lang),
        sources=_wheel_sources(wheel, entries),
        illustrative=any(a.illustrative for a in entries),
    )


def render_protocol(
    excerpt: ProtocolExcerpt,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a protocol excerpt (protokollsutdrag) laid out like HSN90.

    "Protokoll", the body, "Sammanträdesdatum" with the long date ("18 november
    2020"), "Utdragsbestyrkande" when someone has certified the excerpt, the
    heading ("§ 90 Vårdnära service") and the case number ("HSN 938-2020"),
    then Sammanfattning, Förslag till beslut, Beslut and Beslutsunderlag, then
    Justerare and Expedieras till when named. A section without text is left
    out. Texts are printed verbatim, one paragraph per item.

    Args:
        excerpt: the protocol excerpt.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels and the date; the
            excerpt's own text is printed as written.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or not a protocol excerpt.

    Example:
        >>> import pendulum
        >>> excerpt = ProtocolExcerpt(
        ...     body="Hälso- och sjukvårdsnämndens arbetsutskott",
        ...     meeting_date=pendulum.date(2020, 11, 18),
        ...     paragraph=90,
        ...     title="Vårdnära service",
        ...     case_number="HSN 938-2020",
        ... )
        >>> print(render_protocol(excerpt, format="text"))
        Protokoll
        <BLANKLINE>
        Hälso- och sjukvårdsnämndens arbetsutskott
        Sammanträdesdatum: 18 november 2020
        <BLANKLINE>
        § 90 Vårdnära service
        HSN 938-2020
        <BLANKLINE>

    """
    if not isinstance(excerpt, ProtocolExcerpt):
        raise InvalidValue("render_protocol", "excerpt", excerpt, "a ProtocolExcerpt")
    _check(format, lang)
    sections = [
        (key, texts)
        for key, texts in (
            ("summary", excerpt.summary),
            ("proposed_decision", excerpt.proposed_decision),
            ("decision", excerpt.decision),
        )
        if texts
    ]
    return _render(
        "protocol",
        format,
        lang,
        template_dir,
        excerpt=excerpt,
        sections=sections,
    )


def _places_text(places: Sequence[int], lang: str) -> str:
    """Return "4 och 7" / "4, 5 and 7"."""
    words = [str(p) for p in places]
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} {_LABELS[lang]['and']} {words[-1]}"


def render_needs_inventory(
    inventory: NeedsInventory,
    *,
    top: int | None = None,
    tag: str | None = None,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a needs inventory (behovsinventering) as a table of ranked needs.

    One row per need: rank (ties share a rank, "1224"), need, count and tags.
    Given a ``tag``, a sentence says where the needs with that tag came
    ("Behov märkta VNS kom på plats 4 och 7."). An illustrative inventory says so.

    Args:
        inventory: the needs inventory.
        top: show only the needs ranked this or better
            (:meth:`~vardservice.decisions.NeedsInventory.top`); all by default.
        tag: a tag whose places to state, e.g. ``"VNS"``.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, not a needs inventory, a bad
            ``top`` or an empty ``tag``.

    """
    if not isinstance(inventory, NeedsInventory):
        raise InvalidValue("render_needs_inventory", "inventory", inventory, "a NeedsInventory")
    _check(format, lang)
    rows = inventory.ranked() if top is None else inventory.top(top)
    positions = None
    if tag is not None:
        places = inventory.positions(tag, top=top)
        labels = _LABELS[lang]
        positions = (
            labels["needs_positions_one" if len(places) == 1 else "needs_positions_many"].format(
                tag=tag, places=_places_text(places, lang)
            )
            if places
            else labels["needs_positions_none"].format(tag=tag)
        )
    return _render(
        "needs_inventory",
        format,
        lang,
        template_dir,
        inventory=inventory,
        rows=rows,
        top=top,
        positions=positions,
    )


def _network_year(owner: str, year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
        raise InvalidValue(owner, "year", year, "a year, 1900-2200")
    return year


def _network_overview(
    network: Network, year: int, *, lang: str = "sv"
) -> tuple[tuple[AnnualFee, ...], NetworkBudget | None, Report, str | None]:
    """Return the year's fees, budget, report, and why the fees are missing if they are."""
    from vardservice.errors import NoPopulationForYear, NoScheduleForYear
    from vardservice.rules import check

    report = check(network, as_of=datetime.date(year, 12, 31), lang="en" if lang == "en" else "sv")
    try:
        result = network_budget(network, year)
    except (InvalidValue, NoScheduleForYear, NoPopulationForYear) as exc:
        return (), None, report, str(exc)
    return result.fees.fees, result, report, None


def render_network(
    network: Network,
    year: int,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a network's year: members with tier and fee, the budget, expert groups, findings.

    The findings are those of :func:`vardservice.rules.check` as of 31 December
    of ``year``. When the year's fees cannot be computed (no schedule, a missing
    population figure, a member that is not a region), the overview says why and
    leaves out the fees and the budget; the findings name the cause.

    Args:
        network: the network.
        year: the fee and budget year.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: not a network, a bad year, an unknown format or language.

    """
    if not isinstance(network, Network):
        raise InvalidValue("render_network", "network", network, "a Network")
    _network_year("render_network", year)
    _check(format, lang)
    fees, result, report, no_fees = _network_overview(network, year, lang=lang)
    delegates = {m.region: m.delegate for m in network.members_in(year) if m.delegate}
    names = {r.code: r.name for r in REGIONS}
    members = [
        {
            "code": m.region,
            "name": names.get(m.region, m.region),
            "delegate": delegates.get(m.region),
        }
        for m in network.members_in(year)
    ]
    by_code = {fee.region.code: fee for fee in fees}
    return _render(
        "network",
        format,
        lang,
        template_dir,
        network=network,
        year=year,
        n=_NETWORK_LABELS[lang],
        members=list({m["code"]: m for m in members}.values()),
        fees=by_code,
        budget=result,
        no_fees=no_fees,
        report=report,
        groups=[(g, g.theme_for(year)) for g in network.expert_groups],
        schedules=_unique(fee.schedule for fee in fees),
    )
