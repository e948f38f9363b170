#!/usr/bin/env python3
"""Build hold-out set BZ's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BZ (gathered on main 3ae1daa, after the merge of sets BV, BW, BX and BY, beside set CA gathered at the
same time in /work/wt/gca, and annotated before any extractor run: the annotator ran none on these texts;
it is to be scored once by the lead engineer, so the set is unspent): workforce, hospital and traditional-
medicine plans — a municipality's TCM tasks for the year (天津, 2023: specialty alliances, key specialties,
centres, disciplines, TCM halls), a province's 十四五 TCM plan told as news (浙江, 2023, aims for 2025), a
city's key-specialty funding decision (武汉, 2010), a Hong Kong hospital cluster's yearly plan (新界東, 2018,
traditional: staff, doctors, nurses, beds, clinic quotas), a province's rural order-directed medical
students and its GP density aim (山西, 2019, aims for 2019 and 2030), a city's new hospital beds for the
year (深圳, 2024) and the national
health commission's workforce figures for 2020→2022 (achieved figures only: the distractor).
Files bz01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bz01 人民日报's item (2023-06-12, dateline `本报天津6月11日电`): 天津's 2023 TCM work meeting and the year's tasks
# (`今年,天津市将建设…`). Region 天津市, year 2023 (`今年` of the 2023 meeting). Scored: seven counts to build —
# 24 specialty alliances, 30 recommended key TCM specialties, 30 TCM-featured primary institutions (`个`), 12
# rehabilitation centres and 13 preventive-care centres (`家`), 10 national and 20 municipal key TCM
# disciplines (`个`), each a bare number after `将建设` (`>=`, count up) — and the share of community health
# centres and township hospitals with a TCM hall and a TCM doctor (`100%设置中医馆(国医堂)、配备中医师`: one
# number for two things, one target with the joint name, SCHEMA). Ambiguous: `打造百姓身边的“15分钟中医药健康圈”`,
# a time radius named as a slogan (as aw06, bc05, bo02 and bt04 mark their `…分钟…圈`). Not targets: the
# dates, the paper's page `11 版`.
D, R, Y = "bz01.txt", "天津市", 2023
A += [
    T(D, "建设24个中医专科联盟", "中医专科联盟建设数", R, ">=", 24, "个", Y, "count", "up"),
    T(D, "30个中医优势重点专科推荐专科", "中医优势重点专科推荐专科建设数", R, ">=", 30, "个", Y, "count", "up"),
    T(D, "30个中医药特色基层医疗机构", "中医药特色基层医疗机构建设数", R, ">=", 30, "个", Y, "count", "up"),
    T(D, "建设12家中医康复中心", "中医康复中心建设数", R, ">=", 12, "家", Y, "count", "up"),
    T(D, "13家中医治未病中心", "中医治未病中心建设数", R, ">=", 13, "家", Y, "count", "up"),
    T(D, "建设10个国家级中医药重点学科", "国家级中医药重点学科建设数", R, ">=", 10, "个", Y, "count", "up"),
    T(D, "20个市级中医药重点学科", "市级中医药重点学科建设数", R, ">=", 20, "个", Y, "count", "up"),
    T(D, "实现社区卫生服务中心和乡镇卫生院100%设置中医馆(国医堂)、配备中医师",
      "社区卫生服务中心和乡镇卫生院设置中医馆、配备中医师比例", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "打造百姓身边的“15分钟中医药健康圈”", "中医药健康圈时间半径", R, "<=", 15, "分钟", Y, "amount", "down",
      ambiguous=True),
]

# bz02 a health site's copy (tqys, 2023-07-03) of 浙江老年报's item on the 浙江省中医药发展“十四五”规划, its aims for
# 2025. Region 浙江省 (`浙江`, `我省`), year 2025 (`到2025年`). Scored: the elderly's TCM health-management rate
# (`达到80%`) and the share of counties (cities) with a public TCM hospital (`100%的县(市)建有一所公立中医医院`, a
# share with no aim word: an implied 达到, SCHEMA), both told in the lead and again in the body (each scored
# twice, as AS, BE and bi04 score a restated aim); the share of county TCM hospitals at grade 2A or above
# (95%), the share of TCM halls meeting the flagship standard (15%), the elderly's and the children's TCM
# health-management rates (`分别达到80%和90%`: two targets, scopes 老年人 and 儿童, the second quote starting at
# its own subject, as am02 and ai02 split `分别达到`) and the share of rehabilitation patients given TCM
# rehabilitation guidance (`70%以上`). Not targets: `实现全覆盖` (no number), `41个地方特色中医流派` and `十大流派`
# (the present), `四大品牌`, `七大体系`, `十四五` (names), the page's word count and reading time, the date.
D, R, Y = "bz02.txt", "浙江省", 2025
N = "建有公立中医医院的县(市)比例"
A += [
    T(D, "老年人中医药健康管理率达到80%", "老年人中医药健康管理率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "100%的县(市)建有一所公立中医医院", N, R, ">=", 100, "%", Y, "rate", "up", occ=0),
    T(D, "100%的县(市)建有一所公立中医医院", N, R, ">=", 100, "%", Y, "rate", "up", occ=1),
    T(D, "95%的县级中医医院达到二级甲等以上水平", "达到二级甲等以上水平的县级中医医院比例", R, ">=", 95, "%", Y,
      "rate", "up"),
    T(D, "其中15%的中医馆达到“旗舰中医馆”建设标准", "达到旗舰中医馆建设标准的中医馆比例", R, ">=", 15, "%", Y,
      "rate", "up"),
    T(D, "老年人和儿童中医药健康管理率分别达到80%", "中医药健康管理率", R, ">=", 80, "%", Y, "rate", "up",
      scope="老年人"),
    T(D, "儿童中医药健康管理率分别达到80%和90%", "中医药健康管理率", R, ">=", 90, "%", Y, "rate", "up",
      scope="儿童"),
    T(D, "康复患者中接受中医康复技术指导的患者比重达到70%以上", "康复患者中接受中医康复技术指导的患者比重", R, ">=",
      70, "%", Y, "rate", "up"),
]

# bz03 a medical site's tag page (qm120) holding 健康报's item on 武汉 (its list line dates it 2010-06-04): the
# city government's decision to fund 50 key specialties and disciplines, 5000万元 a year, to build a central-
# China medical centre within five years. Region 武汉市, year 2010 (the item's only date; `力争用5年时间` governs
# an aim with no number). Scored: the 50 key specialties and disciplines to be built up (a count of things
# the plan supports, `>=`, as rr01 scores the institutions a central investment supports). Ambiguous: the
# yearly budget `每年拟投入5000万元` (planned money, `=`, as bu06, bl06 and uu04 mark budgets). Not targets: the
# ten named centres (a list, no number of its own), `5年时间` (a span), the list's date and the pager `1`.
D, R, Y = "bz03.txt", "武汉市", 2010
A += [
    T(D, "对50个重点专科、学科科目", "重点支持的重点专科、学科科目数", R, ">=", 50, "个", Y, "count", "up"),
    T(D, "每年拟投入5000万元", "重点专科、学科建设年度投入", R, "=", 5000, "万元", Y, "amount", "up",
      ambiguous=True),
]

# bz04 港生活 (skypost, 2018-08-22, traditional): the 新界東 hospital cluster's work plan for the new year. Region
# 新界东 (the cluster's area, the only place the text names, written in simplified script: `香港` is not named,
# as SCHEMA keeps 青岛 out where only its districts are named), year 2018 (`新一年` of a plan told the day
# before the 2018-08-22 item). Scored: the 500 extra staff (the headline's `擬增聘500人手`, counting word 人, and
# the body's `料將額外增聘500名醫護及支援人手`: one indicator told twice, both scored, as earlier sets score a
# restating headline; `料將` is the plan's own hedge, read as its aim), 35 doctors and 195 nurses among them,
# 124 more beds in three hospitals (`張` written 张, as bi04 and bu06) and 820 more specialist-clinic quotas
# for day cancer treatment (counts, `>=`). Ambiguous: the launch of a 12-hour thrombolysis service in October
# and its extension to 24 hours early next year (service hours that name the service's form rather than a
# level to reach) and `料每年可服務350名病人` (a forecast of the service's yearly volume, as bv06 marks a
# centre's yearly volume). Not targets: the support staff's turnover of 16% (the present), `今年10月`, the date.
D, R, Y = "bz04.txt", "新界东", 2018
N = "额外增聘医护及支援人手数"
A += [
    T(D, "擬增聘500人手", N, R, ">=", 500, "人", Y, "count", "up"),
    T(D, "料將額外增聘500名醫護及支援人手", N, R, ">=", 500, "名", Y, "count", "up"),
    T(D, "包括35名醫生", "额外增聘医生数", R, ">=", 35, "名", Y, "count", "up"),
    T(D, "195名護士", "额外增聘护士数", R, ">=", 195, "名", Y, "count", "up"),
    T(D, "合共會增加124張病床", "病床增加数", R, ">=", 124, "张", Y, "count", "up"),
    T(D, "日間癌症治療會增加820個專科門診名額", "日间癌症治疗专科门诊名额增加数", R, ">=", 820, "个", Y, "count",
      "up"),
    T(D, "推出12小時靜脈溶栓治療服務", "静脉溶栓治疗服务时长", R, ">=", 12, "小时", Y, "amount", "up",
      ambiguous=True),
    T(D, "明年初再擴展至24小時服務", "静脉溶栓治疗服务时长", R, ">=", 24, "小时", 2019, "amount", "up",
      ambiguous=True),
    T(D, "料每年可服務350名病人", "静脉溶栓治疗年服务病人数", R, ">=", 350, "名", 2019, "count", "up",
      ambiguous=True),
]

# bz05 a 山西 news portal's item (sxbeiying; dateline `5月7日`, the year 2019 from its text) on the province's
# rural order-directed free medical students. Region 山西省, year 2019 for the year's aims. Scored: 50 more
# training places on last years' 270 (`增加50个培训名额`: the rise is the number the text gives, count up; the
# 270 is the past), the completion of the national yearly training plan (`确保100%完成`, rate up) and the GP
# density aim for 2030 set by the province in 2018 (`每万居民要有5名合格的全科医生`: count, unit 名, as aq04 and
# bs03 write it). Not targets: 2410 students trained since 2010 (achieved), `9年时间` (a span),
# `确保招生两个分以上` (garbled: no indicator and no readable number), the copied address and the e-mail.
D, R = "bz05.txt", "山西省"
A += [
    T(D, "增加50个培训名额", "农村订单定向免费医学生培训名额增加数", R, ">=", 50, "个", 2019, "count", "up"),
    T(D, "确保100%完成国家下达的年度培训计划", "国家下达年度培训计划完成率", R, ">=", 100, "%", 2019, "rate",
      "up"),
    T(D, "城乡每万居民要有5名合格的全科医生", "每万居民合格的全科医生数", R, ">=", 5, "名", 2030, "count", "up"),
]

# bz06 证券时报's item (stcn, 2024-09-12) from 人民财讯: 深圳's new hospital beds for the year. Region 深圳市, year
# 2024 (`今年`, `今年年内`, `全年`). Scored: the beds to add (`8000张以上`, told in the headline, the body and
# again as `全年新增床位8000张以上`: three lines of one indicator, each a statement of the aim) and the 16 projects
# to complete within the year (count up). Not targets: the dates, `二期` (an ordinal), the page furniture.
D, R, Y = "bz06.txt", "深圳市", 2024
N = "新增床位数"
A += [
    T(D, "今年全市将新增床位8000张以上", N, R, ">=", 8000, "张", Y, "count", "up", occ=0),
    T(D, "今年全市将新增床位8000张以上", N, R, ">=", 8000, "张", Y, "count", "up", occ=1),
    T(D, "今年年内深圳市还将建成市质子肿瘤治疗中心、市二医院大鹏医院、宝安区中心医院整体改造(二期)等16个项目",
      "年内建成医疗重大项目数", R, ">=", 16, "个", Y, "count", "up"),
    T(D, "全年新增床位8000张以上", N, R, ">=", 8000, "张", Y, "count", "up"),
]

# bz07 中国西藏网's copy (2023-11-02) of 央广网's item on the State Council press conference: the national
# workforce figures — GPs per 10 000 from 2.9 (2020) to 3.28 (2022), doctors and nurses per 1000 from 2.90
# and 3.34 to 3.15 and 3.71. Every figure is what was reached (the distractor). No gold line: every
# prediction here is a false positive.

write_gold(A, HERE)
