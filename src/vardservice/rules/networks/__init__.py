"""Rules for networks (BS §4-6): members, votes, fees, budget, plans, groups, organisation.

A network is checked for a year: the year of the ``as_of`` date. The command
``vardservice network FILE --year Y`` checks as of 31 December of *Y*, so that
the whole year's memberships count. Rules that need data besides the network
(fee schedules, population figures, the plan) read them from the
:class:`~vardservice.networks.Network` document itself.

Severity follows the source's verb (*ska* → error, *bör* → warning). BS describes
much of its practice in the present tense ("Varje år tas en verksamhetsplan …
fram", "Expertgrupperna har sin förankring i styrelsen"); where that
describes what the network's own order requires, a breach is graded as an
error, and where it describes how the organisation is usually made up
(§4.4, §6's list of planning documents), as a warning. Each rule's page says which.

The rules cited to BS bind networks governed by Best Service's order: a network
whose document names another source (``source: NSN, …``, the national service
network) is checked only against the rules of its own source (NW013).

Example:
    >>> from vardservice.rules import check
    >>> from vardservice.networks import Membership, Network
    >>> network = Network(name="N", members=[
    ...     Membership(region="07", granted_on="2018-01-01"),
    ...     Membership(region="Kronoberg", granted_on="2019-01-01"),
    ... ])
    >>> report = check(network, as_of="2024-12-31", select="NW002", lang="en")
    >>> [(f.code, f.path) for f in report.findings]
    [('NW002', '$.members[1]')]

"""

from __future__ import annotations

# The rules live in the private modules of this package; vardservice.rules finds them
# by walking the package.

__all__: list[str] = []
