#!/usr/bin/env python3
"""Build hold-out set BA's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BA (issue 14; gathered on main 128ad0f and annotated before any extractor run: the annotator
ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent): pages
on themes the earlier sets used little — a city's schistosomiasis plan for 1996–2000 (岳阳), a
county's endemic-disease aims for 2020 (永靖县), Taiwan's 2030 aims for the "three highs" (the
Executive Yuan's news, traditional), Macao's 2017 AIDS-day news with the 2020 "three 90s" (traditional),
a national commentary on geriatric departments with the 2025 share and the new bed norms, a Taiwan
paper's item on the 2030 fall in chronic-disease deaths (traditional) and a province's schistosomiasis
news with achieved figures only (四川, the distractor).
Files ba01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ba01 a city government site's page (dated 2015-03-02, the item itself of 1995) on 岳阳's
# schistosomiasis plan for the ninth five-year period (`九五`, 1996–2000: year 2000). `1个消灭,2个控制,
# 3个下降` is a watchword (its numbers count the aims); the snail area to wipe out has no number. Two
# aims: acute cases a year at most 100 (a count, down, unit 例 as written), and one 30% fall for two
# infection rates and the late-stage patients (`分别下降30%`: one number for several indicators, one
# target with the joint name, named for the fall, up, as sets AY and AX write `…下降幅度`).
D, R, Y = "ba01.txt", "岳阳市", 2000
A += [
    T(D, "急性血吸虫病年均发病人数控制在100例以内", "急性血吸虫病年均发病人数", R, "<=", 100, "例", Y,
      "count", "down"),
    T(D, "居民感染率和耕牛感染率以及晚期血吸虫病人数分别下降30%",
      "居民感染率、耕牛感染率和晚期血吸虫病人数下降幅度", R, ">=", 30, "%", Y, "rate", "up"),
]

# ba02 a county portal's news (2019-07-12) on 永靖县's three-year endemic-disease scheme: by the end
# of 2020 (`到2020年底`) all iodine-deficiency areas eliminated and all drinking-water fluorosis areas
# controlled, each `达到100%` (shares of areas). The date, 7月10日 and the page's 6次 are no targets.
D, R, Y = "ba02.txt", "永靖县", 2020
A += [
    T(D, "碘缺乏病病区达到100%消除", "碘缺乏病病区消除比例", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "饮水型氟中毒流行病区达到100%控制", "饮水型氟中毒病区控制比例", R, ">=", 100, "%", Y, "rate",
      "up"),
]

# ba03 the Executive Yuan's news (traditional; 114-04-17, i.e. 2025) on the `三高防治888計畫`: by 2030
# three shares of 8成 (80%: patients in the care network, those in it given lifestyle advice, those
# whose condition is controlled) and a fall of 1/3 in the standardised death rate of the three-highs
# diseases (a fraction as a percentage, 33.33 %, named for the fall, up). `888` is the plan's name,
# 2024 the year it began. Region 台湾 as the earlier sets write it.
D, R, Y = "ba03.txt", "台湾", 2030
A += [
    T(D, "將8成病友加入照護網", "三高病友加入照护网比例", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "讓照護網內的8成病友接受生活習慣諮詢", "照护网内病友接受生活习惯咨询比例", R, ">=", 80, "%", Y,
      "rate", "up"),
    T(D, "讓8成病友的病情獲得控制", "三高病友病情控制比例", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "2030年降低三高慢性病標準化死亡率1/3", "三高慢性病标准化死亡率下降幅度", R, ">=", 33.33, "%", Y,
      "rate", "up"),
]

# ba04 a Macao news copy (traditional; World AIDS Day 2017, the health bureau's web address gives the
# place; the text says 本澳) on the bureau's events: to answer UNAIDS' aim for 二○二○年 (year 2020, Chinese
# numerals) the "three 90s" — one 百分之九十 for three shares (diagnosed, treated, virus suppressed):
# one target with the joint name (SCHEMA). The present estimates (百分之八十七, 七十六, 九十三), the
# prize (一百名, 二百元), 四個主題, the dates and 兩滴血、十分鐘 are no targets.
D, R, Y = "ba04.txt", "澳门", 2020
A += [
    T(D, "即有百分之九十的感染者被確診、被確診者接受治療及治療者體內病毒受到抑制",
      "艾滋病感染者确诊、治疗和病毒抑制比例", R, ">=", 90, "%", Y, "rate", "up"),
]

# ba05 a commentary page (2025) on the national guide for geriatric departments: it quotes the
# 2022 plan's aim for 2025 — 80% of general hospitals of grade two and above with a geriatric
# department (scope 二级及以上综合性医院). The guide's bed floors (≥20张 for grade-three, ≥10张 for
# grade-two hospitals) are norms of a standard rather than aims to reach (ambiguous, year 2025 of the
# guide). The page's footnote marks stuck to numbers (`1310`, `417`, `80%19`, `15`, `17`, `111`)
# and the present figures (2.97亿, 21.1%, 75%, 4000万, 31.2%) are no targets.
D, R, Y = "ba05.txt", "全国", 2025
A += [
    T(D, "到2025年二级及以上综合性医院老年医学科设置比例需达到80%", "老年医学科设置比例", R, ">=", 80,
      "%", Y, "rate", "up", scope="二级及以上综合性医院"),
    T(D, "三级综合医院老年医学科住院床位数下限从20张调整为≥20张", "老年医学科住院床位数", R, ">=", 20,
      "张", Y, "count", "up", scope="三级综合医院", ambiguous=True),
    T(D, "二级医院首次明确≥10张标准", "老年医学科住院床位数", R, ">=", 10, "张", Y, "count", "up",
      scope="二级医院", ambiguous=True),
]

# ba06 a Taiwan paper's item (traditional; 2025-11-14) on blood-pressure stations: the health plan's
# aim to cut chronic-disease deaths by a third before 2030 (`3分之1`: 33.33 %, named for the fall,
# up). The 700 stations in 22 counties are built (`布建`: the present), 3成, 4.5萬, 330萬 and 113年's
# deaths describe the present.
D, R, Y = "ba06.txt", "台湾", 2030
A += [
    T(D, "2030年前下降慢性病死亡率3分之1", "慢性病死亡率下降幅度", R, ">=", 33.33, "%", Y, "rate", "up"),
]

# ba07 a health-news site's copy (dated 2023-05-28; the item from 四川's health department, about 2011, by
# its `十二五` plan and `十一五` review) on schistosomiasis: the aims — transmission interrupted by the end
# of 2015, no local infections in any endemic county — have no number; 82.85亿元 and the 2008 infection
# rate below 1% are achieved. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
