"""How wide a text is in the pictures: a font-metrics table, and line breaking by width.

The pictures name ``font-family="sans-serif"``, which each reader's system
resolves to its own font. The widths here are the advance widths of DejaVu Sans
2.37 (Book and Bold; what Debian and most Linux systems give for
``sans-serif``), in thousandths of an em, read from the fonts' ``hmtx`` tables.
DejaVu Sans is wider than Arial, Helvetica and Liberation Sans for nearly every
character, so a layout that fits these widths fits those fonts too (they come
out narrower, never wider). A character outside the table counts as a full em,
wider than any in it.

Example:
    >>> round(text_width("Region Halland", 12), 1)
    91.1
    >>> wrap("Kostnad per städad kvadratmeter i kronor", 120, 12)
    ['Kostnad per städad', 'kvadratmeter i', 'kronor']

"""

from __future__ import annotations

import functools
from typing import Final

__all__ = ["text_width", "wrap"]

# fmt: off
_CHARS: Final = (
    ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNO'
    'PQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\xa0'
    '¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐ'
    'ÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ−'
    '–—‘’“”…•€'
)
_BOOK: Final = (
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698,
    770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732,
    684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
    634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,
    525, 636, 337, 636, 838, 318, 401, 636, 636, 636, 636, 337, 500, 500, 1000, 471, 612, 838,
    361, 1000, 500, 500, 838, 401, 401, 500, 636, 636, 318, 500, 401, 471, 612, 969, 969, 969,
    531, 684, 684, 684, 684, 684, 684, 974, 698, 632, 632, 632, 632, 295, 295, 295, 295, 775,
    748, 787, 787, 787, 787, 787, 838, 787, 732, 732, 732, 732, 611, 605, 630, 613, 613, 613,
    613, 613, 613, 982, 550, 615, 615, 615, 615, 278, 278, 278, 278, 612, 634, 612, 612, 612,
    612, 612, 838, 612, 634, 634, 634, 634, 592, 635, 592, 838, 500, 1000, 318, 318, 518, 518,
    1000, 590, 636
)
_BOLD: Final = (
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734,
    830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812,
    774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
    712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652,
    582, 712, 365, 712, 838, 348, 456, 696, 696, 636, 696, 365, 500, 500, 1000, 564, 646, 838,
    415, 1000, 500, 500, 838, 438, 438, 500, 736, 636, 380, 500, 438, 564, 646, 1035, 1035,
    1035, 580, 774, 774, 774, 774, 774, 774, 1085, 734, 683, 683, 683, 683, 372, 372, 372,
    372, 838, 837, 850, 850, 850, 850, 850, 838, 850, 812, 812, 812, 812, 724, 738, 719, 675,
    675, 675, 675, 675, 675, 1048, 593, 678, 678, 678, 678, 343, 343, 343, 343, 687, 712, 687,
    687, 687, 687, 687, 838, 687, 712, 712, 712, 712, 652, 716, 652, 838, 500, 1000, 380, 380,
    657, 657, 1000, 639, 696
)
# fmt: on

_UNKNOWN: Final = 1000  # a character outside the table: a full em, wider than any in it


@functools.cache
def _table(bold: bool) -> dict[str, int]:
    widths = _BOLD if bold else _BOOK
    return dict(zip(_CHARS, widths, strict=True))


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Return the width of ``text`` in user units at font size ``size``.

    Args:
        text: the text, on one line.
        size: the font size (the em), in the picture's units.
        bold: whether it is set in bold.

    Returns:
        The sum of the characters' advance widths.

    """
    table = _table(bold)
    return sum(table.get(char, _UNKNOWN) for char in text) * size / 1000


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (at spaces).

    A word wider than ``width`` by itself is broken between characters, so that
    no line is wider than ``width`` whatever the text.

    Args:
        text: the text.
        width: the widest a line may be, in the picture's units.
        size: the font size.
        bold: whether it is set in bold.

    Returns:
        The lines, at least one (``[""]`` for an empty text).

    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, size, bold=bold) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:  # a word too wide for a line of its own is cut where it must be
            if line and text_width(line + char, size, bold=bold) > width:
                lines.append(line)
                line = ""
            line += char
    lines.append(line)
    return lines
