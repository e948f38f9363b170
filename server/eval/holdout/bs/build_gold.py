#!/usr/bin/env python3
"""Build hold-out set BS's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BS (gathered on main ef955c5, after set BP's first contact and the merge of BQ, beside set BR
gathered at the same time in /work/wt/gbr, and annotated before any extractor run: the annotator ran
none on these texts; it is to be scored once by the lead engineer, so the set is unspent): health-
service and insurance aims — a district's family-doctor coverage aims (开州区, 2017), a city's 新农合
funding and benefit aims for the year (武汉, 2012), a province's general-practitioner aims (福建, 2018,
traditional), a city's primary-care 中医药 aims (哈尔滨), a city's 新农合 subsidy schedule for 2006—2008
(全市, a 2005 item), a county's family-doctor plan for 104年 (桃园县, Taiwan, traditional) and a city's
2011 and 2012 health statistics (achieved figures only: the distractor).
Files bs01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bs01 中国网's copy of 央广网's 2017-03-29 item: 重庆 开州区 starts its family-doctor service. The district
# `要力争完成市上提出的…目标任务`: coverage of the resident population in towns (20%) and in the countryside
# (45%; `分别覆盖20%和45%以上`, 以上 for both: `>=`) and of the key groups (`达到60%以上`). The aims are the
# city's, but the text sets them as the district's task: region 开州区 (the place that must reach them;
# 重庆市 would be the other reading). Year 2017: the item's year, and the same sentence's other aim is
# `在2017年实现…`. Indicator 家庭医生签约服务覆盖率 with the group as scope (SCHEMA's `重点人群` example).
# `全区农村贫困人口…全覆盖` has no number (not a target); 100多户 is what was signed on the day; 0-6岁 and
# 60岁以上 are age bands; the dates are the item's.
D, R, Y = "bs01.txt", "开州区", 2017
A += [
    T(D, "城镇和农村常住人口签约服务分别覆盖20%", "家庭医生签约服务覆盖率", R, ">=", 20, "%", Y, "rate", "up",
      scope="城镇常住人口"),
    T(D, "城镇和农村常住人口签约服务分别覆盖20%和45%以上", "家庭医生签约服务覆盖率", R, ">=", 45, "%", Y,
      "rate", "up", scope="农村常住人口"),
    T(D, "重点人群签约服务率达到60%以上", "家庭医生签约服务覆盖率", R, ">=", 60, "%", Y, "rate", "up",
      scope="重点人群"),
]

# bs02 央视网's copy of 新华网's 2012-03-03 item: 武汉市's 新农合 this year (`今年`, the item's year 2012).
# Scored: the funding per head raised `由去年的人均265元提高到人均335元以上` (the aim is 335, `>=`; 265 is
# last year's), the in-policy inpatient reimbursement ratio `由去年72.8%提高到75%以上` (75, `>=`), and the
# ceiling on payment, two targets as SCHEMA's example has it: `不低于农民人均年收入8倍` (8 倍, amount) and
# `达到10万元以上` (10 万元). `比去年提高2万元` restates the 10万元 aim as a rise over last year: ambiguous
# (as bq03's rise that restates a level aim). The headline's `可报销75%以上` restates the body's ratio
# (ambiguous, as earlier sets keep a restating headline). Last year's 280.82万人 and 99.6% are results;
# the page furniture (`channelId 1 1 1`, the time 17:04) is no figure of the text's.
D, R, Y = "bs02.txt", "武汉市", 2012
A += [
    T(D, "农民住院费可报销75%以上", "新农合政策范围内住院费用报销比例", R, ">=", 75, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "新农合筹资标准由去年的人均265元提高到人均335元以上", "新农合人均筹资标准", R, ">=", 335, "元", Y,
      "amount", "up"),
    T(D, "政策范围内住院费用报销比例由去年72.8%提高到75%以上", "新农合政策范围内住院费用报销比例", R, ">=", 75,
      "%", Y, "rate", "up"),
    T(D, "最高支付限额不低于农民人均年收入8倍", "新农合最高支付限额", R, ">=", 8, "倍", Y, "amount", "up"),
    T(D, "达到10万元以上", "新农合最高支付限额", R, ">=", 10, "万元", Y, "amount", "up"),
    T(D, "比去年提高2万元", "新农合最高支付限额提高额", R, ">=", 2, "万元", Y, "amount", "up", ambiguous=True),
]

# bs03 福州新聞網's 2018-10-18 item (traditional, via 国际台's big5 gateway): the province's opinion on
# training and rewarding general practitioners. Region 福建省: `我省`, `省政府辦公廳` and `健康福建` make the
# province plain. Scored: GPs per 10,000 residents, `2-3名` by 2020 (a range on an up-indicator: `>=` 2
# with value_max 3, count, as ab01's ratio range), `到2030年提高至5名` (5 名, 2030), and the GP share of
# the residents enrolled for standardised training, `力爭到2020年…達到…總計劃的20%` (rate, 2020).
# `今年起…傾斜` has no number; 二、三級醫院 are hospital grades; the dates are the item's.
D, R = "bs03.txt", "福建省"
A += [
    T(D, "城鄉每萬名居民擁有2-3名合格的全科醫生", "每万名居民全科医生数", R, ">=", 2, "名", 2020, "count", "up",
      value_max=3),
    T(D, "到2030年提高至5名", "每万名居民全科医生数", R, ">=", 5, "名", 2030, "count", "up"),
    T(D, "全科專業住院醫師招收數量達到當年住院醫師招收總計劃的20%", "全科专业住院医师招收数量占比", R, ">=", 20,
      "%", 2020, "rate", "up"),
]

# bs04 a medical-news site's repost (dated 2021-07-19, the repost's date) of 健康报's item on 哈尔滨市's
# meeting on primary-care 中医药 (the item itself says 2012 is past). The body's aims for `未来3年`: the
# shares of community health centres (95%), township health centres (90%), community health stations
# (70%) and village clinics (65%) that can give 中医药 services (`95%的…都能开展`: a bare number, implied
# 达到, `>=`; one indicator, the kind of facility as scope). Their year: the meeting is undated, so
# `未来3年` gives no year: null (as bm03's undated aim; 2015 would be a guess from the next aim). And
# `到2015年前,全市80%的县(市)将建成全国农村中医药服务先进县` (80%, 2015). The lead line above the body
# restates the four shares with the % signs lost (`95的社区卫生服务中心`): ambiguous, as a restating
# headline, unit written as the body's `%`. Not targets: 6个区 and 2012年's entry are past results;
# `未来3年` a span; the times and query counts are page furniture.
D, R = "bs04.txt", "哈尔滨市"
N = "能开展中医药服务的基层医疗卫生机构比例"
A += [
    T(D, "95的社区卫生服务中心", N, R, ">=", 95, "%", None, "rate", "up", scope="社区卫生服务中心",
      ambiguous=True),
    T(D, "90的乡镇卫生院", N, R, ">=", 90, "%", None, "rate", "up", scope="乡镇卫生院", ambiguous=True),
    T(D, "70的社区卫生服务站", N, R, ">=", 70, "%", None, "rate", "up", scope="社区卫生服务站", ambiguous=True),
    T(D, "65的村级卫生", N, R, ">=", 65, "%", None, "rate", "up", scope="村级卫生所", ambiguous=True),
    T(D, "95%的社区卫生服务中心", N, R, ">=", 95, "%", None, "rate", "up", scope="社区卫生服务中心"),
    T(D, "90%的乡镇卫生院", N, R, ">=", 90, "%", None, "rate", "up", scope="乡镇卫生院"),
    T(D, "70%的社区卫生服务站", N, R, ">=", 70, "%", None, "rate", "up", scope="社区卫生服务站"),
    T(D, "65%的村级卫生所都能开展中医药服务", N, R, ">=", 65, "%", None, "rate", "up", scope="村级卫生所"),
    T(D, "全市80%的县(市)将建成全国农村中医药服务先进县", "建成全国农村中医药服务先进县的县(市)比例", R, ">=",
      80, "%", 2015, "rate", "up"),
]

# bs05 a TCM news site's 2005-07-02 item on a city's 新农合 (`全市`, `市级财政`; the city is not named —
# 金大鹏 is a person, 远郊山区/近郊区 a kind of area: region `全市`, the document's own word). Aims: the
# farmers' own contribution `到2008年…不低于上年当地农民人均纯收入的1%` (a share: rate, `>=`, 2008), and,
# for the poorer areas, the city's subsidy per head by year and by kind of area, each number one target
# (`每人每年35、25、15元的标准` for 2006, `40、30、20元` for 2007, `45、35、20元` for 2008: `将达到`/`达到`,
# `>=`; scope the kind of area, in the listed order 远郊山区、平原地区、近郊区; the quote runs from the clause
# to each number, as earlier sets quote a `分别…、…` list). Ten targets, the most a page may hold. Not
# targets: 247万人 (`已达到`) and the <80% who joined are the present; 2004's 2.3亿元, 5800万元, 5.5万人次,
# 1.32亿元, 2409元, 25万人次, 1700万元 and 72元 are results.
D, R = "bs05.txt", "全市"
S = "新农合市级财政补助标准"
A += [
    T(D, "农民个人出资标准将不低于上年当地农民人均纯收入的1%", "新农合农民个人出资占上年农民人均纯收入比例", R,
      ">=", 1, "%", 2008, "rate", "up"),
    T(D, "市级财政补助将达到远郊山区、平原地区和近郊区每人每年35", S, R, ">=", 35, "元", 2006, "amount", "up",
      scope="远郊山区"),
    T(D, "市级财政补助将达到远郊山区、平原地区和近郊区每人每年35、25", S, R, ">=", 25, "元", 2006, "amount",
      "up", scope="平原地区"),
    T(D, "市级财政补助将达到远郊山区、平原地区和近郊区每人每年35、25、15元", S, R, ">=", 15, "元", 2006,
      "amount", "up", scope="近郊区"),
    T(D, "2007年达到40", S, R, ">=", 40, "元", 2007, "amount", "up", scope="远郊山区"),
    T(D, "2007年达到40、30", S, R, ">=", 30, "元", 2007, "amount", "up", scope="平原地区"),
    T(D, "2007年达到40、30、20元", S, R, ">=", 20, "元", 2007, "amount", "up", scope="近郊区"),
    T(D, "2008年达到每人每年45", S, R, ">=", 45, "元", 2008, "amount", "up", scope="远郊山区"),
    T(D, "2008年达到每人每年45、35", S, R, ">=", 35, "元", 2008, "amount", "up", scope="平原地区"),
    T(D, "2008年达到每人每年45、35、20元", S, R, ">=", 20, "元", 2008, "amount", "up", scope="近郊区"),
]

# bs06 a Taiwanese news site's copy (traditional) of 桃園縣政府's release: the county's family-doctor plan
# (`1510家庭責任醫師照護計畫`, a name) to run in 104年 (民國 104 = 2015, as earlier sets convert 民國 years).
# Region 桃园县. Scored: the medical staff to put in (`投入500位醫療人力`) and its two parts (`300位醫師`,
# `200位醫事人員`), each a count in the counting word as written (位), and the households to benefit
# (`共計10萬家庭受惠`: no counting word; 10 万户, as bm04's `15万妇女` is 15 万人). The budget `預計編列1億元
# 經費` is money allotted (`=`, ambiguous, as bl06 and av04) and `補助1000元/年` per household a payment
# rule of the plan (`=`, ambiguous, as bd05's contribution schedule). Not targets: 8月29日, the four
# areas (東西南北), the labels (1)(2), the phone numbers and extensions.
D, R, Y = "bs06.txt", "桃园县", 2015
A += [
    T(D, "預計編列1億元經費", "家庭责任医师照护计划经费", R, "=", 1, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "投入500位醫療人力", "家庭责任医师照护计划投入医疗人力", R, ">=", 500, "位", Y, "count", "up"),
    T(D, "300位醫師", "家庭责任医师照护计划投入医师数", R, ">=", 300, "位", Y, "count", "up"),
    T(D, "200位醫事人員", "家庭责任医师照护计划投入医事人员数", R, ">=", 200, "位", Y, "count", "up"),
    T(D, "共計10萬家庭受惠", "家庭责任医师照护计划受惠家庭数", R, ">=", 10, "万户", Y, "count", "up"),
    T(D, "補助1000元/年", "家庭责任医师论户计酬补助标准", R, "=", 1000, "元", Y, "amount", "up",
      ambiguous=True),
]

# bs07 a book site's page (梧桐子) with a city's health statistics for 2011 and 2012 (its city unnamed):
# institutions, beds, health workers, doctors and nurses by year, the people served by rural tap water,
# the 新农合 enrolment rate (99.87%) and the fund's spending (3.18亿元) — all what the city had or did
# (`共有`, `拥有`, `参合率99.87%` after a count of the present), none an aim. No gold line: every
# prediction here is a false positive.

write_gold(A, HERE)
