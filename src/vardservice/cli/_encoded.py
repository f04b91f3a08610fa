"""Text output already encoded as UTF-8 (``check --format json|sarif``): written as it is.

orjson writes JSON as UTF-8 bytes. Decoding megabytes of them, looking the text over for
control characters (:func:`vardservice._text.safe_text`) and encoding it again on the
way to standard output cost a quarter of writing ``check --format json``;
:func:`encoded` looks the bytes over instead and :class:`EncodedText` is written as
it is wherever the text would have become the same bytes.
"""

from __future__ import annotations

import os
from typing import Any

from vardservice._text import safe_utf8

__all__ = ["EncodedText", "encoded", "writes_as_encoded"]


class EncodedText:
    """Text output already encoded as UTF-8 and made safe (:func:`encoded`): JSON, SARIF.

    Written as it is where its text would be written the same way (standard output
    encoding UTF-8, lines ending in ``\\n``), else decoded and written as text: megabytes
    of JSON are neither decoded, looked over as text, nor encoded again.
    """

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        """Hold ``data``, UTF-8 text without control characters (see :func:`encoded`)."""
        self.data = data

    def text(self) -> str:
        """Return the text."""
        return self.data.decode("utf-8")


def encoded(data: bytes, *, json: bool = False) -> EncodedText:
    """Return UTF-8 text output with its control characters replaced, as ``safe_text`` does.

    Args:
        data: UTF-8 text.
        json: ``data`` is JSON, whose strings hold no C0 control character (JSON
            escapes them) and whose only one outside them is the newline.

    Returns:
        The text, the same bytes when it holds no control character (looked over as
        bytes by :func:`vardservice._text.safe_utf8`).

    """
    return EncodedText(safe_utf8(data, c0_escaped=json))


def writes_as_encoded(stream: Any) -> bool:
    """Return whether text written to ``stream`` becomes its UTF-8 bytes, lines unchanged."""
    import codecs

    encoding = getattr(stream, "encoding", None)
    if os.linesep != "\n" or not encoding or not hasattr(stream, "buffer"):
        return False
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:  # pragma: no cover - a stream's encoding is one Python knows
        return False
