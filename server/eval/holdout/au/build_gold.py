#!/usr/bin/env python3
"""Build hold-out set AU's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AU (issue 14; gathered on main 7627fe6, after this session's merged rounds — sets AO, AP, AQ, AR,
AS, names10, names11, names12, regions5 — and annotated and scored once before any further change: its
first contact is the honest measure of that code; its round is left to a later session, so the set is
unspent): query themes of medical insurance, medicines, hospital efficiency and blood — a province's
2011 aims for urban residents' insurance (福建, traditional), the ministry's bed-occupancy targets for
Taiwan's public hospitals (traditional), the 2021 national financing standards for residents'
insurance (traditional, spam header), a town's 2025 blood-donation task (西滨镇), a township's 2017
blood-donation quotas (a template, `我镇`), a county's 2010 news on the basic-drug system (achieved
figures only: no target) and a city's 2018 livelihood-project aims for rural and urban insurance.
Files au01.txt…, so no name clashes with the seeds, the development set or sets A–AT in
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

# au01 东南网's 2011-08-02 item (traditional) on 福建's urban residents' insurance: the headline names
# the province by its one-character name `閩` (region 福建省; the body says only 我省/全省/省政府). This
# year (`今年`, `今年底`: 2011, the page's date) the province is to raise the in-policy inpatient payment
# share to about 70% (`左右` on an up-indicator: `~`), widen the gap of reimbursement shares between
# second- and third-level hospitals to more than 10% (a quantitative aim of its own: `>`), and raise
# the ceiling of inpatient payment to at least six times local disposable income and no less than
# 5万元 (two targets, as SCHEMA settles for `8倍…且不低于6万元`). The range `在5萬元至7.788萬元間確定` is
# only the arithmetic of one example income (12980元): ambiguous. 12980元 is the example itself.
D, R, Y = "au01.txt", "福建省", 2011
A += [
    T(D, "將符合政策的住院醫療費用支付比例提高到70%左右", "城镇居民医保政策范围内住院费用支付比例", R, "~", 70, "%",
      Y, "rate", "up"),
    T(D, "二級醫院與三級醫院間的住院費用報銷比例差距將超過10%", "二级与三级医院住院费用报销比例差距", R, ">", 10, "%",
      Y, "rate", "up"),
    T(D, "最高支付限額將提高到當地居民可支配收入的6倍以上", "城镇医保住院费用最高支付限额", R, ">=", 6, "倍", Y,
      "amount", "up"),
    T(D, "且不低于5萬元", "城镇医保住院费用最高支付限额", R, ">=", 5, "万元", Y, "amount", "up"),
    T(D, "最高支付限額標準將在5萬元至7.788萬元間確定", "城镇医保住院费用最高支付限额", R, "=", 5, "万元", Y, "amount",
      "up", value_max=7.788, ambiguous=True),
]

# au02 the Legislative Yuan's budget assessment (traditional, 民國 109年10月) of the health ministry's
# hospital fund: the ministry's occupancy targets (`目標值為N%`, a bare number: an implied 达到, `>=`)
# for its own hospitals' acute beds — 70% for the nine regional hospitals, 60% for the twelve district
# hospitals — and for acute psychiatric beds — 90% for the four regional sanatoria, 78% for 玉里醫院.
# Region: the ministry's hospitals in Taiwan (基隆, 嘉義, 澎湖, 臺東 make it plain: 台湾); scope: the
# group of hospitals each target binds. Year: the text holds 108年度 (2019) against these targets, so
# 2019 (borderline: the targets are standing ones and the report is for the 110年度 budget). 95.83%,
# 94.60%, 1.23個百分點 and the hospital counts are what stood in 107/108; 第1項 and 表1 are labels.
D, R, Y = "au02.txt", "台湾", 2019
A += [
    T(D, "9家區域醫院目標值為70%", "急性一般病床占床率", R, ">=", 70, "%", Y, "rate", "up", scope="部立区域医院"),
    T(D, "12家地區醫院目標值為60%", "急性一般病床占床率", R, ">=", 60, "%", Y, "rate", "up", scope="部立地区医院"),
    T(D, "4家區域療養院目標值為90%", "急性精神病床占床率", R, ">=", 90, "%", Y, "rate", "up", scope="区域疗养院"),
    T(D, "玉里醫院係地區醫院目標值為78%", "急性精神病床占床率", R, ">=", 78, "%", Y, "rate", "up", scope="玉里医院"),
]

# au03 a spam-headed mirror (traditional, a glitch `醫?;I資` in the copy) of 新华社's 2021-06-09 item on
# the national notice for residents' insurance in 2021: the per-head fiscal subsidy rises by 30元 to
# no less than 580元 (the rise is named for the change, …提高额, as names round 12 has it for a sum),
# the personal contribution rises by 40元 to 320元 (`达到`, `>=`). The headline restates the 580元
# floor (ambiguous, as AL keeps a restating headline). The centre's shares of the subsidy for the west
# and the middle (`分別按照80%、60%的比例進行補助`) are rules of allocation, not an aim to reach: one
# line each, `=`, marked ambiguous (annotators could differ). Dates are distractors.
D, R, Y = "au03.txt", "全国", 2021
A += [
    T(D, "居民醫保人均財政補助標準每人每年不低于580元", "居民医保人均财政补助标准", R, ">=", 580, "元", Y, "amount",
      "up", ambiguous=True),
    T(D, "居民醫保人均財政補助標準新增30元", "居民医保人均财政补助标准提高额", R, ">=", 30, "元", Y, "amount", "up"),
    T(D, "達到每人每年不低于580元", "居民医保人均财政补助标准", R, ">=", 580, "元", Y, "amount", "up"),
    T(D, "同步提高居民醫保個人繳費標準40元", "居民医保个人缴费标准提高额", R, ">=", 40, "元", Y, "amount", "up"),
    T(D, "達到每人每年320元", "居民医保个人缴费标准", R, ">=", 320, "元", Y, "amount", "up"),
    T(D, "對西部、中部地區分別按照80%", "中央财政居民医保补助比例", R, "=", 80, "%", Y, "rate", "up", scope="西部地区",
      ambiguous=True),
    T(D, "中部地區分別按照80%、60%的比例進行補助", "中央财政居民医保补助比例", R, "=", 60, "%", Y, "rate", "up",
      scope="中部地区", ambiguous=True),
]

# au04 a town government's notice (晋江市西滨镇, 2025): the town's blood-donation task for the year is
# 133 units (`任务为133单位`, a task to reach: `>=`, as AN's an03 keeps quotas; unit as written, 单位),
# split among villages in an annex the excerpt does not hold. The 索引号, the document numbers
# (晋西政〔2025〕19号, 晋政办明传【2025】8号) and the dates are distractors; the excerpt stops at `(`.
D, R, Y = "au04.txt", "西滨镇", 2025
A += [
    T(D, "西滨镇2025年度无偿献血工作任务为133单位", "无偿献血任务量", R, ">=", 133, "单位", Y, "count", "up"),
]

# au05 a document site's preview of a township's 2017 blood-donation plan (a template: the town is
# never named, `我镇`, and its officials are `xx`): the quotas are set as shares — 10% of the staff of
# offices, schools and the health centre, 3‰ of each village's population. Each is a quantitative aim
# the units must meet, stated as an exact allocation with no aim word (`按…的N%下达任务`: `=`), scope
# the units it binds. `2月15日上午9:00`, 第六条/第七条 and `972字` are distractors.
D, R, Y = "au05.txt", "我镇", 2017
A += [
    T(D, "机关、学校、卫生院等单位按在职职工总数的10%下达任务", "无偿献血任务占在职职工比例", R, "=", 10, "%", Y, "rate",
      "up", scope="机关、学校、卫生院等单位"),
    T(D, "各村(社区)按总人口的3‰下达任务", "无偿献血任务占总人口比例", R, "=", 3, "‰", Y, "rate", "up",
      scope="各村(社区)"),
]

# au06 a county news site's 2010-07-14 item (房县) on the basic-drug system: everything it counts is
# what stood or was achieved (20 township hospitals, prices down 41.4%, 18.1元 and 25.2元 less per
# visit and per inpatient day, visits up 14.2%); the hotline 0719-3231616 and the disclaimer's numbered
# clauses are distractors. No gold line: every prediction here is a false positive.

# au07 a city's 2018 livelihood-project file (安徽 铜陵's development-reform site; the text names no
# place, only 市人社局/市卫计委: region 全市): for 2018 the rural co-operative scheme keeps enrolment at
# 96% or more and pays about 77% of in-policy inpatient costs; urban residents' insurance enrols 520
# thousand people (`参保52万人`, a planned figure of the year: `>=`), keeps enrolment at 95% or more and
# pays about 75% (`稳定在…左右`: `~`). The phone numbers are distractors.
D, R, Y = "au07.txt", "全市", 2018
A += [
    T(D, "参合率稳定在96%以上", "新农合参合率", R, ">=", 96, "%", Y, "rate", "up"),
    T(D, "政策范围内住院费用支付比例达77%左右", "新农合政策范围内住院费用支付比例", R, "~", 77, "%", Y, "rate", "up"),
    T(D, "参保52万人", "城镇居民医保参保人数", R, ">=", 520000, "人", Y, "count", "up"),
    T(D, "参保率维持在95%以上", "城镇居民医保参保率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "政策范围内住院医疗费用报销比例稳定在75%左右", "城镇居民医保政策范围内住院费用报销比例", R, "~", 75, "%", Y,
      "rate", "up"),
]

write_gold(A, HERE)
