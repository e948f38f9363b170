#!/usr/bin/env python3
"""Build hold-out set DB's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DB (gathered on main fd34af45, beside the sets gathered at the same time in the other /work/wt/g*
worktrees, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent): yearly aims of city, county and district health
bureaus on the coast, as a bureau would paste them from a news site, a template site or a government
page — 镇江's 2015 family-planning meeting (`今年…的主要目标是`: four rates beside 2014's results), a
district's 2021 卫健局 work plan from a template site (泰安, named only by `泰山“挑山工”`), a county's
2021 卫生健康局 work plan in traditional script (a template site, the county not named), 建宁县's 2023
两癌 screening meeting (3100 women), 武清's 2019 惠民工程 list of the district government (one health
count among roads, schools and jobs) and 上海's 2022 卫生健康工作要点 in traditional script (its opening:
the notice and the first epidemic task), and 长宁区's 2018 health results in traditional script (achieved
figures only: the distractor).
Files db01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: the region is the place the text names or makes plain, else
the text's own word (`全区`, `全县`: SCHEMA; as aa, ao, cx); last year's achieved figures are no target
(SCHEMA); a range on an up-indicator (`2 至3 個`, `5至7万人次`) is `>=` with value_max (SCHEMA); a count of
projects to build or start written beside the aim (`三处卫生院病房楼`, `3 家縣級醫院`) is ambiguous `=`, as
cx05's `一个乡镇`; the non-health aims of a 民生实事 / 惠民工程 list (villages, farmland, roads, schools, jobs)
are aims of the document but not health ones: ambiguous (as cc, bc04, bf04 and cf mark them); counts of a
text's own items (`20项`, `一條主線`) are no target (cx02); the traditional pages keep their converter
glosses (`衛(wèi)`) and mojibake (`??`) as the corpus gave them, and a quote copies them.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# db01 金山网 (jsw.com.cn), 镇江's news of 2015-02-11 on the city's family-planning meeting; the footer
# (`分享到`, `金山论坛`, `相关新闻`) dropped. Region 镇江市 (the headline and the banner name it; the body says
# `全市`, `我市`), year 2015 (`研究部署2015年工作任务`, `今年`). Scored, under `今年…的主要目标是`: the birth
# policy-compliance rate and the pre-pregnancy check coverage at 98%, family health service coverage at 90%
# and the floating population's service rate at 95%, each `以上` → `>=`. Not targets: 2014's results
# (`0.51‰`, `99.9%`, `107`, `100%`, `5188户`, `1589户`, `1907名`), `出生人口性别比保持正常` and `全面兑现` (no
# number), the dateline.
D, R, Y = "db01.txt", "镇江市", 2015
A += [
    T(D, "全市出生政策符合率98%以上", "出生政策符合率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "孕前优生健康检查覆盖率98%以上", "孕前优生健康检查覆盖率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "家庭健康服务覆盖率90%以上", "家庭健康服务覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "流动人口管理服务率95%以上", "流动人口管理服务率", R, ">=", 95, "%", Y, "rate", "up"),
]

# db02 a template site's copy (作文范文网, its banner `欢迎访问作文范文网` dropped) of a district 卫健局's 2021 work
# plan, cut inside its second part. Region 全区 (the text's own word: `泰山“挑山工”` and the towns 九曲、刘店子
# hint at 泰安 but do not name the district), year 2021 (the title, `2021年是…“十四五”的开局之年`). Scored: the
# public-health emergencies handled to standard `要达到100%` (a bare 达到 on an up-indicator: `>=`).
# Ambiguous: `启动建设九曲、、刘店子三处卫生院病房楼建设` (a count of projects to start, in a Chinese numeral, as
# cx05's `一个乡镇`). Not targets: `15类人员` (who is tested), `100周年`, `1363`, `一道防线`, `四方责任`, `三大攻坚`
# (names and counts of the plan's own items), the site's date.
D, R, Y = "db02.txt", "全区", 2021
A += [
    T(D, "突发公共卫生事件规范处置率要达到100%", "突发公共卫生事件规范处置率", R, ">=", 100, "%", Y, "rate",
      "up"),
    T(D, "启动建设九曲、、刘店子三处卫生院病房楼建设", "卫生院病房楼启动建设数", R, "=", 3, "处", Y, "count", "up",
      ambiguous=True),
]

# db03 a paper mirror's copy (elulumail) of a county 卫生健康局's 2021 work plan in traditional script with the
# converter's glosses (`衛(wèi)`) and mojibake (`??茖W`), cut inside item 3. Region 全县 (`全縣`; the county is not
# named), year 2021 (the title, `2021 年`). Scored: national hygienic towns to create `2 至3 個` (a range: `>=`
# 2, value_max 3) and provincial hygienic villages `120 個` (same sentence, `計劃創建`: `>=`). Ambiguous:
# `加快推進3 家縣級醫院發熱門診及感染性病房樓建設` (a count of projects under way). Not targets: `1+7` (the plan's
# name), `15 類人員`, `明年10 月份` and `明年底` (dates), `十四五`.
D, R, Y = "db03.txt", "全县", 2021
A += [
    T(D, "創(chuàng)建2 至3 個國家衛(wèi)生鄉(xiāng)鎮(zhèn)", "国家卫生乡镇创建数", R, ">=", 2, "个", Y, "count", "up",
      value_max=3),
    T(D, "120 個省級衛(wèi)生村", "省级卫生村创建数", R, ">=", 120, "个", Y, "count", "up"),
    T(D, "加快推進3 家縣級醫院發熱門診及感染性病房樓建設", "县级医院发热门诊及感染性病房楼建设数", R, "=", 3, "家",
      Y, "count", "up", ambiguous=True),
]

# db04 福建卫生健康新闻网 (fjwjw.fjsen.com), 建宁县's news of 2023-07-07 on its 两癌 screening launch; the
# `更多》图片新闻` links after the body dropped. Region 建宁县 (named), year 2023. Scored: `筛查任务为完成3100名
# 35-64岁育龄妇女` (a quota to complete: `>=`, scope 35-64岁育龄妇女). Not targets: the dates, the age band
# (who is screened), the towns and communities listed.
D, R, Y = "db04.txt", "建宁县", 2023
A += [
    T(D, "筛查任务为完成3100名35-64岁育龄妇女", "“两癌”筛查人数", R, ">=", 3100, "名", Y, "count", "up",
      scope="35-64岁育龄妇女"),
]

# db05 a news portal's copy (680km) of a district paper's item on the 2019 惠民工程 of the district government,
# cut inside item 13. Region 全区 (the text's own word: 京津科技谷, 王庆坨 and 翠亨路 point to 天津's 武清区 but
# the district is not named), year 2019 (`2019年惠民工程`, `今年`). Scored, the one health aim with a number:
# `培养家庭健康明白人5至7万人次` (a range: `>=` 5, value_max 7, 万人次). Ambiguous (aims of the list, not health
# ones): 100 villages' sewage plants (`以上`: `>=`), 56 beautiful villages, 2.87万亩 of farmland, 4 model
# communities, 100 km of rural road, 3 bus lines, 44 kindergartens, 5 rural homes for the elderly and 3.6万
# new jobs. Not targets: `20项` (the list's own count), `三个着力`, `60岁及以上` (who is served), `二期`,
# `第十三中学` (names).
D, R, Y = "db05.txt", "全区", 2019
A += [
    T(D, "培养家庭健康明白人5至7万人次", "家庭健康明白人培养人次", R, ">=", 5, "万人次", Y, "count", "up",
      value_max=7),
    T(D, "完成100个以上村庄生活污水处理设施建设", "村庄生活污水处理设施建设数", R, ">=", 100, "个", Y, "count",
      "up", ambiguous=True),
    T(D, "新建56个美丽村庄", "美丽村庄新建数", R, "=", 56, "个", Y, "count", "up", ambiguous=True),
    T(D, "建设高标准农田2.87万亩", "高标准农田建设面积", R, "=", 2.87, "万亩", Y, "count", "up", ambiguous=True),
    T(D, "创建4个市级美丽社区", "市级美丽社区创建数", R, "=", 4, "个", Y, "count", "up", ambiguous=True),
    T(D, "新建大修“四好农村路”100公里", "“四好农村路”新建大修里程", R, "=", 100, "公里", Y, "count", "up",
      ambiguous=True),
    T(D, "优化调整公交线路3条", "公交线路优化调整数", R, "=", 3, "条", Y, "count", "up", ambiguous=True),
    T(D, "新建44所幼儿园", "幼儿园新建数", R, "=", 44, "所", Y, "count", "up", ambiguous=True),
    T(D, "建设5所农村幸福院", "农村幸福院建设数", R, "=", 5, "所", Y, "count", "up", ambiguous=True),
    T(D, "全年新增就业3.6万人", "新增就业人数", R, "=", 3.6, "万人", Y, "count", "up", ambiguous=True),
]

# db06 a policy mirror's copy (cctv1204) of 上海市卫生健康委员会's notice with the 2022年上海市卫生健康工作要点,
# traditional script, cut inside task 1 (the page dates the notice `2021年2月13日`, kept). Region 上海市, year
# 2022 (the 要点's year). Scored: `醫療機構核酸檢測能力建設100%達標` (the share of medical institutions whose
# testing capacity meets the standard: `>=` 100 %). Not targets: `全部二級以上醫院…均配置` (all, no number),
# `十四五`, `一條主線`, `兩手抓`, `三位一體` (names), the date.
D, R, Y = "db06.txt", "上海市", 2022
A += [
    T(D, "醫療機構核酸檢測能力建設100%達標", "医疗机构核酸检测能力建设达标率", R, ">=", 100, "%", Y, "rate", "up"),
]

# db07 the distractor: a portal's copy (qqstock) of 长宁区's 2018 health results in traditional script with
# converter glosses, cut inside the chronic-disease part. Achieved figures only, several in aim words
# (`平均期望壽命達85.49歲`, `嬰兒死亡率1.65‰`, `孕產婦死亡為0`), rank and gaps (`16個城區首位`, `高于…1.86歲`),
# counts of the service package (`14大類50小類144項`) and of facilities (`10家`, `40個`), `40年`, `65歲`. No gold
# line: every prediction here is a false positive.

write_gold(A, HERE)
