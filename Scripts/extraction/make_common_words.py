#!/usr/bin/env python3
"""Regenerates Sources/NetGraph/Resources/Lexicons/common-words.tsv from jieba's dictionary.

The entity matcher uses this list as a word dictionary to find where names begin and what
a bare name is: a name's left edge never falls inside a common word, and a word glued in
front of a region (仪式|国家…开发区, 协议书|井冈山经开区, 选址|良乡大学城) is cut off; a
brand (长光华芯, 艾为) is a stretch that common words do not cover.

Kept: words of 2–4 Han characters with frequency >= MIN_FREQ in jieba's dict.txt (MIT
licence, https://github.com/fxsjy/jieba, version 0.42.1), of every word class. The second
column is jieba's part-of-speech tag, the third the frequency.

    pip install jieba==0.42.1 && python3 Scripts/extraction/make_common_words.py
"""
import os

import jieba

MIN_FREQ = 10
# All word classes are kept: jieba tags many common words nr (蓬勃, 智慧, 明星), and place words
# (东北, 长江, 中关村) are no brands either.
LEFT_OUT = {"eng", "x"}


def is_han(word: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in word)


def main() -> None:
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            if 2 <= len(word) <= 4 and int(freq) >= MIN_FREQ and tag not in LEFT_OUT and is_han(word):
                rows.append((word, tag, freq))
    rows.sort()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "..", "Sources", "NetGraph", "Resources", "Lexicons", "common-words.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Common words (not names): surface<TAB>jieba part-of-speech tag<TAB>frequency.\n")
        f.write("# Source: jieba 0.42.1 dict.txt (MIT licence), words of 2-4 Han characters with frequency >= %d,\n" % MIN_FREQ)
        f.write("# every word class; built by Scripts/extraction/make_common_words.py.\n")
        for word, tag, freq in rows:
            f.write(f"{word}\t{tag}\t{freq}\n")
    print(f"{len(rows)} words -> {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
