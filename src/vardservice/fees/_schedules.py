"""Dated fee schedules (avgiftsscheman): the annual fee per tier, valid from a year (BS §5.1)."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from vardservice import _fields
from vardservice._display import Displayable
from vardservice.errors import InvalidValue, NoScheduleForYear
from vardservice.fees._tiers import FeeTier
from vardservice.units import Money


@attrs.frozen(kw_only=True)
class TierFee:
    """The annual fee of one tier in a schedule.

    Attributes:
        tier: the tier.
        amount: the annual fee, in kronor, at least 0 kr.

    """

    tier: FeeTier = attrs.field(converter=_fields.member)
    amount: Money = attrs.field(converter=_fields.money)


def _in_tier_order(value: object) -> tuple[TierFee, ...]:
    """Return a schedule's fees in tier order; there is exactly one per tier."""
    fees = _fields.check_items(value, TierFee, owner="FeeSchedule", field="fees")
    tiers = sorted(int(f.tier) for f in fees)
    if tiers != [int(t) for t in FeeTier]:
        raise InvalidValue(
            "FeeSchedule", "fees", tiers, "exactly one fee for each of tiers 1, 2 and 3"
        )
    return tuple(sorted(fees, key=lambda f: int(f.tier)))


@attrs.frozen(kw_only=True)
class FeeSchedule(Displayable):
    """The annual fee per tier, valid from a year until a later schedule replaces it.

    No source states fee amounts, so every schedule says where its amounts come
    from: a ``reference`` (a decision, e.g. "Styrelsebeslut 2023-11-15 § 4"), or
    ``illustrative=True`` for example values, or both.

    Attributes:
        valid_from: the first fee year the schedule applies to.
        fees: one :class:`TierFee` per tier.
        reference: the decision or document that set the amounts.
        illustrative: the amounts are examples, not a real decision.

    """

    valid_from: int = attrs.field(validator=_fields.fee_year)
    fees: tuple[TierFee, ...] = attrs.field(converter=_in_tier_order)
    reference: str | None = None
    illustrative: bool = False

    def __attrs_post_init__(self) -> None:
        if not self.illustrative and not (self.reference and self.reference.strip()):
            raise InvalidValue(
                "FeeSchedule",
                "reference",
                self.reference,
                "the decision that set the amounts, or illustrative=True",
            )

    @classmethod
    def of(
        cls,
        valid_from: int,
        fees: Mapping[int | FeeTier, Money | str | int],
        *,
        reference: str | None = None,
        illustrative: bool = False,
    ) -> FeeSchedule:
        """Return a schedule from a mapping tier → amount (``Money``, ``"40 000 kr"`` or kronor)."""
        return cls(
            valid_from=valid_from,
            fees=tuple(TierFee(tier=t, amount=a) for t, a in fees.items()),
            reference=reference,
            illustrative=illustrative,
        )

    def fee_for(self, tier: FeeTier | int) -> Money:
        """Return the annual fee of ``tier``."""
        wanted = FeeTier(tier)
        return next(f.amount for f in self.fees if f.tier == wanted)

    @property
    def provenance(self) -> str:
        """Where the amounts come from, in words (English)."""
        parts = []
        if self.reference:
            parts.append(self.reference)
        if self.illustrative:
            parts.append("illustrative amounts, not a real decision")
        return "; ".join(parts)


def _by_year(value: object) -> tuple[FeeSchedule, ...]:
    """Return schedules sorted by ``valid_from``; there is one per year."""
    schedules = _fields.check_items(
        value, FeeSchedule, owner="FeeScheduleHistory", field="schedules"
    )
    years = [s.valid_from for s in schedules]
    for year in years:
        if years.count(year) > 1:
            raise InvalidValue(
                "FeeScheduleHistory", "schedules", year, "one schedule per valid_from year"
            )
    return tuple(sorted(schedules, key=lambda s: s.valid_from))


@attrs.frozen(kw_only=True)
class FeeScheduleHistory:
    """A network's fee schedules over time; each is valid until the next one starts.

    Attributes:
        schedules: the schedules, sorted by ``valid_from``.

    """

    schedules: tuple[FeeSchedule, ...] = attrs.field(converter=_by_year)

    def for_year(self, year: int) -> FeeSchedule:
        """Return the schedule in force for fee year ``year``.

        Raises:
            NoScheduleForYear: ``year`` is before every schedule.

        """
        return schedule_for(self, year)


def schedule_for(schedule: FeeSchedule | FeeScheduleHistory, year: int) -> FeeSchedule:
    """Return the schedule in force for fee year ``year`` (a single schedule from its year).

    Raises:
        NoScheduleForYear: ``year`` is before every schedule.

    """
    candidates = schedule.schedules if isinstance(schedule, FeeScheduleHistory) else (schedule,)
    in_force = [s for s in candidates if s.valid_from <= year]
    if not in_force:
        raise NoScheduleForYear(year, [s.valid_from for s in candidates])
    return in_force[-1] if isinstance(schedule, FeeScheduleHistory) else in_force[0]
