#!/usr/bin/env python3
"""Build hold-out set CX's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CX (gathered on main d52fd486, after the merge of round hct, beside the sets gathered at the same time
in the other /work/wt/g* worktrees, and annotated before any extractor run: the annotator ran none on these
texts; it is to be scored once by the lead engineer, so the set is unspent): pages a bureau of the coast and
the centre would paste from a government site or a law mirror of one — 江苏's 2009 notice with its 叶酸
project plan (`一、项目目标`: the 2011 aims, cut inside the year's aims), 扬州's 2009 notice with its 医改
work plan (`主要工作目标`: insurance rates and enrolment counts), the second page of 温州's notice on 2008
blood donation with its attached quota table (box-drawn: donations and volunteers per district), 中国江西网's
2010 item on 江西's 医改 aims (headline, lead and body tell the same two rates), 襄阳's 2017 news of its 两癌
实施方案 (27.6万 women to check), 湖南's 2017 family-planning assessment scoring rules for cities (`计分办法`: a
scored threshold beside rules of deduction) and 番禺区's 2024 review of its health work (achieved figures
only: the distractor).
Files cx01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: one number for two indicators (`知晓率和叶酸服用率均达到90%`) is
one target with the joint name (SCHEMA); a quota table's rows are targets of the body that allocates them,
the unit in scope (an03, be01); a count written `72万` with no counting word takes the unit `万人` (cm, bu);
money put in (`投入10亿元`) is ambiguous `=` (ci, cc06, bz); an aim told again (a headline, a lead, a
`比2008年增加` restating a level) is ambiguous (cn, cc05); a number given only by reference (`未完成省下达责任指标`)
is ambiguous with value null (SCHEMA); the sex ratio at birth takes the unit 男/100女 (AK, AR, BL).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# cx01 a law mirror's copy (法搜网, its banner dropped) of 江苏省卫生厅's notice 苏卫社妇〔2009〕12号 with the
# attached 农村妇女增补叶酸预防神经管缺陷项目管理方案. Region 江苏省 (`我省`, `全省`), year 2011 (`到2011年`, the
# 总目标). Scored: the awareness and intake rates told by one number (`知晓率和叶酸服用率均达到90%`: one line with
# the joint name, as SCHEMA's `门诊和住院次均费用增长率控制在7%以内`) and the compliance rate 70%; both bare
# `达到` on up-indicators: `>=`. The page is cut inside the year's aims (`2009年,目标人群增`): no figure left.
# Not targets: `从2009年开始` (the start), the document numbers (`〔2009〕12号`, `〔2009〕7号`, `〔2009〕60号`), the
# date.
D, R, Y = "cx01.txt", "江苏省", 2011
A += [
    T(D, "目标人群增补叶酸知识的知晓率和叶酸服用率均达到90%", "增补叶酸知识知晓率和叶酸服用率", R, ">=", 90, "%", Y,
      "rate", "up"),
    T(D, "叶酸服用依从率达到70%", "叶酸服用依从率", R, ">=", 70, "%", Y, "rate", "up"),
]

# cx02 a law mirror's copy (法搜网) of 扬州市人民政府办公室's notice 扬府办发〔2009〕142号 with the attached
# 扬州市医药卫生体制五项重点改革2009年工作安排, cut after its first item (`2.将关闭`). Region 扬州市 (`我市`),
# year 2009 (the plan's year). Scored, under `主要工作目标`: the employees' insurance rate `稳定在95%以上` and
# its enrolment `达86万人`, the residents' insurance rate `稳定在90%以上` and its enrolment `达52万人` (counts in
# 万人 as written, `>=`). Ambiguous: `比2008年增加4万人` (the 86万 level told again as a rise over 2008, as cn
# marks a restated aim). Not targets: `10项任务`, `五项`, `三年目标` (counts of the text's own items), the
# document numbers and dates; the page writes its date with the Greek letter Ο (`二ΟΟ九年`), kept.
D, R, Y = "cx02.txt", "扬州市", 2009
A += [
    T(D, "参保率稳定在95%以上", "城镇职工基本医疗保险参保率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "参保人数达86万人", "城镇职工基本医疗保险参保人数", R, ">=", 86, "万人", Y, "count", "up"),
    T(D, "比2008年增加4万人", "城镇职工基本医疗保险参保人数增加数", R, ">=", 4, "万人", Y, "count", "up",
      ambiguous=True),
    T(D, "参保率稳定在90%以上", "城镇居民基本医疗保险参保率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "参保人数达52万人", "城镇居民基本医疗保险参保人数", R, ">=", 52, "万人", Y, "count", "up"),
]

# cx03 the second page of a law mirror's copy (fymate) of 温州's notice of 二○○七年十二月九日 on 2008 blood
# donation: the last arrangements (洞头、泰顺、平阳、文成, 乐清、瑞安、永嘉; no figure) and the attached
# `2008年度温州市无偿献血预约安排表`, box-drawn, one row a unit: appointed donations (`预约总数(人次)`) and the
# volunteer team (`志愿者队伍`, no counting word: 人 taken for a team's size). Region 温州市 (the body that
# allocates, `我市`), the unit in scope (市本级, 鹿城区, 龙湾区, 瓯海区, 开发区), as an03 and be01 read quota
# tables; year 2008 (the table's year). Each cell a bare number under its head: an implied 达到, `>=`. The
# five rows give ten scored lines (the cap); the table is cut after 开发区. Not targets: `二○○七年十二月九日`, the
# list numbers `(二)`…`(四)`.
D, R, Y = "cx03.txt", "温州市", 2008
N1, N2 = "无偿献血预约人次", "无偿献血志愿者队伍人数"
ROWS = [("市本级", 4500, 1000), ("鹿城区", 4500, 800), ("龙湾区", 3100, 500), ("瓯海区", 3800, 600),
        ("开发区", 1000, 500)]
for unit, n, v in ROWS:
    A += [
        T(D, f"{unit} │ {n}", N1, R, ">=", n, "人次", Y, "count", "up", scope=unit),
        T(D, f"{unit} │ {n} │ {v}", N2, R, ">=", v, "人", Y, "count", "up", scope=unit),
    ]

# cx04 a portal's copy (rz55) of 中国江西网's item of 2010-05-11 (`今年`: 2010) on 江西's 医改 aims for the year;
# its footer (a takedown notice with `24小时`, `相关文章`) dropped. Region 江西省. The headline, the `核心提示` and
# the body tell the same aims: scored in the body (occ=1): urban insurance `要达到90%以上` and 新农合 `要稳定在92%
# 以上`, and the 72万 workers of struggling collective firms to bring into insurance (`解决72万…职工…参加医保问题`:
# a count to reach, `万人` for a bare 万). Ambiguous: the headline's 90% and the lead's 90% and 92% (told again),
# the lead's cut `解决72万城镇困难大集体企业职` (told again), and `投入10亿元` in the lead and the body (money put
# in: `=`). Not targets: the dateline.
D, R, Y = "cx04.txt", "江西省", 2010
A += [
    T(D, "城镇医保参保率达90%以上", "城镇基本医疗保险参保率", R, ">=", 90, "%", Y, "rate", "up", ambiguous=True),
    T(D, "城镇基本医疗保险参保率要达到90%以上", "城镇基本医疗保险参保率", R, ">=", 90, "%", Y, "rate", "up",
      ambiguous=True, occ=0),
    T(D, "新农合参合率要稳定在92%以上", "新农合参合率", R, ">=", 92, "%", Y, "rate", "up", ambiguous=True, occ=0),
    T(D, "江西省投入10亿元", "解决困难企业职工参保问题省级投入", R, "=", 10, "亿元", Y, "amount", "up",
      ambiguous=True, occ=0),
    T(D, "解决72万城镇困难大集体企业职", "城镇困难企业职工参加医保人数", R, ">=", 72, "万人", Y, "count", "up",
      ambiguous=True, occ=0),
    T(D, "城镇基本医疗保险参保率要达到90%以上", "城镇基本医疗保险参保率", R, ">=", 90, "%", Y, "rate", "up",
      occ=1),
    T(D, "新农合参合率要稳定在92%以上", "新农合参合率", R, ">=", 92, "%", Y, "rate", "up", occ=1),
    T(D, "江西省投入10亿元", "解决困难企业职工参保问题省级投入", R, "=", 10, "亿元", Y, "amount", "up",
      ambiguous=True, occ=1),
    T(D, "解决72万城镇困难大集体企业职工", "城镇困难企业职工参加医保人数", R, ">=", 72, "万人", Y, "count", "up"),
]

# cx05 湖北日报's 襄阳 channel (cnhubei, breadcrumb `襄阳频道 > 襄阳要闻` kept, the link and share chrome dropped)
# with 楚天快报's item of 2017-03-30: the city's 实施方案 for free 两癌 checks, issued at the launch meeting.
# Region 襄阳市 (the channel; the text says `全市`, `本市`), year 2017 (`今年`, the dateline). Scored: `今年将完成全市
# 27.6万以上适龄妇女“两癌”免费检查任务` (a count to reach, `以上` → `>=`; `万人` for a bare 万, as cm), scope 适龄妇女.
# Ambiguous: `各县(市)区将分别选择一个乡镇` (one pilot town a county, a count in a Chinese numeral) and `接受一次检查`
# (once a woman, a frequency: as be01's `两次`). Not targets: the dates (`5月1日`, `4月1日至30日`, `1953年1月1日至
# 1986年12月31日`), the age band `30岁至64岁` (who is checked), `十件实事` (a list's name), the dateline.
D, R, Y = "cx05.txt", "襄阳市", 2017
A += [
    T(D, "今年将完成全市27.6万以上适龄妇女“两癌”免费检查任务", "适龄妇女“两癌”免费检查人数", R, ">=", 27.6, "万人", Y,
      "count", "up", scope="适龄妇女"),
    T(D, "各县(市)区将分别选择一个乡镇", "“两癌”免费检查试点乡镇数", R, "=", 1, "个", Y, "count", "up",
      scope="各县(市)区", ambiguous=True),
    T(D, "接受一次检查", "适龄妇女“两癌”免费检查次数", R, "=", 1, "次", Y, "count", "up", ambiguous=True),
]

# cx06 a county health bureau's page (衡阳县, hyx.gov.cn) holding 湖南's `2017年度计划生育工作考评 市州计分办法`:
# the rules that score each city and prefecture, cut at item 2 of the sex-ratio part. Region 湖南省 (the
# province's assessment), scope 市州 (the assessed), year 2017. Scored: `出生人口性别比在107及以下的,计满分` (the
# level that earns full marks: `及以下` → `<=`, down, 男/100女). Ambiguous: the two `未完成省下达责任指标` (the
# policy-compliance rate and the sex ratio held to a province-set figure not written here: value null, as
# SCHEMA's `不低于省要求`). Not targets: the points (`32分`, `6分`, `3分`, `7分`), the deductions (`每低0.1个百分点扣
# 0.3分`, `扣0.1分`), the formulas (`100%—符合政策生育率`, `×100%`, `×100`), the weights (`7:3`, `3:7`), `高于107`
# (the other side of the scored threshold), the document number.
D, R, Y = "cx06.txt", "湖南省", 2017
A += [
    T(D, "未完成省下达责任指标", "符合政策生育率", R, ">=", None, "%", Y, "rate", "up", scope="市州",
      ambiguous=True, occ=0),
    T(D, "未完成省下达责任指标", "出生人口性别比", R, "<=", None, "男/100女", Y, "rate", "down", scope="市州",
      ambiguous=True, occ=1),
    T(D, "出生人口性别比在107及以下的,计满分", "出生人口性别比", R, "<=", 107, "男/100女", Y, "rate", "down",
      scope="市州"),
]

# cx07 the distractor: 番禺区人民政府's page (panyu.gov.cn) with the district health bureau's 2024 review, its
# opening and the start of `一、2024年工作总结`, cut inside the first item. Achieved figures only, several in aim
# words (`达880多万元`, `申请超过50亿元`, `总诊疗人次达1752万`), ranks (`位列全省第一名`, `连续四年在市排名第一`),
# growth rates of the year (`同比增长6.46%`, `12.71%`, `9.78%`, `16.3%`) and names with numbers (`卫健50计划`,
# `1+5+8`). No gold line: every prediction here is a false positive.

write_gold(A, HERE)
