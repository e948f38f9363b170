#!/usr/bin/env python3
"""Build hold-out set AA's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AA (issue 14; gathered after sets A–Z were spent, annotated and scored once before any change):
query kinds no earlier set used — a senior school's eye-care plan, a district's health-education
plan, a prefecture's 双随机 health-inspection drive, a district's 卫生监督/卫生计生 plan in a template
site, the national 近视 prevention scheme inside a kindergarten-plan document, a municipality's
chronic-disease plan, a province's and a district's 农村改厕 tasks with their progress, the national
全民健身计划 in a spam rewrite, and a city's 血防 review of a year (reports only).
Files aa01.txt…, so no name clashes with the seeds, the development set or sets A–Z in
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

# aa01 a senior school's 2026 eye-care plan (`结合我校实际`; no place named: region is the page's own
# word 我校). Four aims for the year: a ceiling on new myopia among first-year pupils, the fall of that
# rate against 2025 in points (named for the change), a relative fall of myopia progression among
# second- and third-year pupils (named for the change), and a knowledge rate. `每日10-12小时` describes
# the pupils' day, not an aim.
D, R, Y = "aa01.txt", "我校", 2026
A += [
    T(D, "高一新生新发近视率控制在18%以内", "新发近视率", R, "<=", 18, "%", Y, "rate", "down",
      scope="高一新生"),
    T(D, "较2025年下降2个百分点", "新发近视率下降幅度", R, ">=", 2, "个百分点", Y, "rate", "up",
      scope="高一新生"),
    T(D, "高二高三近视进展率较上年降低30%", "近视进展率降低幅度", R, ">=", 30, "%", Y, "rate", "up",
      scope="高二高三学生"),
    T(D, "学生视力健康知识知晓率达95%以上", "学生视力健康知识知晓率", R, ">=", 95, "%", Y, "rate", "up"),
]

# aa02 a 2026 health-education plan from a document site (`结合区域实际`; no place named: region is the
# page's own word 区域). The literacy aim is written twice in one clause: a rise of 2 points over 2025
# (named for the change) and a floor of 35%. The third aim (健康行为形成率) is cut off by the excerpt
# before its number: no line.
D, R, Y = "aa02.txt", "区域", 2026
A += [
    T(D, "居民健康素养水平较2025年提升2个百分点", "居民健康素养水平提升幅度", R, ">=", 2, "个百分点", Y,
      "rate", "up"),
    T(D, "达到35%以上", "居民健康素养水平", R, ">=", 35, "%", Y, "rate", "up"),
    T(D, "重点健康知识知晓率(包括合理膳食、科学运动、心理健康、慢性病防治、传染病防控等)提高至85%",
      "重点健康知识知晓率", R, ">=", 85, "%", Y, "rate", "up"),
]

# aa03 news of 巴州's 2023 双随机 health inspections (the text names 巴州 and 全州: region 巴州). The
# 581 units are a task set for the year (`完成…任务581家`); `11个专业` counts fields, not an aim;
# `20231030日前` is a deadline. The two 100% aims and the 80% by the end of June are aims of 2023.
D, R, Y = "aa03.txt", "巴州", 2023
A += [
    T(D, "完成国家随机监督抽查任务581家", "国家随机监督抽查单位数", R, ">=", 581, "家", Y, "count", "up"),
    T(D, "完结率100%", "随机监督抽查任务完结率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "结果公开率100%", "随机监督抽查结果公开率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "6月底全州完成率达到80%以上", "随机监督抽查任务完成率", R, ">=", 80, "%", Y, "rate", "up"),
]

# aa04 a template site's 卫生监督工作计划 (its first sample: a district's 卫生计生 plan; `XX区` but the
# text names 龙岗 twice, so region 龙岗区; the year is blanked `20xx`: year null). The excerpt holds one
# numeric aim, 150 more beds at the district's TCM hospital. `19项工作`, `七大工程`, `123456` are not
# aims.
D, R, Y = "aa04.txt", "龙岗区", None
A += [
    T(D, "区中医院增开病床150张", "区中医院增开病床数", R, ">=", 150, "张", Y, "count", "up"),
]

# aa05 a document site's `2020幼儿近视眼防控工作方案3篇`, whose text is the national 2018 近视 scheme
# (`全国儿童青少年`: region 全国). Aims for 2023 (yearly falls in points, named for the change, one for
# provinces with high myopia as scope) and for 2030 (four ceilings, one `左右`, one floor).
D, R = "aa05.txt", "全国"
A += [
    T(D, "总体近视率在2018年的基础上每年降低0.5个百分点以上", "儿童青少年总体近视率年降幅", R, ">=", 0.5,
      "个百分点", 2023, "rate", "up"),
    T(D, "近视高发省份每年降低1个百分点以上", "儿童青少年总体近视率年降幅", R, ">=", 1, "个百分点", 2023,
      "rate", "up", scope="近视高发省份"),
    T(D, "6岁儿童近视率控制在3%左右", "6岁儿童近视率", R, "~", 3, "%", 2030, "rate", "down"),
    T(D, "小学生近视率下降到38%以下", "小学生近视率", R, "<=", 38, "%", 2030, "rate", "down"),
    T(D, "初中生近视率下降到60%以下", "初中生近视率", R, "<=", 60, "%", 2030, "rate", "down"),
    T(D, "高中阶段学生近视率下降到70%以下", "高中阶段学生近视率", R, "<=", 70, "%", 2030, "rate", "down"),
    T(D, "国家学生体质健康标准达标优秀率达25%以上", "国家学生体质健康标准达标优秀率", R, ">=", 25, "%", 2030,
      "rate", "up"),
]

# aa06 news of 重庆市's chronic-disease plan 2017–2025. The premature-death aim twice (2020, 2025), life
# expectancy above 79 years in 2025 (`超过` → >), and the children's caries ceiling, which sits in the
# measures with no year of its own: the plan's end year, 2025.
D, R = "aa06.txt", "重庆市"
A += [
    T(D, "过早死亡率降低到14.3%", "重大慢性病过早死亡率", R, "<=", 14.3, "%", 2020, "rate", "down"),
    T(D, "过早死亡率降低到11.1%", "重大慢性病过早死亡率", R, "<=", 11.1, "%", 2025, "rate", "down"),
    T(D, "人均期望寿命超过79岁", "人均期望寿命", R, ">", 79, "岁", 2025, "amount", "up"),
    T(D, "12岁儿童患龋率控制在30%以内", "12岁儿童患龋率", R, "<=", 30, "%", 2025, "rate", "down"),
]

# aa07 a province's 2019 rural-toilet work (the text says 全省 and lists its cities; the province is
# never named: region 全省). The task of 101.5万 households is stated twice (each occurrence a line, as
# a headline repeating a body target), with the floor of 100万 households put into the 民生实事 list.
# The progress figures (491441户, 48.39%, each city's rate) are achievements, not aims.
D, R, Y = "aa07.txt", "全省", 2019
A += [
    T(D, "共101.5万户改厕任务", "农村户用卫生厕所改(新)建户数", R, ">=", 1015000, "户", Y, "count", "up"),
    T(D, "将100万户以上农村户用厕所改(新)建任务", "农村户用卫生厕所改(新)建户数", R, ">=", 1000000, "户",
      Y, "count", "up"),
    T(D, "明确了101.5万户改厕任务", "农村户用卫生厕所改(新)建户数", R, ">=", 1015000, "户", Y, "count",
      "up"),
]

# aa08 海门's 2020 rural-toilet news (the title names 海门, the text 我区/全区: region 海门区). The aim is the
# year's 4.1万 toilets; 40926座 and 99.82% are progress.
D, R, Y = "aa08.txt", "海门区", 2020
A += [
    T(D, "完成4.1万座农村改厕任务", "农村改厕数", R, ">=", 41000, "座", Y, "count", "up"),
]

# aa09 a spam rewrite of news on the national 全民健身计划 (2021—2025): words of other pages are spliced
# into the sentence (`美女箭术杀妖`, `365betok.vip`, `树木游泳的力量`). Three aims for 2025; `15分钟健身圈`
# names the circle, and `全覆盖` has no number; `八个主要任务` counts tasks.
D, R, Y = "aa09.txt", "全国", 2025
A += [
    T(D, "经常参加体育锻炼人数比例达到38.5%", "经常参加体育锻炼人数比例", R, ">=", 38.5, "%", Y, "rate", "up"),
    T(D, "每千人拥有社会体育指导员2.16名", "每千人拥有社会体育指导员数", R, ">=", 2.16, "名", Y, "count",
      "up"),
    T(D, "体育产业总规模达到5万亿元", "体育产业总规模", R, ">=", 5, "万亿元", Y, "amount", "up"),
]

# aa10 a city's review of its 2007 血防 work: every figure is an achievement (`占年度任务的109.5%`,
# `覆盖率达100%`, `知晓率达95%以上` all report the year): no line. eval-extract counts every prediction
# on it as a false positive.

if __name__ == "__main__":
    write_gold(A, HERE)
