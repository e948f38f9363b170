#!/usr/bin/env python3
"""Build hold-out set K's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set K (issue 14; gathered after set I's round, annotated and scored once before any change):
topics earlier sets touched little — 院前急救, 紧密型县域医共体 (医改), 老年健康/医养, 心理健康, 职业健康,
卫生人才 (全科医生) — at national, provincial and 州 level, files kk01.txt…, so no name clashes with
the seeds, the development set or sets A–J in eval-extract's `all` row. It keeps its own builder
(the T(...) form of ../gold_builder.py) so that sets gathered at the same time do not edit one file.

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

# kk01 a tag page (traditional) quoting the national 院前急救 aims for 2025: the headline repeats
# the body's 120-call aim (both kept, as headlines are). A service radius is a ceiling (down, 公里,
# amount, as set G wrote a distance). `農村地區急救服務半徑10至20公里` is a range on a down-indicator,
# which the schema leaves open (floor or band?): ambiguous. `至少40%為負壓救護車` is a share floor.
D, R, Y = "kk01.txt", "全国", 2025
A += [
    T(D, "120呼救電話10秒內接聽比例達95%", "120呼救电话10秒内接听比例", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "城市地區急救服務半徑不超過5公里", "急救服务半径", R, "<=", 5, "公里", Y, "amount", "down",
      scope="城市地区"),
    T(D, "農村地區急救服務半徑10至20公里", "急救服务半径", R, "<=", 10, "公里", Y, "amount", "down",
      scope="农村地区", value_max=20, ambiguous=True),
    T(D, "院前急救救護車中至少40%為負壓救護車", "负压救护车比例", R, ">=", 40, "%", Y, "rate", "up"),
    T(D, "120呼救電話10秒內接聽比例達到95%", "120呼救电话10秒内接听比例", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "3分鐘出車率達到95%", "3分钟出车率", R, ">=", 95, "%", Y, "rate", "up"),
]

# kk02 海南州's 医共体 plan (2024, aims 到2025年底前). `医共体总院全部达到…基本标准` has no number
# (全部 is no target); `“12812”工作成效` is a name. `90%的乡镇卫生院达到…推荐标准` is a share of
# township hospitals. `诊疗量占比提高到55%左右` is `~` on an up-indicator.
D, R, Y = "kk02.txt", "海南州", 2025
A += [
    T(D, "90%的乡镇卫生院达到服务能力推荐标准", "乡镇卫生院达到服务能力推荐标准比例", R, ">=", 90, "%", Y, "rate",
      "up"),
    T(D, "基层医疗卫生机构诊疗量占比提高到55%左右", "基层医疗卫生机构诊疗量占比", R, "~", 55, "%", Y, "rate", "up"),
]

# kk03 national news (中新社, 2019) of the 老年健康服务体系 opinion: three aims for 2022. The 2018
# figures (77.0岁, 68.7岁, 2.5亿, 75%, 4000万) describe the present; `三个目标` counts aims.
D, R, Y = "kk03.txt", "全国", 2022
A += [
    T(D, "二级及以上综合性医院设立老年医学科的比例达到50%以上", "二级及以上综合性医院设立老年医学科的比例", R, ">=", 50,
      "%", Y, "rate", "up"),
    T(D, "80%以上的综合性医院、康复医院、护理院和基层医疗卫生机构成为老年友善医疗卫生机构", "老年友善医疗卫生机构比例", R,
      ">=", 80, "%", Y, "rate", "up"),
    T(D, "基层医疗卫生机构护理床位占比达到30%", "基层医疗卫生机构护理床位占比", R, ">=", 30, "%", Y, "rate", "up"),
]

# kk04 a health paper's front page (2023) quoting the national 老年健康促进行动 aims for 2022 and
# 2030. The page has lost every `%` glyph (`50 及以上`); the numbers are shares, so unit `%`.
# `分别达到50 及以上和90 及以上` pairs years: 50 for 2022, 90 for 2030. The last clause gives one
# number (`分别达到100`) for two indicators and both years: one target per indicator, year 2022
# (the first year it is due; it then holds). `失能发生率有所下降` has no number.
D, R = "kk04.txt", "全国"
A += [
    T(D, "二级以上综合性医院设老年医学科比例分别达到50 及以上", "二级以上综合性医院设老年医学科比例", R, ">=", 50, "%",
      2022, "rate", "up"),
    T(D, "设老年医学科比例分别达到50 及以上和90 及以上", "二级以上综合性医院设老年医学科比例", R, ">=", 90, "%",
      2030, "rate", "up"),
    T(D, "三级中医医院设置康复科比例分别达到75", "三级中医医院设置康复科比例", R, ">=", 75, "%", 2022, "rate",
      "up"),
    T(D, "三级中医医院设置康复科比例分别达到75 和90", "三级中医医院设置康复科比例", R, ">=", 90, "%", 2030, "rate",
      "up"),
    T(D, "养老机构以不同形式为入住老年人提供医疗卫生服务比例、医疗机构为老年人提供挂号就医等便利服务绿色通道比例分别达到100",
      "养老机构为入住老年人提供医疗卫生服务比例", R, ">=", 100,
      "%", 2022, "rate", "up"),
    T(D, "医疗机构为老年人提供挂号就医等便利服务绿色通道比例分别达到100", "医疗机构为老年人提供挂号就医等便利服务绿色通道比例",
      R, ">=", 100, "%", 2022, "rate", "up"),
]

# kk05 新华社 news (2019) of the national 心理健康促进行动: `提升到20%和30%` pairs the years 2022 and
# 2030. `抑郁症患病率达2.1%`, `焦虑障碍患病率达4.98%` are the present (达 of a prevalence, a
# report); `上升趋势减缓` has no number; `覆盖全国51个城市` is the present.
D, R = "kk05.txt", "全国"
A += [
    T(D, "居民心理健康素养水平提升到20%", "居民心理健康素养水平", R, ">=", 20, "%", 2022, "rate", "up"),
    T(D, "居民心理健康素养水平提升到20%和30%", "居民心理健康素养水平", R, ">=", 30, "%", 2030, "rate", "up"),
]

# kk06 广东省's 职业病防治 十四五 plan (traditional), of which the excerpt holds only the preamble and
# the review of 十三五: `從2016年的4.9%下降到2020年的3.1%` and `減少55.6%、48.8%` are what was done.
# No gold line. kk07 a hospital page reporting the national 职业健康 achievements of 2012–2021
# (`降幅达43.8%`, `覆盖率达95%以上` reached): no gold line.

# kk08 an abstract page on the State Council's 全科医生制度 opinion (2011): one aim for 2020, the
# range `2-3名` a floor with value_max. The English translation repeats it in English (no gold).
D, R, Y = "kk08.txt", "全国", 2020
A += [
    T(D, "基本实现城乡每万名居民有2-3名合格的全科医生", "每万名居民合格的全科医生数", R, ">=", 2, "名", Y, "count", "up",
      value_max=3),
]

if __name__ == "__main__":
    write_gold(A, HERE)
