#!/usr/bin/env python3
"""Build hold-out set V's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set V (issue 14; gathered after the rounds of sets Q–U, annotated and scored once before any
change): annual work plans of the seeds' kind as bureaus upload them — a county's 工作意见, the
news of city and county 卫生(计生/健康)工作会议 setting this year's tasks (2005, 2010, 2012, 2014,
2022), two traditional-script pages (a city's 2021/22 meeting, a city 卫计委's immunisation day
news) and three pages that only report (a district 卫计局's 2021 summary, a 卫生局's half-year
summary template, the traditional immunisation news). Most texts set tasks with no number at all,
with list counts (`5326`, `12345`, `十个方面`, `九项…六项`) and project budgets in their place.
Files vv01.txt…, so no name clashes with the seeds, the development set or sets A–U in
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

# vv01 a template site's `某县关于推动卫生事业高质量发展的意见` (2024): `到2025年` sets the aims, so
# year 2025; the region is the text's own word, `某县` (a placeholder, but the only one it gives).
# Two rates `达到N%以上`; `达到或超过全省平均水平` for the doctor and nurse densities is a level by
# reference: one target with the joint name, value null, ambiguous.
D, R, Y = "vv01.txt", "某县", 2025
A += [
    T(D, "县域内就诊率达到90%以上", "县域内就诊率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "重点人群健康管理率达到95%以上", "重点人群健康管理率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "每千人口执业(助理)医师数、注册护士数等指标达到或超过全省平均水平",
      "每千人口执业(助理)医师数、注册护士数", R, ">=", None, "人", Y, "count", "up", ambiguous=True),
]

# vv02 a paper's report (邓肇坚) of 肇庆市's 卫生计生工作会议 setting 2014's tasks (`谋划部署2014年`,
# `今年…五项重点工作`): the 惠民实事 names two rates, the number before the noun in the first
# (`90%以上乡镇卫生院能提供中医药服务`, a share of township hospitals). `用两年时间` is said of the
# equipment aim `“五个一”` (a name); the rates take the plan's year, 2014. `市级财政统筹2000万元` is
# money set aside, a budget rather than a level to reach: ambiguous (as set U's 计划投资).
D, R, Y = "vv02.txt", "肇庆市", 2014
A += [
    T(D, "90%以上乡镇卫生院能提供中医药服务", "能提供中医药服务的乡镇卫生院比例", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "免费孕前优生健康检查目标人群覆盖率达80%以上", "免费孕前优生健康检查目标人群覆盖率", R, ">=", 80, "%", Y,
      "rate", "up"),
    T(D, "市级财政统筹2000万元", "乡镇卫生院设备装备市级财政投入", R, "=", 2000, "万元", Y, "amount", "up",
      ambiguous=True),
]

# vv03 周口日报's 郸城新闻 page (Feb 2012): 郸城县's 2012 `“5326”目标任务`. `5项医改`, `3项重点`,
# `2个加快强化`, `6大项目` count the lists that follow (names, not aims). The six projects carry
# budgets (`总投资2600万元`, `1.2亿元`, `一期投资8000万元`, `6000万元`, `争取项目资金1000万元`):
# money to spend, not a level to reach — each ambiguous (as set U's 计划投资). 2011's praise is
# reported. Year 2012.
D, R, Y = "vv03.txt", "郸城县", 2012
A += [
    T(D, "总投资2600万元", "卫生综合服务大楼总投资", R, "=", 2600, "万元", Y, "amount", "up", ambiguous=True),
    T(D, "总投资1.2亿元", "县中医院新区总投资", R, "=", 12000, "万元", Y, "amount", "up", ambiguous=True),
    T(D, "预计一期投资8000万元", "县人民医院分院一期投资", R, "~", 8000, "万元", Y, "amount", "up", ambiguous=True),
    T(D, "总投资6000万元", "县第二人民医院分院总投资", R, "=", 6000, "万元", Y, "amount", "up", ambiguous=True),
    T(D, "争取项目资金1000万元", "争取项目资金", R, ">=", 1000, "万元", Y, "amount", "up", ambiguous=True),
]

# vv04 宁夏卫生健康委's site (2022): 西吉县's 卫生健康工作会议 lists 2022's ten tasks. `十个方面` and
# the ordinals (`一是`…`十是`) are a list; the seventh task carries a count written in a Chinese
# numeral, `打造五个县域医疗分中心` (5 个). `约100人参加会议` describes the meeting. Year 2022.
D, R, Y = "vv04.txt", "西吉县", 2022
A += [
    T(D, "打造五个县域医疗分中心", "县域医疗分中心建设数", R, ">=", 5, "个", Y, "count", "up"),
]

# vv05 五华发布 (Mar 2022): 五华县's 卫生健康 meeting, the `“12345”工作思路` (一场战役, 两个建设, 三个深化,
# 四个提升, 五项工作): a slogan and list counts. No target.

# vv06 中国菏泽网 (Feb 2010): 菏泽市's 卫生工作会议 for 2010. `九项基本公共卫生服务项目和六项重大公共
# 卫生服务项目` name the national programmes; `用三至五年的时间…达到全省中等以上水平` is an aim by
# reference with no indicator number: ambiguous.
D, R, Y = "vv06.txt", "菏泽市", 2010
A += [
    T(D, "用三至五年的时间,使我市卫生工作达到全省中等以上水平", "卫生工作水平", R, ">=", None, "%", Y, "rate", "up",
      ambiguous=True),
]

# vv07 (traditional script, with the reprint's pinyin junk `(wèi)`) 十堰市's 卫生健康 television
# meeting (no year written): `“323”攻堅行動` is a campaign's name, `十四五` a plan's. No target.

# vv08 (traditional script) 信網 (Apr 2016): 青島市 on the national immunisation day. The figures are
# 2015's, reported (`233萬劑次`, `均在95%以上`, `58萬劑次`, `全程接種率達90%以上`, `下降29.8%`);
# `今年…經費投入1700余萬元` is this year's spending on the free doses: ambiguous (a budget).
D, R, Y = "vv08.txt", "青岛市", 2016
A += [
    T(D, "經費投入1700余萬元", "免费疫苗接种经费投入", R, ">=", 1700, "万元", Y, "amount", "up", ambiguous=True),
]

# vv09 a document site's `2021年区卫计局今年工作总结明年工作安排` (the excerpt stops inside the summary):
# `1551` is a programme's name, `四级甲等` a grade, `第三批`, `十项` counts of what was done. Only
# reports: no target.

# vv10 a template site's `2023年卫生局上半年工作总结`, with `xx`/`x` left for the place and sums:
# `增设编制3人` is done, `1850字`, `十五篇` describe the page. Only reports: no target.

# vv11 嘉禾网: 嘉禾县's 全县卫生工作会议 (`418日`, 4月18日 with the 月 lost; the `2004年度` awards date
# it to 2005). `为民办事的8件实事之一` counts a list. No target.

if __name__ == "__main__":
    write_gold(A, HERE)
