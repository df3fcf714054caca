#!/usr/bin/env python3
"""Writes a reproducible synthetic typed network as netgraph JSON (for render benchmarks).

usage: make_graph.py NODES OUT.json   (seeded; same NODES gives the same file)
"""
import json
import random
import sys

import networkx as nx

KINDS = ["park", "university", "institute", "enterprise", "fund", "government", "platform"]
WEIGHTS = [0.05, 0.12, 0.08, 0.55, 0.06, 0.06, 0.08]
RELATIONS = ["cooperation", "location", "investment", "establishment", "incubation", "affiliation"]


def main() -> None:
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    graph = nx.powerlaw_cluster_graph(n, 2, 0.3, seed=42)
    entities = []
    for node in sorted(graph.nodes()):
        kind = rng.choices(KINDS, WEIGHTS)[0]
        entities.append({"id": f"e{node + 1}", "name": f"{kind[:3]}节点{node + 1}号机构", "kind": kind,
                         "aliases": [], "mentions": []})
    relations = []
    for u, v in sorted(graph.edges()):
        relations.append({"source": f"e{u + 1}", "target": f"e{v + 1}", "kind": rng.choice(RELATIONS),
                          "weight": rng.choice([1, 1, 1, 2, 3]), "evidence": []})
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"entities": entities, "relations": relations}, handle, ensure_ascii=False)


if __name__ == "__main__":
    main()
