"""Rendering protocol excerpts (laid out like HSN90) and needs inventories."""

from pathlib import Path

import markupsafe
import pendulum
import pytest
from hypothesis import given, settings

from vardservice import strategies
from vardservice.decisions import NeedsInventory, NeedTally, ProtocolExcerpt
from vardservice.errors import InvalidValue
from vardservice.io import load
from vardservice.render import render_needs_inventory, render_protocol

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "decisions"
HSN90 = load(EXAMPLES / "hsn90.yaml", ProtocolExcerpt)
NEEDS = load(EXAMPLES / "needs_inventory_illustrative.yaml", NeedsInventory)


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_hsn90_renders_like_the_source(fmt: str) -> None:
    out = render_protocol(HSN90, format=fmt)  # type: ignore[arg-type]
    for line in (
        "Protokoll",
        "Hälso- och sjukvårdsnämndens arbetsutskott",
        "Sammanträdesdatum",
        "18 november 2020",
        "§ 90 Vårdnära service",
        "HSN 938-2020",
        "Sammanfattning",
        "Förslag till beslut",
        "Beslut",
        "Hälso och sjukvårdsnämnden har tagit del av återrapporteringen.",
    ):
        assert line in out, line
    # in the order of the source
    order = ["Protokoll", "Sammanträdesdatum", "§ 90", "HSN 938-2020", "Sammanfattning",
             "Förslag till beslut", "Beslut"]  # fmt: skip
    positions = [out.index(word) for word in order]
    assert positions == sorted(positions)
    assert out.count("har tagit del av återrapporteringen") == 2  # proposal and decision


def test_markdown_layout_of_the_head() -> None:
    lines = render_protocol(HSN90).splitlines()
    assert lines[:9] == [
        "# Protokoll",
        "",
        "Hälso- och sjukvårdsnämndens arbetsutskott",
        "",
        "Sammanträdesdatum: 18 november 2020",
        "",
        "## § 90 Vårdnära service",
        "",
        "HSN 938-2020",
    ]
    assert "### Sammanfattning" in lines
    assert "### Förslag till beslut" in lines
    assert "### Beslut" in lines
    assert "Beslutsunderlag" not in "\n".join(lines)  # none listed: no empty section


def test_english_labels_on_request() -> None:
    out = render_protocol(HSN90, format="text", lang="en")
    assert "Meeting date: 18 November 2020" in out
    assert "Proposed decision" in out
    assert "Sammanträdesdatum" not in out
    assert "§ 90 Vårdnära service" in out  # the excerpt's own text is not translated


def test_optional_parts_appear_when_given() -> None:
    import attrs

    excerpt = attrs.evolve(
        HSN90,
        attested_by="Anna Andersson",
        checked_by=("Bertil Berg", "Cecilia Ceder"),
        sent_to=("Regionservice",),
        basis_documents=("Tjänsteskrivelse",),
    )
    out = render_protocol(excerpt, format="text")
    assert "Utdragsbestyrkande: Anna Andersson" in out
    assert "Justerare: Bertil Berg, Cecilia Ceder" in out
    assert "Expedieras till: Regionservice" in out
    assert "Beslutsunderlag\n\n  - Tjänsteskrivelse" in out
    html = render_protocol(excerpt, format="html")
    assert "<li>Tjänsteskrivelse</li>" in html
    assert '<time datetime="2020-11-18">18 november 2020</time>' in html


def test_needs_inventory_table_and_positions() -> None:
    out = render_needs_inventory(NEEDS, top=10, tag="VNS")
    assert "| 4 | Måltidshantering på vårdavdelningen | 24 | VNS |" in out
    assert "| 2 | Hantering av tvätt och textilier | 27 |  |" in out
    assert "Behov märkta VNS kom på plats 4 och 7." in out
    assert "Posthantering" not in out  # rank 11, outside the top ten
    assert "illustrativa" in out
    english = render_needs_inventory(NEEDS, top=10, tag="VNS", format="text", lang="en")
    assert "Needs tagged VNS came in places 4 and 7." in english
    one = render_needs_inventory(NEEDS, top=5, tag="VNS", lang="en")
    assert "came in place 4." in one
    assert "Inga behov märkta X" in render_needs_inventory(NEEDS, tag="X", format="html")


def test_html_escapes_user_strings() -> None:
    evil = "<script>alert('x')</script> & co"
    excerpt = ProtocolExcerpt(
        body=evil,
        meeting_date=pendulum.date(2020, 11, 18),
        paragraph=1,
        title=evil,
        case_number="HSN 1-2020",
        summary=[evil],
        proposed_decision=[evil],
        decision=[evil],
        basis_documents=[evil],
        attested_by=evil,
        checked_by=[evil],
        sent_to=[evil],
    )
    out = render_protocol(excerpt, format="html")
    assert "<script>" not in out
    assert out.count("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co") == 9
    inventory = NeedsInventory(
        tallies=[NeedTally(need=evil, count=1, tags=[evil])], title=evil, reference=evil
    )
    out = render_needs_inventory(inventory, tag=evil, format="html")
    assert "<script>" not in out


def test_renderers_refuse_wrong_arguments() -> None:
    with pytest.raises(InvalidValue, match="render_protocol.excerpt"):
        render_protocol(NEEDS)  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="render.format"):
        render_protocol(HSN90, format="pdf")  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="render.lang"):
        render_needs_inventory(NEEDS, lang="de")
    with pytest.raises(InvalidValue, match="render_needs_inventory.inventory"):
        render_needs_inventory(HSN90)  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="top.n"):
        render_needs_inventory(NEEDS, top=0)


@settings(max_examples=50)
@given(strategies.protocol_excerpts())
def test_rendering_any_excerpt_never_raises_and_escapes(excerpt: ProtocolExcerpt) -> None:
    for fmt in ("markdown", "text"):
        out = render_protocol(excerpt, format=fmt)
        assert excerpt.heading in out
        assert "\n\n\n" not in out  # no empty section leaves a gap
    html = render_protocol(excerpt, format="html", lang="en")
    for text in (excerpt.body, excerpt.title, *excerpt.summary, *excerpt.decision):
        assert str(markupsafe.escape(text)) in html


@settings(max_examples=50)
@given(strategies.needs_inventories())
def test_rendering_any_inventory_never_raises_and_escapes(inventory: NeedsInventory) -> None:
    for fmt in ("markdown", "text"):
        render_needs_inventory(inventory, format=fmt, tag="VNS")
    html = render_needs_inventory(inventory, format="html", top=3)
    for row in inventory.top(3):
        assert str(markupsafe.escape(row.tally.need)) in html


NEEDS_TEXT = """\
Behovsinventering, värdeskapande service, hösten 2019

De 10 främsta:

  Rang     Antal  Behov
     1        31  Transporter av patienter inom sjukhuset
     2        27  Beställning och påfyllning av förbrukningsmaterial
     2        27  Hantering av tvätt och textilier
     4        24  Måltidshantering på vårdavdelningen [VNS]
     5        19  Avfallshantering
     6        17  Städning av vårdrum vid utskrivning
     7        15  Rengöring av hjälpmedel och utrustning på avdelningen [VNS]
     8        12  Budtjänst för prover
     9         9  Lokalvård i allmänna utrymmen
    10         8  Sängtransporter och sängbäddning

Behov märkta VNS kom på plats 4 och 7.

Rangordnat efter antal (frekvensmätning); behov med samma antal delar plats och nästa plats hoppas över.
Antalen är illustrativa exempel, inte en verklig behovsinventering.
Källa: HSN90, Sammanfattning.
"""


def test_needs_inventory_text_snapshot() -> None:
    assert render_needs_inventory(NEEDS, top=10, tag="VNS", format="text") == NEEDS_TEXT


def test_protocol_text_snapshot_ends_with_the_decision() -> None:
    out = render_protocol(HSN90, format="text")
    assert out.endswith(
        "\n\nBeslut\n\n"
        "Hälso och sjukvårdsnämnden har tagit del av återrapporteringen.\n\n"
        "Hälso och sjukvårdsnämnden godkänner inriktningen att först genomföra "
        "effektiviseringar för att sedan återinvestera i behoven kopplade till konceptet "
        "vårdnära service.\n"
    )
    assert "\n\n\n" not in out
