#!/usr/bin/env python3
"""Build hold-out set CN's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CN (gathered on main dec372c6, after set CL's round, beside set CM gathered at the same time in
/work/wt/gcm, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent): pages a bureau would upload that mix aims with many
other numbers — news of a 卫生工作会议 (last year's results, then this year's aims) and government work reports'
health paragraphs. A province's 2008 health conference (黑龙江: the year's ten aims after 2007's results), a
province's 2008 health conference (湖南: a reimbursement share raised `由去年的30%提高至40%以上`), a city's 2008
medical-insurance meeting (鄂州: 2009's contribution and subsidy rises beside the enrolment reached), a journal
abstract on a province's county medical communities (2016 reached, 2017 planned, in one paragraph), the
national 2014 government work report's education and health paragraphs (traditional, with `32O元` and
`1O0O個縣` written with the letter O), a 2008 national news item on 新农合 (figures in Chinese numerals) and the
national 2015 government work report's review of 2014 (achieved figures only: the distractor).
Files cn01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

The focus of this set is the sentence that holds an achieved figure and an aim side by side (`由去年的30%提高至
40%以上`, `参合率达92.12%。2008年,我省新农合覆盖率将达到100%`, `2016年,40个县…2017年拟将试点扩大到66个县`):
only the aim is gold; the baseline (`由…`, `去年`, `原来`, `现在`) and every achieved figure are not targets. A
raise written `由A提高到B` is one target, B, `>=` for an up-indicator (as earlier sets read `提高至`). Aims outside
health in a work report (schools) are ambiguous, as cc and bc04/bf04 mark them. A restatement of an aim already
scored (a headline, a second mention) is ambiguous, as cc05 and the sets before it mark a repeat. An English half
of an abstract page is not annotated (as bk04 and am04 leave theirs).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# cn01 a health-news site's copy (东北网 source) of the report from 黑龙江省's 2008 卫生工作会议: 2007's results, then
# `2008年,卫生部门将努力实现10个目标`. Region 黑龙江省 (`我省`), year 2008. The lead puts an achieved rate and an aim in
# one paragraph (`参合率达92.12%。2008年,我省新农合覆盖率将达到100%`): the aim scored, the rate not. The list of ten
# aims holds 14 numbers; at most 10 scored lines a page, so the lead's coverage aim and the first eight of the
# list (enrolment, community health coverage and insurance designation, the two direct-report rates, vaccination,
# newborn screening, rural hospital delivery) and the patient-satisfaction aim are scored, all rates up
# (`达…以上` → `>=`, `保持在90%以上` → `>=`, a bare `达100%` → `>=`). Ambiguous: the list's `新农合覆盖率达100%` (the
# lead's aim told again), and, past the cap of ten, the food-licence and food-hygiene grading rates, the
# occupational-health surveillance rate, the farmers' health-promotion rate and the hospitals' open-affairs rate
# (aims all; left unscored only for the cap). Scopes: `县区级以上综合医院`, `县区级医疗机构`, `以乡为单位`, `农村孕妇`.
# Not targets: 2007's results — 1312.34万 enrolled, 92.12%, 30000余名 trained, 769所 community centres, 76%,
# `增加4个百分点`, 95.39%, `99.8%以上` (an achieved `以上`: a trap), 233.7/10万 and `下降10.57%`; `提前一年`/`提前两年`,
# `10个目标`, `5种` (counts of the text's own items), the related-news dates.
D, R, Y = "cn01.txt", "黑龙江省", 2008
A += [
    T(D, "我省新农合覆盖率将达到100%", "新农合覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "新农合覆盖率达100%", "新农合覆盖率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "新农合参合率保持在90%以上", "新农合参合率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "社区卫生服务人口覆盖率达80%以上", "社区卫生服务人口覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "社区卫生服务机构纳入定点医疗保险率达80%以上", "社区卫生服务机构纳入定点医疗保险率", R, ">=", 80, "%", Y,
      "rate", "up"),
    T(D, "县区级以上综合医院传染病病例网络直报率达100%", "传染病病例网络直报率", R, ">=", 100, "%", Y, "rate", "up",
      scope="县区级以上综合医院"),
    T(D, "县区级医疗机构突发公共卫生事件网络直报率达80%以上", "突发公共卫生事件网络直报率", R, ">=", 80, "%", Y,
      "rate", "up", scope="县区级医疗机构"),
    T(D, "免疫规划疫苗接种率以乡为单位达95%以上", "免疫规划疫苗接种率", R, ">=", 95, "%", Y, "rate", "up",
      scope="以乡为单位"),
    T(D, "新生儿疾病筛查率达75%以上", "新生儿疾病筛查率", R, ">=", 75, "%", Y, "rate", "up"),
    T(D, "农村孕妇住院分娩率达90%以上", "住院分娩率", R, ">=", 90, "%", Y, "rate", "up", scope="农村孕妇"),
    T(D, "餐饮单位和食堂索证率达100%", "餐饮单位和食堂索证率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "食品卫生监督量化分级管理率达95%以上", "食品卫生监督量化分级管理率", R, ">=", 95, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "用人单位劳动者职业健康监护率达60%以上", "劳动者职业健康监护率", R, ">=", 60, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "亿万农民健康促进行动开展率达80%以上", "亿万农民健康促进行动开展率", R, ">=", 80, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "二级以上医院院务公开率达100%", "院务公开率", R, ">=", 100, "%", Y, "rate", "up", scope="二级以上医院",
      ambiguous=True),
    T(D, "患者对医疗服务满意率达95%以上", "患者对医疗服务满意率", R, ">=", 95, "%", Y, "rate", "up"),
]

# cn02 搜狐's copy of a 新华网 item (2008-03-09, its text: `至2008年1月`, 2007 as last year) from 湖南省's 卫生工作会议:
# `湖南省今年力争将…平均住院费用补助,由去年的30%提高至40%以上`. Region 湖南省, year 2008. Scored: the average inpatient
# reimbursement share for enrolled farmers (`由去年的30%提高至40%以上`: the aim 40, `>=`; the 30% is last year's,
# in the same clause), and `中央财政补助资金将由现在的人均20元增加到40元` (this year's central subsidy per enrollee, 40
# 元, amount up). That subsidy is paid by the centre but the item gives it as what Hunan's scheme gets: region
# 湖南省, the place the page names (a reader could argue 全国; borderline, kept scored). Ambiguous: the headline
# (`…住院费补助至40%以上`, the body's aim told again) and the lead's `最少能得到40元补助` (the same 40% told as 40 元 of
# 100 元). Not targets: 102个 counties covered, 4346万 farmers, `由2007年的82%增至88.85%` (achieved), 19.9亿元,
# 500.6万人次, 16.6亿元, 212.1万人次, 15.3亿元, 719.3元 (2007's fund figures), the portal's chrome (`29岁市长`, 1977年).
D, R, Y = "cn02.txt", "湖南省", 2008
A += [
    T(D, "湖南今年力争提高参合农民住院费补助至40%以上", "新农合参合农民住院费用补助比例", R, ">=", 40, "%", Y,
      "rate", "up", ambiguous=True),
    T(D, "最少能得到40元补助", "新农合参合农民每百元住院费用补助额", R, ">=", 40, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "由去年的30%提高至40%以上", "新农合参合农民平均住院费用补助比例", R, ">=", 40, "%", Y, "rate", "up"),
    T(D, "中央财政补助资金将由现在的人均20元增加到40元", "新农合中央财政人均补助标准", R, ">=", 40, "元", Y,
      "amount", "up"),
]

# cn03 第一武汉网's copy (2008-10-23, 鄂州新闻网 source) of 鄂州市's 城乡医疗保险工作会议: 2009's contributions (`明年`).
# Region 鄂州市 (the page's own breadcrumb, `我市`), year 2009. Scored, each the `B` of `由A提高/增加到B` (amount up,
# `>=`, as earlier sets read a raised contribution): the farmer's yearly contribution (20 元), the district's,
# the city's, the province's and the centre's subsidies per enrollee (4, 6, 30, 40 元) and the fund's per-capita
# standard (`由原来人均55元的…提高到100元`); and the urban residents' insurance enrolment `2009年要达到90%以上`. The
# paragraph mixes: `目前参合农民达到59.85万人,参合率达90%以上` is achieved (the `以上` of a result: not a target),
# then `预计今年年底参保人数将达到50%` (a forecast for 2008, not an aim: ambiguous), then the 2009 aim. Ambiguous also:
# `新型农村合作医疗农民每年每人缴纳20元` (the lead's contribution aim told again). Not targets: 15元, 2元, 3元, 15元,
# 20元, 55元 (the old levels), 59.85万人, 186511人(次), 28万 (the scheme's reach), the dates.
D, R, Y = "cn03.txt", "鄂州市", 2009
A += [
    T(D, "每人每年缴费将由15元提高到20元", "新农合农民个人缴费标准", R, ">=", 20, "元", Y, "amount", "up"),
    T(D, "新型农村合作医疗农民每年每人缴纳20元", "新农合农民个人缴费标准", R, ">=", 20, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "区财政对参合人均补助由原来2元相应增加到4元", "新农合区财政人均补助标准", R, ">=", 4, "元", Y, "amount", "up"),
    T(D, "市财政人均补助由3元增加到6元", "新农合市财政人均补助标准", R, ">=", 6, "元", Y, "amount", "up"),
    T(D, "省财政人均补助由15元增加到30元", "新农合省财政人均补助标准", R, ">=", 30, "元", Y, "amount", "up"),
    T(D, "中央财政人均补助由20元增加到40元", "新农合中央财政人均补助标准", R, ">=", 40, "元", Y, "amount", "up"),
    T(D, "参合农民将由原来人均55元的医疗基金筹集标准提高到100元", "新农合人均筹资标准", R, ">=", 100, "元", Y,
      "amount", "up"),
    T(D, "预计今年年底参保人数将达到50%", "城镇居民基本医疗保险参保率", R, ">=", 50, "%", 2008, "rate", "up",
      ambiguous=True),
    T(D, "2009年要达到90%以上", "城镇居民基本医疗保险参保率", R, ">=", 90, "%", 2009, "rate", "up"),
]

# cn04 a journal-abstract page (soolun, `论文部分内容阅读`, with an English half) on a province's county medical
# service communities: 2016 reached (40 counties, 2891.5万 enrollees, 56.3%), then `2017年拟将试点扩大到66个县,占全省
# 农业县、市、区的90%,覆盖参合人口4914万人,占参合人口的96%` — achieved and planned in one paragraph. The province is
# never named: region 全省 (the text's own word). Year 2017. Scored: 66 pilot counties (count), their share of
# the province's agricultural counties 90% (rate), 4914万 enrollees covered (count, `万人` as written, as cc02's
# `万人次`) and their share 96% (rate); `拟将…扩大到` is a plan: `>=`. Not targets: 2016's 40个县, 2891.5万, 56.3%;
# the English half (its `66 counties`, `90%`, `49.14 million`, `96%` gloss the Chinese: not annotated).
D, R, Y = "cn04.txt", "全省", 2017
A += [
    T(D, "2017年拟将试点扩大到66个县", "县域医疗服务共同体试点县数", R, ">=", 66, "个", Y, "count", "up"),
    T(D, "占全省农业县、市、区的90%", "县域医疗服务共同体试点县占农业县市区比例", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "覆盖参合人口4914万人", "县域医疗服务共同体覆盖参合人口数", R, ">=", 4914, "万人", Y, "count", "up"),
    T(D, "占参合人口的96%", "县域医疗服务共同体覆盖参合人口比例", R, ">=", 96, "%", Y, "rate", "up"),
]

# cn05 the gov.cn big5 mirror of a 新华社 item on the premier's report to `十二屆全國人大二次會議` (traditional
# script): `今年要加強教育、衛生、文化等社會建設`. Region 全国; the text says only `3月5日`/`今年`: year 2014 by its
# address (`/2014-03/05/`), as bu02 dates an item by its URL. The page writes two numbers with the letter O for a
# zero (`32O元`, `1O0O個縣`): the quote keeps the page's characters, the value is the number meant (320, 1000).
# Scored: the per-capita fiscal subsidy of residents' basic medical insurance raised to 320 元, county public
# hospital reform pilots widened to 1000 counties and the 5亿 rural people they cover (count, `亿人`, as cn04's
# `万人`), and the per-capita basic public-health service subsidy raised to 35 元. Ambiguous: the education aim
# (`貧困地區農村學生上重點高校人數要再增長10%以上`: an aim of the report, not a health one). Not targets: `十二屆`,
# `二次` (ordinals), `3月5日`/`5日` (dates).
D, R, Y = "cn05.txt", "全国", 2014
A += [
    T(D, "貧困地區農村學生上重點高校人數要再增長10%以上", "贫困地区农村学生上重点高校人数增长率", R, ">=", 10, "%", Y,
      "rate", "up", ambiguous=True),
    T(D, "城鄉居民基本醫保財政補助標準提高到人均32O元", "城乡居民基本医保财政补助标准", R, ">=", 320, "元", Y,
      "amount", "up"),
    T(D, "縣級公立醫院綜合改革試點擴大到1O0O個縣", "县级公立医院综合改革试点县数", R, ">=", 1000, "个", Y, "count",
      "up"),
    T(D, "覆蓋農村5億人口", "县级公立医院综合改革试点覆盖农村人口", R, ">=", 5, "亿人", Y, "count", "up"),
    T(D, "人均基本公共服務經費補助標準增加到35元", "人均基本公共卫生服务经费补助标准", R, ">=", 35, "元", Y, "amount",
      "up"),
]

# cn06 a portal's copy of 中国新闻网's item (2008-07-10) on 新农合 reaching every province: mostly achieved figures,
# all in Chinese numerals (`二千六百七十九个`, `百分之九十八点一七`), then the aims. Region 全国, year 2008 (`今年`,
# the item's date), the provinces' floor for `明年` 2009. Scored: provinces under 100 元 to raise per-capita
# funding to at least 100 元 next year (`至少提高到一百元`: `>=`, scope `未达到一百元的省份`, year 2009), this year's
# fiscal subsidy `由原来的四十元人民币增加到八十元` (80 元) and the farmer's contribution `由原来的十元增加到二十元` (20 元).
# Ambiguous: `财政补助标准翻一番的要求` (the 80 元 aim told as a doubling, 2 倍). Not targets: 三十一个 provinces,
# 二千六百七十九个 counties, 98.17% and 93.57%, 八亿 enrolled, `十二个省、区、市…达到或超过一百元` (achieved: a
# trap with the aim's own number), the headline's `人均筹资水平达百元` (achieved), the chrome (`4万亿`).
D, R, Y = "cn06.txt", "全国", 2008
A += [
    T(D, "财政补助标准翻一番", "新农合财政补助标准增长倍数", R, ">=", 2, "倍", Y, "amount", "up", ambiguous=True),
    T(D, "未达到一百元的省份都将在明年至少提高到一百元", "新农合人均筹资水平", R, ">=", 100, "元", 2009, "amount", "up",
      scope="未达到一百元的省份"),
    T(D, "是由原来的四十元人民币增加到八十元", "新农合政府财政补助标准", R, ">=", 80, "元", Y, "amount", "up"),
    T(D, "农民个人筹资的由原来的十元增加到二十元", "新农合农民个人筹资标准", R, ">=", 20, "元", Y, "amount", "up"),
]

# cn07 the distractor: a language-learning site's bilingual copy (2015-03-19) of the premier's 2015 report, its
# review of 2014 — education (`28个省份`, `连续两年增长10%以上`, `超过4%`) and health (`大病保险试点扩大到所有省份`,
# `全民医保覆盖面超过95%`, `公立医院改革试点县市达到1300多个`): achieved figures only, some in aim words (`超过`,
# `达到`, `扩大到`) and set beside cn05's aims of the year before. No gold line: every prediction here is a false
# positive.

write_gold(A, HERE)
