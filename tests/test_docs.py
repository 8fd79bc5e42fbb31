"""The documentation: it builds strictly, covers the API, and its figures are current.

The ``>>>`` examples of README.md and docs/*.md are run by pytest's doctest
(``--doctest-glob=*.md`` in pyproject.toml); the docstring examples of the
installed package are run here, module by module.
"""

from __future__ import annotations

import doctest
import html
import importlib
import importlib.util
import json
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import diplocorpus

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MARKDOWN = sorted([ROOT / "README.md", *DOCS.glob("*.md")])

# A fenced code block: ```lang ... ```
FENCE = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def hooks() -> ModuleType:
    return _load(DOCS / "hooks.py", "_docs_hooks")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once with ``mkdocs build --strict`` (warnings are errors)."""
    pytest.importorskip("mkdocs", reason="the docs extra is not installed")
    pytest.importorskip("mkdocstrings", reason="the docs extra is not installed")
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
    )
    assert 0 == result.returncode, result.stderr[-4000:]
    return out


@pytest.mark.slow
def test_docs_build_strictly(site: Path) -> None:
    pages = sorted(p.parent.name or "index" for p in site.rglob("index.html"))
    assert "api" in pages
    assert "getting-started" in pages


@pytest.mark.slow
def test_every_public_name_is_in_the_api_reference(site: Path) -> None:
    page = html.unescape((site / "api" / "index.html").read_text(encoding="utf-8"))
    missing = []
    for name in diplocorpus.__all__:
        if name.startswith("__"):
            found = f'id="{name}"' in page
        else:  # documented where it is defined: diplocorpus.parse or diplocorpus.reader.read
            found = re.search(rf'id="diplocorpus\.(?:\w+\.)?{name}"', page) is not None
        if not found:
            missing.append(name)
    assert [] == missing


@pytest.mark.slow
def test_generated_pages_hold_the_generated_tables(site: Path) -> None:
    codes = (site / "diagnostics" / "index.html").read_text(encoding="utf-8")
    assert "header.date.invalid" in codes
    assert "generated:" not in codes
    accuracy = (site / "accuracy" / "index.html").read_text(encoding="utf-8")
    assert "generated:" not in accuracy


def test_python_blocks_are_executed_examples() -> None:
    """Every ```python block in README.md and docs/ is a doctest (so pytest runs it)."""
    not_run = []
    for path in MARKDOWN:
        for m in FENCE.finditer(path.read_text(encoding="utf-8")):
            if m.group("lang") in ("python", "py", "pycon") and ">>>" not in m.group("body"):
                line = path.read_text(encoding="utf-8")[: m.start()].count("\n") + 1
                not_run.append(f"{path.relative_to(ROOT)}:{line}")
    assert [] == not_run


def test_readme_figures_are_current() -> None:
    tool = _load(ROOT / "tools" / "update_readme.py", "_update_readme")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert tool.updated(readme) == readme, "run: python tools/update_readme.py"


def test_diagnostic_table_covers_the_codes_parse_emits(hooks: ModuleType) -> None:
    """Codes seen at run time on odd input are all in the table scanned from the source."""
    listed = {c.code for c in hooks.collect_codes()}
    odd: list[str | bytes] = [
        b"\xff\xfe\x00\x01 date 2025-13-45 \x07 Baku\xe9.",
        " date 2024-02 The talks ended.",
        "Kyzylorda, Feb 30 - The talks ended on 02/03/2024 and on Monday.",
        "",
    ]
    emitted = {d.code for text in odd for d in diplocorpus.parse(text).diagnostics}
    assert emitted
    unlisted = sorted(c for c in emitted if c not in listed and not c.startswith("internal."))
    assert [] == unlisted


def test_diagnostic_codes_render_as_tables(hooks: ModuleType) -> None:
    codes = hooks.collect_codes()
    assert "header.date.invalid" in {c.code for c in codes}
    table = hooks.render_codes(codes)
    assert "| `header.date.invalid` | error | `_header.py` |" in table


def test_generated_blocks_render_without_data(hooks: ModuleType, tmp_path: Path) -> None:
    """Before a benchmark has run, the pages say how to produce the figures."""
    for name in ("accuracy", "throughput", "summary", "header-accuracy", "generalisation"):
        assert isinstance(hooks.render(name, data=tmp_path), str)
    assert "benchmarks/accuracy.py" in hooks.render("accuracy", data=tmp_path)
    assert "make bench" in hooks.render("generalisation", data=tmp_path)


def test_generalisation_table_sets_the_sets_side_by_side(hooks: ModuleType, tmp_path: Path) -> None:
    def figures(items: int, f1: float) -> dict[str, object]:
        return {"items": items, "header": {"date": 1.0}, "parts": {"events": {"f1": f1}}}

    (tmp_path / "accuracy.json").write_text(json.dumps(figures(35, 0.879)))
    (tmp_path / "heldout5.json").write_text(json.dumps(figures(20, 0.677)))
    table = hooks.render("generalisation", data=tmp_path)
    assert "| Figure | Development set | Held-out set 5 (blind) |" in table
    assert "| Events F1 | 87.9 % | 67.7 % |" in table
    assert "Held-out set 1" not in table  # absent data, no column
    summary = hooks.render("summary", data=tmp_path)
    assert "On 20 unseen reports of a blind held-out set, F1: events 67.7 %" in summary


def _modules() -> list[str]:
    names = ["diplocorpus"]
    for info in pkgutil.walk_packages(diplocorpus.__path__, "diplocorpus."):
        if not info.name.endswith("__main__"):  # importing it would run it
            names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    """The ``>>>`` examples in the installed package's docstrings."""
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # an optional extra that is not installed
        pytest.skip(f"{name}: {exc}")
    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    result = doctest.testmod(module, optionflags=flags, verbose=False, report=False)
    assert 0 == result.failed


def test_throughput_page_gives_import_and_cold_start(hooks: ModuleType) -> None:
    data = {
        "corpora": [],
        "import_time_us": {"median": 95_900},
        "first_parse_cpu_ms": {"median": 71.6, "second_median": 2.1},
    }
    page = hooks.render_throughput(data)
    assert "`import diplocorpus` takes 95.9 ms (median)" in page
    assert "the first `parse` in a fresh interpreter costs 72 ms of CPU" in page
