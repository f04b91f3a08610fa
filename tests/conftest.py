"""Test configuration: hypothesis profiles chosen by HYPOTHESIS_PROFILE (dev by default).

Both profiles must be reliable on a loaded two-core machine, where several test runs share
the cores:

* no deadline: a deadline measures the machine's load as much as the code (an example that
  takes 50 ms alone takes 400 ms when four processes compete), and a failure it reports
  cannot be reproduced;
* ``too_slow`` suppressed: many strategies draw a part from a generated whole (a ballot
  from a network, a finding from a checked report, a record from a budget), which is slow
  to generate by design; the check would fail them under load, not for a fault;
* ``dev`` (a plain ``python -m pytest``) runs 50 examples per test, random ones, with the
  example database; ``ci`` runs 100, derandomized (the same examples every run), no
  database, so that ``.ci/run`` stays well under ten minutes and gives the same verdict
  every time. ``nox -s fuzz`` and long local runs can set ``HYPOTHESIS_PROFILE=thorough``.
"""

import os

from hypothesis import HealthCheck, settings

_RELIABLE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

settings.register_profile("dev", _RELIABLE, max_examples=50)
settings.register_profile("ci", _RELIABLE, max_examples=100, derandomize=True, database=None)
settings.register_profile("thorough", _RELIABLE, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
