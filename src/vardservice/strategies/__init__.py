"""Hypothesis strategies for vardservice objects, for integrators and our own tests.

They generate valid objects by default; arguments narrow them to edge cases.
Requires hypothesis (``pip install 'vardservice[test]'``).

Example:
    >>> from hypothesis import given
    >>> from vardservice.fees import fee_tier
    >>> @given(populations(min_value=1_000_001))
    ... def test_large_regions_are_tier_3(population):
    ...     assert int(fee_tier(population)) == 3
    >>> test_large_regions_are_tier_3()

The strategies live in private modules, one per subject (``_regions``, ``_fees``,
``_vns``, ``_benchmarking``, ``_planning``, ``_decisions``, ``_subprojects``,
``_networks``, ``_portfolio``, …), with ``_derived`` for the types that are parts
or results of others (an annual fee, a finding, a peer group); :func:`from_type`
returns the strategy of any public type, the command line's records included
(``_registry``, ``_records``). This module is their public front, and the only
place to import them from. On import it checks that its ``__all__`` is exactly the
strategies the private modules define (as Hypothesis' own ``strategies`` module does),
and that every registered subproject rule has a ``breach=`` strategy.

Nothing else in vardservice imports this module: it is a leaf above every layer,
and it needs hypothesis, which only the ``test`` extra installs.

"""

from vardservice.strategies._benchmarking import (
    KEY_FIGURE_UNITS,
    benchmark_data,
    comparisons,
    key_figure_values,
    key_figures,
    observations,
)
from vardservice.strategies._common import money
from vardservice.strategies._decisions import (
    case_numbers,
    need_tallies,
    needs_inventories,
    protocol_excerpts,
)
from vardservice.strategies._derived import (
    annual_fees,
    budgets,
    citations,
    findings,
    healthcare_regions,
    network_overviews,
    overview_members,
    peer_groups,
    portfolio_entries,
    ranked_needs,
    region_results,
    region_tiers,
    rules,
    sensitivity_rows,
    sources,
    task_rows,
    tier_bands,
    tier_fees,
    tier_subtotals,
    trace_entries,
    trend_points,
    ward_reductions,
    working_days,
    yearly_nets,
)
from vardservice.strategies._fees import (
    fee_schedule_histories,
    fee_schedules,
)
from vardservice.strategies._networks import (
    ballots,
    boards,
    budget_lines,
    delegates,
    expert_groups,
    goals,
    governing_documents,
    income_lines,
    management_organisations,
    meeting_series,
    memberships,
    national_networks,
    network_budgets,
    network_goals,
    networks,
    operational_areas,
    operations_plans,
    participants,
    partners,
    plan_activities,
    resources,
    staff_assignments,
    themes,
    vote_results,
    ways,
)
from vardservice.strategies._planning import (
    activities,
    annual_wheels,
    meeting_rules,
)
from vardservice.strategies._portfolio import (
    portfolio_summaries,
    portfolios,
)
from vardservice.strategies._regions import (
    TIER_BOUNDARIES,
    population_figures,
    population_sources,
    population_tables,
    populations,
    regions,
)
from vardservice.strategies._registry import from_type
from vardservice.strategies._rules import reports
from vardservice.strategies._subproject_parts import (
    action_proposals,
    assignments,
    communications,
    current_states,
    excerpt_references,
    final_reports,
    follow_up_plans,
    follow_up_proposals,
    follow_up_reports,
    group_members,
    implementation_data,
    milestones,
    presentations,
    proposals,
)
from vardservice.strategies._subprojects import (
    SUBPROJECT_RULES,
    subprojects,
    subprojects_as_of,
)
from vardservice.strategies._vns import (
    BED_BOUNDARIES,
    business_cases,
    case_years,
    scope_items,
    service_agreements,
    service_tasks,
    staffing_reductions,
    staffing_sensitivities,
    task_catalogues,
    vns_cases,
    wards,
)

__all__ = [
    "BED_BOUNDARIES",
    "KEY_FIGURE_UNITS",
    "SUBPROJECT_RULES",
    "TIER_BOUNDARIES",
    "action_proposals",
    "activities",
    "annual_fees",
    "annual_wheels",
    "assignments",
    "ballots",
    "benchmark_data",
    "boards",
    "budget_lines",
    "budgets",
    "business_cases",
    "case_numbers",
    "case_years",
    "citations",
    "communications",
    "comparisons",
    "current_states",
    "delegates",
    "excerpt_references",
    "expert_groups",
    "fee_schedule_histories",
    "fee_schedules",
    "final_reports",
    "findings",
    "follow_up_plans",
    "follow_up_proposals",
    "follow_up_reports",
    "from_type",
    "goals",
    "governing_documents",
    "group_members",
    "healthcare_regions",
    "implementation_data",
    "income_lines",
    "key_figure_values",
    "key_figures",
    "management_organisations",
    "meeting_rules",
    "meeting_series",
    "memberships",
    "milestones",
    "money",
    "national_networks",
    "need_tallies",
    "needs_inventories",
    "network_budgets",
    "network_goals",
    "network_overviews",
    "networks",
    "observations",
    "operational_areas",
    "operations_plans",
    "overview_members",
    "participants",
    "partners",
    "peer_groups",
    "plan_activities",
    "population_figures",
    "population_sources",
    "population_tables",
    "populations",
    "portfolio_entries",
    "portfolio_summaries",
    "portfolios",
    "presentations",
    "proposals",
    "protocol_excerpts",
    "ranked_needs",
    "region_results",
    "region_tiers",
    "regions",
    "reports",
    "resources",
    "rules",
    "scope_items",
    "sensitivity_rows",
    "service_agreements",
    "service_tasks",
    "sources",
    "staff_assignments",
    "staffing_reductions",
    "staffing_sensitivities",
    "subprojects",
    "subprojects_as_of",
    "task_catalogues",
    "task_rows",
    "themes",
    "tier_bands",
    "tier_fees",
    "tier_subtotals",
    "trace_entries",
    "trend_points",
    "vns_cases",
    "vote_results",
    "ward_reductions",
    "wards",
    "ways",
    "working_days",
    "yearly_nets",
]


def _check_exports(public: set[str]) -> None:
    """Fail the import when the exported names and the defined strategies disagree.

    ``__all__`` must be exactly the public names of this module, and every public
    function that a private module defines must be among them (a new strategy is
    not forgotten); every subproject rule needs its breach strategy.

    Raises:
        RuntimeError: a name missing from, or extra in, ``__all__``; a rule without
            a breach strategy.

    """
    import importlib
    import inspect
    import pkgutil

    from vardservice.strategies._breaches import _check_breaches

    exported = set(__all__)
    if exported != public:
        raise RuntimeError(
            f"vardservice.strategies.__all__ lacks {sorted(public - exported)}, "
            f"has extra {sorted(exported - public)}"
        )
    for found in pkgutil.iter_modules(__path__, f"{__name__}."):
        module = importlib.import_module(found.name)
        defined = {
            name
            for name, value in vars(module).items()
            if not name.startswith("_")
            and inspect.isfunction(value)
            and value.__module__ == module.__name__
        }
        if defined - exported:
            raise RuntimeError(
                f"{module.__name__} defines {sorted(defined - exported)}, "
                "not exported by vardservice.strategies"
            )
    _check_breaches()


_check_exports({name for name in dir() if not name.startswith("_")})
del _check_exports
