"""vardservice.strategies: a public front over private per-subject modules, and a leaf."""

import importlib
import inspect
import pkgutil
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given

from _examples import at_most
from vardservice import strategies
from vardservice.io import Format, dumps, from_dict, loads, to_dict
from vardservice.rules import rules_for
from vardservice.strategies import _breaches, _registry
from vardservice.subprojects import Subproject


def _private_modules() -> list[str]:
    return [m.name for m in pkgutil.iter_modules(strategies.__path__, "vardservice.strategies.")]


def test_every_strategy_lives_in_a_private_module_and_is_exported_by_the_front() -> None:
    homes = set()
    for name in strategies.__all__:
        value = getattr(strategies, name)
        if inspect.isfunction(value):
            assert value.__module__.startswith("vardservice.strategies._"), name
            homes.add(value.__module__)
    for module_name in _private_modules():
        module = importlib.import_module(module_name)
        defined = {
            n
            for n, v in vars(module).items()
            if not n.startswith("_") and inspect.isfunction(v) and v.__module__ == module_name
        }
        assert defined <= set(strategies.__all__), (module_name, defined - set(strategies.__all__))
    assert len(homes) >= 10, "one private module per subject"


def test_subproject_rules_and_breaches_come_from_the_registry() -> None:
    codes = tuple(rule.code for rule in rules_for(Subproject))
    assert codes == strategies.SUBPROJECT_RULES
    assert set(_breaches._BREACHES) == set(codes)


def test_a_rule_without_a_breach_strategy_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    first = strategies.SUBPROJECT_RULES[0]
    kept = {c: b for c, b in _breaches._BREACHES.items() if c != first}
    monkeypatch.setattr(_breaches, "_BREACHES", kept)
    with pytest.raises(RuntimeError, match=rf"missing \['{first}'\]"):
        _breaches._check_breaches()


def test_a_breach_registered_twice_is_refused() -> None:
    with pytest.raises(RuntimeError, match="two breach strategies"):
        _breaches._breach(strategies.SUBPROJECT_RULES[0])(
            lambda draw, sp, as_of, codes: (sp, as_of)
        )


def test_nothing_in_the_library_imports_the_strategies() -> None:
    """strategies is a leaf: the library works without hypothesis, and never loads it."""
    code = (
        "import importlib, pkgutil, sys\n"
        "def walk(name):\n"
        "    package = importlib.import_module(name)\n"
        "    for m in pkgutil.iter_modules(package.__path__, name + '.'):\n"
        "        if m.name != 'vardservice.strategies':\n"
        "            walk(m.name) if m.ispkg else importlib.import_module(m.name)\n"
        "walk('vardservice')\n"
        "from vardservice.rules import RULES\n"
        "list(RULES)\n"
        "print(sorted(m for m in sys.modules if 'strategies' in m or m == 'hypothesis'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- every public type has a strategy, and round-trips through every format -------------------

PUBLIC_TYPES = _registry._public_types()

# Types whose examples are large (a network, a portfolio, a check run): fewer examples keep CI
# fast; their parts are round-tripped with the profile's full count.
EXAMPLES = {
    "PopulationTable": 15,
    "Budget": 25,
    "FeeScheduleHistory": 50,
    "AnnualFee": 50,
    "StaffingReduction": 50,
    "BusinessCase": 50,
    "VnsCase": 50,
    "Comparison": 50,
    "Network": 50,
    "NetworkOverview": 25,
    "OverviewMember": 25,
    "NetworkBudget": 50,
    "VoteResult": 50,
    "Ballot": 50,
    "Subproject": 50,
    "Portfolio": 25,
    "PortfolioSummary": 25,
    "PortfolioEntry": 25,
    "FeeTable": 25,
    "BudgetTotals": 25,
    "VnsSummary": 25,
    "StaffingSummary": 25,
    "BusinessCaseSummary": 25,
    "CaseYearSummary": 25,
    "YearSchedule": 25,
    "ScheduleEntry": 25,
    "CheckRun": 15,
    "CheckedFile": 15,
    "CheckedSubproject": 15,
    "PlacedFinding": 15,
    "ScbImport": 15,
}


def test_the_walk_finds_the_public_types_of_every_layer() -> None:
    names = {cls.__name__ for cls in PUBLIC_TYPES}
    for expected in ("Money", "Citation", "AnnualFee", "Subproject", "Network", "CheckRun"):
        assert expected in names
    assert "DocumentType" not in names  # a registry entry holding functions, not data
    assert len(PUBLIC_TYPES) >= 100


def test_every_public_type_has_a_strategy_in_the_registry() -> None:
    missing = sorted(cls.__name__ for cls in PUBLIC_TYPES if cls not in _registry.REGISTRY)
    assert not missing, f"public types without a strategy: {missing}"
    stale = sorted(cls.__name__ for cls in set(_registry.REGISTRY) - set(PUBLIC_TYPES))
    assert not stale, f"strategies of types that are not public: {stale}"


def test_from_type_refuses_what_is_not_a_public_type() -> None:
    with pytest.raises(LookupError, match="not a public vardservice type"):
        strategies.from_type(int)
    with pytest.raises(LookupError):
        strategies.from_type([])  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", PUBLIC_TYPES, ids=lambda c: c.__name__)
def test_from_dict_of_to_dict_is_identity(cls: type[Any]) -> None:
    """Each example through to_dict and every format: generated once, checked three times."""

    @at_most(EXAMPLES.get(cls.__name__, 100))
    @given(strategies.from_type(cls))
    def check(value: Any) -> None:
        assert isinstance(value, cls)
        data = to_dict(value)
        assert from_dict(data, cls) == value
        formats: tuple[Format, ...] = ("json", "yaml", "toml")
        if not isinstance(data, dict):
            formats = ("json", "yaml")  # TOML documents are tables; scalars (Money, Region) are not
        for fmt in formats:
            assert loads(dumps(value, format=fmt), cls, format=fmt) == value, fmt

    check()
