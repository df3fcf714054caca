#!/usr/bin/env python3
"""Rebuild Sources/NetGraph/Resources/Registries/companies.tsv (A-share and Hong Kong listed companies).

    .venv-reg/bin/pip install --no-deps -r Scripts/registries/requirements.txt
    .venv-reg/bin/python Scripts/registries/make_companies.py                      # HK from sources/
    .venv-reg/bin/python Scripts/registries/make_companies.py --hkex-csv ListOfSecurities_c.csv

A shares: PyPI package adata 2.9.5 (Apache-2.0), file adata/stock/cache/code.csv: every A-share
code with its short name (证券简称) and listing date, Shanghai, Shenzhen and Beijing (the
package's offline cache, 2023-10). Only that data file is read (adata is not imported). B shares
(200/201/900 codes) are left out. Exchange from the code: 60/68 SSE, 00/30 SZSE, 43/83/87/88/92 BSE.
Forms: the short name with spaces removed and full-width letters folded (万  科Ａ → 万科A), and
without risk-warning prefixes (*ST, ST, PT) or a trailing share-class letter A (万科A → 万科)
when that leaves at least three characters. The cache keeps some delisted codes.

Hong Kong (exchange HKEX, five-digit codes): HKEX's securities list in Chinese (證券名單,
ListOfSecurities_c, as of 04/11/2025) as committed in the public GitHub file
OggYiu/test-diarization-nvidia-nemo agent/assets/ListOfSecurities_c.csv @ a5168193a4f96d0037785e617357df5dd36e145e.
`--hkex-csv FILE` re-extracts sources/hkex-equities.tsv from that file (or from a newer copy of
the list saved as CSV): only ordinary shares, 分類 股本 with 次分類 股本證券(主板) or 股本證券(創業板),
traded in HKD (the RMB counters 8xxxx repeat a company; warrants, CBBCs, ETFs, REITs, bonds,
investment companies and preference shares are left out); the traditional short name is
converted to simplified with PyPI opencc 1.4.2 (hk2s), needed only for that step. Without the
option the committed extract is used. Forms: the simplified name as listed (NFKC: 商湯－Ｗ →
商汤-W), without the trading marker (-W, -S, -B, -SW …) or share-class letter (太古股份公司A),
without a trailing bracket (香港小轮(集团) → 香港小轮) and without the H-share word 股份
(青岛啤酒股份 → 青岛啤酒), each kept only when at least three characters remain. Some names are English only (CHEVALIER INT'L): kept, with no
derived forms.

Full legal names are not shipped by any package or file reachable here, so the full-name column
is empty. Output sorted by line (six-digit A-share and five-digit HK codes interleave).
"""
import csv
import importlib.metadata
import io
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Sources/NetGraph/Resources/Registries/companies.tsv"
HK_SOURCE = ROOT / "Scripts/registries/sources/hkex-equities.tsv"
HK_BOARDS = {"股本證券(主板)": "main", "股本證券(創業板)": "gem"}


def extract_hkex(csv_path):
    """sources/hkex-equities.tsv from HKEX's Chinese securities list saved as CSV."""
    import opencc  # only for re-extraction

    convert = opencc.OpenCC("hk2s").convert
    text = pathlib.Path(csv_path).read_text(encoding="utf-8-sig")
    records = list(csv.reader(io.StringIO(text)))
    as_of = re.sub(r"\s+", "", next((r[0] for r in records[:3] if r and r[0].startswith("截")), ""))
    head = next(i for i, r in enumerate(records) if r and r[0] == "股份代號")
    col = {name: i for i, name in enumerate(records[head])}
    rows = []
    for r in records[head + 1:]:
        if len(r) < len(col) or not re.fullmatch(r"\d{5}", r[0]):
            continue
        board = HK_BOARDS.get(r[col["次分類"]])
        if r[col["分類"]] != "股本" or board is None or r[col["交易貨幣"]] != "HKD":
            continue
        name = r[col["股份名稱"]].strip()
        rows.append([r[0], board, name, convert(name)])
    rows.sort()
    header = [
        "# HKEX ordinary shares (股本證券, main board and GEM, HKD counter): code<TAB>board (main|gem)<TAB>",
        f"# short name as listed (traditional)<TAB>simplified (OpenCC hk2s). HKEX 證券名單 {as_of}",
        "# (ListOfSecurities_c), from the copy in OggYiu/test-diarization-nvidia-nemo",
        "# agent/assets/ListOfSecurities_c.csv @ a5168193a4f96d0037785e617357df5dd36e145e.",
        "# Extracted by Scripts/registries/make_companies.py --hkex-csv FILE.",
    ]
    HK_SOURCE.write_text("\n".join(header + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")


def hk_forms(simplified):
    """The listed name (NFKC) first, then the forms people write, each of at least three characters."""
    listed = " ".join(unicodedata.normalize("NFKC", simplified).split())
    if not re.search(r"[\u4e00-\u9fff]", listed):
        return [listed]  # English only (CHEVALIER INT'L)
    listed = listed.replace(" ", "")
    forms = [listed]
    name = re.sub(r"-[A-Z]{1,3}$", "", listed)  # trading marker: -W (WVR), -S, -B, -SW, -R …
    name = re.sub(r"(?<=[\u4e00-\u9fff])[AB]$", "", name)  # share class: 太古股份公司A
    for form in (name, re.sub(r"\([^()]*\)$", "", name)):
        if len(form) >= 3:
            forms.append(form)
        if form.endswith("股份") and len(form) >= 5:  # H share: 青岛啤酒股份 → 青岛啤酒
            forms.append(form[:-2])
    return list(dict.fromkeys(forms))


def hk_rows():
    rows = []
    for line in HK_SOURCE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, _board, _traditional, simplified = line.split("\t")
        forms = hk_forms(simplified)
        rows.append("\t".join([code, "HKEX", forms[0], "", "|".join(forms)]))
    return rows


def exchange(code):
    if code[:2] in ("60", "68"):
        return "SSE"
    if code[:2] in ("00", "30"):
        return "SZSE"
    if code[:2] in ("43", "83", "87", "88", "92"):
        return "BSE"
    return None


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--hkex-csv":
        extract_hkex(sys.argv[2])
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
    hk = hk_rows()
    header = [
        "# Listed-company registry (A shares: SSE, SZSE, BSE; Hong Kong: HKEX): code<TAB>exchange<TAB>",
        "# short name (simplified, as listed)<TAB>full name (empty: not shipped offline)<TAB>forms (|-joined).",
        f"# Sources: A shares, PyPI adata {dist.version} (Apache-2.0) adata/stock/cache/code.csv (2023-10 cache);",
        "# HKEX, ordinary shares (main board, GEM) of HKEX's 證券名單 (ListOfSecurities_c) as of 04/11/2025,",
        "# via Scripts/registries/sources/hkex-equities.tsv (facts only: code, short name), names",
        "# converted to simplified with OpenCC.",
        "# Regenerate: Scripts/registries/make_companies.py.",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(header + sorted(body + hk)) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(body)} A-share and {len(hk)} HKEX companies")


if __name__ == "__main__":
    main()
