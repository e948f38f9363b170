#!/usr/bin/env python3
"""Build hold-out set CZ's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CZ (gathered on main fd34af45 and checked again on e18f0568, after the merge of set DC, beside the sets
gathered at the same time in the other /work/wt/g* worktrees, and annotated before any extractor run: the
annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent):
national pages, 2010–2014, of the 卫生部 / 国家卫生计生委 era and of 国务院 — a medical news site's copy of the
2012 notice of 卫生部, 财政部 and 民政部 on 新农合 (subsidy, contribution, shares, ceilings), a paper database's
abstract of the 2011 新农合 notice 卫农卫发[2011]27号 with its English translation, 洛阳日报's copy of 新华社's item
on 国务院办公厅's 2011 医改 work arrangements, 中国新闻网's item on 卫生部's 2010 briefing on the western regions
(the 2009–2011 医改 aims told for the west), 新华社's item on the 2010 report to the NPC standing committee on the
医改 (two 2011 aims among the year's results) and 京华时报's item on the 2014 funding notice of 财政部, 人社部 and
卫计委 (two levels with their rises, told three times) — and 光明日报's item on 国家医保局's 2022 statistical
bulletin (achieved figures only: the distractor). No national indicator table turned up clean (see SOURCES.md).
Files cz01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Region: every page binds the whole country (a national notice, plan or report): 全国. Conventions of earlier
sets followed here: a scheme's `由A提高到B` scores B, never A (cd, bw01, dc); a rise told beside its level
(`提高40元,达到320元`) is two lines, the rise named …提高额 (au03, dc05); the centre's shares of a subsidy by region
(`西部地区80%、中部地区60%`) are rules of allocation: ambiguous `=` (au03, dc05); a headline, a lead or a 核心提示
telling again an aim of the body is ambiguous, the body's statement scored (cx04, cd, dc); one number for
several schemes (`参保(合)率均达到90%以上`) is one target with the joint name (SCHEMA); `3年内` from a text that does
not date the plan is a span: year null (bu02, bs04); `左右` → `~` (SCHEMA); `N倍` of an income is an amount in
`倍` (SCHEMA); achieved figures, last year's levels and a report's results of the year are not targets.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []
R = "全国"

# cz01 a medical news site's copy (zhzyw; its breadcrumb `首页中医信息中医新闻正文` before the title and its
# footer from `咨询电话` on dropped) of the item on the 2012 新农合 notice of 卫生部, 财政部 and 民政部. Region 全国, year
# 2012 (`2012年起`). Scored (the body): the subsidy `提高到每人每年240元` (200元 is the old level), the farmer's
# contribution `提高到每人每年60元`, the inpatient share `提高到75%左右` (`~`), the fund's ceiling `8倍以上` of the
# national rural income per head (倍, `>=`) and `不低于6万元`, the outpatient fund per head `达到50元左右` (`~`) and
# the share of the outpatient fund spent at village clinics `达到50%左右` (`~`). Ambiguous: the headline's
# `提至75%` and the lead's `提高到75%左右` (the body's aim told again). Not targets: `12个病种` (the pilot's list of
# diseases named by their count, no level to reach), `分两年到位` (a span), `第二年`.
D, Y = "cz01.txt", 2012
N = "新农合政策范围内住院费用报销比例"
A += [
    T(D, "新农合住院报销比例将提至75%", N, R, ">=", 75, "%", Y, "rate", "up", ambiguous=True),
    T(D, "新农合政策范围内住院费用报销比例提高到75%左右", N, R, "~", 75, "%", Y, "rate", "up", ambiguous=True,
      occ=0),
    T(D, "提高到每人每年240元", "新农合人均财政补助标准", R, ">=", 240, "元", Y, "amount", "up"),
    T(D, "农民个人缴费原则上提高到每人每年60元", "新农合个人缴费标准", R, ">=", 60, "元", Y, "amount", "up"),
    T(D, "新农合政策范围内住院费用报销比例提高到75%左右", N, R, "~", 75, "%", Y, "rate", "up", occ=1),
    T(D, "统筹基金最高支付限额提高到全国农村居民人均纯收入的8倍以上", "新农合统筹基金最高支付限额", R, ">=", 8, "倍", Y,
      "amount", "up"),
    T(D, "且不低于6万元", "新农合统筹基金最高支付限额", R, ">=", 6, "万元", Y, "amount", "up"),
    T(D, "人均门诊统筹基金达到50元左右", "新农合人均门诊统筹基金", R, "~", 50, "元", Y, "amount", "up"),
    T(D, "新农合门诊统筹基金用于村卫生室的比例达到50%左右", "新农合门诊统筹基金用于村卫生室的比例", R, "~", 50, "%",
      Y, "rate", "up"),
]

# cz02 a paper database's abstract page (ppdoc; its label `论文部分内容阅读` dropped) of the notice 卫农卫发[2011]27号
# on 新农合 in 2011, cut after its first item (`其`), then the database's English translation of the same
# abstract (cut at `its`). Region 全国 (a ministry's notice to every province), year 2011 (`2011年起`). Scored:
# the subsidy `提高到每人每年200元` (120元 is the old level). Ambiguous: the English `to 200 yuan per person per
# annum` (the same aim told again, in another language). Not targets: the document numbers (`[2011]27号`,
# `国办发[2011]8号`, `No. 27`, `No. 8`), `2011年度` (the arrangements' year), the 120元 / `120 yuan` old level.
D, Y = "cz02.txt", 2011
A += [
    T(D, "提高到每人每年200元", "新农合人均财政补助标准", R, ">=", 200, "元", Y, "amount", "up"),
    T(D, "to 200 yuan per person per annum", "新农合人均财政补助标准", R, ">=", 200, "元", Y, "amount", "up",
      ambiguous=True),
]

# cz03 洛阳日报's page (lyrb; the e-paper's navigation — the edition's other headlines, the date line — before the
# title dropped) with 新华社's item of 2月17日 on 国务院办公厅's `医药卫生体制五项重点改革2011年度主要工作安排`, cut
# inside the work list (`医`). Region 全国, year 2011 (`2011年度`, `今年`). Scored (the body, occ=1): the subsidy of
# both schemes `提高到200元` (120元 is last year's) and the inpatient share `力争达到70%左右` (`~`, the joint name).
# Ambiguous: the headline's `力争达70%左右` and the lead's `提高到200元` (occ=0), told again. Not targets: the
# dateline, `五项` (the reforms' count), `全覆盖` (no number).
D, Y = "cz03.txt", 2011
A += [
    T(D, "城镇居民医保、新农合报销比例力争达70%左右", "城镇居民医保和新农合政策范围内住院费用支付比例", R, "~", 70, "%",
      Y, "rate", "up", ambiguous=True),
    T(D, "提高到200元", "新农合和城镇居民医保人均财政补助标准", R, ">=", 200, "元", Y, "amount", "up", ambiguous=True,
      occ=0),
    T(D, "提高到200元", "新农合和城镇居民医保人均财政补助标准", R, ">=", 200, "元", Y, "amount", "up", occ=1),
    T(D, "新农合政策范围内住院费用支付比例力争达到70%左右", "城镇居民医保和新农合政策范围内住院费用支付比例", R, "~", 70,
      "%", Y, "rate", "up"),
]

# cz04 a portal's copy (10huan; its menu and breadcrumb before the title dropped) of 中国新闻网's item of 2010-08-10
# on 卫生部's briefing on ten years of the western development: the 医改 aims told for the west, cut in its third
# item (`发挥县级医院的`). Region 全国 (a national ministry's aims), scope 西部地区 for the insurance rate (`西部`),
# none for the 2010 subsidy (the national standard). Scored (the body's first item, occ=1): the three schemes'
# enrolment `均达到90%以上` within `3年内` (one number, the joint name; year null: the text does not date the
# span, as bu02) and the 2010 subsidy `提高到每人每年120元`. Ambiguous: the headline's 90% and the lead's 90% and
# 120元 (occ=0), told again. Not targets: `10年` (the development's age), `五项` (the reform items' count),
# `全国所有困难家庭` (no number), the date.
D = "cz04.txt"
N = "城镇职工医保、城镇居民医保和新农合参保(合)率"
A += [
    T(D, "3年内西部城乡居民医保参保率达90%以上", N, R, ">=", 90, "%", None, "rate", "up", scope="西部地区",
      ambiguous=True),
    T(D, "参保(合)率均达到90%以上", N, R, ">=", 90, "%", None, "rate", "up", scope="西部地区", ambiguous=True,
      occ=0),
    T(D, "补助标准提高到每人每年120元", "城镇居民医保和新农合人均财政补助标准", R, ">=", 120, "元", 2010, "amount", "up",
      ambiguous=True, occ=0),
    T(D, "参保(合)率均达到90%以上", N, R, ">=", 90, "%", None, "rate", "up", scope="西部地区", occ=1),
    T(D, "补助标准提高到每人每年120元", "城镇居民医保和新农合人均财政补助标准", R, ">=", 120, "元", 2010, "amount", "up",
      occ=1),
]

# cz05 洛阳晚报's page (lywb) with 新华社's item of 12月22日 on the report of 国家发展改革委's head to the NPC
# standing committee on the 医改, on behalf of 国务院. Region 全国; the year's results (2010) beside two aims for
# 2011. Scored: the three schemes' enrolment `2011年三项基本医保参保(合)率均达到90%以上` (one number, the joint
# name) and the public-health funding per head `提高到不低于20元` in the last paragraph (occ=1). Ambiguous: the
# first paragraph's `提高到不低于20元` (occ=0: the lead, told again). Not targets (results of 2010 or before):
# `4.24亿人`, `持续稳定在90%以上` (the present rate), `8.35亿人`, the 2010 subsidy `不低于120元` (told as done in a
# December report), `6倍左右`, `75%、60%和60%` (`多数地区…分别达到`), `15元` (2009's standard), `17.5元` (this year's
# average).
D, Y = "cz05.txt", 2011
N = "人均基本公共卫生服务经费"
A += [
    T(D, "2011年全国人均基本公共卫生服务经费将提高到不低于20元", N, R, ">=", 20, "元", Y, "amount", "up",
      ambiguous=True, occ=0),
    T(D, "2011年三项基本医保参保(合)率均达到90%以上", "城镇职工医保、城镇居民医保和新农合参保(合)率", R, ">=", 90, "%",
      Y, "rate", "up"),
    T(D, "2011年全国人均基本公共卫生服务经费将提高到不低于20元", N, R, ">=", 20, "元", Y, "amount", "up", occ=1),
]

# cz06 a pharma-market site's copy (chinamsr; its breadcrumb before the title and its tags and footer after the
# body dropped) of 京华时报's item of 2014-05-28 on the 2014 funding notice of 财政部, 人社部 and 卫计委. Region 全国,
# year 2014. The subsidy's rise and level are told three times (the `核心提示`, the lead, the body): scored in the
# body (occ=2), the rise `提高40元` (…提高额) and the level `达到320元`; scored too, the contribution's rise `提高20元`
# and its national average `达到每人每年90元左右` (`~`). Ambiguous: the headline's `提高40元` and the 核心提示's and
# the lead's rise and level (occ=0, occ=1), told again; the centre's shares `西部地区80%`, `中部地区60%` (rules of
# allocation, `=`). Not targets: the 120元 base and the 200元 part the shares apply to, 2013 (the base year), the
# dates.
D, Y = "cz06.txt", 2014
N = "新农合和城镇居民医保人均财政补助标准"
A += [
    T(D, "新农合和医保人均补助标准提高40元", N + "提高额", R, ">=", 40, "元", Y, "amount", "up", ambiguous=True),
]
for k in range(3):
    A += [
        T(D, "在2013年的基础上提高40元", N + "提高额", R, ">=", 40, "元", Y, "amount", "up", ambiguous=k < 2, occ=k),
        T(D, "达到320元", N, R, ">=", 320, "元", Y, "amount", "up", ambiguous=k < 2, occ=k),
    ]
A += [
    T(D, "按照西部地区80%", "中央财政新农合和居民医保补助比例", R, "=", 80, "%", Y, "rate", "up", scope="西部地区",
      ambiguous=True),
    T(D, "中部地区60%的比例安排补助", "中央财政新农合和居民医保补助比例", R, "=", 60, "%", Y, "rate", "up",
      scope="中部地区", ambiguous=True),
    T(D, "个人缴费标准在2013年的基础上提高20元", "新农合和城镇居民医保个人缴费标准提高额", R, ">=", 20, "元", Y, "amount",
      "up"),
    T(D, "全国平均个人缴费标准达到每人每年90元左右", "新农合和城镇居民医保个人缴费标准", R, "~", 90, "元", Y, "amount",
      "up"),
]

# cz07 the distractor: a portal's copy (m9009; its spam banner and breadcrumb before the title dropped) of 光明日报's
# item of 7月10日 on 国家医保局's `2022年全国医疗保障事业发展统计公报`, cut inside its last paragraph (`门诊费用跨省`).
# Achieved figures only, several in aim words (`参保率稳定在95%以上` in the sub-head and the body, `分别达到6.27万家
# 和8.87万家`, `至少有一家`), counts, funds and growth rates of 2022; the page gives one run garbled by the copy
# (`居民医?;鸬逼诮岽?75.46亿元`), kept. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
