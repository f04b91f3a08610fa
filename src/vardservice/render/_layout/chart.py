"""The geometry of the benchmark's bar chart; ``svg/chart.j2`` places it.

One horizontal bar per value, top to bottom in the order given (the regions by
rank, best on top), all starting from zero. The picture is a fixed coordinate
system (``viewBox``) that scales with its container; inside it, every text is
measured (:mod:`vardservice.render._layout._text`) so that nothing collides:

* the title is wrapped to the picture's width, on rows of its own;
* the median's label has a row of its own above the bars, so the dashed median
  line runs only through the bars, never through a text;
* the labels on the left get the width of the widest, the values a column of
  their own right of the plot, so no bar end or line reaches them;
* an axis below the bars, with ticks at round values (1, 2 or 5 times a power
  of ten) far enough apart for their labels.

Values may be negative: the bars then grow left of the zero line.

Example:
    >>> from decimal import Decimal
    >>> layout = bar_chart([Decimal(290), Decimal(310)], median=Decimal(300), marked={0},
    ...                    labels=["1. Halland", "2. Skåne"], values_text=["290,00", "310,00"],
    ...                    title="Kostnad", median_label="Median 300,00")
    >>> [(bar["width"], bar["reader"]) for bar in layout["bars"]]
    [('472.7', True), ('505.3', False)]
    >>> [str(tick["value"]) for tick in layout["ticks"]]
    ['0', '50', '100', '150', '200', '250', '300']

"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import Any, Final

from vardservice.render._layout._text import text_width, wrap

__all__ = ["bar_chart"]

_WIDTH: Final = 640.0
_MARGIN: Final = 4.0
_SIZE: Final = 12.0  # labels and values
_TITLE_SIZE: Final = 13.0  # bold
_TITLE_LINE: Final = 18.0
_ROW: Final = 22.0
_BAR: Final = 16.0
_GAP: Final = 8.0  # between a label and the plot, the plot and the values
_TICK_SPACE: Final = 70.0  # the least distance between two ticks
_AXIS_SIZE: Final = 11.0


def _f(value: float | Decimal) -> str:
    """Return an SVG coordinate to a tenth of a unit, never ``-0.0``."""
    text = f"{float(value):.1f}"
    return "0.0" if text == "-0.0" else text


def _step(span: Decimal, most: int) -> Decimal:
    """Return a round tick step (1, 2 or 5 times a power of ten) for at most ``most`` ticks."""
    most = max(most, 1)
    rough = span / most
    power = Decimal(10) ** rough.adjusted()
    for factor in (1, 2, 5, 10):
        step = power * factor
        if span / step <= most:
            return step
    return power * 10  # pragma: no cover - 10 × power always fits


def _ticks(low: Decimal, high: Decimal, most: int) -> list[Decimal]:
    span = high - low
    if span == 0:
        return [low]
    step = _step(span, most)
    exact = Decimal(1).scaleb(-_places(step))  # the step's places, in plain notation
    tick = (low / step).to_integral_value(rounding="ROUND_CEILING") * step
    ticks = []
    while tick <= high:
        ticks.append(tick.quantize(exact))
        tick += step
    return ticks


def bar_chart(
    values: Sequence[Decimal],
    *,
    median: Decimal,
    marked: Collection[int] = (),
    labels: Sequence[str],
    values_text: Sequence[str],
    title: str,
    median_label: str,
) -> dict[str, Any]:
    """Return the geometry of a bar chart of ``values``, one bar per value, in order.

    Args:
        values: the values, at least one, in the order of the bars from the top.
        median: where the median line goes.
        marked: the indexes of the bars to mark (the reader's region).
        labels: the label of each bar, as shown left of it.
        values_text: each value as shown right of the plot, formatted.
        title: the title, wrapped to the picture's width.
        median_label: the median line's label, e.g. "Median 300,00".

    Returns:
        Plain data for the template: the picture's ``width`` and ``height``,
        the ``title`` lines, ``label_x`` (where the labels end), ``value_x``
        (where the values start), the median line's ``median_x``,
        ``median_top``, ``median_bottom`` and its label's ``median_label_x``,
        ``median_label_y`` and ``median_anchor``; the ``axis`` path and its
        ``ticks`` (``value``, ``x``, ``y``); one entry of ``bars`` per value
        (``x``, ``y``, ``width``, ``height``, ``text_y``, ``reader``); every
        coordinate as text.

    """
    shown = list(values_text)
    widest_label = max((text_width(label, _SIZE, bold=True) for label in labels), default=0.0)
    widest_value = max(text_width(text, _SIZE) for text in shown)
    left = _MARGIN + min(widest_label, _WIDTH * 0.4) + _GAP
    right = _WIDTH - _MARGIN - widest_value - _GAP
    plot = right - left

    low, high = min(min(values), Decimal(0)), max(max(values), Decimal(0))
    span = (high - low) or Decimal(1)

    def x(value: Decimal) -> float:
        return left + float((value - low) / span) * plot

    title_lines = wrap(title, _WIDTH - 2 * _MARGIN, _TITLE_SIZE, bold=True) if title else []
    y = _MARGIN
    title_rows = []
    for line in title_lines:
        y += _TITLE_LINE
        title_rows.append({"text": line, "y": _f(y - 4)})
    median_x = x(median)
    label_width = text_width(median_label, _SIZE)
    # The median's label on its own row, centred on the line where it fits, else kept inside.
    anchor, label_x = "middle", median_x
    if median_x - label_width / 2 < _MARGIN:
        anchor, label_x = "start", _MARGIN
    elif median_x + label_width / 2 > _WIDTH - _MARGIN:
        anchor, label_x = "end", _WIDTH - _MARGIN
    median_label_y = y + _ROW - 6
    top = y + _ROW + 4
    zero = x(Decimal(0))
    bars = []
    for i, value in enumerate(values):
        end = x(value)
        row = top + _ROW * i
        bars.append(
            {
                "x": _f(min(zero, end)),
                "y": _f(row),
                "width": _f(abs(end - zero)),
                "height": _f(_BAR),
                "text_y": _f(row + _BAR - 4),
                "reader": i in marked,
            }
        )
    bottom = top + _ROW * len(values)
    axis_y = bottom + 2
    most = int(plot // _TICK_SPACE)
    values_at = _ticks(low, high, most)
    ticks = [
        {"value": tick, "x": _f(x(tick)), "y": _f(axis_y + 6 + _AXIS_SIZE)} for tick in values_at
    ]
    marks = "".join(f" M {tick['x']} {_f(axis_y)} v 4" for tick in ticks)
    return {
        "width": _f(_WIDTH),
        "height": _f(axis_y + 6 + _AXIS_SIZE + _MARGIN + 4),
        "title": title_rows,
        "title_x": _f(_MARGIN),
        "label_x": _f(left - _GAP),
        "value_x": _f(right + _GAP),
        "median_x": _f(median_x),
        "median_top": _f(top - 4),
        "median_bottom": _f(bottom),
        "median_label_x": _f(label_x),
        "median_label_y": _f(median_label_y),
        "median_anchor": anchor,
        "axis": f"M {_f(left)} {_f(axis_y)} H {_f(right)}{marks}",
        "ticks": ticks,
        "tick_decimals": max((_places(tick) for tick in values_at), default=0),
        "bars": bars,
    }


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0
