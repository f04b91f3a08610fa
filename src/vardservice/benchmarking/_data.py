"""Key-figure definitions and the regions' observations of them (BS §3.2)."""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Final

import attrs

from vardservice import _fields
from vardservice.errors import InvalidValue
from vardservice.regions import get_region
from vardservice.units import registry

_MAX_VERSION: Final = 10_000


# --- what only key figures check: a unit of the registry, a region kept as its code ---------


@functools.lru_cache(maxsize=256)
def _is_unit(text: str) -> bool:
    # Cached: observations repeat a handful of unit strings, and each pint parse costs
    # far more than a lookup. Bounded, since unit strings come from user files.
    try:
        registry().parse_units(text)
    except Exception:  # pint raises several unrelated types for a bad unit string
        return False
    return True


def _unit(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    expected = "a unit of the library's registry, e.g. 'kr/m**2', 'kr/portion' or 'h/bed/day'"
    if not isinstance(value, str) or not value.strip() or not _is_unit(value):
        raise InvalidValue(type(instance).__name__, attribute.name, value, expected)


def _region_code(value: object) -> str:
    """Return the county code of a region named by its code or name (an observation's region)."""
    if isinstance(value, str | int) and not isinstance(value, bool):
        return get_region(value).code
    raise InvalidValue("Observation", "region", value, "a county code")


# --- definitions and observations -----------------------------------------------------------


@attrs.frozen(kw_only=True)
class KeyFigure:
    """A key figure (nyckeltal): what is measured, in which unit, and which way is better.

    Attributes:
        id: a stable identifier, e.g. ``"LV1"``.
        name_sv: the Swedish name.
        name_en: the English name.
        unit: a unit of the library's pint registry, e.g. ``"kr/m**2"``,
            ``"kr/portion"`` or ``"h/bed/day"``.
        area: the area it belongs to, free text, e.g. ``"lokalvård"`` or ``"måltider"``.
        lower_is_better: whether a lower value is better (a cost) or a higher one.
        version: the definition version; observations under another version are not comparable.

    Example:
        >>> KeyFigure(id="M1", name_sv="Kostnad per portion", name_en="Cost per portion",
        ...           unit="kr/portion", area="måltider", lower_is_better=True).version
        1

    """

    id: str = attrs.field(validator=_fields.text)
    name_sv: str = attrs.field(validator=_fields.text)
    name_en: str = attrs.field(validator=_fields.text)
    unit: str = attrs.field(validator=_unit)
    area: str = attrs.field(validator=_fields.text)
    lower_is_better: bool = attrs.field(validator=_fields.flag)
    version: int = attrs.field(default=1, validator=_fields.whole(1, _MAX_VERSION))

    def name(self, lang: str = "sv") -> str:
        """Return the name in ``lang`` (``"sv"`` or ``"en"``)."""
        if lang not in ("sv", "en"):
            raise InvalidValue("KeyFigure.name", "lang", lang, "'sv' or 'en'")
        return self.name_sv if lang == "sv" else self.name_en


@attrs.frozen(kw_only=True)
class Observation:
    """One region's reported value of a key figure for a year.

    Attributes:
        key_figure: the :attr:`KeyFigure.id`.
        region: the county code (a name or a code is accepted and stored as the code).
        year: the year the value is for.
        value: the exact value; a float is refused.
        unit: the unit it was reported in; it may differ from the key figure's
            unit by a factor (tkr/m² for kr/m²), not by dimension.
        version: the key-figure definition version it was reported under.

    Example:
        >>> Observation(key_figure="LV1", region="Kronoberg", year=2022, value="310",
        ...             unit="kr/m**2").region
        '07'

    """

    key_figure: str = attrs.field(validator=_fields.text)
    region: str = attrs.field(converter=_region_code)
    year: int = attrs.field(validator=_fields.calendar_year)
    value: Decimal = attrs.field(converter=_fields.decimal)
    unit: str = attrs.field(validator=_unit)
    version: int = attrs.field(default=1, validator=_fields.whole(1, _MAX_VERSION))

    def label(self) -> str:
        """Return ``key_figure/region/year``, how errors name this observation."""
        return f"{self.key_figure}/{self.region}/{self.year}"


@attrs.frozen(kw_only=True)
class BenchmarkData:
    """A benchmarking document: key-figure definitions and the observations of them.

    This is what the ``vardservice benchmark`` command reads (JSON, YAML or TOML).

    Attributes:
        key_figures: the definitions, each ``id`` once.
        observations: the reported values.
        illustrative: whether the values are made up for an example.
        note: where the values come from, or why they are illustrative.

    """

    key_figures: tuple[KeyFigure, ...] = attrs.field(converter=_fields.items)
    observations: tuple[Observation, ...] = attrs.field(default=(), converter=_fields.items)
    illustrative: bool = attrs.field(default=False, validator=_fields.flag)
    note: str = attrs.field(default="")

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for i, figure in enumerate(self.key_figures):
            if figure.id in seen:
                raise InvalidValue(
                    "BenchmarkData", f"key_figures[{i}].id", figure.id, "each id once"
                )
            seen.add(figure.id)

    def figure(self, id: str) -> KeyFigure:
        """Return the key figure with ``id``.

        Raises:
            InvalidValue: no key figure has that id; the message names those there are.

        """
        for figure in self.key_figures:
            if figure.id == id:
                return figure
        ids = ", ".join(f.id for f in self.key_figures) or "none"
        raise InvalidValue("BenchmarkData", "key_figures", id, f"one of the ids: {ids}")
