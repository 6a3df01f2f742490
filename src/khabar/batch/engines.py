"""Engines: run ``work.process`` over every record of every shard and write one Parquet file per shard (pyarrow),
plus a dead-letter JSONL of the records that failed. Writes are atomic (a temporary name, then a rename), so a
killed run leaves no half file counted as done, and a re-run skips the shards already written.

``local`` uses this machine's cores with multiprocessing, ``ray`` runs the same chunk function as Ray tasks on a
local Ray or a cluster; the steps do not know which engine runs them.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Iterator

from .readers import Record, read, shards
from .work import COLUMNS, process

CHUNK = 16  # records handed to a worker at a time


@dataclass
class Stats:
    shards: int = 0
    shards_skipped: int = 0  # already written by an earlier run
    records: int = 0
    articles: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def pages_per_s(self) -> float:
        return round(self.records / self.seconds, 1) if self.seconds else 0.0

    def as_dict(self) -> dict:
        return {**self.__dict__, "pages_per_s": self.pages_per_s}


def _name(shard: Path) -> str:
    base = shard.name
    for suffix in (".gz", ".warc", ".jsonl", ".html", ".htm", ".txt"):
        base = base.removesuffix(suffix)
    return f"{base}-{hashlib.sha1(str(shard.resolve()).encode()).hexdigest()[:8]}"  # stable across runs: resuming


class ShardWriter:
    """Writes one shard as it goes (Parquet row groups of ROW_GROUP rows, dead letters line by line) under
    temporary names, and renames both when the shard is complete: memory stays flat however large the shard."""

    ROW_GROUP = 256

    def __init__(self, out: Path, name: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.out, self.name = out, name
        self.schema = pa.schema([(c, pa.string()) for c in COLUMNS])
        self.tmp = out / f".{name}.parquet.tmp"
        self.writer = pq.ParquetWriter(self.tmp, self.schema)
        self.dead_tmp = out / f".{name}.dead.jsonl.tmp"
        self.dead = None
        self.rows: list[dict] = []
        self.articles = 0

    def add(self, row: dict) -> None:
        self.rows.append(row)
        self.articles += row.get("page_type") == "article"
        if len(self.rows) >= self.ROW_GROUP:
            self._flush()

    def letter(self, letter: dict) -> None:
        if self.dead is None:
            self.dead = open(self.dead_tmp, "w", encoding="utf-8")
        self.dead.write(json.dumps(letter, ensure_ascii=False) + "\n")

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        if self.dead is not None:
            self.dead.close()
            os.replace(self.dead_tmp, self.out / f"{self.name}.dead.jsonl")
        os.replace(self.tmp, self.out / f"{self.name}.parquet")  # the shard counts as done only once this file exists


def _chunks(records: Iterator[Record]) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for r in records:
        batch.append(r)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _process_chunk(job: tuple[int, list[Record]]) -> tuple[int, list[tuple[dict | None, dict | None, str | None]]]:
    shard, batch = job
    return shard, [(*process(r), r.why) for r in batch]


def _jobs(todo: list[Path]) -> Iterator[tuple[int, list[Record]]]:
    """Chunks of every shard in order, then an empty chunk that closes the shard: one stream for all workers, so
    none waits at the end of a shard."""
    for k, shard in enumerate(todo):
        yield from ((k, chunk) for chunk in _chunks(read(shard)))
        yield k, []


def run_local(inputs: list[str], out: Path, workers: int = os.cpu_count() or 1) -> Stats:
    """This machine's cores: a process pool (spawn) maps the chunks, in order."""
    pool = get_context("spawn").Pool(workers) if workers > 1 else None
    try:
        return _run(inputs, out, (lambda jobs: pool.imap(_process_chunk, jobs)) if pool else (lambda jobs: map(_process_chunk, jobs)))
    finally:
        if pool:
            pool.close()
            pool.join()


def run_ray(inputs: list[str], out: Path, address: str | None = None, workers: int | None = None) -> Stats:
    """Ray: the same chunk function as Ray tasks on a local Ray (``workers`` CPUs) or an existing cluster
    (``address``, e.g. ray://head:10001); a bounded window of tasks in flight keeps memory flat."""
    import ray

    ray.init(address=address, num_cpus=None if address else workers, include_dashboard=False, log_to_driver=False,
             ignore_reinit_error=True)
    task = ray.remote(_process_chunk)
    window = 2 * int(ray.available_resources().get("CPU", 1))

    def mapped(jobs):
        pending = []
        for job in jobs:
            pending.append(task.remote(job))
            if len(pending) >= window:
                yield ray.get(pending.pop(0))
        while pending:
            yield ray.get(pending.pop(0))

    try:
        return _run(inputs, out, mapped)
    finally:
        ray.shutdown()


def _run(inputs: list[str], out: Path, mapper) -> Stats:
    """Every shard's chunks through ``mapper`` (ordered results); a shard is written when its closing chunk comes."""
    out.mkdir(parents=True, exist_ok=True)
    stats = Stats()
    start = time.perf_counter()
    todo = []
    for shard in shards(inputs):
        if (out / f"{_name(shard)}.parquet").exists():
            stats.shards_skipped += 1
        else:
            todo.append(shard)
    writer: ShardWriter | None = None
    for k, batch in mapper(_jobs(todo)):
        if writer is None:
            writer = ShardWriter(out, _name(todo[k]))
        if not batch:  # the shard is complete
            writer.close()
            stats.articles += writer.articles
            stats.shards += 1
            writer = None
            continue
        for row, letter, why in batch:
            stats.records += 1
            if row is not None:
                writer.add(row)
            elif letter is not None:
                writer.letter(letter)
                stats.failed += 1
            else:
                stats.skipped += 1
                key = (why or "skipped").split(" (")[0]
                stats.reasons[key] = stats.reasons.get(key, 0) + 1
    stats.seconds = round(time.perf_counter() - start, 2)
    return stats
