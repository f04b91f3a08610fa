"""The source documents that vardservice cites (källor).

Every rule and every shipped figure names where it comes from. The five
governance documents in the project's seed collection are listed here once,
under short keys; a :class:`Citation` is such a key plus a section, printed the
way the documentation and the data files write it (``"BS §5.1"``), and as a
document's text cites it (:attr:`Citation.text`, ``"BS § 5.1"`` with a no-break
space after the section sign, the way :func:`section_sign` writes every "§").

Population figures cite Statistics Sweden (SCB) per figure, in the data file
``data/population_sources.csv`` (see :mod:`vardservice.regions`).

Example:
    >>> from vardservice.sources import cite, SOURCES
    >>> str(cite("BS", "5.1"))
    'BS §5.1'
    >>> cite("BS", "5.1").text
    'BS §\xa05.1'
    >>> SOURCES["SFBV"].title
    'Beskrivning av arbetsmetoden "Samarbete för bättre vård"'

"""

from __future__ import annotations

from types import MappingProxyType

import attrs

from vardservice.errors import InvalidValue

__all__ = ["SOURCES", "Citation", "Source", "cite", "section_sign"]


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
        # This is the data form (JSON, SARIF, the files' "source" fields); documents
        # use .text.
        if self.section[0].isdigit():
            return f"{self.key} §{self.section}"
        return f"{self.key}, {self.section}"

    @property
    def text(self) -> str:
        """The citation as a document's text writes it, by :func:`section_sign`.

        Example:
            >>> cite("SFBV", "5.1.1").text.replace("\xa0", "~")
            'SFBV §~5.1.1'
            >>> cite("HSN90", "§ 90 Vårdnära service").text.replace("\xa0", "~")
            'HSN90, §~90 Vårdnära service'
            >>> cite("RGS-VNS", "Ekonomiska konsekvenser").text
            'RGS-VNS, Ekonomiska konsekvenser'

        """
        if self.section[0].isdigit():
            return f"{self.key} {section_sign(self.section)}"
        if self.section.startswith("§"):
            return f"{self.key}, {section_sign(self.section)}"
        return f"{self.key}, {self.section}"


def cite(key: str, section: str) -> Citation:
    """Return a :class:`Citation`, checking that the key is a known source.

    Raises:
        InvalidValue: the key is not one of :data:`SOURCES`.

    """
    return Citation(key, section)


def section_sign(section: str | int) -> str:
    """Return a section (paragraf) as Swedish text writes it: "§ 5.1.1", "§ 90".

    A no-break space follows the section sign, so that a line never ends on a
    bare "§". Every "§" a document writes comes from here: citations
    (:attr:`Citation.text`) and a protocol's paragraphs.

    Args:
        section: the section's number, with or without its sign and space
            (``"5.1.1"``, ``90``, ``"§90"``, ``"§ 90 Vårdnära service"``).

    Returns:
        ``"§\xa0"`` and the section.

    Example:
        >>> section_sign("5.1.1"), section_sign(90), section_sign("§ 90")
        ('§\xa05.1.1', '§\xa090', '§\xa090')

    """
    return "\u00a7\u00a0" + str(section).removeprefix("\u00a7").lstrip()
