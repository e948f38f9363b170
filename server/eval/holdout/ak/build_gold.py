#!/usr/bin/env python3
"""Build hold-out set AK's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AK (issue 14; gathered after set AJ's round, annotated and scored once before any further
change — its first contact is the honest measure of set AJ's round, main c602849): query kinds no
earlier set used — the national guidance on ear and hearing health (耳与听力健康, traditional), a
province's county-level rescue centres for critically ill mothers and newborns (危重孕产妇/新生儿
救治中心), a city's 十三五 aims after the two-child policy (全面两孩 实施意见), a province's 2025
quotas of cardiovascular high-risk screening (心血管病高危人群 筛查, counts), two national plans to
eliminate measles (消除麻疹: 2006 edition, and the 2010 edition in garbled traditional script) and
a vendor's news page on public defibrillators (AED) naming three cities' aims.
Files ak01.txt…, so no name clashes with the seeds, the development set or sets A–AJ in
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

# ak01 a news agency's item (traditional, full-width punctuation) on the national guidance on ear
# and hearing health by four national bodies: its concrete aims for 2030. A ratio of doctors per
# 100,000 people is a count in 人 (as earlier sets keep 每千人口 ratios); the share of county
# general hospitals with an ENT department is a rate. `2.2億人`, `45%` are the present, `60歲` an
# age bound.
D, R, Y = "ak01.txt", "全国", 2030
A += [
    T(D, "每10萬人耳鼻咽喉科執業（助理）醫師數達到4.2人", "每10万人耳鼻咽喉科执业(助理)医师数", R, ">=", 4.2,
      "人", Y, "count", "up"),
    T(D, "95%以上的縣綜合醫院設置耳鼻咽喉科（五官科）", "设置耳鼻咽喉科(五官科)的县综合医院比例", R, ">=", 95,
      "%", Y, "rate", "up"),
    T(D, "新生兒聽力障礙篩查率達到90%以上", "新生儿听力障碍筛查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "工作場所噪聲崗位監測合格率達85%以上", "工作场所噪声岗位监测合格率", R, ">=", 85, "%", Y, "rate",
      "up"),
]

# ak02 a national radio site's copy of a city paper's 2018 item on 河南省's scheme: by the end of
# 2018 at least one rescue centre in each county (市) and district (`至少…1个`: >=, a count by
# scope), and 20 % or more of county centres up to the standard. The page prints the body twice
# (editor's line, then the item again): the second copy restates the first (ambiguous). `3年时间`
# is a span; 177个, 171个, 142个, 140个 are the present.
D, R, Y = "ak02.txt", "河南省", 2018
Q1 = "各县(市)、区至少建设1个危重孕产妇和新生儿救治中心"
Q2 = "全省20%以上的县级救治中心达到标准化建设要求"
N1 = "危重孕产妇和新生儿救治中心数"
N2 = "达到标准化建设要求的县级救治中心比例"
A += [
    T(D, Q1, N1, R, ">=", 1, "个", Y, "count", "up", scope="各县(市)、区", occ=0),
    T(D, Q2, N2, R, ">=", 20, "%", Y, "rate", "up", occ=0),
    T(D, Q1, N1, R, ">=", 1, "个", Y, "count", "up", scope="各县(市)、区", occ=1, ambiguous=True),
    T(D, Q2, N2, R, ">=", 20, "%", Y, "rate", "up", occ=1, ambiguous=True),
]

# ak03 a provincial legal portal's copy of 西安晚报's 2017 item on 西安市's implementing opinion
# after the two-child policy: its aims for the 十三五 period (year 2020, as `到2020年` says for the
# last). The headline and the lead restate the body's birth rate and the centres: the headline's
# `4至5所` restates the lead's `4~5所` (ambiguous), the lead's birth rate restates the body's
# (ambiguous). A range of an up-count is >= with value_max. The sex ratio at birth takes the
# development set's unit (`男/100女`). Per-thousand ratios are counts in their counting words.
D, R, Y = "ak03.txt", "西安市", 2020
N3 = "县级危重孕产妇、新生儿救治中心数"
A += [
    T(D, "西安市将建4至5所县级危重孕产妇新生儿救治中心", N3, R, ">=", 4, "所", Y, "count", "up",
      value_max=5, ambiguous=True),
    T(D, "人口出生率将保持在12.0‰以上", "人口出生率", R, ">=", 12.0, "‰", Y, "rate", "up",
      ambiguous=True),
    T(D, "将建立以县级医疗保健机构为基础的4~5所县级危重孕产妇、新生儿救治中心", N3, R, ">=", 4, "所", Y,
      "count", "up", value_max=5),
    T(D, "人口出生率保持在12.0‰以上", "人口出生率", R, ">=", 12.0, "‰", Y, "rate", "up"),
    T(D, "婴儿死亡率降到6.0‰以下", "婴儿死亡率", R, "<=", 6.0, "‰", Y, "rate", "down"),
    T(D, "孕产妇死亡率降到14/10万以下", "孕产妇死亡率", R, "<=", 14, "1/10万", Y, "rate", "down"),
    T(D, "出生人口性别比趋于合理,降低到108.5以下", "出生人口性别比", R, "<=", 108.5, "男/100女", Y, "rate",
      "down"),
    T(D, "市、区县妇幼保健计划生育服务机构标准化建设覆盖率达到90%以上", "妇幼保健计划生育服务机构标准化建设覆盖率",
      R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "每千名儿童床位数增加到2.2张", "每千名儿童床位数", R, ">=", 2.2, "张", Y, "count", "up"),
    T(D, "每千名儿童儿科执业(助理)医师数达到0.69 名", "每千名儿童儿科执业(助理)医师数", R, ">=", 0.69, "名", Y,
      "count", "up"),
    T(D, "每千分娩量产科床位数不低于20张", "每千分娩量产科床位数", R, ">=", 20, "张", Y, "count", "up"),
    T(D, "创建4个计划生育优质服务先进区县", "创建计划生育优质服务先进区县数", R, ">=", 4, "个", Y, "count", "up"),
]

# ak04 a provincial CDC's page (a list of items, then the 2025 scheme of 云南省's cardiovascular
# high-risk screening project): four totals of the year's quotas, counts of people (`任务数N人`: a
# bare number, an implied 达到). The table that follows lost its cell breaks (`合计100002500250021840
# 昆明市20156000…`): its digits run into each other and into the years, so no value can be read
# from it; it is left out. `2025年12月31日前` is a date.
D, R, Y = "ak04.txt", "云南省", 2025
A += [
    T(D, "初筛任务数10000人", "心血管病高危人群初筛任务数", R, ">=", 10000, "人", Y, "count", "up"),
    T(D, "高危对象干预任务数2500人", "心血管病高危对象干预任务数", R, ">=", 2500, "人", Y, "count", "up"),
    T(D, "短期随访任务数2500人", "心血管病高危对象短期随访任务数", R, ">=", 2500, "人", Y, "count", "up"),
    T(D, "长期随访任务数21840人", "心血管病高危对象长期随访任务数", R, ">=", 21840, "人", Y, "count", "up"),
]

# ak05 a pharmacy news site's copy of 中新网's 2006 item on the national plan to eliminate measles
# by 2012. The incidence ceiling; three coverage floors of 95 % (the first by county, the second
# among children entering nursery and school: scope); one joint 100 % (`均`); the case
# investigation rate and the specimen rate. `以省为单位麻疹发病率在1/10万以下时` is the condition
# under which those two apply, no aim. `2剂` is the number of doses.
D, R, Y = "ak05.txt", "全国", 2012
A += [
    T(D, "全国麻疹发病率控制在1/100万以下", "麻疹发病率", R, "<=", 1, "1/100万", Y, "rate", "down"),
    T(D, "以县为单位适龄儿童麻疹疫苗常规免疫2剂接种率达到95%以上", "适龄儿童麻疹疫苗常规免疫2剂接种率", R, ">=", 95,
      "%", Y, "rate", "up"),
    T(D, "在入托、入学儿童中,2剂麻疹疫苗接种率达到95%以上", "2剂麻疹疫苗接种率", R, ">=", 95, "%", Y, "rate",
      "up", scope="入托、入学儿童"),
    T(D, "麻疹疫苗强化免疫接种率达到95%以上", "麻疹疫苗强化免疫接种率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "麻疹暴发疫情调查率和血清学确诊率均达到100%", "麻疹暴发疫情调查率和血清学确诊率", R, ">=", 100, "%", Y,
      "rate", "up"),
    T(D, "麻疹疑似病例个案调查率达到100%", "麻疹疑似病例个案调查率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "血清标本采集率达到80%以上", "血清标本采集率", R, ">=", 80, "%", Y, "rate", "up"),
]

# ak06 a spam portal's copy (traditional, pinyin glosses such as `衛(wèi)`, and a synonym-spun
# text: `打消` for 消除, `把持` for 控制, `進步` for 提高) of the 2010 news on the national plan to
# eliminate measles by 2012: a ceiling per year (2010 and 2011 are ranges under a ceiling: <= with
# value_max), and a dose-2 coverage floor over the plan's three years (year 2012, its end). The
# goal quoted in words (`百萬分之一`) and the closing 2012 sentence restate the 2012 ceiling
# (ambiguous). `14周歲`, `8月齡` are ages; `今年9月` a date.
D, R = "ak06.txt", "全国"
N6 = "麻疹发病率"
A += [
    T(D, "2012年發(fā)病率實(shí)現(xiàn)百萬(wàn)分之一", N6, R, "<=", 1, "1/100万", 2012, "rate", "down",
      ambiguous=True),
    T(D, "全國(guó)麻疹發(fā)病率把持在1/100萬(wàn)以下", N6, R, "<=", 1, "1/100万", 2012, "rate", "down",
      occ=0),
    T(D, "2010年全國(guó)麻疹發(fā)病率把持在25-30/100萬(wàn)以下", N6, R, "<=", 25, "1/100万", 2010, "rate",
      "down", value_max=30),
    T(D, "2011年全國(guó)麻疹發(fā)病率把持在5-10/100萬(wàn)以下", N6, R, "<=", 5, "1/100万", 2011, "rate",
      "down", value_max=10),
    T(D, "2012年全國(guó)麻疹發(fā)病率把持在1/100萬(wàn)以下", N6, R, "<=", 1, "1/100万", 2012, "rate", "down",
      ambiguous=True),
    T(D, "2歲及以上兒童含麻疹成份疫苗慣例免疫2劑次接種率達(dá)到95%以上", "2岁及以上儿童含麻疹成分疫苗常规免疫2剂次接种率",
      R, ">=", 95, "%", 2012, "rate", "up"),
]

# ak07 a defibrillator vendor's news page (starred-out words kept) on public AEDs: three cities'
# aims, each with its own region. 淄博's first batch of 800 before the end of December (the year
# is plain from the next step, `2022年6月`: 2021); 北京市's schools, each at least one by December
# 2021 (the unit cut off after `台A`); 深圳's density aim within ten years (no year written: null;
# a ratio per 100,000 people is a count, as in ak01). `14000台` is the present; `2017年` a date;
# `(2019-2020)` a plan's name.
D = "ak07.txt"
A += [
    T(D, "淄博将完成首批800台设备的安装", "首批自动体外除颤器安装数", "淄博市", ">=", 800, "台", 2021, "count",
      "up"),
    T(D, "要求每个学校2021年12月底前至少配置1台", "自动体外除颤仪(AED)配置数", "北京市", ">=", 1, "台", 2021,
      "count", "up", scope="每个学校"),
    T(D, "达到每10万人配置300台AED", "每10万人自动体外除颤器(AED)配置数", "深圳市", ">=", 300, "台", None,
      "count", "up"),
]

write_gold(A, HERE)
