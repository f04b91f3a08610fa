"""The source documents that vardservice cites (källor).

Every rule and every shipped figure names where it comes from. The five
governance documents in the project's seed collection are listed here once,
under short keys; a :class:`Citation` is such a key plus a section, printed the
way the documentation writes it (``"BS §5.1"``).

Population figures cite Statistics Sweden (SCB) per figure, in the data file
``data/population_sources.csv`` (see :mod:`vardservice.regions`).

Example:
    >>> from vardservice.sources import cite, SOURCES
    >>> str(cite("BS", "5.1"))
    'BS §5.1'
    >>> SOURCES["SFBV"].title
    'Beskrivning av arbetsmetoden "Samarbete för bättre vård"'

"""

from __future__ import annotations

from types import MappingProxyType

import attrs

from vardservice.errors import InvalidValue

__all__ = ["SOURCES", "Citation", "Source", "cite"]


@attrs.frozen
class Source:
    """A source document.

    Attributes:
        key: the short key used in citations (``"BS"``).
        title: the document's title, in Swedish as published.
        issuer: who issued it.
        description: one English sentence on what it is.
        date: the document's date (ISO 8601, as precise as known), or ``None``.

    """

    key: str
    title: str
    issuer: str
    description: str
    date: str | None = None


_SOURCES = (
    Source(
        key="BS",
        title="Best Service medlemsnätverk",
        issuer="Best Service",
        date=None,
        description=(
            "The member network of the Swedish regions' service organisations: background, "
            "vision, roles, economy (fee tiers, budget) and planning."
        ),
    ),
    Source(
        key="NSN",
        title="Nationella servicenätverket",
        issuer="Hela Sverige ska leva",
        date=None,
        description=(
            "The national service network for rural service: goals, meetings, knowledge bank."
        ),
    ),
    Source(
        key="SFBV",
        title='Beskrivning av arbetsmetoden "Samarbete för bättre vård"',
        issuer="Södra sjukvårdsregionen",
        date="2023",
        description=(
            "The working method of cross-regional subprojects in the Southern healthcare region "
            "(Blekinge, Halland, Kronoberg, Skåne)."
        ),
    ),
    Source(
        key="HSN90",
        title="Protokoll, Hälso- och sjukvårdsnämndens arbetsutskott, § 90 Vårdnära service",
        issuer="Hälso- och sjukvårdsnämndens arbetsutskott",
        date="2020-11-18",
        description=(
            "Protocol excerpt on ward-near service (vårdnära service), case HSN 938-2020. "
            "The excerpt names the body but no region."
        ),
    ),
    Source(
        key="RGS-VNS",
        title="Fortsatt utveckling av vårdnära service (VNS)",
        issuer="Region Halland, Driftnämnden Regionservice",
        date=None,
        description=(
            "Continued development of ward-near service: staffing reduction, costs, "
            "compensation and deviation."
        ),
    ),
)

SOURCES: MappingProxyType[str, Source] = MappingProxyType({s.key: s for s in _SOURCES})
"""The cited source documents by key: BS, NSN, SFBV, HSN90, RGS-VNS."""


def _known_key(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in SOURCES:
        raise InvalidValue(
            "Citation", attribute.name, value, f"one of {', '.join(sorted(SOURCES))}"
        )


def _section(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue("Citation", attribute.name, value, "a non-empty section, e.g. '5.1'")


@attrs.frozen
class Citation:
    """A place in a source document: a key and a section.

    Attributes:
        key: a key of :data:`SOURCES`.
        section: the section as the document numbers it (``"5.4.1"``, ``"1"``), or
            the heading of a document without numbered sections.

    """

    key: str = attrs.field(validator=_known_key)
    section: str = attrs.field(validator=_section)

    @property
    def source(self) -> Source:
        """The cited document."""
        return SOURCES[self.key]

    def __str__(self) -> str:
        # Numbered sections take a section sign ("BS §5.1"); a document without
        # numbered sections is cited by its heading ("RGS-VNS, Ekonomiska konsekvenser").
        if self.section[0].isdigit():
            return f"{self.key} §{self.section}"
        return f"{self.key}, {self.section}"


def cite(key: str, section: str) -> Citation:
    """Return a :class:`Citation`, checking that the key is a known source.

    Raises:
        InvalidValue: the key is not one of :data:`SOURCES`.

    """
    return Citation(key, section)
