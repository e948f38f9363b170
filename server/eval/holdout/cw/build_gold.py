#!/usr/bin/env python3
"""Build hold-out set CW's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CW (gathered on main d52fd486, after round hct and the regions round 3, beside sets CX … gathered at the
same time in the other /work/wt/gc* worktrees, and annotated before any extractor run: the annotator ran none on
these texts; it is to be scored once by the lead engineer, so the set is unspent): health pages of provinces,
cities and counties of the north-east, north-west and south-west, 2015–2026 — 宁夏's aims after 2023's results
(a 中新网 item on a junk mirror: life expectancy, the three death rates, one 三甲 hospital in every city and one
county hospital up to standard in every county by the end of 2024), 西藏's 2015 农牧区医疗 aims (a gov.cn news
mirror in traditional script with pinyin junk after characters: 420 元, 97%, 60% of township health centres,
50 元, beside 2014's results told in the same words), 黑龙江's 十五五 aim told at a 2025 press conference
(traditional with pinyin junk: life expectancy up by 1 岁 by 2030; a picture's file name as a trap), 南宁's
健康南寧 aims told on a 2018 inspection visit (traditional: life expectancy 0.5 岁 above 广西's, 16 new and 21
rebuilt community health centres, health literacy 6 points above the region's, the minute-circles), 成都's 2021
基层卫生 aims (family-doctor signing 40%, the share of primary TCM services 55%; an e-mail and a phone number as
traps), 大连's 2026 民生实事 from its health conference (6 touring medical teams, one tour a quarter in every
county, 5 days a tour, specialist clinics in 10 community centres) and 果洛州's results on echinococcosis (青海,
traditional: achieved figures only, the headline told in aim words: the distractor).
Files cw01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: life expectancy is an amount in `岁`, up (the 94 lines before); a rise
of it (`再增长1岁`, `比广西高0.5岁`) is its own indicator named for the rise (`…提高幅度`, bt04, gg09, uu03), `>=`,
`岁`, amount, up; a lead in points above another place (`比自治区高6个百分点`) takes `个百分点`, rate, up (ae02,
mm09); the three death rates take `1/10万` and `‰`, down, `控制在…以内` → `<=`; a standard raised `提高到N元` is an
amount, `>=`, up (cn03, cv04); counting words as written (`支`, `次`, `天`, `家`, `所`, `个`; traditional ones in
simplified script, as cc02 and cv write theirs); a `N分钟…圈` is ambiguous with unit `分钟`, `<=`, amount, down
(aw06, bc05, bo02, bt04); a restated aim (a headline, a sub-head, a second mention in the body) is ambiguous, as
cn01 and cc05 mark a repeat; achieved figures told beside the aims — last year's results, even in aim words
(`筹资率达到97%以上`, `达到80%以上`) — are not targets. A traditional text's quote keeps the page's characters,
pinyin junk included (as ag02, aq06, cv04 quote theirs).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402

A = []

# cw01 a junk mirror (119.23.250.19, `来源: sp20241124`, its own 发布时间 2024-11-24) of a 中新网 item dated
# `银川1月11日电`: `2023年以来` 宁夏's health figures (`一升、三降、三高、一低`), then the health commission's aims.
# Region 宁夏回族自治区 (the text names it, `宁夏`), year 2024 (the item's year: 2023 is the past year and the two
# counts are `到2024年底`; the first aims carry no year of their own). Scored: life expectancy `提高到77.7岁` (amount,
# `>=`, up), the maternal, infant and under-five death rates `分别控制在12.5/10万、3‰、4.8‰以内` (three lines, each
# quoted from its indicator to its own figure, as ag04 quotes a `分别` list; `<=`, down), one hospital at 三级甲等
# level in every prefecture-level city and at least one county hospital at the national basic standard in every
# county (`有1家…`, `至少有1所…`: counts, `>=`, up, the `每个…` kept in the indicator). Ambiguous: `“一南一北”(石嘴山市、
# 固原市)2个自治区级区域医疗中心建设` (two named projects to push on with: a count of what is being built, or only a
# description of the two projects; a reader could go either way). Not targets: 2023's figures — 77.3岁 (headline and
# body), 12.55/10万, 2.59‰, 4.36‰, `8.25%`, 5143.74元, 6010元 (the nation's); the phrase names (`一升`, `三降`, `三高`,
# `一低`, `一南一北`, `省级登峰…乡级倍增`); the dates and the chrome's `sp20241124`.
D, R, Y = "cw01.txt", "宁夏回族自治区", 2024
A += [
    T(D, "宁夏人均预期寿命提高到77.7岁", "人均预期寿命", R, ">=", 77.7, "岁", Y, "amount", "up"),
    T(D, "孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别控制在12.5/10万", "孕产妇死亡率", R, "<=", 12.5, "1/10万",
      Y, "rate", "down"),
    T(D, "婴儿死亡率、5岁以下儿童死亡率分别控制在12.5/10万、3‰", "婴儿死亡率", R, "<=", 3, "‰", Y, "rate", "down"),
    T(D, "5岁以下儿童死亡率分别控制在12.5/10万、3‰、4.8‰以内", "5岁以下儿童死亡率", R, "<=", 4.8, "‰", Y, "rate",
      "down"),
    T(D, "2个自治区级区域医疗中心建设", "自治区级区域医疗中心建设数", R, ">=", 2, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "每个地级市有1家医院达到三级甲等水平", "每个地级市达到三级甲等水平的医院数", R, ">=", 1, "家", Y,
      "count", "up"),
    T(D, "每个县(市、区)至少有1所县级医院达到国家县医院医疗服务能力基本标准", "每个县达到国家县医院医疗服务能力基本标准的县级医院数", R, ">=", 1, "所", Y, "count", "up"),
]

# cw02 a junk mirror (afdelivr.top, a copy of gov.cn's `/xinwen/2015-01/27/` item) in traditional script with each
# of many characters followed by its pinyin in brackets (`區(qū)`, `標(biāo)準(zhǔn)`): 西藏's 农牧区医疗 and public-health aims
# for `今年`, with 2014's results (`去年`) in between. Region 西藏自治区, year 2015 by the address (as bu02 and cn05
# date an item by its URL). Scored: the government subsidy of 农牧区医疗 raised `到年人均420元` (amount, `>=`, up), the
# herders' own contribution kept `在97%以上` (the share who pay: rate, `>=`, up), `60%以上` of township health centres
# to reach the `群众满意` standard (rate, `>=`, up) and the per-head fiscal subsidy of public-health services `將達到
# 年人均50元` (amount, `>=`, up). Not targets: 2014's results in the same words — `政府補助標準提高到人均380元`,
# `籌資率達到97%以上` (an achieved `以上`, the aim's own figure: a trap), `6萬元`, `達到80%以上`, 22 and 20 kinds of
# illness, 480 claims, 1261萬元, `45元`; the reporter's line.
D, R, Y = "cw02.txt", "西藏自治区", 2015
A += [
    T(D, "農(nóng)牧區(qū)醫(yī)療政府補(bǔ)助標(biāo)準(zhǔn)提高到年人均420元", "农牧区医疗政府补助标准", R,
      ">=", 420, "元", Y, "amount", "up"),
    T(D, "農(nóng)牧民個(gè)人籌資水平保持在97%以上", "农牧区医疗农牧民个人筹资率", R, ">=", 97, "%", Y, "rate",
      "up"),
    T(D, "全區(qū)60%以上的鄉(xiāng)(鎮(zhèn))衛(wèi)生院達(dá)到群眾滿(mǎn)意的鄉(xiāng)(鎮(zhèn))衛(wèi)生院標(biāo)準(zhǔn)",
      "达到群众满意标准的乡镇卫生院比例", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "公共衛(wèi)生服務(wù)經(jīng)費(fèi)財(cái)政補(bǔ)助標(biāo)準(zhǔn)將達(dá)到年人均50元",
      "人均基本公共卫生服务经费财政补助标准", R, ">=", 50, "元", Y, "amount", "up"),
]

# cw03 a junk mirror (thedullerimage) of 中国食品安全网's item (2025-11-20) in traditional script with pinyin junk:
# 黑龙江's health commission on the 十五五 at a press conference on the 十四五. Region 黑龙江省, year 2030 (the aim's
# own year). Scored, the page's one figure aim: `力爭到2030年人均預期壽命再增長1歲` (a rise of 1 岁: `人均预期寿命提高
# 幅度`, `>=`, amount, up, as bt04 and ll05). Not targets: `主要健康指標達到全國中上水平` (no number), `十四五`,
# `十五五`, `健康龍江2030` (a plan's name), `一二三四五` (a path's name), `第九場` (an ordinal), `11月19日`, and the
# picture's file name `1763597899231741.jpg` (a trap: sixteen digits in the body).
D, R, Y = "cw03.txt", "黑龙江省", 2030
A += [
    T(D, "人均預(yù)期壽命再增長1歲", "人均预期寿命提高幅度", R, ">=", 1, "岁", Y, "amount", "up"),
]

# cw04 国际台's big5 gateway copy of 南宁晚报 (2018-09-26, traditional): a regional inspection of 南宁's 健康南宁
# building, the city's aims told first (`到2020年南寧人均壽命比廣西高0.5歲;…2018—2020年新建16個、改擴建21個社區衛生服務
# 中心`), then what was done. Region 南宁市. Scored: life expectancy 0.5 岁 above 广西's by 2020 (the lead's; a lead
# over another place: `人均预期寿命高于自治区幅度`, `>=`, amount, up), 16 new and 21 rebuilt community health centres
# over 2018–2020 (counts, year 2020) and residents' health literacy 6 points above the region's by 2030 (`个百分点`,
# rate, up). Ambiguous: the headline's `將建16個社區衛生服務中心`, the sub-head's and the body's restatements of the
# 0.5 岁 aim, and the `10分鐘健身圈` (three times) and `15分鍾醫療服務圈` (twice) — minute-circles, ambiguous by the
# earlier sets' convention. Not targets: `一個主文件、五大規劃、四個行動計劃和三個實施意見`, `1+13` (the plan's
# parts), `15個縣區` (the present), `約1.02億元`, 1891 projects, `1077.6萬平方米`, `1.506平方米` (what was done).
D, R = "cw04.txt", "南宁市"
A += [
    T(D, "將建16個社區衛生服務中心", "社区卫生服务中心新建数", R, ">=", 16, "个", 2020, "count", "up",
      ambiguous=True),
    T(D, "到2020年南寧人均壽命比廣西高0.5歲", "人均预期寿命高于自治区幅度", R, ">=", 0.5, "岁", 2020, "amount", "up",
      occ=0),
    T(D, "“10分鐘健身圈”", "健身圈时间半径", R, "<=", 10, "分钟", None, "amount", "down", ambiguous=True, occ=0),
    T(D, "“15分鍾醫療服務圈”", "医疗服务圈时间半径", R, "<=", 15, "分钟", None, "amount", "down", ambiguous=True,
      occ=0),
    T(D, "2018—2020年新建16個", "社区卫生服务中心新建数", R, ">=", 16, "个", 2020, "count", "up"),
    T(D, "改擴建21個社區衛生服務中心", "社区卫生服务中心改扩建数", R, ">=", 21, "个", 2020, "count", "up"),
    T(D, "到2020年南寧人均壽命比廣西高0.5歲", "人均预期寿命高于自治区幅度", R, ">=", 0.5, "岁", 2020, "amount", "up",
      ambiguous=True, occ=1),
    T(D, "到2020年南寧市人均壽命比自治區高0.5歲", "人均预期寿命高于自治区幅度", R, ">=", 0.5, "岁", 2020, "amount",
      "up", ambiguous=True),
    T(D, "居民健康素養水準到2030年比自治區高6個百分點", "居民健康素养水平高于自治区幅度", R, ">=", 6, "个百分点", 2030,
      "rate", "up"),
    T(D, "“10分鐘健身圈”", "健身圈时间半径", R, "<=", 10, "分钟", None, "amount", "down", ambiguous=True, occ=1),
    T(D, "“10分鐘健身圈”", "健身圈时间半径", R, "<=", 10, "分钟", None, "amount", "down", ambiguous=True, occ=2),
    T(D, "“15分鍾醫療服務圈”", "医疗服务圈时间半径", R, "<=", 15, "分钟", None, "amount", "down", ambiguous=True,
      occ=1),
]

# cw05 川观新闻's 社区发布 page (cbgc.scol) opening a column on 成都's primary care: the city's record, then `计划指出,
# 今年,成都家庭医生签约率达40%,基层中医药服务量达到55%`. Region 成都市, year 2021 (`“十三五”收官,“十四五”开局`: the
# text's own clue; `今年`). Scored: family-doctor signing `达40%` and the share of primary-care TCM services
# `达到55%` (rates, bare `达` → `>=`, up). Not targets: 2016, 2018 (the record's years), `首个`, `十大工程`, the
# e-mail `410041124@qq.com` and the phone `028-86968276` (traps).
D, R, Y = "cw05.txt", "成都市", 2021
A += [
    T(D, "成都家庭医生签约率达40%", "家庭医生签约率", R, ">=", 40, "%", Y, "rate", "up"),
    T(D, "基层中医药服务量达到55%", "基层中医药服务量占比", R, ">=", 55, "%", Y, "rate", "up"),
]

# cw06 网易's copy of a news item on 大连's 2026 全市卫生健康工作会议 (`今年大连市将实施一批卫生健康领域民生实事`); the
# corpus's copy stops mid-word (`严重精神障`). Region 大连市, year 2026. The national and provincial 为民服务实事 are
# listed without figures; the city's own 民生实事 carry them. Scored: at least 6 touring medical teams formed at
# city level (`支`, scope 市本级), at least one tour a quarter in every county (`次`, scope 县域), at least 5 days a
# tour (`天`: a count, as the earlier `空气质量优良天数不少于300天`), and specialist clinics set up by tertiary public
# hospitals in 10 community health institutions (a bare number to do: `>=`) — counts, up. Not targets: `满13周岁`
# (twice in the HPV item and once in its sub-head: an age that sets who is served, not an aim), `二级`/`三级`
# (hospital grades), `2月6日`, `2026年` (the meeting's name), `(一期)` (a phase).
D, R, Y = "cw06.txt", "大连市", 2026
A += [
    T(D, "市本级组建不少于6支巡回医疗队", "巡回医疗队组建数", R, ">=", 6, "支", Y, "count", "up", scope="市本级"),
    T(D, "所有县域每季度不少于1次巡回医疗", "每季度巡回医疗次数", R, ">=", 1, "次", Y, "count", "up", scope="县域"),
    T(D, "每次巡回医疗时间不少于5天", "每次巡回医疗天数", R, ">=", 5, "天", Y, "count", "up"),
    T(D, "三级公立医院在10家社区卫生服务机构建立专科专病门诊", "建立专科专病门诊的社区卫生服务机构数", R, ">=", 10,
      "家", Y, "count", "up"),
]

# cw07 the distractor: 中国西藏网's item (2022-06-29, a 中国新闻网 copy, on a junk mirror njpanjin.com, traditional)
# on 果洛州 (青海): `人群包蟲病患病率下降至1%以內` (headline, lead and body: achieved, told in aim words — a trap), 94%
# (an untreated case-fatality rate), 4300米, `五大工程`, `9.39億元`, `增加了8%`, 71歲, 3000元 (a patient's story of
# 2021). No aim is set: no gold line; every prediction here is a false positive.

write_gold(A, HERE)
