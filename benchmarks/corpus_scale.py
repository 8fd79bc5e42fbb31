"""Reading at scale: the bundled samples replicated to many files, read with worker processes.

    python benchmarks/corpus_scale.py                    # 10,000 and 100,000 files, 2 workers
    python benchmarks/corpus_scale.py --sizes 1000 --workers 1

Writes the copies once under ``--dir`` (default ``/tmp/diplocorpus-scale``),
1,000 files a folder, then for each size reads the first *size* files with
``diplocorpus.read(..., workers=N)`` and reports articles/s, MB/s and the
peak resident memory of the parent process and of parent + workers, sampled
every 50 ms (the sum counts pages shared after fork twice: an upper bound).
Bounded memory shows as the same peak at 10k and at 100k files.  The machine
may be shared: CPU seconds (parent + workers) and articles per CPU second are
reported beside the wall-clock rates, with the 1-minute load average.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import sys
import threading
import time
from pathlib import Path

import diplocorpus
from diplocorpus.samples import texts

PER_FOLDER = 1000


def _rss(pid: int) -> int:
    """Resident bytes of one process (Linux /proc), 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as handle:
                kids = [int(k) for k in handle.read().split()]
        except OSError:
            continue
        for kid in kids:
            found.append(kid)
            found.extend(_children(kid))
    return found


class Sampler(threading.Thread):
    """Samples the RSS of this process and its descendants until stopped."""

    def __init__(self, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.stop = threading.Event()
        self.peak_parent = 0
        self.peak_total = 0
        self.peak_workers = 0

    def run(self) -> None:
        me = os.getpid()
        while not self.stop.is_set():
            parent = _rss(me)
            kids = _children(me)
            total = parent + sum(_rss(k) for k in kids)
            self.peak_parent = max(self.peak_parent, parent)
            self.peak_total = max(self.peak_total, total)
            self.peak_workers = max(self.peak_workers, len(kids))
            self.stop.wait(self.interval)


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (user + system)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def prepare(root: Path, files: int) -> int:
    """Write *files* copies of the samples under *root*, unless they are there; return bytes."""
    samples = [(name, text.encode("utf-8")) for name, text in texts()]
    if not samples:
        raise SystemExit("no bundled samples found")
    stamp = f"{files} " + hashlib.sha256(b"".join(d for _, d in samples)).hexdigest()
    marker = root / ".ready"
    if not (marker.exists() and marker.read_text() == stamp):
        if root.exists():
            shutil.rmtree(root)
        for i in range(files):
            folder = root / f"f{i // PER_FOLDER:04d}"
            if i % PER_FOLDER == 0:
                folder.mkdir(parents=True)
            name, data = samples[i % len(samples)]
            (folder / f"{i:07d}-{name}").write_bytes(data)
        marker.write_text(stamp)
    return sum(len(samples[i % len(samples)][1]) for i in range(files))


def measure(root: Path, files: int, size_bytes: int, workers: int) -> dict[str, float]:
    folders = [str(root / f"f{i:04d}") for i in range((files + PER_FOLDER - 1) // PER_FOLDER)]
    corpus = diplocorpus.read(folders, workers=workers, progress=False)
    sampler = Sampler()
    sampler.start()
    load_before = os.getloadavg()[0]
    cpu_before = _cpu()
    started = time.perf_counter()
    count = errors = statements = events = 0
    for article in corpus:
        count += 1
        errors += bool(article.errors)
        statements += len(article.statements)
        events += len(article.events)
    elapsed = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    cpu = _cpu() - cpu_before  # the pool has shut down: its workers' time is counted
    return {
        "cpu_seconds": cpu,
        "articles_per_cpu_s": count / cpu if cpu else 0.0,
        "load": max(load_before, os.getloadavg()[0]),
        "files": files,
        "articles": count,
        "errors": errors,
        "statements": statements,
        "events": events,
        "seconds": elapsed,
        "articles_per_s": count / elapsed,
        "mb_per_s": size_bytes / 1e6 / elapsed,
        "mb": size_bytes / 1e6,
        "peak_parent_mb": sampler.peak_parent / 1e6,
        "peak_total_mb": sampler.peak_total / 1e6,
        "processes": 1 + sampler.peak_workers,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default="/tmp/diplocorpus-scale", type=Path)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    started = time.perf_counter()
    files = max(sizes)
    prepare(args.dir, files)
    print(
        f"{files} files under {args.dir} ({len(list(texts()))} samples replicated), "
        f"ready in {time.perf_counter() - started:.1f} s; workers={args.workers}, "
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs",
        flush=True,
    )
    header = (
        f"{'files':>8} {'MB':>8} {'seconds':>8} {'articles/s':>11} {'MB/s':>6} "
        f"{'peak parent MB':>15} {'peak parent+workers MB':>23} {'procs':>5} {'errors':>6} "
        f"{'CPU s':>7} {'articles/CPU s':>14} {'load':>5}"
    )
    print(header)
    for size in sizes:
        lengths = [len(t.encode("utf-8")) for _, t in texts()]
        size_bytes = sum(lengths[i % len(lengths)] for i in range(size))
        r = measure(args.dir, size, size_bytes, args.workers)
        print(
            f"{r['articles']:>8.0f} {r['mb']:>8.1f} {r['seconds']:>8.1f} "
            f"{r['articles_per_s']:>11.0f} {r['mb_per_s']:>6.2f} {r['peak_parent_mb']:>15.1f} "
            f"{r['peak_total_mb']:>23.1f} {r['processes']:>5.0f} {r['errors']:>6.0f} "
            f"{r['cpu_seconds']:>7.1f} {r['articles_per_cpu_s']:>14.0f} {r['load']:>5.1f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
