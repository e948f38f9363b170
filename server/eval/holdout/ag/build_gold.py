#!/usr/bin/env python3
"""Build hold-out set AG's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AG (issue 14; gathered after set AF's round, annotated and scored once before any further
change — its first contact is the honest measure of set AF's round): query kinds no earlier set
used — a city's cervical-cancer scheme (宫颈癌, traditional script), the national payment-reform
plan (DRG/DIP, yearly shares of areas), a nursing workforce news item (护士, traditional), a
birth-defects plan's news in machine-spun wording (出生缺陷), a province's healthy-village
headline (健康村, traditional), a city's mental-health headline on a forum page (心理健康) and
two pages on medical-waste facilities (医疗废物: a province's notice, traditional, and the
national scheme).
Files ag01.txt…, so no name clashes with the seeds, the development set or sets A–AF in
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

# ag01 a business paper's item (traditional script) on 北京市's scheme to speed the elimination of
# cervical cancer (2023–2030): for 2025 and for 2030 a screening rate of women of screening age
# and a treatment rate of patients with the cancer or its precursor lesions. The HPV vaccination
# pilot (`愿接盡接`) sets no number; `九部門` counts bodies.
D, R = "ag01.txt", "北京市"
A += [
    T(D, "適齡婦女宮頸癌篩查率達到50%", "宫颈癌筛查率", R, ">=", 50, "%", 2025, "rate", "up",
      scope="适龄妇女"),
    T(D, "宮頸癌及癌前病變患者治療率達到90%", "宫颈癌及癌前病变患者治疗率", R, ">=", 90, "%", 2025,
      "rate", "up"),
    T(D, "適齡婦女宮頸癌篩查率達到70%", "宫颈癌筛查率", R, ">=", 70, "%", 2030, "rate", "up",
      scope="适龄妇女"),
    T(D, "宮頸癌及癌前病變患者治療率達到95%", "宫颈癌及癌前病变患者治疗率", R, ">=", 95, "%", 2030,
      "rate", "up"),
]

# ag02 a trade association's page (traditional script, some characters garbled) on the national
# three-year DRG/DIP payment plan: the share of pooling areas each province starts in 2022, 2023
# and 2024 (`按2022年、2023年、2024年三年進度安排…分別啟動不少于40%、30%、30%`), then the yearly
# share of eligible hospitals an area covers after it starts — years counted from each area's
# start, no calendar year (null). The 30/71 pilot cities are the past; `全覆蓋` has no number.
D, R = "ag02.txt", "全国"
Q1 = "分別啟動不少于40%、30%、30%的統(tǒng)籌地區(qū)"
Q2 = "每年進(jìn)度應(yīng)分別不低于40%、30%、30%"
# Each value's quote runs from the list's head to that value (as the 分别 lists of other sets).
N1, N2 = "启动DRG/DIP支付方式改革的统筹地区比例", "DRG/DIP付费医疗机构覆盖年度进度"
A += [
    T(D, "分別啟動不少于40%", N1, R, ">=", 40, "%", 2022, "rate", "up"),
    T(D, "分別啟動不少于40%、30%", N1, R, ">=", 30, "%", 2023, "rate", "up"),
    T(D, Q1, N1, R, ">=", 30, "%", 2024, "rate", "up"),
    T(D, "每年進(jìn)度應(yīng)分別不低于40%", N2, R, ">=", 40, "%", None, "rate", "up"),
    T(D, "每年進(jìn)度應(yīng)分別不低于40%、30%", N2, R, ">=", 30, "%", None, "rate", "up"),
    T(D, Q2, N2, R, ">=", 30, "%", None, "rate", "up"),
]

# ag03 a news item (traditional script) on nurses' day 2016: 2015's achieved figures (324.1萬人,
# 1:1.07, 2.36, 64.6萬人, 62.5% …) are no aims; for 2020 the total of nurses (`445萬`, no counting
# word: people), new nursing posts, nurses per thousand people and nurses in primary care.
D, R, Y = "ag03.txt", "全国", 2020
A += [
    T(D, "全國護士總量達(dá)到445萬", "护士总量", R, ">=", 4450000, "人", Y, "count", "up"),
    T(D, "新增護士就業(yè)崗位121萬個", "新增护士就业岗位数", R, ">=", 1210000, "个", Y, "count", "up"),
    T(D, "每千人口護士數(shù)達(dá)到3.14人", "每千人口护士数", R, ">=", 3.14, "人", Y, "count", "up"),
    T(D, "在基層從事護理工作的護士達(dá)到100萬", "基层护士数", R, ">=", 1000000, "人", Y, "count", "up"),
]

# ag04 a spam site's spun copy of the news on the birth-defects plan (2023–2027): its sentences
# shuffled, `到2027年` stranded after the aims. The infant and under-5 death rates caused by birth
# defects, paired in order by 分别; the fall of over 50% since 2011 is achieved.
D, R, Y = "ag04.txt", "全国", 2027
A += [
    T(D, "出生缺陷导致的婴儿死亡率、5岁以下儿童死亡率分别降至1.0‰", "出生缺陷导致的婴儿死亡率", R, "<=", 1.0,
      "‰", Y, "rate", "down"),
    T(D, "5岁以下儿童死亡率分别降至1.0‰、1.1‰", "出生缺陷导致的5岁以下儿童死亡率", R, "<=", 1.1, "‰", Y,
      "rate", "down"),
]

# ag05 a pest-control firm's page (traditional script) carrying a news item on 广东省: the one aim
# is the headline, given three times (title, heading, caption) — the first scored, the repeats
# ambiguous. Malaria and dengue figures (5167∕10萬, 0.132∕10萬, 96%, 67.68%) are the past.
D, R, Y = "ag05.txt", "广东省", 2020
Q = "廣東將建至少300個健康村建設示范村"
A += [
    T(D, Q, "健康村建设示范村数", R, ">=", 300, "个", Y, "count", "up", occ=0),
    T(D, Q, "健康村建设示范村数", R, ">=", 300, "个", Y, "count", "up", occ=1, ambiguous=True),
    T(D, Q, "健康村建设示范村数", R, ">=", 300, "个", Y, "count", "up", occ=2, ambiguous=True),
]

# ag06 a forum's copy of a newspaper's article on 上海市's mental-health aims for 2030: only the
# title survives the excerpt (the rest is markup); its two bare aims are implied 达到. CSS sizes and
# the account's `200 万心理工作者` are no aims.
D, R, Y = "ag06.txt", "上海市", 2030
A += [
    T(D, "心理健康普及率85%", "心理健康普及率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "社区心理咨询覆盖率100%", "社区心理咨询覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
]

# ag07 a health paper's item (traditional script) on 山西省's notice on medical-waste facilities:
# at least one facility in every city at prefecture level or above by the end of 2020; the
# headline restates it (ambiguous). `全收集、全處理` has no number.
D, R, Y = "ag07.txt", "山西省", 2020
A += [
    T(D, "每市至少建1個醫廢集中處置設施", "医疗废物集中处置设施数", R, ">=", 1, "个", Y, "count", "up",
      scope="每个地级以上城市", ambiguous=True),
    T(D, "每個地級以上城市至少建成1個符合運行要求的醫療廢物集中處置設施", "医疗废物集中处置设施数", R, ">=", 1,
      "个", Y, "count", "up", scope="每个地级以上城市"),
]

# ag08 a firm's page carrying the environment paper's item on the national scheme for
# medical-waste facilities (2020): the same aim first within `1-2年内` (a span, no year: the
# repeat dates it, so the first is ambiguous), then `2020年年底前`. The platform due by 2021 has
# no number; `1-2年` is a span, no aim.
D, R, Y = "ag08.txt", "全国", 2020
Q = "每个地级以上城市至少建成1个符合运行要求的医疗废物集中处置设施"
A += [
    T(D, Q, "医疗废物集中处置设施数", R, ">=", 1, "个", Y, "count", "up", scope="每个地级以上城市",
      occ=0, ambiguous=True),
    T(D, Q, "医疗废物集中处置设施数", R, ">=", 1, "个", Y, "count", "up", scope="每个地级以上城市",
      occ=1),
]

write_gold(A, HERE)
