"""The strategy of every public type, by type: :func:`from_type` (private module).

The registry maps each public attrs type of vardservice (the models, the rule
reports, the records the command line writes) to the function that returns its
strategy. The suite walks the package for public attrs types and fails when one
has no entry here, so a new type cannot go without a strategy, and its round
trip (JSON, YAML, TOML) is tested from this registry.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st

from vardservice import (
    benchmarking,
    decisions,
    fees,
    networks,
    planning,
    portfolio,
    regions,
    sources,
    subprojects,
    units,
    vns,
)
from vardservice import rules as rules_module
from vardservice.strategies import _benchmarking as b
from vardservice.strategies import _common as c
from vardservice.strategies import _decisions as d
from vardservice.strategies import _derived as x
from vardservice.strategies import _fees as f
from vardservice.strategies import _networks as n
from vardservice.strategies import _planning as p
from vardservice.strategies import _portfolio as pf
from vardservice.strategies import _records
from vardservice.strategies import _regions as r
from vardservice.strategies import _rules as ru
from vardservice.strategies import _subproject_parts as sp
from vardservice.strategies import _subprojects as s
from vardservice.strategies import _vns as v
from vardservice.strategies._common import _TEXT

T = TypeVar("T")


def _ballots() -> st.SearchStrategy[networks.Ballot]:
    on = datetime.date(2024, 6, 1)
    cast = n.networks().flatmap(lambda network: n.ballots(network, on)).filter(bool)
    return cast.map(lambda drawn: drawn[0])


def _observations() -> st.SearchStrategy[benchmarking.Observation]:
    one = b.key_figures().flatmap(lambda figure: b.observations(figure, max_regions=1))
    return one.map(lambda drawn: drawn[0])


_MODELS: dict[type[Any], Callable[[], st.SearchStrategy[Any]]] = {
    units.Money: lambda: c.money(min_kr=-(10**9)),
    sources.Source: x.sources,
    sources.Citation: x.citations,
    regions.Region: r.regions,
    regions.HealthcareRegion: x.healthcare_regions,
    regions.PopulationSource: r.population_sources,
    regions.PopulationFigure: r.population_figures,
    regions.PopulationTable: lambda: r.population_tables(years=(2022, 2023)),
    fees.TierBand: x.tier_bands,
    fees.TierFee: x.tier_fees,
    fees.FeeSchedule: f.fee_schedules,
    fees.FeeScheduleHistory: f.fee_schedule_histories,
    fees.AnnualFee: x.annual_fees,
    fees.Budget: x.budgets,
    fees.RegionTier: x.region_tiers,
    fees.TierSubtotal: x.tier_subtotals,
    vns.Ward: v.wards,
    vns.WorkingDays: x.working_days,
    vns.WardReduction: x.ward_reductions,
    vns.TraceEntry: x.trace_entries,
    vns.StaffingReduction: v.staffing_reductions,
    vns.ScopeItem: v.scope_items,
    vns.ServiceAgreement: v.service_agreements,
    vns.CaseYear: v.case_years,
    vns.BusinessCase: v.business_cases,
    vns.YearlyNet: x.yearly_nets,
    vns.ServiceTask: v.service_tasks,
    vns.VnsCase: v.vns_cases,
    vns.Sensitivity: v.staffing_sensitivities,
    vns.SensitivityRow: x.sensitivity_rows,
    vns.TaskCatalogue: v.task_catalogues,
    vns.TaskRow: x.task_rows,
    benchmarking.KeyFigure: b.key_figures,
    benchmarking.Observation: _observations,
    benchmarking.BenchmarkData: b.benchmark_data,
    benchmarking.Comparison: b.comparisons,
    benchmarking.RegionResult: x.region_results,
    benchmarking.PeerGroup: x.peer_groups,
    benchmarking.TrendPoint: x.trend_points,
    decisions.CaseNumber: d.case_numbers,
    decisions.ProtocolExcerpt: d.protocol_excerpts,
    decisions.NeedTally: d.need_tallies,
    decisions.NeedsInventory: d.needs_inventories,
    decisions.RankedNeed: x.ranked_needs,
    rules_module.Report: ru.reports,
    rules_module.Finding: x.findings,
    rules_module.Rule: x.rules,
    rules_module.NetworkOverview: x.network_overviews,
    rules_module.OverviewMember: x.overview_members,
    networks.Delegate: lambda: n.delegates(mandate=None),
    networks.Membership: n.memberships,
    networks.Board: n.boards,
    networks.Theme: n.themes,
    networks.ExpertGroup: n.expert_groups,
    networks.OperationalArea: n.operational_areas,
    networks.StaffAssignment: n.staff_assignments,
    networks.ManagementOrganisation: n.management_organisations,
    networks.Partner: n.partners,
    networks.GoverningDocument: n.governing_documents,
    networks.PlanActivity: n.plan_activities,
    networks.BudgetLine: n.budget_lines,
    networks.IncomeLine: n.income_lines,
    networks.OperationsPlan: n.operations_plans,
    networks.Goal: n.goals,
    networks.Resource: n.resources,
    networks.Network: n.networks,
    networks.NationalNetwork: n.national_networks,
    networks.NetworkGoal: lambda: n.network_goals(committed=False),
    networks.Way: n.ways,
    networks.MeetingSeries: n.meeting_series,
    networks.Participant: n.participants,
    networks.NetworkBudget: n.network_budgets,
    networks.Ballot: _ballots,
    networks.VoteResult: n.vote_results,
    planning.Activity: p.activities,
    planning.MeetingRule: p.meeting_rules,
    planning.AnnualWheel: p.annual_wheels,
    subprojects.Proposal: sp.proposals,
    subprojects.Assignment: sp.assignments,
    subprojects.GroupMember: sp.group_members,
    subprojects.FollowUpPlan: sp.follow_up_plans,
    subprojects.ActionProposal: sp.action_proposals,
    subprojects.FollowUpProposal: sp.follow_up_proposals,
    subprojects.FinalReport: sp.final_reports,
    subprojects.FollowUpReport: sp.follow_up_reports,
    subprojects.ExcerptReference: sp.excerpt_references,
    subprojects.CurrentState: sp.current_states,
    subprojects.Presentation: sp.presentations,
    subprojects.ImplementationData: sp.implementation_data,
    subprojects.Communication: sp.communications,
    subprojects.Milestone: sp.milestones,
    subprojects.Subproject: lambda: s.subprojects(compliant=False) | s.subprojects(),
    portfolio.Portfolio: lambda: pf.portfolios(max_size=3),
    portfolio.PortfolioSummary: lambda: pf.portfolio_summaries(max_size=3),
    portfolio.PortfolioEntry: x.portfolio_entries,
}


def _report_headings() -> st.SearchStrategy[Any]:
    from vardservice.io.word import ReportHeading

    return st.builds(
        ReportHeading,
        st.integers(0, 500),
        st.integers(0, 3),
        _TEXT,
        st.none() | st.sampled_from(list(subprojects.ReportSection)),
    )


def _report_docxs() -> st.SearchStrategy[Any]:
    from vardservice.io.word import ReportDocx

    return st.builds(
        ReportDocx,
        path=_TEXT.filter(str.strip),
        title=_TEXT,
        headings=st.lists(_report_headings(), max_size=8).map(tuple),
        paragraphs=st.integers(0, 2000),
        pages=st.none() | st.integers(1, 60),
    )


def _unread_files() -> st.SearchStrategy[Any]:
    from vardservice.io.records import UnreadFile

    return st.builds(
        UnreadFile,
        file=_TEXT,
        problems=st.lists(_TEXT.filter(str.strip), min_size=1, max_size=3).map(tuple),
    )


def _registry() -> dict[type[Any], Callable[[], st.SearchStrategy[Any]]]:
    found = dict(_MODELS)
    found.update(_records.RECORDS)
    import vardservice.io.records as records
    import vardservice.io.word as word

    found[word.ReportHeading] = _report_headings
    found[word.ReportDocx] = _report_docxs
    found[records.UnreadFile] = _unread_files

    for name, (whole, steps) in _records.PARTS.items():
        whole_strategy = _records.RECORDS[whole]
        found[getattr(records, name)] = (
            lambda w=whole_strategy, s=steps: _records._parts(w(), *s)  # type: ignore[misc]
        )
    return found


REGISTRY = _registry()

_NOT_DATA = ("vardservice.render", "vardservice.cli", "vardservice.strategies")
"""Packages whose public attrs types are not data: the document registry's entries hold
functions, and neither the command line nor the strategies define data types."""


def _public_types() -> list[type[Any]]:
    """Return every public attrs type of vardservice that holds data, found by walking it.

    A type is public when a public module (no ``_`` in its dotted name) lists it in
    ``__all__``; :data:`_NOT_DATA` is left out. The suite asserts each has a strategy
    in :data:`REGISTRY`.
    """
    import importlib
    import inspect
    import pkgutil

    import attrs

    import vardservice

    found: dict[str, type[Any]] = {}
    for info in pkgutil.walk_packages(vardservice.__path__, "vardservice."):
        name = info.name
        if name.startswith(_NOT_DATA) or any(p.startswith("_") for p in name.split(".")):
            continue
        module = importlib.import_module(name)
        for attr in getattr(module, "__all__", ()):
            obj = getattr(module, attr, None)
            if inspect.isclass(obj) and attrs.has(obj) and not obj.__module__.startswith(_NOT_DATA):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return [found[key] for key in sorted(found)]


def from_type(cls: type[T]) -> st.SearchStrategy[T]:
    """Return the strategy of a public vardservice type (a model, a report, a record).

    Args:
        cls: the type, e.g. :class:`~vardservice.fees.AnnualFee`.

    Returns:
        Its strategy: the one of its own (:func:`annual_fees`), or, for a type
        that is a part of another (a ballot, an observation, a record of the
        command line), one that draws it from a generated whole.

    Raises:
        LookupError: a type that is not a public vardservice type.

    Example:
        >>> from hypothesis import given
        >>> from vardservice.fees import AnnualFee
        >>> @given(from_type(AnnualFee))
        ... def test_fees_are_never_negative(fee):
        ...     assert not fee.amount.is_negative()
        >>> test_fees_are_never_negative()

    """
    try:
        make = REGISTRY[cls]
    except (KeyError, TypeError):
        raise LookupError(f"no strategy for {cls!r}: not a public vardservice type") from None
    strategy: st.SearchStrategy[T] = make()
    return strategy
