"""vardservice.strategies: a public front over private per-subject modules, and a leaf."""

import importlib
import inspect
import pkgutil
import subprocess
import sys

import pytest

from vardservice import strategies
from vardservice.rules import rules_for
from vardservice.strategies import _breaches
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
