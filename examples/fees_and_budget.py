"""Compute every region's tier and fee for 2024 and the budget, as in a notebook.

The fee amounts are illustrative (see fees/best_service_illustrative.toml);
the populations are SCB's figures for 31 December 2023, shipped with the package.

Run: python examples/fees_and_budget.py
"""

from pathlib import Path

from vardservice import REGIONS, FeeScheduleHistory, budget, format_money
from vardservice.io import load
from vardservice.render import render_fees

HERE = Path(__file__).parent


def main() -> None:
    schedules = load(HERE / "fees" / "best_service_illustrative.toml", FeeScheduleHistory)
    result = budget(REGIONS, 2024, schedule=schedules)
    print(render_fees(result, format="text"))
    kronoberg = next(fee for fee in result.fees if fee.region.code == "07")
    print("\n".join(kronoberg.explain()))
    print("Totalt:", format_money(result.total, "mnkr", decimals=2))


if __name__ == "__main__":
    main()
