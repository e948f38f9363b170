#!/usr/bin/env python3
"""Build hold-out set CK's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CK (gathered on main 1a2bf45, after sets CD–CJ were merged, beside set CL gathered at the same time in
/work/wt/gcl, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent): 深化医改 yearly key tasks and 公立医院综合改革 /
分级诊疗 plans with cost-control and service figures — a blog digest of 青岛's plan for its health-service
system (county-area visit rate, primary care share, flagship hospitals, bed-nurse and doctor-nurse ratios), a
page of a city's 2016 分级诊疗 plan that names only its county-level cities (即墨、胶州、平度、莱西: 青岛, not
named), 张家港's 2014 public-hospital reform (a 县级市: personal burden, 药占比 fall, 市域内就诊率), a section of
an unnamed city's plan to 2025 (expert appointments sent down, primary and county-area visit rates, 医疗服务
收入占比), 新华社's item on the State Council's 2016 重点工作任务 (70 % of prefectures, 200 pilot cities), a
news item on the 2015 guideline for urban public-hospital reform (药占比降至30%, its body cut before its
figures) and a 2018 item on 重庆's reform results (achieved figures only: the distractor).
Files ck01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions taken from earlier sets: staffing ratios `1∶N` are written as the multiple N 倍, amount up (as
jj09's `床人比不低于1:1.6` and ab01's `1:1-1:1.2`); a fall `下降N%` is a target on the fall's size (`…下降幅度`,
`>=`, `%`, rate up, as aq's `比去年下降5%`); `提高到N%左右` on an up-indicator is `~` with direction up (as the
earlier sets' `县域内就诊率提高到90%左右`); a number given only by reference is ambiguous with value null (SCHEMA).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ck01 a blog digest (51haodu) of 青岛's plan for its medical and health-service system: a list of aims, one or
# two a line, the source's line breaks kept, with the blogger's comment at the end (`初步来看…`). Region 青岛市:
# the text names 青岛 (`“青岛特色经验”`, `“青岛最佳实践”`) and speaks of `全市` and its `区(市)`, so the city is plain.
# Year null: the excerpt gives no year for any aim (the plan's horizon is not in the text; a guess of 2025 is
# not written down). Scored, ten aims (the page's cap): the county-area visit rate (`达到90%以上`), at least 2 new
# national key clinical specialties (`至少新增\n2个…`: the quote is the clause after the line break, `>=`), 50 %
# of township hospitals and community centres meeting the national recommended standard (a bare share of
# places: an implied 达到, `>=`), the county-area primary-care share of visits (`县域内基层诊疗达到65%`), 1
# provincial regional TCM centre to set up, 4 municipal flagship hospitals and 4 flagship departments (counts
# to build, `>=`), 50 % of districts (cities) with a rehabilitation hospital or nursing home (`50%以上`), the
# bed-to-nurse ratio 1∶0.55 and the doctor-to-nurse ratio 1∶1.2 (written 0.55 and 1.2 倍, amount up, as jj09).
# Ambiguous: `争创1—2个全国基层中医药工作示范县` and `争创1—2个省级中西医协同“旗舰”医院` (titles to strive for, awarded
# by others: `争创` is a hope more than a level the city must reach; ranges kept as value/value_max) and
# `每个区(市)至少设置1处安宁疗护病区` (a norm per district, `至少1处`: a minimum per unit rather than a count to
# reach, as earlier sets read siting norms). Not targets: `千县工程` (a programme's name), `三级医院服务能力`,
# `四级及以上` (grades of capability and of the electronic-record rating, no quantity), `建成1所康复医院或护理院`
# (the `1所` belongs to the 50 % clause, what each district must have), `两端`, `二级医院` (grades).
D, R, Y = "ck01.txt", "青岛市", None
A += [
    T(D, "县域就诊率达到90%以上", "县域就诊率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "2个国家临床重点专科", "新增国家临床重点专科建设项目数", R, ">=", 2, "个", Y, "count", "up"),
    T(D, "50%卫生院和社区达到国家优质服务推荐标准", "达到国家优质服务推荐标准的卫生院和社区卫生服务中心占比", R, ">=",
      50, "%", Y, "rate", "up"),
    T(D, "县域内基层诊疗达到65%", "县域内基层诊疗量占比", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "建立1个省级区域中医医疗中心", "省级区域中医医疗中心建设数", R, ">=", 1, "个", Y, "count", "up"),
    T(D, "争创1—2个全国基层中医药工作示范县", "全国基层中医药工作示范县创建数", R, ">=", 1, "个", Y, "count", "up",
      value_max=2, ambiguous=True),
    T(D, "争创1—2个省级中西医协同“旗舰”医院", "省级中西医协同旗舰医院创建数", R, ">=", 1, "个", Y, "count", "up",
      value_max=2, ambiguous=True),
    T(D, "建设4个市级“旗舰”医院", "市级中西医协同旗舰医院建设数", R, ">=", 4, "个", Y, "count", "up"),
    T(D, "4个“旗舰”科室", "市级中西医协同旗舰科室建设数", R, ">=", 4, "个", Y, "count", "up"),
    T(D, "50%以上的区(市)建成1所康复医院或护理院", "建成康复医院或护理院的区(市)占比", R, ">=", 50, "%", Y, "rate",
      "up"),
    T(D, "每个区(市)至少设置1处安宁疗护病区", "每区(市)安宁疗护病区设置数", R, ">=", 1, "处", Y, "count", "up",
      ambiguous=True),
    T(D, "床护比达到1∶0.55", "床护比", R, ">=", 0.55, "倍", Y, "amount", "up"),
    T(D, "医护比达到1∶1.2", "医护比", R, ">=", 1.2, "倍", Y, "amount", "up"),
]

# ck02 a page (dcpfb, page 6 of its copy) of a city's plan for 分级诊疗: the excerpt opens inside it (`完善与分级
# 诊疗相衔接的医保支付方式`) and keeps the source's spaces round the numbers (`到 2016 年年底`, `20% 以上`). The text
# names no city: only `即墨市、胶州市、平度市、莱西市等 4 市` (青岛's county-level cities) give it away, which SCHEMA
# says is not plain; region 全市, the word the schema gives for that case (the text's own is `市内`). Scored: the
# share of public-hospital outpatient visits booked by referral, `到 2016 年年底…达到 20% 以上` and `2017 年达到
# 30% 以上` (two targets, years 2016 and 2017, SCHEMA's `2017年…2020年` case), and the county-area visit rate `到
# 2016 年年底…达到 90% 左右` (`左右` → `~`, direction up, as earlier sets write `县域内就诊率提高到90%左右`). Not
# targets: `4 市` (a count of the places named, where the rule applies: the present), `三优先` (a name),
# `二三级` (grades). `到 2016 年年底,` occurs twice; the quotes start after it.
D, R = "ck02.txt", "全市"
N = "预约转诊占公立医院门诊量比例"
A += [
    T(D, "预约转诊占公立医院门诊量的比例达到 20% 以上", N, R, ">=", 20, "%", 2016, "rate", "up"),
    T(D, "2017 年达到 30% 以上", N, R, ">=", 30, "%", 2017, "rate", "up"),
    T(D, "县域内就诊率达到 90% 左右", "县域内就诊率", R, "~", 90, "%", 2016, "rate", "up"),
]

# ck03 a forum post (tieba) of a news item: 张家港市's seven public hospitals start their comprehensive reform on
# 2014-01-01 (zero mark-up on drugs, new service prices, more public money), with the reform's aims quoted at
# the end. Region 张家港市 (a 县级市 of 苏州: `江苏张家港市`; `市域内就诊率` is its own word for the county-area
# rate). Year 2014 (the reform's start; no horizon is given). Scored: the insured patients' average personal
# share of medical costs `控制在30%以内` (`<=`, rate down, scope 社会基本医疗保险参保患者), the drug share's fall
# `在现有基础上下降8%` (a fall of 8 %: indicator named for the fall, `>=`, as aq's `比去年下降5%`; `%`, not 个百分点:
# the text says %) and `力争市域内就诊率达到95%`. Ambiguous: `人均医疗费用增长幅度低于居民可支配收入幅度` (a number
# given only by reference to the residents' income growth: value null, `<`, SCHEMA's settled case). Not
# targets: `2014年1月1日` (a date), `7家` (the hospitals that start: the present), `一减一调一增` (a name).
D, R, Y = "ck03.txt", "张家港市", 2014
A += [
    T(D, "人均医疗费用增长幅度低于居民可支配收入幅度", "人均医疗费用增长幅度", R, "<", None, "%", Y, "rate", "down",
      ambiguous=True),
    T(D, "平均个人医疗费用负担比例控制在30%以内", "个人医疗费用负担比例", R, "<=", 30, "%", Y, "rate", "down",
      scope="社会基本医疗保险参保患者"),
    T(D, "药占比在现有基础上下降8%", "药占比下降幅度", R, ">=", 8, "%", Y, "rate", "up"),
    T(D, "力争市域内就诊率达到95%", "市域内就诊率", R, ">=", 95, "%", Y, "rate", "up"),
]

# ck04 a page (part 6 of a copy on edutainingadventures) of a plan's task list, items 21 to 23 (分级诊疗, 现代医院
# 管理制度, 三医联动), cut inside item 23 (`保`). The text names no place; it speaks of `市级医院`, `城市三级医院`,
# `统筹区` and `医共体`, a city's plan (region 全市, as cc05 writes an unnamed city; the text does not even say
# 全市, the borderline call here). Year 2025 (`到2025年`, told twice in item 21; item 22's 35 % has no year of its
# own and takes the plan's horizon). Scored: the share of big city hospitals' expert appointments sent down to
# primary care (`达50%以上`), the primary-care visit rate of key groups (`重点人群在基层就诊率达70%以上`: indicator
# 基层就诊率, scope 重点人群), the county-area visit rate and the primary-care visit rate (`巩固在90%以上`, `巩固在
# 65%以上`: to hold at or above, `>=`) and the public hospitals' share of medical-service revenue (`达35%以上`).
# Not targets: `21.`, `22.`, `23.` (item numbers), `三医联动`, `六医统筹` (names), `同比增长率` (an indicator put into
# appraisal, no number).
D, R, Y = "ck04.txt", "全市", 2025
A += [
    T(D, "城市大医院专家号源下沉到基层的比例达50%以上", "城市大医院专家号源下沉到基层比例", R, ">=", 50, "%", Y, "rate",
      "up"),
    T(D, "重点人群在基层就诊率达70%以上", "基层就诊率", R, ">=", 70, "%", Y, "rate", "up", scope="重点人群"),
    T(D, "县域就诊率巩固在90%以上", "县域就诊率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "基层就诊率巩固在65%以上", "基层就诊率", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "公立医院医疗服务收入占比达35%以上", "公立医院医疗服务收入占比", R, ">=", 35, "%", Y, "rate", "up"),
]

# ck05 洛阳日报's print of a 新华社 item (2016-04-26 by its URL and dateline): the State Council's 深化医药卫生体制改革
# 2016年重点工作任务. Region 全国, year 2016. Scored: 分级诊疗 pilots in about 70 % of prefectures (`70%左右`, `~`,
# a share of places, rate up), 100 new pilot cities for urban public-hospital reform and the national total
# of pilot cities to reach 200 (`达到200个`, counts, `>=`). Not targets: `4月26日` (a date), `2016年` in the
# document's name.
D, R, Y = "ck05.txt", "全国", 2016
A += [
    T(D, "在70%左右的地市开展分级诊疗试点", "开展分级诊疗试点的地市比例", R, "~", 70, "%", Y, "rate", "up"),
    T(D, "新增100个试点城市", "新增城市公立医院综合改革试点城市数", R, ">=", 100, "个", Y, "count", "up"),
    T(D, "使全国试点城市达到200个", "城市公立医院综合改革试点城市数", R, ">=", 200, "个", Y, "count", "up"),
]

# ck06 a portal's copy (ztuc, 2015-05-27) of 京华时报's item on the State Council's guideline for urban public-
# hospital reform pilots; the stored copy stops at `总体上个人卫生支出占` (the corpus's cut), before the body's
# figures. Region 全国, year 2017 (`到2017年`, the aims' year, told twice). Scored: the headline's `药占比降至30%`
# (`降至` → `<=`, rate down, scope 试点城市公立医院 from the headline's own clause). Not targets: `2015-05-27
# 09:14:00`, `333 190阅` (the page's counts), `明显降低`, `明显减轻` (no number), the cut `个人卫生支出占` (no
# number in the text).
D, R, Y = "ck06.txt", "全国", 2017
A += [
    T(D, "药占比降至30%", "公立医院药占比", R, "<=", 30, "%", Y, "rate", "down", scope="试点城市公立医院"),
]

# ck07 a traditional-script copy (big5.china.com.cn, 2018-11-27 by its URL) of an item on 重庆's public-hospital
# reform: every figure is what the reform has done — 237 hospitals without drug mark-ups, prices 10.6 % lower,
# compensation `都達到90%以上` (`確保了…`: achieved), service-revenue share up 4.86 个百分点, discharge cost down
# 6 %, personal share of health spending down to 29 %, pay reform in 58 hospitals, pay up 5 %–20 % and
# 0.7萬–2.4萬元, 19 of 36 三甲 hospitals in the districts and counties, county-area visit rate 91.6 %. No aim is
# set (`基本實現大病不出縣` is a result). No gold line: every prediction here is a false positive.

write_gold(A, HERE)
