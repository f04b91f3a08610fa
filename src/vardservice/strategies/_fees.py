"""Strategies for fee schedules (avgiftsscheman, BS §5.1; private)."""

from __future__ import annotations

from hypothesis import strategies as st

from vardservice.fees import FeeSchedule, FeeScheduleHistory, FeeTier, TierFee
from vardservice.strategies._common import _TEXT, money


@st.composite
def fee_schedules(
    draw: st.DrawFn, *, valid_from: int | None = None, max_kr: int = 1_000_000
) -> FeeSchedule:
    """Fee schedules with amounts for every tier and a provenance."""
    year = valid_from if valid_from is not None else draw(st.integers(2018, 2040))
    illustrative = draw(st.booleans())
    reference = (
        draw(st.none() | _TEXT.filter(str.strip)) if illustrative else draw(_TEXT.filter(str.strip))
    )
    fees = tuple(TierFee(tier=tier, amount=draw(money(max_kr=max_kr))) for tier in FeeTier)
    return FeeSchedule(valid_from=year, fees=fees, reference=reference, illustrative=illustrative)


@st.composite
def fee_schedule_histories(draw: st.DrawFn, *, max_size: int = 4) -> FeeScheduleHistory:
    """Histories of schedules with distinct ``valid_from`` years."""
    years = draw(st.lists(st.integers(2018, 2040), min_size=1, max_size=max_size, unique=True))
    return FeeScheduleHistory(schedules=tuple(draw(fee_schedules(valid_from=y)) for y in years))
