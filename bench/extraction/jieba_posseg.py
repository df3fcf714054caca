#!/usr/bin/env python3
"""Peer for the extraction benchmark: jieba posseg.cut over every file of a corpus directory.

Prints one JSON line: bytes read, seconds for dictionary load, seconds for cutting, tokens,
and peak resident memory (ru_maxrss) of this process.
"""
import glob
import json
import os
import resource
import sys
import time

import jieba
import jieba.posseg as pseg


def main():
    directory = sys.argv[1]
    files = sorted(glob.glob(os.path.join(directory, "*.txt")))
    jieba.setLogLevel(60)
    start = time.perf_counter()
    jieba.initialize()
    pseg.lcut("预热")
    loaded = time.perf_counter()
    tokens = 0
    size = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        size += len(text.encode("utf-8"))
        for _ in pseg.cut(text):
            tokens += 1
    done = time.perf_counter()
    print(json.dumps({
        "jieba": jieba.__version__, "bytes": size, "load_seconds": loaded - start,
        "cut_seconds": done - loaded, "tokens": tokens,
        "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))


if __name__ == "__main__":
    main()
