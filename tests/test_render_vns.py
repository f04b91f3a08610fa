"""VNS renderers: the RGS-VNS memo, the business case and the task catalogue."""

from pathlib import Path

import markupsafe
import pytest
from hypothesis import given

from _examples import at_most
from vardservice import strategies
from vardservice.errors import InvalidValue
from vardservice.render import (
    DOCUMENTS,
    render_business_case,
    render_task_catalogue,
    render_vns_memo,
)
from vardservice.render._env import BINARY_FORMATS
from vardservice.units import Money
from vardservice.vns import (
    BusinessCase,
    Frequency,
    ScopeItem,
    ServiceAgreement,
    ServiceTask,
    TaskCatalogue,
    VnsCase,
    Ward,
    business_case,
    staffing_reduction,
)

AGREEMENT = ServiceAgreement(
    name="VNS, Hallands sjukhus",
    forecast_cost="23,4 mnkr",
    compensation="11,0 mnkr",
    scope=[
        ScopeItem(name="helgtjänstgöring", note="för servicepersonal"),
        ScopeItem(name="slutstädning"),
        ScopeItem(name="måltider", documented=True),
    ],
)
# 10 wards and 600 kr/h are illustrative: RGS-VNS gives neither; together they give 12 mnkr.
REDUCTION = staffing_reduction(
    [Ward(name=f"Avdelning {i}", available_beds=15, inpatient=True) for i in range(10)],
    2018,
    cost_per_hour="600 kr",
)
CASE = business_case(
    2021,
    costs=["2 mnkr", "1 mnkr", "1,5 mnkr"],
    benefits=["0,6 mnkr", "1,8 mnkr", "3 mnkr"],
    illustrative=True,
)
CATALOGUE = TaskCatalogue(
    tasks=[
        ServiceTask(name="Måltidshantering", frequency=Frequency.PER_DAY, minutes=90, wards=4),
        ServiceTask(name="Slutstädning", frequency=Frequency.PER_WEEK, minutes="37.5", wards=4),
    ],
    year=2024,
    cost_per_hour=Money.of(380),
)


EXAMPLES = Path(__file__).parent.parent / "examples"


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def test_memo_in_swedish_words_the_deviation_as_rgs_vns_does() -> None:
    lines = plain(render_vns_memo(AGREEMENT, reduction=REDUCTION, provider="RGS")).splitlines()
    assert lines[0] == "# Beslutsunderlag: VNS, Hallands sjukhus"
    assert "## Ekonomiska konsekvenser" in lines
    # The seed's own words (RGS-VNS, "Ekonomiska konsekvenser").
    assert (
        "RGS prognosticerade helårskostnad för att utföra uppdraget är i dagsläget 23,4 mnkr. "
        "Den ersättning RGS får för utfört uppdrag är 11,0 mnkr, vilket innebär att RGS har "
        "en negativ avvikelse på helår om 12,4 mnkr."
    ) in lines
    assert "| Prognosticerad helårskostnad | 23,4 mnkr |" in lines
    assert "| Ersättning | 11,0 mnkr |" in lines
    assert "| Avvikelse | −12,4 mnkr |" in lines
    assert "- helgtjänstgöring: för servicepersonal" in lines
    assert "- slutstädning" in lines
    assert "- måltider" not in lines  # documented
    assert (
        "På 10 slutenvårdsavdelningar med fler än 14 disponibla vårdplatser tas 8 timmar per "
        "dag måndag–fredag ur bemanningsplanerna, 250 arbetsdagar år 2018. Det motsvarar "
        "12,0 mnkr, årseffekt. Timkostnad: 600 kr (ett antagande, inte en uppgift från källan)."
    ) in lines
    # VNS001 is a warning: "bör", never "ska".
    assert "Samtliga överenskommelser som träffas om uppdraget bör dokumenteras." in lines
    assert not [line for line in lines if " ska " in line]
    # The amounts come from "Ekonomiska konsekvenser"; the scope and the staffing figures
    # from "Varför ökar kostnaderna?".
    sources = [line for line in lines if line.startswith("Källa: ")]
    assert sources == [
        "Källa: RGS-VNS, Ekonomiska konsekvenser.",
        "Källa: RGS-VNS, Varför ökar kostnaderna?",
        "Källa: RGS-VNS, Varför ökar kostnaderna?",
    ]
    assert lines[-1] == "Källa: RGS-VNS, Varför ökar kostnaderna?"


def test_memo_in_english_and_without_a_provider() -> None:
    lines = plain(render_vns_memo(AGREEMENT, lang="en")).splitlines()
    assert lines[0] == "# Decision memo: VNS, Hallands sjukhus"
    assert (
        "The forecast full-year cost of performing the assignment is currently 23.4 MSEK. The "
        "compensation for the assignment performed is 11.0 MSEK, which means a negative "
        "full-year deviation of 12.4 MSEK."
    ) in lines
    assert "## Reduced staffing" not in lines


@pytest.mark.parametrize(
    ("compensation", "words"),
    [
        ("30 mnkr", "vilket innebär en positiv avvikelse på helår om 6,6 mnkr."),
        ("23,4 mnkr", "vilket innebär att ersättningen täcker helårskostnaden."),
    ],
)
def test_memo_words_a_surplus_and_a_balance(compensation: str, words: str) -> None:
    agreement = ServiceAgreement(name="A", forecast_cost="23,4 mnkr", compensation=compensation)
    text = plain(render_vns_memo(agreement, format="text"))
    assert words in text
    assert "Samtliga överenskommelser om uppdragets omfattning är dokumenterade." in text


@pytest.mark.parametrize(
    ("provider", "genitive"), [("RGS", "RGS"), ("Regionservice", "Regionservices")]
)
def test_memo_puts_the_provider_in_the_genitive(provider: str, genitive: str) -> None:
    text = render_vns_memo(AGREEMENT, provider=provider, format="text")
    assert f"{genitive} prognosticerade helårskostnad" in text


def test_business_case_table_and_break_even() -> None:
    lines = plain(render_business_case(CASE)).splitlines()
    assert lines[0] == "# Kalkyl 2021–2023"
    assert "*Beloppen är illustrativa exempel, inte en verklig plan.*" in lines
    assert "| År | Kostnad | Nytta | Netto | Ackumulerat |" in lines
    assert "| 2021 | 2,0 mnkr | 0,6 mnkr | −1,4 mnkr | −1,4 mnkr |" in lines
    assert "| 2022 | 1,0 mnkr | 1,8 mnkr | 0,8 mnkr | −0,6 mnkr |" in lines
    assert "| 2023 | 1,5 mnkr | 3,0 mnkr | 1,5 mnkr | 0,9 mnkr |" in lines
    assert "Brytpunkten nås år 2023." in lines
    english = plain(render_business_case(CASE, lang="en", unit="tkr"))
    assert "| 2021 | 2,000 kSEK | 600 kSEK | -1,400 kSEK | -1,400 kSEK |" in english
    assert "The business case breaks even in 2023." in english


def test_business_case_that_never_breaks_even() -> None:
    case = business_case(2021, costs=[5], benefits=[1], reference="Beslut 2021-01-01")
    text = plain(render_business_case(case, format="text", unit="kr"))
    assert "Brytpunkten nås inte inom perioden." in text
    assert "Beslut: Beslut 2021-01-01." in text


def test_task_catalogue_table() -> None:
    lines = plain(render_task_catalogue(CATALOGUE)).splitlines()
    assert lines[0] == "# Uppdragskatalog för vårdnära service 2024"
    assert "| Måltidshantering | per dag | 90 | 4 | 366 | 2 196,0 | 1,29 | 834 480 kr |" in lines
    assert "| Slutstädning | per vecka | 37,5 | 4 | 52 | 130,0 | 0,08 | 49 400 kr |" in lines
    assert "| **Totalt** |  |  |  |  | **2 326,0** | **1,37** | **883 880 kr** |" in lines
    assert any("en årsarbetare är 1 700 timmar per år." in line for line in lines)
    assert any("ett år räknas som 52 veckor;" in line for line in lines)
    english = plain(render_task_catalogue(CATALOGUE, lang="en"))
    assert "| Måltidshantering | per day | 90 | 4 | 366 | 2,196.0 | 1.29 | 834,480 SEK |" in english


def test_html_escapes_user_strings() -> None:
    evil = "<script>alert('x')</script> & co"
    agreement = ServiceAgreement(
        name=evil, forecast_cost=1, compensation=0, scope=[ScopeItem(name=evil, note=evil)]
    )
    memo = render_vns_memo(agreement, provider=evil, format="html")
    assert "<script>" not in memo
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co" in memo
    case = business_case(2021, costs=[1], benefits=[1], reference=evil)
    assert "<script>" not in render_business_case(case, format="html")
    catalogue = TaskCatalogue(
        tasks=[ServiceTask(name=evil, frequency=Frequency.PER_DAY, minutes=1)],
        year=2024,
        cost_per_hour=Money(1),
    )
    assert "<script>" not in render_task_catalogue(catalogue, format="html")


def test_renderers_refuse_wrong_arguments() -> None:
    with pytest.raises(InvalidValue, match="agreement"):
        render_vns_memo(CASE)  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="provider"):
        render_vns_memo(AGREEMENT, provider=" ")
    with pytest.raises(InvalidValue, match="unit"):
        render_business_case(CASE, unit="SEK")
    with pytest.raises(InvalidValue, match="format"):
        render_task_catalogue(CATALOGUE, format="pdf")  # type: ignore[arg-type]


@at_most(25)
@given(
    agreement=strategies.service_agreements(),
    case=strategies.business_cases(),
    catalogue=strategies.task_catalogues(),
)
def test_rendering_any_generated_object_never_raises_and_escapes(
    agreement: ServiceAgreement, case: BusinessCase, catalogue: TaskCatalogue
) -> None:
    for fmt in ("markdown", "html", "text"):
        for lang in ("sv", "en"):
            assert render_vns_memo(agreement, reduction=REDUCTION, format=fmt, lang=lang)
            assert render_business_case(case, format=fmt, lang=lang)
            assert render_task_catalogue(catalogue, format=fmt, lang=lang)
    memo = render_vns_memo(agreement, format="html")
    assert str(markupsafe.escape(agreement.name)) in memo


# --- document trees: the registry, deliberate improvements ---------------------------------


@pytest.mark.parametrize("kind", ["vns-memo", "business-case", "task-catalogue"])
def test_each_vns_document_renders_its_example_in_every_format_and_language(kind: str) -> None:
    doc = DOCUMENTS[kind]
    assert doc.example is not None
    for fmt in doc.formats:
        if fmt in BINARY_FORMATS:  # files, not text: tests/test_docx.py opens them
            continue
        for lang in ("sv", "en"):
            text = doc.render(doc.example(), format=fmt, lang=lang)
            if fmt == "html":
                assert text.count("<h1>") == 1
            elif fmt == "markdown":
                assert sum(line.startswith("# ") for line in text.splitlines()) == 1
            else:
                assert text.strip()


def test_the_memo_has_one_title_and_its_sections_are_level_two() -> None:
    markdown = render_vns_memo(AGREEMENT, reduction=REDUCTION, provider="RGS")
    assert [line for line in markdown.splitlines() if line.startswith("# ")] == [
        "# Beslutsunderlag: VNS, Hallands sjukhus"
    ]
    html = render_vns_memo(AGREEMENT, reduction=REDUCTION, format="html")
    assert html.count("<h1>") == 1
    assert html.count("<h2>") == 3


def test_the_memo_renders_from_a_vns_case_as_from_its_parts() -> None:
    case = VnsCase(
        agreement=AGREEMENT,
        provider="RGS",
        wards=[Ward(name=f"Avdelning {i}", available_beds=15, inpatient=True) for i in range(10)],
        year=2018,
        cost_per_hour="600 kr",
    )
    assert DOCUMENTS["vns-memo"].reads is VnsCase
    for fmt in ("markdown", "html", "text"):
        assert DOCUMENTS["vns-memo"].render(case, format=fmt) == render_vns_memo(
            AGREEMENT, reduction=case.reduction(), provider="RGS", format=fmt
        )


def test_the_memo_table_lists_labelled_values() -> None:
    html = plain(render_vns_memo(AGREEMENT, format="html"))
    assert "<thead>" not in html
    assert '<tr><th scope="row">Avvikelse</th><td class="number">−12,4 mnkr</td></tr>' in html
    lines = plain(render_vns_memo(AGREEMENT, format="text")).splitlines()
    assert lines[lines.index("Prognosticerad helårskostnad   23,4 mnkr") - 1] == ""


def test_one_eligible_ward_is_said_in_the_singular() -> None:
    reduction = staffing_reduction(
        [Ward(name="A", available_beds=15, inpatient=True)], 2018, cost_per_hour="600 kr"
    )
    text = plain(render_vns_memo(AGREEMENT, reduction=reduction, format="text"))
    assert (
        "På 1 slutenvårdsavdelning med fler än 14 disponibla vårdplatser tas 8 timmar per "
        "dag måndag–fredag ur bemanningsplanen, 250 arbetsdagar år 2018."
    ) in text
    english = plain(render_vns_memo(AGREEMENT, reduction=reduction, format="text", lang="en"))
    assert "On 1 inpatient ward with more than 14 available beds, 8 hours a day Monday–Friday" in (
        english
    )


def test_no_eligible_ward_is_said_in_words_not_as_zero_wards() -> None:
    reduction = staffing_reduction(
        [Ward(name="A", available_beds=14, inpatient=True)], 2018, cost_per_hour="600 kr"
    )
    text = plain(render_vns_memo(AGREEMENT, reduction=reduction, format="text"))
    assert (
        "Ingen slutenvårdsavdelning har fler än 14 disponibla vårdplatser, så inga timmar tas "
        "ur bemanningsplanerna år 2018."
    ) in text
    assert "På 0" not in text


def test_the_cost_per_hour_keeps_its_places() -> None:
    reduction = staffing_reduction(
        [Ward(name="A", available_beds=15, inpatient=True)], 2018, cost_per_hour="612.5 kr"
    )
    text = plain(render_vns_memo(AGREEMENT, reduction=reduction, format="text"))
    assert "Timkostnad: 612,5 kr (ett antagande" in text


def test_the_catalogue_without_eves_off_says_so() -> None:
    catalogue = TaskCatalogue(
        tasks=CATALOGUE.tasks, year=2024, cost_per_hour=Money.of(380), eves_off=False
    )
    text = plain(render_task_catalogue(catalogue, format="text"))
    assert "(måndag–fredag utom helgdagar); ett år räknas som 52 veckor;" in text


def test_the_catalogue_total_is_bold_in_html_too() -> None:
    html = plain(render_task_catalogue(CATALOGUE, format="html"))
    assert '<td class="number"><strong>883 880 kr</strong></td>' in html


def test_the_business_case_renders_from_a_vns_case_file() -> None:
    from vardservice.io import load

    business = DOCUMENTS["business-case"]
    assert business.reads is VnsCase
    case = load(EXAMPLES / "vns" / "halland_rgs_vns.yaml", VnsCase)
    assert business.prepare is not None
    prepared = business.prepare(case, unit="tkr")
    assert "| 2021 | 2 000 tkr | 600 tkr | −1 400 tkr | −1 400 tkr |" in plain(
        business.render(prepared, unit="tkr")
    )
    with pytest.raises(InvalidValue, match="business_case"):
        business.prepare(VnsCase(agreement=AGREEMENT))


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: render_vns_memo(CASE), "render_vns_memo.agreement"),  # type: ignore[arg-type]
        (lambda: render_vns_memo(AGREEMENT, reduction=CASE), "render_vns_memo.reduction"),  # type: ignore[arg-type]
        (lambda: render_vns_memo(AGREEMENT, provider="  "), "render_vns_memo.provider"),
        (lambda: render_vns_memo(AGREEMENT, provider=3), "render_vns_memo.provider"),  # type: ignore[arg-type]
        (lambda: render_vns_memo(AGREEMENT, illustrative=1), "render_vns_memo.illustrative"),  # type: ignore[arg-type]
        (
            lambda: render_vns_memo(AGREEMENT, business_case=REDUCTION),  # type: ignore[arg-type]
            "render_vns_memo.business_case",
        ),
        (lambda: render_business_case(AGREEMENT), "render_business_case.case"),  # type: ignore[arg-type]
        (lambda: render_task_catalogue(CASE), "render_task_catalogue.catalogue"),  # type: ignore[arg-type]
    ],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_a_wrong_argument_is_named_not_rendered(call: object, field: str) -> None:
    with pytest.raises(InvalidValue, match=field.replace(".", r"\.")):
        call()  # type: ignore[operator]
