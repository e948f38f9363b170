#!/usr/bin/env python3
"""Build hold-out set CO's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CO (gathered on main 77aed926, after session 23's rounds and the news-kind look-back, beside the sets
gathered at the same time in /work/wt/gcp…gct, and annotated before any extractor run: the annotator ran none
on these texts; it is to be scored once by the lead engineer, so the set is unspent): 中医药 aims of provinces,
cities and a district, 2012–2024 — 山西's 十二五 中医药 plan told by a gov.cn news item (traditional mirror: the
shares of community centres, township hospitals, stations and village clinics with TCM rooms and equipment,
TCM doctors' shares, culture bases and outreach), 福建's 2017 scheme for the national 纲要 (beds and TCM
doctors per thousand, the shares of centres and hospitals with a 中医馆, the 2030 talent corps), 邢台's 十三五
中医药 plan (strong counties, beds, village clinics, the private share of TCM services; the page cut
mid-word), 攀枝花's 2020 opinions (中医馆 in every township hospital and centre, the TCM doctors' share, key
specialties), 哈尔滨's 2024 医政医管和中医药工作会议 (appropriate-technique coverage, 治未病 in hospitals), a
district's 基层中医药 task list (unnamed district, no year: 100% TCM rooms, herbs, devices, therapies, staff to
train) and a city news item on an inspection of 齐齐哈尔's 中医药 work (achieved shares told with `以上`: the
distractor).
Files co01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a share of facilities of one kind that must have a TCM room,
hall or service (`95%以上的社區衛生服務中心…設立標準化中醫科`) is a rate with the facility kind in the indicator
name (ss05, az01), one line per kind where one sentence lists several; per-thousand ratios of beds and
doctors are counts in `张`/`人` (AB, AZ); a range of a count (`2至3个`) is `>=` with value and value_max
(SCHEMA); a lead or headline that restates a body aim is ambiguous (az01, cn01). `全部`, `全覆盖`,
`均能提供` and hospital grades (`二级甲等`, `三级甲等`) carry no target number; numbers that define an indicator
(`4类10项以上中医适宜技术`) or count the text's own items (`6个方面`, `20条具体意见`) are not targets. Where a
page names no place the region is its own word (`全区`, as bn, cg, cl); where it names no date the year is
null (as ar03, bn, cl). At most 10 scored lines a page; the rest are marked ambiguous with the reason.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402

A = []

# co01 gov.cn's big5 mirror (traditional) of a 2012-12-07 news item: 山西省衛生廳 issues 《山西省中醫藥事業發展
# “十二五”規劃》 — `明確提出,到2015年,力爭…`. Region 山西省, year 2015. Fourteen numbers, every one an aim; at most
# ten scored. Scored, in text order: the share of prefecture cities with a city TCM hospital (100%), of county
# TCM hospitals at grade 二甲 (70%), the TCM doctors' share of doctors in TCM hospitals (60%以上), the shares of
# community centres (95%以上) and township hospitals (90%以上) with a standard TCM room, pharmacy and service
# area, the TCM doctors' share of doctors in those two kinds (20%以上, scope 社区卫生服务中心和乡镇卫生院), the
# shares of community stations (70%以上) and village clinics (65%以上) with TCM equipment, the one provincial
# TCM culture base in each prefecture city (1个, scope 每个设区市) and the outreach's reach of administrative
# villages (80%以上). Ambiguous: `至少配備1名中醫類別醫師` (the staffing that defines the 70% and 65% facilities,
# a norm for each station and clinic rather than an aim of its own), `創建1-2個全國中醫藥文化宣傳教育基地`
# (a count whose scope is unclear: each prefecture city, as the clause before, or the province), and, past the
# cap of ten, the outreach's reach of communities (85%以上) and households (80%以上). Not targets: `十二五`.
D, R, Y = "co01.txt", "山西省", 2015
A += [
    T(D, "力爭100%的設區市建有市級中醫院", "建有市级中医院的设区市比例", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "70%的縣級中醫院達到二級甲等中醫院水平", "达到二级甲等水平的县级中医院比例", R, ">=", 70, "%", Y,
      "rate", "up"),
    T(D, "中醫院中醫類別執業醫師佔執業醫師比例達到60%以上", "中医院中医类别执业医师占执业医师比例", R, ">=", 60,
      "%", Y, "rate", "up"),
    T(D, "95%以上的社區衛生服務中心", "设立标准化中医科中药房的社区卫生服务中心比例", R, ">=", 95, "%", Y, "rate",
      "up"),
    T(D, "90%以上的鄉鎮衛生院設立標準化中醫科", "设立标准化中医科中药房的乡镇卫生院比例", R, ">=", 90, "%", Y,
      "rate", "up"),
    T(D, "中醫類別醫師佔醫師比例達到20%以上", "中医类别医师占医师比例", R, ">=", 20, "%", Y, "rate", "up",
      scope="社区卫生服务中心和乡镇卫生院"),
    T(D, "70%以上的社區衛生服務站", "配备中医诊疗设备的社区卫生服务站比例", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "65%以上的村衛生室配備適宜的中醫診療設備", "配备中医诊疗设备的村卫生室比例", R, ">=", 65, "%", Y, "rate",
      "up"),
    T(D, "至少配備1名中醫類別醫師", "中医类别医师配备数", R, ">=", 1, "名", Y, "count", "up",
      scope="社区卫生服务站和村卫生室", ambiguous=True),
    T(D, "每個設區市建成1個省級中醫藥文化宣傳教育基地", "省级中医药文化宣传教育基地数", R, ">=", 1, "个", Y,
      "count", "up", scope="每个设区市"),
    T(D, "創建1-2個全國中醫藥文化宣傳教育基地", "全国中医药文化宣传教育基地数", R, ">=", 1, "个", Y, "count",
      "up", value_max=2, ambiguous=True),
    T(D, "中醫藥科普宣傳覆蓋全省80%以上行政村", "中医药科普宣传行政村覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "85%以上社區", "中医药科普宣传社区覆盖率", R, ">=", 85, "%", Y, "rate", "up", ambiguous=True),
    T(D, "80%以上家庭", "中医药科普宣传家庭覆盖率", R, ">=", 80, "%", Y, "rate", "up", ambiguous=True),
]

# co02 a TCM portal's copy (国医小镇 source, 2017-07-31) of the news that 福建's provincial government adopted
# its scheme for the national 中医药发展战略规划纲要: aims `到2020年` and `到2030年`. Region 福建省 (`全省`, the
# province named). Scored for 2020: TCM hospital beds per thousand (0.6张) and TCM doctors per thousand (0.45人)
# — counts, as AB and AZ — and the shares of community centres (85%以上) and township hospitals (70%以上) with a
# 中医馆 (the verb `建有中医馆` closes both: one line per kind). Scored for 2030, the talent corps `由100名省级以上
# 名中医、500名中医名师、2000名以上中医药骨干人才、2万名以上中医药专业技术人员组成`: four counts, bare numbers or
# `以上` (`>=`); `2万名` keeps `万名` as written (SCHEMA: scoring converts 万). Not targets: the plan's span
# `2016-2030年`, the date, `中医药服务领域实现全覆盖` (no number); the 导读 cuts off before any number.
D, R = "co02.txt", "福建省"
A += [
    T(D, "每千人口中医类医院床位数达到0.6张", "每千人口中医类医院床位数", R, ">=", 0.6, "张", 2020, "count", "up"),
    T(D, "每千人口卫生机构中医执业类(助理)医师数达到0.45人", "每千人口卫生机构中医执业类(助理)医师数", R, ">=",
      0.45, "人", 2020, "count", "up"),
    T(D, "全省85%以上的社区卫生服务中心", "建有中医馆的社区卫生服务中心比例", R, ">=", 85, "%", 2020, "rate", "up"),
    T(D, "70%以上的乡镇卫生院建有中医馆", "建有中医馆的乡镇卫生院比例", R, ">=", 70, "%", 2020, "rate", "up"),
    T(D, "100名省级以上名中医", "省级以上名中医人数", R, ">=", 100, "名", 2030, "count", "up"),
    T(D, "500名中医名师", "中医名师人数", R, ">=", 500, "名", 2030, "count", "up"),
    T(D, "2000名以上中医药骨干人才", "中医药骨干人才人数", R, ">=", 2000, "名", 2030, "count", "up"),
    T(D, "2万名以上中医药专业技术人员", "中医药专业技术人员人数", R, ">=", 2, "万名", 2030, "count", "up"),
]

# co03 a TCM-industry portal's copy (2017-05-24) of the news of 邢台市's 《中医药发展“十三五”规划》: aims `到2020年`.
# Region 邢台市, year 2020. The page as the corpus holds it stops mid-word (`中医药人才队伍进`); the 核心提示 repeats
# the lead and stops before its number. Scored: `建设10个中医药强县` (count), beds per thousand in public TCM
# hospitals (0.55张, count as AB), the village clinics able to give TCM services (70%; the clause's `所有社区卫生
# 服务机构、乡镇卫生院` carry no number) and the share of TCM services given by non-public TCM institutions
# (`力争达到15%`, a floor). Not targets: the hospital grades (`三级甲等`, `二级甲等`), the counties named for herb
# parks, the date and `十三五`.
D, R, Y = "co03.txt", "邢台市", 2020
A += [
    T(D, "建设10个中医药强县", "中医药强县建设数", R, ">=", 10, "个", Y, "count", "up"),
    T(D, "每千人口公立中医医院床位数达到0.55张", "每千人口公立中医医院床位数", R, ">=", 0.55, "张", Y, "count", "up"),
    T(D, "70%的村卫生室具备中医药服务能力", "具备中医药服务能力的村卫生室比例", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "非公立中医医疗机构提供的中医服务量力争达到15%", "非公立中医医疗机构提供的中医服务量占比", R, ">=", 15,
      "%", Y, "rate", "up"),
]

# co04 a local-news portal's copy (家庭与生活报, 2020-12) of 攀枝花市's 《关于促进中医药传承创新发展的实施意见》. Region
# 攀枝花市. The body's 奋斗目标 give the aims: `到2022年,力争实现100%的乡镇卫生院、社区卫生服务中心设置中医馆` (one
# number for both kinds, one line with the joint name, SCHEMA), and `到2025年` the TCM doctors' share of all
# doctors in township hospitals and community centres (20%以上, scope those two kinds) and the key specialties to
# build — national 2至3个 and provincial 12至15个 (ranges: `>=` with value_max). Ambiguous: the lead's
# `到2020年,力争实现100%的…设置中医馆` — the body's aim told again in the lead, with a different year (2020 as
# written; the lead's year or the body's, a reader cannot tell which is meant). Not targets: `6个方面`, `20条具体
# 意见` (the text's own items); `均能提供中医药服务`, `全部设置治未病科室` (no number).
D, R = "co04.txt", "攀枝花市"
HALLS = "力争实现100%的乡镇卫生院、社区卫生服务中心设置中医馆"
A += [
    T(D, HALLS, "设置中医馆的乡镇卫生院和社区卫生服务中心比例", R, ">=", 100, "%", 2020, "rate", "up",
      ambiguous=True, occ=0),
    T(D, HALLS, "设置中医馆的乡镇卫生院和社区卫生服务中心比例", R, ">=", 100, "%", 2022, "rate", "up", occ=1),
    T(D, "中医执业医师(含助理医师)占机构总医师的20%以上", "中医执业医师占机构总医师比例", R, ">=", 20, "%", 2025,
      "rate", "up", scope="乡镇卫生院和社区卫生服务中心"),
    T(D, "国家中医重点专科(学科)2至3个", "国家中医重点专科(学科)建设数", R, ">=", 2, "个", 2025, "count", "up",
      value_max=3),
    T(D, "省级中医重点专科(学科)12至15个", "省级中医重点专科(学科)建设数", R, ">=", 12, "个", 2025, "count", "up",
      value_max=15),
]

# co05 新晚报's page (2024-04-11) on 哈尔滨's 2024 医政医管和中医药工作会议: `2024年底,全市…`. Region 哈尔滨市 (`哈市`,
# the city's short name), year 2024. Scored: the coverage of community centres and township hospitals with
# `4类10项以上中医适宜技术` (100%; the `4类10项` define the techniques: no target of their own) and the share of
# 二级及以上 TCM hospitals giving 治未病 services (`100%开展`, scope the hospitals). Not targets: the headline's and
# the body's `全部设置中医馆并配备中医医师` (`全部`, no number), the meeting's year in its name.
D, R, Y = "co05.txt", "哈尔滨市", 2024
A += [
    T(D, "4类10项以上中医适宜技术社区卫生服务中心、乡镇卫生院覆盖率100%", "中医适宜技术覆盖率", R, ">=", 100, "%", Y,
      "rate", "up", scope="社区卫生服务中心、乡镇卫生院"),
    T(D, "二级及以上中医医院100%开展“治未病”服务", "开展治未病服务的中医医院比例", R, ">=", 100, "%", Y, "rate",
      "up", scope="二级及以上中医医院"),
]

# co06 a local portal's page (萍乡's area-code domain) holding only a district's 基层中医药 task list, `一是…二是…
# 三是…`: no title, no place named (region `全区`, its own word), no date (year null). It reads as a plan — tasks in
# the imperative, norms `不少于`/`以上`, nothing told as done (`了`, `已`) — though a summary using the same list
# form is a possible reading (said in SOURCES). Scored: township hospitals and community centres with a TCM room
# and pharmacy (100%), and what each must hold — 300种以上 herbal pieces or granules, `不少于10种` devices,
# `10种以上` non-drug therapies and techniques (counts in `种`, scope the two kinds of facility) — and the five
# TCM staff the district is to send to provincial training (`选派5名`, a bare number: `>=`). Not targets: the
# projects named by level (`国家级`, `省级`).
D, R, Y = "co06.txt", "全区", None
FAC = "乡镇卫生院和社区卫生服务中心"
A += [
    T(D, "全区100%乡镇卫生院和社区卫生服务中心设置中医科、中药房", "设置中医科中药房的乡镇卫生院和社区卫生服务中心比例",
      R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "配备300种以上的中药饮片或配方颗粒", "中药饮片或配方颗粒配备种数", R, ">=", 300, "种", Y, "count", "up",
      scope=FAC),
    T(D, "提供不少于10种诊疗设备", "中医诊疗设备种数", R, ">=", 10, "种", Y, "count", "up", scope=FAC),
    T(D, "开展10种以上中医非药物疗法及中医适宜技术", "中医非药物疗法及中医适宜技术开展种数", R, ">=", 10, "种", Y,
      "count", "up", scope=FAC),
    T(D, "全区选派5名中医药人员参加省级举办的中医技术、中医类别全科医师转岗和中医临床技术骨干培训",
      "选派参加省级培训的中医药人员数", R, ">=", 5, "名", Y, "count", "up"),
]

# co07 the distractor: 齐齐哈尔新闻网's item (`10月21日讯`, 东北网/齐齐哈尔日报 source; the year is not given) on the city
# CPPCC's inspection of 齐齐哈尔's 中医药 work: what the city has — 70 general hospitals, 41 with TCM departments,
# 21 TCM hospitals by grade — and `截至目前,95%以上社区卫生服务中心、90%以上的乡镇卫生院、70%以上的社区卫生服务站、
# 62.5%以上的村卫生室能够 提供中医药服务`: achieved shares told with `以上`, in the very shape of the aims co01 and
# earlier sets (ss05, bs04) give for the same four kinds of facility. No aim: no gold line; every prediction
# here is a false positive.

write_gold(A, HERE)
