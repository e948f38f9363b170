#!/usr/bin/env python3
"""Build the hold-out gold sets from the hand annotations below.

Usage: python3 build_gold.py
Set A: docs/ → holdout.jsonl. Set B (gathered after the rules written from set A's failures,
and scored once before any further change): b/docs/ → b/gold.jsonl. Set C (gathered after set B's
round and the naming round, annotated and scored once before any change): c/docs/ → c/gold.jsonl.
Set D (gathered after set C's round, annotated and scored once before any change): d/docs/ →
d/gold.jsonl; its files are dd01.txt… because the development set already has d01.txt….
Set E (gathered after set D's round, annotated and scored once before any change): e/docs/ →
e/gold.jsonl, files ee01.txt….

Fields and conventions follow ../../../../shared/gold/SCHEMA.md. `start` is the code-point
index of the quote in the UTF-8 text (str.find); a quote that occurs more than once must name
its occurrence with occ= (0-based). These annotations were written before the extractor was
run on the texts. Check the output with
  python3 /work/shared/gold/check_gold.py holdout.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gold_builder import T, locate, write_lines  # noqa: E402

SETS = {  # doc-name prefix → (docs folder, output file)
    "h": (os.path.join(HERE, "docs"), os.path.join(HERE, "holdout.jsonl")),
    "b": (os.path.join(HERE, "b", "docs"), os.path.join(HERE, "b", "gold.jsonl")),
    "c": (os.path.join(HERE, "c", "docs"), os.path.join(HERE, "c", "gold.jsonl")),
    "d": (os.path.join(HERE, "d", "docs"), os.path.join(HERE, "d", "gold.jsonl")),
    "e": (os.path.join(HERE, "e", "docs"), os.path.join(HERE, "e", "gold.jsonl")),
}


A = []

# h01 浙江省 2023 工作要点 (provincial): a list of headline indicators in one paragraph.
D, R, Y = "h01.txt", "浙江省", 2023
A += [
    # an index with no unit the schema knows: kept, not scored
    T(D, "健康浙江发展指数达85", "健康浙江发展指数", R, ">=", 85, "分", Y, "amount", "up", ambiguous=True),
    T(D, "人均预期寿命达82.4岁", "人均预期寿命", R, ">=", 82.4, "岁", Y, "amount", "up"),
    T(D, "居民健康素养水平达39%以上", "居民健康素养水平", R, ">=", 39, "%", Y, "rate", "up"),
    T(D, "重大慢病过早死亡率降至9.3%", "重大慢病过早死亡率", R, "<=", 9.3, "%", Y, "rate", "down"),
    T(D, "总体癌症五年生存率达47%", "总体癌症五年生存率", R, ">=", 47, "%", Y, "rate", "up"),
    T(D, "人均基本公共卫生服务经费达102元以上", "人均基本公共卫生服务经费", R, ">=", 102, "元", Y, "amount", "up"),
    T(D, "培育健康浙江行动省级样板50个", "培育健康浙江行动省级样板数", R, ">=", 50, "个", Y, "count", "up"),
    T(D, "城乡居民免费健康体检人数达1000万以上", "城乡居民免费健康体检人数", R, ">=", 10000000, "人", Y, "count", "up"),
    T(D, "居民电子健康档案开放率达70%以上", "居民电子健康档案开放率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "居民心理健康素养水平达25%以上", "居民心理健康素养水平", R, ">=", 25, "%", Y, "rate", "up"),
    T(D, "家庭医生居民签约服务覆盖率达42%以上", "家庭医生签约服务覆盖率", R, ">=", 42, "%", Y, "rate", "up"),
    # as SCHEMA's own example: the same indicator for a sub-population
    T(D, "重点人群签约覆盖率达85%以上", "家庭医生签约服务覆盖率", R, ">=", 85, "%", Y, "rate", "up", scope="重点人群"),
]

# h02 榆阳区 (a district of 榆林市), 健康榆阳行动: 2030 targets, a 分别 list.
D, R = "h02.txt", "榆阳区"
A += [
    # only by reference to the city's average: value null
    T(D, "居民主要健康指标优于全市平均水平", "居民主要健康指标", R, ">", None, "%", 2025, "rate", "up", ambiguous=True),
    T(D, "人均预期寿命达到78.5岁", "人均预期寿命", R, ">=", 78.5, "岁", 2030, "amount", "up"),
    T(D, "婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰", "婴儿死亡率", R, "<=", 4.0, "‰", 2030, "rate", "down"),
    T(D, "5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、4.5‰", "5岁以下儿童死亡率", R, "<=", 4.5, "‰", 2030, "rate", "down"),
    T(D, "孕产妇死亡率分别下降到4.0‰、4.5‰、10/10万", "孕产妇死亡率", R, "<=", 10, "1/10万", 2030, "rate", "down"),
]

# h03 鲅鱼圈区 (营口市), 健康鲅鱼圈行动 (draft, 2023): two years in one 分别 clause.
D, R = "h03.txt", "鲅鱼圈区"
A += [
    T(D, "全区居民健康素养水平分别不低于24%", "居民健康素养水平", R, ">=", 24, "%", 2023, "rate", "up"),
    T(D, "全区居民健康素养水平分别不低于24%和30%", "居民健康素养水平", R, ">=", 30, "%", 2030, "rate", "up"),
]

# h04 河南省 2016 全省卫生计生工作要点 (provincial; the province named in the text).
D, R, Y = "h04.txt", "河南省", 2016
A += [
    T(D, "力争使县域内就诊率提高到90%左右", "县域内就诊率", R, "~", 90, "%", Y, "rate", "up"),
]

# h05 全国, 中医药事业发展"十二五"规划 main-indicator table, flattened with "|" cell ends:
# label (unit) | 2010 | 2015 | 年均增长(%) | 属性. The 2015 column is the target; the yearly
# growth column restates it as a rate, so those cells are kept but not scored.
D, R, Y = "h05.txt", "全国", 2015
rows = [
    # label as in the table, indicator, 2015 value, unit, kind, growth cell
    ("中医医院(所) |\n3232 |\n3397", "中医医院数", 3397, "所", "count", "1"),
    ("中医医院床位数(万张) |\n47.1 |\n69.2", "中医医院床位数", 692000, "张", "count", "8"),
    ("中医医院病床使用率(%) |\n84 |\n94", "中医医院病床使用率", 94, "%", "rate", None),
    ("中医医院诊疗人次数(亿人次) |\n3.6 |\n5.5", "中医医院诊疗人次数", 550000000, "人次", "count", "9"),
    ("中医医院诊疗人次占医院诊疗人次比重(%) |\n17.6 |\n18.5", "中医医院诊疗人次占医院诊疗人次比重", 18.5, "%", "rate", "1"),
    ("中医医院出院人数(万人) |\n1275.7 |\n2248.2", "中医医院出院人数", 22482000, "人", "count", "12"),
    ("中医医院出院人数占医院出院人数比重(%) |\n13.5 |\n15.0", "中医医院出院人数占医院出院人数比重", 15.0, "%", "rate", "2"),
    ("卫生机构中医类别执业(助理)医师(万人) |\n29.4 |\n37.5", "卫生机构中医类别执业(助理)医师数", 375000, "人", "count", "5"),
    ("卫生机构中药师(士)(万人) |\n9.7 |\n14.2", "卫生机构中药师(士)数", 142000, "人", "count", "8"),
    ("中药工业总产值(亿元) |\n3172 |\n5590", "中药工业总产值", 5590, "亿元", "amount", "12"),
    ("高等院校中医药类专业在校生人数(万人) |\n55.3 |\n70.6", "高等院校中医药类专业在校生人数", 706000, "人", "count", "5"),
]
for quote, name, value, unit, kind, growth in rows:
    A.append(T(D, quote, name, R, ">=", value, unit, Y, kind, "up"))
    if growth:
        A.append(T(D, f"{quote} |\n{growth}", f"{name}年均增长率", R, ">=", float(growth), "%", Y,
                   "rate", "up", ambiguous=True))

# h06 (铜陵市 by the address only; the text says 市人社局) 2015 新农合 items: no place named, so
# the document's own word 全市; the year from the address.
D, R, Y = "h06.txt", "全市", 2015
A += [
    T(D, "参合率不低于95%", "新农合参合率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "人均财政补助标准提高到380元/人·年", "新农合人均财政补助标准", R, ">=", 380, "元", Y, "amount", "up"),
    T(D, "人均缴费标准120元左右", "新农合人均缴费标准", R, "~", 120, "元", Y, "amount", "band"),
    T(D, "住院率控制在11%以内", "住院率", R, "<=", 11, "%", Y, "rate", "down"),
    T(D, "参合农民住院实际补偿比不低于55%", "住院实际补偿比", R, ">=", 55, "%", Y, "rate", "up"),
]

# h07 思南县 2014 新农合统筹补偿方案, 总体目标 (a forum page opens with an unrelated question).
D, R, Y = "h07.txt", "思南县", 2014
A += [
    T(D, "统筹基金最高支付限额不低于15万元", "统筹基金最高支付限额", R, ">=", 15, "万元", Y, "amount", "up"),
    T(D, "住院费用实际补偿比维持在68%左右", "住院费用实际补偿比", R, "~", 68, "%", Y, "rate", "up"),
    T(D, "24种重大疾病实际补偿比应达到我省限定费用的80%以上", "重大疾病实际补偿比", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "住院率控制在10%左右", "住院率", R, "~", 10, "%", Y, "rate", "down"),
    T(D, "统筹基金累计结余一般不超过当年筹集的统筹基金总额的25%", "统筹基金累计结余率", R, "<=", 25, "%", Y, "rate", "down"),
]

# ---------------------------------------------------------------- set B
# b01 江西省 2023 疾控 performance handbook (traditional script): failure rates point down; 低N%
# without 于 is still below.
D, R, Y = "b01.txt", "江西省", 2023
A += [
    T(D, "全省法定傳染病未及時(shí)報(bào)告率低于0.2%", "法定传染病未及时报告率", R, "<", 0.2, "%", Y, "rate", "down"),
    T(D, "未及時(shí)審核率低0.03%", "法定传染病未及时审核率", R, "<", 0.03, "%", Y, "rate", "down"),
    T(D, "傳染病疫情報(bào)告質(zhì)量綜合評(píng)價(jià)綜合率不低于99%", "传染病疫情报告质量综合评价综合率", R, ">=", 99, "%", Y, "rate", "up"),
]
# b02 (a province's 2017 figures, reported in 2019) and b03 (a city's 2011 review meeting) report
# achieved figures only: no target.

# h08 绍兴市 2017: the returned part is the 2016 review only (achieved figures), and h09 (a 2017
# national news item in traditional script) names measures and a hotline: no target in either.
# The scorer skips documents without gold lines, so eval-extract counts predictions there apart.

# ---------------------------------------------------------------- set C
# c01 a city's 爱国卫生 targets for 2012 (no place named on the page: the document's word 全市).
D, R, Y = "c01.txt", "全市", 2012
A += [
    T(D, "新创建省级卫生先进单位15-20个", "新创建省级卫生先进单位数", R, ">=", 15, "个", Y, "count", "up",
      value_max=20),
    # shares of places that reach a standard: a target, but named by the places, not by a rate
    T(D, "30%的县城", "省级卫生县城达标比例", R, ">=", 30, "%", Y, "rate", "up", ambiguous=True),
    T(D, "45%的省新农村建设示范镇", "省级卫生镇达标比例", R, ">=", 45, "%", Y, "rate", "up", ambiguous=True),
    T(D, "35%的省新农村建设示范村", "省级卫生村达标比例", R, ">=", 35, "%", Y, "rate", "up", ambiguous=True),
    T(D, "省级生活饮用水卫生监测县覆盖率达到80%", "生活饮用水卫生监测县覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "农村卫生户厕普及率达到65%以上", "农村卫生户厕普及率", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "无害化卫生公厕达到100%", "无害化卫生公厕普及率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "城市居民常见卫生防病知识知晓率达到80%以上", "常见卫生防病知识知晓率", R, ">=", 80, "%", Y, "rate", "up",
      scope="城市居民"),
    T(D, "农村居民知晓率达到70%以上", "常见卫生防病知识知晓率", R, ">=", 70, "%", Y, "rate", "up",
      scope="农村居民"),
]

# c02 a city's 2025 爱国卫生 targets, news in traditional script with pinyin noise. It names no place
# and never says 全市, only 我市: the document's own word (SCHEMA.md), as the shared gold keeps 本社区.
D, R, Y = "c02.txt", "我市", 2025
A += [
    T(D, "城市生活垃圾焚燒處理能力占比達(dá)到75%", "城市生活垃圾焚烧处理能力占比", R, ">=", 75, "%", Y, "rate", "up"),
    T(D, "每個縣的垃圾收運(yùn)覆蓋達(dá)到90%以上的自然村", "农村生活垃圾收运自然村覆盖率", R, ">=", 90, "%", Y,
      "rate", "up"),
    T(D, "農(nóng)村集中供水率達(dá)到95%左右", "农村集中供水率", R, "~", 95, "%", Y, "rate", "up"),
    T(D, "自來水普及率穩(wěn)定在92%以上", "自来水普及率", R, ">=", 92, "%", Y, "rate", "up"),
    T(D, "農(nóng)村衛(wèi)生廁所普及率達(dá)到85%以上", "农村卫生厕所普及率", R, ">=", 85, "%", Y, "rate", "up"),
]

# c03 陕西省 政府工作报告 news (2016): 十三五 targets; the headline repeats a body target.
D, R = "c03.txt", "陕西省"
A += [
    T(D, "陕西计划2020年人均预期寿命达76.7岁", "人均预期寿命", R, ">=", 76.7, "岁", 2020, "amount", "up"),
    # economic and cultural targets of the same report: targets, but not health ones
    T(D, "生产总值达到3万亿元", "生产总值", R, ">=", 3, "万亿元", 2020, "amount", "up", ambiguous=True),
    T(D, "人均超过1万美元", "人均生产总值", R, ">", 1, "万美元", 2020, "amount", "up", ambiguous=True),
    T(D, "2017年县域就诊率达到90%", "县域内就诊率", R, ">=", 90, "%", 2017, "rate", "up"),
    T(D, "2020年人均预期寿命达76.7岁", "人均预期寿命", R, ">=", 76.7, "岁", 2020, "amount", "up", occ=1),
    T(D, "文化产业年均增长15%以上", "文化产业年均增长率", R, ">=", 15, "%", 2020, "rate", "up", ambiguous=True),
]

# c04 全国, news of the 健康中国2030 规划纲要 (2016): 2030 targets, the 79岁 sentence twice.
D, R, Y = "c04.txt", "全国", 2030
A += [
    T(D, "2030年中国人均预期寿命将达79岁", "人均预期寿命", R, ">=", 79, "岁", Y, "amount", "up"),
    # the rise itself (约3岁) restates the 79岁 target as a change: not scored
    T(D, "人均预期寿命较目前再增加约3岁", "人均预期寿命增加值", R, "~", 3, "岁", Y, "amount", "up",
      ambiguous=True, occ=0),
    T(D, "人均预期寿命较目前再增加约3岁,达到79岁", "人均预期寿命", R, ">=", 79, "岁", Y, "amount", "up", occ=0),
    T(D, "人均预期寿命较目前再增加约3岁", "人均预期寿命增加值", R, "~", 3, "岁", Y, "amount", "up",
      ambiguous=True, occ=1),
    T(D, "人均预期寿命较目前再增加约3岁,达到79岁", "人均预期寿命", R, ">=", 79, "岁", Y, "amount", "up", occ=1),
    T(D, "人均预期寿命较目前的76.34岁继续增长,达到79岁", "人均预期寿命", R, ">=", 79, "岁", Y, "amount", "up"),
    T(D, "重大慢*病过早死亡率较2015年下降30%", "重大慢性病过早死亡率下降幅度", R, ">=", 30, "%", Y, "rate", "up"),
    # a share written without its %: the from-to's second number is the target
    T(D, "个人卫生支出占卫生总费用的比重从目前29.3降至25左右", "个人卫生支出占卫生总费用的比重", R, "~", 25,
      "%", Y, "rate", "down"),
]
# c05 扬中市 十四五 plan: the returned part is the 十三五 review (achieved figures only); c06 丽水市
# (traditional script) and c07 泸县 state their aims in words only: no target in any of them.

# ---- Set D (issue 14, fourth round): annotated from the texts alone, before any extractor run.

# dd01 兴仁县 2018 人口计生 要点 news: traditional script with pinyin glosses inside words.
D, R, Y = "dd01.txt", "兴仁县", 2018
A += [
    T(D, "出生人口政策符合率達(dá)90%以上", "出生人口政策符合率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "人口信息統(tǒng)計(jì)準(zhǔn)確率達(dá)到95%以上", "人口信息统计准确率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "計(jì)劃生育獎(jiǎng)勵(lì)兌現(xiàn)率達(dá)到100%", "计划生育奖励兑现率", R, ">=", 100, "%", Y, "rate", "up"),
]

# dd02 a 街道 of 临海 (name not given), 2019 爱国卫生月 方案: one number among dates and ordinals.
D, R, Y = "dd02.txt", "全街", 2019
A += [
    T(D, "全街农村户厕卫生厕所普及率达99.7%及以上", "农村户厕卫生厕所普及率", R, ">=", 99.7, "%", Y, "rate", "up"),
]

# dd03 卫生部 notice on TB control (national): 2005 targets, words broken by spaces; an English
# translation follows (not annotated: the extractor reads Chinese).
D, R, Y = "dd03.txt", "全国", 2005
A += [
    T(D, "DOTS覆盖 率达到100%", "DOTS覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "新涂阳病人发现率达到70%", "新涂阳病人发现率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "治愈 率达到85%以上", "治愈率", R, ">=", 85, "%", Y, "rate", "up"),
]

# dd04 national news (2019): the same 分别 sentence twice, two years; 14.18% is a 2017 figure.
D, R = "dd04.txt", "全国"
for occ in (0, 1):
    A += [
        T(D, "全国居民健康素养水平要分别达到22%和30%", "居民健康素养水平", R, ">=", 22, "%", 2022, "rate", "up",
          occ=occ),
        T(D, "全国居民健康素养水平要分别达到22%和30%", "居民健康素养水平", R, ">=", 30, "%", 2030, "rate", "up",
          occ=occ),
    ]

# dd05 辽宁省儿童发展规划(2001-2010年): milestone years 2005 and 2010, 城市/农村 scopes, falls
# as fractions of a base year, a per-万 rate, and numbers the page lost (`‰;‰。`).
D, R = "dd05.txt", "辽宁省"
A += [
    T(D, "全省婴儿5岁以下儿童死亡率以2000年为基础下降1/5", "婴儿和5岁以下儿童死亡率下降幅度", R, ">=", 20, "%", 2010,
      "rate", "up"),
    T(D, "全省出生缺陷发生率到2005年要降至72/万", "出生缺陷发生率", R, "<=", 72, "1/万", 2005, "rate", "down"),
    T(D, "到2010年要降至70/万", "出生缺陷发生率", R, "<=", 70, "1/万", 2010, "rate", "down"),
    T(D, "全省5岁以下儿童营养不良患病率以2000年为基础下降1/4", "5岁以下儿童营养不良患病率下降幅度", R, ">=", 25, "%",
      2010, "rate", "up"),
    # the indicator's name was lost from the page: a target, but no one could title it
    T(D, "到2010年要降至3%", "(名称缺失)", R, "<=", 3, "%", 2010, "rate", "down", ambiguous=True),
    T(D, "全省婚前医学检查率到2005年城市要达到98%", "婚前医学检查率", R, ">=", 98, "%", 2005, "rate", "up", scope="城市"),
    T(D, "农村要达到86%", "婚前医学检查率", R, ">=", 86, "%", 2005, "rate", "up", scope="农村"),
    # the clause's own year was lost with its first number; the plan year stands
    T(D, "农村要达到88%", "婚前医学检查率", R, ">=", 88, "%", 2010, "rate", "up", scope="农村"),
    T(D, "全省新生儿疾病筛查覆盖率农村以县级助产机构为单位到2005年要达到60%", "新生儿疾病筛查覆盖率", R, ">=", 60, "%",
      2005, "rate", "up", scope="农村"),
    T(D, "到2010年要达到80%。城市", "新生儿疾病筛查覆盖率", R, ">=", 80, "%", 2010, "rate", "up", scope="农村"),
    T(D, "城市以助产机构为单位到2005年要达到80%", "新生儿疾病筛查覆盖率", R, ">=", 80, "%", 2005, "rate", "up",
      scope="城市"),
    T(D, "到2010年要达到100%", "新生儿疾病筛查覆盖率", R, ">=", 100, "%", 2010, "rate", "up", scope="城市"),
    T(D, "到2010年全省孕产妇死亡率以2000年为基础下降1/4", "孕产妇死亡率下降幅度", R, ">=", 25, "%", 2010, "rate", "up"),
]
for name, occ in (("孕产妇系统管理率", 0), ("儿童保健系统管理率", 1)):
    A += [
        T(D, f"全省{name}到2005年城市要达到90%", name, R, ">=", 90, "%", 2005, "rate", "up", scope="城市"),
        T(D, "农村要达到83%", name, R, ">=", 83, "%", 2005, "rate", "up", scope="农村", occ=occ),
        T(D, "到2010年城市要达到92%", name, R, ">=", 92, "%", 2010, "rate", "up", scope="城市", occ=occ),
        T(D, "农村要达到85%", name, R, ">=", 85, "%", 2010, "rate", "up", scope="农村", occ=occ),
    ]
A += [
    T(D, "全省农村住院分娩率到2005年要达到75%", "农村住院分娩率", R, ">=", 75, "%", 2005, "rate", "up"),
    T(D, "到2010年要达到80%。全省高危", "农村住院分娩率", R, ">=", 80, "%", 2010, "rate", "up"),
    T(D, "全省高危孕产妇住院分娩率到2005年要达到90%", "高危孕产妇住院分娩率", R, ">=", 90, "%", 2005, "rate", "up"),
    T(D, "到2010年要达到95%", "高危孕产妇住院分娩率", R, ">=", 95, "%", 2010, "rate", "up"),
    T(D, "全省农村非住院分娩消毒接生率到2005年要达到99%", "农村非住院分娩消毒接生率", R, ">=", 99, "%", 2005, "rate",
      "up"),
]

# dd06 福州市儿童发展纲要(2021-2030年) news, traditional script: a headline repeating a body target,
# 分别 lists, a time standard, a yearly fall in points as a range, densities per 1000 children.
D, R, Y = "dd06.txt", "福州市", 2030
A += [
    T(D, "小學(xué)生近視率要降至38%以下", "小学生近视率", R, "<=", 38, "%", Y, "rate", "down"),
    T(D, "小學(xué)生視率降至38%以下", "小学生近视率", R, "<=", 38, "%", Y, "rate", "down"),
    T(D, "初中生視率降至60%以下", "初中生近视率", R, "<=", 60, "%", Y, "rate", "down"),
    T(D, "高中階段學(xué)生視率降至70%以下", "高中阶段学生近视率", R, "<=", 70, "%", Y, "rate", "down"),
    T(D, "新生兒、嬰兒和5歲以下兒童死亡率分別保持在3‰、4‰和5‰以下", "新生儿死亡率", R, "<=", 3, "‰", Y, "rate", "down"),
    T(D, "新生兒、嬰兒和5歲以下兒童死亡率分別保持在3‰、4‰和5‰以下", "婴儿死亡率", R, "<=", 4, "‰", Y, "rate", "down"),
    T(D, "新生兒、嬰兒和5歲以下兒童死亡率分別保持在3‰、4‰和5‰以下", "5岁以下儿童死亡率", R, "<=", 5, "‰", Y, "rate",
      "down"),
    T(D, "適齡兒童免疫規(guī)劃疫苗接種率以鄉(xiāng)(鎮(zhèn))、街道為單位穩(wěn)定在98%以上", "适龄儿童免疫规划疫苗接种率", R,
      ">=", 98, "%", Y, "rate", "up"),
    T(D, "5歲以下兒童貧血率和生長(zhǎng)遲緩率分別控制在6%和3%以下", "5岁以下儿童贫血率", R, "<=", 6, "%", Y, "rate",
      "down"),
    T(D, "5歲以下兒童貧血率和生長(zhǎng)遲緩率分別控制在6%和3%以下", "5岁以下儿童生长迟缓率", R, "<=", 3, "%", Y, "rate",
      "down"),
    T(D, "12歲兒童齲患率控制在25%以內(nèi)", "12岁儿童龋患率", R, "<=", 25, "%", Y, "rate", "down"),
    T(D, "學(xué)校眼保健操普及率達(dá)到100%", "学校眼保健操普及率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "兒童每天接觸戶外自然光不少于1小時(shí)", "儿童每天接触户外自然光时间", R, ">=", 1, "小时", Y, "amount", "up"),
    T(D, "兒童青少年總體視率在2020年基礎(chǔ)上每年降低0.5到1個(gè)百分點(diǎn)", "儿童青少年总体近视率每年下降幅度", R, ">=", 0.5,
      "个百分点", Y, "rate", "up", value_max=1),
    T(D, "0~6歲兒童眼保健和視力檢查覆蓋率達(dá)到90%以上", "0~6岁儿童眼保健和视力检查覆盖率", R, ">=", 90, "%", Y, "rate",
      "up"),
    T(D, "中小學(xué)生國(guó)家學(xué)生體質(zhì)健康標(biāo)準(zhǔn)達(dá)標(biāo)率穩(wěn)定在95%以上", "国家学生体质健康标准达标率", R, ">=", 95, "%", Y,
      "rate", "up", scope="中小学生"),
    T(D, "達(dá)標(biāo)優(yōu)良率達(dá)到60%以上", "国家学生体质健康标准达标优良率", R, ">=", 60, "%", Y, "rate", "up",
      scope="中小学生"),
    T(D, "配備專兼職心理健康工作人員的中小學(xué)比例達(dá)到100%", "配备专兼职心理健康工作人员的中小学比例", R, ">=", 100,
      "%", Y, "rate", "up"),
    # one per city and county: a standard of provision rather than a number to report
    T(D, "市、縣均設(shè)1所政府舉辦、標(biāo)準(zhǔn)化婦幼保健機(jī)構(gòu)", "政府举办标准化妇幼保健机构数", R, ">=", 1, "所", Y, "count",
      "up", ambiguous=True),
    T(D, "每千名兒童擁有兒科執(zhí)業(yè)(助理)醫(yī)生達(dá)1.12名", "每千名儿童拥有儿科执业(助理)医生数", R, ">=", 1.12,
      "名", Y, "count", "up"),
    T(D, "床位增至3.17張", "每千名儿童拥有儿科床位数", R, ">=", 3.17, "张", Y, "count", "up"),
]

# dd07 全国精神卫生工作规划(2015—2020年) news: every 年 after a year was lost (`到2020-`).
D, R, Y = "dd07.txt", "全国", 2020
A += [
    # shares of places that must set something up: targets, but of the places, not a rate reported
    T(D, "70%以上的乡镇(街道)都要建立精神卫生综合管理小组", "建立精神卫生综合管理小组的乡镇(街道)比例", R, ">=", 70,
      "%", Y, "rate", "up", ambiguous=True),
    T(D, "全国精神科执业(助理)医师数量增加到4万名", "精神科执业(助理)医师数量", R, ">=", 40000, "名", Y, "count", "up",
      occ=0),
    T(D, "70%的乡镇(街道)建立由综治", "建立精神卫生综合管理小组的乡镇(街道)比例", R, ">=", 70, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "全国精神科执业(助理)医师数量增加到4万名", "精神科执业(助理)医师数量", R, ">=", 40000, "名", Y, "count", "up",
      occ=1),
    T(D, "登记在册的严重精神障碍患者管理率达到80%以上", "严重精神障碍患者管理率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "精神分裂症治疗率达到80%以上", "精神分裂症治疗率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "抑郁症治疗率在现有基础上提高50%", "抑郁症治疗率提高幅度", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "每个省(区、市)至少开通1条心理援助热线电话", "心理援助热线电话数", R, ">=", 1, "条", Y, "count", "up",
      scope="每个省(区、市)"),
    T(D, "100%的省(区、市)", "建立心理危机干预队伍的省(区、市)比例", R, ">=", 100, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "70%的市(地、州、盟)建立心理危机干预队伍", "建立心理危机干预队伍的市(地、州、盟)比例", R, ">=", 70, "%", Y,
      "rate", "up", ambiguous=True),
    T(D, "70%以上的县(市、区)设有精神障碍社区康复机构", "设有精神障碍社区康复机构的县(市、区)比例", R, ">=", 70, "%",
      Y, "rate", "up", ambiguous=True),
]
# dd08 嵊州市 十二五 卫生规划: the returned part is the 十一五 review (achieved figures only): no target.

# ---- Set E (issue 14, fifth round): annotated from the texts alone, before any extractor run.

# ee01 a city's 卫生健康 要点 section (连云港 by its site, not named: the document's word 全市), no
# year on the page: a range of 家, a floor in 种, counts of 名 (one in 万), a ceiling on a share.
D, R, Y = "ee01.txt", "全市", None
A += [
    T(D, "产前筛查率90%以上", "产前筛查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "新生儿疾病筛查率95%以上", "新生儿疾病筛查率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "二级以上综合医院设老年医学科比例达60%以上", "二级以上综合医院设老年医学科比例", R, ">=", 60, "%", Y,
      "rate", "up"),
    T(D, "全市卫生机构母婴设施配置率达90%以上", "卫生机构母婴设施配置率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "各县区建成1至2家具有示范效应的普惠婴幼儿照护服务机构", "示范性普惠婴幼儿照护服务机构数", R, ">=", 1, "家",
      Y, "count", "up", scope="各县区", value_max=2),
    T(D, "大病专项救治病种不少于30种", "大病专项救治病种数", R, ">=", 30, "种", Y, "count", "up",
      scope="农村低收入人口"),
    T(D, "政策范围内住院费用自付比例控制在10%以内", "政策范围内住院费用自付比例", R, "<=", 10, "%", Y, "rate", "down",
      scope="建档立卡低收入人口"),
    T(D, "免费为2000名适龄儿童窝沟封闭牙齿", "适龄儿童窝沟封闭人数", R, ">=", 2000, "名", Y, "count", "up"),
    T(D, "为1.2万名残疾人开展家庭医生签约精准康复服务", "残疾人家庭医生签约精准康复服务人数", R, ">=", 12000, "名", Y,
      "count", "up"),
]

# ee02 计划免疫实施方案 as PDF text (no place, no year: 20xx): spaces inside numbers, line breaks
# inside words and before 以上, joint names, a strict ceiling on a per-million rate in 城区.
D, R, Y = "ee02.txt", "各街(镇)", None
A += [
    T(D, "12 月龄儿童建卡、建证率\n均要求达 98%以上", "12月龄儿童建卡、建证率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "“五苗”单\n苗、全程接种率达 95%以上", "12月龄儿童五苗单苗、全程接种率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "首针 24 小时及时接种率达 90%\n以上", "乙肝疫苗首针24小时及时接种率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "麻疼发病率城区小于 1/100 万", "麻疹发病率", R, "<", 1, "1/100万", Y, "rate", "down", scope="城区"),
    T(D, "儿童接种个案信息录入上传率达 100%", "儿童接种个案信息录入上传率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "及时率、准确率达 100%", "报表及时率、准确率", R, ">=", 100, "%", Y, "rate", "up"),
]

# ee03 北京 news (traditional, 2016; 市卫计委 of 北京 by the paper and the place): a 2020 target in the
# headline, the 原标题 line and twice in the body.
D, R, Y = "ee03.txt", "北京市", 2020
A += [
    T(D, "流動(dòng)兒童疫苗接種率2020年底將達(dá)95%", "流动儿童疫苗接种率", R, ">=", 95, "%", Y, "rate", "up", occ=0),
    T(D, "流動(dòng)兒童疫苗接種率2020年底將達(dá)95%", "流动儿童疫苗接种率", R, ">=", 95, "%", Y, "rate", "up", occ=1),
    T(D, "流動(dòng)兒童疫苗接種率將達(dá)95%", "流动儿童疫苗接种率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "流動(dòng)兒童接種率要達(dá)到95%", "流动儿童疫苗接种率", R, ">=", 95, "%", Y, "rate", "up"),
]

# ee04 a city's 2013 计生 news (traditional, doubled commas): this year's 8000 对 (twice); last
# year's 8011 对 and 96.8% are achieved figures.
D, R, Y = "ee04.txt", "全市", 2013
A += [
    T(D, "今年我市將為8000對(duì)符合生育政策", "免费孕前优生健康检查夫妇数", R, ">=", 8000, "对", Y, "count", "up"),
    T(D, "將為全市8000對(duì)符合生育政策", "免费孕前优生健康检查夫妇数", R, ">=", 8000, "对", Y, "count", "up"),
]

# ee05 national news (traditional, 2025) on the 十五五 aim: 79岁 is today's level, 80岁 the target
# (headline and body twice); the rise of 1岁 says the same again.
D, R, Y = "ee05.txt", "全国", 2030
A += [
    T(D, "中國人均預期壽命有望達到80歲", "人均预期寿命", R, ">=", 80, "岁", Y, "amount", "up"),
]
for occ in (0, 1):
    A += [
        T(D, "達到80歲左右", "人均预期寿命", R, "~", 80, "岁", Y, "amount", "up", occ=occ),
        T(D, "再提升1歲", "人均预期寿命提高幅度", R, ">=", 1, "岁", Y, "amount", "up", ambiguous=True, occ=occ),
    ]

# ee06 a county's 妇幼 review (traditional): achieved figures only, several numbers lost: no target.

# ee07 新华网 2018 (traditional): the 2017 statistical bulletin; 保持在87%以上 describes the present.
D, R, Y = "ee07.txt", "全国", 2017
A += [
    T(D, "覆蓋率保持在87%以上", "流动人口基本公共卫生计生服务覆盖率", R, ">=", 87, "%", Y, "rate", "up",
      ambiguous=True),
]

# ee08 national news (traditional, 2014): 74.09% is the 2013 figure; targets for 2015 and 2020.
D, R = "ee08.txt", "全国"
A += [
    T(D, "全國農村衛(wèi)生廁所普及率2015年達到75%", "农村卫生厕所普及率", R, ">=", 75, "%", 2015, "rate", "up"),
    T(D, "到2020年達到85%", "农村卫生厕所普及率", R, ">=", 85, "%", 2020, "rate", "up"),
]

# ee09 a 陕西 city's 2022 要点 (name replaced by xx: the document's word 全市): capacities per day.
D, R, Y = "ee09.txt", "全市", 2022
A += [
    T(D, "新建6万管/日的核酸检测基地", "核酸检测基地检测能力", R, ">=", 60000, "管/日", Y, "count", "up",
      scope="高新区"),
    T(D, "至少要有一个公立医疗机构实验室", "核酸检测能力达标公立医疗机构实验室数", R, ">=", 1, "个", Y, "count", "up",
      scope="每个县区", ambiguous=True),
    T(D, "核酸检测能力达到2000管/日", "公立医疗机构实验室核酸检测能力", R, ">=", 2000, "管/日", Y, "count", "up",
      scope="每个县区"),
]

# ee10 国务院 opinion on 爱国卫生 (news, 2015): shares of all cities and towns by 2020.
D, R, Y = "ee10.txt", "全国", 2020
A += [
    T(D, "国家卫生城市数量提高到全国城市总数的40%", "国家卫生城市占城市总数比例", R, ">=", 40, "%", Y, "rate", "up"),
    T(D, "国家卫生乡镇(县城)数量提高到全国乡镇(县城)总数的5%", "国家卫生乡镇(县城)占乡镇(县城)总数比例", R, ">=", 5,
      "%", Y, "rate", "up"),
]


def main():
    for key, (docs, path) in SETS.items():
        write_lines(locate([a for a in A if a["doc"][0] == key], docs), path)


if __name__ == "__main__":
    main()
