#!/usr/bin/env python3
"""Build hold-out set BX's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BX (gathered on main 3421109, beside sets BV, BW and BY gathered at the same time in /work/wt/gbv,
gbw and gby, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent): plans with a list of main indicators told
with their base and target values — a province's 卫生健康 action scheme for 2027 with its list of aims
(江西, 2024), the national 健康中国2030 纲要's indicators with their present values and 2030 values
(a spam-headed traditional mirror of 半岛都市报, 2016), the national 医疗卫生服务体系规划纲要 draft's
bed aim for 2020 (a traditional mirror of 甘肃日报, 2015), a city's health conference with its
five-year hospital aims (苏州, 2020, traditional with pinyin glosses), the national 十四五国民健康规划's
life-expectancy rise for 2025 beside its 2015→2020 figures (中新社, 2022), the 健康中国2030 纲要's
two-step life-expectancy aims (人民日报海外版, 2016) and the news of the 2021 national health
statistics bulletin (achieved figures only: the distractor).
Files bx01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

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

# bx01 a news portal's copy (fyun, 2024-04-11) of 信息日报's item: 江西's 卫生健康“四区四高地” action scheme
# (2024—2027年) and its aims for 2027. Region 江西省 (`江西`, `全省`), year 2027 (`到2027年`, `2027年`). Scored:
# life expectancy 79 in the headline and again in the body (occ 0 and 1: the headline is kept and scored, as
# ww07's), the residents' health-literacy level (32%), the shares of counties (cities, districts) with a
# public general hospital, a TCM hospital and a maternal-and-child hospital of grade 2A or above
# (`100%、90%、65%的县(市、区)分别建成…`: three targets read in order, each quote running from the list to
# its own noun, as the development set's d12 reads `分别…和…`), the share of counties completing the five
# treatment centres (100%) and the signing coverage of the key groups (`签约服务覆盖率达85%以上`: indicator
# 签约服务覆盖率, scope 重点人群, as SCHEMA's `重点人群覆盖率`). Not targets: the subhead `2027年县(市、区)全部
# 建成二甲以上公立综合医院` (`全部`, no number: SCHEMA), `基本达到血吸虫病消除标准` and `进入全国第一方阵` (no
# number), `四区四高地` (a name), the dates. The page goes on to a second subhead (`县级家庭健康服务中心覆盖率达
# 70%以上`) and its paragraph, cut in its middle (`托位使用率达50%以上,青`): the excerpt ends at the paragraph
# before it, keeping the page at eight scored lines.
D, R, Y = "bx01.txt", "江西省", 2027
A += [
    T(D, "2027年全省人均预期寿命达79岁", "人均预期寿命", R, ">=", 79, "岁", Y, "amount", "up", occ=0),
    T(D, "2027年全省人均预期寿命达79岁", "人均预期寿命", R, ">=", 79, "岁", Y, "amount", "up", occ=1),
    T(D, "居民健康素养水平达32%", "居民健康素养水平", R, ">=", 32, "%", Y, "rate", "up"),
    T(D, "全省100%、90%、65%的县(市、区)分别建成二甲以上的公立综合医院",
      "建成二甲以上公立综合医院的县(市、区)比例", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "90%、65%的县(市、区)分别建成二甲以上的公立综合医院、中医院",
      "建成二甲以上中医院的县(市、区)比例", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "65%的县(市、区)分别建成二甲以上的公立综合医院、中医院和妇幼保健院",
      "建成二甲以上妇幼保健院的县(市、区)比例", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "100%县域完成胸痛、卒中、创伤、危重症产妇救治、危重新生儿救治中心建设",
      "完成胸痛、卒中、创伤、危重症产妇救治、危重新生儿救治中心建设的县域比例", R, ">=", 100, "%", Y,
      "rate", "up"),
    T(D, "重点人群签约服务覆盖率达85%以上", "签约服务覆盖率", R, ">=", 85, "%", Y, "rate", "up",
      scope="重点人群"),
]

# bx02 a spam-headed mirror (jr22wz, traditional) of 半岛都市报's 2016-10-26 item on the 健康中国2030 规划纲要:
# the 2020 and 2030 indicators, most told with their present value (`分別從目前的8。1‰、10。7‰和20。1/10萬,下降
# 至2030年的5。0‰、6。0‰和12/10萬`). The page writes the decimal point as `。` (`5。0‰`, `5。3億人`): read as
# 5.0, 6.0 and 5.3 (the present values beside them, 8。1/10。7/20。1, and the plan's own figures leave no
# other reading); not marked ambiguous, but listed as a schema question in SOURCES. Region 全国 (the text's
# 中國, a national plan, as d09). Scored: the subhead `15歲以上吸煙率降至20%` (year 2030 from the body
# that repeats it, `到2030年,15歲以上人群吸煙率降至20%`; both scored, as headlines are), life expectancy
# 77.3 for 2020 and 79 for 2030, the infant, under-five and maternal mortality ceilings for 2030 (three
# targets from one `分別` list, each quote running from its indicator to its own number), the
# health-literacy level (30%) and the people exercising regularly (`5。3億人`: 530000000 人, as bt04 writes
# 4.35億). Not targets: the present 8。1‰, 10。7‰, 20。1/10萬 and 3。6億人 (2014), `到2050年` (no number), the
# page's date and its spam header.
D, R = "bx02.txt", "全国"
A += [
    T(D, "15歲以上吸煙率降至20%", "15岁以上人群吸烟率", R, "<=", 20, "%", 2030, "rate", "down"),
    T(D, "2020年,人均預期壽命達到77.3歲", "人均预期寿命", R, ">=", 77.3, "岁", 2020, "amount", "up"),
    T(D, "2030年達到79歲", "人均预期寿命", R, ">=", 79, "岁", 2030, "amount", "up"),
    T(D, "嬰兒死亡率、5歲以下兒童死亡率、孕產婦死亡率分別從目前的8。1‰、10。7‰和20。1/10萬,下降至2030年的5。0‰",
      "婴儿死亡率", R, "<=", 5.0, "‰", 2030, "rate", "down"),
    T(D, "5歲以下兒童死亡率、孕產婦死亡率分別從目前的8。1‰、10。7‰和20。1/10萬,下降至2030年的5。0‰、6。0‰",
      "5岁以下儿童死亡率", R, "<=", 6.0, "‰", 2030, "rate", "down"),
    T(D, "孕產婦死亡率分別從目前的8。1‰、10。7‰和20。1/10萬,下降至2030年的5。0‰、6。0‰和12/10萬",
      "孕产妇死亡率", R, "<=", 12, "1/10万", 2030, "rate", "down"),
    T(D, "居民健康素養水平提升至30%", "居民健康素养水平", R, ">=", 30, "%", 2030, "rate", "up"),
    T(D, "經常參加體育鍛煉人數從2014年的3。6億人上升至5。3億人", "经常参加体育锻炼人数", R, ">=", 530000000,
      "人", 2030, "count", "up"),
    T(D, "15歲以上人群吸煙率降至20%", "15岁以上人群吸烟率", R, "<=", 20, "%", 2030, "rate", "down"),
]

# bx03 a paper-index site's copy (victorzhang, traditional with pinyin glosses) of 甘肃日报's 2015 item on the
# draft 全国医疗卫生服务体系规划纲要(2015—2020年): its bed aim for 2020 (`實現2020年千人口床位數達到6張的目標`:
# a per-thousand count, `>=`, as ww06's beds), region 全国 (a national plan). The draft (`公開征求意見稿`) is
# still the plan's aim. Not targets: the siting norms `原則上設置1個縣辦綜合醫院和1個縣辦中醫類醫院` and `每100萬
# 至200萬人設置1個至2個地市辦綜合性醫院` (norms, `原则上`: rules of a standard, as bu02's siting norm),
# `50萬人以上的縣` (the condition of a norm), the plan's years 2015—2020. This page was left free by set BT
# (`one aim beside setting norms`).
D, R, Y = "bx03.txt", "全国", 2020
A += [
    T(D, "2020年千人口床位數(shù)達(dá)到6張", "每千人口床位数", R, ">=", 6, "张", Y, "count", "up"),
]

# bx04 a news site's special (loginbisaqq, 2020-05-23 by its URL, traditional with pinyin glosses) on 苏州's
# health conference of 22 May: the city's aims `力爭5年內全市新增10家三甲醫院,具有臨床資格的醫療機構達15至20家`
# (two counts; the second a range, `>=` 15 with value_max 20). Region 苏州市 (`蘇州`, `全市`). Year null:
# `5年內` is a span from a text that names no year of its own (bu02's `3年内`, bs04's `未来3年`). Not targets:
# `未來10年…打造中國藥谷` (no number), 2019's 83.82歲, 上海's 83.66歲, 31.84% and the rise of 0.28歲, the
# centres already built (8, 22, 1, 12, 14, 10, 43 家), 160萬余人 screened and 77萬余針次 given (all the
# present). The page goes on to a subhead `5年內新增10家三甲醫院` and a paragraph cut in its middle; the
# excerpt ends at the paragraph before them.
D, R = "bx04.txt", "苏州市"
A += [
    T(D, "力爭5年內(nèi)全市新增10家三甲醫院", "新增三甲医院数", R, ">=", 10, "家", None, "count", "up"),
    T(D, "具有臨床資格的醫療機構(gòu)達15至20家", "具有临床资格的医疗机构数", R, ">=", 15, "家", None, "count",
      "up", value_max=20),
]

# bx05 a portal's copy (yexian114, 2022-05-20) of 中新社's item on the 十四五国民健康规划: its one numbered aim,
# life expectancy to rise by about a year on 2020 by 2025 (`继续提高1岁左右`: a rise, indicator …提高幅度, `~`,
# unit 岁), told in the headline, the lead and the 发展目标 paragraph (occ 0, 1, 2; all scored, as headlines
# and restated aims are). The rise is the only form of the aim (no level is given), so it is scored (as
# gg09's `提高1.3岁以上` and bt04's `增加1歲`); the development set's d09 marks the same sentence ambiguous —
# listed as a schema question in SOURCES. Region 全国, year 2025. Not targets: the 2015→2020 figures
# (76.34→77.93岁, 8.1→5.4‰, 10.7→7.5‰, 20.1→16.9/10万, 27.7%: the past), `人均健康预期寿命同比例提高` (no number),
# `三孩` (a name), the date and the portal's search words. The page goes on to a paragraph on the elderly
# cut in its middle; the excerpt ends at the paragraph before it.
D, R, Y = "bx05.txt", "全国", 2025
N = "人均预期寿命提高幅度"
A += [
    T(D, "人均预期寿命在2020年基础上继续提高1岁左右", N, R, "~", 1, "岁", Y, "amount", "up", occ=0),
    T(D, "人均预期寿命在2020年基础上继续提高1岁左右", N, R, "~", 1, "岁", Y, "amount", "up", occ=1),
    T(D, "人均预期寿命在2020年基础上继续提高1岁左右", N, R, "~", 1, "岁", Y, "amount", "up", occ=2),
]

# bx06 a school site's copy (sxjhsd) of 人民日报海外版's 2016-10-27 commentary on the 健康中国2030 规划纲要's
# life-expectancy aims. Region 全国 (`全国`, `中国`). Scored: 79 by 2030 (the lead), 77.3 by 2020 and 79 by
# 2030 (the `两步走` steps). Ambiguous: `比目前的水平增3岁` is the rise that says the same as the level before
# it (as gg10's `增加4岁`), and `人均预期寿命达到79岁究竟意味着什么` names the aim as the topic of a question.
# Not targets: the world, developing, upper-middle, US and OECD figures (71.5, 69.8, 73.8, 78.9, 81岁), the
# past (71.4→76.34岁, `累计增长5岁`), 北京/天津/上海's 2015 levels, `1/3左右的时间`, the labels `71后`…`80后`
# (names). The page goes on to the other indicators (`如婴儿死亡率到2030`) and is cut there; the excerpt ends
# at the paragraph before it.
D, R = "bx06.txt", "全国"
A += [
    T(D, "到2030年全国人均预期寿命将达到79岁", "人均预期寿命", R, ">=", 79, "岁", 2030, "amount", "up"),
    T(D, "比目前的水平增3岁", "人均预期寿命提高幅度", R, ">=", 3, "岁", 2030, "amount", "up", ambiguous=True),
    T(D, "人均预期寿命达到79岁究竟意味着什么", "人均预期寿命", R, ">=", 79, "岁", 2030, "amount", "up",
      ambiguous=True),
    T(D, "到2020年,中国人均预期寿命达到77.3岁", "人均预期寿命", R, ">=", 77.3, "岁", 2020, "amount", "up"),
    T(D, "到2030年,人均预期寿命进一步提高至79岁", "人均预期寿命", R, ">=", 79, "岁", 2030, "amount", "up"),
]

# bx07 a spam-headed mirror (odtusol, traditional) of 人民日报's 2022-07-13 item on the 2021 national health
# statistics bulletin: life expectancy 77.93→78.2歲, institution and staff counts, doctors, nurses and
# general practitioners per head, the health expenditure and its shares, visits — all the year's results
# (`提高到2021年的78.2歲` is achieved, not an aim). No gold line: every prediction here is a false positive.
# Left free by sets BJ and BT as a spare distractor. The page goes on to the visits by level, cut in its
# middle; the excerpt ends at the paragraph before it.

write_gold(A, HERE)
