"""The one converter: round trips for every public type, and errors that name the path."""

import datetime
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from vardservice.decisions import (
    CaseNumber,
    ProtocolExcerpt,
)
from vardservice.errors import InvalidInput, InvalidValue
from vardservice.fees import (
    Budget,
    FeeSchedule,
    FeeScheduleHistory,
    budget,
)
from vardservice.io import (
    dump,
    dumps,
    from_dict,
    load,
    load_observations,
    load_populations,
    loads,
    to_dict,
)
from vardservice.networks import (
    Network,
    NetworkBudget,
    network_budget,
)
from vardservice.regions import (
    REGIONS,
    PopulationFigure,
    PopulationSource,
    PopulationTable,
    Region,
)
from vardservice.units import Money

# The round trip of every public type (JSON, YAML, TOML) is in test_strategies.py, driven by
# the registry of strategies and a walk of the package for public types.


def test_money_is_written_as_a_plain_string_in_kronor() -> None:
    assert to_dict(Money.of("23.4", "mnkr")) == "23400000.0 kr"
    assert from_dict("23,4 mnkr", Money) == Money.of(23_400_000)
    assert from_dict(40_000, Money) == Money.of(40_000)


def test_regions_are_written_as_codes_and_read_by_code_or_name() -> None:
    assert to_dict(REGIONS[5]) == "07"
    assert from_dict("Region Kronoberg", Region) is REGIONS[5]


def test_budget_writes_its_derived_total_and_checks_it_on_the_way_in() -> None:
    schedule = FeeSchedule.of(2024, {1: 10, 2: 20, 3: 30}, illustrative=True)
    result = budget(["07"], 2024, schedule=schedule, populations=_table())
    data = to_dict(result)
    assert data["total"] == "10 kr"
    assert [row["members"] for row in data["by_tier"]] == [1, 0, 0]
    data["total"] = "11 kr"
    with pytest.raises(InvalidInput, match=r"Budget.total: got '11 kr'.*@ \$"):
        from_dict(data, Budget)


def test_network_budget_writes_its_totals_and_checks_them_on_the_way_in() -> None:
    network = load(
        Path(__file__).resolve().parent.parent / "examples/networks/best_service.yaml", Network
    )
    data = to_dict(network_budget(network, 2024))
    assert (data["income"], data["cost_total"], data["balance"]) == (
        "1520000 kr",
        "1250000 kr",
        "270000 kr",
    )
    assert from_dict(data, NetworkBudget) == network_budget(network, 2024)
    data["balance"] = "1 kr"
    with pytest.raises(InvalidInput, match=r"NetworkBudget.balance: got '1 kr'.*@ \$"):
        from_dict(data, NetworkBudget)


def _table() -> PopulationTable:
    source = PopulationSource(id="t", publisher="t", title="t")
    return PopulationTable(
        [PopulationFigure(region=r.code, year=2023, population=100, source=source) for r in REGIONS]
    )


VALID = {
    "schedules": [
        {
            "valid_from": 2024,
            "illustrative": True,
            "fees": [
                {"tier": 1, "amount": "40 000 kr"},
                {"tier": 2, "amount": "80 tkr"},
                {"tier": 3, "amount": 120000},
            ],
        }
    ]
}


def _with(path: tuple[Any, ...], value: Any) -> Any:
    data = json.loads(json.dumps(VALID))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (("schedules", 0, "valid_from"), "2024", "expected a whole number, got '2024' @ $.schedules[0].valid_from"),
        (("schedules", 0, "valid_from"), 2024.0, "@ $.schedules[0].valid_from"),
        (("schedules", 0, "valid_from"), 1999, "FeeSchedule.valid_from: got 1999"),
        (("schedules", 0, "fees", 1, "amount"), 80000.5, "not a float"),
        (("schedules", 0, "fees", 1, "amount"), "80 euro", "@ $.schedules[0].fees[1].amount"),
        (("schedules", 0, "fees", 2, "tier"), 4, "expected one of [1, 2, 3], got 4 @ $.schedules[0].fees[2].tier"),
        (("schedules", 0, "fees", 2, "tier"), True, "@ $.schedules[0].fees[2].tier"),
        (("schedules", 0, "illustrative"), "yes", "expected true or false, got 'yes' @ $.schedules[0].illustrative"),
        (("schedules", 0, "illustrative"), False, "FeeSchedule.reference: got None"),
        (("schedules", 0, "extra"), 1, "extra fields found (extra) @ $.schedules[0]"),
        (("schedules",), "abc", "expected a list, got 'abc' @ $.schedules"),
        (("schedules", 0), [], "expected a mapping with the fields of FeeSchedule"),
    ],
)  # fmt: skip
def test_each_problem_names_its_path(path: tuple[Any, ...], value: Any, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        from_dict(_with(path, value), FeeScheduleHistory)
    assert any(problem in p for p in caught.value.problems), caught.value.problems


def test_several_problems_are_all_reported() -> None:
    data = _with(("schedules", 0, "valid_from"), "x")
    data["schedules"][0]["fees"][0]["tier"] = 9
    with pytest.raises(InvalidInput) as caught:
        from_dict(data, FeeScheduleHistory)
    assert len(caught.value.problems) == 2


@pytest.mark.parametrize(
    ("text", "fmt", "problem"),
    [
        ("", "yaml", "the document is empty"),
        ("null", "json", "the document is empty"),
        ("[1, 2", "json", "not valid JSON"),
        ("a = ", "toml", "not valid TOML"),
        ("a: [", "yaml", "not valid YAML"),
        ("!!python/object/apply:os.system ['echo pwned']", "yaml", "not valid YAML"),
        ("[]", "json", "expected a mapping"),
    ],
)
def test_unreadable_documents(text: str, fmt: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem.replace("[", r"\[")):
        loads(text, FeeScheduleHistory, format=fmt)  # type: ignore[arg-type]


def test_json_floats_are_refused_for_money() -> None:
    text = json.dumps(VALID).replace('"80 tkr"', "80000.0")
    with pytest.raises(InvalidInput, match="not a float"):
        loads(text, FeeScheduleHistory)


def test_load_and_dump_pick_the_format_from_the_suffix(tmp_path: Path) -> None:
    history = from_dict(VALID, FeeScheduleHistory)
    for suffix in (".json", ".yaml", ".yml", ".toml"):
        path = tmp_path / f"fees{suffix}"
        dump(history, path)
        assert load(path, FeeScheduleHistory) == history
    with pytest.raises(InvalidInput, match="unknown file type '.txt'"):
        load(tmp_path / "fees.txt", FeeScheduleHistory)
    with pytest.raises(InvalidInput, match="cannot read the file") as caught:
        load(tmp_path / "missing.toml", FeeScheduleHistory)
    assert caught.value.origin == str(tmp_path / "missing.toml")


def test_toml_cannot_hold_a_bare_value() -> None:
    with pytest.raises(InvalidValue, match="a mapping"):
        dumps(Money.of(1), format="toml")


def test_loads_refuses_unknown_formats() -> None:
    with pytest.raises(InvalidValue, match="loads.format"):
        loads("{}", FeeScheduleHistory, format="xml")  # type: ignore[arg-type]


def test_own_population_figures_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "pop.csv"
    path.write_text(
        "code,year,population,source,url\n"
        "07,2025,204 000,SCB BE0101N1 2026-02-20,https://www.scb.se/\n"
        "Halland,2025,345000,SCB BE0101N1 2026-02-20,\n",
        encoding="utf-8",
    )
    table = load_populations(path)
    assert [(f.region, f.year, f.population) for f in table.figures] == [
        ("07", 2025, 204_000),
        ("13", 2025, 345_000),
    ]
    assert table.figures[0].source.url == "https://www.scb.se/"
    assert table.figures[1].source.url is None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("code,year,population\n07,2025,1\n", "missing columns: source"),
        ("code,year,population,source\n99,2025,1,SCB\n", "no region matches '99' @ line 2"),
        ("code,year,population,source\n07,2025,-1,SCB\n", "PopulationFigure.population"),
        ("code,year,population,source\n07,20x5,1,SCB\n", "PopulationFigure.year"),
        ("code,year,population,source\n07,2025,1,\n", "PopulationFigure.source"),
        ("code,year,population,source\n07,2025,1,SCB\n7,2025,2,SCB\n", "at most one figure"),
    ],
)
def test_bad_population_csv_names_the_line(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "pop.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput, match=problem.replace("(", r"\(")):
        load_populations(path)


CSV_HEADER = "region,year,key_figure,value,unit\n"


def test_observations_load_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "obs.csv"
    path.write_text(CSV_HEADER + '07,2022,LV1,310,kr/m**2\nHalland,2022,LV1,"0,29",tkr/m**2\n')
    rows = load_observations(path)
    assert [(o.region, o.value, o.unit) for o in rows] == [
        ("07", Decimal("310"), "kr/m**2"),
        ("13", Decimal("0.29"), "tkr/m**2"),
    ]


def test_bad_csv_lines_are_each_named(tmp_path: Path) -> None:
    path = tmp_path / "obs.csv"
    path.write_text(
        CSV_HEADER + "07,2022,LV1,310,kr/m**2\n99,2022,LV1,1,kr/m**2\n07,20x,LV1,1,kr\n"
    )
    with pytest.raises(InvalidInput) as info:
        load_observations(path)
    assert [p.rsplit("@ ", 1)[1] for p in info.value.problems] == ["line 3", "line 4"]


def test_observations_load_from_a_benchmark_document(tmp_path: Path) -> None:
    path = tmp_path / "data.yaml"
    path.write_text(
        "key_figures:\n"
        "  - {id: LV1, name_sv: a, name_en: b, unit: kr/m**2, area: lokalvård, lower_is_better: true}\n"
        "observations:\n"
        "  - {key_figure: LV1, region: '07', year: 2022, value: '310', unit: kr/m**2}\n"
    )
    assert load_observations(path)[0].value == Decimal(310)
    path.write_text(path.read_text().replace("'310'", "310.5"))
    with pytest.raises(InvalidInput, match=r"observations\[0\]\.value"):
        load_observations(path)


def test_case_numbers_are_written_as_printed_and_read_leniently() -> None:
    number = CaseNumber(prefix="HSN", serial=938, year=2020)
    assert to_dict(number) == "HSN 938-2020"
    assert from_dict("hsn 938–2020", CaseNumber) == number


EXCERPT = {
    "body": "Hälso- och sjukvårdsnämndens arbetsutskott",
    "meeting_date": "2020-11-18",
    "paragraph": 90,
    "title": "Vårdnära service",
    "case_number": "HSN 938-2020",
}


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("case_number", "HSN 938-20", "CaseNumber.year: got '20'"),
        ("case_number", "938-2020", "CaseNumber.prefix"),
        ("case_number", 938, "expected a case number such as 'HSN 938-2020', got 938"),
        (
            "meeting_date",
            "18 november 2020",
            "ISO 8601, e.g. '2020-11-18'), got '18 november 2020'",
        ),
        # a validator's error names the field in the message and is reported at its path
        ("paragraph", 0, "ProtocolExcerpt.paragraph: got 0; expected a whole number from 1"),
        ("summary", "text", "expected a list, got 'text'"),
    ],
)
def test_bad_excerpt_documents_name_the_path(field: str, value: Any, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        from_dict(EXCERPT | {field: value}, ProtocolExcerpt)
    path = f"$.{field}"
    assert any(problem in p and p.endswith(f"@ {path}") for p in caught.value.problems), (
        caught.value.problems
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            datetime.datetime(2024, 1, 1, 9, tzinfo=datetime.UTC),
            r"expected a date without a time, got datetime",
        ),
        (" 2024-01-01", r"expected a date \(ISO 8601.*got ' 2024-01-01' @ \$\.date"),
        (5, r"expected a date \(ISO 8601.*got 5 @ \$\.date"),
    ],
    ids=["datetime", "blanks", "number"],
)
def test_a_date_field_refuses_a_time_blanks_and_numbers(value: object, message: str) -> None:
    from vardservice.planning import Activity

    with pytest.raises(InvalidInput, match=message):
        from_dict({"title": "x", "date": value}, Activity)
    # A Python date (not a string) is taken as it is, from the Python API's dicts.
    day = from_dict({"title": "x", "date": datetime.date(2024, 3, 1)}, Activity).date
    assert day is not None and (day.year, day.month, day.day) == (2024, 3, 1)


def test_finding_evidence_takes_a_list_of_text_and_refuses_a_float() -> None:
    from vardservice.rules import Finding

    data = {
        "code": "SP001",
        "severity": "error",
        "message": "m",
        "path": "$",
        "source": "SFBV §5.1.1",
        "evidence": {"regions": ["07", "12"]},
    }
    assert from_dict(data, Finding).evidence == {"regions": ("07", "12")}
    with pytest.raises(InvalidInput, match=r"a list of text, got 1\.5 @ \$\.evidence\['x'\]"):
        from_dict(dict(data, evidence={"x": 1.5}), Finding)
