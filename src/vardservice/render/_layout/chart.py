"""The geometry of the benchmark's bar chart; ``svg/chart.j2`` places it.

One horizontal bar per value, top to bottom in the order given (the regions by
rank, best on top), all starting from zero, with room on the left for the
labels and on the right for the values; a dashed line marks the median. Values
may be negative: the bars then grow left of the zero line.

Example:
    >>> from decimal import Decimal
    >>> layout = bar_chart([Decimal(290), Decimal(310)], median=Decimal(300), marked={0})
    >>> [(bar["x"], bar["width"], bar["reader"]) for bar in layout["bars"]]
    [('150.0', '374.2', True), ('150.0', '400.0', False)]

"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import Any, Final

__all__ = ["bar_chart"]

_WIDTH: Final = Decimal(640)
_LEFT: Final = Decimal(150)  # region names
_RIGHT: Final = Decimal(90)  # values after the bars
_TOP: Final = Decimal(40)  # title
_ROW: Final = Decimal(22)
_BAR: Final = Decimal(16)
_TENTH: Final = Decimal("0.1")


def _coordinate(value: Decimal) -> str:
    """Return an SVG coordinate to a tenth of a pixel (pixels need no more precision)."""
    return str(value.quantize(_TENTH))


def bar_chart(
    values: Sequence[Decimal], *, median: Decimal, marked: Collection[int] = ()
) -> dict[str, Any]:
    """Return the geometry of a bar chart of ``values``, one bar per value, in order.

    Args:
        values: the values, at least one, in the order of the bars from the top.
        median: where the median line goes.
        marked: the indexes of the bars to mark (the reader's region).

    Returns:
        Plain data for the template: the picture's ``width`` and ``height``,
        ``label_x`` (where the labels end), the median line's ``median_x``,
        ``median_top``, ``median_bottom`` and ``median_label_y``, and one entry of
        ``bars`` per value (``x``, ``y``, ``width``, ``height``, ``text_y``,
        ``value_x``, ``reader``), every coordinate as text.

    """
    low, high = min(min(values), Decimal(0)), max(max(values), Decimal(0))
    span = (high - low) or Decimal(1)
    plot = _WIDTH - _LEFT - _RIGHT

    def x(value: Decimal) -> Decimal:
        return _LEFT + (value - low) / span * plot

    zero = x(Decimal(0))
    bars = []
    for i, value in enumerate(values):
        end = x(value)
        top = _TOP + _ROW * i
        bars.append(
            {
                "x": _coordinate(min(zero, end)),
                "y": _coordinate(top),
                "width": _coordinate(abs(end - zero)),
                "height": _coordinate(_BAR),
                "text_y": _coordinate(top + _BAR - 4),
                "value_x": _coordinate(max(zero, end) + 4),
                "reader": i in marked,
            }
        )
    bottom = _TOP + _ROW * len(values)
    return {
        "width": _coordinate(_WIDTH),
        "height": _coordinate(bottom + 24),
        "label_x": _coordinate(_LEFT - 6),
        "median_x": _coordinate(x(median)),
        "median_top": _coordinate(_TOP - 8),
        "median_bottom": _coordinate(bottom),
        "median_label_y": _coordinate(bottom + 16),
        "bars": bars,
    }
