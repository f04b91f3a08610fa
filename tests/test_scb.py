"""SCB's own population files (vardservice.io.populations_from_scb) and `populations import`.

The samples in tests/data/scb/ were written by hand from SCB's format descriptions;
tests/data/scb/README.md says which figures are real: only Riket 2024 (10 587 710)
and 01 Stockholms län 2024 (2 473 307, SCB, 31 December 2024) are asserted as real;
every other county figure there is FICTITIOUS.
"""

import datetime
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from vardservice.cli import main
from vardservice.errors import InvalidInput
from vardservice.io import (
    MAX_SCB_BYTES,
    ScbFetchError,
    fetch_scb_populations,
    load_populations,
    load_scb_populations,
    populations_from_scb,
)
from vardservice.regions import REGIONS

DATA = Path(__file__).parent / "data" / "scb"
CSV = DATA / "BE0101N1_latin1.csv"
PX = DATA / "BE0101N1.px"
JSONSTAT = DATA / "BE0101N1_jsonstat2.json"
DAY = datetime.date(2025, 3, 1)
STOCKHOLM_2024 = 2_473_307  # REAL: SCB, 31 December 2024


@pytest.mark.parametrize(
    ("path", "fmt"), [(CSV, "csv"), (PX, "px"), (JSONSTAT, "json-stat")], ids=str
)
def test_each_format_gives_the_counties_and_leaves_out_riket_and_a_municipality(
    path: Path, fmt: str
) -> None:
    result = load_scb_populations(path, retrieved=DAY)
    assert result.format == fmt
    assert (result.country_total, result.municipalities, result.left_out) == (1, 1, 2)
    table = result.table
    assert table.years == (2023, 2024)
    assert sorted({f.region for f in table.figures}) == ["01", "07", "14"]
    assert table.get("01", 2024).population == STOCKHOLM_2024
    assert table.get("14", 2024).population == 1_751_000  # fictitious
    # Riket is not summed in, nor added as a figure
    assert sum(f.population for f in table.figures if f.year == 2024) != 10_587_710
    source = table.get("07", 2023).source
    assert source.publisher == "Statistiska centralbyrån (SCB)"
    assert "BE0101N1" in source.title and "2025-03-01" in source.note
    assert source.url is not None and source.url.startswith(
        "https://www.statistikdatabasen.scb.se/"
    )


def test_the_format_is_sniffed_from_the_content_without_a_suffix() -> None:
    for path, fmt in ((CSV, "csv"), (PX, "px"), (JSONSTAT, "json-stat")):
        assert populations_from_scb(path.read_bytes(), retrieved="2025-03-01").format == fmt


@pytest.mark.parametrize("encoding", ["latin-1", "utf-8", "utf-8-sig"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_in_any_encoding_and_delimiter_reads_the_same(encoding: str, delimiter: str) -> None:
    text = CSV.read_bytes().decode("latin-1").replace(";", delimiter)
    result = populations_from_scb(text.encode(encoding), retrieved=DAY, format="csv")
    assert result.table.get("Västra Götaland", 2023).population == 1_744_000  # fictitious
    assert result.table.get("01", 2024).population == STOCKHOLM_2024


def test_csv_long_form_and_names_without_codes() -> None:
    text = (
        '"region","år","Folkmängd"\n"Riket","2024","10587710"\n'
        '"Stockholms län","2024","2473307"\n"Växjö","2024","100000"\n'
    )
    result = populations_from_scb(text.encode(), retrieved=DAY)
    assert [(f.region, f.population) for f in result.table.figures] == [("01", STOCKHOLM_2024)]
    assert (result.country_total, result.municipalities) == (1, 1)


BROKEN = {
    "csv, a county without a figure": (
        b'"region";"2024"\n"01 Stockholms l\xe4n";..\n',
        r"no figure.* @ line 2",
    ),
    "csv, an unknown county code": (b'"region";"2024"\n"02 Nowhere";1\n', r"'02'.* @ line 2"),
    "csv, another variable": (
        b'"region";"k\xf6n";"2024"\n"01 Stockholms l\xe4n";"m\xe4n";1\n',
        r"k\u00f6n.* @ line 1",
    ),
    "csv, a short row": (b'"region";"2023";"2024"\n"01 Stockholms l\xe4n";1\n', r"@ line 2"),
    "px, a missing figure": (
        PX.read_bytes().replace(b"1744000 1751000;", b"1744000;"),
        r"9 figures; the variables make 10 @ DATA line 2[0-9]",
    ),
    "px, a figure that is no number": (
        PX.read_bytes().replace(b"2451000 ", b"2451x00 "),
        r"'2451x00' @ DATA line 28",
    ),
    "px, no DATA": (PX.read_bytes().split(b"DATA=")[0], r"no DATA"),
    "px, codes that do not match": (
        PX.read_bytes().replace(b'"0114",', b""),
        r'4 codes for 5 values @ CODES\("region"\) line 23',
    ),
    "json-stat, a wrong size": (
        JSONSTAT.read_bytes().replace(b'"size": [\n    5,', b'"size": [\n    4,'),
        r"@ \$\.size\[0\]",
    ),
    "json-stat, a text figure": (
        JSONSTAT.read_bytes().replace(b"2473307", b'"many"'),
        r"'many' @ \$\.value\[3\]",
    ),
    "json-stat, not JSON": (b'{"version": "2.0",', r"not JSON.* @ line 1"),
    "json-stat, a second dimension with values": (
        JSONSTAT.read_bytes().replace(b'"size": [\n    5,\n    1,', b'"size": [\n    5,\n    2,'),
        r"@ \$\.size\[1\]",
    ),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_file_is_one_invalid_input_naming_the_line_or_key(name: str) -> None:
    data, pattern = BROKEN[name]
    with pytest.raises(InvalidInput, match=pattern) as caught:
        populations_from_scb(data, retrieved=DAY, origin="x")
    assert len(caught.value.problems) == 1
    assert caught.value.origin == "x"


def test_too_large_and_not_bytes_and_bad_arguments_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="at most"):
        populations_from_scb(b" " * (MAX_SCB_BYTES + 1), retrieved=DAY)
    big = tmp_path / "big.csv"
    big.write_bytes(b" " * (MAX_SCB_BYTES + 1))
    with pytest.raises(InvalidInput, match="MAX_SCB_BYTES"):
        load_scb_populations(big, retrieved=DAY)
    with pytest.raises(InvalidInput, match="expected bytes"):
        populations_from_scb("text", retrieved=DAY)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="retrieved"):
        populations_from_scb(CSV.read_bytes(), retrieved="yesterday")
    with pytest.raises(InvalidInput, match="table"):
        populations_from_scb(CSV.read_bytes(), retrieved=DAY, table="../x")
    with pytest.raises(InvalidInput, match="cannot read"):
        load_scb_populations(tmp_path / "missing.px", retrieved=DAY)


def test_cli_import_writes_a_csv_that_regions_and_load_populations_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "populations.csv"
    argv = ["populations", "import", str(PX), "--retrieved", "2025-03-01", "--output", str(out)]
    assert main(argv) == 0
    said = capsys.readouterr().out
    assert "6 figures of 3 regions" in said and "1 municipalities" in said
    table = load_populations(out)
    assert table.get("01", 2024).population == STOCKHOLM_2024
    assert "Statistiska centralbyrån (SCB)" in table.get("01", 2024).source.title
    # 2023 is complete in the shipped figures; the imported (fictitious) ones lie over them
    assert main(["regions", "--year", "2023", "--populations", str(out), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    stockholm = next(row for row in rows if row["code"] == "01")
    assert stockholm["population"] == 2_451_000


def test_cli_import_to_stdout_and_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["populations", "import", str(JSONSTAT), "--retrieved", "2025-03-01"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("code,year,population,source,url,grade\n01,2023,")
    assert "left out: 1 country total" in captured.err
    bad = tmp_path / "bad.px"
    bad.write_bytes(PX.read_bytes().replace(b"2451000 ", b"2451x00 "))
    assert main(["populations", "import", str(bad), "--retrieved", "2025-03-01"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DATA line 28" in err


# --- populations fetch: SCB's PxWebApi 2, replayed with respx (no network in tests) ---------

FETCH_RESPONSE = DATA / "TAB638_2025_response.json"  # every figure FICTITIOUS (README.md)
API_DATA = "https://statistikdatabasen.scb.se/api/v2/tables/TAB638/data"


@respx.mock
def test_fetch_asks_for_the_21_counties_in_json_stat_2_and_reads_the_answer() -> None:
    route = respx.post(API_DATA).mock(
        return_value=httpx.Response(200, content=FETCH_RESPONSE.read_bytes())
    )
    result = fetch_scb_populations(2025, retrieved=DAY)
    request = route.calls.last.request
    assert dict(request.url.params) == {"lang": "sv", "outputFormat": "json-stat2"}
    body = json.loads(request.content)
    assert body["selection"][0] == {
        "variableCode": "Region",
        "valueCodes": [r.code for r in REGIONS],
    }
    assert body["selection"][1:] == [
        {"variableCode": "ContentsCode", "valueCodes": ["BE0101N1"]},
        {"variableCode": "Tid", "valueCodes": ["2025"]},
    ]
    assert result.table.complete_years() == (2025,)
    figure = result.table.get("Norrbotten", 2025)
    assert figure.population == 300_000  # fictitious
    assert (figure.grade, figure.source.publisher) == ("scb", "Statistiska centralbyrån (SCB)")
    assert "TAB638" in figure.source.title and "2025-03-01" in figure.source.note


@respx.mock
def test_fetch_a_rate_limit_answer_says_to_wait() -> None:
    respx.post(API_DATA).mock(
        return_value=httpx.Response(429, headers={"Retry-After": "10"}, text="Too Many Requests")
    )
    with pytest.raises(ScbFetchError, match=r"too many requests \(HTTP 429.*Wait 10 seconds") as e:
        fetch_scb_populations(2025)
    assert e.value.reason == "rate-limited"


@respx.mock
def test_fetch_a_timeout_says_so_and_how_to_import_instead() -> None:
    respx.post(API_DATA).mock(side_effect=httpx.ReadTimeout("timed out"))
    with pytest.raises(ScbFetchError, match="did not answer within 5 seconds") as caught:
        fetch_scb_populations(2025, timeout=5)
    assert caught.value.reason == "timeout"
    assert "vardservice populations import FILE" in str(caught.value)


@respx.mock
def test_fetch_offline_says_it_needs_the_network_and_how_to_import_a_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    respx.post(API_DATA).mock(side_effect=httpx.ConnectError("Name or service not known"))
    assert main(["populations", "fetch", "--year", "2025"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "needs the network" in err and "vardservice populations import FILE" in err


@respx.mock
def test_fetch_another_http_error_names_the_status_and_a_wrong_answer_the_key() -> None:
    respx.post(API_DATA).mock(
        return_value=httpx.Response(400, json={"title": "Missing selection", "status": 400})
    )
    with pytest.raises(ScbFetchError, match="HTTP 400 for table TAB638, year 2025: .*Missing"):
        fetch_scb_populations(2025)
    respx.post(API_DATA).mock(return_value=httpx.Response(200, json={"version": "2.0"}))
    with pytest.raises(InvalidInput):
        fetch_scb_populations(2025)


@respx.mock
def test_cli_fetch_then_regions_and_fees_use_the_fetched_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    respx.post(API_DATA).mock(return_value=httpx.Response(200, content=FETCH_RESPONSE.read_bytes()))
    out = tmp_path / "scb-2025.csv"
    assert main(["populations", "fetch", "--year", "2025", "--output", str(out)]) == 0
    assert "21 figures of 21 regions, 2025–2025" in capsys.readouterr().out
    assert main(["regions", "--year", "2025", "--populations", str(out), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 21 and {row["grade"] for row in rows} == {"scb"}
    schedule = str(Path(__file__).parent.parent / "examples/fees/best_service_illustrative.toml")
    argv = ["fees", "--schedule", schedule, "--year", "2026", "--populations", str(out)]
    assert main([*argv, "--format", "json"]) == 0
    members = json.loads(capsys.readouterr().out)["members"]
    assert {(m["population_table"], m["grade"]) for m in members} == {("yours", "scb")}


# --- the cube readers' other shapes and refusals (issue 12: branch coverage) ------------------


def _jsonstat(change: object) -> bytes:
    """Return the JSON-stat sample after ``change(document)`` edited it in place."""
    document = json.loads(JSONSTAT.read_bytes())
    change(document)  # type: ignore[operator]
    return json.dumps(document).encode()


def _px(text: str) -> bytes:
    return text.encode("utf-8")


_PX_TWO = (
    'STUB="region";\nHEADING="år";\n'
    'VALUES("region")="Stockholms län","Kronobergs län";\nVALUES("år")="2024";\n'
    'CODES("region")="01","07";\nDATA=\n2473307\n204000;'
)


def _sparse(document: dict[str, object]) -> None:
    values = document["value"]
    assert isinstance(values, list)
    document["value"] = {str(i): v for i, v in enumerate(values)}


def _index_as_list(document: dict[str, object]) -> None:
    dimension = document["dimension"]
    assert isinstance(dimension, dict)
    category = dimension["Region"]["category"]
    category["index"] = sorted(category["index"], key=category["index"].__getitem__)


def _no_single_index(document: dict[str, object]) -> None:
    dimension = document["dimension"]
    assert isinstance(dimension, dict)
    del dimension["ContentsCode"]["category"]["index"]  # one category: the index may go


def _dimension(name: str, value: object) -> Any:
    def change(document: dict[str, Any]) -> None:
        document["dimension"][name] = value

    return change


def _category(name: str, key: str, value: object) -> Any:
    def change(document: dict[str, Any]) -> None:
        document["dimension"][name]["category"][key] = value

    return change


def _set(key: str, value: object) -> Any:
    def change(document: dict[str, Any]) -> None:
        document[key] = value

    return change


def _no_time(document: dict[str, Any]) -> None:
    del document["role"]
    document["dimension"]["Tid"]["label"] = "period x"
    document["id"][2] = "Period x"
    document["dimension"]["Period x"] = document["dimension"].pop("Tid")


def _two_contents(document: dict[str, Any]) -> None:
    category = document["dimension"]["ContentsCode"]["category"]
    category["index"] = {"BE0101N1": 0, "BE0101N2": 1}
    category["label"]["BE0101N2"] = "Folkökning"
    document["size"][1] = 2
    document["value"] = document["value"] * 2


@pytest.mark.parametrize(
    "data",
    [
        _jsonstat(_sparse),  # the sparse form of the values: {"0": …, "1": …}
        _jsonstat(_index_as_list),  # the category codes as a list in order
        _jsonstat(_no_single_index),  # a single category without its index
        PX.read_bytes().rstrip(),  # the file ends at the last ';'
        _jsonstat(lambda d: d.update(value=[float(v) for v in d["value"]])),  # 2473307.0
        bytearray(PX.read_bytes()),
        PX.read_bytes().replace(b'VALUES("\xc3\xa5r")=', b'VALUES("\xc3\xa5r")=TLIST(A1),'),
    ],
    ids=[
        "json-stat sparse",
        "json-stat index list",
        "json-stat one category",
        "px end",
        "json-stat floats",
        "bytearray",
        "tlist",
    ],
)
def test_the_other_shapes_of_a_cube_read_the_same(data: bytes) -> None:
    assert load_scb_populations(PX, retrieved=DAY, format="px").format == "px"
    result = populations_from_scb(data, retrieved=DAY)
    assert result.table.get("01", 2024).population == STOCKHOLM_2024
    assert result.table.get("14", 2024).population == 1_751_000  # fictitious


def test_a_px_file_with_every_variable_in_the_stub_or_the_heading() -> None:
    for text in (_PX_TWO, _PX_TWO.replace('STUB="region";\nHEADING="år"', 'STUB="region","år"')):
        result = populations_from_scb(_px(text), retrieved=DAY, format="px")
        assert [(f.region, f.population) for f in result.table.figures] == [
            ("01", STOCKHOLM_2024),
            ("07", 204_000),
        ]


def VALUE_AT(position: int, value: object) -> bytes:  # noqa: N802 - reads as a constant
    """Return the JSON-stat sample with one figure replaced."""
    return _jsonstat(lambda d: d["value"].__setitem__(position, value))


CUBE_REFUSALS = {
    "px, not a keyword": (_px("BAD KEY=1;\n" + _PX_TWO), r"not a PX keyword: 'BAD KEY' @ line 1"),
    "px, unquoted values": (
        _px(_PX_TWO.replace('"Stockholms län","Kronobergs län"', "Stockholm,Kronoberg")),
        r"VALUES\(\"region\"\): expected quoted values, got 'Stockholm' @ line 3",
    ),
    "px, no variables": (_px("DATA=1;"), r"no STUB or HEADING: the table's variables @ STUB"),
    "px, no values of a variable": (
        _px(_PX_TWO.replace('VALUES("år")="2024";\n', "")),
        r"no values for the variable 'år' @ VALUES\(\"år\"\)",
    ),
    "px, no year variable": (
        _px(
            _PX_TWO.replace('HEADING="år"', 'HEADING="kön"').replace(
                'VALUES("år")', 'VALUES("kön")'
            )
        ),
        r"expected one region and one year variable, got \['region', 'kön'\] @ STUB",
    ),
    "px, a third variable with two values": (
        _px(
            _PX_TWO.replace('HEADING="år"', 'HEADING="kön","år"').replace(
                "DATA=", 'VALUES("kön")="män","kvinnor";\nDATA='
            )
        ),
        r"2 values of 'kön': expected region and year only @ VALUES\(\"kön\"\) line 6",
    ),
    "json-stat, sizes short": (_jsonstat(_set("size", [5, 1])), r"expected 3 sizes.* @ \$\.size"),
    "json-stat, no dimensions": (
        _jsonstat(_set("dimension", [])),
        r"expected an object of dimensions @ \$\.dimension",
    ),
    "json-stat, a dimension without categories": (
        _jsonstat(_dimension("Tid", {"label": "år"})),
        r"expected a dimension with a category @ \$\.dimension\.Tid",
    ),
    "json-stat, labels not an object": (
        _jsonstat(_category("Tid", "label", ["2023", "2024"])),
        r"expected an object of labels @ \$\.dimension\.Tid\.category\.label",
    ),
    "json-stat, an index out of order": (
        _jsonstat(_category("Tid", "index", {"2023": 0, "2024": 5})),
        r"expected the category codes in order @ \$\.dimension\.Tid\.category\.index",
    ),
    "json-stat, no time dimension": (
        _jsonstat(_no_time),
        r"expected one region and one time dimension.* @ \$\.id",
    ),
    "json-stat, two contents": (
        _jsonstat(_two_contents),
        r"2 categories: expected region and year only @ \$\.dimension\.ContentsCode",
    ),
    "json-stat, too few values": (
        _jsonstat(_set("value", [1, 2])),
        r"2 values; the dimensions make 10 @ \$\.value",
    ),
    "json-stat, a sparse position too far": (
        _jsonstat(_set("value", {"10": 1})),
        r"not a position below 10 @ \$\.value\.10",
    ),
    "csv, a county twice": (
        b'"region";"2024"\n"01 Stockholms l\xe4n";1\n"01 Stockholms l\xe4n";2\n',
        r"a second figure for '01 Stockholms l\u00e4n' in 2024 @ line 3",
    ),
    "csv, a year before any figure": (
        b'"region";"1800"\n"01 Stockholms l\xe4n";1\n',
        r"PopulationFigure\.year.*1800.* @ line 2",
    ),
    "csv, no county": (b'"region";"2024"\n"00 Riket";1\n', r"no county in the file.* @ csv"),
    "csv, a region without a name": (
        b'"region";"2024"\n"";1\n',
        r"a region without a name.* @ line 2",
    ),
    "json-stat, a three-digit region code": (
        JSONSTAT.read_bytes().replace(b'"0114"', b'"011"'),
        r"region code '011' is not a county, municipality or Sweden @ \$\.value\[4\]",
    ),
    "px, a year that is not one": (
        _px(_PX_TWO.replace('"2024"', '"2024x"')),
        r"expected a year such as 2024, got '2024x' @ DATA line 7",
    ),
    "json-stat, a negative figure": (
        VALUE_AT(3, -5),
        r"expected a population, got -5 @ \$\.value\[3\]",
    ),
    "json-stat, a figure that is true": (
        VALUE_AT(3, True),
        r"expected a whole number of inhabitants, got True @ \$\.value\[3\]",
    ),
    "json-stat, values not a list": (
        _jsonstat(_set("value", "many")),
        r"expected a list of values @ \$\.value",
    ),
}


@pytest.mark.parametrize("name", list(CUBE_REFUSALS))
def test_a_cube_that_cannot_be_read_says_why_and_where(name: str) -> None:
    data, pattern = CUBE_REFUSALS[name]
    with pytest.raises(InvalidInput, match=pattern) as caught:
        populations_from_scb(data, retrieved=DAY, origin="x")
    assert len(caught.value.problems) == 1


def test_json_stat_that_is_no_object_is_refused_when_the_format_is_given() -> None:
    with pytest.raises(InvalidInput, match=r"format: expected 'csv', 'px' or 'json-stat'"):
        populations_from_scb(b"{}", retrieved=DAY, format="xlsx")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"expected a JSON-stat 2.0 dataset \(an object\) @ \$"):
        populations_from_scb(b"[1, 2]", retrieved=DAY, format="json-stat")
