"""Rules for networks (BS §4-6, NSN): members, votes, fees, budget, plans, groups, organisation.

A network is checked for a year: the year of the ``as_of`` date. The command
``vardservice network FILE --year Y`` checks as of 31 December of *Y*, so that
the whole year's memberships count. Rules that need data besides the network
(fee schedules, population figures, the plan) read them from the
:class:`~vardservice.networks.Network` document itself.

How the rules are graded, one reading for every rule: BS (and NSN) state their
order mostly in the present tense, as statutes do: "Medlemskapet beviljas av
styrelsen och varje medlem har en röst", "Varje år tas en verksamhetsplan …
fram", "Expertgrupperna har sin förankring i styrelsen". The library reads
them by one rule, the DOMAIN table of normative words extended to the present
tense:

* *ska*, *skall*, *måste*, **and the present tense stating what the network
  does or has** → a breach is an **error**: the sentence says how the network
  is, so a network that is otherwise breaks its own order;
* *bör* (and *viktigt*, *föredömligt*) → a **warning**;
* *kan* (and *är en fördel*) → at most an **information**: it states a
  possibility, and a network that does not use it breaks nothing.

So NW002-NW013 (present tense, or *skall* in NW008) are errors, and NW001,
whose sentence is "Samtliga regioner kan vara medlem i Best Service", is an
information: BS opens membership to the regions and says nothing of others. The
national network's rules (NSN001-NSN003, :class:`~vardservice.networks.NationalNetwork`)
follow the same reading; a way of reaching a goal stated with *kan* is recorded
as such (:class:`~vardservice.networks.Modality`).

The rules cited to BS bind networks governed by Best Service's order: a
:class:`~vardservice.networks.Network` whose document names another source
(``source: NSN, …``) is checked only against the rules of its own source
(NW013). The national service network is its own kind,
:class:`~vardservice.networks.NationalNetwork`, to which no BS rule applies.

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
