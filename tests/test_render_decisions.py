"""Rendering protocol excerpts (laid out like HSN90) and needs inventories."""

from pathlib import Path

import markupsafe
import pendulum
import pytest
from hypothesis import given

from _examples import at_most
from vardservice import strategies
from vardservice.decisions import NeedsInventory, NeedTally, ProtocolExcerpt
from vardservice.errors import InvalidValue
from vardservice.io import load
from vardservice.render import DOCUMENTS, render_needs_inventory, render_protocol
from vardservice.render._filters import markdown_escape, section_signs

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
        "2020-11-18",
        "Utdragsbestyrkande",
        "§\xa090 Vårdnära service",
        "HSN 938-2020",
        "Sammanfattning",
        "Förslag till beslut",
        "Beslut",
        "Hälso och sjukvårdsnämnden har tagit del av återrapporteringen.",
        "Beslutsunderlag",
    ):
        assert line in out, line
    # in the order of the source
    order = ["Protokoll", "Sammanträdesdatum", "Utdragsbestyrkande", "§\xa090", "HSN 938-2020",
             "Sammanfattning", "Förslag till beslut", "Beslut\n", "Beslutsunderlag"]  # fmt: skip
    if fmt == "html":
        order[-2] = "Beslut</h3>"
    positions = [out.index(word) for word in order]
    assert positions == sorted(positions)
    assert out.count("har tagit del av återrapporteringen") == 2  # proposal and decision


def test_markdown_layout_of_the_head() -> None:
    lines = render_protocol(HSN90).splitlines()
    assert lines[:9] == [
        "# Protokoll",
        "",
        "Hälso- och sjukvårdsnämndens arbetsutskott  ",
        "Sammanträdesdatum: 2020-11-18  ",
        "Utdragsbestyrkande:",
        "",
        "## §\xa090 Vårdnära service",
        "",
        "HSN 938-2020",
    ]
    assert "### Sammanfattning" in lines
    assert "### Förslag till beslut" in lines
    assert "### Beslut" in lines
    assert lines[-1] == "### Beslutsunderlag"  # HSN90 lists none; the heading stays


def test_the_head_keeps_the_sources_form() -> None:
    # HSN90 writes the meeting date "2020-11-18" and prints the fields "Utdragsbestyrkande"
    # and "Beslutsunderlag" even when empty: an excerpt keeps the source's form.
    for fmt in ("markdown", "html", "text"):
        out = render_protocol(HSN90, format=fmt)
        assert "Sammanträdesdatum: " in out
        assert "2020-11-18" in out
        assert "18 november 2020" not in out
        assert "Utdragsbestyrkande:" in out
        assert "Beslutsunderlag" in out
    text = render_protocol(HSN90, format="text")
    assert text.startswith(
        "Protokoll\n\nHälso- och sjukvårdsnämndens arbetsutskott\n"
        "Sammanträdesdatum: 2020-11-18\nUtdragsbestyrkande:\n\n§\xa090 Vårdnära service\n"
    )


def test_english_labels_on_request() -> None:
    out = render_protocol(HSN90, format="text", lang="en")
    assert "Meeting date: 2020-11-18" in out
    assert "Proposed decision" in out
    assert "Sammanträdesdatum" not in out
    assert "§\xa090 Vårdnära service" in out  # the excerpt's own text is not translated


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
    assert "Justerare: Bertil Berg och Cecilia Ceder" in out
    assert "Expedieras till: Regionservice" in out
    assert "Beslutsunderlag\n\n- Tjänsteskrivelse" in out
    assert "Justerare: Bertil Berg och Cecilia Ceder\nExpedieras till: Regionservice\n" in out
    html = render_protocol(excerpt, format="html")
    assert "<li>Tjänsteskrivelse</li>" in html
    assert "Utdragsbestyrkande: Anna Andersson</p>" in html
    assert "2020-11-18" in html


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


@at_most(50)
@given(strategies.protocol_excerpts())
def test_rendering_any_excerpt_never_raises_and_escapes(excerpt: ProtocolExcerpt) -> None:
    for fmt in ("markdown", "text"):
        out = render_protocol(excerpt, format=fmt)
        heading = section_signs(excerpt.heading)  # as typeset: "§0" -> "§\xa00"
        heading = markdown_escape(heading) if fmt == "markdown" else heading
        assert heading in out
        assert "\n\n\n" not in out  # no empty section leaves a gap
    html = render_protocol(excerpt, format="html", lang="en")
    for text in (excerpt.body, excerpt.title, *excerpt.summary, *excerpt.decision):
        # As typeset: a "§" before a number gets its no-break space ("§0" -> "§\xa00").
        assert str(markupsafe.escape(section_signs(text))) in html


def test_a_section_sign_in_a_need_is_typeset_in_every_format() -> None:
    # Found by the property test below: a need written "§0" comes out as "§\xa00".
    inventory = NeedsInventory(
        tallies=(NeedTally(need="Enligt §0 & §1", count=3),), illustrative=True
    )
    for fmt in ("markdown", "text", "html"):
        out = render_needs_inventory(inventory, format=fmt)
        assert "§\xa00" in out
        assert "§0" not in out


@at_most(50)
@given(strategies.needs_inventories())
def test_rendering_any_inventory_never_raises_and_escapes(inventory: NeedsInventory) -> None:
    for fmt in ("markdown", "text"):
        render_needs_inventory(inventory, format=fmt, tag="VNS")
    html = render_needs_inventory(inventory, format="html", top=3)
    for row in inventory.top(3):
        # As typeset: a "§" before a number gets its no-break space ("§0" -> "§\xa00").
        assert str(markupsafe.escape(section_signs(row.tally.need))) in html


NEEDS_TEXT = """\
Behovsinventering, värdeskapande service, hösten 2019

De 10 främsta:

Rang  Behov                                                  Antal  Märkning
   1  Transporter av patienter inom sjukhuset                   31
   2  Beställning och påfyllning av förbrukningsmaterial        27
   2  Hantering av tvätt och textilier                          27
   4  Måltidshantering på vårdavdelningen                       24  VNS
   5  Avfallshantering                                          19
   6  Städning av vårdrum vid utskrivning                       17
   7  Rengöring av hjälpmedel och utrustning på avdelningen     15  VNS
   8  Budtjänst för prover                                      12
   9  Lokalvård i allmänna utrymmen                              9
  10  Sängtransporter och sängbäddning                           8

Behov märkta VNS kom på plats 4 och 7.

Rangordnat efter antal (frekvensmätning); behov med samma antal delar plats och nästa plats hoppas över.

Antalen är illustrativa exempel, inte en verklig behovsinventering.

Källa: HSN90, Sammanfattning.
"""


def test_needs_inventory_text_snapshot() -> None:
    assert render_needs_inventory(NEEDS, top=10, tag="VNS", format="text") == NEEDS_TEXT


def test_protocol_text_snapshot_ends_with_the_decision_and_its_basis() -> None:
    out = render_protocol(HSN90, format="text")
    assert out.endswith(
        "\n\nBeslut\n\n"
        "Hälso och sjukvårdsnämnden har tagit del av återrapporteringen.\n\n"
        "Hälso och sjukvårdsnämnden godkänner inriktningen att först genomföra "
        "effektiviseringar för att sedan återinvestera i behoven kopplade till konceptet "
        "vårdnära service.\n\nBeslutsunderlag\n"
    )
    assert "\n\n\n" not in out


def test_places_are_listed_as_a_reader_lists_them() -> None:
    inventory = NeedsInventory(
        tallies=[
            NeedTally(need=n, count=c, tags=["VNS"]) for n, c in [("a", 3), ("b", 2), ("c", 1)]
        ],
        illustrative=True,
    )
    assert "Behov märkta VNS kom på plats 1, 2 och 3." in render_needs_inventory(
        inventory, tag="VNS"
    )
    english = render_needs_inventory(inventory, tag="VNS", lang="en")
    assert "Needs tagged VNS came in places 1, 2 and 3." in english


def test_the_top_one_reads_in_the_singular() -> None:
    # "De 1 främsta" was the old wording for top=1.
    assert "Det främsta behovet:" in render_needs_inventory(NEEDS, top=1, format="text")
    assert "The top need:" in render_needs_inventory(NEEDS, top=1, format="text", lang="en")
    assert "De 10 främsta:" in render_needs_inventory(NEEDS, top=10, format="text")


@pytest.mark.parametrize("kind", ["protocol", "needs-inventory"])
@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_registered_kinds_render_their_example(kind: str, fmt: str, lang: str) -> None:
    documents = DOCUMENTS[kind]
    assert documents.example is not None
    out = documents.render(documents.example(), format=fmt, lang=lang)
    assert ("Protokoll" if lang == "sv" else "Minutes") in out or kind != "protocol"
    assert ("Rang" if lang == "sv" else "Rank") in out or kind != "needs-inventory"


def test_the_needs_inventory_registers_its_options() -> None:
    documents = DOCUMENTS["needs-inventory"]
    assert {(o.name, o.kind) for o in documents.options} == {("top", "int"), ("tag", "str")}
    assert documents.reads is NeedsInventory
    out = documents.render(NEEDS, format="text", top=10, tag="VNS")
    assert out == render_needs_inventory(NEEDS, top=10, tag="VNS", format="text")
    assert DOCUMENTS["protocol"].reads is ProtocolExcerpt
