"""``import diplocorpus`` stays cheap: no heavy optional module, no data file read.

Each check runs a fresh interpreter, so what other tests imported does not
matter.  The import *time* is measured by ``benchmarks/throughput.py``, not
asserted here (a timing assertion would be flaky on a loaded machine).
"""

from __future__ import annotations

import json
import subprocess
import sys

# Modules that only the optional extras (or benchmarks) may bring in.
HEAVY = ("pandas", "pyarrow", "dask", "distributed", "dateparser", "numpy", "matplotlib")


def _imported_modules() -> set[str]:
    """Top-level names of every module ``import diplocorpus`` imports (``-X importtime``)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import diplocorpus"],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = set()
    for line in result.stderr.splitlines():
        # "import time:       123 |        456 |   package.module"
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name and name != "imported package":
                modules.add(name)
    return modules


def test_import_brings_in_no_heavy_optional_module() -> None:
    modules = _imported_modules()
    assert "diplocorpus" in modules
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert not heavy, heavy


# An audit hook in a fresh interpreter records every file opened while the
# package imports; data tables and samples must wait for first use.
_OPENED = """
import json, sys
opened = []
def hook(event, args):
    if event in ("open", "os.listdir", "os.scandir") and args:
        if isinstance(args[0], (str, bytes)):
            opened.append(str(args[0]))
sys.addaudithook(hook)
import diplocorpus
print(json.dumps(opened))
"""


def test_import_reads_no_data_file() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _OPENED], capture_output=True, text=True, check=True
    )
    opened = json.loads(result.stdout)
    code = (".py", ".pyc", ".so", ".pth")
    package_files = [p for p in opened if "diplocorpus" in p and not p.endswith(code)]
    # The import system lists the package's own directory; listing data/ or
    # samples/ (or opening anything in them) is what must not happen.
    data_files = [p for p in package_files if "data" in p or "samples" in p]
    assert not data_files, data_files


def test_import_loads_no_stage_vocabulary() -> None:
    # The same from the inside: the caches of the data loaders are empty.
    script = (
        "import diplocorpus, diplocorpus._data as d;"
        "print(d.load_words.cache_info().currsize + d.load_tsv.cache_info().currsize)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "0"
