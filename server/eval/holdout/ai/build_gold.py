#!/usr/bin/env python3
"""Build hold-out set AI's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AI (issue 14; gathered after set AH's round, annotated and scored once before any further
change — its first contact is the honest measure of the extractor at main f94100c): query kinds
no earlier set used — the national occupational-disease plan 2009–2015 (职业病), a province's
endemic-disease aims to 2010 (地方病: arsenic, Kashin-Beck, parasites; the province unnamed), a
province's patriotic-health campaign to 2025 (爱国卫生), a city's myopia-and-caries scheme
(明眸皓齿, traditional script), the national elderly-care plan's nursing-bed share (养老机构, a
graphic's caption) and a city's health education for the elderly (老年人健康教育).
Files ai01.txt…, so no name clashes with the seeds, the development set or sets A–AH in
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

# ai01 a portal's 2009 news item on the national occupational-disease plan (2009–2015): the headline
# and the lead repeat the one aim for serious cases (both scored, as a headline is in pp04), then
# the pneumoconiosis growth cap (8.5% is the present) and the fall in acute poisoning accidents
# against 2008. The ticker's figures (7.8亿, 37%, 3亿 …) are news, no aims; `监督覆盖率要提高` has no
# number.
D, R, Y = "ai01.txt", "全国", 2015
Q = "严重职业病危害案件查处率要达到100%"
A += [
    T(D, "2015年" + Q, "严重职业病危害案件查处率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, Q, "严重职业病危害案件查处率", R, ">=", 100, "%", Y, "rate", "up", occ=1),
    T(D, "病例年均增长率由现在的8.5%下降到5%以内", "新发尘肺病病例年均增长率", R, "<=", 5, "%", Y, "rate",
      "down"),
    T(D, "主要急性职业中毒事故较2008年下降20%", "主要急性职业中毒事故下降幅度", R, ">=", 20, "%", Y, "rate",
      "up"),
]

# ai02 a document site's page of a province's endemic-disease plan (the province is only `我省` /
# `全省`), aims for 2010: stove use and knowledge in arsenic areas (two scopes in one `分别`),
# Kashin-Beck X-ray positives, and two falls against 2004 (kala-azar cases, soil worms). The list
# numbers (4、(1) …) and `重病县疫情得到控制` (no number) are no aims.
D, R, Y = "ai02.txt", "全省", 2010
N = "地方性砷中毒防治知识知晓率"
A += [
    T(D, "居民正确使用炉灶率达到95%以上", "居民正确使用炉灶率", R, ">=", 95, "%", Y, "rate", "up",
      scope="燃煤污染型地方性砷中毒病区"),
    T(D, "中、小学生和家庭主妇防治知识知晓率分别达到85%", N, R, ">=", 85, "%", Y, "rate", "up",
      scope="病区中、小学生"),
    T(D, "家庭主妇防治知识知晓率分别达到85%和70%以上", N, R, ">=", 70, "%", Y, "rate", "up",
      scope="病区家庭主妇"),
    T(D, "全省大骨节病重病区村儿童大骨节病X线检出率降到20%以下", "儿童大骨节病X线检出率", R, "<=", 20, "%",
      Y, "rate", "down", scope="重病区村"),
    T(D, "2010年全省发病人数比2004年减少50%", "黑热病发病人数减少幅度", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "土源线蠕虫病感染率比2004年下降50%以上", "土源性蠕虫病感染率下降幅度", R, ">=", 50, "%", Y, "rate",
      "up"),
]

# ai03 a health portal's note on 陕西省's patriotic-health opinions, aims for 2025: life expectancy,
# literacy, three shares of places holding the national sanitary title, urban garbage treatment.
# `C级` is a grade, no number.
D, R, Y = "ai03.txt", "陕西省", 2025
A += [
    T(D, "人均预期寿命达78.1岁", "人均预期寿命", R, ">=", 78.1, "岁", Y, "amount", "up"),
    T(D, "居民健康素养水平达25%", "居民健康素养水平", R, ">=", 25, "%", Y, "rate", "up"),
    T(D, "国家卫生城市覆盖率达90%", "国家卫生城市覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "国家卫生县城覆盖率达92%", "国家卫生县城覆盖率", R, ">=", 92, "%", Y, "rate", "up"),
    T(D, "国家卫生乡镇覆盖率达20%", "国家卫生乡镇覆盖率", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "生活垃圾无害化处理率城市达100%", "生活垃圾无害化处理率", R, ">=", 100, "%", Y, "rate", "up",
      scope="城市"),
]

# ai04 a lamp maker's copy (traditional script, pinyin glosses) of 温州市's 明眸皓齿 scheme (2020):
# one range of yearly falls for two rates to 2023 (a joint target, like dd06's), and the year's
# screening of 109万 pupils — a task sized to the whole population, a target only on one reading
# (ambiguous). `29年`, `400-930-3600` are the shop's.
D, R = "ai04.txt", "温州市"
A += [
    T(D, "全市兒童青少年總體近視率和患齲率在2018年基礎(chǔ)上每年降低0.5至1個百分點", "儿童青少年总体近视率和患龋率每年下降幅度",
      R, ">=", 0.5, "个百分点", 2023, "rate", "up", value_max=1),
    T(D, "今年我市將全面完成109萬學生的視力和口腔健康普查", "视力和口腔健康普查学生数", R, ">=", 1090000, "人", 2020,
      "count", "up", ambiguous=True),
]

# ai05 the government portal's graphic caption on the national elderly-care plan (十四五): nursing
# beds' share in care homes by 2025; the headline's `55%床位将向…倾斜` restates it in other words
# (ambiguous).
D, R, Y = "ai05.txt", "全国", 2025
A += [
    T(D, "养老机构护理型床位占比要达到55%", "养老机构护理型床位占比", R, ">=", 55, "%", Y, "rate", "up"),
    T(D, "机构养老55%床位将向失能失智老人倾斜", "养老机构护理型床位占比", R, ">=", 55, "%", Y, "rate", "up",
      ambiguous=True),
]

# ai06 a spam-laden copy of 烟台市's news on health education for the elderly (c. 2017): literacy and
# provincial education bases for 2017 and 2020. The fund's rates (每年100万元, 每人每年0.3元) are a
# funding standard rather than a level to reach (ambiguous); 160万, 180万, 27% are the present and
# a projection.
D, R = "ai06.txt", "烟台市"
A += [
    T(D, "2017年老年人健康素养水平达到20%", "老年人健康素养水平", R, ">=", 20, "%", 2017, "rate", "up"),
    T(D, "2020年达到25%", "老年人健康素养水平", R, ">=", 25, "%", 2020, "rate", "up"),
    T(D, "2017年建成省级健康教育基地10个", "省级健康教育基地数", R, ">=", 10, "个", 2017, "count", "up"),
    T(D, "2020年建成15个", "省级健康教育基地数", R, ">=", 15, "个", 2020, "count", "up"),
    T(D, "市财政按照每年100万元", "市财政健康教育促进资金", R, ">=", 100, "万元", 2017, "amount", "up",
      ambiguous=True),
    T(D, "县市区财政按照户籍人口每人每年0.3元", "县市区人均健康教育促进资金", R, ">=", 0.3, "元", 2017,
      "amount", "up", ambiguous=True),
]

write_gold(A, HERE)
