"""Shared test set-up: a deterministic hypothesis profile for CI.

On CI (``CI`` set in the environment) hypothesis draws the same examples on
every run, so a red build always reproduces; locally it explores at random.
``HYPOTHESIS_PROFILE`` picks a profile explicitly.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
