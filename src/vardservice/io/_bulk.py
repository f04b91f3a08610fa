"""Garbage-collector settings for reading and checking many documents at once.

Every document read makes hundreds of objects that live on (the models, the
findings), so CPython's first-generation collection, run every 700 new container
objects, walks a young generation that is all survivors: at 20 000 subprojects
kept it costs about a quarter of load + check (bench/check_throughput.py).
:func:`bulk` raises that threshold for the duration of a batch and puts it back
after. ``gc.freeze()`` after import was measured too and gained nothing here: the
objects made at import are few next to a batch's.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["BULK_THRESHOLD", "bulk"]

BULK_THRESHOLD = 100_000
"""New container objects between first-generation collections during a batch."""


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """Run the block with the collector's first threshold raised, then restore it.

    Objects are still collected (every :data:`BULK_THRESHOLD` allocations and at
    the older generations' pace); only the walks over survivors become rarer.
    """
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], BULK_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
