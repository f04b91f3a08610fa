"""Subproject documents: assignment, final report, follow-up, decision status (the compliance
report and the portfolio overview: test_render_rules, test_render_portfolio).

Swedish by default, English on request; every format renders any subproject,
missing parts are shown, never dropped, and HTML escapes every user string.
"""

import datetime
from pathlib import Path
from typing import Any

import attrs
import markupsafe
import pytest
from hypothesis import given
from hypothesis import strategies as st

from _examples import at_most
from vardservice import strategies
from vardservice.cli import main
from vardservice.errors import InvalidValue
from vardservice.io import load
from vardservice.portfolio import summarize
from vardservice.regions import get_healthcare_region
from vardservice.render import (
    RenderFormat,
    milestone_label,
    render_assignment,
    render_compliance_report,
    render_decision_status,
    render_final_report,
    render_follow_up,
    render_portfolio,
    stage_label,
)
from vardservice.render._filters import section_signs
from vardservice.rules import check
from vardservice.subprojects import (
    ActionProposal,
    Assignment,
    Body,
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
    Role,
    Stage,
    Subproject,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "subprojects"
COMPLIANT = load(EXAMPLES / "hoftfraktur_compliant.yaml", Subproject)
NONCOMPLIANT = load(EXAMPLES / "bup_noncompliant.yaml", Subproject)
AS_OF = "2025-06-01"
FORMATS: tuple[RenderFormat, ...] = ("markdown", "html", "text")
SODRA = get_healthcare_region("sodra").regions


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


# -- labels ---------------------------------------------------------------------------------


def test_every_stage_milestone_and_role_differs_in_swedish() -> None:
    # Each word is translated: a Swedish label equal to its English msgid is a missing entry.
    for stage in Stage:
        assert stage_label(stage) != stage_label(stage, lang="en")
    for kind in MilestoneKind:
        assert milestone_label(kind) != milestone_label(kind, lang="en")


def test_every_stage_and_milestone_has_a_label_in_both_languages() -> None:
    for stage in Stage:
        assert stage_label(stage) and stage_label(stage, lang="en")
    for kind in MilestoneKind:
        assert milestone_label(kind) and milestone_label(kind, lang="en")
    assert stage_label(Stage.FINAL_REPORTED) == "Slutrapporterat"
    assert stage_label(Stage.FINAL_REPORTED, lang="en") == "Final report delivered"
    assert milestone_label(MilestoneKind.BOARD_RECOMMENDATION, lang="en") == (
        "Recommendation of the Southern healthcare-region board"
    )
    with pytest.raises(InvalidValue, match="stage"):
        stage_label("final_reported")  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="lang"):
        milestone_label(MilestoneKind.FOLLOW_UP, lang="de")


def test_a_stage_agrees_with_the_subproject_and_a_role_is_not_a_network_member() -> None:
    # The catalog keeps the stage "Started" (Startat: the subproject) apart from other
    # uses of the word, and a working group's "Member" (Ledamot) from a network's.
    assert stage_label(Stage.STARTED) == "Startat"
    assert stage_label(Stage.DEFERRED) == "Vilande av resursskäl"
    assert milestone_label(MilestoneKind.START_DEFERRED) == "Beslut att avvakta av resursskäl"
    text = render_assignment(COMPLIANT, format="text")
    assert "Ledamot" in text and "Medlem" not in text


# -- assignment -----------------------------------------------------------------------------


def test_assignment_has_the_templates_headings_in_order_and_the_header() -> None:
    lines = plain(render_assignment(COMPLIANT)).splitlines()
    assert lines[0] == (
        "# Uppdrag: SFBV-2022-11 Sammanhållet vårdförlopp för patienter med höftfraktur"
    )
    assert [line for line in lines if line.startswith("## ")] == [
        "## Bakgrund",
        "## Syfte och frågeställning/problembeskrivning",
        "## Specifika uppdragspunkter",
        "## Avgränsningar i projektet",
        "## Arbetsgruppens sammansättning",
        "## Tidplan",
    ]
    assert "| Deltagande regioner | Blekinge, Halland, Kronoberg, Skåne |" in lines
    assert "| Kontaktperson på kansliet | Helena Strand |" in lines
    assert "| Beslut om start i ledningsgruppen | 25 november 2022 |" in lines
    assert "| Status | Uppföljt |" in lines  # deliberate: "Stadium" read wrong (issue 10)
    assert "| Namn | Roll | Profession | Region |" in lines
    assert "| Karin Ekstrand | Ordförande | läkare | Kronoberg |" in lines
    assert "| Gunnel Andersson | Patientrepresentant | – | – |" in lines
    assert (
        "5. Föreslå hur, när och av vem uppföljningen ska göras och med vilka parametrar." in lines
    )
    assert "Saknas" not in "\n".join(lines)
    assert lines[-1] == "Arbetsmetod enligt SFBV § 5.1.3."


def test_assignment_in_english() -> None:
    lines = render_assignment(COMPLIANT, lang="en", format="text").splitlines()
    assert lines[0].startswith("Assignment: SFBV-2022-11")
    assert "Purpose and question" in lines and "Timeline" in lines
    assert any(
        line.startswith("Start decided by the management group  25 November 2022") for line in lines
    )
    assert any(
        line.split() == ["Karin", "Ekstrand", "Chair", "läkare", "Kronoberg"] for line in lines
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_missing_part_is_shown_not_dropped(fmt: RenderFormat) -> None:
    draft = Subproject(id="X-1", title="Utkast", participating_regions=["07", "12"])
    text = render_assignment(draft, format=fmt)
    # six parts, the contact person, the start decision, the reason for fewer regions
    # (Markdown escapes the brackets: "*\\[Saknas\\]*")
    assert text.count("Saknas") == 9
    assert render_assignment(draft, format=fmt, lang="en").count("Missing") == 9
    for heading in ("Bakgrund", "Avgränsningar", "Tidplan"):
        assert heading in text
    assert "Ingen arbetsgrupp är utsedd." in text


def test_html_assignment_marks_missing_parts() -> None:
    draft = Subproject(id="X-1", title="Utkast", assignment=Assignment(background="B"))
    html = render_assignment(draft, format="html", fragment=True)
    assert html.startswith('<section class="vardservice assignment" lang="sv">')
    assert "<h2>Bakgrund</h2>\n<p>B</p>" in html
    assert "<h2>Tidplan</h2>\n<p><em>[Saknas]</em></p>" in html
    assert (
        '<tr><th scope="row">Kontaktperson på kansliet</th><td><em>[Saknas]</em></td></tr>' in html
    )


# -- final report ---------------------------------------------------------------------------


def test_final_report_skeleton_has_five_sections_and_the_follow_up_proposal() -> None:
    lines = plain(render_final_report(COMPLIANT)).splitlines()
    assert lines[0].startswith("# Slutrapport: SFBV-2022-11")
    assert [line for line in lines if line.startswith("## ")] == [
        "## Uppdrag",
        "## Gruppsammansättning",
        "## Nuläge",
        "## Analys",
        "## Förslag",
        "## Förslag till uppföljning",
    ]
    assert "| Ordförande | Karin Ekstrand |" in lines
    # each region's current state under its name, the analysis, feasibility and displacement
    assert [line for line in lines if line.startswith("### ")][-6:] == [
        "### Blekinge",
        "### Halland",
        "### Kronoberg",
        "### Skåne",
        "### Rimlighet och genomförbarhet",
        "### Risk för undanträngning",
    ]
    assert any(line.startswith("Skillnaderna i tid till operation förklaras") for line in lines)
    assert "| Skriven av | Karin Ekstrand och Maria Lindqvist |" in lines
    assert "| Helhetsansvar för rapporten | Karin Ekstrand |" in lines
    assert (
        "2. Nervblockad redan i ambulansen eller på akutmottagningen för alla patienter"
        " med höftfraktur (grov kalkyl: 1,2 mnkr)"
    ) in lines
    assert "| Uppföljning senast | 19 april 2025 |" in lines
    assert any(line.startswith("| Av vem | Arbetsgruppens tidigare ordförande") for line in lines)
    assert "Uppföljningsplan dokumenterad vid starten (2 mars 2023):" in lines
    assert any("; andel med nervblockad" in line for line in lines)
    # issue 10: the hip-fracture example's final report has nothing left to fill in
    assert "Att fylla i" not in "\n".join(lines)
    draft = plain(render_final_report(Subproject(id="X", title="Y"))).splitlines()
    assert draft.count("*\\[Att fylla i\\]*") == 4  # current state, analysis, two assessments


def test_final_report_shows_gaps() -> None:
    lines = plain(render_final_report(NONCOMPLIANT)).splitlines()
    assert "Nulägesbeskrivningen saknar: Kronoberg." in lines
    assert (
        "2. Digital första bedömning för barn i hela sjukvårdsregionen"
        " (kräver ekonomiska insatser; kalkyl saknas)"
    ) in lines
    assert "| Hur | *\\[Saknas\\]* |" in lines
    assert "| Ordförande | *\\[Saknas\\]* |" in lines
    english = plain(render_final_report(NONCOMPLIANT, lang="en"))
    assert "## Current state" in english and "| How | *\\[Missing\\]* |" in english
    assert "(rough estimate: 4.5 MSEK)" in english


# -- follow-up ------------------------------------------------------------------------------


def test_follow_up_skeleton_states_the_due_date_and_the_three_bodies() -> None:
    lines = plain(render_follow_up(COMPLIANT)).splitlines()
    assert lines[0].startswith("# Uppföljningsrapport: SFBV-2022-11")
    assert "| Slutrapporten godkänd av nämnden | 19 april 2024 |" in lines
    assert "| Uppföljning senast | 19 april 2025 |" in lines
    assert "## Hur långt implementeringen har kommit" in lines
    assert "| Vårdtid i slutenvården | Alla regioner | 7,9 dygn i medeltal (nuläge 8,6 dygn) |" in (
        lines
    )
    assert "## Slutsatser" in lines
    # deliberate wording (issue 10): the decision's date once, the level and the outcome
    assert (
        "- Blekinge: beslut 4 juni 2024 på politisk nivå, följer rekommendationen, "
        "protokollsutdrag RB 2024/412 § 87"
    ) in lines
    assert "Alla deltagande regioner har beslutat." in lines
    # the date each body saw the report, not the report's date
    assert "- Samarbetsgruppen: redovisad 21 mars 2025" in lines
    assert "- Södra regionvårdsnämnden: redovisad 25 april 2025" in lines
    assert (
        "- 14 mars 2025, 4 sidor, av Karin Ekstrand, arbetsgruppens tidigare ordförande: "
        "redovisad för samarbetsgruppen, ledningsgruppen och Södra regionvårdsnämnden"
    ) in lines
    # issue 10: the hip-fracture example's follow-up report has nothing left to fill in
    assert "Att fylla i" not in "\n".join(lines)
    assert "Omfattning: kortfattad, cirka 3–6 sidor." in lines
    assert lines[-1] == "Arbetsmetod enligt SFBV § 5.8."


def test_a_follow_up_report_says_which_report_was_presented_and_counts_its_pages() -> None:
    # Deliberate: "Samarbetsgruppen: redovisad, rapport daterad …" became a sentence,
    # and "1 sida" / "4 sidor" follow the number.
    one_page = attrs.evolve(
        COMPLIANT,
        follow_up_reports=[FollowUpReport(date="2025-03-14", pages=1, presented_to=["board"])],
    )
    lines = render_follow_up(one_page, format="text").splitlines()
    assert "- Södra regionvårdsnämnden: redovisad (datum ej angivet)" in lines
    assert "- 14 mars 2025, 1 sida: redovisad för Södra regionvårdsnämnden" in lines
    english = render_follow_up(one_page, format="text", lang="en").splitlines()
    assert "- Southern healthcare-region board: presented (date not recorded)" in english
    assert "- 14 March 2025, 1 page: presented to the Southern healthcare-region board" in english


def test_html_header_rows_are_headed_and_dates_are_machine_readable() -> None:
    html = render_follow_up(COMPLIANT, format="html")
    assert "<thead>" not in html.split("</table>")[0]  # the header table has no column row
    assert (
        '<tr><th scope="row">Uppföljning senast</th>'
        '<td><time datetime="2025-04-19">19 april 2025</time></td></tr>'
    ) in html


def test_follow_up_before_the_boards_approval() -> None:
    draft = Subproject(id="X-1", title="Utkast")
    text = render_follow_up(draft, format="text")
    assert "Nämnden har ännu inte godkänt slutrapporten." in text
    assert "Inga beslut i regionerna är registrerade." in text
    lines = plain(render_follow_up(NONCOMPLIANT)).splitlines()
    assert "- Skåne: beslut 20 juni 2024, *protokollsutdrag saknas*" in lines
    assert "- Ledningsgruppen: *\\[Att fylla i\\]*" in lines


# -- decision status ------------------------------------------------------------------------


def _without_decision_of(sp: Subproject, region: str) -> Subproject:
    kept = [
        m
        for m in sp.milestones
        if not (
            m.kind is MilestoneKind.REGIONAL_DECISION and m.region and m.region.short_name == region
        )
    ]
    return attrs.evolve(sp, milestones=kept)


def test_decision_status_lists_each_region_with_date_and_excerpt() -> None:
    lines = plain(render_decision_status(_without_decision_of(COMPLIANT, "Kronoberg"))).splitlines()
    assert lines[0] == (
        "# Regionernas beslut: SFBV-2022-11 Sammanhållet vårdförlopp för patienter med höftfraktur"
    )
    assert "| Rekommendation från Södra regionvårdsnämnden | 19 april 2024 |" in lines
    assert "**3 av 4 regioner har beslutat.**" in lines
    assert (
        "| Region | Beslutsdatum | Nivå | Utfall | Diarienummer | Paragraf | Sammanträdesdatum |"
    ) in lines
    assert (
        "| Blekinge | 4 juni 2024 | Politisk nivå | Följer rekommendationen | RB 2024/412 | 87"
        " | 4 juni 2024 |"
    ) in lines
    assert "| Kronoberg | *inget beslut registrerat* |  |  |  |  |  |" in lines
    assert lines[-1] == "Arbetsmetod enligt SFBV § 5.6."
    assert "**4 av 4 regioner har beslutat.**" in render_decision_status(COMPLIANT)


def test_decision_status_in_english_with_a_missing_excerpt() -> None:
    lines = render_decision_status(NONCOMPLIANT, format="text", lang="en").splitlines()
    assert lines[0].startswith("Decision status: SFBV-2023-05")
    assert "2 of 2 regions have decided." in lines
    assert [line.split("  ")[0] for line in lines if line.startswith(("Kronoberg", "Skåne"))] == [
        "Kronoberg",
        "Skåne",
    ]
    assert any(line.startswith("Skåne") and "no protocol excerpt" in line for line in lines)


def test_decision_status_before_the_board_and_with_odd_decisions() -> None:
    draft = Subproject(
        id="X-1",
        title="Utkast",
        participating_regions=["Kronoberg"],
        milestones=[
            Milestone(kind="regional_decision", date="2024-06-01", region="Halland"),
            Milestone(kind="regional_decision", date="2024-06-02"),
        ],
    )
    text = render_decision_status(draft, format="text")
    assert "ingen rekommendation registrerad" in text
    assert "0 av 1 region har beslutat." in text
    assert "Halland (deltar inte)" in text  # decided without taking part: shown, not counted
    assert "1 regionbeslut saknar uppgift om region." in text
    empty = render_decision_status(Subproject(id="X-2", title="Tomt"), format="html")
    assert "<p>Inga deltagande regioner är angivna.</p>" in empty and "<thead>" not in empty
    with pytest.raises(InvalidValue, match="subproject"):
        render_decision_status(check(COMPLIANT, as_of=AS_OF))  # type: ignore[arg-type]


# -- every subproject renders; HTML escapes -------------------------------------------------

EVIL = st.text(alphabet=st.sampled_from(list("ab å<&\"'x>\n")), max_size=10)
NAMED = EVIL.map(lambda s: f"Q<&\"'{s}")  # never blank, always hostile
DATES = st.dates(min_value=datetime.date(2015, 1, 1), max_value=datetime.date(2035, 12, 31))


@st.composite
def milestones(draw: st.DrawFn) -> Milestone:
    kind = draw(st.sampled_from(MilestoneKind))
    extra: dict[str, Any] = {}
    if kind is MilestoneKind.MANAGEMENT_GROUP_DECISION:
        extra["unanimous"] = draw(st.none() | st.booleans())
    elif kind is MilestoneKind.BOARD_RECOMMENDATION:
        extra["binding"] = draw(st.none() | st.booleans())
    elif kind is MilestoneKind.REGIONAL_DECISION:
        extra["region"] = draw(st.none() | st.sampled_from(SODRA))
        extra["excerpt"] = draw(
            st.none()
            | st.builds(
                ExcerptReference,
                case_number=NAMED,
                paragraph=st.integers(1, 500),
                date=DATES,
            )
        )
    return Milestone(kind=kind, date=draw(DATES), note=draw(EVIL), wording=draw(EVIL), **extra)


def any_subprojects() -> st.SearchStrategy[Subproject]:
    """Subprojects of every shape, drafts included, with hostile text everywhere."""
    texts = st.lists(EVIL, max_size=3)
    return st.builds(
        Subproject,
        id=NAMED,
        title=NAMED,
        participating_regions=st.lists(st.sampled_from(SODRA), unique=True),
        reason_for_fewer=EVIL,
        proposal=st.none() | st.builds(Proposal, purpose=EVIL, goal=EVIL, expected_outcome=EVIL),
        assignment=st.none()
        | st.builds(
            Assignment,
            background=EVIL,
            purpose_and_question=EVIL,
            assignment_points=texts,
            delimitations=EVIL,
            group_composition=EVIL,
            timeline=EVIL,
        ),
        working_group=st.lists(
            st.builds(
                GroupMember,
                name=NAMED,
                role=st.sampled_from(Role),
                profession=EVIL,
                region=st.none() | st.sampled_from(SODRA),
                from_office=st.booleans(),
            ),
            max_size=4,
        ),
        contact_person=EVIL,
        follow_up_plan=st.none()
        | st.builds(FollowUpPlan, method=EVIL, parameters=texts, documented_on=st.none() | DATES),
        current_state_regions=st.lists(st.sampled_from(SODRA), unique=True),
        action_proposals=st.lists(
            st.builds(
                ActionProposal,
                title=NAMED,
                needs_funding=st.booleans(),
                cost_estimate=st.none() | strategies.money(max_kr=100_000_000),
            ),
            max_size=7,
        ),
        final_report=st.none()
        | st.builds(
            FinalReport,
            sections=st.lists(st.sampled_from(ReportSection), unique=True),
            follow_up=st.none()
            | st.builds(FollowUpProposal, how=EVIL, when=EVIL, by_whom=EVIL, parameters=texts),
            pages=st.none() | st.integers(1, 100),
        ),
        follow_up_reports=st.lists(
            st.builds(
                FollowUpReport,
                date=DATES,
                pages=st.none() | st.integers(1, 20),
                presented_to=st.lists(st.sampled_from(Body), unique=True),
            ),
            max_size=2,
        ),
        milestones=st.lists(milestones(), max_size=8),
    )


RENDERERS = (render_assignment, render_final_report, render_follow_up, render_decision_status)


@at_most(40, deadline=None)
@given(sp=any_subprojects(), day=DATES)
def test_any_subproject_renders_and_html_escapes_every_user_string(
    sp: Subproject, day: datetime.date
) -> None:
    for renderer in RENDERERS:
        for fmt in FORMATS:
            for lang in ("sv", "en"):
                assert renderer(sp, format=fmt, lang=lang)
    html = "".join(renderer(sp, format="html") for renderer in RENDERERS)
    assert "Q<" not in html  # every NAMED string starts "Q<&"
    # As typeset: a "§" before a number gets its no-break space ("§0" -> "§\xa00").
    assert str(markupsafe.escape(section_signs(sp.title))) in html
    for member in sp.working_group:
        assert str(markupsafe.escape(section_signs(member.name))) in html
    for proposal in sp.action_proposals:
        assert str(markupsafe.escape(section_signs(proposal.title))) in html
    report = check(sp, as_of=day)
    assert str(markupsafe.escape(sp.title)) in render_compliance_report(report, format="html")
    summary = summarize([sp], as_of=day)
    portfolio = render_portfolio(summary, format="html")
    assert str(markupsafe.escape(sp.title)) in portfolio and "Q<" not in portfolio


def test_renderers_refuse_what_is_not_a_subproject() -> None:
    for renderer in RENDERERS:
        with pytest.raises(InvalidValue, match="subproject"):
            renderer(check(COMPLIANT, as_of=AS_OF))  # type: ignore[arg-type]
        with pytest.raises(InvalidValue, match="lang"):
            renderer(COMPLIANT, lang="de")


# -- the command line -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "first"),
    [
        ("assignment", "# Uppdrag: SFBV-2022-11"),
        ("final-report", "# Slutrapport: SFBV-2022-11"),
        ("follow-up", "# Uppföljningsrapport: SFBV-2022-11"),
    ],
)
def test_cli_renders_a_subproject_file(
    capsys: pytest.CaptureFixture[str], kind: str, first: str
) -> None:
    code = main(["render", kind, str(EXAMPLES / "hoftfraktur_compliant.yaml")])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.startswith(first)
    code = main(
        [
            "render",
            kind,
            str(EXAMPLES / "bup_noncompliant.yaml"),
            "--format",
            "html",
            "--lang",
            "en",
        ]
    )
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.startswith("<!DOCTYPE html>") and '<section class="vardservice' in out
    assert '<html lang="en">' in out


def test_cli_render_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: SFBV-1\ntitle: X\nparticipating_regions: [Atlantis]\n", encoding="utf-8")
    code = main(["render", "assignment", str(bad)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "$.participating_regions[0]" in err
    code = main(["render", "assignment", str(tmp_path / "missing.yaml")])
    out, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as exit_:
        main(["render", "uppdrag", str(bad)])
    assert exit_.value.code == 2


@at_most(25, deadline=None)
@given(
    sp=strategies.subprojects() | strategies.subprojects(compliant=False),
    lang=st.sampled_from(["sv", "en"]),
)
def test_any_generated_subproject_renders_in_every_format(sp: Subproject, lang: str) -> None:
    for renderer in RENDERERS:
        for fmt in FORMATS:
            text = renderer(sp, format=fmt, lang=lang)
            # Markdown escapes punctuation with a backslash ("0\\[")
            assert (
                sp.id in text
                or str(markupsafe.escape(sp.id)) in text
                or sp.id.replace("\\", "") in text.replace("\\", "")
            )
