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

from typing import TYPE_CHECKING, Any

from vardservice._version import __version__
from vardservice.decisions import CaseNumber, NeedsInventory, ProtocolExcerpt
from vardservice.errors import (
    InvalidInput,
    InvalidValue,
    NoPopulationForYear,
    NoScheduleForYear,
    RuleViolation,
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
from vardservice.planning import Activity, AnnualWheel, MeetingRule, meeting_dates
from vardservice.portfolio import Portfolio, PortfolioSummary, summarize
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
from vardservice.sources import SOURCES, Citation, Source, cite
from vardservice.subprojects import (
    Milestone,
    MilestoneKind,
    Stage,
    Subproject,
    follow_up_due,
)
from vardservice.units import Money, format_money, parse_money

if TYPE_CHECKING:
    from vardservice.networks import (
        Ballot,
        DecisionRule,
        ExpertGroup,
        Membership,
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

# The network model is some twenty attrs classes (~20 ms to build): it is imported
# on first use of one of its names, so that `import vardservice` does not pay for it.
_LAZY = {
    "Ballot": "vardservice.networks",
    "DecisionRule": "vardservice.networks",
    "ExpertGroup": "vardservice.networks",
    "Membership": "vardservice.networks",
    "Network": "vardservice.networks",
    "NetworkBudget": "vardservice.networks",
    "OperationsPlan": "vardservice.networks",
    "Vote": "vardservice.networks",
    "VoteResult": "vardservice.networks",
    "member_fees": "vardservice.networks",
    "network_budget": "vardservice.networks",
    "tally": "vardservice.networks",
    "voters": "vardservice.networks",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vardservice' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
    "Money",
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
