"""Gazetteer figures: cold build, warm load, resident memory, spot+resolve speed.

Run: python benchmarks/bench_gazetteer.py  (uses a fresh temporary cache directory)
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MUC4 = Path(__file__).resolve().parents[2] / "shared" / "data" / "muc4_dev.jsonl"

_CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
from eventwatch.gazetteer import get_gazetteer
import eventwatch.gazetteer.index as index
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t1 = time.perf_counter()
index.load_index()  # builds on a cold cache
t2 = time.perf_counter()
g = get_gazetteer()
t3 = time.perf_counter()
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"first_load_s": t2 - t1, "singleton_s": t3 - t2,
                  "rss_before_mb": rss0 / 1024, "rss_after_mb": rss1 / 1024}))
"""


def run_child(cache: str) -> dict:
    env = dict(os.environ, EVENTWATCH_CACHE_DIR=cache)
    out = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        cold = run_child(cache)
        warm = run_child(cache)
        size = sum(p.stat().st_size for p in Path(cache).iterdir()) / 1e6
        print(f"cold build + cache write : {cold['first_load_s']:.2f} s")
        print(f"warm load (from cache)   : {warm['first_load_s']:.2f} s")
        print(f"cache file size          : {size:.0f} MB")
        print(
            f"RSS of the loaded index  : {warm['rss_after_mb'] - warm['rss_before_mb']:.0f} MB "
            f"(process peak {warm['rss_after_mb']:.0f} MB)"
        )
        os.environ["EVENTWATCH_CACHE_DIR"] = cache
        if not MUC4.exists():
            print(f"speed: skipped ({MUC4} absent)")
            return
        from eventwatch.gazetteer import get_gazetteer

        gaz = get_gazetteer()
        with MUC4.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh]
        words = sum(len(t.split()) for t in texts)
        t0 = time.perf_counter()
        n_mentions = 0
        for text in texts:
            mentions = gaz.spot(text)
            gaz.resolve(mentions, text)
            n_mentions += len(mentions)
        elapsed = time.perf_counter() - t0
        print(
            f"spot+resolve on muc4_dev : {len(texts)} docs, {words} words, {n_mentions} mentions "
            f"in {elapsed:.2f} s = {words / elapsed:,.0f} words/s"
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"process peak RSS         : {peak:.0f} MB")


if __name__ == "__main__":
    main()
