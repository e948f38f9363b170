#!/usr/bin/env python3
"""Build hold-out set CG's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CG (gathered on main 0c7bf32, beside the sets gathered at the same time in /work/wt/gcd, gce, gcf and
gch, and annotated before any extractor run: the annotator ran none on these texts; it is to be scored once
by the lead engineer, so the set is unspent): the product's core document, the yearly health work plan of a
town's health centre, a county or district and a city, with the whole range of health topics — a township
health-centre doctor's 2026 plan (本乡镇: TCM techniques, visits, TCM share), a 2025 乡镇卫生院 plan guide with
its model aims (全镇: accuracy, satisfaction, e-records, staff), an unnamed area's 2026 卫生保健 plan (public
health, family doctors, MCH, screening, anaemia), an unnamed city's 2026 卫生应急 plan (sentinel points,
response times), 龙湾区's 十四五 health plan table for 2025 (the only named district: life expectancy, deaths,
doctors, beds, childcare places), a town's 2026 人口和计生 plan whose numbers are `[X]` placeholders (全镇) and
天台县卫生健康局's 2024 工作总结 (achieved figures only: the distractor).
Files cg01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

The stored pages' corpus has been worked through by some eighty earlier sets; most yearly 工作要点/工作计划
pages of towns, counties and cities it returns are already held by them (see SOURCES.md). Two of the
pages here name no jurisdiction at all (cg03, cg04) and one names it only as `本乡镇` (cg01): region is
then the document's own word for its place (SCHEMA, as cc05's 全市), said per page below.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# cg01 a document site's page (book118, `2026-01-31 发布于四川`): `2026年乡镇卫生院医生工作计划`, a township health
# centre doctor's plan for the year; the stored copy stops inside item 3 (`及微信公众号`, the corpus's cut).
# Region: the text names no town, only `本乡镇` (twice), the document's own word for its place. Year 2026 (the
# title and `2026年,作为乡镇卫生院医生`). Scored (counts and a share for the year): at least 6 kinds of TCM
# appropriate techniques to promote (`等6类以上`: a count of kinds, `>=`, counting word `类` as written), at least
# 2000 TCM visits in the year (`2000人次以上`) and the TCM share of outpatient visits raised to 35% (`提升至`,
# rate `>=`). Ambiguous: the blood-pressure goals for patients (`65岁以上收缩压控制在140-150mmHg`, `年轻患者严格
# 控制在130/80mmHg以下`) — clinical treatment goals for each patient, not a level the jurisdiction must reach;
# a reader could take them as aims, so neither scored nor an error (the range as `=` with value_max, a
# neutral band; the second `<=` 130 on the systolic figure written first). Not targets: `2026年`, `约4.17千字`,
# `约 9页`, `0` (the page's counters), `65岁以上` (who the goal is for), `每周二、四下午` (clinic days),
# `8:00-17:00` (opening hours), `每季度` (how often to review).
D, R, Y = "cg01.txt", "本乡镇", 2026
A += [
    T(D, "65岁以上收缩压控制在140-150mmHg", "65岁以上高血压患者收缩压控制目标", R, "=", 140, "mmHg", Y, "amount",
      "band", scope="65岁以上高血压患者", value_max=150, ambiguous=True),
    T(D, "年轻患者严格控制在130/80mmHg以下", "年轻高血压患者血压控制目标", R, "<=", 130, "mmHg", Y, "amount",
      "down", scope="年轻高血压患者", ambiguous=True),
    T(D, "等6类以上中医适宜技术", "推广中医适宜技术类数", R, ">=", 6, "类", Y, "count", "up"),
    T(D, "计划全年开展中医诊疗服务2000人次以上", "中医诊疗服务人次", R, ">=", 2000, "人次", Y, "count", "up"),
    T(D, "使中医药服务占比提升至门诊总量的35%", "中医药服务占门诊总量比例", R, ">=", 35, "%", Y, "rate", "up"),
]

# cg02 a writing-guide page (aixzzs, no date of its own): `2025年乡镇卫生院工作计划`的撰写指南, whose `二、目标设定`
# gives the year's aims of a township health centre `例如:` as a model; the stored copy stops inside the fifth
# aim (`与上级医院开展`). Region 全镇 (`完成全镇居民健康档案管理`, the only word for the place). Year 2025.
# Scored, the model plan's aims, each in aim wording (`提高…至`, `达到`, `实现`, `至少`, `引进或培养`): outpatient
# diagnostic accuracy `至95%以上`, inpatient satisfaction `达到90%以上`, the residents' health-record
# electronic-management rate `100%`, at least 4 large public-health education events (`至少` → `>=`), 5
# specialist doctors to bring in or train, and staff continuing-education coverage `达到100%`. Borderline: they
# are a guide's examples (`例如`) rather than one centre's adopted plan; scored as earlier sets score 范文 plans
# with `xx`/`20xx` years (the development set's d16, qq01–qq03): a model plan's aims are the plan's targets.
# Not targets: `2025年` in the lead (a date of the guide's topic), `SMART原则`, the numbered headings.
D, R, Y = "cg02.txt", "全镇", 2025
A += [
    T(D, "提高门诊诊疗准确率至95%以上", "门诊诊疗准确率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "住院患者满意度达到90%以上", "住院患者满意度", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "实现电子化管理率100%", "居民健康档案电子化管理率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "开展至少4次大型公共卫生宣教活动", "大型公共卫生宣教活动次数", R, ">=", 4, "次", Y, "count", "up"),
    T(D, "引进或培养5名专科医生", "引进或培养专科医生数", R, ">=", 5, "名", Y, "count", "up"),
    T(D, "全员继续教育覆盖率达到100%", "全员继续教育覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
]

# cg03 a document site's page (book118, `2026-01-27 发布于四川`): `2026年卫生保健工作计划`, a health-care plan for
# the year of a jurisdiction with community health centres and village clinics (a county or district by
# its institutions); the stored copy stops inside section 二 (`20家村卫生室`, the corpus's cut). Region: the text
# names no place; its only word is `结合区域卫生健康事业发展实际`, so `区域` (the document's own word). Year 2026.
# Scored (10, the cap): the basic public-health service norms' execution rate `达95%以上` (`12类55项` sizes the
# package: not targets), the key groups' health-management rate `稳定在90%以上`, the key groups' family-doctor
# sign-up rate `提升至85%` (scope the groups named), paid sign-up coverage `不低于30%`, the maternal systematic
# management rate `保持在98%以上`, newborn visits and 0–6 child health management `均达99%` (one number for two
# indicators: one target with the joint name, SCHEMA), premarital check rate 85% and prenatal screening rate
# 90% (bare numbers after `目标实现`: implied 达到), newborn disease screening `稳定在99.5%`, and child anaemia
# `降低…至3%以下` (`<=`, down). Ambiguous: `每季度开展至少1次面对面健康指导` and `每学期开展2次儿童营养状况评估`
# (routine frequencies of a service — aims in wording, but a schedule rather than a level, as earlier sets
# leave visit frequencies unscored), and `全年完成10家社区卫生服务中心、20家村卫生室` (counts to complete under the
# 强基工程, but the text is cut before what is to be done to them). Not targets: `12类55项`, `65岁以上`,
# `0-6岁` (who), `“三级联筛”`, `“一园一营养师”` (names), the page's counters and date.
D, R, Y = "cg03.txt", "区域", 2026
A += [
    T(D, "基本公共卫生服务规范执行率达95%以上", "基本公共卫生服务规范执行率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "重点人群健康管理率稳定在90%以上", "重点人群健康管理率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "等重点人群签约率提升至85%", "家庭医生重点人群签约率", R, ">=", 85, "%", Y, "rate", "up",
      scope="65岁以上老年人、高血压患者、糖尿病患者等重点人群"),
    T(D, "有偿签约服务覆盖率不低于30%", "有偿签约服务覆盖率", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "每季度开展至少1次面对面健康指导", "签约居民面对面健康指导频次", R, ">=", 1, "次", Y, "count", "up",
      ambiguous=True),
    T(D, "孕产妇系统管理率保持在98%以上", "孕产妇系统管理率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "新生儿访视率、0-6岁儿童健康管理率均达99%", "新生儿访视率和0-6岁儿童健康管理率", R, ">=", 99, "%", Y,
      "rate", "up"),
    T(D, "婚前医学检查率85%", "婚前医学检查率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "产前筛查率90%", "产前筛查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "新生儿疾病筛查率稳定在99.5%", "新生儿疾病筛查率", R, ">=", 99.5, "%", Y, "rate", "up"),
    T(D, "每学期开展2次儿童营养状况评估", "托幼机构儿童营养状况评估频次", R, ">=", 2, "次", Y, "count", "up",
      ambiguous=True),
    T(D, "降低儿童贫血率至3%以下", "儿童贫血率", R, "<=", 3, "%", Y, "rate", "down"),
    T(D, "全年完成10家社区卫生服务中心", "强基工程社区卫生服务中心数", R, ">=", 10, "家", Y, "count", "up",
      ambiguous=True),
    T(D, "20家村卫生室", "强基工程村卫生室数", R, ">=", 20, "家", Y, "count", "up", ambiguous=True),
]

# cg04 a document site's page (book118, `2026-01-27 发布于四川`): `2026年卫生应急处置工作计划范文`, a city's health-
# emergency plan for the year (`市级统筹、县级主战、乡级前哨`, `市卫生健康委应急办为市级中枢`); the stored copy stops
# inside item (三) (`每`, the corpus's cut). Region: no city is named; the plan is the city's (`市级`), so 全市, the
# usual word for an unnamed city (as cc05). Year 2026. Scored: orders to reach the scene within 1 hour and the
# on-site response within 2 hours (`1小时内指令直达、2小时内现场响应`: time ceilings, amount down, as af04's
# response times), 120 new emergency sentinel points (`新增`, count), village sentinel coverage `100%` and
# community sentinel coverage `95%以上`, and agreements with 3 neighbouring cities (`与周边3个地市签订`, count).
# Ambiguous: `配备1名专职应急协调员` (one coordinator for each township point) and `每个哨点配备1名…应急信息员`
# (a staffing norm per site, not a total to reach; the second is not quoted, the same kind), `每月开展1次业务
# 指导` and `每季度进行1次考核` (routine frequencies, as cg03's). Not targets: `12个成员单位` (the units to
# coordinate: a description of the structure), `10项核心流程` (the processes the rules will set out), `现有286
# 个村(社区)卫生服务站` (what exists), `三级`, the page's counters and date.
D, R, Y = "cg04.txt", "全市", 2026
A += [
    T(D, "配备1名专职应急协调员", "乡镇现场指挥点专职应急协调员配备数", R, ">=", 1, "名", Y, "count", "up",
      ambiguous=True),
    T(D, "1小时内指令直达", "应急指令直达时间", R, "<=", 1, "小时", Y, "amount", "down"),
    T(D, "2小时内现场响应", "应急现场响应时间", R, "<=", 2, "小时", Y, "amount", "down"),
    T(D, "新增120个“应急监测哨点”", "新增应急监测哨点数", R, ">=", 120, "个", Y, "count", "up"),
    T(D, "行政村哨点覆盖率100%", "行政村应急监测哨点覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "社区哨点覆盖率95%以上", "社区应急监测哨点覆盖率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "每月开展1次业务指导", "应急信息员业务指导频次", R, ">=", 1, "次", Y, "count", "up", ambiguous=True),
    T(D, "每季度进行1次考核", "应急信息员考核频次", R, ">=", 1, "次", Y, "count", "up", ambiguous=True),
    T(D, "与周边3个地市签订", "签订卫生应急协同合作协议的周边地市数", R, ">=", 3, "个", Y, "count", "up"),
]

# cg05 龙湾区卫健局's page (2022-01-18): news of `龙湾区卫生健康事业发展“十四五”规划` with its table 1 of main
# indicators for 2025, flattened into `|` cells; the stored copy stops at row 16 (`重大慢病过早死亡率 | % `, the
# corpus's cut, no value: no line). Region 龙湾区, year 2025 (the table's column `2025年`, `到2025年`). A five-year
# plan's table, not a yearly plan (a departure from the focus: no unused yearly county or district plan was
# returned; see SOURCES.md). A bare cell is an implied 达到 (`>=` up, `<=` down); `<5`, `<7`, `>65`, `<109` and
# `≥72` keep their signs. Fourteen rows have numbers: ten scored (the cap) — life expectancy 83 岁 (amount),
# infant mortality `<5`‰, maternal mortality `<7` 1/10万, health literacy 40%, beds per 1000 2.67 张, childcare
# places per 1000 4.50 个 (as ac07), primary-care visit share `>65`%, elderly health-management rate `≥72`%,
# the sex ratio at birth `<109` (unit `男/100女` as ak03; down) and doctors per 1000 2.99 人 (count, as ab06).
# Over the cap, marked ambiguous (targets all, left unscored by the 10-line rule): nurses per 1000 2.81,
# GPs per 10000 4.50, CDC standardisation rate 100% and the TCM-providing primary institutions' share 95%.
# Ambiguous too: `健康浙江(龙湾)建设发展指数 | % | 达到市定水平` (a level by reference, value null, SCHEMA).
# Not targets: the row numbers `1`–`16`, `七个方面`, `表 1`, `“十四五”`, the index number and date.
D, R, Y = "cg05.txt", "龙湾区", 2025
A += [
    T(D, "人均期望寿命 | 岁 | 83", "人均期望寿命", R, ">=", 83, "岁", Y, "amount", "up"),
    T(D, "婴儿死亡率 | ‰ | <5", "婴儿死亡率", R, "<", 5, "‰", Y, "rate", "down"),
    T(D, "孕产妇死亡率 | 1/10万 | <7", "孕产妇死亡率", R, "<", 7, "1/10万", Y, "rate", "down"),
    T(D, "居民健康素养水平 | % | 40", "居民健康素养水平", R, ">=", 40, "%", Y, "rate", "up"),
    T(D, "建设发展指数 | % | 达到市定水平", "健康浙江(龙湾)建设发展指数", R, ">=", None, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "每千常住人口执业(助理)医师数 | 人 | 2.99", "每千常住人口执业(助理)医师数", R, ">=", 2.99, "人", Y,
      "count", "up"),
    T(D, "每千常住人口注册护士数 | 人 | 2.81", "每千常住人口注册护士数", R, ">=", 2.81, "人", Y, "count", "up",
      ambiguous=True),
    T(D, "每千常住人口医疗机构床位数 | 张 | 2.67", "每千常住人口医疗机构床位数", R, ">=", 2.67, "张", Y, "count",
      "up"),
    T(D, "每万人全科医生数 | 人 | 4.50", "每万人全科医生数", R, ">=", 4.5, "人", Y, "count", "up", ambiguous=True),
    T(D, "疾控机构标准化建设达标率 | % | 100", "疾控机构标准化建设达标率", R, ">=", 100, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "婴幼儿照护设施托位 | 个 | 4.50", "每千人拥有3岁以下婴幼儿照护设施托位数", R, ">=", 4.5, "个", Y, "count",
      "up"),
    T(D, "基层就诊率 | % | >65", "基层就诊率", R, ">", 65, "%", Y, "rate", "up"),
    T(D, "机构占比 | % | 95", "提供中医药服务的基层医疗卫生机构占比", R, ">=", 95, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "老年人健康管理服务率 | % | ≥72", "老年人健康管理服务率", R, ">=", 72, "%", Y, "rate", "up"),
    T(D, "出生人口性别比 | <109", "出生人口性别比", R, "<", 109, "男/100女", Y, "rate", "down"),
]

# cg06 a document site's page (book118, `2026-03-14 发布于四川`): `2026年镇人口和计生工作计划(2篇)`, the first of its
# two plans, a town's population and family-planning aims for the year; the stored copy stops at `结` (the
# corpus's cut). Region 全镇 (`确保全镇人口自然增长率…`), year 2026. Every aim but one leaves its number as the
# template's placeholder `[X]`: natural growth `控制在[X]‰以内`, the policy-compliant birth rate, pre-pregnancy
# check coverage, contraceptive-measure rate, satisfaction and the floating population's management rate, each
# `达到[X]%以上` — the document leaves the number out (value null, SCHEMA), marked ambiguous as earlier sets mark
# `控制在以内` (bn03) and `达到.` (at06). Scored: the reward-and-assistance policies' implementation rate `达到
# 100%`. Not targets: `(2篇)`, `(一)`, the numbered items, `约5.93千字`, `约 12页`, the date.
D, R, Y = "cg06.txt", "全镇", 2026
A += [
    T(D, "人口自然增长率控制在[X]‰以内", "人口自然增长率", R, "<=", None, "‰", Y, "rate", "down", ambiguous=True),
    T(D, "符合政策生育率达到[X]%以上", "符合政策生育率", R, ">=", None, "%", Y, "rate", "up", ambiguous=True),
    T(D, "免费孕前优生健康检查目标人群覆盖率达到[X]%以上", "免费孕前优生健康检查目标人群覆盖率", R, ">=", None, "%", Y,
      "rate", "up", ambiguous=True),
    T(D, "育龄群众综合避孕节育措施落实率达到[X]%以上", "育龄群众综合避孕节育措施落实率", R, ">=", None, "%", Y,
      "rate", "up", ambiguous=True),
    T(D, "群众对计划生育服务的满意度达到[X]%以上", "群众对计划生育服务满意度", R, ">=", None, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "各项奖励扶助政策落实率达到100%", "计划生育奖励扶助政策落实率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "流动人口计划生育服务管理率达到[X]%以上", "流动人口计划生育服务管理率", R, ">=", None, "%", Y, "rate", "up",
      ambiguous=True),
]

# cg07 天台县卫生健康局's page (2025-05-08): `2024年工作总结及2025年工作重点`; the stored copy holds only the
# 2024 review and stops inside its part (三) (`组建“村`, the corpus's cut), before any 2025 aim. Everything is what
# was done in 2024: the three centres assessed, `全省第五家`, 3 health centres at the national standard, a
# 6.03亿元 project started, first-aid points at 5 health centres, 83 AEDs placed, ECG machines for 80 village
# clinics, 2 patients saved. No aim is given: no gold line, every prediction here a false positive.

write_gold(A, HERE)
