"""The records the command line writes (vardservice.io.records): round trips, derived values."""

import inspect
from pathlib import Path
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from _examples import at_most
from vardservice import strategies
from vardservice.errors import InvalidInput
from vardservice.fees import RegionTier, annual_fee, budget, fee_tier
from vardservice.io import dumps, from_dict, loads, records, to_dict
from vardservice.io.records import (
    BudgetTotals,
    BusinessCaseSummary,
    CaseYearSummary,
    CheckedFile,
    CheckedSubproject,
    CheckRun,
    FeeRecord,
    FeeTable,
    PlacedFinding,
    RegionRecord,
    ScheduleEntry,
    StaffingSummary,
    UnreadFile,
    VnsSummary,
    YearSchedule,
)
from vardservice.regions import get_region
from vardservice.rules import check
from vardservice.subprojects import Subproject


@st.composite
def fee_tables(draw: st.DrawFn) -> FeeTable:
    schedule = draw(strategies.fee_schedules(valid_from=2024))
    table = draw(strategies.population_tables(years=(2023,)))
    members = draw(st.lists(strategies.regions(), unique=True, min_size=1, max_size=5))
    result = budget(members, 2024, schedule=schedule, populations=table)
    return FeeTable.from_budget(result, schedule)


@st.composite
def fee_records(draw: st.DrawFn) -> FeeRecord:
    schedule = draw(strategies.fee_schedules(valid_from=2024))
    figure = draw(strategies.population_figures(year=2023))
    fee = annual_fee(figure.region, 2024, schedule=schedule, population=figure)
    return FeeRecord.from_annual_fee(fee)


DAY = pendulum.Date(2024, 5, 1)


@st.composite
def check_runs(draw: st.DrawFn) -> CheckRun:
    found = draw(
        st.lists(strategies.subprojects(compliant=False) | strategies.subprojects(), max_size=3)
    )
    reports = [
        (Path(f"sp{i}.yaml"), "$", sp, check(sp, as_of=DAY, lang="en"))
        for i, sp in enumerate(found)
    ]
    unread = draw(st.lists(unread_files(), max_size=2))
    return CheckRun.from_reports(reports, as_of=DAY, lang="en", unread=unread)


def unread_files() -> st.SearchStrategy[UnreadFile]:
    return st.builds(
        UnreadFile,
        file=st.sampled_from(["bad.yaml", "dir/junk.json", "/abs/x.toml"]),
        problems=st.lists(
            # Error messages: words, paths, quotes (YAML itself cannot keep every control character).
            st.from_regex(r"[A-Za-zåäö0-9 .,@$\[\]_:'-]{1,30}", fullmatch=True),
            min_size=1,
            max_size=3,
        ).map(tuple),
    )


def _vns_summaries() -> st.SearchStrategy[VnsSummary]:
    return strategies.vns_cases().map(VnsSummary.from_case)


def _region_records() -> st.SearchStrategy[RegionRecord]:
    return strategies.population_figures().map(
        lambda f: RegionRecord.from_region_tier(
            RegionTier(region=get_region(f.region), population=f, tier=fee_tier(f.population))
        )
    )


def _schedules() -> st.SearchStrategy[YearSchedule]:
    return strategies.annual_wheels(year=2025).map(lambda w: YearSchedule.from_wheel(w, 2025))


ROUND_TRIP: dict[type, st.SearchStrategy[Any]] = {
    RegionRecord: _region_records(),
    FeeRecord: fee_records(),
    FeeTable: fee_tables(),
    BudgetTotals: fee_tables().map(lambda t: t.budget),
    VnsSummary: _vns_summaries(),
    StaffingSummary: _vns_summaries()
    .filter(lambda s: s.staffing_reduction is not None)
    .map(lambda s: s.staffing_reduction),
    BusinessCaseSummary: _vns_summaries()
    .filter(lambda s: s.business_case is not None)
    .map(lambda s: s.business_case),
    CaseYearSummary: _vns_summaries()
    .filter(lambda s: s.business_case is not None and bool(s.business_case.years))
    .flatmap(lambda s: st.sampled_from(s.business_case.years)),  # type: ignore[union-attr]
    YearSchedule: _schedules(),
    ScheduleEntry: _schedules()
    .filter(lambda s: bool(s.entries))
    .flatmap(lambda s: st.sampled_from(s.entries)),
    CheckRun: check_runs(),
    CheckedFile: check_runs()
    .filter(lambda r: bool(r.files))
    .flatmap(lambda r: st.sampled_from(r.files)),
    CheckedSubproject: check_runs()
    .filter(lambda r: bool(r.files))
    .flatmap(lambda r: st.sampled_from(r.files[0].subprojects)),
    UnreadFile: unread_files(),
    PlacedFinding: check_runs()
    .filter(lambda r: bool(r.findings))
    .flatmap(lambda r: st.sampled_from(r.findings)),
}


def test_every_record_has_a_round_trip() -> None:
    public = {
        obj
        for name in records.__all__
        if inspect.isclass(obj := getattr(records, name)) and attrs.has(obj)
    }
    assert public == set(ROUND_TRIP)


@pytest.mark.parametrize("cls", list(ROUND_TRIP), ids=lambda c: c.__name__)
def test_from_dict_of_to_dict_is_identity(cls: type) -> None:
    """Each record through to_dict and every format: generated once, checked three times."""

    @at_most(20)
    @given(ROUND_TRIP[cls])
    def round_trip(value: Any) -> None:
        assert from_dict(to_dict(value), cls) == value
        for fmt in ("json", "yaml", "toml"):
            assert loads(dumps(value, format=fmt), cls, format=fmt) == value, fmt

    round_trip()


def test_a_check_run_writes_its_derived_values_and_checks_them() -> None:
    sub = Subproject(id="SFBV-P", title="Stroke", participating_regions=["07", "10"])
    run = CheckRun.from_reports(
        [(Path("a.yaml"), "$.subprojects[0]", sub, check(sub, as_of=DAY))], as_of=DAY, lang="sv"
    )
    data = to_dict(run)
    assert data["findings"] == data["files"][0]["subprojects"][0]["findings"]
    assert all(f["path"].startswith("$.subprojects[0]") for f in data["findings"])
    assert data["counts"] == {
        s: sum(f["severity"] == s for f in data["findings"]) for s in ("error", "warning", "info")
    }
    data["counts"] = {"error": 99, "warning": 0, "info": 0}
    with pytest.raises(InvalidInput, match=r"CheckRun.counts: got .*@ \$"):
        from_dict(data, CheckRun)
