#!/usr/bin/env python3
"""Build hold-out set AL's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AL (issue 14; gathered after set AK's round, annotated and scored once before any further
change — its first contact is the honest measure of set AK's round, main 7affc3f): query kinds
no earlier set used — thalassaemia (地中海贫血: a region's zero-birth plan of 2018 and its first
plan of 2010), the rural upper-digestive-tract cancer screening project (上消化道癌 早诊早治, a
district's quotas), the urban cancer screening project (城市癌症早诊早治, traditional), the 2020
national scheme for infectious-disease treatment capacity (传染病救治能力, ICU and bed norms by
county size, traditional with glosses), the 2022 ICU expansion norms (重症医学 扩容) and the aims
of organ donation and transplantation (器官捐献 协调员, 移植医院).
Files al01.txt…, so no name clashes with the seeds, the development set or sets A–AK in
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

# al01 a pharmacy trade site's copy of the 2018 news on 广西's plan for zero births of foetuses
# with severe thalassaemia: its aims for 2020, one sentence of seven. The birth rate of severe
# cases is a ceiling per 10,000 (`小于`: <); the three entry rates share one number (`均`: one
# target, joint name). `零出生` has no digit (no target, as 全覆盖); 614.01万人, 98.29%, 206.4/万,
# 108.25/万, 26.38/万, 3.15/万 are the past; `7个环节` a count of steps.
D, R, Y = "al01.txt", "广西壮族自治区", 2020
A += [
    T(D, "各地婚检地贫筛查率达97%", "婚检地贫筛查率", R, ">=", 97, "%", Y, "rate", "up"),
    T(D, "建卡孕妇地贫筛查率达98%", "建卡孕妇地贫筛查率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "双阳夫妇地贫基因诊断率达90%", "双阳夫妇地贫基因诊断率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "高风险重型地贫胎儿诊断率达98%", "高风险重型地贫胎儿诊断率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "重型地贫胎儿医学干预率达98%", "重型地贫胎儿医学干预率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "重型地贫患儿出生率小于0.3/万", "重型地贫患儿出生率", R, "<", 0.3, "1/万", Y, "rate", "down"),
    T(D, "地贫筛查、地贫基因诊断、地贫产前诊断信息录入率均达100%", "地贫筛查、地贫基因诊断、地贫产前诊断信息录入率",
      R, ">=", 100, "%", Y, "rate", "up"),
]

# al02 a news agency's 2010 item on 广西's first thalassaemia plan: by 2015 the birth rate of
# severe cases at least 50 % below 2009's (a change, named for it). The two budget lines (this
# year's 2700万元, a yearly 500万元) are allocations, not aims a bureau reports against
# (ambiguous, `=`, as earlier sets keep budgets). One screening laboratory or two per county or
# district (a range of an up-count: >= with value_max; the plan's end year, 2015), and one
# prenatal diagnosis centre per prefecture city (`一所`, a number in words). 20%, 26%, 20.64‰ are
# the present.
D, R = "al02.txt", "广西壮族自治区"
A += [
    T(D, "今年将安排2700万元经费", "地中海贫血产前诊断中心建设经费", R, "=", 2700, "万元", 2010, "amount", "up",
      ambiguous=True),
    T(D, "到2015年使广西重型地中海贫血患儿出生率比2009年下降50%以上", "重型地中海贫血患儿出生率下降幅度", R, ">=",
      50, "%", 2015, "rate", "up"),
    T(D, "每年还计划安排500万元用于专业技术人员的培训和宣教经费", "地中海贫血防治培训和宣教经费", R, "=", 500,
      "万元", 2010, "amount", "up", ambiguous=True),
    T(D, "在地级市分别建立一所地中海贫血产前诊断分中心", "地中海贫血产前诊断分中心数", R, ">=", 1, "所", 2015,
      "count", "up", scope="地级市"),
    T(D, "在县区建立1所至2所能覆盖辖区内所有乡、村的地中海贫血初筛实验室", "地中海贫血初筛实验室数", R, ">=", 1, "所",
      2015, "count", "up", scope="县区", value_max=2),
]

# al03 a document site's copy of 南川区's 2019–2023 scheme of the upper-digestive-tract cancer
# screening project (title and lead of the site kept): the opportunistic screening quota and
# the four check indicators (bare numbers after the first: implied 达到). The scheme gives no
# year of its own for them: its end, 2023. `34个镇街` is the present, `40岁` an age, `第2-7条` rules.
D, R, Y = "al03.txt", "南川区", 2023
A += [
    T(D, "完成上消化道癌机会性筛查800例", "上消化道癌机会性筛查例数", R, ">=", 800, "例", Y, "count", "up"),
    T(D, "任务完成率达到100%", "任务完成率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "内镜规范检查达标率95%", "内镜规范检查达标率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "早诊率50%", "早诊率", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "治疗率85%", "治疗率", R, ">=", 85, "%", Y, "rate", "up"),
]

# al04 a spam-headed copy (traditional, glosses such as `醫(yī)`) of 新华社's 2019 item on 贵州's
# urban cancer screening project, carried out in 贵阳市 (the sentence names it): two quotas of
# people for 2019 (the questionnaire is 2019's; the screening runs on to 2020年2月, still the
# 2019 round). `45歲至74歲` are ages, `26個省份` the present, `120秒` spam.
D, R, Y = "al04.txt", "贵阳市", 2019
A += [
    T(D, "將完成防癌風險評估問卷調(diào)查2.5萬人", "防癌风险评估问卷调查人数", R, ">=", 25000, "人", Y, "count",
      "up"),
    T(D, "五大類癌癥高位人群臨床篩查5000人", "五大类癌症高危人群临床筛查人数", R, ">=", 5000, "人", Y, "count", "up"),
]

# al05 a spam site's copy (traditional, glosses) of a 2020 item on the national scheme for the
# capacity to treat infectious diseases: no year is written in the text (null). Headings run in
# as lines of their own: `每省至少有一個P3實驗室` (written in words: 一個; no restatement below
# in the excerpt) and `每個城市改擴建1-2所現有醫療機構`, which the body restates (the heading is
# ambiguous, as ak03's headline). ICU beds as a share of the beds on the books (a range of an
# up-share: >= with value_max, county hospitals); infectious-disease beds a county can open by
# its population (four floors, scope each band); cities' infectious-disease hospitals 100 % up
# to standard; beds of a rebuilt hospital by city size (the second band is cut off: left out).
D, R, Y = "al05.txt", "全国", None
N5 = "可开放传染病病床数"
A += [
    T(D, "每省至少有一個P3實驗室", "P3实验室数", R, ">=", 1, "个", Y, "count", "up", scope="每省"),
    T(D, "按照編制床位的2-5%設置重癥監(jiān)護病床", "重症监护病床占编制床位比例", R, ">=", 2, "%", Y, "rate",
      "up", scope="县级医院", value_max=5),
    T(D, "30萬人口以下的縣可開放不低于20張", N5, R, ">=", 20, "张", Y, "count", "up", scope="30万人口以下的县"),
    T(D, "30-50萬人口的縣不低于50張", N5, R, ">=", 50, "张", Y, "count", "up", scope="30-50万人口的县"),
    T(D, "50-100萬人口的縣不低于80張", N5, R, ">=", 80, "张", Y, "count", "up", scope="50-100万人口的县"),
    T(D, "100萬以上人口的縣不低于100張", N5, R, ">=", 100, "张", Y, "count", "up", scope="100万以上人口的县"),
    T(D, "每個城市改擴建1-2所現(xiàn)有醫(yī)療機構", "改扩建医疗机构数", R, ">=", 1, "所", Y, "count", "up",
      scope="每个城市", value_max=2, ambiguous=True),
    T(D, "實現(xiàn)100%達標", "传染病医院(病区)达标率", R, ">=", 100, "%", Y, "rate", "up",
      scope="直辖市、省会城市、地级市"),
    T(D, "在每個城市選擇1-2所現(xiàn)有醫(yī)療機構進行改擴建", "改扩建医疗机构数", R, ">=", 1, "所", Y,
      "count", "up", scope="每个城市", value_max=2),
    T(D, "100萬人口(市區(qū)人口,下同)以下城市,設置病床60-100張", "改扩建医疗机构病床数", R, ">=", 60, "张",
      Y, "count", "up", scope="100万人口以下城市", value_max=100),
]

# al06 a city site's copy of the 2022 national press conference on ICU expansion: no year is
# written (`12月底之前`: null). Three shares of a hospital's beds and the extra staff
# (`20%到30%`: a range, >= with value_max). 13.81万张, 10.65万张, 10张/10万人, 8.05万人,
# 10.6万人, 22万人, 17.77万人 are the present; `24小时内` how fast a bed converts.
D, R, Y = "al06.txt", "全国", None
A += [
    T(D, "三级医院综合ICU要达到床位总数4%的比例", "综合ICU床位占床位总数比例", R, ">=", 4, "%", Y, "rate", "up",
      scope="三级医院"),
    T(D, "再按照床位总数4%的比例改造成可转换ICU床位", "可转换ICU床位占床位总数比例", R, ">=", 4, "%", Y, "rate",
      "up"),
    T(D, "保证综合ICU和可转换ICU能够达到医院床位总数的8%", "综合ICU和可转换ICU床位占床位总数比例", R, ">=", 8, "%",
      Y, "rate", "up"),
    T(D, "再额外扩充20%到30%的医疗力量", "重症医疗力量扩充比例", R, ">=", 20, "%", Y, "rate", "up",
      value_max=30),
]

# al07 a blog's copy of the 2017 news on the national aims of organ donation and transplantation:
# coordinators `近期` (no year: null), transplant hospitals this year (2017, the conference's
# year) and by 2020. `第一大国` has no number; 1900多人, 173家, 30万人, 1万2000例, 3万4500个 are
# the present.
D, R = "al07.txt", "全国"
A += [
    T(D, "计划在近期增加到5000名", "器官捐献协调员数", R, ">=", 5000, "名", None, "count", "up"),
    T(D, "希望今年增加到200家", "器官移植医院数", R, ">=", 200, "家", 2017, "count", "up"),
    T(D, "到2020年,增加到300家", "器官移植医院数", R, ">=", 300, "家", 2020, "count", "up"),
]

write_gold(A, HERE)
