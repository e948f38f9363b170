#!/usr/bin/env python3
"""Build hold-out set BM's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BM (gathered on main edaa1ee, after sets BF/BG/BK's first contact, and annotated before any
extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so
the set is unspent): topic plans and schemes and news of a bureau's aims — a province's AIDS scheme's
core indicators (四川, 2020—2022), Taiwan's long-term-care network plan (traditional), a city's blood-
donation aim in a news item (上海, traditional), a city's yearly screening count (常州, 2015), a county's
rabies scheme (大竹县, 2016), a province's yearly 两癌 plan restated in a review (江苏, 2021,
traditional) and a county's half-year review (achieved figures only: the distractor).
Files bm01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# bm01 a provincial health site's copy (四川在线, 2020-04-07) of 四川省's scheme to curb AIDS transmission
# (2020—2022): the `核心指标要求` for 2022; the excerpt stops inside item 2. Item 1 gives the awareness rate
# of every group and, in brackets, the young students' (two targets, the second with scope 青年学生, as
# SCHEMA's `重点人群` example). Item 2's `100%立案查处` is a core indicator with a number (the share of
# wilful-transmission and group-sex cases filed and investigated): kept, rate up. 2020—2022, 2019—2022,
# 2030, 十三五, 10部门 and the page's date are names, spans and dates.
D, R, Y = "bm01.txt", "四川省", 2022
A += [
    T(D, "各类人群艾滋病防治知识知晓率达90%以上", "艾滋病防治知识知晓率", R, ">=", 90, "%", Y, "rate", "up",
      scope="各类人群"),
    T(D, "青年学生达95%以上", "艾滋病防治知识知晓率", R, ">=", 95, "%", Y, "rate", "up", scope="青年学生"),
    T(D, "对故意传播艾滋病或聚众淫乱的,100%立案查处", "故意传播艾滋病或聚众淫乱案件立案查处率", R, ">=", 100,
      "%", Y, "rate", "up"),
]

# bm02 Taiwan's long-term-care site (1966.gov.tw, traditional) on the 長照服務網計畫: the country split into
# 22/63/368 areas (the present make-up, no target) and the plan's aims. `89資源不足偏遠鄉鎮…至少一個綜合式
# 服務據點` is at least one all-round service point in each of the 89 under-served remote townships (a count
# to reach, `至少` → `>=`, scope those townships); `63次區入住式機構床位數均達每萬失能人口700床` is a bed ratio
# per 10,000 disabled people in every sub-area (count, as beds per thousand in earlier sets). `63次區均有…`
# and `22縣市均有中期照護` have no number (全覆盖: no target). The text names no year (106-12-05 and
# 107-07-03 are the page's filing and update dates, not the plan's): year null. Region 台湾 as earlier sets
# write it.
D, R = "bm02.txt", "台湾"
A += [
    T(D, "89資源不足偏遠鄉鎮居家式服務至少一個綜合式服務據點", "综合式服务据点数", R, ">=", 1, "个", None,
      "count", "up", scope="资源不足偏远乡镇"),
    T(D, "63次區入住式機構床位數均達每萬失能人口700床", "每万失能人口入住式机构床位数", R, ">=", 700, "床",
      None, "count", "up", scope="63次区"),
]

# bm03 a news site's copy (traditional) of 新华社's 2017-06-14 item on 上海's blood donation: one aim, the
# donation rate per thousand residents (`力爭獻血率達到20/千人口以上`: 20 ‰, as af02's `10/千人口`). Its year
# is not given (the item dates from 2017 and the rate is an open aim): year null, as bb04's undated start.
# 14.51/千人口, 35.1萬人次, 45.28萬人份, 3.72萬人份, 4.6% and 7.2% are 2016's results; 58個醫療服務圈 a
# present plan's make-up; 40%/30% shares of donors the present; 第十四個 an ordinal.
D, R = "bm03.txt", "上海市"
A += [
    T(D, "力爭獻血率達到20/千人口以上", "献血率", R, ">=", 20, "‰", None, "rate", "up"),
]

# bm04 a report site's copy (中国江苏网, 2015-03-09) of 常州's item: this year's free 两癌 screening of 150,000
# women (2015, the headline's year; `今年`). The body's line is scored; the headline restates it (ambiguous,
# as az01's title). `15万妇女` has no counting word: 15 万人. `5年生存率都能达90%以上` is a medical fact,
# not an aim; 21万余, 124万余, 39 and 3 institutions are the past and present.
D, R, Y = "bm04.txt", "常州市", 2015
A += [
    T(D, "2015年常州将继续对15万妇女免费两癌筛查", "妇女免费两癌筛查人数", R, ">=", 15, "万人", Y, "count",
      "up", ambiguous=True),
    T(D, "今年,我市将继续对15万妇女免费两癌筛查", "妇女免费两癌筛查人数", R, ">=", 15, "万人", Y, "count",
      "up"),
]

# bm05 a county government's 2016 rabies-control scheme (竹府办〔2016〕2号, 大竹县): the `工作目标`. Dog licensing
# rates for the countryside and market towns (95%) and for the county town (98%) are two targets with
# their scopes; tethering and culling rates; the exposed people's wound-care and full-course vaccination
# rates; the awareness rate for students (100%) and for the public (90%): eight targets, year 2016.
# `绳链不得超过3米` is a rule for a leash's length, `一个月之内`/`3公里` a culling norm after an outbreak, not
# aims; `全年无狂犬病疫情发生` has no number.
D, R, Y = "bm05.txt", "大竹县", 2016
A += [
    T(D, "免疫审批办证率达95%以上", "犬只免疫审批办证率", R, ">=", 95, "%", Y, "rate", "up",
      scope="农村、场镇"),
    T(D, "免疫审批发证率达98%以上", "犬只免疫审批发证率", R, ">=", 98, "%", Y, "rate", "up", scope="县城区"),
    T(D, "合法犬只拴(圈)养或狗笼嘴套养率达100%", "合法犬只拴养或狗笼嘴套养率", R, ">=", 100, "%", Y, "rate",
      "up"),
    T(D, "违规犬只捕杀率达100%", "违规犬只捕杀率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "就医暴露者伤口规范处理率达100%", "暴露者伤口规范处理率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "全程预防免疫接种率达100%", "暴露者全程预防免疫接种率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "狂防核心知识知晓率,学生达100%", "狂犬病防治核心知识知晓率", R, ">=", 100, "%", Y, "rate", "up",
      scope="学生"),
    T(D, "群众达90%以上", "狂犬病防治核心知识知晓率", R, ">=", 90, "%", Y, "rate", "up", scope="群众"),
]

# bm06 a news site's copy (中國西藏網 of 新华日报, 2022-01-12; traditional) on 江苏's 2021 两癌 checks: the
# year's plan set at its start (`確定了全年“完成…宮頸癌、乳腺癌檢查各235萬人”的計劃`) is the target (one
# number for two checks: one target, the joint name, SCHEMA; 235 万人, 2021). The headline's `均超245萬人`
# and the 10979 workers checked are what was achieved; `10件省政府民生實事之一` names a list the item is in.
D, R, Y = "bm06.txt", "江苏省", 2021
A += [
    T(D, "完成城鄉適齡婦女宮頸癌、乳腺癌檢查各235萬人", "城乡适龄妇女宫颈癌和乳腺癌检查人数", R, ">=", 235,
      "万人", Y, "count", "up"),
]

# bm07 a county media site's 2014-07-30 item on the county's half-year health work (its county unnamed):
# the health-record count and rate (91.1%), TB cases found (73.1% of the task), AIDS counselling and
# condoms, births in hospital (100%), the maternal management rate (89.49%), the under-5 death rate
# (6.19‰), folic-acid and premarital-check rates and inspections are all achieved (`建档率为…`, `住院分娩
# 率100%`: results, not aims); `11类41项` names the service package. No gold line: every prediction here
# is a false positive.

write_gold(A, HERE)
