"""Rewrite the figures block of README.md from the benchmark data files.

The block between ``<!-- figures:begin -->`` and ``<!-- figures:end -->`` is
the same summary the docs home page shows, rendered by ``docs/hooks.py`` from
``docs/_data/accuracy.json`` and ``docs/_data/throughput.json``::

    python tools/update_readme.py          # rewrite README.md
    python tools/update_readme.py --check  # exit 1 if README.md is out of date
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(
    r"(?P<begin><!-- figures:begin -->\n).*?(?P<end><!-- figures:end -->)", re.DOTALL
)


def _hooks() -> ModuleType:
    """``docs/hooks.py``, loaded by path (it is not part of the package)."""
    spec = importlib.util.spec_from_file_location("_docs_hooks", ROOT / "docs" / "hooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def updated(readme: str) -> str:
    """*readme* with its figures block rendered afresh from ``docs/_data``."""
    if BLOCK.search(readme) is None:
        raise ValueError("README.md has no <!-- figures:begin --> ... <!-- figures:end --> block")
    summary = str(_hooks().render("summary"))
    return BLOCK.sub(lambda m: m.group("begin") + summary + "\n" + m.group("end"), readme)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if stale")
    args = parser.parse_args(argv)
    current = README.read_text(encoding="utf-8")
    fresh = updated(current)
    if args.check:
        if fresh != current:
            print("README.md figures are stale: run python tools/update_readme.py")
            return 1
        return 0
    if fresh != current:
        README.write_text(fresh, encoding="utf-8")
        print("README.md figures updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
