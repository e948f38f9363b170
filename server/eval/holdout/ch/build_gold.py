#!/usr/bin/env python3
"""Build hold-out set CH's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CH (gathered on main 0c7bf32, after the CB/CC round, beside the sets gathered at the same time in
/work/wt/gcd … /work/wt/gcg, and annotated before any extractor run: the annotator ran none on these texts;
it is to be scored once by the lead engineer, so the set is unspent): national plans and ministries' notices
in pages of unusual form — a news item on 国家卫生健康委's 十四五 health-workforce plan (2025 totals of
staff, doctors, nurses, public-health staff), a traditional-script mirror with a spam header of 海口网's item
on the 国家卫生健康委办公厅's 健康口腔行动方案 (2019–2025), a flip-book's PDF text of the 健康中国2030 outline in
traditional script with two columns run together and spaced-out characters, a news reprint of the same oral
plan's indicator table (2016 baseline → 2020 → 2025) flattened into prose, a betting-spam page carrying the
妇幼司's 2025 and 2030 aims for children-friendly hospitals beside achieved figures, a tips site's copy of the
千县工程 notice (2021–2025) with a spam tail, and a traditional mirror (spam header) of the Xinhua card on
the 2022 卫生健康事业发展统计公报 (achieved figures only: the distractor).
Files ch01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

A national plan binds the whole country: region 全国 where the text says 全国/我国 or where it is a national
plan's aim and names no narrower place (as earlier sets write national plans). A headline, a sub-headline, a
`原标题` line or a lead that repeats an aim the body states again is kept as a line but ambiguous, so each aim is
scored once, in the body (the majority of earlier builders: ab, ad, aa…; ww07 and a few others score the
headline too). Per-person averages in 岁 and 颗 are amounts (as pp06 and the life-expectancy lines of
earlier sets); counts of staff, hospitals and institutions are counts, 万人 kept as written.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ch01 a medical site's news item (no date in the text; the plan, `最近…发布`, is the 国家卫生健康委's
# 《“十四五”卫生健康人才发展规划》): its lead opens with the aims before naming the plan, and ends with an
# ASCII full stop (`75%以上.最近`). Region 全国 (`我国`, a national plan), year 2025 (`到2025年`, said for
# each group). Scored: the staff total `达到1600万人`, the basic-level share of health technicians `达到75%
# 以上`, doctors `达到450万人` and nurses `达到550万人`, public-health staff `增加到120万人` (a count to
# reach, `>=`), and its part `其中疾病预防控制机构25万人` (a `其中` part, scored as bu02 and cc03 score parts;
# bare: an implied 达到). The ratio of doctors to nurses in public hospitals `逐步达到1: 2左右` (a space after
# the colon in the text) is written as the multiple of nurses per doctor, 2 倍 (as jj09 writes `1:1.6` and
# ab01's `1:1-1:1.2`), `左右` → `~`; a staffing mix is aimed at, not maximised: direction band. Not targets:
# `“十四五”` (a plan name), `六个方面` (the plan's parts), `有编制就补` (no number).
D, R, Y = "ch01.txt", "全国", 2025
A += [
    T(D, "卫生人员总数达到1600万人", "卫生人员总数", R, ">=", 1600, "万人", Y, "count", "up"),
    T(D, "公立医院医生护士比例逐步达到1: 2左右", "公立医院医护比", R, "~", 2, "倍", Y, "amount", "band"),
    T(D, "基层医疗卫生机构卫生技术人员占比达到75%以上", "基层医疗卫生机构卫生技术人员占比", R, ">=", 75, "%",
      Y, "rate", "up"),
    T(D, "全国执业(助理)医师达到450万人", "执业(助理)医师数", R, ">=", 450, "万人", Y, "count", "up"),
    T(D, "注册护士达到550万人", "注册护士数", R, ">=", 550, "万人", Y, "count", "up"),
    T(D, "公共卫生机构专业人员增加到120万人", "公共卫生机构专业人员数", R, ">=", 120, "万人", Y, "count", "up"),
    T(D, "其中疾病预防控制机构25万人", "疾病预防控制机构专业人员数", R, ">=", 25, "万人", Y, "count", "up"),
]

# ch02 a mirror (traditional, with the converter's pinyin junk such as `衛(wèi)生` and a spam header with
# empty HTML tags) of 海口网's item of 2019-02-24 on the 国家卫生健康委办公厅's 《健康口腔行动方案(2019-2025年)》;
# the stored copy stops at `強化` (the corpus's cut). The item's lead is printed twice — once above the
# breadcrumb (a page summary) and again as the body's first paragraph — and its second aim is also the
# headline (`國家衛(wèi)健委:成人每天2次刷牙率提升至45%`) and a sub-headline. Region 全国 (a national plan),
# year 2025 (`到2025年`). Scored once, in the body's lead (occ 1 for the caries rate, occ 3 for the brushing
# rate): the 12-year-olds' caries rate `控制在30%以內` (`<=`, down) and adults' twice-daily brushing rate
# `提升至45%` (`>=`, up; `提升至` reads as 提高到). Ambiguous (the same aims repeated): the summary above the
# breadcrumb (occ 0 of each), the headline (brushing occ 1) and the sub-headline (brushing occ 2). Not
# targets: `5個…具體指標` (the plan's count of indicators), `第四次` (an ordinal), `2017年` (a date),
# `生命早期1000天` (a life stage's name), the mirror's `7392` in its address and the page's time.
D, R, Y = "ch02.txt", "全国", 2025
C, B = "12歲兒童齲患率控制在30%以內", "成人每天2次刷牙率提升至45%"
A += [
    T(D, C, "12岁儿童龋患率", R, "<=", 30, "%", Y, "rate", "down", ambiguous=True, occ=0),
    T(D, B, "成人每天2次刷牙率", R, ">=", 45, "%", Y, "rate", "up", ambiguous=True, occ=0),
    T(D, B, "成人每天2次刷牙率", R, ">=", 45, "%", Y, "rate", "up", ambiguous=True, occ=1),
    T(D, B, "成人每天2次刷牙率", R, ">=", 45, "%", Y, "rate", "up", ambiguous=True, occ=2),
    T(D, C, "12岁儿童龋患率", R, "<=", 30, "%", Y, "rate", "down", occ=1),
    T(D, B, "成人每天2次刷牙率", R, ">=", 45, "%", Y, "rate", "up", occ=3),
]

# ch03 a flip-book site's text version of page 45 of the magazine 兩岸醫界 VOL12 (published 2022-03-29 by the
# page; English site chrome first): the 《“健康中国2030”规划纲要》's strategic aims in traditional script, set in
# two columns that the PDF text runs together line by line (`人 民 身 體 素 質 明 顯 增 服務水準。 強,2030 年…`),
# characters spaced out in the headings, a space between number and unit. Region 全国 (a national outline,
# `建設健康中國`), year 2030. Scored: life expectancy `2030 年人均預期壽命達到 79.0 歲` (the quote keeps the
# spaces; 岁 an amount, `>=`). Not targets: `人均健康預期 壽命顯著提高` (no number), `第二章` (an ordinal),
# `VOL12`, `P:45`, `9 days`, `Mar 29,2022` (site chrome).
D, R = "ch03.txt", "全国"
A += [
    T(D, "2030 年人均預期壽命達到 79.0 歲", "人均预期寿命", R, ">=", 79.0, "岁", 2030, "amount", "up"),
]

# ch04 MSN中文网's copy (2019-02-24, 人民日报海外版) of the report on the 健康口腔行动方案(2019—2025年): the
# plan's table of 工作指标 told as prose, each indicator with its 2016 base, its 2020 aim and its 2025 aim.
# The excerpt is cut after the indicator paragraphs, before `《方案》还提出,要开展口腔健康管理优化行动` (the
# tasks, no numbers; that part's wording is shared with pp06, another report of the same plan). Region 全国
# (a national plan). Scored, the ten 2020/2025 aims of the five indicators (the first ten; the page holds no
# more): the caries rate `下降到32%以内` (2020, `<=`, down) and `进一步控制在30%以内` (2025), the filling ratio
# `提升到2020年的20%` and `到2025年达到24%`, fissure-sealing coverage `22%` (2020) and `28%` (2025), twice-daily
# brushing `40%` (2020) and `45%` (2025), and the teeth kept by people of 65–74 `23颗` (2020) and `24颗` (2025;
# a per-person average: amount, as pp06). The 2016 figures inside the quotes are bases, not aims. Ambiguous
# (the aims repeated): the title `成人每天2次刷牙率达到45%` (occ 0), the `原标题` line (occ 1) and the lead's
# two aims (`12岁儿童龋患率控制在30%以内`, brushing occ 2), each restated in the indicator paragraphs. Not
# targets: `2019—2025年` (the plan's span), the page's date and time.
D, R = "ch04.txt", "全国"
B = "成人每天2次刷牙率达到45%"
A += [
    T(D, B, "成人每天2次刷牙率", R, ">=", 45, "%", 2025, "rate", "up", ambiguous=True, occ=0),
    T(D, B, "成人每天2次刷牙率", R, ">=", 45, "%", 2025, "rate", "up", ambiguous=True, occ=1),
    T(D, "12岁儿童龋患率控制在30%以内", "12岁儿童龋患率", R, "<=", 30, "%", 2025, "rate", "down",
      ambiguous=True),
    T(D, B, "成人每天2次刷牙率", R, ">=", 45, "%", 2025, "rate", "up", ambiguous=True, occ=2),
    T(D, "12岁儿童龋患率应从2016年的34.5%下降到32%以内", "12岁儿童龋患率", R, "<=", 32, "%", 2020, "rate",
      "down"),
    T(D, "2025年进一步控制在30%以内", "12岁儿童龋患率", R, "<=", 30, "%", 2025, "rate", "down"),
    T(D, "12岁儿童龋齿填充治疗比从2016年的16.5%提升到2020年的20%", "12岁儿童龋齿填充治疗比", R, ">=", 20,
      "%", 2020, "rate", "up"),
    T(D, "到2025年达到24%", "12岁儿童龋齿填充治疗比", R, ">=", 24, "%", 2025, "rate", "up"),
    T(D, "儿童窝沟封闭服务覆盖率从2016年的19.4%提升到2020年的22%", "儿童窝沟封闭服务覆盖率", R, ">=", 22, "%",
      2020, "rate", "up"),
    T(D, "2025年达到28%", "儿童窝沟封闭服务覆盖率", R, ">=", 28, "%", 2025, "rate", "up"),
    T(D, "成人每天2次刷牙率从2016年的36.1%,上升到2020年的40%", "成人每天2次刷牙率", R, ">=", 40, "%", 2020,
      "rate", "up"),
    T(D, "到2025年达到45%", "成人每天2次刷牙率", R, ">=", 45, "%", 2025, "rate", "up"),
    T(D, "65-74岁老年人存留牙数从2016年的22.5颗上升到2020年的23颗", "65-74岁老年人存留牙数", R, ">=", 23, "颗",
      2020, "amount", "up"),
    T(D, "2025年达到24颗", "65-74岁老年人存留牙数", R, ">=", 24, "颗", 2025, "amount", "up"),
]

# ch05 a betting-spam page (a run of `AB体育` link lines, emoji, a date line `2025/06/04`) carrying a news
# text on children's health: the 妇幼司 head's figures for 2024 and the 国家卫生健康委's children-friendly
# hospital aims. Region 全国 (`在全国开展`, `全国提供…`). Scored: `到2025年底,推动2000家医疗机构达到儿童友好医院的
# 建设要求` (a count to reach, `>=`, 2025) and `到2030年,…医疗机构90%建成儿童友好医院` (a bare share: an implied
# 达到, `>=`, 2030; scope the institutions that serve children). Not targets (achieved or present): `4.0‰` and
# `5.6‰` (2024 rates `降至`), `53个`, `第三位、第四位`, `3.8岁`, `21.7%`, `8000多所`, `98%`, `超过80%`;
# `2025—2027年` (the years named 服务年), `1米高度` (a slogan), `5·30` (a date), the spam lines.
D, R = "ch05.txt", "全国"
A += [
    T(D, "推动2000家医疗机构达到儿童友好医院的建设要求", "儿童友好医院建设达标医疗机构数", R, ">=", 2000, "家",
      2025, "count", "up"),
    T(D, "全国提供儿童医疗保健服务的医疗机构90%建成儿童友好医院", "儿童友好医院建成比例", R, ">=", 90, "%", 2030,
      "rate", "up", scope="提供儿童医疗保健服务的医疗机构"),
]

# ch06 a tips site's item (no date; 2021 by its own words, `到2021年的5月份`) on the 国家卫健委's notice
# 《“千县工程”县医院综合能力提升工作方案(2021-2025年)》, with a tail of celebrity and fashion spam. Region 全国,
# year 2025. Scored: `在2025年全国至少有1000家医院要达到三级医疗机构服务水平` (`至少` → `>=`; the text says
# 医院 where the plan means county hospitals). Ambiguous: `目前这1000家县医院的名单已确定` (the same 1000 told as
# a list already drawn up: the aim or a present count). Not targets: `新增了441家县医院` (achieved by the 2020
# assessment), `五大中心` (a name for the centres), `2021-2025年` (the plan's span), `361°`, `SS22`, `2021中国
# 国际时` (spam names).
D, R, Y = "ch06.txt", "全国", 2025
A += [
    T(D, "在2025年全国至少有1000家医院要达到三级医疗机构服务水平", "达到三级医院服务水平的县医院数", R, ">=",
      1000, "家", Y, "count", "up"),
    T(D, "目前这1000家县医院的名单已确定", "达到三级医院服务水平的县医院数", R, ">=", 1000, "家", Y, "count", "up",
      ambiguous=True),
]

# ch07 a mirror (traditional, spam header) of 中国西藏网's copy of the Xinhua card (2023-10-12) on the
# 《2022年我国卫生健康事业发展统计公报》: staff total 1441.1万人, personal health spending 27.0% (27.7% in 2021),
# 103.3万 institutions, 975.0万 beds, 8万 TCM institutions, 3.15 doctors and 3.71 nurses per thousand — all
# what 2022 reached (`顯示`, `數量均高于2021年`). No aim is given: the distractor, no gold line.

write_gold(A, HERE)
