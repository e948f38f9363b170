#!/usr/bin/env python3
"""Build hold-out set CF's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CF (gathered on main 0c7bf32, after the first contact and round of sets CB and CC, beside sets CD, CE,
CG and CH gathered at the same time in /work/wt/gcd, gce, gcg and gch, and annotated before any extractor
run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent): performance-appraisal and target-responsibility pages of health bureaus, townships and
districts — a county's scoring rules for basic public-health appraisal (隆安县, aims for 2009 and 2010), a
township's family-planning 目标管理责任书 (次营镇, traditional mirror), a basic public-health project's
performance table with a column of 目标值 and 标准值 beside what was done (宜兴 by its address; the text
names no place: 辖区), a sub-district's split of its 2020 premarital and pre-pregnancy check tasks (莲花街道 of
雁江区), a district's 2011 TB-control 目标管理责任书 (广安区), the sanitary-village part of a national
sanitary-township standard with ≥ bounds, and a district's 2013 assessment of its family-planning target
responsibility, with achieved figures only (花都 by its town names; the distractor).
Files cf01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

An appraisal page mixes aims with scoring: the level an indicator must reach (`2009年规范化建档率5%`, a
cell `≥75%` under 标准值, `≥90%` in a standard) is a target; the bands that turn a result into points
(`≥70%得3分,≥65%得1分`, `得40分`, `每低0.1个百分点扣0.3分`) are scoring rules, not targets; the points
themselves (`100分`, `30`, `5`) and the weights are not targets; achieved figures beside the aims (目标完成值,
评价指标值) are not targets. Budget-execution rates of a health project's performance table (预算完成率,
资金到位率, 实际支出率, 专款专用率, 管理规范度, each 100%) are aims of the table but not health indicators:
ambiguous, as earlier sets mark budgets and non-health aims (cc, bc04, bf04, bo02).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# cf01 a document site's preview (wenke99, uploaded 2021-11-30) of 隆安县's `年度基本公共卫生服务项目绩效考核评分细则(试行)`,
# its first section (health records) flattened into one run: 考核指标, 考核内容, 评分标准 and the points run together.
# Region 隆安县 (the title's `隆安县`; the text's year slot is blank, `隆安县 年度`). Scored, the level the scoring
# rule sets for full marks: the standardised record-keeping rate of 5% in 2009 and 20% in rural areas in 2010
# (`2009年规范化建档率5%,得40分;低于要求按比例得分` — a bare number with a year: an implied 达到, `>=`; the year the
# number is for, as SCHEMA's `2017年…50%…2020年达到90%`; the second with scope 农村). Not targets: the points
# (`100分`, `50分`, `得10分`, `得40分`, the `30` of 合格率's points), the formulas' `100%` (×100%), `随机抽取30份` (a
# sample size for checking, a method), `共11页`, `97KB`, the upload number and date.
D, R = "cf01.txt", "隆安县"
N = "居民健康档案规范化建档率"
A += [
    T(D, "2009年规范化建档率5%", N, R, ">=", 5, "%", 2009, "rate", "up"),
    T(D, "2010年农村规范化建档20%", N, R, ">=", 20, "%", 2010, "rate", "up", scope="农村"),
]

# cf02 a mirror (traditional, with the mirror's pinyin junk such as `鎮(zhèn)`) of a template-site copy (思而思学网)
# of 次营镇人民政府's 人口和计划生育工作目标管理责任书 with its villages (`次營鎮(zhèn)人民政府與____村簽訂`); the
# stored copy stops inside item 7 (`鞏固和加強`, the corpus's cut). Region 次营镇 (the town that sets the aims for
# its villages; the province is `XX省` in the text). Year null: the text leaves it blank (`20____年`). Scored:
# the free pre-pregnancy check rate `達到100%` (`>=`), and the sex ratio at birth `保持在107的正常范圍內` (a ceiling,
# `<=`, rate down, unit `男/100女` as earlier sets write the sex ratio). Not targets: `十八大`/`十八屆三中全會`
# (ordinals), `三個不變四個到位` (a slogan), `20____年` (a blank), the item numbers.
D, R, Y = "cf02.txt", "次营镇", None
A += [
    T(D, "免費孕前優(yōu)生健康檢查率達到100%", "免费孕前优生健康检查率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "出生人口性別比保持在107的正常范圍內(nèi)", "出生人口性别比", R, "<=", 107, "男/100女", Y, "rate", "down"),
]

# cf03 宜兴's government site (by its address, 2017-04-20) with a basic public-health project's performance
# evaluation table, flattened one cell a line with `|` lines between cells: 目标名称 | 目标值 | 评价指标 | 标准值 |
# 目标完成值 | 评价指标值 | 权重分值 | 评分规则 | 得分; the stored copy stops at the row `孕产妇健康管理` (the corpus's cut).
# The text names no place and no year: region is its own word `辖区` (`辖区内常住居民数`, as oo08 writes
# a sheet's own word where no place is named), year null (the year evaluated is not in the text; the page's
# date would be a guess). Scored, the 目标值 and 标准值 cells of the output rows (bare numbers in a target column:
# implied 达到, `>=`): 941250 electronic health records and the rate `≥75%`, 56950 children aged 0-6 under health
# management and the rate `≥90%` (the cell quotes alone; the indicator is the row's, the cell before). Ambiguous:
# the input and management rows' 标准值 (预算完成率, 资金到位率, 实际支出率, 专款专用率, 财务管理规范度, 组织管理规范度,
# each 100%: budget execution of a health project, not health indicators; quoted with the cell before, since
# `100%` recurs in the achieved column and the rules). Not targets: the budget `6475` (the money put in, no unit
# in the text: left out), every 目标完成值 and 评价指标值 (6475, 100%, 1024410, 81.74%, 68890, 99.83%: achieved),
# the 评分规则 bands (`≥70%得3分,≥65%得1分,<65%不得分`, `≥85%`, `≥80%`, `<80%`, `正负10%`: scoring rules), the
# weights and scores (1, 2, 5, 1.5), `1次及以上` and `0-6岁` (definitions).
D, R, Y = "cf03.txt", "辖区", None
A += [
    T(D, "预算完成率\n|\n100%", "项目预算完成率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "资金到位率\n|\n100%", "项目资金到位率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "实际支出率\n|\n100%", "项目资金实际支出率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "专款专用率\n|\n100%", "项目资金专款专用率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "财务管理规范度\n|\n100%", "项目财务管理规范度", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "组织管理规范度\n|\n100%", "项目组织管理规范度", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "941250份", "居民电子健康档案建档数", R, ">=", 941250, "份", Y, "count", "up"),
    T(D, "≥75%", "居民电子健康档案建档率", R, ">=", 75, "%", Y, "rate", "up"),
    T(D, "56950人", "0-6岁儿童健康管理数", R, ">=", 56950, "人", Y, "count", "up"),
    T(D, "≥90%", "0-6岁儿童健康管理率", R, ">=", 90, "%", Y, "rate", "up"),
]

# cf04 雁江区人民政府莲花街道办事处's notice (2020-02-24) splitting among its communities the 2020 tasks of free
# premarital and pre-pregnancy checks handed down from the district health bureau; cut inside item 3 (the
# corpus's cut, `生育能力`). Region 莲花街道 (the sub-district that sets the aims; `我区` is 雁江区, the bureau's).
# Year 2020. Scored: the premarital check take-up rate `达80%以上` (`>=`) and the 50 couples of urban residents to
# check free before pregnancy (`确保完成…50对的目标任务`: a count, `对` as written, scope 城镇人口). Not targets: the
# bureau's letter number (`资雁卫健函〔20204号`, its bracket broken in the text), the date, `2020` in names.
D, R, Y = "cf04.txt", "莲花街道", 2020
A += [
    T(D, "确保免费婚前医学检查参检率达80%以上", "免费婚前医学检查参检率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "城镇人口免费孕前优生健康检查50对", "免费孕前优生健康检查对数", R, ">=", 50, "对", Y, "count", "up",
      scope="城镇人口"),
]

# cf05 a document site's preview (taodocs) of 广安区's 2011 结核病防治目标管理责任书 between the district's TB-control
# project office (甲方) and each unit (乙方), a blank form's header (`作者:————…日期:`) before it; cut inside the
# `落实任务指标` part (the corpus's cut, `所辖区域内的结核`). Region 广安区, year 2011 (`目标管理周期2011年…`, `2011年,
# 各单位…`). Scored: the qualified-staffing rate of TB-control staff `100%` (a bare number: `>=`), two TB-control
# staff for each central township hospital and one for each township hospital (counts, `>=`, scopes as written).
# Not targets: the phone and fax numbers, the address (`8号`), `川府阅[2010]81号`, `2010-2015年` (a plan's name),
# `第二次` (an ordinal), the reporting dates (`7月15日`, `1月15日`, `12月31日`).
D, R, Y = "cf05.txt", "广安区", 2011
N = "专业结防人员配备数"
A += [
    T(D, "各单位结防专业人员配备合格率100%", "结防专业人员配备合格率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "中心卫生院配备2名", N, R, ">=", 2, "名", Y, "count", "up", scope="中心卫生院"),
    T(D, "乡镇卫生院配备1名专业结防人员", N, R, ">=", 1, "名", Y, "count", "up", scope="乡镇卫生院"),
]

# cf06 a policy-explainer site's page (updated 2018-07-19) quoting the end of the sanitary-township standard's
# environment part and the sanitary-village part of the national 卫生乡镇 standard: criteria a township or village
# must meet to be named, with ≥ bounds. Region 全国: the text names no place, but a standard that refers each
# village to `所在省(区、市)平均水平` binds across provinces (as oo05's `我国` → 全国); year null (the page's
# update date is not the standard's). Scored: 30% of villages built as provincial sanitary villages (`30%以上`),
# the tap-water rate `≥90%` and in schools `≥95%`, the sanitary-latrine rate `≥70%` and in schools `≥80%` (scope
# 学校; `≥` → `>=`). Ambiguous: the NCMS enrolment rate `高于所在省(区、市)平均水平` (a number by reference: value null,
# `>`, as SCHEMA settles). Not targets: the item numbers (三)–(七), the date.
D, R, Y = "cf06.txt", "全国", None
A += [
    T(D, "参合率高于所在省(区、市)平均水平", "新型农村合作医疗参合率", R, ">", None, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "30%以上村庄建成省级卫生村", "建成省级卫生村的村庄比例", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "自来水普及率≥90%", "自来水普及率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "学校自来水普及率≥95%", "自来水普及率", R, ">=", 95, "%", Y, "rate", "up", scope="学校"),
    T(D, "无害化卫生厕所普及率≥70%", "无害化卫生厕所普及率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "学校无害化卫生厕所普及率≥80%", "无害化卫生厕所普及率", R, ">=", 80, "%", Y, "rate", "up", scope="学校"),
]

# cf07 a news aggregator's copy (3158.cn, 2014-06-19) of a district item: the province's team assessing `我区2013年度
# 人口计生目标管理責任制完成情况` (花都 by its towns 花东镇 and 炭步镇 and its leaders; the text says only `我区`). Every
# figure is the present or what was achieved (population 102.3143万, births 8802, 政策生育率 85.34%, birth rate
# 12.94‰, 8.97‰, the sex ratio 129.22 against 131.51, down 2.29个百分点, 32.3017万 migrants, 75.04%, 11536 checks,
# 159.19% and 103.59% of the tasks handed down — results against targets the text does not state); `2014年,我区将…`
# names aims with no number; `22个` (units present), the dates and the ICP number are not targets. No gold line:
# every prediction here is a false positive.

write_gold(A, HERE)
