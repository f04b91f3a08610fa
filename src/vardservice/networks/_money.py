"""Network money: each member's fee and the year's budget (BS §5.1-5.2)."""

from __future__ import annotations

import attrs

from vardservice import _fields
from vardservice.errors import InvalidValue
from vardservice.fees import AnnualFee, Budget, FeeSchedule, FeeScheduleHistory, budget
from vardservice.networks._model import Network, _record_year, _region_of
from vardservice.networks._plans import BudgetLine, CostKind, IncomeLine
from vardservice.regions import PopulationTable, shipped_populations
from vardservice.sources import Citation, cite
from vardservice.units import Money

# --- money ----------------------------------------------------------------------------------------


def _populations_for(network: Network, populations: PopulationTable | None) -> PopulationTable:
    if populations is not None:
        return populations
    if network.populations is not None:
        return shipped_populations().updated(network.populations.figures)
    return shipped_populations()


def _fee_regions(network: Network, year: int) -> list[str]:
    codes: list[str] = []
    for i, membership in enumerate(network.members):
        if not membership.overlaps_year(year):
            continue
        if not membership.is_region:
            raise InvalidValue(
                "member_fees", f"members[{i}]", membership.region, "a region (a county code)"
            )
        if membership.region not in codes:
            codes.append(membership.region)
    return codes


def member_fees(
    network: Network,
    year: int,
    *,
    schedules: FeeSchedule | FeeScheduleHistory | None = None,
    populations: PopulationTable | None = None,
    population_year: int | None = None,
) -> tuple[AnnualFee, ...]:
    """Return each member's annual fee for ``year`` (BS §5.1), with its trace.

    The members are those whose membership covers at least one day of ``year``,
    each once; the tiers and amounts come from :func:`vardservice.fees.annual_fee`.
    A year without members has no fees (and needs no schedule).

    Args:
        network: the network.
        year: the fee year.
        schedules: the schedule or schedules; by default the network's own.
        populations: the figures to use; by default the network's figures laid
            over the shipped SCB figures.
        population_year: as for :func:`~vardservice.fees.annual_fee` (default ``year - 1``).

    Raises:
        InvalidValue: not a network, a member that is not a region, or no schedules.
        NoScheduleForYear: no schedule in force for ``year``.
        NoPopulationForYear: a member has no population figure.

    """
    if not isinstance(network, Network):
        raise InvalidValue("member_fees", "network", network, "a Network")
    _record_year("member_fees", year)
    regions = _fee_regions(network, year)
    schedule = network.fee_schedules if schedules is None else schedules
    if not regions:
        return ()  # no member pays, whatever the schedules
    if schedule is None:
        raise InvalidValue("member_fees", "schedules", None, "fee schedules (none in the network)")
    result = budget(
        regions,
        year,
        schedule=schedule,
        population_year=population_year,
        populations=_populations_for(network, populations),
    )
    return result.fees


@attrs.frozen(kw_only=True)
class NetworkBudget:
    """A network's budget for a year (verksamhetsbudget, BS §5.2).

    Income is the members' fees for the year plus other income; the planned
    costs are the plan's lines plus the reimbursements agreed for the
    assignments running in the year. Every total is derived from its parts.

    Attributes:
        year: the budget year.
        fees: the members' fees (:class:`~vardservice.fees.Budget`).
        other_income: income besides the fees.
        costs: the planned costs.

    """

    year: int = attrs.field(validator=_fields.record_year)
    fees: Budget
    other_income: tuple[IncomeLine, ...] = attrs.field(default=(), converter=_fields.items)
    costs: tuple[BudgetLine, ...] = attrs.field(default=(), converter=_fields.items)

    @property
    def fee_income(self) -> Money:
        """The sum of the members' fees."""
        return self.fees.total

    @property
    def other_income_total(self) -> Money:
        """The sum of the other income."""
        return sum((line.amount for line in self.other_income), Money.zero())

    @property
    def income(self) -> Money:
        """Fees plus other income."""
        return self.fee_income + self.other_income_total

    @property
    def total(self) -> Money:
        """The budget's total: its income (fees plus other income)."""
        return self.income

    @property
    def cost_total(self) -> Money:
        """The sum of the planned costs."""
        return sum((line.amount for line in self.costs), Money.zero())

    def costs_of(self, kind: CostKind) -> Money:
        """Return the planned costs of one kind."""
        return sum((line.amount for line in self.costs if line.kind is kind), Money.zero())

    @property
    def balance(self) -> Money:
        """Income less planned costs; negative when the budget does not cover the costs."""
        return self.income - self.cost_total

    @property
    def covers_costs(self) -> bool:
        """Whether the income covers the planned costs (rule NW005)."""
        return not self.balance.is_negative()

    @property
    def source(self) -> Citation:
        """BS §5.2."""
        return cite("BS", "5.2")


def _reimbursement_lines(network: Network, year: int) -> tuple[BudgetLine, ...]:
    if network.organisation is None:
        return ()
    lines = []
    for assignment in network.organisation.assignments:
        if assignment.reimbursement is not None and assignment.overlaps_year(year):
            found = _region_of(assignment.region)
            region = found.name if found else assignment.region
            lines.append(
                BudgetLine(
                    kind=CostKind.REIMBURSEMENTS,
                    description=f"{assignment.person}, {region}",
                    amount=assignment.reimbursement,
                )
            )
    return tuple(lines)


def network_budget(
    network: Network,
    year: int,
    *,
    schedules: FeeSchedule | FeeScheduleHistory | None = None,
    populations: PopulationTable | None = None,
    population_year: int | None = None,
) -> NetworkBudget:
    """Return the network's budget for ``year``: fees and other income against planned costs.

    Income: the members' fees (:func:`member_fees`) and the other income of the
    year's operations plan. Costs: the plan's lines, plus one line per assignment
    of the management and development organisation running in the year with an
    agreed reimbursement (so do not list those reimbursements in the plan too).
    Without a plan for the year, only the fees and reimbursements are counted.

    Raises:
        InvalidValue, NoScheduleForYear, NoPopulationForYear: as for :func:`member_fees`.

    Example:
        >>> from vardservice.fees import FeeSchedule, FeeScheduleHistory
        >>> schedule = FeeSchedule.of(2024, {1: 40_000, 2: 80_000, 3: 120_000},
        ...                           illustrative=True)
        >>> network = Network(
        ...     name="Exempel", members=[Membership(region="07", granted_on="2018-01-01")],
        ...     fee_schedules=FeeScheduleHistory(schedules=[schedule]),
        ...     plans=[OperationsPlan(year=2024, costs=[BudgetLine(
        ...         kind="network_meetings", description="Medlemsmöten", amount="30 000 kr")])],
        ... )
        >>> b = network_budget(network, 2024)
        >>> str(b.income), str(b.cost_total), str(b.balance)
        ('40000 kr', '30000 kr', '10000 kr')

    """
    fees = member_fees(
        network,
        year,
        schedules=schedules,
        populations=populations,
        population_year=population_year,
    )
    plan = network.plan_for(year)
    return NetworkBudget(
        year=year,
        fees=Budget(year=year, fees=fees),
        other_income=plan.other_income if plan else (),
        costs=(plan.costs if plan else ()) + _reimbursement_lines(network, year),
    )
