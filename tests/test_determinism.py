"""Output must not depend on the process: hash seeds change set and dict-of-set order."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import json, diplocorpus
from diplocorpus import samples
print(json.dumps([diplocorpus.parse(t).to_dict() for _, t in samples.texts()], sort_keys=True))
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_same_output_under_different_hash_seeds() -> None:
    first = _run("1")
    assert len(first) > 1000
    assert first == _run("2")
    assert first == _run("3")
