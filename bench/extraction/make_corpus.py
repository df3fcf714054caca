#!/usr/bin/env python3
"""Builds the extraction benchmark corpus: seeds and self-written articles repeated with
varied names until the corpus reaches the requested size.

Each copy swaps every prefecture-level city name found in the text for another one (from
Resources/Lexicons/regions.tsv, seeded per copy), so names, parks and companies differ from
copy to copy and the extractor cannot coast on a handful of repeated entities.

    python3 bench/extraction/make_corpus.py [--megabytes 10] [--out bench/data/extraction]
"""
import argparse
import glob
import os
import random
import re

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def cities():
    names = []
    with open(os.path.join(ROOT, "Sources/NetGraph/Resources/Lexicons/regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[1] == "prefecture" and len(parts) > 2 and parts[2] == "short" and len(parts[0]) == 2:
                names.append(parts[0])
    return sorted(set(names))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench/data/extraction"))
    parser.add_argument("--seed", type=int, default=20241125)
    args = parser.parse_args()
    sources = sorted(glob.glob(os.path.join(ROOT, "seeds/*.txt")))
    sources += sorted(glob.glob(os.path.join(ROOT, "Tests/NetGraphTests/Fixtures/extraction/articles/*.txt")))
    texts = [open(p, encoding="utf-8").read() for p in sources]
    pool = cities()
    pattern = re.compile("|".join(sorted(map(re.escape, pool), key=len, reverse=True)))
    os.makedirs(args.out, exist_ok=True)
    for old in glob.glob(os.path.join(args.out, "*.txt")):
        os.remove(old)
    target = int(args.megabytes * 1024 * 1024)
    total = 0
    copy = 0
    rng = random.Random(args.seed)
    while total < target:
        mapping = {}

        def swap(m):
            name = m.group(0)
            if name not in mapping:
                mapping[name] = rng.choice(pool)
            return mapping[name]

        for index, text in enumerate(texts):
            varied = pattern.sub(swap, text)
            path = os.path.join(args.out, f"c{copy:04d}_{index:02d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(varied)
            total += len(varied.encode("utf-8"))
            if total >= target:
                break
        copy += 1
    print(f"{total / 1048576:.1f} MB in {len(glob.glob(os.path.join(args.out, '*.txt')))} files -> {args.out}")


if __name__ == "__main__":
    main()
