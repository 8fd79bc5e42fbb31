"""Dask: a bag of articles and a DataFrame of records on a local cluster of processes."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

import diplocorpus
from diplocorpus.samples import texts


def test_articles_pickle_cleanly() -> None:
    articles = [diplocorpus.parse(text, source=name) for name, text in texts()]
    articles.append(diplocorpus.parse(b"\x00\xff broken", source="bytes"))
    assert articles == [pickle.loads(pickle.dumps(a)) for a in articles]
    record = next(iter(diplocorpus.Corpus.from_articles(articles).records("articles")))
    assert record == pickle.loads(pickle.dumps(record))


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    pytest.importorskip("dask.bag")
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in texts():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "zz_binary.txt").write_bytes(b"\x00\x01\x02 not text")
    return tmp_path


def test_bag_and_dataframe_on_a_local_cluster(client: object, folder: Path) -> None:
    import dask
    import pandas as pd

    from diplocorpus.dask import read_bag, to_dataframe

    expected = list(diplocorpus.read(folder))
    bag = read_bag(folder, partition_size=3)
    assert bag.npartitions > 1
    assert expected == bag.compute()
    # Dask turns object columns of text into pandas' string dtype unless told not to.
    with dask.config.set({"dataframe.convert-string": False}):
        frames = {k: to_dataframe(bag, k).compute() for k in ("articles", "timexes", "events")}
    for kind, frame in frames.items():
        frame = frame.reset_index(drop=True)
        wanted = diplocorpus.Corpus.from_articles(expected).to_pandas(kind)
        pd.testing.assert_frame_equal(wanted, frame)
    codes = to_dataframe(bag, "diagnostics").compute()["code"].tolist()
    assert "read.binary" in codes
