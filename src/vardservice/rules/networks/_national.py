"""The national service network's own rules (NSN001-NSN003): meetings, goals, coordinator.

They bind a :class:`~vardservice.networks.NationalNetwork`; no Best Service rule
does (those bind :class:`~vardservice.networks.Network`). Graded by the same
reading as the network rules (:mod:`vardservice.rules.networks`).
"""

from __future__ import annotations

from collections.abc import Iterator

from vardservice.networks import MeetingSeries, Modality, NationalNetwork, NetworkGoal, Way
from vardservice.planning import AnnualWheel, MeetingRule
from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.sources import cite

NSN_MEETINGS_PER_YEAR = 4
"""How many times a year NSN meets: "samlas fyra gånger per år" (NSN)."""

_HOW = "Hur når vi målen för servicenätverket"


def _nsn001_example() -> tuple[NationalNetwork, str]:
    network = NationalNetwork(
        name="Servicenätverket",
        coordinator="Riksorganisationen",
        meetings=MeetingSeries(title="Servicenätverkets möte", per_year=4),
        annual_wheel=AnnualWheel(name="Årshjul 2024", meetings=MeetingRule(count=2)),
    )
    return network, "2024-12-31"


@register(
    "NSN001",
    subject=NationalNetwork,
    example=_nsn001_example,
    severity=Severity.ERROR,
    title=N_("The network meets four times a year to follow up its goals"),
    source=cite("NSN", _HOW),
    quote=(
        "Servicenätverket samlas fyra gånger per år med syfte att följa upp målbilderna för "
        "servicenätverket och de långsiktiga målen för service i hela Sverige."
    ),
    paraphrase=(
        "The network meets four times a year to follow up its goals and the long-term goals: "
        "its meetings say four a year, and its annual wheel, when it has one, plans four."
    ),
)
def meets_four_times_a_year(network: NationalNetwork, ctx: RuleContext) -> Iterator[Finding]:
    """Report meetings not recorded or not four a year, and a wheel planning another number."""
    expected = NSN_MEETINGS_PER_YEAR
    meetings = network.meetings
    if meetings is None:
        yield ctx.finding(
            "$.meetings",
            ctx.gettext(
                "The network's meetings are not recorded; it meets {expected} times a year.",
                expected=expected,
            ),
            evidence={"expected": expected},
        )
    elif meetings.per_year != expected:
        stated = meetings.per_year
        yield ctx.finding(
            "$.meetings.per_year",
            ctx.gettext(
                "The network's meetings are recorded as {stated} a year; it meets {expected} "
                "times a year.",
                stated="–" if stated is None else stated,
                expected=expected,
            ),
            evidence={"expected": expected}
            if stated is None
            else {"stated": stated, "expected": expected},
        )
    wheel = network.annual_wheel
    if wheel is None:
        return
    planned = 0 if wheel.meetings is None else wheel.meetings.count
    if planned != expected:
        yield ctx.finding(
            "$.annual_wheel.meetings",
            ctx.gettext(
                "The annual wheel plans {planned} meetings a year; the network meets {stated} "
                "times a year.",
                planned=planned,
                stated=expected,
            ),
            evidence={"planned": planned, "stated": expected},
        )


def _nsn002_example() -> tuple[NationalNetwork, str]:
    network = NationalNetwork(
        name="Servicenätverket",
        coordinator="Riksorganisationen",
        meetings=MeetingSeries(title="Servicenätverkets möte", per_year=4),
        goals=[
            NetworkGoal(title="Servicenätverket samlar kunskap i riksorganisationen om service"),
            NetworkGoal(
                title="Servicenätverket jobbar för att öka kunskapen om service i hela Sverige",
                ways=[Way(text="Servicenätverket kan arrangera konferenser.", modality="may")],
            ),
        ],
    )
    return network, "2024-12-31"


@register(
    "NSN002",
    subject=NationalNetwork,
    example=_nsn002_example,
    severity=Severity.ERROR,
    also=(Severity.INFO,),
    title=N_("Each network goal has a way of reaching it"),
    source=cite("NSN", _HOW),
    quote=_HOW,
    paraphrase=(
        'Under the heading "How do we reach the network\'s goals" the source lists, in the '
        "present tense, what the network does for each of its goals: a goal with no way of "
        'reaching it is an error; a goal whose ways are all stated with "kan" (what the '
        "network may do) is an information."
    ),
)
def goals_have_ways(network: NationalNetwork, ctx: RuleContext) -> Iterator[Finding]:
    """Report each goal without ways (error), or with only *kan* ways (info)."""
    for i, goal in enumerate(network.goals):
        if not goal.ways:
            yield ctx.finding(
                f"$.goals[{i}].ways",
                ctx.gettext(
                    "The goal {goal!r} has no way of reaching it; each goal has at least one.",
                    goal=goal.title,
                ),
                evidence={"goal": goal.title, "ways": 0},
            )
        elif not goal.committed_ways:
            yield ctx.finding(
                f"$.goals[{i}].ways",
                ctx.gettext(
                    "Every way of reaching the goal {goal!r} is stated with \u201ckan\u201d; "
                    "none says what the network does.",
                    goal=goal.title,
                ),
                severity=Severity.INFO,
                evidence={"goal": goal.title, "ways": len(goal.ways), "may": Modality.MAY.value},
            )


def _nsn003_example() -> tuple[NationalNetwork, str]:
    network = NationalNetwork(
        name="Servicenätverket",
        meetings=MeetingSeries(title="Servicenätverkets möte", per_year=4),
    )
    return network, "2024-12-31"


@register(
    "NSN003",
    subject=NationalNetwork,
    example=_nsn003_example,
    severity=Severity.ERROR,
    title=N_("The network has a coordinator"),
    source=cite("NSN", "Nationella servicenätverket"),
    quote="Nätverket ska samordnas av riksorganisationen",
    paraphrase=(
        "The network shall be coordinated by the riksorganisation of Hela Sverige ska leva: "
        "the document names who coordinates it."
    ),
)
def has_coordinator(network: NationalNetwork, ctx: RuleContext) -> Iterator[Finding]:
    """Report a network that names no coordinator."""
    if network.coordinator is None:
        yield ctx.finding(
            "$.coordinator",
            ctx.gettext(
                "The network names no coordinator; it is to be coordinated by the riksorganisation."
            ),
        )
