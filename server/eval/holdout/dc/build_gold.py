#!/usr/bin/env python3
"""Build hold-out set DC's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DC (gathered on main fd34af45, after session 24's rounds on CW and CX, beside the sets gathered at the
same time in the other /work/wt/g* worktrees, and annotated before any extractor run: the annotator ran none
on these texts; it is to be scored once by the lead engineer, so the set is unspent): medical insurance,
新农合 (2005–2015) and 城乡居民医保 (2016–2026) — 红网's 2015 item on 通道县's 2016 新农合 funding scheme (530元,
the subsidy raised to 410元, 120元 a farmer), 青海新闻网's 2010 item on 乐都县's 新农合 (four inpatient shares by
level, two ceilings, 21 chronic diseases, beside the year's achieved figures), a 2017 item on 石狮市's move to
城乡居民医保 under 泉州's 2018 collection notice (a subsidy floor, a contribution told with 为, a 40万 ceiling),
a page of 鹤山市's 2008 新农合 raises (funding, two ceilings of two tiers, two shares), 新华社's 2016 national
item on the residents' insurance notice (subsidy and contribution, each with its rise), 长丰's 12345 answer on
the province's 2020 residents' funding (the province unnamed: 全省) and 湖州's 2021 1-9月 report on its
insurance funds (achieved figures only: the distractor).
Files dc01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a scheme's `由A提高到B` scores B, never A (cd, bw01, bs02); payment
shares and ceilings (报销比例, 封顶线, 最高可报销) are up-indicators, the hospital level or the tier in scope
(cd, bw01); a list `分别…A、B、C` is quoted cumulatively, one line a figure (cd05, j); a rise told beside its
level (`新增30元,达到…550元`) is two lines, the rise named …提高额 (au03, names round 12); the centre's shares of a
subsidy by region (`西部地区80%、中部地区60%`) are rules of allocation: ambiguous `=` (au03); a standard told with
`为N` is `=` (SCHEMA); a headline, a lead or a sub-head telling again an aim of the body is ambiguous (cx04,
cd); a count in a Chinese numeral that only sums a list just given is ambiguous (cx05); a year's figure told
as reached (`2008年…参合率达到98%`) under a heading of results is ambiguous; achieved figures are not targets.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dc01 红网's 通道 channel (2015-11-18), its breadcrumb `当前位置:` and its footer (source, author, link, `返回红网首页`)
# dropped: 通道县 issued its 2016 新农合 funding scheme (《通道侗族自治县2016年新型农村合作医疗筹资工作实施方案》).
# Region 通道侗族自治县 (the GB/T 2260 name; the text says 通道县 and gives the full name in the scheme's
# title), year 2016. Scored: the funding level `人均筹资水平提高到530元`, the subsidies of all levels
# `从…360元提高到…410元` (the new value) and the farmer's share `农民个人筹资达120元` (`达`, up: `>=`).
# Ambiguous: the headline's 530元 (told again). Not targets: 2015's results (`20.8万人`, `98.94%`), the dates
# (`11月17日`, `2016年2月28日前`), the old subsidy 360元.
D, R, Y = "dc01.txt", "通道侗族自治县", 2016
A += [
    T(D, "通道县2016年新农合人均筹资提高至530元", "新农合人均筹资标准", R, ">=", 530, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "新农合人均筹资水平提高到530元", "新农合人均筹资标准", R, ">=", 530, "元", Y, "amount", "up"),
    T(D, "各级财政的补助标准从每人每年360元提高到每人每年410元", "新农合各级政府人均补助标准", R, ">=", 410, "元", Y,
      "amount", "up"),
    T(D, "农民个人筹资达120元", "新农合个人缴费标准", R, ">=", 120, "元", Y, "amount", "up"),
]

# dc02 a farm-news portal's copy (零零农业信息网) of 青海新闻网's item (2010-11-24 in its address) on 乐都县's 新农合,
# its breadcrumb and its footer (`点击支持一下`, the statement, the address, the ICP line) dropped. Region 乐都县
# (the county as the text and the code table of its year name it; 乐都区 since 2013), year 2010 (`2010年`).
# The first paragraph is the year's results: not targets (`19个乡354个村`, `210286人`, `99.7%`, `3244.7万元`,
# `21733名`, `1935万元`, and the headline's `21万农民`). The second gives the year's settings `根据相关政策,
# 2010年`: scored, the funding `由每人每年20元提高到现在的30元` (B of `由A提高到B`, though `现在的` tells it in force),
# the four inpatient shares `乡、县、地、省…上升为45%、 55%、65%、75%` (scope the level; the page's space after
# the first `、` kept), the chronic diseases covered in outpatient care `由18种增加到21种` (a count, as bw's `20种
# 大病`), and the two ceilings `补偿封顶线和特大疾病封顶线每人每年达3万元和5万元` (two lines, `达`: `>=`).
D, R, Y = "dc02.txt", "乐都县", 2010
N = "新农合住院费用报销比例"
Q = "乡、县、地、省住院报销比例上升为45%"
A += [
    T(D, "新型农村合作医疗人均筹资标准由每人每年20元提高到现在的30元", "新农合人均筹资标准", R, ">=", 30, "元", Y,
      "amount", "up"),
    T(D, Q, N, R, ">=", 45, "%", Y, "rate", "up", scope="乡级"),
    T(D, Q + "、 55%", N, R, ">=", 55, "%", Y, "rate", "up", scope="县级"),
    T(D, Q + "、 55%、65%", N, R, ">=", 65, "%", Y, "rate", "up", scope="地级"),
    T(D, Q + "、 55%、65%、75%", N, R, ">=", 75, "%", Y, "rate", "up", scope="省级"),
    T(D, "门诊慢性病病种由18种增加到21种", "新农合门诊慢性病补偿病种数", R, ">=", 21, "种", Y, "count", "up"),
    T(D, "补偿封顶线和特大疾病封顶线每人每年达3万元", "新农合补偿封顶线", R, ">=", 3, "万元", Y, "amount", "up"),
    T(D, "补偿封顶线和特大疾病封顶线每人每年达3万元和5万元", "新农合特大疾病补偿封顶线", R, ">=", 5, "万元", Y,
      "amount", "up"),
]

# dc03 a land-news portal's copy (土流网) of an item sourced to 泉州市人民政府办公室 (2017-09-22) on 石狮市's move to
# 城乡居民医保 in 2018, cut mid-sentence (`缴费之前和等待期期间发生的`). Year 2018 (`从2018年起`, `2018年度`). The
# body reports 泉州's notice on 2018 collection: region 泉州市, scored the subsidy floor `各级财政对城乡医保补助不
# 低于450元/人` (`>=`) and the contribution `个人缴费标准为180元/人` (`为`: `=`). The lead applies the city's rules to
# 石狮市 (region 石狮市): its `最高可报销40万元` is told nowhere else in the part given (the body's part on it is
# cut): scored, a ceiling, up, the bare figure an implied 达到 (`>=`); its `个人缴费标准为每人180元` tells the
# notice's figure again: ambiguous. The two sub-heads repeat the lead: ambiguous. Not targets: the dates and
# periods (`2017年10月10日`…`3月10日`), `90天` and `60天` (rules of waiting), `1年以上` (who may enrol).
D, Y = "dc03.txt", 2018
A += [
    T(D, "个人缴费标准为每人180元", "城乡居民医保个人缴费标准", "石狮市", "=", 180, "元", Y, "amount", "up",
      ambiguous=True, occ=0),
    T(D, "大病患者最高可报销40万元", "城乡居民医保大病患者最高报销限额", "石狮市", ">=", 40, "万元", Y, "amount", "up",
      occ=0),
    T(D, "个人缴费标准为每人180元", "城乡居民医保个人缴费标准", "石狮市", "=", 180, "元", Y, "amount", "up",
      ambiguous=True, occ=1),
    T(D, "2018年各级财政对城乡医保补助不低于450元/人", "城乡居民医保人均财政补助标准", "泉州市", ">=", 450, "元", Y,
      "amount", "up"),
    T(D, "个人缴费标准为180元/人", "城乡居民医保个人缴费标准", "泉州市", "=", 180, "元", Y, "amount", "up"),
    T(D, "大病患者最高可报销40万元", "城乡居民医保大病患者最高报销限额", "石狮市", ">=", 40, "万元", Y, "amount", "up",
      ambiguous=True, occ=1),
]

# dc04 a page of a farm-news site's 新农合 column (nzgx, `地方举措`, 2009-10-23 in its address), its `评论` footer dropped:
# 鹤山市's raises, each item led by a heading (`参合率提高。`, `筹资水平提高。`…). Region 鹤山市, year 2008 (the one
# year named, `2008年`, taken for the items that follow it). Scored: the funding `从人均筹资水平70元调整到80元`,
# the ceilings `“标准档”提高到20000元` and `“提高档”提高到30000元` (scope the tier), the inpatient shares of the
# town hospitals `从60%提高到70%` and of the city's own hospitals `从40%提高到50%` (scope the level). Ambiguous:
# `2008年,…参合率达到98%` (a year's rate told as reached under the heading `参合率提高`: a result or the year's
# aim) and `六种重症慢性病` (a Chinese numeral summing the list just given of diseases newly paid in outpatient
# care). Not targets: the old values (70元, 60%, 40%).
D, R, Y = "dc04.txt", "鹤山市", 2008
A += [
    T(D, "2008年,鹤山市农村合作医疗参合率达到98%", "新农合参合率", R, ">=", 98, "%", Y, "rate", "up", ambiguous=True),
    T(D, "新农合筹资标准从人均筹资水平70元调整到80元", "新农合人均筹资标准", R, ">=", 80, "元", Y, "amount", "up"),
    T(D, "报销封顶线“标准档”提高到20000元", "新农合住院补偿封顶线", R, ">=", 20000, "元", Y, "amount", "up",
      scope="标准档"),
    T(D, "“提高档”提高到30000元", "新农合住院补偿封顶线", R, ">=", 30000, "元", Y, "amount", "up", scope="提高档"),
    T(D, "在鹤山市乡镇卫生院住院的报销比例从60%提高到70%", "新农合住院费用报销比例", R, ">=", 70, "%", Y, "rate", "up",
      scope="乡镇卫生院"),
    T(D, "在该市市直定点医疗机构住院的报销比例从40%提高到50%", "新农合住院费用报销比例", R, ">=", 50, "%", Y, "rate",
      "up", scope="市直定点医疗机构"),
    T(D, "六种重症慢性病", "新农合特殊病种门诊报销病种数", R, ">=", 6, "种", Y, "count", "up", ambiguous=True),
]

# dc05 a finance portal's copy (fishfx) of 新华社's item of 5月6日 on the 2016 notice of 人社部 and 财政部 on urban
# residents' insurance. Region 全国, year 2016. Scored: the subsidy's rise `提高40元` and its level `达到每人每年420元`,
# the personal contribution's rise `提高30元` and its level `达到人均不低于150元` (each rise named …提高额, as au03).
# Ambiguous: the centre's shares of the added 300元 for the west and the middle (`西部地区80%、中部地区60%`):
# rules of allocation, `=`, as au03. Not targets: the 120元 base of the centre's old share, the 300元 it
# applies to, and 2015's `人均不低于120元` (last year's level).
D, R, Y = "dc05.txt", "全国", 2016
A += [
    T(D, "2016年各级财政对居民医保的补助标准在2015年的基础上提高40元", "居民医保人均财政补助标准提高额", R, ">=", 40,
      "元", Y, "amount", "up"),
    T(D, "达到每人每年420元", "居民医保人均财政补助标准", R, ">=", 420, "元", Y, "amount", "up"),
    T(D, "按照西部地区80%", "中央财政居民医保补助比例", R, "=", 80, "%", Y, "rate", "up", scope="西部地区",
      ambiguous=True),
    T(D, "中部地区60%的比例补助", "中央财政居民医保补助比例", R, "=", 60, "%", Y, "rate", "up", scope="中部地区",
      ambiguous=True),
    T(D, "人均不低于120元的基础上提高30元", "居民医保个人缴费标准提高额", R, ">=", 30, "元", Y, "amount", "up"),
    T(D, "达到人均不低于150元", "居民医保个人缴费标准", R, ">=", 150, "元", Y, "amount", "up"),
]

# dc06 a news portal's copy (rx365) of a 12345 hot-line answer headed `长丰2020年城乡居民基本医疗保险筹资标准是多少?`:
# the province's 2020 residents' funding. Region 全省: the text names no province (长丰 alone does not make it
# plain, as SCHEMA's 即墨、胶南), year 2020. Scored: the subsidy's rise `新增30元` and level `达到每人每年550元`,
# the contribution's rise `同步新增30元` and level `达到每人每年280元` (au03's pair of lines). The `摘要` repeats the
# answer's opening and is cut before any figure (`2020年,全省`). Not targets: the date of the page, `2019年`.
D, R, Y = "dc06.txt", "全省", 2020
A += [
    T(D, "人均财政补助标准在2019年的基础上新增30元", "城乡居民医保人均财政补助标准提高额", R, ">=", 30, "元", Y,
      "amount", "up"),
    T(D, "达到每人每年550元", "城乡居民医保人均财政补助标准", R, ">=", 550, "元", Y, "amount", "up"),
    T(D, "个人缴费标准同步新增30元", "城乡居民医保个人缴费标准提高额", R, ">=", 30, "元", Y, "amount", "up"),
    T(D, "达到每人每年280元", "城乡居民医保个人缴费标准", R, ">=", 280, "元", Y, "amount", "up"),
]

# dc07 the distractor: 湖州市人民政府's page (huzhou.gov.cn, its breadcrumb and `扫一扫` footer dropped) with the
# 2021 1-9月 report on the basic medical insurance funds (`基金运行情况`): enrolment (`160.09万人`, `124.34万人`),
# changes over last year (`增加7.66万人`, `减少7.19万人`), income, spending and balance (`54.1亿元`, `21.14亿元`…)
# and their growth (`增长33.04%`…). Achieved figures only: no gold line; every prediction here is a false
# positive.

write_gold(A, HERE)
