#!/usr/bin/env python3
"""Build hold-out set BH's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BH (gathered on main 1fbe83c, after BC/BD's round, and annotated before any extractor run: the
annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent):
county, district and city pages — a district's 2024 民生实事 progress table (traditional, 浙江's list as
a district carries it), a city's 2017 family-doctor and primary-care aims (平凉, a local paper's item),
a 兵团 division-city's 2016 free check-ups for the old (第四师可克达拉市), a city's 2022 free check-ups
for retired insured people (苏州, a paper's item), two Taiwan counties' 2026 (115年) screening rounds
(南投县, 云林县, traditional) and a county's 2025 民生实事 mid-year progress (萧县, achieved figures
only: the distractor).
Files bh01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bh01 a mirror's page of a district's 2024 民生实事 progress table (traditional): task, unit in charge,
# progress share. The district is not named; item 10 says `全區` and the units are `區…局`: region 全区
# (the document's own word, as earlier sets write it). Year 2024 (item 10's `2024年`; the address's
# 2024/6/28). Each task's number is the year's aim; the last column (`20%`, `40%`, ... `100%`) is
# progress, no target, and `市統 項目` is no number. A bare count (`為3.078萬…接種`) is an implied
# 达到 (>=). 萬 before the people counted is converted (30780 人, as earlier sets' `2.5萬人` → 25000 人).
# Item 5's `≥50%` is the primary-care outpatient reimbursement share the scheme sets (kept, as
# `门诊报销35%`); item 7 (school places for migrant children) is the list's, not a health bureau's, aim
# and is kept as a target like any other. The table is cut after item 10 to keep ten scored lines (items
# 11–13 follow on the page: a `≥60%` autism reimbursement share and `50人` disabled workers).
D, R, Y = "bh01.txt", "全区", 2024
A += [
    T(D, "為3.078萬60歲以上老年人免費接種流感疫苗", "老年人流感疫苗免费接种人数", R, ">=", 30780, "人", Y, "count",
      "up", scope="60岁以上老年人"),
    T(D, "為1.22萬60歲以上重點人群免費開展結直腸癌篩查", "结直肠癌免费筛查人数", R, ">=", 12200, "人", Y, "count",
      "up", scope="60岁以上重点人群"),
    T(D, "在公共場所新增配置自動體外除顫儀115臺", "公共场所新增配置自动体外除颤仪数", R, ">=", 115, "台", Y,
      "count", "up"),
    T(D, "培訓應急救護人員575人以上", "应急救护人员培训人数", R, ">=", 575, "人", Y, "count", "up"),
    T(D, "基層醫療機構門診報銷比例≥50%", "基层医疗机构门诊报销比例", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "省內異地結算定點醫院開通率達100%", "省内异地结算定点医院开通率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "持有居住證的義務教育段隨遷子女就讀公辦學校比例達95%以上", "随迁子女就读公办学校比例", R, ">=", 95, "%",
      Y, "rate", "up", scope="持有居住证的义务教育段随迁子女"),
    T(D, "實施10個中小學校“示範食堂”建設行動", "中小学校示范食堂建设数", R, ">=", 10, "个", Y, "count", "up"),
    T(D, "參保人數達到37.69萬人以上", "长期护理保险参保人数", R, ">=", 376900, "人", Y, "count", "up"),
    T(D, "2024年重點為13-14歲女生接種304人", "二价HPV疫苗免费接种人数", R, ">=", 304, "人", Y, "count", "up",
      scope="13-14岁女生"),
]

# bh02 a local paper's item (华亭新闻, April 2017, from the address 201704) on 平凉市's family-doctor aims
# for the year (`今年`): the city-dweller coverage and the key groups' coverage (two targets, the second
# with scope 重点人群, SCHEMA's own example), the primary-care share of visits and the in-county visit
# rate `提高到90%左右` (`~`, direction up: a rate where higher is better, so not band). `今年68岁` in the
# next item is an age.
D, R, Y = "bh02.txt", "平凉市", 2017
A += [
    T(D, "平凉市城市家庭医生今年签约服务人数覆盖率将达到30%以上", "家庭医生签约服务人数覆盖率", R, ">=", 30, "%",
      Y, "rate", "up", scope="城市"),
    T(D, "重点人群覆盖率达到60%以上", "家庭医生签约服务覆盖率", R, ">=", 60, "%", Y, "rate", "up",
      scope="重点人群"),
    T(D, "基层医疗卫生机构诊疗量将占到总诊疗量的65%以上", "基层医疗卫生机构诊疗量占比", R, ">=", 65, "%", Y,
      "rate", "up"),
    T(D, "县域内就诊率提高到90%左右", "县域内就诊率", R, "~", 90, "%", Y, "rate", "up"),
]

# bh03 a 兵团 division-city's site (第四师·可克达拉市, 2016-03-25): the year's free check-ups for people
# over 65. Region as the site names the place (第四师可克达拉市; the text says `师市`). `计划为2万名…提供
# 免费健康体检` is the year's count (20000 名); `每人100元的体检费用` the added sum per person (an amount
# the plan sets, kept as earlier sets keep per-head subsidy standards). `将住市4000名老年人的体检安排在
# 军垦路社区卫生服务中心` places part of the same group at one centre: ambiguous (a share of the lead's
# count, not an aim of its own). `18个团场`, `两项内容`, `三年`, `十件实事` are no targets.
D, R, Y = "bh03.txt", "第四师可克达拉市", 2016
A += [
    T(D, "计划为2万名65岁以上老年人提供免费健康体检", "老年人免费健康体检人数", R, ">=", 20000, "名", Y, "count",
      "up", scope="65岁以上老年人"),
    T(D, "增加65岁以上老年人每人100元的体检费用", "老年人人均新增体检费用", R, ">=", 100, "元", Y, "amount", "up",
      scope="65岁以上老年人"),
    T(D, "将住市4000名老年人的体检安排在军垦路社区卫生服务中心", "军垦路社区卫生服务中心老年人体检人数", R, ">=",
      4000, "名", Y, "count", "up", scope="住市老年人", ambiguous=True),
]

# bh04 a paper's item (2022, from the address 2022/0612; `今年`) on 苏州市's free check-ups for the city's
# own insured retirees and 姑苏区's unmanaged old people: `体检人数约22万人` (`~`, a planned workload with
# no better side, band, as bb06's `約10萬件`), and the items offered `增至12项`, told twice: the lead is
# scored, its restatement in the list of features ambiguous (as az01 and bb05 do).
D, R, Y = "bh04.txt", "苏州市", 2022
S = "市本级参保退休人员及姑苏区非社会化管理老年人"
A += [
    T(D, "老年人体检人数约22万人", "老年人免费体检人数", R, "~", 220000, "人", Y, "count", "band", scope=S),
    T(D, "老年人免费体检项目增至12项", "老年人免费体检项目数", R, ">=", 12, "项", Y, "count", "up", occ=0),
    T(D, "老年人免费体检项目增至12项", "老年人免费体检项目数", R, ">=", 12, "项", Y, "count", "up", occ=1,
      ambiguous=True),
]

# bh05 a news portal's item (traditional, 2025-12-30) on 南投县's screening rounds next year (`明(115)年`
# = 2026): `辦理47場整合式健康篩檢活動` (a count of rounds to hold; 場 → 场). `115年將持續提供7大項一站式
# 健康檢查服務` counts the items of the package the bureau keeps offering: ambiguous (a description of
# the service, not an aim to reach). `5項癌症篩檢` names the package's content; `每4分2秒…`, `5萬3千餘人`
# are national figures, `13鄉鎮市` the county's towns, `45-74歲`, `40-44歲` ages, `1月3日` a date.
D, R, Y = "bh05.txt", "南投县", 2026
A += [
    T(D, "辦理47場整合式健康篩檢活動", "整合式健康筛检活动场次", R, ">=", 47, "场", Y, "count", "up"),
    T(D, "115年將持續提供7大項一站式健康檢查服務", "一站式健康检查服务项目数", R, ">=", 7, "项", Y, "count", "up",
      ambiguous=True),
]

# bh06 a news portal's item (traditional, 2026-01-14) on 云林县's added check-up subsidy and its
# screening rounds from 115年1月18日 (2026): `最高每人補助1520元` (the per-person top-up the scheme sets,
# a bare sum: implied 达到, >=, as SCHEMA's settled case), `辦理22場整合性社區健康篩檢` (rounds to hold).
# `預估約5700位縣民受惠` is the bureau's forecast of beneficiaries: ambiguous (as az06's forecast).
# `結合5家責任醫院` names the partners, no aim.
D, R, Y = "bh06.txt", "云林县", 2026
A += [
    T(D, "最高每人補助1520元", "健康检查加码每人最高补助额", R, ">=", 1520, "元", Y, "amount", "up"),
    T(D, "預估約5700位縣民受惠", "健康检查加码补助受惠人数", R, "~", 5700, "位", Y, "count", "up", ambiguous=True),
    T(D, "辦理22場整合性社區健康篩檢", "整合性社区健康筛检场次", R, ">=", 22, "场", Y, "count", "up"),
]

# bh07 a county government's page (萧县, 2025): the 30 民生实事's progress at the end of June. Every
# figure is done or a count of the list (`30项`, `3项`, `27项`, `8项`, `5项`), completion shares
# (`完成率200%`…) or achieved counts; `均达到100%` tells achieved screening rates with an aim word. No
# target: the distractor.

if __name__ == "__main__":
    write_gold(A, HERE)
