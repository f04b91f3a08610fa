"""Networks (nätverk): members and votes, the board, expert groups, plans, fees and budgets.

A network such as Best Service (BS) is a voluntary member network of the
regions: the board grants membership, each member has one vote, and members
pay an annual fee (BS §4.1). It works in operational areas (verksamhetsområden,
BS §3), through expert groups anchored in the board (expertgrupper, BS §4.2)
and a management and development organisation of people from the regions on
time-limited part-time assignments (förvaltnings- och utvecklingsorganisationen,
BS §4.4). Every year it adopts an operations plan with an activity plan and a
budget (verksamhetsplan, aktivitetsplan, budget, BS §6), and the budget rests on
the fees paid for the year (BS §5.2).

The national service network (NSN) is another kind of network:
:class:`NationalNetwork`, within Hela Sverige ska leva and coordinated by its
riksorganisation, with no members, fees or budget; its goals, each with ways of
reaching it, its long-term goals, its meetings four times a year, its knowledge
bank and its platform (NSN). The fields of :class:`Network` that described NSN
(``goals``, ``long_term_goals``, ``meetings_per_year``, ``resources``,
``coordinator``) remain for documents written before, and are deprecated.

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

from typing import Final

from vardservice import _fields
from vardservice.networks._model import (
    Board,
    Delegate,
    ExpertGroup,
    ManagementOrganisation,
    Membership,
    Network,
    OperationalArea,
    Partner,
    StaffAssignment,
    Theme,
)
from vardservice.networks._money import (
    NetworkBudget,
    member_fees,
    network_budget,
)
from vardservice.networks._national import (
    MeetingSeries,
    Modality,
    NationalNetwork,
    NetworkGoal,
    Participant,
    Way,
)
from vardservice.networks._plans import (
    BudgetLine,
    CostKind,
    DocumentKind,
    Goal,
    GoverningDocument,
    IncomeLine,
    OperationsPlan,
    PlanActivity,
    Resource,
)
from vardservice.networks._votes import (
    Ballot,
    DecisionRule,
    Vote,
    VoteResult,
    tally,
    voters,
)

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
    "MeetingSeries",
    "Membership",
    "Modality",
    "NationalNetwork",
    "Network",
    "NetworkBudget",
    "NetworkGoal",
    "OperationalArea",
    "OperationsPlan",
    "Participant",
    "Partner",
    "PlanActivity",
    "Resource",
    "StaffAssignment",
    "Theme",
    "Vote",
    "VoteResult",
    "Way",
    "member_fees",
    "network_budget",
    "tally",
    "voters",
]

# The classes and functions live in private modules (one concept per file); they are
# documented, referenced and imported as vardservice.networks.<name>.
_fields.adopt(__name__, globals(), __all__)
