#!/usr/bin/env python3
"""Reproducible benchmark graphs: a degree-heterogeneous planted-partition model.

    python3 bench/algorithms/generate.py OUT_DIR [EDGES ...]   # default 10000 100000 1000000

For m edges: n = m / 5 nodes (mean degree 10); communities of 20-200 nodes; node weights
from a Pareto(2.5) law (a heavy-tailed degree sequence, as in Chung-Lu graphs); each edge
draws u by weight and v by weight inside u's community with probability 0.7, anywhere
otherwise. Duplicates and self-loops are dropped until exactly m edges remain. numpy's
PCG64 with a fixed seed makes the files identical on every run (the file header records
the parameters). Output: OUT_DIR/graph-<m>.edges, one "u v" per line.
"""
import os
import sys

import numpy as np

SEED = 20241125
MIXING = 0.3


def generate(m, seed=SEED):
    rng = np.random.Generator(np.random.PCG64(seed + m))
    n = m // 5
    sizes = []
    while sum(sizes) < n:
        sizes.append(int(rng.integers(20, 201)))
    sizes[-1] -= sum(sizes) - n
    if sizes[-1] <= 0:
        sizes.pop()
        sizes[-1] += n - sum(sizes)
    community = np.repeat(np.arange(len(sizes)), sizes)
    starts = np.concatenate([[0], np.cumsum(sizes)])
    weight = rng.pareto(2.5, n) + 1.0
    global_p = weight / weight.sum()
    edges = set()
    while len(edges) < m:
        k = int((m - len(edges)) * 1.2) + 16
        u = rng.choice(n, size=k, p=global_p)
        inside = rng.random(k) >= MIXING
        v = rng.choice(n, size=k, p=global_p)
        # Inside edges: v uniform-by-weight within u's community (rejection-free via cumsum).
        for i in np.nonzero(inside)[0]:
            c = community[u[i]]
            lo, hi = starts[c], starts[c + 1]
            w = weight[lo:hi]
            v[i] = lo + int(np.searchsorted(np.cumsum(w), rng.random() * w.sum()))
            v[i] = min(v[i], hi - 1)
        for a, b in zip(u.tolist(), v.tolist()):
            if a == b:
                continue
            e = (a, b) if a < b else (b, a)
            edges.add(e)
            if len(edges) == m:
                break
    return n, sorted(edges)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "bench/data"
    sizes = [int(x) for x in sys.argv[2:]] or [10_000, 100_000, 1_000_000]
    os.makedirs(out, exist_ok=True)
    for m in sizes:
        path = os.path.join(out, f"graph-{m}.edges")
        if os.path.exists(path):
            continue
        n, edges = generate(m)
        with open(path + ".tmp", "w") as f:
            f.write(f"# planted partition, n={n}, m={m}, mixing={MIXING}, seed={SEED + m}\n")
            f.write("\n".join(f"{a} {b}" for a, b in edges))
            f.write("\n")
        os.replace(path + ".tmp", path)
        print(f"wrote {path}: {n} nodes, {m} edges", file=sys.stderr)


if __name__ == "__main__":
    main()
