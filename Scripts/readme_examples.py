#!/usr/bin/env python3
"""Regenerates README's "Commands at a glance" block with real output of the release binary.

usage: swift build -c release --product netgraph && python3 Scripts/readme_examples.py
Only the text between the BEGIN/END markers in README.md changes.
"""
import os
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = pathlib.Path(os.environ.get("NETGRAPH_BIN", ROOT / ".build/release/netgraph"))
BEGIN, END = "<!-- BEGIN examples -->", "<!-- END examples -->"

EXAMPLES = [
    ("Extract the network (JSON per CLI.md; first lines)", ["extract", "--format", "json"], None, 24),
    ("Recognise names in single lines", ["extract", "--sentences"],
     "西安交通大学与华为技术有限公司在西安高新区共建联合实验室。\n工信部与陕西省科技厅联合发布通知。\n", None),
    ("The relations as TSV (first lines)", ["extract", "--format", "tsv"], None, 6),
    ("Centrality table", ["centrality", "--measure", "degree,betweenness,constraint", "--top", "6"], None, None),
    ("Communities (Leiden, seeded)", ["communities", "--format", "table"], None, 8),
    ("Network statistics", ["stats"], None, 14),
    ("Render the main job and print the summary", ["render", "--park", "西安", "-o", "/dev/null", "--summary"], None, None),
    ("A park that does not exist", ["render", "--park", "不存在"], None, None),
    ("Export DOT (first lines)", ["export", "--format", "dot"], None, 6),
]


def run(args, stdin, head):
    result = subprocess.run([str(BIN)] + args, input=stdin, capture_output=True, text=True, cwd="/tmp")
    text = result.stdout + result.stderr
    lines = text.rstrip("\n").split("\n")
    if head is not None and len(lines) > head:
        lines = lines[:head] + ["…"]
    status = "" if result.returncode == 0 else f"\n(exit status {result.returncode})"
    return "\n".join(lines) + status


def main():
    parts = [BEGIN, ""]
    for title, args, stdin, head in EXAMPLES:
        shown = "netgraph " + " ".join(a if " " not in a else f"'{a}'" for a in args)
        if stdin:
            shown = "printf '" + stdin.replace("\n", "\\n") + "' | " + shown
        parts += [f"**{title}**", "", "```console", f"$ {shown}", run(args, stdin, head), "```", ""]
    parts.append(END)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = readme.index(BEGIN), readme.index(END) + len(END)
    (ROOT / "README.md").write_text(readme[:start] + "\n".join(parts) + readme[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
