#!/usr/bin/env python3
"""Build hold-out set DH's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DH (gathered on main ba3b5bce, beside sets DI, DJ and DK gathered at the same time in the other
/work/wt/gather-* worktrees, and annotated before any extractor run: the annotator ran none on these texts; it
is to be scored once by the lead engineer, so the set is unspent): 健康扶贫 and 医疗保障 pages — 正阳县's 2017 `四免三补两提一兜`
policy for the poor (a city paper's print page: per-head insurance subsidies, a relief cap, two payment shares),
永寿县's 2017 兜底 fund (the poor's real inpatient payment share of 90 %), 黔西南州's 2018 健康扶贫春风行动 item (payment shares
inside and outside the prefecture, enrolment, family-doctor signing), a spam site's copy of 华龙网's item on 重庆's
健康扶贫三年攻坚 meeting (two out-of-pocket ceilings beside achieved figures; no year in the text), 健康报's 2016 item on
山西's seven measures for poor 新农合 members (traditional script: raises of payment shares, a count of diseases paid
by case, a lowered deductible, a rise in points given as a range), a provincial paper's 2020 item on a
province's 县域医共体 guidance (`全省`: county-level and primary-care visit shares, the share of public-health tasks
handed to village clinics in 2020 and 2021), and 张家川县's 2020 health-poverty review (achieved figures only: the
distractor). Files dh01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the quote in the
text (str.find); a quote that occurs more than once names its occurrence with occ= (0-based). These annotations
were written from the texts alone, before any extractor run on them. Check: python3
/work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: per-head subsidies (`每人购买60元的大病补充保险`) are up amounts with `>=` (am05,
aq05, aq06); `提高10%` of a payment share is the rise itself, unit `%`, indicator `…提高幅度` (cd, at05), and
`提高2個百分點~3個百分點` is a range of points (value, value_max, `个百分点`, SCHEMA); a deductible lowered (`由1萬元降到5000元`) is
a down amount, `<=`, scoring the new value (cd); out-of-pocket shares (`自付比例控制在10%以内`) are down rates (ee01); a
benefit cap (`最高一万元`) is an up amount read as `最高可达` (cd03), `>=`; an aim told again in a headline or a later
sentence is ambiguous (cn, cx, df03); a threshold that restates the aim as a condition (`仍未达到90%标准的`) is
ambiguous, as an aim told again; a per-unit fixed sum (`每年…预划拨50万元`) is ambiguous (cx05, df01); the region is
the place the text names or, where none is named, its own word (`全省`, as BP, DG); the year is the text's
(`2018年1月和2月`, the dateline `2016年05月10日`, `2020年`), the source line's address where that is the only year in
the text (`zmdnews.cn/2017/1128`, as ca04 took its year from its address) or the year whose costs an aim covers
(`全县2017年…住院产生的医疗费用`), and null where the text gives none (df01's `今年`); achieved figures and past values
(`87.54%`, `由1萬元`) are no target.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dh01 驻马店网's print page (app.zmdnews; its breadcrumb line `首页 > 县区正阳县 …` dropped; the title, the by-lines, the
# editor and the source address kept) of a 晚报 item of 2017 (the address `zmdnews.cn/2017/1128`) on 正阳县卫计委's
# `四免三补两提一兜` policy for the poor. Region 正阳县, year 2017 (the only year in the text is the source address's), scope
# 因病致贫因病返贫人口 (the policy's subjects). Scored: the insurance subsidies per head `每人购买60元的大病补充保险` and
# `每人购买100元大病补充商业保险` (amounts, `>=`), the relief cap `最高一万元` (1 万元, read as `最高可达`: `>=`, up), the rise of the
# county payment share `在原来的基础上提高10%` (the rise itself, unit %) and the share of the remaining costs of serious
# chronic outpatient care paid again `再报销80%` (bare: `>=`). Not targets: `四免三补两提一兜` (the policy's name),
# `免费每年体检一次` (a free service's frequency), `省定9种大病和县定28种大病` (the lists of diseases covered: the scope of the 兜底,
# not an aim), the source address.
D, R, Y, S = "dh01.txt", "正阳县", 2017, "因病致贫因病返贫人口"
A += [
    T(D, "财政全额补助每人购买60元的大病补充保险", "大病补充保险人均财政补助", R, ">=", 60, "元", Y, "amount", "up",
      scope=S),
    T(D, "每人购买100元大病补充商业保险", "大病补充商业保险人均购买额", R, ">=", 100, "元", Y, "amount", "up",
      scope=S),
    T(D, "可获得最高一万元的民政大病救助", "民政大病救助最高额", R, ">=", 1, "万元", Y, "amount", "up", scope=S),
    T(D, "在原来的基础上提高10%", "县域内住院医疗费用报销比例提高幅度", R, ">=", 10, "%", Y, "rate", "up", scope=S),
    T(D, "基本医保报销后的剩余合规费用再报销80%", "重症慢性病门诊剩余合规费用报销比例", R, ">=", 80, "%", Y, "rate",
      "up", scope=S),
]

# dh02 腾讯新闻's copy (view.inews.qq, `CIA2018010401853900`: 2018-01-04 by its address) of an item on 永寿县's
# 健康扶贫兜底保障资金. Region 永寿县, year 2017 (the fund tops up `全县2017年建档立卡贫困人员住院产生的医疗费用`), scope 建档立卡贫困人口. Scored:
# `确保每一名贫困患者住院实际费用报销达90%以上` (the poor's real inpatient payment share, `>=`). Ambiguous: `住院实际报销比例仍未达到90%标准` (the
# same 90 % named as the condition for the top-up, told before the aim). Not targets: `800万元`/`800万` (the fund set
# up: done, told in the title and the body), `4+1` (the mechanism's name).
D, R, Y, S = "dh02.txt", "永寿县", 2017, "建档立卡贫困人口"
N = "贫困患者住院费用实际报销比例"
A += [
    T(D, "住院实际报销比例仍未达到90%标准", N, R, ">=", 90, "%", Y, "rate", "up", scope=S, ambiguous=True),
    T(D, "确保每一名贫困患者住院实际费用报销达90%以上", N, R, ">=", 90, "%", Y, "rate", "up", scope=S),
]

# dh03 a news portal's copy (zhongguo.center) of 西部新闻网's item on 黔西南州's 医疗健康扶贫春风行动. Region 黔西南布依族苗族自治州 (named in
# full), year 2018 (`2018年1月和2月`, the inspections that check the aims), scope 建档立卡户. Scored: the payment shares
# `州内生病住院100%报销` (first telling, occ=0; scope 州内) and `州外住院报销90%以上` (scope 州外), enrolment `确保建档立卡户100%参保` and
# family-doctor signing `家庭医生签约服务100%` (bare: `>=`). Ambiguous: `州内生病住院100%报销` told again (occ=1), and
# `每年第一季度…预划拨50万元` (a fixed sum each county 民政局 advances to each of three hospitals every year: a per-unit rule as
# much as an aim). Not targets: `六重医疗保障` (a name), the dates of the inspections, the places named.
D, R, Y = "dh03.txt", "黔西南布依族苗族自治州", 2018
N = "建档立卡户住院费用报销比例"
A += [
    T(D, "州内生病住院100%报销", N, R, ">=", 100, "%", Y, "rate", "up", scope="州内", occ=0),
    T(D, "州外住院报销90%以上", N, R, ">=", 90, "%", Y, "rate", "up", scope="州外"),
    T(D, "确保建档立卡户100%参保", "建档立卡户参保率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "家庭医生签约服务100%", "建档立卡户家庭医生签约服务率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "州内生病住院100%报销", N, R, ">=", 100, "%", Y, "rate", "up", scope="州内", ambiguous=True, occ=1),
    T(D, "每年第一季度向州医院、州中医院、兴义市医院预划拨50万元", "民政局向定点医院预划拨资金", R, ">=", 50, "万元", Y,
      "amount", "up", scope="各县(市、区)民政局", ambiguous=True),
]

# dh04 a valve maker's spam site's copy (2690455.cn; its header — site name, hotline, `热门搜索`, breadcrumb — its
# dateline `发布时间:2021-01-09 … 来源:止回阀厂家` (the copier's date, not the item's) and its trailing links dropped; the
# title and photo caption kept) of 华龙网's item of `8月10日` on 重庆市卫计委's 健康扶贫三年攻坚 meeting. Region 重庆市, year null (no
# year is given for the aims: `今年年底前` with only 2014 and 2016 in the text, as df01). Scored: the out-of-pocket
# ceilings for the poor `住院个人自付医疗费用占总费用的比例控制在10%以内` and `门诊自付比例控制在20%以内` (`<=`, down). Not targets: `全覆盖` (no
# number), the title's and body's `4万户13万人` and `75.7%` (achieved), the funds set up (`3亿元`, `4亿元`), `29.05万人次`,
# `87.54%`, the sums invested (`14.72亿元`, `3000万元`, `2000万元`) and the clinics built (`338个`, `225个`, `1960个`): all
# done.
D, R, Y = "dh04.txt", "重庆市", None
A += [
    T(D, "确保贫困人口住院个人自付医疗费用占总费用的比例控制在10%以内", "贫困人口住院个人自付费用占比", R, "<=", 10,
      "%", Y, "rate", "down"),
    T(D, "门诊自付比例控制在20%以内", "贫困人口门诊自付比例", R, "<=", 20, "%", Y, "rate", "down"),
]

# dh05 a mirror's copy (m.mkcnfr, traditional; its breadcrumb `首頁>尋醫·問藥>…`, its `分享到:` line and everything after
# the editor's line — keywords, `更多`, spam links — dropped) of 健康報's item of 2016-05-10 on 山西's seven measures for
# poor 新农合 members. Region 山西省, year 2016 (the dateline; the measures take effect now), scope 建档立卡贫困人口
# (`貧困縣建檔立卡貧困人口`). Scored: the rises of the chronic outpatient share `提高10%` and of the share for families of the
# family-planning special group `提高20%` (the rises themselves, unit %; the latter's scope 计划生育特殊家庭), the count of
# serious diseases paid by case `20種大病實行單病種付費` (count, 种), their 新农合 share `提高到70%`, the poor's 大病保险 deductible
# `由1萬元降到5000元` (`<=` 5000 元, down) and its payment share's rise `平均提高2個百分點~3個百分點` (a range: 2 to 3 个百分点). Not
# targets: `7項舉措` (a count of measures), `全額支付` and `免費` (no number), `1萬元` (the old deductible).
D, R, Y, S = "dh05.txt", "山西省", 2016, "建档立卡贫困人口"
A += [
    T(D, "將門診慢性病補償比例提高10%", "门诊慢性病补偿比例提高幅度", R, ">=", 10, "%", Y, "rate", "up", scope=S),
    T(D, "計劃生育特殊家庭補償比例提高20%", "计划生育特殊家庭补偿比例提高幅度", R, ">=", 20, "%", Y, "rate", "up",
      scope="计划生育特殊家庭"),
    T(D, "兒童急性淋巴細胞白血病等20種大病實行單病種付費", "单病种付费大病病种数", R, ">=", 20, "种", Y, "count", "up",
      scope=S),
    T(D, "將新農合補償比例提高到70%", "单病种付费大病新农合补偿比例", R, ">=", 70, "%", Y, "rate", "up", scope=S),
    T(D, "將貧困人口大病保險起付線由1萬元降到5000元", "大病保险起付线", R, "<=", 5000, "元", Y, "amount", "down",
      scope=S),
    T(D, "報銷比例平均提高2個百分點~3個百分點", "大病保险报销比例提高幅度", R, ">=", 2, "个百分点", Y, "rate", "up",
      scope=S, value_max=3),
]

# dh06 a provincial science-and-education paper's page (kjb.kjxww; its read counter `阅读量: 720`, the title told a
# second time with its counter, and `分享到`/`菜单` dropped; the dated title line and the heading kept) with its item
# of 2020-04-14 on the province's guidance on 紧密型县域医共体. The province is not named: region 全省 (the text's word, as
# BP, DG), year 2020 (`20200414`, `2020年`). Scored: `力争县域就诊率达到90%`, `县域内基层就诊率达65%` (bare `达`: `>=`), the share of
# basic public-health tasks handed to village clinics `2020年将不低于45%` and its raise `2021年起提高到50%` (year 2021).
# Ambiguous: the aim told again in the dated title and the heading (`今年全省力争县域就诊率达90%`, occ=0 and occ=1). Not
# targets: `4月10日`, `四个方面`.
D, R, Y = "dh06.txt", "全省", 2020
N = "村卫生室承担基本公共卫生服务任务比例"
A += [
    T(D, "今年全省力争县域就诊率达90%", "县域就诊率", R, ">=", 90, "%", Y, "rate", "up", ambiguous=True, occ=0),
    T(D, "今年全省力争县域就诊率达90%", "县域就诊率", R, ">=", 90, "%", Y, "rate", "up", ambiguous=True, occ=1),
    T(D, "力争县域就诊率达到90%", "县域就诊率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "县域内基层就诊率达65%", "县域内基层就诊率", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "2020年将不低于45%的基本公共卫生服务任务交由村卫生室承担", N, R, ">=", 45, "%", Y, "rate", "up"),
    T(D, "2021年起提高到50%", N, R, ">=", 50, "%", 2021, "rate", "up"),
]

# dh07 the distractor: 甘肃日报's 天水 channel (ts.gansudaily, 2020-10-16 by its address; its 版权声明 footer dropped) on
# 张家川县's health-poverty work. Achieved figures only: the staff counts (`1356人`, `268人`, `422人`, `441人`),
# `255个行政村村卫生室全部达标`, `参保率和参保资助率均达100%` (reached: `均达`), this year's reimbursements (`8615人次`, the sums in 万元) and
# `实际补偿比例93.72%`. `硬任务和底线指标` names no number. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
