#!/usr/bin/env python3
"""Build hold-out set O's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set O (issue 14; gathered after set L's round, annotated and scored once before any change):
programme plans of one field — 艾滋病 防治 (a city's 攻坚工程, a city's 2007/2010 aims), 家庭医生
签约 (a county), 妇幼 (a district's children's plan, a 2025 plan template), 慢病 管理 indicator
values, 两癌 检查 (three news items with tasks, budgets and achieved counts) — and pages that only
report (national 艾滋病 and 母婴安全 news, a city's 妇幼 slide), files oo01.txt…, so no name clashes
with the seeds, the development set or sets A–L in eval-extract's `all` row. It keeps its own
builder (the T(...) form of ../gold_builder.py) so that sets gathered at the same time do not edit
one file.

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the UTF-8 text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before the extractor was run
on them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# oo01 part of a city's 艾滋病防治攻坚工程 programme (stages run to 2014年12月, checked in 2015年1月).
# The city is never named: the page's own word `全市`. The knowledge aims name `到2014年` and
# `到2014年底`. A `分别` list pairs three groups with 95%, 85% and 85% (one indicator, the groups as
# scope). `对全市100%在职干部职工进行宣传` is a method worded with a share — annotators could read it
# as a coverage aim or as how the work is done: ambiguous. `每名学生初中阶段6课时…4-6课时` is a
# teaching-hours standard, aim or rule either reading: ambiguous. `10个专项工程` counts the
# programme's parts (not a target); the stage dates are not targets.
D, R, Y = "oo01.txt", "全市", 2014
A += [
    T(D, "对全市100%在职干部职工进行宣传、教育和培训", "在职干部职工艾滋病宣传教育覆盖率", R, ">=", 100, "%", Y, "rate",
      "up", ambiguous=True),
    T(D, "高危行为人群、重点人群及流动人口艾滋病防治知识知晓率分别达95%", "艾滋病防治知识知晓率", R, ">=", 95, "%", Y,
      "rate", "up", scope="高危行为人群"),
    T(D, "知晓率分别达95%、85%", "艾滋病防治知识知晓率", R, ">=", 85, "%", Y, "rate", "up", scope="重点人群"),
    T(D, "85%和85%以上", "艾滋病防治知识知晓率", R, ">=", 85, "%", Y, "rate", "up", scope="流动人口"),
    T(D, "保证每名学生初中阶段6课时", "初中阶段艾滋病健康教育课时", R, ">=", 6, "课时", Y, "count", "up",
      ambiguous=True),
    T(D, "高中阶段和中等职业教育阶段4-6课时", "高中阶段艾滋病健康教育课时", R, ">=", 4, "课时", Y, "count", "up",
      value_max=6, ambiguous=True),
    T(D, "校内青少年艾滋病防治知识知晓率达到98%以上", "艾滋病防治知识知晓率", R, ">=", 98, "%", Y, "rate", "up",
      scope="校内青少年"),
    T(D, "校外青少年达到80%以上", "艾滋病防治知识知晓率", R, ">=", 80, "%", Y, "rate", "up", scope="校外青少年"),
]

# oo02 a city's 艾滋病 programme, its 具体目标和工作指标 (aims for 2007 and 2010; `全市`, districts
# below it). The `≧10人` / `≧50人` in brackets define which prisons must have staff — a condition,
# not an aim (the false-positive test of this page). Each list names its own year: 2007 for the
# reporting rate, the knowledge and billboard shares and the training shares; 2010 for the two
# changes `前4项指标均提高10个百分点` and `后两项指标均提高20个百分点`, each one number for several
# indicators (one target each, named for the change). `15-49岁` is an age range; `6项指标`, `前4项`
# count indicators (not targets).
D, R = "oo02.txt", "全市"
A += [
    T(D, "除诊所之外的医疗机构艾滋病监测信息网络直报率达100%", "艾滋病监测信息网络直报率", R, ">=", 100, "%", 2007,
      "rate", "up", scope="除诊所之外的医疗机构"),
    T(D, "全市15-49岁人口中,艾滋病防治和无偿献血知识知晓率达到75%以上", "艾滋病防治和无偿献血知识知晓率", R, ">=", 75,
      "%", 2007, "rate", "up", scope="15-49岁人口"),
    T(D, "流动人口达到70%以上", "艾滋病防治和无偿献血知识知晓率", R, ">=", 70, "%", 2007, "rate", "up",
      scope="流动人口"),
    T(D, "校内青少年达到85%以上", "艾滋病防治和无偿献血知识知晓率", R, ">=", 85, "%", 2007, "rate", "up",
      scope="校内青少年"),
    T(D, "校外青少年达到65%以上", "艾滋病防治和无偿献血知识知晓率", R, ">=", 65, "%", 2007, "rate", "up",
      scope="校外青少年"),
    T(D, "公共场所70%以上设置艾滋病防治大型公益广告牌或宣传栏", "设置艾滋病防治公益广告牌或宣传栏的公共场所比例", R, ">=",
      70, "%", 2007, "rate", "up"),
    T(D, "候机(车、船)室60%以上放置预防艾滋病健康教育材料", "放置预防艾滋病健康教育材料的候车室比例", R, ">=", 60, "%",
      2007, "rate", "up"),
    T(D, "前4项指标均提高10个百分点", "艾滋病防治知识知晓率提高幅度", R, ">=", 10, "个百分点", 2010, "rate", "up"),
    T(D, "后两项指标均提高20个百分点", "公共场所艾滋病宣传覆盖比例提高幅度", R, ">=", 20, "个百分点", 2010, "rate", "up"),
    T(D, "负责人95%以上接受过艾滋病防治政策和相关知识培训", "负责人艾滋病防治培训比例", R, ">=", 95, "%", 2007,
      "rate", "up", scope="各级政府及其有关部门负责人"),
    T(D, "宣讲覆盖90%以上的区、街道", "艾滋病防治政策宣讲区街道覆盖率", R, ">=", 90, "%", 2007, "rate", "up"),
    T(D, "社区和街道卫生服务人员80%以上接受过艾滋病防治知识和技能培训", "卫生服务人员艾滋病防治培训比例", R, ">=", 80, "%",
      2007, "rate", "up", scope="社区和街道卫生服务人员"),
]

# oo03 中新网 (2017) on the 十三五 艾滋病 action plan: the page gives only the plan's account of the
# 十二五 (`发现率提高68.1%,病死率降低57.0%` — achieved changes) and breaks off before the aims'
# numbers. Only-reports page: no target.

# oo04 a county's (`全县`, `我县`; the county is not named) 2020 家庭医生签约 programme: the aims are
# due 2020年10月31日 (year 2020). The page lost the `%` after both numbers (`到达90以上`); they are
# shares of residents signed, so unit `%`. The two aims differ by area (农村 / 县城城区), kept as
# scope; `签服务率` is the plan's slip for 签约服务率. `常住6个月以上`, `65岁以上`, `3类` describe who
# is served (not targets).
D, R, Y = "oo04.txt", "全县", 2020
A += [
    T(D, "全县农村家庭医生签服务率要到达90以上", "家庭医生签约服务率", R, ">=", 90, "%", Y, "rate", "up", scope="农村"),
    T(D, "县城城区家庭医生签约服务率要到达50以上", "家庭医生签约服务率", R, ">=", 50, "%", Y, "rate", "up",
      scope="县城城区"),
]

# oo05 (traditional script) a 2025 妇幼健康 work-plan template from a document site. Its background
# reports `2023年我国出生人口为900万` (a statistic, not a target). The four numbered aims are for 2025;
# the page names no place but `我国`, so 全国. `10/千` is ‰.
D, R, Y = "oo05.txt", "全国", 2025
A += [
    T(D, "將孕產(chǎn)婦死亡率控制在20/10萬以下", "孕产妇死亡率", R, "<=", 20, "1/10万", Y, "rate", "down"),
    T(D, "將5歲以下兒童死亡率控制在10/千以下", "5岁以下儿童死亡率", R, "<=", 10, "‰", Y, "rate", "down"),
    T(D, "提高孕產(chǎn)婦產(chǎn)前檢查率達到90%以上", "孕产妇产前检查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "提高兒童疫苗接種率達到95%以上", "儿童疫苗接种率", R, ">=", 95, "%", Y, "rate", "up"),
]

# oo06 (traditional script) 健康报 2017 on the national 母婴安全 video meeting: `全國孕產婦死亡率控制在
# 15.8/10萬` is the figure reached in January–May (reported, worded like an aim), `740.7萬人`,
# `增加7.8%` are statistics, `每年高齡孕產婦預計達到300萬人以上` is a forecast of demand, not an aim.
# Only-reports page: no target.

# oo07 a district's children's development plan (`以区为单位`: 全区), the health part. It names no year;
# `比“十五”时期有所下降` places it in the 十一五, so the plan year is 2010 (its end). Every `——` line is
# an aim; `有所下降` and `提高婚检率` have no number. `4个月以下`, `5岁以下`, `3岁以下`, `7岁以下` are
# age groups inside names. `每天1小时的体育锻炼时间` is a time standard (amount, at least).
D, R, Y = "oo07.txt", "全区", 2010
A += [
    T(D, "新生儿疾病筛查覆盖率达100%", "新生儿疾病筛查覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "新生儿疾病筛查率达85%以上", "新生儿疾病筛查率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "新生儿听力筛查率达60%以上", "新生儿听力筛查率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "产前筛查覆盖率达80%以上", "产前筛查覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "孕产妇系统管理率达到90%以上", "孕产妇系统管理率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "孕产妇住院分娩率达到99%以上", "孕产妇住院分娩率", R, ">=", 99, "%", Y, "rate", "up"),
    T(D, "孕产妇死亡率降低到18/10万以下", "孕产妇死亡率", R, "<=", 18, "1/10万", Y, "rate", "down"),
    T(D, "婴儿死亡率控制在13‰以下", "婴儿死亡率", R, "<=", 13, "‰", Y, "rate", "down"),
    T(D, "5岁以下儿童死亡率控制在15‰以下", "5岁以下儿童死亡率", R, "<=", 15, "‰", Y, "rate", "down"),
    T(D, "低出生体重发生率控制在4%以下", "低出生体重发生率", R, "<=", 4, "%", Y, "rate", "down"),
    T(D, "5岁以下儿童中、重度营养不良患病率控制在2%以下", "5岁以下儿童中重度营养不良患病率", R, "<=", 2, "%", Y, "rate",
      "down"),
    T(D, "婴幼儿家长科学喂养知识普及率达到85%以上", "婴幼儿家长科学喂养知识普及率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "4个月以下婴儿母乳喂养率达到90%以上", "4个月以下婴儿母乳喂养率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "合格碘盐食用率达到95%以上", "合格碘盐食用率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "3岁以下儿童系统管理率达到90%以上", "3岁以下儿童系统管理率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "7岁以下儿童保健覆盖率达到90%以上", "7岁以下儿童保健覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "儿童五苗接种率达95%以上", "儿童五苗接种率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "幼儿园儿童龋齿发病率控制在30%以下", "儿童龋齿发病率", R, "<=", 30, "%", Y, "rate", "down", scope="幼儿园"),
    T(D, "城镇托幼机构卫生保健合格率达85%以上", "托幼机构卫生保健合格率", R, ">=", 85, "%", Y, "rate", "up",
      scope="城镇"),
    T(D, "中小学生《学生体质健康标准》施行面达90%以上", "学生体质健康标准施行面", R, ">=", 90, "%", Y, "rate", "up",
      scope="中小学生"),
    T(D, "保证中小学生在校每天1小时的体育锻炼时间", "中小学生在校每天体育锻炼时间", R, ">=", 1, "小时", Y, "amount", "up"),
]

# oo08 a document site's sheet of 慢病 management indicators: each indicator's formula (`×100%`, not
# a target) and then its 指标值, the value an area is held to (a bare number: `>=` for these
# up-indicators). The sheet names no place and no year: region is its own word `辖区`, year null.
D, R, Y = "oo08.txt", "辖区", None
A += [
    T(D, "高血压患者健康管理率:30%", "高血压患者健康管理率", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "高血压患者规范管理率:80%", "高血压患者规范管理率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "管理人群血压控制率: 50%", "管理人群血压控制率", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "糖尿病患者健康管理率:30%", "糖尿病患者健康管理率", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "糖尿病患者规范管理率:80%", "糖尿病患者规范管理率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "管理人群血糖控制率: 50%", "管理人群血糖控制率", R, ">=", 50, "%", Y, "rate", "up"),
]

# oo09 枣庄晚报 (2015) on 滕州市's 两癌 checks: a three-year programme with no number to reach;
# `125.19万元` paid and `11381人次` served in January–June are reported. `每人每次110元(乳腺癌40元、
# 宫颈癌70元)` is the funding standard the payments follow — a standard set or a fact of how money
# was paid, either reading: ambiguous.
D, R, Y = "oo09.txt", "滕州市", 2015
A += [
    T(D, "按照每人每次110元", "两癌检查经费标准", R, "=", 110, "元", Y, "amount", "up", ambiguous=True),
    T(D, "乳腺癌40元", "乳腺癌检查经费标准", R, "=", 40, "元", Y, "amount", "up", ambiguous=True),
    T(D, "宫颈癌70元", "宫颈癌检查经费标准", R, "=", 70, "元", Y, "amount", "up", ambiguous=True),
]

# oo10 甘肃经济日报 (2019) on 甘肃省's 两癌 checks: `69.39万人`, `83.28%` of the year's task, last year's
# `101.8701万人`, the cases found and the `60万元` award are reported. The programme (2018, three
# years: to 2020) is to spend 3.8亿元 and check 393万 women — the programme's reach and budget, read as
# aims by some annotators and as description by others (as set L's ll03): ambiguous.
D, R, Y = "oo10.txt", "甘肃省", 2020
A += [
    T(D, "计划用三年时间投入财政预算资金3.8亿元", "两癌检查财政预算资金", R, "=", 38000, "万元", Y, "amount", "up",
      ambiguous=True),
    T(D, "为全省35至64岁的393万名农村妇女进行“两癌”免费检查", "两癌免费检查农村妇女人数", R, "=", 3930000, "名", Y,
      "count", "up", ambiguous=True),
]

# oo11 (traditional script) 兰州日报 (2024-11) on the 2024 两癌 checks: `全市共開展…檢查20000人` and the
# `240萬元` of matching funds put in place (`落實`, with its 120/48/72萬元 parts) are reported. The two
# task figures are 2024's aims as the province set them: 20萬名 women for the province (甘肃省) and
# the 20000名 兰州市 took on (`承擔…任務`) — counts to reach, stated on a page that reports them met.
# `10件為民實事` counts the list; `3年內`, `33歲至64歲` describe who is checked.
D, Y = "oo11.txt", 2024
A += [
    T(D, "對全省20萬名城鎮低收入婦女和農村婦女進行宮頸癌、乳腺癌免費檢查", "两癌免费检查妇女人数", "甘肃省", ">=", 200000, "名", Y,
      "count", "up"),
    T(D, "蘭州市承擔20000名婦女“兩癌”檢查任務", "两癌检查任务数", "兰州市", ">=", 20000, "名", Y, "count", "up"),
]

# oo12 a 珠海 妇幼 lecture slide (text flattened): 珠海's own figures (`80.76岁`, `10.66/10万`, `1.86`)
# are reported. It quotes two goals set by others for 孕产妇死亡率: the 2015 千年发展目标 (22.2/10万)
# and the 2011–2020 妇女发展纲要's `20/10万以下` — cited aims of national or world bodies on a
# teaching page, target or citation either reading: ambiguous.
D, R = "oo12.txt", "全国"
A += [
    T(D, "2015年千年发展目标 22.2/10万", "孕产妇死亡率", R, "<=", 22.2, "1/10万", 2015, "rate", "down", ambiguous=True),
    T(D, "妇女发展纲要目标 20/10万以下", "孕产妇死亡率", R, "<=", 20, "1/10万", 2020, "rate", "down", ambiguous=True),
]

if __name__ == "__main__":
    write_gold(A, HERE)
