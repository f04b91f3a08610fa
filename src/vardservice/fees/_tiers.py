"""Fee tiers (avgiftsnivåer) by region size and their population bands (BS §5.1)."""

from __future__ import annotations

import enum
import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

import attrs

from vardservice.errors import InvalidValue
from vardservice.sources import Citation, cite
from vardservice.units import format_number


class FeeTier(enum.IntEnum):
    """A fee tier (avgiftsnivå, "Nivå 1-3") by region size (BS §5.1)."""

    TIER_1 = 1
    TIER_2 = 2
    TIER_3 = 3

    @property
    def label(self) -> str:
        """The Swedish label, ``"Nivå 1"``."""
        return f"Nivå {self.value}"


@attrs.frozen
class TierBand:
    """The population interval of one tier; both bounds inclusive, ``maximum=None`` is open.

    Attributes:
        tier: the tier.
        minimum: the smallest population in the tier.
        maximum: the largest population in the tier, or ``None`` for no upper bound.
        label_sv: the interval in Swedish words (:meth:`words` when read from the package).
        label_en: the interval in English words.

    """

    tier: FeeTier
    minimum: int
    maximum: int | None = None
    label_sv: str = ""
    label_en: str = ""

    def words(self, lang: str = "sv") -> str:
        """Return the interval in words, its numbers formatted for ``lang``.

        Example:
            >>> TierBand(FeeTier.TIER_2, 250_000, 1_000_000).words().replace("\\xa0", " ")
            '250 000 – 1 000 000 invånare'
            >>> TierBand(FeeTier.TIER_1, 0, 249_999).words("en")
            'fewer than 250,000 inhabitants'

        """
        english = lang == "en"

        def number(value: int) -> str:
            return format_number(value, lang="en" if english else "sv")

        if self.maximum is None:
            text = ("more than {n}" if english else "över {n}").format(n=number(self.minimum - 1))
        elif self.minimum == 0:
            text = ("fewer than {n}" if english else "mindre än {n}").format(
                n=number(self.maximum + 1)
            )
        else:
            low, high = number(self.minimum), number(self.maximum)
            text = f"{low} to {high}" if english else f"{low}\xa0– {high}"
        return text + (" inhabitants" if english else "\xa0invånare")

    def contains(self, population: int) -> bool:
        """Return whether ``population`` is within the band."""
        return self.minimum <= population and (self.maximum is None or population <= self.maximum)


def check_bands(bands: Sequence[TierBand]) -> tuple[TierBand, ...]:
    """Return ``bands`` if they cover 0 and up with no gap and no overlap.

    Raises:
        InvalidValue: the first band does not start at 0, a band is empty, two bands
            leave a gap or overlap, or a band other than the last has no upper bound.

    """
    if not bands:
        raise InvalidValue("TierBand", "bands", [], "at least one band")
    if bands[0].minimum != 0:
        raise InvalidValue("TierBand", "bands[0].minimum", bands[0].minimum, "0")
    for i, band in enumerate(bands):
        if band.maximum is not None and band.maximum < band.minimum:
            raise InvalidValue(
                "TierBand", f"bands[{i}].maximum", band.maximum, f">= minimum {band.minimum}"
            )
        if i + 1 < len(bands):
            following = bands[i + 1]
            if band.maximum is None:
                raise InvalidValue(
                    "TierBand",
                    f"bands[{i}].maximum",
                    None,
                    "an upper bound (only the last is open)",
                )
            if following.minimum != band.maximum + 1:
                kind = "a gap" if following.minimum > band.maximum + 1 else "an overlap"
                raise InvalidValue(
                    "TierBand",
                    f"bands[{i + 1}].minimum",
                    following.minimum,
                    f"{band.maximum + 1} (the value leaves {kind} after tier {int(band.tier)})",
                )
        elif band.maximum is not None:
            raise InvalidValue("TierBand", f"bands[{i}].maximum", band.maximum, "None (open)")
    return tuple(bands)


@functools.cache
def tier_bands() -> tuple[TierBand, ...]:
    """Return the tier bands of BS §5.1, read from the package data and checked."""
    text = resources.files("vardservice").joinpath("data", "fee_tiers.toml").read_text("utf-8")
    data = tomllib.loads(text)
    bands = []
    for row in data["tier"]:
        band = TierBand(
            tier=FeeTier(row["level"]), minimum=row["minimum"], maximum=row.get("maximum")
        )
        bands.append(attrs.evolve(band, label_sv=band.words("sv"), label_en=band.words("en")))
    return check_bands(bands)


TIER_SOURCE: Citation = cite("BS", "5.1")
"""Where the tiers come from."""


def fee_tier(population: int) -> FeeTier:
    """Return the fee tier of a region with ``population`` inhabitants (BS §5.1).

    Raises:
        InvalidValue: ``population`` is negative or not a whole number (an
            ``InvalidValue`` is also a ``ValueError``).

    Example:
        >>> [int(fee_tier(p)) for p in (0, 249_999, 250_000, 1_000_000, 1_000_001)]
        [1, 1, 2, 2, 3]

    """
    if isinstance(population, bool) or not isinstance(population, int):
        raise InvalidValue("fee_tier", "population", population, "a whole number, at least 0")
    if population < 0:
        raise InvalidValue("fee_tier", "population", population, "a whole number, at least 0")
    for band in tier_bands():
        if band.contains(population):
            return band.tier
    raise AssertionError("check_bands guarantees full coverage")  # pragma: no cover
