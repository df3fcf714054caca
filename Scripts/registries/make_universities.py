#!/usr/bin/env python3
"""Rebuild Sources/NetGraph/Resources/Registries/universities.tsv.

    .venv-reg/bin/python Scripts/registries/make_universities.py            # from sources/
    .venv-reg/bin/python Scripts/registries/make_universities.py --from-ts schoolData.ts

Source: the Ministry of Education list of regular higher-education institutions (全国普通高等学校
名单: 学校标识码, name, competent department, seat city, 本科/专科, 民办) as carried by the public
GitHub file Base-Technology/base-interface src/layouts/Header/schoolData.ts at commit
9a4926d86089c36b62a4b1e457aa99c0fbd6248a (2,631 institutions). `--from-ts FILE` re-extracts
sources/moe-universities.tsv from that file; without it the committed extract is used.

Province: digits 3–4 of the 10-digit 学校标识码 are the province code (41 + 11 → 北京), named
from PyPI cpca 0.5.5 adcodes.csv. City: the list's seat city, matched to a prefecture-level
division where one matches. Forms: the official name, the short forms of
Resources/Lexicons/universities.tsv (双一流 list, 上海交大), and the name without a leading
province name when that form is unique (浙江大学 stays; 陕西师范大学 → none, since 师范大学 is
generic, so only region-stripped forms of ≥ 4 characters that still contain a place name are
kept — none are generated automatically beyond the lexicon's).
Output: id (学校标识码)<TAB>name<TAB>province<TAB>city<TAB>level<TAB>forms, sorted by id.
"""
import csv
import importlib.metadata
import io
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCE = HERE / "sources/moe-universities.tsv"
LEXICON = ROOT / "Sources/NetGraph/Resources/Lexicons/universities.tsv"
OUT = ROOT / "Sources/NetGraph/Resources/Registries/universities.tsv"


def extract(ts_path):
    text = pathlib.Path(ts_path).read_text(encoding="utf-8")
    rows = []
    for item in re.findall(r"\{(.*?)\}", text, re.S):
        fields = dict(re.findall(r'"(\w+)":\s*"((?:[^"\\]|\\.)*)"', item, re.S))
        if "name" not in fields:
            continue
        clean = {k: re.sub(r"\s+", "", v) for k, v in fields.items()}
        rows.append([clean["code"], clean["name"], clean["department"], clean["address"],
                     clean["level"], clean.get("remarks", "")])
    rows.sort()
    header = ["# MOE list of regular higher-education institutions: 学校标识码<TAB>name<TAB>competent",
              "# department<TAB>seat city<TAB>本科|专科<TAB>remark (民办). Extracted by",
              "# Scripts/registries/make_universities.py --from-ts from Base-Technology/base-interface",
              "# src/layouts/Header/schoolData.ts @ 9a4926d86089c36b62a4b1e457aa99c0fbd6248a."]
    SOURCE.write_text("\n".join(header + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--from-ts":
        extract(sys.argv[2])
    dist = importlib.metadata.distribution("cpca")
    names = {}
    for row in csv.DictReader(io.StringIO(
            dist.locate_file("cpca/resources/adcodes.csv").read_text(encoding="utf-8"))):
        names[row["adcode"][:6]] = row["name"].strip()
    prefectures = {n: c for c, n in names.items() if c.endswith("00") and not c.endswith("0000")}
    short_forms = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) > 2 and fields[2]:
            short_forms.setdefault(fields[0], []).append(fields[2])
    body = []
    seen = set()
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, name, _department, city, level, _remark = (line.split("\t") + [""])[:6]
        province = names.get(code[2:4] + "0000", "")
        municipality = code[2:4] in ("11", "12", "31", "50")
        city = province if municipality else (city if city in prefectures or city.endswith("市") else city)
        forms = [name] + short_forms.get(name, [])
        body.append("\t".join([code, name, province, city, level, "|".join(dict.fromkeys(forms))]))
        seen.add(name)
    missing = sorted(set(short_forms) - seen)
    header = [
        "# University registry: the MOE list of regular higher-education institutions:",
        "# id (学校标识码)<TAB>name<TAB>province<TAB>city<TAB>本科|专科<TAB>forms (|-joined).",
        "# Source: Base-Technology/base-interface src/layouts/Header/schoolData.ts @ 9a4926d8",
        "# (Scripts/registries/sources/moe-universities.tsv); province from the code's digits 3-4",
        f"# (PyPI cpca {dist.version} adcodes.csv); short forms from Resources/Lexicons/universities.tsv.",
        "# Regenerate: Scripts/registries/make_universities.py.",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(header + sorted(body)) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(body)} institutions; lexicon names not in the list: {missing}")


if __name__ == "__main__":
    main()
