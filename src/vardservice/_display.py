"""Rich display in notebooks: a registry the render layer fills, so no model imports render.

A model that a notebook user looks at (a budget, a report, a subproject, …)
derives from :class:`Displayable`, which gives it ``_repr_html_`` and
``_repr_markdown_`` (the methods Jupyter and IPython call). They look the
object's type up in :data:`DISPLAYS`, which :mod:`vardservice.render` fills
when it is imported (``render._notebook`` registers a composer per type), in
the way pandas registers formatters or IPython's ``for_type`` does. The
lookup imports ``vardservice.render`` by name the first time, so the layer
contract holds: the models know the registry, not the renderers.

Example:
    >>> class Thing(Displayable):
    ...     __slots__ = ()
    >>> register(Thing, lambda obj, format: f"<b>{format}</b>")
    >>> Thing()._repr_html_()
    '<b>html</b>'
    >>> Thing()._repr_markdown_()
    '<b>markdown</b>'

"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Literal

__all__ = ["DISPLAYS", "Displayable", "Shown", "display", "register", "short_repr"]

Shown = Callable[[Any, Literal["html", "markdown"]], str]
"""A composer of display: ``(obj, format) -> HTML or Markdown``."""

DISPLAYS: dict[type, Shown] = {}
"""Each displayable type's composer, registered by the render layer."""

_RENDER = "vardservice.render"  # imported by name: the layer that fills DISPLAYS
_LONGEST = 40


def register(cls: type, shown: Shown) -> None:
    """Register how ``cls`` (and its subclasses) is displayed in a notebook.

    Args:
        cls: the type.
        shown: returns the object as an HTML fragment or Markdown.

    """
    DISPLAYS[cls] = shown


def display(obj: object, format: Literal["html", "markdown"]) -> str | None:
    """Return ``obj`` as HTML or Markdown for a notebook, or ``None`` when it has no display.

    Args:
        obj: the object.
        format: ``"html"`` or ``"markdown"``.

    Returns:
        The text, or ``None`` (the notebook then shows the plain ``repr``).

    """
    importlib.import_module(_RENDER)  # fills DISPLAYS on its first import
    for cls in type(obj).__mro__:
        shown = DISPLAYS.get(cls)
        if shown is not None:
            return shown(obj, format)
    return None


def short_repr(obj: object) -> str:
    """Return a one-line ``repr`` of an attrs object: lists counted, nested objects named.

    ``Budget(year=2024, fees=<21 items>)`` rather than a thousand characters: the
    plain ``repr`` of a large model, whose full content the rich display shows.

    Args:
        obj: an attrs object.

    Returns:
        ``Name(field=value, …)``, each text cut at 40 characters.

    """
    parts = []
    for field in getattr(type(obj), "__attrs_attrs__", ()):
        if not field.repr:
            continue
        value = getattr(obj, field.name)
        if isinstance(value, tuple | list | frozenset | dict) or hasattr(value, "items"):
            shown = f"<{len(value)} items>"
        elif hasattr(type(value), "__attrs_attrs__"):
            shown = f"<{type(value).__name__}>"
        else:
            shown = repr(value)
            shown = shown if len(shown) <= _LONGEST else shown[: _LONGEST - 2] + "…" + shown[-1]
        parts.append(f"{field.name}={shown}")
    return f"{type(obj).__name__}({', '.join(parts)})"


class Displayable:
    """A model with a rich display in notebooks (``_repr_html_``, ``_repr_markdown_``).

    A large model declared with ``repr=False`` gets the short :func:`short_repr`.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return short_repr(self)

    def _repr_html_(self) -> str | None:
        return display(self, "html")

    def _repr_markdown_(self) -> str | None:
        return display(self, "markdown")
