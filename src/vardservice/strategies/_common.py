"""Building blocks shared by the strategies: text, names, exact decimals, money, dates (private)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pendulum
from hypothesis import strategies as st

from vardservice.units import Money


def money(
    *, min_kr: int = 0, max_kr: int = 10_000_000_000, places: int = 2
) -> st.SearchStrategy[Money]:
    """Exact amounts of kronor, with up to ``places`` decimals (öre by default)."""
    scale = 10**places
    return st.integers(min_value=min_kr * scale, max_value=max_kr * scale).map(
        lambda n: Money(Decimal(n).scaleb(-places))
    )


_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
)


def _decimals(*, max_value: int, places: int = 2) -> st.SearchStrategy[Decimal]:
    scale = 10**places
    return st.integers(0, max_value * scale).map(lambda n: Decimal(n).scaleb(-places))


_NAMES = _TEXT.filter(lambda t: bool(t.strip()))


def _pdates(
    min_value: datetime.date = datetime.date(2000, 1, 1),
    max_value: datetime.date = datetime.date(2099, 12, 31),
) -> st.SearchStrategy[pendulum.Date]:
    return st.dates(min_value=min_value, max_value=max_value).map(
        lambda d: pendulum.Date(d.year, d.month, d.day)
    )
