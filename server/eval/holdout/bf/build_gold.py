#!/usr/bin/env python3
"""Build hold-out set BF's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BF (gathered on branch hbf, made from main ef2c76a, after sets BC and BD's first contact, beside
sets BE and BG gathered by other hands; annotated before any extractor run: the annotator ran none on
these texts; it is to be scored once by the lead engineer, so the set is unspent). Its focus: the
whole-year plans and key-point lists of cities and counties in the 新农合 years (2008–2016) — a city's
2010 social-affairs tasks (莆田, its rural-health, cataract and toilet section), a city paper's item on a
city's 2012 maternal-and-child-health and 新农合 meeting (its city not named, 新农 garbled out of 新农合),
a district's 十二五 health indicator table for 2015 (闵行区, flattened; cut after row 6 to keep ten
scored lines), a city's aims for 2015 by lead bureau (汕头, its health and social-security items), a
municipality's 2008–2012 health action plan indicator table (健康重庆, flattened), a city paper's 2013
item on raising the per-head public-health funding (traditional script, city not named) and a
district government work report's social and health paragraphs of what 2014 achieved (北辰区: the
distractor).
Files bf01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bf01 a law site's page 2 of 莆田市人民政府办公室's notice on the 2010 social-affairs drive (`打好社会事业民生
# 战役`), sections (四)–(六), written mid-year: what is planned for the year beside what is done so far.
# Scored: this year's plans in counts — 840 village doctors to train (`今年计划…840名`), 1100 cataract
# operations (`今年全市计划施行…1100例`) and the toilet task (`任务数为10000户`: a task is a number to
# reach). Ambiguous: the year's project lists and inputs — 12 township-hospital projects and their
# planned 40250 m², 1700万元 for 17 hospitals' equipment and its 1847 sets to buy, 20 village-clinic
# projects — sizes of work in hand rather than aims a bureau reports against (as az06's openings).
# Done so far: 2, 3, 1, 2, 4 projects, 56 doctors, 23122 visits, 280 trained, 400多例, 6613 toilets and
# 66.13%, last year's 1200万元 — none. 千名/万名 are programme names. Region 莆田市 (the notice's title),
# year 2010 (`全市列入2010年`, `今年`).
D, R, Y = "bf01.txt", "莆田市", 2010
A += [
    T(D, "今年计划分三期对840名的乡村医生进行培训", "乡村医生培训人数", R, ">=", 840, "名", Y, "count", "up"),
    T(D, "今年全市计划施行白内障手术共1100例", "白内障复明手术例数", R, ">=", 1100, "例", Y, "count", "up"),
    T(D, "全市合计任务数为10000户", "农村改厕户数", R, ">=", 10000, "户", Y, "count", "up"),
    T(D, "卫生院业务用房改扩建项目12个", "乡镇卫生院业务用房改扩建项目数", R, ">=", 12, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "计划规模40250平方米", "乡镇卫生院业务用房改扩建规模", R, ">=", 40250, "平方米", Y, "amount", "up",
      ambiguous=True),
    T(D, "今年又投入1700万元", "乡镇卫生院诊疗设备更新投入", R, ">=", 1700, "万元", Y, "amount", "up",
      ambiguous=True),
    T(D, "对17个乡镇卫生院进行基本诊疗设备的更新", "诊疗设备更新乡镇卫生院数", R, ">=", 17, "个", Y, "count",
      "up", ambiguous=True),
    T(D, "将采购119项1847台次的基本诊疗设备", "基本诊疗设备采购台次", R, ">=", 1847, "台次", Y, "count", "up",
      ambiguous=True),
    T(D, "村卫生室建设项目20个", "村卫生室建设项目数", R, ">=", 20, "个", Y, "count", "up", ambiguous=True),
]

# bf02 a farm-news site's copy of a city paper's 2012-02-10 item on the city's 2012 meeting on maternal
# and child health and the rural co-operative scheme: the page has lost `新农` before every `合` (`我市合住
# 院补偿`, `合农村参合率`, `妇幼卫生和合工作会议`), the indicator names restore 新农合. The city is never
# named (`我市`; 鄂尔多斯 is only in the next item's link): region `全市`, the text's own word. Year 2012
# (`2012年度`, `今年`). Ten aims: the ceiling on reimbursement (`提高至10万元以上`, amount; `原来的8万元`
# is the past), enrolment, the policy-range and the actual inpatient reimbursement rates, the maternal
# (`控制在18/10万以下`: `<=`) and under-five death rates, and four up-rates; the last is one number for
# three tests (one target, the joint name). Last year's 11.82/10万 and 7.16‰ are achieved.
D, R, Y = "bf02.txt", "全市", 2012
A += [
    T(D, "合住院补偿“封顶线”将从原来的8万元提高至10万元以上", "新农合住院补偿封顶线", R, ">=", 10, "万元", Y,
      "amount", "up"),
    T(D, "合农村参合率在95%以上", "新农合参合率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "合统筹地区政策范围内住院补偿率达到75%", "新农合政策范围内住院补偿率", R, ">=", 75, "%", Y, "rate",
      "up"),
    T(D, "平均实际住院补偿率力争达到65%以上", "新农合平均实际住院补偿率", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "孕产妇死亡率要控制在18/10万以下", "孕产妇死亡率", R, "<=", 18, "1/10万", Y, "rate", "down"),
    T(D, "5岁以下儿童死亡率控制在8‰以下", "5岁以下儿童死亡率", R, "<=", 8, "‰", Y, "rate", "down"),
    T(D, "农村孕产妇住院分娩补助率达到90%以上", "农村孕产妇住院分娩补助率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "妇女孕前及孕早期叶酸增补率达到90%以上", "妇女孕前及孕早期叶酸增补率", R, ">=", 90, "%", Y, "rate",
      "up"),
    T(D, "婚前医学检查率达到70%以上", "婚前医学检查率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "产妇艾滋病、乙肝病毒和梅毒检测率达到80%以上", "产妇艾滋病、乙肝和梅毒检测率", R, ">=", 80, "%", Y,
      "rate", "up"),
]

# bf03 a law site's page 7 of 闵行区人民政府's notice issuing its 十二五 health plan: appendix 2, the indicator
# table, flattened (one cell a line, blank lines between), columns 序号/指标名称/统计口径/属性/2015年目标值.
# Cut after row 6 (the page goes on to row 21) to keep ten scored lines. Each value is a 2015 target
# (the column head); a row with two 统计口径 gives two targets, scope 户籍人口 and 全人口, the second quote
# running from the row's name to its value. `≥`/`≤` give the comparator; a bare 100% on an up-rate is
# `>=`, a bare 0 maternal deaths `<=` (down). 预期性/约束性 are the kind of indicator, not a target.
# Life expectancy is an amount in 岁 (as aa06, ax05). Region 闵行区, year 2015.
D, R, Y = "bf03.txt", "闵行区", 2015
S1, S2 = "户籍人口", "全人口"
L1 = "婴儿死亡率\n\n户籍人口\n\n预期性\n\n≤2.8‰"
L2 = "0-6岁儿童健康保健管理率\n\n户籍人口\n\n约束性\n\n100%"
L3 = "孕产妇死亡率\n\n户籍人口\n\n预期性\n\n0"
L4 = "孕产妇保健覆盖率\n\n户籍人口\n\n约束性\n\n≥99.98%"
A += [
    T(D, "平均期望寿命\n\n户籍人口\n\n预期性\n\n≥82.72岁", "平均期望寿命", R, ">=", 82.72, "岁", Y, "amount",
      "up", scope=S1),
    T(D, L1, "婴儿死亡率", R, "<=", 2.8, "‰", Y, "rate", "down", scope=S1),
    T(D, L1 + "\n\n全人口\n\n预期性\n\n≤5.97‰", "婴儿死亡率", R, "<=", 5.97, "‰", Y, "rate", "down", scope=S2),
    T(D, "5岁以下儿童死亡率\n\n户籍人口\n\n预期性\n\n≤3.92‰", "5岁以下儿童死亡率", R, "<=", 3.92, "‰", Y,
      "rate", "down", scope=S1),
    T(D, L2, "0-6岁儿童健康保健管理率", R, ">=", 100, "%", Y, "rate", "up", scope=S1),
    T(D, L2 + "\n\n全人口\n\n约束性\n\n≥96.95%", "0-6岁儿童健康保健管理率", R, ">=", 96.95, "%", Y, "rate", "up",
      scope=S2),
    T(D, L3, "孕产妇死亡率", R, "<=", 0, "1/10万", Y, "rate", "down", scope=S1),
    T(D, L3 + "\n\n全人口\n\n预期性\n\n≤9.61/10万", "孕产妇死亡率", R, "<=", 9.61, "1/10万", Y, "rate", "down",
      scope=S2),
    T(D, L4, "孕产妇保健覆盖率", R, ">=", 99.98, "%", Y, "rate", "up", scope=S1),
    T(D, L4 + "\n\n全人口\n\n约束性\n\n≥99.91%", "孕产妇保健覆盖率", R, ">=", 99.91, "%", Y, "rate", "up",
      scope=S2),
]

# bf04 a law site's page 3 of a city government's list of aims for 2015, each item with its lead bureau:
# items 2–5 (health, social security, culture, sport; cut inside item 5). The city is named in its own
# words (`汕大医学院`, `努力实现汕头文化大发展`): 汕头市. Year 2015 (`到2015年`). Scored: the doctors, nurses
# and public-health doctors to place in community health services (`力争实现800名…,800名…和500名…`, three
# counts), the standardised-building rate of township hospitals and village stations (98%) and basic
# medical insurance enrolment (`…、基本医疗保险参保率力争分别达到80%和80%`: the second 80%). Ambiguous: one
# centre per 3–10万 people (a siting norm, a neutral range: `=` with value_max, band), and the item's
# non-health aims — pension enrolment (the first 80%), 40万 new urban jobs, registered unemployment within
# 3% — aims of the document but not health ones (as bc04's pension and market aims). The cultural
# circles (`十五分钟`, `十公里`) are names.
D, R, Y = "bf04.txt", "汕头市", 2015
L = "全市基本养老保险、基本医疗保险参保率力争分别达到80%"
A += [
    T(D, "每3-10万服务人口有一所社区卫生服务中心", "每所社区卫生服务中心服务人口", R, "=", 3, "万人", Y, "count",
      "band", value_max=10, ambiguous=True),
    T(D, "力争实现800名全科医师", "进入社区卫生服务机构的全科医师数", R, ">=", 800, "名", Y, "count", "up"),
    T(D, "800名社区护士", "进入社区卫生服务机构的社区护士数", R, ">=", 800, "名", Y, "count", "up"),
    T(D, "500名公共卫生执业医师", "进入社区卫生服务机构的公共卫生执业医师数", R, ">=", 500, "名", Y, "count",
      "up"),
    T(D, "镇卫生院、村卫生站标准化建设率达到98%", "镇卫生院和村卫生站标准化建设率", R, ">=", 98, "%", Y, "rate",
      "up"),
    T(D, L, "基本养老保险参保率", R, ">=", 80, "%", Y, "rate", "up", ambiguous=True),
    T(D, L + "和80%", "基本医疗保险参保率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "全市实现城镇新增就业40万人以上", "城镇新增就业人数", R, ">=", 40, "万人", Y, "count", "up",
      ambiguous=True),
    T(D, "城镇登记失业率控制在3%以内", "城镇登记失业率", R, "<=", 3, "%", Y, "rate", "down", ambiguous=True),
]

# bf05 a law site's page 6 of 重庆's 健康重庆 health action plan (2008–2012): its closing safeguards, then
# the appendix's indicator table, flattened with `|` cells, columns 2007 (the baseline) and 2012 (the
# aim); the page stops inside the resources block (`标准化社区卫生服务中心` without its values). Eight
# targets, each a bare 2012 value: implied 达到 — `>=` for life expectancy, staff, beds and the
# standardised-hospital coverage, `<=` for the infant and maternal death rates and the birth-defect
# rate. Each quote runs from the row's name over its 2007 value to its 2012 value. Staff and beds per
# thousand are counts (as jj04). Region 重庆市 (`健康重庆`, `市和区县(自治县)`), year 2012.
D, R, Y = "bf05.txt", "重庆市", 2012
A += [
    T(D, "人均期望寿命(岁)\n| 76.05\n| 77", "人均期望寿命", R, ">=", 77, "岁", Y, "amount", "up"),
    T(D, "婴儿死亡率(‰)\n| 8.89\n| 7", "婴儿死亡率", R, "<=", 7, "‰", Y, "rate", "down"),
    T(D, "孕产妇死亡率(/10万)\n| 50.17\n| 40", "孕产妇死亡率", R, "<=", 40, "1/10万", Y, "rate", "down"),
    T(D, "出生缺陷率(‰)\n| 13.4\n| 10", "出生缺陷率", R, "<=", 10, "‰", Y, "rate", "down"),
    T(D, "每千人执业医师数(人)\n| 1.2\n| 1.5", "每千人执业医师数", R, ">=", 1.5, "人", Y, "count", "up"),
    T(D, "每千人注册护士数(人)\n| 0.74\n| 1", "每千人注册护士数", R, ">=", 1, "人", Y, "count", "up"),
    T(D, "每千人床位数(张)\n| 2.31\n| 3", "每千人床位数", R, ">=", 3, "张", Y, "count", "up"),
    T(D, "标准化乡镇卫生院覆盖率(%)\n| 40\n| 100", "标准化乡镇卫生院覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
]

# bf06 a news site's copy (traditional script) of a city paper's item: this year the city raises its
# per-head basic public-health funding from 25 to 30 yuan (`由25元提高至30元`: the body is scored, the
# headline restating it is ambiguous, as bb05's). The city is never named (`我市`, `全市`): region 全市.
# The text gives no year; the address's `/2013/` gives 2013 (as ay05's year came from its address).
# `要落實的項目有11類` is the make-up of this year's service package (ambiguous). The 64% filing rate and
# the 7.5% electronic rate are the present (`目前`); the page's sidebar (drowning) has no number.
D, R, Y = "bf06.txt", "全市", 2013
A += [
    T(D, "人均基本公共衛生服務經費標準由25元提高至30元", "人均基本公共卫生服务经费标准", R, ">=", 30, "元", Y,
      "amount", "up"),
    T(D, "人均基本公共衛生服務經費標準提高至30元", "人均基本公共卫生服务经费标准", R, ">=", 30, "元", Y,
      "amount", "up", ambiguous=True),
    T(D, "要落實的項目有11類", "基本公共卫生服务项目类数", R, ">=", 11, "类", Y, "count", "up",
      ambiguous=True),
]

# bf07 a news site's page from 北辰区 (天津): the social-affairs paragraphs of the district government's
# work report on 2014 (3 kindergartens built, 6429 farmers trained, 1.2万 new jobs, 7 day-care centres,
# 3 meal centres, 9 years of a stage event) and the head of a 2014 health summary (`基本达到预期目标`,
# hospitals built or topped out). All achieved, no target: the distractor. No gold line: every
# prediction here is a false positive.

write_gold(A, HERE)
