"""Hypothesis profiles for the fuzz targets: a small bounded sample in the normal suite, 10,000 by hand.

``make fuzz`` (``BRIEFGEN_FUZZ=10000``) runs every target with that many examples; the normal
suite runs ``BRIEFGEN_FUZZ`` (default 40) with no example database, so it stays quick and repeatable.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("BRIEFGEN_FUZZ", "40"))

settings.register_profile(
    "briefgen",
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=EXAMPLES <= 100,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.load_profile("briefgen")
