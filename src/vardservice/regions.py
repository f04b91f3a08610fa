"""Regions (regioner), healthcare regions (sjukvårdsregioner) and populations (folkmängd).

Sweden has 21 regions, each the health-care principal (huvudman) of one county
(län) with a two-digit county code (länskod), e.g. 07 Kronoberg. All of them
may be members of Best Service (BS §4.1). The six healthcare regions group the
regions for cross-regional care under Hälso- och sjukvårdsförordningen
(2017:80); Region Halland belongs to two of them, since its southern
municipalities are in Södra and its northern ones in Västra. SFBV §1 names
Södra's members: Blekinge, Halland, Kronoberg and Skåne.

Population is a dated fact: Statistics Sweden (SCB) publishes each region's
population on 31 December of a year. The shipped figures, in
``data/populations.csv``, each name their source (``data/population_sources.csv``)
and the source's provenance grade (:data:`GRADES`): ``scb`` (SCB's own page),
``authority`` (a public authority republishing SCB's table) or ``secondary``
(a page quoting SCB). Pass a :class:`PopulationTable` of your own (e.g. SCB's
newest release, read with :func:`vardservice.io.load_scb_populations`)
wherever a function takes ``populations``: it is laid over the shipped figures
(:func:`with_shipped`), so your figure wins for the same region and year.

Example:
    >>> from vardservice.regions import get_region, population_figure
    >>> get_region("vastra gotaland").code
    '14'
    >>> get_region("07").name
    'Region Kronoberg'
    >>> [r.short_name for r in get_healthcare_region("Södra").regions]
    ['Kronoberg', 'Blekinge', 'Skåne', 'Halland']

"""

from __future__ import annotations

import functools
import io
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Final, Literal

import attrs
import pendulum

from vardservice import _fields
from vardservice import _region_keys as _region_keys_table
from vardservice._display import Displayable
from vardservice.errors import InvalidValue, NoPopulationForYear, UnknownRegion

__all__ = [
    "GRADES",
    "HEALTHCARE_REGIONS",
    "REGIONS",
    "HealthcareRegion",
    "PopulationFigure",
    "PopulationSource",
    "PopulationTable",
    "Region",
    "get_healthcare_region",
    "get_region",
    "healthcare_regions_of",
    "is_shipped",
    "population_figure",
    "shipped_populations",
    "with_shipped",
]


@attrs.frozen
class Region(Displayable):
    """A Swedish region (region, formerly landsting) and its county (län).

    Attributes:
        code: the two-digit county code (länskod), ``"01"`` to ``"25"``.
        name: the region's official name, e.g. ``"Region Kronoberg"``.
        short_name: the name in everyday use and in tables, e.g. ``"Kronoberg"``.
        county: the county's name, e.g. ``"Kronobergs län"``.
        aliases: other names people use for it (``"Sörmland"``, ``"VGR"``).

    """

    code: str
    name: str
    short_name: str
    county: str
    aliases: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.name


# County codes and names: SCB's county code list (Län i kodnummerordning);
# the regions' official names as they publish them.
REGIONS: tuple[Region, ...] = (
    Region("01", "Region Stockholm", "Stockholm", "Stockholms län"),
    Region("03", "Region Uppsala", "Uppsala", "Uppsala län"),
    Region("04", "Region Sörmland", "Södermanland", "Södermanlands län", ("Sörmland",)),
    Region("05", "Region Östergötland", "Östergötland", "Östergötlands län"),
    Region("06", "Region Jönköpings län", "Jönköping", "Jönköpings län"),
    Region("07", "Region Kronoberg", "Kronoberg", "Kronobergs län"),
    Region("08", "Region Kalmar län", "Kalmar", "Kalmar län"),
    Region("09", "Region Gotland", "Gotland", "Gotlands län"),
    Region("10", "Region Blekinge", "Blekinge", "Blekinge län"),
    Region("12", "Region Skåne", "Skåne", "Skåne län"),
    Region("13", "Region Halland", "Halland", "Hallands län"),
    Region(
        "14",
        "Västra Götalandsregionen",
        "Västra Götaland",
        "Västra Götalands län",
        ("VGR", "Region Västra Götaland"),
    ),
    Region("17", "Region Värmland", "Värmland", "Värmlands län"),
    Region("18", "Region Örebro län", "Örebro", "Örebro län"),
    Region("19", "Region Västmanland", "Västmanland", "Västmanlands län"),
    Region("20", "Region Dalarna", "Dalarna", "Dalarnas län"),
    Region("21", "Region Gävleborg", "Gävleborg", "Gävleborgs län"),
    Region("22", "Region Västernorrland", "Västernorrland", "Västernorrlands län"),
    Region(
        "23",
        "Region Jämtland Härjedalen",
        "Jämtland Härjedalen",
        "Jämtlands län",
        ("Jämtland", "Härjedalen"),
    ),
    Region("24", "Region Västerbotten", "Västerbotten", "Västerbottens län"),
    Region("25", "Region Norrbotten", "Norrbotten", "Norrbottens län"),
)
"""The 21 regions, in county-code order."""

_BY_CODE: dict[str, Region] = {r.code: r for r in REGIONS}


def _normalise(text: str) -> str:
    """Case- and diacritics-insensitive key: 'Västra Götaland' -> 'vastra gotaland'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in bare).split()
    return " ".join(words)


def _region_keys(region: Region) -> Iterable[str]:
    yield region.code
    for name in (region.name, region.short_name, region.county, *region.aliases):
        yield _normalise(name)
        yield _normalise(f"region {name}")
    # "Jönköpings län" is also written "Jönköpings läns landsting" etc.; the
    # genitive short name ("Kronobergs") is common in running text.
    yield _normalise(region.county.removesuffix(" län"))


_BY_KEY: dict[str, Region] = {key: _BY_CODE[code] for key, code in _region_keys_table.KEYS.items()}
"""Each key of :func:`_region_keys`, precomputed in :mod:`vardservice._region_keys`."""


_BY_TEXT: dict[str, Region] = {}
"""Names as written that matched a region, by their stripped text: a cache of ``_normalise``."""
_BY_TEXT_LIMIT = 4096


def get_region(query: str | int | Region) -> Region:
    """Return the region with a county code or a name.

    Codes may be given as ``"07"``, ``"7"`` or ``7``. Names match case- and
    diacritics-insensitively, with or without "Region" and "län":
    ``"Västra Götaland"``, ``"vastra gotaland"``, ``"Region Västra Götaland"``
    and ``"Västra Götalands län"`` all give code 14.

    Raises:
        UnknownRegion: no region matches; its ``suggestions`` name close matches.

    """
    if type(query) is Region:
        return query
    if type(query) is str and query in _BY_CODE:  # the written form, '07': a dict lookup
        return _BY_CODE[query]
    if isinstance(query, int) and not isinstance(query, bool):
        query = f"{query:02d}" if 0 <= query < 100 else str(query)
    if not isinstance(query, str):
        raise UnknownRegion(query)
    text = query.strip()
    if text.isdigit() and len(text) <= 2:
        found = _BY_CODE.get(text.zfill(2))
        if found is not None:
            return found
        raise UnknownRegion(query, [])
    found = _BY_TEXT.get(text)
    if found is not None:  # a name seen before ("Skåne"): one dict lookup, no normalising
        return found
    key = _normalise(text)
    found = _BY_KEY.get(key)
    if found is not None:
        if len(_BY_TEXT) < _BY_TEXT_LIMIT:  # bounded: a document cannot grow it forever
            _BY_TEXT[text] = found
        return found
    import difflib  # on a miss only: not on the way of a first check

    close = difflib.get_close_matches(key, list(_BY_KEY), n=5, cutoff=0.6)
    suggestions: list[str] = []
    for match in close:
        name = _BY_KEY[match].short_name
        if name not in suggestions:
            suggestions.append(name)
    raise UnknownRegion(query, suggestions[:3])


@attrs.frozen
class HealthcareRegion:
    """A healthcare region (sjukvårdsregion): regions that cooperate on care.

    Attributes:
        key: a stable identifier (``"sodra"``).
        name: the Swedish name (``"Södra sjukvårdsregionen"``).
        members: county codes of the member regions.
        note: anything a user should know about the membership.

    """

    key: str
    name: str
    members: tuple[str, ...]
    note: str = ""

    @property
    def regions(self) -> tuple[Region, ...]:
        """The member regions."""
        return tuple(_BY_CODE[code] for code in self.members)


_HALLAND_NOTE = (
    "Region Halland is a member of both Södra (the municipalities Halmstad, Hylte, Laholm) "
    "and Västra (Kungsbacka, Varberg, Falkenberg)."
)

HEALTHCARE_REGIONS: tuple[HealthcareRegion, ...] = (
    HealthcareRegion("norra", "Norra sjukvårdsregionen", ("25", "24", "23", "22")),
    HealthcareRegion(
        "mellansverige",
        "Sjukvårdsregion Mellansverige",
        ("03", "04", "17", "18", "19", "20", "21"),
    ),
    HealthcareRegion("stockholm-gotland", "Stockholms sjukvårdsregion", ("01", "09")),
    HealthcareRegion("sydostra", "Sydöstra sjukvårdsregionen", ("05", "06", "08")),
    HealthcareRegion("sodra", "Södra sjukvårdsregionen", ("07", "10", "12", "13"), _HALLAND_NOTE),
    HealthcareRegion("vastra", "Västra sjukvårdsregionen", ("14", "13"), _HALLAND_NOTE),
)
"""The six healthcare regions (Hälso- och sjukvårdsförordningen (2017:80); SFBV §1 for Södra)."""


@functools.cache
def _healthcare_names() -> dict[str, HealthcareRegion]:
    """Return each healthcare region by its key and its normalised names, built once."""
    names: dict[str, HealthcareRegion] = {}
    for hr in reversed(HEALTHCARE_REGIONS):  # the first region wins, as a search in order would
        short = hr.name.replace("sjukvårdsregionen", "").replace("Sjukvårdsregion", "")
        for name in (hr.key, hr.name, short):
            names[_normalise(name)] = hr
        names[hr.key] = hr
    return names


def get_healthcare_region(query: str | HealthcareRegion) -> HealthcareRegion:
    """Return a healthcare region by key or name (a healthcare region is returned as it is).

    ``"sodra"``, ``"Södra"`` and ``"Södra sjukvårdsregionen"`` all name the same one.

    Raises:
        UnknownRegion: no healthcare region matches.

    """
    if type(query) is HealthcareRegion:
        return query
    if not isinstance(query, str):
        raise UnknownRegion(query)
    names = _healthcare_names()
    found = names.get(query)  # the written form, a key ('sodra'): before normalising
    if found is None:
        key = _normalise(query)
        found = names.get(key) or names.get(key.replace(" ", "-"))
    if found is not None:
        return found
    candidates = [hr.name for hr in HEALTHCARE_REGIONS]
    import difflib

    close = difflib.get_close_matches(query, candidates, n=3, cutoff=0.5)
    raise UnknownRegion(query, close)


_fields.add_reader(Region, get_region, "a county code or a region's name")
_fields.add_reader(HealthcareRegion, get_healthcare_region, "a healthcare region's name or key")


def healthcare_regions_of(region: str | int | Region) -> tuple[HealthcareRegion, ...]:
    """Return the healthcare regions a region belongs to (two for Halland)."""
    code = get_region(region).code
    return tuple(hr for hr in HEALTHCARE_REGIONS if code in hr.members)


# --- Populations --------------------------------------------------------------------------


Grade = Literal["scb", "authority", "secondary"]
"""A figure's provenance grade: who published the page it was read on."""

GRADES: Final[tuple[Grade, ...]] = ("scb", "authority", "secondary")
"""The provenance grades, best first: ``scb`` is SCB's own page or file;
``authority`` a public authority republishing SCB's table (Tillväxtverket,
RegionFakta, a region, a county administrative board); ``secondary`` any
other page quoting SCB (an encyclopedia, a newspaper, a statistics site)."""


def _grade(instance: object, attribute: attrs.Attribute[object], value: object) -> None:
    if value is not None and value not in GRADES:
        raise InvalidValue(
            type(instance).__name__, attribute.name, value, "one of scb, authority, secondary"
        )


@attrs.frozen
class PopulationSource:
    """Where a population figure comes from.

    Attributes:
        id: a short identifier used in the data files (``"scb-2023"``).
        publisher: who published it (``"SCB"``).
        title: the title of the table or page.
        url: where it can be read, if public.
        note: what to know about it (which SCB table it copies, when read).
        grade: the provenance grade (:data:`GRADES`); ``None`` when nobody graded
            it (e.g. a figure you typed in yourself).

    """

    id: str
    publisher: str
    title: str
    url: str | None = None
    note: str = ""
    grade: Grade | None = attrs.field(default=None, validator=_grade)

    def __str__(self) -> str:
        text = self.title if self.title == self.publisher else f"{self.publisher}: {self.title}"
        return text + (f" <{self.url}>" if self.url else "")

    @property
    def heading(self) -> str:
        """The publisher and the source's own title, ``"RegionFakta, Örebro län – …"``."""
        return self.title if self.title == self.publisher else f"{self.publisher}, {self.title}"


def _county_code(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or value not in _BY_CODE:
        raise InvalidValue(
            type(instance).__name__, attribute.name, value, "a county code such as '07'"
        )


@attrs.frozen
class PopulationFigure:
    """A region's population (folkmängd) on 31 December of a year, with its source.

    Attributes:
        region: the county code.
        year: the year whose 31 December the figure describes.
        population: the number of inhabitants.
        source: where the figure comes from.
        note: where on the source the figure was read, and who else gives it.

    """

    region: str = attrs.field(validator=_county_code)
    year: int = attrs.field(validator=_fields.record_year)
    population: int = attrs.field(validator=_fields.whole())
    source: PopulationSource
    note: str = ""

    @property
    def grade(self) -> Grade | None:
        """The provenance grade of the figure's source (``None``: not graded)."""
        return self.source.grade

    @property
    def date(self) -> pendulum.Date:
        """The date the figure describes: 31 December of :attr:`year`."""
        return pendulum.Date(self.year, 12, 31)


@attrs.frozen
class PopulationTable:
    """Population figures by region and year; at most one figure per region and year.

    Build one from your own figures to use a newer SCB release, or
    :meth:`updated` to lay your figures over the shipped ones.

    Example:
        >>> table = shipped_populations()
        >>> table.get("Kronoberg", 2023).population > 200_000
        True

    """

    figures: tuple[PopulationFigure, ...] = attrs.field(converter=_fields.items)
    _index: dict[tuple[str, int], PopulationFigure] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        index: dict[tuple[str, int], PopulationFigure] = {}
        for i, figure in enumerate(self.figures):
            key = (figure.region, figure.year)
            if key in index:
                raise InvalidValue(
                    "PopulationTable",
                    f"figures[{i}]",
                    f"{figure.region}/{figure.year}",
                    "at most one figure per region and year",
                )
            index[key] = figure
        object.__setattr__(self, "_index", index)

    @property
    def years(self) -> tuple[int, ...]:
        """The years with at least one figure, ascending."""
        return tuple(sorted({f.year for f in self.figures}))

    def complete_years(self) -> tuple[int, ...]:
        """Return the years with a figure for every one of the 21 regions, ascending."""
        return tuple(y for y in self.years if all((r.code, y) in self._index for r in REGIONS))

    def missing(self, year: int) -> tuple[Region, ...]:
        """Return the regions without a figure for 31 December ``year``, in county-code order."""
        return tuple(r for r in REGIONS if (r.code, year) not in self._index)

    def get(self, region: str | int | Region, year: int) -> PopulationFigure:
        """Return the figure for ``region`` on 31 December ``year``.

        Raises:
            UnknownRegion: no such region.
            NoPopulationForYear: no figure for that region and year; names the years there are.

        """
        found = get_region(region)
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidValue("PopulationTable.get", "year", year, "a year, e.g. 2023")
        figure = self._index.get((found.code, year))
        if figure is None:
            available = [y for (code, y) in self._index if code == found.code]
            raise NoPopulationForYear(year, available, region=found.name)
        return figure

    def for_year(self, year: int) -> tuple[PopulationFigure, ...]:
        """Return the figures of ``year`` for all regions, in county-code order.

        Raises:
            NoPopulationForYear: some region has no figure for that year; names them.

        """
        missing = self.missing(year)
        if missing:
            raise NoPopulationForYear(
                year, self.complete_years(), missing=[r.short_name for r in missing]
            )
        return tuple(self._index[(r.code, year)] for r in REGIONS)

    def updated(self, figures: Iterable[PopulationFigure]) -> PopulationTable:
        """Return a table where ``figures`` replace or add to this table's figures."""
        merged = dict(self._index)
        for figure in figures:
            merged[(figure.region, figure.year)] = figure
        return PopulationTable(sorted(merged.values(), key=lambda f: (f.year, f.region)))


def _read_data(name: str) -> str:
    from importlib import resources  # with the shipped tables only

    return resources.files("vardservice").joinpath("data", name).read_text(encoding="utf-8")


def _parse_population_csv(
    text: str, sources: Mapping[str, PopulationSource], *, origin: str = "populations.csv"
) -> tuple[PopulationFigure, ...]:
    """Parse ``code,year,population,source,note`` rows; ``source`` is a key of ``sources``.

    Raises:
        InvalidValue: a row that does not make a figure (naming file and line).

    """
    import csv  # with the shipped tables only

    figures = []
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            figures.append(
                PopulationFigure(
                    region=row["code"].zfill(2),
                    year=int(row["year"]),
                    population=int(row["population"]),
                    source=sources[row["source"]],
                    note=row.get("note") or "",
                )
            )
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise InvalidValue(
                origin, f"line {line}", dict(row), f"a valid figure ({exc})"
            ) from exc
    return tuple(figures)


@functools.cache
def shipped_populations() -> PopulationTable:
    """Return the population figures shipped with the package.

    Every figure is SCB's population on 31 December as read, digit for digit,
    on the page its source names, graded by who published that page (:data:`GRADES`):
    SCB itself, an authority republishing SCB's table (Tillväxtverket,
    RegionFakta, a region), or a secondary page quoting SCB. No figure is
    derived. See the docs' "Population figures" page for the years covered.
    """
    import csv

    sources = {}
    for row in csv.DictReader(io.StringIO(_read_data("population_sources.csv"))):
        sources[row["id"]] = PopulationSource(
            id=row["id"],
            publisher=row["publisher"],
            title=row["title"],
            url=row["url"] or None,
            note=row["note"],
            grade=row["grade"],  # type: ignore[arg-type]  # checked by the validator
        )
    return PopulationTable(_parse_population_csv(_read_data("populations.csv"), sources))


def with_shipped(populations: PopulationTable | None) -> PopulationTable:
    """Return ``populations`` laid over the shipped figures (yours win for a region and year).

    ``None`` gives the shipped figures alone.

    Example:
        >>> own = PopulationSource(id="mine", publisher="SCB", title="BE0101N1", grade="scb")
        >>> table = with_shipped(PopulationTable([PopulationFigure("07", 2023, 1, own)]))
        >>> table.get("07", 2023).population, table.get("09", 2023).population
        (1, 61029)

    """
    if populations is None:
        return shipped_populations()
    return shipped_populations().updated(populations.figures)


def is_shipped(figure: PopulationFigure) -> bool:
    """Return whether ``figure`` is one of the shipped figures (not the caller's)."""
    return shipped_populations()._index.get((figure.region, figure.year)) == figure


def population_figure(
    region: str | int | Region, year: int, *, populations: PopulationTable | None = None
) -> PopulationFigure:
    """Return ``region``'s population on 31 December ``year``, with its source.

    Args:
        region: a code, a name or a :class:`Region`.
        year: the year whose 31 December is meant.
        populations: your own figures, laid over the shipped ones (:func:`with_shipped`);
            by default the shipped figures alone.

    Raises:
        UnknownRegion: no such region.
        NoPopulationForYear: no figure for that year; the message names the years there are.

    """
    return with_shipped(populations).get(region, year)
