"""Build time and search latency, on the report and on a synthetic report 200 times its size.

    python benchmarks/bench_store.py [--times 200]

Targets on a 2-core machine: the large report builds in under 10 s; search answers in under 20 ms p95.
Prints figures; asserts nothing (timings on shared machines are noisy).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the synthetic reports

from synthetic import scaled_report

from zoneview import paths
from zoneview.ingest import parse_text
from zoneview.store import reading, write_database

QUERIES = [
    "贷款",
    "改革",
    "国家级",
    "两江新区",
    "科技企业",
    "海外人才",
    "孵化",
    "创新中心",
    "的",
    "2020",
    "知识价值信用贷款",
    "璧山高新区",
    "大赛",
    "独角兽",
    "投资",
    "不存在的词语",
    "产业 集群",
    "NEAR(",
    "-",
    "亿元",
]


def build_seconds(text: str, target: Path) -> float:
    start = time.perf_counter()
    write_database(parse_text(text, "bench.txt"), target)
    return time.perf_counter() - start


def search_latencies_ms(db: Path, rounds: int) -> list[float]:
    timings = []
    with reading(db) as store:
        for _ in range(rounds):
            for q in QUERIES:
                start = time.perf_counter()
                store.search(q)
                timings.append((time.perf_counter() - start) * 1000)
    return timings


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--times", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    source = paths.bundled_report().read_text(encoding="utf-8")
    large = scaled_report(source, args.times)
    with tempfile.TemporaryDirectory() as tmp:
        for label, text in (("report", source), (f"{args.times}x report", large)):
            db = Path(tmp) / "bench.db"
            seconds = build_seconds(text, db)
            times = search_latencies_ms(db, args.rounds)
            print(
                f"{label:>14}: {len(text):>9,} chars  build {seconds:6.2f} s  "
                f"search median {statistics.median(times):6.2f} ms  p95 {p95(times):6.2f} ms  "
                f"({len(times)} queries)"
            )
    print("targets: large build < 10 s, search p95 < 20 ms")


if __name__ == "__main__":
    main()
