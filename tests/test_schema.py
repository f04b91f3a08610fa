"""JSON Schema of every file format (vardservice.io.schema): examples, generated documents, refusals.

Validated with jsonschema (draft 2020-12, formats checked): every example file,
thousands of documents the strategies generate and the converter writes, and
the documents the loader refuses where a schema can say it (unknown keys,
wrong types, bad enums, bad dates, floats for money).
"""

import copy
import functools
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from _examples import at_most
from vardservice import strategies
from vardservice.cli import main
from vardservice.errors import InvalidInput
from vardservice.io import from_dict, to_dict
from vardservice.io._files import read_document
from vardservice.io.schema import (
    SCHEMA_KINDS,
    json_schema,
    schema_text,
    shipped_schema,
    write_schemas,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
BAD = Path(__file__).resolve().parent / "data" / "bad_subprojects"

EXAMPLE_KINDS = {
    "subprojects/bup_noncompliant.yaml": "subproject",
    "subprojects/hoftfraktur_compliant.yaml": "subproject",
    "subprojects/portfolio.yaml": "portfolio",
    "networks/best_service.json": "network",
    "networks/best_service.toml": "network",
    "networks/best_service.yaml": "network",
    "networks/nsn.yaml": "national-network",
    "planning/best_service_arshjul.yaml": "annual-wheel",
    "planning/nsn.yaml": "annual-wheel",
    "fees/best_service_illustrative.toml": "fee-schedule",
    "fees/best_service_illustrative.yaml": "fee-schedule",
    "benchmarking/cleaning_illustrative.yaml": "benchmark",
    "decisions/hsn90.yaml": "protocol",
    "decisions/needs_inventory_illustrative.yaml": "needs-inventory",
    "vns/halland_rgs_vns.yaml": "vns-case",
    "vns/task_catalogue_illustrative.yaml": "task-catalogue",
}

GENERATED = {
    "subproject": strategies.subprojects(compliant=False) | strategies.subprojects(),
    "portfolio": strategies.portfolios(),
    "network": strategies.networks(),
    "national-network": strategies.national_networks(),
    "annual-wheel": strategies.annual_wheels(),
    "fee-schedule": strategies.fee_schedule_histories(),
    "benchmark": strategies.benchmark_data(),
    "protocol": strategies.protocol_excerpts(),
    "needs-inventory": strategies.needs_inventories(),
    "vns-case": strategies.vns_cases(),
    "task-catalogue": strategies.task_catalogues(),
    "populations": strategies.population_tables(),
}


@functools.cache
def validator(kind: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        json_schema(kind), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def plain(data: Any) -> Any:
    """What an editor sees: YAML's and TOML's dates as text."""
    return json.loads(json.dumps(data, default=lambda o: o.isoformat()))


def problems(kind: str, data: Any) -> list[str]:
    return [f"{list(e.path)}: {e.message}" for e in validator(kind).iter_errors(plain(data))]


def test_every_kind_has_a_valid_schema_and_an_example_or_a_strategy() -> None:
    for kind in SCHEMA_KINDS:
        jsonschema.Draft202012Validator.check_schema(json_schema(kind))
    assert set(GENERATED) == set(SCHEMA_KINDS)
    assert set(EXAMPLE_KINDS.values()) | {"populations"} == set(SCHEMA_KINDS)


def test_every_example_file_is_listed() -> None:
    found = {
        p.relative_to(EXAMPLES).as_posix()
        for p in EXAMPLES.rglob("*")
        if p.suffix in (".yaml", ".yml", ".json", ".toml")
    }
    assert found == set(EXAMPLE_KINDS)


@pytest.mark.parametrize("name", sorted(EXAMPLE_KINDS))
def test_every_example_validates(name: str) -> None:
    assert problems(EXAMPLE_KINDS[name], read_document(EXAMPLES / name)) == []


HEAVY = {"populations", "portfolio", "network"}  # large objects: fewer of them


@pytest.mark.parametrize("kind", sorted(GENERATED))
def test_generated_documents_validate(kind: str) -> None:
    many = 40 if kind in HEAVY else 120

    @at_most(many, deadline=None, suppress_health_check=list(HealthCheck))
    @given(GENERATED[kind])
    def written(obj: Any) -> None:
        assert problems(kind, to_dict(obj)) == []

    written()


# --- what the loader refuses, the schema refuses where it can say it ------------------------


def _subproject() -> dict[str, Any]:
    data = read_document(EXAMPLES / "subprojects" / "hoftfraktur_compliant.yaml")
    assert isinstance(data, dict)
    result: dict[str, Any] = plain(data)
    return result


def _mutations() -> list[tuple[str, Any]]:
    """(what, a mutated subproject document) that the loader refuses."""
    base = _subproject()
    out: list[tuple[str, Any]] = []

    def mutate(what: str, change: Any) -> None:
        data = copy.deepcopy(base)
        change(data)
        out.append((what, data))

    mutate("unknown key", lambda d: d.update(titel="x"))
    mutate("unknown nested key", lambda d: d["milestones"][0].update(datum="2022-01-01"))
    mutate("number for text", lambda d: d.update(title=12))
    mutate("text for a flag", lambda d: d["working_group"][0].update(from_office="yes"))
    mutate("text for a list", lambda d: d.update(participating_regions="Skåne"))
    mutate("list for a mapping", lambda d: d.update(proposal=[]))
    mutate("bad enum", lambda d: d["milestones"][0].update(kind="started"))
    mutate("impossible date", lambda d: d["milestones"][0].update(date="2023-02-30"))
    mutate("not a date", lambda d: d["milestones"][0].update(date="1 mars 2023"))
    mutate("date with a time", lambda d: d["milestones"][0].update(date="2023-03-01T10:00"))
    mutate("missing id", lambda d: d.pop("id"))
    mutate(
        "float money",
        lambda d: d.update(
            action_proposals=[{"title": "A", "needs_funding": True, "cost_estimate": 1250000.5}]
        ),
    )
    mutate(
        "money without a number",
        lambda d: d.update(
            action_proposals=[{"title": "A", "needs_funding": True, "cost_estimate": "mnkr"}]
        ),
    )
    return out


@pytest.mark.parametrize(("what", "data"), _mutations(), ids=[w for w, _ in _mutations()])
def test_what_the_loader_refuses_the_schema_refuses(what: str, data: Any) -> None:
    from vardservice.subprojects import Subproject

    with pytest.raises(InvalidInput):
        from_dict(data, Subproject)
    assert problems("subproject", data), what


BAD_FILE_KINDS = {  # the bad files a schema can refuse: types, keys, enums, dates, floats
    "wrong_type_title.yaml",
    "string_for_bool.yaml",
    "string_for_list.yaml",
    "impossible_date.yaml",
    "impossible_date.toml",
    "impossible_month.json",
    "list_at_top.yaml",
    "list_for_mapping.yaml",
    "list_for_milestone.yaml",
    "float_money.json",
    "float_money.yaml",
    "unknown_key.yaml",
    "unknown_milestone_kind.yaml",
}


@pytest.mark.parametrize("name", sorted(BAD_FILE_KINDS))
def test_the_bad_subproject_files_are_refused(name: str) -> None:
    try:
        data = read_document(BAD / name)  # the library's own parsers, as the loader reads
    except InvalidInput:  # the format itself refuses it (TOML's impossible date)
        assert name.endswith(".toml")
        return
    assert problems("subproject", data)


# --- the shipped files, the command ---------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(SCHEMA_KINDS))
def test_the_shipped_schemas_are_in_sync_with_the_models(kind: str) -> None:
    """After a model changes, run `nox -s schemas` (or python -m vardservice.io.schema)."""
    assert shipped_schema(kind) == schema_text(kind), f"run `nox -s schemas`: {kind} changed"


def test_write_schemas_writes_every_kind(tmp_path: Path) -> None:
    written = write_schemas(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{k}.schema.json" for k in SCHEMA_KINDS)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_schema_command_lists_and_prints(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "schema", "--list")
    assert code == 0 and out.split() == sorted(SCHEMA_KINDS)
    code, out, _ = _run(capsys, "schema", "subproject")
    assert code == 0 and json.loads(out) == json_schema("subproject")
    code, _, err = _run(capsys, "schema", "nothing")
    assert code == 2 and "subproject" in err


def test_schema_subproject_validates_both_examples_and_refuses_three_mistakes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Must show (issue 11): the printed schema, the two examples, three mistakes."""
    _, out, _ = _run(capsys, "schema", "subproject")
    check = jsonschema.Draft202012Validator(
        json.loads(out), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for name in ("bup_noncompliant.yaml", "hoftfraktur_compliant.yaml"):
        assert not list(check.iter_errors(plain(read_document(EXAMPLES / "subprojects" / name))))
    bad = _subproject()
    bad["titel"] = "unknown key"
    bad["action_proposals"] = [{"title": "A", "needs_funding": True, "cost_estimate": 1.5}]
    bad["milestones"][0]["date"] = "2023-02-30"
    errors = {tuple(e.path): e for e in check.iter_errors(bad)}
    assert () in errors and "titel" in errors[()].message
    assert ("action_proposals", 0, "cost_estimate") in errors
    assert ("milestones", 0, "date") in errors


@given(st.sampled_from(sorted(SCHEMA_KINDS)))
def test_json_schema_returns_a_new_dict(kind: str) -> None:
    first = json_schema(kind)
    first["title"] = "changed"
    assert json_schema(kind)["title"] != "changed"


def test_the_builder_covers_the_type_shapes_no_model_uses_yet() -> None:
    # The schema builder is generic over attrs models; these shapes appear in no model today,
    # and a new field of one of them must get its schema, not a crash or a wrong one.
    import typing

    import attrs

    from vardservice.io.schema import _Builder

    @attrs.frozen
    class Bare:
        pair: tuple[int, str] = (1, "a")
        tags: set[str] = attrs.Factory(set)
        anything: typing.Any = None
        maybe: int | str | None = None

    builder = _Builder()
    assert builder.of(Bare) == {"$ref": "#/$defs/Bare"}
    schema = builder.defs["Bare"]
    assert "required" not in schema and "description" not in schema  # no docstring, no required
    properties = schema["properties"]
    assert properties["pair"]["prefixItems"] and properties["pair"]["items"] is False
    assert properties["tags"] == {"type": "array", "items": {"type": "string"}}
    assert builder.of(typing.List) == {"type": "array", "items": {}}  # noqa: UP006
    assert builder.of(typing.Dict) == {"type": "object", "additionalProperties": {}}  # noqa: UP006
    assert properties["anything"] == {}
    assert (
        len(properties["maybe"]["anyOf"]) == 3 and {"type": "null"} in properties["maybe"]["anyOf"]
    )
    with pytest.raises(TypeError, match="no schema for the type"):
        builder.of(complex)
