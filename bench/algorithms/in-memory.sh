#!/usr/bin/env bash
# Library-level benchmark: NetGraph's algorithms on a graph already in memory against
# python-igraph (and networkit when installed). The whole-process comparison is run.sh.
#
#   bench/algorithms/in-memory.sh           # 10k, 100k and 1M edges
#   SIZES="10000 100000" bench/algorithms/in-memory.sh
#   PYTHON=.venv/bin/python bench/algorithms/in-memory.sh   # a Python with requirements.txt installed
#
# Builds netgraph-bench in release mode, generates the graphs (bench/algorithms/generate.py,
# seeded, cached in bench/data/), runs netgraph-bench single-threaded and with two threads
# and the peers single-threaded on each graph, one after the other, and prints the ratio
# table (also written to bench/results/algorithms.md). PageRank, Louvain and Leiden report
# the fastest of three runs (the machine is shared; the minimum is the least disturbed);
# exact betweenness runs once, up to 100k edges; networkit's betweenness only on 10k (it
# takes minutes at 100k).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
SIZES=${SIZES:-"10000 100000 1000000"}
RESULTS=bench/results/algorithms
mkdir -p "$RESULTS" bench/data
rm -f "$RESULTS"/*.json

swift build -c release --product netgraph-bench >&2
BENCH=$(swift build -c release --product netgraph-bench --show-bin-path)/netgraph-bench
# shellcheck disable=SC2086
"$PYTHON" bench/algorithms/generate.py bench/data $SIZES

for m in $SIZES; do
  file=bench/data/graph-$m.edges
  echo "== $m edges" >&2
  # Fast algorithms: fastest of 3 runs; exact betweenness once (it runs for a minute at 100k).
  "$BENCH" "$file" --threads 1 --repeat 3 --algorithms pagerank,louvain,leiden > "$RESULTS/netgraph-1-$m.json"
  "$PYTHON" bench/algorithms/peers.py "$file" --repeat 3 --algorithms pagerank,louvain,leiden > "$RESULTS/igraph-$m.json"
  "$PYTHON" bench/algorithms/peers.py "$file" --peer networkit --repeat 3 --algorithms pagerank,louvain,leiden \
    2>/dev/null | grep '^{' > "$RESULTS/networkit-$m.json" || true
  if [ "$m" -le 100000 ]; then
    "$BENCH" "$file" --threads 1 --algorithms betweenness >> "$RESULTS/netgraph-1-$m.json"
    "$PYTHON" bench/algorithms/peers.py "$file" --algorithms betweenness >> "$RESULTS/igraph-$m.json"
    "$BENCH" "$file" --threads 2 --algorithms betweenness > "$RESULTS/netgraph-2-$m.json"
  fi
  if [ "$m" -le 10000 ]; then
    "$PYTHON" bench/algorithms/peers.py "$file" --peer networkit --algorithms betweenness \
      2>/dev/null | grep '^{' >> "$RESULTS/networkit-$m.json" || true
  fi
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$PYTHON" bench/algorithms/table.py "$RESULTS" | tee bench/results/algorithms.md
