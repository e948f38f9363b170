#!/usr/bin/env python3
"""Build hold-out set CE's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CE (gathered on main 0c7bf32, beside sets CD, CF, CG and CH gathered at the same time in /work/wt/gcd,
gcf, gcg and gch, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent): topic plans on mental health, elderly care and
医养结合 and healthy ageing — a district's 2021 plan for its social psychological service system (兴庆区, with
its `工作目标` and six numbered indicators), a province's 2020 opinion on the health service system for the
elderly (江苏, traditional mirror with spam and site furniture: geriatric hospitals, 护理院, geriatric wards,
老年友善 institutions), a city's 2018 opinion on 医养结合 (徐州: 护理院 and nursing beds for 2020), a district's
aims for 2025 (宝山区: a 15-minute reach of community health facilities), a province's news flash on
embedded elderly-care institutions for 2026 beside the present figures (安徽), a county's psychiatric hospital
under construction (攸县, 2016: 110 beds to open by the year's end) and a district's review of its severe-
mental-illness work (achieved figures only: the distractor).
Files ce01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

A per-place count (`每个设区市至少设立1家`, `每个县(市、区)建成1家以上`) is scored as a count with the places as
its scope, as ag07/ag08 (`每个地级以上城市至少建成1个`) and ah05 (`每个县(区)…至少遴选1家`) score them. A present figure told beside an aim (`目前…达到32.1万张`)
is not a target (SCHEMA: counts that only describe the present).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ce01 a model-essay site's copy (zqwdw, posted 2020-05-16 by its URL) of `区社会心理服务体系建设试点工作实施方案`:
# the title drops the district's name, but the text names it throughout (`平安兴庆`, `结合兴庆区实际`, `兴庆区逐步
# 建立健全`) and its parent plan (`银川市…试点工作方案`): region 兴庆区. Year 2021 (`一、工作目标 到2021年底`, which
# governs the `具体工作指标` that follow). The excerpt stops inside indicator (五) (`依托银川市心理咨询师协`).
# Scored, the indicators' numbers: the village/community counselling rooms' completion rate `达80%以上` (scope
# 村(社区), the unit the text gives: `以村(社区)为单位`), schools setting up counselling rooms `100%` (a bare share:
# implied 达到, `>=`), the schools' counselling-room completion rate `100%以上` (the document's own odd
# `100%以上`: `>=` 100), 2 model schools of mental-health education, 1 guidance centre for minors and 8 model
# counselling rooms (bare counts to build: `>=`). Not targets: `十九大` (an ordinal), the numbered headings
# `(一)`…`(五)`, `健康细胞工程` and the four kinds of healthy cells (names, no numbers).
D, R, Y = "ce01.txt", "兴庆区", 2021
A += [
    T(D, "心理咨询室或社会工作室建成率达80%以上", "心理咨询室或社会工作室建成率", R, ">=", 80, "%", Y, "rate",
      "up", scope="村(社区)"),
    T(D, "中小学100%设立心理辅导室", "中小学心理辅导室设立率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "学校心理咨询室建成率100%以上", "学校心理咨询室建成率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "创建心理健康教育特色学校2个", "心理健康教育特色学校创建数", R, ">=", 2, "个", Y, "count", "up"),
    T(D, "设立未成年人心理健康教育辅导中心1个", "未成年人心理健康教育辅导中心设立数", R, ">=", 1, "个", Y, "count",
      "up"),
    T(D, "建成8个示范心理咨询室", "示范心理咨询室建成数", R, ">=", 8, "个", Y, "count", "up"),
]

# ce02 a mirror (0514f.cn, traditional, opening with a line of spam and the site's menu) of a 健康报 item
# (2020-10-22): 江苏's eight departments' `关于建立完善老年健康服务体系的实施意见`. Region 江苏省 (`江蘇省…印發`,
# `該省`, `全省`), year 2022 (both groups of aims open `到2022年`). Scored: at least 1 tertiary geriatric hospital
# in every city with districts (`至少設立1家`: `>=`, count, scope 每个设区市) and 1 or more secondary geriatric
# hospitals in every county of over 500 000 people (`1家以上`, scope 人口超过50万的县(市、涉农区): the `50萬` is the
# scope's threshold, not a target); the share of secondary and higher general hospitals with a geriatric
# department (`比例達80%以上`); 1 or more 护理院 in every county (`1家以上`, scope 每个县(市、区)); the share of
# rehabilitation and nursing beds in primary institutions (`占比達到30%以上`); the share of hospitals and primary
# institutions that are 老年友善 (`90%以上的…成為`: a share before its subject, rate up). Not targets: `8部門`
# (who issued it), `65歲及以上` (who is assessed), `所有社區衛生服務中心、鄉鎮衛生院均能…` (no number), the
# headline's `三級` (a grade), the date and time.
D, R, Y = "ce02.txt", "江苏省", 2022
A += [
    T(D, "每個設區市至少設立1家三級老年醫院", "三级老年医院设立数", R, ">=", 1, "家", Y, "count", "up",
      scope="每个设区市"),
    T(D, "人口超過50萬的縣(市、涉農區)設立1家以上二級老年醫院", "二级老年医院设立数", R, ">=", 1, "家", Y, "count",
      "up", scope="人口超过50万的县(市、涉农区)"),
    T(D, "二級及以上綜合性醫院設立符合標準的老年醫學科的比例達80%以上", "二级及以上综合性医院设立老年医学科比例", R,
      ">=", 80, "%", Y, "rate", "up"),
    T(D, "每個縣(市、區)建成1家以上護理院", "护理院建成数", R, ">=", 1, "家", Y, "count", "up",
      scope="每个县(市、区)"),
    T(D, "基層醫療衛生機構康復、護理床位數占比達到30%以上", "基层医疗卫生机构康复、护理床位数占比", R, ">=", 30,
      "%", Y, "rate", "up"),
    T(D, "90%以上的綜合性醫院、康復醫院、護理院和基層醫療衛生機構成為老年友善醫療衛生機構",
      "老年友善医疗卫生机构占比", R, ">=", 90, "%", Y, "rate", "up"),
]

# ce03 新华日报's 交汇点 item (jschina, 2018-06-27 by its URL), from `徐州发布`: 徐州市卫计委 and seven bureaus'
# `关于深入推进医疗卫生与养老服务相结合的实施意见`. Region 徐州市 (`徐州全市`, `全市`), year 2020 (`到2020年`). Scored: 20
# or more 老年护理院 (`达到20所以上`, count) and nursing beds at 50 % or more of elderly-care beds (`占养老床位的
# 50%以上`, rate). Not targets: the policy system, standards and rules `基本建立` (no number).
D, R, Y = "ce03.txt", "徐州市", 2020
A += [
    T(D, "全市老年护理院达到20所以上", "老年护理院数", R, ">=", 20, "所", Y, "count", "up"),
    T(D, "护理型床位占养老床位的50%以上", "护理型床位占养老床位比例", R, ">=", 50, "%", Y, "rate", "up"),
]

# ce04 an elderly-care portal's tag page (souyanglao `老年医疗网络`): a summary of 宝山区's health work meeting,
# `未来三年` and `到2025年`. Region 宝山区, year 2025. Scored: the coverage of community health facilities within
# a 15-minute slow walk `提升至90%以上` (rate up; the `15分钟` belongs to the indicator's name, as earlier sets
# keep `15分钟卫生服务圈` in a name, and is no line of its own). Not targets: `改建一批` (no number), the geriatric
# network `基本形成` (no number), `未来三年` (a span), the headline's `到2025年` (a date, its aim has no number).
D, R, Y = "ce04.txt", "宝山区", 2025
A += [
    T(D, "社区卫生服务设施15分钟慢行可达覆盖率提升至90%以上", "社区卫生服务设施15分钟慢行可达覆盖率", R, ">=",
      90, "%", Y, "rate", "up"),
]

# ce05 财联社's news flash (2024-09-15): 安徽省民政厅's head on elderly-care reforms. Region 安徽省, year 2026.
# The aim is told twice, in the headline and again in the body: not fewer than 400 community-embedded
# elderly-care institutions by 2026 (`不少于`: `>=`, count); both are scored (as bu02 and earlier sets score an aim
# restated in the body). The headline's quote runs on to the institutions' name; the body's shorter quote
# (`2026年将建成不少于400家`) also occurs inside the headline, so it names occurrence 1. Not targets: the present
# figures after `目前` — 32.1万张 beds, 93 embedded institutions built, 23.8万张 nursing beds, 335 institutions
# with a clinic inside, 1993 pairs signed (what has been done: SCHEMA's counts of the present); the time stamps,
# `9月15日`, and the read count 4473576.
D, R, Y = "ce05.txt", "安徽省", 2026
N = "社区嵌入式养老服务机构建成数"
A += [
    T(D, "2026年将建成不少于400家社区嵌入式养老服务机构", N, R, ">=", 400, "家", Y, "count", "up"),
    T(D, "2026年将建成不少于400家", N, R, ">=", 400, "家", Y, "count", "up", occ=1),
]

# ce06 攸县新闻网's item (2016-10-20): the first phase of 攸县's psychiatric hospital at 网岭, a 省重点民生实事, has
# been topped out. Region 攸县 (`攸县网岭`, `我县`), year 2016 (`预计年底正式投入使用`, the dateline's year). Scored: the
# inpatient building's 110 beds (`设置床位110张`, to open at the year's end: a count to provide, a bare number,
# `>=`; a building's capacity, but told as what the year's 民生实事 project is to deliver, as cc04 scores its new
# ICU beds). Ambiguous: the 5000万元 invested by the builder
# (money of the project, `=`, as bs06 and cc03 mark budgets). Not targets: `65亩`, `约21000平方米`, `5层`,
# `6500平方米` (the site's and the building's size), `二期`/`一期` (phases), `10月19日`/`10月20日`/`8月份`
# (dates), the read count 3797.
D, R, Y = "ce06.txt", "攸县", 2016
A += [
    T(D, "投资5000万元", "网岭精神病专科医院建设投资", R, "=", 5000, "万元", Y, "amount", "up", ambiguous=True),
    T(D, "设置床位110张", "县精神病专科医院床位数", R, ">=", 110, "张", Y, "count", "up"),
]

# ce07 a psychiatric portal's item (qdsmyy, its own summary line then the text): a district's work on severe
# mental illness — 18 working groups set up, 3734 patients registered and 3492 under management (told twice:
# the summary repeats the first paragraph), `规范化管理率达92.4%` and `病情稳定率达91.71 %` (reached: `达` here
# reports, the paragraph tells what `切实做好` has done), 500 trainees `累计` (done). No aim is given: no gold
# line. The distractor: `达92.4%` reads like an aim.

write_gold(A, HERE)
