"""The command line: parse, stats, export; exit codes 0 / 1 / 2; messages on stderr."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import diplocorpus
from diplocorpus.cli import main

REPORT = (
    " date 2025-04-21 Ministers meet in Baku\n"
    "BAKU, Azerbaijan, April 21. Trend reports.\n"
    "The foreign ministers of Azerbaijan and Georgia held talks in Baku on Monday.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.replace("Monday", "Sunday"), encoding="utf-8")
    return tmp_path


def test_parse_files_to_jsonl(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["parse", str(folder / "a.txt"), str(folder / "b.txt")])
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert 2 == len(lines)
    first = diplocorpus.Article.from_dict(json.loads(lines[0]))
    assert diplocorpus.parse(REPORT, source=str(folder / "a.txt")) == first
    assert "" == err


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(REPORT.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert 0 == main(["parse"])
    (line,) = capsys.readouterr().out.splitlines()
    assert "<stdin>" == json.loads(line)["source"]


def test_stats_table_and_exit_1_for_inputs_with_errors(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "c.txt").write_bytes(b"\x00\x01\x02binary")
    assert 1 == main(["stats", str(folder)])
    out, err = capsys.readouterr()
    assert re.search(r"^articles +3$", out, re.MULTILINE), out
    assert re.search(r"^date range +2025-04-21 \.\. 2025-04-21$", out, re.MULTILINE), out
    assert re.search(r"^articles with errors +1$", out, re.MULTILINE), out
    assert "read.binary" in out
    assert "1 of 3 inputs had errors" in err


def test_export_csv_to_a_file(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = folder / "articles.csv"
    assert 0 == main(
        ["export", str(folder), "--format", "csv", "--kind", "articles", "-o", str(out)]
    )
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert ["Trend", "Trend"] == [r["agency"] for r in rows]
    assert "" == capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["jsonl", "plover", "cameo", "csv"])
def test_export_formats_to_stdout(
    folder: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    assert 0 == main(["export", str(folder), "--format", fmt, "--kind", "timexes"])
    assert capsys.readouterr().out or fmt == "plover"


def test_export_parquet(folder: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = folder / "articles.parquet"
    assert 0 == main(
        ["export", str(folder), "--format", "parquet", "--kind", "articles", "-o", str(out)]
    )
    assert 2 == pq.read_table(out).num_rows


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["stats", "/no/such/folder"], "no such file or directory: /no/such/folder"),
        (["export", "{folder}", "--format", "parquet"], "--format parquet needs -o PATH"),
        (["stats", "{folder}/*.none"], "no such file or directory"),
        (["stats", "{folder}", "--workers", "-1"], "--workers must be 0 or more"),
    ],
)
def test_usage_errors_exit_2(
    folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert 2 == main([a.format(folder=folder) for a in argv])
    assert message in capsys.readouterr().err


def test_argparse_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", "x", "--format", "xml"])
    assert 2 == info.value.code
    assert "invalid choice" in capsys.readouterr().err


def test_workers_and_pattern(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "c.md").write_text(REPORT, encoding="utf-8")
    assert 0 == main(["parse", str(folder), "--workers", "2", "--pattern", "*.md"])
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["source"].endswith("c.md")


def test_python_dash_m_and_console_script(folder: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "diplocorpus", "stats", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == result.returncode, result.stderr
    assert result.stdout.startswith("articles")
    script = shutil.which("diplocorpus", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the console script is not installed")
    result = subprocess.run([script, "--version"], capture_output=True, text=True, check=False)
    assert 0 == result.returncode
    assert result.stdout.startswith("diplocorpus ")
