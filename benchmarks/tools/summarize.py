#!/usr/bin/env python3
"""Summarises JMH JSON results: per benchmark and params, the median of the per-fork means and their spread
(min..max over forks), or for SampleTime the p50/p99 per fork; then ratios between benchmarks of the same run.

Usage: python3 benchmarks/tools/summarize.py benchmarks/results/*.json
"""
import json
import statistics
import sys


def fork_means(raw):
    return [statistics.fmean(it) for it in raw if it]


def percentile(hist_iters, q):
    pairs = sorted((v, c) for it in hist_iters for v, c in it)
    total = sum(c for _, c in pairs)
    target = q * total
    acc = 0
    for v, c in pairs:
        acc += c
        if acc >= target:
            return v
    return pairs[-1][0] if pairs else float("nan")


rows = {}
for path in sys.argv[1:]:
    with open(path) as f:
        for r in json.load(f):
            name = r["benchmark"].rsplit(".", 2)
            key = name[-2] + "." + name[-1]
            params = ",".join(f"{k}={v}" for k, v in sorted(r.get("params", {}).items()))
            pm = r["primaryMetric"]
            unit = pm["scoreUnit"]
            if r["mode"] == "sample":
                hist = pm["rawDataHistogram"]
                p50 = [percentile(h, 0.50) for h in hist]
                p99 = [percentile(h, 0.99) for h in hist]
                rows[(key, params)] = ("sample", unit, p50, p99, path)
                print(f"{key:55s} {params:10s} p50 median {statistics.median(p50):10.2f} "
                      f"[{min(p50):.2f}..{max(p50):.2f}]  p99 median {statistics.median(p99):10.2f} "
                      f"[{min(p99):.2f}..{max(p99):.2f}] {unit}  forks={len(hist)}  ({path})")
            else:
                means = fork_means(pm["rawData"])
                rows[(key, params)] = ("avg", unit, means, None, path)
                print(f"{key:55s} {params:10s} median {statistics.median(means):10.2f} "
                      f"[{min(means):.2f}..{max(means):.2f}] {unit}  forks={len(means)}  "
                      f"all-iterations min {min(min(i) for i in pm['rawData']):.2f}  ({path})")

print()
print("ratios (median of fork means; bracket: worst..best pairing of fork means)")


def ratio(a, b, label):
    if a not in rows or b not in rows:
        return
    ma, mb = rows[a][2], rows[b][2]
    med = statistics.median(ma) / statistics.median(mb)
    lo = min(ma) / max(mb)
    hi = max(ma) / min(mb)
    print(f"  {label:70s} {med:6.2f}  [{lo:.2f}..{hi:.2f}]")


for size in ["size=TINY", "size=S", "size=S2", "size=M"]:
    F = "FullEvaluationBenchmark."
    ratio((F + "drools", size), (F + "pacta", size), f"{size}: drools time / pacta time (target >= 10)")
    ratio((F + "plainLoop", size), (F + "pacta", size), f"{size}: plain time / pacta time (target >= 1.0)")
    ratio((F + "pacta", size), (F + "pactaParallel", size), f"{size}: pacta / pactaParallel (speed-up on 2 cores)")
    ratio((F + "drools", size), (F + "plainLoop", size), f"{size}: drools time / plain time")
    I = "IngestBenchmark."
    ratio((I + "jacksonStreamingFloor", size), (I + "jacksonStreamingToPactaModel", size),
          f"{size}: floor time / to-Pacta-model time (target for pacta-json >= 0.7)")
F = "FullEvaluationBenchmark."
for b in ["pacta", "plainLoop", "drools", "pactaParallel"]:
    ratio((F + b, "size=S2"), (F + b, "size=S"), f"scaling {b}: time S2 / time S (events x2.08; target <= 2.2)")
