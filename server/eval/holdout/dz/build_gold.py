#!/usr/bin/env python3
"""Build hold-out set DZ's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DZ (gathered on its own branch gather-dz beside sets DT–DY gathered at the same time, and annotated before any
extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent). Its focus — health plans, aims and 工作要点 of the western and autonomous regions (西藏, 新疆 and 兵团, 青海,
宁夏, 内蒙古, 广西, 云南, 贵州, 甘肃) at any level, 2005–2026 — is nearly spent: most pages the corpus gave (西藏's 两降一升
of 2017, 青海's 2018 包虫病 aims, 内蒙古's 2026 ten tasks, 鄂尔多斯's and 巴彦淖尔's 2024 plans, 红河's life-expectancy
plan, 甘肃's 2030 plan, 宁夏's 2027 aims, the 兵团 and 新疆 pages on 健康行动 and free check-ups) are held or named by
earlier sets. Six clean pages in the focus came back, all at region (province) level: 西藏's 2019 母婴安全 plan (two
2020 aims), 宁夏's 2013 健康宁夏 plan (six 2020 aims), 宁夏's 2022 健康水平提升 要点 (two aims), 贵州's 十三五 基本公共服务
plan in traditional script with converter glosses (more aims than the cap: insurance, beds, doctors, life expectancy),
云南's 2024 两会 item (two counts and five county-hospital department rates), and 新疆's 2017 妇幼 item (past figures
and one aim in a Chinese numeral); the distractor is 西藏's 2022 妇幼 item (achieved figures only). The focus's
prefecture, 盟, 旗 and county pages were all held, so the set leans to the region level.
Files dz01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: aims that are not health ones (pension and work-injury insurance, 生育保险
enrolment) are ambiguous (cc, ds06); past the cap of ten scored lines a page the rest are ambiguous (DE, DG, dm01) —
dz04 has exactly ten health aims; a per-unit count in a Chinese numeral (`均设置一家`) is ambiguous (dm02, df05); a bare
`达N`/`提高到N`/`提升至N` on an up-indicator is `>=`, `控制在N` on a down-indicator `<=`, `下降到N以下` `<=`, `左右` `~`
(SCHEMA); `逐年递增2个百分点` is a change in points, unit `个百分点`, indicator named for the rise (SCHEMA); per-thousand
staff and bed ratios are counts in the counting word written (`张`, `人`, as bj, bq); a head count in 万 keeps `万人`
(dm, dg04); life expectancy is an amount in `岁` (dq, ds06); past and present figures are no target (SCHEMA); a
province named in short (`宁夏`, `西藏`, `贵州`, `云南`, `新疆`) takes its full name (ds03's `山东省`); a traditional page
keeps its converter glosses (`達(dá)`) as the corpus gave them, and a quote copies them (dg, dm, ds).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dz01 中国西藏网's item (tibet.cn, 2019-03-25, from 中国西藏新闻网) on 西藏's 母婴安全 and 健康儿童 action plans
# (2019—2020); the portal line `中国西藏网 > 西藏新闻 > 资讯` and the closing copyright notice dropped. Region
# 西藏自治区 (`西藏`, `全区`), year 2020 (`到2020年`). Scored: `孕产妇死亡率下降到60/10万以下` and `婴儿死亡率下降到
# 10‰以下` (`<=`). Not targets: the plans' spans, `0至6岁` (an age band), `五大行动`, `八大行动`, `2030`.
D, R, Y = "dz01.txt", "西藏自治区", 2020
A += [
    T(D, "到2020年在全区力争实现孕产妇死亡率下降到60/10万以下", "孕产妇死亡率", R, "<=", 60, "1/10万", Y, "rate",
      "down"),
    T(D, "全区婴儿死亡率下降到10‰以下", "婴儿死亡率", R, "<=", 10, "‰", Y, "rate", "down"),
]

# dz02 a device-news portal's copy (3618med, from 新华网, 2013-02-26) of the item on 宁夏's new 健康宁夏行动规划
# (2013~2020); the portal's top bar (`微信公众号 联系我们…`, `当前位置:首页 > 医疗器械资讯 > 业界动态 > …`) dropped.
# Region 宁夏回族自治区, year 2020 (the plan's end: `未来8年`). Scored: the literacy rise `逐年递增2个百分点` (个百分点),
# `健康知识知晓率达95%`, `健康行为形成率达90%`, `人均期望寿命达77岁`, `婴儿死亡率控制在10%` (as written: the source's
# `10%。以下`, surely 10‰, is kept as `%`; `控制在` → `<=`), `孕产妇死亡率控制在18/10万左右` (`~`). Ambiguous: the
# `39项健康促进活动` the plan opens from this year (a count of activities rather than an aim; year 2013, `从今年起`).
# Not targets: `2013~2020`, `八大行动`, `万名儿童口腔保健` (a programme's name), `65岁以上`, `35岁以上`, `28个`, `8个`.
D, R, Y = "dz02.txt", "宁夏回族自治区", 2020
A += [
    T(D, "宁夏城乡居民健康素养水平逐年递增2个百分点", "城乡居民健康素养水平年提高幅度", R, ">=", 2, "个百分点", Y,
      "rate", "up"),
    T(D, "健康知识知晓率达95%", "健康知识知晓率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "健康行为形成率达90%", "健康行为形成率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "人均期望寿命达77岁", "人均期望寿命", R, ">=", 77, "岁", Y, "amount", "up"),
    T(D, "婴儿死亡率控制在10%", "婴儿死亡率", R, "<=", 10, "%", Y, "rate", "down"),
    T(D, "孕产妇死亡率控制在18/10万左右", "孕产妇死亡率", R, "~", 18, "1/10万", Y, "rate", "down"),
    T(D, "八大行动39项健康促进活动", "健康促进活动项数", R, ">=", 39, "项", 2013, "count", "up", ambiguous=True),
]

# dz03 a drug-news site's copy (duyaonet) of 宁夏's notice of 2022-07-29 sending out the 2022 健康宁夏暨健康水平提升行动
# 工作要点, cut after the first item of 健康知识普及行动 (the returned text's trailing `2.广` dropped). Region 宁夏回族自治区
# (`【宁夏】`, `全区`), year 2022. Scored: `全区居民健康素养水平提高到26%以上` and `救护员取证人数达到1%` (a share of the
# population, `>=`). Not targets: `第十三次`, the document numbers, the date, `“六进”`.
D, R, Y = "dz03.txt", "宁夏回族自治区", 2022
A += [
    T(D, "全区居民健康素养水平提高到26%以上", "居民健康素养水平", R, ">=", 26, "%", Y, "rate", "up"),
    T(D, "救护员取证人数达到1%", "救护员取证人数占比", R, ">=", 1, "%", Y, "rate", "up"),
]

# dz04 a portal's copy (hnhlg 477384) of a paper's item on 贵州's 十三五 基本公共服务体系规划, in traditional script with
# converter glosses (`達(dá)`) and the source's doubled commas (`,,`), as returned. Region 贵州省 (`該省`, `全省`), year
# 2020 (`至“十三五”期末`, `到2020年`). Scored, the ten health aims: urban medical-insurance enrolment `95%以上` and
# `1000萬(wàn)人` (1000 万人), beds `6張`, doctors `2.5人` and nurses `3.14人` per thousand, GPs `2人` per ten thousand,
# life expectancy `73.5歲`, regular exercise `28%以上`, disabled residents' urban medical insurance `98%` (scope
# 城镇残疾居民) and rural 合作医疗 `99%` (scope 农村残疾居民). Ambiguous (aims that are not health ones): work-injury and
# maternity insurance enrolment (`300萬(wàn)人` twice) and the two pension enrolment rates for the disabled (`98%`).
# Not targets: `8個(gè)領(lǐng)域`, `全覆蓋` and `明顯降低` (no number).
D, R, Y = "dz04.txt", "贵州省", 2020
A += [
    T(D, "該省城鎮(zhèn)基本醫(yī)療保險(xiǎn)參保率達(dá)95%以上", "城镇基本医疗保险参保率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "參保人數(shù)達(dá)1000萬(wàn)人", "城镇基本医疗保险参保人数", R, ">=", 1000, "万人", Y, "count", "up"),
    T(D, "工傷保險(xiǎn)參保人數(shù)達(dá)300萬(wàn)人", "工伤保险参保人数", R, ">=", 300, "万人", Y, "count", "up", ambiguous=True),
    T(D, "生育保險(xiǎn)參保人數(shù)達(dá)300萬(wàn)人", "生育保险参保人数", R, ">=", 300, "万人", Y, "count", "up", ambiguous=True),
    T(D, "全省每千人口醫(yī)療衛(wèi)生機(jī)構(gòu)床位數(shù)達(dá)6張", "每千人口医疗卫生机构床位数", R, ">=", 6, "张", Y, "count",
      "up"),
    T(D, "每千人口執(zhí)業(yè)(助理)醫(yī)師數(shù)達(dá)2.5人", "每千人口执业(助理)医师数", R, ">=", 2.5, "人", Y, "count", "up"),
    T(D, "注冊(cè)護(hù)士數(shù)達(dá)3.14人", "每千人口注册护士数", R, ">=", 3.14, "人", Y, "count", "up"),
    T(D, "每萬(wàn)人口全科醫(yī)生數(shù)達(dá)2人", "每万人口全科医生数", R, ">=", 2, "人", Y, "count", "up"),
    T(D, "全省人均預(yù)期壽命提高到73.5歲", "人均预期寿命", R, ">=", 73.5, "岁", Y, "amount", "up"),
    T(D, "經(jīng)常參加體育鍛煉的人數(shù)達(dá)到常住人口的28%以上", "经常参加体育锻炼人数比例", R, ">=", 28, "%", Y,
      "rate", "up"),
    T(D, "城鎮(zhèn)殘疾居民基本醫(yī)療保險(xiǎn)參保率達(dá)98%", "基本医疗保险参保率", R, ">=", 98, "%", Y, "rate", "up",
      scope="城镇残疾居民"),
    T(D, "城鎮(zhèn)殘疾職工基本養(yǎng)老保險(xiǎn)參保率達(dá)98%", "基本养老保险参保率", R, ">=", 98, "%", Y, "rate", "up",
      scope="城镇残疾职工", ambiguous=True),
    T(D, "城鄉(xiāng)殘疾居民基本養(yǎng)老保險(xiǎn)參保率達(dá)98%", "基本养老保险参保率", R, ">=", 98, "%", Y, "rate", "up",
      scope="城乡残疾居民", ambiguous=True),
    T(D, "農(nóng)村殘疾居民合作醫(yī)療參保率達(dá)99%", "合作医疗参保率", R, ">=", 99, "%", Y, "rate", "up",
      scope="农村残疾居民"),
]

# dz05 a paper's site (jjrbnet 92297) with the item on 云南's 2024 health aims from the 两会 (记者 字强); the leading
# `关注微信`/`关注微博` and the closing list of dates (links) dropped. Region 云南省, year 2024. Scored: `62个` central
# township hospitals upgraded, `350个` heart-and-brain rescue stations, and the five department rates of the county
# public general hospitals (`精神科…95%`, `眼科…95%`, `临床营养科…70%`, `病理科…75%`, `输血科…55%`). Not targets: the
# 2023 figures (`1368家`, `90.6%`, `30%`, `6个百分点`, `708家`, `2020余万人`, `43%`, `80%以上`, `超过90%`), `10件`,
# and `128家` (the hospitals counted now: a scope).
D, R, Y = "dz05.txt", "云南省", 2024
A += [
    T(D, "实施62个重点中心乡镇卫生院提质建设", "重点中心乡镇卫生院提质建设数", R, ">=", 62, "个", Y, "count", "up"),
    T(D, "在乡镇卫生院建设350个基层心脑血管救治站", "基层心脑血管救治站建设数", R, ">=", 350, "个", Y, "count",
      "up"),
    T(D, "县级公立综合医院独立设立精神科比例提升至95%", "县级公立综合医院独立设立精神科比例", R, ">=", 95, "%", Y,
      "rate", "up"),
    T(D, "设立眼科提升至95%", "县级公立综合医院设立眼科比例", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "设立临床营养科提升至70%", "县级公立综合医院设立临床营养科比例", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "设立病理科提升至75%", "县级公立综合医院设立病理科比例", R, ">=", 75, "%", Y, "rate", "up"),
    T(D, "设立输血科提升至55%", "县级公立综合医院设立输血科比例", R, ">=", 55, "%", Y, "rate", "up"),
]

# dz06 北京经济信息网's copy (beinet, from 健康报, 2017-02-27) of the item on 新疆's 妇幼 service system in the 十三五;
# the portal's top and bottom bars dropped. Region 新疆维吾尔自治区. Ambiguous: `力争到2020年…均设置一家标准化妇幼
# 保健机构` (a per-level count in a Chinese numeral). Not targets: every rate (`43.41/10万`…`98.29%`), all of 2010,
# 2015 or 2016 (past), `第六次`, `南疆四地州`.
D, R = "dz06.txt", "新疆维吾尔自治区"
A += [
    T(D, "均设置一家标准化妇幼保健机构", "各级标准化妇幼保健机构设置数", R, ">=", 1, "家", 2020, "count", "up",
      ambiguous=True),
]

# dz07 a site's copy (zjifz 13986) of 西藏's item for 世界人口日 on its 妇幼 health work, cut at `从6-24` as returned
# (the distractor): 2022's rates, the falls since 2017, `6.98亿元` invested, the institutions named into 十四五
# projects (`5家`, `3个`: already done), `34个`, `93家`, `136家` — all achieved or present. No gold line.

write_gold(A, HERE)
