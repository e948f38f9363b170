#!/usr/bin/env python3
"""Build hold-out set J's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set J (issue 14, tenth round; gathered after set H's round, annotated and scored once before
any change): files jj01.txt…, so no name clashes with the seeds, the development set or sets
A–I in eval-extract's `all` row. Its kind: 市/县/区/镇 plans, 要点, 计划, 实施方案 and their
target tables. It keeps its own builder (the shared T(...) form of ../gold_builder.py) so that
sets gathered at the same time do not edit one file.

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

# jj01 a county's target table (绥宁县, 湖南, 2025), flattened one cell per line: the 2022 column
# is the baseline (`78.2(2021年)` and `35(邵阳市)` say whose and when); the 2025 and 2027 columns are
# the aims. A cell's quote is the cell alone. `持续改善` carries no number: no target. The age
# range of row 5 is the scope, as the schema's sub-population.
D, R = "jj01.txt", "绥宁县"
A += [
    T(D, "≥79.2", "人均预期寿命", R, ">=", 79.2, "岁", 2025, "amount", "up"),
    T(D, "≥80", "人均预期寿命", R, ">=", 80, "岁", 2027, "amount", "up"),
    T(D, "≥91.3", "城乡居民达到国民体质测定标准合格以上的人数比例", R, ">=", 91.3, "%", 2025, "rate", "up"),
    T(D, "≥91.7", "城乡居民达到国民体质测定标准合格以上的人数比例", R, ">=", 91.7, "%", 2027, "rate", "up"),
    T(D, "≥31.5", "居民健康素养水平", R, ">=", 31.5, "%", 2025, "rate", "up"),
    T(D, "≥33", "居民健康素养水平", R, ">=", 33, "%", 2027, "rate", "up"),
    T(D, "≥38", "总体癌症5年生存率", R, ">=", 38, "%", 2025, "rate", "up"),
    T(D, "≥40", "总体癌症5年生存率", R, ">=", 40, "%", 2027, "rate", "up"),
    T(D, "≤12.7", "重大慢性病过早死亡率", R, "<=", 12.7, "%", 2025, "rate", "down", scope="30-70岁"),
    T(D, "≤12.5", "重大慢性病过早死亡率", R, "<=", 12.5, "%", 2027, "rate", "down", scope="30-70岁"),
]

# jj02 a city paper's report of its health commission's meeting on the year's 妇幼 work (娄底市,
# 2021): the two aims lowered `分别下调到` are this year's ceilings; `之前的16/10万和8‰` are the
# earlier aims they replace (not targets now).
D, R, Y = "jj02.txt", "娄底市", 2021
A += [
    T(D, "孕产妇死亡率、5岁以下儿童死亡率分别下调到12/10万", "孕产妇死亡率", R, "<=", 12, "1/10万", Y, "rate",
      "down"),
    T(D, "5岁以下儿童死亡率分别下调到12/10万和6‰", "5岁以下儿童死亡率", R, "<=", 6, "‰", Y, "rate", "down"),
]

# jj03 news of a city's five-year aims (深圳市, to 2020), a numbered list with no verb in some
# items. `其中10家在原特区外` says where 10 of the 12 hospitals stand: a part of the first aim,
# ambiguous as a target of its own. Densities per thousand are counts, as in the dev set.
# `接近或达到发达国家水平` is by reference (ambiguous).
D, R, Y = "jj03.txt", "深圳市", 2020
A += [
    T(D, "新建投入使用市级三级公立医院12家", "新建投入使用市级三级公立医院数", R, ">=", 12, "家", Y, "count", "up"),
    T(D, "其中10家在原特区外", "新建投入使用市级三级公立医院数", R, ">=", 10, "家", Y, "count", "up",
      scope="原特区外", ambiguous=True),
    T(D, "全市常住人口千人床位数达到4.3张", "每千常住人口床位数", R, ">=", 4.3, "张", Y, "count", "up"),
    T(D, "千人医生数达到2.8名", "每千人口医生数", R, ">=", 2.8, "名", Y, "count", "up"),
    T(D, "全市达到三级水平的医院增加到60家以上", "达到三级水平的医院数", R, ">=", 60, "家", Y, "count", "up"),
    T(D, "建成10家在全省具有影响力的医疗机构", "在全省具有影响力的医疗机构数", R, ">=", 10, "家", Y, "count",
      "up"),
    T(D, "市域内住院率达到98%以上", "市域内住院率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "重点人群家庭医生签约服务率≥80%", "家庭医生签约服务率", R, ">=", 80, "%", Y, "rate", "up",
      scope="重点人群"),
    T(D, "居民人均期望寿命达到81岁", "人均期望寿命", R, ">=", 81, "岁", Y, "amount", "up"),
    T(D, "市民主要健康指标接近或达到发达国家水平", "主要健康指标", R, ">=", None, "%", Y, "rate", "up",
      ambiguous=True),
]

# jj04 news of a city's 十四五 health plan (福州市, → 2025): a bare `人均期望寿命80岁` is an implied
# 达到; `(按建成可开放床位,可达6.5张)` counts the beds another way (ambiguous); `小于28%` is a
# strict ceiling. `规划实施18项重点基础设施建设项目` counts the works planned (ambiguous: a count of
# projects rather than of what they build).
D, R, Y = "jj04.txt", "福州市", 2025
A += [
    T(D, "全市人均期望寿命80岁", "人均期望寿命", R, ">=", 80, "岁", Y, "amount", "up"),
    T(D, "孕产妇死亡率控制在12/10万以下", "孕产妇死亡率", R, "<=", 12, "1/10万", Y, "rate", "down"),
    T(D, "婴儿死亡率控制在4‰以内", "婴儿死亡率", R, "<=", 4, "‰", Y, "rate", "down"),
    T(D, "千人均医疗机构床位数力争达到6.3张", "每千人口医疗机构床位数", R, ">=", 6.3, "张", Y, "count", "up"),
    T(D, "可达6.5张", "每千人口医疗机构床位数", R, ">=", 6.5, "张", Y, "count", "up", ambiguous=True),
    T(D, "千人均执业(助理)医师力争达到3.8人", "每千人口执业(助理)医师数", R, ">=", 3.8, "人", Y, "count", "up"),
    T(D, "千人均注册护士力争达到4.1人", "每千人口注册护士数", R, ">=", 4.1, "人", Y, "count", "up"),
    T(D, "公民健康素养水平达到25%", "公民健康素养水平", R, ">=", 25, "%", Y, "rate", "up"),
    T(D, "个人卫生支出占卫生总费用小于28%", "个人卫生支出占卫生总费用比例", R, "<", 28, "%", Y, "rate", "down"),
    T(D, "规划实施18项重点基础设施建设项目", "重点基础设施建设项目数", R, ">=", 18, "项", Y, "count", "up",
      ambiguous=True),
]

# jj05 a district's 十三五 TB plan (西安市新城区), of which the page returns only section 一,
# `防治现状`: what the 十二五 achieved (`成功治疗率保持在90%以上`, `近1500例`). No target.

# jj06 city news of its regional health plan (安庆市, 2011–2020): the headline, the lead and the
# body repeat the 2020 life expectancy (three targets, as headlines count); the 2010 figures of the
# monitoring points are baselines.
D, R, Y = "jj06.txt", "安庆市", 2020
A += [
    T(D, "2020年我市人均期望寿命将达75.5岁以上", "人均期望寿命", R, ">=", 75.5, "岁", Y, "amount", "up"),
    T(D, "到2020年我市人均期望寿命将达到75.5岁以上", "人均期望寿命", R, ">=", 75.5, "岁", Y, "amount", "up"),
    T(D, "人均期望寿命达75.5岁以上", "人均期望寿命", R, ">=", 75.5, "岁", Y, "amount", "up"),
    T(D, "婴儿死亡率控制在7‰以下", "婴儿死亡率", R, "<=", 7, "‰", Y, "rate", "down"),
]

# jj07 a 镇's report of its 2015 health and family-planning work (document-site preview): what was
# reached (`连续十年保持在96%以上`, `人口出生率为9.88‰`). No target.

# jj08 a district's 2019 health-promotion plan (海口市秀英区), PDF text with spaces inside
# phrases and numbers apart from their words (`提高到 26%以上`). `城、乡 居民…分别提高到 26%和18%以上`
# is two targets, scoped 城市 and 农村. The second aim (`15 岁及以上人群吸烟率`) is cut off before
# its number: no target.
D, R, Y = "jj08.txt", "秀英区", 2019
A += [
    T(D, "全区居民健康素养水平提高到 26%以上", "居民健康素养水平", R, ">=", 26, "%", Y, "rate", "up"),
    T(D, "居民健康素养水平分别提高到 26%", "居民健康素养水平", R, ">=", 26, "%", Y, "rate", "up", scope="城市"),
    T(D, "26%和18%以上", "居民健康素养水平", R, ">=", 18, "%", Y, "rate", "up", scope="农村"),
]

# jj09 a city's plan for its health-service system (鄂尔多斯市, → 2025). The two ratios `1:1.6`
# and `1:1.2` are floors on staff per bed and nurses per doctor, written as the multiple (倍) the
# second term is of the first. `50%以上旗区级综合医院达到…标准` is the share of those hospitals.
D, R, Y = "jj09.txt", "鄂尔多斯市", 2025
A += [
    T(D, "每千人床位数达到6.8张", "每千人口床位数", R, ">=", 6.8, "张", Y, "count", "up"),
    T(D, "公立医院床人比不低于1:1.6", "公立医院床人比", R, ">=", 1.6, "倍", Y, "amount", "up"),
    T(D, "医护比不低于1:1.2", "医护比", R, ">=", 1.2, "倍", Y, "amount", "up"),
    T(D, "50%以上旗区级综合医院达到国家县级医院医疗服务能力推荐标准", "旗区级综合医院达到县级医院医疗服务能力推荐标准比例",
      R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "县域内住院人次占比达到80%以上", "县域内住院人次占比", R, ">=", 80, "%", Y, "rate", "up"),
]

# jj10 a district health bureau's notice of how far its 2019 民生实事 went (衡阳市南岳区): each
# project's `目标人群` is the year's aim (a count of people to screen); the `已完成` figures are what
# was done (not targets).
D, R, Y = "jj10.txt", "南岳区", 2019
A += [
    T(D, "孕产妇免费产前筛查项目目标人群为500人", "孕产妇免费产前筛查人数", R, ">=", 500, "人", Y, "count", "up"),
    T(D, "筛查项目目标人群1500人", "两癌免费筛查人数", R, ">=", 1500, "人", Y, "count", "up"),
    T(D, "免费新生儿筛查项目目标人群300人", "新生儿免费筛查人数", R, ">=", 300, "人", Y, "count", "up"),
]


if __name__ == "__main__":
    write_gold(A, HERE)
