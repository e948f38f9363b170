#!/usr/bin/env python3
"""Build hold-out set EA's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set EA (gathered on main 33199651, after sets DT–DZ were on main, and annotated before any extractor run: the
annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent). Its focus —
pages that earlier gatherers found clean but left unused or kept as spare distractors (the `Left unused though clean`
and spare lists of DN–DZ), any health topic and level, a page named only so being allowed for this set if no set holds
it and its text passes the duplicate check — gave all seven pages: 恩施市's 2006 rabies drive (about 15万 dogs to be
vaccinated, DP), 长春's 2010 move of its 13 city first-aid stations into fire stations (traditional script with
converter glosses, DP), 新北's 2026 aim of 132 public childcare centres (traditional, Chinese numerals, DR), the 2023
national pilot of 紧密型城市医疗集团 (2 to 3 cities a province, DT), 乐亭县's 2017 free check-ups of 6.1万 elderly
(DN, DM), 海南's 2023 classroom-lighting 实事 of 3700余 classrooms (traditional with glosses, DN) and 三江县's 2024
rabies figures (achieved figures only: the distractor, DP's spare). These pages were left because each holds one aim,
so the set is small: six scored lines.
Files ea01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's `all` row.
It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a later sentence) is ambiguous (cn,
dl01, dm01); past and present figures are no target (SCHEMA); `约N` → `~` (SCHEMA); `N余` → `>=` N (as earlier sets'
`20余支`, `1200余名`); a count in `万` keeps its `万` (`6.1万名` → 6.1 万名, dq); a count in Chinese numerals is scored
(bg's `五千張`), while a per-unit norm or a frequency in a Chinese numeral is ambiguous (az, av01, bp); a per-station
staffing rule told as what the rules say (`按照規定,每個急救站16名工作人員`) is a norm, not an aim (DT's 護病比
pages were left for that reason): ambiguous; a range (`2到3个`) is value and value_max, `=` for a neutral count
(SCHEMA); `今年` with no year written in the text leaves the year null (dv01, dv06); a 民生实事 year written in the
text is the year (ea06's `2023年為民辦實事`); a traditional page keeps its converter glosses (`據(jù)悉`) as the corpus
gave them, and a quote copies them (dg, dm).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ea01 中国饲料's site (chinafeed, from a 晚报 item) of 2006-08-24 on 恩施市's emergency rabies drive; its mailbox and
# copyright lines dropped. Region 恩施市, year 2006 (`日期:2006-08-24`). Scored: the decision to vaccinate `约15万只`
# household dogs (~ 15 万只). Ambiguous: the headline's `15万只` (the aim told again). Not targets: `8月22日`, `2只`
# (the first dogs vaccinated: a fact).
D, R, Y = "ea01.txt", "恩施市", 2006
A += [
    T(D, "决定对全市约15万只家养犬实施免疫注射", "家养犬狂犬病免疫注射数", R, "~", 15, "万只", Y, "count", "up"),
    T(D, "恩施市15万只家养犬实施免疫注射", "家养犬狂犬病免疫注射数", R, ">=", 15, "万只", Y, "count", "up",
      ambiguous=True),
]

# ea02 a spam-headed mirror (yh9t5) of an item of 2010-06-03 on 长春's 120 stations moving into fire stations, in
# traditional script with converter glosses; the spam line and the breadcrumb `首頁 > 新聞 > 國內(nèi) >` dropped; the
# excerpt stops at `啟動儀式後`. Region 长春市, year 2010 (the dateline; `年底前`). Scored: `年底前,…13家急救站都將進(jìn)駐
# 至消防站` (13 家, scope 城区). Ambiguous: the subhead's `市區(qū)13家急救站,都將進(jìn)駐消防站` (told again) and the
# per-station rule `每個急救站16名工作人員,4臺急救車` (a norm `按照規(guī)定`, two lines). Not targets: the present
# `60輛急救車`, `180余次`, `平均10分鐘左右到達(dá)現(xiàn)場` (`做到了`: achieved), `分4班制`, `120`/`119` (names).
D, R, Y = "ea02.txt", "长春市", 2010
A += [
    T(D, "年底前,長春市城區(qū)的13家急救站都將進(jìn)駐至消防站", "进驻消防站的急救站数", R, ">=", 13, "家", Y,
      "count", "up", scope="城区"),
    T(D, "市區(qū)13家急救站,都將進(jìn)駐消防站", "进驻消防站的急救站数", R, ">=", 13, "家", Y, "count", "up",
      scope="城区", ambiguous=True),
    T(D, "每個急救站16名工作人員", "每个急救站工作人员数", R, ">=", 16, "名", Y, "count", "up", ambiguous=True),
    T(D, "4臺急救車", "每个急救站急救车数", R, ">=", 4, "台", Y, "count", "up", ambiguous=True),
]

# ea03 Yahoo's copy (tw.news.yahoo 131436619) of a paper's item on 新北's 129th and 130th public childcare centres,
# in traditional script with Chinese numerals; taken whole. Region 新北市; year null (`今年`, `全年`: no year written in
# the text; the item is of January 2026). Scored: `全年目標達到一百三十二家` (132 家, Chinese numerals, as bg's
# `五千張`). Ambiguous: `今年下半年將再成立兩家` (the same aim told as the two still to open). Not targets: the present
# `一百三十家`, `六千五百五十五名`, `百分之四十五`, OECD's `百分之三十六`, the capacities `一百名`, `六十名`, `四十名`
# (of centres now opened), the ordinals `第一百二十九家`, `第一百三十家`, and the dates.
D, R, Y = "ea03.txt", "新北市", None
A += [
    T(D, "全年目標達到一百三十二家", "公共托育中心数", R, ">=", 132, "家", Y, "count", "up"),
    T(D, "今年下半年將再成立兩家公共托育中心", "新成立公共托育中心数", R, ">=", 2, "家", Y, "count", "up",
      ambiguous=True),
]

# ea04 a site's note (yejin.dzwindows 2094) on the seven ministries' 紧密型城市医疗集团 pilot scheme; taken whole. Region
# 全国 (the ministries' scheme for every province); year null (`今年`, no year written; the address gives 2023).
# Scored: `今年将在每个省份选择2到3个设区的市进行试点` (2–3 个, `=`, a neutral count of pilot cities, scope 每个省份).
# Not targets: `七部门`, `今年上半年…完成…网格化布局` (no number).
D, R, Y = "ea04.txt", "全国", None
A += [
    T(D, "今年将在每个省份选择2到3个设区的市进行试点", "紧密型城市医疗集团建设试点城市数", R, "=", 2, "个", Y, "count",
      "band", scope="每个省份", value_max=3),
]

# ea05 a portal (yuleba 38-36868) copying 河北新闻网's item of 2017-09-25 on 乐亭县's free check-ups of the elderly; the
# breadcrumb, the bullet before the title and the `关键词/最近更新/推荐资讯` tail dropped. Region 乐亭县, year 2017 (the
# dateline; `今年8月初至9月底`). Scored: the check-ups of `6.1万名65周岁及以上老年人` (6.1 万名, `>=`, scope the 65-and-
# over). Not targets: the title's `65周岁` (an age), `5时30分`, `14个乡镇`, `160余名` staff (present), and `截至9月18日,
# 全县已有3万余名` (achieved).
D, R, Y = "ea05.txt", "乐亭县", 2017
A += [
    T(D, "乐亭县为全县6.1万名65周岁及以上老年人进行包括血常规", "老年人免费健康体检人数", R, ">=", 6.1, "万名", Y,
      "count", "up", scope="65周岁及以上老年人"),
]

# ea06 a portal (222abab 16926777762375) copying 海南日报's item of August 2023 on the province's classroom-lighting
# 实事, in traditional script with converter glosses; its `熱門推薦/今日推薦/獨家專欄` tail dropped. Region 海南省 (the
# headline's `海南`, `我省`), year 2023 (`2023年為民辦實事事項之一`). Scored: `將為全省公辦普通高中(含部分初中)3700余間
# 普通教室照明進行改造` (3700 间, `>=`). Ambiguous: `預計本月底能夠按時全部完成3700余間` (told again). Not targets:
# `2500余間` (done by 8月15日: achieved, in the headline and the text), `6月`, `8月15日`.
D, R, Y = "ea06.txt", "海南省", 2023
A += [
    T(D, "將為全省公辦普通高中(含部分初中)3700余間普通教室照明進行改造", "普通教室照明改造数", R, ">=", 3700, "间", Y,
      "count", "up", scope="公办普通高中"),
    T(D, "預計本月底能夠按時全部完成3700余間教室照明改造任務", "普通教室照明改造数", R, ">=", 3700, "间", Y, "count",
      "up", ambiguous=True),
]

# ea07 a county site's note (tczxw 166782) on 三江县's 2024 spring rabies work; its 上一篇/下一篇 links dropped. The
# distractor: `2024年,全县存栏犬类8963只`, `挂牌3个`, `4523例` are figures of the present and of work done; `病死率高达
# 100%` is a fact of the disease; `每个乡镇设一个` describes the points designated; `(2022-2030年)` is a plan's name. No
# target.

if __name__ == "__main__":
    write_gold(A, HERE)
