#!/usr/bin/env python3
"""Build hold-out set Q's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set Q (issue 14; gathered after the rounds of sets M–P, annotated and scored once before any
change): yearly work plans of cities, counties and districts of the seeds' era (a city's 妇幼
plan with its 生命指标 and 服务指标, a village health centre's 慢性病 plan, 天津市's 妇幼 plan from a
collection, 赣州市's 2014 住院分娩 project plan, the opening of 浦东新区's 2009–2011 健康城区 plan) and
pages that only report or mix a report with an aim (a district's 2010 两纲 report, a city's 2009
mid-year report, 陇南市's 2014 prize news, 郧西县's 2013 immunisation award, the 2013 statistical
bulletin in traditional-script news), files qq01.txt…, so no name clashes with the seeds, the
development set or sets A–P in eval-extract's `all` row. It keeps its own builder (the T(...)
form of ../gold_builder.py) so that sets gathered at the same time do not edit one file.

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the UTF-8 text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before the extractor was run
on them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# qq01 a city's yearly 妇幼卫生 plan, the first of a 范文 site's collection (`xx 年全市妇幼卫生工作`):
# no place is named, so the region is the page's own word 全市; the year is written `xx`, so none.
# Four 生命指标 under `控制在…以内` (ceilings; `7.1/十万` is per 10万) and the 服务指标: each `达 N%`
# or bare `N%` after a rate's name is an implied 达到 (floor). The caesarean ceiling is two aims by
# facility level (scope). `hiv、乙肝病毒、梅毒检测率` is one number for three tests (one target with the
# joint name); `其中 hiv 早孕检测率` a second. `两癌普查率 75%，普治率 90%` is two. `8 篇`, `篇 1` and the
# numbering are not targets.
D, R, Y = "qq01.txt", "全市", None
A += [
    T(D, "孕产妇死亡率控制在 7.1/十万以内", "孕产妇死亡率", R, "<=", 7.1, "1/10万", Y, "rate", "down"),
    T(D, "婴儿死亡率控制在 4.5‰以内", "婴儿死亡率", R, "<=", 4.5, "‰", Y, "rate", "down"),
    T(D, "全市五岁以下儿童死亡率控制在 6.4‰以内", "五岁以下儿童死亡率", R, "<=", 6.4, "‰", Y, "rate", "down"),
    T(D, "全市新生儿破伤风发病率控制在 1‰以内", "新生儿破伤风发病率", R, "<=", 1, "‰", Y, "rate", "down"),
    T(D, "孕产妇系统管理率:达 87%以上", "孕产妇系统管理率", R, ">=", 87, "%", Y, "rate", "up"),
    T(D, "儿童系统管理率达 88%", "儿童系统管理率", R, ">=", 88, "%", Y, "rate", "up"),
    T(D, "产妇住院分娩率达 100%以上", "住院分娩率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "高危孕产妇筛查率达 100%", "高危孕产妇筛查率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "高危孕产妇管理率 100%", "高危孕产妇管理率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "剖宫产率县级医疗保健机构控制在 35%以内", "剖宫产率", R, "<=", 35, "%", Y, "rate", "down",
      scope="县级医疗保健机构"),
    T(D, "乡镇控制在25%以内", "剖宫产率", R, "<=", 25, "%", Y, "rate", "down", scope="乡镇"),
    T(D, "hiv、乙肝病毒、梅毒检测率达 89%", "HIV、乙肝病毒、梅毒检测率", R, ">=", 89, "%", Y, "rate", "up"),
    T(D, "hiv 早孕检测率达 80%", "HIV早孕检测率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "筛查率达 80%", "新生儿疾病筛查率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "妇女病两癌普查率 75%", "妇女病两癌普查率", R, ">=", 75, "%", Y, "rate", "up"),
    T(D, "普治率 90%", "妇女病两癌普治率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "农村孕产妇住院分娩补助率达到 100%", "农村孕产妇住院分娩补助率", R, ">=", 100, "%", Y, "rate", "up"),
]

# qq02 a village health centre's 慢性病 plan for `20xx年` (no year), the first of a 范文 site's
# collection. No place is named; the unit is `我中心` (as in the earlier sets, the page's own word
# stands when no place is plain). The lead paragraph lists the overall aims (rates, implied 达到
# where bare), then hypertension and diabetes aims: counts of patients to find and register
# (`800余名` read as a floor of 800; `最少…以上`, `最少…` floors) and rates. A clause without its own
# subject (`规范化管理率达80%以上，控制率30%以上`) takes the disease pair before it. `每一年最少测血压
# 1次` defines the group (not a target); `35岁以上` is an age group; `8篇` counts texts.
D, R, Y = "qq02.txt", "我中心", None
A += [
    T(D, "高血压和糖尿病登记建档率达70%以上", "高血压和糖尿病登记建档率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "规范化管理率达80%以上", "高血压和糖尿病规范化管理率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "控制率30%以上", "高血压和糖尿病控制率", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "建立自我管理小组并规范展开自我管理活动覆盖率达30%以上", "自我管理活动覆盖率", R, ">=", 30, "%", Y, "rate",
      "up"),
    T(D, "门诊35岁以上救治测血压覆盖率100%", "35岁以上救治测血压覆盖率", R, ">=", 100, "%", Y, "rate", "up",
      scope="门诊"),
    T(D, "慢病监测报告率达95%以上", "慢病监测报告率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "纳进管理的高血压和糖尿病患者健康体检率达95%以上", "高血压和糖尿病患者健康体检率", R, ">=", 95, "%", Y,
      "rate", "up"),
    T(D, "高危人群主动监测和核心指标监测覆盖率100%", "高危人群主动监测和核心指标监测覆盖率", R, ">=", 100, "%", Y,
      "rate", "up"),
    T(D, "发现并登记高血压患者800余名", "登记高血压患者数", R, ">=", 800, "名", Y, "count", "up"),
    T(D, "对最少700名以上的患者进行规范化管理", "高血压患者规范化管理人数", R, ">=", 700, "名", Y, "count", "up"),
    T(D, "其血压控制率≥60%", "血压控制率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "发现并最少登记高危人群100名", "登记高血压高危人群数", R, ">=", 100, "名", Y, "count", "up"),
    T(D, "高危人群每一年最少测血压1次的比例达50%", "高危人群每年测血压比例", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "35岁以上居民每一年最少测1次血压的`比例达60%", "35岁以上居民每年测血压比例", R, ">=", 60, "%", Y, "rate",
      "up"),
    T(D, "居民高血压防治知识知晓率达60%", "高血压防治知识知晓率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "发现并最少登记糖尿病患者240名", "登记糖尿病患者数", R, ">=", 240, "名", Y, "count", "up"),
    T(D, "最少对其中200名糖尿病患者进行规范化管理", "糖尿病患者规范化管理人数", R, ">=", 200, "名", Y, "count", "up"),
    T(D, "血糖控制率达60%", "血糖控制率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "发现并登记高危人群30名", "登记糖尿病高危人群数", R, ">=", 30, "名", Y, "count", "up"),
    T(D, "每一年最少测1次血糖的比例达40%", "高危人群每年测血糖比例", R, ">=", 40, "%", Y, "rate", "up"),
    T(D, "高危人群防治知识知晓率达60%", "糖尿病高危人群防治知识知晓率", R, ">=", 60, "%", Y, "rate", "up"),
]

# qq03 天津市's 妇幼 plan for `20xx年` (no year), from a document site's collection (its site notice
# trimmed). The one number in the excerpt is the maternal mortality ceiling on the line after its
# heading (`控制在10/10万`); the excerpt stops there. The plan names in `《…》` carry `20xx-20__年`.
D, R, Y = "qq03.txt", "天津市", None
A += [
    T(D, "孕产妇死亡率\n\n控制在10/10万", "孕产妇死亡率", R, "<=", 10, "1/10万", Y, "rate", "down"),
]

# qq04 two attachments on one page: 广东省's 住院分娩 subsidy plan (its preamble only, no number) and
# 赣州市's 2014 plan (`我市2014年`). The project aim for counties whose delivery rate is 90–95 (the
# page lost its `%` signs) is a yearly rise of 2 (`年增长2以上`): a change target, the band defining
# the counties (scope); read as `%` as the plan most likely wrote it. The next band is cut off.
# Document numbers (中发〔2009〕6号…) and `2009-2011年` in a title are not targets.
D, R, Y = "qq04.txt", "赣州市", 2014
A += [
    T(D, "住院分娩率为90-95的县(市区)在原基础上年增长2以上", "住院分娩率年增长幅度", R, ">=", 2, "%", Y, "rate", "up",
      scope="住院分娩率为90-95%的县(市区)"),
]

# qq05 the opening of 浦东新区's 健康城区 three-year plan (2009–2011): the forwarding notice and the
# plan's background. No number is aimed at (rounds `第一轮(2003-2005年)`, `六年来`, a document number):
# no target; every prediction here is a false positive.

# qq06 a district bureau's 2010 report on the two 纲要 (`全区`, the district unnamed): figures
# reached in 2010 (`分别为9.29‰、10.01‰`, `为43.91%`, `为48%`, `63.51%`) are reported, not aims. The
# fourth heading restates the 纲要's aim (`婴幼儿母乳喂养率达到85%以上`) while the body reports 63.51%:
# it reads as the standard the district is held to, or as a heading of the report; reasonable
# annotators could disagree, so ambiguous.
D, R, Y = "qq06.txt", "全区", 2010
A += [
    T(D, "婴幼儿母乳喂养率达到85%以上", "婴幼儿母乳喂养率", R, ">=", 85, "%", Y, "rate", "up", ambiguous=True),
]

# qq07 a city's report on its 2009 first half (`**市`, masked): participation, funding and payouts
# reached, the policies already decided (`确定了两项优惠政策`: payout rises of 10–30 points for the
# over-70s, a lower deductible) and project progress are reported, not aims. Two decisions relay
# aims of a three-year programme (`用三年时间新建1260所标准化村卫生所`; the 2009–2011 规划's `建设8个
# 县级医院…和19个中心卫生院等277个农村卫生机构`): a report relaying them could be read either way, so
# ambiguous (the region is the page's own 全市).
D, R, Y = "qq07.txt", "全市", 2011
A += [
    T(D, "用三年时间新建1260所标准化村卫生所", "新建标准化村卫生所数", R, ">=", 1260, "所", Y, "count", "up",
      ambiguous=True),
    T(D, "规划今后三年建设8个县级医院", "建设县级医院数", R, ">=", 8, "个", Y, "count", "up", ambiguous=True),
    T(D, "19个中心卫生院", "建设中心卫生院数", R, ">=", 19, "个", Y, "count", "up", ambiguous=True),
    T(D, "277个农村卫生机构", "建设农村卫生机构数", R, ">=", 277, "个", Y, "count", "up", ambiguous=True),
]

# qq08 陇南市's 2014 prize news (2015): the 2014 figures (`降到9.12/10万`, `达到98.98%`…) are reported,
# the prize year's results: no target.

# qq09 郧西县's 2013 immunisation award (forum copy, 2014): `接种率均达到95%以上` is the level reached
# in 2013: no target.

# qq10 (traditional script, doubled glyphs) 中国医药报 2014 on the 2013 statistical bulletin: every
# figure is reported (`參合率為98.7%`, `比上年增加…`, `下降1.3個百分點`): no target. Its spam header
# line was trimmed.

write_gold(A, HERE)
