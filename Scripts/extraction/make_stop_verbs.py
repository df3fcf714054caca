#!/usr/bin/env python3
"""Regenerates Sources/NetGraph/Resources/Lexicons/stop-verbs.tsv from jieba's dictionary.

Two-character words tagged `v`, `d`, `c` or `p` (verb, adverb, conjunction, preposition) with frequency >= MIN_FREQ in jieba's dict.txt (MIT
licence, https://github.com/fxsjy/jieba) end a name when the extractor scans left from a
suffix (对接|西安交通大学). Verbs that also occur inside organisation names (开发, 制造,
创新, 开放实验室, 统计局…) are excluded below.

    pip install jieba==0.42.1 && python3 Scripts/extraction/make_stop_verbs.py
"""
import os
import sys

import jieba

MIN_FREQ = 800
# Tags read as "not part of a name": verbs, adverbs, conjunctions, prepositions.
TAGS = {"v", "d", "c", "p"}
# Verbs that occur inside organisation names before a suffix; never stop words.
NAME_VERBS = set("""
开发 制造 创新 控制 保护 应用 计算 独立 知识 发展 建设 投资 服务 研究 设计 管理 生产 检测
培训 咨询 教育 运营 交流 合作 孵化 控股 联合 统计 出版 发行 运行 加速 转化 转移 促进 推广
保障 就业 治疗 维护 实验 评价 认证 监测 交易 发射 飞行 演出 种植 繁殖 观察 改造 组织 开放
集中 协调 配合 规划 勘察 测绘 加工 经营 代理 租赁 运输 储备 开采 冶炼 装备 监督 审计 鉴定
测试 试验 示范 创业 创造 指挥 防治 预防 救援 搜救 调度 传播 表演 出口 进口 贸易 营销 销售
结算 支付 清算 担保 保险 融资 信托 证券 承包 安装 施工 设立 工作 学习 阅读 交换 计量 质检
训练 养殖 建造 发电 供电 输电 通信 导航 遥感 探测 分析 合成 制备 检验 孵育 科学 技术 信息
高新 创意 维新 大成 大同 大连 应城 成化 治所 新高 催化 充电 产能 相机 露天 通高 一新 全新 最新 大好 造化 闪电 会计 通用 通道 留学 氧化 进化 创办 自治 行政 执行 审议 选举 招生 录取 招聘 推动 引导 投入 处理 存储 计划 实践 体验 生活 成长 自主
""".split())


def main() -> None:
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            if tag in TAGS and len(word) == 2 and int(freq) >= MIN_FREQ and word not in NAME_VERBS:
                words.add(word)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "..", "Sources", "NetGraph", "Resources", "Lexicons", "stop-verbs.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Verbs that end a name when scanning left from its suffix: surface<TAB>verb.\n")
        f.write(f"# Source: jieba {jieba.__version__} dict.txt (MIT), two-character words tagged v/d/c/p with frequency >= {MIN_FREQ},\n")
        f.write("# minus verbs found inside organisation names. Regenerate: python3 Scripts/extraction/make_stop_verbs.py\n")
        for word in sorted(words):
            f.write(f"{word}\tverb\n")
    print(f"{len(words)} verbs -> {os.path.normpath(out)}", file=sys.stderr)


if __name__ == "__main__":
    main()
