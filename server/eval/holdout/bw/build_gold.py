#!/usr/bin/env python3
"""Build hold-out set BW's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BW (gathered on main 3421109, beside sets BV, BX and BY gathered at the same time in
/work/wt/gbv, gbx and gby, and annotated before any extractor run: the annotator ran none on these
texts; it is to be scored once by the lead engineer, so the set is unspent): medical-insurance
pages with their aims — a county-level city's 2011 新农合 scheme (荣成, raised contributions,
subsidy, ceiling and payment shares by hospital grade), a city's 2013 新农合 funding standards by
district (南京, floors with their rises told again), a city's 城镇居民医保 launch with the new subsidy,
payment shares and limits (the page's years stripped by its copier), a province's 2013 新农合 scheme
(山西, funding, ceiling, payment share, major diseases), a province's 2012 新农合 scheme in a
traditional copy with reading marks (河南, ten payment aims, their rises told again), a province's
2009 新农合 aims in traditional script (广西, enrolment, funding and its split, the information system)
and a province's 2016 新农合 operation report (甘肃, achieved figures only: the distractor).
Files bw01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bw01 新浪's copy (2011-02-15) of 大众日报: 荣成市's 《2011年新农合实施方案》. Region 荣成市 (the county-level
# city that issues the scheme), year 2011 (the scheme's own year). Scored: the new values of the
# scheme's `由…提高到…` (as bs02 scores the new value, not last year's) — the farmers' contribution 50
# 元, the government subsidy 250 元, the compensation ceiling 10 万元 (amounts up), and the payment shares
# by hospital grade, 45%, 60% (the text's `平均` for grade two, kept in the name) and 80% (rates up,
# scope the grade). Ambiguous: the headline's `人均筹资达300元` and the lead's `实现…翻一番,人均达到300元`
# — the scheme's level for the year (50 + 250), but told as a thing done (`实现`, `达`): reasonable
# annotators could read an aim or a result. Not targets: 30元, 120元 and 5万元 (last year's values),
# `40多万人` and `参合率达100%` (the present), `上亿元`, the phone number, the dateline.
D, R, Y = "bw01.txt", "荣成市", 2011
A += [
    T(D, "荣成新农合人均筹资达300元", "新农合人均筹资标准", R, ">=", 300, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "筹资水平翻一番,人均达到300元", "新农合人均筹资标准", R, ">=", 300, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "个人缴费标准由30元提高到50元", "新农合个人缴费标准", R, ">=", 50, "元", Y, "amount", "up"),
    T(D, "政府财政补助由120元提高到250元", "新农合人均政府财政补助标准", R, ">=", 250, "元", Y, "amount",
      "up"),
    T(D, "新农合补偿额封顶线由每人5万元提高到10万元", "新农合补偿封顶线", R, ">=", 10, "万元", Y, "amount",
      "up"),
    T(D, "三级医院报销比例提高到45%", "新农合报销比例", R, ">=", 45, "%", Y, "rate", "up",
      scope="三级医院"),
    T(D, "二级医院平均报销比例提高到60%", "新农合平均报销比例", R, ">=", 60, "%", Y, "rate", "up",
      scope="二级医院"),
    T(D, "一级医院报销比例提高到80%", "新农合报销比例", R, ">=", 80, "%", Y, "rate", "up",
      scope="一级医院"),
]

# bw02 新农网's copy (2012-11-21) of 南京日报: 南京's notice fixing the 2013 新农合 funding standards. Region
# 南京市, year 2013 (`2013年度`). Scored: the per-capita funding floor (`不低于500元` for 六合区、溧水县、
# 高淳县, `不低于550元` for the other districts and counties) and the farmers' contribution floor (120 and
# 140 元), amounts up, scope the group the text names (the quote of the first floor keeps its
# indicator, since `六合区、溧水县、高淳县不低于` is told twice). Ambiguous: the headline's `将再增100元`, the
# body's `均比上年增加100元` and `均比上年增加20元` (the floors told again as rises, as bs02's ceiling told
# again as a rise) and the four `增幅分别为…` (25% and 22.2%, 20% and 16.7%: the same rises as shares of
# last year's standard, computed from the floors; a reader could take them as aims of growth, as d13
# scores `比去年提高5%`, or as arithmetic on the aims). Not targets: the dates, the document's title.
D, R, Y = "bw02.txt", "南京市", 2013
S1, S2 = "六合区、溧水县、高淳县", "其他区县"
A += [
    T(D, "2013年南京新农合筹资标准将再增100元", "新农合人均筹资标准提高额", R, ">=", 100, "元", Y,
      "amount", "up", ambiguous=True),
    T(D, "人均筹资标准为:六合区、溧水县、高淳县不低于500元", "新农合人均筹资标准", R, ">=", 500, "元", Y,
      "amount", "up", scope=S1),
    T(D, "其他区县不低于550元", "新农合人均筹资标准", R, ">=", 550, "元", Y, "amount", "up", scope=S2),
    T(D, "均比上年增加100元", "新农合人均筹资标准提高额", R, ">=", 100, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "增幅分别为25%", "新农合人均筹资标准增幅", R, ">=", 25, "%", Y, "rate", "up", scope=S1,
      ambiguous=True),
    T(D, "增幅分别为25%和22.2%", "新农合人均筹资标准增幅", R, ">=", 22.2, "%", Y, "rate", "up", scope=S2,
      ambiguous=True),
    T(D, "个人缴费标准:六合区、溧水县、高淳县不低于120元", "新农合个人缴费标准", R, ">=", 120, "元", Y,
      "amount", "up", scope=S1),
    T(D, "其他区县不低于140元", "新农合个人缴费标准", R, ">=", 140, "元", Y, "amount", "up", scope=S2),
    T(D, "均比上年增加20元", "新农合个人缴费标准提高额", R, ">=", 20, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "增幅分别为20%", "新农合个人缴费标准增幅", R, ">=", 20, "%", Y, "rate", "up", scope=S1,
      ambiguous=True),
    T(D, "增幅分别为20%和16.7%", "新农合个人缴费标准增幅", R, ">=", 16.7, "%", Y, "rate", "up", scope=S2,
      ambiguous=True),
]

# bw03 a study site's copy (gkmao) of a city's news on starting the year's 城镇居民医疗保险 enrolment; the
# copier stripped every year (`度城镇居民…`, `暨度工作部署会`), so year null (no year is left in the text,
# as BU gives null where the text gives none). Region `全市` (the city is never named). Scored: the
# subsidy standard `将提高到每人每年300元以上` (amount up) and the in-patient payment shares `分别提升为60%、65%、
# 70%` (`提升为` is a raise: `>=`; scope the grade of hospital, the quote running to each number as bs05
# quotes `分别…、…`). Ambiguous: the yearly payment limit `为4.3万元` and the supplementary insurance's
# `每人每年6万元` (settings told with `为` or no aim word in the list of new rules: `=`, as bd05's and br04's
# settings). Not targets: `看病难、看病贵`.
D, R, Y = "bw03.txt", "全市", None
N = "城镇居民医保住院统筹基金报销比例"
A += [
    T(D, "财政补助标准将提高到每人每年300元以上", "城镇居民医保人均财政补助标准", R, ">=", 300, "元", Y,
      "amount", "up"),
    T(D, "住院统筹基金报销比例分别提升为60%", N, R, ">=", 60, "%", Y, "rate", "up", scope="省市级定点医院"),
    T(D, "住院统筹基金报销比例分别提升为60%、65%", N, R, ">=", 65, "%", Y, "rate", "up",
      scope="县级定点医院"),
    T(D, "住院统筹基金报销比例分别提升为60%、65%、70%", N, R, ">=", 70, "%", Y, "rate", "up",
      scope="乡级定点医院"),
    T(D, "年度内累计最高可支付限额为4.3万元", "城镇居民医保年度最高支付限额", R, "=", 4.3, "万元", Y,
      "amount", "up", ambiguous=True),
    T(D, "补充医疗保险年度最高支付每人每年6万元", "补充医疗保险年度最高支付额", R, "=", 6, "万元", Y,
      "amount", "up", ambiguous=True),
]

# bw04 向日葵保险网's item (2013-04-23 by its URL): 山西's notice adjusting the 2013 新农合 compensation scheme.
# Region 山西省 (`山西省`, `我省`, `全省`), year 2013 (the notice's year, `从今年起`). Scored: the governments'
# subsidy raised to 280 元 and the farmers' contribution to 60 元 (the new values of `由…提高到…`), the
# funding standard `达到人均340元`, the ceiling `不低于15万元` (amounts up), the in-policy payment share
# `提高到75%`, the major diseases covered `达到20种` (a count, `种` as written) and their compensation share
# `提高到70%` (rates up). Not targets: 240元 and 50元 (last year's values), `2013年,全省有2202.05万人参加新农合,
# 参合率达到99.33%` (this year's enrolment as counted: a result, with its two decimals), the pilot and the
# reform with no number.
D, R, Y = "bw04.txt", "山西省", 2013
A += [
    T(D, "新农合补助标准由每人每年240元提高到280元", "新农合各级政府人均补助标准", R, ">=", 280, "元", Y,
      "amount", "up"),
    T(D, "个人缴费由每人每年50元提高到60元", "新农合个人缴费标准", R, ">=", 60, "元", Y, "amount", "up"),
    T(D, "筹资标准达到人均340元", "新农合人均筹资标准", R, ">=", 340, "元", Y, "amount", "up"),
    T(D, "住院报销最高支付限额不低于15万元", "新农合住院报销最高支付限额", R, ">=", 15, "万元", Y, "amount",
      "up"),
    T(D, "政策范围内住院报销比例提高到75%", "新农合政策范围内住院费用报销比例", R, ">=", 75, "%", Y, "rate",
      "up"),
    T(D, "重大疾病医疗保障范围,达到20种大病", "新农合重大疾病保障病种数", R, ">=", 20, "种", Y, "count", "up"),
    T(D, "将补偿比例提高到70%", "新农合重大疾病补偿比例", R, ">=", 70, "%", Y, "rate", "up"),
]

# bw05 a copy (tinsuckhoe365) of 河南's 2012 新农合 compensation scheme, issued by the provincial health
# department on 10月24日 (2011), in traditional script with the copier's reading marks (`新農(nóng)合`,
# `報(bào)銷`) kept as the page gives them, and a spam tag and trailer. Region 河南省, year 2012 (the scheme's
# year; `2011年` is the base). Scored (ten): the in-patient payment shares by grade `分別提高到90%、80%、
# 70%、65%` (scope 乡级, 县级, 市级, 省级医院; the quote runs to each number), the ceiling `由2011年的10萬元提高
# 到15萬元` (amount up), the major-illness shares `一次性住院花費超過6萬元…提高到80%` and `10萬元以上提高到90%`
# (scope the cost band; `以上` there bounds the band, not the aim: `>=` from `提高到`), the special-disease
# and chronic-disease outpatient floors (`不低于70%`, `不低于60%`) and the general outpatient floor
# (`不低于50%`, scope the township clinics and village rooms). Ambiguous: the headline's `大病報銷提高到80%`
# (the body's 80% told again), `分別比2011年提高 20%和10%` and `比2011年提高10%` (the floors told again as
# rises; unit `%` as written, as d13 writes `提高5%`). Not targets: `27倍` (`是…純收入的27倍,居全國首位`:
# a description of the new ceiling, no aim word), `五個明顯提高` (Chinese numeral, a count of headings),
# `第九次` (an ordinal), 10月24日.
D, R, Y = "bw05.txt", "河南省", 2012
N = "新农合住院费用报销比例"
Q = "住院費(fèi)用報(bào)銷比例分別提高到90%"
A += [
    T(D, "大病報(bào)銷提高到80%", "新农合大病报销比例", R, ">=", 80, "%", Y, "rate", "up", ambiguous=True),
    T(D, Q, N, R, ">=", 90, "%", Y, "rate", "up", scope="乡级医院"),
    T(D, Q + "、80%", N, R, ">=", 80, "%", Y, "rate", "up", scope="县级医院"),
    T(D, Q + "、80%、70%", N, R, ">=", 70, "%", Y, "rate", "up", scope="市级医院"),
    T(D, Q + "、80%、70%、65%", N, R, ">=", 65, "%", Y, "rate", "up", scope="省级医院"),
    T(D, "由2011年的10萬元提高到15萬元", "新农合住院补偿封顶线", R, ">=", 15, "万元", Y, "amount", "up"),
    T(D, "一次性住院花費(fèi)超過6萬元報(bào)銷比例提高到80%", "新农合大病住院报销比例", R, ">=", 80, "%", Y,
      "rate", "up", scope="一次性住院花费超过6万元"),
    T(D, "10萬元以上提高到90%", "新农合大病住院报销比例", R, ">=", 90, "%", Y, "rate", "up",
      scope="一次性住院花费10万元以上"),
    T(D, "特殊病種大額門診費(fèi)用報(bào)銷比例不低于70%", "特殊病种大额门诊费用报销比例", R, ">=", 70, "%", Y,
      "rate", "up"),
    T(D, "慢性病門診費(fèi)用報(bào)銷比例不低于60%", "慢性病门诊费用报销比例", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "分別比2011年提高 20%", "特殊病种大额门诊费用报销比例提高幅度", R, ">=", 20, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "分別比2011年提高 20%和10%", "慢性病门诊费用报销比例提高幅度", R, ">=", 10, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "報(bào)銷比例不低于50%", "普通门诊费用报销比例", R, ">=", 50, "%", Y, "rate", "up",
      scope="乡镇卫生院、村卫生室"),
    T(D, "比2011年提高10%", "普通门诊费用报销比例提高幅度", R, ">=", 10, "%", Y, "rate", "up",
      ambiguous=True),
]

# bw06 中国政府网's big5 gateway copy (traditional) of 新华社 (南宁, 2月13日; 2009 by the text's `2009年廣西…`
# and `去年`/`2008年` as the past): 广西's 新农合 aims for the year. Region 广西壮族自治区, year 2009. Scored:
# the enrolment aim `目標是農民參合率超過90%` (`超過` → `>`), the funding standard `將從去年的人均80元提高到100元`
# (amount up) and the share of counties to build the information system `力爭全廣西50%以上縣(市、區)…建成`
# (rate up). Ambiguous: the split of the 100 元 (`其中中央財政補助40元`, `地方財政補助40元`, `農民自籌20元`,
# `自治區財政補助23元`, `市縣財政補助17元`: shares told with no aim word, `=`, as bd05's split) and `35個縣將全面完成
# …系統建設` (the counties are named by the bond projects they already have; the 35 may be read as a count
# to complete or as the present). Not targets: 2008's figures (109 counties, 3541.78萬, 86.61%, 1549萬人次,
# 2.32億元, 43.74%, and `人均住院補償率超過40%`, told of the year past, `截至2008年底`), `十件實事` (a count
# of a list's items in Chinese numerals), the dateline.
D, R, Y = "bw06.txt", "广西壮族自治区", 2009
A += [
    T(D, "農民參合率超過90%", "新农合参合率", R, ">", 90, "%", Y, "rate", "up"),
    T(D, "籌資標准將從去年的人均80元提高到100元", "新农合人均筹资标准", R, ">=", 100, "元", Y, "amount", "up"),
    T(D, "其中中央財政補助40元", "新农合中央财政人均补助", R, "=", 40, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "地方財政補助40元", "新农合地方财政人均补助", R, "=", 40, "元", Y, "amount", "up", ambiguous=True),
    T(D, "農民自籌20元", "新农合农民个人缴费标准", R, "=", 20, "元", Y, "amount", "up", ambiguous=True),
    T(D, "自治區財政補助23元", "新农合自治区财政人均补助", R, "=", 23, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "市縣財政補助17元", "新农合市县财政人均补助", R, "=", 17, "元", Y, "amount", "up", ambiguous=True),
    T(D, "35個縣將全面完成新型農村合作醫療信息管理系統建設", "完成新农合信息管理系统建设的县数", R, ">=", 35,
      "个", Y, "count", "up", ambiguous=True),
    T(D, "力爭全廣西50%以上縣(市、區)同期建成這一系統", "建成新农合信息管理系统的县(市、区)比例", R, ">=",
      50, "%", Y, "rate", "up"),
]

# bw07 a local portal's copy (yybnet, 2017-03 by its URL) of 兰州晨报: 甘肃's 新农合 operation in 2016 as the provincial 新农合
# centre reported it — average in-patient costs (4598元, 3273元) and their falls, the actual compensation
# share (66.70%, up 4.03 points), the out-of-county shares (15.48%, 30.67%) against 2015's, and a
# recommended item on 嘉峪关 (`把各项既定目标落到实处`, no number). Every figure is a result of the year past:
# no gold line (the distractor: every prediction here is a false positive).

write_gold(A, HERE)
