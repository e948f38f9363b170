#!/usr/bin/env python3
"""Build hold-out set DI's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DI (gathered beside the sets gathered at the same time in the other /work/wt/gather-* worktrees, and
annotated before any extractor run: the annotator ran none on these texts; it is to be scored once by the lead
engineer, so the set is unspent): endemic and parasitic disease and school health — a lamp maker's copy of 金山网's
2020 item on 镇江's eight-department 近视 opinion (2023 and 2030 aims), another copy on the same kind of site of
鄞州区's 2030 近视 aims by school stage (with two classroom-lighting thresholds of a national standard), a third of
郑州's 2019 draft opinion (one yearly fall in the myopia rate), a template site's traditional copy of 房县's yearly
地方病 plan (iodised-salt use and the salt-monitoring task), 安徽's 2009 tasks for the 湖区五省 schistosomiasis joint
control area (ten counts of work and five more past the cap), 湖北省疾控中心's page with the national 血吸虫病 control
and elimination standard (traditional: the positive-rate and snail-area bounds of each stage), and a 2012 district
疾控 summary of its iodised-salt monitoring (achieved figures only: the distractor).
Files di01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: the yearly fall in the myopia rate (`每年降低0.5個百分點以上`) is a
rate target named for the fall, unit 个百分点, `>=`, up (AA05, AI04, AT06); the stage myopia ceilings
(`控制在38%以下`, `以內`) are `<=`, down, and `3%左右` is `~`, down (AA05); a national standard's bounds are targets of
region 全国 with year null (CF06, DF04, DF06), and an alternative bound in brackets for a sub-area is ambiguous;
a threshold with no unit written is ambiguous (AT05's `龋均控制在1.1`, as set A keeps an index with no unit); an
unnamed `我省` is 全省 (BP, DG); a page's aims past its cap of ten scored lines are marked ambiguous, the first ten
in the text's order scored (DE, DG); a template site's upload date does not date a plan that names no year
(year null, as DF01's `今年`); traditional pages keep their converter glosses (`實(shí)現(xiàn)`) and a quote copies
them (DG); achieved figures are no target (SCHEMA).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []
PP = "个百分点"

# di01 a lamp maker's site (hainamobile, traditional with converter glosses; its slogan, phone, breadcrumb and
# image name dropped, the spam title kept) copying 金山网's item of 2020-06-24 on 镇江's eight departments'
# 《关于做好儿童青少年近视综合防控工作意见》. Region 镇江市 (`結合鎮江市實際`, `全市`). Scored: the yearly fall
# `平均每年降低0.5個百分點以上` (2023, unit 个百分点, `>=`, up), and the 2030 aims: six-year-olds `3%左右` (`~`,
# down), primary `38%以下`, junior `60%以下`, senior `70%以下` (`<=`, down) and the fitness-standard excellence
# rate `達25%以上` (`>=`, up). Not targets: `八部門` (a count of departments), `2018年` (the base year), the
# dateline, `各市、區` (where the page is cut).
D, R = "di01.txt", "镇江市"
A += [
    T(D, "全市兒童青少年總體近視率在2018年的基礎(chǔ)上平均每年降低0.5個百分點(diǎn)以上",
      "儿童青少年总体近视率年降幅", R, ">=", 0.5, PP, 2023, "rate", "up"),
    T(D, "6歲兒童近視率控制在3%左右", "6岁儿童近视率", R, "~", 3, "%", 2030, "rate", "down"),
    T(D, "小學(xué)生近視率控制在38%以下", "小学生近视率", R, "<=", 38, "%", 2030, "rate", "down"),
    T(D, "初中生近視率控制在60%以下", "初中生近视率", R, "<=", 60, "%", 2030, "rate", "down"),
    T(D, "高中階段學(xué)生近視率控制在70%以下", "高中阶段学生近视率", R, "<=", 70, "%", 2030, "rate", "down"),
    T(D, "國家學(xué)生體質(zhì)健康標(biāo)準(zhǔn)優(yōu)秀率達(dá)25%以上", "国家学生体质健康标准优秀率", R, ">=", 25, "%", 2030,
      "rate", "up"),
]

# di02 a lamp maker's site (340zzy, traditional; its slogan, phone, breadcrumb and image name dropped, the
# stray markup lines at the head kept) copying an item of 2020-01-03 on 鄞州区's myopia aims. Region 鄞州区,
# year 2030 (`到2030年`). Scored: `幼兒近視率控制在3%以內`, primary `38%以內`, junior `60%以內`, senior `70%以內`
# (`以內` → `<=`, down). Ambiguous: the national classroom-lighting thresholds the district checks rooms against
# (`眩光值…小于等于19`, `照度均勻不得低于0.7`): a test each room must pass rather than an aim, and no unit is
# written (unit given as the index's own name, as AT05's index). Not targets: the survey figures (`8成`, `5成`,
# `47.97%`, `81.46%`, `7個百分點`, `12個百分點`, `10個百分點`), `2019年上半年`, the dateline.
D, R, Y = "di02.txt", "鄞州区", 2030
A += [
    T(D, "鄞州區幼兒近視率控制在3%以內", "幼儿近视率", R, "<=", 3, "%", Y, "rate", "down"),
    T(D, "小學生近視率控制在38%以內", "小学生近视率", R, "<=", 38, "%", Y, "rate", "down"),
    T(D, "初中生近視率控制在60%以內", "初中生近视率", R, "<=", 60, "%", Y, "rate", "down"),
    T(D, "高中生近視率控制在70%以內", "高中生近视率", R, "<=", 70, "%", Y, "rate", "down"),
    T(D, "眩光值根據國家標準規定要求小于等于19", "教室眩光值", "全国", "<=", 19, "UGR", None, "amount", "down",
      scope="中小学校教室", ambiguous=True),
    T(D, "課桌的照度及照度均勻不得低于0.7", "课桌照度均匀度", "全国", ">=", 0.7, "比值", None, "amount", "up",
      scope="中小学校教室", ambiguous=True),
]

# di03 a lamp maker's site (jrearthkeepers, traditional; its slogan, phone, breadcrumb, image name and the
# `網友熱評` footer dropped) copying an item of 2019-12-11 on 郑州's report and draft opinion on myopia. Region
# 郑州市 (`鄭州市`, `全市`), year 2023. Scored: `每年降低1個百分點以上` (the yearly fall, unit 个百分点, `>=`, up).
# Not targets: the present figures (`58.30%`, `80%`, `近六成`, `八成多` — the headline tells the present, not an
# aim), `第十五屆`, `第十次`, `10月29日`, `2018年` (the base year).
D, R = "di03.txt", "郑州市"
A += [
    T(D, "全市兒童青少年總體近視率在2018年的基礎上每年降低1個百分點以上", "儿童青少年总体近视率年降幅", R, ">=", 1,
      PP, 2023, "rate", "up"),
]

# di04 a template site's copy (ipr-jzsc, traditional with converter glosses; its `相關推薦` link dropped, the spam
# title and the dateline kept) of 房县's yearly 地方病 plan (`為保障房縣人民身體健康`, `我縣`), cut inside its
# measures. Region 房县, year null: the plan names no year, and the dateline `2024-09-21` is the template site's
# upload (`縣防疫站` marks an older text). Scored, under `一、目標指標`: `全民合格碘鹽食用率達96%以上`, the
# household salt-monitoring task `完成居民用戶碘鹽監測288份` (count, 份) and its pass rate `合格率在96%以上`
# (`在…以上` → `>=`). Not targets: the spam title's numbers (`一卡2卡三卡4卡`, `3p`), the dateline, the list
# numbers.
D, R, Y = "di04.txt", "房县", None
A += [
    T(D, "確保全民合格碘鹽食用率達(dá)96%以上", "合格碘盐食用率", R, ">=", 96, "%", Y, "rate", "up"),
    T(D, "完成居民用戶碘鹽監測288份", "居民户碘盐监测份数", R, ">=", 288, "份", Y, "count", "up"),
    T(D, "合格率在96%以上", "居民户碘盐合格率", R, ">=", 96, "%", Y, "rate", "up"),
]

# di05 安徽省寄生虫病防治研究所's site (ahipd, MsgId 128015; a different page from AA10's 123654) with the
# province's 2009 tasks for the 湖区五省 schistosomiasis joint-control area, cut inside its requirements. Region
# 全省 (the page says `我省` and names the province only as `皖` inside a plan's title, not plainly; as BP), scope
# 联防联控区域 (`以邻省毗邻乡镇、村为单位的联防联控区域`), year 2009. Fifteen task figures; the first ten in the
# text's order are scored (all counts, `完成`/bare → `>=`): snail survey 2094.6万平方米, mollusciciding 465.5万平方米,
# screening `83670万人次` (as written, though it exceeds any population: the page's own figure), treatment and
# mass chemotherapy 1.2623万人次, late-stage patients treated 335人, new sanitary toilets 25座, `以机代牛` 219头,
# biogas pits 95口, cattle screened 1813头次 and treated 695头次. Over the cap, ambiguous: the share of schools
# teaching the course `100%`, pupils taught 6.88万人次, leaflets 7.1万份, no-grazing signs 68个, warning signs 915个.
# Not targets: `2004-2008年` (the period reviewed), `五省`, the list marks.
D, R, Y = "di05.txt", "全省", 2009
S = "联防联控区域"
A += [
    T(D, "完成钉螺调查2094.6万平方米", "钉螺调查面积", R, ">=", 2094.6, "万平方米", Y, "count", "up", scope=S),
    T(D, "药物灭螺465.5万平方米", "药物灭螺面积", R, ">=", 465.5, "万平方米", Y, "count", "up", scope=S),
    T(D, "人群查病83670万人次", "人群查病人次", R, ">=", 83670, "万人次", Y, "count", "up", scope=S),
    T(D, "治病及人群化疗1.2623万人次", "治病及人群化疗人次", R, ">=", 1.2623, "万人次", Y, "count", "up", scope=S),
    T(D, "医疗救治现症晚期血吸虫病人335人", "晚期血吸虫病人救治人数", R, ">=", 335, "人", Y, "count", "up",
      scope=S),
    T(D, "新建卫生厕所25座", "新建卫生厕所数", R, ">=", 25, "座", Y, "count", "up", scope=S),
    T(D, "“以机代牛”219头", "以机代牛数", R, ">=", 219, "头", Y, "count", "up", scope=S),
    T(D, "建沼气池95口", "新建沼气池数", R, ">=", 95, "口", Y, "count", "up", scope=S),
    T(D, "耕牛查病1813头次", "耕牛查病头次", R, ">=", 1813, "头次", Y, "count", "up", scope=S),
    T(D, "耕牛治疗695头次", "耕牛治疗头次", R, ">=", 695, "头次", Y, "count", "up", scope=S),
    T(D, "100%中、小学校开设血防健康教育课", "中小学校血防健康教育课开课率", R, ">=", 100, "%", Y, "rate", "up",
      scope=S, ambiguous=True),
    T(D, "中、小学生上课6.88万人次", "中小学生血防健康教育上课人次", R, ">=", 6.88, "万人次", Y, "count", "up",
      scope=S, ambiguous=True),
    T(D, "印发宣传品7.1万份", "印发宣传品份数", R, ">=", 7.1, "万份", Y, "count", "up", scope=S, ambiguous=True),
    T(D, "保持(树立)禁牧标志68个", "禁牧标志数", R, ">=", 68, "个", Y, "count", "up", scope=S, ambiguous=True),
    T(D, "保持(树立)警示牌915个", "警示牌数", R, ">=", 915, "个", Y, "count", "up", scope=S, ambiguous=True),
]

# di06 a spam-headed copy of 湖北省疾病预防控制中心's page (yjsdw, traditional; dated 2014-11-10; its `無障礙|繁體|…`
# links and `分享到`/`字號` lines dropped, the stray markup and `{InfoData.top_title}` kept) with the national
# 《我国控制和消灭血吸虫病标准》 (1996), cut inside the elimination stage. Region 全国 (a national standard), year
# null (the standard binds no year, as CF06, DF04). Each stage's bounds, scope the stage: 疫情控制 `居民糞檢陽性率
# 降至5%以下`, `家畜…3%以下`; 传播控制 `均降至1%以下` (one number for both: the joint name) and the snail area
# `下降98%以上` (the fall, `>=`, up); 传播阻断 `降至0.2%以下`. Ambiguous: the bracketed alternative for lake areas
# `陽性螺密度降至0.0001/框以下` (scope 湖区垸外, unit 只/框 by reading). Not targets: `1996年`, the item numbers
# (`1.1`…`3.5`), `連續5年`, `12歲以下`, `2歲以下`, `1年以上` (durations and age bands of the criteria).
D, R, Y = "di06.txt", "全国", None
A += [
    T(D, "居民糞檢陽性率降至5%以下", "居民粪检阳性率", R, "<=", 5, "%", Y, "rate", "down", scope="疫情控制标准"),
    T(D, "家畜糞檢陽性率降至3%以下", "家畜粪检阳性率", R, "<=", 3, "%", Y, "rate", "down", scope="疫情控制标准"),
    T(D, "居民及家畜糞檢陽性率均降至1%以下", "居民及家畜粪检阳性率", R, "<=", 1, "%", Y, "rate", "down",
      scope="传播控制标准"),
    T(D, "釘螺面積下降98%以上", "钉螺面积下降幅度", R, ">=", 98, "%", Y, "rate", "up", scope="传播控制标准"),
    T(D, "陽性螺密度降至0.0001/框以下", "阳性钉螺密度", R, "<=", 0.0001, "只/框", Y, "amount", "down",
      scope="湖区垸外", ambiguous=True),
    T(D, "居民及家畜糞檢陽性率降至0.2%以下", "居民及家畜粪检阳性率", R, "<=", 0.2, "%", Y, "rate", "down",
      scope="传播阻断标准"),
]

# di07 the distractor: a document site's copy (wenmi123; its `添加文秘网到电脑桌面` lines and the `解锁后…` footer
# dropped) of a district 疾控中心's 2012 summary of its iodised-salt monitoring (`我区是省、市政府所在地`, the
# streets 安泰、鼓东… of a provincial capital's central district; the district blanked `xx区`). Achieved figures
# only: `300户`, `300份`, `3份`, `碘盐覆盖率99.0%`, `290份`, `合格碘盐食用率97.0%`, the population `578623`,
# `10个街镇`, `79个社区`, `20个社区`, the page's counters (`2512`, `236`). No gold line: every prediction here is a
# false positive.

write_gold(A, HERE)
