"""Test configuration: hypothesis profiles chosen by HYPOTHESIS_PROFILE (dev by default).

The ci profile is derandomized (the same examples every run) and sized so that the
whole `.ci/run` stays well under ten minutes on a two-core machine.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100)
settings.register_profile(
    "ci",
    max_examples=100,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
