#!/usr/bin/env python3
"""Build hold-out set BN's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BN (gathered on main 241473c, after sets BL/BM's round, and annotated before any extractor run:
the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent): yearly work plans and work points of county-, district- and town-level health and
family-planning bodies and of a health-service centre — 凯里市's 2011 计生 aims told at its work meeting
(a county-level city; traditional script), a county's 2012 计生 meeting aims (宁陕, named only as 我县),
a township health centre's 计生 work plan with blanked figures (XX镇卫生院, 20XX年), a community
health-service centre's work plan under a district bureau and a hospital (aims scattered through its
prose, `≥N%`), a city health bureau's work plan (the municipal page; 新农合, vaccination), a district
bureau's item on a community centre's health-record drive (城中区) and a township's 2016 计生 review with
achieved figures only (秦渡镇: the distractor). Files bn01.txt…, so no name clashes with the seeds, the
development set or the other sets in eval-extract's `all` row. It keeps its own builder (the T(...) form
of ../gold_builder.py).

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

# bn01 a news site's copy (traditional; 黔東南信息港 from the prefecture government's site) of 凱里市's
# population and family-planning work meeting: the city party secretary's second demand for `全市2011年
# 人口計生工作` gives four aims in one prose sentence (`確保…控制在…以內,…保持在94% 以上,…達到100%`). Region
# 凯里市 (the text names 凱里市; 全市), year 2011 (`全市2011年…`, `今年`; the meeting is named for 2010's
# work, `2010年人口和計劃生育工作會`, which is a name, not the aims' year). The birth and natural growth
# rates are ceilings (down); `符合政策生育率保持在94% 以上` keeps the page's space before 以上; `常住人口節育措施
# 落實率、及時率達到100%` is one number for two rates: one target with the joint name (SCHEMA), scope
# 常住人口. `200余人`, `1號`, `2011年度第一季度`, `三點要求` and `十二五` are no targets.
D, R, Y = "bn01.txt", "凯里市", 2011
A += [
    T(D, "人口出生率控制在13.81‰以內", "人口出生率", R, "<=", 13.81, "‰", Y, "rate", "down"),
    T(D, "自然增長率控制在7.3‰以內", "人口自然增长率", R, "<=", 7.3, "‰", Y, "rate", "down"),
    T(D, "符合政策生育率保持在94% 以上", "符合政策生育率", R, ">=", 94, "%", Y, "rate", "up"),
    T(D, "常住人口節育措施落實率、及時率達到100%", "节育措施落实率和及时率", R, ">=", 100, "%", Y, "rate", "up",
      scope="常住人口"),
]

# bn02 a county government site's item on the county's 2012 人口和计划生育工作会议 (`我县`, `全县`; the county
# is never named, so region `全县`, the text's own word, as BL's bl02 and BK's bk03). Year 2012 (`2012年…
# 工作会议`, `安排部署了2012年工作任务`, `今年`). `今年全县人口和计划生育工作的主要指标是:` lists eight
# indicators in one sentence; seven have a number and are scored: the birth and natural growth rates
# (ceilings, down), the policy-birth rate, the timely long-acting contraception rate, the birth
# statistics accuracy, the key groups' `“三查”率` (scope 重点对象) and the award payment rate. `出生人口性别比
# 控制在正常范围` has no number (no target). `2011年度` results are not given; `“一盘棋”`, `“三大工程”`,
# `“三问三解”`, `“三项制度”` are names.
D, R, Y = "bn02.txt", "全县", 2012
A += [
    T(D, "全县人口出生率控制在11.5‰以内", "人口出生率", R, "<=", 11.5, "‰", Y, "rate", "down"),
    T(D, "自然增长率控制在4.5‰以内", "人口自然增长率", R, "<=", 4.5, "‰", Y, "rate", "down"),
    T(D, "符合政策生育率稳定在95%以上", "符合政策生育率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "落实长效节育措施及时率达到85%以上", "长效节育措施落实及时率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "出生人口统计准确率达到97%以上", "出生人口统计准确率", R, ">=", 97, "%", Y, "rate", "up"),
    T(D, "重点对象“三查”率达到95%以上", "三查率", R, ">=", 95, "%", Y, "rate", "up", scope="重点对象"),
    T(D, "计划生育家庭奖励优惠政策兑现率达到100%", "计划生育家庭奖励优惠政策兑现率", R, ">=", 100, "%", Y, "rate",
      "up"),
]

# bn03 a document site's text of `XX镇卫生院计划生育工作计划表20XX年` (a township health centre's 计生 plan;
# its pages are marked `1、`, `2、`, `3、` where the site split them). The town is blanked (`XX镇`; its own
# word 全镇: region 全镇, as AX's blanked town) and so is the year (`20XX年`: year null; `单独两孩` hints at
# a year, but the text gives none). `(二)主要目标` lists the aims; several figures are left blank in the
# text itself. Scored: `自然增长率控制在8以内` (the number is given, the unit is not: ‰, the unit such a rate
# takes and the one every other page of the set uses for it; a ceiling), the masses' satisfaction rate,
# the award payment rate, the statistics accuracy rate and the free pre-pregnancy check coverage
# (`达80%以上`). Ambiguous, value null (SCHEMA: null only when the document leaves the number out; as
# AT's at06 and N's nn10 blanks, marked ambiguous): `人口出生率控制在以内` (no number and no unit: ‰ as
# the natural growth rate beside it), `政策符合率达到%以上`, `政策外多孩率控制在%以下` (a ceiling, down) and
# `镇级财政投入计生事业经费人均元以上` (the `7` glued before it is the list's item number, not a figure).
# `出生人口性别比逐步趋向正常值` has no number; `三项制度`, `三项指标`, `三大服务`, `五大基础`, `六项机制` are
# names.
D, R, Y = "bn03.txt", "全镇", None
A += [
    T(D, "全镇人口出生率控制在以内", "人口出生率", R, "<=", None, "‰", Y, "rate", "down", ambiguous=True),
    T(D, "自然增长率控制在8以内", "人口自然增长率", R, "<=", 8, "‰", Y, "rate", "down"),
    T(D, "政策符合率达到%以上", "政策符合率", R, ">=", None, "%", Y, "rate", "up", ambiguous=True),
    T(D, "政策外多孩率控制在%以下", "政策外多孩率", R, "<=", None, "%", Y, "rate", "down", ambiguous=True),
    T(D, "群众满意率90%以上", "计划生育群众满意率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "奖励政策兑现率达100%", "计划生育奖励政策兑现率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "统计准确率95%以上", "人口计生统计准确率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "免费孕前优生健康检查覆盖率达80%以上", "免费孕前优生健康检查覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "镇级财政投入计生事业经费人均元以上", "镇级财政人均计生事业经费", R, ">=", None, "元", Y, "amount", "up",
      ambiguous=True),
]

# bn04 a model-text site's `某某社区卫生服务中心工作计划` (its second sample, `篇二`): a community health-service
# centre working under a district bureau and a hospital (`在××区卫生局、××医院的领导下`), every name blanked
# `××`. No place is plain: region `辖区`, the text's own word (`辖区内5间托幼园所`; as AJ's aj04). No year:
# the plan names none (`时间:2021-08-31` is the page's posting date, as BM's bm02 leaves a page's dates):
# year null. The aims are scattered through the duty paragraphs, written `≥N%` (→ `>=`; as AC's `≥`):
# the card-filing rate for two groups at once (`7岁以下儿童、周岁内儿童建卡率≥98%`: one number, one
# indicator, so one target with the joint scope), the four vaccines' full-course rate, the infants'
# hepatitis-B vaccination rate and its timeliness (`、及时率≥95%`: its own target, the same scope), the
# follow-up visit rate for class-B infectious cases, the pass rate of ordered outbreak-spot handling
# (`合格率100%`, bare: implied 达到), the child-care insurance enrolment (`婴幼期保健保\n\n  偿入保率`: the
# word is cut by the page's line break; the quote keeps it whole, as AJ's aj04), the children's system
# management rate and the newborn visit rate. Nine targets, all rate, up. `5间托幼园所` counts the
# present kindergartens; `(2)` and `篇二` are the page's numbering; `每季` is a frequency, not a figure.
D, R, Y = "bn04.txt", "辖区", None
A += [
    T(D, "完成7岁以下儿童、周岁内儿童建卡率≥98%", "儿童预防接种建卡率", R, ">=", 98, "%", Y, "rate", "up",
      scope="7岁以下儿童、周岁内儿童"),
    T(D, "“四苗”全程接种率≥95%", "四苗全程接种率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "周岁内儿童乙肝疫苗接种率≥95%", "乙肝疫苗接种率", R, ">=", 95, "%", Y, "rate", "up", scope="周岁内儿童"),
    T(D, "及时率≥95%", "乙肝疫苗接种及时率", R, ">=", 95, "%", Y, "rate", "up", scope="周岁内儿童"),
    T(D, "乙类传染病访视率≥95%", "乙类传染病访视率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "合格率100%", "指令性疫点处理合格率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "完成婴幼期保健保\n\n  偿入保率≥95%", "婴幼期保健保偿入保率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "儿童系统管理率≥95%", "儿童系统管理率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "新生儿访视率≥95%", "新生儿访视率", R, ">=", 95, "%", Y, "rate", "up"),
]

# bn05 a model-text site's `卫生局工作计划`: a city health bureau's eleven work items (the municipal page of
# the set). No place is named (`皖北总医院` would take outside knowledge to place); the bureau's hospitals
# are the city's own (`市立医院`, `市中医院`, `市精神病院`), so the region is the city's word 全市 (as Q and AT
# write an unnamed city). No year: `时间:2022-06-07` is the page's posting date and the related-article
# list's `04-16` … are dates: year null. Scored: `力争参合率达到95%以上` (新农合), the in-policy inpatient
# reimbursement share (`达60%以上`), the former five vaccines' rate and the new vaccines' rate (`90%以上`,
# `80%以上`, bare: implied 达到). Ambiguous: `免费提供9项基本公共卫生均等化服务` sizes the national service
# package the bureau provides (as BC's bc01 `11类43项`: a description more than an aim) and `传染病发病率
# 低于全省平均水平` sets a ceiling by reference only (SCHEMA: value null, ambiguous; `低于` → `<`, 1/10万 as
# XX's xx02). `11`, `10`… are item numbers.
D, R, Y = "bn05.txt", "全市", None
A += [
    T(D, "力争参合率达到95%以上", "新农合参合率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "政策范围内住院费用报销比例达60%以上", "新农合政策范围内住院费用报销比例", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "免费提供9项基本公共卫生均等化服务", "基本公共卫生服务项目数", R, ">=", 9, "项", Y, "count", "up",
      ambiguous=True),
    T(D, "免疫规划疫苗原“五苗”接种率90%以上", "免疫规划疫苗原五苗接种率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "新增疫苗接种率80%以上", "新增免疫规划疫苗接种率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "传染病发病率低于全省平均水平", "传染病发病率", R, "<", None, "1/10万", Y, "rate", "down", ambiguous=True),
]

# bn06 a district government site's item: 城中区卫生和计划生育局 makes residents' family health records its
# near-term key work, and one community health-service centre (`仓门中心`) aims to finish a filing rate
# of 90% by the end of April (`力争在4月底完成居民健康档案建档率90%的目标`). Region 城中区 (named in the text),
# scope 仓门中心 (the centre that set the aim); the year is not given (`4月底` of an unnamed year): year
# null. One target; `当天的目标` has no number.
D, R, Y = "bn06.txt", "城中区", None
A += [
    T(D, "完成居民健康档案建档率90%", "居民健康档案建档率", R, ">=", 90, "%", Y, "rate", "up", scope="仓门中心"),
]

# bn07 a county news site's item on 秦渡镇's family-planning work (the town named; the year not written):
# every figure is done work — 5985 free checks for mothers, 1116 pre-pregnancy checks (`完成全年任务的
# 100%`: the share of the year's task completed, a result), 754/64/17 award recipients, 670 births and
# `出生统计准确率达到98%以上` (told after `全年出生670人` in a list of what `全面完成了`: achieved). `年初…
# 目标任务` is named without a figure. The distractor: no target.

if __name__ == "__main__":
    write_gold(A, HERE)
