#!/usr/bin/env python3
"""Build hold-out set CP's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CP (gathered on main 77aed926, beside the sets gathered at the same time in /work/wt/gco, gcq, gcr, gcs and
gct, and annotated before any extractor run: the annotator ran none on these texts; it is to be scored once by
the lead engineer, so the set is unspent): aims of provinces and cities for the health of the old, 医养结合 and
护理, 2013–2025 — 生活报's item (2018) on 黑龙江's 健康老龄化行动计划 (ten numbered aims for 2020: health literacy,
health management, TCM and nutrition management, geriatric wards, green channels, model cities and districts,
chronic and mental-illness management), a news portal's copy (2017) of 安徽's 人口发展“十三五”规划 (life
expectancy, natural growth, health management of the old, nursing-bed share, four counts of 医养结合 models, beside
population projections), 杭州's 2023 实施意见 on the old (page 2 of 杭州网's item: geriatric departments, rehabilitation
and nursing beds per 10 000 old people, 老年友善 institutions, health management, activity centres, age-friendly
communities), 烟台's 十四五 health aims told by 胶东在线 (2021: geriatric departments `85%左右`, rehabilitation
departments), 福建's adjusted 医疗机构设置规划 2013–2015 (beds, doctors and nurses per 1 000), 海南's civil-affairs
plan told at a press conference (facilities per county for 2022, township coverage and the nursing-bed share for
2025, beside the census figures) and a portal's copy of the national 2021 老龄事业发展公报 figures (achieved
figures only: the distractor).
Files cp01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: one number for two indicators (`高血压患者、糖尿病患者规范管理率分别达到
60%以上`) is one line with the joint name (ca06, zz08); `左右` on an up-indicator is `~` with direction up (ab04,
aq07), on a neutral one (natural growth) `~`, band (gg09); per-1 000 and per-10 000 staffing and beds are counts
in the counting word written (`人`, `张`: ab01, ab06, ak03), a total written `16万张` keeps `万张` (aw02); life
expectancy is an amount in `岁` (gg09); a headline or sub-heading that repeats the body's aim is ambiguous (cn01,
cl01), and so is a repeat in a list of an aim the lead already gave; a population size a plan gives with `左右`
(`户籍人口将达到7200万人左右`) is ambiguous (as bp02 marks a population total; the 计生 sets score caps written
`控制在…以内`, bt01, bu03, which these sizes are not), and a forecast (`预计`) is no target (bl, bc). Counts of
model sites and centres to build are counts in the counting word written (`个`, `所`).
Achieved figures told beside the aims are not targets.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# cp01 黑龙江 新浪's copy of 生活报's item (2018-12-29 by its address) on `《黑龙江省健康老龄化行动计划(2018-2020年)》`,
# cut by the corpus inside its fourth paragraph (`鼓励养老机构按照规定`). Region 黑龙江省 (`我省`, the plan's title),
# year 2020 (`到2020年`). Scored, ten: the lead's green-channel aim (`医疗机构100%设置老年人绿色通道`: a share of
# institutions, 100 %, `>=`) and, from the list of `刚性指标`, health literacy of the old (20 %), their health
# management rate (70 %), TCM health management (65 %), nutrition health management (60 %), general hospitals of
# grade II and above with a geriatric ward (`达到30%以上`), model cities (`不少于3个`) and model districts (`不少于30
# 个`) of healthy ageing; then the hypertension and diabetes management aim (one number for two: one line, the
# joint name) and the registered severe-mental-illness management rate (75 %). All up, bare `达到` → `>=`.
# Ambiguous: the headline `到2020年医疗机构100%设老年人绿色通道` and the list's `医疗机构100%设置老年人绿色通道` (the
# lead's aim told again). Not targets: `预计到2020年` 539万人 aged 65+ and their 14.4 % share (a forecast of the
# population, no aim), `(2018-2020年)` and `2018` in the title, `65周岁以上` (the age bound of a group), the
# `三大数据库` and `全科医学科` sentences (no number).
D, R, Y = "cp01.txt", "黑龙江省", 2020
A += [
    T(D, "到2020年医疗机构100%设老年人绿色通道", "医疗机构设置老年人绿色通道比例", R, ">=", 100, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "医疗机构100%设置老年人绿色通道", "医疗机构设置老年人绿色通道比例", R, ">=", 100, "%", Y, "rate", "up",
      occ=0),
    T(D, "老年人健康素养达到20%", "老年人健康素养水平", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "老年人健康管理率达到70%", "老年人健康管理率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "老年人中医健康管理率达到65%", "老年人中医药健康管理率", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "老年人营养健康管理率达到60%", "老年人营养健康管理率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "二级以上综合医院设老年病科达到30%以上", "二级以上综合医院设老年病科比例", R, ">=", 30, "%", Y, "rate",
      "up"),
    T(D, "医疗机构100%设置老年人绿色通道", "医疗机构设置老年人绿色通道比例", R, ">=", 100, "%", Y, "rate", "up",
      ambiguous=True, occ=1),
    T(D, "全省培育健康老龄化示范市不少于3个", "健康老龄化示范市数", R, ">=", 3, "个", Y, "count", "up"),
    T(D, "健康老龄化示范区不少于30个", "健康老龄化示范区数", R, ">=", 30, "个", Y, "count", "up"),
    T(D, "全省高血压患者、糖尿病患者规范管理率分别达到60%以上", "高血压、糖尿病患者规范管理率", R, ">=", 60, "%", Y,
      "rate", "up"),
    T(D, "登记在册的严重精神障碍患者规范管理率达到75%", "严重精神障碍患者规范管理率", R, ">=", 75, "%", Y, "rate",
      "up"),
]

# cp02 a 合肥 portal's copy (`网络整理 2017-06-22`, spam words in its title) of the news of `《安徽省人口发展“十三五”规划》`,
# cut by the corpus inside the fitness paragraph (`五级全民健身设`). Region 安徽省 (`安徽`, `全省`, the plan's title),
# year 2020 (`到2020年`, the 十三五's end). Scored, eight: the natural growth rate `7.8‰左右` (a neutral rate:
# `~`, band, the 十三五's yearly mean, year 2020), life expectancy in the body (`到2020年,全省人均预期寿命将达到77.3
# 岁`: 77.3 岁, amount up, `>=`), the health management rate of those 65 and over (`80%以上`), the nursing-bed share
# of elderly-care beds (`30%以上`) and the four counts of 医养结合 models the province plans to set up (`计划建立`: 6
# 综合示范区, 20 示范基地, 100 示范项目, 300 社区示范中心; `>=`, count up). Ambiguous: the headline (`到2020年安徽人均
# 预期寿命将达77.3岁`) and the sub-heading `全省人均预期寿命将达到77.3岁` (the body's aim told again); the
# population sizes told with `左右` — the sub-heading `全省常住人口将达到6400万人左右`, `全省户籍人口将达到7200万人左右`
# and `其中常住人口6400万人左右` — a population plan's sizes that are as much projections as aims (a neutral count:
# `~`, band, `万人`). Not targets: `2019年前后` (the expected peak), `预计` 486万人 and 86万人 born in the 十三五 (a
# forecast), `105期` (spam), the dates. Shared with an earlier set: the clause `人均预期寿命将达到77.3岁`, the same
# aim of the same province told by its 卫生与健康规划 in gg09; this page's other text is not in any earlier set.
D, R, Y = "cp02.txt", "安徽省", 2020
A += [
    T(D, "到2020年安徽人均预期寿命将达77.3岁", "人均预期寿命", R, ">=", 77.3, "岁", Y, "amount", "up",
      ambiguous=True),
    T(D, "全省常住人口将达到6400万人左右", "常住人口总量", R, "~", 6400, "万人", Y, "count", "band", ambiguous=True),
    T(D, "全省户籍人口将达到7200万人左右", "户籍人口总量", R, "~", 7200, "万人", Y, "count", "band", ambiguous=True),
    T(D, "其中常住人口6400万人左右", "常住人口总量", R, "~", 6400, "万人", Y, "count", "band", ambiguous=True),
    T(D, "“十三五”时期常住人口年均自然增长率7.8‰左右", "常住人口年均自然增长率", R, "~", 7.8, "‰", Y, "rate",
      "band"),
    T(D, "全省人均预期寿命将达到77.3岁", "人均预期寿命", R, ">=", 77.3, "岁", Y, "amount", "up", ambiguous=True,
      occ=0),
    T(D, "全省人均预期寿命将达到77.3岁", "人均预期寿命", R, ">=", 77.3, "岁", Y, "amount", "up", occ=1),
    T(D, "65周岁以上老年人健康管理率达到80%以上", "65周岁以上老年人健康管理率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "2020年护理型床位占养老床位的比例达到30%以上", "护理型床位占养老床位比例", R, ">=", 30, "%", Y, "rate",
      "up"),
    T(D, "6个省级医养结合综合示范区", "省级医养结合综合示范区数", R, ">=", 6, "个", Y, "count", "up"),
    T(D, "20个医养结合示范基地(园区)", "医养结合示范基地(园区)数", R, ">=", 20, "个", Y, "count", "up"),
    T(D, "100个医养结合示范项目", "医养结合示范项目数", R, ">=", 100, "个", Y, "count", "up"),
    T(D, "300个社区医养结合示范中心", "社区医养结合示范中心数", R, ">=", 300, "个", Y, "count", "up"),
]

# cp03 杭州 page 2 of 杭州网's item (2023-10-21) on the city's 24 articles of 实施意见 on the old (`打造“健康老龄 幸福颐
# 养”宜居天堂`); the corpus holds only this page, cut at `到203`. Region 杭州市 (`杭州`, `全市`), year 2025 (`到2025
# 年`). Scored, six: general and TCM hospitals of grade II and above with a geriatric department (`90%以上`),
# rehabilitation and nursing beds in medical institutions per 10 000 old people (`60张以上`: a count in 张), the
# share of hospitals and primary institutions built into 老年友善 institutions (`90%以上的…`, scope the kinds of
# institution named), the community health management rate of those 65 and over (`65%以上`), at least one
# activity centre for the old in every district and county (`至少建有1所`, scope `每个区、县(市)`) and 350
# `杭州市老年友好型社区` built (count, `个`). All up, `>=`. Not targets: `24条` (the count of the text's own
# articles), `10分钟健身圈` (a name), `65岁及以上老年人中医药健康管理率` (raised, no number), the cut `到203`, the
# dateline.
D, R, Y = "cp03.txt", "杭州市", 2025
A += [
    T(D, "全市二级及以上综合医院、中医医院设置老年医学科的比例达到90%以上", "二级及以上综合医院、中医医院设置老年医学科比例",
      R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "每万名老年人拥有医疗机构康复护理床位达到60张以上", "每万名老年人拥有医疗机构康复护理床位数", R, ">=", 60, "张",
      Y, "count", "up"),
    T(D, "90%以上的综合医院、中医医院、康复医院、护理院和基层医疗卫生机构建成老年友善医疗机构", "老年友善医疗机构比例", R,
      ">=", 90, "%", Y, "rate", "up", scope="综合医院、中医医院、康复医院、护理院和基层医疗卫生机构"),
    T(D, "全市65周岁及以上老年人城乡社区规范健康管理率达到65%以上", "65周岁及以上老年人城乡社区规范健康管理率", R, ">=",
      65, "%", Y, "rate", "up"),
    T(D, "每个区、县(市)依托现有资源至少建有1所老年活动中心", "老年活动中心数", R, ">=", 1, "所", Y, "count", "up",
      scope="每个区、县(市)"),
    T(D, "到2025年建成“杭州市老年友好型社区”350个", "杭州市老年友好型社区数", R, ">=", 350, "个", Y, "count", "up"),
]

# cp04 烟台 胶东在线's item (2021-04-20) from the city's press conference on its 十四五 health tasks. Region 烟台市, year
# 2025 (`“十四五”末`). Scored: general hospitals of grade II and above with a geriatric department `达到85%左右`
# (`~` on an up-indicator) and TCM hospitals of grade II and above with a rehabilitation department (`达到100%`,
# `>=`). Ambiguous: the headline `烟台85%二级综合医院设老年医学科` (the body's aim told again, without its `左右`).
# Not targets: `两癌` (a name), `全覆盖` (no number), the dateline and the reporters.
D, R, Y = "cp04.txt", "烟台市", 2025
A += [
    T(D, "烟台85%二级综合医院设老年医学科", "二级以上综合医院设老年医学科比例", R, ">=", 85, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "烟台二级以上综合医院设老年医学科比例达到85%左右", "二级以上综合医院设老年医学科比例", R, "~", 85, "%", Y,
      "rate", "up"),
    T(D, "二级以上中医医院设置康复科比例达到100%", "二级以上中医医院设置康复科比例", R, ">=", 100, "%", Y, "rate",
      "up"),
]

# cp05 福建 a pharmaceutical portal's copy of 福建省发展改革委's item: `《关于调整福建省医疗机构设置规划(2013—2015年)的
# 意见》`. Region 福建省 (`我省`, the title), year 2015 (`到2015年`). Scored, four counts: total beds of medical
# institutions (`将达到16万张`: 16 `万张` as written), beds per 1 000 residents (`达到4张`), licensed (assistant)
# doctors per 1 000 (`从1.84人调整为1.88人`: the standard raised to 1.88) and registered nurses per 1 000 (`从2.02人
# 调整为2.07人`: 2.07). All up, `>=` (a bare `达到`/`调整为` of an up-indicator). Not targets: 1.84 and 2.02 (the old
# standards), `(2013—2015年)` in the names.
D, R, Y = "cp05.txt", "福建省", 2015
A += [
    T(D, "全省医疗机构总床位数将达到16万张", "医疗机构总床位数", R, ">=", 16, "万张", Y, "count", "up"),
    T(D, "按常住人口计每千人均床位数达到4张", "每千常住人口医疗机构床位数", R, ">=", 4, "张", Y, "count", "up"),
    T(D, "每千人均配置执业(助理)医师数从1.84人调整为1.88人", "每千人口执业(助理)医师数", R, ">=", 1.88, "人", Y,
      "count", "up"),
    T(D, "每千人均配置注册护士数从2.02人调整为2.07人", "每千人口注册护士数", R, ">=", 2.07, "人", Y, "count", "up"),
]

# cp06 海南 a portal's copy (no date in the text; `第七次全国人口普查`'s 2020 figures, so 2021) of 海南省民政厅's press
# conference on elderly care, its sentences run together without stops and a stray line on 上海 at the end. Region
# 海南省. Scored: by the end of 2022 every city and county to have at least one county-level care facility for the
# disabled poor and one regional elderly-care centre (`至少建有一个…,一个…`: two counts of 1 `个`, scope `每个市县`,
# year 2022); by the end of 2025 the coverage of townships by comprehensive elderly-care institutions (`达到60%`)
# and the nursing-bed share of elderly-care institutions (`不低于60%`), year 2025. All up, `>=`. Not targets: the
# census figures (147万人, 14.65%, 105万人, 10.43%), the institutions and beds running now (142家, 15985张, 113家,
# 8178张, 29家, 7807张, 105家), `十四五`, `一刻钟居家养老服务圈` (a name, no number), `21日`.
D, R = "cp06.txt", "海南省"
A += [
    T(D, "每个市县至少建有一个以失能,部分失能特困人员专业照护为主的县级供养服务设施", "县级供养服务设施数", R, ">=", 1,
      "个", 2022, "count", "up", scope="每个市县"),
    T(D, "一个区域性养老服务中心", "区域性养老服务中心数", R, ">=", 1, "个", 2022, "count", "up", scope="每个市县"),
    T(D, "乡镇范围具备综合功能的养老服务机构覆盖率达到60%", "乡镇具备综合功能的养老服务机构覆盖率", R, ">=", 60, "%",
      2025, "rate", "up"),
    T(D, "养老机构护理型床位占比不低于60%", "养老机构护理型床位占比", R, ">=", 60, "%", 2025, "rate", "up"),
]

# cp07 the distractor: a portal's copy of the national figures of the 2021 老龄事业发展公报 (`公报显示,截至2021年底`):
# old people under health management (`达到11941.2万人`), 医养 institutions and beds with their growth, elderly-care
# institutions and beds, the facility compliance rate (`达标率为62%,比上年提高约16个百分点`), allowances and funds —
# achieved figures only, some in aim words (`达到`, `提高`). No gold line: every prediction here is a false positive.

write_gold(A, HERE)
