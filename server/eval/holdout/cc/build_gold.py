#!/usr/bin/env python3
"""Build hold-out set CC's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CC (gathered on main a6d762f, after the closing measure of sets BY, BZ and CA, beside set CB gathered
at the same time in /work/wt/gcb, and annotated before any extractor run: the annotator ran none on these
texts; it is to be scored once by the lead engineer, so the set is unspent): yearly lists of 民生实事 /
为民办实事 and a government work report's 实事 with health items — a county's 2023 list of 20 重点民生实事
(巨鹿县, cut after its health item), a county's 2024 work report with ten 实事 (鹿邑县, traditional mirror,
cut after its health item), a city's 2013 为民办实事 plan (龙岩市: children's and obstetric beds, blood-donation
houses), a district's 2023 民生实事 chosen by vote (衢江区: village clinics, ICU beds, screenings), a city
health commission's 2018 民生实事 with each aim beside its progress (the city unnamed), a province's 2025 省级
民生实事 in health (海南, traditional mirror: AEDs for village clinics) and a county health bureau's 2017
民生实事 progress (祁县, achieved figures only: the distractor).
Files cc01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

A 民生实事 list mixes health items with schools, jobs, roads and pensions. The non-health aims of such a
list are aims of the document but not health ones: they are marked ambiguous (not scored either way), as
bc04, bf04 and bo02 mark a report's pension, job and park aims (sets U and BH kept such aims as targets;
see SOURCES.md). Elderly-care and childcare places count as health where earlier sets score them (托位,
as ac, az and bq); home adaptation for the elderly and disability insurance do not.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# cc01 巨鹿县人民政府's page (2023-01-20): `2023年度巨鹿县重点民生实事项目`, 20 items in 5 groups voted by the
# county congress; the excerpt is cut after item 5 (the last health item of the first group; items 6 and 7,
# food checks and fire hydrants, and the other four groups follow on the page). Region 巨鹿县, year 2023
# (`在2023年继续实施`). Scored, item 5's counts (a bare number to do: an implied 达到, `>=`): 300 health-talk
# sessions (`堂`, the counting word as written), free stroke screening for 1000 people and free lung-CT
# screening for 10000. Ambiguous: item 4's 480 households of poor elderly people to have their homes adapted
# (适老化改造: an aim of the list, but housing for the elderly rather than health). Not targets: `5个方面20件`
# and `7项` (the list's own counts), `第十七届`/`第三次` (ordinals), `一期`/`二期` (project phases), `35岁以下`
# and `12周到22周` (who qualifies), `百千万健康服务工程` (a name), the page's date, read count and index number.
D, R, Y = "cc01.txt", "巨鹿县", 2023
A += [
    T(D, "推进300堂健康知识巡讲", "健康知识巡讲场次", R, ">=", 300, "堂", Y, "count", "up"),
    T(D, "免费为1000人筛查脑卒中", "脑卒中免费筛查人数", R, ">=", 1000, "人", Y, "count", "up"),
    T(D, "免费为10000人筛查肺CT", "肺CT免费筛查人数", R, ">=", 10000, "人", Y, "count", "up"),
    T(D, "对480户符合条件的困难老年人家庭进行适老化改造", "困难老年人家庭适老化改造户数", R, ">=", 480, "户", Y,
      "count", "up", ambiguous=True),
]

# cc02 a mirror (traditional, with the mirror's pinyin junk such as `報(bào)告`) of an item on 鹿邑县's 2024
# government work report: `2024年鹿邑將著力辦好十件實事`; the excerpt is cut after item 3, the list's health item
# (items 4–10, roads, gas, charging piles…, follow; the corpus's copy itself stops inside item 7). Region
# 鹿邑县, year 2024. Scored, item 3: 10 family-doctor teams to train, 40 people in all (`共40人`: the people
# trained, a count of its own, as bs06 scores a staff total beside its parts), over 1310 primary health
# workers trained online (`以上` → `>=`), and the village clinics' basic running subsidy raised to 6000 元
# (`提高…至`: amount, `>=`, as ca03's `提高到450元`). Ambiguous (aims of the report, not health ones): item 1's
# 2.55万 training attendances, 1.59万 new skilled workers and 5310 highly skilled ones; item 2's 25 schools
# built or enlarged, 10 in town (4 of them kindergartens), 15 in townships (5 kindergartens) and 6120 school
# places. Not targets: `十件實事` (the list's count), `全覆蓋` (no number).
D, R, Y = "cc02.txt", "鹿邑县", 2024
A += [
    T(D, "全年開展職業(yè)技能培訓(xùn)2.55萬(wàn)人次", "职业技能培训人次", R, ">=", 2.55, "万人次", Y, "count",
      "up", ambiguous=True),
    T(D, "新增技能人才1.59萬(wàn)人", "新增技能人才数", R, ">=", 1.59, "万人", Y, "count", "up", ambiguous=True),
    T(D, "新增高技能人才5310人", "新增高技能人才数", R, ">=", 5310, "人", Y, "count", "up", ambiguous=True),
    T(D, "新建和改擴(kuò)建25所學(xué)校", "新建和改扩建学校数", R, ">=", 25, "所", Y, "count", "up", ambiguous=True),
    T(D, "城區(qū)學(xué)校10所", "新建和改扩建城区学校数", R, ">=", 10, "所", Y, "count", "up", ambiguous=True),
    T(D, "含幼兒園4所", "新建和改扩建城区幼儿园数", R, ">=", 4, "所", Y, "count", "up", ambiguous=True),
    T(D, "鄉(xiāng)鎮(zhèn)學(xué)校15所", "新建和改扩建乡镇学校数", R, ">=", 15, "所", Y, "count", "up",
      ambiguous=True),
    T(D, "含幼兒園5所", "新建和改扩建乡镇幼儿园数", R, ">=", 5, "所", Y, "count", "up", ambiguous=True),
    T(D, "新增學(xué)位6120個(gè)", "新增学位数", R, ">=", 6120, "个", Y, "count", "up", ambiguous=True),
    T(D, "全年培訓(xùn)10個(gè)家庭醫(yī)生服務(wù)團(tuán)隊(duì)", "家庭医生服务团队培训数", R, ">=", 10, "个", Y, "count",
      "up"),
    T(D, "共40人", "家庭医生服务团队培训人数", R, ">=", 40, "人", Y, "count", "up"),
    T(D, "在線培訓(xùn)基層衛(wèi)生技術(shù)人員1310人以上", "基层卫生技术人员在线培训人数", R, ">=", 1310, "人", Y,
      "count", "up"),
    T(D, "提高村衛(wèi)生室基本運(yùn)行經(jīng)費(fèi)補(bǔ)助至6000元", "村卫生室基本运行经费补助标准", R, ">=", 6000, "元",
      Y, "amount", "up"),
]

# cc03 a Fujian news site's item (海峡导报's `昨天…获悉`, no date of its own): 龙岩市委、市政府's 2013 为民办实事
# plan, 28 items. The page comes as one run of text, its sections (`医疗:`, `教育:`) set off by spaces; the
# excerpt is cut at the end of the `医疗` section, before `教育:新增中小学学位2100个` (the education section, all
# school places, buildings and money, follows). Region 龙岩市, year 2013 (`2013年龙岩市委、市政府为民办实事工作计划`,
# `今年`). Scored: 215 new paediatric and obstetric beds, 95 of them paediatric and 120 obstetric (the
# `其中` parts scored, as bu02's), and ten blood-donation houses (`十个`, a Chinese numeral read as 10, as
# bu02 reads `八成`). Ambiguous: `选派百名医生帮扶乡镇卫生院`, told in the section's heading and again in its body
# (a round Chinese `百名` in the wording of a standing programme, beside the names `百院建设、千人培训`: a
# number or a name); the lead's non-health aims (23 township homes for the elderly, places for `30%以上` of
# the 五保 dependants, 2100 school places, the 16684万元 invested and the 40万亩 of afforestation, money and
# area to reach — as bc04's vegetable acreage); `23个省级扶贫开发工作重点县(长汀、武平、连城县)` (the places whose
# hospitals get paediatric equipment, a count of places named, as am07's `7個市縣`: `=`). Not targets: `28项`
# (the list's count), `第二医院` (a name), `百院建设、千人培训` (a programme's name).
D, R, Y = "cc03.txt", "龙岩市", 2013
P = "帮扶乡镇卫生院医生选派数"
A += [
    T(D, "计划新建乡镇敬老院23所", "新建乡镇敬老院数", R, ">=", 23, "所", Y, "count", "up", ambiguous=True),
    T(D, "满足当地30%以上五保对象集中供养需求", "五保对象集中供养率", R, ">=", 30, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "新增学位2100个", "新增中小学学位数", R, ">=", 2100, "个", Y, "count", "up", ambiguous=True),
    T(D, "总投资16684万元", "造林绿化总投资", R, "=", 16684, "万元", Y, "amount", "up", ambiguous=True),
    T(D, "完成造林绿化任务40万亩", "造林绿化面积", R, ">=", 40, "万亩", Y, "amount", "up", ambiguous=True),
    T(D, "选派百名医生帮扶乡镇卫生院", P, R, ">=", 100, "名", Y, "count", "up", ambiguous=True, occ=0),
    T(D, "选派百名医生帮扶乡镇卫生院", P, R, ">=", 100, "名", Y, "count", "up", ambiguous=True, occ=1),
    T(D, "将新增床位215张", "儿科和产科新增床位数", R, ">=", 215, "张", Y, "count", "up"),
    T(D, "儿科95张", "儿科新增床位数", R, ">=", 95, "张", Y, "count", "up"),
    T(D, "产科120张", "产科新增床位数", R, ">=", 120, "张", Y, "count", "up"),
    T(D, "23个省级扶贫开发工作重点县", "配备儿科医用设备的扶贫开发工作重点县数", R, "=", 23, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "在全市设立十个爱心献血屋", "爱心献血屋设立数", R, ">=", 10, "个", Y, "count", "up"),
]

# cc04 a news mirror (v7time, its text opening with the `本文摘要` tag set one character a line) of 衢江区's
# ten 民生实事 for 2023, voted at the district congress; the excerpt is cut after the `医疗保障服务项目` group
# (the elderly-care, rivers and housing groups follow). Region 衢江区, year 2023 (`衢江区2023年度民生实事项目`).
# Scored, the health group's counts (bare numbers to do: `>=`): 10 standardised village clinics, 30 new ICU
# beds, 9000 colorectal-cancer screenings of the high-risk group and 9200 free flu vaccinations of the elderly
# (`人次`, scopes as written), and 60 new childcare places at the district MCH hospital (托位, as earlier sets
# score them in health plans). Ambiguous (education aims, not health ones): the 2 kindergartens named and the
# 1 new school (its `36班`/`24班` size the school to build: no lines). Not targets: `十六届`/`二次`/`第二次`
# (ordinals), `十项` (the list's count), `一级、二级` (grades), `五类` (categories), `2023年度`/`2024年度`
# (years in names), the `惠衢保` item (no number).
D, R, Y = "cc04.txt", "衢江区", 2023
A += [
    T(D, "完成仙岩、大桥幼儿园2所城区幼儿园建设", "城区幼儿园建设数", R, ">=", 2, "所", Y, "count", "up",
      ambiguous=True),
    T(D, "新建1所分小学部36班,初中部24班的学校", "新建学校数", R, ">=", 1, "所", Y, "count", "up", ambiguous=True),
    T(D, "完成10家规范化村卫生室建设", "规范化村卫生室建设数", R, ">=", 10, "家", Y, "count", "up"),
    T(D, "新建ICU床位30张", "新建ICU床位数", R, ">=", 30, "张", Y, "count", "up"),
    T(D, "完成9000人次高危人群大肠癌筛查", "大肠癌筛查人次", R, ">=", 9000, "人次", Y, "count", "up",
      scope="高危人群"),
    T(D, "完成9200人次老年人免费流感疫苗接种", "免费流感疫苗接种人次", R, ">=", 9200, "人次", Y, "count", "up",
      scope="老年人"),
    T(D, "新增托位60个", "新增托位数", R, ">=", 60, "个", Y, "count", "up"),
]

# cc05 a city forum's copy (posted `2018-11-5`) of a news item: the city health commission's nine 民生工程 and
# 民生实事 of the year, each item's `目标:` beside its `进展:` at the end of September; the stored copy stops
# inside the fifth item (`特殊困`, the corpus's cut). The text names no city (`市卫计委`, `我市`, `全市`, `区(市)县`;
# only the forum's name hints at one): region 全市, the document's own word (SCHEMA; as ca04's 全省). Year 2018
# (the post's date in the text and `今年`). Scored, the `目标:` lines: 550 cataract operations for poor patients
# (occ 0; the same words in the `进展:` line, occ 1, are done), the electronic health-record rate `达到93%`, the
# premarital check rate and the pre-pregnancy check coverage, each `达80%以上`. Ambiguous: the payments
# `每人每年960元` (奖扶金) and `6240元或7800元` (扶助金) — fixed payment standards set for families, no level to
# reach (`=`, ambiguous, as br04's `结算标准` and bs06's `補助1000元/年`; the two 扶助金 standards are two lines,
# the text not saying which family gets which, so one scope for both). Not targets: `超95%` (told in the title
# and the lead: progress), `9项`, `4项`, `3项`, `5项` (counts of tasks, done or under way), `14类` (the
# package's contents), every `进展:` figure (550例, 1482万余份, 93.11%, 69495对, 91.26%, 71974人, 90.31%), the
# dates (`6月底`, `9月底`, `11月底`).
D, R, Y = "cc05.txt", "全市", 2018
S = "独生子女伤残或死亡家庭父母"
A += [
    T(D, "每人每年960元奖扶金", "计划生育家庭奖扶金标准", R, "=", 960, "元", Y, "amount", "up", ambiguous=True,
      scope="符合条件的计划生育家庭父母"),
    T(D, "每人每年6240元", "计划生育特殊家庭扶助金标准", R, "=", 6240, "元", Y, "amount", "up", ambiguous=True,
      scope=S),
    T(D, "7800元扶助金", "计划生育特殊家庭扶助金标准", R, "=", 7800, "元", Y, "amount", "up", ambiguous=True,
      scope=S),
    T(D, "对贫困白内障患者实施复明手术550例", "贫困白内障患者复明手术例数", R, ">=", 550, "例", Y, "count", "up",
      occ=0),
    T(D, "城乡居民健康档案电子建档率达到93%", "城乡居民健康档案电子建档率", R, ">=", 93, "%", Y, "rate", "up"),
    T(D, "婚前医学检查率达80%以上", "婚前医学检查率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "孕前优生健康检查覆盖率达80%以上", "孕前优生健康检查覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
]

# cc06 a mirror (traditional, with stray commas such as `,,` and `,、`) of 海南商报's item (`1月18日`, 2025 in
# its title and body): the two health items of 海南's 2025 省级民生实事, told at the provincial congress's press
# conference; the stored copy stops at `附近的社` (the corpus's cut). Region 海南省, year 2025. Scored: AEDs for
# the clinics of 1340 villages (`為13個市縣1340個行政村配置AED`, a count, `>=`), and last year's 民生实事 aim of free
# hepatitis B vaccination for 15万 people aged 20 to 40 (`計劃為15萬人免費接種疫苗`: the 2024 item's plan,
# restated beside what it reached, 15.93万 — scored with its own year 2024, as uu01 scores the year before's
# aims restated in a review). Ambiguous: the money the province puts in, 2680万元 and 893万元 (budgets, `=`, as
# uu04 and bs06), and `13個市縣` (the places the villages lie in, a count of places, as am07's: `=`). Not
# targets: `兩項` (the items' count), `20至50歲`/`20至40歲` (who qualifies), `黃金4分鐘` (a name for the window
# of time), 15.93萬人 (achieved), `全覆蓋` (no number), the date.
D, R, Y = "cc06.txt", "海南省", 2025
A += [
    T(D, "由省級財政投入2680萬元", "村卫生室配置AED省级财政投入", R, "=", 2680, "万元", Y, "amount", "up",
      ambiguous=True),
    T(D, "為13個市縣", "配置AED的市县数", R, "=", 13, "个", Y, "count", "up", ambiguous=True),
    T(D, "1340個行政村配置AED", "配置AED的行政村卫生室数", R, ">=", 1340, "个", Y, "count", "up"),
    T(D, "計劃為15萬人免費接種疫苗", "乙肝疫苗免费接种人数", R, ">=", 15, "万人", 2024, "count", "up",
      scope="20至40岁人群"),
    T(D, "由省財政投入893萬元", "免费接种乙肝疫苗省级财政投入", R, "=", 893, "万元", Y, "amount", "up",
      ambiguous=True),
]

# cc07 a health-news portal's copy (yaozui, from 晋中卫生计生) of 祁县卫计局's report on its five 民生实事 of
# 2017, in the year: each item gives what was done so far (`目前…完成`, `截止7月底`) — 5503 and 791 cancer
# screenings, 1017 prenatal screenings, 27 children screened positive, 147892 people signed (`签约覆盖率达到了
# 54.05%`, `达71%`, 97.87%), 600 village doctors and 1301 attendances trained. No aim is given for any item
# (`5项` counts the items; `0-6岁`, `21-三体`, `18-三体` and `CIN1`–`CIN3` are ages and names). No gold line:
# every prediction here is a false positive.

write_gold(A, HERE)
