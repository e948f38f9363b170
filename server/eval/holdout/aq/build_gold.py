#!/usr/bin/env python3
"""Build hold-out set AQ's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AQ (issue 14; gathered on main 0ee1c72, after set AO's first contact, and annotated and scored
once before any rule change — its first contact is the honest measure of that code): query kinds
for hospitals, primary care, workforce and insurance — the 2017 national notice on public-hospital
reform (traditional), a city's 两降一控 cost controls (traditional), the 2019 national notice on
close-knit county medical communities (紧密型县域医共体), the 2018 national opinion on general
practitioners (a Mongolian-script header), the 2018 national financing standard of residents'
medical insurance (城乡居民医保), a city's 2019 financing standard of the same (traditional, with
glosses) and the 2017 national aim for graded-care pilots (分级诊疗, traditional).
Files aq01.txt…, so no name clashes with the seeds, the development set or sets A–AO in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before the extractor was run
on them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# aq01 a spam-headed copy (traditional) of 中国新闻网's 2017 item (via 央广网) on the notice of seven
# ministries: public-hospital reform everywhere by 30 September, and for the pilot cities of the
# first four rounds a list of aims by the end of the year (今年底: 2017, the item's year). The
# notice binds the whole country; the pilot cities it names as a group are the scope. `30%左右` is
# an approximate ceiling on a down share (`~`); `20元以下` a ceiling on materials per 100 yuan of
# revenue (amount); `不少于100個` a floor on priced disease groups; the two shares of primary
# facilities (`80%以上`, `60%`) are floors on how many are linked up. `所有二級及以上` has no number;
# `9月30日`, `7月31號`, `前四批` are dates and an ordinal; the county-level aims (`增幅下降`, `比重提升`)
# give no number.
D, R, Y, S = "aq01.txt", "全国", 2017, "试点城市"
A += [
    T(D, "試點城市公立醫院藥占比總體下降到30%左右", "公立医院药占比", R, "~", 30, "%", Y, "rate", "down",
      scope=S),
    T(D, "百元醫療收入中消耗的衛生材料降到20元以下", "百元医疗收入消耗的卫生材料", R, "<=", 20, "元", Y, "amount",
      "down", scope=S),
    T(D, "實行按病種收付費的病種不少于100個", "按病种收付费病种数", R, ">=", 100, "个", Y, "count", "up", scope=S),
    T(D, "預約轉診占公立醫院門診就診量的比例要提高到20%以上", "预约转诊占公立医院门诊就诊量比例", R, ">=", 20, "%",
      Y, "rate", "up", scope=S),
    T(D, "80%以上的基層醫療衛生機構與區域人口健康信息平臺對接", "与区域人口健康信息平台对接的基层医疗卫生机构比例", R,
      ">=", 80, "%", Y, "rate", "up", scope=S),
    T(D, "60%的基層醫療衛生機構與上級醫院建立遠程醫療信息系統", "与上级医院建立远程医疗信息系统的基层医疗卫生机构比例",
      R, ">=", 60, "%", Y, "rate", "up", scope=S),
]

# aq02 a women's-site page (traditional) explaining a city's 两降一控 for its public hospitals: the
# city is not named (`全市`, the text's own word) and no year is written (`今年底` with no date on the
# page: null). The materials aim is a fall of 5 % on last year (a change, named for the fall, up);
# `≤10%` is a ceiling on the growth of costs. `兩降`, `一控` count the aims, `1.57W` is page views.
D, R, Y = "aq02.txt", "全市", None
A += [
    T(D, "全市公立醫院藥佔比(不含中藥飲片)總體降到30%左右", "公立医院药占比", R, "~", 30, "%", Y, "rate", "down"),
    T(D, "百元醫療收入(不含藥品收入)中消耗的衞生材料費比去年下降5%", "百元医疗收入消耗的卫生材料费下降幅度", R, ">=", 5,
      "%", Y, "rate", "up"),
    T(D, "全市公立醫院醫療費用平均增長幅度控制在≤10%", "公立医院医疗费用平均增长幅度", R, "<=", 10, "%", Y, "rate",
      "down"),
]

# aq03 a medical news site's 2019 item on the national notice and guide for close-knit county
# medical communities (紧密型县域医共体): by the end of 2020, 500 counties have built the new
# system (a count of counties), and the county visit rate reaches 90 % (the excerpt is cut after
# `县域内基层`, so the second rate is lost). A pilot county must have at least one hospital of
# level 二甲 to lead (a condition of selection, not an aim: ambiguous, year the item's). `5点`,
# `5月28日` are a heading count and a date.
D, R = "aq03.txt", "全国"
A += [
    T(D, "在500个县初步建成目标明确、权责清晰、分工协作的新型县域医疗卫生服务体系", "初步建成新型县域医疗卫生服务体系的县数",
      R, ">=", 500, "个", 2020, "count", "up"),
    T(D, "至少有1所二级甲等以上医疗机构可作为医共体牵头机构", "试点县二级甲等以上医疗机构数", R, ">=", 1, "所", 2019,
      "count", "up", scope="试点县", ambiguous=True),
    T(D, "县域就诊率达到90%", "县域就诊率", R, ">=", 90, "%", 2020, "rate", "up"),
]

# aq04 a Mongolian-script site's copy of the 2018 news on the State Council's opinion on training
# and rewarding general practitioners: 2–3 qualified GPs per 10,000 residents by 2020 (a range
# with value_max, a floor, as set K's kk08) and 5 by 2030. The headline, written twice (the
# Mongolian line and the title), restates the 2020 aim (both ambiguous). The Mongolian words are
# the site's chrome.
D, R = "aq04.txt", "全国"
N4 = "每万名居民合格的全科医生数"
A += [
    T(D, "2020年城乡每万名居民拥有2—3名全科医生", N4, R, ">=", 2, "名", 2020, "count", "up", value_max=3,
      ambiguous=True, occ=0),
    T(D, "2020年城乡每万名居民拥有2—3名全科医生", N4, R, ">=", 2, "名", 2020, "count", "up", value_max=3,
      ambiguous=True, occ=1),
    T(D, "城乡每万名居民拥有2—3名合格的全科医生", N4, R, ">=", 2, "名", 2020, "count", "up", value_max=3),
    T(D, "城乡每万名居民拥有5名合格的全科医生", N4, R, ">=", 5, "名", 2030, "count", "up"),
]

# aq05 a Q&A site's answer restating the 2018 notice of the national medical insurance bureau on
# residents' medical insurance: the per-head government subsidy rises by 40 yuan to at least 490
# and the personal contribution by 40 yuan to 220 (a bare 达到 on an up standard: `>=`, as the
# earlier sets' 筹资 lines). The rises are targets of their own (named for the rise, as set G's
# `提高30元`). Year 2018 (the notice's); `2017年` is the base, `2019年` the year the money covers.
D, R, Y = "aq05.txt", "全国", 2018
A += [
    T(D, "各级财政补贴人均补助标准,在2017年的基础上增加40元", "城乡居民医保人均财政补助标准提高额", R, ">=", 40, "元", Y,
      "amount", "up"),
    T(D, "达到每人每年不低于490元", "城乡居民医保人均财政补助标准", R, ">=", 490, "元", Y, "amount", "up"),
    T(D, "2018年个人缴费标准同步提升40元", "城乡居民医保个人缴费标准提高额", R, ">=", 40, "元", Y, "amount", "up"),
    T(D, "达到每人每年220元", "城乡居民医保个人缴费标准", R, ">=", 220, "元", Y, "amount", "up"),
]

# aq06 a trade site's copy (traditional, with glosses such as `鄉(xiāng)`) of a city's 2019 notice on
# its residents' medical insurance: the government subsidy rises from 490 (2018, the base) to 520
# yuan per head a year, the personal contribution from 220 to 250. The city is not named: the
# text's own word is 我市. Half of the new subsidy, 15 yuan per head, goes to 大病保险 (an
# allocation inside a bracket: ambiguous). `9月1日至11月30日` is the collection period.
D, R, Y = "aq06.txt", "我市", 2019
A += [
    T(D, "城鄉(xiāng)居民醫(yī)保財(cái)政補(bǔ)助標(biāo)準(zhǔn),由2018年的490元/人·年提高至 520 元/人·年",
      "城乡居民医保人均财政补助标准", R, ">=", 520, "元", Y, "amount", "up"),
    T(D, "在 2018 年人均籌資標(biāo)準(zhǔn)上增加 15 元)用于大病保險(xiǎn)", "大病保险人均筹资增加额", R, ">=", 15, "元", Y,
      "amount", "up", ambiguous=True),
    T(D, "城鄉(xiāng)居民醫(yī)保個(gè)人繳費(fèi)標(biāo)準(zhǔn),由原來的220元/人·年提高至 250元/人·年", "城乡居民医保个人缴费标准", R,
      ">=", 250, "元", Y, "amount", "up"),
]

# aq07 a spam-headed trade page (traditional) reposting 央广网's 2017 item: this year 85 % or more
# of the prefecture cities are to run graded-care pilots (a share of cities, year 2017). The
# headline and the vice-minister's `2017年,85%以上` restate it (ambiguous); `在70%左右的地市` is the
# 2016 aim told as exceeded (a past aim: ambiguous, year 2016). `4個`, `266個`, `88.1%` are the
# present; `十三五` is a plan name.
D, R, Y = "aq07.txt", "全国", 2017
N7 = "开展分级诊疗试点的地市比例"
A += [
    T(D, "2017年85%以上的地市要開展分級診療試點", N7, R, ">=", 85, "%", Y, "rate", "up", ambiguous=True),
    T(D, "今年,85%以上的地市要開展分級診療試點", N7, R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "2017年,85%以上的地市要開展分級診療試點", N7, R, ">=", 85, "%", Y, "rate", "up", ambiguous=True),
    T(D, "在70%左右的地市開展分級診療試點", N7, R, "~", 70, "%", 2016, "rate", "up", ambiguous=True),
]

write_gold(A, HERE)
