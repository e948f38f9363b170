#!/usr/bin/env python3
"""Build hold-out set H's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set H (issue 14, ninth round; gathered after sets F's and G's rounds, annotated and scored once
before any change): files hh01.txt…, so no name clashes with the seeds, the development set or
sets A–G in eval-extract's `all` row. It keeps its own builder (the same T(...) form as ../build_gold.py)
so that sets gathered at the same time do not edit one file.

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

# hh01 a 州's news of its life-expectancy plan (红河州, 云南, 2018): the one aim names its number
# beside the national and provincial average it is pegged to, so it is a plain floor for 2020.
D, R, Y = "hh01.txt", "红河州", 2020
A += [
    T(D, "人均预期寿命力争达到全国、全省77.3岁的平均水平", "人均预期寿命", R, ">=", 77.3, "岁", Y, "amount",
      "up"),
]

# hh02 a county-level city's target table (沅江市, 湖南, 2025), flattened one cell per line: the
# 2023 column is the baseline (not a target); the 2025 and 2027 columns are the aims. A cell's
# quote is the cell alone (the name is rows away, behind the unit and the baseline). A bare
# number in an aim column is an implied 达到 (`60` for a TB rate is a ceiling). `每年提升2%左右或
# 不低于全省平均水平` offers two aims as alternatives (ambiguous: the 2% one and the by-reference
# one); `省下达/国家下达 目标值` is a value by reference (ambiguous); `建成` and `持续改善` carry no
# number and are not targets.
D, R = "hh02.txt", "沅江市"
A += [
    T(D, "≥79.2", "人均预期寿命", R, ">=", 79.2, "岁", 2025, "amount", "up"),
    T(D, "≥80", "人均预期寿命", R, ">=", 80, "岁", 2027, "amount", "up"),
    T(D, "≥91.3", "城乡居民达到国民体质测定标准合格以上的人数比例", R, ">=", 91.3, "%", 2025, "rate", "up"),
    T(D, "≥91.7", "城乡居民达到国民体质测定标准合格以上的人数比例", R, ">=", 91.7, "%", 2027, "rate", "up"),
    T(D, "每年提升2%左右", "居民健康素养水平年提升幅度", R, "~", 2, "%", 2025, "rate", "up",
      ambiguous=True, occ=0),
    T(D, "不低于全省平均水平", "居民健康素养水平", R, ">=", None, "%", 2025, "rate", "up",
      ambiguous=True, occ=0),
    T(D, "每年提升2%左右", "居民健康素养水平年提升幅度", R, "~", 2, "%", 2027, "rate", "up",
      ambiguous=True, occ=1),
    T(D, "不低于全省平均水平", "居民健康素养水平", R, ">=", None, "%", 2027, "rate", "up",
      ambiguous=True, occ=1),
    T(D, "≥38", "总体癌症5年生存率", R, ">=", 38, "%", 2025, "rate", "up"),
    T(D, "≥40", "总体癌症5年生存率", R, ">=", 40, "%", 2027, "rate", "up"),
    T(D, "≤12.7", "重大慢性病过早死亡率", R, "<=", 12.7, "%", 2025, "rate", "down", scope="30—70岁"),
    T(D, "≤12.5", "重大慢性病过早死亡率", R, "<=", 12.5, "%", 2027, "rate", "down", scope="30—70岁"),
    T(D, "60 |", "结核病报告发病率", R, "<=", 60, "1/10万", 2025, "rate", "down"),
    T(D, "50 |", "结核病报告发病率", R, "<=", 50, "1/10万", 2027, "rate", "down"),
    T(D, "较2022年 下降3%", "道路交通事故死亡率下降幅度", R, ">=", 3, "%", 2025, "rate", "up"),
    T(D, "较2025年 下降3%", "道路交通事故死亡率下降幅度", R, ">=", 3, "%", 2027, "rate", "up"),
    T(D, "≤0.7", "中小学生及在园幼儿溺亡率", R, "<=", 0.7, "1/10万", 2025, "rate", "down"),
    T(D, "≤0.65", "中小学生及在园幼儿溺亡率", R, "<=", 0.65, "1/10万", 2027, "rate", "down"),
    T(D, "≥86", "空气质量优良天数比例", R, ">=", 86, "%", 2025, "rate", "up"),
    T(D, "省下达 目标值", "空气质量优良天数比例", R, ">=", None, "%", 2027, "rate", "up", ambiguous=True),
    T(D, "97.3 |", "地表水质量达到或好于Ⅲ类水体比例", R, ">=", 97.3, "%", 2025, "rate", "up"),
    T(D, "国家下达 目标值", "地表水质量达到或好于Ⅲ类水体比例", R, ">=", None, "%", 2027, "rate", "up",
      ambiguous=True),
]

# hh03 a district's explanation of its life-expectancy plan (资阳区, 湖南, 2025): two floors, one
# per year; `达到或超过全市平均水平` for the main indicators as a whole is by reference (ambiguous);
# `有效期为4年` is the plan's term, not a target.
D, R = "hh03.txt", "资阳区"
A += [
    T(D, "全区人均预期寿命达到79.2岁", "人均预期寿命", R, ">=", 79.2, "岁", 2025, "amount", "up"),
    T(D, "全区人均预期寿命达到80岁", "人均预期寿命", R, ">=", 80, "岁", 2027, "amount", "up"),
    T(D, "主要健康指标达到或超过全市平均水平", "主要健康指标", R, ">=", None, "%", 2027, "rate", "up",
      ambiguous=True),
]

# hh04 news of a province's 2030 health plan (甘肃省, 2017): the headline, a subheading and the
# body repeat the 2030 life expectancy; 2015's figures are baselines. `省级卫生县城数达到100%` is a
# share though it says 数. Subheadings that state a target count as targets (as headlines do).
# The last sentence stops mid-clause (`熟练掌握1项以上`): the skill it counts is cut off (ambiguous).
D, R, Y = "hh04.txt", "甘肃省", 2030
A += [
    T(D, "人均预期寿命将达76岁", "人均预期寿命", R, ">=", 76, "岁", Y, "amount", "up", occ=0),
    T(D, "人均预期寿命2030年提高到76岁", "人均预期寿命", R, ">=", 76, "岁", Y, "amount", "up"),
    T(D, "主要健康指标达到全国平均水平", "主要健康指标", R, ">=", None, "%", Y, "rate", "up", ambiguous=True),
    T(D, "人均预期寿命将达76岁", "人均预期寿命", R, ">=", 76, "岁", Y, "amount", "up", occ=1),
    T(D, "居民人均预期寿命从2015年的73.25岁增长到74岁", "人均预期寿命", R, ">=", 74, "岁", 2020, "amount", "up"),
    T(D, "进一步增长到76岁", "人均预期寿命", R, ">=", 76, "岁", Y, "amount", "up"),
    T(D, "婴儿死亡率从2015年的5.28‰降到2030年的≤5‰", "婴儿死亡率", R, "<=", 5, "‰", Y, "rate", "down"),
    T(D, "孕产妇死亡率降低到12/10万", "孕产妇死亡率", R, "<=", 12, "1/10万", Y, "rate", "down"),
    T(D, "地表水质量达到或好于Ⅲ类水体比例要达到92%", "地表水质量达到或好于Ⅲ类水体比例", R, ">=", 92, "%", Y,
      "rate", "up"),
    T(D, "省级卫生县城数达到100%", "省级卫生县城比例", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "地级及以上城市空气质量优良天数比率达到82%", "空气质量优良天数比率", R, ">=", 82, "%", Y, "rate", "up",
      scope="地级及以上城市"),
    T(D, "人均食盐日摄入量降低20%", "人均每日食盐摄入量降低幅度", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "人均每日食盐摄入量降低20%", "人均每日食盐摄入量降低幅度", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "学生体质达标率逾90%", "学生体质达标率", R, ">", 90, "%", Y, "rate", "up"),
    T(D, "青少年熟练掌握1项以上", "青少年熟练掌握运动技能项数", R, ">=", 1, "项", Y, "count", "up",
      ambiguous=True),
]

# hh05 a city's list of the year's aims by department (no city, no year named; the 市卫生局 part
# follows the education bureau's). Region `全市` (the text's own word); year null (the 2004 base
# implies a later year, but the page never names it). The education aims are targets of the
# same document and kept. `巩固276所…对接成果` is a present count, not an aim. `降低3个10万分点`
# is a fall of 3 per 100,000 against 2004 (a change target).
D, R, Y = "hh05.txt", "全市", None
A += [
    T(D, "资助农村义务教育资金1000万元以上", "社会资助农村义务教育资金", R, ">=", 1000, "万元", Y, "amount", "up"),
    T(D, "小学入学率达到100%", "小学入学率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "巩固率达到100%", "小学巩固率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "初中入学率达到97%以上", "初中入学率", R, ">=", 97, "%", Y, "rate", "up"),
    T(D, "“绿色证书”教育覆盖面达到100%", "农村初中绿色证书教育覆盖面", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "命名100所素质教育特色学校", "素质教育特色学校数", R, ">=", 100, "所", Y, "count", "up"),
    T(D, "高中年入学增长率保持10%以上", "高中年入学增长率", R, ">=", 10, "%", Y, "rate", "up"),
    T(D, "城区优质高中在校生比例达90%以上", "优质高中在校生比例", R, ">=", 90, "%", Y, "rate", "up", scope="城区"),
    T(D, "省级特殊教育示范校的比例达到62.5%", "省级特殊教育示范校比例", R, ">=", 62.5, "%", Y, "rate", "up"),
    T(D, "孕产妇死亡率在2004年的基础上降低3个10万分点", "孕产妇死亡率下降幅度", R, ">=", 3, "1/10万", Y, "rate",
      "up"),
    T(D, "新生儿死亡率降低到5.95‰", "新生儿死亡率", R, "<=", 5.95, "‰", Y, "rate", "down"),
    T(D, "婴儿死亡率降低到8‰", "婴儿死亡率", R, "<=", 8, "‰", Y, "rate", "down"),
]

# hh06 a paper's excerpt on 苏南's health-modernisation indicators (江苏, no year), then its English
# translation: each bare rate is a floor; the two 卫生城市 rates are written as two items and kept
# as two. Region is the area the indicators bind (`苏南`). The English sentences are not annotated.
D, R, Y = "hh06.txt", "苏南", None
A += [
    T(D, "国家卫生城市达标率50%", "国家卫生城市达标率", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "全国卫生城市达标率50%", "全国卫生城市达标率", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "城乡健康保障制度覆盖率95%", "城乡健康保障制度覆盖率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "城乡初级卫生保健达标率100%", "城乡初级卫生保健达标率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "城乡妇幼保健保偿覆盖率100%", "城乡妇幼保健保偿覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "城乡社区卫生服务与全科医疗(家庭医生)覆盖率95%", "城乡社区卫生服务与全科医疗覆盖率", R, ">=", 95, "%",
      Y, "rate", "up"),
]

# hh07 national news of the 2017 statistical bulletin (traditional with doubled glyphs): achieved
# figures only: no target.
# hh08 a 市's yearbook entry on immunisation (永州市, 2020): achieved rates (`90%以上`, `95%以上`
# report what was reached): no target.
# hh09 news of 2016's national figures (kankanews, 2017): achieved figures only: no target.


def main():
    write_gold(A, HERE)


if __name__ == "__main__":
    main()
