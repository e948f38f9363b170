#!/usr/bin/env python3
"""Build hold-out set DK's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DK (gathered on main ba3b5bce, beside sets DH, DI and DJ gathered at the same time in the other
/work/wt/gather-* worktrees, and annotated before any extractor run: the annotator ran none on these texts; it
is to be scored once by the lead engineer, so the set is unspent): elderly care, rehabilitation and long-term
care — 界面新闻's item (via 中国产业经济信息网, 2021) on the national 康复医疗 opinion (rehabilitation doctors and
therapists per 100,000 for 2022 and 2025, and per-city and per-county facility conditions), 海安市民政局's 2023
民生实事 progress table (new care homes, care beds, home-care sites in a range, ageing-friendly home refits),
河南日报's 2014 item on 郑州's care beds (traditional script: the year's new beds told three times, the 2015
bar per thousand elders, rural care centres), a county-level city's 2016 助残日 item (assistive devices: people
and pieces; the city unnamed in the text), a Harbin item with variant characters (`辳村敬老院`, `牀位`,
`機搆`: rural care homes merged and built, beds, community health centres this year and in three years; no year
in the text), 央视's 2022 item on 医养结合 in the 十四五 (publicly run homes to get nursing beds, the nursing-bed
share), and 罗湖区's 2019 item on free check-ups for the elderly (achieved health-management rates only: the
distractor).
Files dk01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row (set d holds dd01…, set k kk01…). It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: per-population counts (`每10万人口康复医师达到6人`) are count with
the counting word as written (ab06, az01, bq03); a per-unit condition of one (`每个…地级市至少设置1所`) is
ambiguous (cx05's `一个乡镇`, df01's `至少建有1处`); an aim told again — in a headline, an image caption, a
later paragraph or a progress column — is ambiguous (cn, cx04, df03; bb05 scores the body's first telling and
marks the headline); `今年` with no year anywhere in the text takes year null (df01, cz's `3年内`); a region the
text does not name takes the document's own word (`全市`: SCHEMA, dg's `全县`); `余`/`以上`/`不少于` → `>=`
(cs02's `20余支`); `左右`/`约` on a count to build → `~`, up (ab04's `约2.1萬個`); a range of a count to build
takes `>=` with value_max (an05, as07); progress and achieved figures are no target; traditional and
variant-character pages are quoted as written.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dk01 中国产业经济信息网's copy (chinaidr, 2021/6/19, `转自:界面新闻`; its toolbar, disclaimer and `直达16个行业`
# link dropped) of the item on the eight ministries' 《关于加快推进康复医疗工作发展的意见》. Region 全国. Scored:
# per 100,000 people, rehabilitation doctors `达到6人` and therapists `达到10人` by 2022 (`力争到2022年`), and
# `达到8人`, `达到12人` by 2025 (count, 人; the therapists' clauses take the doctors' `每10万人口`). Ambiguous, year
# null (`原则上`, no year): the per-unit conditions of one — `至少设置1所二级及以上康复医院` in each provincial
# capital and city over 3 million, `至少有1所县级公立医院设置康复医学科` in each county over 300,000, and the
# 科门诊 for smaller counties. Not targets: the thresholds `300万`, `30万` (which cities and counties), `6月17日`,
# `八部门`, `一级、二级医院` (grades), the dateline. The core-hint paragraph is cut at `专业队` before any number.
D, R = "dk01.txt", "全国"
A += [
    T(D, "每10万人口康复医师达到6人", "每10万人口康复医师数", R, ">=", 6, "人", 2022, "count", "up"),
    T(D, "康复治疗师达到10人", "每10万人口康复治疗师数", R, ">=", 10, "人", 2022, "count", "up"),
    T(D, "每10万人口康复医师达到8人", "每10万人口康复医师数", R, ">=", 8, "人", 2025, "count", "up"),
    T(D, "康复治疗师达到12人", "每10万人口康复治疗师数", R, ">=", 12, "人", 2025, "count", "up"),
    T(D, "常住人口超过300万的地级市至少设置1所二级及以上康复医院", "二级及以上康复医院数", R, ">=", 1, "所",
      None, "count", "up", scope="每个省会城市、常住人口超过300万的地级市", ambiguous=True),
    T(D, "常住人口超过30万的县至少有1所县级公立医院设置康复医学科", "设置康复医学科的县级公立医院数", R, ">=",
      1, "所", None, "count", "up", scope="常住人口超过30万的县", ambiguous=True),
    T(D, "常住人口30万以下的县至少有1所县级公立医院设置康复医学科门诊", "设置康复医学科门诊的县级公立医院数",
      R, ">=", 1, "所", None, "count", "up", scope="常住人口30万以下的县", ambiguous=True),
]

# dk02 海安市民政局's page (haian.gov.cn) with its 2023 民生实事 progress table (item 15, state of 8月24日), as the
# corpus gave it, a cell to a line. Region 海安市 (the title names it), year 2023. Scored, the 实施内容 cell: new
# private care homes `不少于2家`, care beds `不少于300张`, home-care sites in the main town `4-5家` (range: `>=` 4,
# value_max 5, scope 主城区) and ageing-friendly refits `400户` (bare `完成`: `>=`). Ambiguous: the progress cell's
# `400户适老化改造正在施工,9月底前完成` (the same 400 told again with a deadline). Not targets: the progress
# (`2家医养结合机构`, `近100张`, `超200张`), `序号 15`, `8月24日`.
D, R, Y = "dk02.txt", "海安市", 2023
A += [
    T(D, "新增民营养老机构不少于2家", "新增民营养老机构数", R, ">=", 2, "家", Y, "count", "up"),
    T(D, "养老床位不少于300张", "新增养老床位数", R, ">=", 300, "张", Y, "count", "up"),
    T(D, "主城区增设4-5家居家养老服务场所", "新增居家养老服务场所数", R, ">=", 4, "家", Y, "count", "up",
      scope="主城区", value_max=5),
    T(D, "完成居家适老化改造400户", "居家适老化改造户数", R, ">=", 400, "户", Y, "count", "up"),
    T(D, "400户适老化改造正在施工,9月底前完成", "居家适老化改造户数", R, ">=", 400, "户", Y, "count", "up",
      ambiguous=True),
]

# dk03 a spam-framed mirror (gyf78) of 大河网—河南日报's item of 2014-02-12 in traditional script (its HTML-tag
# lines, list numbers, comment box and spam footer dropped; `責編` kept). Region 郑州市, year 2014 (`2014年`,
# `今年`). Scored: the body's first `鄭州爭取2014年新增養老機構床位3000張以上`, the 2015 bar `2015年每千名老人養老床位
# 30張的目標` (year 2015; a target the city is short of) and `全年新建、改擴建農村養老服務中心100個`. Ambiguous: the
# headline's `年內增養老床位3000張以上` and the last paragraph's `力爭2014年底…新增養老服務床位3000張以上` (the same
# 3000 told again). Not targets: `3.3%` (the elders' yearly growth), `將達到120萬` (a population forecast, left out
# as dg leaves forecasts of population), `20張` (the present), last year's subsidies (`39家`, `483.23萬元`, `17家`,
# `151.08萬元`, `634.31萬元`), `百萬`, the dates.
D, R, Y = "dk03.txt", "郑州市", 2014
A += [
    T(D, "鄭州爭取年內增養老床位3000張以上", "新增养老机构床位数", R, ">=", 3000, "张", Y, "count", "up",
      ambiguous=True),
    T(D, "鄭州爭取2014年新增養老機構床位3000張以上", "新增养老机构床位数", R, ">=", 3000, "张", Y, "count", "up"),
    T(D, "2015年每千名老人養老床位30張的目標", "每千名老人养老床位数", R, ">=", 30, "张", 2015, "count", "up"),
    T(D, "力爭2014年底鄭州市新增養老服務床位3000張以上", "新增养老机构床位数", R, ">=", 3000, "张", Y, "count", "up",
      ambiguous=True),
    T(D, "全年新建、改擴建農村養老服務中心100個", "新建改扩建农村养老服务中心数", R, ">=", 100, "个", Y, "count",
      "up"),
]

# dk04 a city site's item (taixing.cn, `(记者 李帅)`, its trailing table bar `|` kept) on the 2016 助残日 device
# launch: the text names neither the city (`我市`, `市残联`, `根思乡`) nor the year (`今年`, `第二十六个“全国助残日”`,
# `自2009年以来…7期`: the reader must count). Region 全市 (the document's own word), year null (df01). Scored, `今年
# 助残日期间`: people to receive devices `1200余名残疾人` (`余` → `>=`) and devices `各类辅具1800件`. Not targets:
# `16个乡镇(街道)` (where they live), `8000多名` and `7期` (past), `5月15日`, `5月10日`, `两户`.
D, R, Y = "dk04.txt", "全市", None
A += [
    T(D, "1200余名残疾人", "辅具发放受益残疾人数", R, ">=", 1200, "名", Y, "count", "up"),
    T(D, "发放各类辅具1800件", "发放辅具件数", R, ">=", 1800, "件", Y, "count", "up"),
]

# dk05 a general-knowledge site's copy (ecbaike) of an item on 哈尔滨's rural care homes, with variant and
# mis-converted characters (`辳` for 农, `整郃`, `縂`, `槼模`, `牀位`, `主躰`, `毉療`, `機搆`), its comment box and
# footer dropped. Region 哈尔滨市, year null (`6月17日`, `今年`; no year in the text). Scored: merge `全市60家辳村
# 敬老院`, build `23家辳村敬老院`, new beds `5000張以上`, community health centres `未來三年…230個` (year null, as
# cz's `3年内`) and `今年將完成45個`. Ambiguous: the headline and its two image captions (`將建23個辳村敬老院`,
# occ 0–2), `新建的23所辳村敬老院將全部完成主躰建設` (the 23 told again), and `近9萬平方米` (a build size, not a
# goal a bureau charts). Not targets: `6月17日`, `第1張`, `第2張` (caption numbers).
D, R, Y = "dk05.txt", "哈尔滨市", None
A += [
    T(D, "哈爾濱市將建23個辳村敬老院", "新建农村敬老院数", R, ">=", 23, "个", Y, "count", "up", ambiguous=True,
      occ=0),
    T(D, "哈爾濱市將建23個辳村敬老院", "新建农村敬老院数", R, ">=", 23, "个", Y, "count", "up", ambiguous=True,
      occ=1),
    T(D, "哈爾濱市將建23個辳村敬老院", "新建农村敬老院数", R, ">=", 23, "个", Y, "count", "up", ambiguous=True,
      occ=2),
    T(D, "完成全市60家辳村敬老院整郃", "农村敬老院整合数", R, ">=", 60, "家", Y, "count", "up"),
    T(D, "其中將新建23家辳村敬老院", "新建农村敬老院数", R, ">=", 23, "家", Y, "count", "up"),
    T(D, "縂建設槼模近9萬平方米", "农村敬老院建设规模", R, "~", 9, "万平方米", Y, "amount", "up", ambiguous=True),
    T(D, "新增牀位5000張以上", "农村敬老院新增床位数", R, ">=", 5000, "张", Y, "count", "up"),
    T(D, "新建的23所辳村敬老院將全部完成主躰建設", "新建农村敬老院数", R, ">=", 23, "所", Y, "count", "up",
      ambiguous=True),
    T(D, "未來三年將完成230個城市社區衛生服務機搆的建設", "城市社区卫生服务机构建设数", R, ">=", 230, "个", Y,
      "count", "up"),
    T(D, "其中今年將完成45個", "城市社区卫生服务机构建设数", R, ">=", 45, "个", Y, "count", "up"),
]

# dk06 a finance portal's copy (cuiru123, 2022-10-04, `(央视)`; its breadcrumb and footer dropped) of 央视's item on
# 医养结合 in the 十四五. Region 全国 (`我国`, `国家`, `全国`), year 2025 (`到2025年`, the 十四五's end). Scored:
# `支持1000个左右公办养老机构增加护理型床位` (`左右` on a count to build → `~`, up, as ab04) and `全国养老机构护理型
# 床位占比力争提高到55%`. Not targets: `2.64亿`, `3亿` (population now and forecast), `第七次`, `普遍具备医养结合能力`
# (no number).
D, R, Y = "dk06.txt", "全国", 2025
A += [
    T(D, "支持1000个左右公办养老机构增加护理型床位", "增加护理型床位的公办养老机构数", R, "~", 1000, "个", Y,
      "count", "up"),
    T(D, "全国养老机构护理型床位占比力争提高到55%", "养老机构护理型床位占比", R, ">=", 55, "%", Y, "rate", "up"),
]

# dk07 the distractor: 罗湖家园网's copy (luoohu) of 深圳晚报's item of 2019/06/02 on free check-ups for 罗湖区's
# elderly. Eligibility and achieved figures only: `年满 65 岁`, `6 个月以上` (residence), `46 家社康中心`, `连续 10
# 年`, the 2017 and 2018 check-up counts (`17335 人`, `18630 人`) and health-management rates (`34.47%`,
# `37.16%`). No gold line: every prediction here is a false positive.

write_gold(A, HERE)
