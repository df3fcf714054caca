#!/usr/bin/env python3
"""Turns bench/results/algorithms/*.json into the Markdown ratio table of the README."""
import glob
import json
import os
import platform
import sys


def load(folder, prefix, m):
    path = os.path.join(folder, f"{prefix}-{m}.json")
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return {}
    merged = {}
    with open(path) as f:
        for line in f:
            if line.startswith("{"):
                record = json.loads(line)
                for key, value in record.items():
                    merged.setdefault(key, value)
    return merged


def fmt(x):
    if x is None:
        return "–"
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def main():
    folder = sys.argv[1]
    sizes = sorted({int(p.rsplit("-", 1)[1][:-5]) for p in glob.glob(os.path.join(folder, "netgraph-1-*.json"))})
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}.")
    print()
    print("| edges | nodes | algorithm | netgraph 1 thread (s) | netgraph 2 threads (s) | igraph (s) "
          "| ratio 1 thread / igraph | networkit 1 thread (s) | result netgraph / igraph |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|---|")
    for m in sizes:
        ng, ng2 = load(folder, "netgraph-1", m), load(folder, "netgraph-2", m)
        ig, nk = load(folder, "igraph", m), load(folder, "networkit", m)
        for algorithm in ["load", "betweenness", "pagerank", "louvain", "leiden"]:
            if algorithm == "load":
                a, b, c, d = ng.get("load_seconds"), None, ig.get("load_seconds"), nk.get("load_seconds")
                result = f"peak RSS {ng.get('peak_memory_mb')} MB / {ig.get('peak_memory_mb')} MB"
            else:
                if algorithm not in ng:
                    continue
                a = ng[algorithm]["seconds"]
                b = ng2.get(algorithm, {}).get("seconds")
                c = ig.get(algorithm, {}).get("seconds")
                d = nk.get(algorithm, {}).get("seconds")
                r1, r2 = ng[algorithm]["result"], ig.get(algorithm, {}).get("result")
                label = "Q" if algorithm in ("louvain", "leiden") else "max"
                result = f"{label} {r1:.4f} / {r2:.4f}" if r2 is not None else f"{label} {r1:.4f}"
            ratio = f"**{a / c:.2f}**" if a is not None and c else "–"
            print(f"| {m:,} | {ng.get('nodes', 0):,} | {algorithm} | {fmt(a)} | {fmt(b)} | {fmt(c)} "
                  f"| {ratio} | {fmt(d)} | {result} |")


if __name__ == "__main__":
    main()
