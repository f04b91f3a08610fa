"""Garbage-collector settings for reading and checking many documents at once.

Every document read makes hundreds of objects that live on (the models, the
findings), so CPython's first-generation collection, run every 700 new container
objects, walks a young generation that is all survivors: at 20 000 subprojects
kept it costs about a quarter of load + check (bench/check_throughput.py).
:func:`bulk` raises that threshold for the duration of a batch and puts it back
after. ``gc.freeze()`` after import was measured too and gained nothing here: the
objects made at import are few next to a batch's.

A full collection still walks every object kept so far, and a batch of 100 000
documents keeps ~10 million of them: during a batch, each full collection is
followed by ``gc.freeze()`` (what it walked and kept is set aside, so that the
next full collection walks only what was made since), and ``gc.unfreeze()`` at
the end puts it all back in the oldest generation. Cycles that become garbage
after being set aside are collected after the batch, not during it. A process
that froze objects itself (``gc.get_freeze_count()``, a server before forking)
is left as it is.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from typing import Any

__all__ = ["BULK_THRESHOLD", "bulk"]

BULK_THRESHOLD = 100_000
"""New container objects between first-generation collections during a batch."""

_LOCK = threading.Lock()
_FREEZING: list[bool] = []  # whether a batch freezes now (one at a time, process-wide)


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """Run the block with the collector's first threshold raised, then restore it.

    Objects are still collected (every :data:`BULK_THRESHOLD` allocations and at
    the older generations' pace); only the walks over survivors become rarer, and
    a full collection walks only what the previous one did not (see the module).
    """
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], BULK_THRESHOLD), *before[1:])
    with _LOCK:
        freezing = not _FREEZING and gc.get_freeze_count() == 0
        if freezing:
            _FREEZING.append(True)
            gc.callbacks.append(_freeze)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        if freezing:
            with _LOCK:
                gc.callbacks.remove(_freeze)
                gc.unfreeze()
                _FREEZING.clear()


def _freeze(phase: str, info: dict[str, Any]) -> None:
    # After a full collection: what it kept is set aside until the batch ends.
    if phase == "stop" and info.get("generation") == 2:
        gc.freeze()
