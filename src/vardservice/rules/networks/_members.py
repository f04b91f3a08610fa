"""Network rules on members: regions, once each, one vote, a delegate's mandate (private)."""

from __future__ import annotations

from collections.abc import Iterator

from vardservice.networks import Delegate, Membership, Network
from vardservice.rules._core import N_, Finding, RuleContext, Severity, register
from vardservice.rules.networks._common import _MEMBERS_QUOTE, _VOTE_QUOTE, _governed_by_bs, _name
from vardservice.sources import cite


def _nw001_example() -> tuple[Network, str]:
    network = Network(
        name="Södra",
        members=[
            Membership(region="Kronoberg", granted_on="2018-01-01"),
            Membership(region="Stockholms stad", granted_on="2019-01-01"),
        ],
    )
    return network, "2024-12-31"


@register(
    "NW001",
    subject=Network,
    example=_nw001_example,
    applies=_governed_by_bs,
    severity=Severity.INFO,
    title=N_("The members are regions"),
    source=cite("BS", "4.1"),
    quote=_MEMBERS_QUOTE,
    paraphrase=(
        'Membership is open to the regions ("kan": a possibility, so an information): a '
        "member that is not one of the 21 regions, by county code or name, is outside what BS "
        "provides for, and has no fee tier."
    ),
)
def members_are_regions(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Each member that is not one of the 21 regions is a finding at its place."""
    for i, membership in enumerate(network.members):
        if not membership.is_region:
            yield ctx.finding(
                f"$.members[{i}]",
                ctx.gettext(
                    "The member {member!r} is not a region; Best Service's membership is open "
                    "to the regions.",
                    member=membership.region,
                ),
                evidence={"member": membership.region},
            )


def _nw002_example() -> tuple[Network, str]:
    network = Network(
        name="Södra",
        members=[
            Membership(region="07", granted_on="2018-01-01"),
            Membership(region="Kronoberg", granted_on="2019-01-01"),
        ],
    )
    return network, "2024-12-31"


@register(
    "NW002",
    subject=Network,
    example=_nw002_example,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title=N_("No region is a member twice at the same time"),
    source=cite("BS", "4.1"),
    quote=_VOTE_QUOTE,
    paraphrase=(
        "Each member has one vote, so a region is listed at most once for any day; a region "
        "that left and joined again has two memberships that do not overlap."
    ),
)
def no_duplicate_members(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report each membership overlapping an earlier one of the same member."""
    for i, later in enumerate(network.members):
        for j, earlier in enumerate(network.members[:i]):
            if earlier.region != later.region or not _overlap(earlier, later):
                continue
            yield ctx.finding(
                f"$.members[{i}]",
                ctx.gettext(
                    "{member} is listed as a member twice (also {first}) with overlapping "
                    "memberships; each member is to be listed once.",
                    member=_name(later.region),
                    first=f"$.members[{j}]",
                ),
                evidence={"member": later.region, "first": f"$.members[{j}]"},
            )
            break


def _overlap(a: Membership, b: Membership) -> bool:
    if a.granted_on is None or b.granted_on is None:
        # Ungranted listings are drafts: two of the same region are still listed twice.
        return True
    a_end, b_end = a.ends_on, b.ends_on
    return (b_end is None or a.granted_on <= b_end) and (a_end is None or b.granted_on <= a_end)


def _nw003_example() -> tuple[Network, str]:
    network = Network(
        name="Södra",
        members=[Membership(region="Kronoberg", granted_on="2018-01-01", votes=2)],
    )
    return network, "2024-12-31"


@register(
    "NW003",
    subject=Network,
    example=_nw003_example,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title=N_("Each member has one vote"),
    source=cite("BS", "4.1"),
    quote=_VOTE_QUOTE,
    paraphrase="Every member has exactly one vote.",
)
def one_vote_each(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report each membership with a number of votes other than one."""
    for i, membership in enumerate(network.members):
        if membership.votes != 1:
            yield ctx.finding(
                f"$.members[{i}].votes",
                ctx.gettext(
                    "{member} has {votes} votes; each member is to have one vote.",
                    member=_name(membership.region),
                    votes=membership.votes,
                ),
                evidence={"member": membership.region, "votes": membership.votes},
            )


def _nw008_example() -> tuple[Network, str]:
    network = Network(
        name="Södra",
        members=[
            Membership(
                region="Kronoberg",
                granted_on="2018-01-01",
                delegate=Delegate(name="Eva Ek", mandate_local=True),
            )
        ],
    )
    return network, "2024-12-31"


@register(
    "NW008",
    subject=Network,
    example=_nw008_example,
    applies=_governed_by_bs,
    severity=Severity.ERROR,
    title=N_("A member's delegate has a mandate on local and national service questions"),
    source=cite("BS", "4.1"),
    quote=(
        "Deltagare vid medlemskonferenser representerar sin region och skall ha mandat att "
        "fatta beslut i såväl lokala som nationella servicefrågor."
    ),
    paraphrase=(
        "A member's delegate at member conferences represents the region and shall have a "
        "mandate to decide on both local and national service questions."
    ),
)
def delegates_have_mandate(network: Network, ctx: RuleContext) -> Iterator[Finding]:
    """Report each named delegate without both mandates."""
    for i, membership in enumerate(network.members):
        delegate = membership.delegate
        if delegate is None or delegate.has_mandate:
            continue
        missing = tuple(
            word
            for word, ok in (
                ("local", delegate.mandate_local),
                ("national", delegate.mandate_national),
            )
            if not ok
        )
        member = _name(membership.region)
        if len(missing) == 2:
            message = ctx.gettext(
                "The delegate of {member} has no mandate on local and national service questions.",
                member=member,
            )
        elif delegate.mandate_national:
            message = ctx.gettext(
                "The delegate of {member} has no mandate on local service questions.",
                member=member,
            )
        else:
            message = ctx.gettext(
                "The delegate of {member} has no mandate on national service questions.",
                member=member,
            )
        yield ctx.finding(
            f"$.members[{i}].delegate",
            message,
            evidence={"member": membership.region, "missing": missing},
        )
