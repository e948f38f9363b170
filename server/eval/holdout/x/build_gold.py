#!/usr/bin/env python3
"""Build hold-out set X's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set X (issue 14; gathered while sets V and W were gathered, annotated and scored once before any
change): pages dense in numeric aims, the kind the seeds are — a city's yearly public-health and
maternal-and-child aims in the news, a province's health-capacity action plan, a province's
children's development plan, a city's year-2000 maternal and child death-rate aims, the national
rural-toilet aim, the national tuberculosis aims of 2004 restated in a review — and two pages that
only report (a yearbook's disease-control figures, a city's maternal and child figures written
with `控制在`). Files xx01.txt…, so no name clashes with the seeds, the development set or sets
A–W in eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py)
so that sets gathered at the same time do not edit one file.

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before the extractor was run
on them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# xx01 (traditional script, with the reprint's pinyin junk `(shí)`) 邵阳日报: this year's aims of the
# basic public-health and women's-health projects. The text names no year (`今年`), so null; the
# place is given only by the paper's name in the source line (`稿源:邵陽日報`), taken as 邵阳市.
# `10大類41項` counts the project's items (not an aim). `有效服用率` is the nutrition pack's; the
# folic-acid `依從率` is named for what it follows. The last three are shares of facilities able
# to offer TCM services, one per facility class (scope).
D, R, Y = "xx01.txt", "邵阳市", None
A += [
    T(D, "居民健康檔案規(guī)范化電子建檔率將達(dá)到70%", "居民健康档案规范化电子建档率", R, ">=", 70, "%", Y,
      "rate", "up"),
    T(D, "試點(diǎn)貧困地區(qū)兒童營(yíng)養(yǎng)包發(fā)放率達(dá)到90%以上", "儿童营养包发放率", R, ">=", 90, "%", Y, "rate",
      "up", scope="试点贫困地区"),
    T(D, "有效服用率達(dá)到60%以上", "儿童营养包有效服用率", R, ">=", 60, "%", Y, "rate", "up",
      scope="试点贫困地区"),
    T(D, "婚檢率將達(dá)到85%以上", "婚检率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "葉酸服用率達(dá)到90%", "叶酸服用率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "依從率達(dá)到70%", "叶酸服用依从率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "新生兒疾病篩查率達(dá)到75%", "新生儿疾病筛查率", R, ">=", 75, "%", Y, "rate", "up"),
    T(D, "85%以上的社區(qū)衛(wèi)生服務(wù)中心", "能提供中医药服务的机构比例", R, ">=", 85, "%", Y, "rate", "up",
      scope="社区卫生服务中心"),
    T(D, "70%以上的鄉(xiāng)鎮(zhèn)衛(wèi)生院", "能提供中医药服务的机构比例", R, ">=", 70, "%", Y, "rate", "up",
      scope="乡镇卫生院"),
    T(D, "60%以上的村衛(wèi)生室", "能提供中医药服务的机构比例", R, ">=", 60, "%", Y, "rate", "up",
      scope="村卫生室"),
]

# xx02 健康报 (Feb 2019): 贵州省's 卫生健康服务能力提升“八大工程”行动计划(2019~2022年). Five staff
# ratios per thousand residents for 2020 (counts in 人, as earlier sets keep 每千人口 ratios), two
# shares for 2022 (`90%以上的居民15分钟内…`, `65%以上的患者在基层…就诊`). The two infectious-disease
# rates are set by reference (`控制在全国平均水平以下`): value null, ambiguous. `6大`, `8大`,
# `(2019~2022年)` are names and dates.
D, R = "xx02.txt", "贵州省"
A += [
    T(D, "每千常住人口执业(助理)医师2.5人", "每千常住人口执业(助理)医师数", R, ">=", 2.5, "人", 2020, "count",
      "up"),
    T(D, "注册护士3.14人", "每千常住人口注册护士数", R, ">=", 3.14, "人", 2020, "count", "up"),
    T(D, "公共卫生人员0.83人", "每千常住人口公共卫生人员数", R, ">=", 0.83, "人", 2020, "count", "up"),
    T(D, "基层卫生人员3.5人", "每千常住人口基层卫生人员数", R, ">=", 3.5, "人", 2020, "count", "up"),
    T(D, "全科医生0.2人", "每千常住人口全科医生数", R, ">=", 0.2, "人", 2020, "count", "up"),
    T(D, "90%以上的居民15分钟内能够达到最近的医疗点", "15分钟内到达最近医疗点的居民比例", R, ">=", 90, "%",
      2022, "rate", "up"),
    T(D, "65%以上的患者在基层医疗卫生机构就诊", "基层医疗卫生机构就诊率", R, ">=", 65, "%", 2022, "rate",
      "up"),
    T(D, "法定传染病总发病率控制在全国平均水平以下", "法定传染病总发病率", R, "<=", None, "1/10万", 2020,
      "rate", "down", ambiguous=True, occ=0),
    T(D, "甲乙丙类法定传染病总发病率控制在全国平均水平以下", "甲乙丙类法定传染病总发病率", R, "<=", None,
      "1/10万", 2022, "rate", "down", ambiguous=True),
]

# xx03 (traditional script) 新华网 (Apr 2012): 云南省's 妇女/儿童发展规划(2011-2020年). The children's
# plan sets four aims for its end year 2020. The 婚检率 figures (70%以上 before 2002, 1.43% in
# 2004) are reported; `逐年提高婚前醫學檢查率` has no number.
D, R, Y = "xx03.txt", "云南省", 2020
A += [
    T(D, "新生兒遺傳代謝性疾病篩查率達到75%以上", "新生儿遗传代谢性疾病筛查率", R, ">=", 75, "%", Y, "rate",
      "up"),
    T(D, "新生兒聽力篩查率達55%以上", "新生儿听力筛查率", R, ">=", 55, "%", Y, "rate", "up"),
    T(D, "低出生體重發生率控制在5%以下", "低出生体重发生率", R, "<=", 5, "%", Y, "rate", "down"),
    T(D, "嬰兒死亡率控制在11‰以下", "婴儿死亡率", R, "<=", 11, "‰", Y, "rate", "down"),
]

# xx04 a journal abstract (1990s): a city's (`我市`, never named) survey of 1996 deaths, stating the
# aims for 2000 it serves: `孕产妇死亡率降至17/10万以下`, and `婴儿及5岁以下儿童死亡率分别降至34‰和
# 4‰以下` (two aims, `分别`; the 4‰ is as written). The 1996 and 1990 figures are reported. The
# English abstract restates the aims in English: not annotated (the gold is of the Chinese text).
D, R, Y = "xx04.txt", "我市", 2000
A += [
    T(D, "孕产妇死亡率降至17/10万以下", "孕产妇死亡率", R, "<=", 17, "1/10万", Y, "rate", "down"),
    T(D, "婴儿及5岁以下儿童死亡率分别降至34‰", "婴儿死亡率", R, "<=", 34, "‰", Y, "rate", "down"),
    T(D, "4‰以下", "5岁以下儿童死亡率", R, "<=", 4, "‰", Y, "rate", "down"),
]

# xx05 (traditional script) 人民日报 (Oct 2014): the national rural-toilet meeting. One aim:
# `確保2020年實現全國農村衛生廁所普及率達到85%的規劃目標`; 7.5%, 74.1%, the eastern provinces'
# 90%以上 and the disease rates are reported.
D = "xx05.txt"
A += [
    T(D, "全國農村衛生廁所普及率達到85%", "农村卫生厕所普及率", "全国", ">=", 85, "%", 2020, "rate", "up"),
]

# xx06 光明日报 (Mar 2005): the national tuberculosis review of 2004. It restates that year's aims
# while reporting what was reached: `原计划90%的目标` (DOTS coverage) and `60%的年度目标` (new
# smear-positive detection), kept as 2004's targets (as set U's uu01 keeps restated aims). The 85%
# cure rate is WHO's aim the figures are set against: ambiguous. 95%, 64.1%, 91.6%, 94.3% are
# reported; the 2005 tasks carry no number.
D, R, Y = "xx06.txt", "全国", 2004
A += [
    T(D, "超出原计划90%的目标", "DOTS覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "超过了60%的年度目标", "新涂阳肺结核病人发现率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "世界卫生组织提出的85%治愈率的目标", "新涂阳肺结核病人治愈率", R, ">=", 85, "%", Y, "rate", "up",
      ambiguous=True),
]

# xx07 a provincial yearbook's `疾病防控` entry: the year's achieved figures (`维持无脊灰状`,
# precise levels such as 36.5% and 91.6%): it only reports; no gold lines.
# xx08 天津市卫生健康委 (2015 news): last year's maternal and child figures, written with
# `控制在` (`2014年,全市孕产妇死亡率控制在9.28/10万`) and ten years `控制在10/10万和6‰以下`: it
# only reports; no gold lines.

if __name__ == "__main__":
    write_gold(A, HERE)
