#!/usr/bin/env python3
"""Build hold-out set DY's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DY (gathered on main 7ed6f8ad, after the merge of set DX, and annotated before any extractor run: the annotator
ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent). Its focus — pages that
earlier gatherers found clean but left unused (the `Left unused though clean` and spare-distractor lists of DP, DQ,
DR, DS, DT, DU, DV and older sets), any topic and level, such a named page being allowed for this set only — gave
five of the seven pages: 恩施州's 2018 厕所革命 item (DV: the 2020 coverage, five kinds of toilet counts and this
year's two counts; a fund set aside), 河北's 2024 spine screening of 1200万 pupils (DR), 雲林縣's 2026 preschool
vision screening (DS: traditional), 双峰县's second round of free 两癌 screening (DV: no year in the text), 广州's
first city 老年医院 (DK: traditional with converter glosses), and the distractor, 石家庄's 2025 spine-screening
results (DR's spare). Two named pages were dropped as their aims are held in other words (湖北's 1267万 cervical
screening, ao02; 大千竹南醫院's 450 beds, dt02), and one page no SOURCES file names was taken: a portal's copy of an item
on 新加坡's polyclinics and hospital beds by 2030 (traditional; the polyclinic aim is the one DS named on wwdollmask 87).
Files dy01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a later sentence) is ambiguous (cn,
dl01, dm01, dx05); money a plan sets aside (`每年安排1000万元`) is ambiguous (dm, ds); `今年` with no year anywhere
in the text takes year null (cz, df01, dl02, dm01) — the address's year is not used; a bare figure or `完成N` on an
up-indicator is `>=`, `约`/`左右` on a count is `~`, up (SCHEMA, bt05, dm); a count in `万` keeps its `万` (`38.97万户`
→ 38.97 万户, ds01, dm01), and a head count with no counting word takes `万人` (BP, CX, dg04); planned floor areas of
a building project are ambiguous (a specification, not a service aim); a count in a small Chinese numeral that is not
per unit is scored (dt02's `四百五十床`), but one that counts a subset of another aim is ambiguous; past and present
figures are no target (SCHEMA); a traditional page keeps its converter glosses (`規(guī)劃`) as the corpus gave
them, and a quote copies them (dg, dm, ds06).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dy01 长江云's 宣恩 site (xuanen.cjyun.org 48141) with 恩施日报's item on the prefecture's 厕所革命 (its source link
# gives 2018/04/25; the text says `今年初…三年攻坚行动实施方案` and `2018年至2020年`, so `今年` is 2018, the plan's
# first year, read from the text); the page's closing `请输入验证码` dropped. Region 恩施州 (`我州`, `全州`). Scored:
# the 2020 household count `38.97万户` (万户), the five public-toilet counts by 2020 (`2360座` rural, `237座` city,
# `362座` township, `80座` roadside, `169座` tourist), the 2020 coverage `普及率达100%`, and this year's `74750户`
# household toilets and `1012座` other public toilets (year 2018). Ambiguous: `每年安排1000万元` (money set aside).
# Not targets: the achieved counts to 4月10日 (`415户`, `51座`, `13座`, `13座`, `10座`), `四个一批`.
D, R = "dy01.txt", "恩施州"
A += [
    T(D, "每年安排1000万元“厕所革命”专项资金", "厕所革命专项资金", R, ">=", 1000, "万元", 2020, "amount", "up",
      ambiguous=True),
    T(D, "全面完成全州38.97万户农户无害化厕所新建、改造提升任务", "农户无害化厕所新建改造数", R, ">=", 38.97, "万户",
      2020, "count", "up"),
    T(D, "完成2360座农村公共厕所", "农村公共厕所建设数", R, ">=", 2360, "座", 2020, "count", "up"),
    T(D, "237座城市公共厕所", "城市公共厕所建设数", R, ">=", 237, "座", 2020, "count", "up"),
    T(D, "362座乡镇公共厕所", "乡镇公共厕所建设数", R, ">=", 362, "座", 2020, "count", "up"),
    T(D, "80座交通沿线厕所", "交通沿线厕所建设数", R, ">=", 80, "座", 2020, "count", "up"),
    T(D, "169座旅游公共厕所建设任务", "旅游公共厕所建设数", R, ">=", 169, "座", 2020, "count", "up"),
    T(D, "全州农村无害化厕所普及率达100%", "农村无害化厕所普及率", R, ">=", 100, "%", 2020, "rate", "up"),
    T(D, "今年全州将建设农户无害化厕所74750户", "农户无害化厕所建设数", R, ">=", 74750, "户", 2018, "count", "up"),
    T(D, "建设其他四类公厕1012座", "其他四类公厕建设数", R, ">=", 1012, "座", 2018, "count", "up"),
]

# dy02 a portal's copy (vogue.ssrw.cn 54585) of the item on the launch of 河北's 2024 spine-screening work (3月2日);
# the portal's disclaimer and a car advertisement after it dropped. Region 河北省 (`全省`), year 2024 (`2024年河北省…
# 启动`, `今年`). Scored: `今年全省将完成1200万中小学生脊柱侧弯筛查` (a head count with no counting word: 1200 万人).
# Not targets: `2023年…列为民生工程` (no figure).
D, R, Y = "dy02.txt", "河北省", 2024
A += [
    T(D, "今年全省将完成1200万中小学生脊柱侧弯筛查", "中小学生脊柱侧弯筛查人数", R, ">=", 1200, "万人", Y, "count",
      "up"),
]

# dy03 Yahoo's copy (tw.news.yahoo 064639123) of 互傳媒's item of 2026-01-16 on 雲林縣's preschool vision screening
# by ophthalmologists, traditional script, kept with its leading ` date 2026-01-16` and cut mid-sentence as returned.
# Region 云林县 (`雲林縣政府`, `全縣`), year 2026 (the date line; `今(16)日`). Scored: the kindergartens to be reached,
# `全縣152所幼兒園` (所), and the pupils to be served, `約4,000多名學童` (`約` → `~`, up). Not targets: the surveyed
# shares `9%`, `26.6%`, `58.7%` (present figures).
D, R, Y = "dy03.txt", "云林县", 2026
A += [
    T(D, "將逐步推動至全縣152所幼兒園", "学龄前视力筛检覆盖幼儿园数", R, ">=", 152, "所", Y, "count", "up"),
    T(D, "照顧約4,000多名學童", "学龄前视力筛检服务学童数", R, "~", 4000, "名", Y, "count", "up"),
]

# dy04 红网's 娄底 item (moment.rednet.cn 20150804/200022; the text itself has no year: `8月3日`, `去年以来`, `今年`)
# on 双峰县's second round of free 两癌 screening. Region 双峰县, year null (`今年`, no year written). Scored: `今年将为
# 全县5000名30-60岁的农村妇女进行宫颈癌和乳腺癌的免费筛查` (名). Not targets: last year's `5294人次`, the first day's
# `60余名`, the age band `30-60岁`.
D, R = "dy04.txt", "双峰县"
A += [
    T(D, "今年将为全县5000名30-60岁的农村妇女进行宫颈癌和乳腺癌的免费筛查", "农村妇女两癌免费筛查人数", R, ">=",
      5000, "名", None, "count", "up", scope="30-60岁农村妇女"),
]

# dy05 a spam-headed mirror (sczckj 6436579) of 广州日报's item of 2020-07-01 on the start of 广州市老年医院, in
# traditional script with converter glosses (`規(guī)劃`); its first line (a list of spam titles) dropped. Region 广州市,
# year 2023 (`計(jì)劃于2023年建成投用`). Scored: the body's first `規(guī)劃總床位1000張` and the first phase's
# `一期工程建設(shè)床位500張` (year 2023 as the plan's, the text giving no other). Ambiguous: the headline's
# `規(guī)劃床位1000張` and the second `規(guī)劃總床位1000張` (told again); the planned floor areas `18萬(wàn)平方米`
# and `13.3萬(wàn)平方米` (a building's specification). Not targets: the site area `4萬(wàn)平方米` (the land as
# it is), the dates.
D, R, Y = "dy05.txt", "广州市", 2023
A += [
    T(D, "規(guī)劃床位1000張", "市老年医院规划床位数", R, ">=", 1000, "张", Y, "count", "up", ambiguous=True),
    T(D, "規(guī)劃總床位1000張,計(jì)劃于2023年建成投用", "市老年医院规划床位数", R, ">=", 1000, "张", Y,
      "count", "up"),
    T(D, "規(guī)劃總床位1000張,規(guī)劃建筑面積18萬(wàn)平方米", "市老年医院规划床位数", R, ">=", 1000, "张", Y,
      "count", "up", ambiguous=True),
    T(D, "規(guī)劃建筑面積18萬(wàn)平方米", "市老年医院规划建筑面积", R, "=", 18, "万平方米", Y, "count", "up",
      ambiguous=True),
    T(D, "一期工程建設(shè)床位500張", "市老年医院一期床位数", R, ">=", 500, "张", Y, "count", "up"),
    T(D, "建筑面積13.3萬(wàn)平方米", "市老年医院一期建筑面积", R, "=", 13.3, "万平方米", Y, "count", "up",
      ambiguous=True),
]

# dy06 快讀's copy (fastread.xyz 460883) of an item on 新加坡 health minister 王乙康's words in the budget debate
# (a Friday 3月3日, so 2023 by the calendar; the text names no year: `星期五(3月3日)`, `今年內`), traditional script. Region 新加坡 (`我國`). Scored:
# `在2030年之前將綜合診療所增加至32個` (year 2030), `在下來五年多添1900個公共醫院床位` (year null: five years from
# an unwritten year), `四個綜合診療所會在2026年前竣工` (year 2026), `六所將在2030年前完成重建` and `另外有八個會在2030年
# 前落成` (year 2030; counts in Chinese numerals, not per unit). Ambiguous: `四個綜合診療所會在2030年前完成` (the eight
# of 2030 include them). Not targets: the present `23所`, `約1萬1000個` beds, the dates 2024, 2027.
D, R = "dy06.txt", "新加坡"
A += [
    T(D, "在2030年之前將綜合診療所增加至32個", "综合诊疗所数", R, ">=", 32, "个", 2030, "count", "up"),
    T(D, "在下來五年多添1900個公共醫院床位", "新增公共医院床位数", R, ">=", 1900, "个", None, "count", "up"),
    T(D, "四個綜合診療所會在2026年前竣工", "竣工综合诊疗所数", R, ">=", 4, "个", 2026, "count", "up"),
    T(D, "四個綜合診療所會在2030年前完成", "完成综合诊疗所数", R, ">=", 4, "个", 2030, "count", "up",
      ambiguous=True),
    T(D, "六所將在2030年前完成重建", "重建综合诊疗所数", R, ">=", 6, "所", 2030, "count", "up"),
    T(D, "另外有八個會在2030年前落成", "新落成综合诊疗所数", R, ">=", 8, "个", 2030, "count", "up"),
]

# dy07 the distractor: 中国中医药网's item (cntcm c280204, 2025-07-25) on 石家庄's completed spine screening of 2025.
# Every figure is achieved or present (`145万余人`, `连续3年`, `79家` screening and `35家` control institutions set
# up): no gold line.

write_gold(A, HERE)
