#!/usr/bin/env python3
"""Build hold-out set BC's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BC (issue 14; gathered on main f7d02a5, after BA and BB's round, and annotated before any
extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so
the set is unspent): provinces' and cities' yearly aims and five-year-plan headline indicators, in the
page kinds bureaus and papers upload — 吉林省's 2014 work-meeting aims (a portal's news copy), 宁波's
十二五 health plan as news (traditional script), a city government's yearly 要点 section on health
reform (the city and year not in the excerpt), 海口's 2013 government work report as news (health and
other aims), 杭州's 2007 healthy-city aim for 2010, the health minister's 十二五 aims told at the 2011
national work meeting, and 宜宾's 2018 work meeting (the five years' achieved figures only: the
distractor).
Files bc01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# bc01 a portal's copy (凤凰汽车's news section, 新文化网 2014-02-27) of 吉林省's 2014 卫生计生 work meeting:
# the year's aims for 新农合 (participation, the government's subsidy per head and year, the in-policy
# inpatient payment share) and two counts to finish within the year (vaccination clinics, village
# clinics made standard). Region 吉林省 (named in the title and the lead; `我省`), year 2014 (`2014年,`
# leads the aims; `年内`, `今年`). `免费为群众提供11类43项服务` sizes the national package the province
# keeps providing: a description of what the service is, not clearly an aim, so ambiguous. `6月30日`,
# `H7N9`, the date line and the comment box's `0/300` are no targets; the falls in maternal and infant
# deaths and in caesarean sections have no number.
D, R, Y = "bc01.txt", "吉林省", 2014
A += [
    T(D, "新农合参合率稳定在99%以上", "新农合参合率", R, ">=", 99, "%", Y, "rate", "up"),
    T(D, "政府补助标准提高到每人每年320元", "新农合人均政府补助标准", R, ">=", 320, "元", Y, "amount", "up"),
    T(D, "政策范围内住院费用支付比例不低于75%", "新农合政策范围内住院费用支付比例", R, ">=", 75, "%", Y, "rate",
      "up"),
    T(D, "免费为群众提供11类43项服务", "基本公共卫生服务项目数", R, ">=", 43, "项", Y, "count", "up",
      ambiguous=True),
    T(D, "年内完成550个预防接种门诊建设任务", "预防接种门诊建设数", R, ">=", 550, "个", Y, "count", "up"),
    T(D, "今年再完成2711所村卫生室标准化建设任务", "村卫生室标准化建设数", R, ">=", 2711, "所", Y, "count", "up"),
]

# bc02 CNTV's copy (traditional script, with the player's markup left in) of 浙江在线's item on 宁波's
# 十二五 health plan: the aims for 2015. Region 宁波市 (`寧波全市`), year 2015 (`到2015年`; the
# `“十二五”期間` aims of the last paragraph end in it too). The headline restates the life-expectancy
# aim (ambiguous, as earlier sets mark restating headlines). `分別控制在10萬分之十和8%。以下` gives two, each
# quoted from the list's head to its value (as BB); the second is written `8%。`: an 8 % under-five death
# rate is not meant (‰ lost to a stray `。`, as in AR's ar03), so that line is ambiguous and keeps the
# value and unit written. `萬分之二百` is 200 per 10,000 (`1/万`). Names in simplified script; `20分鐘`
# is part of a name (the share of residents within 20 minutes of care), not a target of its own.
D, R, Y = "bc02.txt", "宁波市", 2015
L = "孕産婦死亡率和5歲以下兒童死亡率分別控制在10萬分之十"
A += [
    T(D, "2015年寧波全市居民人均期望壽命達79.5歲", "人均期望寿命", R, ">=", 79.5, "岁", Y, "amount", "up",
      ambiguous=True),
    T(D, "全市居民人均期望壽命達到79.5歲", "人均期望寿命", R, ">=", 79.5, "岁", Y, "amount", "up"),
    T(D, L, "孕产妇死亡率", R, "<=", 10, "1/10万", Y, "rate", "down"),
    T(D, L + "和8%。以下", "5岁以下儿童死亡率", R, "<=", 8, "%", Y, "rate", "down", ambiguous=True),
    T(D, "出生缺陷率控制在萬分之二百以下", "出生缺陷率", R, "<=", 200, "1/万", Y, "rate", "down"),
    T(D, "基本醫療保障覆蓋率達到95%以上", "基本医疗保障覆盖率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "新型農村合作醫療政策內住院補償率達到70%以上", "新农合政策内住院补偿率", R, ">=", 70, "%", Y, "rate",
      "up"),
    T(D, "居民20分鐘到達醫療衛生機構的比例達到95%", "居民20分钟到达医疗卫生机构的比例", R, ">=", 95, "%", Y,
      "rate", "up"),
    T(D, "城鄉居民社區門診就診比例達到65%", "城乡居民社区门诊就诊比例", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "新型農村合作醫療參保率穩定在95%以上", "新农合参保率", R, ">=", 95, "%", Y, "rate", "up"),
]

# bc03 a document site's page 6 of a city government's yearly work points (its section 26 on health
# reform, between the public-services and finance sections). The excerpt names no city (`市对县(市)区
# 财政体制`, `市政府博览局`) and no year, so region is the document's own word 全市 (SCHEMA) and year is
# null (as AR's ar03, a page with no date). Two subsidies per head (元, amount), a coverage share, two
# counts to build or rebuild (`新(改、扩)建`: 10 家 centres, 450 个 stations; the counting words as
# written) and the public-health funding per head. Section numbers 26–28 and 六 are no targets.
D, R, Y = "bc03.txt", "全市", None
A += [
    T(D, "城镇居民医保补助标准提高到人均230元以上", "城镇居民医保人均财政补助标准", R, ">=", 230, "元", Y, "amount",
      "up"),
    T(D, "对参加新型农村合作医疗制度的人均补助额不低于180元", "新农合人均财政补助额", R, ">=", 180, "元", Y, "amount",
      "up"),
    T(D, "力争城镇职工医保覆盖面达到90%以上", "城镇职工医保覆盖面", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "新(改、扩)建社区卫生服务中心(乡镇卫生院)10家", "社区卫生服务中心(乡镇卫生院)新改扩建数", R, ">=", 10, "家", Y,
      "count", "up"),
    T(D, "卫生室(服务站)450个", "卫生室(服务站)新改扩建数", R, ">=", 450, "个", Y, "count", "up"),
    T(D, "力争人均基本公共卫生服务项目经费达到25元", "人均基本公共卫生服务项目经费", R, ">=", 25, "元", Y, "amount",
      "up"),
]

# bc04 中国经济网's item on 海口's 2013 government work report. The 2012 figures (GDP, incomes and their
# growth) are achieved, no targets. The one health aim is basic medical insurance coverage (`稳定在95%
# 以上`). The report's other aims in the same sentences — pension insurance enrolment and payout, new
# vegetable acreage, new fair-price shops — are aims of the document but not health ones; as set C
# marked a provincial report's economic aims (c03), they are ambiguous. Region 海口市, year 2013.
D, R, Y = "bc04.txt", "海口市", 2013
A += [
    T(D, "确保城乡居民养老保险参保率达95%以上", "城乡居民养老保险参保率", R, ">=", 95, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "基础养老金发放率100%", "基础养老金发放率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "确保基本医疗保险覆盖人群稳定在95%以上", "基本医疗保险覆盖率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "新建8330亩常年蔬菜基地", "常年蔬菜基地新建面积", R, ">=", 8330, "亩", Y, "amount", "up", ambiguous=True),
    T(D, "新设10家农副产品平价商店", "农副产品平价商店新设数", R, ">=", 10, "家", Y, "count", "up",
      ambiguous=True),
]

# bc05 新浪's copy of 都市快报's 2007 item on 杭州's healthy-city work: the aim of life expectancy 80 by
# 2010 (`力争到2010年`). Region 杭州市 (`杭州将在全市`), year 2010. The headline restates it (ambiguous).
# The `15分钟卫生服务圈` and `10分钟体育健身圈` of the `七个人人共享` are written as names of what everyone
# is to have; AW marked `15分鐘醫療衛生服務圈` ambiguous (aw06), and so are both here. A school's obesity
# rates (2004, 2006) are achieved; `12个方面228项` describes the WHO's indicator system.
D, R, Y = "bc05.txt", "杭州市", 2010
A += [
    T(D, "2010年浙江杭州人均期望寿命80岁", "人均期望寿命", R, ">=", 80, "岁", Y, "amount", "up", ambiguous=True),
    T(D, "全市人均期望寿命达到80岁", "人均期望寿命", R, ">=", 80, "岁", Y, "amount", "up"),
    T(D, "人人享有15分钟卫生服务圈", "卫生服务圈时间半径", R, "<=", 15, "分钟", Y, "amount", "down",
      ambiguous=True),
    T(D, "人人享有10分钟体育健身圈", "体育健身圈时间半径", R, "<=", 10, "分钟", Y, "amount", "down",
      ambiguous=True),
]

# bc06 科学时报's 2011 item (on a site's page with a table-like frame of `|`) on the health minister's
# 十二五 aims told at the 2011 national work meeting: the aims for 2015 (`到2015年`). Region 全国 (`我国`),
# year 2015. The headline line restates two of them (ambiguous). `分别降低至12‰和14‰` gives two, each
# quoted from the list's head to its value. The 十一五 figures (19‰ → 13.8‰, the falls of 27.4% and
# 33.12%, 47.7 → 31.9/10万, 1.79亿 → 8.35亿 participants, coverage 30% → `90%以上`, life expectancy
# `预计至少提高1岁`) are achieved or estimated, no targets.
D, R, Y = "bc06.txt", "全国", 2015
L = "婴儿死亡率和5岁以下儿童死亡率分别降低至12‰"
A += [
    T(D, "人均期望寿命达到74.5岁", "人均期望寿命", R, ">=", 74.5, "岁", Y, "amount", "up", ambiguous=True,
      occ=0),
    T(D, "个人卫生支出比例降至30%以下", "个人卫生支出占卫生总费用比例", R, "<=", 30, "%", Y, "rate", "down",
      ambiguous=True, occ=0),
    T(D, "人均期望寿命达到74.5岁", "人均期望寿命", R, ">=", 74.5, "岁", Y, "amount", "up", occ=1),
    T(D, L, "婴儿死亡率", R, "<=", 12, "‰", Y, "rate", "down"),
    T(D, L + "和14‰", "5岁以下儿童死亡率", R, "<=", 14, "‰", Y, "rate", "down"),
    T(D, "孕产妇死亡率降至22/10万", "孕产妇死亡率", R, "<=", 22, "1/10万", Y, "rate", "down"),
    T(D, "个人卫生支出比例降至30%以下", "个人卫生支出占卫生总费用比例", R, "<=", 30, "%", Y, "rate", "down",
      occ=1),
]

# bc07 a news site's copy of 宜宾日报's item on 宜宾's 2018 卫生计生暨医改 work meeting (then two unrelated
# headlines of the site, kept as returned). Every figure is what the five years to 2017 achieved, several
# in aim words: life expectancy `提高到74.95岁`, maternal deaths `控制在11.57/10万以内`, infant deaths
# `控制在3.7‰以下`, the facilities' standard rates `均达到100%`, the 2017 volumes (2060.61万, 1962.81万,
# 100.69万, 17.36万 人次) and their growth (1.35%, 39.15%, `年均增速均在10%以上`). The 2018 tasks have no
# number; `5年来`, `2月28日` and the 十八大 are no targets. The distractor: no target.

write_gold(A, HERE)
