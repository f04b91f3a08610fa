"""The per-subject templates not yet written as document trees (temporary)."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

from vardservice.errors import InvalidValue
from vardservice.units import Money, format_money, format_number

if TYPE_CHECKING:
    import jinja2
from vardservice.render._labels import _LABELS

T = TypeVar("T")
RenderFormat = Literal["markdown", "html", "text"]
_FORMATS: Final = ("markdown", "html", "text")
_LANGS: Final = ("sv", "en")


def _check(format: str, lang: str) -> None:
    if format not in _FORMATS:
        raise InvalidValue("render", "format", format, "'markdown', 'html' or 'text'")
    if lang not in _LANGS:
        raise InvalidValue("render", "lang", lang, "'sv' or 'en'")


def _longdate(value: datetime.date, lang: str) -> str:
    from babel.dates import format_date

    pattern = "d MMMM y"
    text: str = format_date(value, format=pattern, locale="sv_SE" if lang == "sv" else "en_GB")
    return text


def _markdown_cell(value: object) -> str:
    """Escape what would break a Markdown table cell."""
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _build(template_dir: str | None) -> jinja2.Environment:
    import jinja2
    import jinja2.sandbox

    package = jinja2.PackageLoader("vardservice", "render/templates")
    loader: jinja2.BaseLoader = package
    cls: type[jinja2.Environment] = jinja2.Environment
    if template_dir is not None:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(template_dir), package])
        cls = jinja2.sandbox.SandboxedEnvironment
    env = cls(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=lambda name: name is not None and name.endswith((".html.j2", ".svg.j2")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = _markdown_cell
    return env


@functools.cache
def _environment(template_dir: str | None) -> jinja2.Environment:
    return _build(template_dir)


def environment(template_dir: str | Path | None = None) -> jinja2.Environment:
    """Return the jinja2 environment, built once per process (per template folder).

    Args:
        template_dir: a folder whose templates take precedence over the package's
            (same names, ``<subject>.<format>.j2``); they run in the sandbox.

    """
    return _environment(None if template_dir is None else str(Path(template_dir).resolve()))


def _places(value: Decimal) -> int:
    """Return the decimal places ``value`` needs to be shown exactly (at most 12)."""
    exponent = value.normalize().as_tuple().exponent
    return min(12, max(0, -exponent)) if isinstance(exponent, int) else 0


def _context(lang: str) -> dict[str, Any]:
    """Return what every template gets for ``lang``: labels and formatting functions."""

    def number(value: int | Decimal, decimals: int = 0) -> str:
        return format_number(value, decimals=decimals, lang=lang)

    def money(value: Money, unit: str = "kr", decimals: int | None = None) -> str:
        return format_money(value, unit, decimals=decimals, lang=lang)

    def exact(value: Decimal) -> str:
        return format_number(value, decimals=_places(value), lang=lang)

    def amount(value: Money) -> str:
        # An estimate in the unit a reader expects for its size: "1,2 mnkr", "250 000 kr".
        unit = "mnkr" if abs(value.amount) >= 1_000_000 else "kr"
        return format_money(value, unit, lang=lang)

    def longdate(value: datetime.date) -> str:
        return _longdate(value, lang)

    def decimal(value: Decimal | None, places: int = 2) -> str:
        return "–" if value is None else format_number(value, decimals=places, lang=lang)

    return {
        "lang": lang,
        "t": _LABELS[lang],
        "number": number,
        "money": money,
        "amount": amount,
        "exact": exact,
        "longdate": longdate,
        "decimal": decimal,
    }


def _render(
    subject: str,
    format: str,
    lang: str,
    template_dir: str | Path | None,
    **data: Any,
) -> str:
    _check(format, lang)
    env = environment(template_dir)
    template = env.get_template(f"{subject}.{format}.j2")
    return template.render(**_context(lang), **data)


def _unique(items: Iterable[T]) -> list[T]:
    """Return ``items`` without repeats, in first-seen order (for footnotes)."""
    seen: list[T] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
