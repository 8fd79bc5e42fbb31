"""The bundled sample reports: each parses cleanly and has its CATALOG row.

``src/diplocorpus/samples/CATALOG.tsv`` lists every sample with the header
fields GOLD.md's rules give it (date, title, dateline place and country,
agency) and the shapes it exercises; the header tests assert those fields.
"""

from __future__ import annotations

import datetime
from importlib import resources

import pytest

import diplocorpus
from diplocorpus._data import load_tsv
from diplocorpus.samples import names, read

COLUMNS = ["file", "date", "title", "dateline_place", "dateline_country", "agency", "shapes"]


def _catalog() -> list[dict[str, str]]:
    text = resources.files("diplocorpus.samples").joinpath("CATALOG.tsv").read_text("utf-8")
    lines = text.splitlines()
    assert COLUMNS == lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(COLUMNS) == len(cells), line
        rows.append(dict(zip(COLUMNS, cells, strict=True)))
    return rows


CATALOG = {row["file"]: row for row in _catalog()}


def test_every_sample_has_a_catalog_row() -> None:
    assert sorted(CATALOG) == list(names())
    assert len(names()) >= 24


@pytest.mark.parametrize("name", names())
def test_sample_parses_without_internal_errors(name: str) -> None:
    article = diplocorpus.parse(read(name), source=name)
    assert [] == [d.code for d in article.diagnostics if d.code.startswith("internal.")]
    assert article.text == read(name)


@pytest.mark.parametrize("name", names())
def test_sample_starts_with_the_report(name: str) -> None:
    text = read(name)
    assert text.strip()
    assert not text.lstrip().startswith("#")


def test_catalog_values_are_well_formed() -> None:
    countries = {r["alpha3"] for r in load_tsv("countries.tsv")}
    agencies = {r["name"] for r in load_tsv("agencies.tsv")}
    for row in CATALOG.values():
        if row["date"]:
            datetime.date.fromisoformat(row["date"])
        assert bool(row["dateline_place"]) == bool(row["dateline_country"]), row["file"]
        if row["dateline_country"]:
            assert row["dateline_country"] in countries, row["file"]
        if row["agency"]:
            assert row["agency"] in agencies, row["file"]
        if row["title"]:
            assert row["title"] in read(row["file"]), row["file"]
        assert row["shapes"], row["file"]


def test_one_story_told_by_three_agencies() -> None:
    merge = [row for row in CATALOG.values() if "merge story" in row["shapes"]]
    assert 3 == len(merge)
    assert 1 == len({row["date"] for row in merge})
    assert 3 == len({row["agency"] for row in merge})


def test_broken_inputs_are_present() -> None:
    texts = [read(name) for name in names()]
    assert any("\r\n" in t for t in texts)
    assert any("\x00" in t for t in texts)
    assert any(t.rstrip()[-1].isalpha() for t in texts)  # truncated mid-word
