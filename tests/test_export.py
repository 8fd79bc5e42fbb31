"""Exports: lossless JSONL round trip, CSV, pandas, Arrow/Parquet, PLOVER, CAMEO."""

from __future__ import annotations

import csv
import datetime
import io
import json
import sys
from pathlib import Path

import pytest

import diplocorpus
from diplocorpus import (
    Actor,
    ActorKind,
    Article,
    Corpus,
    Event,
    EventKind,
    EventMode,
    Place,
    Precision,
    Span,
    Statement,
    StatementKind,
    When,
)
from diplocorpus.export import (
    CAMEO_COLUMNS,
    cameo_rows,
    columns,
    plover_events,
    to_arrow,
    to_pandas,
    write_cameo,
    write_csv,
    write_jsonl,
    write_parquet,
    write_plover,
)
from diplocorpus.samples import texts

D = datetime.date
TEXT = 'Baku, July 4. Talks were held in Astana on July 3. "We agree," said Ilham Aliyev.'


def article(source: str = "a.txt") -> Article:
    day = When(Span(43, 49), "July 3", "2024-07-03", Precision.DAY, D(2024, 7, 3), D(2024, 7, 3))
    return Article(
        text=TEXT,
        source=source,
        date=D(2024, 7, 4),
        agency="Trend",
        statements=(
            Statement(
                "We agree,",
                Span(51, 60),
                StatementKind.DIRECT,
                Actor("Ilham Aliyev", ActorKind.PERSON, "President", "AZE"),
            ),
        ),
        events=(
            Event(
                kind=EventKind.TALKS,
                span=Span(14, 19),
                text="Talks",
                mode=EventMode.BILATERAL,
                participants=(
                    Actor("Azerbaijan", ActorKind.STATE, None, "AZE"),
                    Actor("China", ActorKind.STATE, None, "CHN"),
                    Actor("Kazakhstan", ActorKind.STATE, None, "KAZ"),
                ),
                place=Place("Astana", "KAZ"),
                when=day,
            ),
        ),
        timexes=(day,),
    )


@pytest.fixture
def corpus() -> Corpus:
    return Corpus.from_articles([article("a.txt"), article("b.txt")])


def test_jsonl_round_trip_on_the_whole_sample_corpus(tmp_path: Path) -> None:
    samples = list(texts())
    if not samples:
        pytest.skip("no bundled samples yet")
    original = [diplocorpus.parse(text, source=name) for name, text in samples]
    path = tmp_path / "samples.jsonl"
    assert len(original) == write_jsonl(original, path)
    assert original == list(diplocorpus.read(path))


def test_jsonl_round_trip_through_the_corpus(tmp_path: Path, corpus: Corpus) -> None:
    path = tmp_path / "out.jsonl"
    assert 2 == corpus.to_jsonl(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert article("a.txt").to_dict() == json.loads(lines[0])
    assert list(corpus) == list(diplocorpus.read(path))


def test_csv_per_record_type(tmp_path: Path, corpus: Corpus) -> None:
    path = tmp_path / "events.csv"
    assert 2 == corpus.to_csv(path, "events")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(columns("events")) == list(rows[0])
    assert ("talks", "AZE;CHN;KAZ", "2024-07-03", "Astana", "") == (
        rows[0]["kind"],
        rows[0]["participant_countries"],
        rows[0]["date_start"],
        rows[0]["place"],
        rows[0]["cameo"],
    )
    buffer = io.StringIO()
    assert 2 == write_csv(corpus, buffer, "timexes")
    assert buffer.getvalue().splitlines()[1].startswith("a.txt,2024-07-04,Trend,0,July 3,")


def test_pandas_frame_is_typed_even_when_empty(corpus: Corpus) -> None:
    pd = pytest.importorskip("pandas")
    frame = to_pandas(corpus, "statements")
    assert list(columns("statements")) == list(frame.columns)
    assert ["Ilham Aliyev", "Ilham Aliyev"] == frame["speaker"].tolist()
    assert pd.api.types.is_datetime64_any_dtype(frame["article_date"])
    assert "Int64" == str(frame["speaker_start"].dtype)
    events = corpus.to_pandas("events")
    assert ["AZE", "CHN", "KAZ"] == events["participant_countries"][0]
    empty = to_pandas(Corpus.from_articles([]), "events")
    assert (0, len(columns("events"))) == empty.shape


def test_arrow_and_parquet(tmp_path: Path, corpus: Corpus) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = to_arrow(corpus, "events")
    assert 2 == table.num_rows
    assert pa.date32() == table.schema.field("date_start").type
    assert pa.list_(pa.string()) == table.schema.field("participant_countries").type
    path = tmp_path / "events.parquet"
    assert 2 == write_parquet(corpus, path, "events", batch_size=1)
    back = pq.read_table(path)
    assert table.to_pylist() == back.to_pylist()
    assert 2 == corpus.to_parquet(tmp_path / "s.parquet", "statements")
    assert 2 == corpus.to_arrow("articles").num_rows


def test_missing_extra_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, corpus: Corpus, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"diplocorpus\[pandas\]"):
        to_pandas(corpus, "events")
    with pytest.raises(ImportError, match=r"diplocorpus\[arrow\]"):
        to_arrow(corpus, "events")


def test_plover_objects(corpus: Corpus, tmp_path: Path) -> None:
    first = next(plover_events(corpus))
    assert {
        "id": "a.txt#0",
        "event_type": "CONSULT",
        "mode": "bilateral",
        "actor": "AZE",
        "recipient": "CHN",
        "actors": ["AZE", "CHN", "KAZ"],
        "participants": ["Azerbaijan", "China", "Kazakhstan"],
        "date": "2024-07-03",
        "date_start": "2024-07-03",
        "date_end": "2024-07-03",
        "location": {"name": "Astana", "country": "KAZ"},
        "kind": "talks",
        "status": "held",
        "source": "a.txt",
        "agency": "Trend",
        "article_date": "2024-07-04",
        "text": "Talks",
    } == first
    path = tmp_path / "events.plover.jsonl"
    assert 2 == write_plover(corpus, path)
    assert 2 == corpus.to_plover(tmp_path / "again.jsonl")
    assert 4 == corpus.to_cameo(tmp_path / "events.tsv")
    assert first == json.loads(path.read_text(encoding="utf-8").splitlines()[0])


def test_cameo_rows_one_per_dyad(corpus: Corpus) -> None:
    rows = list(cameo_rows(corpus))
    assert 4 == len(rows)
    assert [("AZE", "CHN"), ("AZE", "KAZ")] == [
        (r["source_actor"], r["target_actor"]) for r in rows[:2]
    ]
    assert ("20240703", "046", "04") == (
        rows[0]["date"],
        rows[0]["cameo_code"],
        rows[0]["root_code"],
    )
    buffer = io.StringIO()
    assert 4 == write_cameo(corpus, buffer)
    lines = buffer.getvalue().splitlines()
    assert "\t".join(CAMEO_COLUMNS) == lines[0]
    assert 5 == len(lines)


def test_event_without_participants_gives_one_cameo_row() -> None:
    bare = Article(
        text="Talks.",
        source="x",
        events=(Event(kind=EventKind.OTHER, span=Span(0, 5), text="Talks"),),
    )
    (row,) = cameo_rows([bare])
    assert ("", "", "", "") == (
        row["date"],
        row["source_actor"],
        row["target_actor"],
        row["cameo_code"],
    )
