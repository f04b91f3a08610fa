"""Sphinx configuration for the vardservice documentation.

Configuration only: importing this file has no side effects (pytest may import it
with ``--doctest-modules``).
"""

import sys
from typing import Any

project = "vardservice"
author = "vardservice developers"
copyright = "vardservice developers"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
language = "en"

# -- MyST -----------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc / napoleon ---------------------------------------------------------------------
autodoc_typehints = "description"
autodoc_typehints_description_target = "all"
autodoc_member_order = "bysource"
# The Literal aliases (MoneyUnit, Format, RenderFormat) are shown expanded, e.g.
# Literal['kr', 'tkr', 'mnkr']: with autodoc_type_aliases, Sphinx 9 prints an alias inside a
# union as "TypeAliasForwardRef(...)". Each alias has its own entry in the reference.
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# -- nitpicky mode --------------------------------------------------------------------------
# intersphinx is not available (no network), so references to third-party types
# and to a few standard-library objects cannot be resolved; they are listed here.
nitpicky = True
nitpick_ignore = [
    # standard library (no intersphinx)
    ("py:class", "collections.abc.Callable"),
    ("py:class", "collections.abc.Iterable"),
    ("py:class", "collections.abc.Iterator"),
    ("py:class", "collections.abc.Mapping"),
    ("py:class", "collections.abc.Sequence"),
    ("py:class", "datetime.date"),
    ("py:class", "datetime.datetime"),
    ("py:class", "decimal.Decimal"),
    ("py:class", "Decimal"),
    ("py:class", "enum.Enum"),
    ("py:class", "enum.IntEnum"),
    ("py:class", "pathlib.Path"),
    ("py:class", "Path"),
    ("py:class", "types.MappingProxyType"),
    # third-party types
    ("py:class", "attrs.Attribute"),
    ("py:class", "cattrs.Converter"),
    ("py:class", "cattrs.converters.Converter"),
    ("py:class", "httpx.Client"),
    ("py:class", "jinja2.Environment"),
    ("py:class", "jinja2.environment.Environment"),
    ("py:class", "pendulum.Date"),
    ("py:class", "pendulum.date.Date"),
    ("py:mod", "pint"),
    ("py:class", "pint.UnitRegistry"),
    # the type variable of vardservice.io's generic loaders
    ("py:class", "vardservice.io.T"),
    ("py:class", "vardservice.rules._core.T"),
    # what a rule function receives; rule modules are the library's own (private)
    ("py:class", "vardservice.rules._core.RuleContext"),
    # named in the package docstring; not in this reference, since documenting it would
    # need hypothesis, which the docs extra does not install
    ("py:mod", "vardservice.strategies"),
]

# -- napoleon and one-line attribute docstrings --------------------------------------------
# napoleon reads the first line of a data, attribute or property docstring as
# "type: description", so a sentence with a colon in it ("BS §5.2: the budget is ...",
# "(Act 1952:48)") would lose its start to a bogus type. autodoc shows the annotation
# anyway, so such docstrings are kept as written: saved before napoleon runs and put
# back after it.
_ATTRIBUTE_KINDS = frozenset({"attribute", "data", "property"})
_saved_docstrings: dict[tuple[str, str], list[str]] = {}


def _save_attribute_docstring(
    app: Any, what: str, name: str, obj: object, options: Any, lines: list[str]
) -> None:
    if what in _ATTRIBUTE_KINDS:
        _saved_docstrings[(what, name)] = list(lines)


def _restore_attribute_docstring(
    app: Any, what: str, name: str, obj: object, options: Any, lines: list[str]
) -> None:
    saved = _saved_docstrings.pop((what, name), None)
    if saved is not None:
        lines[:] = saved


# -- constants re-exported from a private module -----------------------------------------
# A public package re-exports constants defined in its private modules
# (vardservice.subprojects.REGIONAL_DECISION_MONTHS comes from subprojects/_process.py).
# autodoc looks for a constant's docstring in the module it is documented under only, and
# otherwise shows int's own; this gives it the docstring written where it is defined.


def _attribute_docs(module: str, name: str) -> list[str] | None:
    from sphinx.pycode import ModuleAnalyzer, PycodeError

    try:
        docs = ModuleAnalyzer.for_module(module).find_attr_docs()
    except PycodeError:
        return None
    found = docs.get(("", name))
    return list(found) if found else None


def _reexported_constant_docstring(
    app: Any, what: str, name: str, obj: object, options: Any, lines: list[str]
) -> None:
    if what != "data":
        return
    package, _, attr = name.rpartition(".")
    if _attribute_docs(package, attr) is not None:
        return
    for module in sorted(sys.modules):
        if module.startswith(package + "._") and getattr(sys.modules[module], attr, None) is obj:
            docs = _attribute_docs(module, attr)
            if docs is not None:
                lines[:] = docs
                return


def setup(app: Any) -> dict[str, Any]:
    """Connect the docstring hooks around napoleon's (which has priority 500)."""
    app.connect("autodoc-process-docstring", _reexported_constant_docstring, priority=300)
    app.connect("autodoc-process-docstring", _save_attribute_docstring, priority=400)
    app.connect("autodoc-process-docstring", _restore_attribute_docstring, priority=600)
    return {"parallel_read_safe": True}


# -- HTML -----------------------------------------------------------------------------------
html_theme = "furo"
html_title = "vardservice"
