"""Strategies for rule reports (private)."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from vardservice.rules import Report, check
from vardservice.strategies._vns import service_agreements


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """Generate reports by checking generated service agreements: real findings, sv or en."""
    agreement = draw(service_agreements())
    day = draw(st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2100, 12, 31)))
    return check(agreement, as_of=day, lang=draw(st.sampled_from(["sv", "en"])))
