"""Rendering a network's year (BS §4–6): members, fees, budget, expert groups, goals, findings."""

from pathlib import Path
from xml.etree import ElementTree

import attrs
import pytest
from hypothesis import given
from markupsafe import escape

from vardservice import strategies
from vardservice.errors import InvalidValue
from vardservice.io import load
from vardservice.networks import Goal, Membership, NationalNetwork, Network, PlanActivity
from vardservice.render import DOCUMENTS, render_network
from vardservice.render._filters import section_signs

NETWORK_EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "networks"
BEST_SERVICE = load(NETWORK_EXAMPLE / "best_service.yaml", Network)
NSN = load(NETWORK_EXAMPLE / "nsn.yaml", NationalNetwork)
# A member network with NSN-style goals, as documents were written before NationalNetwork.
LEGACY = Network(
    name="Nationella servicenätverket",
    goals=[
        Goal(
            title="Servicenätverket jobbar för att öka kunskapen om service i hela Sverige",
            activities=[PlanActivity(title="Servicenätverket deltar på olika träffar.")],
        )
    ],
    meetings_per_year=4,
)


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def test_network_markdown_in_swedish_has_members_budget_groups_and_findings() -> None:
    text = plain(render_network(BEST_SERVICE, 2024))
    assert text.splitlines()[0] == "# Best Service 2024"
    assert "Nätverket har 21 medlemmar under 2024." in text
    assert "| 07 | Region Kronoberg | 1 | 40 000 kr | – |" in text
    assert "|  | **Totalt** |  | **1 520 000 kr** |  |" in text
    assert "| **Summa intäkter** | **1 520 000 kr** |" in text
    assert (
        "**Resultat: 270 000 kr**. Budgeten grundar sig på årets avgifter enligt BS § 5.2." in text
    )
    assert "| Vårdnära service | – | Styrelsen för Best Service (BS § 4.2) |" in text
    assert "Granskat per 31 december 2024." in text
    assert "Inga avvikelser." in text
    assert "illustrativa" in text
    english = render_network(BEST_SERVICE, 2024, lang="en", format="text")
    assert "Total income" in english and "1,520,000" in english


def test_network_render_shows_findings_and_goals() -> None:
    # Under Best Service's order (no source given) the document lacks a plan: NW006.
    nsn = LEGACY
    text = render_network(nsn, 2024, format="markdown")
    assert "| fel | NW006 |" in text
    assert "### Servicenätverket jobbar för att öka kunskapen om service i hela Sverige" in text
    assert "Nätverksmöten: 4 gånger per år." in text
    html = render_network(nsn, 2024, format="html", lang="en")
    ElementTree.fromstring(html)  # noqa: S314 - our own output, checked to be well-formed
    assert "<tr><td>error</td><td>NW006</td>" in html


@given(strategies.networks())
def test_network_html_escapes_user_strings_and_any_network_renders(network: object) -> None:
    assert isinstance(network, Network)
    html = render_network(network, 2024, format="html")
    for text in [network.name, *(g.name for g in network.expert_groups)]:
        assert str(escape(section_signs(text))) in html  # as typeset: "§0" -> "§\xa00"
        if any(c in text for c in "<>&"):
            assert f">{text}<" not in html
    render_network(network, 2024, format="markdown", lang="en")
    render_network(network, 2024, format="text")


# --- deliberate improvements over the old templates ------------------------------------------


def test_the_title_is_the_networks_name_and_year() -> None:
    # Was "Nätverket Nationella servicenätverket 2024".
    assert render_network(NSN, 2024).splitlines()[0] == "# Nationella servicenätverket 2024"
    assert (
        render_network(NSN, 2024, lang="en").splitlines()[0] == "# Nationella servicenätverket 2024"
    )


def test_a_network_without_fees_or_plan_shows_no_budget() -> None:
    # No "Budget 2024" of 0 kr "resting on BS §5.2".
    text = render_network(LEGACY, 2024)
    assert "Inga medlemmar är registrerade för 2024." in text
    assert "0 medlemmar" not in text
    assert "Budget" not in text
    assert "BS §5.2" not in text


def test_nsn_shows_its_four_goals_and_seven_long_term_goals_no_members_no_budget() -> None:
    # Issue 14, must show: `vardservice network examples/networks/nsn.yaml --year 2024`.
    text = plain(render_network(NSN, 2024))
    goals = [line for line in text.splitlines() if line.startswith("### ")]
    assert goals == [f"### {goal.title}" for goal in NSN.goals] and len(goals) == 4
    long_term = text.split("## Mål för service i Sverige\n\n", 1)[1].split("\n\n", 1)[0]
    assert long_term.count("\n- ") + 1 == 7 == len(NSN.long_term_goals)
    assert long_term.startswith("- Riksorganisationen och länsavdelningarna")
    for absent in ("medlem under", "medlemmar under", "Medlemmar", "Budget", "Avgift", "BS §"):
        assert absent not in text, absent
    assert "Nätverket har inga röstberättigade medlemmar, inga avgifter och ingen budget." in text
    english = render_network(NSN, 2024, lang="en")
    assert "## Goals for service in Sweden (long-term)" in english
    assert "member" not in english.replace("no members with votes", "")


def test_nsn_says_its_participants_are_not_named_and_why() -> None:
    text = render_network(NSN, 2024)
    section = text.split("## Deltagare\n\n", 1)[1].split("\n## ", 1)[0]
    assert section.startswith("Inga deltagare är angivna.")
    assert "uppdaterar vi under hösten" in section
    from vardservice.networks import Participant

    named = attrs.evolve(NSN, participants=[Participant(name="Länsavdelning Halland")])
    assert "| Länsavdelning Halland | – |" in render_network(named, 2024)


def test_nsn_keeps_the_knowledge_bank_and_the_platform_apart() -> None:
    text = render_network(NSN, 2024)
    assert "Kunskapsbank som nätverket utvecklar: **Servicekunskapsbanken**." in text
    assert "Plattform som nätverket informerar genom: **Servicebanken**." in text


def test_nsn_marks_the_ways_stated_with_kan_and_its_meetings() -> None:
    text = render_network(NSN, 2024)
    marked = [line for line in text.splitlines() if line.endswith("*(en möjlighet: ”kan”)*")]
    ways = [w for g in NSN.goals for w in g.ways if w.modality.value == "may"]
    assert len(marked) == len(ways) + 1  # and the meetings with the länsavdelningar
    assert "**Servicenätverkets möte**: 4 gånger per år med syfte att följa upp målbilderna" in text
    assert "Externa parter kan knytas till mötena." in text
    assert "## Granskning" in text and "Inga avvikelser." in text


@given(strategies.national_networks())
def test_any_national_network_renders_and_escapes(network: NationalNetwork) -> None:
    html = render_network(network, 2024, format="html")
    ElementTree.fromstring(html)  # noqa: S314 - our own output, checked to be well-formed
    for text in [network.name, *(g.title for g in network.goals)]:
        assert str(escape(section_signs(text))) in html  # as typeset
    render_network(network, 2024, format="text", lang="en")


def test_best_service_shows_its_vision_board_organisation_and_partners() -> None:
    text = plain(render_network(BEST_SERVICE, 2024))
    assert "## Vision\n\nService – en del av vårdprocessen." in text
    assert "## Styrelsen\n\nVägledande principer för styrelsen:\n\n- Styrelsen ska inte" in text
    assert "## Förvaltnings- och utvecklingsorganisationen\n\nBildades 2018." in text
    assert (
        "| Analytiker (illustrativ) | Region Halland | 20 | 1 januari 2024–31 december 2025 | ja |"
        in text
    )
    assert "## Samarbetspartner\n\n- **SKR, Sveriges Kommuner och Regioner**. För" in text


def test_a_reimbursement_line_names_the_region_after_the_person() -> None:
    # Issue 10: "Analytiker (illustrativ) (Halland)" -> "analytiker (illustrativ), Region Halland".
    text = plain(render_network(BEST_SERVICE, 2024))
    assert (
        "| Ersättning till bidragande regioner: analytiker (illustrativ), Region Halland |" in text
    )


def test_member_count_reads_in_the_singular_and_plural() -> None:
    one = Network(name="N", members=[Membership(region="07", granted_on="2018-01-01")])
    assert "Nätverket har en medlem under 2024." in render_network(one, 2024)
    assert "The network has one member in 2024." in render_network(one, 2024, lang="en")
    two = attrs.evolve(
        one, members=[*one.members, Membership(region="13", granted_on="2018-01-01")]
    )
    assert "Nätverket har 2 medlemmar under 2024." in render_network(two, 2024)


def test_goals_are_subheadings_with_their_ways() -> None:
    text = render_network(NSN, 2024)
    goal = "### Servicenätverket samlar kunskap i riksorganisationen om service"
    after = text.split(goal, 1)[1]
    assert after.lstrip("\n").startswith(
        "- Servicenätverket ansvarar för att Servicekunskapsbanken"
    )


def test_an_illustrative_plan_says_its_amounts_are_examples() -> None:
    text = render_network(BEST_SERVICE, 2024)
    assert "*Verksamhetsplanens belopp är illustrativa exempel, inte en verklig plan.*" in text
    real = attrs.evolve(
        BEST_SERVICE, plans=[attrs.evolve(p, illustrative=False) for p in BEST_SERVICE.plans]
    )
    assert "Verksamhetsplanens belopp" not in render_network(real, 2024)


def test_fee_schedule_and_theme_wording() -> None:
    text = render_network(BEST_SERVICE, 2024)
    assert "Avgiftsschemat gäller från och med 2024." in text  # was "Avgiftsschema gäller från"
    assert "| Expertgrupp | Tema 2024 | Förankring i styrelsen |" in text  # was "Årets tema 2024"


def test_info_findings_are_upplysningar() -> None:
    from vardservice.render.networks import _severity
    from vardservice.rules import Finding, Severity
    from vardservice.sources import cite

    finding = Finding(
        code="NW000", severity=Severity.INFO, message="m", path="$", source=cite("BS", "6")
    )
    assert _severity(finding, "sv") == "upplysning"
    assert _severity(finding, "en") == "info"


def test_a_year_without_fees_says_so_and_leaves_out_the_budget() -> None:
    text = render_network(BEST_SERVICE, 2023)  # the schedule is valid from 2024
    assert "*Årets avgifter kan inte beräknas; se granskningen.*" in text
    assert "| 07 | Region Kronoberg | – | – | – |" in text
    assert "Budget 2023" not in text
    assert "NW004" in text


def test_the_overview_counts_a_member_listed_twice_once() -> None:
    from vardservice.networks import Delegate
    from vardservice.rules import network_overview

    twice = Network(
        name="N",
        members=[
            Membership(region="07", granted_on="2018-01-01", delegate=Delegate(name="A")),
            Membership(region="13", granted_on="2018-01-01"),
            Membership(region="07", granted_on="2018-01-01"),
        ],
    )
    overview = network_overview(twice, 2024, lang="sv")
    assert [(m.code, m.name, m.delegate) for m in overview.members] == [
        ("07", "Region Kronoberg", Delegate(name="A")),
        ("13", "Region Halland", None),
    ]
    assert overview.budget is None and overview.fees_missing  # no schedule
    assert overview.fees == ()
    assert overview.report.as_of.isoformat() == "2024-12-31"


def test_render_network_refuses_wrong_arguments() -> None:
    with pytest.raises(InvalidValue, match="render_network.network"):
        render_network(NSN.name, 2024)  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="render_network.year"):
        render_network(NSN, 24_000)
    with pytest.raises(InvalidValue, match="render.format"):
        render_network(NSN, 2024, format="pdf")  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="render.lang"):
        render_network(NSN, 2024, lang="de")


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_registered_example_renders(fmt: str, lang: str) -> None:
    documents = DOCUMENTS["network"]
    assert documents.example is not None
    assert [(o.name, o.kind, o.required) for o in documents.options] == [("year", "year", True)]
    out = documents.render(documents.example(), format=fmt, lang=lang, year=2024)
    assert "Exempelnätverket 2024" in out
    assert "Servicechef" in out


def test_without_a_year_the_document_shows_the_latest_plans_year() -> None:
    documents = DOCUMENTS["network"]
    assert documents.render(BEST_SERVICE) == render_network(BEST_SERVICE, 2024)
    with pytest.raises(InvalidValue, match="render network.year"):
        documents.render(LEGACY)  # no plan: no year to take


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_registered_national_example_renders(fmt: str, lang: str) -> None:
    documents = DOCUMENTS["national-network"]
    assert documents.example is not None
    assert [(o.name, o.kind, o.required) for o in documents.options] == [("year", "year", True)]
    out = documents.render(documents.example(), format=fmt, lang=lang, year=2024)
    assert "Exempelnätverket 2024" in out
    assert "Fler kommuner har en serviceplan." in out


def test_the_organisation_lists_the_assignments_running_in_the_year() -> None:
    # The example's assignment runs 2024-01-01 to 2025-12-31: listed in 2025, not in 2026.
    assert "| Analytiker (illustrativ) |" in render_network(BEST_SERVICE, 2025)
    text = render_network(BEST_SERVICE, 2026)
    assert "## Förvaltnings- och utvecklingsorganisationen" in text
    assert "| Analytiker (illustrativ) |" not in text


def test_after_a_colon_a_common_noun_is_lower_case_and_a_name_is_kept() -> None:
    from vardservice.render._network_parts import after_colon

    assert after_colon("Två medlemskonferenser") == "två medlemskonferenser"
    assert after_colon("Eva Ek, Region Halland") == "Eva Ek, Region Halland"
    assert after_colon("SKR") == "SKR"
    assert after_colon("möten") == "möten"


def test_without_a_year_a_national_network_has_no_review() -> None:
    # Nothing reads the clock: no year, no date to check on.
    text = DOCUMENTS["national-network"].render(NSN)
    assert text.splitlines()[0] == "# Nationella servicenätverket"
    assert "Granskning" not in text
    assert "*Ange ett år för att se granskningen mot nätverkets regler.*" in text
