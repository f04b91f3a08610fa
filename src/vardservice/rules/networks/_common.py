"""Shared helpers of the network rules (private)."""

from __future__ import annotations

from vardservice.errors import UnknownRegion
from vardservice.networks import Network
from vardservice.regions import get_region


def _is_nsn(network: Network) -> bool:
    """Whether a member network's document cites NSN (written before NationalNetwork)."""
    return network.source is not None and network.source.key == "NSN"


def _governed_by_bs(network: Network) -> bool:
    """Best Service's rules bind a network described by BS, or one that names no source.

    A network whose document cites another source (the national service network,
    NSN) is not governed by Best Service's statutes and plans.
    """
    return network.source is None or network.source.key == "BS"


def _name(member: str) -> str:
    """Return a member's name for a message: the region's name, or the member as written."""
    try:
        return get_region(member).name if member.isdigit() else member
    except UnknownRegion:
        return member


_MEMBERS_QUOTE = "Samtliga regioner kan vara medlem i Best Service."
_VOTE_QUOTE = "Medlemskapet beviljas av styrelsen och varje medlem har en röst."
