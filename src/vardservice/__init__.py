"""vardservice: typed models, rules and calculations for Swedish healthcare service.

The names below are the supported API. Submodules document their own public
names in their ``__all__``: :mod:`vardservice.units` (money, units),
:mod:`vardservice.dates` (calendar months, working days),
:mod:`vardservice.planning` (annual wheel, meetings, iCalendar), :mod:`vardservice.vns`
(vårdnära service costs), :mod:`vardservice.decisions` (protocol excerpts, case
numbers, needs inventories), :mod:`vardservice.portfolio` (a portfolio of subprojects),
:mod:`vardservice.rules` (governance rules), :mod:`vardservice.networks` (networks,
members, votes, budgets), :mod:`vardservice.io`
(JSON, YAML, TOML), :mod:`vardservice.render` (Swedish documents) and
:mod:`vardservice.strategies` (hypothesis strategies).

Example:
    >>> from vardservice import fee_tier, FeeTier, get_region
    >>> fee_tier(250_000) is FeeTier.TIER_2
    True
    >>> get_region("Region Västra Götaland").code
    '14'

"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from vardservice._version import __version__

if TYPE_CHECKING:
    from vardservice.decisions import (
        CaseNumber,
        NeedsInventory,
        ProtocolExcerpt,
    )
    from vardservice.errors import (
        InvalidInput,
        InvalidValue,
        MissingExtra,
        NoPopulationForYear,
        NoScheduleForYear,
        RuleViolation,
        TemplateError,
        UnknownRegion,
        VardserviceError,
    )
    from vardservice.fees import (
        AnnualFee,
        Budget,
        FeeSchedule,
        FeeScheduleHistory,
        FeeTier,
        RegionTier,
        TierBand,
        TierFee,
        TierSubtotal,
        annual_fee,
        budget,
        fee_tier,
        region_tiers,
        tier_bands,
    )
    from vardservice.networks import (
        Ballot,
        DecisionRule,
        ExpertGroup,
        Membership,
        NationalNetwork,
        Network,
        NetworkBudget,
        OperationsPlan,
        Vote,
        VoteResult,
        member_fees,
        network_budget,
        tally,
        voters,
    )
    from vardservice.planning import (
        Activity,
        AnnualWheel,
        MeetingRule,
        meeting_dates,
    )
    from vardservice.portfolio import (
        Portfolio,
        PortfolioSummary,
        summarize,
    )
    from vardservice.regions import (
        HEALTHCARE_REGIONS,
        REGIONS,
        HealthcareRegion,
        PopulationFigure,
        PopulationSource,
        PopulationTable,
        Region,
        get_healthcare_region,
        get_region,
        healthcare_regions_of,
        population_figure,
        shipped_populations,
    )
    from vardservice.rules import (
        RULES,
        Finding,
        Report,
        Rule,
        Severity,
        check,
        is_compliant,
        validate,
    )
    from vardservice.sources import (
        SOURCES,
        Citation,
        Source,
        cite,
    )
    from vardservice.subprojects import (
        Milestone,
        MilestoneKind,
        Stage,
        Subproject,
        follow_up_due,
    )
    from vardservice.units import (
        Money,
        format_money,
        parse_money,
    )

# Where each public name lives. Importing a concept module costs ~10 ms (its attrs
# classes are built at import); `import vardservice` loads a module when one of its
# names is first used, so a tool that needs regions does not pay for networks.
_EXPORTS: dict[str, str] = {
    "HEALTHCARE_REGIONS": "vardservice.regions",
    "REGIONS": "vardservice.regions",
    "RULES": "vardservice.rules",
    "SOURCES": "vardservice.sources",
    "Activity": "vardservice.planning",
    "AnnualFee": "vardservice.fees",
    "AnnualWheel": "vardservice.planning",
    "Ballot": "vardservice.networks",
    "Budget": "vardservice.fees",
    "CaseNumber": "vardservice.decisions",
    "Citation": "vardservice.sources",
    "DecisionRule": "vardservice.networks",
    "ExpertGroup": "vardservice.networks",
    "FeeSchedule": "vardservice.fees",
    "FeeScheduleHistory": "vardservice.fees",
    "FeeTier": "vardservice.fees",
    "Finding": "vardservice.rules",
    "HealthcareRegion": "vardservice.regions",
    "InvalidInput": "vardservice.errors",
    "InvalidValue": "vardservice.errors",
    "MeetingRule": "vardservice.planning",
    "Membership": "vardservice.networks",
    "Milestone": "vardservice.subprojects",
    "MilestoneKind": "vardservice.subprojects",
    "Money": "vardservice.units",
    "NationalNetwork": "vardservice.networks",
    "NeedsInventory": "vardservice.decisions",
    "Network": "vardservice.networks",
    "NetworkBudget": "vardservice.networks",
    "NoPopulationForYear": "vardservice.errors",
    "MissingExtra": "vardservice.errors",
    "NoScheduleForYear": "vardservice.errors",
    "OperationsPlan": "vardservice.networks",
    "PopulationFigure": "vardservice.regions",
    "PopulationSource": "vardservice.regions",
    "PopulationTable": "vardservice.regions",
    "Portfolio": "vardservice.portfolio",
    "PortfolioSummary": "vardservice.portfolio",
    "ProtocolExcerpt": "vardservice.decisions",
    "Region": "vardservice.regions",
    "RegionTier": "vardservice.fees",
    "Report": "vardservice.rules",
    "Rule": "vardservice.rules",
    "RuleViolation": "vardservice.errors",
    "TemplateError": "vardservice.errors",
    "Severity": "vardservice.rules",
    "Source": "vardservice.sources",
    "Stage": "vardservice.subprojects",
    "Subproject": "vardservice.subprojects",
    "TierBand": "vardservice.fees",
    "TierFee": "vardservice.fees",
    "TierSubtotal": "vardservice.fees",
    "UnknownRegion": "vardservice.errors",
    "VardserviceError": "vardservice.errors",
    "Vote": "vardservice.networks",
    "VoteResult": "vardservice.networks",
    "annual_fee": "vardservice.fees",
    "budget": "vardservice.fees",
    "check": "vardservice.rules",
    "cite": "vardservice.sources",
    "fee_tier": "vardservice.fees",
    "follow_up_due": "vardservice.subprojects",
    "format_money": "vardservice.units",
    "get_healthcare_region": "vardservice.regions",
    "get_region": "vardservice.regions",
    "healthcare_regions_of": "vardservice.regions",
    "is_compliant": "vardservice.rules",
    "meeting_dates": "vardservice.planning",
    "member_fees": "vardservice.networks",
    "network_budget": "vardservice.networks",
    "parse_money": "vardservice.units",
    "population_figure": "vardservice.regions",
    "region_tiers": "vardservice.fees",
    "shipped_populations": "vardservice.regions",
    "summarize": "vardservice.portfolio",
    "tally": "vardservice.networks",
    "tier_bands": "vardservice.fees",
    "validate": "vardservice.rules",
    "voters": "vardservice.networks",
}

__all__ = [
    "HEALTHCARE_REGIONS",
    "REGIONS",
    "RULES",
    "SOURCES",
    "Activity",
    "AnnualFee",
    "AnnualWheel",
    "Ballot",
    "Budget",
    "CaseNumber",
    "Citation",
    "DecisionRule",
    "ExpertGroup",
    "FeeSchedule",
    "FeeScheduleHistory",
    "FeeTier",
    "Finding",
    "HealthcareRegion",
    "InvalidInput",
    "InvalidValue",
    "MeetingRule",
    "Membership",
    "Milestone",
    "MilestoneKind",
    "MissingExtra",
    "Money",
    "NationalNetwork",
    "NeedsInventory",
    "Network",
    "NetworkBudget",
    "NoPopulationForYear",
    "NoScheduleForYear",
    "OperationsPlan",
    "PopulationFigure",
    "PopulationSource",
    "PopulationTable",
    "Portfolio",
    "PortfolioSummary",
    "ProtocolExcerpt",
    "Region",
    "RegionTier",
    "Report",
    "Rule",
    "RuleViolation",
    "Severity",
    "Source",
    "Stage",
    "Subproject",
    "TemplateError",
    "TierBand",
    "TierFee",
    "TierSubtotal",
    "UnknownRegion",
    "VardserviceError",
    "Vote",
    "VoteResult",
    "__version__",
    "annual_fee",
    "budget",
    "check",
    "cite",
    "fee_tier",
    "follow_up_due",
    "format_money",
    "get_healthcare_region",
    "get_region",
    "healthcare_regions_of",
    "is_compliant",
    "meeting_dates",
    "member_fees",
    "network_budget",
    "parse_money",
    "population_figure",
    "region_tiers",
    "shipped_populations",
    "summarize",
    "tally",
    "tier_bands",
    "validate",
    "voters",
]


def __getattr__(name: str) -> object:
    """Import a public name's module on first use (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the public names with the module's own."""
    return sorted({*globals(), *_EXPORTS})
