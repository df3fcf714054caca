#!/usr/bin/env python3
"""Print the README's accuracy tables: netgraph extract scored by ../shared/eval/score.py.

    Scripts/extraction/eval_tables.py [--binary .build/release/netgraph] [--eval ../shared/eval]

Runs `netgraph extract --format json` on the seeds and on dev-news/texts (all relations and
--basis stated), scores each against its gold with the shared scorer (--json) and prints two
markdown tables: entities per kind and relations per kind, as P / R / F1 (matched/gold, predicted).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ENTITY_KINDS = ("park", "university", "institute", "enterprise", "fund", "government", "platform")
RELATION_KINDS = ("cooperation", "location", "investment", "establishment", "incubation", "affiliation")


def score(binary, corpus, gold, scorer, basis, workdir):
    name = f"{os.path.basename(corpus.rstrip('/'))}-{basis}"
    pred, result = os.path.join(workdir, name + ".json"), os.path.join(workdir, name + "-score.json")
    with open(pred, "w") as out:
        subprocess.run([binary, "extract", corpus, "--format", "json", "--basis", basis], stdout=out, check=True)
    subprocess.run([sys.executable, scorer, gold, pred, "--json", result], stdout=subprocess.DEVNULL, check=True)
    with open(result) as f:
        return json.load(f)


def cell(m, bold=False):
    if not m:
        return "–"
    text = f"{m['P']:.2f} / {m['R']:.2f} / {m['F1']:.2f} ({m['tp_gold']}/{m['gold']}, {m['pred']})"
    return f"**{text}**" if bold else text


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(root, ".build/release/netgraph"))
    parser.add_argument("--eval", default=os.environ.get("NETGRAPH_EVAL_DIR", os.path.join(root, "../shared/eval")))
    args = parser.parse_args()
    scorer = os.path.join(args.eval, "score.py")
    sets = {
        "seeds": (os.path.join(root, "seeds"), os.path.join(args.eval, "seeds-gold.json")),
        "dev-news": (os.path.join(args.eval, "dev-news/texts"), os.path.join(args.eval, "dev-news/gold.json")),
    }
    with tempfile.TemporaryDirectory() as workdir:
        results = {(s, b): score(args.binary, corpus, gold, scorer, b, workdir)
                   for s, (corpus, gold) in sets.items() for b in ("all", "stated")}
    print("| entity kind | dev-news P / R / F1 (matched/gold, predicted) | seeds P / R / F1 (matched/gold, predicted) |")
    print("|---|---|---|")
    for kind in ENTITY_KINDS:
        print(f"| {kind} | {cell(results['dev-news', 'all']['entities']['per_kind'].get(kind))} | "
              f"{cell(results['seeds', 'all']['entities']['per_kind'].get(kind))} |")
    print(f"| **typed** | {cell(results['dev-news', 'all']['entities']['typed'], True)} | "
          f"{cell(results['seeds', 'all']['entities']['typed'], True)} |")
    print()
    columns = [("seeds", "all"), ("seeds", "stated"), ("dev-news", "all"), ("dev-news", "stated")]
    print("| relation kind | " + " | ".join(f"{s}, {b}" for s, b in columns) + " |")
    print("|---|---|---|---|---|")
    for kind in RELATION_KINDS:
        print(f"| {kind} | " + " | ".join(cell(results[c]["relations"]["per_kind"].get(kind)) for c in columns) + " |")
    print("| **typed** | " + " | ".join(cell(results[c]["relations"]["typed"], True) for c in columns) + " |")


if __name__ == "__main__":
    main()
