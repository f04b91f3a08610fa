"""Rendering the annual wheel (SVG, HTML, Markdown, text) and the meeting calendar."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardservice import strategies
from vardservice.errors import InvalidValue
from vardservice.planning import Activity, ActivityKind, AnnualWheel, MeetingRule
from vardservice.render import DOCUMENTS, render_annual_wheel, render_meeting_calendar
from vardservice.render._layout.wheel import wheel_layout
from vardservice.sources import cite

SVG = "{http://www.w3.org/2000/svg}"

WHEEL = AnnualWheel(
    name="Nationella servicenätverket",
    activities=[
        Activity(title="Sista dag för nyckeltal", kind=ActivityKind.DEADLINE, date="2025-03-31"),
        Activity(title="Verksamhetsplan", kind=ActivityKind.REPORT, month=11, illustrative=True),
    ],
    meetings=MeetingRule(count=4),
)


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314  (our own output, parsed to check it is well-formed)


def _sectors(svg: str) -> list[ET.Element]:
    root = _parse(svg)
    return [e for e in root.iter(f"{SVG}path") if e.get("class") == "month-sector"]


def test_svg_parses_and_has_twelve_month_sectors() -> None:
    svg = render_annual_wheel(WHEEL, 2025)
    sectors = _sectors(svg)
    assert len(sectors) == 12
    assert [s.get("id") for s in sectors] == [f"month-{m}" for m in range(1, 13)]
    root = _parse(svg)
    labels = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "month-label"]
    assert labels[:3] == ["januari", "februari", "mars"]
    markers = [g for g in root.iter(f"{SVG}g") if "entry" in (g.get("class") or "").split()]
    assert len(markers) == 6


def test_english_month_names_on_request() -> None:
    svg = render_annual_wheel(WHEEL, 2025, lang="en")
    assert ">January<" in svg and ">Meeting<" in svg


def test_markers_sit_on_the_ring_at_their_month() -> None:
    import math

    entries = WHEEL.for_year(2025)
    layout = wheel_layout(
        entries, 2025, months=[str(m) for m in range(12)], legend=["x"] * len(entries), kinds=[]
    )
    cx, cy = float(layout["cx"]), float(layout["cy"])
    for marker in layout["markers"]:
        x, y = float(marker["x"]) - cx, float(marker["y"]) - cy
        # Clockwise from 12 o'clock, in degrees; each month has 30.
        angle = (math.degrees(math.atan2(y, x)) + 90) % 360
        assert int(angle // 30) + 1 == marker["month"]


def test_crowded_markers_do_not_overlap() -> None:
    crowded = AnnualWheel(
        name="n",
        activities=[Activity(title=f"a{i}", date=f"2025-03-{i + 1:02d}") for i in range(25)],
    )
    layout = wheel_layout(
        crowded.for_year(2025), 2025, months=[""] * 12, legend=["a"] * 25, kinds=[]
    )
    points = [(float(m["x"]), float(m["y"])) for m in layout["markers"]]
    radius = float(layout["marker_r"])
    for i, (x1, y1) in enumerate(points):
        for x2, y2 in points[i + 1 :]:
            assert (x1 - x2) ** 2 + (y1 - y2) ** 2 >= (2 * radius) ** 2 - 0.5


@given(strategies.annual_wheels(year=2025), st.text(alphabet="<&\">'x", min_size=1))
def test_svg_and_html_escape_every_user_string(wheel: AnnualWheel, hostile: str) -> None:
    from markupsafe import escape

    wheel = AnnualWheel(
        name=hostile + wheel.name,
        activities=(
            *wheel.activities,
            Activity(title=hostile, month=6, responsible=hostile, description=hostile),
        ),
        meetings=wheel.meetings,
    )
    for fmt in ("svg", "html"):
        out = render_annual_wheel(wheel, 2025, format=fmt)
        if fmt == "svg":
            root = _parse(out)  # well-formed whatever the text
            assert len(_sectors(out)) == 12
            assert root.find(f"{SVG}title") is not None
        assert str(escape(hostile)) in out
        if any(c in hostile for c in "<&"):
            assert f">{hostile}<" not in out
    calendar = render_meeting_calendar(wheel, 2025, format="html")
    if any(c in hostile for c in "<&"):
        assert f">{hostile}<" not in calendar
    render_annual_wheel(wheel, 2025, format="markdown")
    render_annual_wheel(wheel, 2025, format="text", lang="en")
    render_meeting_calendar(wheel, 2025, format="text")


def test_html_embeds_the_svg_inline() -> None:
    html = render_annual_wheel(WHEEL, 2025, format="html")
    assert html.count("<svg") == 1
    assert html.count('class="month-sector"') == 12
    assert "<td>i november 2025*</td>" in re.sub(r"</?time[^>]*>", "", html)


def test_markdown_table_of_the_year() -> None:
    text = render_annual_wheel(WHEEL, 2025, format="markdown")
    lines = text.splitlines()
    assert lines[0] == "# Årshjul 2025: Nationella servicenätverket"
    assert "| 2 | 31 mars 2025 | Sista dag för nyckeltal | Sista dag |  |" in lines
    assert "| 5 | i november 2025\\* | Verksamhetsplan | Rapport |  |" in lines
    assert lines[-1].startswith("*\\* Datum, månad eller veckodag är ett illustrativt exempel")


def test_meeting_calendar_lists_meetings_and_deadlines_with_weekdays() -> None:
    text = render_meeting_calendar(WHEEL, 2025)
    assert text.splitlines()[2:5] == [
        "| Datum | Veckodag | Aktivitet | Typ | Ansvarig |",
        "|---|---|---|---|---|",
        "| 4 februari 2025 | tisdag | Nätverksmöte | Möte |  |",
    ]
    assert "| 31 mars 2025 | måndag | Sista dag för nyckeltal | Sista dag |  |" in text
    assert "Verksamhetsplan" not in text  # a report, not a meeting or a deadline
    english = render_meeting_calendar(WHEEL, 2025, format="text", lang="en")
    assert "4 February 2025" in english and "Tuesday" in english


def test_empty_year_says_so() -> None:
    empty = AnnualWheel(name="n")
    assert "Inga aktiviteter detta år." in render_annual_wheel(empty, 2025, format="markdown")
    assert len(_sectors(render_annual_wheel(empty, 2025))) == 12


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: render_annual_wheel(WHEEL, 2025, format="pdf"), "format"),  # type: ignore[arg-type]
        (lambda: render_annual_wheel(WHEEL, 2025, lang="de"), "lang"),
        (lambda: render_annual_wheel("wheel", 2025), "wheel"),  # type: ignore[arg-type]
        (lambda: render_meeting_calendar(WHEEL, 2025, format="svg"), "format"),  # type: ignore[arg-type]
        (lambda: render_annual_wheel(WHEEL, 1900), "year"),
    ],
)
def test_bad_arguments(call: object, field: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        call()  # type: ignore[operator]
    assert caught.value.field == field


def test_the_picture_in_the_docs_is_current() -> None:
    """docs/images/arshjul-nsn-2025.svg is the renderer's output; regenerate it when this fails.

    vardservice schedule examples/planning/nsn.yaml --year 2025 --format svg \\
        > docs/images/arshjul-nsn-2025.svg
    """
    from pathlib import Path

    from vardservice.io import load

    root = Path(__file__).resolve().parent.parent
    wheel = load(root / "examples" / "planning" / "nsn.yaml", AnnualWheel)
    picture = (root / "docs" / "images" / "arshjul-nsn-2025.svg").read_text(encoding="utf-8")
    assert render_annual_wheel(wheel, 2025) == picture


def test_a_month_placed_entry_reads_i_mars_in_the_table_and_the_legend() -> None:
    # Deliberate: "i mars 2025", not "under mars 2025" (sv); "in March 2025" (en).
    wheel = AnnualWheel(name="n", activities=[Activity(title="Plan", month=3)])
    assert "| 1 | i mars 2025 | Plan | Aktivitet |  |" in render_annual_wheel(
        wheel, 2025, format="markdown"
    )
    assert ">i mars: Plan</tspan>" in render_annual_wheel(wheel, 2025)
    assert ">in March: Plan</tspan>" in render_annual_wheel(wheel, 2025, lang="en")
    assert ">4 februari: Nätverksmöte</tspan>" in render_annual_wheel(
        AnnualWheel(name="n", meetings=MeetingRule()), 2025
    )


def test_descriptions_follow_the_table_in_every_format() -> None:
    # Deliberate: the descriptions were in the HTML only; now every format has them.
    wheel = AnnualWheel(
        name="n",
        activities=[Activity(title="Plan", month=3, description="Med budget.")],
    )
    for fmt in ("markdown", "text", "html"):
        out = render_annual_wheel(wheel, 2025, format=fmt)
        assert "Om aktiviteterna" in out
        assert "1. Plan:" in out and "Med budget." in out


def test_one_source_is_a_kalla_several_are_kallor() -> None:
    # Deliberate: "Källa:" for one source (it was always "Källor:").
    assert "Källa: NSN, Hur når vi målen för servicenätverket." in render_meeting_calendar(
        AnnualWheel(
            name="n",
            meetings=MeetingRule(source=cite("NSN", "Hur når vi målen för servicenätverket")),
        ),
        2025,
    )
    two = AnnualWheel(
        name="n",
        activities=[
            Activity(title="a", month=1, source=cite("BS", "6")),
            Activity(title="b", month=2, source=cite("BS", "3.2")),
        ],
    )
    assert "Källor: BS §\xa06; BS §\xa03.2." in render_annual_wheel(two, 2025, format="text")


def test_a_template_dir_replaces_the_wheel_picture(tmp_path: Path) -> None:
    (tmp_path / "svg").mkdir()
    (tmp_path / "svg" / "wheel.j2").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg">{{ text.title }}</svg>\n', encoding="utf-8"
    )
    wheel = AnnualWheel(name="<N>")
    svg = render_annual_wheel(wheel, 2025, template_dir=tmp_path)
    assert svg == '<svg xmlns="http://www.w3.org/2000/svg">Årshjul 2025: &lt;N&gt;</svg>\n'
    html = render_annual_wheel(wheel, 2025, format="html", template_dir=tmp_path)
    assert "Årshjul 2025: &lt;N&gt;</svg>" in html


def test_the_registry_needs_a_year_only_for_a_wheel_without_dates() -> None:
    entry = DOCUMENTS["annual-wheel"]
    assert [(o.name, o.required) for o in entry.options] == [("year", True)]
    dated = AnnualWheel(name="n", activities=[Activity(title="a", date="2026-05-04")])
    assert entry.render(dated, format="markdown").startswith("# Årshjul 2026: n")
    assert entry.render(dated, format="markdown", year=2027).startswith("# Årshjul 2027: n")
    with pytest.raises(InvalidValue, match="year"):
        DOCUMENTS["meeting-calendar"].render(AnnualWheel(name="n"))
    assert entry.render(dated).startswith("<svg")  # the first format is the picture
