#!/usr/bin/env python3
"""Build hold-out set CT's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CT (gathered on main 77aed926, beside sets CO–CS gathered at the same time in /work/wt/gco…/work/wt/gcs,
and annotated before any extractor run: the annotator ran none on these texts; it is to be scored once by the
lead engineer, so the set is unspent): specific-disease action plans and projects of provinces, cities and
counties, 2010–2026 — 贵州's 2016–2020 leprosy-elimination plan told by a traditional news copy (prevalence
`1/10萬`, the counties' share, the disability share, leprosaria to build, awareness), 北京's 2010 community stroke
screening scheme (100 000 over three years, 20 000 this year, 12 350 in the six central districts), 深圳's
2015 stroke screening (6000 to screen, beside the 4006 screened before and their results), 沈阳's 2023 children's
oral-health project (74 000 checks, 63 500 teeth to seal, a caries ceiling for 2025, beside five years'
results), 济南's 2014 sealant project (yearly check, sealing and retention rates, beside the year's 86.6 %), 桑植县's
2015 women's-disease and breast-cancer screening (5000 checks, 2000 breast examinations) and 武进区's 2016
report on hypertension and diabetes management (achieved figures only: the distractor).
Files ct01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a screening or examination quota is a count to reach, `>=`, up
(`初筛任务数10000人`, `宫颈癌筛查任务420人` of earlier sets), the counting word as written (`人`, `人次`, `例`, `颗`;
`10万人`, `两万人` keep `万人` as cn04 keeps `4914万人`; `7.4万适龄儿童` with no counting word takes `万人`, as cm
does for `16万`); a rate per 100 000 is `1/10万`; a share of counties meeting a level is its own rate (`98%以上的
縣區…`), `>=`, up; a headline or a second telling of a body aim is ambiguous (as cc05, cn01); a per-unit staffing
norm (`必須配備1名~2名`) is ambiguous, as earlier sets mark routine norms; a yearly aim with no year (`今后每年`) has
year null (as the yearly `平均每年净迁入人口` of an earlier set); where the text names a place, that is the region
(`贵州省`, `北京市`, `深圳市`, `沈阳市`, `济南市`, `桑植县`). Achieved figures told beside the aims are not targets.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402

A = []

# ct01 a trade portal's traditional copy (hnhlg 458275, a 特約記者 item, with the portal's doubled commas `,,` and
# `,。` kept) of 贵州省's 《消除麻風病危害規劃(2016-2020年)》: region 贵州省 (`貴州省衛生計生委…12部門`, `全省`), year
# 2020 (the plan's last year; the item names no other). Scored: the province's prevalence `以省為單位控制在1/10萬以下`
# (`<=` 1 `1/10万`, rate down, scope `以省为单位` as cn01 keeps `以乡为单位`), the share of counties under that
# prevalence `全省98%以上的縣區患病率小于1/10萬` (98 %, `>=`, up: one line, the `1/10萬` inside is the line's
# definition, not a second aim), the grade-2 disability share of new patients `控制在17%以內` (`<=`, down), the
# leprosaria (villages) to build or rebuild (10 所, count), the public's awareness of core knowledge (80 %) and the
# close contacts' awareness (95 %, scope `麻风病密切接触者`). Ambiguous: `必須配備1名~2名專職人員` (a staffing norm for
# each key county's CDC leprosy section, a range 1–2 名 `>=` with value_max, scope the key counties' CDCs: a
# per-unit norm, not a provincial total). Not targets: `12部門` (the issuers), `2016-2020年` (the plan's name),
# `省,、市級` (levels).
D, R, Y = "ct01.txt", "贵州省", 2020
A += [
    T(D, "麻風病患病率以省為單位控制在1/10萬以下", "麻风病患病率", R, "<=", 1, "1/10万", Y, "rate", "down",
      scope="以省为单位"),
    T(D, "全省98%以上的縣區患病率小于1/10萬", "麻风病患病率低于1/10万的县区比例", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "新發(fā)現(xiàn)患者中2級畸殘者控制在17%以內(nèi)", "新发现麻风病患者2级畸残比", R, "<=", 17, "%", Y, "rate",
      "down"),
    T(D, "在全省新建和改擴建10所麻風病院(村)", "新建和改扩建麻风病院(村)数", R, ">=", 10, "所", Y, "count", "up"),
    T(D, "必須配備1名~2名專職人員", "麻风病防治科室专职人员数", R, ">=", 1, "名", Y, "count", "up", value_max=2,
      scope="麻风病危害重点县疾控中心", ambiguous=True),
    T(D, "麻風病防治核心知識公眾知曉率達到80%以上", "麻风病防治核心知识公众知晓率", R, ">=", 80, "%", Y, "rate",
      "up"),
    T(D, "麻風病密切接觸者知曉率達到95%以上", "麻风病防治核心知识知晓率", R, ">=", 95, "%", Y, "rate", "up",
      scope="麻风病密切接触者"),
]

# ct02 a consumer-news site's copy (315online 64487) of 北京市's 2010 community stroke-screening scheme
# (《北京市2010年社区脑卒中筛查及防控项目实施方案》, `从9月份到今年年底`): region 北京市 (`本市`, the scheme's name). Scored:
# the three-year total `项目分3年实施,拟共完成10万人的免费筛查工作` (10 `万人`, year 2012: three years from 2010, the
# last year the total is for), this year's `2010年度两万人的筛查计划` (2 `万人`, written in Chinese `两`, year 2010) and
# the six central districts' share `城六区筛查人数在12350人` (a quota: `>=`, scope `城六区`, 2010). Not targets: `每4个
# 死亡市民中就有一个` (last year's burden), `16个区县`, `45岁以上` (the screened group), `9月份`, `每人150元左右` (the
# usual price of such a screening today, not an aim).
D, R = "ct02.txt", "北京市"
A += [
    T(D, "拟共完成10万人的免费筛查工作", "社区脑卒中免费筛查人数", R, ">=", 10, "万人", 2012, "count", "up"),
    T(D, "本市将启动2010年度两万人的筛查计划", "社区脑卒中筛查人数", R, ">=", 2, "万人", 2010, "count", "up"),
    T(D, "城六区筛查人数在12350人", "社区脑卒中筛查人数", R, ">=", 12350, "人", 2010, "count", "up",
      scope="城六区"),
]

# ct03 a door-maker's site's copy (4430992 29236, its menu and `发布时间:2020-02-21` chrome dropped, the page cut at
# its end mid-sentence after `流塘社区进行`) of a 2015 深圳 news item: the city's stroke high-risk screening and
# intervention project starts tomorrow. Region 深圳市, year 2015 (`2015年深圳市…项目`, `今年`). The page tells the lead
# twice (a headline, the lead, a sub-headline, the headline again, the lead again). Scored: the first lead's
# `今年,该项目预计将对6000人实施脑卒中高危因素的免费筛查` (a project's planned volume: `预计` here names the plan's
# quota, not a forecast of an outcome as cn03's `预计今年年底参保人数将达到50%`; `>=` 6000 人). Ambiguous: the
# lead's second telling (occ 1) and the two headlines `6000居民能免费筛查中风高危因素` (the aim told again). Not targets:
# the pilot's results — `4006例`, `4248人`, `230人`, `983人`, `647人`, `3283人`, `16.15%` (achieved; `略高于全国` a
# comparison) — `40岁以上` (the screened group), `2013年底`, `去年3月`.
D, R, Y = "ct03.txt", "深圳市", 2015
Q = "今年,该项目预计将对6000人实施脑卒中高危因素的免费筛查"
H = "6000居民能免费筛查中风高危因素"
A += [
    T(D, H, "脑卒中高危因素免费筛查人数", R, ">=", 6000, "人", Y, "count", "up", ambiguous=True, occ=0),
    T(D, Q, "脑卒中高危因素免费筛查人数", R, ">=", 6000, "人", Y, "count", "up", occ=0),
    T(D, H, "脑卒中高危因素免费筛查人数", R, ">=", 6000, "人", Y, "count", "up", ambiguous=True, occ=1),
    T(D, Q, "脑卒中高危因素免费筛查人数", R, ">=", 6000, "人", Y, "count", "up", ambiguous=True, occ=1),
]

# ct04 a portal's copy (265xx 403161) of a 2023 沈阳 news item on the children's oral-health project (`2023年沈阳市儿童
# 口腔健康服务项目启动`), the page cut inside its list of 17 designated institutions (`17、沈阳市`). Region 沈阳市, year
# 2023 (`今年`, `2023年`). Scored: `今年全年将为7.4万适龄儿童进行免费口腔检查` (7.4 `万人`: no counting word, as cm's
# `16万`), the teeth to seal `预计对6.35万颗牙齿进行免费窝沟封闭` (6.35 `万颗`, the plan's volume) and the aim the project
# serves, `在2025年12岁儿童患龋率控制在25%以内` (`<=` 25 %, rate down, year 2025; region 沈阳市 — the text ties it to
# `全省统一部署`, so 辽宁省 is a reading too; the page's place is kept, as cn02 keeps the page's place). Ambiguous: the
# sub-headline `今年将为7.4万适龄儿童免费检查` and `2023年底将完成7.4万适龄儿童的免费口腔检查` (the 74 000 aim told
# again). Not targets: five years' results — `近30万颗` (twice), `440所学校`, `25万余名` — `17家定点医疗机构`
# (already chosen: the present), the list's ordinals, `4月13日`, `2018年`, `12岁`, `二至四年级`.
D, R, Y = "ct04.txt", "沈阳市", 2023
A += [
    T(D, "今年全年将为7.4万适龄儿童进行免费口腔检查", "适龄儿童免费口腔检查人数", R, ">=", 7.4, "万人", Y, "count",
      "up"),
    T(D, "在2025年12岁儿童患龋率控制在25%以内", "12岁儿童患龋率", R, "<=", 25, "%", 2025, "rate", "down"),
    T(D, "今年将为7.4万适龄儿童免费检查", "适龄儿童免费口腔检查人数", R, ">=", 7.4, "万人", Y, "count", "up",
      ambiguous=True),
    T(D, "2023年底将完成7.4万适龄儿童的免费口腔检查", "适龄儿童免费口腔检查人数", R, ">=", 7.4, "万人", Y, "count",
      "up", ambiguous=True),
    T(D, "预计对6.35万颗牙齿进行免费窝沟封闭", "免费窝沟封闭牙齿数", R, ">=", 6.35, "万颗", Y, "count", "up"),
]

# ct05 a miscellany site's copy (zzhaoz 4658, `发布时间:2014-11-03`, its disclaimer and related-links list dropped) of
# a 2014 济南 item on the children's pit-and-fissure sealing project: the year's progress, then the yearly aims.
# Region 济南市 (`山东省济南市`, `全市`). Scored, the yearly aims of the last paragraph (`今后每年免费为全市小学二年级
# 儿童…`): the oral check rate 100 %, the sealing coverage of suitable children 100 %, the retention rate `90%以上`,
# all `>=`, rate up, scope `小学二年级儿童` for the check rate (the sentence's group; the coverage line names its own
# `适宜儿童`); year null (`今后每年`: yearly from now, no year named). Not targets: `全市7万名适龄儿童` (this year's
# target group), `59742名`, `窝沟封闭率达86.6%` (achieved: an achieved `达` beside the yearly aims), `71.6%至83.6%` (the
# caries prevalence found), `15件实事`, `33家项目定点医院` (chosen: the present), `6岁至10岁`, the dates and the
# headline's `近6万名` (achieved).
D, R, Y = "ct05.txt", "济南市", None
A += [
    T(D, "使得儿童口腔健康检查率达100%", "儿童口腔健康检查率", R, ">=", 100, "%", Y, "rate", "up",
      scope="小学二年级儿童"),
    T(D, "适宜儿童牙齿窝沟封闭覆盖率达到100%", "适宜儿童牙齿窝沟封闭覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "封闭完好率达到90%以上", "窝沟封闭完好率", R, ">=", 90, "%", Y, "rate", "up"),
]

# ct06 红网's county station item (2015-05-22) on 桑植县's 2015 free women's-disease screening and breast-cancer
# screening: region 桑植县, year 2015 (`桑植县2015年度…`, `今年`). Scored, the year's plan in its last sentence: `5000人次`
# of women's-disease screening and treatment (`>=`, count; scope `10个乡镇`, the townships the quota covers) and
# `农村35-64岁农村妇女乳腺癌检查2000例` (2000 例, scope `农村35-64岁妇女`). Ambiguous: the `10个乡镇` themselves (the
# number of townships planned, or only where the 5000 fall). Not targets: `12名医技人员` (the team drawn: the
# present), `200多名` (screened on the first day: achieved), `5月20日`, `05-22 09:18`, `35-64岁`.
D, R, Y = "ct06.txt", "桑植县", 2015
A += [
    T(D, "今年计划重点完成10个乡镇", "农村妇女病免费普查普治乡镇数", R, ">=", 10, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "妇女病免费普查普治5000人次", "农村妇女病免费普查普治人次", R, ">=", 5000, "人次", Y, "count", "up",
      scope="10个乡镇"),
    T(D, "农村35-64岁农村妇女乳腺癌检查2000例", "农村妇女乳腺癌检查例数", R, ">=", 2000, "例", Y, "count", "up",
      scope="农村35-64岁妇女"),
]

# ct07 the distractor: a portal's traditional copy (kurtaghar 17614, 陽湖網, 2016-11-23) of a 武进区 television news
# item: the district's hypertension and diabetes patients under standardised management — achieved figures only
# (`規范化管理率達分別達到了61.3%和59.3%`, `13.4萬多例`, `健康管理率達48.1%`, `8萬余例`, `18038例`, `200多個…小組`), the
# headline's `達六成` (achieved), the years the work began (2007, 2009, 2012) and `35歲以上` (the group measured). No
# aim and no number to reach: no gold line; every prediction here is a false positive.

write_gold(A, HERE)
