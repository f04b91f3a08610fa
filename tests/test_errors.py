"""The exception tree of STYLE §10."""

import pytest

from vardservice.errors import (
    InvalidInput,
    InvalidValue,
    NoPopulationForYear,
    NoScheduleForYear,
    RuleViolation,
    UnknownRegion,
    VardserviceError,
)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (InvalidValue, ValueError),
        (InvalidInput, ValueError),
        (UnknownRegion, LookupError),
        (NoPopulationForYear, LookupError),
        (NoScheduleForYear, LookupError),
        (RuleViolation, Exception),
    ],
)
def test_every_error_is_a_vardservice_error_and_its_builtin(
    cls: type[Exception], builtin: type[Exception]
) -> None:
    assert issubclass(cls, VardserviceError)
    assert issubclass(cls, builtin)


def test_invalid_value_names_owner_field_value_and_expectation() -> None:
    err = InvalidValue("FeeSchedule", "valid_from", 1899, "a year, 2000-2200")
    assert (err.owner, err.field, err.value) == ("FeeSchedule", "valid_from", 1899)
    assert str(err) == "FeeSchedule.valid_from: got 1899; expected a year, 2000-2200"


def test_invalid_input_lists_each_problem() -> None:
    err = InvalidInput(["a @ $.x", "b @ $.y"], origin="fees.toml")
    assert err.problems == ("a @ $.x", "b @ $.y")
    assert str(err).startswith("fees.toml: 2 problems:")
    assert "  - b @ $.y" in str(err)


def test_lookup_errors_are_not_quoted_like_key_errors() -> None:
    assert str(UnknownRegion("Smaland", ["Kronoberg"])) == (
        "no region matches 'Smaland'; did you mean 'Kronoberg'?"
    )
    assert str(NoScheduleForYear(2017, [2024, 2018])) == (
        "no fee schedule is valid for 2017; schedules are valid from: 2018, 2024"
    )
    err = NoPopulationForYear(2030, [2023, 2017], region="Region Kronoberg")
    assert err.available == (2017, 2023)
    assert "available years: 2017, 2023" in str(err)


def test_rule_violation_carries_its_report() -> None:
    report = object()
    assert RuleViolation(report).report is report
