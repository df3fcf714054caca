#!/usr/bin/env python3
"""Reads a netgraph export with the real reader(s) and compares it with the network.

    check_export.py FORMAT EXPECTED.json PATH

FORMAT is graphml, gexf, json, pajek, csv or neo4j; PATH is the exported file (or directory
for csv/neo4j). EXPECTED.json, written by the Swift round-trip test, describes the network
independently of the writers:

    {"directed": bool, "multigraph": bool,
     "nodes": [{"id", "name", "kind" (or null), "aliases": [...], "mentions": int}],
     "edges": [{"id", "source", "target", "kind" (or null), "directed": bool,
                "weight": float, "evidence": int, "sentence" (or null), "basis" (or null)}]}

The format rules it applies (README "Exports") are re-implemented here, not imported:
XML formats replace the C0 controls XML 1.0 forbids by U+FFFD; Pajek turns controls into
spaces and makes repeated labels unique with " [id]"; joined alias lists use ";" with
ASCII ";" inside an alias written as U+FF1B.

Prints one JSON line per reader ({"reader", "nodes", "edges", ...}) and exits 0 when every
reader agrees with the network; otherwise prints each difference to stderr and exits 1.
Runs only in the test virtualenv (.venv-test, Scripts/make_test_venv.sh).
"""
import csv
import json
import math
import sys
from collections import Counter

import networkx as nx

problems = []


def problem(reader, message):
    problems.append(f"{reader}: {message}")


def xml_text(s):
    out = []
    for ch in s:
        c = ord(ch)
        ok = c in (0x9, 0xA, 0xD) or 0x20 <= c <= 0xD7FF or 0xE000 <= c <= 0xFFFD or c >= 0x10000
        out.append(ch if ok else "\ufffd")
    return "".join(out)


def joined(aliases):
    return ";".join(a.replace(";", "\uff1b") for a in aliases)


def split_aliases(text):
    return [] if text in (None, "") else text.split(";")


def same_weight(a, b):
    return a is not None and math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=0.0)


def compare_counts(reader, n_nodes, n_edges, expected):
    if n_nodes != len(expected["nodes"]):
        problem(reader, f"{n_nodes} nodes, network has {len(expected['nodes'])}")
    if n_edges != len(expected["edges"]):
        problem(reader, f"{n_edges} edges, network has {len(expected['edges'])}")


def networkx_edges_by_id(reader, G, expected):
    """Maps edge id -> (u, v, data); keys in a multigraph, the 'id' attribute otherwise."""
    found = {}
    if G.is_multigraph():
        items = ((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True))
    else:
        items = ((u, v, d.get("id"), d) for u, v, d in G.edges(data=True))
    for u, v, key, data in items:
        if key in found:
            problem(reader, f"edge id {key!r} appears twice")
        found[key] = (u, v, data)
    return found


def check_endpoints(reader, G, edge, u, v):
    if G.is_directed():
        ok = (u, v) == (edge["source"], edge["target"])
    else:
        ok = {u, v} == {edge["source"], edge["target"]}
    if not ok:
        problem(reader, f"edge {edge['id']}: endpoints {u!r}-{v!r}, expected {edge['source']!r}-{edge['target']!r}")


def check_networkx(reader, G, expected, node_name, text, aliases_of, typed_aliases=False, sentence_key="sentence", registry=False):
    compare_counts(reader, G.number_of_nodes(), G.number_of_edges(), expected)
    if G.is_directed() != expected["directed"]:
        problem(reader, f"directed={G.is_directed()}, expected {expected['directed']}")
    if G.is_multigraph() != expected["multigraph"]:
        problem(reader, f"multigraph={G.is_multigraph()}, expected {expected['multigraph']}")
    for node in expected["nodes"]:
        if node["id"] not in G:
            problem(reader, f"node {node['id']!r} missing")
            continue
        data = G.nodes[node["id"]]
        if data.get(node_name, "") != text(node["name"]):
            problem(reader, f"node {node['id']}: name {data.get(node_name)!r}, expected {text(node['name'])!r}")
        if data.get("kind") != node["kind"]:
            problem(reader, f"node {node['id']}: kind {data.get('kind')!r}, expected {node['kind']!r}")
        got_aliases = aliases_of(data.get("aliases"))
        want_aliases = node["aliases"] if typed_aliases else [text(a).replace(";", "\uff1b") for a in node["aliases"]]
        if got_aliases != want_aliases:
            problem(reader, f"node {node['id']}: aliases {got_aliases!r}, expected {want_aliases!r}")
        if data.get("mentions") != node["mentions"] or type(data.get("mentions")) is not int:
            problem(reader, f"node {node['id']}: mentions {data.get('mentions')!r}, expected {node['mentions']}")
        for column in ("registry_id", "province", "city") if registry else ():
            if data.get(column) != node.get(column):
                problem(reader, f"node {node['id']}: {column} {data.get(column)!r}, expected {node.get(column)!r}")
    found = networkx_edges_by_id(reader, G, expected)
    for edge in expected["edges"]:
        if edge["id"] not in found:
            problem(reader, f"edge {edge['id']} missing")
            continue
        u, v, data = found[edge["id"]]
        check_endpoints(reader, G, edge, u, v)
        if data.get("kind") != edge["kind"]:
            problem(reader, f"edge {edge['id']}: kind {data.get('kind')!r}, expected {edge['kind']!r}")
        if not same_weight(data.get("weight"), edge["weight"]):
            problem(reader, f"edge {edge['id']}: weight {data.get('weight')!r}, expected {edge['weight']}")
        if data.get("evidence") != edge["evidence"]:
            problem(reader, f"edge {edge['id']}: evidence {data.get('evidence')!r}, expected {edge['evidence']}")
        if data.get("directed") is not edge["directed"]:
            problem(reader, f"edge {edge['id']}: directed {data.get('directed')!r}, expected {edge['directed']}")
        want_sentence = None if edge["sentence"] is None else text(edge["sentence"])
        got_sentence = data.get(sentence_key)
        # networkx drops an empty <data> element; an empty sentence reads back as absent.
        if got_sentence != want_sentence and not (want_sentence == "" and got_sentence is None):
            problem(reader, f"edge {edge['id']}: sentence {got_sentence!r}, expected {want_sentence!r}")
        if data.get("basis") != edge.get("basis"):
            problem(reader, f"edge {edge['id']}: basis {data.get('basis')!r}, expected {edge.get('basis')!r}")
    kinds = Counter(d.get("kind") for *_, d in G.edges(data=True))
    report(reader, G.number_of_nodes(), G.number_of_edges(), kinds=kinds)


def report(reader, nodes, edges, **extra):
    line = {"reader": reader, "nodes": nodes, "edges": edges}
    for key, value in extra.items():
        line[key] = {str(k): v for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))} if isinstance(value, Counter) else value
    print(json.dumps(line, ensure_ascii=False, sort_keys=True))


def check_graphml(path, expected):
    G = nx.read_graphml(path)
    check_networkx("networkx.read_graphml", G, expected, "name", xml_text, split_aliases, registry=True)

    import igraph

    reader = "igraph.Graph.Read_GraphML"
    g = igraph.Graph.Read_GraphML(path)
    compare_counts(reader, g.vcount(), g.ecount(), expected)
    if g.is_directed() != expected["directed"]:
        problem(reader, f"directed={g.is_directed()}, expected {expected['directed']}")
    ids = g.vs["id"] if g.vcount() else []
    index = {node_id: i for i, node_id in enumerate(ids)}
    for node in expected["nodes"]:
        if node["id"] not in index:
            problem(reader, f"node {node['id']!r} missing")
            continue
        v = g.vs[index[node["id"]]]
        if v["name"] != xml_text(node["name"]):
            problem(reader, f"node {node['id']}: name {v['name']!r}, expected {xml_text(node['name'])!r}")
        if (v["kind"] or None) != node["kind"]:
            problem(reader, f"node {node['id']}: kind {v['kind']!r}, expected {node['kind']!r}")
        if int(v["mentions"]) != node["mentions"]:
            problem(reader, f"node {node['id']}: mentions {v['mentions']!r}, expected {node['mentions']}")
    edge_ids = g.es["id"] if g.ecount() else []
    by_id = {edge_id: e for edge_id, e in zip(edge_ids, g.es)}
    for edge in expected["edges"]:
        e = by_id.get(edge["id"])
        if e is None:
            problem(reader, f"edge {edge['id']} missing")
            continue
        u, v = ids[e.source], ids[e.target]
        want = (edge["source"], edge["target"])
        if (u, v) != want and (g.is_directed() or (v, u) != want):
            problem(reader, f"edge {edge['id']}: endpoints {u!r}-{v!r}, expected {want}")
        if (e["kind"] or None) != edge["kind"]:
            problem(reader, f"edge {edge['id']}: kind {e['kind']!r}, expected {edge['kind']!r}")
        if not same_weight(e["weight"], edge["weight"]):
            problem(reader, f"edge {edge['id']}: weight {e['weight']!r}, expected {edge['weight']}")
        if int(e["evidence"]) != edge["evidence"]:
            problem(reader, f"edge {edge['id']}: evidence {e['evidence']!r}, expected {edge['evidence']}")
        if bool(e["directed"]) != edge["directed"]:
            problem(reader, f"edge {edge['id']}: directed {e['directed']!r}, expected {edge['directed']}")
    kinds = Counter((e["kind"] or None) for e in g.es)
    report(reader, g.vcount(), g.ecount(), kinds=kinds)


def check_gexf(path, expected):
    G = nx.read_gexf(path)
    check_networkx("networkx.read_gexf", G, expected, "label", xml_text, split_aliases, registry=True)
    for node in expected["nodes"]:
        viz = G.nodes[node["id"]].get("viz", {}) if node["id"] in G else {}
        if "color" not in viz or "size" not in viz:
            problem("networkx.read_gexf", f"node {node['id']}: viz colour/size missing ({viz!r})")
        if "position" in expected.get("positions", {}).get(node["id"], {}) and "position" not in viz:
            problem("networkx.read_gexf", f"node {node['id']}: viz position missing")


def check_json(path, expected):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    G = nx.node_link_graph(data)  # networkx defaults, nothing passed
    check_networkx("networkx.node_link_graph", G, expected, "name", lambda s: s, lambda a: a or [], typed_aliases=True)


def pajek_labels(expected):
    def clean(s):
        s = s.replace('"', "\uff02").replace("\\", "\uff3c")
        return "".join(" " if ord(ch) < 0x20 or ord(ch) == 0x7F else ch for ch in s)

    plain = [clean(n["name"]) for n in expected["nodes"]]
    counts = Counter(plain)
    used = {p for p in plain if counts[p] == 1}
    labels = []
    for node, p in zip(expected["nodes"], plain):
        if counts[p] == 1:
            labels.append(p)
            continue
        suffix = f" [{node['id']}]"
        while clean(node["name"] + suffix) in used:
            suffix += "'"
        used.add(clean(node["name"] + suffix))
        labels.append(clean(node["name"] + suffix))
    return labels


def check_pajek(path, expected):
    reader = "networkx.read_pajek"
    G = nx.read_pajek(path)
    compare_counts(reader, G.number_of_nodes(), G.number_of_edges(), expected)
    if G.is_directed() != expected["directed"]:
        problem(reader, f"directed={G.is_directed()}, expected {expected['directed']}")
    labels = pajek_labels(expected)
    label_of = {node["id"]: label for node, label in zip(expected["nodes"], labels)}
    missing = [label for label in labels if label not in G]
    if missing:
        problem(reader, f"labels not read back: {missing!r}")

    def key(u, v, kind, weight):
        if not G.is_directed():
            u, v = sorted([u, v])
        return (u, v, kind, float(weight))

    want = Counter(key(label_of[e["source"]], label_of[e["target"]], e["kind"], e["weight"]) for e in expected["edges"])
    got = Counter(key(u, v, d.get("l"), d.get("weight")) for u, v, d in G.edges(data=True))
    if want != got:
        problem(reader, f"edges differ: missing {sorted((want - got).elements())!r}, extra {sorted((got - want).elements())!r}")
    kinds = Counter(d.get("l") for *_, d in G.edges(data=True))
    report(reader, G.number_of_nodes(), G.number_of_edges(), kinds=kinds)

    import igraph

    reader = "igraph.Graph.Read_Pajek"
    g = igraph.Graph.Read_Pajek(path)
    compare_counts(reader, g.vcount(), g.ecount(), expected)
    if g.vcount() and g.vs["id"] != labels:
        problem(reader, f"labels {g.vs['id']!r}, expected {labels!r}")
    names = g.vs["id"] if g.vcount() else []
    got = Counter(
        key(names[e.source], names[e.target], e["label"] or None if "label" in g.es.attributes() else None, e["weight"])
        for e in g.es
    )
    if want != got:
        problem(reader, f"edges differ: missing {sorted((want - got).elements())!r}, extra {sorted((got - want).elements())!r}")
    if g.is_directed() != expected["directed"]:
        problem(reader, f"directed={g.is_directed()}, expected {expected['directed']}")
    kinds = Counter((e["label"] or None if "label" in g.es.attributes() else None) for e in g.es)
    report(reader, g.vcount(), g.ecount(), kinds=kinds)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, strict=True))


def registry_columns(expected):
    """The registry columns, present when some node is linked to the park registry."""
    return ["registry_id", "province", "city"] if any(n.get("registry_id") for n in expected["nodes"]) else []


def rows_as_dicts(reader, rows, header):
    if not rows or rows[0] != header:
        problem(reader, f"header {rows[0] if rows else None!r}, expected {header!r}")
        return []
    out = []
    for row in rows[1:]:
        if len(row) != len(header):
            problem(reader, f"row with {len(row)} fields, expected {len(header)}: {row!r}")
            continue
        out.append(dict(zip(header, row)))
    return out


def check_table_nodes(reader, nodes, expected, id_col, kind_check):
    if len(nodes) != len(expected["nodes"]):
        problem(reader, f"{len(nodes)} node rows, network has {len(expected['nodes'])}")
    for row, node in zip(nodes, expected["nodes"]):
        if row[id_col] != node["id"] or row["name"] != node["name"]:
            problem(reader, f"node row {row[id_col]!r}/{row['name']!r}, expected {node['id']!r}/{node['name']!r}")
        if (row["kind"] or None) != node["kind"]:
            problem(reader, f"node {node['id']}: kind {row['kind']!r}, expected {node['kind']!r}")
        alias_col = "aliases" if "aliases" in row else "aliases:string[]"
        if split_aliases(row[alias_col]) != [a.replace(";", "\uff1b") for a in node["aliases"]]:
            problem(reader, f"node {node['id']}: aliases {row[alias_col]!r}")
        mention_col = "mentions" if "mentions" in row else "mentions:int"
        if int(row[mention_col]) != node["mentions"]:
            problem(reader, f"node {node['id']}: mentions {row[mention_col]!r}")
        for column in ("registry_id", "province", "city") if "registry_id" in row else ():
            if (row[column] or None) != node.get(column):
                problem(reader, f"node {node['id']}: {column} {row[column]!r}, expected {node.get(column)!r}")
        kind_check(row, node)


def check_table_edges(reader, edges, expected, cols):
    source, target, weight, evidence, directed = cols
    if len(edges) != len(expected["edges"]):
        problem(reader, f"{len(edges)} edge rows, network has {len(expected['edges'])}")
    for row, edge in zip(edges, expected["edges"]):
        if (row[source], row[target]) != (edge["source"], edge["target"]):
            problem(reader, f"edge {edge['id']}: endpoints {row[source]!r}-{row[target]!r}")
        if (row["kind"] or None) != edge["kind"]:
            problem(reader, f"edge {edge['id']}: kind {row['kind']!r}, expected {edge['kind']!r}")
        if not same_weight(row[weight], edge["weight"]):
            problem(reader, f"edge {edge['id']}: weight {row[weight]!r}, expected {edge['weight']}")
        if int(row[evidence]) != edge["evidence"]:
            problem(reader, f"edge {edge['id']}: evidence {row[evidence]!r}")
        if row[directed] != ("true" if edge["directed"] else "false"):
            problem(reader, f"edge {edge['id']}: directed {row[directed]!r}")
        if row["sentence"] != (edge["sentence"] or ""):
            problem(reader, f"edge {edge['id']}: sentence {row['sentence']!r}, expected {edge['sentence']!r}")
        if row["basis"] != (edge.get("basis") or ""):
            problem(reader, f"edge {edge['id']}: basis {row['basis']!r}, expected {edge.get('basis')!r}")


def check_csv(path, expected):
    reader = "csv.reader (nodes.csv, edges.csv)"
    nodes = rows_as_dicts(reader, read_csv(f"{path}/nodes.csv"), ["id", "name", "kind", "aliases", "mentions"] + registry_columns(expected))
    edges = rows_as_dicts(
        reader, read_csv(f"{path}/edges.csv"), ["id", "source", "target", "kind", "directed", "weight", "evidence", "sentence", "basis"]
    )
    check_table_nodes(reader, nodes, expected, "id", lambda row, node: None)
    for row, edge in zip(edges, expected["edges"]):
        if row["id"] != edge["id"]:
            problem(reader, f"edge id {row['id']!r}, expected {edge['id']!r}")
    check_table_edges(reader, edges, expected, ("source", "target", "weight", "evidence", "directed"))
    report(reader, len(nodes), len(edges), kinds=Counter(row["kind"] or None for row in edges))


def check_neo4j(path, expected):
    reader = "csv.reader (neo4j-admin import header format)"
    nodes = rows_as_dicts(
        reader, read_csv(f"{path}/nodes.csv"), ["id:ID", "name", "kind", "aliases:string[]", "mentions:int"] + registry_columns(expected) + [":LABEL"]
    )
    edges = rows_as_dicts(
        reader,
        read_csv(f"{path}/relationships.csv"),
        [":START_ID", ":END_ID", ":TYPE", "id", "kind", "directed:boolean", "weight:double", "evidence:int", "sentence", "basis"],
    )

    def labels(row, node):
        want = ["Entity"] + ([node["kind"].capitalize()] if node["kind"] else [])
        if row[":LABEL"].split(";") != want:
            problem(reader, f"node {node['id']}: labels {row[':LABEL']!r}, expected {want!r}")

    check_table_nodes(reader, nodes, expected, "id:ID", labels)
    ids = [row["id:ID"] for row in nodes]
    if len(set(ids)) != len(ids):
        problem(reader, "duplicate :ID values")
    for row, edge in zip(edges, expected["edges"]):
        want_type = edge["kind"].upper() if edge["kind"] else "RELATED"
        if row[":TYPE"] != want_type:
            problem(reader, f"edge {edge['id']}: type {row[':TYPE']!r}, expected {want_type!r}")
        if row[":START_ID"] not in ids or row[":END_ID"] not in ids:
            problem(reader, f"edge {edge['id']}: endpoint not among :ID values")
    check_table_edges(reader, edges, expected, (":START_ID", ":END_ID", "weight:double", "evidence:int", "directed:boolean"))
    report(reader, len(nodes), len(edges), types=Counter(row[":TYPE"] for row in edges))


CHECKS = {
    "graphml": check_graphml,
    "gexf": check_gexf,
    "json": check_json,
    "pajek": check_pajek,
    "csv": check_csv,
    "neo4j": check_neo4j,
}


def main(argv):
    if len(argv) != 4 or argv[1] not in CHECKS:
        print(f"usage: {argv[0]} {{{','.join(CHECKS)}}} EXPECTED.json PATH", file=sys.stderr)
        return 2
    with open(argv[2], encoding="utf-8") as f:
        expected = json.load(f)
    try:
        CHECKS[argv[1]](argv[3], expected)
    except Exception as error:  # a reader that refuses the file is a failure, with its message
        problem(argv[1], f"reader raised {type(error).__name__}: {error}")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
