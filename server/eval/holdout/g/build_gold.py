#!/usr/bin/env python3
"""Build hold-out set G's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set G (issue 14, seventh round; gathered after set E's round, annotated and scored once before
any change): files gg01.txt…, so no name clashes with the seeds, the development set or sets A–F
in eval-extract's `all` row. It keeps its own builder (the same T(...) form as ../build_gold.py)
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

# gg01 national news (traditional, 2023): 2022's figures are achieved; the 2030 aims follow 力爭.
D, R, Y = "gg01.txt", "全国", 2030
A += [
    T(D, "孕產婦死亡率下降到12/10萬以下", "孕产妇死亡率", R, "<=", 12, "1/10万", Y, "rate", "down"),
    T(D, "5歲以下兒童死亡率下降到6‰以下", "5岁以下儿童死亡率", R, "<=", 6, "‰", Y, "rate", "down"),
]

# gg02 national news (traditional with pinyin-less doubled glyphs, 2019): the 2018 bulletin's
# figures are achieved; the 十三五 plan's 2020 aims are strict bounds (應大于 / 應小于).
D, R, Y = "gg02.txt", "全国", 2020
A += [
    T(D, "人均預(yù)期壽命應(yīng)大于77.3歲", "人均预期寿命", R, ">", 77.3, "岁", Y, "amount", "up"),
    T(D, "孕產(chǎn)婦死亡率應(yīng)小于18/10萬", "孕产妇死亡率", R, "<", 18, "1/10万", Y, "rate", "down"),
    T(D, "嬰兒死亡率應(yīng)小于7.5‰", "婴儿死亡率", R, "<", 7.5, "‰", Y, "rate", "down"),
]

# gg03 national news of the 十三五 TB plan (2017): the headline and the body twice; a fall against
# a base year for a sub-area (疫情偏高地区) is a change target.
D, R, Y = "gg03.txt", "全国", 2020
A += [
    T(D, "肺结核发病率力争降至58/10万以下", "肺结核发病率", R, "<=", 58, "1/10万", Y, "rate", "down"),
]
for occ in (0, 1):
    A += [
        T(D, "全国肺结核发病率下降到58/10万以下", "肺结核发病率", R, "<=", 58, "1/10万", Y, "rate", "down",
          occ=occ),
        T(D, "肺结核发病率较2015年下降20%", "肺结核发病率下降幅度", R, ">=", 20, "%", Y, "rate", "up",
          scope="疫情偏高地区", occ=occ),
    ]

# gg04 national news (2014) rewritten by a synonym spinner (方针 for 目标, 笼罩 for 覆盖): 2013's
# figures are achieved; this year's one aim is the free pre-pregnancy check's coverage.
D, R, Y = "gg04.txt", "全国", 2014
A += [
    T(D, "年度方针人群笼罩率达到80%以上", "免费孕前优生健康检查目标人群覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
]

# gg05 a national table of minimum rates for the basic public-health services (2014.12), flattened
# into run-on text with page numbers (`2、`, `3、`) inside words: each bare rate is a floor, `=100%`
# too (a minimum rate). The 5% of 高危儿/高危妊娠 reads as an expected share, not a floor
# (ambiguous); formulas (`…*85%*18.8%`), notes on prevalence, ages and glucose limits are not
# targets.
D, R, Y = "gg05.txt", "全国", 2014
A += [
    T(D, "居民健康档案电子化水平90%", "居民健康档案电子化水平", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "电子健康档案建档率80%", "电子健康档案建档率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "健康档案合格率90%", "健康档案合格率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "低盐膳食家庭覆盖率80%", "低盐膳食家庭覆盖率", R, ">=", 80, "%", Y, "rate", "up",
      scope="高血压高危人群"),
    T(D, "建证率达到 95%", "预防接种建证率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "接种率达到95%", "预防接种率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "2007 年后出生的儿童信息化管理率=100%", "儿童信息化管理率", R, ">=", 100, "%", Y, "rate", "up",
      scope="2007年后出生的儿童"),
    T(D, "入托入学儿童预防接种证查验率=100%", "入托入学儿童预防接种证查验率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "新生儿访视率85%", "新生儿访视率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "儿童系统管理率80%", "儿童系统管理率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "高危儿、体弱儿管理率5%", "高危儿、体弱儿管理率", R, ">=", 5, "%", Y, "rate", "up", ambiguous=True),
    T(D, "早孕建册\n2、率60%", "早孕建册率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "产前健康管理率80%", "产前健康管理率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "产后访视率85%", "产后访视率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "高危妊娠产妇管理率5%", "高危妊娠产妇管理率", R, ">=", 5, "%", Y, "rate", "up", ambiguous=True),
    T(D, "老年人健康管理率65%", "老年人健康管理率", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "健康体检表完整率90%", "健康体检表完整率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "高血压患者健康管理率35%", "高血压患者健康管理率", R, ">=", 35, "%", Y, "rate", "up"),
    T(D, "高血压患者规范管理率60%", "高血压患者规范管理率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "高血压管理人群血压控制率40%", "高血压管理人群血压控制率", R, ">=", 40, "%", Y, "rate", "up"),
    # a service's frequency, not a rate a bureau charts
    T(D, "年内 4 次以上面对面随访", "高血压患者年内面对面随访次数", R, ">=", 4, "次", Y, "count", "up",
      ambiguous=True),
    T(D, "调查人群覆盖率20%", "高血压与食盐摄入量相关因素调查人群覆盖率", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "高血压高危人群干预率=100%", "高血压高危人群干预率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "餐饮单位减盐指导率=100%", "餐饮单位减盐指导率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "糖尿病患者健康管理率22%", "糖尿病患者健康管理率", R, ">=", 22, "%", Y, "rate", "up"),
    T(D, "糖尿病患者规范管理率60%", "糖尿病患者规范管理率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "糖尿病管理人群血糖控制率35%", "糖尿病管理人群血糖控制率", R, ">=", 35, "%", Y, "rate", "up"),
]

# gg06 an encyclopedia's list of a 国家卫生城市's entry conditions (≥/≤ bounds), spam glyphs spliced
# into numbers: where they split a number from its unit or its decimals the value is in doubt
# (ambiguous). No place, no year: the national standard.
D, R, Y = "gg06.txt", "全国", None
A += [
    T(D, "城市生活垃圾无害化处理率≥80%", "城市生活垃圾无害化处理率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "城市生活污水处理率≥30迅滑亲正久找视吗%", "城市生活污水处理率", R, ">=", 30, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "建成区绿化覆盖率≥30%", "建成区绿化覆盖率", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "人均绿地面积≥5平方米", "人均绿地面积", R, ">=", 5, "平方米", Y, "amount", "up"),
    T(D, "北方城市≤0.350毫克/立方米", "大气总悬浮微粒年日平均值", R, "<=", 0.35, "毫克/立方米", Y, "amount",
      "down", scope="北方城市"),
    T(D, "南方城市≤0.处沙250毫克/立方米", "大气总悬浮微粒年日平均值", R, "<=", 0.25, "毫克/立方米", Y, "amount",
      "down", scope="南方城市", ambiguous=True),
]

# gg07 national news (2019) of 健康中国行动: a 分别-less pair of years and floors (及以上); the
# headline's 40% stands three times (headline, 原标题, the summary's title).
D, R = "gg07.txt", "全国"
for occ in (0, 1, 2):
    A += [T(D, "体育锻炼常客未来占40%", "经常参加体育锻炼人数比例", R, ">=", 40, "%", 2030, "rate", "up", occ=occ)]
A += [
    T(D, "经常参加体育锻炼人数比例达到37%及以上", "经常参加体育锻炼人数比例", R, ">=", 37, "%", 2022, "rate", "up"),
    T(D, "经常参加体育锻炼人数比例达到37%及以上和40%及以上", "经常参加体育锻炼人数比例", R, ">=", 40, "%", 2030,
      "rate", "up"),
]

# gg08 national news (traditional, 2022) of 爱国卫生's 70 years: present shares and achieved
# figures only (占比超過60%, 已經超過70%, 達到了89%和84%): no target.

# gg09 安徽省 十三五 plan (draft) in provincial news (2017): the headline, a 左右 band stated twice,
# densities per 万/千 人口 (Chinese numeral 两人), a rise over 2015 with its level in brackets, a
# reference to the national average; 2015's figures are achieved; the news teaser at the foot
# (押金, 本, 8%) is another story.
D, R, Y = "gg09.txt", "安徽省", 2020
A += [
    T(D, "安徽省人均寿命将达77.3岁", "人均预期寿命", R, ">=", 77.3, "岁", Y, "amount", "up"),
    T(D, "人口自然增长率在7.8%左右", "人口自然增长率", R, "~", 7.8, "%", Y, "rate", "band", occ=0),
    T(D, "人均预期寿命将达到77.3岁", "人均预期寿命", R, ">=", 77.3, "岁", Y, "amount", "up"),
    T(D, "人口自然增长率在7.8%左右", "人口自然增长率", R, "~", 7.8, "%", Y, "rate", "band", occ=1),
    T(D, "每万人口全科医生数将达到两人", "每万人口全科医生数", R, ">=", 2, "人", Y, "count", "up"),
    T(D, "每千人口注册护士数有望达到3人", "每千人口注册护士数", R, ">=", 3, "人", Y, "count", "up"),
    T(D, "人均预期寿命在2015年基础上提高1.3岁以上", "人均预期寿命提高幅度", R, ">=", 1.3, "岁", Y, "amount",
      "up"),
    # the same aim restated as a level in brackets
    T(D, "即77.3岁", "人均预期寿命", R, ">=", 77.3, "岁", Y, "amount", "up", ambiguous=True),
    # by reference only
    T(D, "居民主要健康指标达到或超过全国平均水平", "居民主要健康指标", R, ">=", None, "%", Y, "rate", "up",
      ambiguous=True),
]

# gg10 national news (2012) of the 健康中国2020 study: 2020 aims and a 2015 one; 控制目标为 gives
# ceilings on smoking by sex; counts of people living with HIV in 万 with no counting word.
D, R, Y = "gg10.txt", "全国", 2020
A += [
    T(D, "居民人均寿命增至77岁", "人均预期寿命", R, ">=", 77, "岁", Y, "amount", "up"),
    # the rise over 2005 says the same as the level after it
    T(D, "增加4岁", "人均预期寿命提高幅度", R, ">=", 4, "岁", Y, "amount", "up", ambiguous=True),
    T(D, "基础之上增加4岁,达到77岁", "人均预期寿命", R, ">=", 77, "岁", Y, "amount", "up"),
    T(D, "人均预期寿命达到77岁", "人均预期寿命", R, ">=", 77, "岁", Y, "amount", "up"),
    T(D, "5岁以下儿童死亡率下降到13‰", "5岁以下儿童死亡率", R, "<=", 13, "‰", Y, "rate", "down"),
    T(D, "孕产妇死亡率降低到20/10万", "孕产妇死亡率", R, "<=", 20, "1/10万", Y, "rate", "down"),
    T(D, "药品食品安全监测覆盖率达到100%", "药品食品安全监测覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "到2020年小于150万例", "艾滋病病毒感染者和病人总数", R, "<", 1500000, "例", Y, "count", "down"),
    T(D, "人群吸烟率控制目标为到2020年男性为40%", "人群吸烟率", R, "<=", 40, "%", Y, "rate", "down",
      scope="男性"),
    T(D, "女性为4%", "人群吸烟率", R, "<=", 4, "%", Y, "rate", "down", scope="女性"),
    T(D, "存活的艾滋病病毒感染者和病人总数不超过120万", "艾滋病病毒感染者和病人总数", R, "<=", 1200000, "人", 2015,
      "count", "down"),
    T(D, "到2020年不超过150万", "艾滋病病毒感染者和病人总数", R, "<=", 1500000, "人", Y, "count", "down"),
]

# gg11 national news (traditional, 2012): 73.5岁 and 43.46岁 are past levels; the 十二五 aim for its
# last year (2015) and the 2020 expectation (有望, headline and body twice).
D, R = "gg11.txt", "全国"
A += [
    T(D, "有望達77歲", "人均预期寿命", R, ">=", 77, "岁", 2020, "amount", "up"),
    T(D, "人均預(yù)期壽命提高到74.5歲", "人均预期寿命", R, ">=", 74.5, "岁", 2015, "amount", "up"),
    T(D, "這一數(shù)字有望達到77歲", "人均预期寿命", R, ">=", 77, "岁", 2020, "amount", "up"),
    T(D, "平均期望壽命有望達到77歲", "人均预期寿命", R, ">=", 77, "岁", 2020, "amount", "up"),
]

# gg12 a district's 2018 AIDS meeting (船山区): 2017's achieved figures only: no target.


def main():
    write_gold(A, HERE)


if __name__ == "__main__":
    main()
