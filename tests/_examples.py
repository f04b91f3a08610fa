"""How many hypothesis examples a test runs: its own number, capped by the loaded profile.

``@settings(max_examples=n)`` on a test overrides the profile (``HYPOTHESIS_PROFILE``,
registered in ``conftest.py``): a test asking for 120 examples ran 120 under ``ci`` too,
whose 50 keep CI under ten minutes. :func:`at_most` takes the smaller of the two, so
``ci`` caps every test, and ``thorough`` runs each test's own number.
"""

from typing import Any

from hypothesis import settings


def at_most(wanted: int, **other: Any) -> settings:
    """Settings running ``wanted`` examples, or the profile's count when that is smaller.

    Args:
        wanted: The examples the test asks for.
        **other: Further hypothesis settings (``deadline=None``, ...).

    Returns:
        Settings to decorate the test with, on top of the loaded profile.
    """
    return settings(max_examples=min(wanted, settings().max_examples), **other)
