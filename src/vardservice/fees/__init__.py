"""Fee tiers (avgiftsnivåer), dated fee schedules (avgiftsscheman) and budgets.

From 2018 Best Service's membership fee and key-figure-benchmarking fee are one
combined annual fee, set on three tiers by region size (BS §5.1):

========  ===============================
tier      population
========  ===============================
Nivå 1    fewer than 250 000
Nivå 2    250 000 to 1 000 000, both ends included
Nivå 3    more than 1 000 000
========  ===============================

The tiers are data (``data/fee_tiers.toml``), checked at load for gaps and
overlaps. The amounts per tier are in no source: a network sets them per year,
so they are parameters of a dated :class:`FeeSchedule`, valid from a year until
a later schedule replaces it. The year's budget is built on the fees paid for
that year (BS §5.2).

Convention (stated by no source, so a parameter): the fee for year *Y* uses
the population on 31 December of *Y − 1*, the newest SCB figure when the fee
year starts. Pass ``population_year`` or ``population`` to use another.

Example:
    >>> from vardservice.fees import fee_tier, FeeSchedule, annual_fee
    >>> int(fee_tier(249_999)), int(fee_tier(250_000)), int(fee_tier(1_000_001))
    (1, 2, 3)
    >>> schedule = FeeSchedule.of(2024, {1: "40 000 kr", 2: "80 000 kr", 3: "120 000 kr"},
    ...                           illustrative=True)
    >>> fee = annual_fee("Kronoberg", 2024, schedule=schedule)
    >>> fee.tier, str(fee.amount)
    (<FeeTier.TIER_1: 1>, '40000 kr')

"""

from __future__ import annotations

from vardservice import _fields
from vardservice.fees._annual import CALLER_SOURCE as CALLER_SOURCE  # not in __all__, as before
from vardservice.fees._annual import (
    AnnualFee,
    Budget,
    RegionTier,
    RegionTiers,
    TierSubtotal,
    annual_fee,
    budget,
    grade_words,
    region_tiers,
)
from vardservice.fees._schedules import FeeSchedule, FeeScheduleHistory, TierFee
from vardservice.fees._tiers import TIER_SOURCE as TIER_SOURCE  # not in __all__, as before
from vardservice.fees._tiers import (
    FeeTier,
    TierBand,
    check_bands,
    fee_tier,
    tier_bands,
)

__all__ = [
    "AnnualFee",
    "Budget",
    "FeeSchedule",
    "FeeScheduleHistory",
    "FeeTier",
    "RegionTier",
    "RegionTiers",
    "TierBand",
    "TierFee",
    "TierSubtotal",
    "annual_fee",
    "budget",
    "check_bands",
    "fee_tier",
    "grade_words",
    "region_tiers",
    "tier_bands",
]

_fields.adopt(__name__, globals(), __all__)
