#!/usr/bin/env python3
"""netgraph as a whole process against python-igraph's load + compute, side by side.

    python3 bench/algorithms/whole.py NETGRAPH FILE... [--repeat R] [--betweenness-max-edges M]

For every graph file and task, runs the netgraph command (default settings) under
/usr/bin/time (wall seconds, peak RSS) and, interleaved with it, a fresh Python process
that reads the file with igraph's Read_Ncol and computes the same thing with igraph's
defaults, timing load + compute inside the process (interpreter start and `import igraph`
excluded, which favours igraph) and reporting its peak RSS. Each side's time is the fastest
of R runs (the machine is shared; the minimum is the least disturbed). Prints a Markdown
table and writes the raw numbers as JSON to stdout's sibling, --json FILE.

Tasks (netgraph command / igraph call):
  load         centrality --measure degree --top 1   / Graph.Read_Ncol
  pagerank     centrality --measure pagerank --top 10 / pagerank()  (PRPACK; netgraph iterates
               as networkx does: values equal to networkx's, max value compared)
  leiden       communities --method leiden           / community_leiden(objective_function=
               "modularity") (default n_iterations=2; igraph's own default objective is CPM,
               which on an unweighted graph at resolution 1 leaves singletons)
  louvain      communities --method louvain          / community_multilevel()
  betweenness  centrality --measure betweenness      / betweenness()  (exact; netgraph with
               its default of one thread per core; up to --betweenness-max-edges edges)
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

IGRAPH = r"""
import json, resource, sys, time
import igraph as ig
path, task = sys.argv[1], sys.argv[2]
start = time.perf_counter()
g = ig.Graph.Read_Ncol(path, directed=False, weights=False)
loaded = time.perf_counter()
result = None
if task == "pagerank":
    result = max(g.pagerank())
elif task == "leiden":
    p = g.community_leiden(objective_function="modularity")
    result = g.modularity(p.membership)
elif task == "louvain":
    p = g.community_multilevel()
    result = g.modularity(p.membership)
elif task == "betweenness":
    v = g.betweenness()
    n = g.vcount()
    result = max(v) * 2 / ((n - 1) * (n - 2))
done = time.perf_counter()
print(json.dumps({"seconds": done - start, "load_seconds": loaded - start, "result": result,
                  "nodes": g.vcount(), "edges": g.ecount(),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "igraph": ig.__version__}))
"""

COMMANDS = {
    "load": ["centrality", "--measure", "degree", "--top", "1", "--format", "csv"],
    "pagerank": ["centrality", "--measure", "pagerank", "--top", "10", "--format", "csv"],
    "leiden": ["communities", "--method", "leiden", "--format", "json"],
    "louvain": ["communities", "--method", "louvain", "--format", "json"],
    "betweenness": ["centrality", "--measure", "betweenness", "--top", "10", "--format", "csv"],
}


TIMEOUT = 300


def run_netgraph(binary, path, task, tmp):
    out = os.path.join(tmp, "out")
    timing = os.path.join(tmp, "time")
    try:
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", timing, binary] + COMMANDS[task]
                       + ["--graph", path, "-o", out], check=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"seconds": float("inf"), "rss_mb": float("nan"), "result": float("nan")}
    seconds, rss = open(timing).read().split()[-2:]
    result = None
    text = open(out, encoding="utf-8").read()
    if task in ("leiden", "louvain"):
        result = json.loads(text)["modularity"]
    elif task in ("pagerank", "betweenness"):
        result = float(text.splitlines()[1].rsplit(",", 1)[1])
    return {"seconds": float(seconds), "rss_mb": int(rss) / 1024, "result": result}


def run_igraph(python, path, task):
    try:
        done = subprocess.run([python, "-c", IGRAPH, path, task], check=True, capture_output=True,
                              text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"seconds": float("inf"), "rss_mb": float("nan"), "result": float("nan"), "nodes": 0}
    return json.loads(done.stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("netgraph")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--betweenness-max-edges", type=int, default=150_000)
    parser.add_argument("--tasks", default="load,pagerank,leiden,louvain,betweenness")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a run is cut (shown as inf)")
    args = parser.parse_args()
    global TIMEOUT
    TIMEOUT = args.timeout
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.files:
            edges = sum(1 for _ in open(path))
            for task in args.tasks.split(","):
                if task == "betweenness" and edges > args.betweenness_max_edges:
                    continue
                repeat = 1 if task == "betweenness" else args.repeat
                ng, ig = [], []
                for _ in range(repeat):
                    ng.append(run_netgraph(args.netgraph, path, task, tmp))
                    ig.append(run_igraph(args.python, path, task))
                best_ng = min(ng, key=lambda r: r["seconds"])
                best_ig = min(ig, key=lambda r: r["seconds"])
                row = {"file": os.path.basename(path), "edges": edges, "task": task,
                       "netgraph": best_ng, "igraph": best_ig,
                       "netgraph_rss_mb": max(r["rss_mb"] for r in ng),
                       "igraph_rss_mb": max(r["rss_mb"] for r in ig)}
                rows.append(row)
                print(f"{row['file']} {task}: netgraph {best_ng['seconds']:.3f} s, "
                      f"igraph {best_ig['seconds']:.3f} s", file=sys.stderr)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    print("| graph | edges | task | netgraph whole process (s) | igraph load + compute (s) "
          "| ratio | result netgraph / igraph | peak RSS netgraph / igraph (MB) |")
    print("|---|---:|---|---:|---:|---:|---|---:|")
    for row in rows:
        ng, ig = row["netgraph"], row["igraph"]
        ratio = ng["seconds"] / ig["seconds"] if ig["seconds"] > 0 else float("nan")
        if row["task"] in ("leiden", "louvain"):
            result = f"Q {ng['result']:.4f} / {ig['result']:.4f}"
        elif row["task"] in ("pagerank", "betweenness"):
            result = f"max {ng['result']:.6f} / {ig['result']:.6f}"
        else:
            result = f"{ig['nodes']:,} nodes"
        print(f"| {row['file']} | {row['edges']:,} | {row['task']} | {ng['seconds']:.3f} "
              f"| {ig['seconds']:.3f} | **{ratio:.2f}** | {result} "
              f"| {row['netgraph_rss_mb']:.0f} / {row['igraph_rss_mb']:.0f} |")


if __name__ == "__main__":
    main()
