"""The jinja2 environment, its formatting filters, and the format and language checks.

One environment per template folder and language, built once per process.
Templates are found in the user's ``template_dir`` first (run in jinja2's
sandbox), then in the package's ``render/templates/<format>/``. The filters are
the one place numbers, money and dates are formatted (babel, CLDR): templates
format and never compute.

=================  ===================================  ======================
filter             Swedish                              English
=================  ===================================  ======================
``number``         ``250 000``                          ``250,000``
``number(x, 1)``   ``2 196,0``                          ``2,196.0``
``money(unit)``    ``23,4 mnkr``                        ``23.4 MSEK``
``day``            ``18 november 2020``                 ``18 November 2020``
=================  ===================================  ======================
"""

from __future__ import annotations

import datetime
import functools
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

from vardservice._i18n import check_lang, locale_of, translation
from vardservice.errors import InvalidValue
from vardservice.render import _tree
from vardservice.units import Money, format_money, format_number

if TYPE_CHECKING:
    import jinja2

__all__ = [
    "FORMATS",
    "RenderFormat",
    "check_format",
    "environment",
    "format_day",
    "locale_of",
    "places",
    "template",
]

FORMATS: Final = ("markdown", "html", "text")
"""The text formats every document is written in."""

RenderFormat: TypeAlias = Literal["markdown", "html", "text"]
"""A text format, for the public renderers' ``format`` (as :data:`FORMATS`)."""


def check_format(owner: str, format: object, formats: tuple[str, ...] = FORMATS) -> str:
    """Return ``format`` if it is one of ``formats``, else raise naming ``owner``.

    Raises:
        InvalidValue: an unknown format.

    """
    if not isinstance(format, str) or format not in formats:
        known = ", ".join(f"'{name}'" for name in formats)
        raise InvalidValue(owner, "format", format, f"one of {known}")
    return format


_DAY_PATTERNS: Final = {
    "long": "d MMMM y",
    "weekday": "EEEE d MMMM y",
    "month": "LLLL y",
    "weekday_name": "EEEE",
    "day_month": "d MMMM",
    "month_name": "LLLL",
}


@functools.lru_cache(maxsize=4096)
def format_day(value: datetime.date, style: str, lang: str) -> str:
    """Return a date as a reader writes it: ``18 november 2020`` (cached).

    Args:
        value: the date.
        style: ``"long"``, ``"weekday"``, ``"month"``, ``"weekday_name"``,
            ``"day_month"``, ``"month_name"`` or ``"iso"`` (see
            :class:`~vardservice.render._tree.Day`).
        lang: the language.

    """
    if style == "iso":
        return value.isoformat()
    from babel.dates import format_date

    text: str = format_date(value, format=_DAY_PATTERNS[style], locale=locale_of(lang))
    return text


def places(value: Decimal) -> int:
    """Return the decimal places ``value`` needs to be shown exactly (at most 12)."""
    exponent = value.normalize().as_tuple().exponent
    return min(12, max(0, -exponent)) if isinstance(exponent, int) else 0


def _filters(lang: str) -> dict[str, Any]:
    def number(value: int | Decimal, decimals: int | None = 0) -> str:
        if decimals is None:
            decimals = places(Decimal(value))
        return format_number(value, decimals=decimals, lang=lang)

    def money(value: Money, unit: str = "kr", decimals: int | None = None) -> str:
        if unit == "auto":
            unit = "mnkr" if abs(value.amount) >= 1_000_000 else "kr"
        return format_money(value, unit, decimals=decimals, lang=lang)

    def day(value: datetime.date, style: str = "long") -> str:
        return format_day(value, style, lang)

    def value(cell: object) -> str:
        """Format a typed value or return text as it is."""
        if isinstance(cell, _tree.Number):
            return number(cell.value, cell.decimals)
        if isinstance(cell, _tree.Amount):
            return money(cell.value, cell.unit, cell.decimals)
        if isinstance(cell, _tree.Day):
            return day(cell.value, cell.style)
        if cell is None:
            return ""
        if isinstance(cell, tuple):  # a cell of several inlines
            return "".join(value(part) for part in cell)
        if isinstance(cell, _tree.Break):
            return " "
        if isinstance(cell, _tree.Strong | _tree.Emph | _tree.Code):
            return cell.text
        if isinstance(cell, _tree.Link):
            return cell.text
        return str(cell)

    return {"number": number, "money": money, "day": day, "value": value}


def _tests() -> dict[str, Any]:
    names = {
        "strong": _tree.Strong,
        "emph": _tree.Emph,
        "code": _tree.Code,
        "link": _tree.Link,
        "linebreak": _tree.Break,
        "inlines": tuple,
        "typed": _tree.Number | _tree.Amount | _tree.Day,
        "heading": _tree.Heading,
        "paragraph": _tree.Paragraph,
        "table": _tree.Table,
        "bullets": _tree.BulletList,
        "figure": _tree.Figure,
        "note": _tree.Note,
        "sources": _tree.Sources,
    }
    return {name: functools.partial(_is, kind) for name, kind in names.items()}


def _is(kind: Any, value: object) -> bool:
    return isinstance(value, kind)


def _autoescape(name: str | None) -> bool:
    """Escape in HTML and SVG templates: ``html/…``, ``svg/…``, ``*.html.j2``, ``*.svg.j2``."""
    if name is None:
        return False
    return name.startswith(("html/", "svg/")) or name.endswith((".html.j2", ".svg.j2"))


def _build(template_dir: str | None, lang: str) -> jinja2.Environment:
    import jinja2
    import jinja2.sandbox

    from vardservice.render._filters import FILTERS

    package = jinja2.PackageLoader("vardservice", "render/templates")
    loader: jinja2.BaseLoader = package
    cls: type[jinja2.Environment] = jinja2.Environment
    if template_dir is not None:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(template_dir), package])
        cls = jinja2.sandbox.SandboxedEnvironment
    env = cls(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Package templates never change while the process runs.
        auto_reload=template_dir is not None,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(translation(lang), newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(_filters(lang))
    env.filters.update(FILTERS)
    env.tests.update(_tests())
    env.globals["lang"] = lang
    return env


@functools.cache
def _environment(template_dir: str | None, lang: str) -> jinja2.Environment:
    return _build(template_dir, lang)


def template(
    template_dir: str | Path | None, *, lang: str, names: tuple[str, ...]
) -> jinja2.Template:
    """Return the first of ``names`` that exists, as :meth:`jinja2.Environment.select_template`.

    The package's templates never change while the process runs, so the choice is
    cached for them (jinja2 caches templates but not a name it did not find, and a
    miss costs a file lookup and an exception on every render); a ``template_dir``
    is asked each time, so that an edited template is seen.
    """
    if template_dir is None:
        check_lang("environment", lang)
        return _package_template(lang, names)
    return environment(template_dir, lang=lang).select_template(list(names))


@functools.cache
def _package_template(lang: str, names: tuple[str, ...]) -> jinja2.Template:
    return _environment(None, lang).select_template(list(names))


def environment(template_dir: str | Path | None = None, *, lang: str = "sv") -> jinja2.Environment:
    """Return the jinja2 environment for ``lang``, built once per process and template folder.

    Args:
        template_dir: a folder whose templates take precedence over the package's
            (same names, e.g. ``html/document.j2``); they run in the sandbox.
        lang: the language of the labels the templates translate.

    Raises:
        InvalidValue: an unknown language.

    """
    check_lang("environment", lang)
    return _environment(None if template_dir is None else str(Path(template_dir).resolve()), lang)
