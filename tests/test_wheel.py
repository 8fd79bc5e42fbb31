"""A wheel built from this tree installs into a fresh virtual environment and works.

This catches what an editable install hides: a data file or the samples left
out of the wheel, a dependency missing from ``pyproject.toml``, an import of a
test-only package.  pip may fetch attrs, regex and python-dateutil from the
package index; when it cannot be reached the test is skipped with the reason.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# What pip and build print when the package index cannot be reached.
NETWORK_TROUBLE = (
    "NewConnectionError",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "Could not find a version that satisfies",
    "No matching distribution found",
    "ConnectTimeout",
    "ReadTimeout",
    "Max retries exceeded",
)

SCRIPT = (
    "import diplocorpus; "
    "print(diplocorpus.parse(' date 2025-04-21 BAKU, Azerbaijan, April 21. Talks.').date)"
)


def _run(args: list[str], cwd: Path, what: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        output = result.stdout + result.stderr
        if any(marker in output for marker in NETWORK_TROUBLE):
            pytest.skip(f"{what}: the package index could not be reached: {output[-300:]}")
        pytest.fail(f"{what} failed ({result.returncode}):\n{output[-4000:]}")
    return result


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_parses(tmp_path: Path) -> None:
    pytest.importorskip("build", reason="the test extra (python -m build) is not installed")
    dist = tmp_path / "dist"
    _run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        tmp_path,
        "python -m build --wheel",
    )
    wheels = sorted(dist.glob("diplocorpus-*.whl"))
    assert 1 == len(wheels), wheels

    env = tmp_path / "venv"
    venv.create(env, with_pip=True, clear=True)
    bindir = env / ("Scripts" if sys.platform == "win32" else "bin")
    python = str(bindir / "python")
    _run(
        [python, "-m", "pip", "install", "--disable-pip-version-check", "-q", str(wheels[0])],
        tmp_path,
        "pip install <wheel>",
    )
    # Run from an empty folder, so that nothing but the installed wheel can be imported.
    result = _run([python, "-c", SCRIPT], tmp_path, "import diplocorpus")
    assert "2025-04-21" == result.stdout.strip()

    where = _run(
        [python, "-c", "import diplocorpus; print(diplocorpus.__file__)"], tmp_path, "where"
    )
    assert str(env) in where.stdout
    samples = _run(
        [python, "-c", "from diplocorpus import samples; print(len(samples.names()))"],
        tmp_path,
        "samples",
    )
    assert int(samples.stdout) == _source_samples()


def _source_samples() -> int:
    """How many sample reports the source tree holds (all must be in the wheel)."""
    return len(list((ROOT / "src" / "diplocorpus" / "samples").glob("*.txt")))
