#!/usr/bin/env python3
"""Build hold-out set DL's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DL (gathered on main 6de898a3, after the merge and first scoring of sets DH, DI and DK, and annotated before
any extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set
is unspent): any health topic, any level, from the clean pages the session's other gatherers left unused and from
fresh searches — 柳州's 2010 check-ups of children under seven (受检率 for children in care and at home, a
correction rate; the first two told again in the headline), 台州's food-safety campaign (`今年年底`, no year:
workshop records and sampling, market tracing and quick-test systems), 资阳's 2013 free check-ups of 120,000 rural
left-behind pupils (with a forecast of its cost), a 万方 abstract of a 2014 item on 浙江's informatics aims for 2015
(four 80 % shares), 辽宁's 2006 tuberculosis work plan (eighteen indicators: the first ten scored, the rest over the
cap), 湖北疾控's page with the 碘缺乏病 elimination criteria (traditional: goitre, urinary iodine, salt use) and
界面新闻's 2020 item on 上海's ambulances and 2019 response time (achieved figures only: the distractor).
Files dl01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again in a headline is ambiguous (cn, cc05, df03); a
forecast (`预计将花费约500万元`) is ambiguous (bj04, df01); past the cap of ten scored lines a page the rest are
ambiguous in the text's order (DE, DG, di05); a national standard's bounds are targets of region 全国 with year null
(cf06, df06, di06), and an alternative lower bound of the same indicator inside one criterion is ambiguous (di06's
bracketed alternative); `今年` with no year anywhere in the text takes year null (cz, df01, dk04); a bare `达N` or a
bare figure on an up-indicator is `>=`, `小于`/`<` is `<` (SCHEMA); counts keep the counting word as written (`万名`,
`例`, as cx and al03); a concentration is an amount in the unit as written (`μg/L`, as gg06's `毫克/立方米`); a
per-100,000 rate takes `1/10万` (ae01).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dl01 柳州晚报's item of 2010-05-08 on yybnet (its channel line and breadcrumb, and the `新闻推荐` footer dropped):
# 柳州市 checks all children under seven in May and June. Region 柳州市, year 2010 (the dateline; the checks are this
# spring's). Scored, in the body (occ=1): the check-up rate of children in care `集体儿童受检率要达95%以上` (scope
# 集体儿童) and of children at home `散居儿童达80%以上` (scope 散居儿童), and the correction rate of rickets and
# anaemia found `两病矫治率要求达95%以上`. Ambiguous: the headline's two rates (told again, occ=0). Not targets:
# `7岁以下` (who is checked), `5月至6月`, `ALT`, `DDST`.
D, R, Y = "dl01.txt", "柳州市", 2010
A += [
    T(D, "集体儿童受检率要达95%以上", "7岁以下儿童健康检查受检率", R, ">=", 95, "%", Y, "rate", "up",
      scope="集体儿童", ambiguous=True, occ=0),
    T(D, "散居儿童达80%以上", "7岁以下儿童健康检查受检率", R, ">=", 80, "%", Y, "rate", "up",
      scope="散居儿童", ambiguous=True, occ=0),
    T(D, "集体儿童受检率要达95%以上", "7岁以下儿童健康检查受检率", R, ">=", 95, "%", Y, "rate", "up",
      scope="集体儿童", occ=1),
    T(D, "散居儿童达80%以上", "7岁以下儿童健康检查受检率", R, ">=", 80, "%", Y, "rate", "up",
      scope="散居儿童", occ=1),
    T(D, "佝偻病 、贫血两病矫治率要求达95%以上", "佝偻病、贫血两病矫治率", R, ">=", 95, "%", Y, "rate", "up"),
]

# dl02 a testing firm's page (baijiantest) with part of 台州's food-safety campaign (it opens at `为贯彻落实省`, cut by
# the corpus), three 整治提升战役. Region 台州市 (named twice), year null (`今年年底`, `到年底`; no year in the text or
# the address). Scored: the workshops' record rate `建档率达到90%以上` and sampling coverage `监督抽检覆盖率要达到
# 90%以上` (indicator named for the workshops, whose paragraph it is), the city-area markets' tracing systems
# `质量追溯体系建成率达50%以上` and quick-test systems `快速检测体系建成率达50%以上` (scope 城区农贸市场). Not targets:
# the third campaign's rates named without figures (`持证率`, `健康证到位率`, `公示率`).
D, R, Y = "dl02.txt", "台州市", None
A += [
    T(D, "食品小作坊建档率达到90%以上", "食品小作坊建档率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "监督抽检覆盖率要达到90%以上", "食品小作坊监督抽检覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "台州市城区农贸市场质量追溯体系建成率达50%以上", "农贸市场质量追溯体系建成率", R, ">=", 50, "%", Y,
      "rate", "up", scope="城区农贸市场"),
    T(D, "快速检测体系建成率达50%以上", "农贸市场快速检测体系建成率", R, ">=", 50, "%", Y, "rate", "up",
      scope="城区农贸市场"),
]

# dl03 a forum's copy (mala) of an item on 资阳市's 2013 free check-ups for rural left-behind pupils (launched
# `3月28日` at a school in 简阳市; its trailing table bar `|` kept). Region 资阳市 (`全市`, the plan's name), year 2013.
# Scored: `为全市12万名农村留守学生进行免费体检` (count, 12 万名). Ambiguous: `预计将花费约500万元` (a forecast of the
# cost, `~`, amount). Not targets: `24名医生`, `240名` (the launch day's checks, done), `7—18岁` (who is checked),
# `五项检查`, `10月底` (a date).
D, R, Y = "dl03.txt", "资阳市", 2013
A += [
    T(D, "为全市12万名农村留守学生进行免费体检", "农村留守学生免费体检人数", R, ">=", 12, "万名", Y, "count", "up"),
    T(D, "预计将花费约500万元", "农村留守学生免费体检经费", R, "~", 500, "万元", Y, "amount", "band",
      ambiguous=True),
]

# dl04 万方's record (journal.wf.pub) of a 2014 journal item on 浙江's `智慧医疗` (its abstract, keywords,
# classification, upload date and pages, all kept). Region 浙江省 (`浙江省卫生信息化总体目标`, `全省`), year 2015
# (`到2015年`). Scored, the four 80 % shares (a bare figure on up-indicators: `>=`): county-level health-information
# platforms built (scope 县(市、区)), residents with an electronic health record, 二级以上医疗机构 using standard
# electronic medical records (scope 二级以上医疗机构), and health institutions on the private network. Not targets:
# `所有市级` (no figure), `TP3;R-0`, `2014-07-02`, `共3页`, `17-19`.
D, R, Y = "dl04.txt", "浙江省", 2015
A += [
    T(D, "80%的县(市、区)级卫生信息平台建设", "县级卫生信息平台建成比例", R, ">=", 80, "%", Y, "rate", "up",
      scope="县(市、区)"),
    T(D, "全省80%的居民建立规范、动态、安全共享的电子健康档案", "居民电子健康档案建档率", R, ">=", 80, "%", Y, "rate",
      "up"),
    T(D, "80%的二级以上医疗机构应用标准化电子病历", "应用标准化电子病历的医疗机构比例", R, ">=", 80, "%", Y, "rate",
      "up", scope="二级以上医疗机构"),
    T(D, "80%的医疗卫生机构接入卫生专网", "接入卫生专网的医疗卫生机构比例", R, ">=", 80, "%", Y, "rate", "up"),
]

# dl05 a law site's copy (fymate) of 辽宁省结核病控制项目办公室's notice with the province's 2006 tuberculosis work
# plan (dated `二○○五年二月二十七日` as the page has it), cut inside its measures. Region 辽宁省 (`全省`), year 2006 (the
# plan's year). Eighteen indicators under `一、主要工作指标`; the first ten in the text's order are scored: DOTS
# coverage by county 100 %, `发现新涂阳肺结核病人9415例` (count, 例), the detection rate `至少在70%及以上`, the
# first-visit rate `300/10万` (1/10万, rate), referral from general hospitals 100 %, referral arrival 90 %, tracing 90 %,
# sputum examination 40 %, and the false-negative and false-positive rates of sputum tests (`小于4%`, `小于2%`: `<`,
# down). Ambiguous (past the cap, as di05): the cure rate 85 %, the TB/HIV treatment rate 80 %, hospitals taking part
# 80 %, data entry 100 %, card review 100 %, correction 90 %, village doctors trained 80 %, public knowledge 60 %. Not
# targets: `〔2006〕1号`, `2003~2010年`, `2005年`, the list numbers.
D, R, Y = "dl05.txt", "辽宁省", 2006
A += [
    T(D, "保持全省以县(区)为单位DOTS覆盖率100%", "DOTS覆盖率", R, ">=", 100, "%", Y, "rate", "up",
      scope="以县(区)为单位"),
    T(D, "全省发现新涂阳肺结核病人9415例", "新涂阳肺结核病人发现数", R, ">=", 9415, "例", Y, "count", "up"),
    T(D, "新涂阳肺结核病人发现率至少在70%及以上", "新涂阳肺结核病人发现率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "初诊就诊率300/10万", "初诊就诊率", R, ">=", 300, "1/10万", Y, "rate", "up"),
    T(D, "综合医疗机构转诊率100%", "转诊率", R, ">=", 100, "%", Y, "rate", "up", scope="综合医疗机构"),
    T(D, "转诊就诊率90%", "转诊就诊率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "追踪到位率90%以上", "追踪到位率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "查痰率40%以上", "查痰率", R, ">=", 40, "%", Y, "rate", "up"),
    T(D, "痰检假阴性率小于4%", "痰检假阴性率", R, "<", 4, "%", Y, "rate", "down"),
    T(D, "假阳性率小于2%", "痰检假阳性率", R, "<", 2, "%", Y, "rate", "down"),
    T(D, "新涂阳病人治愈率达85%", "新涂阳肺结核病人治愈率", R, ">=", 85, "%", Y, "rate", "up", ambiguous=True),
    T(D, "双重感染病人治疗率达80%以上", "结核/艾滋病病毒双重感染病人抗病毒治疗率", R, ">=", 80, "%", Y, "rate", "up",
      scope="符合抗逆转录病毒治疗的双重感染病人", ambiguous=True),
    T(D, "医疗机构参与结核病防治工作达80%", "医疗机构参与结核病防治工作比例", R, ">=", 80, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "结核病相关信息录入率达100%", "结核病相关信息录入率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "卡片审核率达100%", "卡片审核率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "订正率90%以上", "卡片订正率", R, ">=", 90, "%", Y, "rate", "up", ambiguous=True),
    T(D, "村医生结核病防治技术培训率达80%", "村医生结核病防治技术培训率", R, ">=", 80, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "全民结核病防治知识知晓率达60%", "结核病防治知识知晓率", R, ">=", 60, "%", Y, "rate", "up", ambiguous=True),
]

# dl06 湖北省疾控中心's page (ttuhui, `kxpx/jsbz`) with the three criteria by which a county meets the 碘缺乏病
# elimination standard, traditional script; its `繁體|手機版|使用幫助` link line and the site footer (`主辦單位…`, address,
# ICP and police numbers, mail box, `您訪問的鏈接即將離開…`) dropped, so no title or disease name is left in the text.
# Region 全国 (the national elimination criteria, GB 16006; the page names no place), year null (a standard, as di06).
# Scored: children's goitre `兒童甲腫率<5%` (`<`, down); children's urinary iodine median `≥100μg/L` (amount, μg/L,
# up); the share of children below 50 μg/L `<20%` (down); salt use in the children's homes `>90%` (`>`, scope 儿童家中);
# pregnant women's urinary iodine median `≥150μg/L`; salt use in the pregnant women's homes `>90%` (scope 孕妇家中).
# Ambiguous: `或孕婦尿碘中位數≥100μg/L` (a lower alternative bound of the same median, met only with the salt bound).
# Not targets: `<50μg/L` inside `兒童尿碘<50μg/L的比例` (it defines the group counted), the list numbers, `三項`.
D, R, Y = "dl06.txt", "全国", None
A += [
    T(D, "兒童甲腫率<5%", "儿童甲状腺肿大率", R, "<", 5, "%", Y, "rate", "down"),
    T(D, "兒童尿碘中位數≥100μg/L", "儿童尿碘中位数", R, ">=", 100, "μg/L", Y, "amount", "up"),
    T(D, "兒童尿碘<50μg/L的比例<20%", "儿童尿碘低于50μg/L的比例", R, "<", 20, "%", Y, "rate", "down"),
    T(D, "來自兒童家中合格碘鹽食用率>90%", "合格碘盐食用率", R, ">", 90, "%", Y, "rate", "up", scope="儿童家中"),
    T(D, "孕婦尿碘中位數≥150μg/L", "孕妇尿碘中位数", R, ">=", 150, "μg/L", Y, "amount", "up"),
    T(D, "孕婦尿碘中位數≥100μg/L", "孕妇尿碘中位数", R, ">=", 100, "μg/L", Y, "amount", "up", ambiguous=True),
    T(D, "來自孕婦家中的合格碘鹽食用率>90%", "合格碘盐食用率", R, ">", 90, "%", Y, "rate", "up", scope="孕妇家中"),
]

# dl07 the distractor: 界面新闻's flash (jiemian 4297194, its `评论` lines dropped) on 上海市卫生健康委's press conference
# of `4月24日`: ambulances (980, one per 30,000 people), 175 stations with a 3.5 km mean radius (`缩短为`: achieved),
# and the 2019 mean response time 12.4 minutes. Achieved figures only: no gold line.

write_gold(A, HERE)
