"""The network model: members, board, expert groups, organisation, documents, plans."""

from __future__ import annotations

import datetime
import enum
from decimal import Decimal
from typing import Any, Final

import attrs
import pendulum

from vardservice._checks import any_text as _any_text
from vardservice._checks import as_tuple, items_validator
from vardservice._checks import flag as _bool
from vardservice._checks import text as _text
from vardservice.errors import InvalidValue
from vardservice.fees import FeeScheduleHistory
from vardservice.networks._fields import (
    _cost_amount,
    _covers,
    _date_or_none,
    _dates_in_order,
    _day,
    _enum_member,
    _income_amount,
    _member_key,
    _month,
    _optional_date,
    _optional_text,
    _optional_year,
    _overlaps_year,
    _region_of,
    _reimbursement,
    _texts,
    _whole_year,
    _year,
)
from vardservice.planning import AnnualWheel
from vardservice.regions import PopulationTable, Region
from vardservice.sources import Citation
from vardservice.units import Money, to_decimal

_MAX_VOTES: Final = 1_000


def _document_kind(value: object) -> DocumentKind:
    return _enum_member(DocumentKind, "GoverningDocument", "kind", value)


def _cost_kind(value: object) -> CostKind:
    return _enum_member(CostKind, "BudgetLine", "kind", value)


# --- members ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Delegate:
    """The person who represents a member at member conferences (deltagare, ombud).

    "Deltagare vid medlemskonferenser representerar sin region och skall ha mandat
    att fatta beslut i såväl lokala som nationella servicefrågor" (BS §4.1).

    Attributes:
        name: the delegate's name (or role, e.g. "Servicedirektör").
        title: the delegate's title in the region.
        mandate_local: has a mandate to decide on local service questions.
        mandate_national: has a mandate to decide on national service questions.

    """

    name: str = attrs.field(validator=_text)
    title: str = attrs.field(default="", validator=_any_text)
    mandate_local: bool = attrs.field(default=False, validator=_bool)
    mandate_national: bool = attrs.field(default=False, validator=_bool)

    @property
    def has_mandate(self) -> bool:
        """Whether the mandate covers both local and national service questions (BS §4.1)."""
        return self.mandate_local and self.mandate_national


def _votes(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_VOTES:
        raise InvalidValue(
            type(instance).__name__, attribute.name, value, f"a whole number from 0 to {_MAX_VOTES}"
        )


def _member_text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(
            type(instance).__name__, attribute.name, value, "a county code or a region's name"
        )


@attrs.frozen(kw_only=True)
class Membership:
    """A member's membership (medlemskap): granted by the board on a date, may end (BS §4.1).

    Attributes:
        region: the member's county code when it names a region (a name or a code
            is accepted and stored as the code); any other member is kept as
            written, for rule NW001 to report.
        granted_on: the date the board granted the membership; ``None`` for one
            not (yet) granted, which covers no day.
        ends_on: the last day of the membership, or ``None`` while it lasts.
        delegate: the member's delegate, with the mandate.
        votes: the member's votes; BS §4.1 gives one each (rule NW003).
        note: anything a reader should know (e.g. that the dates are illustrative).

    Example:
        >>> m = Membership(region="Kronoberg", granted_on="2018-01-01")
        >>> m.region, m.covers("2024-06-30")
        ('07', True)

    """

    region: str = attrs.field(converter=_member_key, validator=_member_text)
    granted_on: pendulum.Date | None = attrs.field(
        default=None, converter=_optional_date, validator=_date_or_none
    )
    ends_on: pendulum.Date | None = attrs.field(
        default=None,
        converter=_optional_date,
        validator=[_date_or_none, _dates_in_order("granted_on", "ends_on")],
    )
    delegate: Delegate | None = None
    votes: int = attrs.field(default=1, validator=_votes)
    note: str = attrs.field(default="", validator=_any_text)

    @property
    def is_region(self) -> bool:
        """Whether the member is one of the 21 regions."""
        return _region_of(self.region) is not None

    @property
    def region_or_none(self) -> Region | None:
        """The member's :class:`~vardservice.regions.Region`, or ``None`` for a non-region."""
        return _region_of(self.region)

    def covers(self, day: datetime.date | str) -> bool:
        """Return whether the membership covers ``day`` (both ends included)."""
        return _covers(self.granted_on, self.ends_on, _day(day, "Membership.covers", "day"))

    def overlaps_year(self, year: int) -> bool:
        """Return whether the membership covers at least one day of ``year``."""
        _whole_year("Membership.overlaps_year", year)
        return _overlaps_year(self.granted_on, self.ends_on, year)


# --- board, expert groups, areas -------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Board:
    """The board (styrelsen): it grants membership and steers the network (BS §4.3).

    Attributes:
        principles: its guiding principles (vägledande principer), as the statutes
            word them; Best Service's are :data:`~vardservice.networks.BOARD_PRINCIPLES`.
        seats: the regions or roles on the board, if recorded (the board is "not
            personified", so seats rather than people).
        note: anything else.

    """

    principles: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=_texts)
    seats: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=_texts)
    note: str = attrs.field(default="", validator=_any_text)


@attrs.frozen(kw_only=True)
class Theme:
    """An expert group's theme of a year (årets tema), proposed by the group (BS §4.2).

    Attributes:
        year: the year.
        title: the theme.
        adopted: whether it has been set through the operations planning process.

    """

    year: int = attrs.field(validator=_year)
    title: str = attrs.field(validator=_text)
    adopted: bool = attrs.field(default=False, validator=_bool)


@attrs.frozen(kw_only=True)
class ExpertGroup:
    """An expert group (expertgrupp), anchored in the board (BS §4.2).

    Attributes:
        name: the group's name (``"Lokalvård"``).
        purposes: what the group is for; Best Service's groups share
            :data:`~vardservice.networks.EXPERT_GROUP_PURPOSES`.
        themes: the themes of the years.
        anchor: how the group is anchored in the board (a board decision, a
            board member); ``None`` if not recorded (rule NW007).

    """

    name: str = attrs.field(validator=_text)
    purposes: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=_texts)
    themes: tuple[Theme, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(Theme)
    )
    anchor: str | None = attrs.field(default=None, validator=_optional_text)

    def theme_for(self, year: int) -> Theme | None:
        """Return the theme of ``year``, or ``None``."""
        return next((t for t in self.themes if t.year == year), None)


@attrs.frozen(kw_only=True)
class OperationalArea:
    """An operational area (verksamhetsområde) of the network (BS §3).

    Attributes:
        name: ``"Kommunikation"``.
        description: what the network does in it.

    """

    name: str = attrs.field(validator=_text)
    description: str = attrs.field(default="", validator=_any_text)


# --- the management and development organisation ---------------------------------------------


def _share(value: object) -> object:
    try:
        return to_decimal(value, owner="StaffAssignment", field="share")
    except InvalidValue:
        return value


def _share_range(instance: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if (
        not isinstance(value, Decimal)
        or not value.is_finite()
        or not Decimal(0) < value <= Decimal(1)
    ):
        raise InvalidValue(
            "StaffAssignment", attribute.name, value, "a share of full time above 0, at most 1"
        )


@attrs.frozen(kw_only=True)
class StaffAssignment:
    """A time-limited part-time assignment from the network to a person from a region (BS §4.4).

    Attributes:
        person: the person (or role).
        region: the contributing region's county code (a name is accepted).
        share: the share of full time, above 0 and at most 1 (``"0.2"`` is 20 %).
        starts_on: the first day of the assignment.
        ends_on: the last day; an assignment is time-limited (rule NW010).
        board_contact: whether this person is the board's contact person.
        reimbursement: the yearly reimbursement to the contributing region per
            agreement, or ``None`` if none is agreed.
        agreement: the agreement that sets the reimbursement.
        note: anything a reader should know (e.g. that the entry is illustrative).

    """

    person: str = attrs.field(validator=_text)
    region: str = attrs.field(converter=_member_key, validator=_member_text)
    share: Decimal = attrs.field(converter=_share, validator=_share_range)
    starts_on: pendulum.Date | None = attrs.field(
        default=None, converter=_optional_date, validator=_date_or_none
    )
    ends_on: pendulum.Date | None = attrs.field(
        default=None,
        converter=_optional_date,
        validator=[_date_or_none, _dates_in_order("starts_on", "ends_on")],
    )
    board_contact: bool = attrs.field(default=False, validator=_bool)
    reimbursement: Money | None = attrs.field(default=None, converter=_reimbursement)
    agreement: str | None = attrs.field(default=None, validator=_optional_text)
    note: str = attrs.field(default="", validator=_any_text)

    def overlaps_year(self, year: int) -> bool:
        """Return whether the assignment runs on at least one day of ``year``.

        An assignment without a start date is taken to run from the start.
        """
        _whole_year("StaffAssignment.overlaps_year", year)
        start = self.starts_on or pendulum.Date(1900, 1, 1)
        return _overlaps_year(start, self.ends_on, year)


@attrs.frozen(kw_only=True)
class ManagementOrganisation:
    """The management and development organisation (förvaltnings- och utvecklingsorganisationen).

    Formed in 2018 to collect the key-figure data and analyse it with the regions;
    its people come from the regions on time-limited part-time assignments, and
    one of them is the board's contact person (BS §4.4).

    Attributes:
        name: its name.
        established: the year it was formed.
        remit: its assignment, in words.
        assignments: the people's assignments.

    """

    name: str = attrs.field(default="Förvaltnings- och utvecklingsorganisationen", validator=_text)
    established: int | None = attrs.field(default=None, validator=_optional_year)
    remit: str = attrs.field(default="", validator=_any_text)
    assignments: tuple[StaffAssignment, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(StaffAssignment)
    )

    @property
    def contact_persons(self) -> tuple[StaffAssignment, ...]:
        """The assignments marked as the board's contact person (BS §4.4 says one)."""
        return tuple(a for a in self.assignments if a.board_contact)


@attrs.frozen(kw_only=True)
class Partner:
    """A partner (samarbetspartner), e.g. SKR (BS §5).

    Attributes:
        name: the partner's name.
        description: what the cooperation is about.

    """

    name: str = attrs.field(validator=_text)
    description: str = attrs.field(default="", validator=_any_text)


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

    kind: DocumentKind = attrs.field(converter=_document_kind)
    title: str = attrs.field(validator=_text)
    version: str | None = attrs.field(default=None, validator=_optional_text)
    adopted_on: pendulum.Date | None = attrs.field(
        default=None, converter=_optional_date, validator=_date_or_none
    )


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

    title: str = attrs.field(validator=_text)
    month: int | None = attrs.field(default=None, validator=_month)
    area: str | None = attrs.field(default=None, validator=_optional_text)
    responsible: str | None = attrs.field(default=None, validator=_optional_text)


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

    kind: CostKind = attrs.field(converter=_cost_kind)
    description: str = attrs.field(validator=_text)
    amount: Money = attrs.field(converter=_cost_amount)


@attrs.frozen(kw_only=True)
class IncomeLine:
    """Income besides the members' fees (e.g. a grant, conference fees).

    Attributes:
        description: the line's text.
        amount: the amount, at least 0 kr.

    """

    description: str = attrs.field(validator=_text)
    amount: Money = attrs.field(converter=_income_amount)


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

    year: int = attrs.field(validator=_year)
    activities: tuple[PlanActivity, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(PlanActivity)
    )
    costs: tuple[BudgetLine, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(BudgetLine)
    )
    other_income: tuple[IncomeLine, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(IncomeLine)
    )
    adopted_on: pendulum.Date | None = attrs.field(
        default=None, converter=_optional_date, validator=_date_or_none
    )
    illustrative: bool = attrs.field(default=False, validator=_bool)

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

    title: str = attrs.field(validator=_text)
    activities: tuple[PlanActivity, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(PlanActivity)
    )


@attrs.frozen(kw_only=True)
class Resource:
    """A resource the network runs, such as NSN's knowledge bank (Servicebanken).

    Attributes:
        name: its name.
        description: what it is and holds.
        url: where it is, if public.

    """

    name: str = attrs.field(validator=_text)
    description: str = attrs.field(default="", validator=_any_text)
    url: str | None = attrs.field(default=None, validator=_optional_text)


# --- the network -------------------------------------------------------------------------------


def _meetings(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 366
    ):
        raise InvalidValue("Network", attribute.name, value, "a whole number from 0 to 366")


def _optional(kind: type) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            raise InvalidValue(
                type(instance).__name__, attribute.name, value, f"a {kind.__name__} or None"
            )

    return check


@attrs.frozen(kw_only=True)
class Network:
    """A network (nätverk): members, board, groups, organisation, plans, fees (BS, NSN).

    Attributes:
        name: the network's name.
        purpose: its purpose (syfte).
        vision: its vision.
        coordinator: who coordinates it (NSN: the national organisation).
        members: the memberships, in the order of the document.
        board: the board and its principles.
        operational_areas: the operational areas (BS §3).
        expert_groups: the expert groups (BS §4.2).
        organisation: the management and development organisation (BS §4.4).
        partners: the partners (BS §5).
        documents: the governing documents (BS §6).
        plans: the operations plans, one per year.
        fee_schedules: the dated fee schedules (BS §5.1).
        populations: population figures laid over the shipped SCB figures when
            fees are computed (e.g. a newer release).
        goals: the network's goals, each with activities (NSN).
        long_term_goals: long-term goals for the field (NSN "Mål för service i Sverige").
        meetings_per_year: how many times a year the network meets (NSN: four).
        annual_wheel: the network's annual wheel (årshjul, BS §6): what happens
            when in the year, and the rule its meetings follow
            (:mod:`vardservice.planning`).
        resources: what the network runs (NSN: Servicebanken).
        source: the document the network is described in.
        note: anything a reader should know (e.g. which data are illustrative).

    """

    name: str = attrs.field(validator=_text)
    purpose: str = attrs.field(default="", validator=_any_text)
    vision: str = attrs.field(default="", validator=_any_text)
    coordinator: str | None = attrs.field(default=None, validator=_optional_text)
    members: tuple[Membership, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(Membership)
    )
    board: Board | None = attrs.field(default=None, validator=_optional(Board))
    operational_areas: tuple[OperationalArea, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(OperationalArea)
    )
    expert_groups: tuple[ExpertGroup, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(ExpertGroup)
    )
    organisation: ManagementOrganisation | None = attrs.field(
        default=None, validator=_optional(ManagementOrganisation)
    )
    partners: tuple[Partner, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(Partner)
    )
    documents: tuple[GoverningDocument, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(GoverningDocument)
    )
    plans: tuple[OperationsPlan, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(OperationsPlan)
    )
    fee_schedules: FeeScheduleHistory | None = attrs.field(
        default=None, validator=_optional(FeeScheduleHistory)
    )
    populations: PopulationTable | None = attrs.field(
        default=None, validator=_optional(PopulationTable)
    )
    goals: tuple[Goal, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(Goal)
    )
    long_term_goals: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=_texts)
    meetings_per_year: int | None = attrs.field(default=None, validator=_meetings)
    annual_wheel: AnnualWheel | None = attrs.field(default=None, validator=_optional(AnnualWheel))
    resources: tuple[Resource, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(Resource)
    )
    source: Citation | None = attrs.field(default=None, validator=_optional(Citation))
    note: str = attrs.field(default="", validator=_any_text)

    def label(self) -> str:
        """Return the network's name (how reports name it)."""
        return self.name

    def members_on(self, day: datetime.date | str) -> tuple[Membership, ...]:
        """Return the memberships that cover ``day``, in document order.

        Raises:
            InvalidValue: ``day`` is not a date.

        """
        when = _day(day, "Network.members_on", "day")
        return tuple(m for m in self.members if _covers(m.granted_on, m.ends_on, when))

    def members_in(self, year: int) -> tuple[Membership, ...]:
        """Return the memberships covering at least one day of ``year`` (the fee year's members)."""
        _whole_year("Network.members_in", year)
        return tuple(m for m in self.members if m.overlaps_year(year))

    def plan_for(self, year: int) -> OperationsPlan | None:
        """Return the operations plan of ``year``, or ``None``."""
        return next((p for p in self.plans if p.year == year), None)
