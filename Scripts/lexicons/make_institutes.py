#!/usr/bin/env python3
"""Regenerate Sources/NetGraph/Resources/Lexicons/institutes.tsv.

    python3 Scripts/lexicons/make_institutes.py

No PyPI package ships a list of Chinese research institutes, so the list below is written from
general knowledge of two public directories:
- the research institutes of the Chinese Academy of Sciences (中国科学院 "研究机构" directory:
  institutes, observatories, botanical gardens, centres and 卓越创新中心 directly under CAS), with
  the short forms CAS itself uses (大连化物所, 长春光机所; generic ones written 中科院物理所);
- national academies and central research institutes (中国工程物理研究院, the academies of
  agricultural, medical, forestry, geological, meteorological sciences, the ministries'
  national institutes of metrology, standards, railways, building, water, telecommunications,
  and the space and nuclear research academies).
Provincial academies are left out. Standard library only.
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Sources/NetGraph/Resources/Lexicons/institutes.tsv"

CAS = "中国科学院"

# (name, short form or "") — CAS units, name given without the 中国科学院 prefix.
CAS_UNITS = [
    ("数学与系统科学研究院", "中科院数学院"), ("物理研究所", "中科院物理所"),
    ("理论物理研究所", "中科院理论物理所"), ("高能物理研究所", "中科院高能所"),
    ("力学研究所", "中科院力学所"), ("声学研究所", "中科院声学所"),
    ("化学研究所", "中科院化学所"), ("过程工程研究所", "中科院过程所"),
    ("生态环境研究中心", "中科院生态中心"), ("理化技术研究所", "中科院理化所"),
    ("国家天文台", ""), ("空天信息创新研究院", "中科院空天院"),
    ("地理科学与资源研究所", "中科院地理资源所"), ("地质与地球物理研究所", "中科院地质地球所"),
    ("古脊椎动物与古人类研究所", "中科院古脊椎所"), ("大气物理研究所", "中科院大气所"),
    ("青藏高原研究所", "中科院青藏高原所"), ("植物研究所", "中科院植物所"),
    ("动物研究所", "中科院动物所"), ("微生物研究所", "中科院微生物所"),
    ("生物物理研究所", "中科院生物物理所"), ("遗传与发育生物学研究所", "中科院遗传发育所"),
    ("心理研究所", "中科院心理所"), ("计算技术研究所", "中科院计算所"),
    ("软件研究所", "中科院软件所"), ("半导体研究所", "中科院半导体所"),
    ("微电子研究所", "中科院微电子所"), ("电工研究所", "中科院电工所"),
    ("工程热物理研究所", "中科院工程热物理所"), ("自动化研究所", "中科院自动化所"),
    ("信息工程研究所", "中科院信工所"), ("科技战略咨询研究院", "中科院战略咨询院"),
    ("自然科学史研究所", ""), ("文献情报中心", ""), ("国家空间科学中心", "中科院空间中心"),
    ("空间应用工程与技术中心", ""), ("计算机网络信息中心", "中科院网络中心"),
    ("国家纳米科学中心", "国家纳米中心"), ("北京基因组研究所", "中科院北京基因组所"),
    ("微小卫星创新研究院", ""),
    ("上海光学精密机械研究所", "上海光机所"), ("上海技术物理研究所", "上海技物所"),
    ("上海微系统与信息技术研究所", "上海微系统所"), ("上海硅酸盐研究所", "上海硅酸盐所"),
    ("上海有机化学研究所", "上海有机所"), ("上海药物研究所", "上海药物所"),
    ("上海应用物理研究所", "上海应物所"), ("上海高等研究院", "上海高研院"),
    ("上海天文台", ""), ("上海营养与健康研究所", ""), ("上海巴斯德研究所", ""),
    ("分子细胞科学卓越创新中心", ""), ("脑科学与智能技术卓越创新中心", ""),
    ("分子植物科学卓越创新中心", ""),
    ("金属研究所", "中科院金属所"), ("沈阳自动化研究所", "沈阳自动化所"),
    ("沈阳应用生态研究所", "沈阳生态所"), ("沈阳计算技术研究所", "沈阳计算所"),
    ("大连化学物理研究所", "大连化物所"),
    ("长春光学精密机械与物理研究所", "长春光机所"), ("长春应用化学研究所", "长春应化所"),
    ("东北地理与农业生态研究所", "东北地理所"),
    ("南京地理与湖泊研究所", "南京地湖所"), ("南京土壤研究所", "南京土壤所"),
    ("南京地质古生物研究所", "南京古生物所"), ("紫金山天文台", ""),
    ("南京天文光学技术研究所", "南京天光所"),
    ("苏州纳米技术与纳米仿生研究所", "苏州纳米所"), ("苏州生物医学工程技术研究所", ""),
    ("宁波材料技术与工程研究所", "宁波材料所"), ("基础医学与肿瘤研究所", ""),
    ("合肥物质科学研究院", "中科院合肥研究院"),
    ("福建物质结构研究所", "福建物构所"), ("城市环境研究所", "中科院城市环境所"),
    ("赣江创新研究院", ""),
    ("精密测量科学与技术创新研究院", "中科院精密测量院"), ("武汉病毒研究所", "武汉病毒所"),
    ("水生生物研究所", "中科院水生所"), ("武汉岩土力学研究所", "武汉岩土所"),
    ("武汉植物园", ""),
    ("广州能源研究所", "广州能源所"), ("广州地球化学研究所", "广州地化所"),
    ("南海海洋研究所", "南海所"), ("华南植物园", ""),
    ("广州生物医药与健康研究院", "广州健康院"), ("深圳先进技术研究院", "深圳先进院"),
    ("深海科学与工程研究所", "中科院深海所"),
    ("成都生物研究所", "成都生物所"), ("成都山地灾害与环境研究所", "成都山地所"),
    ("光电技术研究所", "中科院光电所"), ("成都计算机应用研究所", ""),
    ("重庆绿色智能技术研究院", "中科院重庆研究院"),
    ("西安光学精密机械研究所", "西安光机所"), ("地球环境研究所", "中科院地球环境所"),
    ("国家授时中心", ""),
    ("兰州化学物理研究所", "兰州化物所"), ("近代物理研究所", "中科院近代物理所"),
    ("西北生态环境资源研究院", ""),
    ("昆明植物研究所", "昆明植物所"), ("昆明动物研究所", "昆明动物所"),
    ("西双版纳热带植物园", ""), ("云南天文台", ""),
    ("山西煤炭化学研究所", "山西煤化所"), ("青岛生物能源与过程研究所", "青岛能源所"),
    ("海洋研究所", "中科院海洋所"), ("烟台海岸带研究所", "烟台海岸带所"),
    ("天津工业生物技术研究所", "天津工生所"),
    ("新疆理化技术研究所", "新疆理化所"), ("新疆生态与地理研究所", "新疆生地所"),
    ("西北高原生物研究所", "西北高原所"), ("青海盐湖研究所", "青海盐湖所"),
    ("亚热带农业生态研究所", "中科院亚热带生态所"),
]

# National academies and central research institutes outside CAS.
NATIONAL = [
    ("中国科学院", "中科院"), ("中国工程院", ""), ("中国社会科学院", "中国社科院"),
    ("中国工程物理研究院", "中物院"), ("中国农业科学院", "中国农科院"),
    ("中国医学科学院", "中国医科院"), ("中国中医科学院", ""), ("中国林业科学研究院", "中国林科院"),
    ("中国水产科学研究院", "中国水科院"), ("中国热带农业科学院", "中国热科院"),
    ("中国地质科学院", "中国地科院"), ("中国气象科学研究院", ""),
    ("中国环境科学研究院", "中国环科院"), ("中国水利水电科学研究院", ""),
    ("中国铁道科学研究院", "铁科院"), ("中国建筑科学研究院", "中国建研院"),
    ("中国计量科学研究院", "中国计量院"), ("中国标准化研究院", ""),
    ("中国信息通信研究院", "中国信通院"), ("中国电子技术标准化研究院", ""),
    ("中国电力科学研究院", "中国电科院"), ("中国空间技术研究院", ""),
    ("中国运载火箭技术研究院", ""), ("中国原子能科学研究院", "原子能院"),
    ("中国核动力研究设计院", ""), ("中国科学技术信息研究所", "中信所"),
    ("中国科学技术发展战略研究院", ""), ("中国食品药品检定研究院", "中检院"),
    ("中国汽车技术研究中心", "中汽中心"), ("中国农业机械化科学研究院", ""),
    ("中国建筑材料科学研究总院", ""), ("钢铁研究总院", "钢研总院"),
    ("军事科学院", ""),
]


def main():
    entries = [(CAS + name, short) for name, short in CAS_UNITS] + NATIONAL
    names = [name for name, _ in entries]
    assert len(names) == len(set(names)), "duplicate institute"
    shorts = [short for _, short in entries if short]
    assert len(shorts) == len(set(shorts)), "duplicate short form"
    lines = sorted(f"{name}\tinstitute" + (f"\t{short}" if short else "") for name, short in entries)
    header = [
        "# Chinese research institutes: units of the Chinese Academy of Sciences and national",
        "# academies and central research institutes: surface<TAB>institute[<TAB>well-known short form].",
        "# Source: general knowledge of the public CAS directory of research units (中国科学院 研究机构)",
        "# and of national academies (中国工程物理研究院, 中国农业科学院, …), written by hand (no PyPI",
        "# package ships one). Regenerate: Scripts/lexicons/make_institutes.py.",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} institutes ({len(CAS_UNITS)} CAS units),",
          len(shorts), "with short forms")


if __name__ == "__main__":
    main()
