#!/usr/bin/env python3
"""Build hold-out set CJ's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CJ (gathered on main 92ed2d6, after the first contact of sets CD, CE and CF, beside sets CG and CH
gathered earlier today in /work/wt/gcg and /work/wt/gch and set CI gathered at the same time in
/work/wt/gci, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent): aims of the basic public-health programme
(基本公共卫生服务项目) and of family-doctor signing (家庭医生签约服务) — a county's 2024 performance-target form
for the programme (蒙城县), a township health centre's 2021 self-evaluation table with each task's 指标值
beside what was done (翟店镇 of 稷山县), a county's 2015 village-doctor signing drive (盱眙县), a document
site's preview of an unnamed area's publicity plan for the programme (year blank), a national news item on
2017's signing aims beside 2016's results, and a county's 2023 performance self-evaluation report of the
programme (枞阳县, money allocated and spent only: the distractor).
SIX pages, not seven: the corpus gave no seventh fresh page on this focus (see SOURCES.md). Files
cj01.txt…cj06.txt, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Tables flattened to text (cj01 one cell a line with `|` lines between; cj02 one run of cells with spaces)
follow cf03: a cell in a target column (指标值) is a target (a bare number: implied 达到, `>=`), quoted with
the indicator's cell before it where that keeps the quote short and unique; a cell in an achieved column
(完成值, 全年执行数) is not. A cell the corpus cut before its number gives no line (as bu01's `人均`).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# cj01 蒙城县's government site (信息公开): the county health commission's 2024 budget item for the basic
# public-health programme (县级配套经费), its notes (2)–(7) and then the 项目支出绩效目标申报表 (2024 年度)
# flattened one cell a line with `|` lines between cells; the stored copy stops inside the third output row
# (`0-6 岁儿童眼保健和视力检查覆盖率 | ≧`, the corpus's cut). Region 蒙城县 (`蒙城县卫生健康委员会`, the
# implementing body), year 2024 (`起止时间:2024 年 1 月 1 日-2024 年 12 月 31 日`, `(2024 年度)`). Scored, the
# 指标值 cells of the two whole output rows (`≧` → `>=`): the immunisation-programme vaccination rate of
# children of the right age `≧90%` and the health-management rate of children under 7 `≧85%`. No line:
# the third row's cell, cut before its number (as bu01). Ambiguous: the year's budget `2279.048 万元`
# (`年度预算安排`: the money put in, `=`, as cc06's 2680万元; told three times, the first quoted; the table's
# two repeats are the same sum: no lines). Not targets: `6:2:2` (how the central, provincial and
# county purses share the cost: a rule), document numbers (皖财社〔2020〕455 号, 卫基层秘〔2018〕 410 号,
# 皖卫基层秘〔2020〕119 号), `第二批`/`第二章`/`第四页` (ordinals), the dates, `7 岁`/`0-6 岁` (who qualifies).
D, R, Y = "cj01.txt", "蒙城县", 2024
A += [
    T(D, "适龄儿童国家免疫规划疫苗接种率\n|\n≧90%", "适龄儿童国家免疫规划疫苗接种率", R, ">=", 90, "%", Y,
      "rate", "up"),
    T(D, "7 岁以下儿童健康管理率\n|\n≧85%", "7岁以下儿童健康管理率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "年度预算安排:2279.048 万元", "基本公共卫生服务项目县级配套经费", R, "=", 2279.048, "万元", Y,
      "amount", "up", ambiguous=True),
]

# cj02 a document site's copy (keke.chddh) of an xlsx: 稷山县's 项目支出绩效自评表 (2021年度) for the basic
# public-health programme carried out by 稷山县翟店镇卫生院, the cells run together with spaces in the
# order 指标 | 指标值 (the year's task) | 完成值 (done) | 分值 | 得分; the stored copy stops at `质量指标 指标1:提升国家
# 基本` (the corpus's cut). Region 翟店镇: the tasks are the township health centre's, for the township it
# serves (as cf04 gives a sub-district's split of a district's tasks to 莲花街道); year 2021 (`2021年度`).
# The head of the table (indicators 1–6) is scrambled by the flattening (`指标1:居民健康档案 38508人 指标2:
# 发放健康教育资料 不少于12 种 不少于6 种 116次 6次 … 37442人 3 3 14种 …`): which number is whose task and which is
# done cannot be read. From 指标7 on each row reads 指标 | 指标值 | 完成值. Scored (ten, the page's cap; the 指标值
# cell with its indicator, `>=`, counts in 人, the vaccination rate in %): 221 vaccination certificates, the
# vaccination rate of children of the right age 100.00%, 2089 children aged 0–6 under health management,
# 214 postpartum visits within 7 days, 120 early-pregnancy registrations, 5662 elderly check-ups, 3807
# hypertension patients under standard management, 863 diabetes patients under standard management, 212
# patients with severe mental disorders under management, 1228 children aged 0–36 months under TCM
# management. Ambiguous (clean rows past the cap of ten, so not scored either way): 2089 children's eye
# checks, 214 newborn visits, 214 postpartum visits within 42 days, 3807 and 863 patients followed up
# under control, 8 TB patients (`例`), 5662 elderly under TCM management; ambiguous for the scrambling: the
# health records `38508人` (the first number after 指标1, likely its task), the materials `不少于12 种`, and the
# family-doctor row `家庭医生签约率 14例 14例 2 2 24694人` (its 14例 are 指标24's reports; `24694人` reads as
# the signing task in persons under a rate's name). Left out (scrambled beyond reading): `不少于6 种`,
# `116次`/`6次`/`150次`/`12次`/`96次` (talks and campaigns) and `14种`/`28种`. Not targets: every 完成值 (`97.30%`,
# `203人`, `69人`, `4044人`, `3224人`, `695人`, `209人`, `770人`, `22584人` …), the money `207.4538` (全年预算数 and
# 全年执行数: the money spent), `100%` (执行率), the weights and scores (`10`, `2`, `1.9` …), `0`/`—` cells,
# `0-6岁`/`0-36月龄`/`7天`/`42天` (who and when).
D, R, Y = "cj02.txt", "翟店镇", 2021
A += [
    T(D, "建立预防接种证 221人", "预防接种证建证数", R, ">=", 221, "人", Y, "count", "up"),
    T(D, "适龄儿童疫苗接种率 100.00%", "适龄儿童疫苗接种率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "0-6岁儿童健康管理数 2089人", "0-6岁儿童健康管理数", R, ">=", 2089, "人", Y, "count", "up"),
    T(D, "孕产妇7天访视数 214人", "孕产妇产后7天访视数", R, ">=", 214, "人", Y, "count", "up"),
    T(D, "早孕建册数 120人", "早孕建册数", R, ">=", 120, "人", Y, "count", "up"),
    T(D, "老年人体检数 5662人", "老年人健康体检数", R, ">=", 5662, "人", Y, "count", "up"),
    T(D, "高血压规范管理数 3807人", "高血压患者规范管理数", R, ">=", 3807, "人", Y, "count", "up"),
    T(D, "糖尿病规范管理数 863人", "糖尿病患者规范管理数", R, ">=", 863, "人", Y, "count", "up"),
    T(D, "严重精神障碍患者管理数 212人", "严重精神障碍患者管理数", R, ">=", 212, "人", Y, "count", "up"),
    T(D, "0-36月龄中医药规范管理数 1228人", "0-36月龄儿童中医药健康管理数", R, ">=", 1228, "人", Y, "count",
      "up"),
    T(D, "0-6岁儿童眼保健操覆盖数 2089人", "0-6岁儿童眼保健覆盖数", R, ">=", 2089, "人", Y, "count", "up",
      ambiguous=True),
    T(D, "新生入访视数 214人", "新生儿访视数", R, ">=", 214, "人", Y, "count", "up", ambiguous=True),
    T(D, "孕产妇42天访视数 214人", "孕产妇产后42天健康检查数", R, ">=", 214, "人", Y, "count", "up",
      ambiguous=True),
    T(D, "高血压随访控制数 3807人", "高血压患者随访控制数", R, ">=", 3807, "人", Y, "count", "up",
      ambiguous=True),
    T(D, "糖尿病随访控制数 863人", "糖尿病患者随访控制数", R, ">=", 863, "人", Y, "count", "up", ambiguous=True),
    T(D, "肺结核健康规范管理数 8例", "肺结核患者规范管理数", R, ">=", 8, "例", Y, "count", "up", ambiguous=True),
    T(D, "老年人中医药规范管理数 5662人", "老年人中医药健康管理数", R, ">=", 5662, "人", Y, "count", "up",
      ambiguous=True),
    T(D, "居民健康档案 38508人", "居民健康档案建档数", R, ">=", 38508, "人", Y, "count", "up", ambiguous=True),
    T(D, "不少于12 种", "健康教育资料发放种类", R, ">=", 12, "种", Y, "count", "up", ambiguous=True),
    T(D, "24694人", "家庭医生签约人数", R, ">=", 24694, "人", Y, "count", "up", ambiguous=True),
]

# cj03 a Nanjing news-portal copy (baogaosu, dated 08.08.2015) of an item on 盱眙县's village-doctor signing:
# the county's two documents, then its call on the township health centres, `力争乡村医生签约服务人口覆盖率达
# 80%以上`, then what was signed so far. Region 盱眙县, year 2015 (the dateline; `今年以来`). Scored: the one
# aim (`力争…达80%以上` → `>=`, rate up). Not targets: `15557户` and `47923人` (`截至目前全县已签约`: done),
# the dateline.
D, R, Y = "cj03.txt", "盱眙县", 2015
A += [
    T(D, "力争乡村医生签约服务人口覆盖率达80%以上", "乡村医生签约服务人口覆盖率", R, ">=", 80, "%", Y, "rate",
      "up"),
]

# cj04 a document site's preview (f.tikuw, updated 2025-12-07) of `XX年国家基本公共卫生服务项目宣传实施方案`:
# the file's data, then its `一、工作目标` (four aims), cut inside the fourth (the corpus's cut). The text names
# no place: region is its own word `辖区` (`辖区内常住居民`, as cf03 and oo08); year null (`XX年`: a blank in
# a template; the preview's update date is not the plan's). Scored: the programme's awareness rate among
# resident people `达90%以上`, the same rate among key groups `达95%以上` (the same indicator, scope 重点人群, as
# the schema's second 签约 example), the family-doctor service-keeping rate `不低于85%`, the key groups'
# health-management completion rate `不低于90%` and residents' satisfaction with the programme `达88%以上`
# (all `>=`, rates up; `年度` marks them as the year's). Not targets: `28.03 KB`, `11 页`, `约4.93千字`, the date
# (the file's data), `0-6岁`/`65岁及以上` (who is meant).
D, R, Y = "cj04.txt", "辖区", None
A += [
    T(D, "常住居民项目知晓率达90%以上", "基本公共卫生服务项目知晓率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "知晓率达95%以上", "基本公共卫生服务项目知晓率", R, ">=", 95, "%", Y, "rate", "up", scope="重点人群"),
    T(D, "年度家庭医生签约服务履约率不低于85%", "家庭医生签约服务履约率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "重点人群健康管理服务完成率不低于90%", "重点人群健康管理服务完成率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "年度居民对项目服务满意度达88%以上", "居民对基本公共卫生服务项目满意度", R, ">=", 88, "%", Y, "rate",
      "up"),
]

# cj05 a regional news site's copy (yybnet, from 西部商报, 2017-05-11) of a 新华社 item, `家庭医生签约服务27地出
# 方案`: 2016's results in the 200 pilot cities, then this year's aims from the 国家卫计委's briefing; the page's
# sidebar follows (a football report, links). Region 全国 (`全国85%以上地市`, `我国`), year 2017 (`今年`, the
# dateline). Scored: signing to reach `全国85%以上地市` (the share of prefecture-level cities, `>=`, rate up),
# the population coverage `将达30%以上` and `6成以上` of key groups such as the elderly and the chronically ill
# to have a family doctor (60 %, a share written as a percentage as the schema's `1/3` → 33.33 %; indicator
# the key groups' signing coverage). Not targets: `22.2%` and `38.8%` (`截至2016年底…达`: achieved), `27个省`
# and `200个` (counts that describe the present and the pilots), `10项重点任务` and `7部门` (a list's and a
# notice's counts), `2016年5月`, the dateline, the football scores (`1比2`, `1比4`), the sidebar's dates and
# its `434` characters.
D, R, Y = "cj05.txt", "全国", 2017
A += [
    T(D, "家庭医生签约服务将扩大到全国85%以上地市", "开展家庭医生签约服务的地市比例", R, ">=", 85, "%", Y, "rate",
      "up"),
    T(D, "签约服务人群覆盖率将达30%以上", "家庭医生签约服务人群覆盖率", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "6成以上老年人口、慢性病患者等重点人群将拥有自己的家庭医生", "重点人群家庭医生签约服务覆盖率", R, ">=", 60,
      "%", Y, "rate", "up"),
]

# cj06 枞阳县's government site (信息公开, 2024-03-22): the county health commission's `枞阳县2023年度国家基本公共
# 卫生服务项目绩效评价自评报告`, its first part (the project, its 绩效目标情况 told as money allocated and spent)
# and the start of the second, cut at `在2023年` (the corpus's cut). The distractor: a performance review that
# looks like a target page (a heading `项目绩效目标情况`) but gives what was done only — 3608万元 allocated within
# 30 working days (2855万元 central, 753万元 provincial), 120万元 settled at the year's end, 3728万元 spent in
# full (`全部执行到位`); the 15 township hospitals, 5 community centres, 190 village clinics and 24 community
# clinics that deliver it and its 12 service kinds and 7 items under `两卡制` describe the present. No gold
# line. Not targets either: the index number, the phone number, the document numbers (皖财社〔2022〕1386号 and
# 1444号), `第三版` (an edition), `2017年`/`2019年10月` (dates).

write_gold(A, HERE)
