#!/usr/bin/env python3
"""Rebuild Sources/NetGraph/Resources/Registries/institutes.tsv from the institute lexicon.

    .venv-reg/bin/python Scripts/registries/make_institutes.py

Source: Resources/Lexicons/institutes.tsv (built by Scripts/lexicons/make_institutes.py from the
public CAS directory of research units and the national academies), plus the forms people
write for a CAS unit: 中科院 + unit (中科院大连化学物理研究所), the unit alone when it starts
with a place name (大连化学物理研究所: a city from PyPI cpca 0.5.5 adcodes.csv), 中科院 + a
place-named short form (中科院大连化物所), the customary abbreviations in
sources/institute-extra-forms.tsv, and the institutes of sources/institutes-extra.tsv (numbered
中国电科 institutes, 哈焊所). A form shared by two institutes is dropped from both.
Output: name<TAB>parent (中国科学院 or empty)<TAB>forms (|-joined), sorted by name.
"""
import collections
import csv
import importlib.metadata
import io
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LEXICON = ROOT / "Sources/NetGraph/Resources/Lexicons/institutes.tsv"
EXTRA = HERE / "sources/institute-extra-forms.tsv"
MORE = HERE / "sources/institutes-extra.tsv"
OUT = ROOT / "Sources/NetGraph/Resources/Registries/institutes.tsv"
CAS, CAS_SHORT = "中国科学院", "中科院"


def main():
    dist = importlib.metadata.distribution("cpca")
    places = set()
    for row in csv.DictReader(io.StringIO(
            dist.locate_file("cpca/resources/adcodes.csv").read_text(encoding="utf-8"))):
        name = row["name"].strip()
        if row["adcode"][4:6] == "00":  # provinces and prefectures
            for suffix in ("省", "市", "自治区", "地区", "盟"):
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    places.add(name[: -len(suffix)])
            places.add(name)
    places |= {"东北", "西北", "华南", "华东", "华北", "西南", "青藏", "南海", "上海", "北京", "天津", "重庆"}

    def placed(text):
        return any(text.startswith(p) for p in places)

    extra = collections.defaultdict(list)
    for line in EXTRA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, forms = line.split("\t")
            extra[name].extend(forms.split("|"))
    rows = []
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        name, short = fields[0], (fields[2] if len(fields) > 2 else "")
        forms = [name] + ([short] if short else [])
        parent = ""
        if name.startswith(CAS) and name != CAS:
            parent = CAS
            unit = name[len(CAS):]
            forms.append(CAS_SHORT + unit)
            if placed(unit):
                forms.append(unit)
            if short and placed(short):
                forms.append(CAS_SHORT + short)
        forms += extra.get(name, [])
        rows.append([name, parent, list(dict.fromkeys(forms))])
    for line in MORE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, parent, forms = line.split("\t")
            rows.append([name, parent, list(dict.fromkeys([name] + [f for f in forms.split("|") if f]))])
    unknown = set(extra) - {r[0] for r in rows}
    if unknown:
        raise SystemExit(f"extra forms for unknown institutes: {sorted(unknown)}")
    owners = collections.Counter(f for r in rows for f in r[2])
    body = sorted("\t".join([n, p, "|".join(f for f in fs if owners[f] == 1 or f == n)])
                  for n, p, fs in rows)
    header = [
        "# Research-institute registry: CAS units, national research academies, numbered and other",
        "# national research institutes:",
        "# name<TAB>parent<TAB>forms (|-joined).",
        "# Source: Resources/Lexicons/institutes.tsv (Scripts/lexicons/make_institutes.py), place",
        f"# names from PyPI cpca {dist.version} adcodes.csv, abbreviations from",
        "# Scripts/registries/sources/institute-extra-forms.tsv; more institutes from",
        "# Scripts/registries/sources/institutes-extra.tsv. Regenerate: Scripts/registries/make_institutes.py.",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(body)} institutes")


if __name__ == "__main__":
    main()
