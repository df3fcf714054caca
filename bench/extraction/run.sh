#!/usr/bin/env bash
# Extraction benchmark: `netgraph extract` (release) vs jieba posseg.cut on the same ≥10 MB
# corpus, in one run. Throughput counts input bytes per second; peak memory is max RSS.
#   bench/extraction/run.sh [MEGABYTES]     (default 10; results in bench/results/extraction.md)
# Needs: python3 with jieba (pip install jieba==0.42.1), /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=${1:-10}
python3 -c "import jieba" 2>/dev/null || pip install -q jieba==0.42.1
swift build -c release --product netgraph >&2
bin=.build/release/netgraph
corpus=bench/data/extraction
mkdir -p bench/results
python3 bench/extraction/make_corpus.py --megabytes "$mb" --out "$corpus" >&2
bytes=$(cat "$corpus"/*.txt | wc -c)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# netgraph: whole process (lexicon loading, reading, extraction, JSON writing).
/usr/bin/time -f "%e %M" -o "$tmp/ng.time" "$bin" extract "$corpus" -o "$tmp/network.json"
read -r ng_seconds ng_rss < "$tmp/ng.time"
# jieba: dictionary load reported apart; cutting time is the comparison.
/usr/bin/time -f "%e %M" -o "$tmp/jb.time" python3 bench/extraction/jieba_posseg.py "$corpus" > "$tmp/jb.json"
read -r jb_total jb_rss < "$tmp/jb.time"

python3 - "$bytes" "$ng_seconds" "$ng_rss" "$tmp/jb.json" "$jb_total" "$jb_rss" "$tmp/network.json" <<'PY' | tee bench/results/extraction.md
import json, sys
size, ng_s, ng_rss = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
jb = json.load(open(sys.argv[4])); jb_total, jb_rss = float(sys.argv[5]), int(sys.argv[6])
net = json.load(open(sys.argv[7]))
mb = size / 1048576
ng_rate = mb / ng_s
jb_rate = mb / jb["cut_seconds"]
jb_rate_total = mb / jb_total
print(f"Corpus: {mb:.1f} MB ({size} bytes); netgraph found {len(net['entities'])} entities, {len(net['relations'])} relations.\n")
print("| tool | seconds | MB/s | peak RSS (MB) |")
print("|---|---|---|---|")
print(f"| netgraph extract (whole process, JSON written) | {ng_s:.2f} | {ng_rate:.2f} | {ng_rss/1024:.0f} |")
print(f"| jieba {jb['jieba']} posseg.cut (cutting only, dictionary preloaded) | {jb['cut_seconds']:.2f} | {jb_rate:.2f} | {jb_rss/1024:.0f} |")
print(f"| jieba {jb['jieba']} posseg.cut (whole process) | {jb_total:.2f} | {jb_rate_total:.2f} | {jb_rss/1024:.0f} |")
print(f"\nThroughput ratio netgraph / jieba (cutting only): **{ng_rate / jb_rate:.1f}×**")
PY
