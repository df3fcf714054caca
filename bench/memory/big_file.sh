#!/usr/bin/env bash
# Peak memory of netgraph on one large corpus file (README "Troubleshooting", large files).
#   bench/memory/big_file.sh [MEGABYTES] [COMMAND...]
# Builds nothing: run `swift build -c release --product netgraph` first. Writes the test file
# (the seeds corpus repeated, UTF-8, and a GB18030 copy) to bench/data/ (git-ignored), then
# runs each variant under /usr/bin/time -v and prints the maximum resident set size: first the
# corpus reader alone (bench/memory/decode-only, built on first use; DECODE_ONLY=0 skips it),
# then the netgraph command.
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=${1:-100}
shift || true
command=("$@")
[ ${#command[@]} -gt 0 ] || command=(extract --format tsv)
bin=.build/release/netgraph
[ -x "$bin" ] || { echo "big_file: build first: swift build -c release --product netgraph" >&2; exit 1; }
mkdir -p bench/data
big=bench/data/big-${mb}mb.txt
if [ ! -f "$big" ]; then
  : > "$big"
  while [ "$(stat -c %s "$big")" -lt $((mb * 1024 * 1024)) ]; do cat seeds/*.txt >> "$big"; done
  truncate -s $((mb * 1024 * 1024)) "$big"
  # Cut back to the last complete line so the file stays valid UTF-8.
  python3 - "$big" <<'PY'
import sys
p = sys.argv[1]
data = open(p, "rb").read()
open(p, "wb").write(data[: data.rfind(b"\n") + 1])
PY
fi
gb=bench/data/big-${mb}mb-gb18030.txt
[ -f "$gb" ] || iconv -f UTF-8 -t GB18030 "$big" > "$gb"
# The reader alone (CorpusLoader: detection + chunked decoding), without extraction.
decode=bench/memory/decode-only/.build/release/decode-only
if [ "${DECODE_ONLY:-1}" = 1 ]; then
  [ -x "$decode" ] || swift build -c release --package-path bench/memory/decode-only >&2
  for file in "$big" "$gb"; do
    size=$(stat -c %s "$file")
    /usr/bin/time -v "$decode" "$file" > /dev/null 2> bench/data/time.log || { tail -5 bench/data/time.log; exit 1; }
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' bench/data/time.log)
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' bench/data/time.log)
    echo "$(basename "$file") $((size / 1048576)) MiB: CorpusLoader only, peak RSS $((rss / 1024)) MiB, wall $wall"
  done
fi
for file in "$big" "$gb"; do
  size=$(stat -c %s "$file")
  /usr/bin/time -v "$bin" "${command[@]}" "$file" > /dev/null 2> bench/data/time.log || { tail -5 bench/data/time.log; exit 1; }
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' bench/data/time.log)
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' bench/data/time.log)
  echo "$(basename "$file") $((size / 1048576)) MiB: ${command[*]} peak RSS $((rss / 1024)) MiB, wall $wall"
done
