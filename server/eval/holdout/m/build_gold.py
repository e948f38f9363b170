#!/usr/bin/env python3
"""Build hold-out set M's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set M (issue 14; gathered after set L's round, annotated and scored once before any change):
current-decade (2019–2025) plans and the pages bureaus will upload beside them — a city's 健康X行动
plan, a county's annual 工作要点 and a county's 健康素养 plan as PDF text, a city's three-year public
health plan, a county-level city's 十四五 plan, a provincial capital's 健康X行动 (traditional), two
national 癌症防治 pages, a county's task list, and three pages that only report (a city bureau's
year-end review, national news of 2022 and of 2019's immunisation, traditional). Files mm01.txt…,
so no name clashes with the seeds, the development set or sets A–L (and N, O gathered the same
morning) in eval-extract's `all` row. It keeps its own builder (the T(...) form of
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

# mm01 盐城市's 健康盐城 plan (2020, 盐政发〔2020〕56号): the 总体目标 set four 2022 aims — health
# literacy as a floor and a `分别` list of three death rates, two `左右` (about: ~) and one `以下`
# (<=). Each quote runs from its own name to its own value, so the list's three spans overlap.
# The excerpt ends before the chronic-disease aims' numbers. Document numbers are not targets.
D, R, Y = "mm01.txt", "盐城市", 2022
A += [
    T(D, "居民健康素养水平不低于26%", "居民健康素养水平", R, ">=", 26, "%", Y, "rate", "up"),
    T(D, "婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别控制在5‰左右", "婴儿死亡率", R, "~", 5, "‰", Y,
      "rate", "down"),
    T(D, "5岁以下儿童死亡率、孕产妇死亡率分别控制在5‰左右、8‰以下", "5岁以下儿童死亡率", R, "<=", 8, "‰",
      Y, "rate", "down"),
    T(D, "孕产妇死亡率分别控制在5‰左右、8‰以下、8/10万左右", "孕产妇死亡率", R, "~", 8, "1/10万", Y,
      "rate", "down"),
]

# mm02 a county's (海盐: `海盐样板` makes it plain) 2021 工作要点 as a document site's PDF text,
# with lines broken mid-word and characters lost. The only figure of the plan's own is
# `新增村卫生室社区卫生服务站)2,` — a count of new village clinics whose counting word and part of
# the name the PDF lost; whether a reader should take it is arguable: ambiguous. `“四早”`, `八八
# 战略` are names. No scored target.
D, R, Y = "mm02.txt", "海盐县", 2021
A += [
    T(D, "新增村卫生室社区卫生\n服务站)2", "新增村卫生室(社区卫生服务站)数", R, ">=", 2, "个", Y, "count", "up",
      ambiguous=True),
]

# mm03 新乡市's public-health three-year plan (2023—2025): the part the page gives is its guiding
# ideas and a goal with no number (`达到省内领先水平`). No target; dates and 豫政办〔2023〕32号 are not.
# mm04 阳春市's 十四五 health plan (2024): the notice and the opening of its background; the excerpt
# stops at `2020年,人均预期` before any figure. Meeting ordinals (`第十七届75次`) are not targets.
# mm05 (traditional) 長春市's 健康長春行動 plan (2021): guiding ideas and principles only. No target.
# mm06 北京市卫生健康委's review of its 2023 performance tasks: `46项市级绩效任务全部完成`, `318件建议
# 提案` report the year done. No target.
# mm07 national news (2022) that 健康中国行动's 2022 aims were met early: every figure is the level
# reached (`提高到84元`, `提升到25。4%`, `达到37。2%`, the headline's `254%` that lost its dot);
# `到2035年建成健康中国` has no number. No target.

# mm08 a county template's (某某县, `我县`/`全县`) 2022 健康素养 plan as PDF text: the aim is a rise of at
# least 3 points over the year before (a change target in 个百分点, named as the dev set names the
# same aim, for 2022 which the sentence names); `达到全省平均水平` is a level given only by
# reference (value null, ambiguous by the schema's rule).
D, R, Y = "mm08.txt", "全县", 2022
A += [
    T(D, "年度居民健康素养水平达到全省平均水平,并较上一年度增长不少于3个 百分点", "居民健康素养水平年增长幅度", R,
      ">=", 3, "个百分点", Y, "rate", "up"),
    T(D, "年度居民健康素养水平达到全省平均水平", "居民健康素养水平", R, ">=", None, "%", Y, "rate", "up",
      ambiguous=True),
]

# mm09 news (2019) of the national 癌症防治实施方案 (2019—2022): three 2022 aims — five-year survival
# up 3 points on 2015 (a change target; 2015 is the base), early diagnosis of the key cancers in
# high-incidence areas, and the share of counties screening rural women for the two cancers.
# `10部门` is who issued it.
D, R, Y = "mm09.txt", "全国", 2022
A += [
    T(D, "总体癌症5年生存率比2015年提高3个百分点", "总体癌症5年生存率提高幅度", R, ">=", 3, "个百分点", Y,
      "rate", "up"),
    T(D, "高发地区重点癌种早诊率达到55%以上", "重点癌种早诊率", R, ">=", 55, "%", Y, "rate", "up",
      scope="高发地区"),
    T(D, "农村适龄妇女“两癌”筛查县区覆盖率达到80%以上", "两癌筛查县区覆盖率", R, ">=", 80, "%", Y, "rate",
      "up", scope="农村适龄妇女"),
]

# mm10 (traditional) national news (2020) on immunisation: `15種` vaccines and diseases describe the
# programme, `2019年…接種率一直在90%以上` reports the year past, `30個省` counts what is linked up.
# No target.

# mm11 a health site's summary (2025) of the national cancer plans: the 2019—2022 plan's 2022 aim (+3
# points on 2015) with its gloss `(从约40%提升至43%)` — the 43% restates the aim as a level, which
# annotators may or may not count beside the change: ambiguous; `约40%` is the base. The 2023—2030
# plan's 2030 aims (survival 46.6%, cervical screening 70%) and 上海市's own 2030 aim (59%, `目标为` is
# an aim word, so a floor). `10个部门` is who issued it.
D = "mm11.txt"
A += [
    T(D, "总体癌症5年生存率比2015年提高3个百分点", "总体癌症5年生存率提高幅度", "全国", ">=", 3, "个百分点", 2022,
      "rate", "up"),
    T(D, "提升至43%", "总体癌症5年生存率", "全国", ">=", 43, "%", 2022, "rate", "up", ambiguous=True),
    T(D, "到2030年将5年生存率提升至46.6%", "总体癌症5年生存率", "全国", ">=", 46.6, "%", 2030, "rate", "up"),
    T(D, "宫颈癌筛查率达70%", "宫颈癌筛查率", "全国", ">=", 70, "%", 2030, "rate", "up"),
    T(D, "上海提出到2030年癌症5年生存率目标为59%", "癌症5年生存率", "上海市", ">=", 59, "%", 2030, "rate",
      "up"),
]

# mm12 灵璧县卫健委's split of the county's 2021 government work report into tasks: task 5 plans the
# rebuilding of 16 township health centres and 158 village clinics this year — two counts to build.
# `三级综合医院` is a grade, `0557-…` a phone number.
D, R, Y = "mm12.txt", "灵璧县", 2021
A += [
    T(D, "实施16个乡镇卫生院", "改扩建乡镇卫生院数", R, ">=", 16, "个", Y, "count", "up"),
    T(D, "158个村卫生室改扩建", "改扩建村卫生室数", R, ">=", 158, "个", Y, "count", "up"),
]

if __name__ == "__main__":
    write_gold(A, HERE)
