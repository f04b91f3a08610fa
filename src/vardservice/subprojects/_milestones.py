"""The process of a subproject: its dated milestones and the stage they reach (SFBV §5)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Final

import attrs
import pendulum

from vardservice import _fields
from vardservice.errors import InvalidValue
from vardservice.regions import Region


class MilestoneKind(enum.Enum):
    """A dated event of the process (SFBV §5), in the order the process runs.

    Proposal raised (väckt), prepared by the office (beredd), start decided,
    rejected or deferred for lack of resources by the management group,
    assignment issued, working group appointed, interim report (delrapport),
    an interim report presented to the management group (``management_group_informed``,
    "hålla … ledningsgrupp informerade genom presentation av delrapporter", SFBV §5),
    final report, collaboration-group review (of what: see :class:`ReviewSubject`),
    management-group decision, the board's recommendation, a region's own decision,
    implementation, follow-up.
    """

    __hash__ = object.__hash__  # by identity, in C (Enum's hashes the name in Python)

    PROPOSAL_RAISED = "proposal_raised"
    PREPARED = "prepared"
    START_DECIDED = "start_decided"
    START_REJECTED = "start_rejected"
    START_DEFERRED = "start_deferred"
    ASSIGNMENT_ISSUED = "assignment_issued"
    GROUP_APPOINTED = "group_appointed"
    INTERIM_REPORT = "interim_report"
    MANAGEMENT_GROUP_INFORMED = "management_group_informed"
    FINAL_REPORT = "final_report"
    COLLABORATION_GROUP_REVIEW = "collaboration_group_review"
    MANAGEMENT_GROUP_DECISION = "management_group_decision"
    BOARD_RECOMMENDATION = "board_recommendation"
    REGIONAL_DECISION = "regional_decision"
    IMPLEMENTATION = "implementation"
    FOLLOW_UP = "follow_up"

    @property
    def step(self) -> int:
        """The step of the process this event belongs to; events of one step share it.

        The three outcomes of the start decision share a step. Dated milestones
        must not go back to an earlier step (rule SP023).
        """
        found: int = self.__dict__["_step"]  # set on each member below
        return found


_STEP: Final = {
    kind: step
    for step, kinds in enumerate(
        [
            [MilestoneKind.PROPOSAL_RAISED],
            [MilestoneKind.PREPARED],
            [
                MilestoneKind.START_DECIDED,
                MilestoneKind.START_REJECTED,
                MilestoneKind.START_DEFERRED,
            ],
            [MilestoneKind.ASSIGNMENT_ISSUED],
            [MilestoneKind.GROUP_APPOINTED],
            [MilestoneKind.INTERIM_REPORT, MilestoneKind.MANAGEMENT_GROUP_INFORMED],
            [MilestoneKind.FINAL_REPORT],
            [MilestoneKind.COLLABORATION_GROUP_REVIEW],
            [MilestoneKind.MANAGEMENT_GROUP_DECISION],
            [MilestoneKind.BOARD_RECOMMENDATION],
            [MilestoneKind.REGIONAL_DECISION],
            [MilestoneKind.IMPLEMENTATION],
            [MilestoneKind.FOLLOW_UP],
        ]
    )
    for kind in kinds
}
# Rules and stage_of() ask every milestone for its step; an attribute on the member is
# several times faster than a dict lookup that hashes the enum in Python.
for _member, _number in _STEP.items():
    _member.__dict__["_step"] = _number


class Stage(enum.Enum):
    """Where a subproject stands, derived from its milestones (see :func:`stage_of`)."""

    DRAFT = "draft"
    PROPOSED = "proposed"
    PREPARED = "prepared"
    STARTED = "started"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    FINAL_REPORTED = "final_reported"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    RECOMMENDED = "recommended"
    DECIDED_BY_REGIONS = "decided_by_regions"
    IN_IMPLEMENTATION = "in_implementation"
    FOLLOWED_UP = "followed_up"


_STAGE_OF: Final = {
    MilestoneKind.PROPOSAL_RAISED: Stage.PROPOSED,
    MilestoneKind.PREPARED: Stage.PREPARED,
    MilestoneKind.START_DECIDED: Stage.STARTED,
    MilestoneKind.START_REJECTED: Stage.REJECTED,
    MilestoneKind.START_DEFERRED: Stage.DEFERRED,
    MilestoneKind.ASSIGNMENT_ISSUED: Stage.ASSIGNED,
    MilestoneKind.GROUP_APPOINTED: Stage.IN_PROGRESS,
    MilestoneKind.INTERIM_REPORT: Stage.IN_PROGRESS,
    MilestoneKind.MANAGEMENT_GROUP_INFORMED: Stage.IN_PROGRESS,
    MilestoneKind.FINAL_REPORT: Stage.FINAL_REPORTED,
    MilestoneKind.COLLABORATION_GROUP_REVIEW: Stage.REVIEWED,
    MilestoneKind.MANAGEMENT_GROUP_DECISION: Stage.APPROVED,
    MilestoneKind.BOARD_RECOMMENDATION: Stage.RECOMMENDED,
    MilestoneKind.REGIONAL_DECISION: Stage.DECIDED_BY_REGIONS,
    MilestoneKind.IMPLEMENTATION: Stage.IN_IMPLEMENTATION,
    MilestoneKind.FOLLOW_UP: Stage.FOLLOWED_UP,
}


class ReviewSubject(enum.Enum):
    """What the collaboration group (samarbetsgruppen) reviewed (SFBV §5.1.2, §5.4.2).

    ``START_PROPOSAL``: the short written basis for the start decision, checked with
    the collaboration group before the management group sees it ("Avstämning sker med
    samarbetsgruppen före den presenteras för ledningsgruppen", §5.1.2).
    ``INTERIM_REPORT``: an interim report (delrapport) and ``FINAL_REPORT``: the final
    report; the group is "första instans för såväl slutrapport som eventuella
    delrapporter" (§5.4.2). A review that does not say is of the final report.
    """

    __hash__ = object.__hash__  # by identity, in C (Enum's hashes the name in Python)

    START_PROPOSAL = "start_proposal"
    INTERIM_REPORT = "interim_report"
    FINAL_REPORT = "final_report"


class DecisionLevel(enum.Enum):
    """The level at which a region decides (SFBV §5.6).

    "antingen på politisk nivå eller på tjänstemannanivå": ``POLITICAL`` or ``OFFICIAL``
    (tjänstemannanivå).
    """

    POLITICAL = "political"
    OFFICIAL = "official"


class DecisionOutcome(enum.Enum):
    """What a region decided on the board's recommendation (SFBV §5.6).

    ``ADOPTED`` (beslutat att följa rekommendationen), ``NOT_ADOPTED`` (beslutat att inte
    följa den), ``POSTPONED`` (bordlagt: the region has not yet decided).
    """

    ADOPTED = "adopted"
    NOT_ADOPTED = "not_adopted"
    POSTPONED = "postponed"


# A review of the start proposal belongs to the preparation, one of an interim report to the
# interim reports: their step is not the final report's review (rules SP017, SP023).
_REVIEW_STEP: Final = {
    ReviewSubject.START_PROPOSAL: MilestoneKind.PREPARED,
    ReviewSubject.INTERIM_REPORT: MilestoneKind.INTERIM_REPORT,
}


@attrs.frozen(kw_only=True)
class ExcerptReference:
    """Where a region's decision is recorded: its protocol excerpt (SFBV §5.6).

    Attributes:
        case_number: the region's case number (diarienummer), e.g. "RS 2023/118".
        paragraph: the protocol paragraph (§).
        date: the meeting date.

    """

    case_number: str = attrs.field(validator=_fields.text)
    paragraph: int = attrs.field(validator=_fields.whole(1))
    date: pendulum.Date = attrs.field(converter=_fields.date)

    def __str__(self) -> str:
        return f"{self.case_number}, § {self.paragraph}, {self.date.isoformat()}"


_ONLY_ON: Final = {
    "unanimous": MilestoneKind.MANAGEMENT_GROUP_DECISION,
    "binding": MilestoneKind.BOARD_RECOMMENDATION,
    "reviewed": MilestoneKind.COLLABORATION_GROUP_REVIEW,
    "region": MilestoneKind.REGIONAL_DECISION,
    "level": MilestoneKind.REGIONAL_DECISION,
    "outcome": MilestoneKind.REGIONAL_DECISION,
    "excerpt": MilestoneKind.REGIONAL_DECISION,
}


_NOT_ON: Final = {
    kind: tuple(field for field, only in _ONLY_ON.items() if only is not kind)
    for kind in MilestoneKind
}
"""Per kind, the fields of :data:`_ONLY_ON` it may not have, in that order (one loop, no
comparison of kinds per field)."""


@attrs.frozen(kw_only=True)
class Milestone:
    """A dated event of the process (SFBV §5).

    Attributes:
        kind: what happened.
        date: when.
        note: free text (e.g. the reason for a deferral).
        unanimous: for a management-group decision: whether the group was unanimous.
        wording: for the board: the decision as minuted ("Södra
            regionvårdsnämnden rekommenderar regionerna att …").
        binding: for the board: whether the decision was recorded as binding on
            the regions (it cannot be; rule SP019).
        reviewed: for a collaboration-group review: what the group reviewed (the
            start proposal, an interim report or the final report; unset means the
            final report).
        region: for a regional decision: the deciding region (huvudman).
        level: for a regional decision: political or official level (SFBV §5.6).
        outcome: for a regional decision: adopted, not adopted or postponed; unset
            means a decision of unrecorded outcome (it counts as decided).
        excerpt: for a regional decision: its protocol excerpt.

    Raises:
        InvalidValue: a field that belongs to another kind of milestone.

    """

    kind: MilestoneKind = attrs.field(converter=_fields.member)
    date: pendulum.Date = attrs.field(converter=_fields.date)
    note: str = attrs.field(default="", validator=_fields.any_text)
    unanimous: bool | None = attrs.field(default=None, validator=_fields.flag)
    wording: str = attrs.field(default="", validator=_fields.any_text)
    binding: bool | None = attrs.field(default=None, validator=_fields.flag)
    reviewed: ReviewSubject | None = attrs.field(default=None, converter=_fields.member)
    region: Region | None = attrs.field(default=None, converter=_fields.read)
    level: DecisionLevel | None = attrs.field(default=None, converter=_fields.member)
    outcome: DecisionOutcome | None = attrs.field(default=None, converter=_fields.member)
    excerpt: ExcerptReference | None = attrs.field(default=None, validator=_fields.instance)

    # The fields __attrs_post_init__ checks; it does nothing while all are None, so the
    # fast reader (vardservice.io._fast) calls it only when one is set.
    _POST_INIT_FIELDS = tuple(_ONLY_ON)

    def __attrs_post_init__(self) -> None:
        if (  # the common case, a milestone with none of them, without the loop (~4x faster)
            self.region is None
            and self.excerpt is None
            and self.reviewed is None
            and self.unanimous is None
            and self.binding is None
            and self.level is None
            and self.outcome is None
        ):
            return
        for field in _NOT_ON[self.kind]:
            value = getattr(self, field)
            if value is not None:
                raise InvalidValue(
                    "Milestone", field, value, f"no {field} on a {self.kind.value} milestone"
                )

    @property
    def step(self) -> int:
        """The step of the process this milestone belongs to (see :attr:`MilestoneKind.step`).

        A collaboration-group review of the start proposal belongs to the preparation,
        one of an interim report to the interim reports; every other milestone is at
        its kind's step.
        """
        reviewed = self.reviewed
        if reviewed is None or reviewed is ReviewSubject.FINAL_REPORT:
            return self.kind.step
        return _REVIEW_STEP[reviewed].step

    @property
    def is_final_report_review(self) -> bool:
        """Whether this is the collaboration group's review of the final report (SFBV §5.4.2)."""
        return self.kind is MilestoneKind.COLLABORATION_GROUP_REVIEW and (
            self.reviewed is None or self.reviewed is ReviewSubject.FINAL_REPORT
        )


def _when(milestone: Milestone) -> pendulum.Date:
    return milestone.date


def milestones_of(
    milestones: Iterable[Milestone], kind: MilestoneKind | str, *, owner: str
) -> tuple[Milestone, ...]:
    """Return the milestones of one kind (a member or its value), earliest first.

    Raises:
        InvalidValue: ``kind`` is not a milestone kind, naming ``owner.kind``.

    """
    wanted = _fields.check_member(kind, MilestoneKind, owner=owner, field="kind")
    return tuple(sorted((m for m in milestones if m.kind is wanted), key=_when))


def stage_of(milestones: Iterable[Milestone]) -> Stage:
    """Return the stage the milestones reach: that of the latest step, ``DRAFT`` if none.

    The latest step wins, not the latest date: a subproject whose milestones are
    out of order (rule SP023) still has one stage. Within the start decision's
    step the latest-dated outcome wins (a deferred proposal may later start).

    Example:
        >>> stage_of([Milestone(kind="start_deferred", date="2023-02-01"),
        ...           Milestone(kind="start_decided", date="2023-09-01")])
        <Stage.STARTED: 'started'>

    """
    found = tuple(milestones)
    if not found:
        return Stage.DRAFT
    last = max(found, key=lambda m: (m.step, m.date))
    if last.reviewed is not None and last.reviewed is not ReviewSubject.FINAL_REPORT:
        return _STAGE_OF[_REVIEW_STEP[last.reviewed]]
    return _STAGE_OF[last.kind]
