#!/usr/bin/env python3
"""Build hold-out set DX's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DX (gathered on main b5147ef6, after set DV was registered, and annotated before any extractor run: the annotator
ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent). Its focus — the newest
plans: 2024–2026 county, district and city 卫生健康工作要点/工作计划/工作安排 and the health paragraphs of 2025–2026
county and city 政府工作报告 with figures for this year or 十五五 — gave two clean pages: 夷陵区's 2026 卫生健康工作会
(one count of specialist sessions in township hospitals) and 建湖县's 2026 政府民生实事 list (elderly-care counts, then
road and bridge counts). Every other focus page returned was held or named by an earlier set (沅江's and 绥宁's 寿命
tables, 资阳's, 海南州's 医共体 scheme, 北京's 2026 report on wlchinahc and its reportify copy, 鹿邑's and 藁城's and
环翠's and 台州's 实事 lists, 潍坊's 2026 实事, 浙江's 2023 要点 …) or had no figure for the plan year (连云港's, 万荣's,
河北's and 广西's 2026 meetings). So the set was widened, as the common rules allow and as earlier sets did, to any
health topic and level: a traditional-script copy (with converter glosses) of a cervical-cancer screening scheme's 2025
aims (no region named), 国家卫生健康委's 2025 为民服务实事 on childcare places (two aims among achieved figures), and
经济通's 2026 item on the 十五五 aim of about 1000 紧密型县域医共体 (traditional). The distractor is a district
卫健局's 2025 述职报告 (a template site's copy: achieved figures only). Six files, not seven: a seventh target page was
not found clean in the time given (福州's 十四五 plan shares its text with jj04; a 十五五 life-expectancy item repeats
ww07's statement).
Files dx01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a later sentence) is ambiguous (cn,
dl01, dm01, ds); aims of a page that are not health ones (roads, bridges, child protection) are ambiguous (cc, ds06);
elderly-care beds and services counted as health aims (du's 一老一小 plan, ds06's nursing beds), but building works on
养老服务中心 are ambiguous (not a health service as such); `左右` on a count is `~`, up (bt05, dm); a count in `万`
keeps its `万` (`66万个` → 66 万个, ds01); per-thousand childcare places are a count in `个` (ac07, az02); a bare
figure or `不低于N` on an up-indicator is `>=` (SCHEMA); the 十五五 aims take year 2030 (ds06, ww07); past and
present figures are no target (SCHEMA); a traditional page keeps its converter glosses (`達(dá)到`) and its stray
`?` as the corpus gave them, and a quote copies them (dg, dm, ds06).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dx01 a news page (m-ysyl.5210.cn 136534) on 夷陵区's 2026 卫生健康工作会 of 3月16日, cut at `服务模式,` as returned.
# Region 夷陵区 (`全区`, `夷陵区`), year 2026 (`2026年全区卫生健康工作`). Scored: `确保全年区级专科医生到乡镇卫生院坐诊
# 不低于1300人次` (`>=`, 人次). Not targets: `3月16日`, `一院三区`, `四大方面`, `双轮`, `三级`.
D, R, Y = "dx01.txt", "夷陵区", 2026
A += [
    T(D, "确保全年区级专科医生到乡镇卫生院坐诊不低于1300人次", "区级专科医生到乡镇卫生院坐诊人次", R, ">=", 1300,
      "人次", Y, "count", "up"),
]

# dx02 建湖县's list of 2026 政府民生实事项目 (jianhu.gov.cn 4396733, 2026-01-19), cut at `设置加宽` as returned; its
# index table kept. Region 建湖县 (`建湖县`, `我县`, `全县`), year 2026. Scored: `建设100张老年人家庭照护床位` and
# `为1000名75~79周岁失能社会老年人提供居家上门服务` (elderly care as a health aim). Ambiguous: the two building works on
# 养老服务中心 (`改造提升1个`, `完成5个`), the children's `1600名` (not a health aim), and the road and bridge counts
# (`危桥改造12座`, `道路改造17.6公里`, `安防36.575公里`, `增设4处`, `90座三类桥梁`, `全长343米`, `110米减速车道`,
# `190米加速车道`). Not targets: `共10个项目` (the list's size), `75~79周岁` (ages), `一个` station (a Chinese
# numeral on a non-health item), the parts in brackets (`其中:…`), widths, road names (`S331`, `S231`).
D, R, Y = "dx02.txt", "建湖县", 2026
A += [
    T(D, "改造提升1个区域性养老服务中心", "改造提升区域性养老服务中心数", R, ">=", 1, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "完成5个社区居家养老服务中心升级改造", "社区居家养老服务中心升级改造数", R, ">=", 5, "个", Y, "count",
      "up", ambiguous=True),
    T(D, "建设100张老年人家庭照护床位", "老年人家庭照护床位数", R, ">=", 100, "张", Y, "count", "up"),
    T(D, "为1000名75~79周岁失能社会老年人提供居家上门服务", "失能老年人居家上门服务人数", R, ">=", 1000, "名", Y,
      "count", "up"),
    T(D, "为全县1600名困境、留守、流动儿童提供“爱心守护”服务", "困境留守流动儿童爱心守护服务人数", R, ">=", 1600,
      "名", Y, "count", "up", ambiguous=True),
    T(D, "对农村公路危桥改造12座", "农村公路危桥改造数", R, ">=", 12, "座", Y, "count", "up", ambiguous=True),
    T(D, "农村公路道路改造17.6公里", "农村公路道路改造里程", R, ">=", 17.6, "公里", Y, "count", "up",
      ambiguous=True),
    T(D, "实施农村公路乡村道隐患路段安防36.575公里", "乡村道隐患路段安防里程", R, ">=", 36.575, "公里", Y, "count",
      "up", ambiguous=True),
    T(D, "增设4处交叉口信号灯", "新增交叉口信号灯处数", R, ">=", 4, "处", Y, "count", "up", ambiguous=True),
    T(D, "农村公路90座三类桥梁加固维修", "三类桥梁加固维修数", R, ">=", 90, "座", Y, "count", "up", ambiguous=True),
    T(D, "新建道路全长343米", "新建道路长度", R, "=", 343, "米", Y, "count", "up", ambiguous=True),
    T(D, "设置110米减速车道", "减速车道长度", R, "=", 110, "米", Y, "count", "up", ambiguous=True),
    T(D, "设置190米加速车道", "加速车道长度", R, "=", 190, "米", Y, "count", "up", ambiguous=True),
]

# dx03 a device-news site's copy (courtneyscourt 61e78ad5…) of a cervical-cancer screening scheme's aims, traditional
# script with converter glosses and stray `?`; the site's name line (`醫(yī)療器械創(chuàng)新網(wǎng)`) dropped. No region is named
# (`各地…轄區(qū)內(nèi)`: a scheme sent down to every locality, as the national one is): region 全国, doubtful. Year 2025
# (`到 2025 年底`). Scored, three rates (`>=`): screening rate 50 % (scope 适龄妇女), core-knowledge awareness 80 %,
# early-diagnosis rate 90 %. Not targets: `35-64 周歲` (ages), `附件 1`, the section numbers.
D, R, Y = "dx03.txt", "全国", 2025
A += [
    T(D, "適齡婦女宮頸癌篩查率?達(dá)到 50%以上", "宫颈癌筛查率", R, ">=", 50, "%", Y, "rate", "up",
      scope="适龄妇女"),
    T(D, "齡婦女宮頸癌防治核心知識(shí)知曉率達(dá)到 80%以上", "适龄妇女宫颈癌防治核心知识知晓率", R, ">=", 80, "%",
      Y, "rate", "up"),
    T(D, "篩查早診率達(dá)到 90%以上", "宫颈癌筛查早诊率", R, ">=", 90, "%", Y, "rate", "up"),
]

# dx04 a portal's copy (smartjx 253031415) of 国家卫生健康委's press conference of 12月26日 2025 on its 为民服务实事;
# the portal's closing link list (four headlines and the title repeated) dropped. Region 全国, year 2025 (`列入2025年
# 全国卫生健康系统为民服务实事项目`). Scored: `每千人口3岁以下婴幼儿托位数达到4.5个` and `全国新增普惠性托位66万个` (66
# 万个). Not targets: the achieved `4.73个`, `89万个`, `12.6万家`, `666万个`, `6.6万家`, `110%`, `29%`, `8万家`.
D, R, Y = "dx04.txt", "全国", 2025
A += [
    T(D, "每千人口3岁以下婴幼儿托位数达到4.5个", "每千人口3岁以下婴幼儿托位数", R, ">=", 4.5, "个", Y, "count",
      "up"),
    T(D, "全国新增普惠性托位66万个", "新增普惠性托位数", R, ">=", 66, "万个", Y, "count", "up"),
]

# dx05 经济通's item (etnet 20260309450, 2026-03-09) on 雷海潮's words at the 两会: the 十五五 aim of about 1000
# 紧密型县域医共体, traditional script. Region 全国, year 2030 (`「十五五」期間`). Scored: the body's `謀劃1000個左右的
# 緊密型縣域醫共體` (`~`, up). Ambiguous: the headline telling it again. Not targets: the achieved life expectancy
# `79.25歲`, `1.32歲`, `0.26歲`, the dates.
D, R, Y = "dx05.txt", "全国", 2030
A += [
    T(D, "將謀劃1000個左右緊密型縣域醫共體建設", "紧密型县域医共体数", R, "~", 1000, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "謀劃1000個左右的緊密型縣域醫共體", "紧密型县域医共体数", R, "~", 1000, "个", Y, "count", "up"),
]

# dx06 the distractor: a template site's copy (xiezuofangchengshi 92526) of a district 卫健局's 2025 述职报告 (`健康XX`:
# no name), cut at `...` as returned. Every figure is achieved (`新增床位200张`, `城市医疗集团1个`, `县域医共体3个`,
# `156人次`, `18项`, `28%`, `12个`): no gold line.

write_gold(A, HERE)
