"""Throughput at scale: documents per second and peak memory of whole ``eventwatch`` commands.

    python benchmarks/bench_scale.py [--count N] [--corpus DIR] [--workers 1,2] [--only NAME,...] [--json]

Generates a corpus with ``generate_corpus.py`` (or reuses ``--corpus``), then runs each command
as a separate process, the way a user would, and measures its wall time and the peak memory of
its process tree (the command, its pool workers, a local Dask cluster): the sum of RSS, sampled
every 0.1 s (shared pages counted once per process, so an upper bound), and the sum of PSS
(shared pages split between the processes that share them), sampled every second.

Runs: ``extract`` of the .txt files and of the .html pages, ``ingest`` of the JSONL into a fresh
SQLite database with fusion, each with 1 and 2 worker processes; ``batch --local-cluster 2`` into
SQLite and to Parquet, and ``ingest`` of those Parquet files (storage and fusion alone).

Documents/s are given over the whole wall time and over the time after start-up (imports, the
gazetteer, the pool or cluster: measured by the same command on one document).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_corpus import write_corpus  # noqa: E402

EVENTWATCH = [sys.executable, "-m", "eventwatch.cli"]


@dataclass
class Measurement:
    name: str
    documents: int
    seconds: float
    cpu_seconds: float
    startup: float
    peak_rss_mb: float
    peak_pss_mb: float

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds

    @property
    def docs_per_cpu_s(self) -> float:
        return self.documents / max(1e-9, self.cpu_seconds)

    @property
    def docs_per_s_after_startup(self) -> float:
        return self.documents / max(1e-9, self.seconds - self.startup)


def run(args: list[str], cwd: Path) -> tuple[float, float, float, float]:
    """Wall seconds, CPU seconds, peak RSS and peak PSS (MB) of the process tree of one command."""
    started = time.perf_counter()
    process = psutil.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_rss = peak_pss = 0
    last_pss = 0.0
    cpu: dict[int, float] = {}  # the last CPU time seen of every process of the tree
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak_rss = max(peak_rss, sum(_safe(lambda p: p.memory_info().rss, p) for p in tree))
            for member in tree:
                times = _safe(lambda p: p.cpu_times(), member)
                if times:
                    cpu[member.pid] = times.user + times.system
            if time.perf_counter() - last_pss > 1.0:
                peak_pss = max(peak_pss, sum(_safe(lambda p: p.memory_full_info().pss, p) for p in tree))
                last_pss = time.perf_counter()
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.returncode not in (0, 1):  # 1: some bad input, reported, the run went on
        raise SystemExit(f"{' '.join(args)} failed ({process.returncode}):\n{stderr}")
    return seconds, sum(cpu.values()), peak_rss / 2**20, peak_pss / 2**20


def _safe(get, process: psutil.Process):  # type: ignore[no-untyped-def]
    try:
        return get(process)
    except psutil.Error:
        return 0


def plan(corpus: Path, work: Path, workers: list[int]) -> list[tuple[str, list[str], list[str], int]]:
    """(name, command, the same command on one document, documents) for every run."""
    txt, html, jsonl = corpus / "txt", corpus / "html", corpus / "corpus.jsonl"
    one_txt = str(sorted(txt.iterdir())[0])
    one_html = str(sorted(html.iterdir())[0])
    one_jsonl = work / "one.jsonl"
    with jsonl.open(encoding="utf-8") as handle:
        one_jsonl.write_text(handle.readline(), encoding="utf-8")
    count = sum(1 for _ in jsonl.open(encoding="utf-8"))
    runs = []
    for n in workers:
        w = ["--workers", str(n)]
        runs.append(
            (
                f"extract text, {n} worker(s)",
                ["extract", "--no-progress", *w, str(txt)],
                ["extract", "--no-progress", *w, one_txt],
                count,
            )
        )
    for n in workers:
        w = ["--workers", str(n)]
        runs.append(
            (
                f"extract HTML, {n} worker(s)",
                ["extract", "--no-progress", *w, str(html)],
                ["extract", "--no-progress", *w, one_html],
                count,
            )
        )
    for n in workers:
        w = ["--workers", str(n)]
        db = f"sqlite:///{work / f'ingest{n}.db'}"
        runs.append(
            (
                f"ingest JSONL into SQLite, {n} worker(s)",
                ["ingest", "--no-progress", *w, "--db", db, str(jsonl)],
                ["ingest", "--no-progress", *w, "--db", f"sqlite:///{work / f'one{n}.db'}", str(one_jsonl)],
                count,
            )
        )
    cluster = ["--local-cluster", "2", "--partition-size", "100"]
    runs.append(
        (
            "batch --local-cluster 2 into SQLite",
            ["batch", "--no-progress", *cluster, "--db", f"sqlite:///{work / 'batch.db'}", str(jsonl)],
            ["batch", "--no-progress", *cluster, "--db", f"sqlite:///{work / 'batch1.db'}", str(one_jsonl)],
            count,
        )
    )
    runs.append(
        (
            "batch --local-cluster 2 to Parquet",
            ["batch", "--no-progress", *cluster, "--parquet", str(work / "parts"), str(jsonl)],
            ["batch", "--no-progress", *cluster, "--parquet", str(work / "parts1"), str(one_jsonl)],
            count,
        )
    )
    runs.append(
        (
            "ingest of those Parquet files (no analysis)",
            ["ingest", "--no-progress", "--db", f"sqlite:///{work / 'parquet.db'}", str(work / "parts")],
            ["ingest", "--no-progress", "--db", f"sqlite:///{work / 'parquet1.db'}", str(work / "parts1")],
            count,
        )
    )
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1500, help="documents to generate")
    parser.add_argument("--corpus", type=Path, help="an existing generate_corpus.py output folder")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--only", help="comma-separated substrings of the run names to keep")
    parser.add_argument("--json", action="store_true", help="one JSON object per run instead of a table")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="eventwatch-bench-"))
    try:
        corpus = args.corpus
        if corpus is None:
            corpus = work / "corpus"
            manifest = write_corpus(corpus, args.count)
        else:
            manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
        print(f"corpus: {json.dumps(manifest)}", file=sys.stderr)
        print(
            f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} before the runs", file=sys.stderr
        )
        run(EVENTWATCH + ["extract", "--no-progress", str(sorted((corpus / "txt").iterdir())[0])], work)  # warm caches
        results = []
        for name, command, single, count in plan(corpus, work, [int(n) for n in args.workers.split(",")]):
            if args.only and not any(part in name for part in args.only.split(",")):
                continue
            startup, _, _, _ = run(EVENTWATCH + single, work)
            seconds, cpu_seconds, rss, pss = run(EVENTWATCH + command, work)
            result = Measurement(name, count, seconds, cpu_seconds, startup, rss, pss)
            results.append(result)
            if args.json:
                print(json.dumps({**asdict(result), "docs_per_s": round(result.docs_per_s, 1)}), flush=True)
            else:
                print(f"{name}: {result.docs_per_s:.1f} docs/s", file=sys.stderr, flush=True)
        if not args.json:
            columns = ["run", "documents", "time", "CPU time", "start-up", "docs/s", "docs/s after start-up"]
            columns.append("docs per CPU-second")
            print("| " + " | ".join([*columns, "peak RSS (tree)", "peak PSS (tree)"]) + " |")
            print("|---" + "|---:" * (len(columns) + 1) + "|")
            for r in results:
                print(
                    f"| {r.name} | {r.documents:,} | {r.seconds:.1f} s | {r.cpu_seconds:.1f} s | {r.startup:.1f} s | "
                    f"{r.docs_per_s:.1f} | {r.docs_per_s_after_startup:.1f} | {r.docs_per_cpu_s:.1f} | "
                    f"{r.peak_rss_mb:,.0f} MB | {r.peak_pss_mb:,.0f} MB |"
                )
        print(f"load average after the runs: {os.getloadavg()[0]:.1f}", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
