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
from vardservice.networks import Membership, Network
from vardservice.render import DOCUMENTS, render_network

NETWORK_EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "networks"
BEST_SERVICE = load(NETWORK_EXAMPLE / "best_service.yaml", Network)
NSN = load(NETWORK_EXAMPLE / "nsn.yaml", Network)


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


def test_network_render_shows_findings_and_nsn_goals() -> None:
    # Under Best Service's order (source BS) NSN's document lacks a plan: NW006.
    nsn = attrs.evolve(NSN, source=None)
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
        assert str(escape(text)) in html
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
    # NSN has neither fees nor a budget: no "Budget 2024" of 0 kr "resting on BS §5.2".
    text = render_network(NSN, 2024)
    assert "Inga medlemmar är registrerade för 2024." in text
    assert "0 medlemmar" not in text
    assert "Budget" not in text
    assert "BS §5.2" not in text


def test_member_count_reads_in_the_singular_and_plural() -> None:
    one = Network(name="N", members=[Membership(region="07", granted_on="2018-01-01")])
    assert "Nätverket har en medlem under 2024." in render_network(one, 2024)
    assert "The network has one member in 2024." in render_network(one, 2024, lang="en")
    two = attrs.evolve(
        one, members=[*one.members, Membership(region="13", granted_on="2018-01-01")]
    )
    assert "Nätverket har 2 medlemmar under 2024." in render_network(two, 2024)


def test_goals_are_subheadings_with_their_activities() -> None:
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
        documents.render(NSN)  # no plan: no year to take
