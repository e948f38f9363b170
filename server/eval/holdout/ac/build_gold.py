#!/usr/bin/env python3
"""Build hold-out set AC's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AC (issue 14; gathered after set AB's round, annotated and scored once before any further
change — its first contact is the measure of the AA and AB rounds): query kinds no earlier set
used — a city's children's oral-health aims in a news reprint, tobacco-control aims of the national
and Shanghai health actions (a book's section, comparison signs `<` and `≥` before the figures), the
national 两癌 screening scheme, the 健康中国行动 tobacco aims told with 分别, an indicator note on the
12-year-olds' caries rate, a province's catering and food-safety aims (traditional, spam header), a
spam copy of a sentence naming the national childcare-place aim, and two pages that set none (blood
donation reached, birth-defect screening reached).
Files ac01.txt…, so no name clashes with the seeds, the development set or sets A–AB in
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

# ac01 a news reprint (2021) of 北京市's children's oral-health scheme: three aims, two for 2025 and
# one for 2030. The survey figures (`55.7%`, `30.9%`, `28.3%`, `低于…10个百分点`), the caries per
# child (`1.41颗`, `0.5颗左右`) and the counts served so far (`300余万`, `400多万颗`, `446万人次`)
# are where things stand.
D, R = "ac01.txt", "北京市"
A += [
    T(D, "家长帮助婴幼儿刷牙率应达到70%以上", "家长帮助婴幼儿刷牙率", R, ">=", 70, "%", 2025, "rate", "up"),
    T(D, "5岁儿童乳牙患龋率控制在60%以内", "5岁儿童乳牙患龋率", R, "<=", 60, "%", 2025, "rate", "down"),
    T(D, "12岁儿童恒牙患龋率控制在25%以内", "12岁儿童恒牙患龋率", R, "<=", 25, "%", 2030, "rate",
      "down"),
]

# ac02 a book's section on tobacco-control aims: the national ones (the 2030 纲要 aim, then the
# 健康中国行动 table told inline with `<` and `≥`, each year's cell a target) and 上海市's (健康上海
# 2030: adults first, then children and adolescents, whose second-hand-smoke aim takes them as scope).
D = "ac02.txt"
A += [
    T(D, "15岁以上人群吸烟率要求降低到20%", "15岁以上人群吸烟率", "全国", "<=", 20, "%", 2030, "rate",
      "down"),
    T(D, "15岁以上人群吸烟率2022年<24.5%", "15岁以上人群吸烟率", "全国", "<", 24.5, "%", 2022, "rate",
      "down"),
    T(D, "2030年<20%", "15岁以上人群吸烟率", "全国", "<", 20, "%", 2030, "rate", "down"),
    T(D, "全面无烟法律保护的人口比例,2022年≥30%", "全面无烟法律保护的人口比例", "全国", ">=", 30, "%",
      2022, "rate", "up"),
    T(D, "2030年≥80%", "全面无烟法律保护的人口比例", "全国", ">=", 80, "%", 2030, "rate", "up"),
    T(D, "成人吸烟率降至20%以下", "成人吸烟率", "上海市", "<=", 20, "%", 2030, "rate", "down"),
    T(D, "二手烟暴露率降至36%以下", "二手烟暴露率", "上海市", "<=", 36, "%", 2030, "rate", "down"),
    T(D, "儿童青少年吸烟率控制在4%以下", "儿童青少年吸烟率", "上海市", "<=", 4, "%", 2030, "rate",
      "down"),
    T(D, "二手烟暴露率控制在10%以下", "二手烟暴露率", "上海市", "<=", 10, "%", 2030, "rate", "down",
      scope="儿童青少年"),
]

# ac03 news (2022) of the national 两癌 screening schemes: one aim for the end of 2025.
D = "ac03.txt"
A += [
    T(D, "适龄妇女宫颈癌筛查率达到50%以上", "适龄妇女宫颈癌筛查率", "全国", ">=", 50, "%", 2025, "rate",
      "up"),
]

# ac04 a blog's note on the 健康中国行动 tobacco aims: one indicator, two years, told with 分别 (two
# targets). `15 个重大专项行动` counts tasks; `2013 年 12 月` is a date.
D = "ac04.txt"
A += [
    T(D, "全面无烟法规保护的人口比例分别达到30%及以上", "全面无烟法规保护的人口比例", "全国", ">=", 30,
      "%", 2022, "rate", "up"),
    T(D, "80%及以上", "全面无烟法规保护的人口比例", "全国", ">=", 80, "%", 2030, "rate", "up"),
]

# ac05 an indicator note from a book on the 健康中国2030 纲要: the aim names its indicator only as
# `这一指标` (the heading's 12岁儿童患龋率). `28.9%` is the 2005 survey's figure; `×100%` a formula.
D = "ac05.txt"
A += [
    T(D, "2030年将这一指标控制在25%以内", "12岁儿童患龋率", "全国", "<=", 25, "%", 2030, "rate",
      "down"),
]

# ac06 a spam-headed copy (traditional) of news on 山东省's catering-safety scheme, aims for 2020.
# Several indicators under one number (`…和…均達到100%`, a list of three kinds of licensing `基本達到
# 100%`) are one target each with the joint name. `第110次` is an ordinal.
D, R, Y = "ac06.txt", "山东省", 2020
A += [
    T(D, "人民群眾食品安全滿意度力爭達(dá)到80%以上", "人民群众食品安全满意度", R, ">=", 80, "%", Y, "rate",
      "up"),
    T(D, "食品抽檢合格率達(dá)到96%以上", "食品抽检合格率", R, ">=", 96, "%", Y, "rate", "up"),
    T(D, "食品相關(guān)產(chǎn)品抽檢合格率達(dá)到95%以上", "食品相关产品抽检合格率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "農(nóng)藥經(jīng)營許可、限制使用農(nóng)藥定點經(jīng)營、農(nóng)藥經(jīng)營店標(biāo)準(zhǔn)化經(jīng)營基本達(dá)到100%",
      "农药经营许可、限制使用农药定点经营、农药经营店标准化经营比例", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "農(nóng)產(chǎn)品標(biāo)準(zhǔn)化生產(chǎn)覆蓋率達(dá)到85%以上", "农产品标准化生产覆盖率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "畜禽標(biāo)準(zhǔn)化規(guī)模養(yǎng)殖比重達(dá)到85%", "畜禽标准化规模养殖比重", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "入場銷售者建檔率和食品安全自查落實率均達(dá)到100%", "入场销售者建档率和食品安全自查落实率", R,
      ">=", 100, "%", Y, "rate", "up"),
    T(D, "大中型商超重點食用農(nóng)產(chǎn)品基地直采率達(dá)到70%以上", "重点食用农产品基地直采率", R, ">=", 70, "%", Y,
      "rate", "up", scope="大中型商超"),
    T(D, "學(xué)校食堂量化分級B級(良好)以上達(dá)到100%", "学校食堂量化分级B级以上比例", R, ">=", 100, "%", Y,
      "rate", "up"),
    T(D, "季度檢查覆蓋率達(dá)到100%", "季度检查覆盖率", R, ">=", 100, "%", Y, "rate", "up",
      scope="学校食堂"),
    T(D, "中央廚房、集體用餐配送單位“明廚亮灶”率達(dá)到100%", "“明厨亮灶”率", R, ">=", 100, "%", Y,
      "rate", "up", scope="中央厨房、集体用餐配送单位"),
]

# ac07 a spam copy (pinyin glosses after characters) of one sentence on childcare places: the 十四五
# aim for its last year is named (`4.5个的目标`), the rest is where things stand (`6%左右`, `2.03个`).
D = "ac07.txt"
A += [
    T(D, "4.5个的目标", "每千人口拥有3岁以下婴幼儿托位数", "全国", ">=", 4.5, "个", 2025, "count",
      "up"),
]

# ac08 news (traditional, 2025) of the blood-donation rate reached (`達到11.4`) and the year's blood
# moved (`361.3萬單位`, `同比增長35.1%`): no aim. ac09 news (2023) of birth-defect screening reached
# (`均达到90%以上`, `提高6.3和7.6个百分点`): no aim.

write_gold(A, HERE)
