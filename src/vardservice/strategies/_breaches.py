"""Breach strategies: one per subproject rule, keyed by the rule's code (private)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pendulum
from hypothesis import strategies as st

from vardservice.rules import rules_for
from vardservice.strategies._subproject_parts import (
    _PROFESSIONS,
    _SOUTHERN,
)
from vardservice.strategies._subproject_process import _AT
from vardservice.subprojects import (
    ASSIGNMENT_PARTS,
    DUE_SOON_DAYS,
    MAX_ACTION_PROPOSALS,
    ActionProposal,
    Body,
    Communication,
    DecisionOutcome,
    FinalReport,
    FollowUpPlan,
    FollowUpReport,
    GroupMember,
    Milestone,
    MilestoneKind,
    ReportSection,
    ReviewSubject,
    Role,
    Subproject,
    board_approval,
    first_group_report,
    follow_up_due,
)

_Case = tuple[Subproject, pendulum.Date]
_Make = Callable[[st.DrawFn, Subproject, pendulum.Date, frozenset[str]], _Case]


@attrs.frozen
class _Breach:
    """How to breach one rule: the earliest step it needs, and the change that breaks it.

    Attributes:
        code: the rule's code.
        stage: the index in the process (``_TIMELINE``) of the earliest step the
            subproject must reach for the breach to be made; -1 for any.
        make: draws the change: given the compliant subproject, its date and every
            code asked for, returns the breaching subproject and the date to check.

    """

    code: str
    stage: int
    make: _Make


_BREACHES: dict[str, _Breach] = {}
"""One breach per subproject rule, keyed by its code (checked by :func:`_check_breaches`)."""


def _breach(code: str, *, stage: MilestoneKind | None = None) -> Callable[[_Make], _Make]:
    """Register the decorated function as the breach of rule ``code``."""

    def decorate(make: _Make) -> _Make:
        if code in _BREACHES:
            raise RuntimeError(f"two breach strategies for {code}")
        _BREACHES[code] = _Breach(code=code, stage=-1 if stage is None else _AT[stage], make=make)
        return make

    return decorate


def _check_breaches() -> None:
    """Raise unless every registered subproject rule has a breach, and every breach a rule.

    Called when :mod:`vardservice.strategies` is imported: a new rule without a breach
    strategy fails loudly there, naming the rule, instead of being left out of the
    ``breach=`` strategies and the sweeps that use them.

    Raises:
        RuntimeError: a rule without a breach, or a breach of no registered rule.

    """
    codes = {rule.code for rule in rules_for(Subproject)}
    missing, unknown = sorted(codes - set(_BREACHES)), sorted(set(_BREACHES) - codes)
    if missing or unknown:
        raise RuntimeError(
            "every subproject rule needs one breach strategy in vardservice.strategies."
            f"_breaches (@_breach(CODE)): missing {missing or 'none'}, unknown {unknown or 'none'}"
        )


def _set_milestones(sp: Subproject, ms: list[Milestone]) -> Subproject:
    return attrs.evolve(sp, milestones=tuple(ms))


@_breach("SP001")
def _sp001(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    fewer = draw(st.lists(st.sampled_from(_SOUTHERN), min_size=1, max_size=2, unique=True))
    return attrs.evolve(sp, participating_regions=fewer), as_of


@_breach("SP002", stage=MilestoneKind.ASSIGNMENT_ISSUED)
def _sp002(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    kept = [m for m in sp.milestones if m.kind is not MilestoneKind.START_DECIDED]
    return _set_milestones(sp, kept), as_of


@_breach("SP003", stage=MilestoneKind.PREPARED)
def _sp003(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    return attrs.evolve(sp, focus_areas=()), as_of


@_breach("SP004", stage=MilestoneKind.PREPARED)
def _sp004(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    part = draw(st.sampled_from([None, "purpose", "goal", "expected_outcome"]))
    if part is None or sp.proposal is None:
        return attrs.evolve(sp, proposal=None), as_of
    return attrs.evolve(sp, proposal=attrs.evolve(sp.proposal, **{part: " "})), as_of


@_breach("SP005", stage=MilestoneKind.ASSIGNMENT_ISSUED)
def _sp005(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    parts = draw(st.lists(st.sampled_from(ASSIGNMENT_PARTS), min_size=1, unique=True))
    if sp.assignment is None or draw(st.integers(0, 5)) == 0:
        return attrs.evolve(sp, assignment=None), as_of
    blank: dict[str, Any] = {p: () if p == "assignment_points" else "" for p in parts}
    return attrs.evolve(sp, assignment=attrs.evolve(sp.assignment, **blank)), as_of


@_breach("SP006", stage=MilestoneKind.START_DECIDED)
def _sp006(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    return attrs.evolve(sp, contact_person=draw(st.sampled_from(["", " "]))), as_of


def _members(sp: Subproject, change: Any) -> Subproject:
    return attrs.evolve(sp, working_group=tuple(change(m) for m in sp.working_group))


@_breach("SP007", stage=MilestoneKind.GROUP_APPOINTED)
def _sp007(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    return _members(
        sp, lambda m: attrs.evolve(m, role=Role.MEMBER) if m.role is Role.CHAIR else m
    ), as_of


@_breach("SP008", stage=MilestoneKind.GROUP_APPOINTED)
def _sp008(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    if any(m.role is Role.PROCESS_SUPPORT for m in sp.working_group):
        return _members(
            sp,
            lambda m: attrs.evolve(m, from_office=True) if m.role is Role.PROCESS_SUPPORT else m,
        ), as_of
    member = GroupMember(
        name="Kansliets processledare",
        role=Role.PROCESS_SUPPORT,
        profession="processledare",
        from_office=True,
    )
    return attrs.evolve(sp, working_group=(*sp.working_group, member)), as_of


@_breach("SP009", stage=MilestoneKind.GROUP_APPOINTED)
def _sp009(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    one = draw(st.sampled_from(_PROFESSIONS))
    return _members(sp, lambda m: attrs.evolve(m, profession=one if m.profession else "")), as_of


@_breach("SP010", stage=MilestoneKind.GROUP_APPOINTED)
def _sp010(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    reps = {Role.PATIENT_REPRESENTATIVE, Role.RELATIVE_REPRESENTATIVE}
    kept = tuple(m for m in sp.working_group if m.role not in reps)
    return attrs.evolve(sp, working_group=kept), as_of


@_breach("SP011", stage=MilestoneKind.GROUP_APPOINTED)
def _sp011(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    report = first_group_report(sp)
    late = (
        []
        if report is None
        else [
            FollowUpPlan(
                method="Register",
                parameters=("väntetid",),
                documented_on=report.date.add(days=draw(st.integers(1, 90))),
            )
        ]
    )
    plan = draw(
        st.sampled_from(
            [None, FollowUpPlan(parameters=("väntetid",)), FollowUpPlan(method="Register"), *late]
        )
    )
    return attrs.evolve(sp, follow_up_plan=plan), as_of


@_breach("SP012", stage=MilestoneKind.INTERIM_REPORT)
def _sp012(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    left_out = sp.participating_regions[0]
    covered = tuple(r for r in sp.healthcare_region.regions if r != left_out)
    return attrs.evolve(sp, current_state_regions=covered[: draw(st.integers(1, 3))]), as_of


@_breach("SP013")
def _sp013(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    count = draw(st.integers(MAX_ACTION_PROPOSALS + 1, 9))
    extra = tuple(
        ActionProposal(title=f"Ytterligare förslag {n}")
        for n in range(count - len(sp.action_proposals))
    )
    return attrs.evolve(sp, action_proposals=(*sp.action_proposals, *extra)), as_of


@_breach("SP014")
def _sp014(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    unpriced = ActionProposal(title="Utökad bemanning", needs_funding=True)
    found = list(sp.action_proposals)
    if len(found) >= MAX_ACTION_PROPOSALS:
        found[draw(st.integers(0, len(found) - 1))] = unpriced
    else:
        found.insert(draw(st.integers(0, len(found))), unpriced)
    return attrs.evolve(sp, action_proposals=tuple(found)), as_of


@_breach("SP015", stage=MilestoneKind.FINAL_REPORT)
def _sp015(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    if sp.final_report is None or draw(st.integers(0, 5)) == 0:
        return attrs.evolve(sp, final_report=None), as_of
    # the current state and the analysis are the report's own content: leave one out (the
    # assignment, the group and the proposals count as present when the subproject has them)
    left_out = draw(
        st.lists(
            st.sampled_from([ReportSection.CURRENT_STATE, ReportSection.ANALYSIS]),
            min_size=1,
            unique=True,
        )
    )
    kept = [s for s in sp.final_report.sections if s not in left_out]
    changed = attrs.evolve(sp.final_report, sections=kept, current_state=(), analysis="")
    return attrs.evolve(sp, final_report=changed), as_of


@_breach("SP016", stage=MilestoneKind.FINAL_REPORT)
def _sp016(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    report = sp.final_report
    if report is None:
        return sp, as_of  # no report at all: SP016 fires at $.final_report
    follow_up = report.follow_up
    part = draw(st.sampled_from([None, "how", "when", "by_whom", "parameters"]))
    if part is None or follow_up is None:
        return attrs.evolve(sp, final_report=attrs.evolve(report, follow_up=None)), as_of
    blank: dict[str, Any] = {part: () if part == "parameters" else ""}
    changed = attrs.evolve(report, follow_up=attrs.evolve(follow_up, **blank))
    return attrs.evolve(sp, final_report=changed), as_of


@_breach("SP017", stage=MilestoneKind.MANAGEMENT_GROUP_DECISION)
def _sp017(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    if draw(st.booleans()):
        kept = [m for m in sp.milestones if not m.is_final_report_review]
        return _set_milestones(sp, kept), as_of
    decided = sp.first(MilestoneKind.MANAGEMENT_GROUP_DECISION)
    if decided is None:  # not at the breach's minimum stage: leave it
        return sp, as_of
    late = decided.date.add(days=draw(st.integers(1, 30)))
    ms = [attrs.evolve(m, date=late) if m.is_final_report_review else m for m in sp.milestones]
    return _set_milestones(sp, ms), as_of


@_breach("SP018", stage=MilestoneKind.BOARD_RECOMMENDATION)
def _sp018(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    kind = MilestoneKind.MANAGEMENT_GROUP_DECISION
    if "SP017" not in codes and draw(st.integers(0, 3)) == 0:  # SP017 needs the decision
        return _set_milestones(sp, [m for m in sp.milestones if m.kind is not kind]), as_of
    verdict = draw(st.sampled_from([False, None]))
    ms = [attrs.evolve(m, unanimous=verdict) if m.kind is kind else m for m in sp.milestones]
    return _set_milestones(sp, ms), as_of


@_breach("SP019", stage=MilestoneKind.BOARD_RECOMMENDATION)
def _sp019(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    kind = MilestoneKind.BOARD_RECOMMENDATION
    change: dict[str, Any] = draw(
        st.sampled_from(
            [
                {"binding": True},
                {"wording": "Södra regionvårdsnämnden beslutar att regionerna ska införa."},
            ]
        )
    )
    ms = [attrs.evolve(m, **change) if m.kind is kind else m for m in sp.milestones]
    return _set_milestones(sp, ms), as_of


@_breach("SP020", stage=MilestoneKind.REGIONAL_DECISION)
def _sp020(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    found = [i for i, m in enumerate(sp.milestones) if m.kind is MilestoneKind.REGIONAL_DECISION]
    chosen = draw(st.lists(st.sampled_from(found), min_size=1, unique=True))
    ms = [attrs.evolve(m, excerpt=None) if i in chosen else m for i, m in enumerate(sp.milestones)]
    return _set_milestones(sp, ms), as_of


@_breach("SP021", stage=MilestoneKind.BOARD_RECOMMENDATION)
def _sp021(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    kept = [m for m in sp.milestones if m.kind is not MilestoneKind.FOLLOW_UP]
    sp = attrs.evolve(sp, milestones=tuple(kept), follow_up_reports=())
    due = follow_up_due(sp)
    if due is None:  # not at the breach's minimum stage: leave it
        return sp, as_of
    last = max(m.date for m in sp.milestones)
    if "SP022" in codes or draw(st.booleans()):
        return sp, max(due, last).add(days=draw(st.integers(1, 400)))  # overdue
    soon = due.subtract(days=draw(st.integers(0, DUE_SOON_DAYS)))  # due within 30 days
    return sp, max(soon, last)


@_breach("SP022", stage=MilestoneKind.FOLLOW_UP)
def _sp022(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    bad = draw(
        st.one_of(
            st.tuples(st.sampled_from([1, 8, 12, 25]), st.just(tuple(Body))),
            st.tuples(
                st.integers(3, 6),
                st.lists(st.sampled_from(Body), unique=True, max_size=2).map(tuple),
            ),
        )
    )
    pages, bodies = bad
    reports = list(sp.follow_up_reports)
    if reports:
        reports[0] = attrs.evolve(reports[0], pages=pages, presented_to=bodies)
    else:
        reports.append(FollowUpReport(date=as_of, pages=pages, presented_to=bodies))
    return attrs.evolve(sp, follow_up_reports=tuple(reports)), as_of


@_breach("SP023", stage=MilestoneKind.PREPARED)
def _sp023(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    first = min(m.date for m in sp.milestones)
    # the latest step's milestone, not a review the SP024 breach may remove
    kept = [
        i for i, m in enumerate(sp.milestones) if m.reviewed is not ReviewSubject.INTERIM_REPORT
    ]
    top = max(kept, key=lambda i: sp.milestones[i].step)
    early = first.subtract(days=draw(st.integers(1, 60)))
    ms = list(sp.milestones)
    ms[top] = attrs.evolve(ms[top], date=early)
    return _set_milestones(sp, ms), as_of


@_breach("SP024", stage=MilestoneKind.MANAGEMENT_GROUP_INFORMED)
def _sp024(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    interim = ReviewSubject.INTERIM_REPORT
    ms = [m for m in sp.milestones if m.reviewed is not interim]
    informed = MilestoneKind.MANAGEMENT_GROUP_INFORMED
    if not any(m.kind is informed for m in ms):
        step = informed.step
        day = max(m.date for m in ms if m.step <= step)
        ms.append(Milestone(kind=informed, date=day))
    return _set_milestones(sp, ms), as_of


@_breach("SP025", stage=MilestoneKind.BOARD_RECOMMENDATION)
def _sp025(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    kind = MilestoneKind.REGIONAL_DECISION
    taking_part = {r.code for r in sp.participating_regions}
    decided = [
        i
        for i, m in enumerate(sp.milestones)
        if m.kind is kind and m.region is not None and m.region.code in taking_part
    ]
    ms = list(sp.milestones)
    # a participating region without a decision is breach enough; else undo some decisions
    if decided and {sp.milestones[i].region.code for i in decided} >= taking_part:  # type: ignore[union-attr]
        chosen = draw(st.lists(st.sampled_from(decided), min_size=1, unique=True))
        if "SP020" not in codes and draw(st.booleans()):
            ms = [m for i, m in enumerate(ms) if i not in chosen]
        else:  # postponed: the region has not decided
            for i in chosen:
                ms[i] = attrs.evolve(ms[i], outcome=DecisionOutcome.POSTPONED)
    sp = _set_milestones(sp, ms)
    approved = board_approval(sp)
    if approved is None:  # not at the breach's minimum stage: leave it
        return sp, as_of
    return sp, max(as_of, approved.add(days=draw(st.integers(1, 400))))


@_breach("SP026", stage=MilestoneKind.FINAL_REPORT)
def _sp026(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    report = first_group_report(sp)
    options: list[Communication | None] = [None, Communication(plan="Nyhetsbrev")]
    if report is not None:
        late = report.date.add(days=draw(st.integers(1, 90)))
        options.append(Communication(communicator="Lisa Nord", involved_on=late))
    return attrs.evolve(sp, communication=draw(st.sampled_from(options))), as_of


@_breach("SP027", stage=MilestoneKind.FINAL_REPORT)
def _sp027(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    report = sp.final_report or FinalReport()
    writers = ("Anna Berg", "Bo Ek", *draw(st.just(()) | st.just(("Ida Wik",))))
    changed = attrs.evolve(report, writers=writers, responsible_writer="")
    return attrs.evolve(sp, final_report=changed), as_of


@_breach("SP028", stage=MilestoneKind.FINAL_REPORT)
def _sp028(draw: st.DrawFn, sp: Subproject, as_of: pendulum.Date, codes: frozenset[str]) -> _Case:
    report = sp.final_report or FinalReport()
    changed = attrs.evolve(report, pages=draw(st.integers(31, 120)))
    return attrs.evolve(sp, final_report=changed), as_of
