"""``diplocorpus.read``: every kind of source, every input accounted for, order kept."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

import diplocorpus
from diplocorpus import Article, Severity
from diplocorpus.reader import ReadError, read

REPORT = (
    " date 2025-04-21 Ministers meet in Baku\n"
    "BAKU, Azerbaijan, April 21. Trend reports.\n"
    "Foreign Minister Rauf Demirli met his Georgian counterpart in Baku on Monday.\n"
)


def report(n: int) -> str:
    return REPORT.replace("Baku on", f"Baku ({n}) on")


def codes(article: Article) -> list[str]:
    return [d.code for d in article.diagnostics if d.code.startswith("read.")]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """``a.txt``, ``b/c.txt``, ``b/d.txt``, a binary ``b/e.txt``, a hidden dir and a ``.md``."""
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(report(1), encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(report(2), encoding="utf-8")
    (tmp_path / "b" / "d.txt").write_bytes(report(3).encode("cp1252"))
    (tmp_path / "b" / "e.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / ".hidden" / "x.txt").write_text(report(9), encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a report", encoding="utf-8")
    return tmp_path


def test_directory_is_walked_recursively_in_name_order(tree: Path) -> None:
    corpus = read(tree)
    sources = [os.path.relpath(a.source or "", tree) for a in corpus]
    assert ["a.txt", "b/c.txt", "b/d.txt", "b/e.txt"] == sources
    assert 4 == len(corpus)


def test_binary_file_becomes_an_error_article(tree: Path) -> None:
    articles = {os.path.basename(a.source or ""): a for a in read(tree)}
    assert ["read.binary"] == codes(articles["e.txt"])
    assert "" == articles["e.txt"].text
    assert Severity.ERROR is articles["e.txt"].diagnostics[0].severity
    assert [] == codes(articles["c.txt"])
    assert "(2)" in articles["c.txt"].text


def test_corpus_is_reiterable(tree: Path) -> None:
    corpus = read(tree)
    assert list(corpus) == list(corpus)


def test_workers_keep_input_order_and_results(tree: Path) -> None:
    for i in range(40):
        (tree / "b" / f"n{i:03}.txt").write_text(report(100 + i), encoding="utf-8")
    serial = list(read(tree))
    parallel = list(read(tree, workers=2, chunksize=3))
    assert serial == parallel
    assert 44 == len(parallel)


def test_glob_and_list_of_paths(tree: Path) -> None:
    by_glob = [a.source for a in read(str(tree / "b" / "*.txt"))]
    assert [str(tree / "b" / n) for n in ("c.txt", "d.txt", "e.txt")] == by_glob
    listed = read([tree / "a.txt", str(tree / "b" / "c.txt")])
    assert [str(tree / "a.txt"), str(tree / "b" / "c.txt")] == [a.source for a in listed]
    assert 2 == len(listed)


def test_pattern_selects_names(tree: Path) -> None:
    assert [str(tree / "notes.md")] == [a.source for a in read(tree, pattern="*.md")]


def test_missing_single_path_raises_at_once(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read(tmp_path / "nope.txt")


def test_missing_path_in_a_list_is_accounted_for(tmp_path: Path) -> None:
    (article,) = read([tmp_path / "nope.txt"])
    assert ["read.missing"] == codes(article)


def test_too_large_is_not_read(tree: Path) -> None:
    articles = list(read(tree / "a.txt", max_bytes=10))
    assert [["read.too_large"]] == [codes(a) for a in articles]


def test_errors_raise(tree: Path) -> None:
    with pytest.raises(ReadError) as info:
        list(read(tree, errors="raise"))
    assert "read.binary" == info.value.diagnostic.code
    assert info.value.source.endswith("e.txt")


def test_zip_archive_with_unsafe_and_large_entries(tmp_path: Path) -> None:
    path = tmp_path / "reports.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("2025/one.txt", report(1))
        archive.writestr("../evil.txt", report(2))
        archive.writestr("/abs.txt", report(3))
        archive.writestr("big.txt", "x" * 5000)
        archive.writestr("readme.md", "skip me")
    articles = list(read(path, max_bytes=1000))
    assert [
        (f"{path}!2025/one.txt", []),
        (f"{path}!../evil.txt", ["read.unsafe_path"]),
        (f"{path}!/abs.txt", ["read.unsafe_path"]),
        (f"{path}!big.txt", ["read.too_large"]),
    ] == [(a.source, codes(a)) for a in articles]
    assert "(1)" in articles[0].text


def test_broken_zip_is_one_error_article(tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 not really")
    (article,) = read(path)
    assert ["read.unreadable"] == codes(article)


def test_jsonl_with_text_fields(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": report(1), "id": "item-1"}),
        "",
        json.dumps({"text": report(2), "url": "https://example.org/2"}),
        json.dumps({"text": report(3)}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps([1, 2]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles = list(read(path))
    assert [
        ("item-1", []),
        ("https://example.org/2", []),
        (f"{path}:4", []),
        (f"{path}:5", ["read.jsonl.invalid"]),
        (f"{path}:6", ["read.jsonl.no_text"]),
        (f"{path}:7", ["read.jsonl.invalid"]),
    ] == [(a.source, codes(a)) for a in articles]
    assert 6 == len(read(path))
    assert articles == list(read(path, workers=2, chunksize=2))


def test_jsonl_of_full_articles_reads_back_exactly(tmp_path: Path) -> None:
    original = [diplocorpus.parse(report(i), source=f"r{i}") for i in range(3)]
    path = tmp_path / "articles.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for a in original:
            handle.write(json.dumps(a.to_dict()) + "\n")
    assert original == list(read(path))


def test_jsonl_line_longer_than_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": report(1)}) + "\n",
        encoding="utf-8",
    )
    assert [["read.too_large"], []] == [codes(a) for a in read(path, max_bytes=300)]


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(report(1), encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # running as root: permissions do not apply
            pytest.skip("root can read any file")
        (article,) = read(path)
        assert ["read.unreadable"] == codes(article)
    finally:
        path.chmod(0o644)


def test_package_attribute_is_the_function(tree: Path) -> None:
    import diplocorpus.reader

    assert diplocorpus.read is diplocorpus.reader.read
    assert 4 == len(diplocorpus.read(tree))


def test_progress_counter_on_stderr(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    list(read(tree, progress=True))
    assert "4 articles read, 1 with errors" in capsys.readouterr().err


def test_bad_arguments(tree: Path) -> None:
    with pytest.raises(ValueError, match="errors"):
        read(tree, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="workers"):
        read(tree, workers=0)
