#!/usr/bin/env python3
"""Community quality of NetGraph vs python-igraph on karate, Les Misérables and LFR 10k.

    python3 bench/algorithms/quality.py [NETGRAPH_BINARY]   # default .build/release/netgraph

Runs `netgraph communities --format json` (Louvain and Leiden, seeds 0-4) on edge lists
written from the committed fixtures, computes modularity (reported by netgraph) and, for the
LFR graph, NMI against the planted partition with igraph's `compare_communities`; prints a
Markdown table with the igraph Leiden reference (best of the fixture's seeds).
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIX = os.path.join(ROOT, "Tests", "NetGraphTests", "Fixtures", "algorithms")


def main():
    import igraph as ig
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "netgraph")
    tmp = tempfile.mkdtemp()
    graphs = {}
    for name in ["karate", "lesmis"]:
        data = json.load(open(os.path.join(FIX, "modularity", f"{name}.json")))
        path = os.path.join(tmp, f"{name}.txt")
        with open(path, "w") as f:
            for u, v, w in data["graph"]["edges"]:
                f.write(f"{u} {v} {w}\n")
        ref = next(c for c in data["cases"] if c["parameters"]["partition"].startswith("igraph"))
        graphs[name] = (path, ref["expected"]["modularity"], None, len(data["graph"]["nodes"]), len(data["graph"]["edges"]))
    lfr = json.load(open(os.path.join(FIX, "lfr", "lfr10k.json")))
    graphs["LFR 10k (μ = 0.3)"] = (os.path.join(FIX, "lfr", "lfr10k.edges"), lfr["igraph_leiden_modularity"],
                                  lfr["membership"], lfr["nodes"], lfr["edges"])
    print("| graph | nodes | edges | igraph Leiden Q | NetGraph Louvain Q (min–max, seeds 0–4) "
          "| NetGraph Leiden Q (min–max) | NMI vs ground truth (Louvain / Leiden / igraph) |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, (path, ref_q, truth, n, m) in graphs.items():
        results = {}
        nmis = {}
        for method in ["louvain", "leiden"]:
            qs, ns = [], []
            for seed in range(5):
                out = subprocess.run([binary, "communities", "--graph", path, "--method", method,
                                      "--seed", str(seed), "--format", "json"],
                                     check=True, capture_output=True, text=True).stdout
                obj = json.loads(out)
                qs.append(obj["modularity"])
                if truth is not None:
                    membership = [0] * n
                    for c, members in enumerate(obj["communities"]):
                        for node in members:
                            membership[int(node)] = c
                    ns.append(ig.compare_communities(membership, truth, method="nmi"))
            results[method] = qs
            nmis[method] = ns
        nmi = "–"
        if truth is not None:
            nmi = (f"{min(nmis['louvain']):.3f}–{max(nmis['louvain']):.3f} / "
                   f"{min(nmis['leiden']):.3f}–{max(nmis['leiden']):.3f} / {lfr['igraph_leiden_nmi']:.3f}")
        print(f"| {name} | {n:,} | {m:,} | {ref_q:.4f} | {min(results['louvain']):.4f}–{max(results['louvain']):.4f} "
              f"| {min(results['leiden']):.4f}–{max(results['leiden']):.4f} | {nmi} |")


if __name__ == "__main__":
    main()
