"""SCB's own population files (vardservice.io.populations_from_scb) and `populations import`.

The samples in tests/data/scb/ were written by hand from SCB's format descriptions;
tests/data/scb/README.md says which figures are real: only Riket 2024 (10 587 710)
and 01 Stockholms län 2024 (2 473 307, SCB, 31 December 2024) are asserted as real;
every other county figure there is FICTITIOUS.
"""

import datetime
import json
from pathlib import Path

import pytest

from vardservice.cli import main
from vardservice.errors import InvalidInput
from vardservice.io import (
    MAX_SCB_BYTES,
    load_populations,
    load_scb_populations,
    populations_from_scb,
)

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
    assert captured.out.startswith("code,year,population,source,url\n01,2023,")
    assert "left out: 1 country total" in captured.err
    bad = tmp_path / "bad.px"
    bad.write_bytes(PX.read_bytes().replace(b"2451000 ", b"2451x00 "))
    assert main(["populations", "import", str(bad), "--retrieved", "2025-03-01"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DATA line 28" in err
