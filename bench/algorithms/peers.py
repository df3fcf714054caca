#!/usr/bin/env python3
"""Times python-igraph (and networkit, if installed) on a benchmark graph.

    python3 bench/algorithms/peers.py FILE [--algorithms betweenness,pagerank,louvain,leiden]

Prints one JSON object per peer and line, in the shape netgraph-bench prints. Each library
runs single-threaded (igraph is; networkit is set to one thread) on the same file; load time
is reading the edge list into the library's graph. igraph's Louvain is
`community_multilevel`, its Leiden `community_leiden(objective_function="modularity",
n_iterations=2)` (its default iteration count, which netgraph-bench also uses).
"""
import argparse
import json
import os
import random
import resource
import time


REPEAT = 1


def timed(fn, repeat=None):
    """Fastest of REPEAT runs (the load is timed once)."""
    best, value = None, None
    for _ in range(repeat or REPEAT):
        start = time.perf_counter()
        value = fn()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, value


def read_edges(path):
    edges = []
    with open(path) as f:
        for line in f:
            if line.startswith("#"):
                continue
            a, b = line.split()[:2]
            edges.append((int(a), int(b)))
    return edges


def run_igraph(path, algorithms):
    import igraph as ig
    random.seed(1)
    ig.set_random_number_generator(random)
    load, g = timed(lambda: ig.Graph(edges=read_edges(path), directed=False), repeat=1)
    g.delete_vertices([v.index for v in g.vs if v.degree() == 0])  # ids absent from the file
    out = {"peer": f"python-igraph {ig.__version__}", "nodes": g.vcount(), "edges": g.ecount(),
           "load_seconds": load}
    for a in algorithms:
        if a == "betweenness":
            t, v = timed(lambda: g.betweenness(directed=False))
            n = g.vcount()
            out[a] = {"seconds": t, "result": max(v) * 2 / ((n - 1) * (n - 2))}
        elif a == "pagerank":
            t, v = timed(lambda: g.pagerank(damping=0.85))
            out[a] = {"seconds": t, "result": max(v)}
        elif a == "louvain":
            t, p = timed(lambda: g.community_multilevel())
            out[a] = {"seconds": t, "result": g.modularity(p.membership)}
        elif a == "leiden":
            t, p = timed(lambda: g.community_leiden(objective_function="modularity", n_iterations=2))
            out[a] = {"seconds": t, "result": g.modularity(p.membership)}
    out["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def run_networkit(path, algorithms):
    import networkit as nk
    nk.setNumberOfThreads(1)
    load, g = timed(lambda: nk.readGraph(path, nk.Format.EdgeListSpaceZero), repeat=1)
    out = {"peer": f"networkit {nk.__version__}", "nodes": g.numberOfNodes(),
           "edges": g.numberOfEdges(), "load_seconds": load}
    for a in algorithms:
        if a == "betweenness":
            def bc():
                b = nk.centrality.Betweenness(g, normalized=True)
                b.run()
                return b.scores()
            t, v = timed(bc)
            out[a] = {"seconds": t, "result": max(v)}
        elif a == "pagerank":
            def pr():
                p = nk.centrality.PageRank(g, damp=0.85, tol=1e-6)
                p.run()
                return p.scores()
            t, v = timed(pr)
            out[a] = {"seconds": t, "result": max(v)}
        elif a == "louvain":
            t, p = timed(lambda: nk.community.detectCommunities(
                g, algo=nk.community.PLM(g, refine=False), inspect=False))
            out[a] = {"seconds": t, "result": nk.community.Modularity().getQuality(p, g)}
        elif a == "leiden":
            def leiden():
                algo = nk.community.ParallelLeiden(g)
                algo.run()
                return algo.getPartition()
            t, p = timed(leiden)
            out[a] = {"seconds": t, "result": nk.community.Modularity().getQuality(p, g)}
    out["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--algorithms", default="betweenness,pagerank,louvain,leiden")
    parser.add_argument("--peer", choices=["igraph", "networkit"], default="igraph")
    parser.add_argument("--repeat", type=int, default=1, help="report the fastest of N runs")
    args = parser.parse_args()
    global REPEAT
    REPEAT = max(1, args.repeat)
    algorithms = args.algorithms.split(",")
    runner = run_igraph if args.peer == "igraph" else run_networkit
    try:
        result = runner(args.file, algorithms)
    except ImportError as error:
        result = {"peer": args.peer, "error": f"not installed ({error})"}
    result["file"] = os.path.basename(args.file)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
