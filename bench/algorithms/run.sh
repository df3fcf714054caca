#!/usr/bin/env bash
# netgraph as a whole process against python-igraph's load + compute, in one run (issue 10).
#
#   bench/algorithms/run.sh                        # ba-20k (100k edges) and ba-200k (1M edges)
#   NODES=20000 bench/algorithms/run.sh            # the 100k-edge graph only
#   PYTHON=.venv-test/bin/python REPEAT=5 bench/algorithms/run.sh
#
# Builds the release netgraph, generates the Barabási–Albert graphs (generate_ba.py, seeded,
# cached in bench/data/), then for each graph and task runs `netgraph <command> --graph FILE`
# with default settings under /usr/bin/time and, interleaved, igraph's Read_Ncol + the same
# computation with igraph's defaults (whole.py: load, PageRank, Leiden, Louvain, and exact
# betweenness up to 150k edges), fastest of REPEAT runs each. Prints the table (also written
# to bench/results/whole-process.md, raw numbers to bench/results/whole-process.json) with
# the modularity reached and each process's peak RSS. The library-level comparison on
# planted-partition graphs (graph in memory, netgraph-bench) is in-memory.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
NODES=${NODES:-"20000 200000"}
REPEAT=${REPEAT:-3}
mkdir -p bench/results bench/data
"$PYTHON" -c "import igraph" 2>/dev/null || { echo "run.sh: needs python-igraph: pip install igraph (or PYTHON=.venv-test/bin/python)" >&2; exit 1; }
swift build -c release --product netgraph >&2
bin=$(swift build -c release --product netgraph --show-bin-path)/netgraph
# shellcheck disable=SC2086
"$PYTHON" bench/algorithms/generate_ba.py bench/data $NODES
files=()
for n in $NODES; do files+=("bench/data/ba-$((n / 1000))k.edges"); done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
{
  echo "netgraph $(git rev-parse --short HEAD) vs $("$PYTHON" -c 'import igraph; print("python-igraph", igraph.__version__)'); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
  echo
  "$PYTHON" bench/algorithms/whole.py "$bin" "${files[@]}" --repeat "$REPEAT" --python "$PYTHON" \
    --json bench/results/whole-process.json
  echo
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee bench/results/whole-process.md
