#!/usr/bin/env python3
"""Build hold-out set CS's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CS (gathered on main 77aed926, beside sets CO–CT gathered at the same time in /work/wt/gco…gct, and
annotated before any extractor run: the annotator ran none on these texts; it is to be scored once by the lead
engineer, so the set is unspent): occupational health, health emergency, blood donation and health
supervision pages, 2014–2025, national to county — 天津's 职业病防治 十四五 plan told by 天津北方网 (three rates and
a count of diagnosis institutions for 2025), the national 突发事件紧急医学救援 十四五 plan told by 法制日报 (about 20
infectious-disease bases, more than 20 epidemic medical teams), 重庆's 2021 occupational-disease news in
traditional script (十三五 results, then healthy enterprises to build in every district and county), 武陵区's
2017 health-supervision training meeting (three rates of 100 %), 茶陵县's 2014 blood-donation meeting (2013's
results, then five aims for the year), a spam-headed copy of the 2024 national press conference on help for
small enterprises' occupational health (20 enterprises a county a year, four rates of 百分之百 by 2025), and
衡阳's 2021 health-supervision meeting (2020's results only: the distractor).
Files cs01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: `不低于`/`不少于`/`以上` → `>=`; a bare `达到N`/`达N` on an up-indicator
→ `>=`; `左右` on a count of things to build → `~`, up (the `约2.1萬個` lines of earlier sets); `N余支` → `>=` N
(as the `800余名` line of an earlier set); a count set for each district, county or county-level unit carries
that unit as scope (`每个地级以上城市`, `每个县(区)` in ag07, ah05); one number for several indicators is one line
with the joint name (SCHEMA); a number written in Chinese (`百分之百`) carries its value (100, as cn06's
`一百元`); a yearly aim of a two-year plan (`每年`) takes the plan's last year (as an earlier set's campaign);
a headline that restates the body's aim is ambiguous (as cc03, cl01, cn02). Achieved figures told beside the
aims (last year's results, the 十三五 review) are not targets.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402

A = []

# cs01 a news mirror (sosol, 2022-02-10 by its address) of 天津北方网's item on the 《天津市职业病防治“十四五”规划》:
# the lead gives the plan's aims before the dateline's source line (`昨日从市卫生健康委获悉`). Region 天津市 (`我市`,
# the plan named), year 2025 (`到2025年`, the plan's end). The corpus cuts the item mid-sentence
# (`逐步将相关职业人群纳入保障`). Scored: the workplace hazard monitoring pass rate `不低于85%`, the rehabilitation
# coverage in townships where pneumoconiosis patients cluster `不低于90%` (scope 尘肺病患者集中乡镇(社区)), the
# occupational-health violation case handling rate `达到100%` (all rates, up, `>=`) and `职业病诊断机构不少于4家`
# (count, up). Not targets: `稳步提升工伤保险参保人数` (no number), `17部门`, `十四五`, `四方责任`, `全覆盖` (no number).
D, R, Y = "cs01.txt", "天津市", 2025
A += [
    T(D, "工作场所职业病危害因素监测合格率不低于85%", "工作场所职业病危害因素监测合格率", R, ">=", 85, "%", Y,
      "rate", "up"),
    T(D, "尘肺病患者集中乡镇(社区)康复服务覆盖率不低于90%", "尘肺病康复服务覆盖率", R, ">=", 90, "%", Y, "rate",
      "up", scope="尘肺病患者集中乡镇(社区)"),
    T(D, "职业卫生违法案件查处率达到100%", "职业卫生违法案件查处率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "职业病诊断机构不少于4家", "职业病诊断机构数", R, ">=", 4, "家", Y, "count", "up"),
]

# cs02 a news site's copy (henan.everyday-news, 2023-01-13) of 法制日报's item on the national 《突发事件紧急医学救援
# “十四五”规划》. Region 全国, year 2025 (`到2025年末`, the 十四五's end). Scored: `在全国布局建设20个左右国家重大传染病
# 防治基地` (`左右` on a count to build: `~`, up) and `在全国建成20余支重大疫情医疗应急队伍` (`20余支`: `>=` 20, as an
# earlier set's `800余名`; `>` is a reading too). Ambiguous: the headline's `“十四五”期间在全国建成20余支重大疫情医疗
# 应急队伍` (the body's aim told again). Not targets: `十四五` (a plan name), the dateline 2023-01-13; the 导读 repeats
# the lead without a number.
D, R, Y = "cs02.txt", "全国", 2025
A += [
    T(D, "“十四五”期间在全国建成20余支重大疫情医疗应急队伍", "重大疫情医疗应急队伍数", R, ">=", 20, "支", Y,
      "count", "up", ambiguous=True),
    T(D, "在全国布局建设20个左右国家重大传染病防治基地", "国家重大传染病防治基地数", R, "~", 20, "个", Y, "count",
      "up"),
    T(D, "在全国建成20余支重大疫情医疗应急队伍", "重大疫情医疗应急队伍数", R, ">=", 20, "支", Y, "count", "up",
      occ=1),
]

# cs03 a spam-headed mirror (lcrsdf; traditional script, the header of spam links dropped, the closing photo
# captions of other news dropped) of 重庆日报网's item of 2021-04-28 on occupational disease: region 重庆市 (`重慶`,
# `我市`), year 2021 (`今年`, the item's date). Mostly 十三五 results; the aims are one sentence: new healthy
# enterprises `每個區…不少于2家` and `每個縣…不少于1家` (two lines, counts up, `>=`, scopes 每个区 and 每个县; the page
# writes the simplified `于` inside the traditional text). Not targets: 6342例→1723例, 72.8%, 340例→88例, 74.1%
# (2016→2020 falls), 53個 rehabilitation stations in 25個 districts, `運行率達100%` (achieved, in aim words: a
# trap), 181家 (built by 2020), the 2019 start, `五進`, the dates.
D, R, Y = "cs03.txt", "重庆市", 2021
A += [
    T(D, "每個區新建成健康企業數不少于2家", "新建成健康企业数", R, ">=", 2, "家", Y, "count", "up", scope="每个区"),
    T(D, "每個縣新建成健康企業數不少于1家", "新建成健康企业数", R, ">=", 1, "家", Y, "count", "up", scope="每个县"),
]

# cs04 常德市卫健委's site: 武陵区卫计执法局's training meeting for health-supervision assistants, deploying the
# district's 2017 work. Region 武陵区 (named throughout), year 2017 (`对2017年武陵区…工作做了详细安排`; the item has
# no date of its own). Scored, the three aims of `希望通过大家的共同努力`: the public places' unlicensed-business
# investigation rate, the public places' graded-supervision implementation rate and the health-supervision
# coverage rate, each `达(到)100%` (rates up, `>=`). Not targets: `45名` attending (present), `2017年`.
D, R, Y = "cs04.txt", "武陵区", 2017
A += [
    T(D, "使公共场所无证违法经营查处率达到100%", "公共场所无证违法经营查处率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "公共场所卫生监督量化分级管理工作实施率达100%", "公共场所卫生监督量化分级管理实施率", R, ">=", 100, "%",
      Y, "rate", "up"),
    T(D, "卫生监督覆盖率达100%", "卫生监督覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
]

# cs05 红网's item (2014-05-13 by its address) on 茶陵县's blood-donation meeting: 2013's results, then `今年`'s
# aims. Region 茶陵县, year 2014 (`安排部署2014年工作`). Scored: clinical blood 100 % from voluntary donation
# (`确保…100%来自…`: `>=`), the yearly donation task `1220人次以上` (count, unit 人次 as written), the share of
# regular volunteer donors `达到40%以上`, rural donation `达20%以上` (the share of donations from the countryside,
# as the sentence pairs it with the donor share) and the awareness rate `达到90%以上` among people aged 15–55
# (scope 15-55周岁人员). Not targets: 2013's 1249人, 437150毫升, `超额完成任务`, `全市第一名`, `200余人` attending.
D, R, Y = "cs05.txt", "茶陵县", 2014
A += [
    T(D, "确保临床用血100%来自自愿无偿献血", "临床用血来自自愿无偿献血比例", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "完成无偿献血任务1220人次以上", "无偿献血人次", R, ">=", 1220, "人次", Y, "count", "up"),
    T(D, "本地献血人群中稳定无偿献血志愿者所占比例达到40%以上", "稳定无偿献血志愿者比例", R, ">=", 40, "%", Y, "rate",
      "up", scope="本地献血人群"),
    T(D, "农村无偿献血达20%以上", "农村无偿献血比例", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "对无偿献血知晓率达到90%以上", "无偿献血知晓率", R, ">=", 90, "%", Y, "rate", "up", scope="15-55周岁人员"),
]

# cs06 a gambling-spam site's copy (shanyouwang; its header `😛大发登录382223主管😜` and the prefix glued to the
# first sentence kept as the corpus gave them) of a news item on the national press conference of 4月25日 (2024:
# the plan it names is for 2024–2025) on occupational health in small and micro enterprises. Region 全国, year
# 2025 (`到2025年底`; the yearly help count of the two-year scheme takes its last year, as the builder's
# conventions say — 2024 is a reading too). Scored: `在全国每个县区、每年平均帮扶不少于20家` (count up, `>=`, scope
# 每个县区) and the four rates of the helped enterprises that `都能够达到百分之百` (one line with the joint name, as
# SCHEMA's `门诊和住院次均费用增长率`; value 100 from the Chinese numeral; scope 被帮扶企业). Not targets: 382223
# (spam), `第四次`, 99%, 2.3亿, 79.4% (the census's present figures), `十四五`, the plan's name `2024年到2025年`,
# `五个方面`.
D, R, Y = "cs06.txt", "全国", 2025
A += [
    T(D, "每年平均帮扶不少于20家", "中小微企业职业健康帮扶企业数", R, ">=", 20, "家", Y, "count", "up",
      scope="每个县区"),
    T(D, "被帮扶企业的职业病危害项目的申报率、工作场所职业病危害因素定期检测率、职业健康检查的开展率和职业健康的培训率"
      "都能够达到百分之百",
      "职业病危害项目申报率、工作场所职业病危害因素定期检测率、职业健康检查开展率和职业健康培训率", R, ">=", 100, "%",
      Y, "rate", "up", scope="被帮扶企业"),
]

# cs07 the distractor: 耒阳市融媒体中心's item (ly-rm, 2021) on 衡阳市's 2021 health-supervision meeting — 2020's
# results (772 cases, 199.32万元, 494 inspections with `完结率100%`, 9264 records, `全市监督覆盖率达92.9%`, the
# 十三五 coverage aim `超额完成`), then 2021's work told without a number (`庆祝建党100周年` is an anniversary). The
# site's list of other news after the byline is dropped. No gold line: every prediction here is a false
# positive.

write_gold(A, HERE)
