"""Strategies for the records of :mod:`vardservice.io.records` and the SCB import (private).

The command line writes these flat records as JSON and CSV; each is drawn the way
the command makes it, through its ``from_*`` constructor, from generated model
objects. They are reached through :func:`vardservice.strategies.from_type`, not by
names of their own: a record is a view of a model type that has its strategy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from vardservice.io import ScbImport
from vardservice.io.records import (
    CheckRun,
    FeeRecord,
    FeeTable,
    RegionRecord,
    VnsSummary,
    YearSchedule,
)
from vardservice.rules import check
from vardservice.rules._core import Lang
from vardservice.strategies._derived import annual_fees, budgets, region_tiers
from vardservice.strategies._fees import fee_schedules
from vardservice.strategies._planning import annual_wheels
from vardservice.strategies._regions import population_tables
from vardservice.strategies._subprojects import subprojects_as_of
from vardservice.strategies._vns import vns_cases


@st.composite
def _fee_tables(draw: st.DrawFn) -> FeeTable:
    table = draw(budgets())
    return FeeTable.from_budget(table, draw(fee_schedules(valid_from=table.year)))


@st.composite
def _check_runs(draw: st.DrawFn) -> CheckRun:
    drawn = draw(st.lists(subprojects_as_of(compliant=False), min_size=1, max_size=3))
    as_of = drawn[0][1]
    lang: Lang = draw(st.sampled_from(["sv", "en"]))
    files = [Path("a.yaml"), Path("dir/b.yaml")]
    return CheckRun.from_reports(
        (
            (draw(st.sampled_from(files)), draw(st.sampled_from(["$", f"$.subprojects[{i}]"])), sp,
             check(sp, as_of=as_of, lang=lang))
            for i, (sp, _) in enumerate(drawn)
        ),
        as_of=as_of,
        lang=lang,
    )  # fmt: skip


@st.composite
def _scb_imports(draw: st.DrawFn) -> ScbImport:
    return ScbImport(
        table=draw(population_tables(years=(2023,))),
        format=draw(st.sampled_from(["csv", "px", "json-stat"])),
        country_total=draw(st.integers(0, 3)),
        municipalities=draw(st.integers(0, 290)),
    )


def _vns_summaries() -> st.SearchStrategy[VnsSummary]:
    return vns_cases().map(VnsSummary.from_case)


def _year_schedules() -> st.SearchStrategy[YearSchedule]:
    return annual_wheels(year=2025).map(lambda wheel: YearSchedule.from_wheel(wheel, 2025))


def _parts(whole: st.SearchStrategy[Any], *steps: str) -> st.SearchStrategy[Any]:
    """Return a strategy for a part of ``whole``, reached by attribute ``steps``.

    A step that names a tuple picks one of its items; a ``None`` along the way is
    filtered out.
    """

    def reach(value: Any) -> st.SearchStrategy[Any]:
        found: list[Any] = [value]
        for step in steps:
            nxt: list[Any] = []
            for item in found:
                part = getattr(item, step)
                nxt.extend(part if isinstance(part, tuple) else [part])
            found = [item for item in nxt if item is not None]
        return st.sampled_from(found) if found else st.nothing()

    return whole.flatmap(reach)


RECORDS: dict[type[Any], Any] = {
    RegionRecord: lambda: region_tiers().map(RegionRecord.from_region_tier),
    FeeRecord: lambda: annual_fees().map(FeeRecord.from_annual_fee),
    FeeTable: _fee_tables,
    VnsSummary: _vns_summaries,
    YearSchedule: _year_schedules,
    CheckRun: _check_runs,
    ScbImport: _scb_imports,
}
"""Each record type and a function returning its strategy; parts follow in the registry."""

PARTS: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "BudgetTotals": (FeeTable, ("budget",)),
    "StaffingSummary": (VnsSummary, ("staffing_reduction",)),
    "BusinessCaseSummary": (VnsSummary, ("business_case",)),
    "CaseYearSummary": (VnsSummary, ("business_case", "years")),
    "ScheduleEntry": (YearSchedule, ("entries",)),
    "CheckedFile": (CheckRun, ("files",)),
    "CheckedSubproject": (CheckRun, ("files", "subprojects")),
    "PlacedFinding": (CheckRun, ("files", "subprojects", "findings")),
}
"""Record types that are parts of another: the whole's type and the attributes leading in."""
