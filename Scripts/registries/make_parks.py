#!/usr/bin/env python3
"""Rebuild Sources/NetGraph/Resources/Registries/parks.tsv from the park lists in sources/.

    python3 -m venv .venv-reg && .venv-reg/bin/pip install --no-deps -r Scripts/registries/requirements.txt
    .venv-reg/bin/python Scripts/registries/make_parks.py

Inputs (facts only, each file's header names its public source):
- sources/national-hitech-zones.tsv  national high-tech zones: official name, seat district;
- sources/national-etdz.tsv          national ETDZ: official name, province;
- sources/national-demo-zones.tsv    national independent innovation demonstration zones;
- sources/national-new-areas.tsv     national new areas (国家级新区): official name, province, seat
  city, customary forms;
- sources/pilot-ftz.tsv              pilot free-trade zones (中国(X)自由贸易试验区) and their areas
  (片区), one row per province;
- sources/park-extra-forms.tsv       customary names beyond the generated short forms;
- sources/nbs-functional-zones.tsv   development zones that are statistical units of the national
  division codes; those not already national (name compared without province prefix, 市 and
  head variants) become level `other-zone` (the source does not say their level), placed by
  their code;
- cpca 0.5.5 (PyPI, MIT) cpca/resources/adcodes.csv: the national division codes, which place
  each zone in its prefecture-level city and province (name prefix first, then seat district).

Each zone gets a deterministic id `<level>-<city adcode>[-n]` (`hitech-610100`; a second zone of
one city `-2`, in code-point order of the official names), and the short forms people write:
`西安高新区 / 西安高新技术产业开发区 / 西安国家高新区`, `西安经开区 / 西安经济技术开发区 / 西安开发区`; a zone
named city + place (长春净月) also gets the place form (净月高新区), and the city form (长春高新区)
only when the city has no other zone of that level. A form shared by two zones is dropped from
both (it stays resolvable through the article's city, see ParkLinker). A demonstration zone named
by a place other than its city (上海张江) also gets `X示范区` (张江示范区). A pilot free-trade zone is
written 中国(安徽)自由贸易试验区 / 安徽自贸试验区 / 安徽自贸区 / 安徽省自由贸易试验区; an area 片区 follows
any of them (安徽自贸试验区合肥片区) or its city (合肥自贸片区). Output: UTF-8 TSV,
`#` header, rows sorted by id.
"""
import collections
import csv
import importlib.metadata
import io
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "Sources/NetGraph/Resources/Registries/parks.tsv"

SPECIAL_PROVINCES = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
                     "新疆维吾尔自治区": "新疆", "宁夏回族自治区": "宁夏"}
HITECH_HEADS = ["高新技术产业开发区", "高新技术产业园区", "新技术开发区", "火炬高技术产业开发区",
                "高技术产业开发区", "农业高新技术产业示范区", "科技园区"]
# NBS functional zones that are not development zones (administrative or scenic areas).
NOT_PARKS = ("管理区", "管委会", "风景名胜区", "城乡一体化示范区", "新城", "食品区")
ETDZ_HEADS = ["经济技术开发区", "新兴技术开发区", "经济开发区", "台商投资区", "开发区", "工业园区",
              "产业园区"]


def read_tsv(name):
    rows = []
    for line in (HERE / "sources" / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


class Divisions:
    """Prefecture-level cities and counties from the national division codes."""

    def __init__(self):
        dist = importlib.metadata.distribution("cpca")
        self.version = dist.version
        text = dist.locate_file("cpca/resources/adcodes.csv").read_text(encoding="utf-8")
        self.names = {}
        for row in csv.DictReader(io.StringIO(text)):
            self.names[row["adcode"][:6]] = row["name"].strip()
        self.city_by_short = collections.defaultdict(list)
        self.counties = collections.defaultdict(list)
        for code, name in self.names.items():
            if code.endswith("0000"):
                continue
            if code.endswith("00") or code[4:6] == "00":
                self.city_by_short[self.short(name)].append(code)
            else:
                self.counties[name].append(code)
                self.counties[self.short(name)].append(code)
        # Municipalities are their own city (北京市 110000 → city 110100 has no name in cpca).
        for code in ("110000", "120000", "310000", "500000"):
            self.city_by_short[self.short(self.names[code])].append(code)

    @staticmethod
    def short(name):
        if name in SPECIAL_PROVINCES:
            return SPECIAL_PROVINCES[name]
        for suffix in ("特别行政区", "自治州", "地区", "盟", "省", "市", "区", "县"):
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                return name[: -len(suffix)]
        return name

    def province_of(self, code):
        return self.names[code[:2] + "0000"]

    def city_of(self, code):
        """The prefecture-level city holding a division (a municipality for its districts;
        a county-level city directly under its province for itself)."""
        if code[:2] in ("11", "12", "31", "50"):
            return code[:2] + "0000", self.names[code[:2] + "0000"]
        prefecture = code[:4] + "00"
        if prefecture in self.names and code[2:4] != "90":
            return prefecture, self.names[prefecture]
        return code, self.names[code]

    def locate(self, name, district=None, province=None):
        """(city code, city, province) of a zone: longest city prefix of its name (within the
        province when known), else its seat district, else None."""
        candidates = []
        for length in range(min(len(name), 6), 1, -1):
            codes = self.city_by_short.get(name[:length], [])
            if province:
                codes = [c for c in codes if self.short(self.province_of(c)) == province]
            if codes:
                candidates = codes
                break
        if len(candidates) == 1:
            code = candidates[0]
            city_code, city = self.city_of(code)
            return city_code, city, self.province_of(code)
        for key in filter(None, [district] + [name[:n] for n in range(min(len(name), 5), 1, -1)]):
            codes = self.counties.get(key, [])
            if province:
                codes = [c for c in codes if self.short(self.province_of(c)) == province]
            cities = {self.city_of(c) for c in codes}
            if len(cities) == 1:
                city_code, city = cities.pop()
                return city_code, city, self.province_of(codes[0])
        return None


def head_of(name, heads):
    for head in heads:
        if name.endswith(head):
            return name[: -len(head)], head
    return name, ""


def province_full(divisions, short):
    return next(n for c, n in divisions.names.items() if c.endswith("0000") and divisions.short(n) == short)


def ftz_prefixes(province, province_name):
    """The ways a pilot free-trade zone of `province` is written before an area name."""
    forms = [f"中国({province})自由贸易试验区", f"中国（{province}）自由贸易试验区", f"中国({province})自贸试验区",
             f"中国（{province}）自贸试验区"]
    for place in dict.fromkeys([province, province_name]):
        forms += [place + "自由贸易试验区", place + "自贸试验区", place + "自贸区"]
    return forms


def main():
    divisions = Divisions()
    extra = collections.defaultdict(list)
    locations = {}
    for row in read_tsv("park-extra-forms.tsv"):
        if row[1] == "located":
            locations[row[0]] = row[2]
        else:
            extra[row[0]].extend(f for f in row[2].split("|") if f)

    unplaced = []
    zones = []  # dicts: name, level, stem, head, province, city, city_code, forms
    def add(name, level, stem, head, location):
        if name in locations:
            location = divisions.locate(locations[name]) or location
        if location is None:
            unplaced.append(name)
            return
        city_code, city, province = location
        zones.append(dict(name=name, level=level, stem=stem, head=head, province=province,
                          city=city, city_code=city_code))

    for name, district in read_tsv("national-hitech-zones.tsv"):
        stem, head = head_of(name, HITECH_HEADS)
        add(name, "national-hitech", stem, head, divisions.locate(stem, district))
    for name, province in read_tsv("national-etdz.tsv"):
        stem, head = head_of(name, ETDZ_HEADS)
        add(name, "national-etdz", stem, head, divisions.locate(stem, None, province))
    for name, province, seat in read_tsv("national-demo-zones.tsv"):
        stem = name[: -len("国家自主创新示范区")]
        province_name = next(n for c, n in divisions.names.items()
                             if c.endswith("0000") and divisions.short(n) == province)
        location = divisions.locate(seat) if seat else ("", "", province_name)
        add(name, "national-demo", stem, "国家自主创新示范区", location)

    for name, province, seat, _year, forms in read_tsv("national-new-areas.tsv"):
        province_name = province_full(divisions, province)
        location = divisions.locate(seat) if seat else ("", "", province_name)
        add(name, "national-new-area", name, "", location)
        extra[name][:0] = [f for f in forms.split("|") if f]
    for row in read_tsv("pilot-ftz.tsv"):
        province, areas = row[0], (row[2] if len(row) > 2 else "")
        province_name = province_full(divisions, province)
        prefixes = ftz_prefixes(province, province_name)
        ftz = f"中国({province})自由贸易试验区"
        municipality = province_name if province_name.endswith("市") else ""
        add(ftz, "ftz", ftz, "", divisions.locate(municipality) if municipality else ("", "", province_name))
        extra[ftz][:0] = prefixes
        for area in filter(None, areas.split("|")):
            customary = area.endswith("+")
            area, _, city = area.rstrip("+").partition(":")
            location = divisions.locate(city or area[: -len("片区")], None, province)
            area_name = ftz + area
            add(area_name, "ftz-area", area, "片区", location)
            stem = area[: -len("片区")]
            forms = [p + area for p in prefixes]
            if not city:                                   # 合肥片区 → 合肥自贸片区
                forms += [stem + "自贸片区", stem + "自贸区片区"]
            if customary:
                forms.append(area)
            extra[area_name][:0] = forms

    if unplaced:
        raise SystemExit("cannot place (add `located` rows to park-extra-forms.tsv): " + " ".join(unplaced))

    # NBS functional zones not already listed as national zones.
    def comparable(name):
        for province in sorted({divisions.short(n) for c, n in divisions.names.items() if c.endswith("0000")},
                               key=len, reverse=True):
            if name.startswith(province) and len(name) - len(province) >= 4:
                name = name[len(province):]
                break
        name = name.replace("市", "", 1) if "市" in name[:5] else name
        for long, short in (("高新技术产业开发区", "高新"), ("高新技术产业园区", "高新"), ("高新技术开发区", "高新"),
                            ("火炬高技术产业开发区", "高新"), ("经济技术开发区", "经开"), ("经济开发区", "经开")):
            if name.endswith(long):
                return name[: -len(long)] + short
        return name
    national = {comparable(z["name"]) for z in zones}
    national |= {comparable(f) for z in zones if z["level"] == "national-new-area" for f in extra[z["name"]]}
    for code, name in read_tsv("nbs-functional-zones.tsv"):
        if any(word in name for word in NOT_PARKS) or comparable(name) in national:
            continue
        city_code, city = divisions.city_of(code)
        stem, head = head_of(name, HITECH_HEADS + ETDZ_HEADS)
        zones.append(dict(name=name, level="other-zone", stem=stem, head=head,
                          province=divisions.province_of(code), city=city, city_code=city_code))

    # Ids: level, city code, then a counter in code-point order of names.
    prefix = {"national-hitech": "hitech", "national-etdz": "etdz", "national-demo": "demo",
              "national-new-area": "newarea", "ftz": "ftz", "ftz-area": "ftzarea", "other-zone": "zone"}
    groups = collections.defaultdict(list)
    for zone in zones:
        groups[(zone["level"], zone["city_code"] or zone["province"])].append(zone)
    for (level, key), members in groups.items():
        members.sort(key=lambda z: z["name"])
        for index, zone in enumerate(members):
            code = zone["city_code"] or next(c for c, n in divisions.names.items() if n == key)
            zone["id"] = f"{prefix[level]}-{code}" + (f"-{index + 1}" if index else "")

    per_city = collections.Counter((z["level"], z["city"]) for z in zones if z["city"])
    for zone in zones:
        forms = [zone["name"]]
        stem, level = zone["stem"], zone["level"]
        city_short = divisions.short(zone["city"]) if zone["city"] else ""
        province_short = divisions.short(zone["province"])
        if stem.startswith(province_short) and len(stem) - len(province_short) >= 2:
            stem = stem[len(province_short):]                       # 河北衡水 → 衡水
        if city_short and stem == city_short + "市":
            stem = city_short                                       # 蚌埠市 → 蚌埠
        stems = list(dict.fromkeys([zone["stem"], stem]))
        if city_short and stem.startswith(city_short) and len(stem) - len(city_short) >= 2:
            stems.append(stem[len(city_short):])                    # 长春净月 → 净月
            if per_city[(level, zone["city"])] == 1:
                stems.append(city_short)                            # 天津滨海 → 天津
        if level == "national-hitech" or (level == "other-zone" and zone["head"] in HITECH_HEADS):
            for s in stems:
                forms += [s + "高新区", s + "国家高新区", s + "高新技术产业开发区",
                          s + "国家高新技术产业开发区"]
                if "火炬" in zone["head"]:
                    forms += [s + "火炬高新区", s + "火炬高技术产业开发区"]
                if "农业" in zone["head"]:
                    forms += [s + "农高区", s + "示范区", s + "农业高新技术产业示范区"]
        elif level in ("national-etdz", "other-zone") and zone["head"] in ("经济技术开发区", "经济开发区"):
            for s in stems:
                forms += [s + "经开区", s + "国家级经开区", s + "经济技术开发区",
                          s + "国家级经济技术开发区", s + "经济开发区", s + "开发区"]
        elif level == "national-demo":
            for s in stems:
                forms += [s + "自创区", s + "国家自创区", s + "自主创新示范区", s + "国家自主创新示范区"]
                if s != city_short:                                 # 张江示范区, not 成都示范区
                    forms.append(s + "示范区")
        if level == "other-zone":  # no national status is known: no 国家 forms
            forms = [f for f in forms if "国家" not in f]
        forms += extra.get(zone["name"], [])
        zone["forms"] = list(dict.fromkeys(f for f in forms if len(f) >= 3))

    # A form claimed by two zones names neither.
    owners = collections.Counter(f for z in zones for f in z["forms"])
    for zone in zones:
        zone["forms"] = [f for f in zone["forms"] if owners[f] == 1 or f == zone["name"]]

    header = [
        "# Park registry: national high-tech zones, national ETDZ, national independent innovation",
        "# demonstration zones, national new areas, pilot free-trade zones and their areas, other",
        "# zones of the statistical division codes: id<TAB>official name",
        "# <TAB>level<TAB>province<TAB>city<TAB>forms (|-joined).",
        "# Sources: Scripts/registries/sources/national-hitech-zones.tsv, national-etdz.tsv,",
        "# national-demo-zones.tsv, national-new-areas.tsv, pilot-ftz.tsv, park-extra-forms.tsv,",
        "# nbs-functional-zones.tsv (each names its public source); province",
        f"# and city from PyPI cpca {divisions.version} (MIT) cpca/resources/adcodes.csv (GB/T 2260).",
        "# Regenerate: Scripts/registries/make_parks.py. Levels: national-hitech, national-etdz,",
        "# national-demo, national-new-area, ftz (a pilot free-trade zone), ftz-area (one of its",
        "# 片区), other-zone (level not stated by the source). A city is empty for a zone",
        "# spanning several cities.",
    ]
    body = [
        "\t".join([z["id"], z["name"], z["level"], z["province"], z["city"], "|".join(z["forms"])])
        for z in sorted(zones, key=lambda z: z["id"])
    ]
    ids = [z["id"] for z in zones]
    assert len(ids) == len(set(ids)), "duplicate ids"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    counts = collections.Counter(z["level"] for z in zones)
    print(f"{OUT.relative_to(ROOT)}: {len(zones)} zones", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
