"""Strategies for portfolios of subprojects and their summaries (private)."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from vardservice.portfolio import Portfolio, PortfolioSummary, summarize
from vardservice.strategies._common import _NAMES
from vardservice.strategies._subprojects import subprojects
from vardservice.subprojects import Subproject


def portfolios(
    *, min_size: int = 0, max_size: int = 5, compliant: bool = False
) -> st.SearchStrategy[Portfolio]:
    """Generate portfolios of subprojects with unique ids, at every step of the process.

    Args:
        min_size: the fewest subprojects.
        max_size: the most subprojects.
        compliant: only compliant subprojects (by default any valid ones).

    """
    items = subprojects() if compliant else subprojects(compliant=False) | subprojects()
    return st.builds(
        Portfolio,
        name=_NAMES,  # valid text: no NUL or other controls, which loaders refuse
        subprojects=st.lists(items, min_size=min_size, max_size=max_size, unique_by=_id),
    )


def _id(subproject: Subproject) -> str:
    return subproject.id


@st.composite
def portfolio_summaries(draw: st.DrawFn, *, max_size: int = 5) -> PortfolioSummary:
    """Generate summaries of generated portfolios, as of a date from 2015 to 2035."""
    portfolio = draw(portfolios(max_size=max_size))
    day = draw(st.dates(min_value=datetime.date(2015, 1, 1), max_value=datetime.date(2035, 12, 31)))
    return summarize(portfolio, as_of=day)
