#!/usr/bin/env python3
"""Build hold-out set CQ's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CQ (gathered on main 77aed926, after session 23's rounds, beside sets CO, CP, CR, CS and CT gathered at the
same time in /work/wt/gco … /work/wt/gct, and annotated before any extractor run: the annotator ran none on these
texts; it is to be scored once by the lead engineer, so the set is unspent): hospital service and health
information pages, 2019–2025 — 北京's 2025 government work report told by 新京报 (hospitals joining the online
mutual recognition of test results, their share of outpatient visits, the 200 hospitals the year ends with), the
national 2024 guidance on mutual recognition of test and examination results in a spam-headed traditional mirror
with pinyin glosses (`互認項目超過200項` by 2025, 300 by 2027), 沈阳's 2020 press conference (13 internet
hospitals by the year's end), 西安's 2020 hospital-building programme on gov.cn's big5 mirror (16775 beds, 275.313
亿元, floor area and land of 13 projects in 24 months), 天津's 十四五 health-information plan told by a trade site
(30 internet hospitals by 2023 beside the 十三五's `三级医院预约比例达到50%`), 重庆's 2019 health work conference
(digital equipment, vaccination clinics, sewage plants; 18 county hospitals at third-level standard and 90% at the
basic standard by 2020) and a 人民日报 item of 2021 on the internet-hospital and appointment figures reached
(achieved figures only: the distractor).
Files cq01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a headline or second mention of an aim already scored is ambiguous (cn02,
cc05); `超过N` → `>` (SCHEMA); counts of hospitals in `家`, of items in `项` (the counting word, simplified, as cn05
writes `個` as `个`); a bare `新增N张`/`建成N个`/`完成N个` is an implied 达到, `>=`; achieved figures beside the aims
(`去年有140家`, `三级医院预约比例达到50%`) are not targets; where the text gives no year, the year of the page's
address (cn05, bu02); a plan's land in `亩` is an amount (az01, bc04), its floor area in `万平方米` a count (cb04,
zz01); money in `亿元` (av04). Traditional quotes keep the page's characters, and the glosses (`發(fā)`) of cq02.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402

A = []

# cq01 新京报's app page (2025-01-14) `报告解读` of 北京市's 2025 government work report: online mutual recognition of
# test and examination results. Region 北京市, year 2025 (`今年`, `关于2025年重点任务`). Scored: the lead's 60 new
# hospitals sharing electronic records and recognising results (count, `家`), their cover of 97% of the outpatient
# visits of second-level-and-above institutions (rate, scope 二级以上医疗机构 in the indicator's name), and the total
# `达到200家` the commission gives for the year's end (count). Ambiguous: the headline's `今年将覆盖200家医院` (the
# body's 200 told first), the report paragraph's repeat of the 60 and the 97% (occ=1), `今年要在此基础上增加60家医院`
# (the 60 a third time), and the 2024 方案's `181项医学检验结果、300项医学影像检查结果实行互认` (the scope of last
# year's plan, told as background: items to be recognised, year 2024; reasonable readers could score them). Not
# targets: `去年有140家公立医院进行了改造` (achieved), `第十六届`, `第三次` (ordinals), the dates, `四部门`, `HR`. The
# page is cut by the corpus inside the 方案's definitions (`…血液学、生物物理学`).
D, R, Y = "cq01.txt", "北京市", 2025
A += [
    T(D, "今年将覆盖200家医院", "检查检验结果线上互认医院数", R, ">=", 200, "家", Y, "count", "up",
      ambiguous=True),
    T(D, "今年将新增电子病历共享应用、检查检验结果互认医院60家", "新增电子病历共享应用和检查检验结果互认医院数",
      R, ">=", 60, "家", Y, "count", "up"),
    T(D, "覆盖二级以上医疗机构97%的门诊量", "互认医院覆盖二级以上医疗机构门诊量比例", R, ">=", 97, "%", Y,
      "rate", "up", occ=0),
    T(D, "新增电子病历共享应用、检查检验结果互认医院60家", "新增电子病历共享应用和检查检验结果互认医院数", R,
      ">=", 60, "家", Y, "count", "up", ambiguous=True, occ=1),
    T(D, "覆盖二级以上医疗机构97%的门诊量", "互认医院覆盖二级以上医疗机构门诊量比例", R, ">=", 97, "%", Y,
      "rate", "up", ambiguous=True, occ=1),
    T(D, "今年要在此基础上增加60家医院", "新增检查检验结果线上互认医院数", R, ">=", 60, "家", Y, "count", "up",
      ambiguous=True),
    T(D, "达到200家", "检查检验结果线上互认医院数", R, ">=", 200, "家", Y, "count", "up"),
    T(D, "181项医学检验结果", "互认医学检验结果项目数", R, ">=", 181, "项", 2024, "count", "up", ambiguous=True),
    T(D, "300项医学影像检查结果", "互认医学影像检查结果项目数", R, ">=", 300, "项", 2024, "count", "up",
      ambiguous=True),
]

# cq02 a spam-headed traditional mirror (m.curvaku, 每日經濟新聞's copy of 新华社, 2024-11-27) of the seven
# departments' guidance on mutual recognition of test and examination results, with pinyin glosses after some
# characters (`發(fā)`, `醫(yī)`). Region 全国. Scored: items recognised between institutions within each prefecture
# `超過200項` by the end of 2025, within each province `超過300項` by the end of 2027, and within 京津冀, 長三角, 成渝
# and like regions `超過200項` by 2027 (`超過` → `>`, counts in `项`, the scope the area the count is for). Not
# targets: `全部項目互認` within each medical alliance (no number), the 2030 aims (no number), `7部門`, the dates.
# The spam header, the site's menu and its footer (copyright notice, app links) are dropped.
D, R = "cq02.txt", "全国"
A += [
    T(D, "各地市域內醫(yī)療機構間互認項目超過200項", "检查检验结果互认项目数", R, ">", 200, "项", 2025, "count",
      "up", scope="市域内医疗机构间"),
    T(D, "各省域內醫(yī)療機構間互認項目超過300項", "检查检验结果互认项目数", R, ">", 300, "项", 2027, "count",
      "up", scope="省域内医疗机构间"),
    T(D, "京津冀、長三角、成渝等區(qū)域內醫(yī)療機構互認項目數(shù)超過200項", "检查检验结果互认项目数", R, ">", 200,
      "项", 2027, "count", "up", scope="京津冀、长三角、成渝等区域内医疗机构间"),
]

# cq03 国情网's item (2020-08-21 by its address) on 沈阳市's press conference on public-service quality: the city's
# health commission will fast-track approvals, `预计年底前完成13家互联网医院建设`. Region 沈阳市, year 2020 (the
# address; the text says only `年底前`). Scored: the 13 internet hospitals (count, `家`, `>=`). Borderline: `预计`
# is the word cn03 reads as a forecast (ambiguous there); here it is the commission's own building task with a
# deadline, not an outcome it waits for, so it is scored. Not targets: `31个城市医联体即县域医共体`, `30个专科联盟`,
# `7个远程医疗网` (the networks the commission keeps running: present counts).
D, R, Y = "cq03.txt", "沈阳市", 2020
A += [
    T(D, "预计年底前完成13家互联网医院建设", "互联网医院建设数", R, ">=", 13, "家", Y, "count", "up"),
]

# cq04 gov.cn's big5 mirror of a 新华社 item (2020-10-30) on 西安市's 13 health building projects (traditional). Region
# 西安市. Year 2022: the text gives `項目施工期為24個月` from October 2020 and the headline `3年`, so the aims are for the
# projects' end, 2022 (a reader could keep 2020, the item's year). Scored, the plan's four totals: new beds
# `完成後將新增醫療衛生床位16775張` (count, `张`), the investment `完成醫療衛生投資275.313億元` (amount, `亿元`), the floor
# area `建設醫療衛生用房320.479萬平方米` (count in `万平方米`, as cb04) and the land `落實醫療衛生用地2111.817畝` (amount in
# `亩`, as bc04): bare plan quantities, implied `>=`. Ambiguous: the headline's `投資逾275億元` and `3年新增床位1.6萬張`
# (the body's figures told round), the lead's `總投資超過275億元` (the projects' budget described, the 275.313 told
# round), the second `新增醫療衛生床位16775張` (occ=1, the lead's beds again), and `確保完成13個項目24個月的工期目標任務`
# (the 13 projects again, as a deadline). Not targets: `目前正在實施13個…項目` (the projects in hand), `12個醫院建設
# 項目已經開工建設` (achieved), the dates. The site's menu, the `字號` bar and the footer are dropped.
D, R, Y = "cq04.txt", "西安市", 2022
A += [
    T(D, "醫療衛生投資逾275億元", "医疗卫生重点项目投资额", R, ">", 275, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "3年新增床位1.6萬張", "新增医疗卫生床位数", R, ">=", 1.6, "万张", Y, "count", "up", ambiguous=True),
    T(D, "總投資超過275億元", "医疗卫生重点项目投资额", R, ">", 275, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "完成後將新增醫療衛生床位16775張", "新增医疗卫生床位数", R, ">=", 16775, "张", Y, "count", "up"),
    T(D, "落實醫療衛生用地2111.817畝", "医疗卫生重点项目用地面积", R, ">=", 2111.817, "亩", Y, "amount", "up"),
    T(D, "建設醫療衛生用房320.479萬平方米", "医疗卫生用房建设面积", R, ">=", 320.479, "万平方米", Y, "count", "up"),
    T(D, "完成醫療衛生投資275.313億元", "医疗卫生重点项目投资额", R, ">=", 275.313, "亿元", Y, "amount", "up"),
    T(D, "新增醫療衛生床位16775張", "新增医疗卫生床位数", R, ">=", 16775, "张", Y, "count", "up", ambiguous=True,
      occ=1),
    T(D, "確保完成13個項目24個月的工期目標任務", "医疗卫生重点建设项目完成数", R, ">=", 13, "个", Y, "count", "up",
      ambiguous=True),
]

# cq05 a health-IT trade site's item (智慧医疗网) on 天津市's 十四五 health-information plan: four bulleted aims with
# no figure, then `到2023年年底,全市互联网医院将达到30家以上`, then the 十三五's results. Region 天津市. Scored: the 30
# internet hospitals by the end of 2023 (count, `家`, `达到…以上` → `>=`). Not targets, and traps: `三级医院预约比例达到
# 50%` (an appointment share reached in the 十三五, in aim words), `全市提供线上咨询的医疗机构达33家`, `超31000人`,
# `12余万人次`, `超17万人次` (2020's results); the 2025 aims (`全面实现…互通共享`, no number); `十三五`, `十四五`. The
# page is cut by the corpus at `通过推进全民健康信息`.
D, R = "cq05.txt", "天津市"
A += [
    T(D, "到2023年年底,全市互联网医院将达到30家以上", "互联网医院数", R, ">=", 30, "家", 2023, "count", "up"),
]

# cq06 a health site's copy (jkbayu) of 华龙网's item on 重庆市's 2019 卫生健康工作会: this year's building in the
# districts and counties, then the aims for 2020. Region 重庆市; year 2019 (`重庆市2019年卫生健康工作会`, `今年`) and
# 2020 (`到2020年`). Scored: 90 digital medical equipment configurations, 162 digital vaccination clinics and 60
# sewage-treatment plants (counts in `个`, scope 区县: `在区县,重庆将…`), 18 county hospitals and county TCM hospitals
# at the level of a third-level hospital (count, `家`, 2020) and 90% of them at the basic standard (rate, 2020).
# Ambiguous: `推进18个中央投资项目建设` (projects in hand to push on: a count of work, not a level to reach). Not
# targets: `十大健康惠民工程` (a name), `今(22)日`; `缩短平均住院日` has no number.
D, R = "cq06.txt", "重庆市"
A += [
    T(D, "推进18个中央投资项目建设", "中央投资卫生项目推进数", R, ">=", 18, "个", 2019, "count", "up",
      ambiguous=True),
    T(D, "完成90个数字化医疗设备配置", "数字化医疗设备配置数", R, ">=", 90, "个", 2019, "count", "up",
      scope="区县"),
    T(D, "建成数字化接种门诊162个", "数字化接种门诊建设数", R, ">=", 162, "个", 2019, "count", "up", scope="区县"),
    T(D, "污水处理设施60个", "公共卫生机构污水处理设施建设数", R, ">=", 60, "个", 2019, "count", "up",
      scope="区县"),
    T(D, "18家县医院、县中医院达到“三级医院”水平", "达到三级医院水平的县医院和县中医院数", R, ">=", 18, "家",
      2020, "count", "up"),
    T(D, "90%的县级医院、县中医院达到基本标准", "县级医院和县中医院达到基本标准比例", R, ">=", 90, "%", 2020,
      "rate", "up"),
]

# cq07 the distractor: 人民日报's item (2021-03-24, 新华社 of 3月23日) on 互联网+医疗健康: `7700余家二级以上医院建立起了
# 预约诊疗制度`, `超过1100家互联网医院`, `7000多家二级以上公立医院接入了省统筹区域平台`, `2200多家三级公立医院`, `30个
# 省份建立了…监管平台` — achieved figures only, some with aim-like words (`超过`, `建立起了`), on the very indicators
# cq03 and cq05 set aims for. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
