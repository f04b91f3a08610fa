"""The public API is a promise: __all__ is sorted, complete, and every model is frozen."""

import importlib
import inspect
import types

import attrs
import pytest

import vardservice

PUBLIC_MODULES = [
    "vardservice",
    "vardservice.errors",
    "vardservice.sources",
    "vardservice.units",
    "vardservice.dates",
    "vardservice.regions",
    "vardservice.fees",
    "vardservice.planning",
    "vardservice.vns",
    "vardservice.decisions",
    "vardservice.decisions.case_number",
    "vardservice.benchmarking",
    "vardservice.networks",
    "vardservice.subprojects",
    "vardservice.portfolio",
    "vardservice.rules",
    "vardservice.io",
    "vardservice.io.findings",
    "vardservice.io.limits",
    "vardservice.render",
    "vardservice.strategies",
    "vardservice.cli",
]


def _isort_key(name: str) -> tuple[int, str]:
    """Ruff's RUF022 order: CONSTANTS, then Classes, then everything else."""
    if name.isupper():
        return (0, name)
    return (1, name) if name[0].isupper() else (2, name)


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_all_is_sorted_and_names_exist(name: str) -> None:
    module = importlib.import_module(name)
    exported = module.__all__
    assert list(exported) == sorted(exported, key=_isort_key), f"{name}.__all__ is not sorted"
    assert len(set(exported)) == len(exported)
    for attr in exported:
        assert hasattr(module, attr), f"{name}.__all__ names missing {attr}"


@pytest.mark.parametrize("name", PUBLIC_MODULES[1:])
def test_module_all_is_complete(name: str) -> None:
    """Every public function and class defined in a module is exported by it."""
    module = importlib.import_module(name)
    defined = {
        n
        for n, obj in vars(module).items()
        if not n.startswith("_")
        and (inspect.isfunction(obj) or inspect.isclass(obj))
        and getattr(obj, "__module__", None) == name
    }
    missing = defined - set(module.__all__)
    assert not missing, f"{name} defines public names not in __all__: {sorted(missing)}"


def test_top_level_reexports_are_the_same_objects() -> None:
    for attr in vardservice.__all__:
        if attr == "__version__":
            continue
        obj = getattr(vardservice, attr)
        home = getattr(obj, "__module__", None)
        if home is not None and isinstance(obj, type | types.FunctionType):
            assert getattr(importlib.import_module(home), attr) is obj


def _model_classes() -> list[type]:
    classes = []
    for name in PUBLIC_MODULES:
        module = importlib.import_module(name)
        for attr in module.__all__:
            obj = getattr(module, attr)
            if inspect.isclass(obj) and attrs.has(obj):
                classes.append(obj)
    return sorted(set(classes), key=lambda c: c.__qualname__)


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda c: c.__qualname__)
def test_every_public_model_is_frozen_and_slotted(cls: type) -> None:
    params = attrs.fields(cls)
    assert inspect.getattr_static(cls, "__setattr__") is not object.__setattr__, f"{cls} is mutable"
    assert "__slots__" in vars(cls), f"{cls} has no slots"
    assert params  # a model has fields


def test_version_is_a_string() -> None:
    assert isinstance(vardservice.__version__, str)
    assert vardservice.__version__[0].isdigit()


def test_lazy_exports_match_the_names_imported_for_type_checkers() -> None:
    """`_EXPORTS` (what runs) and the TYPE_CHECKING imports (what mypy sees) agree."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(vardservice.__file__).read_text(encoding="utf-8"))
    typed = {
        alias.name: node.module
        for block in tree.body
        if isinstance(block, ast.If)
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert typed == vardservice._EXPORTS
    assert set(vardservice.__all__) == {*typed, "__version__"}
    assert set(vardservice.__all__) <= set(dir(vardservice))


def test_import_vardservice_loads_no_concept_module_until_a_name_is_used() -> None:
    import subprocess
    import sys

    code = (
        "import sys, vardservice; before = sorted(m for m in sys.modules if m.startswith('vardservice'));"
        "vardservice.Subproject; after = 'vardservice.subprojects' in sys.modules; print(before, after)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['vardservice', 'vardservice._version'] True"


def test_an_unknown_top_level_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        vardservice.Nope  # noqa: B018
