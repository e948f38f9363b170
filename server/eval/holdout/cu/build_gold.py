#!/usr/bin/env python3
"""Build hold-out set CU's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CU (gathered on main 8882d780, after sets CO–CT were scored on first contact, beside set CV gathered at the
same time in /work/wt/gcv, and annotated before any extractor run: the annotator ran none on these texts; it is
to be scored once by the lead engineer, so the set is unspent): the product's core document — a bureau's yearly
目标 / 计划 / 任务分解 / 目标任务书 — in the forms the corpus still held unspent, several of them text that came out
of a document file: 通化's 2022 考核指标框架 for 健康中国行动 from a document site, its table flattened into one
run (row numbers glued to the names, every `%` and `‰` lost to `()`), a city's 2010 医改 task decomposition (its
fifth page on a law-database mirror: items 25–29 with 责任单位/责任人/责任期限, the city unnamed), 黄石's 2014
卫生计生 aims after 2013's results (a `%` lost after `75`), a county's 2016 卫生计生 work plan (the first of six on a
范文 site, county and year blanked to `**`), 江西's 2010 妇幼安康工程 (traditional), a town office's 2012 人口和计划
生育 目标任务书 (榆阳区大河塔镇安崖办事处, a spam mirror's garbled traditional with the reading of each character in
brackets, `計(jì)劃`) and 青海's 2021 results told at its 2022 health conference (traditional, achieved figures
only: the distractor).
Files cu01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a value in a target table with no aim word is an implied 达到 (`>=`
for an up-indicator, `<=` for a down one); a `%` lost in extraction is still `%` (AB's ab03 `达到95`), and a lost
`‰` on a death rate is `‰` (a 7.5 % infant death rate is not meant; AR and BP read a lost ‰ the same way); `分别
达到A、B` gives two lines, each quote its own number; a rise written `提高5%到10%` is one line named for the rise,
unit `%` as written, value 5 and value_max 10 (AT's `提高10%` read as the rise itself); a restated aim (the
scoring section repeating the list, a rise that restates the level) is ambiguous; an aim of another bureau in a
health table (the culture and education bureaus' rows of a 健康中国行动 table) is ambiguous (as CN marks a
report's school aim); at most 10 scored lines a page, the rest ambiguous for the cap. Achieved figures told
beside the aims (`2013年…参合率达99.6%`) are not targets. A town office (`办事处`) that sets its own targets is
the region as the text names it.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402

A = []

# cu01 a document site's (taowenge) copy of 通化市's 健康中国行动 implementation plan, of which only the attachment
# shows: `通化市推进健康中国行动2022年考核指标框架`, a table flattened into one run — `序号类别指 标2022年全市目标值责任部门`,
# then row number, action, indicator, unit in brackets, target and bureau glued together (`105岁以下儿童死亡率()9.5`
# is row 10 and the under-5 death rate). Every `%` and `‰` was lost, leaving `()`. Region 通化市 (吉林), year 2022
# (the column head). Thirteen numbered targets; the ten of the health bureau's rows are scored, each an implied
# 达到: life expectancy 77.7 岁 (amount, as earlier sets), doctors per thousand 2.6 人 (count), the out-of-pocket
# share 27.5 % (down), health literacy 22 %, infant and under-5 death rates 7.5 ‰ and 9.5 ‰ and the maternal death
# rate 18 1/10万 (down), prenatal and newborn metabolic screening 70 % and 98 %, rural women's cervical and breast
# cancer screening 80 %. Ambiguous: the culture bureau's two fitness rows (90.86 %, 37 %) and the education
# bureau's pupils' fitness row (50 %): aims of other bureaus in the table (and past the cap of ten). Not targets:
# the row numbers (1…16, glued to names), the `实现` rows (no number), the upload's 4303281, 2021-08-14, 3页, 51KB,
# `第1页`, and the cut `开课` (row 16, its number lost to the excerpt's end).
D, R, Y = "cu01.txt", "通化市", 2022
A += [
    T(D, "人均预期寿命(岁)77.7", "人均预期寿命", R, ">=", 77.7, "岁", Y, "amount", "up"),
    T(D, "每千常住人口执业(助理)医师数(人)2.6", "每千常住人口执业(助理)医师数", R, ">=", 2.6, "人", Y, "count", "up"),
    T(D, "个人卫生支出占卫生总费用的比重()27.5", "个人卫生支出占卫生总费用的比重", R, "<=", 27.5, "%", Y, "rate",
      "down"),
    T(D, "居民健康素养水平()22", "居民健康素养水平", R, ">=", 22, "%", Y, "rate", "up"),
    T(D, "城乡居民达到国民体质测定标准合格以上的人数比例()90.86", "城乡居民达到国民体质测定标准合格以上的人数比例", R,
      ">=", 90.86, "%", Y, "rate", "up", ambiguous=True),
    T(D, "经常参加体育锻炼人数比例()37", "经常参加体育锻炼人数比例", R, ">=", 37, "%", Y, "rate", "up", ambiguous=True),
    T(D, "婴儿死亡率()7.5", "婴儿死亡率", R, "<=", 7.5, "‰", Y, "rate", "down"),
    T(D, "5岁以下儿童死亡率()9.5", "5岁以下儿童死亡率", R, "<=", 9.5, "‰", Y, "rate", "down"),
    T(D, "孕产妇死亡率(1/10万)18", "孕产妇死亡率", R, "<=", 18, "1/10万", Y, "rate", "down"),
    T(D, "产前筛查率()70", "产前筛查率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "新生儿遗传代谢性疾病筛查率()98", "新生儿遗传代谢性疾病筛查率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "农村适龄妇女宫颈癌和乳腺癌筛查覆盖率()80", "农村适龄妇女宫颈癌和乳腺癌筛查覆盖率", R, ">=", 80, "%", Y,
      "rate", "up"),
    T(D, "国家学生体质健康标准达标优良率()50", "国家学生体质健康标准达标优良率", R, ">=", 50, "%", Y, "rate", "up",
      ambiguous=True),
]

# cu02 the fifth page of a law-database mirror's (fsou) copy of a city's 2010 医改 task decomposition: numbered
# tasks 25–29, each with 责任单位 / 支持单位 / 责任人 / 责任期限 (`2010年底前完成`). The page begins mid-list and ends
# cut (`支`); the city is never named: region 全市 (the text's own word), year 2010. Fourteen aims; ten scored: at
# least 5 township hospitals piloting village integration (`在5所以上`, count), the village doctor's monthly
# subsidy of 500 元 (`按每月500元标准发放`, amount up), the health-record rates `分别达到50%、30%以上` (two lines, scopes
# 城市居民 and 农村居民), the 3-year-olds' and pregnant women's system care 60 % and 60 %, child immunisation
# `90%以上`, the hypertension and type-2 diabetes management rates `分别达到40%和30%` (two lines) and the 2000 doses
# of hepatitis B catch-up (`完成2000人份`, count in `人份`). Ambiguous only for the cap of ten: the infectious-disease
# direct-report rate 90 %, the psychosis management rates 40 % and 20 % (城市 / 农村) and the catch-up coverage
# 95 %. Not targets: the item numbers 25…29, `9类` (the services' own count), `15岁以下` (who is served), the
# deadlines (`2010年9月15日前`).
D, R, Y = "cu02.txt", "全市", 2010
A += [
    T(D, "在5所以上乡镇卫生院推行乡村一体化管理试点工作", "推行乡村一体化管理试点的乡镇卫生院数", R, ">=", 5, "所", Y,
      "count", "up"),
    T(D, "每名村医按每月500元标准发放生活补助", "乡村医生每月生活补助标准", R, ">=", 500, "元", Y, "amount", "up"),
    T(D, "城乡居民健康档案规范化建档率分别达到50%", "居民健康档案规范化建档率", R, ">=", 50, "%", Y, "rate", "up",
      scope="城市居民"),
    T(D, "30%以上", "居民健康档案规范化建档率", R, ">=", 30, "%", Y, "rate", "up", scope="农村居民"),
    T(D, "3岁儿童系统保健率达到60%", "3岁儿童系统保健率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "孕产妇系统保健管理率达到60%", "孕产妇系统保健管理率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "儿童免疫接种报告接种率达到90%以上", "儿童免疫接种报告接种率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "传染病网络直报率达到90%", "传染病网络直报率", R, ">=", 90, "%", Y, "rate", "up", ambiguous=True),
    T(D, "在城市和农村分别达到40%", "重性精神疾病管理率", R, ">=", 40, "%", Y, "rate", "up", scope="城市",
      ambiguous=True),
    T(D, "、20%", "重性精神疾病管理率", R, ">=", 20, "%", Y, "rate", "up", scope="农村", ambiguous=True),
    T(D, "城乡居民高血压和Ⅱ糖尿病规范管理率分别达到40%", "高血压患者规范管理率", R, ">=", 40, "%", Y, "rate", "up"),
    T(D, "和30%", "2型糖尿病患者规范管理率", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "完成2000人份乙肝疫苗查漏补种工作", "乙肝疫苗查漏补种人份数", R, ">=", 2000, "人份", Y, "count", "up"),
    T(D, "应补种儿童补种接种率达到95%以上", "乙肝疫苗应补种儿童补种接种率", R, ">=", 95, "%", Y, "rate", "up",
      ambiguous=True),
]

# cu03 a news portal's (0722gs) item on 黄石市's health and family-planning work: 2013's results, then
# 2014's aims (`2014年,黄石市新农合人均筹资水平将提高50元,达每人390元`). Region 黄石市 (湖北), year 2014. Ten scored:
# the 新农合 funding per head 390 元 (amount), the in-policy inpatient reimbursement `达到75` (its `%` lost: 75 %),
# outpatient reimbursement 50 %, the rise of the share reimbursed for herbal pieces and appropriate techniques
# `提高5%到10%` (one line named for the rise, 5–10 %), the major-disease and severe outpatient-illness
# reimbursement floors `不低于70%` and `不低于60%`, essential-drug varieties `扩大到800种` (count) and their delivery
# rate `90%以上`, the village doctor's yearly income `不低于2.2万元` (amount, `万元` as written) and 20 more
# vaccination points (count). Ambiguous: `将提高50元` (the 390 元 aim told as its rise). Not targets: 2013's 123项,
# 87人次, `参合率达99.6%`, 4.84张, `22类疾病纳入` (achieved), 255例; `22中` and `20中` (how many diseases the two
# reimbursement floors cover, a typo for 种: part of the scope, not a target).
D, R, Y = "cu03.txt", "黄石市", 2014
A += [
    T(D, "新农合人均筹资水平将提高50元", "新农合人均筹资水平提高额", R, ">=", 50, "元", Y, "amount", "up", ambiguous=True),
    T(D, "达每人390元", "新农合人均筹资水平", R, ">=", 390, "元", Y, "amount", "up"),
    T(D, "政策范围内住院费用补偿比达到75", "新农合政策范围内住院费用补偿比", R, ">=", 75, "%", Y, "rate", "up"),
    T(D, "门诊补偿比达到50%", "新农合门诊补偿比", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "中药饮片和适宜技术报销比例将提高5%到10%", "中药饮片和适宜技术报销比例提高幅度", R, ">=", 5, "%", Y, "rate",
      "up", value_max=10),
    T(D, "重大疾病补偿比例不低于70%", "重大疾病补偿比例", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "门诊重症补偿比例不低于60%", "门诊重症补偿比例", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "基本药物品种将扩大到800种", "基本药物品种数", R, ">=", 800, "种", Y, "count", "up"),
    T(D, "配送率达到90%以上", "基本药物配送率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "确保其人均年收入不低于2.2万元", "乡村医生人均年收入", R, ">=", 2.2, "万元", Y, "amount", "up"),
    T(D, "增加疫苗预防接种点20个", "新增疫苗预防接种点数", R, ">=", 20, "个", Y, "count", "up"),
]

# cu04 a 范文 site's (xianxue) `乡镇卫生工作计划合集6篇`, of which the excerpt holds the first: a county's health and
# family-planning plan for `**年`, the year and place blanked (`努力建设“健康”`). The year is plain from
# `**年是“十三五”规划的开局之年`: 2016. Region 全县 (the text's own word). The list is cut inside its fourth item
# (`完成乡镇计生服`). Six scored: price reform in `两家` county hospitals (2 家, count, Chinese numeral), the
# essential-drug supervision, online-purchase and central-payment rates `保持100%` (one number for three
# indicators: one line, the joint name), essential drugs' share of use and sales `保持50%以上` in second-level and
# `35%以上` in third-level hospitals (two lines, scopes 二级医院 / 三级医院), 新农合 enrolment `保持在98%以上` and the
# in-policy inpatient reimbursement `保持在75%以上`. Not targets: the site's date 2022-04-02 17:27:58, `6篇`, `篇1`,
# `十三五`, `十八大` and `十八届三中、四中、五中全会`.
D, R, Y = "cu04.txt", "全县", 2016
A += [
    T(D, "完成两家县级公立医院医疗服务价格整体调整", "完成医疗服务价格整体调整的县级公立医院数", R, ">=", 2, "家", Y,
      "count", "up"),
    T(D, "基层医疗卫生机构基本药物监督覆盖率、上网采购率、集中支付率保持100%",
      "基层医疗卫生机构基本药物监督覆盖率、上网采购率、集中支付率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "二级医院基本药物使用量和销售额保持50%以上", "基本药物使用量和销售额占比", R, ">=", 50, "%", Y, "rate", "up",
      scope="二级医院"),
    T(D, "三级医院基本药物使用量和销售额保持35%以上", "基本药物使用量和销售额占比", R, ">=", 35, "%", Y, "rate", "up",
      scope="三级医院"),
    T(D, "参合率保持在98%以上", "新农合参合率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "政策范围内住院费用报销比例保持在75%以上", "新农合政策范围内住院费用报销比例", R, ">=", 75, "%", Y, "rate",
      "up"),
]

# cu05 a portal's traditional copy of 新华网江西频道's item (2010-08-18) on 江西省's 妇幼安康工程: this year's aims and
# 2011's. Region 江西省, years 2010 (`今年`, `到今年底`, the item's date) and 2011 (`到2011年`). Seven scored, all up:
# hospital delivery `維持在98%以上` and rural high-risk pregnant women's `維持在99.5%以上` (scope 农村高危孕产妇), the
# coverage of asphyxia-resuscitation training institutions 100 % by 2011, premarital examination `60%以上` by the
# year's end, pregnant women's care management `85%以上`, newborn screening 40 % and hearing screening 30 % by 2011
# (a bare `達到N` on an up-indicator: `>=`). Not targets: `孕前3個月至孕早期3個月` (when folic acid is given), the
# dates.
D, R = "cu05.txt", "江西省"
A += [
    T(D, "全省住院分娩率維持在98%以上", "住院分娩率", R, ">=", 98, "%", 2010, "rate", "up"),
    T(D, "農村高危孕產婦住院分娩率維持在99.5%以上", "住院分娩率", R, ">=", 99.5, "%", 2010, "rate", "up",
      scope="农村高危孕产妇"),
    T(D, "窒息復蘇技術培訓機構覆蓋率達到100%", "新生儿窒息复苏技术培训机构覆盖率", R, ">=", 100, "%", 2011, "rate", "up"),
    T(D, "婚檢率要達到60%以上", "婚检率", R, ">=", 60, "%", 2010, "rate", "up"),
    T(D, "全省孕產婦保健管理率要達85%以上", "孕产妇保健管理率", R, ">=", 85, "%", 2011, "rate", "up"),
    T(D, "新生兒疾病篩查率要達到40%", "新生儿疾病筛查率", R, ">=", 40, "%", 2011, "rate", "up"),
    T(D, "聽力篩查率達到30%", "新生儿听力筛查率", R, ">=", 30, "%", 2011, "rate", "up"),
]

# cu06 a spam mirror's (bubsandbeans) copy of a document-site page: `榆陽(yáng)區(qū)大河塔鎮(zhèn)安崖辦事處2012年度人口和計(jì)劃生育
# 工作目標(biāo)任務(wù)書(shū)` — the 计生 half of what became the health and family-planning bureau's yearly targets, in a garbled
# traditional that puts each converted character's reading in brackets. Region 安崖办事处 (the office that binds
# itself: `我辦`; a 办事处 of 大河塔镇, 榆阳区, 陕西), year 2012. Six scored: the policy-conforming birth rate `在95%以上`,
# population statistics accuracy `在96%以上`, the key group's `“三查率”達(dá)95%以上`, timely contraception `在90%以上`,
# the cashing of preferential policies `達(dá)100%` (list items 1, 2, 4, 5, 8) and, in the scoring section, the
# multiple-birth rate `多孩控制率在1%內(nèi)` (a ceiling: `<=` 1 %, down). Ambiguous: the scoring section's
# `符合政策生育率達(dá)95%以上` (item 1 told again). Not targets: item 3's `正常范圍` (no number), the list numbers 1…11,
# the points (`60分`, `40分`, `扣8分`, `扣10分`), `一例`, `“三個(gè)一”`.
D, R, Y = "cu06.txt", "安崖办事处", 2012
A += [
    T(D, "符合政策生育率在95%以上", "符合政策生育率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "人口統(tǒng)計(jì)準(zhǔn)確率在96%以上", "人口统计准确率", R, ">=", 96, "%", Y, "rate", "up"),
    T(D, "“三查率”達(dá)95%以上", "重点对象三查率", R, ">=", 95, "%", Y, "rate", "up", scope="重点对象"),
    T(D, "節(jié)育措施及時(shí)率在90%以上", "节育措施及时率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "優(yōu)惠政策兌現(xiàn)率達(dá)100%", "计划生育优惠政策兑现率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "符合政策生育率達(dá)95%以上", "符合政策生育率", R, ">=", 95, "%", Y, "rate", "up", ambiguous=True),
    T(D, "多孩控制率在1%內(nèi)", "多孩率", R, "<=", 1, "%", Y, "rate", "down"),
]

# cu07 the distractor: a mirror of 人民网青海频道's traditional item (2022-02-22 by its address) from the 2022 青海省
# 卫生健康工作会议, telling 2021's results only — life expectancy `提高到73.97歲` (headline and body), 46 county
# medical communities, echinococcosis infection `下降至0.17%`, 354 clinics on remote consultation, 5 internet
# hospitals, the public-health subsidy `由79元提高至84元`, 4 counties honoured: achieved figures in aim words
# (`提高到`, `下降至`, `由…提高至`). The excerpt is cut before any aim for 2022. No gold line: every prediction here is
# a false positive.

write_gold(A, HERE)
