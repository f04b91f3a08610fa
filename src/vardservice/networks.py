"""Networks (nätverk): members and votes, the board, expert groups, plans, fees and budgets.

A network such as Best Service (BS) is a voluntary member network of the
regions: the board grants membership, each member has one vote, and members
pay an annual fee (BS §4.1). It works in operational areas (verksamhetsområden,
BS §3), through expert groups anchored in the board (expertgrupper, BS §4.2)
and a management and development organisation of people from the regions on
time-limited part-time assignments (förvaltnings- och utvecklingsorganisationen,
BS §4.4). Every year it adopts an operations plan with an activity plan and a
budget (verksamhetsplan, aktivitetsplan, budget, BS §6), and the budget rests on
the fees paid for the year (BS §5.2). The national service network (NSN) has
goals, each with activities, and meets four times a year.

The model accepts drafts: almost everything is optional, and completeness is
judged by the rules in :mod:`vardservice.rules` (codes ``NW…``), not by
validators. Expert groups and operational areas are data, not enums.

Conventions (stated by no source, so documented here):

* a membership covers the days from ``granted_on`` to ``ends_on``, both
  included; a membership without ``granted_on`` has not been granted and
  covers no day;
* the members of a fee year are the memberships covering at least one day of
  it; each pays the full annual fee (no source speaks of pro rata), once, even
  if listed twice;
* the fee for year *Y* uses the population on 31 December of *Y − 1*
  (:mod:`vardservice.fees`).

Example:
    >>> from vardservice.networks import Membership, Network, Ballot, tally, voters
    >>> network = Network(name="Exempelnätverket", members=[
    ...     Membership(region="07", granted_on="2018-01-01"),
    ...     Membership(region="Halland", granted_on="2018-01-01", ends_on="2023-12-31"),
    ... ])
    >>> [m.region for m in network.members_on("2024-03-01")]
    ['07']
    >>> result = tally(network, [Ballot(member="Kronoberg", vote="yes")], on="2024-03-01")
    >>> result.passed, result.yes
    (True, ('07',))

"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Final, TypeVar

import attrs
import pendulum

from vardservice._checks import as_tuple, items_validator
from vardservice.dates import to_date
from vardservice.errors import InvalidValue, UnknownRegion
from vardservice.fees import (
    AnnualFee,
    Budget,
    FeeSchedule,
    FeeScheduleHistory,
    budget,
)
from vardservice.regions import PopulationTable, Region, get_region, shipped_populations
from vardservice.sources import Citation, cite
from vardservice.units import Money, to_decimal, to_money

__all__ = [
    "BOARD_PRINCIPLES",
    "EXPERT_GROUP_PURPOSES",
    "Ballot",
    "Board",
    "BudgetLine",
    "CostKind",
    "DecisionRule",
    "Delegate",
    "DocumentKind",
    "ExpertGroup",
    "Goal",
    "GoverningDocument",
    "IncomeLine",
    "ManagementOrganisation",
    "Membership",
    "Network",
    "NetworkBudget",
    "OperationalArea",
    "OperationsPlan",
    "Partner",
    "PlanActivity",
    "Resource",
    "StaffAssignment",
    "Theme",
    "Vote",
    "VoteResult",
    "member_fees",
    "network_budget",
    "tally",
    "voters",
]

BOARD_PRINCIPLES: Final[tuple[str, ...]] = (
    "Styrelsen ska inte vara personifierad",
    "Styrelsen ska verka för transparensen och delaktighet inom Best Service.",
    "Styrelsen ska vara beslutande och strategisk",
    "Styrelsen ansvarar för den externa kommunikationen",
)
"""Best Service's guiding principles for the board, verbatim (BS §4.3)."""

EXPERT_GROUP_PURPOSES: Final[tuple[str, ...]] = (
    "att hålla en nationell dialog inom nätverkens områden",
    "att arbeta på uppdrag från styrelsen",
    "att ta fram gemensamma riktlinjer och metoder",
    "att byta erfarenheter",
    "att inventera standards",
    "att ta fram och sprida ”Best Practice” inom Nyckeltalsjämförelsen.",
)
"""The purposes of Best Service's expert groups, verbatim (BS §4.2)."""

_MAX_VOTES: Final = 1_000


# --- validation helpers ---------------------------------------------------------------------


def _text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a non-empty string")


def _any_text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a string")


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _text(instance, attribute, value)


def _texts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    owner = type(instance).__name__
    if not isinstance(value, tuple):
        raise InvalidValue(owner, attribute.name, value, "a list of strings")
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise InvalidValue(owner, f"{attribute.name}[{i}]", item, "a non-empty string")


def _bool(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidValue(type(instance).__name__, attribute.name, value, "True or False")


def _optional_date(value: object) -> object:
    # A converter cannot name its class, so a bad value is passed on to _date_or_none.
    if value is None or isinstance(value, pendulum.Date):
        return value
    try:
        return to_date(value)
    except InvalidValue:
        return value


def _date_or_none(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, pendulum.Date):
        raise InvalidValue(
            type(instance).__name__, attribute.name, value, "a date (ISO 8601) or None"
        )


def _year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a year, 1900-2200")


def _optional_year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _year(instance, attribute, value)


def _month(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a month, 1-12")
    if value is not None and not 1 <= value <= 12:
        raise InvalidValue(type(instance).__name__, attribute.name, value, "a month, 1-12")


# attrs converters take only the value, so there is one per field, to name it when refusing.
def _reimbursement(value: object) -> Money | None:
    if value is None:
        return None
    return to_money(value, owner="StaffAssignment", field="reimbursement", negative=False)


def _cost_amount(value: object) -> Money:
    return to_money(value, owner="BudgetLine", field="amount", negative=False)


def _income_amount(value: object) -> Money:
    return to_money(value, owner="IncomeLine", field="amount", negative=False)


E = TypeVar("E", bound=enum.Enum)


def _enum_member(kind: type[E], owner: str, field: str, value: object) -> E:
    if isinstance(value, kind):
        return value
    found = kind._value2member_map_.get(value) if isinstance(value, str) else None
    if found is None:
        values = ", ".join(repr(m.value) for m in kind)
        raise InvalidValue(owner, field, value, f"a {kind.__name__}: one of {values}")
    return found  # type: ignore[return-value]


def _document_kind(value: object) -> DocumentKind:
    return _enum_member(DocumentKind, "GoverningDocument", "kind", value)


def _cost_kind(value: object) -> CostKind:
    return _enum_member(CostKind, "BudgetLine", "kind", value)


def _vote(value: object) -> Vote:
    return _enum_member(Vote, "Ballot", "vote", value)


def _member_key(value: object) -> object:
    """Return a region's county code when the value names a region; else the text as written."""
    if isinstance(value, Region):
        return value.code
    if isinstance(value, str | int) and not isinstance(value, bool):
        try:
            return get_region(value).code
        except UnknownRegion:
            return value.strip() if isinstance(value, str) else value
    return value


def _region_of(key: str) -> Region | None:
    """Return the region of a member key (a county code), or ``None`` for any other member."""
    try:
        return get_region(key) if key.isdigit() else None
    except UnknownRegion:
        return None


def _dates_in_order(start: str, end: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        first, last = getattr(instance, start), getattr(instance, end)
        if first is not None and last is not None and last < first:
            raise InvalidValue(
                type(instance).__name__, end, last.isoformat(), f"on or after {start} {first}"
            )

    return check


def _whole_year(owner: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        raise InvalidValue(owner, "year", value, "a year, 1900-2200")
    return value


def _day(value: object, owner: str, field: str) -> pendulum.Date:
    return to_date(value, owner=owner, field=field)


def _covers(start: pendulum.Date | None, end: pendulum.Date | None, day: pendulum.Date) -> bool:
    return start is not None and start <= day and (end is None or day <= end)


def _overlaps_year(start: pendulum.Date | None, end: pendulum.Date | None, year: int) -> bool:
    return (
        start is not None
        and start <= pendulum.Date(year, 12, 31)
        and (end is None or end >= pendulum.Date(year, 1, 1))
    )


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
            word them; Best Service's are :data:`BOARD_PRINCIPLES`.
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
            :data:`EXPERT_GROUP_PURPOSES`.
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
    _whole_year("member_fees", year)
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

    year: int = attrs.field(validator=_year)
    fees: Budget
    other_income: tuple[IncomeLine, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(IncomeLine)
    )
    costs: tuple[BudgetLine, ...] = attrs.field(
        default=(), converter=as_tuple, validator=items_validator(BudgetLine)
    )

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
            region = found.short_name if found else assignment.region
            lines.append(
                BudgetLine(
                    kind=CostKind.REIMBURSEMENTS,
                    description=f"{assignment.person} ({region})",
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


# --- votes -------------------------------------------------------------------------------------


class Vote(enum.Enum):
    """A member's vote on a decision: yes (ja), no (nej) or abstain (avstår)."""

    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"


class DecisionRule(enum.Enum):
    """How a decision is taken; abstentions and absence count as stated here.

    ``SIMPLE_MAJORITY`` (enkel majoritet): the decision passes when more members
    voted yes than no. Abstentions and absent members count neither for nor
    against; a tie fails.

    ``UNANIMITY`` (enhällighet): the decision passes when at least one member
    voted yes and every member who cast a ballot voted yes: a single no *or a
    single abstention* prevents it (an abstaining member has not agreed).
    Members with a vote who cast no ballot (absent) do not prevent it; require
    attendance separately if your statutes do.
    """

    UNANIMITY = "unanimity"
    SIMPLE_MAJORITY = "simple_majority"


@attrs.frozen(kw_only=True)
class Ballot:
    """One member's vote on a decision.

    Attributes:
        member: the member (a county code or a region's name, stored as the code).
        vote: yes, no or abstain.

    """

    member: str = attrs.field(converter=_member_key, validator=_member_text)
    vote: Vote = attrs.field(converter=_vote)


@attrs.frozen(kw_only=True)
class VoteResult:
    """The result of a vote: who voted how, who could vote but did not, and the outcome.

    Attributes:
        on: the date of the vote.
        rule: the decision rule applied.
        voters: every member with a vote on that date, one each, in document order.
        yes: the members who voted yes.
        no: the members who voted no.
        abstain: the members who abstained.
        absent: the members with a vote who cast no ballot.

    """

    on: pendulum.Date
    rule: DecisionRule
    voters: tuple[str, ...]
    yes: tuple[str, ...] = ()
    no: tuple[str, ...] = ()
    abstain: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        """Whether the decision passed under :attr:`rule` (see :class:`DecisionRule`)."""
        if self.rule is DecisionRule.SIMPLE_MAJORITY:
            return len(self.yes) > len(self.no)
        return bool(self.yes) and not self.no and not self.abstain

    @property
    def cast(self) -> int:
        """How many ballots were cast (yes, no and abstain)."""
        return len(self.yes) + len(self.no) + len(self.abstain)


def voters(network: Network, on: datetime.date | str) -> tuple[str, ...]:
    """Return the members with a vote on ``on``: one vote each (BS §4.1), in document order.

    A member listed twice on the date still has one vote.

    Raises:
        InvalidValue: not a network, or not a date.

    """
    if not isinstance(network, Network):
        raise InvalidValue("voters", "network", network, "a Network")
    return tuple(dict.fromkeys(m.region for m in network.members_on(on)))


def tally(
    network: Network,
    ballots: Iterable[Ballot],
    *,
    on: datetime.date | str,
    rule: DecisionRule = DecisionRule.SIMPLE_MAJORITY,
) -> VoteResult:
    """Count the ballots of a decision taken on ``on`` under ``rule``.

    Each member with a vote on the date (:func:`voters`) counts once: as yes, no,
    abstain, or absent when it cast no ballot. How abstentions and absence weigh
    is stated in :class:`DecisionRule`.

    Raises:
        InvalidValue: a ballot from a member without a vote on the date, a second
            ballot from the same member, a bad rule, or not a list of ballots.

    Example:
        >>> network = Network(name="N", members=[
        ...     Membership(region=code, granted_on="2018-01-01") for code in ("07", "10", "12")])
        >>> result = tally(network, [Ballot(member="07", vote="yes"),
        ...                          Ballot(member="10", vote="abstain")],
        ...                on="2024-05-01", rule=DecisionRule.UNANIMITY)
        >>> result.passed, result.abstain, result.absent
        (False, ('10',), ('12',))

    """
    entitled = voters(network, on)
    if not isinstance(rule, DecisionRule):
        raise InvalidValue("tally", "rule", rule, "a DecisionRule")
    given: object = ballots
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        raise InvalidValue("tally", "ballots", given, "a list of Ballot")
    day = _day(on, "tally", "on")
    cast: dict[str, Vote] = {}
    for i, ballot in enumerate(ballots):
        if not isinstance(ballot, Ballot):
            raise InvalidValue("tally", f"ballots[{i}]", ballot, "a Ballot")
        if ballot.member not in entitled:
            raise InvalidValue(
                "tally", f"ballots[{i}]", ballot.member, f"a member with a vote on {day}"
            )
        if ballot.member in cast:
            raise InvalidValue("tally", f"ballots[{i}]", ballot.member, "one ballot per member")
        cast[ballot.member] = ballot.vote

    def who(vote: Vote) -> tuple[str, ...]:
        return tuple(m for m in entitled if cast.get(m) is vote)

    return VoteResult(
        on=day,
        rule=rule,
        voters=entitled,
        yes=who(Vote.YES),
        no=who(Vote.NO),
        abstain=who(Vote.ABSTAIN),
        absent=tuple(m for m in entitled if m not in cast),
    )
