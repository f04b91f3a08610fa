"""The annual wheel (årshjul) and the meeting calendar (BS §6, NSN)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from vardservice.errors import InvalidValue
from vardservice.planning import Activity, ActivityKind, AnnualWheel

if TYPE_CHECKING:
    pass
from vardservice.render._labels import _LABELS
from vardservice.render._legacy import RenderFormat, _check, _context, _render, _unique, environment

# --- annual wheel (årshjul) and meeting calendar -------------------------------------------

WheelFormat = Literal["svg", "html", "markdown", "text"]
_WHEEL_FORMATS: Final = ("svg", "html", "markdown", "text")


def _locale(lang: str) -> str:
    return "sv_SE" if lang == "sv" else "en_GB"


def _month_names(lang: str) -> list[str]:
    from babel.dates import get_month_names

    names = get_month_names("wide", locale=_locale(lang))
    return [str(names[m]) for m in range(1, 13)]


def _when(activity: Activity, year: int, lang: str, *, weekday: bool = False) -> str:
    """Return when an entry is: "tisdag 4 februari 2025", or "under mars 2025"."""
    from babel.dates import format_date

    if activity.date is not None:
        pattern = "EEEE d MMMM y" if weekday else "d MMMM y"
        text: str = format_date(activity.date, format=pattern, locale=_locale(lang))
        return text
    month: str = format_date(
        datetime.date(year, activity.month_of_year, 1), format="LLLL y", locale=_locale(lang)
    )
    return f"{_LABELS[lang]['during']} {month}"


def _weekday_name(activity: Activity, lang: str) -> str:
    from babel.dates import format_date

    if activity.date is None:
        return "–"
    text: str = format_date(activity.date, format="EEEE", locale=_locale(lang))
    return text


def _wheel_rows(
    entries: tuple[Activity, ...], year: int, lang: str, *, weekday: bool = False
) -> list[dict[str, Any]]:
    """Return one row per entry with its number and its formatted place in the year."""
    labels = _LABELS[lang]
    return [
        {
            "number": number,
            "activity": activity,
            "when": _when(activity, year, lang, weekday=weekday),
            "weekday": _weekday_name(activity, lang),
            "kind": labels[f"kind_{activity.kind.value}"],
            "mark": "*" if activity.illustrative else "",
        }
        for number, activity in enumerate(entries, start=1)
    ]


def _wheel_sources(wheel: AnnualWheel, entries: tuple[Activity, ...]) -> list[str]:
    found = [str(a.source) for a in entries if a.source is not None]
    if wheel.meetings is not None and wheel.meetings.source is not None:
        found.append(str(wheel.meetings.source))
    return _unique(found)


def render_annual_wheel(
    wheel: AnnualWheel,
    year: int,
    *,
    format: WheelFormat = "svg",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a year of an annual wheel (årshjul, BS §6) as a picture or a table.

    ``"svg"`` draws the wheel: twelve month sectors (each a ``path`` of class
    ``month-sector``), January at the top and the months clockwise, named in
    ``lang`` ("januari"); each entry of :meth:`AnnualWheel.for_year
    <vardservice.planning.AnnualWheel.for_year>` is a numbered marker on the ring
    at its date (or in the middle of its month), coloured by kind, and a legend
    beside the wheel lists the numbers with date and title. ``"html"`` embeds
    that SVG inline above a table of the entries; ``"markdown"`` and ``"text"``
    give the table. An entry whose date or month is illustrative is marked ``*``.

    Args:
        wheel: the annual wheel.
        year: the year to show.
        format: ``"svg"`` (default), ``"html"``, ``"markdown"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: not a wheel, a bad year, or an unknown format or language.

    Example:
        >>> from vardservice.planning import MeetingRule
        >>> svg = render_annual_wheel(AnnualWheel(name="NSN", meetings=MeetingRule()), 2025)
        >>> svg.count('class="month-sector"'), ">februari<" in svg
        (12, True)

    """
    if not isinstance(wheel, AnnualWheel):
        raise InvalidValue("render_annual_wheel", "wheel", wheel, "an AnnualWheel")
    if format not in _WHEEL_FORMATS:
        raise InvalidValue(
            "render_annual_wheel", "format", format, "'svg', 'html', 'markdown' or 'text'"
        )
    _check("html", lang)
    entries = wheel.for_year(year)
    rows = _wheel_rows(entries, year, lang)
    data: dict[str, Any] = {
        "wheel": wheel,
        "year": year,
        "rows": rows,
        "sources": _wheel_sources(wheel, entries),
        "illustrative": any(a.illustrative for a in entries),
    }
    if format in ("svg", "html"):
        from vardservice.render._wheel import wheel_layout

        short = [_when(a, year, lang).removesuffix(f" {year}") for a in entries]
        data["short"] = short
        data["chart"] = wheel_layout(
            entries,
            year,
            months=_month_names(lang),
            legend_chars=[
                *(len(s) + len(a.title) + 4 for s, a in zip(short, entries, strict=True)),
                len(_LABELS[lang]["illustrative_placement"]) if data["illustrative"] else 0,
            ],
        )
    env = environment(template_dir)
    template = env.get_template(f"annual_wheel.{format}.j2")
    return template.render(**_context(lang), **data)


def render_meeting_calendar(
    wheel: AnnualWheel,
    year: int,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render the year's meetings and deadlines as a table, with weekdays.

    One row per meeting or deadline of :meth:`AnnualWheel.for_year
    <vardservice.planning.AnnualWheel.for_year>`, in order: the date in full
    ("18 november 2020"), the weekday ("onsdag"), the title, the kind and who is
    responsible. A deadline placed on a month shows "under mars 2025" and no weekday.

    Args:
        wheel: the annual wheel.
        year: the year to show.
        format: ``"markdown"`` (default), ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: not a wheel, a bad year, or an unknown format or language.

    Example:
        >>> from vardservice.planning import MeetingRule
        >>> text = render_meeting_calendar(AnnualWheel(name="NSN", meetings=MeetingRule()), 2025)
        >>> text.splitlines()[4]
        '| 4 februari 2025 | tisdag | Nätverksmöte | Möte |  |'

    """
    if not isinstance(wheel, AnnualWheel):
        raise InvalidValue("render_meeting_calendar", "wheel", wheel, "an AnnualWheel")
    _check(format, lang)
    kinds = (ActivityKind.MEETING, ActivityKind.DEADLINE)
    entries = tuple(a for a in wheel.for_year(year) if a.kind in kinds)
    return _render(
        "meeting_calendar",
        format,
        lang,
        template_dir,
        wheel=wheel,
        year=year,
        rows=_wheel_rows(entries, year, lang),
        sources=_wheel_sources(wheel, entries),
        illustrative=any(a.illustrative for a in entries),
    )
