#!/usr/bin/env bash
# Parallel extraction: `netgraph extract --threads 1` against `--threads N` on the seeds copied
# 60 times (300 files), whole process, interleaved runs; checks the JSON is byte-identical.
#   bench/extraction/threads.sh [COPIES] [THREADS] [REPEAT]     (defaults 60, 2, 3)
# Prints the fastest of REPEAT runs of each and their ratio; the machine's load average is
# printed too, since a busy second core caps the speed-up.
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-60}
threads=${2:-2}
repeat=${3:-3}
swift build -c release --product netgraph >&2
bin=$(swift build -c release --product netgraph --show-bin-path)/netgraph
corpus=bench/data/extraction-threads-$copies
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  for i in $(seq -w 1 "$copies"); do
    for f in seeds/*.txt; do cp "$f" "$corpus/copy${i}_$(basename "$f")"; done
  done
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
best() { sort -n "$1" | head -1; }
for _ in $(seq "$repeat"); do
  for n in 1 "$threads"; do
    /usr/bin/time -f "%e %M" -o "$tmp/t" "$bin" extract "$corpus" --threads "$n" -o "$tmp/net-$n.json"
    read -r s rss < "$tmp/t"
    echo "$s" >> "$tmp/seconds-$n"
    echo "$rss" >> "$tmp/rss-$n"
  done
done
cmp -s "$tmp/net-1.json" "$tmp/net-$threads.json" && same=yes || same=NO
one=$(best "$tmp/seconds-1"); many=$(best "$tmp/seconds-$threads")
echo "corpus: $corpus ($(ls "$corpus" | wc -l) files, $(cat "$corpus"/*.txt | wc -c) bytes); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| threads | seconds (best of $repeat) | peak RSS (MB) |"
echo "|---:|---:|---:|"
echo "| 1 | $one | $(( $(sort -n "$tmp/rss-1" | tail -1) / 1024 )) |"
echo "| $threads | $many | $(( $(sort -n "$tmp/rss-$threads" | tail -1) / 1024 )) |"
python3 -c "import sys; print(f'speed-up --threads $threads / --threads 1: {float(sys.argv[1]) / float(sys.argv[2]):.2f}x; JSON byte-identical: $same')" "$one" "$many"
[ "$same" = yes ]
