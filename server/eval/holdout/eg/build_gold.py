#!/usr/bin/env python3
"""Build hold-out set EG's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set EG (gathered on its own branch gather-eg beside sets EB–EF gathered at the same time, and annotated before any
extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent). Its focus — traditional-script pages with health aims and figures from 台湾 (衛福部, 縣市衛生局 plans and
施政計畫), 香港 (施政報告, 醫管局 plans), 澳門 (衛生局 施政方針) and mainland pages in traditional script, 2005–2026 —
is much used by earlier sets (the 衛福部/國健署 budget and 施政 pages, the 醫管局 annual plans, the 澳門 衛生局 replies,
the 888 plan, 長照3.0, the 2015 smoking aim are held or named). It gave six clean pages with an aim, all in the
focus's places: 基隆's 2022 third-dose aim (五成), 陳時中's 2021 dose-coverage aims (七成, 三成, 六成; no year in the
text), 澳門's 2014 forum copy of a paper's item on 2,400 beds by 2020, 點新聞's item on 香港's 2023 施政報告 (a 10%
waiting-time cut, about 5 Greater Bay Area clinics), 香港's 2007-08 施政報告 paragraph 96–98 (simplified script on the
official site: health's share of recurrent spending to 17%), and 基隆's 2021 item on the national 20–25% coverage aim
and the city's 25%; the distractor is 風傳媒's 2019 item on 台湾's smoking rate (achieved figures only).
Files eg01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a later sentence) is ambiguous (cn,
cc05, df03, dl01, dm01); a date like `十月底`/`年底` with no year anywhere in the text takes year null (cz, df01, dl02,
dm); a plan year `2022至23年度` takes the year it starts in (as earlier sets' 醫管局 lines); a share in 成 is a
percentage (`七成` → 70 `%`, SCHEMA's fractions); a bare `達N`/`增至N`/`提升至N` on an up-indicator is `>=`, `約N` `~`
(SCHEMA); a range on a rate is `>=` with value and value_max (SCHEMA); a forecast of tomorrow's level (`預計明天…突破
20%`) is ambiguous; past and present figures are no target (SCHEMA); regions in simplified script (`台湾` for the
island-wide aims, as ba03; `基隆市`, `香港`, `澳门`).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# eg01 a parents' forum (babyhome) copy of an item of 2022-02-16 on 基隆's mass vaccination site. Region 基隆市, year
# 2022 (the post's date; `二月底`). Scored: the third-dose coverage `達到五成` by the end of February (50 %, `>=`).
# Not a target: `三成三` (the present coverage), `十七日` (a date).
D = "eg01.txt"
A += [
    T(D, "第三劑涵蓋率可以達到五成", "新冠疫苗第三剂接种覆盖率", "基隆市", ">=", 50, "%", 2022, "rate", "up"),
]

# eg02 a paper's site (cdns) with 陳時中's answer in the 立法院 on dose coverage (2021 by its content, but no year in
# the text: year null). Region 台湾 (`台灣現在其實很安全`, the island-wide aims). Scored, the first telling: first
# dose `七成` and second dose `三成` by the end of October, second dose `六成` by the year's end. Ambiguous: the same
# three aims told again in the fourth paragraph.
D, R = "eg02.txt", "台湾"
A += [
    T(D, "希望十月底達成第一劑覆蓋率七成", "新冠疫苗第一剂覆盖率", R, ">=", 70, "%", None, "rate", "up"),
    T(D, "第二劑三成", "新冠疫苗第二剂覆盖率", R, ">=", 30, "%", None, "rate", "up", occ=0),
    T(D, "年底拚第二劑覆蓋率達六成", "新冠疫苗第二剂覆盖率", R, ">=", 60, "%", None, "rate", "up"),
    T(D, "這個月底前要達成第一劑疫苗覆蓋率七成", "新冠疫苗第一剂覆盖率", R, ">=", 70, "%", None, "rate", "up",
      ambiguous=True),
    T(D, "第二劑三成", "新冠疫苗第二剂覆盖率", R, ">=", 30, "%", None, "rate", "up", occ=1, ambiguous=True),
    T(D, "第二劑的疫苗覆蓋率達六成", "新冠疫苗第二剂覆盖率", R, ">=", 60, "%", None, "rate", "up",
      ambiguous=True),
]

# eg03 a forum's copy (disanna) of a 澳門 paper's item (2014 by its `一五年初動工`) on the 衛生局 director's answer in
# the 立法會: 2,400 beds and 3.9 beds a thousand by 2020. Region 澳门 (`澳門`, `全澳`), year 2020. Scored: the beds
# `增至二千四百張` (the first telling in the body, a Chinese numeral: 2400 張, `>=`) and `三點九張` a thousand (3.9 張).
# Ambiguous: the headline's `六年後病床增至2,400張` (told again), the pledge's `約有二千四百張` and `每千人有病床三點九張`
# (told again), and `較現時增加約六成` (the same aim as a rise). Not targets: `二點三張` (2012), `一千五百張` (now),
# `七十萬人口` (the base), the hours and `八位人員` (present), `一七年第四季` (a date).
D, R = "eg03.txt", "澳门"
A += [
    T(D, "六年後病床增至2,400張", "病床数", R, ">=", 2400, "張", 2020, "count", "up", ambiguous=True),
    T(D, "病床將從現時約一千五百張,增至二千四百張", "病床数", R, ">=", 2400, "張", 2020, "count", "up"),
    T(D, "屆時每一千人就有三點九張病床", "每千人口病床数", R, ">=", 3.9, "張", 2020, "count", "up"),
    T(D, "至二○二○年全澳約有二千四百張病床", "病床数", R, "~", 2400, "張", 2020, "count", "up", ambiguous=True),
    T(D, "每千人有病床三點九張", "每千人口病床数", R, ">=", 3.9, "張", 2020, "count", "up", ambiguous=True),
    T(D, "較現時增加約六成", "病床数增幅", R, "~", 60, "%", 2020, "rate", "up", ambiguous=True),
]

# eg04 點新聞's item on 李家超's second 施政報告 (2023 by its content; the text gives `2024至25年度` and `2025年`).
# Region 香港 (`全港`, `本港`). Scored: the cut of stable new cases' waiting time in two specialties `10%` in
# 2024至25年度 (year 2024, the year the plan year starts; the cut named for itself, up) and `約5間` Greater Bay Area
# clinics for the elderly health-care voucher (`~`, year null: `明年`, no year of issue in the text). Not targets:
# `全港首間胸痛中心` (an ordinal), `13至17歲` (ages), `2025年` (dates of new services without a number).
D, R = "eg04.txt", "香港"
A += [
    T(D, "減少耳鼻喉科及骨科兩個專科穩定新症的輪候時間10%", "耳鼻喉科及骨科稳定新症轮候时间减少幅度", R, ">=",
      10, "%", 2024, "rate", "up"),
    T(D, "目標先增加約5間醫療機構", "长者医疗券大湾区试点医疗机构数", R, "~", 5, "間", None, "count", "up"),
]

# eg05 the 2007-08 施政報告 on its official site (simplified script), paragraphs 96–98 (cut at `能够`, as returned).
# Region 香港. Scored: health's share of recurrent government spending `由现时15%增加至二零一一至一二年度的17%` (17 %,
# year 2011, the year the plan year starts). Not targets: the over-65s' share `超过四分之一` by 2030 (a projection),
# `八分之一` and `15%` (now).
D = "eg05.txt"
A += [
    T(D, "增加至二零一一至一二年度的17%", "医疗卫生占政府经常开支比例", "香港", ">=", 17, "%", 2011, "rate", "up"),
]

# eg06 今周刊's site (businesstoday) with 基隆's item of 2021-07-13 on the coverage aim for the end of July. Year 2021.
# Scored: the president's aim for every county `20至25%` (region 台湾, scope 各县市, `>=` with value_max) and 基隆's
# own `朝25%目標邁進` (region 基隆市). Ambiguous: the aim told again (`需達人口數20-25%`), and the forecast that the
# city passes 20% tomorrow (the headline, twice, and twice in the body). Not targets: `18.4%`, `99.2%`, `80.6%`
# (achieved), `68-69歲`, `65歲至67歲` (ages).
D = "eg06.txt"
A += [
    T(D, "明突破20%", "新冠疫苗接种覆盖率", "基隆市", ">", 20, "%", 2021, "rate", "up", occ=0, ambiguous=True),
    T(D, "明突破20%", "新冠疫苗接种覆盖率", "基隆市", ">", 20, "%", 2021, "rate", "up", occ=1, ambiguous=True),
    T(D, "讓全國各縣市疫苗接種覆蓋率人口數的20至25%", "新冠疫苗接种覆盖率", "台湾", ">=", 20, "%", 2021, "rate",
      "up", scope="各县市", value_max=25),
    T(D, "基隆市的施打率預計在明天達標,突破20%", "新冠疫苗接种覆盖率", "基隆市", ">", 20, "%", 2021, "rate",
      "up", ambiguous=True),
    T(D, "全國各縣市疫苗接種覆蓋率需達人口數20-25%", "新冠疫苗接种覆盖率", "台湾", ">=", 20, "%", 2021, "rate",
      "up", scope="各县市", value_max=25, ambiguous=True),
    T(D, "全市疫苗施打率將突破20%", "新冠疫苗接种覆盖率", "基隆市", ">", 20, "%", 2021, "rate", "up",
      ambiguous=True),
    T(D, "並朝25%目標邁進", "新冠疫苗接种覆盖率", "基隆市", ">=", 25, "%", 2021, "rate", "up"),
]

# eg07 風傳媒's item of 2019-05-20 on 台湾's adult smoking rate (14.5% in 2017, 6.6% of junior-high pupils who saw
# smoking at school in 2018): achieved figures only, the distractor; `無菸國家` has no number. No gold line.

if __name__ == "__main__":
    write_gold(A, HERE)
