#!/usr/bin/env python3
"""Build hold-out set DT's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DT (gathered on main e949c807, after session 27's rounds and set DS, beside sets DU, DV and DW gathered at the same
time, and annotated before any extractor run: the annotator ran none on these texts; it is to be scored once by the lead
engineer, so the set is unspent). Its focus — 公立医院改革 and 县域医共体/医联体 pages with figures (药占比, 平均住院日,
门诊/住院次均费用增长, 县域内就诊率, 基层诊疗量占比, 双向转诊, 医疗服务收入占比, 三级医院数) at county, city and
province level, 2010–2026 — gave no clean page with an aim: every focus page returned with a figure (佛山's 分级诊疗
plan, 海南州's 医共体 plan, the 两降一控 page, 大同's 控费 table, 红安's hospital plan, the 2017 医联体 graphic, the
千县工程 item, the 2019 500个医共体 item, 泉州's and 西安's beds) is held or named by an earlier set, and the rest were
tag pages, papers or pages whose excerpt stops before any figure. So the set was widened, as the common rules allow and
as earlier sets did, to hospital capacity aims (public-hospital building and beds) at any level: 香港's 2015 budget
paragraphs on hospital works (2800 beds, simplified script, Chinese numerals), a 2021 中廣 item on 苗栗縣's three new
hospitals (traditional, Chinese numerals), a 2025 CNEWS item on 南投縣 (a church hospital's 2028 expansion), a blog copy
with spam lines of a 桃園 item on 620 new beds, a 2017 天津 item on 第一中心医院's new site (2000 beds), a forum copy in
traditional script with converter glosses of a 2022 西咸新区 item (9599 beds in seven hospitals), and 澳门's 2017
health statistics (achieved figures only — 平均留院日数, beds, attendances — the distractor).
Files dt01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a later sentence) is ambiguous (cn, dl01,
dm01); money a plan sets aside or a project will cost (`经常拨款…亿元`, `工程开支预计达…`, `經費…`, `耗資…`, `斥資…`,
`投資50餘億元`) is ambiguous (bg05's 2000亿元, dm); a forecast of a project's effect or a design capacity (`設計日門診接診
量`, `年門診量將超過…`) is ambiguous (bg05's `預計` 280万 attendances); a count of projects named (`新設三座醫院`) is
ambiguous (bg05's 12 hospitals); a building's bed, room and floor-area totals in a plan are bare plan quantities, scored
`>=` (cq04's `新增…床位16775張`, `用房320.479萬平方米`, `用地…畝`); large counts in Chinese numerals are scored (bg05's
`五千張`), their value in Arabic figures; counts keep the counting word as written in simplified script (`張` → `张`,
`間` → `间`, `床`); `万` counts keep their `万` (`万平方米`, dm, cb04); a year is the one the text ties to the aim
(`後年底完工` in a 2021 item → 2023), else the item's own year (the document's plan year, SCHEMA), else null where the
text gives none (dm's rule: no address year); past and present figures are no target (SCHEMA); a traditional page keeps
its converter glosses (`達(dá)到`) as the corpus gave them, and a quote copies them (dg, dm, ds06).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dt01 香港's 2015-16 budget speech, paragraphs 140–142 on health (budget.gov.hk, simplified script, Chinese numerals);
# the page's closing `|` dropped. Region 香港, year 2015 (`二零一五/一六年度`; the works give no end year). Scored: the
# hospital works' `合共增加二千八百张病床` (2800 张). Ambiguous: the recurrent subvention `提供经常拨款四百九十亿元` to
# 医管局 (money set aside), the works' cost `工程开支预计达八百一十亿元` (a cost forecast), and the 公私营协作 scheme's
# spread `扩展至全港十八区` (all 18 districts: full coverage told as a count in a Chinese numeral). Not targets: the
# paragraph numbers, `较五年前增加接近五成` (a comparison with the past), the `五百亿元` set aside in 2008/09 (past),
# `第一期`.
D, R, Y = "dt01.txt", "香港", 2015
A += [
    T(D, "提供经常拨款四百九十亿元", "医院管理局经常拨款", R, ">=", 490, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "合共增加二千八百张病床", "医院工程新增病床数", R, ">=", 2800, "张", Y, "count", "up"),
    T(D, "工程开支预计达八百一十亿元", "医院工程开支", R, "~", 810, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "扩展至全港十八区", "普通科门诊公私营协作计划覆盖区数", R, ">=", 18, "区", Y, "count", "up",
      ambiguous=True),
]

# dt02 LINE TODAY's copy (today.line.me wxvgOp) of 中廣新聞網's item of 2021-03-29 on 苗栗縣's three new hospitals in five
# years (traditional, Chinese numerals); the browser notice, the `國內` label and the closing links (`查看原始文章`,
# `更多國內相關文章`, ranked headlines) dropped. Region 苗栗县. Years: 東大骨科醫院 and 大千竹南醫院 finish `後年底` /
# `後年十一月` (2023, two years after 2021); 苗栗醫院's building `2025年完工`. Scored, six counts: 東大's `四十床病床`
# (40 床), 竹南's `四百五十床急性一般病床` (450 床), `一百六十二床特殊病床` (162 床) and `卅五個完整專科` (35 个), 苗栗醫院's
# `一百卅五床急性一般病床` (135 床) and `四十五床特殊病床` (45 床). Ambiguous: `新設三座醫院` (a count of projects named;
# the title, told twice, and the lead — three lines) and the three costs `經費一億一千八百萬元`, `耗資廿三億五千萬元`,
# `斥資八億四千萬元` (money a project will cost). Not targets: the dates (`2021年03月29日`, `明年六月`, `後年十一月`,
# `明年十一月`), `五年`.
D, R = "dt02.txt", "苗栗县"
H = "苗栗县新设医院数"
A += [
    T(D, "五年新設三大型醫院", H, R, ">=", 3, "座", 2026, "count", "up", ambiguous=True, occ=0),
    T(D, "五年新設三大型醫院", H, R, ">=", 3, "座", 2026, "count", "up", ambiguous=True, occ=1),
    T(D, "未來五年內苗栗縣將新設三座醫院", H, R, ">=", 3, "座", 2026, "count", "up", ambiguous=True),
    T(D, "經費一億一千八百萬元", "东大骨科医院建设经费", R, "=", 1.18, "亿元", 2023, "amount", "up", ambiguous=True),
    T(D, "未來可提供四十床病床", "病床数", R, ">=", 40, "床", 2023, "count", "up", scope="东大骨科医院"),
    T(D, "耗資廿三億五千萬元", "竹南医院建设经费", R, "=", 23.5, "亿元", 2023, "amount", "up", ambiguous=True),
    T(D, "將規劃設置四百五十床急性一般病床", "急性一般病床数", R, ">=", 450, "床", 2023, "count", "up",
      scope="大千竹南医院"),
    T(D, "一百六十二床特殊病床", "特殊病床数", R, ">=", 162, "床", 2023, "count", "up", scope="大千竹南医院"),
    T(D, "並設置卅五個完整專科醫療服務", "专科医疗服务数", R, ">=", 35, "个", 2023, "count", "up",
      scope="大千竹南医院"),
    T(D, "斥資八億四千萬元", "苗栗医院重症大楼建设经费", R, "=", 8.4, "亿元", 2025, "amount", "up", ambiguous=True),
    T(D, "可增加一百卅五床急性一般病床", "新增急性一般病床数", R, ">=", 135, "床", 2025, "count", "up",
      scope="卫福部立苗栗医院"),
    T(D, "四十五床特殊病床", "新增特殊病床数", R, ">=", 45, "床", 2025, "count", "up", scope="卫福部立苗栗医院"),
]

# dt03 匯流新聞網 (CNEWS) item of 2025-10-20 on a megatime mirror (pchome.megatime) on 南投縣's shortage of hospital care
# (traditional); the closing link `《更多CNEWS匯流新聞網報` (cut) dropped. Region 南投县; year 2028 (`預計在2028年完工`).
# Scored, the church hospital's expansion plan (`規劃…`): `加護病床30床`, `呼吸照護病床40床`, `手術室12間`, `心導管室2間`,
# `產房2間` (counts; scope 南投基督教医院). Ambiguous: `投資50餘億元` (money a project will cost; `餘` → `>`), and the new
# building's `地下4層`, `地上12層` (floors of a building: a plan quantity that is not a health aim). Not targets: the
# dates, `114年`, `113年`, `第4組第1名`, `13鄉鎮市衛生所` (present), `不到48萬人` (present), `100萬以上` (a rule's
# threshold for a medical centre, not an aim of the county).
D, R, Y, S = "dt03.txt", "南投县", 2028, "南投基督教医院"
A += [
    T(D, "投資50餘億元", "南投基督教医院扩建投资", R, ">", 50, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "新建地下4層", "医疗大楼地下层数", R, "=", 4, "层", Y, "count", "band", scope=S, ambiguous=True),
    T(D, "地上12層的醫療大樓", "医疗大楼地上层数", R, "=", 12, "层", Y, "count", "band", scope=S, ambiguous=True),
    T(D, "規劃加護病床30床", "加护病床数", R, ">=", 30, "床", Y, "count", "up", scope=S),
    T(D, "呼吸照護病床40床", "呼吸照护病床数", R, ">=", 40, "床", Y, "count", "up", scope=S),
    T(D, "手術室12間", "手术室数", R, ">=", 12, "间", Y, "count", "up", scope=S),
    T(D, "心導管室2間", "心导管室数", R, ">=", 2, "间", Y, "count", "up", scope=S),
    T(D, "產房2間", "产房数", R, ">=", 2, "间", Y, "count", "up", scope=S),
]

# dt04 a blog's copy (blog.yes99 448970) of a news item on 桃園's bed gap, with spam keyword lines inside the text (kept,
# as the corpus gave them: dm's and dg's noise); the blog's closing tag line (`本篇發表於…`, `回應`) dropped. Region
# 桃园市 (`桃園市政府`, `桃園`); year null (`五年內`, `今年`: no year anywhere in the text). Scored: `將在五年內增設620床`
# and `共新增386床` (scope 南桃园). Not targets: `共計35家`, `有7749張病床`, `6千多床` (present), `少了1600多床` (the gap
# today), `A19`, `A16` (station names).
D, R, Y = "dt04.txt", "桃园市", None
A += [
    T(D, "將在五年內增設620床", "新增病床数", R, ">=", 620, "床", Y, "count", "up"),
    T(D, "共新增386床", "新增病床数", R, ">=", 386, "床", Y, "count", "up", scope="南桃园"),
]

# dt05 a city portal's copy (tianjin.baogaosu 61090061) of 天津's item of 2017-09-24 on the building of 第一中心医院's new
# site (simplified); kept whole. Region 天津市, year 2017 (the item's; no end year). Scored, the project's bare plan
# quantities (cq04): `床位规模达2000张`, `占地面积10.22万平方米`, `总建筑面积38万平方米`. Ambiguous: the design capacities
# `设计日门诊接诊量6000至7000人次` (a range: 6000–7000) and `日接诊设计能力可达1200人次`, the oxygen station's
# `400平方米` and the car park's `2000辆` (quantities that are not health aims). Not targets: the date and time lines,
# `保山西道2号` (an address), `地下1至2层`.
D, R, Y, S = "dt05.txt", "天津市", 2017, "天津市第一中心医院新址"
A += [
    T(D, "床位规模达2000张", "床位数", R, ">=", 2000, "张", Y, "count", "up", scope=S),
    T(D, "占地面积10.22万平方米", "占地面积", R, ">=", 10.22, "万平方米", Y, "count", "up", scope=S),
    T(D, "总建筑面积38万平方米", "总建筑面积", R, ">=", 38, "万平方米", Y, "count", "up", scope=S),
    T(D, "氧气站建筑面积400平方米", "氧气站建筑面积", R, "=", 400, "平方米", Y, "count", "band", scope=S,
      ambiguous=True),
    T(D, "设计日门诊接诊量6000至7000人次", "日门诊接诊量", R, ">=", 6000, "人次", Y, "count", "up", scope=S,
      value_max=7000, ambiguous=True),
    T(D, "日接诊设计能力可达1200人次", "急救中心日接诊能力", R, ">=", 1200, "人次", Y, "count", "up", scope=S,
      ambiguous=True),
    T(D, "可容纳车辆2000辆", "停车位数", R, ">=", 2000, "辆", Y, "count", "up", scope=S, ambiguous=True),
]

# dt06 a forum's copy (hefeihz 785470) of a 2022 item on 西咸新区's hospital building (traditional with converter
# glosses; the forum's image lines `222222222.png…上傳` kept inside the text); the closing `|` dropped. Region 西咸新区,
# year 2022 (the text's only date, `2022-12-27`). Scored: the headline's `建成后可提供床位達(dá)9599張` (the seven
# hospitals being built) and the second phase's `二期將達(dá)到1800張` (scope 省人民医院西咸院区). Ambiguous:
# `在建三甲標(biāo)準(zhǔn)醫(yī)院達(dá)到7所` (the hospitals now being built: present, with an aim word), the
# first phase's `1500張住院床位` (the first phase is built, `建設(shè)已完成`: present or aim), and the forecasts
# `年門(mén)診量將超過(guò)50萬(wàn)人次` and `年住院量將超過(guò)3萬(wàn)人次` (a project's expected effect). Not
# targets: `約26萬(wàn)平方米` (the finished building), `地上5層`, `局部6層`, the image line's `1.1 MB` and `370`, `本月28日`.
D, R, Y, S = "dt06.txt", "西咸新区", 2022, "省人民医院西咸院区"
A += [
    T(D, "在建三甲標(biāo)準(zhǔn)醫(yī)院達(dá)到7所", "在建三甲标准医院数", R, ">=", 7, "所", Y, "count", "up",
      ambiguous=True),
    T(D, "建成后可提供床位達(dá)9599張", "在建三甲标准医院床位数", R, ">=", 9599, "张", Y, "count", "up"),
    T(D, "1500張住院床位", "住院床位数", R, ">=", 1500, "张", Y, "count", "up", scope=S, ambiguous=True),
    T(D, "二期將達(dá)到1800張", "住院床位数", R, ">=", 1800, "张", Y, "count", "up", scope=S),
    T(D, "年門(mén)診量將超過(guò)50萬(wàn)人次", "年门诊量", R, ">", 50, "万人次", Y, "count", "up", scope=S,
      ambiguous=True),
    T(D, "年住院量將超過(guò)3萬(wàn)人次", "年住院量", R, ">", 3, "万人次", Y, "count", "up", scope=S,
      ambiguous=True),
]

# dt07 澳门's government portal (gov.mo 206593) on the 2017 health statistics (simplified): every figure is achieved
# (`1,596张住院病床`, `平均留院7.0日`, `70.8%`, `169.8万人次`, the donors, the doctors and nurses per thousand) — the
# distractor; no gold line. The portal's `跳过导航` and its closing feedback form (`此页面有问题吗?…提交`) dropped.

write_gold(A, HERE)
