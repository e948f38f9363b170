#!/usr/bin/env python3
"""Build hold-out set AF's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AF (issue 14; gathered after set AE's round, annotated and scored once before any further
change — its first contact is the honest measure of set AE's round): query kinds no earlier set
used — an eye-health plan's news (眼健康 十四五), a blood-donation opinion (献血率 per thousand), a
city's hospice plan (安宁疗护, traditional script), a template scheme for emergency stations
(院前急救, aims in minutes), a township's food-safety scheme (餐桌污染) and a province's food-safety
risk plan in machine-spun wording (食品安全 风险监测).
Files af01.txt…, so no name clashes with the seeds, the development set or sets A–AE in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before the extractor was run
on them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# af01 a health paper's page on the national 眼健康 plan for 2021–2025: the page's hot-zone
# coordinates (`73.036811%` …), `第 53 期` and the plan span are no aims. The cataract surgery rate
# is per million people (`百万人口…3500`), a rate in 1/100万. `不断提高` has no number.
D, R, Y = "af01.txt", "全国", 2025
A += [
    T(D, "0~6岁儿童每年眼保健和视力检查覆盖率达90%以上", "儿童眼保健和视力检查覆盖率", R, ">=", 90, "%", Y,
      "rate", "up", scope="0-6岁儿童"),
    T(D, "全国百万人口白内障手术率达3500以上", "百万人口白内障手术率", R, ">=", 3500, "1/100万", Y, "rate",
      "up"),
    T(D, "三级眼科专科医院日间手术占择期手术的比例达60%", "日间手术占择期手术的比例", R, ">=", 60, "%", Y,
      "rate", "up", scope="三级眼科专科医院"),
    T(D, "眼科医师总数超过5万名", "眼科医师总数", R, ">", 50000, "名", Y, "count", "up"),
    T(D, "全国县(区)近视监测100%全覆盖", "县(区)近视监测覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
]

# af02 the central government's page (traditional script) on the 2015 blood-management opinion:
# 2014's achieved figures (`9.5/千人口`, `1299萬`, `452個` …) are no aims; the donation rate per
# thousand people for 2015 and 2020 is (per thousand written as ‰).
D, R = "af02.txt", "全国"
A += [
    T(D, "獻血率達到10/千人口", "献血率", R, ">=", 10, "‰", 2015, "rate", "up"),
    T(D, "獻血率達到15/千人口", "献血率", R, ">=", 15, "‰", 2020, "rate", "up"),
]

# af03 a news item (traditional script) on 北京市's hospice plan, its paragraph given twice: one
# centre per district, at least 50 beds (each centre), 1800 beds city-wide, each scored at both
# occurrences; the headline restates the first aim (ambiguous). `七部門` counts bodies.
D, R, Y = "af03.txt", "北京市", 2025
A += [
    T(D, "每區將至少設1所安寧療護中心", "每区安宁疗护中心数", R, ">=", 1, "所", Y, "count", "up",
      ambiguous=True),
]
for occ in (0, 1):
    A += [
        T(D, "每區至少設立1所安寧療護中心", "每区安宁疗护中心数", R, ">=", 1, "所", Y, "count", "up", occ=occ),
        T(D, "床位不少於50張", "安宁疗护中心床位数", R, ">=", 50, "张", Y, "count", "up", occ=occ),
        T(D, "全市提供安寧療護服務的床位不少於1800張", "安宁疗护服务床位数", R, ">=", 1800, "张", Y, "count",
          "up", occ=occ),
    ]

# af04 a template scheme for emergency stations (renrendoc; cut off after its policy background):
# the response time it sets for 2030, overall and for cities (scope), in minutes — a time standard,
# written as an amount that points down. Section numbers and phase spans are no aims.
D, R, Y = "af04.txt", "全国", 2030
A += [
    T(D, "院前急救平均响应时间缩短至15分钟以内", "院前急救平均响应时间", R, "<=", 15, "分钟", Y, "amount",
      "down"),
    T(D, "城市地区不超过10分钟", "院前急救平均响应时间", R, "<=", 10, "分钟", Y, "amount", "down",
      scope="城市地区"),
]

# af05 a township's 2015 food-safety scheme (bdocx; the place unnamed: `全乡`), cut off after its
# first aims. `〔2015〕39号`, `第1页`, `23.73KB` are the document's number and the site's.
D, R, Y = "af05.txt", "全乡", 2015
A += [
    T(D, "全乡生猪定点屠宰率达100%", "生猪定点屠宰率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "实行定点屠宰的生猪定点屠宰率达到95%以上", "生猪定点屠宰率", R, ">=", 95, "%", Y, "rate", "up",
      scope="实行定点屠宰的地方"),
    T(D, "猪肉卫生指标市场抽检合格率均达到98%", "猪肉卫生指标市场抽检合格率", R, ">=", 98, "%", Y, "rate",
      "up"),
]

# af06 湖南省's 2023–2025 food-safety risk plan as a spam site spun it (食物平安 for 食品安全,
# 抵达 for 达到, 晓得率 for 知晓率, 探问率 for 调查率): direct-report rate for 2024, then for 2025 a
# staff awareness rate, an investigation rate and samples per 10,000 people.
D, R = "af06.txt", "湖南省"
A += [
    T(D, "全省二级及以上公立食源性疾病病例监测直报病院直联直报率抵达100%", "食源性疾病病例监测直报医院直联直报率",
      R, ">=", 100, "%", 2024, "rate", "up", scope="二级及以上公立医院"),
    T(D, "对食源性疾病叙述事情的晓得率正在95%以上", "食源性疾病报告工作知晓率", R, ">=", 95, "%", 2025, "rate",
      "up", scope="从事食源性疾病诊疗的医护人员"),
    T(D, "较大及以上食物平安事件流通病学探问率抵达100%", "较大及以上食品安全事故流行病学调查率", R, ">=", 100,
      "%", 2025, "rate", "up"),
    T(D, "食物平安危急监测样品查验数抵达每万人3批次", "每万人食品安全风险监测样品检验数", R, ">=", 3, "批次",
      2025, "count", "up"),
]

write_gold(A, HERE)
