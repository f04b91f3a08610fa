"""The geometry of the annual-wheel picture (årshjul); ``svg/wheel.j2`` places it.

Twelve month sectors on a ring, January at the top and the months clockwise, as
annual wheels are drawn; each entry is a numbered marker inside the ring at the
angle of its date (or the middle of its month), and the numbers refer to a legend
beside the wheel, wrapped to the picture's width (so a long title or entry
makes the picture taller, never wider). Markers that would touch move inward
to the next free lane, so that they do not overlap: with up to :data:`_LANES`
lanes this holds for a few dozen entries a month, far more than a wheel
carries; a crowded marker moves a little clockwise rather than cover another.
"""

from __future__ import annotations

import calendar
import math
from typing import Any, Final

from vardservice.planning import Activity, ActivityKind
from vardservice.render._layout._text import text_width, wrap

__all__ = ["KIND_COLOURS", "entry_angle", "wheel_layout"]

_WIDTH: Final = 1000.0  # the widest the picture is, in its own units (it scales with its container)
_MIN_LEGEND: Final = 240.0  # the narrowest the legend is
_MARGIN: Final = 20.0
_TITLE_SIZE: Final = 18.0  # bold
_TITLE_LINE: Final = 24.0
_TITLE_GAP: Final = 16.0  # below the title
_SIZE: Final = 13.0  # the legend
_NOTE_SIZE: Final = 12.0
_LINE: Final = 16.0  # a legend line
_SWATCH: Final = 14.0
_KIND_GAP: Final = 18.0
_OUTER: Final = 250.0  # outer radius of the month ring
_INNER: Final = 192.0  # inner radius of the month ring
_MARKER: Final = 10.0  # radius of an entry's marker
_LANE: Final = 2 * _MARKER + 5  # distance between marker lanes
_LANES: Final = 5
_GAP: Final = 2.0  # the least space between two markers of a lane
_MAX_SHIFT: Final = 45  # degrees a crowded marker may move clockwise to find room
_LEGEND_GAP: Final = 36.0
_ROW: Final = 24.0  # legend row height (an entry of one line)

KIND_COLOURS: Final = {
    ActivityKind.MEETING: "#1f5f99",
    ActivityKind.DEADLINE: "#b03a2e",
    ActivityKind.ACTIVITY: "#2d7d46",
    ActivityKind.REPORT: "#7d3c98",
}
_SECTOR_FILLS: Final = ("#e8f0f7", "#d5e3f0")


def _f(value: float) -> str:
    """Return an SVG coordinate to a tenth of a pixel, never ``-0.0``."""
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def _point(cx: float, cy: float, radius: float, degrees: float) -> tuple[float, float]:
    rad = math.radians(degrees)
    return cx + radius * math.cos(rad), cy + radius * math.sin(rad)


def entry_angle(activity: Activity, year: int) -> float:
    """Return the angle (degrees, clockwise from 3 o'clock) of an entry on the wheel.

    January starts at -90° (12 o'clock); each month has 30°. A dated entry sits at
    its day within the month; a month-placed one in the middle of its month.
    """
    month = activity.month_of_year
    start = -90.0 + 30.0 * (month - 1)
    if activity.date is None:
        return start + 15.0
    days = calendar.monthrange(year, month)[1]
    return start + 30.0 * (activity.date.day - 0.5) / days


def _lane_radius(lane: int) -> float:
    return _INNER - _MARKER - 6 - lane * _LANE


def _fits(angle: float, placed: list[float], radius: float) -> bool:
    need = math.degrees((2 * _MARKER + _GAP) / radius)
    return all(min(abs(angle - a) % 360, 360 - abs(angle - a) % 360) >= need for a in placed)


def _lanes(angles: list[float]) -> list[tuple[float, int]]:
    """Place each marker where it touches no marker already placed.

    The outermost free lane at the entry's own angle; when all lanes are taken
    there, the marker moves clockwise in steps of one degree (at most
    :data:`_MAX_SHIFT`) to the first place with a free lane. Only beyond that
    does it overlap, in the innermost lane.
    """
    placed: list[list[float]] = [[] for _ in range(_LANES)]
    chosen: list[tuple[float, int]] = []
    for angle in angles:
        spot = (angle, _LANES - 1)
        for shift in range(_MAX_SHIFT + 1):
            free = [
                lane
                for lane in range(_LANES)
                if _fits(angle + shift, placed[lane], _lane_radius(lane))
            ]
            if free:
                spot = (angle + shift, free[0])
                break
        placed[spot[1]].append(spot[0])
        chosen.append(spot)
    return chosen


def _legend_rows(
    texts: list[str], top: float, label_x: float, width: float
) -> tuple[list[dict[str, Any]], float]:
    """Return each legend entry's lines and places, wrapped to ``width``; and the bottom."""
    rows = []
    y = top
    for text in texts:
        lines = wrap(text, width, _SIZE)
        rows.append(
            {
                "y": y,
                "lines": [
                    {"text": line, "x": _f(label_x), "y": _f(y + 4.5 + _LINE * i)}
                    for i, line in enumerate(lines)
                ],
            }
        )
        y += max(_ROW, _LINE * len(lines) + (_ROW - _LINE))
    return rows, y


def wheel_layout(
    entries: tuple[Activity, ...],
    year: int,
    *,
    months: list[str],
    legend: list[str],
    kinds: list[str],
    note: str = "",
    title: str = "",
) -> dict[str, Any]:
    """Return the picture's geometry: title, sectors, month labels, markers and legend.

    The picture is as wide as its legend needs, at most :data:`_WIDTH` units
    whatever its texts: the title, the legend's entries and its note are wrapped (measured with
    :mod:`~vardservice.render._layout._text`) to fit, and the picture grows
    downwards instead. The template gives it a ``viewBox`` and no fixed size,
    so that it scales with its container.

    Args:
        entries: the year's entries, in calendar order (numbered from 1 in this order).
        year: the year (for the days in each month).
        months: the twelve month names to show.
        legend: each entry's line of the legend (after its number).
        kinds: the names of the kinds of entry, in the order of :class:`ActivityKind`.
        note: a note below the legend (``""`` for none).
        title: the picture's title.

    Returns:
        Plain data for the template: the picture's ``width`` and ``height``, the
        ``title`` lines, the centre, the twelve ``sectors`` (path, fill, label
        place and rotation), the ``spokes``, one entry of ``markers`` per entry
        (its number, kind, month, colour, place on the ring and its legend
        ``lines``), the ``kinds`` of the legend's first rows and the ``note``
        lines, every coordinate as text.

    """
    legend_x = _MARGIN + 2 * _OUTER + _LEGEND_GAP
    # As wide as the legend needs, up to the widest picture; wider texts wrap.
    needed = max(
        [
            2 * _MARKER + 8 + max((text_width(text, _SIZE) for text in legend), default=0.0),
            sum(_SWATCH + 6 + text_width(name, _SIZE) + _KIND_GAP for name in kinds) - _KIND_GAP,
            _MIN_LEGEND,
        ]
    )
    legend_width = min(needed, _WIDTH - _MARGIN - legend_x)
    width = legend_x + legend_width + _MARGIN
    title_rows = []
    y = _MARGIN
    for line in wrap(title, width - 2 * _MARGIN, _TITLE_SIZE, bold=True) if title else []:
        y += _TITLE_LINE
        title_rows.append({"text": line, "y": _f(y - 6)})
    top = y + _TITLE_GAP
    cx = _MARGIN + _OUTER
    cy = top + _OUTER
    sectors = []
    for i, name in enumerate(months):
        start, end = -90.0 + 30.0 * i, -90.0 + 30.0 * (i + 1)
        ox1, oy1 = _point(cx, cy, _OUTER, start)
        ox2, oy2 = _point(cx, cy, _OUTER, end)
        ix2, iy2 = _point(cx, cy, _INNER, end)
        ix1, iy1 = _point(cx, cy, _INNER, start)
        path = (
            f"M {_f(ox1)} {_f(oy1)} A {_f(_OUTER)} {_f(_OUTER)} 0 0 1 {_f(ox2)} {_f(oy2)} "
            f"L {_f(ix2)} {_f(iy2)} A {_f(_INNER)} {_f(_INNER)} 0 0 0 {_f(ix1)} {_f(iy1)} Z"
        )
        middle = start + 15.0
        lx, ly = _point(cx, cy, (_OUTER + _INNER) / 2, middle)
        # Along the ring, and never upside down: the lower half reads the other way.
        rotation = middle + 90.0 if math.sin(math.radians(middle)) <= 0 else middle - 90.0
        sectors.append(
            {
                "month": i + 1,
                "name": name,
                "path": path,
                "fill": _SECTOR_FILLS[i % 2],
                "label_x": _f(lx),
                "label_y": _f(ly),
                "rotate": _f(rotation),
            }
        )
    # Faint spokes at the month boundaries show which month a marker belongs to.
    spokes = []
    for i in range(12):
        x1, y1 = _point(cx, cy, _INNER, -90.0 + 30.0 * i)
        x2, y2 = _point(cx, cy, _lane_radius(_LANES) + _LANE / 2, -90.0 + 30.0 * i)
        spokes.append({"x1": _f(x1), "y1": _f(y1), "x2": _f(x2), "y2": _f(y2)})
    angles = [entry_angle(a, year) for a in entries]
    spots = _lanes(angles)
    # The kinds first, as many to a row as fit.
    kind_rows: list[dict[str, Any]] = []
    x, row_y = legend_x, top
    for i, name in enumerate(kinds):
        need = _SWATCH + 6 + text_width(name, _SIZE)
        if x > legend_x and x + need > legend_x + legend_width:
            x, row_y = legend_x, row_y + _ROW
        kind = list(ActivityKind)[i]
        kind_rows.append(
            {
                "kind": kind.value,
                "colour": KIND_COLOURS[kind],
                "x": _f(x),
                "text_x": _f(x + _SWATCH + 6),
                "y": _f(row_y - _SWATCH / 2),
                "text_y": _f(row_y + 4.5),
            }
        )
        x += need + _KIND_GAP
    label_x = legend_x + 2 * _MARKER + 8
    rows, legend_bottom = _legend_rows(
        legend, row_y + 1.5 * _ROW, label_x, legend_x + legend_width - label_x
    )
    markers = []
    for number, (activity, (angle, lane), row) in enumerate(
        zip(entries, spots, rows, strict=True), start=1
    ):
        mx, my = _point(cx, cy, _lane_radius(lane), angle)
        markers.append(
            {
                "number": number,
                "kind": activity.kind.value,
                "month": activity.month_of_year,
                "colour": KIND_COLOURS[activity.kind],
                "x": _f(mx),
                "y": _f(my),
                "text_y": _f(my + 3.5),
                "legend_x": _f(legend_x + _MARKER),
                "legend_y": _f(row["y"]),
                "legend_text_y": _f(row["y"] + 3.5),
                "lines": row["lines"],
            }
        )
    note_lines = []
    if note:
        for i, line in enumerate(wrap(note, legend_width, _NOTE_SIZE)):
            note_lines.append(
                {"text": line, "x": _f(legend_x), "y": _f(legend_bottom + 4 + _LINE * i)}
            )
        legend_bottom += _LINE * len(note_lines)
    height = max(cy + _OUTER + _MARGIN, legend_bottom + _MARGIN)
    return {
        "width": _f(width),
        "height": _f(height),
        "title": title_rows,
        "cx": _f(cx),
        "cy": _f(cy),
        "title_x": _f(_MARGIN),
        "marker_r": _f(_MARKER),
        "note": note_lines,
        "year_y": _f(cy + 12),
        "sectors": sectors,
        "spokes": spokes,
        "markers": markers,
        "kinds": kind_rows,
    }
