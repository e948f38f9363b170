#!/usr/bin/env python3
"""Build hold-out set AX's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AX (issue 14; gathered on main 8fd0ce4, after this session's merged rounds — sets AT, AU, AV,
names13 — and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer on the session's final merged code, the honest measure of that
work, so the set is unspent): pages shaped like what bureaus upload — a municipality's 十四五 health
plan's headline targets (上海, a spam-headed mirror in traditional script), a municipal health
commission's 2025 key work (北京, in a trade site's round-up that opens with 安徽's meeting, which gives no
number), a town's 2020 pre-pregnancy check scheme (the town's name blanked: XX镇), a province's 2023
list of basic-public-health performance targets (29 numbered lines, last year's values in brackets;
the province unnamed), a province's health-2030 plan in a news brief (黑龙江), a county's 2023 task
sheet from its government work report (同心县: no number of its own) and a province's review of five
years' spending (青海's paper, achieved figures only, cut off mid-number).
Files ax01.txt…, so no name clashes with the seeds, the development set or sets A–AW in
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

# ax01 a spam-headed mirror (traditional script) of a trade site's 2021-07-16 item on 上海's 十四五 health
# plan: its headline targets (`3+7`: three overall aims, seven sub-aims) — three numbers under the
# first sub-aim, for the plan's end year 2025 (the text says only 十四五; SCHEMA: the plan's year). The
# region is plain (上海市…《上海市衛生健康發展“十四五”規劃》). `3+7`, `三個`/`七個`, `19項發展指標` (how many
# indicators the plan lists: not an aim), the date, the view count 609 and `7月16日` are distractors;
# the excerpt stops at `人均健康預`.
D, R, Y = "ax01.txt", "上海市", 2025
A += [
    T(D, "上海市民健康素養水平達到36%以上", "市民健康素养水平", R, ">=", 36, "%", Y, "rate", "up"),
    T(D, "常見惡性腫瘤診斷時早期比例達到37%以上", "常见恶性肿瘤诊断时早期比例", R, ">=", 37, "%", Y, "rate",
      "up"),
    T(D, "人均健康預期壽命達到71歲以上", "人均健康预期寿命", R, ">=", 71, "岁", Y, "amount", "up"),
]

# ax02 a hospital-management site's round-up of two 2025 meetings: 安徽's provincial health meeting
# (aims without a number: no line) and 北京市卫生健康委's press briefing on its 2025 key work. The 北京
# aims: hospitals in the mutual-recognition scheme for records and test results (`扩展到 200家`, a count to
# reach, scope 二级以上医院) and the share of those hospitals' outpatient volume it covers (97%), the
# hospitals joined to the internet-hospital platform (`达到70家`), the share of general hospitals (二级以上)
# with a psychiatric/psychological clinic (`达70%以上`) and the close-knit city medical groups to build
# (`新建5个`: a count to build, `>=`). The list's size (`31个场景38项任务`) and the `10条` measures to draft
# are the make-up of a plan, not a level to reach: ambiguous, as AP keeps a programme's make-up.
# `2024年度`, the dates, 十五五 and `二级以上` (a tier) are distractors; the text stops at `区级覆盖`.
D, R, Y = "ax02.txt", "北京市", 2025
A += [
    T(D, "推进落实31个场景", "“三医”领域业务管理提升场景数", R, ">=", 31, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "38项任务", "“三医”领域业务管理提升任务数", R, ">=", 38, "项", Y, "count", "up", ambiguous=True),
    T(D, "制定10条信息化支撑业务管理硬措施", "信息化支撑业务管理硬措施数", R, ">=", 10, "条", Y, "count", "up",
      ambiguous=True),
    T(D, "电子病历互联互通和检查检验结果互认范围扩展到 200家二级以上医院", "电子病历互联互通和检查检验结果互认医院数",
      R, ">=", 200, "家", Y, "count", "up", scope="二级以上医院"),
    T(D, "覆盖二级以上医院97%的门诊量", "检查检验结果互认门诊量覆盖率", R, ">=", 97, "%", Y, "rate", "up",
      scope="二级以上医院"),
    T(D, "全市互联网医院服务平台接入医院达到70家", "互联网医院服务平台接入医院数", R, ">=", 70, "家", Y, "count",
      "up"),
    T(D, "实现二级以上综合医院精神(心理)卫生门诊达70%以上", "精神(心理)卫生门诊开设比例", R, ">=", 70, "%", Y,
      "rate", "up", scope="二级以上综合医院"),
    T(D, "新建5个紧密型城市医疗集团", "新建紧密型城市医疗集团数", R, ">=", 5, "个", Y, "count", "up"),
]

# ax03 a document site's copy of a town's 2020 scheme for free pre-pregnancy eugenic checks (the town's
# name blanked: `XX镇`; its own word `本镇`, so the region is 全镇, as AT's blanked city is 全市). Under
# 年度目标: the coverage of the target couples, one number for knowledge and satisfaction (one target
# with the joint name, SCHEMA), and two follow-up rates. `一孩`/`二孩` are policy names and `每孩次可享受一次`
# an entitlement, not an aim; the excerpt stops at `各村(`.
D, R, Y = "ax03.txt", "全镇", 2020
A += [
    T(D, "孕前检查目标人群覆盖率达到90%以上", "孕前优生健康检查目标人群覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "目标人群优生科学知识知晓率及满意率达90%以上", "目标人群优生科学知识知晓率及满意率", R, ">=", 90, "%", Y,
      "rate", "up"),
    T(D, "孕前检查早孕随访率80%以上", "孕前检查早孕随访率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "妊娠结局随访率55%以上", "妊娠结局随访率", R, ">=", 55, "%", Y, "rate", "up"),
]

# ax04 a medical news site's post (dated 2023-09-22, `来源: 基层医声公社`) listing 29 numbered performance
# targets of a basic-public-health programme for the year. No place is named; the list binds a
# province (`市级职业病防治技术支撑机构`, patients counted in the hundred-thousands), so its own level is
# written 全省 — a borderline call: the text gives no word for it. Year 2023: the brackets give 2022's
# values (`(2022:90%)`, `(2022年:61%)`…): the past, not aims (no line), as are `(新增)` marks. Each `≥N%`
# is a floor. The two patient counts (`管理人数142万人`, a bare number: an implied floor for a count to
# reach) are written in 人. Lines 16 and 23–27 have no number (`较上年提高`, `不断提高`): not targets. The
# `以乡镇(街道)为单位` of line 1 is the unit the rate is judged on (scope, as AT's at06). Numbers in names
# (`7岁`, `0-6岁`, `3岁`, `2型`, `0-36个月`, `65岁`, `2次`) and the line numbers are distractors.
D, R, Y = "ax04.txt", "全省", 2023
A += [
    T(D, "以乡镇(街道)为单位适龄儿童国家免疫规划疫苗接种率≥90%", "适龄儿童国家免疫规划疫苗接种率", R, ">=", 90,
      "%", Y, "rate", "up", scope="以乡镇(街道)为单位"),
    T(D, "7岁以下儿童健康服务率≥90%", "7岁以下儿童健康服务率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "0-6岁儿童眼保健和视力检查覆盖率≥90%", "0-6岁儿童眼保健和视力检查覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "孕产妇系统服务率≥90%", "孕产妇系统服务率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "3岁以下儿童系统服务率≥90%", "3岁以下儿童系统服务率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "高血压患者管理人数142万人", "高血压患者管理人数", R, ">=", 1420000, "人", Y, "count", "up"),
    T(D, "2型糖尿病患者管理人数63万人", "2型糖尿病患者管理人数", R, ">=", 630000, "人", Y, "count", "up"),
    T(D, "肺结核患者管理率≥90%", "肺结核患者管理率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "社区在册居家严重精神障碍患者健康管理率≥95%", "社区在册居家严重精神障碍患者健康管理率", R, ">=", 95, "%",
      Y, "rate", "up"),
    T(D, "社区在册居家严重精神障碍患者健康体检率≥60%", "社区在册居家严重精神障碍患者健康体检率", R, ">=", 60, "%",
      Y, "rate", "up"),
    T(D, "0-36个月儿童中医药健康管理率≥77%", "0-36个月儿童中医药健康管理率", R, ">=", 77, "%", Y, "rate", "up"),
    T(D, "65岁及以上老年人中医药健康管理率≥70%", "65岁及以上老年人中医药健康管理率", R, ">=", 70, "%", Y, "rate",
      "up"),
    T(D, "卫生监督协管各专业年巡查(访)2次完成率≥90%", "卫生监督协管各专业年巡查(访)2次完成率", R, ">=", 90, "%", Y,
      "rate", "up"),
    T(D, "职业健康检查服务覆盖率≥100%", "职业健康检查服务覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "地方病防治工作任务完成率≥95%", "地方病防治工作任务完成率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "居民规范化电子健康档案覆盖率≥62%", "居民规范化电子健康档案覆盖率", R, ">=", 62, "%", Y, "rate", "up"),
    T(D, "高血压患者基层规范管理服务率≥76%", "高血压患者基层规范管理服务率", R, ">=", 76, "%", Y, "rate", "up"),
    T(D, "2型糖尿病患者基层规范管理服务率≥76%", "2型糖尿病患者基层规范管理服务率", R, ">=", 76, "%", Y, "rate",
      "up"),
    T(D, "65岁及以上老年人城乡社区规范健康管理服务率≥62%", "65岁及以上老年人城乡社区规范健康管理服务率", R, ">=", 62,
      "%", Y, "rate", "up"),
    T(D, "传染病和突发公共卫生事件报告率≥95%", "传染病和突发公共卫生事件报告率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "职业健康检查机构个案数据报送率≥90%", "职业健康检查机构个案数据报送率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "尘肺病康复患者满意度≥85%", "尘肺病康复患者满意度", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "市级职业病防治技术支撑机构满意度≥90%", "市级职业病防治技术支撑机构满意度", R, ">=", 90, "%", Y, "rate",
      "up"),
]

# ax05 a city news portal's copy of 黑龙江日报's 2017-02-24 brief on the province's 健康龙江2030 plan (`我省`;
# the province is plain from 黑龙江日报, 健康龙江 and the trailer's 黑龙江省卫生健康委员会): life expectancy
# to 79.6 by 2030. `实施20项健康行动` is how many actions the plan holds (its make-up: ambiguous, as in
# ax02). The date, 2030 in the plan's name, `第十二巡视组` (an ordinal) and `8月29日` in the trailer are
# distractors.
D, R, Y = "ax05.txt", "黑龙江省", 2030
A += [
    T(D, "全省人均期望寿命提高到79.6岁", "人均期望寿命", R, ">=", 79.6, "岁", Y, "amount", "up"),
    T(D, "力求通过实施20项健康行动", "健康行动数", R, ">=", 20, "项", Y, "count", "up", ambiguous=True),
]

# ax06 a county government's page (同心县, 2023 government work report's task split) for the health and
# culture bureaus: every aim has no number (`全面完成老年人群疫苗接种`, `应设尽设`); `新十条` is a set phrase,
# `第四届运动会` an ordinal, `二级以上` a tier, `1月底前`/`12月底前` deadlines. No gold line: every
# prediction here is a false positive.

# ax07 a city portal's tag page (`战线`) quoting a province's (青海's, by the portal; the text says only
# 全省) review of five years of health work: money spent (`累计投入…417亿元`) and the 2015 total health
# spending (`达到215.`, cut off) are achieved figures, not aims. No gold line.

write_gold(A, HERE)
