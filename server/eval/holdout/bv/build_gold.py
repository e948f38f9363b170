#!/usr/bin/env python3
"""Build hold-out set BV's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BV (gathered on main 3421109, beside sets BW, BX and BY gathered at the same time in
/work/wt/gbw, /work/wt/gbx and /work/wt/gby, and annotated before any extractor run: the annotator
ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent):
county- and district-level health aims from provinces spread over the country — a county's 十一五
health aims for 2010 (a template site's copy, traditional with pinyin glosses; the county unnamed),
雄县's health-record drive (河北, aims for the year's end), 香格里拉县's cataract operations for 2012
(云南), 伊通's village clinics and vaccination rooms for 2015 (吉林), 衡东县's screening tasks for 2018
(湖南, with the progress made), a district's free check-ups for the elderly in 2025 (淳溪, 南京's
高淳区, the district unnamed in the text) and 宿松县's 2021 review (安徽, traditional; achieved figures
only: the distractor).
Files bv01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bv01 a template site's copy (bjhyfc, spam-headed, traditional script with pinyin glosses such as
# `衛(wèi)生`; 2006-06 by its URL) of a county's 十一·五衛生事業發展目標, cut after its second paragraph
# (the third stops mid-sentence at `能夠及`). Region 我县: the text names no county, only `我縣`
# (as earlier sets write `我镇`, `全区`). All aims are for 2010 (`2010年…`). Scored: the rise of life
# expectancy over 2005 (`2010年增加0.5歲`: a rise, named for the rise, 岁, amount up, as bt04's
# `增加1歲`), the maternal mortality ceiling (40/10万), the infant and under-five mortality ceilings
# (13.00‰ and 15.00‰, written 13 and 15) and the ceiling on the total incidence of notifiable
# infectious diseases (`300/十萬`: 300 per 100 000, unit 1/10万; `控制在` with no `以內` on a down
# indicator reads `<=`). The incidence clause carries mojibake in the indicator (`報告?zhèn)魅静】偘l(fā)
# 病率` for 報告傳染病總發病率); the number and the aim are plain, so it is scored, the quote taken
# as the text gives it. Not targets: 2005 (the base year), `十一·五` (a plan name), `消滅脊灰、白喉…`
# and `得到有效控制` (no number), the spam head and the site's preface.
D, R, Y = "bv01.txt", "我县", 2010
A += [
    T(D, "平均期望壽命:在2005年基礎上,2010年增加0.5歲", "平均期望寿命提高幅度", R, ">=", 0.5, "岁", Y,
      "amount", "up"),
    T(D, "孕產(chǎn)婦死亡率:2010年控制在40/10萬以內", "孕产妇死亡率", R, "<=", 40, "1/10万", Y, "rate", "down"),
    T(D, "嬰兒死亡率:2010年控制在13.00‰以內", "婴儿死亡率", R, "<=", 13, "‰", Y, "rate", "down"),
    T(D, "5歲以下兒童死亡率:2010年控制在15.00‰以內", "5岁以下儿童死亡率", R, "<=", 15, "‰", Y, "rate", "down"),
    T(D, "法定報告?zhèn)魅静】偘l(fā)病率2010年控制在300/十萬", "法定报告传染病总发病率", R, "<=", 300, "1/10万",
      Y, "rate", "down"),
]

# bv02 a news site's copy (fidreport; 河北新闻网's item, `7月21日` with no year in the text, 2010 by
# its URL) on 雄县's drive to set up residents' health records. The aims for the year's end: the
# filing rate `将达到20%-30%` (a range: `>=` with value 20 and value_max 30, rate up, as the SCHEMA's
# range rule) and the records' pass rate `达到100%`. Region 雄县. Year null: the text says only `今年`
# and gives no year of its own; the year is known only from the URL (as uu02 and uu09, corrected
# after their first contact: the gold is from the text alone). Not targets: the ages of the groups
# served (65岁, 0-36个月), the 24000 households already filed (achieved), the dates.
D, R, Y = "bv02.txt", "雄县", None
A += [
    T(D, "居民健康档案建档率将达到20%-30%", "居民健康档案建档率", R, ">=", 20, "%", Y, "rate", "up", value_max=30),
    T(D, "建档合格率达到100%", "居民健康档案建档合格率", R, ">=", 100, "%", Y, "rate", "up"),
]

# bv03 香格里拉网's item (xgll, 2012-03-23 by its URL; the text itself names `2012年3月15日`, so the
# year is the text's) on 香格里拉县's free cataract operations: `今年,香格里拉县将免费实施白内障患者复明
# 手术175例` is the year's count (`>=`, count up, 例 as written). Region 香格里拉县. Not targets: about 100
# new patients a year (the burden described), the 343 operations of the last three years
# (achieved), `近3年来` (a span), `全覆盖` (no number), the trailing `|`.
D, R, Y = "bv03.txt", "香格里拉县", 2012
A += [
    T(D, "免费实施白内障患者复明手术175例", "白内障患者免费复明手术例数", R, ">=", 175, "例", Y, "count", "up"),
]

# bv04 a local news aggregator's copy (changchun.baogaosu, dated 13.04.2015) of an item on 伊通's
# village health care: `计划2015年再建29所标准化村卫生室和11所规范化预防接种门诊` — two counts to build in
# 2015 (`>=`, count up, 所 as written; the second quote is the clause with its own number and
# name). Region 伊通, as the text names it (the county is 伊通满族自治县; the text writes only `伊通`
# and `全县`). Not targets: the 152 village clinics already built (achieved, `已按计划完成`), the dates.
D, R, Y = "bv04.txt", "伊通", 2015
A += [
    T(D, "计划2015年再建29所标准化村卫生室", "标准化村卫生室新建数", R, ">=", 29, "所", Y, "count", "up"),
    T(D, "11所规范化预防接种门诊", "规范化预防接种门诊新建数", R, ">=", 11, "所", Y, "count", "up"),
]

# bv05 衡东新闻网's item (newshdx, dated 2018-10-24): a provincial check of 衡东县's free prenatal
# screening and the free `两癌` screening of rural women, the year's tasks with the progress made.
# Region 衡东县 (`我县`, and 衡东 in the site's name and byline). Scored: the year's tasks
# `免费产前筛查任务数为3910人` and `“两癌”免费筛查任务为8000人` (a task number is an aim: `>=`, count
# up, as ak04's `初筛任务数10000人`; scope 农村适龄妇女 for the second). Ambiguous: `应完成目标任务3167人`
# (the part of the task due by 9月20日, quoted in a progress report: an interim aim or a measure of
# the schedule). Not targets: 3232 and 8296 people screened, `完成率102%` and `103.7%` (achieved),
# the dates and the page's read count 865.
D, R, Y = "bv05.txt", "衡东县", 2018
A += [
    T(D, "免费产前筛查任务数为3910人", "免费产前筛查任务数", R, ">=", 3910, "人", Y, "count", "up"),
    T(D, "应完成目标任务3167人", "免费产前筛查截至9月20日应完成任务数", R, ">=", 3167, "人", Y, "count", "up",
      ambiguous=True),
    T(D, "农村适龄妇女“两癌”免费筛查任务为8000人", "两癌免费筛查任务数", R, ">=", 8000, "人", Y, "count", "up",
      scope="农村适龄妇女"),
]

# bv06 a district news site's page (jrgc.jsgctv, 第五版 of 2025-03-14) on the free check-ups for
# people aged 60 and over, told from 淳溪中心卫生院 (in 南京's 高淳区; the text names neither the
# district nor the city, only `我区`/`全区` and the 淳溪 town: region `全区`, the text's own word, as
# the SCHEMA says when only a place inside gives the district away). The page stops mid-word at
# `切实提升老`, kept as the corpus gives it. Scored: the closing aim `2025年,我区将为全区6.95万名老年
# 群体实施该项健康服务` (69500 名, `>=`, count up, year 2025). Ambiguous: the headline `今年我区6.95万名
# 老年人将享受免费体检服务` restating that aim (a headline repeating a body aim, ambiguous as in earlier
# sets), and `每年为60岁以上老年人免费体检2万人次`, the centre's yearly volume as its deputy head
# describes it (routine capacity or an aim; scope the centre). Not targets: the 8 teams and the 29
# villages and communities (the present), 60周岁 (an age), 1小时, 3月至9月, the dates, the read count.
D, R, Y = "bv06.txt", "全区", 2025
A += [
    T(D, "为全区6.95万名老年群体实施该项健康服务", "60周岁及以上老年人免费健康体检人数", R, ">=", 69500, "名", Y,
      "count", "up"),
    T(D, "今年我区6.95万名老年人将享受免费体检服务", "60周岁及以上老年人免费健康体检人数", R, ">=", 69500, "名", Y,
      "count", "up", ambiguous=True),
    T(D, "每年为60岁以上老年人免费体检2万人次", "60岁以上老年人免费体检人次", R, ">=", 20000, "人次", Y, "count",
      "up", scope="淳溪中心卫生院", ambiguous=True),
]

# bv07 a mirror's copy (1miao, traditional script with pinyin glosses and mojibake `?h` for 縣) of
# 宿松县卫健委's review of 2021: 45.9万 tests, 125万 doses, the county-internal visit rate 87.14% (up 8
# points), the primary-care share 74.6%, 3 provincial specialties each, the share of grade III-IV
# operations 52.16%, 3 and 11 township hospitals meeting the standards — all achieved; the closing
# 2022 sentence states no number. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
