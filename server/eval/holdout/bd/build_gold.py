#!/usr/bin/env python3
"""Build hold-out set BD's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BD (gathered on main f7d02a5, after BA and BB's round, and annotated before any extractor run: the
annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent):
pages from counties, districts and townships, their target lists and insurance schemes — a township's
2016 public-health target responsibility list (大阳乡, 云阳县), a county's health poverty-relief scheme
with its insurance aims (宾川县, 2018), a county's health-town work (惠东县, a spam-headed mirror in
traditional script, 2023), a district's family-doctor signing aims (金坛区, traditional with pinyin
glosses), a city's 新农合 contribution notice (its town and year left out), a district's 2025 health
tasks for the people (江宁区) and a county's 2017 新农合 collection bulletin (achieved figures only: the
distractor).
Files bd01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bd01 a document site's copy of a township's 2016 target responsibility list for public health: 大阳乡's
# government (甲方) binds its villages and health units (乙方), under 云阳县's scheme; region 大阳乡 (the
# party that sets the aims and names itself), year 2016. The excerpt is cut after item 3 of `具体工作目标`
# (item 4 would bring the page past ten scored lines). Page markers of the document site sit inside the
# text (`农2 / 4 村居民`: the quote keeps them; `2 / 4` is no fraction, `1 / 4` no target). `分别达到 85%和
# 75%以上` gives two targets (城镇 and 农村, `以上` binding both), each quote from the list's head to its
# value. The display boards (`不少于 2 个`, `不少于 1 个`) are counts each unit must reach. `均应达到 80%以上`
# is one number for two rates (one target, the joint name; `0-36 月` is the age band, no range).
# `每季更换一次` is a frequency written in words: ambiguous (as ao07's `每年開展一次`).
D, R, Y = "bd01.txt", "大阳乡", 2016
L = "城乡居民基本卫生知识知晓率分别达到 85%"
A += [
    T(D, "城镇居民健康档案规范化建档率达到 50%以上", "居民健康档案规范化建档率", R, ">=", 50, "%", Y, "rate",
      "up", scope="城镇"),
    T(D, "农2 / 4 村居民规范化建档率达到 25%以上", "居民健康档案规范化建档率", R, ">=", 25, "%", Y, "rate",
      "up", scope="农村"),
    T(D, "建档完整率达到 100%", "居民健康档案建档完整率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, L, "居民基本卫生知识知晓率", R, ">=", 85, "%", Y, "rate", "up", scope="城镇"),
    T(D, L + "和 75%以上", "居民基本卫生知识知晓率", R, ">=", 75, "%", Y, "rate", "up", scope="农村"),
    T(D, "乡镇级以上医疗卫生 单位健康教育专栏不少于 2 个", "健康教育专栏数", R, ">=", 2, "个", Y, "count",
      "up", scope="乡镇级以上医疗卫生单位"),
    T(D, "村卫生室健康教育专栏不少于 1 个", "健康教育专栏数", R, ">=", 1, "个", Y, "count", "up",
      scope="村卫生室"),
    T(D, "其宣传内容到少每季更换一次", "健康教育专栏内容每季更换次数", R, ">=", 1, "次", Y, "count", "up",
      ambiguous=True),
    T(D, "新生儿访视率、 0-36 月儿童保健系统管理率均应达到 80%以上", "新生儿访视率和0-36月儿童保健系统管理率",
      R, ">=", 80, "%", Y, "rate", "up"),
]

# bd02 a site's copy of 宾川县's scheme for the province's 30 health poverty-relief measures
# (the page address dates it 2018-07-16): the aims bind the registered poor (scope 建档立卡贫困人口; the
# fifth action's `实际报销比例不低于70%` is theirs too, the scheme being about them). The `目标任务` run
# `从2017年起` with no end year: standing aims, year null (as bb03's standing aims); the address's 2018 is
# the page date, not the aims' year. The excerpt is cut inside the fourth `确保` (its number not given).
# `30条措施`, `12345`, `一个…九个`, `28种疾病` (the diseases' list names the rate's scope) are names.
D, R, Y = "bd02.txt", "宾川县", None
S = "建档立卡贫困人口"
A += [
    T(D, "实际报销比例不低于70%", "住院费用实际报销比例", R, ">=", 70, "%", Y, "rate", "up", scope=S),
    T(D, "建档立卡贫困人口100%参加基本医保和大病保险", "基本医保和大病保险参保率", R, ">=", 100, "%", Y,
      "rate", "up", scope=S),
    T(D, "建档立卡贫困人口家庭医生签约服务率达到100%", "家庭医生签约服务率", R, ">=", 100, "%", Y, "rate",
      "up", scope=S),
    T(D, "建档立卡贫困人口28种疾病门诊正常范围内报销比例达到80%", "28种疾病门诊正常范围内报销比例", R, ">=",
      80, "%", Y, "rate", "up", scope=S),
]

# bd03 a spam-headed mirror (traditional) of 惠州日报's item (the address dates it 2023-08-31) on 惠东县's
# re-review as a national health county: the one aim with a number is the subhead's three national
# health towns to apply for this year (2023: the text's next steps fall in 2024; the three are named in
# the lead). The lead's steps (`年底前完成省級復審`, `2024年通過國家抽查復審`, `零的突破`) have no number; the
# 7 and 5 health towns, 50%, `覆蓋率達到85.7%` and 245 villages are achieved; `三年一次` a review cycle;
# the closing `兩鎮` is cut off before its aim.
D, R, Y = "bd03.txt", "惠东县", 2023
A += [
    T(D, "今年申報創建3個國家衛生鎮", "国家卫生镇申报创建数", R, ">=", 3, "个", Y, "count", "up"),
]

# bd04 a mirror (traditional, with pinyin glosses after some characters, kept) of an item on 金坛区's family-
# doctor signing day: the association's aim to bring the district's 1100 hardship families into signing
# and the year-end aim of 30000 signed households (counts of households: unit 户). `16000多戶` is the
# present; 5月19日 the date. The text names no year and the address has no date: year null.
D, R, Y = "bd04.txt", "金坛区", None
A += [
    T(D, "爭(zhēng)取將全區(qū)1100戶計(jì)生特困家庭納入簽約服務(wù)范圍", "计生特困家庭家庭医生签约户数", R,
      ">=", 1100, "户", Y, "count", "up"),
    T(D, "到年底力爭(zhēng)簽約家庭達(dá)30000戶", "家庭医生签约家庭户数", R, ">=", 30000, "户", Y, "count",
      "up"),
]

# bd05 a document site's copy of a city's 新农合 contribution notice, its years blanked (`(一)年全市`, `三、
# 筹资标准年参加`: year null) and its city unnamed (克木人 and the border villages hint at 西双版纳, which is not
# plain): region `全市`, the document's own word. The aims: the farmers' enrolment rate, full coverage
# counted by township and village (scope, as bb01's `以县(市)区为单位`) and full enrolment of the relief and
# welfare groups (scope: the listed groups). The contribution schedule (20 元 each, 60 元 and 60 元 of
# subsidy, 140 元 in all) is an exact standard with no aim word: `=`, ambiguous (as oo09's 经费标准).
# `9 月份`, `中发〔〕13号` are a date and a document number.
D, R, Y = "bd05.txt", "全市", None
A += [
    T(D, "全市农民参合率达 95%以上", "新农合参合率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "以乡镇、行政村为单位的参合覆盖率达 100%", "新农合参合覆盖率", R, ">=", 100, "%", Y, "rate", "up",
      scope="以乡镇、行政村为单位"),
    T(D, "民政优抚对象的参合率达 100%", "新农合参合率", R, ">=", 100, "%", Y, "rate", "up",
      scope="五保户、贫困户、特困户及民政优抚对象"),
    T(D, "每人每年缴纳参合基金 20 元", "新农合个人缴费标准", R, "=", 20, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "中央财政补助 60元", "新农合中央财政补助标准", R, "=", 60, "元", Y, "amount", "up", ambiguous=True),
    T(D, "省级财政补助 60 元", "新农合省级财政补助标准", R, "=", 60, "元", Y, "amount", "up", ambiguous=True),
    T(D, "共计 140 元", "新农合人均筹资标准", R, "=", 140, "元", Y, "amount", "up", ambiguous=True),
]

# bd06 江宁区's answer (the address dates it 2025-02-14) on this year's health tasks for the people: two
# community centres to open emergency rooms and two screening centres to build (counts, 2025). `实现全区
# 23家…急诊(科)全覆盖` sizes the whole (23 centres, all to have one once the two open): a count to reach or
# the present number of centres, ambiguous (`全覆盖` alone is no target). `约11.4亩` is the hospital
# project's site, not an aim.
D, R, Y = "bd06.txt", "江宁区", 2025
A += [
    T(D, "推进方山和上坊2个社区卫生服务中心开设急诊", "新开设急诊的社区卫生服务中心数", R, ">=", 2, "个", Y,
      "count", "up"),
    T(D, "实现全区23家社区卫生服务中心急诊(科)全覆盖", "开设急诊的社区卫生服务中心数", R, ">=", 23, "家", Y,
      "count", "up", ambiguous=True),
    T(D, "年内建成2家市级及以上基层慢病筛防中心", "市级及以上基层慢病筛防中心建成数", R, ">=", 2, "家", Y,
      "count", "up"),
]

# bd07 a county's 2017 bulletin on its 新农合 collection (a county of 9 towns; 营盘镇, 乾佑街办, 下梁镇 and
# 小岭镇 place it in 柞水县): the enrolled persons, `参合率达到81%`, `均达90%以上` and `均在80%以下` are the state
# on 12 December, told with aim words; `确保按时完成目标任务` has no number. No gold line: every prediction
# here is a false positive.

write_gold(A, HERE)
