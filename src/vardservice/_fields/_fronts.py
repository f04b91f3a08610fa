"""Package fronts: a concept's package presents its private modules' names as its own."""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping

import attrs


def adopt(package: str, namespace: Mapping[str, object], names: Iterable[str]) -> None:
    """Present the classes and functions of a package's private modules as the package's own.

    A concept too big for one module is a package whose ``__init__`` re-exports names from
    private modules (``vardservice.vns._staffing``); they are documented, referenced, pickled
    and imported as ``vardservice.vns.Ward``. Their annotations are resolved first, where
    they were written, so that tools which read them later (cattrs, Sphinx, :func:`_held`)
    need not find every annotated name in the package.

    Args:
        package: the package's name, ``__name__`` of its ``__init__``.
        namespace: the package's ``globals()``.
        names: the names to adopt, its ``__all__``.

    """
    for name in names:
        obj = namespace[name]
        if isinstance(obj, type) and attrs.has(obj):
            attrs.resolve_types(obj)  # evaluates the annotations once, in their module
            resolved = {field.name: field.type for field in attrs.fields(obj)}
            obj.__annotations__ = {**obj.__annotations__, **resolved}
        if isinstance(obj, type | types.FunctionType):
            obj.__module__ = package
