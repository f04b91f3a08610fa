"""The network model: members, board, expert groups, organisation and the network itself."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Final

import attrs
import pendulum

from vardservice import _fields
from vardservice._display import Displayable
from vardservice.dates import MAX_RECORD_YEAR, MIN_RECORD_YEAR, to_date
from vardservice.errors import InvalidValue, UnknownRegion
from vardservice.fees import FeeScheduleHistory
from vardservice.networks._plans import (
    Goal,
    GoverningDocument,
    OperationsPlan,
    Resource,
)
from vardservice.planning import AnnualWheel
from vardservice.regions import PopulationTable, Region, get_region
from vardservice.sources import Citation
from vardservice.units import Money

_MAX_VOTES: Final = 1_000
_MAX_MEETINGS: Final = 366  # a year's days


# --- members: a county code, or any other member as written; their dates --------------------


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


def _member_text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(
            type(instance).__name__, attribute.name, value, "a county code or a region's name"
        )


def _region_of(key: str) -> Region | None:
    """Return the region of a member key (a county code), or ``None`` for any other member."""
    try:
        return get_region(key) if key.isdigit() else None
    except UnknownRegion:
        return None


def _record_year(owner: str, value: object) -> int:
    return _fields.check_year(value, MIN_RECORD_YEAR, MAX_RECORD_YEAR, owner=owner)


def _covers(start: pendulum.Date | None, end: pendulum.Date | None, day: pendulum.Date) -> bool:
    return start is not None and start <= day and (end is None or day <= end)


def _overlaps_year(start: pendulum.Date | None, end: pendulum.Date | None, year: int) -> bool:
    return (
        start is not None
        and start <= pendulum.Date(year, 12, 31)
        and (end is None or end >= pendulum.Date(year, 1, 1))
    )


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

    name: str = attrs.field(validator=_fields.text)
    title: str = attrs.field(default="", validator=_fields.any_text)
    mandate_local: bool = attrs.field(default=False, validator=_fields.flag)
    mandate_national: bool = attrs.field(default=False, validator=_fields.flag)

    @property
    def has_mandate(self) -> bool:
        """Whether the mandate covers both local and national service questions (BS §4.1)."""
        return self.mandate_local and self.mandate_national


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
    granted_on: pendulum.Date | None = attrs.field(default=None, converter=_fields.date)
    ends_on: pendulum.Date | None = attrs.field(
        default=None, converter=_fields.date, validator=_fields.not_before("granted_on")
    )
    delegate: Delegate | None = None
    votes: int = attrs.field(default=1, validator=_fields.whole(0, _MAX_VOTES))
    note: str = attrs.field(default="", validator=_fields.any_text)

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
        return _covers(
            self.granted_on, self.ends_on, to_date(day, owner="Membership.covers", field="day")
        )

    def overlaps_year(self, year: int) -> bool:
        """Return whether the membership covers at least one day of ``year``."""
        _record_year("Membership.overlaps_year", year)
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

    principles: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    seats: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    note: str = attrs.field(default="", validator=_fields.any_text)


@attrs.frozen(kw_only=True)
class Theme:
    """An expert group's theme of a year (årets tema), proposed by the group (BS §4.2).

    Attributes:
        year: the year.
        title: the theme.
        adopted: whether it has been set through the operations planning process.

    """

    year: int = attrs.field(validator=_fields.record_year)
    title: str = attrs.field(validator=_fields.text)
    adopted: bool = attrs.field(default=False, validator=_fields.flag)


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

    name: str = attrs.field(validator=_fields.text)
    purposes: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    themes: tuple[Theme, ...] = attrs.field(default=(), converter=_fields.items)
    anchor: str | None = attrs.field(default=None, validator=_fields.text)

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

    name: str = attrs.field(validator=_fields.text)
    description: str = attrs.field(default="", validator=_fields.any_text)


# --- the management and development organisation ---------------------------------------------


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

    person: str = attrs.field(validator=_fields.text)
    region: str = attrs.field(converter=_member_key, validator=_member_text)
    share: Decimal = attrs.field(
        converter=_fields.decimal, validator=_fields.between(0, 1, above_minimum=True)
    )
    starts_on: pendulum.Date | None = attrs.field(default=None, converter=_fields.date)
    ends_on: pendulum.Date | None = attrs.field(
        default=None, converter=_fields.date, validator=_fields.not_before("starts_on")
    )
    board_contact: bool = attrs.field(default=False, validator=_fields.flag)
    reimbursement: Money | None = attrs.field(default=None, converter=_fields.money)
    agreement: str | None = attrs.field(default=None, validator=_fields.text)
    note: str = attrs.field(default="", validator=_fields.any_text)

    def overlaps_year(self, year: int) -> bool:
        """Return whether the assignment runs on at least one day of ``year``.

        An assignment without a start date is taken to run from the start.
        """
        _record_year("StaffAssignment.overlaps_year", year)
        start = self.starts_on or pendulum.Date(MIN_RECORD_YEAR, 1, 1)
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

    name: str = attrs.field(
        default="Förvaltnings- och utvecklingsorganisationen", validator=_fields.text
    )
    established: int | None = attrs.field(default=None, validator=_fields.record_year)
    remit: str = attrs.field(default="", validator=_fields.any_text)
    assignments: tuple[StaffAssignment, ...] = attrs.field(default=(), converter=_fields.items)

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

    name: str = attrs.field(validator=_fields.text)
    description: str = attrs.field(default="", validator=_fields.any_text)


# --- the network -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class Network(Displayable):
    """A member network (nätverk) of the regions: members, board, groups, plans, fees (BS).

    Attributes:
        name: the network's name.
        purpose: its purpose (syfte).
        vision: its vision.
        coordinator: who coordinates it. Deprecated: a national network such as NSN is a
            :class:`~vardservice.networks.NationalNetwork`.
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
        goals: the network's goals, each with activities. Deprecated, as ``coordinator``.
        long_term_goals: long-term goals for the field. Deprecated, as ``coordinator``.
        meetings_per_year: how many times a year the network meets (rule NW013).
        annual_wheel: the network's annual wheel (årshjul, BS §6): what happens
            when in the year, and the rule its meetings follow
            (:mod:`vardservice.planning`).
        resources: what the network runs. Deprecated, as ``coordinator``.
        source: the document the network is described in.
        note: anything a reader should know (e.g. which data are illustrative).

    """

    name: str = attrs.field(validator=_fields.text)
    purpose: str = attrs.field(default="", validator=_fields.any_text)
    vision: str = attrs.field(default="", validator=_fields.any_text)
    coordinator: str | None = attrs.field(default=None, validator=_fields.text)
    members: tuple[Membership, ...] = attrs.field(default=(), converter=_fields.items)
    board: Board | None = attrs.field(default=None, validator=_fields.instance)
    operational_areas: tuple[OperationalArea, ...] = attrs.field(
        default=(), converter=_fields.items
    )
    expert_groups: tuple[ExpertGroup, ...] = attrs.field(default=(), converter=_fields.items)
    organisation: ManagementOrganisation | None = attrs.field(
        default=None, validator=_fields.instance
    )
    partners: tuple[Partner, ...] = attrs.field(default=(), converter=_fields.items)
    documents: tuple[GoverningDocument, ...] = attrs.field(default=(), converter=_fields.items)
    plans: tuple[OperationsPlan, ...] = attrs.field(default=(), converter=_fields.items)
    fee_schedules: FeeScheduleHistory | None = attrs.field(default=None, validator=_fields.instance)
    populations: PopulationTable | None = attrs.field(default=None, validator=_fields.instance)
    goals: tuple[Goal, ...] = attrs.field(default=(), converter=_fields.items)
    long_term_goals: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    meetings_per_year: int | None = attrs.field(
        default=None, validator=_fields.whole(0, _MAX_MEETINGS)
    )
    annual_wheel: AnnualWheel | None = attrs.field(default=None, validator=_fields.instance)
    resources: tuple[Resource, ...] = attrs.field(default=(), converter=_fields.items)
    source: Citation | None = attrs.field(default=None, validator=_fields.instance)
    note: str = attrs.field(default="", validator=_fields.any_text)

    def label(self) -> str:
        """Return the network's name (how reports name it)."""
        return self.name

    def members_on(self, day: datetime.date | str) -> tuple[Membership, ...]:
        """Return the memberships that cover ``day``, in document order.

        Raises:
            InvalidValue: ``day`` is not a date.

        """
        when = to_date(day, owner="Network.members_on", field="day")
        return tuple(m for m in self.members if _covers(m.granted_on, m.ends_on, when))

    def members_in(self, year: int) -> tuple[Membership, ...]:
        """Return the memberships covering at least one day of ``year`` (the fee year's members)."""
        _record_year("Network.members_in", year)
        return tuple(m for m in self.members if m.overlaps_year(year))

    def plan_for(self, year: int) -> OperationsPlan | None:
        """Return the operations plan of ``year``, or ``None``."""
        return next((p for p in self.plans if p.year == year), None)
