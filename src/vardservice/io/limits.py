"""Limits on the documents the loaders read: size, nesting, YAML aliases, text length.

Every loader in :mod:`vardservice.io` (JSON, YAML, TOML and CSV, from a file or
from text) refuses a document past one of these limits with an
:class:`~vardservice.errors.InvalidInput` that names the limit, the value found
and this module's constant to raise. Each limit is checked before the step it
protects (the file's size before reading it, nesting and YAML aliases while
parsing, text before the document is turned into objects), so that a hostile
file costs milliseconds, not the machine's memory.

The defaults are far above any real document: the largest example file is
15 kB, its deepest nesting 6 levels and its longest text a few hundred
characters. To read a larger document, raise the limit for the process::

    import vardservice.io.limits

    vardservice.io.limits.MAX_INPUT_BYTES = 50 * 1024 * 1024

Example:
    >>> from vardservice.errors import InvalidInput
    >>> from vardservice.fees import FeeScheduleHistory
    >>> from vardservice.io import loads
    >>> try:
    ...     loads("[" * 100 + "]" * 100, FeeScheduleHistory)
    ... except InvalidInput as err:
    ...     print(err.problems[0].replace("[0]" * 25 + "...", "..."))
    nested deeper than 64 levels @ $...; raise vardservice.io.limits.MAX_DEPTH to read it

"""

from __future__ import annotations

__all__ = [
    "MAX_DEPTH",
    "MAX_INPUT_BYTES",
    "MAX_STRING_LENGTH",
    "MAX_YAML_BYTES",
    "MAX_YAML_NODES",
]

MAX_INPUT_BYTES: int = 5 * 1024 * 1024
"""The largest file (or text, counted in UTF-8 bytes) a loader reads: 5 MiB."""

MAX_YAML_BYTES: int = 512 * 1024
"""The largest YAML document a loader reads: 512 KiB (35 times the largest example). YAML is
read by a pure-Python parser (it counts the values aliases stand for), at about 200 kB per
second of CPU: a YAML document of the general limit would take half a minute to refuse."""

MAX_DEPTH: int = 64
"""The deepest nesting of lists and mappings in a document: 64 levels."""

MAX_YAML_NODES: int = 100_000
"""The most values a YAML document with aliases (``*name``) may hold once every alias is
expanded: 100 000. Aliases of short texts (as the examples use) cost one value each; an
alias of a list costs the whole list, so a few hundred bytes of nested aliases (a
"billion laughs" bomb) would otherwise stand for billions of values."""

MAX_STRING_LENGTH: int = 100_000
"""The longest text (a value, a key or a CSV field) in a document: 100 000 characters."""


def _too_deep(where: str) -> str:
    """Return the message of a document nested deeper than :data:`MAX_DEPTH`, at ``where``.

    Not public: the one wording of the refusal, for every reader that enforces the
    limit (the depth walk of JSON and TOML data, YAML's composer).
    """
    return (
        f"nested deeper than {MAX_DEPTH} levels @ {where};"
        " raise vardservice.io.limits.MAX_DEPTH to read it"
    )
