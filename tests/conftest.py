"""Test configuration: hypothesis profiles chosen by HYPOTHESIS_PROFILE (dev by default), seeds.

Both profiles must be reliable on a loaded two-core machine, where several test runs share
the cores:

* no deadline: a deadline measures the machine's load as much as the code (an example that
  takes 50 ms alone takes 400 ms when four processes compete), and a failure it reports
  cannot be reproduced;
* ``too_slow`` suppressed: many strategies draw a part from a generated whole (a ballot
  from a network, a finding from a checked report, a record from a budget), which is slow
  to generate by design; the check would fail them under load, not for a fault;
* ``dev`` (a plain ``python -m pytest``) and ``ci`` run 50 examples per test; ``dev``
  random ones with the example database, ``ci`` derandomized (the same examples every
  run, in whichever pytest-xdist worker a test lands) and without a database, so that
  ``.ci/run`` (the suite under coverage's tracer, ~7 600 tests on two cores) stays under
  ten minutes and gives the same verdict every time. A test asking for its own number
  takes ``_examples.at_most(n)``: at most the profile's count, never more. Depth comes
  from ``HYPOTHESIS_PROFILE=thorough`` (1 000 examples, or a test's own smaller number)
  for long local runs and from ``nox -s fuzz`` (100 000 junk inputs).

The fixtures ``seeds`` and ``seed_text`` give the source documents the rules quote, at
``../shared/seeds`` relative to the checkout; a test using them is skipped with the reason
when they are missing, and fails instead when the environment variable ``CI`` is set.
"""

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

_RELIABLE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

settings.register_profile("dev", _RELIABLE, max_examples=50)
settings.register_profile("ci", _RELIABLE, max_examples=50, derandomize=True, database=None)
settings.register_profile("thorough", _RELIABLE, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


# --- the seed documents: the sources quoted by the rules, beside the checkout -----------------

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
"""``../shared/seeds`` relative to the checkout: the source documents, one file each."""

SEED_FILES = {"BS": "000", "NSN": "001", "SFBV": "002", "HSN90": "003", "RGS-VNS": "004"}
"""Each source key's seed file, by its number (``000_….txt``)."""


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The seeds folder; skipped when it is missing, except under CI, where it fails."""
    if not any(SEEDS.glob("*.txt")):
        message = f"the seed documents are not at {SEEDS} (../shared/seeds beside the checkout)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI requires them")
        pytest.skip(message)
    return SEEDS


@pytest.fixture(scope="session")
def seed_text(seeds: Path) -> Callable[[str], str]:
    """Return a function giving a seed's text by source key (``"SFBV"``) or number (``"002"``)."""

    def read(key: str) -> str:
        number = SEED_FILES.get(key, key)
        found = sorted(seeds.glob(f"{number}_*.txt"))
        if not re.fullmatch(r"\d{3}", number) or len(found) != 1:
            pytest.fail(f"no single seed file {number}_*.txt for {key!r} in {seeds}")
        return found[0].read_text(encoding="utf-8")

    return read
