#!/usr/bin/env python3
"""Build hold-out set EB's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set EB (gathered on main 8947397c, beside sets EC–EE gathered in their own worktrees, and annotated before any
extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent). Its focus — hospital and township health-centre (卫生院, 社区卫生服务中心) annual work plans, 目标责任书 and
绩效考核 aims with figures, any region, 2005–2026 — gave six pages at the level of one institution, widened only in
kind (two of them are building items with a bed count rather than annual plans): a hospital department's 2010
目标责任书 as a document site's OCR gave it (`≥`/`≤` read as `A`/`W`/`R`/`w`; more aims than the cap of ten), a
hospital's 2015 管理目标责任书 (one service aim; two staff rules), 凤阳县 武店镇中心卫生院's new campus (2021: 156
beds), 狼山镇街道's new 社区卫生服务中心 (about 100 beds; `今年`), 遂溪县中医院's move (2019, traditional with
converter glosses: 500 beds, sums set aside) and 邵东市人民医院's 2020 work meeting (growth, discharges, operations,
satisfaction), with a hospital's 2018/2019 公开 table of indicators (achieved figures only: the distractor).
Files eb01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again is ambiguous (cn, cc05, dl01, dm); past the cap of ten
scored lines a page the rest are ambiguous in the text's order (DE, DG, dl05, dm01); `今年` with no year anywhere in
the text takes year null (cz, df01, dm04) — the address's year is not used; a bare figure on an up-indicator is `>=`
(SCHEMA); one number for several indicators is one target with the joint name (SCHEMA); a growth rate is its own
line named `…增长率` beside the level it leads to (as01); a named hospital takes its county or city as region and
the hospital as scope (as01), and an unnamed one takes `本院` (tt06); money a plan sets aside (`投资…万元`,
`估算总投资…`) is ambiguous (dm06 and earlier); a per-period count of 1 in a staff rule is ambiguous (ap01, av01);
an aim that is not a health one (staff attendance) is ambiguous (dz04); past and present figures are no target
(SCHEMA); a traditional page keeps its converter glosses (`設(shè)置`) as the corpus gave them, and a quote copies them
(dg, dm02). Set here: a planned building's floor area is ambiguous (a project's size, not a service aim), the land
of its site is no target; days (平均住院日) are a count in `天` (as the `天` lines of bb03 and cw06).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# eb01 a document site's copy (renrendoc 136818093) of a hospital department's 2010 目标责任书 (`医院科室目标责任书`,
# `2010 年目标责任书`), as its OCR gave it: `≥` read as `A` or `R`, `≤` as `W` or `w` (`床位使用率A 85%`, `平均住院天数
# W12天`), the numbering run into the figures (`R85%5 .`). Region 本院 (no hospital named), year 2010. Scored, the first
# ten in the text's order: bed use `A 85%` (>=), pre-operative stay `W 4天` and average stay `W12天` (<=, 天, down),
# 甲级病案 `A 90%`, rescue of the critically ill `R85%`, nursing of the critically ill `A95%` (`为重` for 危重), hospital
# infection `w 10%` and under-reporting `w 20%` (<=, down), infectious-disease reporting `100%` and component
# transfusion `90%A上` (`以上`). Ambiguous, past the cap: the other rates (`急救物品完好率100%` … `医疗投诉率低于1%`)
# and the cut cost-growth line (`…增长应低于当地居民可支配`: a reference, value null). Not targets: the numbering,
# `2010 年`, `按月、 季度、 年度`, the page bar (`第1页`…`已阅读5页,还剩1页`).
D, R, Y = "eb01.txt", "本院", 2010
A += [
    T(D, "床位使用率A 85%", "床位使用率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "术前平均住院日W 4天", "术前平均住院日", R, "<=", 4, "天", Y, "count", "down"),
    T(D, "平均住院天数W12天", "平均住院天数", R, "<=", 12, "天", Y, "count", "down"),
    T(D, "甲级病案合格率A 90%", "甲级病案合格率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "住院危重患者抢救成功率R85%", "住院危重患者抢救成功率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "为重病人护理合格率A95%", "危重病人护理合格率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "院内感染率w 10%", "院内感染率", R, "<=", 10, "%", Y, "rate", "down"),
    T(D, "院内感染漏报率w 20%", "院内感染漏报率", R, "<=", 20, "%", Y, "rate", "down"),
    T(D, "传染病报告率100%", "传染病报告率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "成分输血90%A上", "成分输血率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "急救物品完好率100%", "急救物品完好率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "灭菌物品合格率100%", "灭菌物品合格率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "死因登记报告率达到100%", "死亡病例死因登记报告率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "及时率达100%", "死亡病例死因登记报告及时率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "医务人员知晓率100%", "核心制度医务人员知晓率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "入组率R 50%", "临床路径入组率", R, ">=", 50, "%", Y, "rate", "up", ambiguous=True),
    T(D, "积极开展院感监测,合格率A95%", "院感监测合格率", R, ">=", 95, "%", Y, "rate", "up", ambiguous=True),
    T(D, "处方合格率90%", "处方合格率", R, ">=", 90, "%", Y, "rate", "up", ambiguous=True),
    T(D, "“医疗服务费用清单制”执行率100%", "病人选择医生和医疗服务费用清单制执行率", R, ">=", 100, "%", Y,
      "rate", "up", ambiguous=True),
    T(D, "住院患者告知率 100%", "住院患者告知率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "患者满意度达90%以上", "患者满意度", R, ">=", 90, "%", Y, "rate", "up", ambiguous=True),
    T(D, "医疗投诉率低于1%", "医疗投诉率", R, "<", 1, "%", Y, "rate", "down", ambiguous=True),
    T(D, "人均门诊费用、人均住院费用 (含医保) 费用与上年增长应低于当地居民可支配", "人均门诊和住院费用增长率", R,
      "<", None, "%", Y, "rate", "down", ambiguous=True),
]

# eb02 a document site's copy (xiaomilidoc 12822453) of a hospital's 二○一五年度 管理目标责任书 for its departments,
# cut at `无物品被盗和火`. Region 本院 (`我院`, no name), year 2015 (`二○一五年度`). Scored: `区域服务对象满意度调查
# 大于 90%` (`大于` → `>`). Ambiguous: `每周至少 1 次` political and professional study (a per-week count of 1 in a
# staff rule) and `80%以上人数参加` (staff attendance, not a health aim). Not targets: `一式二份`, the numbering.
D, R, Y = "eb02.txt", "本院", 2015
A += [
    T(D, "区域服务对象满意度调查大于 90%", "服务对象满意度", R, ">", 90, "%", Y, "rate", "up"),
    T(D, "政治、业务学习每周至少 1 次", "政治和业务学习次数", R, ">=", 1, "次", Y, "count", "up", ambiguous=True),
    T(D, "要有 80%以上人数参加", "政治和业务学习参加率", R, ">=", 80, "%", Y, "rate", "up", ambiguous=True),
]

# eb03 中国公共新闻网's item (citizeninfo 200060, 2021-08-16) on the new campus of 凤阳县 武店镇中心卫生院 (the site's
# three unrelated headlines at the top and its cut disclaimer kept). Region 武店镇 (the centre is the 镇's), scope
# 中心卫生院新院区, year 2022 (the works run `2021年5月份——2022年7月份`). Scored: `设置床位156张` (a bare figure:
# `>=`). Ambiguous: the money `投资8200万元` and again `项目总投资8200万` (set aside; told again), the campus's `14个科室`
# (a list of departments it is to have) and its floor area `12800平方米`. Not targets: `60.31亩` (the site), `X068`
# (a road), the dates.
D, R, S, Y = "eb03.txt", "武店镇", "中心卫生院新院区", 2022
A += [
    T(D, "投资8200万元新建新院区", "新院区建设投资", R, "=", 8200, "万元", Y, "amount", "up", scope=S,
      ambiguous=True),
    T(D, "建筑总面积12800平方米", "新院区建筑面积", R, ">=", 12800, "平方米", Y, "count", "up", scope=S,
      ambiguous=True),
    T(D, "胃镜14个科室", "新院区诊疗科室数", R, ">=", 14, "个", Y, "count", "up", scope=S, ambiguous=True),
    T(D, "设置床位156张", "床位数", R, ">=", 156, "张", Y, "count", "up", scope=S),
    T(D, "项目总投资8200万", "新院区建设投资", R, "=", 8200, "万元", Y, "amount", "up", scope=S, ambiguous=True),
]

# eb04 a property portal's news item (nantong.jiwu 5710360; no date in the text) on the new site of 崇川区's
# 狼山镇街道社区卫生服务中心, a 民生实事 project; the closing list of tags and property links (`- 狼山镇街道社区卫生
# 服务中心` … `- 南通房价`) dropped. Region 狼山镇街道, scope 社区卫生服务中心新址, year null (`预计今年10月`, no year in
# the text). Scored: `设计床位约100张` (`约` → `~`). Ambiguous: the floor area `约13000平方米` and the `约500平方米`
# chronic-disease centre. Not targets: `8.3万人` (the present population), `五幢` (built), `10月` (a date).
D, R, S, Y = "eb04.txt", "狼山镇街道", "社区卫生服务中心新址", None
A += [
    T(D, "建筑面积约13000平方米", "新址建筑面积", R, "~", 13000, "平方米", Y, "count", "up", scope=S,
      ambiguous=True),
    T(D, "设计床位约100张", "设计床位数", R, "~", 100, "张", Y, "count", "up", scope=S),
    T(D, "约500平方米的特色化慢性病健康管理中心", "慢性病健康管理中心面积", R, "~", 500, "平方米", Y, "count", "up",
      scope=S, ambiguous=True),
]

# eb05 遂溪县's site (8787sf 636152, 2019-08-23), traditional with converter glosses, on the ground-breaking of the
# second phase of the 县中医院's move, cut at `住院`. Region 遂溪县, scope 县中医院 (its 高端医疗区域), year null (no
# year given for the beds; the dateline's 2019 is the ceremony's). Scored: `設(shè)置床位500張`. Ambiguous: the sums
# set aside (`估算總投資35050萬元`, `省財政補助專項建設(shè)資金3000萬元`, `估算投資2050萬元`) and the first phase's
# `綜合保障樓1幢` of `8200平方米`. Not targets: the site (`200畝`, `144畝`, `56畝`), `分兩期`, `三級醫院標準` (a
# grade), `兩河三岸` (a name), the dates.
D, R, S, Y = "eb05.txt", "遂溪县", "县中医院", None
A += [
    T(D, "設(shè)置床位500張", "床位数", R, ">=", 500, "张", Y, "count", "up", scope=S),
    T(D, "估算總投資35050萬元", "整体搬迁升级建设总投资", R, "=", 35050, "万元", Y, "amount", "up", scope=S,
      ambiguous=True),
    T(D, "省財政補助專項建設(shè)資金3000萬元", "省财政补助专项建设资金", R, "=", 3000, "万元", Y, "amount",
      "up", scope=S, ambiguous=True),
    T(D, "綜合保障樓1幢", "一期综合保障楼建设数", R, ">=", 1, "幢", Y, "count", "up", scope=S, ambiguous=True),
    T(D, "建筑面積8200平方米", "一期综合保障楼建筑面积", R, ">=", 8200, "平方米", Y, "count", "up", scope=S,
      ambiguous=True),
    T(D, "估算投資2050萬元", "一期项目投资", R, "=", 2050, "万元", Y, "amount", "up", scope=S, ambiguous=True),
]

# eb06 邵商网's item (shaoshang 10034, 2020-04-20) on 邵东市人民医院's 2020 work meeting. Region 邵东市, scope 市人民
# 医院, year 2020. Scored: `门诊诊疗人次、门诊收入增加15%` (one number for two indicators: one line, joint name),
# `出院病人增加5%` and the level it leads to `达到6万人次` (as01's growth-and-level pair), `手术台次达到1.2万例`,
# `患者满意度达98%以上`. Not targets: 2019's `579946人次`, `58479人次`, `10849台次`; `三级综合医院` (a grade), `6S`
# and `五大中心` (names), `第一届第二次`, the dates.
D, R, S, Y = "eb06.txt", "邵东市", "市人民医院", 2020
A += [
    T(D, "门诊诊疗人次、门诊收入增加15%", "门诊诊疗人次和门诊收入增长率", R, ">=", 15, "%", Y, "rate", "up", scope=S),
    T(D, "出院病人增加5%", "出院病人增长率", R, ">=", 5, "%", Y, "rate", "up", scope=S),
    T(D, "出院病人增加5%达到6万人次", "出院病人数", R, ">=", 6, "万人次", Y, "count", "up", scope=S),
    T(D, "手术台次达到1.2万例", "手术台次", R, ">=", 1.2, "万例", Y, "count", "up", scope=S),
    T(D, "患者满意度达98%以上", "患者满意度", R, ">=", 98, "%", Y, "rate", "up", scope=S),
]

# eb07 the distractor: a hospital's site (yjxrmyy 290; the hospital is not named in the text) with its 公开 table of
# indicators, 2018 (`上年度`) against 2019 (`本年度`) and the change: income and spending (`21177`, `21740` 万元 …),
# outpatients and discharges, average stay `8.29`/`8.22` 天, costs per visit and stay, and the income shares (`药片
# 收入…占比 34.62`/`35.47`, …). Achieved figures only: no gold line; every prediction here is a false positive.

write_gold(A, HERE)
