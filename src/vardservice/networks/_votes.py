"""Votes: who may vote on a date, ballots, tallies under explicit decision rules (BS §4.1)."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable

import attrs
import pendulum

from vardservice import _fields
from vardservice.dates import to_date
from vardservice.errors import InvalidValue
from vardservice.networks._model import Network, _member_key, _member_text

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
    vote: Vote = attrs.field(converter=_fields.member)


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
    day = to_date(on, owner="tally", field="on")
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
