"""A network's planning: governing documents, operations plans and budget lines, goals (BS §6)."""

from __future__ import annotations

import enum

import attrs
import pendulum

from vardservice import _fields
from vardservice.units import Money


class DocumentKind(enum.Enum):
    """The kinds of governing document the planning rests on (BS §6)."""

    STATUTES = "statutes"
    """Stadgar."""
    OPERATIONS_PLAN = "operations_plan"
    """Verksamhetsplan."""
    ANNUAL_WHEEL = "annual_wheel"
    """Årshjul."""
    COMMUNICATION_STRATEGY = "communication_strategy"
    """Kommunikationsstrategi."""
    OTHER = "other"
    """Any other document."""


@attrs.frozen(kw_only=True)
class GoverningDocument:
    """A governing document (styrdokument) with its version and date.

    Attributes:
        kind: what kind of document it is.
        title: its title.
        version: its version, as the network numbers it.
        adopted_on: the date it was adopted.

    """

    kind: DocumentKind = attrs.field(converter=_fields.member)
    title: str = attrs.field(validator=_fields.text)
    version: str | None = attrs.field(default=None, validator=_fields.text)
    adopted_on: pendulum.Date | None = attrs.field(default=None, converter=_fields.date)


# --- the operations plan and its budget -------------------------------------------------------


@attrs.frozen(kw_only=True)
class PlanActivity:
    """An activity of an activity plan (aktivitetsplan) or of a goal.

    Attributes:
        title: what is done.
        month: the month (1-12) it is planned for, if any.
        area: the operational area or expert group it belongs to.
        responsible: who is responsible.

    """

    title: str = attrs.field(validator=_fields.text)
    month: int | None = attrs.field(default=None, validator=_fields.whole(1, 12))
    area: str | None = attrs.field(default=None, validator=_fields.text)
    responsible: str | None = attrs.field(default=None, validator=_fields.text)


class CostKind(enum.Enum):
    """What a planned cost is for (BS §5.2: network meetings, development projects and more)."""

    NETWORK_MEETINGS = "network_meetings"
    """Nätverksmöten, member conferences."""
    DEVELOPMENT_PROJECTS = "development_projects"
    """Utvecklingsprojekt."""
    REIMBURSEMENTS = "reimbursements"
    """Ersättning to regions contributing staff (BS §4.4)."""
    OTHER = "other"
    """Anything else (mm.)."""


@attrs.frozen(kw_only=True)
class BudgetLine:
    """A planned cost of a year's budget.

    Attributes:
        kind: what the cost is for.
        description: the line's text.
        amount: the planned amount, at least 0 kr.

    """

    kind: CostKind = attrs.field(converter=_fields.member)
    description: str = attrs.field(validator=_fields.text)
    amount: Money = attrs.field(converter=_fields.money)


@attrs.frozen(kw_only=True)
class IncomeLine:
    """Income besides the members' fees (e.g. a grant, conference fees).

    Attributes:
        description: the line's text.
        amount: the amount, at least 0 kr.

    """

    description: str = attrs.field(validator=_fields.text)
    amount: Money = attrs.field(converter=_fields.money)


@attrs.frozen(kw_only=True)
class OperationsPlan:
    """A year's operations plan (verksamhetsplan) with its activity plan and budget (BS §6).

    Attributes:
        year: the plan's year.
        activities: the activity plan (aktivitetsplan); empty if not yet written.
        costs: the budget's planned costs; empty if no budget yet.
        other_income: income besides the members' fees.
        adopted_on: the date the plan was adopted.
        illustrative: the plan's content is an example, not a real plan.

    """

    year: int = attrs.field(validator=_fields.record_year)
    activities: tuple[PlanActivity, ...] = attrs.field(default=(), converter=_fields.items)
    costs: tuple[BudgetLine, ...] = attrs.field(default=(), converter=_fields.items)
    other_income: tuple[IncomeLine, ...] = attrs.field(default=(), converter=_fields.items)
    adopted_on: pendulum.Date | None = attrs.field(default=None, converter=_fields.date)
    illustrative: bool = attrs.field(default=False, validator=_fields.flag)

    @property
    def has_budget(self) -> bool:
        """Whether the plan has a budget: at least one planned cost."""
        return bool(self.costs)


# --- NSN: goals and resources -----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Goal:
    """A goal of the network (mål), with the activities that reach it (NSN).

    Attributes:
        title: the goal, as the network words it.
        activities: how the goal is reached.

    """

    title: str = attrs.field(validator=_fields.text)
    activities: tuple[PlanActivity, ...] = attrs.field(default=(), converter=_fields.items)


@attrs.frozen(kw_only=True)
class Resource:
    """A resource the network runs, such as NSN's knowledge bank (Servicebanken).

    Attributes:
        name: its name.
        description: what it is and holds.
        url: where it is, if public.

    """

    name: str = attrs.field(validator=_fields.text)
    description: str = attrs.field(default="", validator=_fields.any_text)
    url: str | None = attrs.field(default=None, validator=_fields.text)
