#!/usr/bin/env bash
# Render benchmark: whole main job, in-process libgvc vs DOT + `dot` CLI on the same graph,
# and sfdp on synthetic 2k / 10k node graphs. Needs hyperfine (apt-get install hyperfine).
# usage: bench/render/run.sh   (results in bench/results/render.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v hyperfine >/dev/null || { apt-get install -y -qq hyperfine >/dev/null 2>&1 || true; }
swift build -c release --product netgraph >&2
bin=.build/release/netgraph
mkdir -p bench/data bench/results
for n in 2000 10000; do
  [ -f bench/data/synthetic-$n.json ] || python3 bench/render/make_graph.py $n bench/data/synthetic-$n.json
done
tmp=$(mktemp -d)
# The same styled DOT that netgraph lays out in-process, for the CLI side.
$bin render --park 西安 --format dot --no-layout -o $tmp/xian.gv
$bin render --format dot --no-layout -o $tmp/seeds.gv
$bin render --graph bench/data/synthetic-2000.json --format dot --no-layout -o $tmp/s2k.gv
$bin render --graph bench/data/synthetic-10000.json --format dot --no-layout -o $tmp/s10k.gv
hyperfine --warmup 2 --runs 10 --export-markdown bench/results/render-small.md \
  -n "main job: netgraph render --park 西安 (whole process)" "$bin render --park 西安 -o $tmp/a.svg" \
  -n "in-process: seeds graph → SVG (whole process)" "$bin render -o $tmp/b.svg" \
  -n "CLI: dot -Kneato on the same seeds DOT" "dot -Kneato -Tsvg -o $tmp/c.svg $tmp/seeds.gv" \
  -n "CLI: netgraph DOT + dot -Kneato (same work, two processes)" "$bin render --format dot --no-layout -o $tmp/d.gv && dot -Kneato -Tsvg -o $tmp/d.svg $tmp/d.gv"
hyperfine --warmup 1 --runs 3 --export-markdown bench/results/render-large.md \
  -n "in-process sfdp 2k nodes" "$bin render --graph bench/data/synthetic-2000.json -o $tmp/e.svg" \
  -n "CLI sfdp 2k nodes (same DOT)" "dot -Ksfdp -Tsvg -o $tmp/f.svg $tmp/s2k.gv" \
  -n "in-process sfdp 10k nodes" "$bin render --graph bench/data/synthetic-10000.json -o $tmp/g.svg" \
  -n "CLI sfdp 10k nodes (same DOT)" "dot -Ksfdp -Tsvg -o $tmp/h.svg $tmp/s10k.gv"
cat bench/results/render-small.md bench/results/render-large.md
rm -rf "$tmp"
