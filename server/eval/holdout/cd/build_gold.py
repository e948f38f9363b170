#!/usr/bin/env python3
"""Build hold-out set CD's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CD (gathered on main 0c7bf32, after the CB/CC round, beside sets CE–CH gathered at the same time in
/work/wt/gce…gch with other focuses, and annotated before any extractor run: the annotator ran none on these
texts; it is to be scored once by the lead engineer, so the set is unspent): 新农合 统筹补偿方案 and funding
news with their aims — a county's 2010 adjustment (慈利县: payment shares raised by points, ceiling, deductibles),
a county-level city's 2012 adjustment (漳平市: ceiling, a major-illness deductible lowered, payment shares by
level), a city's 2011 scheme with eleven raises (德州市), a city's 2012 funding and shares (鞍山市), a province's
2010 guidance (江西省: ceiling, funding, four deductibles and four shares), a province's 2009 framework (河北省:
ranges of deductibles and shares) and a county-level city's 2013 新农合 meeting (福鼎市, traditional: achieved
figures only, the distractor).
Files cd01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of this set (each reasoned at its doc):
- A scheme's `由A提高到B` scores the new value B (as bw01, bs02), never A (last year's setting).
- Payment shares (报销比例/补偿比例) and ceilings (封顶线, 最高支付限额) are up-indicators; the scope is the
  hospital level as written (as bw01's `三级医院`).
- A deductible (起付线) is a down-indicator (lower is better for the insured): `降低至N` → `<=`, and a bare
  `提高到N` → `<=` by the schema's rule for down-indicators (a raise of a deductible is still the level it
  may not pass); `分别为N` → `=` (the schema's `为N`). No earlier set scored a 起付线; the focus asks for them.
- `提高10%` of a payment share is the rise itself (unit `%`, indicator `…提高幅度`), as at05's `提高10%`.
- Where a paragraph is given twice word for word (cd05's 摘要 and body), the first copy is scored and the
  second is ambiguous (the second copy restates the first, as earlier sets mark an item told again); a
  headline restating a body aim is ambiguous.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# cd01 a 张家界 news site's copy (2009/12/11, from 张家界日报) of 慈利县's new 新农合 compensation rules, in
# force `从明年1月1日起`: region 慈利县, year 2010. The page's table borders come as `|` lines (kept). Scored:
# the payment-share rises (`提高10%`/`提高5%` of a share: the rise itself, unit %, named `…提高幅度`, as at05) —
# township designated hospitals +10 (scope 乡镇级定点医疗机构), the county, city and province levels +5 each
# (one target for the three, the schema's joint name rule: scope `县市省三级定点医疗机构`), non-designated
# hospitals of every level +10, the county TCM hospital's TCM fees +5, and the poor households' share a
# further +10 (scope 五保户和低保户); the ceiling 3万 → 6万元 (`>=`, amount); the township deductible raised
# 50 → 100 元 at designated and 300 → 400 元 at non-designated hospitals (down-indicator, bare `提高到` →
# `<=`; see the module's note). Ambiguous: `先由医疗机构给予10%减免` (a fee waiver the hospital grants the poor
# households, a fixed rule rather than a level to reach: `=`), and the two `提高…不等` ranges (18 single
# diseases' standards +100 to 500 元, 13 outpatient diseases' limits +50 to 500 元: `不等` says the rise
# differs by disease, no aim for any one). Not targets: `23个单病种`, `有18个`, `13个` (counts describing the
# scheme's lists), the dates and the page's chrome.
D, R, Y = "cd01.txt", "慈利县", 2010
A += [
    T(D, "定点医疗机构乡镇级提高10%", "新农合住院补偿比例提高幅度", R, ">=", 10, "%", Y, "rate", "up",
      scope="乡镇级定点医疗机构"),
    T(D, "县市省三级均提高5%", "新农合住院补偿比例提高幅度", R, ">=", 5, "%", Y, "rate", "up",
      scope="县市省三级定点医疗机构"),
    T(D, "各级医疗机构均提高10%", "新农合住院补偿比例提高幅度", R, ">=", 10, "%", Y, "rate", "up",
      scope="非定点医疗机构"),
    T(D, "县中医院的中医药诊疗费的补偿比例提高5%", "中医药诊疗费补偿比例提高幅度", R, ">=", 5, "%", Y, "rate",
      "up", scope="县中医院"),
    T(D, "先由医疗机构给予10%减免", "住院医疗费用减免比例", R, "=", 10, "%", Y, "rate", "up",
      scope="五保户和低保户", ambiguous=True),
    T(D, "在上述规定的基础上再提高10%", "新农合住院补偿比例提高幅度", R, ">=", 10, "%", Y, "rate", "up",
      scope="五保户和低保户"),
    T(D, "由今年的3万元提高到6万元", "新农合补偿封顶线", R, ">=", 6, "万元", Y, "amount", "up"),
    T(D, "定点医疗机构由今年的50元提高到100元", "新农合乡镇级补偿起付线", R, "<=", 100, "元", Y, "amount",
      "down", scope="定点医疗机构"),
    T(D, "非定点医疗机构由300元提高到400元", "新农合乡镇级补偿起付线", R, "<=", 400, "元", Y, "amount", "down",
      scope="非定点医疗机构"),
    T(D, "治疗费用补偿标准提高100至500元不等", "单病种治疗费用补偿标准提高额", R, ">=", 100, "元", Y, "amount",
      "up", value_max=500, ambiguous=True),
    T(D, "补偿限额标准提高50至500元不等", "门诊特殊病种补偿限额提高额", R, ">=", 50, "元", Y, "amount", "up",
      value_max=500, ambiguous=True),
]

# cd02 零零农业信息网's print page (2012-03-27) of a Fujian paper's item: 漳平市卫生局's new 新农合 standards from
# 4月1日 (the copier drops `新农` in `合医疗`, `开展合`). Region 漳平市 (the county-level city), year 2012.
# Scored: the yearly inpatient ceiling 7万 → 8万元; the major-illness supplementary compensation's deductible
# `起付2万元降低至1.5万元` (`降低至` → `<=`, down, amount); the inpatient shares by level — county 75%, township
# 95%, city and beyond 80% (scopes as written); the general outpatient pooled share `由40%调整至60%`
# (`调整至` a setting reached: `>=` for an up-indicator); and `单次封顶20元` (the outpatient cap per visit, a
# bare number: implied `>=`, a ceiling being an up-indicator for the insured). Ambiguous: `再增加…9种特殊病种`
# (a count of diseases added to the outpatient list: an aim of the scheme or a description of it). Not
# targets: `6种` (the diseases whose caps rise, no number given for the caps), `11.04万人次` and `1.17亿元`
# (achieved since the scheme began), the date, the URL.
D, R, Y = "cd02.txt", "漳平市", 2012
A += [
    T(D, "年度住院医疗补偿封顶线由7万元提高到8万元", "新农合年度住院补偿封顶线", R, ">=", 8, "万元", Y, "amount",
      "up"),
    T(D, "再增加类风湿关节炎、慢性肾炎等9种特殊病种", "新增门诊特殊病种数", R, ">=", 9, "种", Y, "count", "up",
      ambiguous=True),
    T(D, "起付2万元降低至1.5万元", "重大疾病住院大额医疗费用补充补偿起付线", R, "<=", 1.5, "万元", Y, "amount",
      "down"),
    T(D, "县级住院补偿由70%提高到75%", "新农合住院补偿比例", R, ">=", 75, "%", Y, "rate", "up", scope="县级"),
    T(D, "乡级住院补偿由90%提高到95%", "新农合住院补偿比例", R, ">=", 95, "%", Y, "rate", "up", scope="乡级"),
    T(D, "市级及市级以外住院补偿由70%提高到80%", "新农合住院补偿比例", R, ">=", 80, "%", Y, "rate", "up",
      scope="市级及市级以外"),
    T(D, "普通门诊统筹补偿由40%调整至60%", "普通门诊统筹补偿比例", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "单次封顶20元", "普通门诊统筹单次补偿封顶额", R, ">=", 20, "元", Y, "amount", "up"),
]

# cd03 零零农业信息网's copy of a paper's item (`本报4月14日讯`, the copier drops `新农` in `合筹资`, `合补偿`):
# 德州市卫生局's 2011 新农合 scheme with its eleven raises, in force from 2011年5月1日; the excerpt is cut after
# `据悉,新方案将于2011年5月1日起开始实行。` (the site's comment links and footer follow). Region 德州市, year 2011.
# Scored (ten, the cap): funding per head 140 → 250 元; raises 1–7 — outpatient and outpatient major-illness
# share 50%, general outpatient cap 60 元, outpatient major-illness cap 8000 元, inpatient cap 100000 元 (the
# page writes `提高到 100000元` with a space before the number; the quote keeps it), township hospital share
# 80%, grade-two share 65%, grade-three share 50%; raises 9 and 10, `提高…补偿比例10%` (the rise itself, unit %,
# `…提高幅度`, as at05). Ambiguous: `个人最高可达10万元` in the lead and `最高可达10万元` in the next paragraph
# (restating raise 4's 100000 元 in other words); raise 8, `提高住院报销保底比例最高至25%` (`最高至` makes 25%
# an upper bound on a floor: the comparator could be read either way); raise 11's 70% for the major
# diseases (a target as the others, left unscored for the page's cap of ten: the last of the list). Not
# targets: `2010年人均140元` and every `由…` old value, `11个提高` (the list's count), `四统一、两规范、一提高、一证通`
# (a slogan's numbers), the years 2008–2010 in the history, `5月1日`.
D, R, Y = "cd03.txt", "德州市", 2011
A += [
    T(D, "在2010年人均140元的基础上提高到250元", "新农合人均筹资标准", R, ">=", 250, "元", Y, "amount", "up"),
    T(D, "个人最高可达10万元", "新农合住院补偿封顶线", R, ">=", 10, "万元", Y, "amount", "up", ambiguous=True),
    T(D, "参合农民住院补偿标准最高可达10万元", "新农合住院补偿封顶线", R, ">=", 10, "万元", Y, "amount", "up",
      ambiguous=True),
    T(D, "提高门诊及门诊大病医药费用报销比例,由40%提高到50%", "门诊及门诊大病医药费用报销比例", R, ">=", 50, "%", Y,
      "rate", "up"),
    T(D, "提高普通门诊报销封顶线,由50元提高到60元", "普通门诊报销封顶线", R, ">=", 60, "元", Y, "amount", "up"),
    T(D, "提高门诊大病封顶线,由5000元提高到8000元", "门诊大病封顶线", R, ">=", 8000, "元", Y, "amount", "up"),
    T(D, "提高住院报销封顶线,由60000元提高到 100000元", "新农合住院报销封顶线", R, ">=", 100000, "元", Y,
      "amount", "up"),
    T(D, "提高乡镇卫生院报销比例,由65%提高到80%", "新农合住院报销比例", R, ">=", 80, "%", Y, "rate", "up",
      scope="乡镇卫生院"),
    T(D, "提高二级定点医疗机构住院报销比例,由50%提高到65%", "新农合住院报销比例", R, ">=", 65, "%", Y, "rate",
      "up", scope="二级定点医疗机构"),
    T(D, "提高三级定点医疗机构住院报销比例,由40%提高到50%", "新农合住院报销比例", R, ">=", 50, "%", Y, "rate",
      "up", scope="三级定点医疗机构"),
    T(D, "提高住院报销保底比例最高至25%", "住院报销保底比例", R, "<=", 25, "%", Y, "rate", "up", ambiguous=True),
    T(D, "提高基本药物目录内药品补偿比例10%", "基本药物目录内药品补偿比例提高幅度", R, ">=", 10, "%", Y, "rate",
      "up"),
    T(D, "非药物非手术疗法补偿比例10%", "中药饮片和中医非药物疗法补偿比例提高幅度", R, ">=", 10, "%", Y, "rate",
      "up"),
    T(D, "由正常比例提高到70%", "重大疾病住院报销比例", R, ">=", 70, "%", Y, "rate", "up", ambiguous=True,
      scope="农村儿童白血病、先天性心脏病等重大疾病"),
]

# cd04 零零农业信息网's print page (2012-04-18): 鞍山市卫生局's 2012 新农合 funding and shares (`合筹资` as in
# cd03). Region 鞍山市, year 2012 (`今年`, `2012年`). Scored: funding `达到每人每年300元以上` (the lead; the
# headline restates it: ambiguous), its split — national and provincial subsidy `104元以上`, city 78.5 元,
# county and district 62.5 元 (bare numbers of a funding plan: implied `>=`, as bw01 scores the subsidy) —
# the general outpatient share `提高到40%`, the pool's ceiling `8倍以上` of rural income per head (as bs02's
# `8倍`), and the yearly cap `12万元` (a bare number: `>=`). Ambiguous: `较2011年人均增加近20元` (the rise, `近`
# ~ 20: a derived figure), `参合率达95%以上` (told beside `参合农民165万人` as this year's enrolment, done by
# April, in an aim's form), and the shares after `时下已将` — 70% for the major diseases and `政策范围内住院报销
# 比例提高到76.6%` (the `已` may govern both clauses, the sentence opening `今年将提高`: done or aimed). Not
# targets: `165万人` (the present enrolment), the date, the URL.
D, R, Y = "cd04.txt", "鞍山市", 2012
A += [
    T(D, "新农合筹资水平每人每年300元以上", "新农合人均筹资标准", R, ">=", 300, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "达到每人每年300元以上", "新农合人均筹资标准", R, ">=", 300, "元", Y, "amount", "up"),
    T(D, "国家、省财政补助104元以上", "新农合国家和省财政人均补助标准", R, ">=", 104, "元", Y, "amount", "up"),
    T(D, "市财政补助78.5元", "新农合市财政人均补助标准", R, ">=", 78.5, "元", Y, "amount", "up"),
    T(D, "县(市)区财政补助62.5元", "新农合县(市)区财政人均补助标准", R, ">=", 62.5, "元", Y, "amount", "up"),
    T(D, "较2011年人均增加近20元", "新农合人均筹资增加额", R, "~", 20, "元", Y, "amount", "up", ambiguous=True),
    T(D, "将普通门诊报销比例提高到40%", "普通门诊报销比例", R, ">=", 40, "%", Y, "rate", "up"),
    T(D, "参合率达95%以上", "新农合参合率", R, ">=", 95, "%", Y, "rate", "up", ambiguous=True),
    T(D, "艾滋病机会性感染患者补偿比例提高到70%", "重大疾病住院补偿比例", R, ">=", 70, "%", Y, "rate", "up",
      ambiguous=True, scope="儿童白血病、先心病等重大疾病患者"),
    T(D, "政策范围内住院报销比例提高到76.6%", "新农合政策范围内住院费用报销比例", R, ">=", 76.6, "%", Y, "rate",
      "up", ambiguous=True),
    T(D, "统筹基金最高支付限额达到全市农民人均纯收入的8倍以上", "新农合统筹基金最高支付限额", R, ">=", 8, "倍", Y,
      "amount", "up"),
    T(D, "全年累计报销封顶线12万元", "新农合全年累计报销封顶线", R, ">=", 12, "万元", Y, "amount", "up"),
]

# cd05 新农网's copy (2009-10-16, from 新法制报) of 江西省's guidance adjusting the 新农合 统筹补偿方案 from 2010:
# region 江西省 (`我省` in the body; the headline and lead name it), year 2010 (`决定从2010年开始`). The lead's
# 摘要 paragraph is given again word for word as the body's first paragraph. Scored (ten, the cap), the first
# copy: the inpatient ceiling 3万 → 5万元, funding per head 100 → 150 元, the farmers' contribution `从15元左右
# 提高到了30元` (the new value, `>=`); the four-level deductibles `分别为100元、300元、600 元` (township, county,
# out-of-county designated: `为N` → `=`, down) and the shares `分别为75%、60%、45%` and `非定点医疗机构为 35%`
# (`=`, up; scopes as written). Ambiguous: the body's second copy of the three (restating the 摘要), the
# headline `顶线提至5万元` (restating), and the out-of-county non-designated deductible `为800元` (a target as
# its three siblings, left unscored for the page's cap of ten). Not targets: `各统筹地区只能对县、乡两级的补偿比
# 上下浮动5%` (a tolerance allowed to the counties, not a level), `四级` (the number of levels), `每年3万元` and
# the other old values, the date.
D, R, Y = "cd05.txt", "江西省", 2010
A += [
    T(D, "江西农民住院报销顶线提至5万元", "新农合住院补偿封顶线", R, ">=", 5, "万元", Y, "amount", "up",
      ambiguous=True),
    T(D, "参合农民住院补偿封顶线由每年3万元提高到5万元", "新农合住院补偿封顶线", R, ">=", 5, "万元", Y, "amount",
      "up", occ=0),
    T(D, "人均年筹资额从100元提高到了150元", "新农合人均筹资标准", R, ">=", 150, "元", Y, "amount", "up", occ=0),
    T(D, "农民个人缴费也从15元左右提高到了30元", "新农合个人缴费标准", R, ">=", 30, "元", Y, "amount", "up", occ=0),
    T(D, "参合农民住院补偿封顶线由每年3万元提高到5万元", "新农合住院补偿封顶线", R, ">=", 5, "万元", Y, "amount",
      "up", occ=1, ambiguous=True),
    T(D, "人均年筹资额从100元提高到了150元", "新农合人均筹资标准", R, ">=", 150, "元", Y, "amount", "up", occ=1,
      ambiguous=True),
    T(D, "农民个人缴费也从15元左右提高到了30元", "新农合个人缴费标准", R, ">=", 30, "元", Y, "amount", "up", occ=1,
      ambiguous=True),
    T(D, "县外定点医疗机构分别为100元", "新农合住院起付线", R, "=", 100, "元", Y, "amount", "down",
      scope="乡级定点医疗机构"),
    T(D, "、300元", "新农合住院起付线", R, "=", 300, "元", Y, "amount", "down", scope="县级定点医疗机构"),
    T(D, "、600 元", "新农合住院起付线", R, "=", 600, "元", Y, "amount", "down", scope="县外定点医疗机构"),
    T(D, "县外非定点医疗机构为800元", "新农合住院起付线", R, "=", 800, "元", Y, "amount", "down",
      scope="县外非定点医疗机构", ambiguous=True),
    T(D, "县外定点医疗机构分别为75%", "新农合住院补偿比例", R, "=", 75, "%", Y, "rate", "up",
      scope="乡级定点医疗机构"),
    T(D, "、60%", "新农合住院补偿比例", R, "=", 60, "%", Y, "rate", "up", scope="县级定点医疗机构"),
    T(D, "、45%", "新农合住院补偿比例", R, "=", 45, "%", Y, "rate", "up", scope="县外定点医疗机构"),
    T(D, "非定点医疗机构为 35%", "新农合住院补偿比例", R, "=", 35, "%", Y, "rate", "up", scope="非定点医疗机构"),
]

# cd06 a medical-devices portal's copy (2008-10-27) of a news item: 河北省卫生厅's 《河北省2009年新型农村合作医疗
# 统筹补偿方案基本框架》. Region 河北省, year 2009 (the framework's year; `明年` in the headline). Scored: the
# ceiling's rise `较之2008年提高了1万元` (the rise itself, `>=`, amount, named `…提高额`) and the ceiling `封顶线
# 为每人每年3万元` (`为N` → `=`); the inpatient shares by level as ranges (`70%-80%`, `60%-70%`, `45%-60%`: an
# up-indicator's range → `>=` with value and value_max, SCHEMA; scopes 乡级, 县级, 县级以上). Ambiguous: the
# deductible ranges `100元-200元`, `200元-400元`, `800元-2000元` — a frame within which each county sets its
# deductible: a down-indicator, but the schema settles ranges only for up (`>=`) and neutral (`=`) indicators,
# and a frame to choose within reads as a band; written `=` with direction band, unscored. Not targets:
# `2008年1月份-9月份` (the period analysed), `79359` (read count), the phone numbers.
D, R, Y = "cd06.txt", "河北省", 2009
A += [
    T(D, "住院补偿封顶线较之2008年提高了1万元", "新农合住院补偿封顶线提高额", R, ">=", 1, "万元", Y, "amount", "up"),
    T(D, "乡级为100元-200元", "新农合住院费用补偿起付线", R, "=", 100, "元", Y, "amount", "band", value_max=200,
      scope="乡级", ambiguous=True),
    T(D, "住院补偿比例为70%-80%", "新农合住院补偿比例", R, ">=", 70, "%", Y, "rate", "up", value_max=80,
      scope="乡级"),
    T(D, "县级为200元-400元", "新农合住院费用补偿起付线", R, "=", 200, "元", Y, "amount", "band", value_max=400,
      scope="县级", ambiguous=True),
    T(D, "住院补偿比例为60%-70%", "新农合住院补偿比例", R, ">=", 60, "%", Y, "rate", "up", value_max=70,
      scope="县级"),
    T(D, "县级以上为800元-2000元", "新农合住院费用补偿起付线", R, "=", 800, "元", Y, "amount", "band",
      value_max=2000, scope="县级以上", ambiguous=True),
    T(D, "住院补偿比例为45%-60%", "新农合住院补偿比例", R, ">=", 45, "%", Y, "rate", "up", value_max=60,
      scope="县级以上"),
    T(D, "封顶线为每人每年3万元", "新农合住院补偿封顶线", R, "=", 3, "万元", Y, "amount", "up"),
]

# cd07 a 福鼎 news site's item (traditional, `本報訊`, `10月30日`; 2013 from `2013年全市…`): the city's 新农合
# work meeting, reviewing the scheme and `部署2014年新型農村合作醫療工作` without a figure for 2014. Region 福鼎市
# (the county-level city, named in `構建和諧福鼎`). Every figure is achieved or present: `17個鄉鎮`, `251個行政村`,
# `覆蓋率100%`, `七年` (years run), `476804人`, `16203人`, `參合率達110.08%`. No aim is given (`各項目標任務` and
# `籌資工作` carry no number): no gold line; every prediction here is a false positive.

write_gold(A, HERE)
