#!/usr/bin/env python3
"""Build hold-out set CA's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CA (gathered on main 3ae1daa, after the merges of sets BV, BW, BX and BY, beside set BZ gathered
at the same time in /work/wt/gbz, and annotated before any extractor run: the annotator ran none on
these texts; it is to be scored once by the lead engineer, so the set is unspent): primary care and
poverty-health aims — the national basic public-health service package's first aims (2009, for 2011,
traditional), a city's standardised village clinics (安阳, 2010, for 2011), a province's reform tasks
for family-doctor signing and per-head subsidies (广东, 2017), a province's health-poverty aims (海南,
2017), a province's `三个100%和两个90%` health-poverty aims (河南, 2019, for 2020), a province's basic
public-health service scheme (江西, 2022) and a city's family-doctor review of last year (潍坊, 2019,
achieved figures only: the distractor).
Files ca01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# ca01 a mirror (victorzhang, 2009-05-11 by its URL; traditional, with the mirror's doubled glyphs such as
# `城鄉(xiāng)`) of a news item on the Ministry of Health's first national basic public-health service items.
# Region 全国 (`我國`). Scored: the free check-ups for about 110 million people aged 65 and over from this year
# to 2011 (`將為約1.1億…進行免費健康體檢`: a planned volume with a horizon, `約` → `~`; `1.1億` with no
# counting word written 1.1 亿人, as bu03 writes `690万`), the health-record rates of the key groups by 2011,
# urban 90 % and rural 50 % (`城鄉將分別達到90%和50%`: two targets, scope the group and the area, the second
# quote running on to its own number as ai02's `分别达到85%和70%`), and the general population's rate, 30 % in
# town and country alike (`城鄉均達到30%`: one number for both, one target). Ambiguous: `為1.6億高血壓患者、
# 4000萬糖尿病患者等提供防治指導服務` — the sizes of the patient groups to be served, with no horizon and the aim
# itself given only as `逐步提高…發現率和管理率` (no number): a count of the present population as much as an
# aim. Not targets: `9類21項` (the package's contents), `2009年` (the start of the records), `今明兩年`.
D, R, Y = "ca01.txt", "全国", 2011
N = "居民健康档案建档率"
A += [
    T(D, "將為約1.1億符合條件的65歲以上老年人進行免費健康體檢", "65岁以上老年人免费健康体检人数", R, "~", 1.1,
      "亿人", Y, "count", "up"),
    T(D, "重點人群的建檔率城鄉(xiāng)將分別達到90%", N, R, ">=", 90, "%", Y, "rate", "up", scope="城市重点人群"),
    T(D, "建檔率城鄉(xiāng)將分別達到90%和50%", N, R, ">=", 50, "%", Y, "rate", "up", scope="农村重点人群"),
    T(D, "一般人群建檔率城鄉(xiāng)均達到30%", N, R, ">=", 30, "%", Y, "rate", "up", scope="一般人群"),
    T(D, "為1.6億高血壓患者", "高血压患者防治指导服务人数", R, "=", 1.6, "亿人", None, "count", "up",
      ambiguous=True),
    T(D, "4000萬糖尿病患者", "糖尿病患者防治指导服务人数", R, "=", 4000, "万人", None, "count", "up",
      ambiguous=True),
]

# ca02 医药卫生报 (yywsb, 2010-07-27 by its URL; a table-layout page whose cells come through as `|` lines):
# 安阳's timetable for standardised village clinics. Region 安阳市. Scored: the 2037 standardised village
# clinics to finish by the end of 2011 (`2011年年底前,安阳市将完成2037个…建设任务`: a count to build, `>=`,
# year 2011). Ambiguous: `实现每村(行政村)一所标准化村卫生室的目标` — the same aim told as a norm in a Chinese
# numeral (al02 scores `分别建立一所`, but here it restates the 2037 and names no number in figures), and
# `安阳市将组织5个督察组` — a count of inspection teams to set up from August (2010 by the URL): an
# arrangement of the work more than an aim. Not targets: the 943 clinics built since 2006 (the present),
# `6月23~25日` and `8月初` (dates).
D, R = "ca02.txt", "安阳市"
A += [
    T(D, "安阳市将完成2037个标准化村卫生室建设任务", "标准化村卫生室建设数", R, ">=", 2037, "个", 2011, "count",
      "up"),
    T(D, "实现每村(行政村)一所标准化村卫生室", "每个行政村标准化村卫生室数", R, ">=", 1, "所", 2011, "count", "up",
      ambiguous=True),
    T(D, "安阳市将组织5个督察组", "标准化村卫生室建设督察组数", R, ">=", 5, "个", 2010, "count", "up",
      ambiguous=True),
]

# ca03 南方农村报's e-paper (2017-07-11, page 03): 广东's 2017 reform tasks. Region 广东省 (the notice is
# `《广东省深化医药卫生体制改革2017年重点工作任务的通知》`). Year 2017 (the tasks' year, said twice). Scored: the
# family-doctor signing coverage (`2017年签约服务覆盖率达到30%`) and its key-group rate (`重点人群达到60%`, scope
# 重点人群, the indicator named by the clause before, as am04 and bh02), the residents' medical-insurance subsidy
# raised from 420 to 450 yuan a head a year (amount up, the quote from `由` as am05's `从50元提高至55元`), at
# least 100 diseases paid by disease group in every city by the year's end (count, `不少于` → `>=`, as aq01;
# scope 所有城市) and the basic public-health subsidy per head raised to 50 yuan (amount up). Not targets:
# `把所有贫困人口纳入家庭医生签约服务范围` (told twice, no number), the notice's name with `2017年`, the page
# furniture (`03版`, `版次: 03`) and the next item's title (`获刑18个月`).
D, R, Y = "ca03.txt", "广东省", 2017
N = "家庭医生签约服务覆盖率"
A += [
    T(D, "2017年签约服务覆盖率达到30%", N, R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "重点人群达到60%", N, R, ">=", 60, "%", Y, "rate", "up", scope="重点人群"),
    T(D, "城乡居民医保财政补助由每人每年420元提高到450元", "城乡居民医保人均财政补助标准", R, ">=", 450, "元", Y,
      "amount", "up"),
    T(D, "所有城市实行按病种收费的病种不少于100个", "按病种收费病种数", R, ">=", 100, "个", Y, "count", "up",
      scope="所有城市"),
    T(D, "人均基本公共卫生服务经费财政补助标准提高到50元", "人均基本公共卫生服务经费补助标准", R, ">=", 50, "元", Y,
      "amount", "up"),
]

# ca04 海口网's item (`4月24日`, 2017 by its URL): the province's health-poverty aims for the year, told beside
# last year's results; the stored copy stops at `控制贫困` (the corpus's cut). Region 全省: the text says only
# `我省`/`全省` (海口网 and `省卫生计生委` hint at 海南 without naming it, as SCHEMA's 即墨 case). Year 2017.
# Scored: the actual reimbursement ratio of poor patients with serious illness raised to over 90 % (told in
# the lead and again in the body: both scored, as bu02 scores a restated aim; occ 0 and 1), the 新农合 basic
# reimbursement ratio raised to 78 %, and within the year the standardisation rates of township health centres
# (75 %) and village clinics (95 %). Not targets: last year's signing coverage 90 %, the 27.15 % fall, the
# 43.9万 people subsidised, the in-county visit rate 78.4 %, the ratios of 80 % and 90 % already reached (the
# second paragraph, all `去年`), `全额报销` (no number), the dateline.
D, R, Y = "ca04.txt", "全省", 2017
N = "实际报销比"
A += [
    T(D, "贫困大病、重病患者实际报销比提高到90%以上", N, R, ">=", 90, "%", Y, "rate", "up", scope="贫困大病、重病患者",
      occ=0),
    T(D, "新农合基本医保报销比例提高到78%", "新农合基本医保报销比例", R, ">=", 78, "%", Y, "rate", "up"),
    T(D, "贫困大病、重病患者实际报销比提高到90%以上", N, R, ">=", 90, "%", Y, "rate", "up", scope="贫困大病、重病患者",
      occ=1),
    T(D, "全省乡镇卫生院标准化建设达标率75%以上", "乡镇卫生院标准化建设达标率", R, ">=", 75, "%", Y, "rate", "up"),
    T(D, "村卫生室达标率95%以上", "村卫生室标准化建设达标率", R, ">=", 95, "%", Y, "rate", "up"),
]

# ca05 平顶山日报's e-paper (2019-10-18, page A04) carrying a Xinhua item: 河南's `清零行动` scheme for the poor's
# basic medical care. Region 河南省. Year 2020: the aims serve `为确保到2020年稳定实现贫困人口基本医疗有保障`
# (the sentence that states them; the page's own year is 2019). Scored, the five aims behind `三个100%和两个90%`:
# the basic-insurance enrolment rate, the joint coverage of standardised village clinics and qualified village
# doctors in poor villages (one number for two indicators: one target, the joint name, SCHEMA), the
# family-doctor signing-and-service rate, the in-county visit rate (scope 贫困人口 each) and the actual
# reimbursement ratio of medical costs (`90%左右` → `~`, up, as au07 and bi01). Not targets: the label
# `三个100%和两个90%` (a name for the aims, as `5+3`), the fall from 162.1万 to 53.4万 (108.7万) and the
# 100亿元 invested (the past), the dateline, the page furniture (`第A04版`, `3上一版`), the licence and
# police numbers, the address and telephone numbers.
D, R, Y = "ca05.txt", "河南省", 2020
S = "贫困人口"
A += [
    T(D, "贫困人口基本医保参保率达到100%", "基本医保参保率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "贫困村标准化村卫生室和合格乡村医生覆盖率达到100%", "标准化村卫生室和合格乡村医生覆盖率", R, ">=", 100, "%", Y,
      "rate", "up", scope="贫困村"),
    T(D, "贫困人口家庭医生签约履约服务率达到100%", "家庭医生签约履约服务率", R, ">=", 100, "%", Y, "rate", "up",
      scope=S),
    T(D, "贫困人口县域内就诊率达到90%", "县域内就诊率", R, ">=", 90, "%", Y, "rate", "up", scope=S),
    T(D, "贫困人口医疗费用实际报销比例达到90%左右", "医疗费用实际报销比例", R, "~", 90, "%", Y, "rate", "up", scope=S),
]

# ca06 a Nanchang portal's item (南昌视窗, 2022-12-14): 江西's basic public-health service scheme for 2022.
# Region 江西省 (the scheme's name, `全省`). Year 2022. Scored: the per-head subsidy standard `为84元` (an exact
# standard the scheme sets, no aim word: `=`, SCHEMA's `为N`; amount up), the standardised electronic
# health-record coverage (`达61%以上`; `以县(市、区)为单位` says how it is measured, no scope), the elderly's
# community health-management rate (`达到72%以上`, scope 65岁及以上老年人), the hypertension and diabetes
# management rate (`分别达到61%以上`: one number for two indicators, one target, the joint name), and the
# traditional-medicine health-management rates of small children (`为77%`) and of the elderly (`为70%以上`)
# — `率为` inside the list of aims reads `>=`, as bu05. Ambiguous: the headline's `人均补助84元` (a headline
# restating the body's standard in fewer words). Not targets: `4个方面` (the scheme's parts), the trailer's
# items (`顺外181文教融合产业园`: a name; `8月5日`; the CSS `5px`), the dateline.
D, R, Y = "ca06.txt", "江西省", 2022
N = "人均基本公共卫生服务经费补助标准"
A += [
    T(D, "人均补助84元", N, R, "=", 84, "元", Y, "amount", "up", ambiguous=True),
    T(D, "2022年基本公共卫生服务经费人均财政补助标准为84元", N, R, "=", 84, "元", Y, "amount", "up"),
    T(D, "居民规范化电子健康档案覆盖率达61%以上", "居民规范化电子健康档案覆盖率", R, ">=", 61, "%", Y, "rate", "up"),
    T(D, "65岁及以上老年人城乡社区规范健康管理服务率达到72%以上", "城乡社区规范健康管理服务率", R, ">=", 72, "%", Y,
      "rate", "up", scope="65岁及以上老年人"),
    T(D, "高血压、糖尿病患者规范管理率分别达到61%以上", "高血压、糖尿病患者规范管理率", R, ">=", 61, "%", Y, "rate",
      "up"),
    T(D, "0至3岁儿童中医药健康管理率为77%", "中医药健康管理率", R, ">=", 77, "%", Y, "rate", "up", scope="0至3岁儿童"),
    T(D, "65岁及以上老年人中医药健康管理率为70%以上", "中医药健康管理率", R, ">=", 70, "%", Y, "rate", "up",
      scope="65岁及以上老年人"),
]

# ca07 大众网's 潍坊 channel (2019-05-20): World Family Doctor Day and the city's family-doctor figures at the
# end of 2018 — 3791 teams, 382.45万 residents signed (41.53 %), 242.73万 of the key groups (71.32 %), 94.59万
# people aged 65 and over (75.15 %). All achieved (`截至2018年12月底`); this year's plans (`今年,我市将…`) give
# no number; `第9个“世界家庭医生日”` is an ordinal and `百日行动` a campaign's name. No gold line: every
# prediction here is a false positive.

write_gold(A, HERE)
