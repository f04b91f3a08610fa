"""The peers: pydantic v2 and msgspec models of the subproject document's shape.

Same fields, same nesting, same kinds of value as :class:`vardservice.subprojects.Subproject`:
enums by value, ISO dates, unknown keys refused, and the two conversions a fair
peer must also do: a region written by name ("Skåne", "Region Halland") or code
becomes its county code (a dict lookup after ``casefold``), and an amount written
``"1,2 mnkr"`` becomes a ``Decimal`` of kronor. They share the library's enums.
What the peers do not do: diacritics-insensitive names with suggestions, the
input limits, error messages in the library's words. So they are a floor.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated

import msgspec
import pydantic

from vardservice.subprojects import (
    Body,
    DecisionLevel,
    DecisionOutcome,
    FocusArea,
    MilestoneKind,
    Origin,
    ReportSection,
    ReviewSubject,
    Role,
)

_CODES = {
    "blekinge": "10", "region blekinge": "10", "10": "10",
    "halland": "13", "region halland": "13", "13": "13",
    "kronoberg": "07", "region kronoberg": "07", "07": "07",
    "skåne": "12", "region skåne": "12", "12": "12",
}  # fmt: skip
_UNITS = {"kr": 1, "tkr": 1000, "mnkr": 1_000_000}


def region_code(value: str) -> str:
    """Return the county code of a region's name or code."""
    return _CODES[value.strip().casefold()]


def money(value: str | int) -> Decimal:
    """Return kronor from ``"1,2 mnkr"``, ``"450 tkr"`` or an integer."""
    if isinstance(value, int):
        return Decimal(value)
    number, unit = value.rsplit(" ", 1)
    return Decimal(number.replace(" ", "").replace(",", ".")) * _UNITS[unit]


# --- pydantic v2 ----------------------------------------------------------------------------

PRegion = Annotated[str, pydantic.AfterValidator(region_code)]
PMoney = Annotated[Decimal, pydantic.BeforeValidator(money)]


class _P(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)


class PProposal(_P):
    origin: Origin = Origin.OTHER
    purpose: str = ""
    goal: str = ""
    expected_outcome: str = ""


class PAssignment(_P):
    background: str = ""
    purpose_and_question: str = ""
    assignment_points: tuple[str, ...] = ()
    delimitations: str = ""
    group_composition: str = ""
    timeline: str = ""


class PMember(_P):
    name: str
    role: Role = Role.MEMBER
    profession: str = ""
    region: PRegion | None = None
    from_office: bool = False


class PPlan(_P):
    method: str = ""
    parameters: tuple[str, ...] = ()
    documented_on: datetime.date | None = None


class PAction(_P):
    title: str
    needs_funding: bool = False
    cost_estimate: PMoney | None = None


class PFollowUp(_P):
    how: str = ""
    when: str = ""
    by_whom: str = ""
    parameters: tuple[str, ...] = ()


class PState(_P):
    region: PRegion
    description: str = ""


class PFinal(_P):
    sections: tuple[ReportSection, ...] = ()
    current_state: tuple[PState, ...] = ()
    analysis: str = ""
    feasibility: str = ""
    displacement_risk: str = ""
    follow_up: PFollowUp | None = None
    pages: int | None = None
    writers: tuple[str, ...] = ()
    responsible_writer: str = ""


class PPresentation(_P):
    body: Body
    date: datetime.date


class PImplementation(_P):
    parameter: str
    region: PRegion | None = None
    value: str = ""


class PReport(_P):
    date: datetime.date
    pages: int | None = None
    presented_to: tuple[Body, ...] = ()
    presentations: tuple[PPresentation, ...] = ()
    written_by: str = ""
    implementation: tuple[PImplementation, ...] = ()
    summary: str = ""
    further: bool = False


class PCommunication(_P):
    communicator: str = ""
    involved_on: datetime.date | None = None
    plan: str = ""
    activities: tuple[str, ...] = ()
    final_report_review: bool = False


class PExcerpt(_P):
    case_number: str
    paragraph: int
    date: datetime.date


class PMilestone(_P):
    kind: MilestoneKind
    date: datetime.date
    note: str = ""
    unanimous: bool | None = None
    wording: str = ""
    binding: bool | None = None
    reviewed: ReviewSubject | None = None
    region: PRegion | None = None
    level: DecisionLevel | None = None
    outcome: DecisionOutcome | None = None
    excerpt: PExcerpt | None = None


class PSubproject(_P):
    id: str
    title: str
    healthcare_region: str = "sodra"
    participating_regions: tuple[PRegion, ...] = ()
    reason_for_fewer: str = ""
    focus_areas: tuple[FocusArea, ...] = ()
    proposal: PProposal | None = None
    assignment: PAssignment | None = None
    working_group: tuple[PMember, ...] = ()
    contact_person: str = ""
    follow_up_plan: PPlan | None = None
    current_state_regions: tuple[PRegion, ...] = ()
    action_proposals: tuple[PAction, ...] = ()
    final_report: PFinal | None = None
    follow_up_reports: tuple[PReport, ...] = ()
    communication: PCommunication | None = None
    milestones: tuple[PMilestone, ...] = ()


def pydantic_load(doc: bytes) -> PSubproject:
    """Return the pydantic model of one JSON document (``model_validate_json``)."""
    return PSubproject.model_validate_json(doc)


# --- msgspec --------------------------------------------------------------------------------


class MProposal(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    origin: Origin = Origin.OTHER
    purpose: str = ""
    goal: str = ""
    expected_outcome: str = ""


class MAssignment(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    background: str = ""
    purpose_and_question: str = ""
    assignment_points: tuple[str, ...] = ()
    delimitations: str = ""
    group_composition: str = ""
    timeline: str = ""


class MMember(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    name: str
    role: Role = Role.MEMBER
    profession: str = ""
    region: str | None = None
    from_office: bool = False

    def __post_init__(self) -> None:
        if self.region is not None:
            msgspec.structs.force_setattr(self, "region", region_code(self.region))


class MPlan(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    method: str = ""
    parameters: tuple[str, ...] = ()
    documented_on: datetime.date | None = None


class MAction(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    title: str
    needs_funding: bool = False
    cost_estimate: str | None = None

    def __post_init__(self) -> None:
        if self.cost_estimate is not None:
            msgspec.structs.force_setattr(self, "cost_estimate", money(self.cost_estimate))


class MFollowUp(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    how: str = ""
    when: str = ""
    by_whom: str = ""
    parameters: tuple[str, ...] = ()


class MState(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    region: str
    description: str = ""

    def __post_init__(self) -> None:
        msgspec.structs.force_setattr(self, "region", region_code(self.region))


class MFinal(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    sections: tuple[ReportSection, ...] = ()
    current_state: tuple[MState, ...] = ()
    analysis: str = ""
    feasibility: str = ""
    displacement_risk: str = ""
    follow_up: MFollowUp | None = None
    pages: int | None = None
    writers: tuple[str, ...] = ()
    responsible_writer: str = ""


class MPresentation(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    body: Body
    date: datetime.date


class MImplementation(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    parameter: str
    region: str | None = None
    value: str = ""

    def __post_init__(self) -> None:
        if self.region is not None:
            msgspec.structs.force_setattr(self, "region", region_code(self.region))


class MReport(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    date: datetime.date
    pages: int | None = None
    presented_to: tuple[Body, ...] = ()
    presentations: tuple[MPresentation, ...] = ()
    written_by: str = ""
    implementation: tuple[MImplementation, ...] = ()
    summary: str = ""
    further: bool = False


class MCommunication(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    communicator: str = ""
    involved_on: datetime.date | None = None
    plan: str = ""
    activities: tuple[str, ...] = ()
    final_report_review: bool = False


class MExcerpt(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    case_number: str
    paragraph: int
    date: datetime.date


class MMilestone(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    kind: MilestoneKind
    date: datetime.date
    note: str = ""
    unanimous: bool | None = None
    wording: str = ""
    binding: bool | None = None
    reviewed: ReviewSubject | None = None
    region: str | None = None
    level: DecisionLevel | None = None
    outcome: DecisionOutcome | None = None
    excerpt: MExcerpt | None = None

    def __post_init__(self) -> None:
        if self.region is not None:
            msgspec.structs.force_setattr(self, "region", region_code(self.region))


class MSubproject(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    id: str
    title: str
    healthcare_region: str = "sodra"
    participating_regions: tuple[str, ...] = ()
    reason_for_fewer: str = ""
    focus_areas: tuple[FocusArea, ...] = ()
    proposal: MProposal | None = None
    assignment: MAssignment | None = None
    working_group: tuple[MMember, ...] = ()
    contact_person: str = ""
    follow_up_plan: MPlan | None = None
    current_state_regions: tuple[str, ...] = ()
    action_proposals: tuple[MAction, ...] = ()
    final_report: MFinal | None = None
    follow_up_reports: tuple[MReport, ...] = ()
    communication: MCommunication | None = None
    milestones: tuple[MMilestone, ...] = ()

    def __post_init__(self) -> None:
        for name in ("participating_regions", "current_state_regions"):
            codes = tuple(region_code(r) for r in getattr(self, name))
            msgspec.structs.force_setattr(self, name, codes)


_DECODER = msgspec.json.Decoder(MSubproject)


def msgspec_load(doc: bytes) -> MSubproject:
    """Return the msgspec struct of one JSON document."""
    return _DECODER.decode(doc)
