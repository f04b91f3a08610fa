"""The national service network (Nationella servicenätverket, NSN): another kind of network.

NSN is not a member network of the regions. It is a network within Hela Sverige
ska leva (a national rural-development movement: its riksorganisation,
länsavdelningar and local groups), coordinated by the riksorganisation
("Nätverket ska samordnas av riksorganisationen", NSN). It has no fees, no
budget and no voting members; who takes part "updated in the autumn" ("vilka
som ska ingår i nätverket uppdaterar vi under hösten"), so its participants are
data that may be empty.

It states four goals for the network ("Mål för servicenätverket") and seven
long-term goals for service in Sweden ("Mål för service i Sverige"); under "Hur
når vi målen för servicenätverket" each network goal has its ways of reaching
it, most stated in the present tense (what the network does), some with "kan"
(what it may do). It meets four times a year to follow up the goals, and
external parties may join those meetings; it may arrange meetings with the
länsavdelningar; it develops a knowledge bank (Servicekunskapsbanken) and
informs through a platform (Servicebanken), which the source names apart.

Example:
    >>> from vardservice.networks import NationalNetwork, NetworkGoal, Way
    >>> nsn = NationalNetwork(name="Servicenätverket", goals=[
    ...     NetworkGoal(title="Samlar kunskap", ways=[Way(text="Ordnar träffar", modality="may")]),
    ... ])
    >>> nsn.kind, nsn.participants, nsn.goals[0].ways[0].modality.value
    ('national_network', (), 'may')

"""

from __future__ import annotations

import enum
from typing import Final, Literal

import attrs

from vardservice import _fields
from vardservice.errors import InvalidValue
from vardservice.networks._plans import Resource
from vardservice.planning import AnnualWheel
from vardservice.sources import Citation

KIND: Final = "national_network"
"""The value of ``kind`` that marks a national-network document."""

_MAX_MEETINGS: Final = 366  # a year's days


class Modality(enum.Enum):
    """How the source states something: the verb that grades a breach of it.

    The library's one reading of the network sources (see :mod:`vardservice.rules.networks`).
    """

    SHALL = "shall"
    """*ska*, *skall*, *måste*: required; a breach is an error."""
    STATES = "states"
    """The present tense stating what the network does or has ("samlas fyra gånger per år");
    a breach is an error, as with *ska*."""
    SHOULD = "should"
    """*bör*: recommended; a breach is a warning."""
    MAY = "may"
    """*kan*: a possibility; at most an information."""

    @property
    def is_commitment(self) -> bool:
        """Whether the network commits to it: *ska* or the present tense."""
        return self in (Modality.SHALL, Modality.STATES)


def _kind(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if value != KIND:
        raise InvalidValue(type(instance).__name__, attribute.name, value, repr(KIND))


@attrs.frozen(kw_only=True)
class Way:
    """A way of reaching a network goal (NSN "Hur når vi målen för servicenätverket").

    Attributes:
        text: the way, as the source words it.
        modality: how the source states it: ``"states"`` (the present tense, what the
            network does; the default) or ``"may"`` (*kan*, what it may do).
        note: anything a reader should know.

    """

    text: str = attrs.field(validator=_fields.text)
    modality: Modality = attrs.field(default=Modality.STATES, converter=_fields.member)
    note: str = attrs.field(default="", validator=_fields.any_text)


@attrs.frozen(kw_only=True)
class NetworkGoal:
    """A goal of the national network (NSN "Mål för servicenätverket"), with its ways.

    Attributes:
        title: the goal, as the source words it.
        ways: the ways of reaching it, in the source's order (rule NSN002: at least one).

    """

    title: str = attrs.field(validator=_fields.text)
    ways: tuple[Way, ...] = attrs.field(default=(), converter=_fields.items)

    @property
    def committed_ways(self) -> tuple[Way, ...]:
        """The ways the network states it does (*ska* or the present tense), not only *kan*."""
        return tuple(w for w in self.ways if w.modality.is_commitment)


@attrs.frozen(kw_only=True)
class MeetingSeries:
    """A recurring meeting of the network: the follow-up meetings, or those with the branches.

    Attributes:
        title: what the meetings are (``"Servicenätverkets möte"``).
        per_year: how many times a year, when stated (NSN: four, rule NSN001).
        purpose: what the meetings are for, as a phrase that follows the count
            ("med syfte att följa upp målbilderna …").
        participants: who meets, besides the network (``"länsavdelningarna"``).
        external_parties: external parties may join ("kan också externa parter knytas").
        modality: how the source states the meetings: ``"states"`` (NSN's four
            meetings) or ``"may"`` (the meetings with the länsavdelningar).

    """

    title: str = attrs.field(validator=_fields.text)
    per_year: int | None = attrs.field(default=None, validator=_fields.whole(0, _MAX_MEETINGS))
    purpose: str = attrs.field(default="", validator=_fields.any_text)
    participants: str = attrs.field(default="", validator=_fields.any_text)
    external_parties: bool = attrs.field(default=False, validator=_fields.flag)
    modality: Modality = attrs.field(default=Modality.STATES, converter=_fields.member)


@attrs.frozen(kw_only=True)
class Participant:
    """Someone who takes part in the national network (a person, a länsavdelning, a role).

    Attributes:
        name: the participant.
        role: the participant's role or organisation.

    """

    name: str = attrs.field(validator=_fields.text)
    role: str = attrs.field(default="", validator=_fields.any_text)


@attrs.frozen(kw_only=True)
class NationalNetwork:
    """A national network within a movement, such as NSN (Nationella servicenätverket).

    Not a member network: no members, votes, fees or budget, so none of Best
    Service's rules (BS) applies; its own rules are NSN001-NSN003. A document holds
    one when it says ``kind: national_network``.

    Attributes:
        kind: always ``"national_network"``: what tells the document apart from a
            member network (:class:`~vardservice.networks.Network`).
        name: the network's name.
        movement: the movement it belongs to (``"Hela Sverige ska leva"``).
        coordinator: who coordinates it (NSN: the riksorganisation; rule NSN003).
        purpose: why it exists, in the source's words.
        participants: who takes part; may be empty (NSN: "updated in the autumn").
        participants_note: what the source says of the participants, shown when
            none are recorded.
        goals: the goals for the network (NSN: four), each with its ways.
        long_term_goals: the long-term goals for the field (NSN "Mål för service i
            Sverige": seven).
        meetings: the meetings that follow up the goals (NSN: four a year, rule NSN001).
        branch_meetings: the meetings with the movement's länsavdelningar (NSN: *kan*).
        knowledge_bank: the knowledge bank the network develops (Servicekunskapsbanken).
        platform: the platform it informs through (Servicebanken).
        annual_wheel: when in the year things happen (:mod:`vardservice.planning`).
        source: the document the network is described in.
        note: anything a reader should know.

    """

    kind: Literal["national_network"] = attrs.field(default=KIND, validator=_kind)
    name: str = attrs.field(validator=_fields.text)
    movement: str | None = attrs.field(default=None, validator=_fields.text)
    coordinator: str | None = attrs.field(default=None, validator=_fields.text)
    purpose: str = attrs.field(default="", validator=_fields.any_text)
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_fields.items)
    participants_note: str = attrs.field(default="", validator=_fields.any_text)
    goals: tuple[NetworkGoal, ...] = attrs.field(default=(), converter=_fields.items)
    long_term_goals: tuple[str, ...] = attrs.field(default=(), converter=_fields.texts)
    meetings: MeetingSeries | None = attrs.field(default=None, validator=_fields.instance)
    branch_meetings: MeetingSeries | None = attrs.field(default=None, validator=_fields.instance)
    knowledge_bank: Resource | None = attrs.field(default=None, validator=_fields.instance)
    platform: Resource | None = attrs.field(default=None, validator=_fields.instance)
    annual_wheel: AnnualWheel | None = attrs.field(default=None, validator=_fields.instance)
    source: Citation | None = attrs.field(default=None, validator=_fields.instance)
    note: str = attrs.field(default="", validator=_fields.any_text)

    def label(self) -> str:
        """Return the network's name (how reports name it)."""
        return self.name
