"""Portfolio summaries: SFBV §1's "32 started, 27 final-reported", and the counts' invariants."""

import datetime

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardservice import Portfolio, PortfolioSummary, Severity, check, summarize
from vardservice.errors import InvalidValue
from vardservice.io import from_dict, to_dict
from vardservice.portfolio import DUE_SOON_DAYS, PortfolioEntry
from vardservice.subprojects import (
    ExcerptReference,
    FollowUpReport,
    Milestone,
    MilestoneKind,
    Stage,
    Subproject,
)

K = MilestoneKind
APRIL_2023 = "2023-04-30"


def sp(id: str, *events: tuple[str, str]) -> Subproject:
    return Subproject(
        id=id,
        title=f"Delprojekt {id}",
        milestones=[Milestone(kind=kind, date=date) for kind, date in events],
    )


def sfbv_like_portfolio() -> Portfolio:
    """A generated portfolio shaped like SFBV §1 as of April 2023 (ids and dates made up).

    27 subprojects got at least to the final report, some far beyond (board,
    regions, implementation, follow-up); 5 more are started but not reported;
    besides: proposals still being prepared, one rejected, one deferred, and
    3 started only after April 2023 — which must not count.
    """
    subprojects = []
    process = [
        "proposal_raised", "prepared", "start_decided", "assignment_issued", "group_appointed",
        "final_report", "collaboration_group_review", "management_group_decision",
        "board_recommendation", "regional_decision", "implementation", "follow_up",
    ]  # fmt: skip
    for i in range(27):
        start = pendulum.Date(2017, 3, 1).add(months=2 * i)
        steps = 6 + i % 7  # from final_report up to follow_up
        events = []
        for n, kind in enumerate(process[:steps]):
            date = start.add(months=n)
            if kind == "regional_decision":
                events.append(
                    Milestone(
                        kind=kind, date=date, region="07",
                        excerpt=ExcerptReference(case_number=f"RS {date.year}/{i}", paragraph=1, date=date),
                    )
                )  # fmt: skip
            else:
                events.append(Milestone(kind=kind, date=date))
        if events[-1].date > pendulum.Date(2023, 4, 30):  # keep the 27 reported by April 2023
            shift = (events[-1].date - pendulum.Date(2023, 4, 1)).in_days()
            events = [attrs.evolve(m, date=m.date.subtract(days=shift)) for m in events]
        subprojects.append(
            Subproject(id=f"SFBV-{i + 1:02d}", title=f"Delprojekt {i + 1}", milestones=events)
        )
    for i in range(5):
        subprojects.append(
            sp(f"SFBV-S{i}", ("start_decided", "2022-09-01"), ("group_appointed", "2022-11-01"))
        )
    subprojects.append(sp("SFBV-P1", ("proposal_raised", "2023-02-01")))
    subprojects.append(sp("SFBV-P2", ("proposal_raised", "2023-01-10"), ("prepared", "2023-03-01")))
    subprojects.append(sp("SFBV-R1", ("start_rejected", "2021-05-05")))
    subprojects.append(sp("SFBV-D1", ("start_deferred", "2022-05-05")))
    for i in range(3):
        subprojects.append(sp(f"SFBV-L{i}", ("start_decided", "2023-06-01")))
    return Portfolio(name="Samarbete för bättre vård", subprojects=subprojects)


def test_sfbv_april_2023_reads_32_started_27_final_reported() -> None:
    summary = summarize(sfbv_like_portfolio(), as_of=APRIL_2023)
    assert (summary.total, summary.started, summary.final_reported) == (39, 32, 27)
    assert summary.name == "Samarbete för bättre vård"
    assert summary.as_of == pendulum.Date(2023, 4, 30)
    assert summary.by_stage[Stage.REJECTED] == summary.by_stage[Stage.DEFERRED] == 1
    assert summary.by_stage[Stage.PROPOSED] == 1
    assert summary.by_stage[Stage.IN_PROGRESS] == 5
    # Later the same portfolio reads 35 started: the as-of date decides, not the file.
    assert summarize(sfbv_like_portfolio(), as_of="2023-06-01").started == 35
    assert summarize(sfbv_like_portfolio(), as_of="2017-01-01").started == 0


def test_a_followed_up_subproject_still_counts_as_started_and_reported() -> None:
    done = sp(
        "A",
        ("start_decided", "2020-01-10"),
        ("final_report", "2021-01-10"),
        ("board_recommendation", "2021-03-01"),
        ("implementation", "2021-06-01"),
        ("follow_up", "2022-02-01"),
    )
    s = summarize([done], as_of="2023-01-01")
    assert (s.started, s.final_reported, s.board_decided, s.in_implementation, s.followed_up) == (
        1, 1, 1, 1, 1,
    )  # fmt: skip
    assert s.entries == (PortfolioEntry(id="A", title="Delprojekt A", stage=Stage.FOLLOWED_UP),)
    assert s.follow_ups_overdue == s.follow_ups_due_soon == 0


def test_rejected_or_deferred_is_not_started_but_a_later_start_is() -> None:
    rejected = sp("R", ("start_rejected", "2022-01-01"))
    deferred_then_started = sp(
        "D", ("start_deferred", "2022-01-01"), ("start_decided", "2022-09-01")
    )
    s = summarize([rejected, deferred_then_started], as_of="2022-06-01")
    assert s.started == 0
    assert summarize([rejected, deferred_then_started], as_of="2022-09-01").started == 1


@pytest.mark.parametrize(
    ("as_of", "overdue", "due_soon"),
    [
        ("2023-12-31", 0, 0),  # 31 days before the due date
        ("2024-01-01", 0, 1),  # 30 days before
        ("2024-01-31", 0, 1),  # the due date itself
        ("2024-02-01", 1, 0),
    ],
)
def test_follow_up_overdue_and_due_within_30_days(as_of: str, overdue: int, due_soon: int) -> None:
    # Approved 2023-01-31: due 12 calendar months later, 2024-01-31 (DOMAIN §4).
    sub = sp("A", ("start_decided", "2022-01-01"), ("board_recommendation", "2023-01-31"))
    s = summarize([sub], as_of=as_of)
    entry = s.entries[0]
    assert entry.next_deadline == pendulum.Date(2024, 1, 31)
    assert (s.follow_ups_overdue, s.follow_ups_due_soon) == (overdue, due_soon)
    assert (entry.overdue, entry.due_soon) == (bool(overdue), bool(due_soon))


def test_leap_day_approval_is_due_on_the_last_of_february() -> None:
    sub = sp("A", ("start_decided", "2022-01-01"), ("board_recommendation", "2024-02-29"))
    assert summarize([sub], as_of="2025-02-01").entries[0].next_deadline == pendulum.Date(
        2025, 2, 28
    )


def test_deadline_is_none_once_followed_up_or_before_the_board() -> None:
    sub = sp(
        "A",
        ("start_decided", "2022-01-01"),
        ("board_recommendation", "2023-01-31"),
        ("follow_up", "2024-06-01"),
    )
    assert summarize([sub], as_of="2022-06-01").entries[0].next_deadline is None
    late = summarize([sub], as_of="2024-03-01")
    assert late.entries[0].next_deadline == pendulum.Date(2024, 1, 31)
    assert late.follow_ups_overdue == 1
    after = summarize([sub], as_of="2024-06-01")
    assert (after.entries[0].next_deadline, after.follow_ups_overdue, after.followed_up) == (
        None, 0, 1,
    )  # fmt: skip


def test_duplicate_ids_are_refused_naming_the_duplicate() -> None:
    with pytest.raises(InvalidValue, match="got 'B'"):
        Portfolio(name="P", subprojects=[sp("A"), sp("B"), sp("B")])
    with pytest.raises(InvalidValue, match="got 'A'"):
        summarize([sp("A"), sp("A")], as_of=APRIL_2023)


@pytest.mark.parametrize(
    "bad",
    [
        {"name": "", "subprojects": []},
        {"name": "P", "subprojects": "A"},
        {"name": "P", "subprojects": [1]},
    ],
)
def test_bad_portfolios_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(InvalidValue):
        Portfolio(**bad)  # type: ignore[arg-type]


def test_summarize_needs_a_date() -> None:
    with pytest.raises(InvalidValue, match="as_of"):
        summarize([], as_of="april 2023")
    with pytest.raises(InvalidValue, match="subprojects"):
        summarize("SFBV-01", as_of=APRIL_2023)  # type: ignore[arg-type]


def test_portfolio_is_a_sequence_of_its_subprojects() -> None:
    p = Portfolio(name="P", subprojects=[sp("A"), sp("B")])
    assert len(p) == 2
    assert [s.id for s in p] == ["A", "B"]
    assert p.find("B") == sp("B")
    assert p.find("C") is None


def test_summary_round_trips() -> None:
    summary = summarize(sfbv_like_portfolio(), as_of=APRIL_2023)
    assert from_dict(to_dict(summary), PortfolioSummary) == summary
    assert to_dict(summary)["by_stage"]["in_progress"] == 5


# -- properties --------------------------------------------------------------------------------

DAYS = st.dates(min_value=datetime.date(2016, 1, 1), max_value=datetime.date(2026, 12, 31))
KINDS = st.sampled_from([k for k in MilestoneKind if k is not K.REGIONAL_DECISION])


@st.composite
def portfolios(draw: st.DrawFn) -> Portfolio:
    n = draw(st.integers(0, 8))
    subprojects = []
    for i in range(n):
        events = draw(st.lists(st.tuples(KINDS, DAYS), max_size=8))
        subprojects.append(
            Subproject(
                id=f"SP-{i}",
                title="x",
                milestones=[Milestone(kind=k, date=d) for k, d in events],
            )
        )
    return Portfolio(name="P", subprojects=subprojects)


@given(portfolios(), DAYS)
def test_counts_form_a_chain_and_stages_add_up(portfolio: Portfolio, day: datetime.date) -> None:
    s = summarize(portfolio, as_of=day)
    assert (
        s.total
        >= s.started
        >= s.final_reported
        >= s.board_decided
        >= s.in_implementation
        >= s.followed_up
    )
    assert sum(s.by_stage.values()) == s.total == len(s.entries)
    assert list(s.by_stage) == list(Stage)
    assert s.follow_ups_overdue + s.follow_ups_due_soon <= s.board_decided
    assert s.follow_ups_overdue == sum(e.overdue for e in s.entries)
    assert s.follow_ups_due_soon == sum(e.due_soon for e in s.entries)
    for entry in s.entries:
        assert not (entry.overdue and entry.due_soon)
        if entry.due_soon:
            assert entry.next_deadline is not None
            assert (
                0
                <= (entry.next_deadline - pendulum.Date(day.year, day.month, day.day)).in_days()
                <= DUE_SOON_DAYS
            )


@given(portfolios(), DAYS, DAYS)
def test_reached_counts_never_shrink_as_time_passes(
    portfolio: Portfolio, a: datetime.date, b: datetime.date
) -> None:
    early, late = summarize(portfolio, as_of=min(a, b)), summarize(portfolio, as_of=max(a, b))
    for field in ("started", "final_reported", "board_decided", "in_implementation", "followed_up"):
        assert getattr(early, field) <= getattr(late, field)


@given(portfolios(), DAYS)
def test_summary_round_trips_through_json(portfolio: Portfolio, day: datetime.date) -> None:
    s = summarize(portfolio, as_of=day)
    assert from_dict(to_dict(s), PortfolioSummary) == s
    assert from_dict(to_dict(portfolio), Portfolio) == portfolio


@given(portfolios(), st.lists(DAYS, max_size=2), DAYS)
def test_overdue_and_due_soon_agree_with_rule_sp021(
    portfolio: Portfolio, reports: list[datetime.date], as_of: datetime.date
) -> None:
    subprojects = [
        attrs.evolve(sp, follow_up_reports=[FollowUpReport(date=d) for d in reports])
        for sp in portfolio
    ]
    s = summarize(subprojects, as_of=as_of)
    found = [f for sp in subprojects for f in check(sp, as_of=as_of, select="SP021").findings]
    assert s.follow_ups_overdue == sum("days_overdue" in f.evidence for f in found)
    assert s.follow_ups_due_soon == sum(f.severity is Severity.INFO for f in found)
