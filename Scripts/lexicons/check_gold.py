#!/usr/bin/env python3
"""Validate the hand-made extraction gold files.

Usage: python3 Scripts/lexicons/check_gold.py            (from the repository root)

For every Tests/NetGraphTests/Fixtures/extraction/gold/*.gold.json:
- the JSON loads and has the agreed shape ({"file", "entities", "relations"});
- entity and relation kinds are the CLI.md kinds;
- every entity name and alias occurs in the text file (layout line breaks ignored) and no
  surface form is declared twice;
- every relation endpoint is a declared name or alias, a location targets a park, no relation
  is listed twice (cooperation in either order), and its evidence sentence occurs in the text.
The text file is looked up in Fixtures/extraction/articles/ and then in seeds/.
Exit status 0 when all files pass; otherwise every problem is printed as file: message.
Standard library only.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests/NetGraphTests/Fixtures/extraction"
ENTITY_KINDS = {"park", "university", "institute", "enterprise", "fund", "government", "platform"}
RELATION_KINDS = {"cooperation", "location", "investment", "establishment", "incubation", "affiliation"}


def flat(text):
    return "".join(text.split())


def check(path):
    problems = []
    doc = json.loads(path.read_text(encoding="utf-8"))
    if set(doc) != {"file", "entities", "relations"}:
        problems.append(f"keys {sorted(doc)}")
    name = doc["file"]
    if path.name != pathlib.Path(name).stem + ".gold.json":
        problems.append(f"file {name} does not match gold file name")
    candidates = [FIXTURES / "articles" / name, ROOT / "seeds" / name]
    text_path = next((p for p in candidates if p.exists()), None)
    if text_path is None:
        return problems + [f"text file {name} not found"]
    text = flat(text_path.read_text(encoding="utf-8-sig"))
    forms = {}
    kinds = {}
    for entity in doc["entities"]:
        if set(entity) != {"name", "kind", "aliases"}:
            problems.append(f"entity keys {sorted(entity)}")
        if entity["kind"] not in ENTITY_KINDS:
            problems.append(f"{entity['name']}: unknown kind {entity['kind']}")
        kinds[entity["name"]] = entity["kind"]
        for form in [entity["name"], *entity["aliases"]]:
            if form in forms:
                problems.append(f"form {form} declared twice")
            forms[form] = entity["name"]
            if flat(form) not in text:
                problems.append(f"{form}: not in {name}")
    seen = set()
    for relation in doc["relations"]:
        if set(relation) != {"source", "target", "kind", "sentence"}:
            problems.append(f"relation keys {sorted(relation)}")
        kind = relation["kind"]
        if kind not in RELATION_KINDS:
            problems.append(f"unknown relation kind {kind}")
        ends = []
        for end in (relation["source"], relation["target"]):
            if end not in forms:
                problems.append(f"{kind}: endpoint {end} is not a declared name or alias")
            ends.append(forms.get(end, end))
        if ends[0] == ends[1]:
            problems.append(f"{kind}: self-relation on {ends[0]}")
        if kind == "location" and kinds.get(ends[1]) != "park":
            problems.append(f"location target {ends[1]} is not a park")
        key = (kind, *sorted(ends)) if kind == "cooperation" else (kind, *ends)
        if key in seen:
            problems.append(f"relation {key} listed twice")
        seen.add(key)
        if flat(relation["sentence"]) not in text:
            problems.append(f"{kind} {ends}: sentence not in text: {relation['sentence'][:30]}…")
    return problems


def main():
    paths = sorted((FIXTURES / "gold").glob("*.gold.json"))
    if not paths:
        print("no gold files found", file=sys.stderr)
        return 1
    failed = 0
    for path in paths:
        try:
            problems = check(path)
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            problems = [f"cannot read: {error}"]
        for problem in problems:
            print(f"{path.name}: {problem}", file=sys.stderr)
        failed += bool(problems)
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
