#!/usr/bin/env python3
"""Build hold-out set BR's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BR (gathered on main ef955c5, after set BP's first contact, with set BS gathered at the same time
in /work/wt/gbs, and annotated before any extractor run: the annotator ran none on these texts; it is
to be scored once by the lead engineer, so the set is unspent): disease-control and maternal-and-child
topics — a city's 2009 scheme to lower maternal deaths and end neonatal tetanus (铜陵, the 降消 project),
a city's chronic-disease plan for 2020 and 2025 with the start of its indicator table (珠海, 2018), a
municipality's student mental-health aims for 2025 told as news (天津), a county-level city's 2022
publicity of its prenatal and heart-screening tasks (武冈市), the national TB action plan's aims for 2022
(a traditional mirror with pinyin glosses), a county's 2025 immunisation notice (木垒县: one aim beside a
flattened table of achieved rates) and a province's monthly notifiable-disease bulletin (福建, 2019-07;
achieved figures only: the distractor). Files br01.txt…, so no name clashes with the seeds, the
development set or the other sets in eval-extract's `all` row. It keeps its own builder (the T(...)
form of ../gold_builder.py).

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

# br01 a law-search site's copy (法搜) of 铜陵市's 2009 scheme for the 降消 project (铜政办[2009]58号, dated
# 二○○九年五月五日): the `项目目标`, seven numbered items, year 2009 (the scheme is the city's 2009 one),
# region 铜陵市. Items 一 to 五 are five targets: the maternal death rate (`控制在35/10万以下` → `<=` 35
# 1/10万), the neonatal tetanus rate (`控制在1‰以下` → `<=` 1 ‰; the bracketed `以县为单位` is its scope,
# as at06/ax04's `以乡镇(街道)为单位`), the hospital-delivery and antenatal-care rates and the obstetric
# staff's pass rate in the `三基` test (scope 各医疗保健机构, the clause's subject). Item 六 (`平产免费`) has
# no number. Item 七's two caesarean ceilings (`不得超过20%`, `不得超过30%` → `<=`, down) are targets, each
# with the facility level it binds as scope; `一般乡镇卫生院不得开展剖宫产手术` is a ban with no number.
# 2007年, 皖卫计〔2008〕1号 and the notice's number are dates and document numbers. The excerpt stops in
# section 二.
D, R, Y = "br01.txt", "铜陵市", 2009
A += [
    T(D, "孕产妇死亡率控制在35/10万以下", "孕产妇死亡率", R, "<=", 35, "1/10万", Y, "rate", "down"),
    T(D, "新生儿破伤风发病率控制在1‰以下", "新生儿破伤风发病率", R, "<=", 1, "‰", Y, "rate", "down",
      scope="以县为单位"),
    T(D, "孕产妇住院分娩率达到99%以上", "孕产妇住院分娩率", R, ">=", 99, "%", Y, "rate", "up"),
    T(D, "产前保健覆盖率达90%以上", "产前保健覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "产科人员“三基”考试合格率达到80%以上", "产科人员三基考试合格率", R, ">=", 80, "%", Y, "rate",
      "up", scope="各医疗保健机构"),
    T(D, "中心乡镇卫生院剖宫产率不得超过20%", "剖宫产率", R, "<=", 20, "%", Y, "rate", "down",
      scope="中心乡镇卫生院"),
    T(D, "县级医疗保健机构剖宫产率不得超过30%", "剖宫产率", R, "<=", 30, "%", Y, "rate", "down",
      scope="县级医疗保健机构"),
]

# br02 a drug-data site's copy of 珠海市's chronic-disease plan 2018—2025 (珠府办[2018]5号): the `规划目标` for
# 2020 and 2025 and the start of the `主要指标` table (flattened with `|`), cut in its second row. Region
# 珠海市 (the plan's own name; `全市`). Scored: the premature-death rate of the four major chronic
# diseases to fall by 10% against 2015 by 2020 and by 20% by 2025 (a change: indicator named for it,
# `>=`, up, unit `%` as written — c04's and gg03's `较2015年下降N%`); one national demonstration area by
# 2020 and two by 2025 (counts of areas to have, `>=`; `建成2个` is read as the total by 2025, as the
# text gives no other count); the provincial demonstration areas' coverage of 100% by 2020 (scope the
# bracketed unit, `以各行政区、功能区为单位`). The table row restates the two falls (`下降10%`, `下降20%`
# under the 2020 and 2025 columns): ambiguous, as the restatements of earlier sets (bq04's list, az01's
# title). `10.92%` is the baseline column, `30-70岁`/`30~70岁` an age band, 2018-2025/2017-2025 spans, the
# document numbers names; `心脑血管疾病死` is cut before its figure.
D, R = "br02.txt", "珠海市"
A += [
    T(D, "过早死亡率较2015年降低10%", "重大慢性病过早死亡率下降幅度", R, ">=", 10, "%", 2020, "rate",
      "up"),
    T(D, "全市建成1个国家级慢性病综合防控示范区", "国家级慢性病综合防控示范区数", R, ">=", 1, "个", 2020,
      "count", "up"),
    T(D, "省级慢性病综合防控示范区覆盖率100%", "省级慢性病综合防控示范区覆盖率", R, ">=", 100, "%", 2020,
      "rate", "up", scope="以各行政区、功能区为单位"),
    T(D, "过早死亡率较2015年降低20%", "重大慢性病过早死亡率下降幅度", R, ">=", 20, "%", 2025, "rate",
      "up"),
    T(D, "全市建成2个国家级慢性病综合防控示范区", "国家级慢性病综合防控示范区数", R, ">=", 2, "个", 2025,
      "count", "up"),
    T(D, "下降10%", "重大慢性病过早死亡率下降幅度", R, ">=", 10, "%", 2020, "rate", "up",
      ambiguous=True),
    T(D, "下降20%", "重大慢性病过早死亡率下降幅度", R, ">=", 20, "%", 2025, "rate", "up",
      ambiguous=True),
]

# br03 a spam-headed copy of 人民日报's 2024-03-28 item: 天津's 16 departments issue an action scheme for
# students' mental health. Region 天津市 (`天津将实现`), year 2025 (`到2025年`). Three targets: the share of
# schools with a full-time mental-health teacher (95%), the `100%建立` of mental-health and family-
# education guidance centres (stations) — a share to reach though the text does not say of what it is
# the share (scored, as bm01's `100%立案查处`; indicator named for the building) — and the share of
# family-education stations offering public mental-health services (`达到60%`). `8项计划`, `16部门` are
# the scheme's make-up; the dates are the item's.
D, R, Y = "br03.txt", "天津市", 2025
A += [
    T(D, "95%的学校配备专职心理健康教育教师", "配备专职心理健康教育教师的学校比例", R, ">=", 95, "%", Y,
      "rate", "up"),
    T(D, "100%建立心理健康教育和家庭教育指导中心(站)", "心理健康教育和家庭教育指导中心(站)建立比例", R,
      ">=", 100, "%", Y, "rate", "up"),
    T(D, "开展公共心理健康教育服务的家庭教育站点比例达到60%", "开展公共心理健康教育服务的家庭教育站点比例",
      R, ">=", 60, "%", Y, "rate", "up"),
]

# br04 武冈市's health bureau (a county-level city of 湖南), publicity of its 2022 民生实事 on free prenatal
# screening and newborn heart screening (dated 2022-11-24 in the text). Region 武冈市 (`我市`, the bureau's
# name), year 2022. The province-set tasks (`目标数为2300人`, `目标数2300人`) are the year's targets restated
# in a progress report: scored, counts `>=` (the aim word is `目标`), as bo04's `全年筛查任务(6.6万人)`. The
# done counts (2804, 3142), the two flattened tables of counts by township and by hospital and the total
# funds (`合计68.71万元`, what the done screens cost) are achieved. The settlement standards (`结算标准为
# 140元/人`, `38元/人`) are fixed payment rates set for the project: ambiguous, `=`, as bd05's contribution
# standards and the money allotted in al02. Post codes, phone numbers and the publicity dates (the page's
# `2021年11月30日` is a slip for 2022) are left out.
D, R, Y = "br04.txt", "武冈市", 2022
A += [
    T(D, "孕产妇免费产前筛查目标数为2300人", "孕产妇免费产前筛查人数", R, ">=", 2300, "人", Y, "count",
      "up"),
    T(D, "新生儿先心病免费筛查目标数2300人", "新生儿先心病免费筛查人数", R, ">=", 2300, "人", Y, "count",
      "up"),
    T(D, "结算标准为140元/人", "孕产妇免费产前筛查结算标准", R, "=", 140, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "新生儿先心病免费筛查结算标准为38元/人", "新生儿先心病免费筛查结算标准", R, "=", 38, "元", Y,
      "amount", "up", ambiguous=True),
]

# br05 a traditional mirror (with the converter's pinyin glosses, `發(fā)病率`, and doubled commas `,,`) of a
# news item (2020-03-24 by its URL; the text names no date) on the national 遏制结核病行动计划 (2019—2022年):
# its `行動目標` for 2022, region 全国 (`全國肺結核發(fā)病率`). Nine targets: the TB incidence below 55/10万 (`降至
# …以下` → `<=`); the death rate kept below 3/10万 (the bracketed figure of `維持在較低水平`, `<=`); the yearly
# fall in incidence by province band, three targets with the band as scope (`不低于4.4%`/`2.9%`/`1%`, `>=`,
# the fall named as the indicator, up); the awareness rate (85%), the share of bacteriologically
# confirmed patients (`提高到50%`), the treatment success rate (90%) and the drug-resistance screening rate
# of confirmed patients (90%). `100/10萬` and `55/10萬` inside the bands are the bands' bounds, not aims;
# item 4's `明顯提高` has no number; `6項` counts the plan's actions.
D, R, Y = "br05.txt", "全国", 2022
A += [
    T(D, "全國肺結核發(fā)病率降至55/10萬以下", "肺结核发病率", R, "<=", 55, "1/10万", Y, "rate", "down"),
    T(D, "死亡率維持在較低水平(3/10萬以下)", "肺结核死亡率", R, "<=", 3, "1/10万", Y, "rate", "down"),
    T(D, "年遞降率不低于4.4%", "肺结核发病率年递降率", R, ">=", 4.4, "%", Y, "rate", "up",
      scope="发病率高于100/10万的省份"),
    T(D, "年遞降率不低于2.9%", "肺结核发病率年递降率", R, ">=", 2.9, "%", Y, "rate", "up",
      scope="发病率在55/10万至100/10万之间的省份"),
    T(D, "年遞降率不低于1%", "肺结核发病率年递降率", R, ">=", 1, "%", Y, "rate", "up",
      scope="发病率低于55/10万的省份"),
    T(D, "公眾結核病防治核心知識知曉率達到85%以上", "公众结核病防治核心知识知晓率", R, ">=", 85, "%", Y,
      "rate", "up"),
    T(D, "肺結核患者病原學陽性比例提高到50%", "肺结核患者病原学阳性比例", R, ">=", 50, "%", Y, "rate",
      "up"),
    T(D, "成功治療率達到90%", "肺结核患者成功治疗率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "病原學陽性肺結核患者耐藥篩查率達到90%以上", "病原学阳性肺结核患者耐药筛查率", R, ">=", 90, "%",
      Y, "rate", "up"),
]

# br06 木垒县's health commission (2025-04-03): its 2025 immunisation work, then a flattened table of each
# vaccine's coverage to 2025-03-31. One target, stated as the aim the work serves: `实现以乡镇为单位适龄儿
# 童免疫规划疫苗接种率达到95%的目标` (`>=` 95 %, scope 以乡镇为单位, as ax04). Region 木垒县, year 2025 (the
# page's `2025年国家免疫规划工作`; the aim sits under the 十四五 plans that end in 2025). The table's rates
# (99.78, 100, 97.28 …) are what was reached: achieved, no target. `十四五`, IPv6 and the dates are names
# and dates.
D, R, Y = "br06.txt", "木垒县", 2025
A += [
    T(D, "以乡镇为单位适龄儿童免疫规划疫苗接种率达到95%", "适龄儿童免疫规划疫苗接种率", R, ">=", 95, "%",
      Y, "rate", "up", scope="以乡镇为单位"),
]

# br07 a county government site's copy (罗源县) of 福建省's notifiable-disease bulletin for July 2019 (省疾
# 控中心, 2019-08-19): case and death counts (12920, 28, 11195) and the top five diseases' shares (96.46%,
# 99.54%) are what was reported, not aims. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
