"""The jinja2 environment, its formatting filters, and the format and language checks.

One environment per template folder and language, built once per process.
Templates are found in the user's ``template_dir`` first (run in jinja2's
sandbox), then in the package's ``render/templates/<format>/``. The filters are
the one place numbers, money and dates are formatted (babel, CLDR): templates
format and never compute.

====================  ==============================  ============================
filter                Swedish                         English
====================  ==============================  ============================
``number``            ``250 000``                     ``250,000``
``number(x, 1)``      ``2 196,0``                     ``2,196.0``
``money(unit)``       ``23,4 mnkr``                   ``23.4 MSEK``
``money("kr", 2)``    ``380 kr``, ``380,50 kr``       ``380 SEK``, ``380.50 SEK``
a negative value      ``−12,4 mnkr`` (U+2212)         ``-12.4 MSEK``
``day``               ``18 november 2020``            ``18 November 2020``
====================  ==============================  ============================
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import MutableMapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

from vardservice._i18n import check_lang, locale_of, translation
from vardservice.errors import InvalidValue, TemplateError
from vardservice.render import _tree
from vardservice.units import Money, format_money, format_number

if TYPE_CHECKING:
    import jinja2

__all__ = [
    "BINARY_FORMATS",
    "FORMATS",
    "BinaryFormat",
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

BINARY_FORMATS: Final = ("docx", "pdf")
"""The file formats every document is also written in: Word, and PDF (the ``pdf`` extra)."""

BinaryFormat: TypeAlias = Literal["docx", "pdf"]
"""A file format, for :meth:`~vardservice.render.DocumentType.render_bytes` (Word, PDF)."""


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
        if unit == "kr" and decimals and value.amount == value.amount.to_integral_value():
            decimals = 0  # whole kronor without öre: "380 kr", not "380,00 kr"
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


# --- the sandbox of users' templates ------------------------------------------------------

MAX_TEMPLATE_OUTPUT: Final = 10_000_000
"""The most characters a user's template may write (10 million), and the longest text,
list or power (in digits) one expression may make: past it, a :class:`TemplateError`."""

MAX_POWER_DIGITS: Final = 10_000
"""The most digits a ``**`` in a user's template may make (``10 ** 10000``)."""


def _user_sandbox() -> type[jinja2.Environment]:
    """Return the environment class of users' templates (made on first use: jinja2 is lazy).

    jinja2's :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment`: no attribute of
    Python's internals, and no method that changes a list, dict or set, so that a
    template cannot alter data another render sees. On top of it, ``**`` and ``*``
    are checked before they are computed (``7 ** 9999999`` would take seconds and
    ``"x" * 10**9`` a gigabyte), ``range`` is bounded by jinja2 (100 000 items),
    the output by :data:`MAX_TEMPLATE_OUTPUT`, and every error comes back as the
    library's :class:`~vardservice.errors.TemplateError` naming the template and line.
    Time is bounded only through these: jinja2 has no clock, so a template of nested
    loops can still be slow (each loop at most 100 000 turns).
    """
    global _SANDBOX
    if _SANDBOX is not None:
        return _SANDBOX
    import jinja2.sandbox

    class UserSandbox(jinja2.sandbox.ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset({"**", "*"})

        def call_binop(
            self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
        ) -> Any:
            _check_binop(operator, left, right)
            return super().call_binop(context, operator, left, right)

        def handle_exception(self, source: str | None = None) -> Any:
            from jinja2.debug import rewrite_traceback_stack

            try:
                raise rewrite_traceback_stack(source=source)
            except TemplateError:
                raise
            except Exception as exc:
                raise _template_error(exc) from exc

    def concat(chunks: Any) -> str:
        out: list[str] = []
        size = 0
        for chunk in chunks:
            size += len(chunk)
            if size > MAX_TEMPLATE_OUTPUT:
                code = getattr(chunks, "gi_code", None)
                name = None if code is None else "/".join(Path(code.co_filename).parts[-2:])
                reason = f"the output is over {MAX_TEMPLATE_OUTPUT} characters"
                raise TemplateError(name, None, reason)
            out.append(chunk)
        return "".join(out)

    UserSandbox.concat = staticmethod(concat)
    UserSandbox.make_globals = _flat_globals  # type: ignore[method-assign]
    _SANDBOX = UserSandbox
    return UserSandbox


_SANDBOX: type[jinja2.Environment] | None = None


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse a ``**`` or ``*`` whose result would be huge, before computing it."""
    import math

    from jinja2.exceptions import SecurityError

    def whole(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    if operator == "**":  # floats overflow to an error quickly; only whole numbers grow
        huge = whole(left) and whole(right) and abs(left) > 1 and right > 0
        if huge and right * math.log10(abs(left)) > MAX_POWER_DIGITS:
            raise SecurityError(f"{left} ** {right} has over {MAX_POWER_DIGITS} digits")
        return
    for seq, times in ((left, right), (right, left)):
        long = isinstance(seq, str | list | tuple) and whole(times)
        if long and len(seq) * times > MAX_TEMPLATE_OUTPUT:
            raise SecurityError(f"a result of {len(seq) * times} items or characters")
    product = whole(left) and whole(right) and left and right
    if product and math.log10(abs(left)) + math.log10(abs(right)) > MAX_POWER_DIGITS:
        raise SecurityError(f"a product of over {MAX_POWER_DIGITS} digits")


def _template_error(exc: BaseException) -> TemplateError:
    """Return the library's error for an exception raised rendering a user's template."""
    import jinja2

    name: str | None = None
    line: int | None = None
    if isinstance(exc, jinja2.TemplateSyntaxError):
        name, line = exc.name or exc.filename, exc.lineno
        reason = exc.message or "syntax error"
    else:
        tb = exc.__traceback__
        while tb is not None:  # the innermost frame of a template (jinja2 rewrote them)
            filename = tb.tb_frame.f_code.co_filename
            if filename.endswith(".j2"):
                name, line = filename, tb.tb_lineno
            tb = tb.tb_next
        reason = str(exc) or type(exc).__name__
        if not isinstance(exc, jinja2.TemplateError):
            reason = f"{type(exc).__name__}: {reason}"
    if name is not None:
        name = "/".join(Path(name).parts[-2:])
    reason = " ".join(reason.split())
    return TemplateError(name, line, reason if len(reason) <= 200 else reason[:199] + "\u2026")


def _flat_globals(
    self: jinja2.Environment, d: MutableMapping[str, Any] | None
) -> MutableMapping[str, Any]:
    """Return a template's globals as one dict: the environment's, then the template's own.

    jinja2 chains them (a ``ChainMap``) so that a global added to the environment
    later is seen by templates already loaded. Ours are all set when the
    environment is built (:func:`_build`), and a chain costs on every render: the
    context copies it and each ``{% import %}`` compares its keys (together ~40 µs,
    half the time of a bare template's render).
    """
    return {**self.globals, **(d or {})}


def _package_environment() -> type[jinja2.Environment]:
    """Return the environment class of the package's templates (made on first use)."""
    global _PACKAGE
    if _PACKAGE is None:
        import jinja2

        _PACKAGE = type(
            "PackageEnvironment", (jinja2.Environment,), {"make_globals": _flat_globals}
        )
    return _PACKAGE


_PACKAGE: type[jinja2.Environment] | None = None


def _build(template_dir: str | None, lang: str) -> jinja2.Environment:
    import jinja2

    from vardservice.render._blocks import BLOCK_FILTERS
    from vardservice.render._filters import FILTERS

    package = jinja2.PackageLoader("vardservice", "render/templates")
    loader: jinja2.BaseLoader = package
    cls: type[jinja2.Environment] = _package_environment()
    if template_dir is not None:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(template_dir), package])
        cls = _user_sandbox()
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
    env.filters.update(BLOCK_FILTERS)
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
            (same names, e.g. ``html/document.j2``); they run in a sandbox of their
            own (jinja2's ``ImmutableSandboxedEnvironment``, with limits): shared data
            read-only, results and output bounded, every error a
            :class:`~vardservice.errors.TemplateError`.
        lang: the language of the labels the templates translate.

    Raises:
        InvalidValue: an unknown language.

    """
    check_lang("environment", lang)
    return _environment(None if template_dir is None else str(Path(template_dir).resolve()), lang)
