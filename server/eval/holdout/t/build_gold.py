#!/usr/bin/env python3
"""Build hold-out set T's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set T (issue 14; gathered after the rounds of sets Q, R and S, annotated and scored once before
any change): institutions' yearly work plans — a township health centre's 中医药健康管理 plan, a
CDC section's 免疫规划 plan, a 预防接种 plan, a 母婴安全 plan, a district's 健康档案 plan, a hospital
department's 院感 plan — and four institutions' reports that only give figures reached (a township
health centre's 妇幼 summary, a community health centre's half-year summary, a hospital's 2025
summary, a county's 妇幼 report), files tt01.txt…, so no name clashes with the seeds, the
development set or sets A–S in eval-extract's `all` row. It keeps its own builder (the T(...) form
of ../gold_builder.py) so that sets gathered at the same time do not edit one file.

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the UTF-8 text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before the extractor was run
on them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# tt01 a township health centre's (我院) yearly 中医药健康管理 plan. It names no year (`本年度`), so year
# is null; the aims are for the population `辖区内`, the page's own word 辖区. Two service rates with
# 达到…以上 (floors); the literacy aim is a rise of 2 points over last year (a change target, named for
# the change). `65岁及以上`, `0-36个月` define the groups (in the names); `显著提升` has no number.
D, R, Y = "tt01.txt", "辖区", None
A += [
    T(D, "65岁及以上老年人中医药健康管理服务率达到65%以上", "老年人中医药健康管理服务率", R, ">=", 65, "%", Y,
      "rate", "up"),
    T(D, "0-36个月儿童中医药健康管理服务率达到75%以上", "儿童中医药健康管理服务率", R, ">=", 75, "%", Y, "rate",
      "up"),
    T(D, "居民中医药健康素养水平较上年提高2个百分点", "居民中医药健康素养水平提高幅度", R, ">=", 2, "个百分点", Y,
      "rate", "up"),
]

# tt02 a CDC 免疫规划科's 2026 plan; the opening gives only the background: the 2025 coverage `保持在
# 92.3%` is a level reached last year, not an aim (保持在 looks like an aim word, the 2025 and 取得
# 阶段性成效 make it a report). No target.

# tt03 a 2026 预防接种 plan, no place named (`结合区域人口结构`: the page's own word 区域). `数字化服务覆盖
# 100%接种单位的年度目标` is an aim (100% of vaccination sites); the core coverage rate `保持在95%以上`
# is a floor, the age group as scope.
D, R, Y = "tt03.txt", "区域", 2026
A += [
    T(D, "数字化服务覆盖100%接种单位", "接种单位数字化服务覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "0-6岁儿童国家免疫规划疫苗全程接种率保持在95%以上", "国家免疫规划疫苗全程接种率", R, ">=", 95, "%", Y,
      "rate", "up", scope="0-6岁儿童"),
]

# tt04 a 2026 母婴安全 plan (title year), no place named; the aims cover `城乡` (the page's only word
# for its area). Each `目标…达N%以上` or `…率达N%以上` is a floor; `降至8%以下` a ceiling on a bad
# outcome. `每月随访不少于2次` is a service standard (a frequency, not a figure a region reports):
# ambiguous. `19项核心内容`, `孕前3个月至孕早期3个月` describe content and a period, not aims.
D, R, Y = "tt04.txt", "城乡", 2026
A += [
    T(D, "目标城乡适龄生育人群覆盖率达95%以上", "孕前优生健康检查目标人群覆盖率", R, ">=", 95, "%", Y, "rate",
      "up"),
    T(D, "每月随访不少于2次", "高风险人群每月随访次数", R, ">=", 2, "次", Y, "count", "up", ambiguous=True),
    T(D, "干预指导率达100%", "高风险人群干预指导率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "目标将备孕人群不良妊娠史发生率降至8%以下", "不良妊娠史发生率", R, "<=", 8, "%", Y, "rate", "down",
      scope="备孕人群"),
    T(D, "孕早期3个月叶酸服用率达98%以上", "叶酸服用率", R, ">=", 98, "%", Y, "rate", "up", scope="育龄妇女"),
    T(D, "依从性达95%以上", "叶酸服用依从性", R, ">=", 95, "%", Y, "rate", "up", scope="育龄妇女"),
    T(D, "免费开展夫妇双方地贫基因筛查,覆盖率达90%以上", "地贫基因筛查覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "目标筛查覆盖率达95%以上", "出生缺陷孕前筛查覆盖率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "阳性病例干预率达98%以上", "阳性病例干预率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "目标育龄夫妇避孕知识知晓率达99%以上", "避孕知识知晓率", R, ">=", 99, "%", Y, "rate", "up",
      scope="育龄夫妇"),
    T(D, "长效避孕措施使用率达65%以上", "长效避孕措施使用率", R, ">=", 65, "%", Y, "rate", "up"),
]

# tt05 a district's plan for rural health records (`全区`, the district unnamed). Its years are masked
# (`20XX`), so year is null for both aims: `不低于辖区农业人口数的95%` (a share, a floor) and
# `建档率达到98%以上`. The document numbers (12号, 75号, 70号) are not targets.
D, R, Y = "tt05.txt", "全区", None
A += [
    T(D, "建立健康档案的农业人口数不低于辖区农业人口数的95%", "农村居民健康档案建档率", R, ">=", 95, "%", Y, "rate",
      "up"),
    T(D, "到20XX年建档率达到98%以上", "农村居民健康档案建档率", R, ">=", 98, "%", Y, "rate", "up"),
]

# tt06 a hospital department's 2026 院感 plan (`本院`); four ceilings written `≤N` each followed by its
# 2025 baseline in brackets (the baselines are not targets), and a hand-hygiene floor `≥95%`. The
# years in the standard's and the action plan's names are not targets.
D, R, Y = "tt06.txt", "本院", 2026
A += [
    T(D, "住院患者医院感染发生率≤2.8%", "住院患者医院感染发生率", R, "<=", 2.8, "%", Y, "rate", "down"),
    T(D, "手术部位感染率≤1.2%", "手术部位感染率", R, "<=", 1.2, "%", Y, "rate", "down"),
    T(D, "导尿管相关尿路感染率≤0.8‰", "导尿管相关尿路感染率", R, "<=", 0.8, "‰", Y, "rate", "down"),
    T(D, "呼吸机相关肺炎发生率≤1.5‰", "呼吸机相关肺炎发生率", R, "<=", 1.5, "‰", Y, "rate", "down"),
    T(D, "手卫生依从性≥95%", "手卫生依从性", R, ">=", 95, "%", Y, "rate", "up"),
]

# tt07 a township health centre's 妇幼 summary: every figure (住院分娩率为97.99%, 系统管理率为79.9%, …)
# is last year's result. No target.
# tt08 a community health centre's half-year summary: `随访率95、管理率达到95、控制率65` are this
# year's results for the hypertension patients it manages (今年…新增至206例), not aims. No target.
# tt09 a hospital's 2025 summary: growth, shares and `床位使用率保持在92.6%`, `耗材占比控制在18.7%`
# are figures reached (保持在/控制在 describe 2025). No target.
# tt10 a county's 妇幼 report (扶沟县): population counts and the year's rates reached. No target.

write_gold(A, HERE)
