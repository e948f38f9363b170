#!/usr/bin/env python3
"""Build hold-out set P's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set P (issue 14; gathered after the rounds of sets M, N and O, annotated and scored once before
any change): a mix like bureaus upload — six plans of several levels and fields (a city's notice on
a provincial 精神卫生 plan, a county bureau's 2019 commitments, a city's hospital-building plan, a
city's 出生缺陷 plan in the news, a 近视 programme, the national 健康口腔 plan in the news) and six
pages that mix an aim with reported figures or only report (national 健康促进 news with the present
level and a forecast, a county bureau's 2015 report, news of the 2021 statistical bulletin, the
background part of a county's 十一五 plan and of a district's 十四五 plan, a province's 2018
screening figures), files pp01.txt…, so no name clashes with the seeds, the development set or
sets A–O in eval-extract's `all` row. It keeps its own builder (the T(...) form of
../gold_builder.py) so that sets gathered at the same time do not edit one file.

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

# pp01 厦门市's notice (2018) forwarding the provincial 精神卫生 action plan 2018–2020 with its own
# aims for the city (`全市`, the notice is the city's: 厦门市). The helper-group aim is due `2019年底前`;
# the management and knowledge aims `至2020年`. `城市、农村…分别达到70%和50%以上` is two aims, the
# areas as scope (以上 covers both). The document numbers (厦府办〔2018〕198号, 闽政办〔2018〕64 号) and
# the plan's years in its name are not targets.
D, R = "pp01.txt", "厦门市"
A += [
    T(D, "全市各村(居)委会100%成立精神障碍患者关爱帮扶小组", "村(居)委会精神障碍患者关爱帮扶小组成立率", R, ">=", 100,
      "%", 2019, "rate", "up"),
    T(D, "登记在册的严重精神障碍患者管理率达到85%以上", "严重精神障碍患者管理率", R, ">=", 85, "%", 2020, "rate", "up"),
    T(D, "普通人群心理健康知识知晓率分别达到70%", "心理健康知识知晓率", R, ">=", 70, "%", 2020, "rate", "up",
      scope="城市普通人群"),
    T(D, "70%和50%以上", "心理健康知识知晓率", R, ">=", 50, "%", 2020, "rate", "up", scope="农村普通人群"),
    T(D, "在校学生心理健康核心知识知晓率达到80%", "心理健康核心知识知晓率", R, ">=", 80, "%", 2020, "rate", "up",
      scope="在校学生"),
]

# pp02 a county health bureau's 2019 commitments (承诺书): `全县`, `县民族中医院`; the county is not
# named (仰阿莎街道 gives it away only to one who knows it), so the page's own word 全县; year 2019.
# Each numbered commitment with a number is an aim. The page lost characters: `624 月龄` is 6–24
# months (an age group in the name) and `50010 万` is 500/10万 (the slash lost, as `/10万` is the
# unit of an incidence). `分别控制在 30%、20 元、25%以内和 35%以上` pairs four indicators with four
# numbers: the first three under 以内 (ceilings), the last a floor. `且低于全州发病率` is a number by
# reference: ambiguous. `13种大病` is in a name; `十件民生实事` counts tasks (not a target).
D, R, Y = "pp02.txt", "全县", 2019
A += [
    T(D, "确保答复率、面商率达 100%", "人大代表建议答复率、面商率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "一次答复满意率达 90%以上", "一次答复满意率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "农村贫困人口 13种大病救助完成率达 100%", "农村贫困人口大病救助完成率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "实施 10 所以上标准化村级卫生室建设", "标准化村级卫生室建设数", R, ">=", 10, "所", Y, "count", "up"),
    T(D, "完成 85%以上的 624 月龄儿童免费发放营养包", "6-24月龄儿童营养包发放率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "分别控制在 30%", "药占比", R, "<=", 30, "%", Y, "rate", "down"),
    T(D, "30%、20 元", "百元医疗收入消耗的卫生材料费", R, "<=", 20, "元", Y, "amount", "down"),
    T(D, "20 元、25%以内", "检查化验收入占比", R, "<=", 25, "%", Y, "rate", "down"),
    T(D, "25%以内和 35%以上", "医务性收入占比", R, ">=", 35, "%", Y, "rate", "up"),
    T(D, "全县甲、乙、丙类传染病总发病率控制在 50010 万以内", "甲乙丙类传染病总发病率", R, "<=", 500, "1/10万", Y,
      "rate", "down"),
    T(D, "且低于全州发病率", "甲乙丙类传染病总发病率", R, "<", None, "1/10万", Y, "rate", "down", ambiguous=True),
]

# pp03 佛山市's 强基创优 action plan (2016–2018; the page lost the dashes and 〔〕 of its dates and
# numbers: `20162018年`, `201675`). The plan year is its end, 2018. `区域内住院率达到90%左右` is an
# aim (左右: about). `各区…均设有…1所公办二级甲等或以上的中医…` is a facility standard per district
# and the sentence breaks off: ambiguous.
D, R, Y = "pp03.txt", "佛山市", 2018
A += [
    T(D, "区域内住院率达到90%左右", "区域内住院率", R, "~", 90, "%", Y, "rate", "up"),
    T(D, "1所公办二级甲等或以上的中医", "区公办二级甲等以上中医医院数", R, ">=", 1, "所", Y, "count", "up",
      ambiguous=True),
]

# pp04 (traditional script) 北京日报 2024 on 北京市's 出生缺陷 plan, aims `至2027年`. The headline and the
# subheading state the screening aim (each kept, as headlines are in the earlier sets); the body
# gives two more with `分別保持在70%、80%以上` (保持在…以上: a floor). The last sentence breaks off
# before its numbers. `本市` is 北京市 (named in the headline).
D, R, Y = "pp04.txt", "北京市", 2027
A += [
    T(D, "至2027年產前篩查率將保持在90%以上", "产前筛查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "—— 產前篩查率將保持在90%以上", "产前筛查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "婚前醫學檢查率、孕前優生健康檢查目標人群覆蓋率分別保持在70%", "婚前医学检查率", R, ">=", 70, "%", Y, "rate",
      "up"),
    T(D, "70%、80%以上", "孕前优生健康检查目标人群覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
]

# pp05 a 近视防控 programme from a document site (no place named: `辖区内`, the page's own word
# 辖区), aims `到2025年底`. The yearly fall of 0.5 points is a change target (named for the change, as
# in the earlier sets); three new-case ceilings by school stage (scope); the share of pupils whose
# myopia grows over 50 degrees a year (`50度` defines the group) to fall below 15%. `-6.00D`
# defines high myopia (not a target).
D, R, Y = "pp05.txt", "辖区", 2025
A += [
    T(D, "儿童青少年总体近视率在基线数据基础上每年下降0.5个百分点以上", "儿童青少年总体近视率每年下降幅度", R, ">=", 0.5,
      "个百分点", Y, "rate", "up"),
    T(D, "小学生新发近视率控制在5%以内", "新发近视率", R, "<=", 5, "%", Y, "rate", "down", scope="小学生"),
    T(D, "初中生控制在7%以内", "新发近视率", R, "<=", 7, "%", Y, "rate", "down", scope="初中生"),
    T(D, "高中生控制在10%以内", "新发近视率", R, "<=", 10, "%", Y, "rate", "down", scope="高中生"),
    T(D, "近视度数年增长超过50度的学生比例降至15%以下", "近视度数年增长超过50度的学生比例", R, "<=", 15, "%", Y, "rate",
      "down"),
]

# pp06 news of the national 健康口腔行动方案 (2019–2025): three numbered aims, each naming 2025.
# `到2020年…稳步提高` has no number. The 2017 survey is mentioned without figures. `65岁到74岁` is an
# age group; the teeth kept per elder is a per-person quantity (amount).
D, R, Y = "pp06.txt", "全国", 2025
A += [
    T(D, "12岁儿童龋患率2025年要控制在30%以内", "12岁儿童龋患率", R, "<=", 30, "%", Y, "rate", "down"),
    T(D, "成人每天两次刷牙率2025年要达到45%", "成人每天两次刷牙率", R, ">=", 45, "%", Y, "rate", "up"),
    T(D, "65岁到74岁老年人存留牙数2025年要达到24颗", "65-74岁老年人存留牙数", R, ">=", 24, "颗", Y, "amount", "up"),
]

# pp07 (traditional script) 2018 news of the national 贫困地区健康促进三年攻坚 plan (aims for 2020, the
# poor areas as scope). Two numbered aims: half the schools up to the standard, and literacy up to
# the province's 2020 aim (by reference: ambiguous) or 60% above 2018 (a relative rise). The false-
# positive test of the page: `目前…是14.18%` is the present level and `預計2020年能夠達到20%` a
# forecast, neither an aim (as in sets L and O). `全覆蓋` has no number.
D, R, Y = "pp07.txt", "全国", 2020
A += [
    T(D, "50%的中小學校要達到健康促進學校標準", "健康促进学校达标比例", R, ">=", 50, "%", Y, "rate", "up",
      scope="贫困地区中小学校"),
    T(D, "各貧困縣區居民健康素養水平要達到本省份2020年目標水平", "居民健康素养水平", R, ">=", None, "%", Y, "rate", "up",
      scope="贫困县区", ambiguous=True),
    T(D, "或較2018年提高60%", "居民健康素养水平较2018年提高幅度", R, ">=", 60, "%", Y, "rate", "up", scope="贫困县区"),
]

# pp08 a county 卫计局's 2015 report (述职): the outline names the 2016 plan but the excerpt holds
# only the 2015 part. `县二级医院基本药物使用率达50%以上` is a level reached in 2015 (reported, worded
# like an aim); 78个, 19间, 2间, 1200名 are counts of work done; `35-64岁` an age group; `452字` the
# site's notice. Only-reports page: no target.

# pp09 新华社 2022 on the 2021 statistical bulletin: every figure is reported (from-to changes,
# totals, a capacity `达到4168万份/天`). Only-reports page: no target.

# pp10 桂阳县's 十一五 health plan (the county named once, elsewhere `**县`): the excerpt holds only
# its background — 2004 figures (life expectancy, death rates, incidence) and counts. Only-reports
# page: no target.

# pp11 罗湖区's 十四五 health plan: the excerpt holds only its review of the 十三五 (from-to falls,
# rates reached by October 2019). Only-reports page: no target.

# pp12 新华日报 2019: 江苏省's 2018 screening figures (`产筛率92.88%`, `婚前医学检查率达86.47%`,
# `覆盖率为104.6%`) and the year's spending, all reported. Only-reports page: no target.

if __name__ == "__main__":
    write_gold(A, HERE)
