"""The annual wheel (årshjul) and the meeting calendar (BS §6, NSN).

Each composer builds a document tree (:mod:`vardservice.render._tree`) once; the
writers give it as Markdown, HTML or text. The wheel's picture is laid out in
Python (``render/_layout/wheel.py``) and placed by the template
``svg/wheel.j2`` of the same environment as the writers, so a ``template_dir``
holding its own ``svg/wheel.j2`` changes the picture too. Dates, in the tables
and in the picture, are formatted in the one place every date is
(:func:`vardservice.render._env.format_day`, the writers' ``day`` filter).

Example:
    >>> from vardservice.planning import MeetingRule
    >>> wheel = AnnualWheel(name="NSN", meetings=MeetingRule())
    >>> render_meeting_calendar(wheel, 2025).splitlines()[4]
    '| 4 februari 2025 | tisdag | Nätverksmöte | Möte |  |'

"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from pathlib import Path
from typing import Final, Literal

from vardservice._i18n import translation
from vardservice.errors import InvalidValue
from vardservice.planning import Activity, ActivityKind, AnnualWheel
from vardservice.render._env import RenderFormat, environment, format_day
from vardservice.render._registry import DOCUMENTS, Option, document
from vardservice.render._tree import (
    Block,
    BulletList,
    Cell,
    Column,
    Day,
    Document,
    Figure,
    Heading,
    Inline,
    Note,
    Number,
    Paragraph,
    Sources,
    Strong,
    Table,
    fill,
)

__all__ = ["WheelFormat", "render_annual_wheel", "render_meeting_calendar"]

WheelFormat = Literal["svg", "html", "markdown", "text"]
"""The formats of the annual wheel: the picture, or the picture and table, or the table."""

_WHEEL_FORMATS: Final = ("svg", "html", "markdown", "text")
_YEAR: Final = (Option(name="year", kind="year", help="the year to show", required=True),)


def _year_of(wheel: AnnualWheel, year: int | None, kind: str) -> int:
    """Return ``year``, or when it is ``None`` the year of the wheel's first dated entry."""
    if year is not None:
        return year
    dated = sorted(a.date.year for a in wheel.activities if a.date is not None)
    if not dated:
        raise InvalidValue(f"render {kind}", "year", None, "a year to show")
    return dated[0]


def _kind_label(kind: ActivityKind, lang: str) -> str:
    t = translation(lang)
    labels = {
        ActivityKind.MEETING: t.pgettext("activity kind", "Meeting"),
        ActivityKind.DEADLINE: t.pgettext("activity kind", "Deadline"),
        ActivityKind.ACTIVITY: t.pgettext("activity kind", "Activity"),
        ActivityKind.REPORT: t.pgettext("activity kind", "Report"),
    }
    return labels[kind]


def _month_day(activity: Activity, year: int) -> datetime.date:
    """Return the first day of the month an undated entry is placed in."""
    return datetime.date(year, activity.month_of_year, 1)


def _when(activity: Activity, year: int, lang: str) -> Cell:
    """Return when an entry is, as a cell: "4 februari 2025", "i mars 2025", marked ``*``."""
    _ = translation(lang).gettext
    parts: tuple[Inline, ...]
    if activity.date is not None:
        parts = (Day(activity.date),)
    else:
        parts = fill(_("in {month}"), month=Day(_month_day(activity, year), "month"))
    return (*parts, "*") if activity.illustrative else parts


def _illustrative_note(entries: Iterable[Activity], lang: str) -> tuple[Block, ...]:
    _ = translation(lang).gettext
    if not any(a.illustrative for a in entries):
        return ()
    return (
        Note.of(
            _("* The date, month or weekday is an illustrative example, not taken from a source.")
        ),
    )


def _sources(wheel: AnnualWheel, entries: tuple[Activity, ...], lang: str) -> tuple[Block, ...]:
    found: list[str] = []
    for citation in [a.source for a in entries] + [
        None if wheel.meetings is None else wheel.meetings.source
    ]:
        if citation is not None and citation.text not in found:
            found.append(citation.text)
    if not found:
        return ()
    label = translation(lang).npgettext("sources", "Source", "Sources", len(found))
    # One line, as a reader cites several sections of one source: "BS §6; BS §3.2."
    return (Sources(label, (("; ".join(found) + ".",),)),)


def _example() -> AnnualWheel:
    from vardservice.planning import MeetingRule
    from vardservice.sources import cite

    return AnnualWheel(
        name="Nationella servicenätverket",
        description="Antalet möten kommer från källan; veckodag och månader är illustrativa.",
        activities=(
            Activity(
                title="Sista dag för nyckeltal",
                kind=ActivityKind.DEADLINE,
                date="2025-03-31",
                responsible="Medlemsregionerna",
                source=cite("BS", "3.2"),
            ),
            Activity(
                title="Verksamhetsplan",
                kind=ActivityKind.REPORT,
                month=11,
                description="Verksamhetsplan med aktivitetsplan och budget för nästa år.",
                illustrative=True,
                source=cite("BS", "6"),
            ),
        ),
        meetings=MeetingRule(
            count=4, title="Servicenätverkets möte", responsible="Riksorganisationen"
        ),
    )


# -- the annual wheel -------------------------------------------------------------------------


def _wheel_figure(
    wheel: AnnualWheel,
    entries: tuple[Activity, ...],
    year: int,
    *,
    title: str,
    lang: str,
    template_dir: str | Path | None,
) -> Figure:
    """Return the wheel as a figure: laid out in ``_layout.wheel``, placed by ``svg/wheel.j2``."""
    from vardservice.render._layout.wheel import wheel_layout

    _ = translation(lang).gettext
    short = [
        format_day(a.date, "day_month", lang)
        if a.date is not None
        else _("in {month}").format(month=format_day(_month_day(a, year), "month_name", lang))
        for a in entries
    ]
    legend = [
        f"{when}: {a.title}{'*' if a.illustrative else ''}"
        for when, a in zip(short, entries, strict=True)
    ]
    note = (
        _("* The date, month or weekday is an illustrative example, not taken from a source.")
        if any(a.illustrative for a in entries)
        else ""
    )
    layout = wheel_layout(
        entries,
        year,
        months=[format_day(datetime.date(year, m, 1), "month_name", lang) for m in range(1, 13)],
        legend=legend,
        kinds=[_kind_label(kind, lang) for kind in ActivityKind],
        note=note,
        title=title,
    )
    label = _(
        "Annual wheel: the twelve months clockwise with January at the top;"
        " the numbered markers are the year's activities, listed beside it"
    )
    text = {
        "title": title,
        "label": label,
        "year": str(year),
        "kinds": [_kind_label(kind, lang) for kind in ActivityKind],
        "legend": legend,
        "tooltips": [
            f"{number}. {when}: {a.title}"
            for number, (when, a) in enumerate(zip(short, entries, strict=True), start=1)
        ],
        "note": note,
    }
    template = environment(template_dir, lang=lang).get_template("svg/wheel.j2")
    return Figure(svg=template.render(chart=layout, text=text), caption=label)


@document(
    "annual-wheel",
    AnnualWheel,
    summary="A year of a network's annual wheel: the picture and a table (BS §6, NSN).",
    formats=_WHEEL_FORMATS,
    options=_YEAR,
    example=_example,
    source="BS §6",
    draws=True,
)
def compose_annual_wheel(
    wheel: AnnualWheel,
    *,
    lang: str,
    year: int | None = None,
    template_dir: str | Path | None = None,
) -> Document:
    """Compose a year of an annual wheel: its picture, a table of the entries, notes, sources.

    Args:
        wheel: the annual wheel.
        lang: the language.
        year: the year to show; by default the year of the wheel's first dated entry.
        template_dir: your own templates (for the picture's ``svg/wheel.j2``).

    Returns:
        The document tree.

    Raises:
        InvalidValue: a bad year, or none given for a wheel without a dated entry.

    """
    _ = translation(lang).gettext
    year = _year_of(wheel, year, "annual-wheel")
    entries = wheel.for_year(year)
    title = _("Annual wheel {year}: {name}").format(year=year, name=wheel.name)
    blocks: list[Block] = []
    if wheel.description:
        blocks.append(Paragraph.of(wheel.description))
    blocks.append(
        _wheel_figure(wheel, entries, year, title=title, lang=lang, template_dir=template_dir)
    )
    if entries:
        blocks.append(
            Table(
                columns=(
                    Column(_("No."), "right"),
                    Column(_("When")),
                    Column(_("Activity")),
                    Column(_("Kind")),
                    Column(_("Responsible")),
                ),
                rows=tuple(
                    (
                        Number(number),
                        _when(a, year, lang),
                        a.title,
                        _kind_label(a.kind, lang),
                        a.responsible,
                    )
                    for number, a in enumerate(entries, start=1)
                ),
            )
        )
    else:
        blocks.append(Paragraph.of(_("No activities this year.")))
    blocks.extend(_illustrative_note(entries, lang))
    described = [(n, a) for n, a in enumerate(entries, start=1) if a.description]
    if described:
        blocks.append(Heading(_("About the activities")))
        blocks.append(
            BulletList.of(
                (Strong(f"{number}. {a.title}:"), " " + str(a.description))
                for number, a in described
            )
        )
    blocks.extend(_sources(wheel, entries, lang))
    return Document(kind="annual-wheel", title=title, lang=lang, blocks=tuple(blocks))


def render_annual_wheel(
    wheel: AnnualWheel,
    year: int,
    *,
    format: WheelFormat = "svg",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render a year of an annual wheel (årshjul, BS §6) as a picture or a table.

    ``"svg"`` draws the wheel: twelve month sectors (each a ``path`` of class
    ``month-sector``), January at the top and the months clockwise, named in
    ``lang`` ("januari"); each entry of :meth:`AnnualWheel.for_year
    <vardservice.planning.AnnualWheel.for_year>` is a numbered marker on the ring
    at its date (or in the middle of its month), coloured by kind, and a legend
    beside the wheel lists the numbers with date and title. ``"html"`` embeds
    that SVG above a table of the entries; ``"markdown"`` and ``"text"`` give
    the table. An entry whose date or month is illustrative is marked ``*``; the
    entries' descriptions follow the table. The picture is laid out in
    ``render/_layout/wheel.py`` and placed by the template
    ``svg/wheel.j2``, which your own ``template_dir`` may replace.

    Args:
        wheel: the annual wheel.
        year: the year to show.
        format: ``"svg"`` (default), ``"html"``, ``"markdown"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The picture or the document.

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
    if year is None:
        raise InvalidValue("render_annual_wheel", "year", year, "a year")
    return DOCUMENTS["annual-wheel"].render(
        wheel, format=format, lang=lang, template_dir=template_dir, fragment=fragment, year=year
    )


# -- the meeting calendar ---------------------------------------------------------------------


@document(
    "meeting-calendar",
    AnnualWheel,
    summary="A year's meetings and deadlines with their weekdays (BS §6, NSN).",
    options=_YEAR,
    example=_example,
    source="BS §6",
)
def compose_meeting_calendar(wheel: AnnualWheel, *, lang: str, year: int | None = None) -> Document:
    """Compose the year's meetings and deadlines as a table, with weekdays.

    Args:
        wheel: the annual wheel.
        lang: the language.
        year: the year to show; by default the year of the wheel's first dated entry.

    Returns:
        The document tree.

    Raises:
        InvalidValue: a bad year, or none given for a wheel without a dated entry.

    """
    _ = translation(lang).gettext
    year = _year_of(wheel, year, "meeting-calendar")
    kinds = (ActivityKind.MEETING, ActivityKind.DEADLINE)
    entries = tuple(a for a in wheel.for_year(year) if a.kind in kinds)
    blocks: list[Block] = []
    if entries:
        blocks.append(
            Table(
                columns=(
                    Column(_("Date")),
                    Column(_("Weekday")),
                    Column(_("Activity")),
                    Column(_("Kind")),
                    Column(_("Responsible")),
                ),
                rows=tuple(
                    (
                        _when(a, year, lang),
                        "–" if a.date is None else Day(a.date, "weekday_name"),
                        a.title,
                        _kind_label(a.kind, lang),
                        a.responsible,
                    )
                    for a in entries
                ),
            )
        )
    else:
        blocks.append(Paragraph.of(_("No activities this year.")))
    blocks.extend(_illustrative_note(entries, lang))
    blocks.extend(_sources(wheel, entries, lang))
    return Document(
        kind="meeting-calendar",
        title=_("Meetings and deadlines {year}: {name}").format(year=year, name=wheel.name),
        lang=lang,
        blocks=tuple(blocks),
    )


def render_meeting_calendar(
    wheel: AnnualWheel,
    year: int,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
    fragment: bool = False,
) -> str:
    """Render the year's meetings and deadlines as a table, with weekdays.

    One row per meeting or deadline of :meth:`AnnualWheel.for_year
    <vardservice.planning.AnnualWheel.for_year>`, in order: the date in full
    ("18 november 2020"), the weekday ("onsdag"), the title, the kind and who is
    responsible. A deadline placed on a month shows "i mars 2025" and no weekday.

    Args:
        wheel: the annual wheel.
        year: the year to show.
        format: ``"markdown"`` (default), ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"``.
        template_dir: your own templates, tried before the package's.
        fragment: HTML only: the bare ``<section>`` to embed, not a standalone page.

    Returns:
        The document.

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
    if year is None:
        raise InvalidValue("render_meeting_calendar", "year", year, "a year")
    return DOCUMENTS["meeting-calendar"].render(
        wheel, format=format, lang=lang, template_dir=template_dir, fragment=fragment, year=year
    )
