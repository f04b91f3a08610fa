"""Junk in, a library exception out: never a crash (STYLE §11)."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from vardservice.errors import VardserviceError
from vardservice.fees import FeeSchedule, FeeScheduleHistory, annual_fee, budget, fee_tier
from vardservice.io import from_dict, loads
from vardservice.regions import PopulationTable, get_region, population_figure
from vardservice.units import format_money, parse_money

JUNK: list[Any] = [
    None, "", " ", 0, -1, 10**30, -(10**30), 1.5, float("nan"), float("inf"), True, [], {}, (),
    "\x00", "ä" * 10_000, b"bytes", Decimal("NaN"), object(), [None], {"": None}, "1e999",
]  # fmt: skip

SCHEDULE = FeeSchedule.of(2024, {1: 1, 2: 2, 3: 3}, illustrative=True)

CALLS: dict[str, Callable[[Any], object]] = {
    "fee_tier": fee_tier,
    "get_region": get_region,
    "parse_money": parse_money,
    "format_money": format_money,
    "population_figure(region)": lambda x: population_figure(x, 2023),
    "population_figure(year)": lambda x: population_figure("07", x),
    "annual_fee(year)": lambda x: annual_fee("07", x, schedule=SCHEDULE, population=1),
    "annual_fee(population)": lambda x: annual_fee("07", 2024, schedule=SCHEDULE, population=x),
    "budget(members)": lambda x: budget(x, 2024, schedule=SCHEDULE),
    "from_dict(FeeScheduleHistory)": lambda x: from_dict(x, FeeScheduleHistory),
    "from_dict(PopulationTable)": lambda x: from_dict(x, PopulationTable),
    "loads(json)": lambda x: loads(x, FeeScheduleHistory),
    "loads(yaml)": lambda x: loads(x, FeeScheduleHistory, format="yaml"),
    "loads(toml)": lambda x: loads(x, FeeScheduleHistory, format="toml"),
}


@pytest.mark.parametrize("name", list(CALLS))
@pytest.mark.parametrize("junk", JUNK, ids=lambda j: repr(j)[:20])
def test_junk_gives_a_library_exception_or_a_result(name: str, junk: Any) -> None:
    try:
        CALLS[name](junk)
    except VardserviceError:
        pass
