#!/usr/bin/env python3
"""Build hold-out set DN's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DN (gathered on main 669f2b8b, after the merge of set DM, and annotated before any extractor run: the annotator
ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent). Its focus — the clean
pages earlier gatherers saw and left unused (the `Left unused` / `left free` lists of the SOURCES files), that no set
has taken since — gave five target pages and the distractor: a template site's 2023 township 计生 responsibility letter
(BP's free `taowenge 70069508`: six rates in respun words), 海峡都市报's 2013 item on 福建's family-planning points
(BP's and BT's free `district.ce.cn 720123`: a population ceiling, the growth rate, the sex ratio), 新华社's 2019 item
on 山东's elderly mental-care project (DK's spare `xgplmy 1620989`, traditional: two community counts), 姚王镇's 2009
省级卫生镇 push (DF's reserve `abcjf 12722`, traditional: a landfill, a transfer station, 10000 toilets), book118's
2026 卫生应急指挥中心 plan (AV's and CG's unused `5120131322013112`: a sentinel share, a coverage rate, a response time)
and 金山网's 2015 item on 镇江's blood donation (DM's spare distractor `tetegou 1254913`, traditional with converter
glosses: achieved figures only). The lists held no sixth page with more than one aim, so the set was widened for one
page, as the common rules allow: gov.cn's big5 mirror of 新华社's item on 福建's AIDS measures (a page no SOURCES
names: the county testing points and the school hours).
Files dn01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a later sentence) is ambiguous (cn,
cc05, df03, dl01, dm01); a template letter whose place is not named takes the text's own word for the level that
signs it and the signatories as scope (dg03: 全县 with scope 县文体局二级单位); respun template words (`支配生育`,
`诞生`, `到达`, `刚好率`, `满足率`) are kept as the corpus gave them and the indicator is named in the plain words a
bureau would use (dg03); a per-unit count in a Chinese numeral is ambiguous (df05's `有三项`, cx05, dm02), and so is
a count of one thing in a Chinese numeral beside Arabic ones (`一座`); the sex ratio at birth takes the unit
男/100女 whatever the text writes after the number (AK, AR, BL, CX, dg); a population total in `万人` keeps its `万`
(bu03); a span of years (`2019年-2020年`) gives its end year (dm06); the page's dateline gives the year when the
text writes no other (dl01, cj, ce), and with no year in the text at all the year is null — the address's year is
not used (dm01, dm04); a traditional page keeps its converter glosses (`鎮(zhèn)`) as the corpus gave them, and a
quote copies them (dg, dm02); a response time in 小时 is an amount (as earlier 小时/分钟 lines); past and present
figures are no target (SCHEMA).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dn01 a template site's copy (taowenge 70069508) of `2023年人口和计划生育工作目标责任书(5篇范文)`, its first letter: a
# township's party committee and government sign with each 村委会 (respun words: `支配生育` for 计划生育, `诞生` for
# 出生, `到达` for 达到, `刚好率` for 及时率, `满足率` for 满意率); cut at `(2)强化基层基础`, as returned; the site's
# download furniture before the title dropped. No place is named: region 乡镇 (the text's own word for the level that
# signs), scope 各村委会 (the signatories bound), year 2023 (the title and `2023年度`). Scored, the six 主要指标 with a
# number, each `到达…以上` → `>=`: the births' policy-conformity rate (98 %), the birth-statistics accuracy rate
# (98 %), the key groups' `三查率` (95 %), the rural married women's check-up rate (90 %), the contraception
# timeliness rate (95 %) and the people's satisfaction (98 %). Ambiguous: `年度探讨…工作不少于四次` (a per-village count
# in a Chinese numeral). Not targets: the sex ratio `有所下降或保持在正常范围` (no number), the letter's term
# (`2023年10月1日至2023年9月30日`), the list number `7、`, `5篇`.
D, R, Y, S = "dn01.txt", "乡镇", 2023, "各村委会"
A += [
    T(D, "诞生人口政策符合率到达98%以上", "出生人口政策符合率", R, ">=", 98, "%", Y, "rate", "up", scope=S),
    T(D, "诞生人口统计精确率到达98%以上", "出生人口统计准确率", R, ">=", 98, "%", Y, "rate", "up", scope=S),
    T(D, "重点对象“三查率到达95%以上", "重点对象三查率", R, ">=", 95, "%", Y, "rate", "up", scope=S),
    T(D, "农村已婚育龄妇女健康检查率到达90%以上", "农村已婚育龄妇女健康检查率", R, ">=", 90, "%", Y, "rate",
      "up", scope=S),
    T(D, "避孕节育措施刚好率到达95%以上", "避孕节育措施及时率", R, ">=", 95, "%", Y, "rate", "up", scope=S),
    T(D, "群众对人口和支配生育的综合满足率到达98%以上", "群众对人口和计划生育工作综合满意率", R, ">=", 98, "%", Y,
      "rate", "up", scope=S),
    T(D, "年度探讨人口和支配生育工作不少于四次", "村级年度研究计划生育工作次数", R, ">=", 4, "次", Y, "count",
      "up", scope=S, ambiguous=True),
]

# dn02 中国经济网's regional channel (district.ce.cn 720123) with 海峡都市报's item of 2013-03-05 on 福建省人口和计划生育
# 委员会's `2013年人口和计划生育工作要点`. Region 福建省 (`福建`, `我省`), year 2013 (`今年`, the dateline and the
# points' title). Scored, in the body: the population ceiling `总人口控制在3790万人以内` (3790 万人, `<=`, down), the
# natural growth rate `控制在8.1‰以内` and the sex ratio at birth `控制在115%以内` (115 男/100女: the text's `%` is the
# ratio per hundred girls). Ambiguous: the headline `今年福建总人口控制在3790万内` (told again; no counting word).
# Not targets: `三高` (a name), the dateline, `商务进行时` (a channel link).
D, R, Y = "dn02.txt", "福建省", 2013
A += [
    T(D, "今年福建总人口控制在3790万内", "总人口", R, "<=", 3790, "万人", Y, "count", "down", ambiguous=True),
    T(D, "今年我省总人口控制在3790万人以内", "总人口", R, "<=", 3790, "万人", Y, "count", "down"),
    T(D, "人口自然增长率控制在8.1‰以内", "人口自然增长率", R, "<=", 8.1, "‰", Y, "rate", "down"),
    T(D, "出生人口性别比控制在115%以内", "出生人口性别比", R, "<=", 115, "男/100女", Y, "rate", "down"),
]

# dn03 a spam-footed health portal's copy (xgplmy 1620989, traditional; its footer's spam line dropped) of 新华社's item
# of 11月13日 (dateline 2019-11-14) on 山东's `老年人心理关爱项目`. Region 山东省, year 2020 (`2019年-2020年`: the span's
# end). Scored, in the lead (the first telling): the project's `142個城市社區` and `14個農村社區` (counts of communities
# to take part, `>=`). Ambiguous: the same two counts told again in the next paragraph (`根據部署,2019年-2020年,…`).
# Not targets: `65歲及以上` (who is assessed), the 2018 figures (`2239萬`, `22.29%`, `4.4個百分點`, `2000萬`), the dates.
D, R, Y = "dn03.txt", "山东省", 2020
A += [
    T(D, "142個城市社區", "老年人心理关爱项目城市社区数", R, ">=", 142, "个", Y, "count", "up", occ=0),
    T(D, "14個農村社區開展,旨在", "老年人心理关爱项目农村社区数", R, ">=", 14, "个", Y, "count", "up"),
    T(D, "142個城市社區", "老年人心理关爱项目城市社区数", R, ">=", 142, "个", Y, "count", "up", occ=1,
      ambiguous=True),
    T(D, "14個農村社區開展老年人心理健康宣教", "老年人心理关爱项目农村社区数", R, ">=", 14, "个", Y, "count", "up",
      ambiguous=True),
]

# dn04 a 泰兴 news site's item (abcjf 12722, traditional; the address gives 2009/05/18, the text no year) on 姚王镇's
# push to become a 省级卫生镇 before `今年10月` inspection. Region 姚王镇, year null (no year in the text). Scored: the
# planned `新建1座垃圾填埋場` and `三格式農村廁所10000座` (counts, `>=`). Ambiguous: `一座垃圾中轉站` (a count of one in a
# Chinese numeral, beside the Arabic `1座`). Not targets: `5月17日`, `今年10月` (dates), the table bar `|`.
D, R, Y = "dn04.txt", "姚王镇", None
A += [
    T(D, "計劃興建新建1座垃圾填埋場", "垃圾填埋场新建数", R, ">=", 1, "座", Y, "count", "up"),
    T(D, "一座垃圾中轉站", "垃圾中转站新建数", R, ">=", 1, "座", Y, "count", "up", ambiguous=True),
    T(D, "完善三格式農村廁所10000座", "三格式农村卫生厕所建设数", R, ">=", 10000, "座", Y, "count", "up"),
]

# dn05 gov.cn's big5 mirror (content_1962656; 2011-10 by its address, no year in the text: `新華社福州10月4日電`) of
# 新华社's item on 福建's AIDS measures. Region 福建省, year null (the text's `到2015年`, `到2020年` are for aims with no
# number; the counts carry none). Scored: `至少建立3個艾滋病自願諮詢檢測點` (scope 每个县(市、区): a per-county count in
# an Arabic numeral), the teaching hours `初中學段6課時` and `高中學段4課時` (a bare number in a plan: `>=`), and
# `高校每年要至少設1個課時` (scope 高校). Not targets: `2015年`, `2020年` (aims with no number), the dateline.
D, R, Y = "dn05.txt", "福建省", None
A += [
    T(D, "至少建立3個艾滋病自願諮詢檢測點", "艾滋病自愿咨询检测点数", R, ">=", 3, "个", Y, "count", "up",
      scope="每个县(市、区)"),
    T(D, "初中學段6課時", "艾滋病防治知识教学课时", R, ">=", 6, "课时", Y, "count", "up", scope="初中学段"),
    T(D, "高中學段4課時", "艾滋病防治知识教学课时", R, ">=", 4, "课时", Y, "count", "up", scope="高中学段"),
    T(D, "高校每年要至少設1個課時", "艾滋病防治专题讲座课时", R, ">=", 1, "课时", Y, "count", "up", scope="高校"),
]

# dn06 book118 (2026-01-28, `发布于四川`) with `2026年卫生应急指挥中心工作计划`, cut at `食源`, as returned (with the
# site's count lines `- 0`, `约4.12千字`, `约 9页`). No place is named: region 全区域 (the text's own word, `全区域卫生
# 应急风险评估`), year 2026. Scored: the sentinel units to add, `新增10%的基层诊所、学校卫生室、养老机构医务室` (a share,
# `>=`), the urban and rural community monitoring coverage `达98%以上` and the alert response time `缩短至2小时以内`
# (`<=`, down: an amount in 小时). Not targets: `12320热线` (a name), `12类` (the diseases watched), the trigger rule
# `48小时内同区域3例以上相似症状` (a threshold, not an aim), `五大体系`, `四位一体`, the site's counts and date.
D, R, Y = "dn06.txt", "全区域", 2026
A += [
    T(D, "新增10%的基层诊所、学校卫生室、养老机构医务室作为哨点监测单位", "基层哨点监测单位新增比例", R, ">=", 10,
      "%", Y, "rate", "up"),
    T(D, "全年实现城乡社区监测覆盖率达98%以上", "城乡社区监测覆盖率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "全年预警响应时间缩短至2小时以内", "预警响应时间", R, "<=", 2, "小时", Y, "amount", "down"),
]

# dn07 the distractor: a spam-headed copy (tetegou 1254913, traditional with converter glosses; its spam title line
# dropped) of 金山网's item of 2015-06-13 on 镇江's blood-donation meeting. Achieved figures only: `77569人次`, `3.5萬`,
# `20.7噸`, `99%以上` and `100%` (the past two years' shares, `繼續保持` of what is), `52%`, `21.3%`; `8萬` (the
# headline's past count). No gold line: every prediction here is a false positive.

write_gold(A, HERE)
