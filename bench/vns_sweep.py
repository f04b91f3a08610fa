"""Cost of a 10 000-scenario staffing-reduction sweep, as a ratio to plain Decimal arithmetic.

Both sides are measured in the same run, best of N (after one warm-up call that pays the
one-off costs: importing holidays, the working-day calendar of the year):
  baseline: the formula in plain Decimal arithmetic over the same 10 000 combinations,
            collected as tuples: cost x wards x hours x working days x (1 + overhead/100)
  subject:  vardservice.vns.staffing_sensitivity(...) with the same values
            (checks each value once, builds a SensitivityRow and a Money per scenario)
Target: the sweep is well under a second (STYLE §14); report the ratio, not a pass/fail.

Run: python bench/vns_sweep.py [--runs 7]
"""

import argparse
import itertools
import time
from decimal import Decimal

from vardservice.dates import working_days
from vardservice.vns import staffing_sensitivity

YEAR = 2024
COSTS = [Decimal(300 + i) for i in range(100)]  # 100 costs per hour, kr
WARDS = list(range(1, 21))  # 20 ward counts
HOURS = [Decimal(h) for h in ("4", "6", "8", "10", "12")]  # 5 hour counts
OVERHEAD = Decimal("41.5")


def baseline() -> list[tuple[Decimal, int, Decimal, Decimal]]:
    factor = working_days(YEAR) * (1 + OVERHEAD / 100)
    return [
        (cost, wards, hours, cost * wards * hours * factor)
        for cost, wards, hours in itertools.product(COSTS, WARDS, HOURS)
    ]


def subject() -> int:
    sweep = staffing_sensitivity(
        YEAR,
        cost_per_hour=COSTS,
        eligible_wards=WARDS,
        hours_per_weekday=HOURS,
        overhead_percent=OVERHEAD,
    )
    return len(sweep.rows)


def best_of(func: object, runs: int) -> float:
    assert callable(func)
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    scenarios = subject()  # warm-up: imports and the year's holidays
    expected = [effect for *_, effect in baseline()]
    got = staffing_sensitivity(
        YEAR,
        cost_per_hour=COSTS,
        eligible_wards=WARDS,
        hours_per_weekday=HOURS,
        overhead_percent=OVERHEAD,
    )
    # The same numbers, exactly, or the comparison means nothing.
    assert [row.effect.amount for row in got.rows] == expected
    plain = best_of(baseline, args.runs)
    sweep = best_of(subject, args.runs)
    print(f"scenarios:             {scenarios}")
    print(f"plain Decimal formula: {plain * 1000:8.2f} ms")
    print(f"staffing_sensitivity:  {sweep * 1000:8.2f} ms")
    print(f"ratio:                 {sweep / plain:8.1f} x plain Decimal")


if __name__ == "__main__":
    main()
