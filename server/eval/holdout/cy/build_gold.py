#!/usr/bin/env python3
"""Build hold-out set CY's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CY (gathered on branch gcy from main fd34af45, beside the sets gathered at the same time in the other
/work/wt/g* worktrees, and annotated before any extractor run: the annotator ran none on these texts; it is to
be scored once by the lead engineer, so the set is unspent): pages of the west and the minority regions —
甘孜日报's 2015 item on 泸定县's five-year 包虫病 campaign (aims for 2017 and 2020), 甘孜州's 2024 `五大行动` in
its party paper (new backbone doctors and talents, no year written), 阿坝州's 2025 `十大民生实事` press
conference (traditional script with pinyin glosses run into the text: HPV doses for 3200 girls, money put in,
education aims), a 2020 portal item on 内蒙古's 蒙医药中医药振兴行动 (nineteen aims for 2022 and 2030 told in
`分别` pairs), a 2019 news page on 内蒙古's 蒙医药中医药工作会议 (the year's hospital aims after the 2018
figures), a 2022 portal copy of 广西's press conference on ten years of health (one 十四五 aim after a decade's
results) and 石嘴山市's 2023 review of its health work (traditional, achieved figures only: the distractor).
Files cy01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a `分别` pair (`分别达到1.1张、1.3张`) is two targets, the first quote
ending at the first figure and the second running on to the second figure (ag, ai, am); a page's aims past the
cap of ten are marked ambiguous, targets all, left unscored only for the cap, the first of the list scored (cd,
cg, cj, cn); money put in (`资金5.6亿元`) is ambiguous `=` (ci, cc06, bz, cx04); a 民生实事 list's non-health
aims (schools, study trips) are ambiguous (cc, bc04, bf); a design count (`2个…副中心…为枢纽`) is ambiguous;
no year written in the text → year null (al05, al06, aa04); densities per thousand people are counts in 张
(ab, az, bl); life expectancy is an amount in 岁 (cg, cw); traditional and garbled quotes are taken as the page
gives them, the indicator written in simplified script (ae02, ag02, cb).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# cy01 康巴传媒网 (甘孜日报's site, breadcrumb kept, its `上一篇/下一篇` links dropped) with the item of
# 2015-12-03: 泸定县's meeting on a five-year 包虫病 campaign. Region 泸定县 (named; `该县`, `全县`). Scored: the
# two aims for 2017 and the same two for 2020 — the new-case detection rate among children aged 6-12 (scope
# `6-12岁儿童`) and the infection rate of dogs, each `下降到…以下` (`<=`, down, %). Not targets: `未来五年`,
# `六项专项行动` (counts of the campaign's own parts), the age band `6-12岁` (who is screened), the date.
D, R = "cy01.txt", "泸定县"
K1, K2 = "儿童包虫病病人新检出发现率", "犬只包虫病感染率"
A += [
    T(D, "6-12岁儿童病人新检出发现率下降到0.1%以下", K1, R, "<=", 0.1, "%", 2017, "rate", "down",
      scope="6-12岁儿童"),
    T(D, "犬只感染率下降到2%以下", K2, R, "<=", 2, "%", 2017, "rate", "down"),
    T(D, "6-12岁儿童病人新检出发现率下降到0.08%以下", K1, R, "<=", 0.08, "%", 2020, "rate", "down",
      scope="6-12岁儿童"),
    T(D, "犬只感染率下降到1%以下", K2, R, "<=", 1, "%", 2020, "rate", "down"),
]

# cy02 甘孜日报 (paper.kbcmw, the paper's banner and the page date kept) of 2024-11-13: the 州政府办公室's
# `五大行动` for health. Region 甘孜藏族自治州 (the banner's 甘孜州委, `我州`, `全州`, `具有甘孜特点`); no year is
# written for the aims (the date is the paper's): year null. Scored: the new prefecture-level backbone doctors
# `新增…761人` and the young top talents `390人` (counts to add, bare: `>=`). Ambiguous: `2个州域副中心城市医院为
# 枢纽` (the design of the medical alliance: two sub-centre hospitals, a count in a design statement, `=`). Not
# targets: `24小时` (the reading centre's hours), `1+2+N` and `一县一医共体` (names), `四级疾控` (a name),
# `CN51-0018` (the paper's number), the date.
D, R, Y = "cy02.txt", "甘孜藏族自治州", None
A += [
    T(D, "新增州级骨干医生761人", "新增州级骨干医生人数", R, ">=", 761, "人", Y, "count", "up"),
    T(D, "中青年拔尖人才390人", "新增中青年拔尖人才人数", R, ">=", 390, "人", Y, "count", "up"),
    T(D, "2个州域副中心城市医院为枢纽", "州域副中心城市医院数", R, "=", 2, "个", Y, "count", "up",
      ambiguous=True),
]

# cy03 a spam-headed mirror (passionhobbies) of a news item on 阿坝州's 2025 `十大民生实事` press conference
# (traditional script, each character's pinyin gloss run into the text — `實(shí)事`, `1萬(wàn)名` — and some
# punctuation turned to `?`: kept as given). Region 阿坝藏族羌族自治州 (named), year 2025 (`今年`, `2025年十大民生
# 實事`). Scored: the free bivalent HPV vaccination of `3200名9至16歲女孩` (a count, `>=`, scope 9至16岁女孩).
# Ambiguous: `各類項目資金5.6億元` (money put in, `=`); the education aims `1萬名義務教育階段學生` on study trips
# and `5天` a trip (aims of the list, not health ones; `万名` as written). Not targets: `占3項`, `有2項` (counts of
# the list's items), the age band `9至16歲`, `預計2026年投入使用` (the base's opening: a date), `8月底`, the
# garbled date `?月15日`.
D, R, Y = "cy03.txt", "阿坝藏族羌族自治州", 2025
A += [
    T(D, "為3200名9至16歲女孩免費(fèi)接種二價(jià)宮頸癌疫苗", "二价宫颈癌疫苗免费接种人数", R, ">=", 3200, "名", Y,
      "count", "up", scope="9至16岁女孩"),
    T(D, "各類(lèi)項(xiàng)目資金5.6億元", "十大民生实事统筹资金", R, "=", 5.6, "亿元", Y, "amount", "up",
      ambiguous=True),
    T(D, "組織1萬(wàn)名義務(wù)教育階段學(xué)生走出大山", "义务教育阶段学生交流研学人数", R, ">=", 1, "万名", Y, "count",
      "up", ambiguous=True),
    T(D, "開(kāi)展5天的交流研學(xué)實(shí)踐", "交流研学实践天数", R, "=", 5, "天", Y, "count", "up", ambiguous=True),
]

# cy04 a Sichuan health association's portal (kxys.org.cn, its notice banner and breadcrumb before the title
# dropped) with the item of 2020-08-07 on 内蒙古's `蒙医药中医药振兴行动`, cut in the paragraph after the aims.
# Region 内蒙古自治区. Nineteen aims: the lead's service coverage `到2030年…覆盖面100%` and nine `分别` pairs for
# 2022 and 2030. Scored (ten, the cap; the first of the list): coverage 100% (2030); beds per thousand people in
# public 蒙医/中医 hospitals 1.1 and 1.3 张 (count); the share of 二级甲等 and above among them 80% and 90%
# (`提高到`: `>=`); the share of 二级 and above that have a 治未病 and a rehabilitation department, one number for
# both (`均分别达到`: the joint name) 90% and 100%; community centres and 苏木乡镇 health centres with a 蒙医/中医
# department 98% and 100% (joint: one number for both kinds); 嘎查村 clinics giving 蒙医药/中医药 services 70%
# (2022). Past the cap, marked ambiguous (targets all, left unscored by the 10-line rule): 嘎查村 80% (2030),
# community centres with a 蒙医馆/中医馆 85% and 100%, 苏木乡镇 health centres with one 70% and 90%, the
# health-management rate of the target population 50% and 75%, and the residents' 蒙医药/中医药 health-culture
# literacy `分别不低于14%和24%`. Not targets: `17个专项行动` (the plan's own parts), the date and the address.
D, R = "cy04.txt", "内蒙古自治区"
N1 = "每千人口公立蒙医中医医院床位数"
N2 = "二级甲等以上蒙医中医医院占比"
N3 = "二级以上蒙医中医医院设置“治未病”科室、康复科室比例"
N4 = "社区卫生服务机构和苏木乡镇卫生院设置蒙医科中医科比例"
N5 = "嘎查村卫生室提供蒙医药中医药服务比例"
N6 = "社区卫生服务中心建成蒙医馆中医馆比例"
N7 = "苏木乡镇卫生院建成蒙医馆中医馆比例"
N8 = "蒙医药中医药健康管理率"
N9 = "居民蒙医药中医药健康文化素养水平"
AMB = dict(ambiguous=True)
A += [
    T(D, "科学普及服务覆盖面100%", "蒙医药中医药服务覆盖面", R, ">=", 100, "%", 2030, "rate", "up"),
    T(D, "每千人口公立蒙医中医医院床位数分别达到1.1张", N1, R, ">=", 1.1, "张", 2022, "count", "up"),
    T(D, "床位数分别达到1.1张、1.3张", N1, R, ">=", 1.3, "张", 2030, "count", "up"),
    T(D, "二级甲等以上蒙医中医医院在全部蒙医中医医院中的占比分别提高到80%", N2, R, ">=", 80, "%", 2022, "rate",
      "up"),
    T(D, "占比分别提高到80%、90%", N2, R, ">=", 90, "%", 2030, "rate", "up"),
    T(D, "康复科室的比例均分别达到90%", N3, R, ">=", 90, "%", 2022, "rate", "up"),
    T(D, "康复科室的比例均分别达到90%、100%", N3, R, ">=", 100, "%", 2030, "rate", "up"),
    T(D, "社区卫生服务机构和苏木乡镇卫生院中设置蒙医科中医科分别提高到98%", N4, R, ">=", 98, "%", 2022, "rate",
      "up"),
    T(D, "设置蒙医科中医科分别提高到98%、100%", N4, R, ">=", 100, "%", 2030, "rate", "up"),
    T(D, "嘎查村卫生室提供蒙医药中医药服务提高到70%", N5, R, ">=", 70, "%", 2022, "rate", "up"),
    T(D, "提供蒙医药中医药服务提高到70%、80%", N5, R, ">=", 80, "%", 2030, "rate", "up", **AMB),
    T(D, "社区卫生服务中心建成蒙医馆中医馆分别达到85%", N6, R, ">=", 85, "%", 2022, "rate", "up", **AMB),
    T(D, "社区卫生服务中心建成蒙医馆中医馆分别达到85%、100%", N6, R, ">=", 100, "%", 2030, "rate", "up", **AMB),
    T(D, "苏木乡镇卫生院建成蒙医馆中医馆分别达到70%", N7, R, ">=", 70, "%", 2022, "rate", "up", **AMB),
    T(D, "苏木乡镇卫生院建成蒙医馆中医馆分别达到70%、90%", N7, R, ">=", 90, "%", 2030, "rate", "up", **AMB),
    T(D, "蒙医药中医药健康管理率分别达到目标人群的50%", N8, R, ">=", 50, "%", 2022, "rate", "up", **AMB),
    T(D, "健康管理率分别达到目标人群的50%、75%", N8, R, ">=", 75, "%", 2030, "rate", "up", **AMB),
    T(D, "居民蒙医药中医药健康文化素养水平分别不低于14%", N9, R, ">=", 14, "%", 2022, "rate", "up", **AMB),
    T(D, "健康文化素养水平分别不低于14%和24%", N9, R, ">=", 24, "%", 2030, "rate", "up", **AMB),
]

# cy05 a news page (kkxue, cut at `推进`) on 内蒙古's first 蒙医药中医药工作会议 of the new health commission,
# held in 呼和浩特 on the 15th: the past year's results, the figures at the end of 2018, then the aims for 2019.
# Region 内蒙古自治区 (`全区`, `自治区`), year 2019. Scored: at least one 三级甲等 hospital in each league or
# city (`每个盟市级…至少1所`, scope 每个盟市, `>=`), finishing the 55 banner and county hospitals (`全面完成55个…
# 建设任务`, a count to reach) and `80%以上` of them at 二级甲等 (scope 旗县蒙医中医医院). Not targets: every
# figure before `2019年,要` (the projects under way, 202所, 26013张, 1.029张, 18895人, 0.577人, 437个, 70%,
# 96.36%, 91.31%, 82.24%, 64.68%, 2个地市和34个旗县: the present), `15日`.
D, R, Y = "cy05.txt", "内蒙古自治区", 2019
A += [
    T(D, "每个盟市级蒙医中医医院至少1所达到三级甲等", "三级甲等蒙医中医医院数", R, ">=", 1, "所", Y, "count", "up",
      scope="每个盟市"),
    T(D, "全面完成55个旗县蒙医中医医院建设任务", "旗县蒙医中医医院建设完成数", R, ">=", 55, "个", Y, "count", "up"),
    T(D, "80%以上达到二级甲等水平", "旗县蒙医中医医院二级甲等达标率", R, ">=", 80, "%", Y, "rate", "up",
      scope="旗县蒙医中医医院"),
]

# cy06 a health portal's copy (yisheng.12120; its breadcrumb before the title and its footer links after
# `关闭此页 (责任编辑:华康)` dropped, that line kept) of the
# 2022-06-22 press conference in 南宁 on ten years of health in 广西 and its 十四五 plan. Region 广西壮族自治区
# (`自治区`, `广西`). Scored: `人均预期寿命提高到79.06岁` (the 十四五 aim: year 2025, the plan's end; an amount in
# 岁). Not targets: the decade's results (`从75.11岁增至78.06岁`, the AIDS treatment coverage and success
# `保持在90%以上` — a state held over the decade, told among the results), `九大任务` (the plan's own parts),
# `5岁以下` (an age band), the dates and times.
D, R = "cy06.txt", "广西壮族自治区"
A += [
    T(D, "人均预期寿命提高到79.06岁", "人均预期寿命", R, ">=", 79.06, "岁", 2025, "amount", "up"),
]

# cy07 the distractor: a 新华网 宁夏 channel page (big5 gateway, traditional script; its title line with the
# site's name dropped) with 石嘴山市卫生健康委's review of 2023, cut in its third part. Achieved figures only,
# several in aim words: `健康素養水平28.02%` and `提升3.3個百分點`, `人均預期壽命預計達到77.5歲` (the year's
# estimate, not an aim), `吸煙率19.03%`, `4家鄉鎮衞生院達到國家推薦標準`, `佔比達到20%`, `增長10%`, `45個托育班`,
# `托位880個`, `37家`, `2915個`, `3.88`, `3家…5家`, and counts of the programme's parts (`18個專項行動`, `10大工程
# 30項具體措施`, `連續3年`). No gold line: every prediction here is a false positive.

write_gold(A, HERE)
