#!/usr/bin/env python3
"""Build hold-out set BE's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BE (gathered on main f7d02a5, after BA and BB's round, and annotated before any extractor run:
the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent): topic plans and topic news rather than whole-year work plans — a city's 2017 blood-donation
plan with its recruitment quotas (常德, by zone), a city bureau's 2012 cancer-screening work meeting
(北京, with the national project's five-year counts), a county's 2009 cervical-cancer check quota
(宜宾县), Hong Kong's aim for the second COVID-19 dose (traditional script, Chinese-numeral shares),
a city's cancer-control action launched in 2023 with its aims for the end of the 十四五 (无锡), Hong
Kong's Chinese-medicine hospital due in 2025 (traditional) and Taiwan's 2025 cancer-screening figures
(traditional, achieved figures only: the distractor).
Files be01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

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

# be01 a city health bureau's notice (常卫发〔2017〕2号) with its 2017 plan for blood donation in each
# county, district and zone of 常德 (the city is named in its zones' names and `全市`; the notice is the
# city's: region 常德市). The recruitment plan is 5‰ of each area's population (a per-mille share to
# reach: rate, `>=`, as a task `为N`/`按N` is an implied 达到, e.g. au04's `任务为133单位`), and six zones
# get counts of donations (`人次`) in two `分别为` lists: each quote runs from the list's head to its
# value (as am02's lists), the zone in scope. `各乡镇每年需集中开展献血活动两次` is how often to hold a
# drive (a frequency in a Chinese numeral: ambiguous, as av01's and ay04's `一次`). `每月23日`, `提前一周`
# and the document number are no targets.
D, R, Y = "be01.txt", "常德市", 2017
H1 = "自愿无偿献血团体招募计划人次分别为"
A += [
    T(D, "区县市自愿无偿献血团体招募计划数按各地人口基数的5‰", "自愿无偿献血团体招募计划数占人口比例", R, ">=",
      5, "‰", Y, "rate", "up", scope="各区县市"),
    T(D, H1 + "500人次", "自愿无偿献血团体招募计划人次", R, ">=", 500, "人次", Y, "count", "up",
      scope="常德经济技术开发区"),
    T(D, H1 + "500人次、165人次", "自愿无偿献血团体招募计划人次", R, ">=", 165, "人次", Y, "count", "up",
      scope="柳叶湖旅游度假区"),
    T(D, H1 + "500人次、165人次和165人次", "自愿无偿献血团体招募计划人次", R, ">=", 165, "人次", Y, "count",
      "up", scope="贺家山原种场"),
    T(D, H1 + "250人次", "自愿无偿献血团体招募计划人次", R, ">=", 250, "人次", Y, "count", "up",
      scope="西湖管理区"),
    T(D, H1 + "250人次、220人次", "自愿无偿献血团体招募计划人次", R, ">=", 220, "人次", Y, "count", "up",
      scope="西洞庭管理区"),
    T(D, H1 + "250人次、220人次和180人次", "自愿无偿献血团体招募计划人次", R, ">=", 180, "人次", Y, "count",
      "up", scope="桃花源旅游管理区"),
    T(D, "各乡镇每年需集中开展献血活动两次", "乡镇集中献血活动次数", R, ">=", 2, "次", Y, "count", "up",
      scope="各乡镇", ambiguous=True),
]

# be02 a company site's copy of 北京日报's 2012 item: the city health bureau's work meeting on the year's
# cancer screening (`2012癌症早诊早治项目工作会`, `今年`: 2012). The lead's 5万名 is scored; the headline
# (`5万居民将免费筛查“五癌”`) restates it: ambiguous (as bb05's headline). The national project's plan
# (`计划在5年内覆盖350万人,筛查高危人群70万人`) binds the project, which 卫生部 leads across 14
# provinces: region 全国, scope the project's provinces; its five years are counted from a start the text
# does not give, so year null. `7个区域14个省` is the project's present reach; `五种癌症` a list.
D, R, Y = "be02.txt", "北京市", 2012
A += [
    T(D, "5万居民将免费筛查", "癌症免费筛查人数", R, ">=", 50000, "人", Y, "count", "up", ambiguous=True),
    T(D, "北京市今年将为5万名居民免费筛查", "癌症免费筛查人数", R, ">=", 5, "万名", Y, "count", "up"),
    T(D, "计划在5年内覆盖350万人", "城市癌症早诊早治项目覆盖人数", "全国", ">=", 350, "万人", None, "count",
      "up", scope="项目涉及的14个省"),
    T(D, "筛查高危人群70万人", "城市癌症早诊早治项目高危人群筛查人数", "全国", ">=", 70, "万人", None,
      "count", "up", scope="项目涉及的14个省"),
]

# be03 China Daily's site, 2009-11-23: 宜宾县 (四川省) is to check 14000 rural women for cervical cancer
# by the end of December (year 2009, from the page's date line). The quota the province gave (`指标为1.4
# 万名`: a task `为N`, `>=`) and the plan to check the 14000 in six pilot townships by the end of the
# year are both scored (body statements of one task, as aa07's two statements of its 101.5万户); the
# headline restates them: ambiguous. `9个试点县` and `26名技术骨干` are the present, `3550岁` and
# `35-59岁` ages.
D, R, Y = "be03.txt", "宜宾县", 2009
A += [
    T(D, "宜宾县1.4万名农村妇女免费检查宫颈癌", "农村妇女宫颈癌免费检查人数", R, ">=", 1.4, "万名", Y, "count",
      "up", ambiguous=True),
    T(D, "免费检查指标为1.4万名", "农村妇女宫颈癌免费检查人数", R, ">=", 1.4, "万名", Y, "count", "up"),
    T(D, "14000名年龄在35-59岁之间的农村妇女实施宫颈癌免费检查", "农村妇女宫颈癌免费检查人数", R, ">=",
      14000, "名", Y, "count", "up", scope="6个项目试点乡镇"),
]

# be04 a Hong Kong tech site's copy (traditional, a spam header of game news) of a government item: the
# Secretary for the Civil Service hopes to raise the second-dose COVID-19 rate from 八成 to 九成 (a
# Chinese-numeral share: 90 %, `>=`; its population is the 12-and-over of the sentence before, scope).
# The text gives no year (the header's `2022年` is a game's). The headline restates the aim:
# ambiguous. `帶動第三劑接種率上升一倍` is a hope whose value is unclear (a rise by one times the
# present, or to twice it): ambiguous, 1 倍 (amount). `已超過九成` (first dose) is achieved, `223萬` the
# present, `12歲` an age.
D, R = "be04.txt", "香港"
S = "年满12岁人士"
A += [
    T(D, "第二劑疫苗接種率冀推高至九成", "新冠疫苗第二剂接种率", R, ">=", 90, "%", None, "rate", "up", scope=S,
      ambiguous=True),
    T(D, "推高第二劑的接種率,由目前的八成提高至九成", "新冠疫苗第二剂接种率", R, ">=", 90, "%", None, "rate",
      "up", scope=S),
    T(D, "帶動第三劑接種率上升一倍", "新冠疫苗第三剂接种率提高倍数", R, ">=", 1, "倍", None, "amount", "up",
      ambiguous=True),
]

# be05 an investment site's copy of 无锡日报's item (2023-11-03) on the launch of 无锡市's cancer-control
# action: three aims for the end of the 十四五 (`“十四五”期末`: 2025), each `达N` (`>=`). `每三年开展一次
# 初筛评估和精查确诊` is how often to screen (a frequency: ambiguous, as be01's). `18周岁` is an age, the
# other items, the phone numbers and the dates are no targets.
D, R, Y = "be05.txt", "无锡市", 2025
A += [
    T(D, "居民癌症防治核心知识知晓率达75%", "居民癌症防治核心知识知晓率", R, ">=", 75, "%", Y, "rate", "up"),
    T(D, "重点癌症早诊率达60%", "重点癌症早诊率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "总体癌症5年生存率达47%", "总体癌症5年生存率", R, ">=", 47, "%", Y, "rate", "up"),
    T(D, "每三年开展一次初筛评估和精查确诊", "癌症初筛评估和精查确诊次数", R, ">=", 1, "次", None, "count",
      "up", scope="18周岁以上市区常住居民", ambiguous=True),
]

# be06 a Hong Kong paper's item (traditional) on the Secretary for Food and Health's blog: the Chinese-
# medicine hospital, to be finished in 2025, will have 400 beds (a bare planned number: an implied 达到
# for an up-count, year 2025). Its outpatient load once services are in full swing (`預期…約31萬人次`) is
# a forecast with no year: ambiguous, `~`, band (as bb06's `約10萬件`).
D, R = "be06.txt", "香港"
A += [
    T(D, "院內將會有400張病床", "香港中医医院病床数", R, ">=", 400, "张", 2025, "count", "up"),
    T(D, "每年診症服務量約31萬人次", "香港中医医院年门诊诊症服务量", R, "~", 31, "万人次", None, "count",
      "band", ambiguous=True),
]

# be07 udn's item (traditional, 2025-12-23) on Taiwan's widened cancer screening in 114年: 536.6萬人次 so
# far (`累計突破`, `累計已達`: achieved, in aim words), the year's rises (24.8%, 23.3%, 1.3萬人, 106.8萬
# 人次), the counts by cancer and the professor's estimates of years of life gained (`約3.38年`…) are all
# past or present. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
