#!/usr/bin/env python3
"""Build hold-out set BQ's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BQ (gathered on main 62fe8f2, after sets BN, BO and BP were merged, and annotated before any
extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so
the set is unspent): recent plans a bureau would upload today (2019–2026) — a county's scheme for
raising life expectancy under 健康宁远 (宁远县, 2025 and 2027), a city's 2025 卫生健康工作要点 (湖州), a
city's 十四五 health plan told as news (烟台, a traditional mirror with a run of mojibake), a city's 十四五
health plan told as news (深圳, aims for 2025), a prefecture's 2025 全民健康 actions (湘西州), a
municipality's 2026 health-work points (重庆) and a county health bureau's 2024 work summary (中阳县;
achieved figures only: the distractor). Files bq01.txt…, so no name clashes with the seeds, the
development set or the other sets in eval-extract's `all` row. It keeps its own builder (the T(...)
form of ../gold_builder.py).

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

# bq01 a county site's copy (永州's 宁远县, filed 2025-03 under 规划计划) of the county's scheme for raising
# life expectancy (under the province's and the city's 2024—2027 plans; `健康宁远`, `结合宁远实际`, `全县`:
# region 宁远县). The `总体目标` gives two life-expectancy aims, 79.2 岁 by 2025 (`达79.2岁`) and 80 岁 by
# 2027 (`达到80岁`): amount in 岁, up, as bp01 and ax05. `主要健康指标达到或超过全省平均水平` is a level by
# reference with no number: ambiguous, value null (SCHEMA; as uu03's `达到中高收入国家平均水平`).
# 湘政发〔2024〕6号, 永政办发〔2024〕12号, the 2024—2027 spans, `为期四年`, `九大行动`, `三减三健`, `2024年版`
# and `(2022)` are document numbers, spans, names and editions, not aims. The excerpt stops in task 1.
D, R = "bq01.txt", "宁远县"
A += [
    T(D, "全县人均预期寿命达79.2岁", "人均预期寿命", R, ">=", 79.2, "岁", 2025, "amount", "up"),
    T(D, "主要健康指标达到或超过全省平均水平", "主要健康指标", R, ">=", None, "%", 2027, "rate", "up",
      ambiguous=True),
    T(D, "全县人均预期寿命达到80岁", "人均预期寿命", R, ">=", 80, "岁", 2027, "amount", "up"),
]

# bq02 湖州's city health commission: `2025年全市卫生健康工作要点` (filed 2025-03-24), its `工作目标`.
# Region 湖州市 (the text names 湖州 throughout: `湖州经验`, `健康湖州`, `全市`), year 2025. Scored: the
# public hospitals' share of income from medical services (`力争…医疗服务收入占比达到40%`: the share, scope
# 公立医院 as the clause's subject), life expectancy (`达到82.6岁以上`), the health-literacy level held
# at about 45% (`保持在45%左右`: `~`, up, as bo01's `81岁左右`) and the premature chronic-disease death
# rate held to about 8% (`控制在8%左右`: `~`, down). `收支全面实现平衡` and `创成…示范市` have no number;
# `1316行动计划`, `一个目标、三大环境、六大重点`, `五大能力` and `六个新湖州` are names; the excerpt stops in
# `清华大学健康城市指` before any figure.
D, R, Y = "bq02.txt", "湖州市", 2025
A += [
    T(D, "医疗服务收入占比达到40%", "医疗服务收入占比", R, ">=", 40, "%", Y, "rate", "up",
      scope="公立医院"),
    T(D, "人均预期寿命达到82.6岁以上", "人均预期寿命", R, ">=", 82.6, "岁", Y, "amount", "up"),
    T(D, "居民健康素养水平保持在45%左右", "居民健康素养水平", R, "~", 45, "%", Y, "rate", "up"),
    T(D, "重大慢性病过早死亡率控制在8%左右", "重大慢性病过早死亡率", R, "~", 8, "%", Y, "rate", "down"),
]

# bq03 a traditional mirror (with the converter's pinyin glosses, `衛(wèi)`) of a 2021-05 news item on
# 烟台's 十四五 health plan being drafted (`煙臺市衛(wèi)健委著手編制…`, region 烟台市, `全市`). The aims are for
# the plan's end year 2025 (the text says only `“十四五”末`/`“十四五”期間`; SCHEMA: the plan's year, as
# ax01). The first paragraph's life-expectancy aim sits in a run of mojibake (`?！笆奈濉蹦司A(yù)期壽命`: the
# page's `。“十四五”末人均預` decoded from shifted bytes) but its number and `左右` are intact: scored,
# `~`, up, amount, quoted from the first legible glyph. The per-thousand doctors and nurses, general
# practitioners per 10,000 and nursery places for under-3s per thousand are bare numbers after a
# planned period (implied 达到: `>=`, count, as ab06 and az02). The third paragraph's `人均期望壽命提高1歲左右`
# restates the life-expectancy aim as a rise (ambiguous, as bp01's changes and c04's `再增加约3岁`).
# `2020年5月份` is a date; `十四五`, `一批` are names and words, not aims.
D, R, Y = "bq03.txt", "烟台市", 2025
A += [
    T(D, "A(yù)期壽命達(dá)到81.5歲左右", "人均预期寿命", R, "~", 81.5, "岁", Y, "amount", "up"),
    T(D, "每千人口執(zhí)業(yè)(助理)醫(yī)師3.85人", "每千人口执业(助理)医师数", R, ">=", 3.85, "人", Y, "count", "up"),
    T(D, "每千人口擁有注冊護(hù)士3.96人", "每千人口注册护士数", R, ">=", 3.96, "人", Y, "count", "up"),
    T(D, "每萬人口全科醫(yī)生數(shù)達(dá)到3人", "每万人口全科医生数", R, ">=", 3, "人", Y, "count", "up"),
    T(D, "每千人口三歲以下嬰幼兒托位數(shù)2.8張", "每千人口3岁以下婴幼儿托位数", R, ">=", 2.8, "张", Y, "count",
      "up"),
    T(D, "全市人均期望壽命提高1歲左右", "人均期望寿命提高幅度", R, "~", 1, "岁", Y, "amount", "up",
      ambiguous=True),
]

# bq04 a news site's copy of 深圳商报's 2022-05-11 item on 深圳市's 卫生健康事业发展“十四五”规划: the aims for
# 2025 (`到2025年`), region 深圳市. The headline's two aims restate the body (ambiguous, as earlier sets
# keep a restating headline). Life expectancy first stands in the second paragraph (`人均预期寿命达到84.53岁`,
# scored there); the list of `总目标` restates it (ambiguous) and gives the rest: beds per thousand
# (`千人床位数达到4.5张`, count), grade-3A hospitals (30 家), community health stations (`1000家以上`), ten
# hospitals in the national top-hundred ranking (a count of hospitals to reach, `>=` 10 家), 20 national
# and 100 provincial key disciplines (`争取建成20个国家级和100个省级重点学科`: two targets) and the basic
# medical-insurance enrolment rate (`保持在98%以上`). `专科进入全国前十` sets a rank, not a quantity: left out.
# `1+4+20`, `1个总目标、4大主要任务、20项重点工程`, `56项具体任务`, `七优` and `四大方面` count the plan's own
# parts; the date and time are page furniture.
D, R, Y = "bq04.txt", "深圳市", 2025
A += [
    T(D, "深圳到2025年人均预期寿命达到84.53岁", "人均预期寿命", R, ">=", 84.53, "岁", Y, "amount", "up",
      ambiguous=True),
    T(D, "千人床位数达到4.5张", "每千人口床位数", R, ">=", 4.5, "张", Y, "count", "up", ambiguous=True,
      occ=0),
    T(D, "人均预期寿命达到84.53岁", "人均预期寿命", R, ">=", 84.53, "岁", Y, "amount", "up", occ=1),
    T(D, "包括到2025年人均预期寿命达到84.53岁", "人均预期寿命", R, ">=", 84.53, "岁", Y, "amount", "up",
      ambiguous=True),
    T(D, "千人床位数达到4.5张", "每千人口床位数", R, ">=", 4.5, "张", Y, "count", "up", occ=1),
    T(D, "三甲医院达到30家", "三甲医院数", R, ">=", 30, "家", Y, "count", "up"),
    T(D, "社康机构达到1000家以上", "社康机构数", R, ">=", 1000, "家", Y, "count", "up"),
    T(D, "10家医院进入全国医院排行榜百强", "进入全国医院排行榜百强的医院数", R, ">=", 10, "家", Y, "count",
      "up"),
    T(D, "争取建成20个国家级", "国家级重点学科数", R, ">=", 20, "个", Y, "count", "up"),
    T(D, "100个省级重点学科", "省级重点学科数", R, ">=", 100, "个", Y, "count", "up"),
    T(D, "基本医疗保险参保率保持在98%以上", "基本医疗保险参保率", R, ">=", 98, "%", Y, "rate", "up"),
]

# bq05 湘西网's 2025-03-03 item: 湘西州's health commission starts six 全民健康 actions with aims for the
# end of 2025 (`到2025年底`). Region 湘西州 (`湘西州卫健委`, `全州`; the short form, as earlier sets write
# 迪庆州 and 德宏州). Scored: the salt-and-oil intake knowledge rate (`达50%以上`), the rise of the
# health-literacy level over the year before (`较上年度提升2%`: the aim is the rise itself, named for the
# change; the unit as written, `%`) and life expectancy (`达79.2岁`). `六大行动` is a name.
D, R, Y = "bq05.txt", "湘西州", 2025
A += [
    T(D, "全州居民盐油推荐摄入量知晓率达50%以上", "居民盐油推荐摄入量知晓率", R, ">=", 50, "%", Y, "rate",
      "up"),
    T(D, "居民健康素养水平较上年度提升2%", "居民健康素养水平提升幅度", R, ">=", 2, "%", Y, "rate", "up"),
    T(D, "人均预期寿命达79.2岁", "人均预期寿命", R, ">=", 79.2, "岁", Y, "amount", "up"),
]

# bq06 a local health site's copy (2026-02-09) of 重庆市卫生健康委's `2026年重庆卫生健康工作这么干`: the
# year's eight fields of work after the 2026-02-05 conference (region 重庆市, year 2026). Scored: the
# health-literacy level (`达到38%`), life expectancy (`达到79.9岁`), the TB incidence ceiling
# (`控制在40/10万以下`: `<=`, 1/10万, down) and the premature chronic-disease death rate (`降至11.3%以下`:
# `<=`, down). `8个方面工作`, the section numbers 1 and 2, `十五五`, `强基、稳二、控三` and `两热` are
# counts of the plan's parts and names; the dates are the page's.
D, R, Y = "bq06.txt", "重庆市", 2026
A += [
    T(D, "居民健康素养达到38%", "居民健康素养水平", R, ">=", 38, "%", Y, "rate", "up"),
    T(D, "人均预期寿命达到79.9岁", "人均预期寿命", R, ">=", 79.9, "岁", Y, "amount", "up"),
    T(D, "结核病发病率控制在40/10万以下", "结核病发病率", R, "<=", 40, "1/10万", Y, "rate", "down"),
    T(D, "重大慢病过早死亡率降至11.3%以下", "重大慢性病过早死亡率", R, "<=", 11.3, "%", Y, "rate", "down"),
]

# bq07 中阳县's health bureau: `2024年工作总结与2025年工作计划` (filed 2025-03-12); the excerpt stops inside
# the 2024 review, before any plan for 2025. Every figure is done or present: 110 nursery places, 106
# children enrolled, 1,259 donors and a donation rate per thousand that `达到9.09` (reached, told among
# what was set up and held in 2024), the clinics on line (11 and 103), the registrations, fees waived and
# results shared (168051, 2629234元, 6051, 115240元, 543, 1918, 81598元, 139, 194, 54977.36) —
# achieved figures, not aims; `中卫2024124` is a document number, `2-3岁`/`0--3周岁` age bands, `0元`
# the fee charged, `一号管三天` a rule's name. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
