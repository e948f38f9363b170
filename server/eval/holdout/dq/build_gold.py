#!/usr/bin/env python3
"""Build hold-out set DQ's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DQ (gathered on main 669f2b8b, beside sets DN and DP gathered at the same time, and annotated before any
extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent). Its focus — targets in flattened indicator tables (主要指标/发展指标 with 基期/目标 columns, units in brackets,
≥/≤ in cells, 预期性/约束性) of city, county and provincial 十二五/十三五/十四五 health plans, and pages in traditional
script — gave no clean page: every table page returned (闵行's 十二五 指标体系, the national 十二五 中医药 简表, the 健康中国
2030 table in traditional script, the 十五五 指标 item, the 十四五 国民健康规划 in traditional script) is held by an
earlier set or by the development set. So the set was widened, as earlier sets were, to any health topic and level,
keeping traditional pages and plan-style figure lists where clean pages came back: 烟台's item (9月7日, no year written) on its 十四五
医疗卫生服务体系规划 (the 2025 bed and staff ratios), a press-conference excerpt on 北京's 十三五 health plan (rates in
Chinese numerals, service rates, beds; the corpus gave no address), the 2017 national 妇幼 work conference (traditional
with converter glosses: obstetric beds, midwives and the 2020 mortality aims), 新唐人's 2012 item on 台湾's adult smoking
aims, a 2026 forum item on 台湾's 888 plan (traditional: three `8成` aims), an item on 台湾's 長照3.0
discharge-to-care aims (traditional), and a 上海 district's 2025 statistics page (a flattened table of achieved
figures: the distractor).
Files dq01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: per-thousand ratios of beds and staff are counts in their counting word
(`张`, `人`), as in earlier sets; `左右` on a count is `~`, up; a rate in Chinese numerals (`十万分之十一`, `千分之四`)
is scored in its unit (`1/10万`, `‰`), as earlier sets scored `十万分之一百五十`; `N成` is N×10 % (`8成` → 80 %, as the
888 lines of earlier sets); `超过` → `>`; one number for two indicators (`高血压…和糖尿病…规范服务率都要达到80%以上`) is
one target with the joint name (SCHEMA); `分别` lists give one line a value, each quote its own clause; money a plan sets
aside (`整體預算規模達1153億元`) is ambiguous; an aim told again is ambiguous; a count in `万` keeps its `万` (`8.9萬張` →
8.9 万张, `两万张` → 2 万张); past and present figures are no target (SCHEMA); traditional pages keep their converter
glosses (`衛(wèi)計委`) as the corpus gave them, and a quote copies them (dg, dm).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dq01 a content farm's copy (fensifuwu) of 大小新闻's item of 9月7日 (YMG, 烟台's paper group; the year is not written:
# the plan is the 十四五 one, 印发 7月30日) on 烟台's 十四五 医疗卫生服务体系规划. Region 烟台市 (`烟台市`, `全市`), year 2025
# (`到2025年`). Scored: the bed ratio `7.5张`, the public-hospital beds `4.4张左右` (`~`), the physician ratio `3.85人` and
# its TCM part `0.62人`, the nurse ratio `4.05人` and the pharmacist ratio `0.54人` (per-thousand ratios: counts).
# Not targets: `十四五`, `7月30日`, `9月7日`.
D, R, Y = "dq01.txt", "烟台市", 2025
A += [
    T(D, "全市每千人口医疗卫生机构床位数7.5张", "每千人口医疗卫生机构床位数", R, ">=", 7.5, "张", Y, "count", "up"),
    T(D, "其中公立医院4.4张左右", "每千人口公立医院床位数", R, "~", 4.4, "张", Y, "count", "up"),
    T(D, "全市每千人口执业(助理)医师数达到3.85人", "每千人口执业(助理)医师数", R, ">=", 3.85, "人", Y, "count",
      "up"),
    T(D, "其中中医类别0.62人", "每千人口中医类别执业(助理)医师数", R, ">=", 0.62, "人", Y, "count", "up"),
    T(D, "每千人口注册护士数达到4.05人", "每千人口注册护士数", R, ">=", 4.05, "人", Y, "count", "up"),
    T(D, "每千人口执业药师(士)数达到0.54人", "每千人口执业药师(士)数", R, ">=", 0.54, "人", Y, "count", "up"),
]

# dq02 an excerpt the corpus returned with no address: the spoken answer of an official at a press conference on
# 北京's 十三五 health plan (`未来的五年北京将会有…`; no date in the text; the plan's horizon `到2020年`), cut at `从老百`.
# Region 北京市 (`北京`), year 2020 (`“十三五”`, `到2020年`). Scored, ten in the text's order: the infant-mortality aim
# `目标提出在千分之四以下` (4 ‰, `<=`), the maternal-mortality aim `不超过十万分之十一` (11 1/10万), the notifiable
# class A/B infectious-disease rate `在十万分一百七十` (170 1/10万; a bare figure on a down-indicator: `<=`), the joint
# hypertension and diabetes managed-service rate `都要达到80%以上`, the maternal and child-health system service rates
# `超过97%` and `超过95%` and the elderly health service rate `超过70%` (`超过` → `>`), the birth-policy compliance rate of
# registered residents `99%以上`, the bed ratio `6.1张` and the bed increase `两万张以上` (2 万张). Not targets: the
# second `千分之四以下` (2015's figure, `已经在`), `2015年`, `二孩`, `五年`.
D, R, Y = "dq02.txt", "北京市", 2020
A += [
    T(D, "经过专家论证的目标提出在千分之四以下", "婴儿死亡率", R, "<=", 4, "‰", Y, "rate", "down"),
    T(D, "孕产妇死亡率在“十三五”定的目标不超过十万分之十一", "孕产妇死亡率", R, "<=", 11, "1/10万", Y, "rate",
      "down"),
    T(D, "甲乙传染病报告发病率在十万分一百七十", "甲乙类传染病报告发病率", R, "<=", 170, "1/10万", Y, "rate", "down"),
    T(D, "高血压患者的规范服务和糖尿病患者的规范服务率都要达到80%以上", "高血压和糖尿病患者规范服务率", R, ">=", 80,
      "%", Y, "rate", "up"),
    T(D, "孕产妇的系统服务率超过97%", "孕产妇系统服务率", R, ">", 97, "%", Y, "rate", "up"),
    T(D, "儿童保健系统服务率超过95%", "儿童保健系统服务率", R, ">", 95, "%", Y, "rate", "up"),
    T(D, "老年人健康服务率超过70%", "老年人健康服务率", R, ">", 70, "%", Y, "rate", "up"),
    T(D, "户籍人口出生政策符合率99%以上", "出生政策符合率", R, ">=", 99, "%", Y, "rate", "up", scope="户籍人口"),
    T(D, "每千人口的床位数达到6.1张", "每千人口床位数", R, ">=", 6.1, "张", Y, "count", "up"),
    T(D, "北京将会有两万张以上的床位总量增加", "床位总量增加数", R, ">=", 2, "万张", Y, "count", "up"),
]

# dq03 an excerpt the corpus returned with no address, in traditional script with converter glosses (`衛(wèi)計委`) and
# mojibake quotes (`?!翱傮w上看`), on the 2017 national 婦幼健康工作會議 (20日, 北京). Region 全国 (`全國`). Scored: the
# new obstetric beds `新增產(chǎn)科床位8.9萬張` (year 2017: `2017年及今后一段時期`, no end written), the obstetricians and
# midwives to add in the 十三五 `14萬名` (year 2020), and the 2020 aims: maternal mortality `18/10萬`, infant and
# under-five mortality `7.5‰和9.5‰` (`分别`: two lines). Not targets: 2016's `19.9/10萬`, `7.5‰`, `10.2‰`, the WHO
# figures `239/10萬` and `12/10萬`, `2015年`.
D, R = "dq03.txt", "全国"
A += [
    T(D, "將新增產(chǎn)科床位8.9萬張", "新增产科床位数", R, ">=", 8.9, "万张", 2017, "count", "up"),
    T(D, "力爭“十三五”時期增加產(chǎn)科醫(yī)生和助產(chǎn)士14萬名", "新增产科医生和助产士数", R, ">=", 14, "万名", 2020,
      "count", "up"),
    T(D, "全國孕產(chǎn)婦死亡率要下降到18/10萬", "孕产妇死亡率", R, "<=", 18, "1/10万", 2020, "rate", "down"),
    T(D, "嬰兒和5歲以下兒童死亡率要分別下降到7.5‰", "婴儿死亡率", R, "<=", 7.5, "‰", 2020, "rate", "down"),
    T(D, "5歲以下兒童死亡率要分別下降到7.5‰和9.5‰", "5岁以下儿童死亡率", R, "<=", 9.5, "‰", 2020, "rate", "down"),
]

# dq04 新唐人's item (ntdtv gb a710368, 中央社's wire of 2012-05-31) on 台湾's adult smoking aims in the 黄金十年 plan;
# the page's own address line kept. Region 台湾 (`台湾`), years from 2012 by the DM convention for spans (`5年` → 2016,
# `10年` → 2021). Scored: `5年减至15%` and `10年减至10%` (`减至` → `<=`). Ambiguous: `成人吸烟率减半` (no digit; told
# twice). Not targets: the baseline `由20%`, `9成以上` (present protection), `42万人`, `33.5 %`, `1万8000多人`, `民国98年`,
# `6月3日`.
D, R = "dq04.txt", "台湾"
A += [
    T(D, "成人吸烟率减半", "成人吸烟率下降幅度", R, ">=", 50, "%", None, "rate", "down", ambiguous=True, occ=0),
    T(D, "成人吸烟率减半", "成人吸烟率下降幅度", R, ">=", 50, "%", None, "rate", "down", ambiguous=True, occ=1),
    T(D, "5年减至15%", "成人吸烟率", R, "<=", 15, "%", 2016, "rate", "down"),
    T(D, "10年减至10%", "成人吸烟率", R, "<=", 10, "%", 2021, "rate", "down"),
]

# dq05 Yahoo's news item (tw.news.yahoo 110153158, photo credited to 行政院) of 2026-02-03 on the 2026 健康台灣樂齡論壇, cut at `啟動長照`.
# Region 台湾 (`台灣`, `我國`), year null for the 888 aims (the text gives them no year; the plan's horizon is not on the
# page). Scored: the three `8成` aims of the 三高防治888計畫 (80 %: the high-risk groups taken into care, participants
# changing habits, patients getting full care). Ambiguous: `整體預算規模達1153億元` (money set aside for 長照3.0, 2026).
# Not targets: `467萬人`, `20.06％`, `80歲`, `8年`, `888` (a name), `2.0`/`3.0` (names).
D, R = "dq05.txt", "台湾"
A += [
    T(D, "整體預算規模達1153億元", "长照3.0预算规模", R, "=", 1153, "亿元", 2026, "amount", "up", ambiguous=True),
    T(D, "讓8成高風險族群納入醫療照護體系照顧", "三高高风险族群纳入医疗照护体系比例", R, ">=", 80, "%", None, "rate",
      "up"),
    T(D, "8成參與者透過健康促進理念，改善生活習慣", "参与者改善生活习惯比例", R, ">=", 80, "%", None, "rate", "up"),
    T(D, "讓8成的三高患者，透過完整醫療支持獲得更多健康照護", "三高患者获得完整医疗照护比例", R, ">=", 80, "%",
      None, "rate", "up"),
]

# dq06 台湾's immigration agency news page (news.immigration.gov.tw e38da523…, Vietnamese section, Chinese text) on the
# 長照3.0 aims announced 11月27日 (no year written; `明年` launches the plan). Region 台湾 (`台灣`). Scored: the days from
# discharge to long-term care `2026年達到2天內完成` (`<=` 2 天, down). Ambiguous: `2030年朝向第0天即啟動照顧` (an
# ordinal `第0天` as an aim). Not targets: `11月27日`, `十年`, `3.0` (a name).
D, R = "dq06.txt", "台湾"
A += [
    T(D, "目標於2026年達到2天內完成", "出院至衔接长照服务等待天数", R, "<=", 2, "天", 2026, "count", "down"),
    T(D, "在2030年朝向第0天即啟動照顧", "出院至衔接长照服务等待天数", R, "<=", 0, "天", 2030, "count", "down",
      ambiguous=True),
]

# dq07 the distractor: 上海's 崇明区 卫生健康委员会's statistics page published 2026-02-11: 2025's life expectancy
# (`85.33岁`, `82.77岁`, `87.89岁`), infant and maternal mortality (`0‰`, `0/10万`) and three flattened tables of 2025
# figures (visits, discharges, operations, beds `4274`, turnover, use rate `69.76`, stay `12.37`, home beds). Achieved
# figures only: no gold line; every prediction here is a false positive.

write_gold(A, HERE)
