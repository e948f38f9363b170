#!/usr/bin/env python3
"""Build hold-out set BG's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BG (gathered on main ef2c76a, after BC and BD's first contact, and annotated before any extractor
run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent): a province's 2021 task for free 两癌 checks (甘肃日报), the national aims for geriatric
departments (2027, with the 2022 and 2025 aims of earlier notices restated), a district's 2023 summary
whose yearly public-health tasks sit in brackets beside the achieved rates (its name blanked, `全区`), a
city's 2030 health aims (营口, a mirror in traditional script with mangled punctuation), Hong Kong's
ten-year hospital plan (a forum mirror with noise lines, Chinese numerals), Macao's vaccine purchase
(traditional) and a national item on 妇幼 figures (achieved only: the distractor).
Files bg01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bg01 甘肃日报's page (2021-05-31) on the province's ten tasks for the people: the one aim is the quoted
# task of 20万 free 两癌 checks in 2021 for the listed women (scope; `33-64周岁` is an age band, not a
# range). `10件为民实事` counts the list's items (a name, as `30条措施`); 2.62亿元, 219.79万人 and
# `完成三年目标任务的100.54%` are the three past years' achieved figures; `(转8版)` a page reference.
D, R, Y = "bg01.txt", "甘肃省", 2021
A += [
    T(D, "对全省20万名33-64周岁城镇低收入妇女和农村妇女进行‘两癌’免费检查", "妇女“两癌”免费检查人数", R,
      ">=", 20, "万名", Y, "count", "up", scope="33-64周岁城镇低收入妇女和农村妇女"),
]

# bg02 a site's copy of a news item on the national notice on geriatric care (undated; the text names
# 2023's figures as the latest): the new aim for 2027 (80%), and the aims of two earlier notices
# restated with their years (2022: 50%, 2025: 60%), scored as gg02 scores the 十三五 aims a news item
# restates. The 2025 aim is quoted twice; the second (`不少于60%`) is a repeat: ambiguous. The 6800多家
# hospitals, 2.97亿人, 21.07%, 21676万人 and 15.4% are present figures; `预计2035年前后…将突破4亿,占比将超过
# 30%` is a forecast of the population, not an aim. The excerpt ends cut inside a quotation (`“到2027年末`).
D, R = "bg02.txt", "全国"
N, S1, S2 = "老年医学科设置比例", "二级以上综合医院", "二级及以上综合性医院"
A += [
    T(D, "力争二级以上综合医院规范设置老年医学科的比例达到80%", N, R, ">=", 80, "%", 2027, "rate", "up",
      scope=S1),
    T(D, "到2025年,至少60%的二级及以上综合性医院应设立老年医学科", N, R, ">=", 60, "%", 2025, "rate", "up",
      scope=S2),
    T(D, "到2022年,至少50%的二级及以上综合性医院应设立老年医学科", N, R, ">=", 50, "%", 2022, "rate", "up",
      scope=S2),
    T(D, "到2025年,不少于60%的二级及以上综合性医院需设立老年医学科", N, R, ">=", 60, "%", 2025, "rate",
      "up", scope=S2, ambiguous=True),
]

# bg03 a document site's copy of a district health commission's 2023 summary (the district's name is
# blanked as `XX区`; `淮北市` names the city whose review it ranks in, not the district): region `全区`, the
# text's own word (as bd05's `全市`), year 2023. The aims are the year's tasks in brackets beside the
# achieved rates (`63.9%全年任务62%)`, its opening bracket lost): four targets, each quote from the
# indicator to the task. The document site's page marker splits the hypertension rate (`服务率6\n3、5.5%`,
# i.e. 65.5% achieved): the quote keeps it. The 99 institutions, 88 committees, 55.6万 residents, the
# funds (4120.38万元, 3382.34万元, 82.09%), 476094 records and `建档率为85.6%` are achieved or present;
# `十二项` counts the services; `15页` is the document's length.
D, R, Y = "bg03.txt", "全区", 2023
A += [
    T(D, "健康管理服务率63.9%全年任务62%", "65岁及以上老年人健康管理服务率", R, ">=", 62, "%", Y, "rate", "up"),
    T(D, "健康管理率74.2%(全年任务70%", "65岁及以上老年人中医药健康管理率", R, ">=", 70, "%", Y, "rate",
      "up"),
    T(D, "高血压病患规范管理服务率6\n3、5.5%(全年任务62%", "高血压患者规范管理服务率", R, ">=", 62, "%", Y,
      "rate", "up"),
    T(D, "2型糖尿病患病病患规范管理服务率64.1%(全年任务62%", "2型糖尿病患者规范管理服务率", R, ">=", 62, "%",
      Y, "rate", "up"),
]

# bg04 a mirror (traditional with doubled glyphs and stray commas, `,,` and `,。`) of a 2017 news item
# on 健康营口2030: three aims for 2030, region 营口市. `36個部門`, `443工程`, `四項工程`, `三大產業` and
# `十大健康行動` are counts of bodies and names of programmes; `今年3月` a date; `2030` in the plan's name.
D, R, Y = "bg04.txt", "营口市", 2030
A += [
    T(D, "營口市人均預(yù)期壽命到2030年將達(dá)到80.5歲", "人均预期寿命", R, ">=", 80.5, "岁", Y, "amount", "up"),
    T(D, "城鄉(xiāng)居民達(dá)到“國民體質(zhì)測定標(biāo)準(zhǔn)”合格以上的人數(shù)比例將達(dá)到96%",
      "城乡居民达到《国民体质测定标准》合格以上的人数比例", R, ">=", 96, "%", Y, "rate", "up"),
    T(D, "居民健康素養(yǎng)水平將達(dá)到30%以上", "居民健康素养水平", R, ">=", 30, "%", Y, "rate", "up"),
]

# bg05 a forum mirror (traditional, with the forum's noise lines inside the text) of a news item on the
# Chief Executive's policy address (梁振英's; the text gives no year: year null, the aims run `未來十年`):
# region 香港. Scored: the 5000 beds in the lead (Chinese numerals, `五千張`), the six newly named
# hospitals' `超過一千張` (超过 → `>`) and the 94 operating theatres. Ambiguous: the headline's 2000亿元 and
# 5000 beds (a headline repeating the lead, as ae's), the 2000亿元 to spend (a sum to spend, as ff02's
# 302.4万元), the lead's 5000 beds named again, the `預計` 280万 specialist attendances a year (a forecast
# of the plan's effect), and the 12 hospitals the address lists to expand or rebuild (a count of
# projects named, a plan or a description). `6間是首次公布` describes the list; `首間中醫院` is an ordinal;
# `九至十六歲` an age band; `5.39.217.76` the mirror's address.
D, R, Y = "bg05.txt", "香港", None
B, M = "新增病床数", "医院扩建及兴建投入"
A += [
    T(D, "政府十年撥二千億元", M, R, ">=", 2000, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "增五千病床", B, R, ">=", 5000, "张", Y, "count", "up", ambiguous=True),
    T(D, "政府未來十年會動用二千億元擴建及興建醫院", M, R, ">=", 2000, "亿元", Y, "amount", "up",
      ambiguous=True),
    T(D, "增加五千張病床", B, R, ">=", 5000, "张", Y, "count", "up"),
    T(D, "施政報告列舉12間要擴建或重建的醫院", "扩建或重建医院数", R, ">=", 12, "间", Y, "count", "up",
      ambiguous=True),
    T(D, "合共增加超過一千張病牀", B, R, ">", 1000, "张", Y, "count", "up", scope="首次公布的6间医院"),
    T(D, "未來本港會增加五千張病牀", B, R, ">=", 5000, "张", Y, "count", "up", ambiguous=True),
    T(D, "會增加五千張病牀、94間手術室", "新增手术室数", R, ">=", 94, "间", Y, "count", "up"),
    T(D, "預計每年專科門診可增加280萬人次", "专科门诊每年新增人次", R, "~", 280, "万人次", Y, "count", "up",
      ambiguous=True),
]

# bg06 gov.mo's item (traditional) from Macao's COVID response centre: the government plans to buy 140万
# doses to cover all residents (a count to reach; no year in the text: null; region 澳门). The `預計約有
# 15萬人` to be vaccinated first is an estimate of the priority group (`约` → `~`): ambiguous. `首批` is
# an ordinal.
D, R, Y = "bg06.txt", "澳门", None
A += [
    T(D, "特區政府計劃採購新冠病毒疫苗140萬劑", "新冠病毒疫苗采购量", R, ">=", 140, "万剂", Y, "count", "up"),
    T(D, "預計約有15萬人將獲優先接種", "新冠病毒疫苗优先接种人数", R, "~", 15, "万人", Y, "count", "up",
      ambiguous=True),
]

# bg07 江海晚报's brief (a newspaper reader's page, read 2026-01-30; the item dated 09-22) on China's
# maternal and child health institutions: the 3082 institutions (the headline's `超3000家`), 158 children's
# hospitals, 3364 and 3070 treatment centres and the falls since 2012 (56.3%, 53%, 38.4%) are all the
# present or achieved. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
