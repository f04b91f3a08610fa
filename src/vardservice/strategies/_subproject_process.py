"""A compliant subproject drawn through the process to a given step (SFBV §4–5; private)."""

from __future__ import annotations

import datetime

import pendulum
from hypothesis import strategies as st

from vardservice.strategies._common import _pdates, money
from vardservice.strategies._subproject_parts import (
    _CASE_PREFIX,
    _PROFESSIONS,
    _SOUTHERN,
    _SUBJECTS,
    _WORDING,
    _names,
)
from vardservice.subprojects import (
    DUE_SOON_DAYS,
    ActionProposal,
    Assignment,
    Body,
    Communication,
    ExcerptReference,
    FinalReport,
    FocusArea,
    FollowUpPlan,
    FollowUpProposal,
    FollowUpReport,
    GroupMember,
    Milestone,
    MilestoneKind,
    Origin,
    Proposal,
    ReportSection,
    ReviewSubject,
    Role,
    Subproject,
    follow_up_due,
)

# The process a compliant subproject goes through, one entry per step it can stop at.
_TIMELINE: tuple[MilestoneKind, ...] = tuple(
    kind
    for kind in MilestoneKind
    if kind not in (MilestoneKind.START_REJECTED, MilestoneKind.START_DEFERRED)
)
_AT = {kind: i for i, kind in enumerate(_TIMELINE)}


def _group(draw: st.DrawFn, regions_: tuple[str, ...]) -> tuple[GroupMember, ...]:
    professions = draw(st.lists(st.sampled_from(_PROFESSIONS), min_size=2, max_size=5, unique=True))
    region = st.sampled_from(regions_)
    names = draw(st.lists(_names(), min_size=len(professions) + 3, unique=True))
    group = [
        GroupMember(name=names[0], role=Role.CHAIR, profession=professions[0], region=draw(region)),
        *(
            GroupMember(name=names[i], profession=p, region=draw(region))
            for i, p in enumerate(professions[1:], start=1)
        ),
        GroupMember(
            name=names[len(professions)],
            role=draw(st.sampled_from([Role.PATIENT_REPRESENTATIVE, Role.RELATIVE_REPRESENTATIVE])),
            region=draw(region),
        ),
    ]
    if draw(st.booleans()):
        group.append(
            GroupMember(
                name=names[len(professions) + 1],
                role=Role.PROCESS_SUPPORT,
                profession="processledare",
                region=draw(region),
            )
        )
    if draw(st.booleans()):
        group.append(
            GroupMember(
                name=names[len(professions) + 2],
                role=Role.CO_OPTED,
                profession=draw(st.sampled_from(["ekonom", "jurist", "HR-specialist"])),
            )
        )
    return tuple(draw(st.permutations(group)))


@st.composite
def _compliant(draw: st.DrawFn, last: int) -> tuple[Subproject, pendulum.Date]:
    """Draw a subproject through ``_TIMELINE[:last + 1]`` that keeps every rule."""
    all_four = draw(st.booleans())
    chosen = _SOUTHERN if all_four else tuple(draw(st.permutations(_SOUTHERN)))[:3]
    participating = tuple(draw(st.permutations(chosen)))
    day = draw(_pdates(datetime.date(2016, 1, 1), datetime.date(2040, 12, 31)))
    ms: list[Milestone] = []
    follow_up_day: pendulum.Date | None = None
    group_day: pendulum.Date | None = None
    review = MilestoneKind.COLLABORATION_GROUP_REVIEW

    def step_gap() -> pendulum.Date:
        return day.add(days=draw(st.integers(0, 60)))

    for kind in _TIMELINE[: last + 1]:
        day = step_gap()
        if kind is MilestoneKind.START_DECIDED and draw(st.booleans()):
            ms.append(Milestone(kind=MilestoneKind.START_DEFERRED, date=day, note="Resursskäl"))
            day = step_gap()
        if kind is MilestoneKind.PREPARED:
            ms.append(Milestone(kind=kind, date=day))
            if draw(st.booleans()):  # the collaboration group consulted (SFBV §5.1.2)
                ms.append(Milestone(kind=review, date=day, reviewed=ReviewSubject.START_PROPOSAL))
        elif kind is MilestoneKind.INTERIM_REPORT:
            count = draw(st.integers(1 if last == _AT[kind] else 0, 2))
            dates = sorted(day.add(days=draw(st.integers(0, 60))) for _ in range(count))
            ms.extend(Milestone(kind=kind, date=d) for d in dates)
            day = max(dates, default=day)
        elif kind is MilestoneKind.MANAGEMENT_GROUP_INFORMED:
            if last == _AT[kind] or draw(st.booleans()):  # the collaboration group first
                ms.append(Milestone(kind=review, date=day, reviewed=ReviewSubject.INTERIM_REPORT))
                ms.append(Milestone(kind=kind, date=day.add(days=draw(st.integers(0, 30)))))
                day = ms[-1].date
        elif kind is MilestoneKind.COLLABORATION_GROUP_REVIEW:
            reviewed = draw(st.sampled_from([None, ReviewSubject.FINAL_REPORT]))
            ms.append(Milestone(kind=kind, date=day, reviewed=reviewed))
        elif kind is MilestoneKind.MANAGEMENT_GROUP_DECISION:
            ms.append(Milestone(kind=kind, date=day, unanimous=True))
        elif kind is MilestoneKind.BOARD_RECOMMENDATION:
            ms.append(
                Milestone(
                    kind=kind,
                    date=day,
                    wording=_WORDING,
                    binding=draw(st.sampled_from([None, False])),
                )
            )
        elif kind is MilestoneKind.REGIONAL_DECISION:
            start = day
            for code in participating:
                when = start.add(days=draw(st.integers(0, 60)))
                excerpt = ExcerptReference(
                    case_number=f"{_CASE_PREFIX[code]} {when.year}/{draw(st.integers(1, 2000))}",
                    paragraph=draw(st.integers(1, 400)),
                    date=when,
                )
                ms.append(Milestone(kind=kind, date=when, region=code, excerpt=excerpt))
                day = max(day, when)
        else:
            ms.append(Milestone(kind=kind, date=day))
            if kind is MilestoneKind.FOLLOW_UP:
                follow_up_day = day
            elif kind is MilestoneKind.GROUP_APPOINTED:
                group_day = day
    plan_parameters = ("andel patienter som får vård inom målnivå", "väntetid i dagar")
    focus = draw(st.lists(st.sampled_from(FocusArea), min_size=1, max_size=3, unique=True))
    subject = draw(st.sampled_from(_SUBJECTS))
    year = ms[0].date.year if ms else day.year
    sp = Subproject(
        id=f"SFBV-{year}-{draw(st.integers(1, 40)):02d}",
        title=subject,
        participating_regions=participating,
        reason_for_fewer="" if all_four else "Ämnet berör inte den fjärde regionens verksamhet.",
        focus_areas=focus,
        proposal=Proposal(
            origin=draw(st.sampled_from(Origin)),
            purpose=f"Jämlik och tillgänglig {subject.lower()} i sjukvårdsregionen.",
            goal="Samma målnivå i alla deltagande regioner inom tre år.",
            expected_outcome="Kortare väntetider och färre komplikationer.",
        ),
        assignment=(
            Assignment(
                background=f"{subject}: resultaten skiljer sig mellan regionerna.",
                purpose_and_question="Hur når alla regioner samma målnivå?",
                assignment_points=("Beskriv nuläget", "Analysera skillnaderna", "Lämna förslag"),
                delimitations="Endast vuxna patienter.",
                group_composition="Tvärprofessionell grupp med patientrepresentant.",
                timeline="Slutrapport inom 18 månader.",
            )
            if last >= _AT[MilestoneKind.ASSIGNMENT_ISSUED]
            else None
        ),
        working_group=(
            _group(draw, participating) if last >= _AT[MilestoneKind.GROUP_APPOINTED] else ()
        ),
        contact_person=(
            draw(_names())
            if last >= _AT[MilestoneKind.START_DECIDED] or draw(st.booleans())
            else ""
        ),
        follow_up_plan=(
            FollowUpPlan(method="Registeruppföljning", parameters=plan_parameters)
            if last >= _AT[MilestoneKind.GROUP_APPOINTED]
            else None
        ),
        current_state_regions=(
            draw(st.permutations(participating))
            if last > _AT[MilestoneKind.GROUP_APPOINTED]
            or (last == _AT[MilestoneKind.GROUP_APPOINTED] and draw(st.booleans()))
            else ()
        ),
        action_proposals=(
            tuple(
                ActionProposal(title=f"Förslag {n}", needs_funding=needs, cost_estimate=cost)
                for n, (needs, cost) in enumerate(
                    draw(
                        st.lists(
                            st.one_of(
                                st.just((False, None)),
                                money(min_kr=10_000, max_kr=50_000_000).map(lambda m: (True, m)),
                            ),
                            min_size=1,
                            max_size=5,
                        )
                    ),
                    start=1,
                )
            )
            if last >= _AT[MilestoneKind.FINAL_REPORT]
            else ()
        ),
        final_report=(
            FinalReport(
                sections=tuple(ReportSection),
                follow_up=FollowUpProposal(
                    how="Data ur kvalitetsregister och en enkät till verksamheterna",
                    when="inom 12 månader efter nämndens beslut",
                    by_whom="arbetsgruppens tidigare ordförande",
                    parameters=plan_parameters,
                ),
                pages=draw(st.integers(8, 30)),
                writers=(writer := draw(_names()), *draw(st.just(()) | st.just(("Ida Wik",)))),
                responsible_writer=writer,
            )
            if last >= _AT[MilestoneKind.FINAL_REPORT]
            else None
        ),
        follow_up_reports=(
            (
                FollowUpReport(
                    date=follow_up_day,
                    pages=draw(st.integers(3, 6)),
                    presented_to=tuple(draw(st.permutations(list(Body)))),
                ),
            )
            if follow_up_day is not None
            else ()
        ),
        communication=(
            Communication(
                communicator=draw(_names()),
                involved_on=draw(st.none() | st.just(group_day)),
                plan="Intervju med ordföranden vid starten och nyhetsbrev.",
            )
            if group_day is not None
            else None
        ),
        milestones=tuple(draw(st.permutations(ms))),
    )
    last_day = max((m.date for m in ms), default=day)
    due = follow_up_due(sp)
    if last == _AT[MilestoneKind.BOARD_RECOMMENDATION]:
        # the regions have not decided yet: only on the day of the recommendation is that
        # not worth a word (rule SP025)
        as_of = last_day
    elif due is not None and follow_up_day is None:
        # approved but not yet followed up: check before the 30 days of notice begin
        latest = due.subtract(days=DUE_SOON_DAYS + 1)
        as_of = last_day.add(days=draw(st.integers(0, max(0, (latest - last_day).days))))
    else:
        as_of = last_day.add(days=draw(st.integers(0, 3650)))
    return sp, as_of
