#!/usr/bin/env python3
"""Barabási–Albert benchmark graphs (the ba-20k and ba-200k graphs of issue 10).

    python3 bench/algorithms/generate_ba.py OUT_DIR [NODES ...]   # default 20000 200000

Preferential attachment as networkx's barabasi_albert_graph(n, m=5) builds it: a star on
m + 1 nodes, then each new node links to m distinct earlier nodes drawn from the list of
edge endpoints (probability proportional to degree). About 5n edges (99,975 for 20k nodes,
999,975 for 200k). Python's random.Random with a fixed seed makes the files identical on
every run. Output: OUT_DIR/ba-<n/1000>k.edges, one "u v" per line and nothing else
(igraph's Read_Ncol takes no comment lines).
"""
import os
import random
import sys

SEED = 20261207
M = 5


def generate(n, m=M, seed=SEED):
    rng = random.Random(seed + n)
    edges = [(0, v) for v in range(1, m + 1)]
    repeated = [0] * m + list(range(1, m + 1))
    for source in range(m + 1, n):
        targets = set()
        while len(targets) < m:
            targets.add(repeated[rng.randrange(len(repeated))])
        for t in sorted(targets):
            edges.append((t, source))
            repeated.append(t)
            repeated.append(source)
    return edges


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "bench/data"
    sizes = [int(s) for s in sys.argv[2:]] or [20000, 200000]
    os.makedirs(out, exist_ok=True)
    for n in sizes:
        path = os.path.join(out, f"ba-{n // 1000}k.edges")
        if os.path.exists(path):
            continue
        edges = generate(n)
        tmp = path + ".tmp"
        with open(tmp, "w") as f:
            f.writelines(f"{u} {v}\n" for u, v in edges)
        os.replace(tmp, path)
        print(f"{path}: {n} nodes, {len(edges)} edges", file=sys.stderr)


if __name__ == "__main__":
    main()
