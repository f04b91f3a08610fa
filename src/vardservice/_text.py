"""Output that cannot carry an attack: control characters and spreadsheet formulas made inert.

Two small functions, used by every writer of text (:mod:`vardservice.render`'s
writers and the command line's output) and of CSV (the command line's tables,
the SCB import's output). They import nothing from vardservice, so that any
layer may use them.

Example:
    >>> safe_text("red\\x1b[31m alert\\x07\\n")
    'red\\ufffd[31m alert\\ufffd\\n'
    >>> [csv_cell(v) for v in ("=HYPERLINK(1)", "-5", "-2+3+cmd|' /C calc'!A0", "07")]
    ["'=HYPERLINK(1)", '-5', "'-2+3+cmd|' /C calc'!A0", '07']

"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["REPLACEMENT", "csv_cell", "safe_text", "safe_utf8"]

REPLACEMENT: Final = "\ufffd"
"""What a control character from data becomes: U+FFFD, the replacement character."""

# C0 except tab and newline, DEL, and C1 (U+0080–U+009F, of which U+009B is an 8-bit CSI
# that some terminals obey like ESC [). U+0085 (NEL) is C1 too: a line break to some
# readers, so text output must not pass it either.
_CONTROL: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The same characters as bytes of Latin-1, where each is one byte: text within U+00FF (the
# JSON and text of `vardservice check`, megabytes of them) is looked over at C speed.
_CONTROL_BYTES: Final = bytes([*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])

# OWASP, "CSV Injection": a cell starting with = + - @ TAB or CR is a formula to a
# spreadsheet; prefixing a single quote makes it text. A plain number (-5, +3.25,
# -1e3) is left as it is, so that negative figures stay numbers.
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_NUMBER: Final = re.compile(r"[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?")


def safe_text(text: str) -> str:
    """Return ``text`` with every control character but newline and tab replaced.

    ESC (the start of every terminal escape sequence), BEL, backspace, carriage
    return, DEL and the C1 controls become :data:`REPLACEMENT`, so that data can
    neither move a terminal's cursor, retitle its window, nor hide text.

    Args:
        text: output about to be written.

    Returns:
        The text, unchanged when it holds no such character.

    """
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:  # a character past U+00FF: the regex looks
        return _CONTROL.sub(REPLACEMENT, text)
    if len(raw.translate(None, _CONTROL_BYTES)) == len(raw):
        return text  # no control character: a sixth of the regex's time
    return _CONTROL.sub(REPLACEMENT, text)


# The same characters in UTF-8: C0 and DEL are one byte each, a C1 control is two, \xc2
# and \x80-\x9f (any other byte of 0x80-0x9f continues a longer character).
_UTF8_CONTROL_BYTES: Final = bytes([*range(0x09), *range(0x0B, 0x20), 0x7F])
_UTF8_C1: Final = re.compile(b"\xc2[\x80-\x9f]")


def safe_utf8(data: bytes, *, c0_escaped: bool = False) -> bytes:
    """Return UTF-8 text output as :func:`safe_text` makes it, looked over as bytes.

    Args:
        data: output about to be written, UTF-8.
        c0_escaped: ``data`` holds no C0 control character but the newline, as JSON
            does (it escapes them, ``\\u001b``): only DEL and the C1 controls are looked
            for (half the time over 10 MB of ``check --format json``).

    Returns:
        The same bytes when they hold no control character (at C speed, no decoding),
        else the text made safe, encoded again.

    """
    if c0_escaped:
        clean = b"\x7f" not in data
    else:
        clean = len(data.translate(None, _UTF8_CONTROL_BYTES)) == len(data)
    if clean and not _UTF8_C1.search(data):
        return data
    return safe_text(data.decode("utf-8")).encode("utf-8")


def csv_cell(value: object) -> object:
    """Return a CSV cell that no spreadsheet takes for a formula (OWASP's recommendation).

    A text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
    prefixed with ``'``, unless it is a plain number such as ``-5``. Other
    values (numbers, ``None``) are returned as they are.

    Args:
        value: the cell's value.

    Returns:
        The value, neutralised when needed.

    """
    formula = isinstance(value, str) and value.startswith(_FORMULA_START)
    if formula and not _NUMBER.fullmatch(str(value)):
        return "'" + str(value)
    return value
