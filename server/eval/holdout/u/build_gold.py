#!/usr/bin/env python3
"""Build hold-out set U's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set U (issue 14; gathered after the rounds of sets Q, R and S, annotated and scored once before
any change): government work reports and development plans that mix the past and the plan — the
health parts of 政府工作报告 of the nation, a province, a city and a county (2013, 2018, 2022,
2023, 2024), 民生实事 lists and their progress, a city's 十四五 health plan in the news — each
reviewing last year's figures (not targets) and setting this year's or the plan period's aims.
Three pages only report (a county's 2023 review, a city's 2017 review, the 2018 national five-year
review). Files uu01.txt…, so no name clashes with the seeds, the development set or sets A–S in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py) so that
sets gathered at the same time do not edit one file.

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

# uu01 河南日报 (Feb 2023) on how the province's 2022 十项民生实事 went. `我省` is 河南省 (the paper and
# 许昌、兰考 make it plain). The paragraph `2022年,我省将…纳入十件重点民生实事中:` restates that year's
# aims (as set J's jj10 keeps a 民生实事 notice's `目标人群`): two screenings `各完成筛查80万人次` (one
# number for both, one target with the joint name) and three screening rates `年底前…达到`; year 2022.
# 许昌市's done figures (23534人, 114.41%, 24479人, 119%) are reported, not targets.
D, R, Y = "uu01.txt", "河南省", 2022
A += [
    T(D, "各完成筛查80万人次", "宫颈癌、乳腺癌免费筛查人次", R, ">=", 80, "万人次", Y, "count", "up",
      scope="适龄妇女"),
    T(D, "孕早中期产前筛查率达到60%", "孕早中期产前筛查率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "新生儿“两病”筛查率达到98%", "新生儿“两病”筛查率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "新生儿听力筛查率达到98%", "新生儿听力筛查率", R, ">=", 98, "%", Y, "rate", "up"),
]

# uu02 (traditional script, with the reprint's pinyin junk `(fā)`) 福州日报 (Jan 2023): 福州市's
# 政府工作报告 for 2023 (`今年福州市將…`). The 【報告點擊】 paragraph lists this year's counts to build:
# beds, district hospitals, township/community centres to upgrade, sport parks and fitness paths
# (the last two outside health, still aims the report sets). `二級以上` is a class, `“1234”` a slogan.
# Year: the text writes none (`今年`, `昨天開幕`, no date); 2023 is known only from the URL, so null
# (first annotated 2023 from the URL, corrected after first contact: the gold is from the text alone).
D, R, Y = "uu02.txt", "福州市", None
A += [
    T(D, "新增床位2500張", "新增床位数", R, ">=", 2500, "张", Y, "count", "up"),
    T(D, "新增區(qū)級醫(yī)院2家", "新增区级医院数", R, ">=", 2, "家", Y, "count", "up"),
    T(D, "提升鄉(xiāng)鎮(zhèn)衛(wèi)生院、社區(qū)衛(wèi)生服務中心40家", "提升乡镇卫生院、社区卫生服务中心数", R, ">=", 40,
      "家", Y, "count", "up"),
    T(D, "新建更新智慧體育公園3個", "新建更新智慧体育公园数", R, ">=", 3, "个", Y, "count", "up"),
    T(D, "健身路徑300條", "新建更新健身路径数", R, ">=", 300, "条", Y, "count", "up"),
]

# uu03 掌上梅州 on 梅州市's 卫生健康事业发展十四五规划, aims `至2025年`; the reprint has spam words woven
# into its sentences (`AG超玩会`, `至年州印`), left as they are. The life-expectancy aim is a change
# (`在2020年基础上提高0.4岁`, named for the change); the headline repeats it (kept, as headlines are in
# the earlier sets). `达到中高收入国家平均水平` is a level by reference: ambiguous. `逐年提高并于2025年
# 达到50%以上` is one aim (the year named). The disability rate of 65–74-year-olds is a ceiling.
D, R, Y = "uu03.txt", "梅州市", 2025
A += [
    T(D, "人均预期寿命在2020年基础上提高0.4岁", "人均预期寿命提高幅度", R, ">=", 0.4, "岁", Y, "amount", "up", occ=0),
    T(D, "人均预期寿命在2020年基础上提高0.4岁", "人均预期寿命提高幅度", R, ">=", 0.4, "岁", Y, "amount", "up", occ=1),
    T(D, "居民主要健康指标达到中高收入国家平均水平", "居民主要健康指标", R, ">=", None, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "高血压规范管理率提高至70%", "高血压规范管理率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "全民健康素养水平稳步提高至27%", "全民健康素养水平", R, ">=", 27, "%", Y, "rate", "up"),
    T(D, "恶性肿瘤五年生存率提高到50%", "恶性肿瘤五年生存率", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "乳腺癌人群筛查率逐年提高并于2025年达到50%以上", "宫颈癌、乳腺癌人群筛查率", R, ">=", 50, "%", Y, "rate",
      "up", scope="适龄妇女"),
    T(D, "65岁至74岁老年人失能发生率下降至15%", "老年人失能发生率", R, "<=", 15, "%", Y, "rate", "down",
      scope="65岁至74岁老年人"),
]

# uu04 (traditional script, pinyin junk) 荆楚网 (Dec 2022): 浠水县's 政府工作报告. The 2022 part and
# `過去一年` report (10316人, 14976元, 13.9%, 水质达标率100%; `提前3年完成“十四五”目標` is an aim met, not
# set). The 2023 part sets `城鎮新增就業7500人` (outside health, an aim all the same) and `計劃投資20億元`
# for two projects — a budget, not a level to reach: ambiguous (as set L's 总投资额). `2個重大民生工程`
# counts the projects named.
D, R, Y = "uu04.txt", "浠水县", 2023
A += [
    T(D, "城鎮(zhèn)新增就業(yè)7500人", "城镇新增就业人数", R, ">=", 7500, "人", Y, "count", "up"),
    T(D, "計劃投資20億元", "重大民生工程计划投资", R, "=", 200000, "万元", Y, "amount", "up", ambiguous=True),
]

# uu05 蕲春县's 政府工作报告 (Jan 2024), its review of 2023 (`这一年`): every figure is done (83%, 610件,
# 9353人, 66.2万人, 25家, 79.67万人, `降幅60%左右`…). Only-reports page: no target.

# uu06 河北新闻网 relaying the 2013 national 政府工作报告 (全国, `今年` = 2013): two subsidy levels
# `由…提高到…` (the new level is the aim). `20种重大疾病` counts the diseases in a pilot's name.
D, R, Y = "uu06.txt", "全国", 2013
A += [
    T(D, "财政补助标准由每人每年240元提高到280元", "新农合和城镇居民基本医疗保险财政补助标准", R, ">=", 280, "元", Y,
      "amount", "up"),
    T(D, "人均基本公共卫生服务经费标准由25元提高到30元", "人均基本公共卫生服务经费标准", R, ">=", 30, "元", Y, "amount",
      "up"),
]

# uu07 杭州网 2018: 杭州市's 政府工作报告 reviewing 2017 (`过去一年`): insurance rates reached
# (`分别达95%、98%以上`), relief, housing, schools, 283.9万 contracted, accident falls. Only-reports
# page: no target.

# uu08 浙江省卫生健康委's table of the 2024 民生实事's first-quarter progress (浙江省, 2024). Each row's
# task is the year's aim; only the AED row carries a number (`1万台`, 10000 台). `已完成342384例` is
# progress; `60岁以上`, `1314岁` (13–14, the dash lost) are age groups.
D, R, Y = "uu08.txt", "浙江省", 2024
A += [
    T(D, "在公共场所新增配置自动体外除颤仪1万台", "公共场所新增配置自动体外除颤仪数", R, ">=", 10000, "台", Y, "count",
      "up"),
]

# uu09 (traditional script, pinyin junk) the 2024 national 政府工作报告's health paragraph (全国):
# `提高30元` is a rise (named for the rise). Year: the text writes none (`十四屆…二次會議5日`); 2024
# is known only from the URL, so null (corrected after first contact, as uu02).
D, R, Y = "uu09.txt", "全国", None
A += [
    T(D, "居民醫(yī)保人均財政補助標準提高30元", "居民医保人均财政补助标准提高额", R, ">=", 30, "元", Y, "amount", "up"),
]

# uu10 家庭生活报 (Jan 2022) on 四川省's 政府工作报告: `惠民生 增福祉` lists 2021's work (84个, 282万,
# the lab) — reported; `补短板 提质量` and `完善基本公共服务体系` list 2022's: 200 public kindergartens
# (outside health) and 150 county sub-centres to build. `15分钟`, `七大工程`, `十大行动` are names.
D, R, Y = "uu10.txt", "四川省", 2022
A += [
    T(D, "新建公办幼儿园200所", "新建公办幼儿园数", R, ">=", 200, "所", Y, "count", "up"),
    T(D, "建成150个县域医疗卫生次中心", "县域医疗卫生次中心建成数", R, ">=", 150, "个", Y, "count", "up"),
]

# uu11 a hospital's site relaying the 2018 national 政府工作报告: the five-year review (9亿多人, 13.5亿人,
# 76.7岁, `由240元提高到450元` done, 1700多万人次) and 2018's general requirements with no number.
# Only-reports page: no target.

if __name__ == "__main__":
    write_gold(A, HERE)
