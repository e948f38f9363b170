#!/usr/bin/env python3
"""Build hold-out set BU's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BU (gathered on main da1a8da, after the merge of set BS, beside set BT gathered at the same time
in /work/wt/gbt, and annotated before any extractor run: the annotator ran none on these texts; it is
to be scored once by the lead engineer, so the set is unspent): health, family-planning and 爱国卫生
aims of cities and provinces outside the usual provinces — a city's healthy-city aims (包头, 2017, for
2020), a district's community health-service plan (香坊区 of 哈尔滨, 2008 by its URL, aims for the next
three years and 2010), a city's family-planning plan aims restated in a progress item (昆明, 2008, for
2010), a city's sanitary-town creation aims (桂林, 2019, for 2020), a province's echinococcosis aims for
the year (青海, 2018), Hong Kong's Hospital Authority plan for 2019-20 (traditional) and a city's
family-planning review (长春, achieved figures only: the distractor).
Files bu01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bu01 包头市卫生和计划生育委员会's page (2017-05-26): 包头市健康城市建设实施意见, its `工作目标` for 2020 (`到2020年,
# 建成…`), cut inside the first group of aims. Region 包头市 (`本市`, `新包头`, the page's own name). Scored: the
# urban sewage collection-and-treatment rate (`达到95%以上`) and the residents' refuse harmless-treatment rate
# (`达到100%`), rates up, year 2020 (the section's opening year). The excerpt stops at `人均`, before its
# number: no line. Not targets: the document numbers (国发〔2014〕66号, 全爱卫发〔2016〕5号), `十二次党代会`
# (an ordinal), `十八届五中全会`, the page's date and its read count 308.
D, R, Y = "bu01.txt", "包头市", 2020
A += [
    T(D, "生活污水集中处理率达到95%以上", "生活污水集中处理率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "居民生活垃圾无害化处理率达到100%", "居民生活垃圾无害化处理率", R, ">=", 100, "%", Y, "rate", "up"),
]

# bu02 东北网's item (its dateline `4月22日` gives no year; 2008 by its URL) on 哈尔滨市香坊区's plan for community
# health services. Region 香坊区 (the district that issues and must meet it). Two groups of aims: `力争在3年内` /
# `按照规划,3年内` — 八成 of residents seen at community health services (a Chinese-numeral share: 80 %, `>=`, as
# be04 reads `九成` and an earlier set `五成`), remote residents within a 15-minute walk of care (`步行15分钟即可就
# 医`: a time ceiling, `<=`, amount down, as earlier sets write `15分钟卫生服务圈`; scope the document's own
# group), 48 community health institutions to set up, 19 of them centres and 29 stations (counts, `>=`), and
# the population coverage of community health services (`将达到95%`) — year null: `3年内` from an item the
# text does not date is a span, not a year (2010 would be a guess from the next aims; as bs04's `未来3年`);
# and `力争到2010年` — the residents' share of visits at community health services, their satisfaction and
# their health-education knowledge rate, each `达到80%以上` (2010). The lead's `八成居民…就诊` and the body's
# `就诊比例达到80%以上` are one indicator told twice with different horizons (`3年内`, `到2010年`): both scored,
# as AS, BE and bi04 score a restated aim in the body. Not targets: `一个街道办事处设一个覆盖3至10万人的社区卫生服务
# 中心` (a siting norm, `原则上`: a rule, as bm05's leash length), `3年内` (a span), the date.
D, R = "bu02.txt", "香坊区"
N = "社区卫生服务机构就诊居民比例"
A += [
    T(D, "八成居民在社区卫生服务机构就诊", N, R, ">=", 80, "%", None, "rate", "up"),
    T(D, "步行15分钟即可就医", "居民步行就医时间", R, "<=", 15, "分钟", None, "amount", "down",
      scope="距中心区域较为偏远的居民"),
    T(D, "规划设置社区卫生服务机构48个", "社区卫生服务机构设置数", R, ">=", 48, "个", None, "count", "up"),
    T(D, "社区卫生服务中心19个", "社区卫生服务中心设置数", R, ">=", 19, "个", None, "count", "up"),
    T(D, "社区卫生服务站29个", "社区卫生服务站设置数", R, ">=", 29, "个", None, "count", "up"),
    T(D, "社区卫生服务人口覆盖率将达到95%", "社区卫生服务人口覆盖率", R, ">=", 95, "%", None, "rate", "up"),
    T(D, "社区居民到社区卫生服务机构就诊比例达到80%以上", N, R, ">=", 80, "%", 2010, "rate", "up"),
    T(D, "居民对社区卫生服务的满意率达到80%以上", "居民对社区卫生服务满意率", R, ">=", 80, "%", 2010, "rate",
      "up"),
    T(D, "居民健康教育知识知晓率达到80%以上", "居民健康教育知识知晓率", R, ">=", 80, "%", 2010, "rate", "up"),
]

# bu03 a population site's copy (cn.chinagate.cn, 2008-01-10 by its URL) of a 昆明 item: the city's family-
# planning work and the progress of its 十一五 plan. Two plan aims for 2010 are quoted: the resident population
# kept within 6.9 million (`2010年全市常住人口总量控制在690万以内`: a ceiling, `<=`, count down, `690万` with no
# counting word written 690 万人, as bm04's `15万妇女`) and half the counties (districts) reaching the national
# or provincial standard for advanced service units (`2010年规划50%县(市)区达到…标准`: a share, rate up).
# Region 昆明市 (`昆明`, `全市`). Not targets: 860万元 spent, 44 stations built, 2626 associations and 3491
# members' homes (the present), 615万人 (the population at the start of 2007), the 8 counties and 57%
# already reaching the standard (achieved), `十一五` (a plan name), the dates.
D, R, Y = "bu03.txt", "昆明市", 2010
A += [
    T(D, "2010年全市常住人口总量控制在690万以内", "常住人口总量", R, "<=", 690, "万人", Y, "count", "down"),
    T(D, "2010年规划50%县(市)区达到国家、省级服务先进单位标准", "达到国家、省级计划生育服务先进单位标准的县(市)区比例",
      R, ">=", 50, "%", Y, "rate", "up"),
]

# bu04 a local news portal's copy (yybnet, 2019-06-21) of 桂林日报's item on 桂林's meeting on creating and
# re-examining sanitary towns of the autonomous region. `会议明确:到2020年,全市新创建自治区卫生城市1个(荔浦市),新创建
# 自治区卫生县城6个(…)`: two counts to create, `>=`, year 2020, region 桂林市 (`全市`, `桂林市`). The headline's
# `全覆盖` and `要顺利通过复审检查` have no number (not targets). Not targets: the 4 sanitary county towns the city
# has (the present, told twice), the 7 newly creating counties (cities) signing letters of responsibility
# (the 1 + 6 again, as signatories), 6月18日 and the dateline.
D, R, Y = "bu04.txt", "桂林市", 2020
A += [
    T(D, "全市新创建自治区卫生城市1个", "新创建自治区卫生城市数", R, ">=", 1, "个", Y, "count", "up"),
    T(D, "新创建自治区卫生县城6个", "新创建自治区卫生县城数", R, ">=", 6, "个", Y, "count", "up"),
]

# bu05 央广网's item (2018-05-06): 青海's echinococcosis campaign. The aims `到今年年底` (2018, the dateline's
# year): the screening coverage of the population (`达到90%`), the patients' standard management rate (`为95%`,
# a number in the list of aims: `>=`, as earlier sets read `率为` inside aims), the dog registration rate and the
# deworming coverage (`均达到85%`: one number for two indicators, one target with the joint name, SCHEMA) and
# the pupils' knowledge rate (`达到85%以上`, scope 中小学生). Region 青海省 (`青海省`, `全省`). Not targets: last
# year's 207万人次 screened and 2054 patients treated (told twice: the item repeats its lead after the
# editor's line), `实现病患筛查全覆盖` and `宣传教育全覆盖` (no number), 5月6日 and the time.
D, R, Y = "bu05.txt", "青海省", 2018
A += [
    T(D, "全省人群包虫病筛查覆盖率达到90%", "人群包虫病筛查覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "病人规范管理率为95%", "包虫病病人规范管理率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "犬登记管理率和驱虫覆盖率均达到85%", "犬登记管理率和驱虫覆盖率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "中小学生包虫病防治知识知晓率达到85%以上", "包虫病防治知识知晓率", R, ">=", 85, "%", Y, "rate", "up",
      scope="中小学生"),
]

# bu06 a Hong Kong radio station's item (881903, traditional) on the Hospital Authority's 2019至2020年度計劃:
# `將在各聯網合共新增506張病床` is the year's aim (a count to add, `>=`, `張` written 张 as bi04 writes it), year
# 2019 (the plan year 2019至2020年度 starts in it, as bi04), region 香港. `今年獲撥款688億元` is the money allotted
# for the year (`=`, ambiguous, as bs06's budget). The other additions (theatre and endoscopy sessions, scans,
# clinic quotas) have no number: no line.
D, R, Y = "bu06.txt", "香港", 2019
A += [
    T(D, "將在各聯網合共新增506張病床", "住院病床新增数", R, ">=", 506, "张", Y, "count", "up"),
    T(D, "局方今年獲撥款688億元", "医管局年度拨款", R, "=", 688, "亿元", Y, "amount", "up", ambiguous=True),
]

# bu07 a data site's copy of a 长春 item on last year's population and family planning: the population
# (772.9万人), birth, natural-growth and policy-birth rates, the sex ratio (told twice, the first time with
# `%。` for ‰), 3000多万元 spent, `兑现率达到100%` and the full coverage of the free checks are all what was done
# (`全面完成了省里下达的人口控制指标`: the aims met, no number given). No gold line: every prediction here is a
# false positive.

write_gold(A, HERE)
