#!/usr/bin/env python3
"""Build hold-out set AN's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AN (issue 14; gathered after set AL's round, annotated and scored once before any further
change — its first contact is the honest measure of the code on main ab0158e): query kinds for
hospitals' surroundings, blood, workforce and special programmes — the 2012 national chronic
disease plan's smoking and lifestyle aims (控烟 吸烟率), the 2019 provincial letters on children's
myopia (学校卫生 近视率, traditional with glosses), a town's quota table of blood donors
(无偿献血 任务分配表), a county's yearly blood-volume quotas (无偿献血 任务血量), a district's and a
city's ambulance-station aims (院前急救 平均反应时间, 急救分站) and a city's sealant quota of the
children's oral health project (口腔健康 窝沟封闭).
Files an01.txt…, so no name clashes with the seeds, the development set or sets A–AL in
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

# an01 a trade site's copy of the 2012 news on the national chronic disease plan (2012–2015): its
# aims for 2015 in one list. The headline (`有望低于25%`) restates the first aim as a forecast
# (ambiguous, as a restating heading). Salt per head a day is a per-capita sum (amount, down);
# the children's share `不超过8%` is the obesity rate of the clause before (scope 儿童青少年);
# `高血压和糖尿病患者规范管理率` is one number for two (one target, joint name); the death-cause
# surveillance covers 90 % of counties (a coverage share of counties). `2012-2015年` is the title.
D, R, Y = "an01.txt", "全国", 2015
A += [
    T(D, "2015年我国成年人吸烟率有望低于25%", "成年人吸烟率", R, "<", 25, "%", Y, "rate", "down",
      ambiguous=True),
    T(D, "成年人吸烟率降低到25%以下", "成年人吸烟率", R, "<=", 25, "%", Y, "rate", "down"),
    T(D, "全国人均每日食盐摄入量下降到9克以下", "人均每日食盐摄入量", R, "<=", 9, "克", Y, "amount", "down"),
    T(D, "经常参加体育锻炼的人数比例达到32%以上", "经常参加体育锻炼人数比例", R, ">=", 32, "%", Y, "rate",
      "up"),
    T(D, "成人肥胖率控制在 12%以内", "成人肥胖率", R, "<=", 12, "%", Y, "rate", "down"),
    T(D, "儿童青少年不超过8%", "儿童青少年肥胖率", R, "<=", 8, "%", Y, "rate", "down", scope="儿童青少年"),
    T(D, "高血压和糖尿病患者规范管理率达到40%", "高血压和糖尿病患者规范管理率", R, ">=", 40, "%", Y, "rate",
      "up"),
    T(D, "全人群死因监测覆盖全国90%的县(市、区)", "全人群死因监测县(市、区)覆盖率", R, ">=", 90, "%", Y,
      "rate", "up"),
]

# an02 a spam-headed copy (traditional, glosses such as `責(zé)任書`) of 人民日报's 2019 item on the
# letters that the ministries signed with the first 22 provinces: for 2019 to 2023, the yearly fall
# of the overall myopia rate of children (written `0.5%`, a fall in points, unit as written: the
# indicator is named for the change, up), a steeper fall for provinces above the national average
# (scope), and an hour of sport a day at school (a time standard: amount, as set O's). The letters
# bind provinces the text does not name: region 全国, the scale the text writes (`全國總體平均水平`);
# year 2023, the letters' end. `22個`, `2018年` are the present and the baseline.
D, R, Y = "an02.txt", "全国", 2023
N2 = "儿童青少年总体近视率年下降幅度"
A += [
    T(D, "力爭兒童青少年總體近視率每年下降0.5%以上", N2, R, ">=", 0.5, "%", Y, "rate", "up"),
    T(D, "近視率高于全國總體平均水平的省份每年下降1%以上", N2, R, ">=", 1, "%", Y, "rate", "up",
      scope="近视率高于全国总体平均水平的省份"),
    T(D, "確保中小學(xué)生在校時每天1小時以上體育活動時間", "中小学生在校每天体育活动时间", R, ">=", 1, "小时", Y,
      "amount", "up"),
]

# an03 a town government's 2017 notice (达川区渡市镇) on the year's blood donation with its quota
# table flattened into one line (`村 别 任务数(人) ... 合计 110`): each village's and each office's
# quota of donors is a target of the town (a bare number under 任务数: implied 达到, count of 人);
# region 渡市镇, the body that allocates, with the unit as scope (offices such as 农技站 are no
# jurisdiction, so villages are treated alike). Year 2017: the notice's number, its opening and the
# `附:2017年` line; the table's own heading `2016年` and the date `2016年5月4日` are taken as the
# clerk's slip of a reused form (the collection day is 2017年9月7日). The units' quotas sum to 111
# against `合计 110`: both are kept as written. `〔2017〕49号`, `[2017]18号` are document numbers.
D, R, Y = "an03.txt", "渡市镇", 2017
N3 = "无偿献血任务人数"
QUOTAS = [
    ("邹家营村", 6), ("农技站", 2), ("龙镇村", 6), ("林业站", 2), ("民兴村", 6), ("小 学", 6),
    ("乐家坝村", 6), ("初 中", 6), ("金盘村", 6), ("广播站", 1), ("南岩村", 6), ("畜牧站", 2),
    ("低基坪村", 6), ("安监所", 1), ("高均坪村", 6), ("计生办", 2), ("水口村", 6), ("国土、建设", 1),
    ("西兴村", 6), ("民政、残联", 1), ("白腊坪村", 6), ("财政所", 1), ("社 区", 9), ("社会服务中心", 1),
    ("农商银行", 1), ("镇卫生院", 6), ("镇政府", 3),
]
A += [
    T(D, f"{unit} {n}", N3, R, ">=", n, "人", Y, "count", "up", scope=unit.replace(" ", ""))
    for unit, n in QUOTAS
]
A += [T(D, "合计 110", N3, R, ">=", 110, "人", Y, "count", "up")]

# an04 a county news site's 2013 item (永顺县): the spring round is done (22.83万毫升, 115.3% of
# the towns' quota: achieved, not aims); the year's quotas of blood volume for the county and for
# the 21 towns of this round are targets (amount, 毫升 as written, 万 converted). 732名, 262人,
# 16名, 两台 are the present.
D, R, Y = "an04.txt", "永顺县", 2013
A += [
    T(D, "该县2013年无偿献血总任务血量为43万毫升", "无偿献血任务血量", R, ">=", 430000, "毫升", Y, "amount",
      "up"),
    T(D, "21个乡镇总任务血量为19.8万毫升", "无偿献血任务血量", R, ">=", 198000, "毫升", Y, "amount", "up",
      scope="万坪镇、泽家镇等21个乡镇"),
]

# an05 a news aggregator's 2022 item on 海淀区's ambulance stations: this year's new stations,
# the total, the response time and one station per street or town. Restatements are ambiguous:
# the headline (`新建13个急救站`), the second `将达45个` and the closing `12分钟左右`. `部分街镇将设2到3个`
# binds unnamed streets (ambiguous). The station norms (`不小于80平方米`, `至少设4个救护车组`,
# `3个…停车位`, `至少有1辆`) are 北京市's building standard cited to say the new stations meet it
# (ambiguous, region 北京市). `8家`, `1个`, `38个`, `约14分钟`, `达到100%` are the present.
D, R, Y = "an05.txt", "海淀区", 2022
A += [
    T(D, "北京海淀区新建13个急救站", "新建急救工作站数", R, ">=", 13, "个", Y, "count", "up", ambiguous=True),
    T(D, "今年该区将新建13家急救工作站", "新建急救工作站数", R, ">=", 13, "家", Y, "count", "up"),
    T(D, "站点总数将达45个", "急救工作站总数", R, ">=", 45, "个", Y, "count", "up"),
    T(D, "使辖区内平均急救反应时间缩至12分钟", "平均急救反应时间", R, "<=", 12, "分钟", Y, "amount", "down"),
    T(D, "建筑面积不小于80平方米", "急救工作站建筑面积", "北京市", ">=", 80, "平方米", None, "amount", "up",
      ambiguous=True),
    T(D, "至少设4个救护车组", "急救工作站救护车组数", "北京市", ">=", 4, "个", None, "count", "up",
      ambiguous=True),
    T(D, "3个救护车固定停车位", "急救工作站救护车固定停车位数", "北京市", ">=", 3, "个", None, "count", "up",
      ambiguous=True),
    T(D, "至少有1辆24小时值班救护车", "急救工作站24小时值班救护车数", "北京市", ">=", 1, "辆", None, "count",
      "up", ambiguous=True),
    T(D, "该区急救工作站数量将达45个", "急救工作站总数", R, ">=", 45, "个", Y, "count", "up", ambiguous=True),
    T(D, "每个街镇至少设有1个站点", "街镇急救站点数", R, ">=", 1, "个", Y, "count", "up", scope="每个街镇"),
    T(D, "部分街镇将设2到3个站点", "街镇急救站点数", R, ">=", 2, "个", Y, "count", "up", scope="部分街镇",
      value_max=3, ambiguous=True),
    T(D, "辖区内平均急救反应时间将进一步缩短至12分钟左右", "平均急救反应时间", R, "~", 12, "分钟", Y, "amount",
      "down", ambiguous=True),
]

# an06 a health portal's 2019 item (新华网) on 上海市's ambulance stations: the year's aim of ten
# new stations, already met (still the aim the city set; year 2019, the page's). The headline
# restates it as done (ambiguous). 175个, 3.4公里, 每3万人1辆, 13分钟 are what 十三五 has achieved;
# `第13个`, `4组12名`, `2辆`, 3.69 → 2.61公里 describe one station; `若干个` has no number.
D, R, Y = "an06.txt", "上海市", 2019
A += [
    T(D, "上海新建10个医疗急救分站", "新建医疗急救分站数", R, ">=", 10, "个", Y, "count", "up", ambiguous=True),
    T(D, "计划在今年新建10个医疗急救分站", "新建医疗急救分站数", R, ">=", 10, "个", Y, "count", "up"),
]

# an07 a city portal's 2012 item (安庆市): the year's children's oral-health project will seal
# 14,000 teeth of children of 7 to 9 in the city's schools (a count of 颗, 万 converted; scope the
# pupils). `7-9岁` are ages, `4月底` a date, `第二年` an ordinal; the footer's numbers are the site's.
D, R, Y = "an07.txt", "安庆市", 2012
A += [
    T(D, "1.4万颗牙齿将获免费窝沟封闭", "免费窝沟封闭牙齿数", R, ">=", 14000, "颗", Y, "count", "up",
      scope="市区学校7-9岁适龄儿童"),
]

write_gold(A, HERE)
