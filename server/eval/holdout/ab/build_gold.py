#!/usr/bin/env python3
"""Build hold-out set AB's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AB (issue 14; gathered after set AA's round, annotated and scored once before any further
change — its first contact is the measure of AA's round): query kinds no earlier set used — the
national nursing plan of 十二五 in a training site's note, national 改厕 aims (traditional), a
province's 产前筛查 scheme whose percent signs were lost, national aims for geriatrics departments
(traditional, spam header), a 2026 爱国卫生 plan cut off mid-list, the 十四五 中医药 plan's aims, and
two pages that set none (a 碘盐 strategy news of conditions and standards, an expert's review of
mental-health services).
Files ab01.txt…, so no name clashes with the seeds, the development set or sets A–AA in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

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

# ab01 a training site's note (2015) on the 十二五 nursing plan's aims for 2015 (全国): the nurses'
# total in 万 with no counting word (人, as h01's 体检人数), a density told with 为 inside `提出到2015年`
# (an aim, so >= for an up-indicator, as `为0` aims elsewhere take the direction's bound), and the
# ratio of doctors to nurses as a range of multiples (`1:1-1:1.2` → 1–1.2 倍, as jj09's 医护比). The
# present figures (`已超过300万人`, `医护比总体达到1:1.4`) are where things stand.
D, R, Y = "ab01.txt", "全国", 2015
A += [
    T(D, "全国注册护士总数达到286万", "注册护士总数", R, ">=", 2860000, "人", Y, "count", "up"),
    T(D, "每千人口注册护士数为2.07", "每千人口注册护士数", R, ">=", 2.07, "人", Y, "count", "up"),
    T(D, "全国执业(助理)医师与注册护士比达到1:1-1:1.2", "执业(助理)医师与注册护士比", R, ">=", 1, "倍",
      Y, "amount", "up", value_max=1.2),
]

# ab02 news (traditional) of the ministry's national 改厕 aims for 2020: one figure, for the central
# and western areas with the basic conditions (scope). `53.5%的村` is where things stand.
D, R, Y = "ab02.txt", "全国", 2020
A += [
    T(D, "衛生廁所普及率達到85%以上", "卫生厕所普及率", R, ">=", 85, "%", Y, "rate", "up",
      scope="中西部有基本具备条件的地区"),
]

# ab03 a document site's summary of a province's 产前筛查 scheme with the province and year blanked
# (`X省`, `到X年`: region 全省, year null) and every `%` and comma lost (`达到95新生儿…`). The four
# rates are aims in percent all the same; the joint name keeps both screenings. `6个月以上` is who is
# served, `8月1日` a date.
D, R, Y = "ab03.txt", "全省", None
A += [
    T(D, "产前筛查率达到95", "产前筛查率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "新生儿遗传代谢性疾病筛查率达到98", "新生儿遗传代谢性疾病筛查率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "先天性听力障碍和心脏病筛查率达到90", "先天性听力障碍和心脏病筛查率", R, ">=", 90, "%", Y, "rate",
      "up"),
    T(D, "阳性病例随访率达到80", "阳性病例随访率", R, ">=", 80, "%", Y, "rate", "up"),
]

# ab04 a spam-headed copy (traditional) of news on the national geriatric aims for 2025, told in the
# breadcrumb line and again in the title: each a line (a headline repeating an aim). `约2.1萬個` is
# `~`. The body (a press conference's date, an address `甲38號`, `六位一體`) sets nothing.
D, R, Y = "ab04.txt", "全国", 2025
for occ in (0, 1):
    A += [
        T(D, "在60%二級及以上綜合醫院建設老年醫學科", "二级及以上综合医院设老年医学科比例", R, ">=", 60, "%",
          Y, "rate", "up", occ=occ),
        T(D, "建成老年友善醫療衛生機構約2.1萬個", "老年友善医疗卫生机构数", R, "~", 21000, "个", Y, "count",
          "up", occ=occ),
    ]

# ab05 a 2026 爱国卫生 plan from a document site (no place named; its own word for where it works is
# 全域: `实现环境卫生全域提升`). The excerpt stops inside its first list: `12条背街小巷` is an aim
# (done by the end of March); `8个` has lost its noun: ambiguous. The download list below
# (`24堂课`, `2013年`) sets nothing.
D, R, Y = "ab05.txt", "全域", 2026
A += [
    T(D, "3月底前完成主城区12条背街小巷", "背街小巷整治数", R, ">=", 12, "条", Y, "count", "up",
      scope="主城区"),
    T(D, "8个\n", "主城区整治数", R, ">=", 8, "个", Y, "count", "up", scope="主城区", ambiguous=True),
]

# ab06 news of the national 十四五 中医药发展规划: six aims for 2025 (the first two, shares of primary
# units to build up, have no year of their own: the plan's end year). Densities per thousand people
# are counts, as elsewhere.
D, R, Y = "ab06.txt", "全国", 2025
A += [
    T(D, "完成15%的社区卫生中心和乡镇卫生院中医馆服务内涵建设", "中医馆服务内涵建设比例", R, ">=", 15, "%",
      Y, "rate", "up", scope="社区卫生服务中心和乡镇卫生院"),
    T(D, "在10%的社区卫生服务站和村卫生室开展“中医阁”建设", "中医阁建设比例", R, ">=", 10, "%", Y, "rate",
      "up", scope="社区卫生服务站和村卫生室"),
    T(D, "每千人口公立中医医院床位数达到0.85张", "每千人口公立中医医院床位数", R, ">=", 0.85, "张", Y,
      "count", "up"),
    T(D, "每千人口中医类别执业(助理)医师数达到0.62人", "每千人口中医类别执业(助理)医师数", R, ">=", 0.62, "人",
      Y, "count", "up"),
    T(D, "二级以上中医医院设置康复(医学)科的比例达到70%", "二级以上中医医院设置康复(医学)科的比例", R, ">=",
      70, "%", Y, "rate", "up"),
    T(D, "二级以上公立综合医院设置中医临床科室的比例达到90%", "二级以上公立综合医院设置中医临床科室的比例", R,
      ">=", 90, "%", Y, "rate", "up"),
]

# ab07 news (traditional, spam header) of the 2011 碘盐 strategy: the figures are a standard's
# range (`20毫克/千克~30毫克/千克`), the old standard and today's content, and the conditions that
# choose a salt (`合格碘鹽食用率大于90%…的地區`): no aim: no line.
# ab08 an expert's review (2025) of mental-health services: what was spent and built (`91亿元`,
# `549家`), plans cited by title: no aim: no line. eval-extract counts every prediction on these two
# pages as a false positive.

if __name__ == "__main__":
    write_gold(A, HERE)
