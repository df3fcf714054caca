#!/usr/bin/env python3
"""Regenerate Sources/NetGraph/Resources/Lexicons/universities.tsv.

    python3 Scripts/lexicons/make_universities.py

No PyPI package ships a list of Chinese universities (searched: "university", "gaokao",
"college", "高校"), so the list below is written from general knowledge of a public national
list: the 147 universities of the second round of 双一流 ("World-Class Universities and
World-Class Disciplines") announced by the Ministry of Education, the Ministry of Finance and
the NDRC on 2022-02-14 (教研函〔2022〕1号), one line per university, with the short form in
common use where there is one that is not an ordinary word or shared with another body
(人大, 重大, 天大, 南航, 华工, 西电 are left out for that reason). Standard library only.
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Sources/NetGraph/Resources/Lexicons/universities.tsv"

# (name, short form or "") — 双一流 2022 list, grouped by province as published.
UNIVERSITIES = [
    # 北京
    ("北京大学", "北大"), ("中国人民大学", ""), ("清华大学", "清华"), ("北京交通大学", "北交大"),
    ("北京工业大学", "北工大"), ("北京航空航天大学", "北航"), ("北京理工大学", "北理工"),
    ("北京科技大学", "北科大"), ("北京化工大学", "北化工"), ("北京邮电大学", "北邮"),
    ("中国农业大学", "中国农大"), ("北京林业大学", "北林"), ("北京协和医学院", ""),
    ("北京中医药大学", "北中医"), ("北京师范大学", "北师大"), ("首都师范大学", "首师大"),
    ("北京外国语大学", "北外"), ("中国传媒大学", "中传"), ("中央财经大学", "央财"),
    ("对外经济贸易大学", ""), ("外交学院", ""), ("中国人民公安大学", ""), ("北京体育大学", "北体"),
    ("中央音乐学院", "央音"), ("中国音乐学院", ""), ("中央美术学院", "央美"),
    ("中央戏剧学院", "中戏"), ("中央民族大学", ""), ("中国政法大学", ""),
    ("中国矿业大学（北京）", ""), ("中国石油大学（北京）", ""), ("中国地质大学（北京）", ""),
    ("中国科学院大学", "国科大"), ("华北电力大学", ""),
    # 天津
    ("南开大学", "南开"), ("天津大学", ""), ("天津工业大学", ""), ("天津医科大学", ""),
    ("天津中医药大学", ""),
    # 河北, 山西, 内蒙古
    ("河北工业大学", ""), ("山西大学", ""), ("太原理工大学", ""), ("内蒙古大学", ""),
    # 辽宁
    ("辽宁大学", ""), ("大连理工大学", ""), ("东北大学", ""), ("大连海事大学", ""),
    # 吉林
    ("吉林大学", "吉大"), ("延边大学", ""), ("东北师范大学", "东北师大"),
    # 黑龙江
    ("哈尔滨工业大学", "哈工大"), ("哈尔滨工程大学", "哈工程"), ("东北农业大学", ""),
    ("东北林业大学", ""),
    # 上海
    ("复旦大学", "复旦"), ("同济大学", "同济"), ("上海交通大学", "上海交大"),
    ("华东理工大学", "华东理工"), ("东华大学", ""), ("上海海洋大学", ""),
    ("上海中医药大学", ""), ("华东师范大学", "华东师大"), ("上海外国语大学", "上外"),
    ("上海财经大学", "上财"), ("上海体育大学", ""), ("上海音乐学院", ""), ("上海大学", ""),
    ("上海科技大学", ""), ("海军军医大学", ""),
    # 江苏
    ("南京大学", "南大"), ("苏州大学", ""), ("东南大学", ""), ("南京航空航天大学", ""),
    ("南京理工大学", "南理工"), ("中国矿业大学", ""), ("南京邮电大学", "南邮"), ("河海大学", ""),
    ("江南大学", ""), ("南京林业大学", ""), ("南京信息工程大学", ""), ("南京农业大学", "南农"),
    ("南京医科大学", ""), ("南京中医药大学", ""), ("中国药科大学", ""), ("南京师范大学", "南师大"),
    # 浙江
    ("浙江大学", "浙大"), ("中国美术学院", "国美"), ("宁波大学", ""),
    # 安徽
    ("安徽大学", ""), ("中国科学技术大学", "中国科大"), ("合肥工业大学", "合工大"),
    # 福建, 江西
    ("厦门大学", "厦大"), ("福州大学", ""), ("南昌大学", ""),
    # 山东
    ("山东大学", ""), ("中国海洋大学", ""), ("中国石油大学（华东）", ""),
    # 河南
    ("郑州大学", "郑大"), ("河南大学", ""),
    # 湖北
    ("武汉大学", "武大"), ("华中科技大学", "华中科大"), ("中国地质大学（武汉）", ""),
    ("武汉理工大学", ""), ("华中农业大学", ""), ("华中师范大学", "华中师大"),
    ("中南财经政法大学", ""),
    # 湖南
    ("湘潭大学", ""), ("湖南大学", ""), ("中南大学", ""), ("湖南师范大学", ""),
    ("国防科技大学", "国防科大"),
    # 广东
    ("中山大学", ""), ("暨南大学", "暨大"), ("华南理工大学", "华南理工"), ("华南农业大学", ""),
    ("广州医科大学", ""), ("广州中医药大学", ""), ("华南师范大学", "华南师大"),
    ("南方科技大学", "南科大"),
    # 广西, 海南
    ("广西大学", ""), ("海南大学", ""),
    # 重庆
    ("重庆大学", ""), ("西南大学", ""),
    # 四川
    ("四川大学", "川大"), ("西南交通大学", "西南交大"), ("电子科技大学", "电子科大"),
    ("西南石油大学", ""), ("成都理工大学", ""), ("四川农业大学", "川农大"),
    ("成都中医药大学", ""), ("西南财经大学", "西财"),
    # 贵州, 云南, 西藏
    ("贵州大学", ""), ("云南大学", ""), ("西藏大学", ""),
    # 陕西
    ("西北大学", ""), ("西安交通大学", "西交大"), ("西北工业大学", "西工大"),
    ("西安电子科技大学", ""), ("长安大学", ""), ("西北农林科技大学", "西农"),
    ("陕西师范大学", "陕师大"), ("空军军医大学", ""),
    # 甘肃, 青海, 宁夏, 新疆
    ("兰州大学", "兰大"), ("青海大学", ""), ("宁夏大学", ""), ("新疆大学", ""),
    ("石河子大学", ""),
]


def main():
    assert len(UNIVERSITIES) == 147, len(UNIVERSITIES)
    lines = sorted({f"{name}\tuniversity" + (f"\t{short}" if short else "")
                    for name, short in UNIVERSITIES})
    assert len(lines) == 147, "duplicate university"
    header = [
        "# Chinese universities: the 147 双一流 universities (second round, MOE/MOF/NDRC list of",
        "# 2022-02-14, 教研函〔2022〕1号): surface<TAB>university[<TAB>well-known short form].",
        "# Source: general knowledge of that public national list, written by hand (no PyPI package",
        "# ships one); short forms only where unambiguous. Regenerate: Scripts/lexicons/make_universities.py.",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} universities,",
          sum(1 for _, s in UNIVERSITIES if s), "with short forms")


if __name__ == "__main__":
    main()
