#!/usr/bin/env python3
"""Build hold-out set N's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set N (issue 14; gathered after set L's round, annotated and scored once before any change):
the report/plan boundary at the level of 县/区/镇 — a town's year summary, pages that put a work
summary and next year's plan on one page (工作总结和明年工作计划), a district's and a town's
plans, news of a plan told in the present tense, and pages that only report. Files nn01.txt…,
so no name clashes with the seeds, the development set or sets A–M/O in eval-extract's `all` row.
It keeps its own builder (the T(...) form of ../gold_builder.py) so that sets gathered at the
same time do not edit one file.

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

# nn01 a township's (`我乡`, never named) summary of its 2016 public-health work. Everything it counts
# was done or is how things stand (21 villages, 14270 people, 3 meetings, 7 trainings, 12900 people
# examined, 2200 records, 143 spots cleared, 139 tonnes): not targets. `参保率为95.1%` is the year's
# result. Two aims sit inside the review: the budget line `年财政预算公共卫生支出经费要达到120万元`
# (an aim set for the year the page reviews) and the county's `90%的目标` the township says it beat.
# Both are targets of the year under review, told in a report; annotators could differ: ambiguous.
D, R, Y = "nn01.txt", "我乡", 2016
A += [
    T(D, "年财政预算公共卫生支出经费要达到 120 万元", "公共卫生支出经费", R, ">=", 1200000, "元", Y, "amount",
      "up", ambiguous=True),
    T(D, "超额完成县府下达 90%的目标", "新农合参保率", R, ">=", 90, "%", Y, "rate", "up", ambiguous=True),
]

# nn02 a district bureau's (`XX区`) 2023 summary and 2024 plan; the excerpt holds the lead and the
# start of the summary only. `开工5个医院建设项目`, `5个医院项目主体结构封顶`, `新增1个国家特色专科`,
# `5家社康机构通过了…评审`, `排名第9` are done; `4大板块、58条措施` count a document's parts; `推进4家
# 市属医院` is work under way. No target.

# nn03 a township hospital's 2025 summary and 2026 plan (town unnamed); the excerpt is the summary:
# `全年组织集中学习24次`, `开展专题研讨6次`, `廉政谈话3轮次`, `承诺书50余份`, `警示教育片4场` are done.
# No target.

# nn04 news of 新乡市's 2023 health work meeting, told in the present tense: the headline aim
# `健康素养达到29%以上` is the year's target (the page is dated 2023 and speaks of 2023's work).
# `十项重点任务` counts tasks.
D, R, Y = "nn04.txt", "新乡市", 2023
A += [
    T(D, "健康素养达到29%以上", "居民健康素养水平", R, ">=", 29, "%", Y, "rate", "up"),
]

# nn05 news (2018) of 陕西省's plan for 8 kinds of 健康细胞: counts to build by 2020, coverage rates
# by 2020 and 2030. `8类健康细胞` names the programme (not a target). `分别达到20%和30%` pairs the two
# levels (市(区), 县(市、区)), kept as scope. One 50% for six kinds is one target with the joint name;
# `其他几项建设率达到90%` takes the six kinds by reference to the sentence before.
D, R = "nn05.txt", "陕西省"
A += [
    T(D, "建设省级健康机关1000个", "省级健康机关数", R, ">=", 1000, "个", 2020, "count", "up"),
    T(D, "健康社区600个", "省级健康社区数", R, ">=", 600, "个", 2020, "count", "up"),
    T(D, "健康村庄3000个", "省级健康村庄数", R, ">=", 3000, "个", 2020, "count", "up"),
    T(D, "健康学校1000个", "省级健康学校数", R, ">=", 1000, "个", 2020, "count", "up"),
    T(D, "健康医院300个", "省级健康医院数", R, ">=", 300, "个", 2020, "count", "up"),
    T(D, "健康企业1000个", "省级健康企业数", R, ">=", 1000, "个", 2020, "count", "up"),
    T(D, "健康家庭50000个", "省级健康家庭数", R, ">=", 50000, "个", 2020, "count", "up"),
    T(D, "健康家庭建设率分别达到20%和30%", "健康家庭建设率", R, ">=", 20, "%", 2020, "rate", "up",
      scope="市(区)"),
    T(D, "健康家庭建设率分别达到20%和30%", "健康家庭建设率", R, ">=", 30, "%", 2020, "rate", "up",
      scope="县(市、区)"),
    T(D, "健康机关、健康社区、健康村庄、健康学校、健康医院、健康企业建设率达到50%",
      "健康机关、健康社区、健康村庄、健康学校、健康医院、健康企业建设率", R, ">=", 50, "%", 2020, "rate", "up"),
    T(D, "健康家庭建设率达到50%", "健康家庭建设率", R, ">=", 50, "%", 2030, "rate", "up"),
    T(D, "其他几项建设率达到90%", "健康机关、健康社区、健康村庄、健康学校、健康医院、健康企业建设率", R, ">=", 90,
      "%", 2030, "rate", "up"),
]

# nn06 news of 北京市's government work report (the page never writes its year: the 16th congress's
# 4th session is January 2026, but that is not plain from the text, so year null). `首儿所…基本完工`,
# `市疾控中心新址建成投用` have no number. The report's aims: five or more 紧密型城市医疗集团 and their
# district coverage, 20 centres, 5000 beds and the 托位 share.
D, R, Y = "nn06.txt", "北京市", None
A += [
    T(D, "计划新建五个以上紧密型城市医疗集团", "新建紧密型城市医疗集团数", R, ">=", 5, "个", Y, "count", "up"),
    T(D, "区级覆盖率将达到80%以上", "紧密型城市医疗集团区级覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "新建20个区域养老服务中心", "新建区域养老服务中心数", R, ">=", 20, "个", Y, "count", "up"),
    T(D, "新增5000张家庭养老床位", "新增家庭养老床位数", R, ">=", 5000, "张", Y, "count", "up"),
    T(D, "普惠托位占比提高到68%", "普惠托位占比", R, ">=", 68, "%", Y, "rate", "up"),
]

# nn07 番禺区 bureau's 2022 report: facilities, staff, visits, death rates, literacy, meetings and
# rectification items are all the year's results. `健康广州行动2030年的目标值(37%)` names another
# plan's (广州市's) 2030 target that the district reached early: a target quoted in a report,
# ambiguous.
D = "nn07.txt"
A += [
    T(D, "健康广州行动2030年的目标值(37%)", "居民健康素养水平", "广州市", ">=", 37, "%", 2030, "rate", "up",
      ambiguous=True),
]

# nn08 an explainer of 浸潭镇's 2024 work plan: the one number is the economic aim `力争地区生产总值增长
# 8%以上` (a growth rate for the plan year). The rest are measures without numbers.
D, R, Y = "nn08.txt", "浸潭镇", 2024
A += [
    T(D, "力争地区生产总值增长8%以上", "地区生产总值增长率", R, ">=", 8, "%", Y, "rate", "up"),
]

# nn09 news of 黄冈市's government work report (January 2024): 2023's results (3400 托位, 54 乡镇养老
# 综合体, 3074 照料中心) and 2024's measures, none with a number. No target.

# nn10 洪畴镇's plan to become a 健康乡镇 (浙江): its two indicators have their numbers masked by the
# site (`**%`). A number left out is a null-valued target by SCHEMA, but here it was hidden by the
# copy, not by the plan; annotators could differ: ambiguous. No year is written.
D, R, Y = "nn10.txt", "洪畴镇", None
A += [
    T(D, "推进**%以上的村开展健康村建设", "开展健康村建设的村比例", R, ">=", None, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "符合省级健康村建设标准的达到**%", "符合省级健康村建设标准的村比例", R, ">=", None, "%", Y, "rate", "up",
      ambiguous=True),
]

# nn11 新华网 (海南日报) 2023, traditional script with a garbled place name: a meeting reviewing 2022's
# results and 2023's progress. `合格率達99.37%` is a result; `2023年居民健康素養水平將超過26%,比上年度
# 提升約3個百分點` is a preliminary survey estimate of the year's outcome (`調查初步統計`), not an aim;
# `12項主要工作指標`, `10項結果` count indicators. No target.

# nn12 江州区's 健康江州行动 plan (2022-12): the excerpt gives only qualitative aims; `到2030年…居民主要
# 健康指标水平优于全市平均水平` is a value by reference (SCHEMA: ambiguous, value null).
D, R = "nn12.txt", "江州区"
A += [
    T(D, "居民主要健康指标水平优于全市平均水平", "居民主要健康指标", R, ">", None, "%", 2030, "rate", "up",
      ambiguous=True),
]


if __name__ == "__main__":
    write_gold(A, HERE)
