"""Load + check throughput for 10 000 subprojects from JSON, against json.loads of the same bytes.

10 000 subprojects are generated deterministically (a fixed seed; plausible ones, at
every step of the process, some breaking rules), each dumped as its own JSON document
(bytes, as a file would hold it). Both sides run in the same process, on one core,
best of N, timed in CPU seconds of the process (time.process_time):
  baseline: json.loads(doc) for every document
  subject:  vardservice.io.from_dict(json.loads(doc), Subproject) and
            vardservice.rules.check(subproject, as_of=AS_OF) for every document
Target: >= 5 000 subprojects per second for load + check (issue 3). The figures and
the ratio are printed; the exit code is 0 either way (machines differ).

Run: python bench/check_throughput.py [--count 10000] [--runs 5] [--profile]
"""

import argparse
import json
import os
import random
import time
from collections.abc import Callable
from typing import Any

from vardservice.io import from_dict, to_dict
from vardservice.rules import check
from vardservice.subprojects import (
    ActionProposal,
    Assignment,
    ExcerptReference,
    FinalReport,
    FocusArea,
    FollowUpPlan,
    FollowUpProposal,
    FollowUpReport,
    GroupMember,
    Milestone,
    MilestoneKind,
    Proposal,
    ReportSection,
    Role,
    Subproject,
)

SEED = 20230430
AS_OF = "2024-05-01"
REGIONS = ("10", "13", "07", "12")  # Blekinge, Halland, Kronoberg, Skåne
SUBJECTS = (
    "Höftfrakturvård", "Strokerehabilitering", "Barnkirurgi", "Palliativ vård",
    "Ätstörningsvård", "Njurtransplantation", "Bröstcancerscreening", "Hörselvård",
)  # fmt: skip
PROFESSIONS = ("läkare", "sjuksköterska", "fysioterapeut", "arbetsterapeut", "kurator")
MAIN_LINE = tuple(
    kind
    for kind in MilestoneKind
    if kind not in (MilestoneKind.START_REJECTED, MilestoneKind.START_DEFERRED)
)


def generate(rng: random.Random, i: int) -> Subproject:
    """One plausible subproject; about one in five breaks some rule on purpose."""
    import pendulum

    regions = rng.sample(REGIONS, rng.choice((2, 3, 4, 4, 4)))
    steps = rng.randint(1, len(MAIN_LINE))
    day = pendulum.Date(2017, 1, 1).add(days=rng.randint(0, 1500))
    milestones = []
    for kind in MAIN_LINE[:steps]:
        day = day.add(days=rng.randint(5, 90))
        if kind is MilestoneKind.REGIONAL_DECISION:
            for code in regions:
                excerpt = ExcerptReference(
                    case_number=f"RS {day.year}/{rng.randint(1, 999)}",
                    paragraph=rng.randint(1, 200),
                    date=day,
                )
                milestones.append(Milestone(kind=kind, date=day, region=code, excerpt=excerpt))
        elif kind is MilestoneKind.MANAGEMENT_GROUP_DECISION:
            milestones.append(Milestone(kind=kind, date=day, unanimous=rng.random() > 0.1))
        elif kind is MilestoneKind.BOARD_RECOMMENDATION:
            milestones.append(
                Milestone(
                    kind=kind,
                    date=day,
                    binding=False,
                    wording="Södra regionvårdsnämnden rekommenderar regionerna att …",
                )
            )
        else:
            milestones.append(Milestone(kind=kind, date=day))
    if rng.random() < 0.05 and len(milestones) > 2:  # out of order: SP023
        milestones[1], milestones[-1] = milestones[-1], milestones[1]
    reported = steps > MAIN_LINE.index(MilestoneKind.FINAL_REPORT)
    group = [
        GroupMember(
            name=f"Person {i}-{n}",
            role=Role.CHAIR if n == 0 else rng.choice(list(Role)),
            profession=rng.choice(PROFESSIONS),
            region=rng.choice(regions),
        )
        for n in range(rng.randint(3, 9))
    ]
    return Subproject(
        id=f"SFBV-{2017 + i % 7}-{i:05d}",
        title=rng.choice(SUBJECTS),
        participating_regions=regions,
        reason_for_fewer="" if len(regions) == 4 else "Berör inte alla regioner.",
        focus_areas=rng.sample(list(FocusArea), rng.randint(0, 3)),
        proposal=Proposal(purpose="Syfte.", goal="Mål.", expected_outcome="Utfall."),
        assignment=Assignment(
            background="Bakgrund.",
            purpose_and_question="Syfte och frågeställning.",
            assignment_points=("Kartlägg nuläget.", "Föreslå åtgärder."),
            delimitations="Avgränsningar." if rng.random() > 0.1 else "",
            group_composition="Tvärprofessionell.",
            timeline="Ett år.",
        ),
        working_group=group,
        contact_person="Kontaktperson" if rng.random() > 0.05 else "",
        follow_up_plan=FollowUpPlan(method="Registerdata", parameters=("väntetid",)),
        current_state_regions=regions,
        action_proposals=[
            ActionProposal(
                title=f"Förslag {n}",
                needs_funding=(funded := rng.random() > 0.5),
                cost_estimate=f"{rng.randint(1, 90) * 100} tkr" if funded else None,
            )
            for n in range(rng.randint(0, 6) if reported else 0)
        ],
        final_report=FinalReport(
            sections=list(ReportSection),
            follow_up=FollowUpProposal(
                how="Enkät", when="Inom ett år", by_whom="Ordföranden", parameters=("väntetid",)
            ),
            pages=rng.randint(15, 60),
        )
        if reported
        else None,
        follow_up_reports=[
            FollowUpReport(
                date=milestones[-1].date, pages=rng.randint(3, 6), presented_to=["board"]
            )
        ]
        if steps == len(MAIN_LINE)
        else [],
        milestones=milestones,
    )


def documents(count: int) -> list[bytes]:
    rng = random.Random(SEED)  # noqa: S311  # test data, not secrets
    return [json.dumps(to_dict(generate(rng, i))).encode() for i in range(count)]


def baseline(docs: list[bytes]) -> int:
    return sum(1 for doc in docs if json.loads(doc))


def subject(docs: list[bytes]) -> int:
    errors = 0
    for doc in docs:
        report = check(from_dict(json.loads(doc), Subproject), as_of=AS_OF)
        errors += not report.is_compliant
    return errors


def best_of(func: Callable[[list[bytes]], Any], docs: list[bytes], runs: int) -> float:
    # CPU time of this process: on a shared machine wall time also counts the time the
    # process waits for a core, which says nothing about the code. Per second of one core.
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        func(docs)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="cProfile one load+check pass")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):  # one core
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    docs = documents(args.count)
    failing = subject(docs[:200])  # warm-up: imports, the rule registry, cattrs' generated code
    if args.profile:
        import cProfile
        import pstats

        with cProfile.Profile() as profile:
            subject(docs)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        return
    plain = best_of(baseline, docs, args.runs)
    full = best_of(subject, docs, args.runs)
    size = sum(map(len, docs))
    print(f"subprojects:           {args.count} ({size / args.count:,.0f} bytes of JSON each)")
    print(f"with an error finding: {subject(docs)} (of the first 200: {failing})")
    print(f"json.loads:            {args.count / plain:12,.0f} per second")
    print(f"load + check:          {args.count / full:12,.0f} per second")
    print(f"ratio:                 {full / plain:12.1f} x json.loads")
    target = "met" if args.count / full >= 5_000 else "NOT met"
    print(f"target 5 000 / s:      {target}")


if __name__ == "__main__":
    main()
