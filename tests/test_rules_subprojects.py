"""The subproject rules (SFBV §4–5), read from the registry: each passes and fails, in both languages."""

import calendar
import datetime
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from _examples import at_most
from vardservice import strategies
from vardservice.errors import InvalidValue
from vardservice.rules import RULES, Severity, check, rules_for
from vardservice.subprojects import (
    ActionProposal,
    Assignment,
    Body,
    Communication,
    CurrentState,
    ExcerptReference,
    FinalReport,
    FollowUpPlan,
    FollowUpProposal,
    FollowUpReport,
    GroupMember,
    Milestone,
    MilestoneKind,
    Proposal,
    ReportSection,
    ReviewSubject,
    Stage,
    Subproject,
    follow_up_due,
    is_started,
    undecided_regions,
)

CODES = [rule.code for rule in rules_for(Subproject)]
AS_OF = "2024-10-01"


def _decision(region: str, day: str, paragraph: int) -> Milestone:
    return Milestone(
        kind="regional_decision",
        date=day,
        region=region,
        excerpt=ExcerptReference(case_number=f"RS 2023/{paragraph}", paragraph=paragraph, date=day),
    )


def full() -> Subproject:
    """A subproject through follow-up that keeps every rule (as of AS_OF)."""
    return Subproject(
        id="SFBV-2022-07",
        title="Höftfrakturvård",
        participating_regions=["07", "10", "12", "13"],
        focus_areas=["equality", "accessibility"],
        proposal=Proposal(
            origin="knowledge_management",
            purpose="Jämlik höftfrakturvård i hela sjukvårdsregionen.",
            goal="Operation inom 24 timmar för minst 90 procent.",
            expected_outcome="Kortare väntan och färre komplikationer.",
        ),
        assignment=Assignment(
            background="Väntetiderna skiljer sig mellan regionerna.",
            purpose_and_question="Hur når alla regioner operation inom 24 timmar?",
            assignment_points=["Kartlägg nuläget", "Föreslå åtgärder"],
            delimitations="Endast vuxna patienter.",
            group_composition="Ortoped, sjuksköterska, fysioterapeut, patientrepresentant.",
            timeline="Slutrapport maj 2023.",
        ),
        working_group=[
            GroupMember(name="Anna Berg", role="chair", profession="ortoped", region="12"),
            GroupMember(name="Bo Ek", profession="sjuksköterska", region="13"),
            GroupMember(name="Cai Holm", role="process_support", profession="processledare"),
            GroupMember(name="Dana Lind", role="patient_representative", region="07"),
        ],
        contact_person="Eva Strand",
        follow_up_plan=FollowUpPlan(
            method="Registeruppföljning", parameters=["andel opererade inom 24 timmar"]
        ),
        current_state_regions=["07", "10", "12", "13"],
        action_proposals=[
            ActionProposal(title="Gemensamt vårdprogram"),
            ActionProposal(
                title="Utökad operationstid helger", needs_funding=True, cost_estimate="1,2 mnkr"
            ),
        ],
        final_report=FinalReport(
            sections=list(ReportSection),
            follow_up=FollowUpProposal(
                how="Registeruppgifter",
                when="hösten 2024",
                by_whom="tidigare ordförande",
                parameters=["andel opererade inom 24 timmar"],
            ),
            pages=24,
        ),
        follow_up_reports=[
            FollowUpReport(date="2024-09-10", pages=5, presented_to=list(Body)),
        ],
        communication=Communication(communicator="Lisa Nord", involved_on="2022-05-02"),
        milestones=[
            Milestone(kind="proposal_raised", date="2022-01-10"),
            Milestone(kind="prepared", date="2022-02-01"),
            Milestone(kind="start_decided", date="2022-03-04"),
            Milestone(kind="assignment_issued", date="2022-03-20"),
            Milestone(kind="group_appointed", date="2022-04-15"),
            Milestone(kind="interim_report", date="2022-10-01"),
            Milestone(kind="final_report", date="2023-05-10"),
            Milestone(kind="collaboration_group_review", date="2023-05-24"),
            Milestone(kind="management_group_decision", date="2023-06-08", unanimous=True),
            Milestone(
                kind="board_recommendation",
                date="2023-09-22",
                binding=False,
                wording="Södra regionvårdsnämnden rekommenderar regionerna att införa "
                "det gemensamma vårdprogrammet.",
            ),
            _decision("07", "2023-10-12", 101),
            _decision("10", "2023-10-19", 57),
            _decision("12", "2023-11-02", 212),
            _decision("13", "2023-11-16", 90),
            Milestone(kind="implementation", date="2024-01-15"),
            Milestone(kind="follow_up", date="2024-09-10"),
        ],
    )


def _ms(sp: Subproject, *kinds: str) -> tuple[Milestone, ...]:
    """Keep only the milestones whose kind is in ``kinds`` (a draft at an earlier stage)."""
    return tuple(m for m in sp.milestones if m.kind.value in kinds)


def _replace(sp: Subproject, index: int, **changes: Any) -> tuple[Milestone, ...]:
    ms = list(sp.milestones)
    ms[index] = attrs.evolve(ms[index], **changes)
    return tuple(ms)


def _group(sp: Subproject, index: int, **changes: Any) -> tuple[GroupMember, ...]:
    group = list(sp.working_group)
    group[index] = attrs.evolve(group[index], **changes)
    return tuple(group)


FULL = full()
EARLY = ("proposal_raised", "prepared", "start_decided", "assignment_issued", "group_appointed")


# code → (the breaching subproject, as_of, path, a piece of the sv message, of the en message,
# evidence the finding must include)
def _breaches() -> dict[str, tuple[Subproject, str, str, str, str, dict[str, Any]]]:
    sp = FULL
    e = attrs.evolve
    return {
        "SP001": (
            e(sp, participating_regions=["12", "13"]),
            AS_OF,
            "$.participating_regions",
            "2 deltagande regioner; minst 3 krävs.",
            "2 participating regions; at least 3 are required.",
            {"participating": 2, "minimum": 3, "all": 4},
        ),
        "SP002": (
            e(sp, milestones=_ms(sp, "proposal_raised", "prepared", "assignment_issued")),
            AS_OF,
            "$.milestones[2]",
            "1 milstolpe efter start (uppdrag 20 mars 2022 först) utan ledningsgruppens beslut",
            "1 milestone after the start (assignment issued 20 March 2022 first) without",
            {"milestones_after_start": 1, "first": "assignment_issued"},
        ),
        "SP003": (
            e(sp, focus_areas=[]),
            AS_OF,
            "$.focus_areas",
            "Inget målområde angivet",
            "No focus area given",
            {"focus_areas": 0},
        ),
        "SP004": (
            e(sp, proposal=e(sp.proposal, goal=" ")),
            AS_OF,
            "$.proposal.goal",
            "Förslaget saknar mål",
            "The proposal has no goal",
            {"missing": "goal"},
        ),
        "SP005": (
            e(sp, assignment=e(sp.assignment, timeline="")),
            AS_OF,
            "$.assignment.timeline",
            "Uppdraget saknar tidplan (5 av 6 punkter finns)",
            "The assignment has no timeline (5 of 6 parts present)",
            {"missing": "timeline", "present": 5, "required": 6},
        ),
        "SP006": (
            e(sp, contact_person=""),
            AS_OF,
            "$.contact_person",
            "Kontaktperson på kansliet saknas",
            "No contact person at the office",
            {"contact_persons": 0},
        ),
        "SP007": (
            e(sp, working_group=_group(sp, 0, role="member")),
            AS_OF,
            "$.working_group",
            "Arbetsgruppen (4 ledamöter) saknar ordförande",
            "The working group (4 members) has no chair",
            {"chairs": 0, "members": 4},
        ),
        "SP008": (
            e(sp, working_group=_group(sp, 2, from_office=True)),
            AS_OF,
            "$.working_group[2]",
            "Processtödet Cai Holm kommer från kansliet",
            "The process support Cai Holm comes from the office",
            {"name": "Cai Holm", "from_office": True},
        ),
        "SP009": (
            e(sp, working_group=[e(m, profession="Ortoped ") for m in sp.working_group]),
            AS_OF,
            "$.working_group",
            "1 yrkesgrupp i arbetsgruppen",
            "1 profession in the working group",
            {"professions": 1, "minimum": 2},
        ),
        "SP010": (
            e(sp, working_group=sp.working_group[:3]),
            AS_OF,
            "$.working_group",
            "Arbetsgruppen har ingen patient- eller närståenderepresentant",
            "The working group has no patient or relative representative",
            {"representatives": 0},
        ),
        "SP011": (
            e(sp, follow_up_plan=FollowUpPlan(method="Registeruppföljning")),
            AS_OF,
            "$.follow_up_plan.parameters",
            "0 uppföljningsparametrar dokumenterade; minst 1",
            "0 follow-up parameters documented; at least 1",
            {"parameters": 0, "minimum": 1},
        ),
        "SP012": (
            e(sp, current_state_regions=["12", "13", "10"]),
            AS_OF,
            "$.current_state_regions",
            "omfattar 3 av 4 deltagande regioner (saknas: Kronoberg)",
            "covers 3 of 4 participating regions (missing: Kronoberg)",
            {"covered": 3, "participating": 4, "missing": ("07",)},
        ),
        "SP013": (
            e(sp, action_proposals=[ActionProposal(title=f"Förslag {n}") for n in range(7)]),
            AS_OF,
            "$.action_proposals[5]",
            "7 åtgärdsförslag; högst 5 bör anges.",
            "7 action proposals; at most 5 should be made.",
            {"proposals": 7, "maximum": 5},
        ),
        "SP014": (
            e(
                sp,
                action_proposals=[
                    *sp.action_proposals,
                    ActionProposal(title="Ny tjänst", needs_funding=True),
                ],
            ),
            AS_OF,
            "$.action_proposals[2]",
            "Förslag 3 (Ny tjänst) kräver ekonomiska insatser men saknar grov kalkyl",
            "Proposal 3 (Ny tjänst) needs funding but has no rough cost estimate",
            {"proposal": 3, "needs_funding": True, "cost_estimate": False},
        ),
        "SP015": (
            e(
                sp,
                final_report=e(
                    sp.final_report,
                    sections=["assignment", "group_composition", "current_state", "proposals"],
                ),
            ),
            AS_OF,
            "$.final_report.sections",
            "Slutrapporten saknar avsnittet analys (4 av 5 avsnitt finns)",
            "The final report has no analysis section (4 of 5 present)",
            {"missing": "analysis", "present": 4, "required": 5},
        ),
        "SP016": (
            e(
                sp,
                final_report=FinalReport(
                    sections=list(ReportSection),
                    follow_up=FollowUpProposal(
                        how="Register", when="hösten 2024", parameters=["x"]
                    ),
                ),
            ),
            AS_OF,
            "$.final_report.follow_up.by_whom",
            "Förslaget till uppföljning anger inte av vem (3 av 4 delar finns)",
            "The follow-up proposal does not say by whom (3 of 4 parts)",
            {"missing": "by_whom", "present": 3, "required": 4},
        ),
        "SP017": (
            e(sp, milestones=sp.milestones[:7] + sp.milestones[8:]),
            AS_OF,
            "$.milestones[7]",
            "Ledningsgruppen beslutade 8 juni 2023 utan att samarbetsgruppen behandlat "
            "slutrapporten (0 behandlingar)",
            "The management group decided on 8 June 2023 with no collaboration-group review "
            "(0 reviews)",
            {"decision": "2023-06-08", "reviews": 0},
        ),
        "SP018": (
            e(sp, milestones=_replace(sp, 8, unanimous=False)),
            AS_OF,
            "$.milestones[8]",
            "Ledningsgruppen var inte enig i beslutet 8 juni 2023, men ärendet gick vidare",
            "The management group's decision on 8 June 2023 was not unanimous, yet",
            {"decisions": 1, "unanimous": False},
        ),
        "SP019": (
            e(sp, milestones=_replace(sp, 9, binding=True)),
            AS_OF,
            "$.milestones[9]",
            "Nämndens beslut 22 september 2023 är angivet som bindande",
            "The board's decision on 22 September 2023 is recorded as binding",
            {"binding": True},
        ),
        "SP020": (
            e(sp, milestones=_replace(sp, 11, excerpt=None)),
            AS_OF,
            "$.milestones[11]",
            "Beslutet i Blekinge 19 oktober 2023 saknar protokollsutdrag",
            "The decision of Blekinge on 19 October 2023 has no protocol excerpt",
            {"region": "10", "excerpt": False},
        ),
        "SP021": (
            e(sp, milestones=sp.milestones[:-1], follow_up_reports=[]),
            AS_OF,
            "$.follow_up_reports",
            "senast 22 september 2024 (12 månader efter nämndens godkännande 22 september "
            "2023) och är 9 dagar försenad per 1 oktober 2024",
            "should have been done by 22 September 2024 (12 months after the board's approval "
            "on 22 September 2023) and is 9 days overdue as of 1 October 2024",
            {"due": "2024-09-22", "days_overdue": 9},
        ),
        "SP022": (
            e(
                sp,
                follow_up_reports=[
                    FollowUpReport(date="2024-09-10", pages=12, presented_to=list(Body))
                ],
            ),
            AS_OF,
            "$.follow_up_reports[0].pages",
            "Uppföljningsrapporten har 12 sidor; den bör vara cirka 3–6 sidor.",
            "The follow-up report has 12 pages; it should be about 3–6 pages.",
            {"pages": 12, "minimum": 3, "maximum": 6},
        ),
        "SP023": (
            e(sp, milestones=_replace(sp, 3, date="2022-02-20")),
            AS_OF,
            "$.milestones[3]",
            "Uppdrag 20 februari 2022 ligger före beslutet om start (4 mars 2022), ett tidigare steg",
            "Assignment issued on 20 February 2022 is dated before the start decision (4 March 2022)",
            {"kind": "assignment_issued", "earlier_kind": "start_decided"},
        ),
        "SP024": (
            e(
                sp,
                milestones=(
                    *sp.milestones,
                    Milestone(kind="management_group_informed", date="2022-10-14"),
                ),
            ),
            AS_OF,
            "$.milestones[16]",
            "En delrapport presenterades för ledningsgruppen 14 oktober 2022 innan "
            "samarbetsgruppen hade sett den",
            "An interim report was presented to the management group on 14 October 2022 before",
            {"presented": "2022-10-14", "earlier_reviews": 0},
        ),
        "SP025": (
            e(sp, milestones=sp.milestones[:13] + sp.milestones[14:]),
            AS_OF,
            "$.participating_regions[3]",
            "Halland har inte beslutat om nämndens rekommendation från 22 september 2023; "
            "beslutet väntades senast 22 mars 2024 (6 månader efter rekommendationen)",
            "Halland has not decided on the board's recommendation of 22 September 2023",
            {"region": "13", "due": "2024-03-22", "as_of": "2024-10-01"},
        ),
        "SP026": (
            e(sp, communication=None),
            AS_OF,
            "$.communication",
            "Ingen kommunikatör är angiven, och arbetsgruppen har lämnat sin delrapport "
            "(1 oktober 2022); kommunikatören bör involveras i tidigt skede",
            "No communicator is recorded, and the working group has delivered its interim report",
            {"communicators": 0, "first_report_date": "2022-10-01"},
        ),
        "SP027": (
            e(sp, final_report=e(sp.final_report, writers=["Anna Berg", "Bo Ek"])),
            AS_OF,
            "$.final_report.responsible_writer",
            "Slutrapporten har 2 skribenter (Anna Berg och Bo Ek) och ingen med helhetsansvaret; "
            "en av dem bör ha det.",
            "The final report has 2 writers (Anna Berg and Bo Ek) and none with overall",
            {"writers": 2, "responsible": False},
        ),
        "SP028": (
            e(sp, final_report=e(sp.final_report, pages=31)),
            AS_OF,
            "$.final_report.pages",
            "Slutrapporten har 31 sidor; den bör hållas relativt kort",
            "The final report has 31 pages; it should be kept relatively short",
            {"pages": 31, "maximum": 30},
        ),
    }


BREACHES = _breaches()


def test_the_full_example_keeps_every_rule() -> None:
    report = check(FULL, as_of=AS_OF)
    assert report.findings == ()
    assert set(report.rules) >= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_each_rule_passes_the_full_example(code: str) -> None:
    assert check(FULL, as_of=AS_OF, select=code).findings == ()


def test_every_hand_made_breach_names_a_subproject_rule() -> None:
    assert set(BREACHES) <= set(CODES)


@pytest.mark.parametrize("code", sorted(BREACHES))
def test_each_rule_fails_its_breach_with_messages_path_and_evidence(code: str) -> None:
    sp, as_of, path, sv, en, evidence = BREACHES[code]
    rule = RULES[code]
    for lang, piece in (("sv", sv), ("en", en)):
        report = check(sp, as_of=as_of, select=code, lang=lang)  # type: ignore[arg-type]
        assert report.findings, f"{code} did not fire"
        found = [f for f in report.findings if f.path == path]
        assert found, [f.path for f in report.findings]
        finding = found[0]
        assert finding.code == code
        assert finding.severity in rule.severities
        assert finding.source == rule.source
        assert piece in finding.message, finding.message
        for key, value in evidence.items():
            assert finding.evidence[key] == value, (key, dict(finding.evidence))


@pytest.mark.parametrize("code", sorted(BREACHES))
def test_a_breach_of_one_rule_fires_no_unrelated_error(code: str) -> None:
    """The hand-made breaches are precise: only the breached rule fires."""
    sp, as_of, *_ = BREACHES[code]
    codes = set(check(sp, as_of=as_of).codes())
    assert codes == {code}, codes


# -- when the rules apply ----------------------------------------------------------------------


def test_a_bare_draft_is_not_blamed_for_steps_it_has_not_reached() -> None:
    draft = Subproject(id="X", title="Utkast")
    assert check(draft, as_of=AS_OF).findings == ()


def test_a_raised_proposal_is_judged_only_on_what_it_has() -> None:
    raised = attrs.evolve(
        FULL,
        milestones=_ms(FULL, "proposal_raised"),
        proposal=None,
        assignment=None,
        working_group=(),
        follow_up_plan=None,
        current_state_regions=(),
        action_proposals=(),
        final_report=None,
        follow_up_reports=(),
        contact_person="",
        focus_areas=(),
    )
    assert check(raised, as_of=AS_OF).findings == ()


def test_a_prepared_proposal_needs_regions_focus_and_purpose() -> None:
    prepared = Subproject(id="X", title="Y", milestones=_ms(FULL, "prepared"))
    report = check(prepared, as_of=AS_OF, lang="en")
    assert report.codes() == ("SP001", "SP003", "SP004")
    assert report.findings[0].message == "0 participating regions; at least 3 are required."


def test_a_started_subproject_needs_a_contact_person_but_not_yet_a_group() -> None:
    started = attrs.evolve(
        FULL,
        milestones=_ms(FULL, "proposal_raised", "prepared", "start_decided"),
        contact_person="",
        working_group=(),
        follow_up_plan=None,
        current_state_regions=(),
        action_proposals=(),
        final_report=None,
        follow_up_reports=(),
    )
    assert check(started, as_of=AS_OF).codes() == ("SP006",)
    deferred = attrs.evolve(
        started, milestones=[Milestone(kind="start_deferred", date="2022-03-04")]
    )
    assert check(deferred, as_of=AS_OF).findings == ()


def test_an_appointed_group_is_judged_and_needs_a_follow_up_plan() -> None:
    appointed = attrs.evolve(
        FULL,
        milestones=_ms(FULL, *EARLY),
        working_group=(),
        follow_up_plan=None,
        current_state_regions=(),
        action_proposals=(),
        final_report=None,
        follow_up_reports=(),
    )
    assert check(appointed, as_of=AS_OF).codes() == ("SP011", "SP007", "SP009", "SP010")
    before = attrs.evolve(appointed, milestones=_ms(FULL, *EARLY[:-1]))
    assert check(before, as_of=AS_OF).findings == ()


def test_a_final_report_milestone_without_the_report_fails_sp015_and_sp016() -> None:
    sp = attrs.evolve(FULL, final_report=None)
    report = check(sp, as_of=AS_OF, select=["SP015", "SP016"])
    assert [f.code for f in report.findings] == ["SP015"] * 5 + ["SP016"]
    assert {f.path for f in report.findings} == {"$.final_report"}
    before = attrs.evolve(sp, milestones=_ms(FULL, *EARLY, "interim_report"))
    assert check(before, as_of=AS_OF, select=["SP015", "SP016"]).findings == ()


def test_sp001_warns_when_three_take_part_without_a_reason() -> None:
    sp = attrs.evolve(FULL, participating_regions=["07", "12", "13"])
    (finding,) = check(sp, as_of=AS_OF, select="SP001", lang="en").findings
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.reason_for_fewer"
    assert finding.message.startswith("3 of 4 regions take part with no stated reason")
    with_reason = attrs.evolve(sp, reason_for_fewer="Blekinge saknar verksamheten.")
    assert check(with_reason, as_of=AS_OF, select="SP001").findings == ()


def test_sp001_counts_distinct_regions_of_the_healthcare_region_only() -> None:
    sp = attrs.evolve(FULL, participating_regions=["12", "12", "13", "01"])
    counted, stray = check(sp, as_of=AS_OF, select="SP001", lang="en").findings
    assert counted.evidence["participating"] == 2
    assert (stray.path, stray.severity.value) == ("$.participating_regions[3]", "warning")
    assert stray.message.startswith("Region Stockholm is not in Södra sjukvårdsregionen")


def test_sp004_and_sp005_name_a_missing_document_once() -> None:
    sp = attrs.evolve(FULL, proposal=None, assignment=None)
    report = check(sp, as_of=AS_OF, select=["SP004", "SP005"], lang="en")
    assert [(f.code, f.path) for f in report.findings] == [
        ("SP004", "$.proposal"),
        ("SP005", "$.assignment"),
    ]


def test_sp011_a_missing_plan_is_one_error() -> None:
    sp = attrs.evolve(FULL, follow_up_plan=None)
    (finding,) = check(sp, as_of=AS_OF, select="SP011").findings
    assert finding.path == "$.follow_up_plan"
    assert finding.severity is Severity.ERROR


def test_sp013_five_pass_six_fail_at_the_sixth() -> None:
    five = attrs.evolve(FULL, action_proposals=[ActionProposal(title=str(n)) for n in range(5)])
    assert check(five, as_of=AS_OF, select="SP013").findings == ()
    six = attrs.evolve(five, action_proposals=[*five.action_proposals, ActionProposal(title="6")])
    (finding,) = check(six, as_of=AS_OF, select="SP013").findings
    assert finding.path == "$.action_proposals[5]"
    assert finding.message == "6 åtgärdsförslag; högst 5 bör anges."


def test_sp017_fires_on_a_late_review_and_allows_the_same_day() -> None:
    late = attrs.evolve(FULL, milestones=_replace(FULL, 7, date="2023-06-10"))
    (finding,) = check(late, as_of=AS_OF, select="SP017", lang="en").findings
    assert finding.path == "$.milestones[8]"
    assert finding.message.startswith(
        "The collaboration group reviewed the final report on 10 June 2023, 2 days after the "
        "management group's decision on 8 June 2023"
    )
    assert finding.evidence == {"review": "2023-06-10", "decision": "2023-06-08", "days": 2}
    assert check(late, as_of=AS_OF).codes() == ("SP017", "SP023")
    same_day = attrs.evolve(FULL, milestones=_replace(FULL, 7, date="2023-06-08"))
    assert check(same_day, as_of=AS_OF).findings == ()


def test_sp018_needs_a_decision_and_unanimity_only_when_the_case_goes_on() -> None:
    unknown = attrs.evolve(FULL, milestones=_replace(FULL, 8, unanimous=None))
    (finding,) = check(unknown, as_of=AS_OF, select="SP018", lang="en").findings
    assert "unanimity not recorded" in finding.message
    missing = attrs.evolve(
        FULL,
        milestones=[
            m for m in FULL.milestones if m.kind is not MilestoneKind.MANAGEMENT_GROUP_DECISION
        ],
    )
    (finding,) = check(missing, as_of=AS_OF, select="SP018").findings
    assert finding.path == "$.milestones[8]"  # the board's recommendation, now at index 8
    assert finding.evidence["decisions"] == 0
    stopped = attrs.evolve(FULL, milestones=_replace(FULL, 8, unanimous=False)[:9])
    assert check(stopped, as_of=AS_OF, select="SP018").findings == ()


def test_sp019_refuses_a_wording_that_does_not_recommend() -> None:
    sp = attrs.evolve(
        FULL,
        milestones=_replace(
            FULL,
            9,
            binding=None,
            wording="Södra regionvårdsnämnden beslutar att regionerna ska införa vårdprogrammet.",
        ),
    )
    (finding,) = check(sp, as_of=AS_OF, select="SP019", lang="en").findings
    assert "not worded as a recommendation" in finding.message
    assert finding.evidence == {"binding": False, "recommends": False}


# -- SP021: follow-up within 12 months, as of a date ----------------------------------------


def _approved(day: str, *, follow_ups: tuple[str, ...] = ()) -> Subproject:
    return Subproject(
        id="X",
        title="Y",
        milestones=[
            Milestone(kind="board_recommendation", date=day),
            *(Milestone(kind="follow_up", date=d) for d in follow_ups),
        ],
    )


@pytest.mark.parametrize(
    ("approved", "due"),
    [("2024-02-29", "2025-02-28"), ("2023-01-31", "2024-01-31"), ("2023-09-22", "2024-09-22")],
)
def test_follow_up_due_is_domain_calendar_arithmetic(approved: str, due: str) -> None:
    assert follow_up_due(_approved(approved)) == pendulum.Date.fromisoformat(due)


def _twelve_months_later(day: datetime.date) -> datetime.date:
    year = day.year + 1
    return datetime.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


@given(st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2100, 12, 31)))
def test_follow_up_due_is_always_12_calendar_months_after_approval_clipped(
    day: datetime.date,
) -> None:
    due = follow_up_due(_approved(day.isoformat()))
    assert due == _twelve_months_later(day)


@pytest.mark.parametrize(
    ("as_of", "severity", "piece"),
    [
        ("2025-01-28", None, None),  # 31 days before: nothing yet
        ("2025-01-29", Severity.INFO, "in 30 days"),  # 30 days: inclusive
        ("2025-02-28", Severity.INFO, "that is today"),  # the due date itself is in time
        ("2025-03-01", Severity.WARNING, "1 day overdue"),
    ],
)
def test_sp021_overdue_and_due_soon_depend_on_the_date_checked(
    as_of: str, severity: Severity | None, piece: str | None
) -> None:
    findings = check(_approved("2024-02-29"), as_of=as_of, select="SP021", lang="en").findings
    if severity is None:
        assert findings == ()
        return
    (finding,) = findings
    assert finding.severity is severity
    assert piece in finding.message  # type: ignore[operator]
    assert finding.evidence["due"] == "2025-02-28"


def test_sp021_a_follow_up_in_time_ends_it_and_a_late_one_is_a_lasting_warning() -> None:
    in_time = _approved("2024-02-29", follow_ups=("2025-02-28",))
    assert check(in_time, as_of="2030-01-01", select="SP021").findings == ()
    late = _approved("2024-02-29", follow_ups=("2025-03-10",))
    (finding,) = check(late, as_of="2030-01-01", select="SP021", lang="en").findings
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.milestones[1]"
    assert finding.evidence["days_late"] == 10
    # on a date before the late follow-up happened, it is simply overdue
    (finding,) = check(late, as_of="2025-03-05", select="SP021", lang="en").findings
    assert finding.evidence["days_overdue"] == 5


def test_sp021_a_follow_up_report_counts_and_one_before_approval_does_not() -> None:
    sp = attrs.evolve(
        _approved("2024-02-29"),
        follow_up_reports=[FollowUpReport(date="2025-01-10", pages=4, presented_to=list(Body))],
    )
    assert check(sp, as_of="2026-01-01", select="SP021").findings == ()
    early = attrs.evolve(sp, follow_up_reports=[FollowUpReport(date="2024-01-10")])
    assert check(early, as_of="2026-01-01", select="SP021").codes() == ("SP021",)


def test_check_never_raises_on_the_extreme_dates() -> None:
    ms = [
        Milestone(kind="board_recommendation", date="9999-05-01"),
        Milestone(kind="follow_up", date="0001-01-01"),
        Milestone(kind="management_group_decision", date="9999-12-31", unanimous=False),
        Milestone(kind="collaboration_group_review", date="0001-01-01"),
    ]
    sp = Subproject(id="X", title="Y", milestones=ms)
    for as_of in ("0001-01-01", "9999-12-31"):
        assert set(check(sp, as_of=as_of).codes()) >= {"SP018", "SP023"}


def test_sp021_needs_as_of_and_nothing_without_approval() -> None:
    assert RULES["SP021"].needs_as_of
    assert check(Subproject(id="X", title="Y"), as_of=AS_OF, select="SP021").findings == ()


# -- SP022, SP023 --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pages", "fires"),
    [(1, True), (2, False), (3, False), (6, False), (7, False), (8, True), (None, False)],
)
def test_sp022_about_3_to_6_pages_with_one_page_tolerance(pages: int | None, fires: bool) -> None:
    sp = attrs.evolve(
        FULL,
        follow_up_reports=[FollowUpReport(date="2024-09-10", pages=pages, presented_to=list(Body))],
    )
    assert bool(check(sp, as_of=AS_OF, select="SP022").findings) is fires


def test_sp022_names_the_bodies_not_presented_to() -> None:
    sp = attrs.evolve(
        FULL,
        follow_up_reports=[
            FollowUpReport(date="2024-09-10", pages=4, presented_to=["collaboration_group"])
        ],
    )
    (finding,) = check(sp, as_of=AS_OF, select="SP022", lang="en").findings
    assert finding.path == "$.follow_up_reports[0].presented_to"
    assert "(not to the management group and the board)" in finding.message
    assert finding.evidence["missing"] == ("management_group", "board")


def test_sp023_allows_same_step_reordering_and_shared_dates() -> None:
    ms = [
        Milestone(kind="start_deferred", date="2022-05-01"),
        Milestone(kind="start_decided", date="2022-03-01"),  # same step, earlier date: fine
        Milestone(kind="assignment_issued", date="2022-05-01"),  # shares a date: fine
        Milestone(
            kind="regional_decision",
            date="2023-02-01",
            region="12",
            excerpt=ExcerptReference(case_number="RS 1", paragraph=1, date="2023-02-01"),
        ),
        Milestone(
            kind="regional_decision",
            date="2023-01-01",
            region="13",
            excerpt=ExcerptReference(case_number="RS 2", paragraph=2, date="2023-01-01"),
        ),
    ]
    sp = Subproject(id="X", title="Y", milestones=ms)
    assert check(sp, as_of=AS_OF, select="SP023").findings == ()
    back = Subproject(
        id="X", title="Y", milestones=[*ms, Milestone(kind="group_appointed", date="2022-04-01")]
    )
    (finding,) = check(back, as_of=AS_OF, select="SP023", lang="en").findings
    assert finding.path == "$.milestones[5]"
    assert finding.evidence["earlier_kind"] == "assignment_issued"
    assert finding.message.startswith(
        "Group appointed on 1 April 2022 is dated before the assignment "
        "(1 May 2022), an earlier step"
    )


def test_sp023_blames_every_milestone_that_goes_back() -> None:
    sp = attrs.evolve(FULL, milestones=_replace(FULL, 0, date="2024-12-31"))
    findings = check(sp, as_of="2025-01-01", select="SP023").findings
    assert len(findings) == len(FULL.milestones) - 1
    assert {f.evidence["earlier_kind"] for f in findings} == {"proposal_raised"}


@given(
    st.lists(
        st.tuples(st.sampled_from(list(MilestoneKind)), st.integers(0, 6)), min_size=0, max_size=12
    )
)
def test_sp023_blames_what_a_pairwise_reading_blames(drawn: list[tuple[Any, int]]) -> None:
    # SP023's shortcuts (a list in date and step order, the steps sorted by date) and its
    # walk against the rule read pair by pair: a milestone is blamed when one of an earlier
    # step is dated after it, and the finding names the latest such (of one date, the later
    # step's; of one step, the first listed).
    start = datetime.date(2024, 1, 1)
    milestones = [Milestone(kind=k, date=start + datetime.timedelta(days=d)) for k, d in drawn]
    sp = Subproject(id="SFBV-2024-23", title="Ordning", milestones=milestones)
    steps = [m.step for m in milestones]
    expected = []
    for i, m in enumerate(milestones):
        earlier = [
            (n.date, steps[j], -j, n)
            for j, n in enumerate(milestones)
            if steps[j] < steps[i] and n.date > m.date
        ]
        if earlier:
            last = max(earlier, key=lambda row: row[:3])[3]
            expected.append((f"$.milestones[{i}]", last.kind.value, last.date.isoformat()))
    findings = check(sp, as_of="2025-01-01", select="SP023").findings
    got = [(f.path, f.evidence["earlier_kind"], f.evidence["earlier_date"]) for f in findings]
    assert sorted(got) == sorted(expected)


# -- the registry ----------------------------------------------------------------------------


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def test_the_subproject_rules_are_numbered_sp_each_complete() -> None:
    assert CODES, "no subproject rule registered"
    assert sorted(CODES) == CODES
    for code in CODES:
        assert re.fullmatch(r"SP\d{3}", code), code
        rule = RULES[code]
        assert rule.subject is Subproject
        assert rule.source.key == "SFBV"
        assert rule.title_sv.strip() and rule.title_en.strip() and rule.title_sv != rule.title_en
        assert rule.paraphrase.strip()
        assert rule.quote.strip()
        assert any(c in rule.quote for c in "åäöÅÄÖ"), f"{code}'s quote is not Swedish"
        assert rule.severity in rule.severities
    assert [c for c in RULES if c.startswith("SP")] == CODES


# The severities of DOMAIN §4's table, pinned: a rule's severity is part of its contract.
_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
DOMAIN_SEVERITIES = {
    "SP001": _E, "SP002": _E, "SP003": _W, "SP004": _W, "SP005": _W, "SP006": _E,
    "SP007": _W, "SP008": _W, "SP009": _W, "SP010": _I, "SP011": _E, "SP012": _W,
    "SP013": _W, "SP014": _I, "SP015": _E, "SP016": _E, "SP017": _E, "SP018": _E,
    "SP019": _E, "SP020": _E, "SP021": _W, "SP022": _W, "SP023": _E,
}  # fmt: skip


def test_severities_follow_the_domain_table() -> None:
    assert {c: RULES[c].severity for c in DOMAIN_SEVERITIES} == DOMAIN_SEVERITIES
    assert RULES["SP001"].severities == {_E, _W}
    assert RULES["SP021"].severities == {_W, _I}
    assert [c for c in DOMAIN_SEVERITIES if RULES[c].needs_as_of] == ["SP021"]


def test_every_quote_is_verbatim_in_the_source(seed_text: Callable[[str], str]) -> None:
    source = _normalise(seed_text("SFBV"))  # ../shared/seeds; fails in CI when missing
    for code in CODES:
        assert _normalise(RULES[code].quote) in source, code


# -- properties over generated subprojects -------------------------------------------------


@given(strategies.subprojects_as_of())
def test_a_subproject_generated_as_compliant_has_no_finding_at_all(
    case: tuple[Subproject, pendulum.Date],
) -> None:
    sp, as_of = case
    report = check(sp, as_of=as_of)
    assert report.errors == ()
    assert report.findings == ()


@given(strategies.subprojects_as_of())
def test_adding_a_sixth_action_proposal_adds_exactly_the_sp013_warning(
    case: tuple[Subproject, pendulum.Date],
) -> None:
    sp, as_of = case
    padding = [ActionProposal(title=f"Förslag {n}") for n in range(5 - len(sp.action_proposals))]
    five = attrs.evolve(sp, action_proposals=[*sp.action_proposals, *padding])
    before = check(five, as_of=as_of).findings
    six = attrs.evolve(five, action_proposals=[*five.action_proposals, ActionProposal(title="6")])
    after = check(six, as_of=as_of).findings
    added = [f for f in after if f not in before]
    assert len(after) == len(before) + 1
    assert [(f.code, f.severity, f.path) for f in added] == [
        ("SP013", Severity.WARNING, "$.action_proposals[5]")
    ]


@pytest.mark.parametrize("code", CODES)
def test_a_generated_breach_of_each_rule_makes_that_rule_fire(code: str) -> None:
    @at_most(30)
    @given(strategies.subprojects_as_of(breach=code))
    def breached(case: tuple[Subproject, pendulum.Date]) -> None:
        sp, as_of = case
        assert code in check(sp, as_of=as_of).codes()
        assert code in check(sp, as_of=as_of, select=code, lang="en").codes()

    breached()


@given(st.data(), st.sets(st.sampled_from(CODES), min_size=2, max_size=6))
def test_generated_breaches_of_several_rules_all_fire(data: st.DataObject, codes: set[str]) -> None:
    sp, as_of = data.draw(strategies.subprojects_as_of(breach=codes))
    assert codes <= set(check(sp, as_of=as_of).codes())


_PATTERNS = st.lists(st.sampled_from([*CODES, "SP", "SP0", "SP01", "SP02", "sp013"]), max_size=4)


@given(
    st.one_of(
        strategies.subprojects_as_of().map(lambda c: c[0]),
        strategies.subprojects(compliant=False),
    ),
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2200, 12, 31)),
    st.none() | _PATTERNS,
    st.none() | _PATTERNS,
    st.sampled_from(["sv", "en"]),
)
def test_check_never_raises_on_any_generated_subproject(
    sp: Subproject,
    as_of: datetime.date,
    select: list[str] | None,
    ignore: list[str] | None,
    lang: str,
) -> None:
    report = check(sp, as_of=as_of, select=select, ignore=ignore, lang=lang)  # type: ignore[arg-type]
    assert all(f.code in report.rules for f in report.findings)
    assert all(f.message and f.path.startswith("$") for f in report.findings)


def test_the_strategy_refuses_unknown_codes_and_too_early_stages() -> None:
    with pytest.raises(InvalidValue, match="breach"):
        strategies.subprojects(breach="SP099")
    with pytest.raises(InvalidValue, match="stage"):
        strategies.subprojects(breach="SP021", stage=MilestoneKind.FINAL_REPORT)
    with pytest.raises(InvalidValue, match="stage"):
        strategies.subprojects(stage=MilestoneKind.START_REJECTED)


@given(strategies.subprojects(stage=MilestoneKind.GROUP_APPOINTED))
def test_a_stage_asked_for_is_the_stage_reached(sp: Subproject) -> None:
    assert sp.stage.value == "in_progress"
    assert sp.working_group


# -- issue 14: the collaboration group's roles, every region's decision, "vid starten" ---------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "subprojects"


def _report_and_plan() -> tuple[FinalReport, FollowUpPlan]:
    report, plan = FULL.final_report, FULL.follow_up_plan
    assert report is not None
    assert plan is not None
    return report, plan


FULL_REPORT, FULL_PLAN = _report_and_plan()


def test_the_hip_fracture_example_with_consultation_and_interim_review_has_no_order_finding() -> (
    None
):
    """Must show (issue 14): §5.1.2 consultation and an interim report reviewed first → no SP017/SP023."""
    from vardservice.io import load

    sp = load(EXAMPLES / "hoftfraktur_compliant.yaml", Subproject)
    reviews = sp.milestones_of(MilestoneKind.COLLABORATION_GROUP_REVIEW)
    final = sp.first(MilestoneKind.FINAL_REPORT)
    assert final is not None
    assert {m.reviewed for m in reviews if m.date < final.date} == {
        ReviewSubject.START_PROPOSAL,
        ReviewSubject.INTERIM_REPORT,
    }
    assert check(sp, as_of="2025-06-01").findings == ()
    assert sp.stage is Stage.FOLLOWED_UP


def test_a_review_of_the_final_report_dated_before_it_is_still_out_of_order() -> None:
    ms = _replace(FULL, 7, date="2023-05-09")  # the final report is 2023-05-10
    assert check(attrs.evolve(FULL, milestones=ms), as_of=AS_OF).codes() == ("SP023",)


def test_a_consultation_or_interim_review_never_counts_as_the_final_reports_review() -> None:
    ms = [m for m in FULL.milestones if m.kind is not MilestoneKind.COLLABORATION_GROUP_REVIEW]
    ms += [
        Milestone(kind="collaboration_group_review", date="2022-02-10", reviewed="start_proposal"),
        Milestone(kind="collaboration_group_review", date="2022-10-05", reviewed="interim_report"),
    ]
    report = check(attrs.evolve(FULL, milestones=ms), as_of=AS_OF)
    assert report.codes() == ("SP017",)
    assert report.findings[0].evidence["reviews"] == 0


def test_the_consultation_is_part_of_the_preparation_stage() -> None:
    sp = Subproject(
        id="X",
        title="Y",
        milestones=[
            Milestone(kind="prepared", date="2024-01-10"),
            Milestone(
                kind="collaboration_group_review", date="2024-01-20", reviewed="start_proposal"
            ),
        ],
    )
    assert sp.stage is Stage.PREPARED
    assert not is_started(sp.milestones)


def _recommended_13_months_ago() -> tuple[Subproject, str]:
    sp = Subproject(
        id="SFBV-2024-02",
        title="Palliativ vård",
        participating_regions=["Blekinge", "Halland", "Kronoberg", "Skåne"],
        milestones=[
            Milestone(kind="board_recommendation", date="2024-04-19"),
            _decision("10", "2024-06-04", 87),
            _decision("13", "2024-06-12", 61),
            _decision("12", "2024-06-20", 142),
        ],
    )
    return sp, "2025-05-19"


def test_one_undecided_region_13_months_after_the_recommendation_is_one_finding_naming_it() -> None:
    """Must show (issue 14): one finding naming the region."""
    sp, as_of = _recommended_13_months_ago()
    (finding,) = check(sp, as_of=as_of, select="SP025").findings
    assert finding.severity is Severity.WARNING
    assert "Kronoberg" in finding.message
    assert finding.path == "$.participating_regions[2]"
    assert [r.short_name for r in undecided_regions(sp)] == ["Kronoberg"]


@pytest.mark.parametrize(
    ("as_of", "severity"),
    [
        ("2024-04-18", None),  # the day before the recommendation
        ("2024-04-19", None),  # the day of it: no region can have decided yet
        ("2024-04-20", Severity.INFO),  # the day after (no region had decided yet: four)
        ("2024-10-18", Severity.INFO),  # the day before the six months end
        ("2024-10-19", Severity.INFO),  # the day they end: still in time
        ("2024-10-20", Severity.WARNING),  # the day after
    ],
)
def test_sp025_info_within_six_months_warning_after(as_of: str, severity: Severity | None) -> None:
    sp, _ = _recommended_13_months_ago()
    findings = check(sp, as_of=as_of, select="SP025").findings
    count = 4 if as_of == "2024-04-20" else 1
    assert [f.severity for f in findings] == ([] if severity is None else [severity] * count)


def test_sp025_a_postponed_decision_is_not_a_decision_and_later_decisions_do_not_count_yet() -> (
    None
):
    sp, as_of = _recommended_13_months_ago()
    postponed = Milestone(
        kind="regional_decision", date="2024-06-18", region="07", outcome="postponed"
    )
    with_postponed = attrs.evolve(sp, milestones=(*sp.milestones, postponed))
    assert len(check(with_postponed, as_of=as_of, select="SP025").findings) == 1
    adopted = attrs.evolve(postponed, date="2025-06-01", outcome="adopted", level="official")
    later = attrs.evolve(sp, milestones=(*sp.milestones, adopted))
    assert len(check(later, as_of=as_of, select="SP025").findings) == 1
    assert check(later, as_of="2025-06-01", select="SP025").findings == ()


@pytest.mark.parametrize("regions", [2, 3, 4])
def test_sp025_counts_every_participating_region(regions: int) -> None:
    codes = ["10", "13", "07", "12"][:regions]
    sp = Subproject(
        id="X",
        title="Y",
        participating_regions=codes,
        milestones=[Milestone(kind="board_recommendation", date="2024-04-19")],
    )
    findings = check(sp, as_of="2025-05-19", select="SP025").findings
    assert [f.evidence["region"] for f in findings] == codes


def _dated_plan(day: str) -> Subproject:
    plan = attrs.evolve(FULL_PLAN, documented_on=day)
    return attrs.evolve(FULL, follow_up_plan=plan)


@pytest.mark.parametrize(
    ("day", "fires"),
    [("2022-09-30", False), ("2022-10-01", False), ("2022-10-02", True)],  # interim 2022-10-01
)
def test_sp011_the_plan_is_documented_no_later_than_the_groups_first_report(
    day: str, fires: bool
) -> None:
    findings = check(_dated_plan(day), as_of=AS_OF, select="SP011", lang="sv").findings
    assert bool(findings) is fires
    if fires:
        (finding,) = findings
        assert finding.path == "$.follow_up_plan.documented_on"
        assert "efter arbetsgruppens delrapport (1 oktober 2022)" in finding.message
        assert finding.evidence["first_report"] == "interim_report"


def test_sp011_without_an_interim_report_the_final_report_is_the_first() -> None:
    ms = tuple(m for m in FULL.milestones if m.kind is not MilestoneKind.INTERIM_REPORT)
    sp = attrs.evolve(_dated_plan("2023-05-11"), milestones=ms)  # final report 2023-05-10
    (finding,) = check(sp, as_of=AS_OF, select="SP011").findings
    assert finding.evidence["first_report"] == "final_report"
    assert check(attrs.evolve(sp, follow_up_plan=FULL_PLAN), as_of=AS_OF).findings == ()


@pytest.mark.parametrize(
    ("day", "fires"), [("2022-09-30", False), ("2022-10-01", False), ("2022-10-02", True)]
)
def test_sp026_the_communicator_is_involved_no_later_than_the_first_report(
    day: str, fires: bool
) -> None:
    sp = attrs.evolve(FULL, communication=Communication(communicator="Lisa Nord", involved_on=day))
    assert bool(check(sp, as_of=AS_OF, select="SP026").findings) is fires


def test_sp026_waits_for_the_groups_first_report() -> None:
    early = attrs.evolve(FULL, communication=None, milestones=_ms(FULL, *EARLY))
    assert check(early, as_of=AS_OF, select="SP026").findings == ()


@pytest.mark.parametrize(
    ("review", "fires"), [("2022-10-13", False), ("2022-10-14", False), ("2022-10-15", True)]
)
def test_sp024_the_collaboration_group_sees_the_interim_report_first(
    review: str, fires: bool
) -> None:
    ms = (
        *FULL.milestones,
        Milestone(kind="collaboration_group_review", date=review, reviewed="interim_report"),
        Milestone(kind="management_group_informed", date="2022-10-14"),
    )
    sp = attrs.evolve(FULL, milestones=ms)
    assert bool(check(sp, as_of=AS_OF, select="SP024").findings) is fires
    assert set(check(sp, as_of=AS_OF).codes()) <= {"SP024"}


@pytest.mark.parametrize(
    ("review", "fires"), [("2023-06-07", False), ("2023-06-08", False), ("2023-06-09", True)]
)
def test_sp017_the_day_before_of_and_after_the_decision(review: str, fires: bool) -> None:
    sp = attrs.evolve(FULL, milestones=_replace(FULL, 7, date=review))  # decision 2023-06-08
    assert bool(check(sp, as_of=AS_OF, select="SP017").findings) is fires


@pytest.mark.parametrize(("pages", "fires"), [(29, False), (30, False), (31, True)])
def test_sp028_at_most_30_pages(pages: int, fires: bool) -> None:
    sp = attrs.evolve(FULL, final_report=attrs.evolve(FULL_REPORT, pages=pages))
    assert bool(check(sp, as_of=AS_OF, select="SP028").findings) is fires


@pytest.mark.parametrize(
    ("writers", "responsible", "fires"),
    [
        ((), "", False),
        (("Anna Berg",), "", False),
        (("Anna Berg", "Bo Ek"), "", True),
        (("Anna Berg", "Bo Ek"), "Anna Berg", False),
        (("Anna Berg", " anna berg "[1:-1]), "", True),
    ],
)
def test_sp027_several_writers_need_one_responsible(
    writers: tuple[str, ...], responsible: str, fires: bool
) -> None:
    report = attrs.evolve(FULL_REPORT, writers=writers, responsible_writer=responsible)
    sp = attrs.evolve(FULL, final_report=report)
    assert bool(check(sp, as_of=AS_OF, select="SP027").findings) is fires


@pytest.mark.parametrize(
    ("regions", "severity"), [(2, Severity.ERROR), (3, Severity.WARNING), (4, None)]
)
def test_sp001_two_three_and_four_regions(regions: int, severity: Severity | None) -> None:
    sp = attrs.evolve(FULL, participating_regions=["07", "10", "12", "13"][:regions])
    found = [f.severity for f in check(sp, as_of=AS_OF, select="SP001").findings]
    assert found == ([] if severity is None else [severity])


@pytest.mark.parametrize(("count", "fires"), [(5, False), (6, True)])
def test_sp013_five_and_six_proposals(count: int, fires: bool) -> None:
    proposals = [ActionProposal(title=f"Förslag {n}") for n in range(count)]
    sp = attrs.evolve(FULL, action_proposals=proposals)
    assert bool(check(sp, as_of=AS_OF, select="SP013").findings) is fires


@pytest.mark.parametrize(
    ("done", "late"), [("2025-02-27", False), ("2025-02-28", False), ("2025-03-01", True)]
)
def test_sp021_a_follow_up_done_the_day_before_of_and_after_the_due_date(
    done: str, late: bool
) -> None:
    sp = _approved("2024-02-29", follow_ups=(done,))
    assert bool(check(sp, as_of="2026-01-01", select="SP021").findings) is late


def test_sp012_and_sp015_read_the_final_reports_own_content() -> None:
    report = attrs.evolve(
        FULL_REPORT,
        sections=(),
        current_state=[
            CurrentState(region=r, description="Nuläget.") for r in ("07", "10", "12", "13")
        ],
        analysis="Analysen.",
    )
    sp = attrs.evolve(FULL, current_state_regions=(), final_report=report)
    assert check(sp, as_of=AS_OF, select=["SP012", "SP015"]).findings == ()
    partial = attrs.evolve(report, current_state=report.current_state[:3], analysis=" ")
    codes = check(attrs.evolve(sp, final_report=partial), as_of=AS_OF).codes()
    assert codes == ("SP015", "SP012")
