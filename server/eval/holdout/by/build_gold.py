#!/usr/bin/env python3
"""Build hold-out set BY's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BY (gathered on main 3421109, beside sets BV, BW and BX gathered at the same time in /work/wt/gbv,
gbw and gbx, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent): maternal and child health, immunisation and
disease-control task plans of cities and provinces — a city's maternal and child screening tasks for the
year (信阳, 2019), a city's measles campaign and its elimination aim (北海, 2009, for 2012), a province's
pneumoconiosis action aims (甘肃, 2019, for 2020), a city's social-psychological service pilot (深圳, 2019,
a traditional mirror), a province's AIDS aims (贵州, 2018, for 2018 and 2020), Taiwan's AIDS aims for 2026
(traditional) and a city's monthly notifiable-disease report (重庆, May 2020, achieved figures only: the
distractor).
Files by01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# by01 信阳日报 (2019-05-18 by its URL; the lead's `5月17日` and the body's `2019年` date it): the city's
# meeting on the 2019 livelihood tasks for women's and children's health. Region 信阳市 (`信阳市2019年…目标
# 责任书`, `全市`), year 2019. Scored, all from `从目标要求上看`: the newborns' two-disease screening rate
# (`目标要求90%`, a bare aim: `>=`), the prenatal screening coverage (`由去年的45%提高到了50%`) and the
# newborn hearing screening rate (`由去年的85%提高到了90%`) — `提高到了` inside the year's aims is the new
# aim, not a result; 45% and 85% are last year's aims, inside the quotes, no line of their own — and the
# planned 两癌 screenings (`计划完成筛查12.5万人`, count). `比去年增加2.18万人` is the planned count's rise
# over last year (a derived restatement of the 12.5万 aim): ambiguous, count. Not targets: `已开展3年`,
# `开展两年` (spans), `连续两年`, the dates, 2018 (last year's honours).
D, R, Y = "by01.txt", "信阳市", 2019
A += [
    T(D, "新生儿两病筛查率的目标要求90%", "新生儿两病筛查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "产前筛查覆盖率由去年的45%提高到了50%", "产前筛查覆盖率", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "新生儿听力筛查率由去年的85%提高到了90%", "新生儿听力筛查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "全市“两癌”计划完成筛查12.5万人", "两癌筛查人数", R, ">=", 12.5, "万人", Y, "count", "up"),
    T(D, "比去年增加2.18万人", "两癌筛查人数增加数", R, ">=", 2.18, "万人", Y, "count", "up",
      ambiguous=True),
]

# by02 广西疾控's item (2009-09-22 by its URL; the text names only `7月6日至17日`): 北海市's measles
# supplementary immunisation campaign. Region 北海市. Scored: the campaign's aim, two-dose measles
# vaccination coverage of the children `达到95%以上` (year 2009, the campaign's year by the URL: the text
# gives none of its own; `以乡镇…为单位` is how the rate is counted, no scope), and the elimination aim `2012年麻疹发病率控制在百万分之一以下` (a rate per million in Chinese numerals:
# 1 `1/100万`, `<=`, down, 2012, as av04 and bc02 score rates written in Chinese numerals). `免费对全市8万多名
# 8月龄—7周岁儿童…开展` is the campaign's target population, told of a campaign already run (7月6日至17日):
# ambiguous (`多` → `>`), count. Not targets: the ages (8月龄, 7周岁), the dates, the author.
D, R = "by02.txt", "北海市"
A += [
    T(D, "两剂接种率达到95%以上", "适龄儿童麻疹疫苗两剂接种率", R, ">=", 95, "%", 2009, "rate", "up"),
    T(D, "2012年麻疹发病率控制在百万分之一以下", "麻疹发病率", R, "<=", 1, "1/100万", 2012, "rate", "down"),
    T(D, "免费对全市8万多名8月龄—7周岁儿童", "麻疹疫苗强化免疫儿童数", R, ">", 8, "万名", 2009, "count",
      "up", ambiguous=True),
]

# by03 每日甘肃网 (2019-10-23): 甘肃's ten departments issue the province's pneumoconiosis action scheme;
# its aims `到2020年底`. Region 甘肃省 (`甘肃省尘肺病防治攻坚行动`), year 2020. Scored: the five rates of the
# dusty-trade employers under treatment that `均达到95%以上` (one number for several indicators: one target
# with the joint name, SCHEMA; scope the employers the sentence names), the workers' injury-insurance
# coverage (80%), the `三同时` rate of new construction projects' protective facilities (95%) and the
# employers' inspection coverage (95%) — scope 涉尘重点行业, as the sentences name it. Not targets: `10部门`
# (the issuers), `摸清…基本情况`, `明显提高`, `同步完成` (no number), the dates and the reporter.
D, R, Y = "by03.txt", "甘肃省", 2020
S = "涉尘重点行业"
A += [
    T(D, "粉尘危害申报率、粉尘浓度定期检测率、接尘劳动者在岗期间职业健康检查率,主要负责人、职业健康管理人员和劳动者培训率均达到95%以上",
      "粉尘危害申报率、粉尘浓度定期检测率、接尘劳动者在岗期间职业健康检查率和培训率", R, ">=", 95, "%", Y,
      "rate", "up", scope="纳入治理范围的用人单位"),
    T(D, "涉尘重点行业用人单位劳动者工伤保险覆盖率达到80%以上", "劳动者工伤保险覆盖率", R, ">=", 80, "%",
      Y, "rate", "up", scope=S),
    T(D, "涉尘重点行业新增建设项目职业病防护设施“三同时”实施率达到95%以上",
      "新增建设项目职业病防护设施“三同时”实施率", R, ">=", 95, "%", Y, "rate", "up", scope=S),
    T(D, "用人单位监督检查覆盖率达到95%以上", "用人单位监督检查覆盖率", R, ">=", 95, "%", Y, "rate", "up",
      scope=S),
]

# by04 a document site's traditional mirror (a spam header; the converter's pinyin glosses, `設(shè)置率`,
# and `??` for a lost glyph, kept as the page gives them) of 深圳市社会心理服务体系建设试点工作实施方案
# (2019—2021), cut by the corpus inside its `工作目標(biāo)`. Region 深圳市, year 2019 (`2019年底前`). Scored: the
# setting-up rates of the districts' guidance centres (100%), the streets' service stations (20%), the
# communities' service rooms (20%) and the schools' counselling rooms (60%), each `設置率達N` (`>=`), and
# `50%的二級以上綜合醫院開設心理門診` (a share with no aim word: an implied 达到, `>=`). Not targets:
# `2019—2021` (the plan's span), `十九大`/`十九屆二中、三中全會` (ordinals), `全市所有…` (no number),
# `一類社區健康` (a class), the date.
D, R, Y = "by04.txt", "深圳市", 2019
A += [
    T(D, "各區(qū)(新區(qū))心理服務(wù)指導(dǎo)中心設(shè)置率達100%", "区心理服务指导中心设置率", R, ">=", 100, "%", Y,
      "rate", "up"),
    T(D, "街道心理服務(wù)站設(shè)置率達20%", "街道心理服务站设置率", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "社區(qū)心理服務(wù)室設(shè)置率達20%", "社区心理服务室设置率", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "中小學(xué)校心理輔導(dǎo)室設(shè)置率達60%", "中小学校心理辅导室设置率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "50%的二級以上綜合醫(yī)院開設(shè)心理門診", "二级以上综合医院开设心理门诊比例", R, ">=", 50, "%", Y,
      "rate", "up"),
]

# by05 a forum's copy (posted 2018-7-15; the site's name and a bracketed spam tag kept) of 贵阳晚报's item on
# 贵州's AIDS committee meeting (7月11日): the province's aims under its 十三五 action plan. Region 贵州省
# (the title's `贵州省`, the body's `我省`/`全省`). Scored: the share of the resident population tested,
# `2018年…达全省常住人口的22%以上` (2018) and `2020年…达常住人口的25%以上` (2020), and the AIDS knowledge
# rates for 2020 (`力争2020年实现`): 85% for the general public and 90% for key and high-risk groups (scope
# the group each names). Not targets: `超九成` in the title and `占90.8%` (the present share of sexual
# transmission), `第八位` (a rank), `4个特点`, `60岁` (an age), the dates, `十三五` (a plan name).
D, R = "by05.txt", "贵州省"
N = "艾滋病检测人数占常住人口比例"
K = "艾滋病防治知识知晓率"
A += [
    T(D, "2018年检测人数达全省常住人口的22%以上", N, R, ">=", 22, "%", 2018, "rate", "up"),
    T(D, "2020年检测人数达常住人口的25%以上", N, R, ">=", 25, "%", 2020, "rate", "up"),
    T(D, "普通群众艾滋病防治知识知晓率达85%以上", K, R, ">=", 85, "%", 2020, "rate", "up", scope="普通群众"),
    T(D, "重点人口和高危人群艾滋病防治知识知晓率达90%以上", K, R, ">=", 90, "%", 2020, "rate", "up",
      scope="重点人口和高危人群"),
]

# by06 Yahoo Taiwan (2025-12-01; traditional): Taiwan's CDC on World AIDS Day. Region 台湾 (`台灣`, `全台`;
# `我國`), year 2026 (`明年` of a 2025-12-01 item). Scored: new HIV infections next year, `希望明年可以降到
# 800人以下` (lead) and `目標希望明年新增感染人數能降至800人` (body; `降至` → `<=`) — one aim told twice, both
# scored as earlier sets score a restated aim —, the publicly funded PrEP places (`從8000擴大至9500人次`: 9500
# 人次, count) and the AIDS-friendly clinics (`由21家增加到63家`: 63 家). Ambiguous: this year's forecasts
# (`預估…低於900人`, twice, and `下降15％左右`, a forecast fall: `~`), year 2025 — a forecast is not an aim.
# Not targets: 744人, 833人, 89人 and 11% (this year to October, against 113年), `92-96-95` (achieved),
# `87-89-94` (the world's average), `約8%` (the present), `8000` (this year's PrEP places), `107年`/`113年`
# (ROC years), `22年` (a span).
D, R, Y = "by06.txt", "台湾", 2026
N = "艾滋病新增感染人数"
A += [
    T(D, "希望明年可以降到800人以下", N, R, "<=", 800, "人", Y, "count", "down"),
    T(D, "目標希望明年新增感染人數能降至800人", N, R, "<=", 800, "人", Y, "count", "down"),
    T(D, "公費「PrEP」（暴露愛滋病毒前預防性投藥）將從8000擴大至9500人次", "公费PrEP服务人次", R, ">=", 9500,
      "人次", Y, "count", "up"),
    T(D, "全台友善醫療院所也將由21家增加到63家", "艾滋病友善医疗院所数", R, ">=", 63, "家", Y, "count", "up"),
    T(D, "台灣愛滋新增感染人數低於900人", N, R, "<", 900, "人", 2025, "count", "down", ambiguous=True),
    T(D, "預估年底低於900人", N, R, "<", 900, "人", 2025, "count", "down", ambiguous=True),
    T(D, "下降15％左右", "艾滋病新增感染人数下降幅度", R, "~", 15, "%", 2025, "rate", "up", ambiguous=True),
]

# by07 重庆市卫生健康委's monthly notifiable-disease report for May 2020 (the table's title names 重庆市),
# cut by the corpus inside its table: counts of cases and deaths and their rises and falls against last
# month and last year, the leading diseases, the table's counts by disease. Every figure is what was
# reported: no gold line. Every prediction here is a false positive.

write_gold(A, HERE)
