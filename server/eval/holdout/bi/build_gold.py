#!/usr/bin/env python3
"""Build hold-out set BI's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BI (gathered on main 1fbe83c, after the BC/BD round's merge, and annotated before any extractor run:
the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent): national and province-level pages and topic plans — the 2010 national work meeting's aims for
the rural co-operative scheme (a city paper's item), 西藏's 2020 maternal and child aims (a spam-headed
mirror), 山东's government work report aims for its year (a news digest), Hong Kong's Hospital
Authority plan for 2022-23 (traditional), the national regional-medical-centre pilots (a spam-headed
mirror in traditional script with pinyin glosses), the national development commission's 2025 health
and elder-care aims (a spun mirror whose words are swapped for look-alikes) and the national
occupational-disease plan's news with no figure aim (the distractor).
Files bi01.txt…, so no name clashes with the seeds, the development set or the other sets.

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# bi01 a city paper's item (新华社, 2010-01-05) on the minister's aims for the co-operative scheme at the
# 2010 national work meeting: four aims for 2010, each an indented dash line. `参合率保持在90%以上` is the
# enrolment floor; `补助水平达到每人每年120元` the governments' subsidy per head (amount); `报销比例达到60%左右`
# takes `~` (左右) and is up; `较2009年再提高5个百分点` is the same aim as a change (个百分点, the indicator
# named for the change, SCHEMA). The 2009 figures (8.33亿, 94%, 627亿元, 4.9亿人次, 1560万人, and `50%的地区
# …提高幅度达到5个百分点以上`, achieved) are no targets.
D, R, Y = "bi01.txt", "全国", 2010
A += [
    T(D, "参合率保持在90%以上", "新农合参合率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "各级政府的补助水平达到每人每年120元", "新农合各级政府补助标准", R, ">=", 120, "元", Y, "amount", "up"),
    T(D, "力争使政策性住院费用报销比例达到60%左右", "新农合政策范围内住院费用报销比例", R, "~", 60, "%", Y, "rate",
      "up"),
    T(D, "较2009年再提高5个百分点", "新农合政策范围内住院费用报销比例提高幅度", R, ">=", 5, "个百分点", Y, "rate",
      "up"),
]

# bi02 a spam-headed mirror of the 西藏 women's and children's committee office's item (2017-11-30):
# the region's 十三五 and 2016—2020 plan aims restated, all for 2020 (`到2020年`). `分别控制在80/10万和12‰以下`
# gives two targets, each quote from the list's head to its value (as bb01). 西藏自治区 is named (我区).
# The `两降一升` name and the plan names are no targets.
D, R, Y = "bi02.txt", "西藏自治区", 2020
L = "孕产妇和婴儿死亡率分别控制在80/10万"
A += [
    T(D, "人均预期寿命达到70岁以上", "人均预期寿命", R, ">=", 70, "岁", Y, "amount", "up"),
    T(D, L, "孕产妇死亡率", R, "<=", 80, "1/10万", Y, "rate", "down"),
    T(D, L + "和12‰以下", "婴儿死亡率", R, "<=", 12, "‰", Y, "rate", "down"),
    T(D, "孕产妇住院分娩率达到95%以上", "孕产妇住院分娩率", R, ">=", 95, "%", Y, "rate", "up"),
]

# bi03 a news digest (大众网) of 山东's government work report read at the provincial congress's 13th
# term, 7th session (1月23日): the year's aims. The page names no year (the session was January 2022's,
# but gold comes from the text alone, so the year is null: lead engineer's call before any scoring). `县级综合医院全部达到三级医院水平` has no number (全部: no target, SCHEMA). Two counts.
D, R, Y = "bi03.txt", "山东省", None
A += [
    T(D, "创建12个国家临床重点专科", "国家临床重点专科创建数", R, ">=", 12, "个", Y, "count", "up"),
    T(D, "新增50家县域医疗服务次中心", "县域医疗服务次中心新增数", R, ">=", 50, "家", Y, "count", "up"),
]

# bi04 a Hong Kong paper's item (香港商报, 2022-03-31) on the Hospital Authority's 2022-23 work plan
# (traditional). Year 2022 (the plan year 2022至23年度 starts in it). The plan's additions are targets:
# about 390 beds (`約`: `~`), 38 000 general-clinic consultation quotas, 70 theatre sessions, 10
# endoscopy sessions and 8 500 specialist attendances; the beds and quotas are told twice (lead and
# body), and both mentions are scored, as AS and BE score a restated aim. The year's throughput
# forecasts (`預計…可分別達逾200萬個案及人次`, `預料…202萬…313萬…`) are forecasts of volume, not aims set to
# reach: ambiguous, as BG scores none of 醫管局's `預計`. The delayed additions (北大嶼山's 5 sessions,
# 靈實's 40 beds moved to this quarter) are no new aims: ambiguous.
D, R, Y = "bi04.txt", "香港", 2022
A += [
    T(D, "在不同聯網增加約390張住院病床", "住院病床新增数", R, "~", 390, "张", Y, "count", "up"),
    T(D, "3.8萬個普通科門診診症名額", "普通科门诊诊症名额新增数", R, ">=", 3.8, "万个", Y, "count", "up"),
    T(D, "增約390張住院病床", "住院病床新增数", R, "~", 390, "张", Y, "count", "up"),
    T(D, "70個手術室服務節數", "手术室服务节数新增数", R, ">=", 70, "个", Y, "count", "up"),
    T(D, "10個內窺鏡服務節數", "内窥镜服务节数新增数", R, ">=", 10, "个", Y, "count", "up"),
    T(D, "分別增加3.8萬個診症名額", "普通科门诊诊症名额新增数", R, ">=", 3.8, "万个", Y, "count", "up"),
    T(D, "8500就診人次", "专科门诊就诊人次新增数", R, ">=", 8500, "人次", Y, "count", "up"),
    T(D, "住院及急症室服務量可分別達逾200萬個案", "住院服务量", R, ">", 200, "万个案", Y, "count", "up",
      ambiguous=True),
    T(D, "基層醫療可分別服務逾800萬及600萬人次", "基层医疗服务人次", R, ">", 600, "万人次", Y, "count", "up",
      ambiguous=True),
    T(D, "北大嶼山醫院原定增5個手術節數", "北大屿山医院手术节数新增数", R, ">=", 5, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "靈實醫院的40張延續護理病床", "灵实医院延续护理病床数", R, ">=", 40, "张", Y, "count", "up",
      ambiguous=True),
    T(D, "可以服務202萬住院個案", "住院服务个案数", R, "~", 202, "万个案", Y, "count", "up", ambiguous=True),
    T(D, "220萬個急症室就診人次", "急症室就诊人次", R, "~", 220, "万人次", Y, "count", "up", ambiguous=True),
]

# bi05 a spam-headed mirror (traditional, pinyin glosses inside words: `區(qū)域`) of a 新华社 item on the
# regional medical centres: in 2021 the pilots take in 12 more provinces (a count to reach, year 2021).
# `到2022年底…覆蓋全部省份` has no number (全部: no target). 8 provinces, 10 projects and 1.36萬 posts are
# the first round's results: no targets.
D, R = "bi05.txt", "全国"
A += [
    T(D, "將12個(gè)中西部?jī)?yōu)質(zhì)醫(yī)療資源比較緊缺的省份納入試點",
      "区域医疗中心建设试点新纳入省份数", R, ">=", 12, "个", 2021, "count", "up"),
]

# bi06 a spun mirror (words swapped for look-alikes: 现实 for 实施, 东说念主 for 人, 护士型 for 护理型) of the
# national development commission's 2025 plans (2025-01-03 briefing). Year 2025. `改良升级2-3东说念主间病房3万间`
# is the ward-upgrade aim (3万间; `2-3` is the room size, no range). The 125 regional centres are the
# layout being supported, cumulative, not clearly the year's aim; `安排100亿元` is money allotted (an
# input, not an indicator to reach); `床位数预测达847万张` and `占比预测提高到62%` are forecasts (预测):
# all ambiguous.
D, R, Y = "bi06.txt", "全国", 2025
A += [
    T(D, "改良升级2-3东说念主间病房3万间", "2-3人间病房改造升级数", R, ">=", 3, "万间", Y, "count", "up"),
    T(D, "布局设立125个国度区域医疗中心", "国家区域医疗中心布局设置数", R, ">=", 125, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "安排100亿元复古雅致型县域医共体设立", "紧密型县域医共体建设中央投资", R, "=", 100, "亿元", Y, "amount",
      "up", ambiguous=True),
    T(D, "养老奇迹床位数预测达847万张", "养老服务床位数", R, "~", 847, "万张", Y, "count", "up", ambiguous=True),
    T(D, "护士型床位占比预测提高到62%", "护理型床位占比", R, ">=", 62, "%", Y, "rate", "up", ambiguous=True),
]

# bi07 a finance paper's item (上海证券报, 2021-12) on the national occupational-disease plan 2021-2025:
# its aims are told in words only; `11项主要指标` counts the plan's indicators and `17部门` its authors:
# no target (the distractor).

if __name__ == "__main__":
    write_gold(A, HERE)
