"""``io.loads`` reads a document's UTF-8 bytes as it reads a file: the same objects, errors and limits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from vardservice.errors import InvalidInput
from vardservice.fees import FeeScheduleHistory
from vardservice.io import limits, load, loads
from vardservice.subprojects import Subproject

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "subprojects"


def _problems(read: Any) -> tuple[str, ...]:
    with pytest.raises(InvalidInput) as caught:
        read()
    return tuple(caught.value.problems)


def _example() -> bytes:
    data = load(EXAMPLES / "hoftfraktur_compliant.yaml", Subproject)
    from vardservice.io import dumps

    return dumps(data).encode()


def test_bytes_give_the_object_the_text_gives() -> None:
    raw = _example()
    for _ in range(3):  # the first document of a process is read the exact way, then orjson
        assert loads(raw, Subproject) == loads(raw.decode(), Subproject)
    tiers = [{"tier": t, "amount": f"{40 * t} tkr"} for t in (1, 2, 3)]
    fees = json.dumps(
        {"schedules": [{"valid_from": 2024, "illustrative": True, "fees": tiers}]}
    ).encode()
    assert loads(fees, FeeScheduleHistory) == loads(fees.decode(), FeeScheduleHistory)
    yaml = (
        b"schedules:\r\n  - valid_from: 2024\r\n    illustrative: true\r\n    fees:\r\n"
        b"      - {tier: 1, amount: 40 tkr}\r      - {tier: 2, amount: 80 tkr}\r\n"
        b"      - {tier: 3, amount: 120 tkr}\r\n"
    )
    assert loads(yaml, FeeScheduleHistory, format="yaml") == loads(fees, FeeScheduleHistory)


def test_bytes_that_are_not_utf8_are_refused_naming_the_position() -> None:
    raw = _example().replace(b'"title": "', b'"title": "\xe9', 1)
    at = raw.index(b"\xe9")
    for cls in (Subproject, Subproject, FeeScheduleHistory):
        problems = _problems(lambda cls=cls: loads(raw, cls, origin="doc.json"))
        assert problems == (
            f"cannot read the bytes: 'utf-8' codec can't decode byte 0xe9 in position {at}:"
            " invalid continuation byte",
        )


def test_a_byte_order_mark_is_refused_as_in_a_file(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbf" + _example()
    path = tmp_path / "bom.json"
    path.write_bytes(raw)
    for _ in range(2):
        from_file = _problems(lambda: load(path, Subproject))
        assert from_file[0].startswith("not valid JSON: Unexpected UTF-8 BOM")
        assert _problems(lambda: loads(raw, Subproject)) == from_file
        assert _problems(lambda: loads(raw.decode(), Subproject)) == from_file


def test_the_limits_apply_to_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _example()
    nul = json.dumps({"id": "a\u0000", "title": "t"}).encode()
    for _ in range(2):
        assert _problems(lambda: loads(nul, Subproject)) == _problems(
            lambda: loads(nul.decode(), Subproject)
        )
    assert "NUL" in _problems(lambda: loads(nul, Subproject))[0]
    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 1000)
    for _ in range(2):
        assert _problems(lambda: loads(raw, Subproject)) == (
            f"the input is {len(raw)} bytes, over the limit of 1000;"
            " raise vardservice.io.limits.MAX_INPUT_BYTES to read it",
        )


def test_other_types_are_refused() -> None:
    assert _problems(lambda: loads(bytearray(b"{}"), Subproject)) == (  # type: ignore[arg-type]
        "expected text, got bytearray",
    )
