#!/usr/bin/env python3
"""Build hold-out set CM's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CM (gathered on main dec372c, after the merge of round hcl, beside set CN gathered at the same time in
/work/wt/gcn, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent): aims of provinces, autonomous regions and cities of
the north, north-west and south-west, 2015–2026 — 内蒙古's ten tasks for 2026 told by 内蒙古日报 (family-doctor
coverage, village kits, ambulances), 云南's AIDS aim for 2020 (an advertising site's reworded copy), a
veterinary journal's account of 内蒙古's 十二五 brucellosis plan (traditional, pinyin junk, cut mid-number), an
abstract on 甘肃's 2021 county-level treatment aims, a news item on 攀枝花's 十四五 health plan (aims without
figures), 新疆's 2024 government work report on health (centres to build) and 云南's review of the 两纲/两规
child and maternal health aims (achieved figures only: the distractor).
Files cm01.txt…, so no name clashes with the seeds, the development set or the other sets.
It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a relative fall (`下降50%以上`) is its own line, indicator named for
the fall (`…下降幅度`), `>=`, up, unit `%` as written (c04, gg03, the set builder's `较2008年下降20%`); a level
restated after `即` is a second line (one indicator told twice, as AS, BE and bi04 score a restated aim);
vehicles count in `辆` (the counting word as written); a population ceiling written `16万` with no counting
word takes the unit `万人` (bu's `1.59万人`; scoring converts 万); centres to build are counts in `个` (the
`布局设立125个…区域医疗中心` line of an earlier set). Achieved figures told beside the aims are not targets.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402

A = []

# cm01 a news mirror (img.jinti.net) of 内蒙古日报's item of 2026-01-22 on the 2026 全区卫生健康工作会议: region
# 内蒙古自治区 (`全区`, `我区`, the paper's own name), year 2026 (the meeting and `2026年是“十五五”规划开局之年`).
# The first half is 2025's results; the aims start at `2026年…十项重点任务`, and the excerpt is cut inside the
# second task (`新建改建`). Scored: family-doctor coverage of the whole population `提升至55%以上` and of the key
# groups `提升至85%以上` (two lines, the second with scope 重点人群, as the schema's 签约 example), and three
# counts of the 强基工程 — 1000 village clinics to be given a standard visiting kit, 50 ambulances and 30
# visiting vans for township health centres (bare numbers to provide: implied 达到, `>=`). Not targets: every
# 2025 figure (4 national and 39 regional centres, 1.8亿元, 4000万元, 8 key specialties, 2000 experts, 50余万
# patients, 21 groups, 86 centres, 82/74/61 旗县, `签约率达81.62%`, 4000余万元, 7.4万人次, 55 驿站, 2100余家,
# 1.6万 places, `托位数增至4.64个`, 7.74亿元), `十项重点任务` (the list's own count), `十五五`, the dates.
# Borderline: the key-group line's wording (`重点人群签约率提升至85%`) is a phrase cg03 also has — the national
# aim that provinces copy word for word; the page is otherwise its own.
D, R, Y = "cm01.txt", "内蒙古自治区", 2026
A += [
    T(D, "推动全人群签约率提升至55%以上", "家庭医生签约服务覆盖率", R, ">=", 55, "%", Y, "rate", "up"),
    T(D, "重点人群签约率提升至85%以上", "家庭医生签约服务覆盖率", R, ">=", 85, "%", Y, "rate", "up",
      scope="重点人群"),
    T(D, "为全区1000个村卫生室配备标准化巡诊包", "配备标准化巡诊包的村卫生室数", R, ">=", 1000, "个", Y,
      "count", "up"),
    T(D, "为乡镇卫生院配备救护车50辆", "乡镇卫生院新配救护车数", R, ">=", 50, "辆", Y, "count", "up",
      scope="乡镇卫生院"),
    T(D, "巡诊服务车30辆", "乡镇卫生院新配巡诊服务车数", R, ">=", 30, "辆", Y, "count", "up",
      scope="乡镇卫生院"),
]

# cm02 an advertising firm's site (hbqtgg, 2015-12-01) carrying a machine-reworded copy of a 云南 paper's item
# on the province's AIDS briefing, with its own ad phrase `云南墙体广告价格` pasted into the sentences (the text is
# kept as the corpus gave it). Region 云南省 (`我省`, `省防艾委`, the headline). Scored: the aim for the next five
# years, `力求到2020年末,艾滋病存活感染者和患者数量操控在16万以内` (`操控` is the rewording of 控制; `以内` →
# `<=`; a ceiling on a count of people, down; year 2020; unit 万人, the text writing `16万` with no counting
# word). Not targets: `将来5年` (a span), `三轮`/`第三轮` (ordinals), `十三五` (a plan name), the 2010→2014 falls
# (2.26%→1.0%, 0.45%→0.24%, 6.49%→3.16%, 8.30%→4.35%, 3.56%→2.21%: achieved), the ad hotline numbers and
# the date.
D, R = "cm02.txt", "云南省"
A += [
    T(D, "艾滋病存活感染者和患者数量操控在16万以内", "艾滋病存活感染者和患者数", R, "<=", 16, "万人", 2020,
      "count", "down"),
]

# cm03 a mirror (zgkjsz, 2018/0917; traditional, with the mirror's pinyin junk `(yè)`, `(nèi)` left in) of a
# veterinary journal's report `內蒙古布病防控工作情況`: region 内蒙古自治区 (`全區`, `自治區`). Its third point
# states the aim of the region's 十二五 brucellosis plan: `以2011年為基數,全區畜人布病感染率到2015年下降50%以上,
# 即從35/10萬下降到17/10萬`, and a case ceiling for 2015, cut by the corpus after `降至10 000`. Year 2015 (the
# aim's own year). Scored: the fall `下降50%以上` (a relative fall: indicator named for it, `>=`, up, `%`) and
# the level `下降到17/10萬` (`<=`, 1/10万, down: the same aim restated after `即`, its own line). Ambiguous: the
# human case ceiling `人間布病病例數…降至10 000` — the number may be cut before its last digits or its unit
# (`例`), so the value 10000 is what the text shows, not surely what it sets. Not targets: the herd and output
# figures (1.19億頭只, 258萬噸, 55萬, 803萬噸, 45%), the 1980s history (3人, 80多個/60多個旗縣), `35/10萬` (the
# 2011 base), 2009/2011/2012 (dates), `十二五` (a plan name), the numbered points `1.`–`3.` and `一個小組/方案/
# 目標` (a list's items).
D, R, Y = "cm03.txt", "内蒙古自治区", 2015
A += [
    T(D, "全區(qū)畜人布病感染率到2015年下降50%以上", "畜人布病感染率下降幅度", R, ">=", 50, "%", Y,
      "rate", "up"),
    T(D, "下降到17/10萬", "畜人布病感染率", R, "<=", 17, "1/10万", Y, "rate", "down"),
    T(D, "人間布病病例數(shù)到2015年降至10 000", "人间布病病例数", R, "<=", 10000, "例", Y, "count",
      "down", ambiguous=True),
]

# cm04 an abstract (scholarmate) of a journal piece on 甘肃's health-poverty work: `刚刚过去的2020年` and `新的
# 一年`, so year 2021; region 甘肃省 (named). Scored: the 5 medical centres per county (`继续推动县域5个医学中心建设`:
# a count to build, `>=`, scope 县域 — each county's 5 centres), the `"250+N"种` common diseases to be treated in
# the county (`+N`: at least 250, `>=`, `种` the counting word as written) and `30种大病80%的患者在县域内诊治` (a
# share of patients, `>=` 80 %, scope 30种大病). Not targets: 2020 (a date).
D, R, Y = "cm04.txt", "甘肃省", 2021
A += [
    T(D, "继续推动县域5个医学中心建设", "县域医学中心建设数", R, ">=", 5, "个", Y, "count", "up",
      scope="县域"),
    T(D, '实现"250+N"种常见病多发病患者', "县域内诊治常见病多发病病种数", R, ">=", 250, "种", Y, "count",
      "up"),
    T(D, "30种大病80%的患者在县域内诊治", "大病患者县域内诊治比例", R, ">=", 80, "%", Y, "rate", "up",
      scope="30种大病"),
]

# cm05 a news item (pouringspot mirror, 2022-03) on 攀枝花市's 十四五 health plan: region 攀枝花市, year 2025 (`到
# 2025年`). Its aims carry no figures in the excerpt: `建成区域医疗健康中心` (no number: not a target) and the
# `九大中心` to build (川西南、滇西北区域医疗中心 … 卫生应急协同中心). Ambiguous: `九大中心` — nine centres listed
# one by one could be read as a count to build (9 个, `>=`), or as a name of the group (like `八大工程`, not a
# target); the number is in Chinese and the list is what the plan names, so it stays unscored. Not targets:
# `10个方面` and `40个任务` (the plan's own structure), `北京301医院` (a name), `十四五`. This page is the set's
# hard case: a plan with aims and numbers in it that sets no scored figure.
D, R, Y = "cm05.txt", "攀枝花市", 2025
A += [
    T(D, "和卫生应急协同中心九大中心", "区域医疗健康中心建设数", R, ">=", 9, "个", Y, "count", "up",
      ambiguous=True),
]

# cm06 兵团广播电视台's item (2024-01-30) on the health part of 新疆's 2024 government work report: region
# 新疆维吾尔自治区 (`我区`, `新疆`), year 2024. Scored: `积极高效推进3个国家区域医疗中心和4个自治区级区域医疗中心
# 建设` — the year's centres to build (counts, `>=`; two lines, one for each level, the numbers being two).
# Borderline, and scored: `推进…建设` names projects already under way, but a work report's plan for the year
# is where the bureau's count is set, as the earlier set's `布局设立125个…区域医疗中心`. Not targets: `十四届`/
# `二次` (ordinals), the date and time, `1月30日`.
D, R, Y = "cm06.txt", "新疆维吾尔自治区", 2024
A += [
    T(D, "积极高效推进3个国家区域医疗中心", "国家区域医疗中心建设数", R, ">=", 3, "个", Y, "count", "up"),
    T(D, "4个自治区级区域医疗中心建设", "自治区级区域医疗中心建设数", R, ">=", 4, "个", Y, "count", "up"),
]

# cm07 云南省卫生健康委's page (2021-03-24): the review of the 两纲/两规 (2011-2020) maternal and child health aims —
# all achieved figures of 2020 (孕产妇死亡率12.42/10万, 5岁以下儿童死亡率6.89‰, 住院分娩率99.87%, 产前筛查
# `达70%以上`, 妇女常见病筛查率88.83%). The distractor: no line. `达70%以上` and `达到…消除标准` read like aims but
# tell what was reached; `(2011-2020年)` are plan names.

if __name__ == "__main__":
    write_gold(A, HERE)
