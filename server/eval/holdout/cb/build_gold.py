#!/usr/bin/env python3
"""Build hold-out set CB's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CB (gathered on main a6d762f, after the closing measure of sets BY, BZ and CA, beside set CC gathered
at the same time in /work/wt/gcc, and annotated before any extractor run: the annotator ran none on these
texts; it is to be scored once by the lead engineer, so the set is unspent): 爱国卫生, sanitary-city
creation and vector-control aims of cities and counties — a city's 2010-2012 urban-rural sanitation
campaign (鹤壁, 2010, for 2010-2012), another city's campaign of the same years (梧州, a converter's
traditional copy, for 2012), a city's 爱卫 meeting (an unnamed `我市`, 2012), a city's plan for creating a
national sanitary city (通化, 2015), a district's yearbook entry on 爱卫 with its creation plan for 2020
(`全区`), a province's toilet aims for the 爱国卫生月 (海南, 2019) and a city's sanitary-city naming with
achieved figures only (梧州, 2021: the distractor).
Files cb01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# cb01 a law site's copy (ask.fsou) of 鹤壁市人民政府办公室's notice (2010-12-13) forwarding the city's
# 2010-2012年城乡环境卫生整洁行动实施方案, cut after its fourth aim (the corpus cuts the fifth, the rural
# toilet rate, inside its yearly figures). Region 鹤壁市 (`全市`, the city that issues it). The `行动目标`
# give each indicator as a heading (`(一)生活垃圾无害化处理率。`) and its figures after it, so the quotes
# that can run from heading to number do (the first of each group), and the later figures of a group
# are quoted from their own clause. Scored, ten:
# - the city's refuse and sewage treatment rates for the end of 2012 (`城市达到76%以上`, `85%以上`; rates up,
#   scope 城市);
# - the rural yearly rises of the same two rates (`农村…每年提高4%以上`, twice) and of the rural drinking-
#   water quality rate (`每年提高5%以上`): a change written in `%` as the writer put it, named for the change
#   (`…年提高幅度`, as an's `每年下降0.5%以上`), `>=`, rate up, year 2012 (the campaign's last year: `每年`
#   spans 2010-2012 and the text gives no other year for it; as an and ah give a yearly change the plan's
#   year);
# - the share of well-managed farmers' markets in town, 40 %, 50 % and 60 % for the ends of 2010, 2011 and
#   2012 (`分别达到40%、50%、60%以上`: three targets, each quote running on to its own number as ca01 and ag
#   do), and in the countryside, 30 % and 50 % for 2011 and 2012 (scope 农村).
# Not targets: the document numbers (鹤政办〔2010〕79号, 豫政办〔2010〕124号), the dates, `2010-2012年`
# (the plan's name and span), `三年`.
D, R = "cb01.txt", "鹤壁市"
M = "管理规范标准的农贸市场比例"
A += [
    T(D, "生活垃圾无害化处理率。2012年底,城市达到76%以上", "生活垃圾无害化处理率", R, ">=", 76, "%", 2012,
      "rate", "up", scope="城市"),
    T(D, "农村(含县城、乡镇、村。下同)每年提高4%以上", "生活垃圾无害化处理率年提高幅度", R, ">=", 4, "%", 2012,
      "rate", "up", scope="农村"),
    T(D, "生活污水处理率。2012年底,城市达到85%以上", "生活污水处理率", R, ">=", 85, "%", 2012, "rate", "up",
      scope="城市"),
    T(D, "农村每年提高4%以上", "生活污水处理率年提高幅度", R, ">=", 4, "%", 2012, "rate", "up", scope="农村"),
    T(D, "城市管理规范标准的农贸市场分别达到40%", M, R, ">=", 40, "%", 2010, "rate", "up", scope="城市"),
    T(D, "城市管理规范标准的农贸市场分别达到40%、50%", M, R, ">=", 50, "%", 2011, "rate", "up", scope="城市"),
    T(D, "城市管理规范标准的农贸市场分别达到40%、50%、60%以上", M, R, ">=", 60, "%", 2012, "rate", "up",
      scope="城市"),
    T(D, "管理规范标准的分别达到30%", M, R, ">=", 30, "%", 2011, "rate", "up", scope="农村"),
    T(D, "管理规范标准的分别达到30%、50%以上", M, R, ">=", 50, "%", 2012, "rate", "up", scope="农村"),
    T(D, "农村生活饮用水水质卫生合格率。每年提高5%以上", "农村生活饮用水水质卫生合格率年提高幅度", R, ">=", 5,
      "%", 2012, "rate", "up"),
]

# cb02 a portal's copy (cqwqw; a converter's traditional text with pinyin-gloss doubles such as `鄉(xiāng)`
# and a garbled `運輸?shù)仍O(shè)施`) of a 梧州 item on the city's 2010~2012年城乡环境卫生整洁行动方案. Region
# 梧州市 (`全市`). The aims are all for the end of 2012 (`到2012年底`), each from its 2009 figure: the urban
# refuse harmless-treatment rate to 76 %, the urban sewage treatment rate to 80 % (`從…33.8%提高80%`: the
# `到` is missing; read as the level, in line with the list's other `提高到` — the number is 80 either way),
# the rural sewage treatment rate to 15 %, 500 villages to finish comprehensive environmental improvement
# (a count), the rural refuse treatment rate to 20 %, the rural sanitary toilet rate to 75 % and the rural
# drinking-water quality rate to 53 %: rates up (and one count), `>=`. Ambiguous: `城市未達到管理規(guī)范標(biāo)準(zhǔn)的
# 農(nóng)貿(mào)市場減少一半` — a relative fall told by a word (`一半`), 50 %, named for the change; earlier sets
# split on aims in Chinese-numeral shares. Not targets: the 2009 starting figures (66.5 %, 33.8 %, 0.5 %,
# 1.5 %, 61.6 %, 36 %), `為期3年`, `2010~2012年` (the plan's name), and the opening's `較大幅度的提高` (no
# number).
D, R, Y = "cb02.txt", "梧州市", 2012
A += [
    T(D, "城市生活垃圾無害化處理率要從2009年的66.5%提高到76%", "城市生活垃圾无害化处理率", R, ">=", 76, "%", Y,
      "rate", "up"),
    T(D, "城市生活污水處理率從2009年的33.8%提高80%", "城市生活污水处理率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "城市未達到管理規(guī)范標(biāo)準(zhǔn)的農(nóng)貿(mào)市場減少一半", "未达到管理规范标准的农贸市场减少幅度", R, ">=", 50,
      "%", Y, "rate", "up", ambiguous=True),
    T(D, "農(nóng)村污水處理率從2009年的0.5%提高到15%", "农村污水处理率", R, ">=", 15, "%", Y, "rate", "up"),
    T(D, "完成500個村莊的環(huán)境綜合整治工作", "完成环境综合整治村庄数", R, ">=", 500, "个", Y, "count", "up"),
    T(D, "農(nóng)村生活垃圾處理率從2009年的1.5%提高到20%", "农村生活垃圾处理率", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "農(nóng)村衛(wèi)生廁所普及率從2009年的61.6%提高到75%", "农村卫生厕所普及率", R, ">=", 75, "%", Y, "rate",
      "up"),
    T(D, "農(nóng)村生活飲用水水質(zhì)衛(wèi)生合格率從2009年的36%提高到53%", "农村生活饮用水水质卫生合格率", R, ">=", 53, "%",
      Y, "rate", "up"),
]

# cb03 央视网's copy (2012-02-28 by its URL) of a city paper's item on `全市爱国卫生工作会议`: the city is never
# named (`我市`, `全市`; the 爱卫办 director 侯保卫 is the only name), so region `全市`, the document's own word
# (SCHEMA). The aims for the end of 2012 (`2012年底我市要力争完成…`): the urban refuse harmless-treatment rate
# (`达到90%`), the urban sewage collection-and-treatment rate (`达85%以上`), the coverage of standard
# flush public toilets (`达到100%`) — rates up — and 50 or more new provincial sanitary villages (a count,
# `50个以上` → `>=`). Not targets: `公用、户用旱厕全部取缔` (no number), `每月确定一批` (no number), the
# site's menu.
D, R, Y = "cb03.txt", "全市", 2012
A += [
    T(D, "城市生活垃圾无害化处理率达到90%", "城市生活垃圾无害化处理率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "城市生活污水集中处理率达85%以上", "城市生活污水集中处理率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "城市标准水冲式公厕覆盖率达到100%", "城市标准水冲式公厕覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "全市新增50个以上省级卫生村", "新增省级卫生村数", R, ">=", 50, "个", Y, "count", "up"),
]

# cb04 a document site's copy (360docs) of 通化市人民政府's notice (通市政明电[2015]7号, 2015-08-10) issuing
# the city's 2015年创建国家卫生城市实施方案, cut after the second infrastructure task (the corpus stops at the
# next `(责任单位:市公用`). Region 通化市, year 2015 (the plan is for the year: `2015年是我市创建国家卫生城市
# 基础年`). Scored: the works the plan sets for the year — 100万 m² of shanty towns to rebuild and 15万 m² of
# old estates to improve (areas, written 万平方米 as zz01 writes its areas), 69.97 km of old gas mains
# (scope 市区) and 40 km of water pipes to renew (lengths, 公里), 4000 new gas and 4000 new tap-water
# households (户) and 16 areas' secondary water-supply plant (个): counts of work to do, `>=` (a bare
# number in a task list, as zz01's works; kind count as zz01 gives its areas — ss08 gives a length
# amount, a split the schema does not settle). Not targets: the document number (通市政明电[2015]7号,
# twice), the dates, `XP10` (a site code), `十八大`, `十八届三中、四中全会`, `三个代表` (names).
D, R, Y = "cb04.txt", "通化市", 2015
A += [
    T(D, "改造城市棚户区和工矿棚户区100万平方米", "棚户区改造面积", R, ">=", 100, "万平方米", Y, "count", "up"),
    T(D, "综合整治老旧住宅小区15万平方米", "老旧住宅小区综合整治面积", R, ">=", 15, "万平方米", Y, "count", "up"),
    T(D, "完成市区69.97公里老旧燃气管网改造", "老旧燃气管网改造长度", R, ">=", 69.97, "公里", Y, "count", "up",
      scope="市区"),
    T(D, "新增燃气用户4000户", "新增燃气用户数", R, ">=", 4000, "户", Y, "count", "up"),
    T(D, "改造供水管线40公里", "供水管线改造长度", R, ">=", 40, "公里", Y, "count", "up"),
    T(D, "16个区域二次供水设施", "二次供水设施改造区域数", R, ">=", 16, "个", Y, "count", "up"),
    T(D, "新增自来水用户4000户", "新增自来水用户数", R, ">=", 4000, "户", Y, "count", "up"),
]

# cb05 a yearbook site's entry (sznianjian) `【爱国卫生】` of a district of 海口 (its 演丰镇 gives it away, but
# the text names only `全区`; region `全区`, the document's own word, SCHEMA): the year's vector control
# done and the sanitary-creation plan. Scored: `2020年计划创建省卫生村5个,省卫生先进单位7个,市卫生村6个,
# 市卫生先进单位7个` — four counts to create in 2020 (`计划`: aims, `>=`). Not targets: the work done (5557
# 人次 of staff, 24676.4万 m² treated, 18400多宗 breeding sites cleared, 8563.84 t of refuse, 6093 small
# eateries checked), the standards' names, the re-examination and 演丰镇's application (no number).
D, R, Y = "cb05.txt", "全区", 2020
A += [
    T(D, "2020年计划创建省卫生村5个", "创建省卫生村数", R, ">=", 5, "个", Y, "count", "up"),
    T(D, "省卫生先进单位7个", "创建省卫生先进单位数", R, ">=", 7, "个", Y, "count", "up"),
    T(D, "市卫生村6个", "创建市卫生村数", R, ">=", 6, "个", Y, "count", "up"),
    T(D, "市卫生先进单位7个", "创建市卫生先进单位数", R, ">=", 7, "个", Y, "count", "up"),
]

# cb06 新浪海南's item (2019-04-13 by its URL) from 商报 on the 31st 爱国卫生月 in 海南. Region 海南省 (`海南
# 全省`, `我省`). Scored, the aims for 2019: at least 65,000 household toilets to rebuild (`6.5万座以上`,
# written 6.5 万座, `>=`, count) and the household sanitary-toilet coverage at the year's end (`达95%`,
# rate up). Ambiguous: `与国家要求的“到2020年达到85%”的目标相比` — the national aim for the rural sanitary
# toilet rate (region 全国, 2020), cited as a yardstick the province has already passed (the page's own aim
# for 2020 is `全部完成`, no number). Not targets: the 31st month and 4月12日 (ordinal, date), 130.92万户 and
# 92.25 % at the end of 2018 (achieved), `7.21个百分点` (the margin achieved), `2020年全部完成…改厕` (no
# number).
D, R, Y = "cb06.txt", "海南省", 2019
A += [
    T(D, "海南全省要完成农户改厕6.5万座以上", "农户改厕数", R, ">=", 6.5, "万座", Y, "count", "up"),
    T(D, "全省农户家庭卫生厕所覆盖率达95%", "农户家庭卫生厕所覆盖率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "国家要求的“到2020年达到85%”", "农村卫生厕所普及率", "全国", ">=", 85, "%", 2020, "rate", "up",
      ambiguous=True),
]

# cb07 a local portal's copy (techbow, dated 2021-04-30; the item's own `1月21日电`) of a 广西新闻 item: 梧州
# named a national sanitary city for the 2018-2020 cycle. Every figure is achieved: the refuse treatment
# rate `近三年…达100%`, sewage 96.68 %, green cover 40.06 % (2019), 11.9 m² of park per head (told twice),
# 347 days with AQI or API `不超过100` (the standard that defines the days counted, not an aim), vector
# density at the national C grade (no number), 98 % satisfaction, and the 2, 46, 224 and 493 sanitary
# cities, towns, villages and units the city has created; `11项必备条件` counts the conditions met. The
# excerpt ends at the sentence where the corpus cuts the last paragraph (`既是国家对梧州市综合卫`). No gold
# line: every prediction here is a false positive.

write_gold(A, HERE)
