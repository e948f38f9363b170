#!/usr/bin/env python3
"""Build hold-out set CI's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CI (gathered on main 92ed2d6, after the first contact of sets CD, CE and CF, beside sets CG, CH and CJ
gathered at the same time in /work/wt/gcg, gch and gcj, and annotated before any extractor run: the
annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent):
this year's health aims of a province, a city or a county told in running prose in news and government
pages of 2019–2026 — a provincial health-commission head interviewed at the 2024 两会 (四川), a city
health-commission head at the 2023 两会's `局长通道` (杭州, a spam-injected mirror), a city's four 2021 卫生健康
民生工程 (安庆), a city's 2021 医疗卫生补短板 investment and bed aims beside its progress (宁德), a county's
township-hospital building programme (文安县, the year not in the text), a county's 2023 两癌 screening
notice (东安县, traditional mirror) and a county's 2023 健康县 award with its achieved literacy rate (新兴县,
a results item with no aim: the distractor).
Files ci01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions followed (majority of earlier builders): a bare count of things to build, open or screen in the
year is an implied 达到 (`>=`, kind count, the counting word as written); `其中` parts are scored beside their
total (bu02, cc03); budgets and money put in (`投资…`, `投入…`) are ambiguous `=` (cc06, uu04, bs06), while an
amount named as a target (`投资目标10亿元`) is scored `>=`; a count of the places a programme covers (`全域20所`)
is ambiguous `=` (am07, cc03); per-1000 childcare places are kind count in `个` (ac, bq); `左右` on an
up-indicator is `~` with direction up (aa, an); building floor areas that size a project are not targets.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ci01 人民网四川频道's item copied on a portal (loveagle, `2024-01-24`, `来源:人民资讯`): the 四川 provincial
# 政协 session's interview with 徐斌, head of the provincial health commission, on the commission's 2024 work
# (`2024年是…关键一年`, `将落实政府工作报告安排部署`); the stored copy stops at `出台` inside the `三项改革` paragraph.
# Region 四川省 (the commission's province, `全省`), year 2024. Scored, counts of the year's work: the first 10
# 健康四川 demonstration counties to launch (`启动首批10个`), 4 `五大中心` to push forward (`推进4个“五大中心”建设`:
# a count of centres to build, `>=`) and 65 county sub-centres built by the end of 2024 (`2024年底建成65个`).
# Ambiguous: `开展健康四川18个专项行动攻坚` — 18 is the number of the standing 健康四川 campaigns (a count of a
# programme's parts, nearer a name than an aim: the campaigns exist, the year only pushes them). Not targets:
# the slogans' numerals (`四大建设`, `三项改革`, `四条主线`, `三大支撑`, `两个紧密型`, `六一体管理`, `六协同共享`,
# `八统一`, `十二大行动`, `三医`, `五医`), `十三届二次` (an ordinal), `十四五`, the dates.
D, R, Y = "ci01.txt", "四川省", 2024
A += [
    T(D, "开展健康四川18个专项行动攻坚", "健康四川专项行动数", R, ">=", 18, "个", Y, "count", "up", ambiguous=True),
    T(D, "启动首批10个健康四川示范县建设", "健康四川示范县启动建设数", R, ">=", 10, "个", Y, "count", "up"),
    T(D, "推进4个“五大中心”建设", "“五大中心”建设数", R, ">=", 4, "个", Y, "count", "up"),
    T(D, "2024年底建成65个县域医疗卫生次中心", "县域医疗卫生次中心建成数", R, ">=", 65, "个", Y, "count", "up"),
]

# ci02 a mirror (pjnys, with a betting site's name injected: `BOB体育官方入口`, `BOB体育app` inside sentences) of a
# 杭州 news item: the first `局长通道` of the city's people's congress (`杭州市第十四届人民代表大会第三次会议`), the
# health commission's head 方建国 answering what the commission will do in 2023 (`请问2023年…有什么考虑`); the
# stored copy stops at `只有构建`. Region 杭州市, year 2023. Scored, the `下一步我们将` aims: 5000 new infant-care
# places (`全年计划新增…托位5000个`), 3000 of them 普惠性 (the `其中` part, scope 普惠性托位, as cc03 scores parts),
# 1000 parenting classes (`课堂1000场`, the counting word as written), 50 chronic-disease clinics (`门诊50家`) and
# 52 village clinics (stations) built or enlarged to standard (`规范化村卫生室(站)52家`). Quotes keep the injected
# `BOB体育app` out (each quote starts after it). Not targets: `6名局长` (who speaks), the ordinals `第十四届`/
# `第三次`/`第二批`, `9时`, the 2022 review (`二期` a phase; no number achieved), `五大行动` (a name),
# `三年多` (time past).
D, R, Y = "ci02.txt", "杭州市", 2023
A += [
    T(D, "全年计划新增婴幼儿照护托位5000个", "新增婴幼儿照护托位数", R, ">=", 5000, "个", Y, "count", "up"),
    T(D, "其中普惠性托位3000个", "新增婴幼儿照护托位数", R, ">=", 3000, "个", Y, "count", "up", scope="普惠性托位"),
    T(D, "举办婴幼儿家长养育技能提升专业课堂1000场", "婴幼儿家长养育技能提升专业课堂场次", R, ">=", 1000, "场", Y,
      "count", "up"),
    T(D, "建设慢病一体化门诊50家", "慢病一体化门诊建设数", R, ">=", 50, "家", Y, "count", "up"),
    T(D, "新改扩建规范化村卫生室(站)52家", "规范化村卫生室(站)新改扩建数", R, ">=", 52, "家", Y, "count", "up"),
]

# ci03 中安在线's item (`2021-05-14`, from 安庆新闻网): 安庆市卫健委's four 卫生健康民生工程 of the year (`今年安庆市
# 实施四项`). Region 安庆市, year 2021 (`今年`, the item's date). Scored: the share of common diseases treated at
# the grass roots after three years of building (`诊治60%左右的常见病多发病`: `左右` on an up-indicator → `~`,
# up; year 2023, the end of the `通过3年` from 2021 — the text names no year, so the year is read, not given);
# the year's 42000 cervical-cancer checks of rural women aged 35—64 and 8000 breast-cancer checks of rural
# women (counts, scopes as written); childcare places per 1000 people `1.2个左右` by the end of this year (`~`,
# 2021) and `4.6个` by the end of 2025 (a bare `达到` → `>=`, 2025); the prenatal screening rate `达到60%以上`
# this year and `80%以上` by 2030. Not targets: `四项`/`两个工程` (the programmes' count), `35—64岁` and `3岁以下`
# (who qualifies), `“十四五”末每个乡镇(街道)都有托育机构` (every township: no number), the dates.
D, R, Y = "ci03.txt", "安庆市", 2021
A += [
    T(D, "诊治60%左右的常见病多发病", "基层常见病多发病诊治比例", R, "~", 60, "%", 2023, "rate", "up",
      scope="城市社区医疗卫生机构和村卫生室"),
    T(D, "完成42000名35—64岁农村妇女宫颈癌检查", "农村妇女宫颈癌检查人数", R, ">=", 42000, "名", Y, "count", "up",
      scope="35—64岁农村妇女"),
    T(D, "8000名适龄农村妇女乳腺癌检查", "农村妇女乳腺癌检查人数", R, ">=", 8000, "名", Y, "count", "up",
      scope="适龄农村妇女"),
    T(D, "千人口托位数达到1.2个左右", "每千人口托位数", R, "~", 1.2, "个", Y, "count", "up"),
    T(D, "千人口托位数达到4.6个", "每千人口托位数", R, ">=", 4.6, "个", 2025, "count", "up"),
    T(D, "筛查率达到60%以上", "产前筛查率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "计划到2030年达到80%以上", "产前筛查率", R, ">=", 80, "%", 2030, "rate", "up"),
]

# ci04 福州新闻网's copy of a 福建日报 item (`2021-09-16`): 宁德市 finished its 2021 医疗卫生补短板 investment plan
# early. Region 宁德市, year 2021 (`2021年度`, `到今年底`). Scored: the year's investment target (`投资目标10亿元`:
# money named as the target to reach, amount `>=`, unit 亿元 as written — unlike a budget put in, which earlier
# sets mark ambiguous) and the year's plan of over 1900 new beds (`年度计划新增建设医疗床位1900张以上`). Ambiguous:
# `共实施医疗卫生补短板项目79个` (the year's project list: what the plan comprises, told as being carried out —
# a count of projects, `=`). Not targets, all achieved by the end of August: `431张`, `10.5亿元`, `105%`,
# `提前4个月`; `二期`/`一期` (phases), `第二医院` (a name), the related-news dates.
D, R, Y = "ci04.txt", "宁德市", 2021
A += [
    T(D, "共实施医疗卫生补短板项目79个", "医疗卫生补短板项目数", R, "=", 79, "个", Y, "count", "up", ambiguous=True),
    T(D, "投资目标10亿元", "医疗卫生补短板项目年度投资额", R, ">=", 10, "亿元", Y, "amount", "up"),
    T(D, "年度计划新增建设医疗床位1900张以上", "新增建设医疗床位数", R, ">=", 1900, "张", Y, "count", "up"),
]

# ci05 廊坊市's government portal (lf.gov.cn, `本市动态`): 文安县 starts building and upgrading all its township
# hospitals (`5月24日…集中开工仪式`), to be finished by `11月15日前`. Region 文安县. Year null: neither the item
# nor its neighbours' links (`[ 05-26 ]`) give a year, and the schema's fallback (the document's plan year) has
# none to fall back on; the focus asks for 2019–2026 pages, which this cannot be checked against from the text
# (see SOURCES.md). Scored, the counts to build and buy: 6 管区医院 to build new, 13 township hospitals to
# upgrade (`改造提升…13所乡镇卫生院`), 306 pieces of medical equipment to buy and 55 large ones among them (the
# `其中` part). Ambiguous: the money (`投资1.3亿元` in the title and the lead, occ 0 and 1; `投资3517.83万元` and
# `投资3622.35万元` for the two building groups) — budgets, `=`, as cc06; `全域20所` and `全县20所` (the places the
# programme covers, a count of places, `=`, as am07 and cc03); `将改造业务用房11940平方米` (an area of work to do,
# amount, as cc03's afforestation area). Not targets: `总建筑面积达7933.24平方米` and the `700平方米` of the sewage
# station (areas that size the buildings, as cc04's `36班`), `六七十年代`, the dates.
D, R, Y = "ci05.txt", "文安县", None
A += [
    T(D, "投资1.3亿元", "乡镇卫生院新建和改造提升投资", R, "=", 1.3, "亿元", Y, "amount", "up", ambiguous=True,
      occ=0),
    T(D, "投资1.3亿元", "乡镇卫生院新建和改造提升投资", R, "=", 1.3, "亿元", Y, "amount", "up", ambiguous=True,
      occ=1),
    T(D, "对全域20所乡镇卫生院", "新建和改造提升的乡镇卫生院、管区医院和县妇幼保健院数", R, "=", 20, "所", Y, "count",
      "up", ambiguous=True),
    T(D, "将新建黄甫管区、刘么管区等6所管区医院", "新建管区医院数", R, ">=", 6, "所", Y, "count", "up"),
    T(D, "改造提升孙氏、左各庄等13所乡镇卫生院", "改造提升乡镇卫生院数", R, ">=", 13, "所", Y, "count", "up"),
    T(D, "为全县20所乡镇卫生院", "购置医疗设备的基层医疗卫生机构数", R, "=", 20, "所", Y, "count", "up",
      ambiguous=True),
    T(D, "购置彩超、DR、CT等医疗设备306台(件)", "购置医疗设备数", R, ">=", 306, "台(件)", Y, "count", "up"),
    T(D, "其中大型医疗设备55台(件)", "购置大型医疗设备数", R, ">=", 55, "台(件)", Y, "count", "up"),
    T(D, "投资3517.83万元", "新建管区医院投资", R, "=", 3517.83, "万元", Y, "amount", "up", ambiguous=True),
    T(D, "将改造业务用房11940平方米", "改造业务用房面积", R, ">=", 11940, "平方米", Y, "amount", "up",
      ambiguous=True),
    T(D, "投资3622.35万元", "改造业务用房及配套投资", R, "=", 3622.35, "万元", Y, "amount", "up", ambiguous=True),
]

# ci06 a mirror (traditional, with the mirror's mojibake `婦??啤皟砂焙Y查門診` where a line was garbled; the text opens
# with a line break) of 东安县's notice (`2023年2月6日`, signed by the county women's federation, health bureau
# and finance bureau): the county's 2023 free 两癌 checks for rural and urban-低保 women, a 重大民生实事项目. Region
# 东安县, year 2023. Scored: `實現2023年免費檢查適齡人群達到7000人` (the notice's `實施目標`, count, `>=`).
# Ambiguous: `至7000例免費檢查名額滿為止` (the same quota restated as the campaign's closing condition, in `例`:
# one aim told twice in other words — scoring the second as well would count the aim twice). Not targets:
# `35-64歲` and `近三年` (who qualifies), the dates, the phone number `0746-4216178`, `兩大癌癥`.
D, R, Y = "ci06.txt", "东安县", 2023
A += [
    T(D, "實現2023年免費檢查適齡人群達到7000人", "两癌免费检查人数", R, ">=", 7000, "人", Y, "count", "up",
      scope="城镇低保和农村适龄妇女"),
    T(D, "至7000例免費檢查名額滿為止", "两癌免费检查人数", R, ">=", 7000, "例", Y, "count", "up",
      scope="城镇低保和农村适龄妇女", ambiguous=True),
]

# ci07 云浮市卫生健康局's page (dsbftdc mirror, opening with the portal's leave-site prompt): 新兴县's case chosen
# among the 2023 national 健康县区 cases, with the county's achieved health-literacy rate for 2023 (`达33.97%`,
# `高出3.85和1.85个百分点` than province and city). Every figure is a result or a count of cases chosen (`81个`,
# `3个`); no aim is set (`百千万工程` is a name): no gold line, every prediction here is a false positive.

write_gold(A, HERE)
