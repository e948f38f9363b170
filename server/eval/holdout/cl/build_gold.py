#!/usr/bin/env python3
"""Build hold-out set CL's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CL (gathered on main 1a2bf45, after the merge of round hcg, beside set CK gathered at the same time in
/work/wt/gck, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent): yearly 人口和计划生育 aims and target-responsibility
texts of cities, counties and towns, 2005–2016 — a 2005 news item of 贵阳市's birth-rate, policy-compliance,
sex-ratio and contraception aims, a 2012 news item of a city's birth-rate and natural-growth ceilings (the
city unnamed in the text), a 2013 news item of 安庆市's aims (two rates written `%。`), a model 计生目标责任书
of a city with its counties (`20xx年`: ten quality indicators), a town's yearly 计生 implementation plan under
安县 (contraception, check-up and 社会抚养费 aims), a township's `4十4` drive on 社会抚养费 and operations, and a
town's year-end news of what it had done (杭口镇, achieved figures only: the distractor).
Files cl01.txt…, so no name clashes with the seeds, the development set or the other sets.
It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: the sex ratio at birth has the unit 男/100女 (AK, AR, BL, BP, CF);
a range on a neutral indicator (`103—108/100`) is `=` with value and value_max, direction band (SCHEMA);
`左右` on it is `~`, band. A rate written `%。` (‰ lost to a stray `。`) is ambiguous with the unit written, as
ar03's `14%。以內`. Where the text names no year (`20xx年`, `今年` with no date in the text) the year is null,
as ar03, bn and bp; where it names no place, the region is its own word (`全市`, `全镇`, `全乡`), as bn, cg.
Fixed rewards and payments (`每项分别奖励2000元`) are ambiguous `=`, as cc05 and br04.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402

A = []
SR = "男/100女"

# cl01 新浪's copy (2005-03-02, from 贵州都市报/金黔在线) of 贵阳市人口与计划生育局's aims for the year: region
# 贵阳市 (`全市`, the bureau named), year 2005 (the dateline in the text and `今年`). Scored, the seven aims of the
# second paragraph: birth rate `控制在12‰以内` (`<=`, down), policy compliance `93.5%以上`, the sex ratio
# `控制在103—108/100` (a band on a neutral indicator: `=`, 103–108, 男/100女), contraception timeliness 100 %,
# the home-visit rate 95 % (a bare number: implied 达到, `>=`), village self-government coverage `达60%` and
# satisfaction `90%以上`. Ambiguous: the headline `人口出生率要控制在12‰以内`, which restates the body's aim (as
# cc03 marks a heading that repeats its body). Not targets: last year's results (11.4‰, `4.03个千分点`, 6.37‰,
# 93.78%, 52.68%), `国家甲级标准` (a grade, no number), the dateline, `15M`, `第77届`, the phone number and the
# copyright years.
D, R, Y = "cl01.txt", "贵阳市", 2005
A += [
    T(D, "人口出生率要控制在12‰以内", "人口出生率", R, "<=", 12, "‰", Y, "rate", "down", ambiguous=True),
    T(D, "全市人口出生率控制在12‰以内", "人口出生率", R, "<=", 12, "‰", Y, "rate", "down"),
    T(D, "生育政策符合率达到93.5%以上", "生育政策符合率", R, ">=", 93.5, "%", Y, "rate", "up"),
    T(D, "年度男女出生人口性别比控制在103—108/100", "出生人口性别比", R, "=", 103, SR, Y, "rate", "band",
      value_max=108),
    T(D, "综合避孕及时率达到100%", "综合避孕及时率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "卫技人员对孕产妇和落实计生手术家庭上门随访服务率95%", "上门随访服务率", R, ">=", 95, "%", Y, "rate",
      "up", scope="孕产妇和落实计生手术家庭"),
    T(D, "计划生育村(居)民自治覆盖率达60%", "计划生育村(居)民自治覆盖率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "使群众满意率达到90%以上", "群众满意率", R, ">=", 90, "%", Y, "rate", "up"),
]

# cl02 a city paper's item (heyuanxw, `本报讯`): the city's 计生 aims for the year told at a meeting. The text
# names no city (`我市`, `全市`; only the site's name hints at one): region 全市, the document's own word (SCHEMA;
# as cc05). No year in the text (`今年`, `去年`; no dateline): year null, as ar03. Scored: birth rate `控制在
# 14‰以内` and natural growth `控制在9‰以内` (`<=`, down). Not targets: last year's results (47827 births,
# 13.21‰, 95.17 %, 45508 operations); the page's `热点` widget (drowning news) is no part of the item.
D, R, Y = "cl02.txt", "全市", None
A += [
    T(D, "力争人口出生率控制在14‰以内", "人口出生率", R, "<=", 14, "‰", Y, "rate", "down"),
    T(D, "人口自然增长率控制在9‰以内", "人口自然增长率", R, "<=", 9, "‰", Y, "rate", "down"),
]

# cl03 a copy (yybnet, `本报讯`) of an 安庆 paper's item: 安庆市's population aims for the year, told at the city's
# 人口计生领导小组 meeting on `5月8日` (no year in the text: year null, as ar03). Region 安庆市. Scored: policy
# compliance `达90%以上`. Ambiguous: the birth rate `控制在11%。以内` and natural growth `控制在6%。以内` — an 11 %
# birth rate is not meant (‰ lost to a stray `。`), so, as ar03's `14%。以內`, each line is ambiguous with the
# value and unit written (11 %, 6 %). Not targets: `出生人口性别比稳步下降` (no number), `三项工作` (a count of
# tasks), the `新闻推荐` footer (`第四站`, `18人`: another item's).
D, R, Y = "cl03.txt", "安庆市", None
A += [
    T(D, "人口出生率控制在11%。以内", "人口出生率", R, "<=", 11, "%", Y, "rate", "down", ambiguous=True),
    T(D, "自然增长率控制在6%。以内", "人口自然增长率", R, "<=", 6, "%", Y, "rate", "down", ambiguous=True),
    T(D, "政策符合率达90%以上", "出生政策符合率", R, ">=", 90, "%", Y, "rate", "up"),
]

# cl04 a model-text site's page (瑞文範文網, traditional): `計生目標責任書` 篇1, a 市委、市政府's responsibility book
# with 各縣區 for `20xx年度` (year null); the stored copy stops inside item (五) of the work requirements. The
# city is not named; the aims bind each county and district signing: region 各县区 (the document's own word,
# as bg's `各街(镇)`). Scored, the ten 工作質量指標: birth rate `12‰以內` and natural growth `6‰以內` (`<=`, down),
# policy compliance `90%以上`, the sex ratio `控制在110左右` (`~`, band, 男/100女), birth-statistics accuracy
# `96%以上`, the rural married women's health-check rate `年內達到85%以上` (`第四輪` is an ordinal: no line),
# free pre-pregnancy checks' coverage of those due `85%以上`, the `一證通` system's use `80%以上`, satisfaction
# `92%以上` and out-of-policy multiple births `控制在3%以內` (down). Ambiguous, beyond the ten scored a page
# (the rule's cap; the quality indicators come first as the book ranks them): the 區本級 family-planning budget
# `人均…達到9元` (amount), the 5 % for floating-population work (a share of the budget set aside: `=`) and
# rural transfer funds `不低於…12.84%`; and `至少有一個鄉鎮開展精細化管理試點` (one pilot town: a count to reach).
# Not targets: `20xx年6月底` (a date), `三個一`, `一盤棋` (names), `精選6篇`, `篇1`, `1.3W` (the site's).
D, R, Y = "cl04.txt", "各县区", None
A += [
    T(D, "人口出生率控制在12‰以內", "人口出生率", R, "<=", 12, "‰", Y, "rate", "down"),
    T(D, "人口自然增長率控制在6‰以內", "人口自然增长率", R, "<=", 6, "‰", Y, "rate", "down"),
    T(D, "出生人口政策符合率達到90%以上", "出生人口政策符合率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "出生人口性別比控制在110左右", "出生人口性别比", R, "~", 110, SR, Y, "rate", "band"),
    T(D, "出生統計準確率達到96%以上", "出生统计准确率", R, ">=", 96, "%", Y, "rate", "up"),
    T(D, "農村已婚育齡婦女健康檢查率年內達到85%以上", "已婚育龄妇女健康检查率", R, ">=", 85, "%", Y, "rate", "up",
      scope="农村已婚育龄妇女"),
    T(D, "國家免費孕前優生健康檢查項目覆蓋應查人羣達到85%以上", "免费孕前优生健康检查覆盖率", R, ">=", 85, "%", Y,
      "rate", "up"),
    T(D, "人口信息“一證通”系統應用率達到80%以上", "人口信息一证通系统应用率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "羣衆對人口計生工作綜合滿意率達到92%以上", "群众对人口计生工作综合满意率", R, ">=", 92, "%", Y, "rate",
      "up"),
    T(D, "政策外多孩率控制在3%以內", "政策外多孩率", R, "<=", 3, "%", Y, "rate", "down"),
    T(D, "區本級人均計劃生育事業費達到9元", "人均计划生育事业费", "区本级", ">=", 9, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "單列免費技術服務和5%的流動人口管理經費", "流动人口管理经费占比", "区本级", "=", 5, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "農村計劃生育轉移支付資金不低於轉移支付總額的12.84%", "农村计划生育转移支付资金占比", R, ">=", 12.84,
      "%", Y, "rate", "up", ambiguous=True),
    T(D, "年內至少有一個鄉鎮開展精細化管理試點工作", "精细化管理试点乡镇数", R, ">=", 1, "个", Y, "count", "up",
      ambiguous=True),
]

# cl05 a model-text site's page (gwyoo, `时间:2022-03-29`, the site's date): a town's `计生年度工作实施方案`, decided
# by `镇党委、政府` (`我镇`), under 安县 (`安县社会抚养费征收公告`, `全县“一盘棋”征收`); the stored copy stops inside
# 社会抚养费 item 1. The town is not named: region 我镇 (the document's own word; 安县 is the county whose notice
# it follows, not the place bound). Year null (`自年4月10日起`: the year left blank; the site's 2022 is not the
# plan's). Scored, ten aims: long-acting contraception for those due `落实率达到100%`, `及时率达到90%以上`, policy
# compliance `85%以上`, married women's ring-and-pregnancy checks `90%以上` and, for returning migrants and those
# who missed two rounds, `达100%` (a scope of its own), free contraceptives `95%以上`; the first levy of 社会抚养费
# `不得低于1.5万元` (rural) and `不得低于2万元` (urban), amounts with their scopes, the levy rate `60%以上` and the
# levy's reach `征收面达100%`. Not targets: `一升三降`, `四术两检` (names), `无零征收对象` (no number), the dates.
D, R, Y = "cl05.txt", "我镇", None
A += [
    T(D, "落实率达到100%", "长效节育措施落实率", R, ">=", 100, "%", Y, "rate", "up", scope="应结扎和应上环对象"),
    T(D, "及时率达到90%以上", "长效节育措施落实及时率", R, ">=", 90, "%", Y, "rate", "up",
      scope="应结扎和应上环对象"),
    T(D, "确保年度内出生政策符合率达到85%以上", "出生政策符合率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "已婚育龄妇女环孕检率达到90%以上", "已婚育龄妇女环孕检率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "确保做到环孕检率达100%", "已婚育龄妇女环孕检率", R, ">=", 100, "%", Y, "rate", "up",
      scope="外出返乡、连续两季未参检对象"),
    T(D, "避孕药具免费发放率达95%以上", "避孕药具免费发放率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "属农村户口的不得低于1.5万元", "社会抚养费首次征收金额", R, ">=", 1.5, "万元", Y, "amount", "up",
      scope="农村户口"),
    T(D, "城镇户口的不得低于2万元", "社会抚养费首次征收金额", R, ">=", 2, "万元", Y, "amount", "up", scope="城镇户口"),
    T(D, "征收率达60%以上", "社会抚养费征收率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "征收面达100%", "社会抚养费征收面", R, ">=", 100, "%", Y, "rate", "up"),
]

# cl06 a document site's preview (xiaomilidoc, one run of text, spaces around the numbers as stored): a
# township's `计划生育“4 十 4”攻坚战方案` (`乡党委、政府`, `全乡`): 40 days on 社会抚养费, the `两非` and the records, then
# four months on operations. Region 全乡 (the township unnamed), year null (dates without a year). Scored: the
# levy's reach among over-quota couples `不低于 80%` and each case's first levy `达到 2 万元以上` (amount). Ambiguous:
# `每个村至少执行一起案件` (a count per village to reach, through the court: one case), and the rewards to villages
# that finish a task, `每项分别奖励 2000 元` and `800 元` (fixed rewards, `=`, as cc05's payments). Not targets: `4 十 4`
# (the drive's name), `40 天`, `4 个月`, `10 天一调度`, `共调度 3 次` (the schedule), the dates, `五项任务` (a
# count of tasks), `倒数第一`, `第一次`…`第四次` (ordinals).
D, R, Y = "cl06.txt", "全乡", None
A += [
    T(D, "超生对象社会抚养费征收面不低于 80%", "社会抚养费征收面", R, ">=", 80, "%", Y, "rate", "up",
      scope="超生对象"),
    T(D, "个案首次征收达到 2 万元以上", "社会抚养费个案首次征收金额", R, ">=", 2, "万元", Y, "amount", "up"),
    T(D, "每个村至少执行一起案件", "每村法院执行社会抚养费案件数", R, ">=", 1, "起", Y, "count", "up",
      ambiguous=True),
    T(D, "每项分别奖励 2000 元", "计生手术任务完成奖励", R, "=", 2000, "元", Y, "amount", "up", ambiguous=True),
    T(D, "每项分别奖励 800 元", "社会抚养费征收等任务完成奖励", R, "=", 800, "元", Y, "amount", "up",
      ambiguous=True),
]

# cl07 修水网's item (lvdong.xiushui, 乡镇 column, December 2011 in its address, no date in the text): 杭口镇's 计生
# work in the year so far — `截至目前` 3343 ring-and-pregnancy checks, 110 sterilisations (11 of them in
# daughters-only households), 138 IUDs, 103万元 of 社会抚养费 taken in, the birth rate held at 12.77‰ (`控制…在`
# with the figure reached) and compliance at 82.14 %; 4400 women of child-bearing age, 1200 due for checks; the
# standing rewards (3000元 pension top-up, 1000元/人, 720元 a year: policies in force, not aims) and 6 cases sent to
# court, 2 enforced at 1.8万元 each. `力争…再上一个新台阶` gives no number. No aim is set: no gold line.

write_gold(A, HERE)
