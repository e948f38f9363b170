#!/usr/bin/env python3
"""Build hold-out set DF's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DF (gathered on main 8b4994f6, after the merge of set DE, beside the sets gathered at the same time in the
other /work/wt/g* worktrees, and annotated before any extractor run: the annotator ran none on these texts; it
is to be scored once by the lead engineer, so the set is unspent): 爱国卫生 pages — 卫生城镇 creation, 改厕,
除四害, 全民健身 and 健康促进 — 资阳's undated (before 2020) toilet-revolution aims at a press conference (a yellow-pages
site's copy: the year's coverage for the city and 雁江区, the share of villages with a public toilet, a forecast
for 2020), 新华社's item on 成都's 全民健身实施计划 (2021-2025: sports floor space, exercise share, fitness pass
rate, instructors a thousand, industry size), 云南网's 2010 item on 昆明's 卫生乡镇 push (30% of villages to be
省级卫生村, told in the headline and the body), a spam-respun copy of the 国家卫生乡镇 standard (its health
education and town-environment items, words broken by pinyin and casino names), a 除四害 plan of a building site
under 铜仁市's rules (its rat-density limits) and a Q&A page listing the 国家卫生城市 criteria in traditional
script (seven ≥ bounds), with a 2022 item on 秀英区's passing the 健康促进区 assessment (achieved figures only:
the distractor).
Files df01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row (set d holds dd01…). It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a national standard's bounds are targets of region 全国 with year
null (cf06, the 卫生乡镇 standard's ≥ bounds); an aim told again in a headline is ambiguous (cn, cc05, cx04); a
forecast (`预计到2020年…达到85%以上`) is ambiguous (bj04, the 2008 `预计今年年底参保人数将达到50%`); a per-unit
condition in a Chinese or Arabic small number (`至少建有1处`, `有三项达到`) is ambiguous (cx05's `一个乡镇`); `今年`
with no year anywhere in the text takes year null (cz's `3年内`); a respun page is read as written (de05, ap07);
per-thousand counts take the counting word as written (`3.25名`, as aa09's `2.16名`).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# df01 a yellow-pages site's copy (wi89) of a 资阳 press-conference item (`7月31日`, no year in the text or the
# address; `预计到2020年` puts it before 2020) on the city's rural toilet revolution. Region 资阳市 (`四川资阳市`).
# Scored, year null (`今年年内`, no year written): the coverage `今年年内卫生厕所普及率要达到70%…以上` (`以上` after
# the bracket binds both), 雁江区's `75%` (scope 雁江区) and `力争90%以上的行政村至少建有1处公共厕所` (the share of
# villages with a public toilet). Ambiguous: `预计到2020年,卫生厕所普及率达到85%以上` (a forecast, as bj04) and
# `至少建有1处公共厕所` (the per-village condition of the 90% share, a count of one). Not targets: the progress
# (`已开工34518户`, `完成改造27444户`, `占全年目标任务的35.8%`, `9734户`, `54.1%`), `210个村` (villages already in the
# programme), `8295万元` (money obtained), the date.
D, R, Y = "df01.txt", "资阳市", None
A += [
    T(D, "今年年内卫生厕所普及率要达到70%", "卫生厕所普及率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "雁江区75%", "卫生厕所普及率", R, ">=", 75, "%", Y, "rate", "up", scope="雁江区"),
    T(D, "力争90%以上的行政村至少建有1处公共厕所", "建有公共厕所的行政村比例", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "至少建有1处公共厕所", "行政村公共厕所数", R, ">=", 1, "处", Y, "count", "up", scope="行政村",
      ambiguous=True),
    T(D, "预计到2020年,卫生厕所普及率达到85%以上", "卫生厕所普及率", R, ">=", 85, "%", 2020, "rate", "up",
      ambiguous=True),
]

# df02 a spam-titled portal's copy (kfdqsb, its `手机端` line and breadcrumb dropped) of 新华社's item of 3月23日 on
# 成都市体育局's 全民健身实施计划(2021-2025年), cut at `在智`. Region 成都市 (`成都`, `全市`), year 2025 (`到2025年`,
# twice). Scored: floor space `人均体育场地面积达到2.6平方米` (amount, 平方米), the exercise share `将达到50%以上`, the
# fitness pass rate `合格以上的人数比例超过94%` (`超过` → `>`), instructors `每千人拥有社会体育指导员3.25名` (count,
# 名 as aa09) and the industry `体育产业总规模超过1500亿元` (amount, `>`). Not targets: the names of the circles
# (`5分钟便捷健身圈`, `15分钟…`, `30分钟…`, and `在15分钟内`, their definition), `三级健身圈`, `(2021-2025年)` and
# `十四五` (the plan's span), the dateline.
D, R, Y = "df02.txt", "成都市", 2025
A += [
    T(D, "成都人均体育场地面积达到2.6平方米", "人均体育场地面积", R, ">=", 2.6, "平方米", Y, "amount", "up"),
    T(D, "成都经常参加体育锻炼人数比例将达到50%以上", "经常参加体育锻炼人数比例", R, ">=", 50, "%", Y, "rate",
      "up"),
    T(D, "城乡居民达到《国民体质测定标准》合格以上的人数比例超过94%", "城乡居民国民体质测定标准合格率", R, ">", 94,
      "%", Y, "rate", "up"),
    T(D, "每千人拥有社会体育指导员3.25名", "每千人拥有社会体育指导员数", R, ">=", 3.25, "名", Y, "count", "up"),
    T(D, "带动全市体育产业总规模超过1500亿元", "体育产业总规模", R, ">", 1500, "亿元", Y, "amount", "up"),
]

# df03 sina's copy of 云南网's item of 2010-11-23 (its `跳转到…` links and the sina footer dropped; the header line
# with sina's home address kept) on 昆明's 卫生乡镇 training: the vice-mayor tells the towns the national standard's
# bar. Region 昆明市 (`昆明市乡镇`, `全市各乡镇`), year 2010 (the dateline; the push is this year's). Scored, in the
# body (occ=1): `30%以上的村要建成省级卫生村` (the share of villages to be sanitary villages, `以上` → `>=`).
# Ambiguous: the headline's `昆明30%以上的村要建成省级卫生村` (told again, occ=0). Not targets: `3天`, `1999年`, the
# present counts (`16个州市`, `51个`, `7个`, `32个`, `6个`), the phone number, the dateline.
D, R, Y = "df03.txt", "昆明市", 2010
A += [
    T(D, "30%以上的村要建成省级卫生村", "省级卫生村建成比例", R, ">=", 30, "%", Y, "rate", "up", ambiguous=True,
      occ=0),
    T(D, "30%以上的村要建成省级卫生村", "省级卫生村建成比例", R, ">=", 30, "%", Y, "rate", "up", occ=1),
]

# df04 a spam site's respun copy (an IP address, `Writing`) of the 国家卫生乡镇 standard, titled `2020创建国家卫生乡镇
# 标准?`, its words broken by readings (`(读:kāng)`, `{pinyin:àn}`, `[拼音:fā]`, `(繁:開)`) and casino names (`极速赛车/
# 北京赛车`, `澳门新葡京`; `世界杯` stands where `三` was), cut at `3`; its line `当前位置:Writing` dropped. Region 全国
# (a national standard), year null (the standard binds no year; the title's `2020` dates the page, as cf06).
# Scored: the schools' health-education rate `开课率达到100%` (its quote spans the casino insert), the residents'
# knowledge `知晓率达85%以上` and behaviour `行为形成率达60%以上`, the town's road hardening `硬化率达90%以上` and
# refuse clearing `清运率达100%` (bare `达` on up-indicators: `>=`). Not targets: `2026-01-15 21:50:44` (the page's
# date), the item numbers, `2020` (the title's year).
D, R, Y = "df04.txt", "全国", None
A += [
    T(D, "中、小学健康(极速赛车/北京赛车pinyin:kāng)教育开课率达到100%", "中小学健康教育开课率", R, ">=", 100, "%", Y,
      "rate", "up"),
    T(D, "居民卫生知识知晓率达85%以上", "居民卫生知识知晓率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "卫生(读:shēng)行为形成率达60%以上", "居民卫生行为形成率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "路面平整,硬化率达90%以上", "镇区路面硬化率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "清运率达100%", "镇区垃圾清运率", R, ">=", 100, "%", Y, "rate", "up"),
]

# df05 a document site's page (pcoyx) with the opening of a building site's 除四害 plan (`结合本工地实际情况制订本方案`,
# under `铜仁市建设项目文明施工的要求`, for `我县“双创”`), cut at `部分节选` inside its rat standard. Region 铜仁市 (the
# city whose rules bind the site; the county is only `我县`), scope 本工地, year null (no date in the text or the
# address). Scored, under `二、目标任务`: the powder-block positive rate `阳性粉块不超过3%` and the share of rooms
# with rat signs `鼠迹的房间不超过2%` (`不超过` → `<=`, down). Ambiguous: the quoted national city standard (`有三项
# 达到全国爱卫会规定的标准`, a count of three kinds of pest in a Chinese numeral; `另一项不超过国家标准的三倍`, a
# multiple of a bound not written here), region 全国. Not targets: the method (`15平方米标准房间`, `20×20厘米`,
# `两块`, `一夜`), `一票否决`, `三个代表`.
D, R, Y = "df05.txt", "铜仁市", None
A += [
    T(D, "有三项达到全国爱卫会规定的标准", "达到国家标准的病媒生物种类数", "全国", ">=", 3, "项", Y, "count", "up",
      scope="国家卫生城市", ambiguous=True),
    T(D, "另一项不超过国家标准的三倍", "未达标病媒生物密度(国家标准倍数)", "全国", "<=", 3, "倍", Y, "amount", "down",
      scope="国家卫生城市", ambiguous=True),
    T(D, "一夜后阳性粉块不超过3%", "鼠密度(粉块阳性率)", R, "<=", 3, "%", Y, "rate", "down", scope="本工地"),
    T(D, "有鼠洞、鼠粪、鼠咬痕等鼠迹的房间不超过2%", "鼠迹房间比例", R, "<=", 2, "%", Y, "rate", "down",
      scope="本工地"),
]

# df06 a Q&A site's page (juduo) in traditional script: three replies on what a 国家卫生城市 must meet; the third
# lists `21個條件`, cut at the eighth. Region 全国 (the national criteria), year null (as df04, cf06). Scored, the
# seven bounds: satisfaction `滿意率≥90%`, `80%以上的社區建有體育健身設施` (the share of communities with fitness
# facilities), the exercise share `達到30%以上`, green cover `≥35%`, road lighting `達到100%`, refuse treatment
# `達到90%`, sewage treatment `達到85%` (`≥` and bare `達到` on up-indicators: `>=`). Not targets: `21個條件` (the
# count of criteria), the reply numbers (`6`, `1 #`…), the list numbers `(1)`…`(8)`.
D, R, Y = "df06.txt", "全国", None
A += [
    T(D, "群眾對衛生狀況滿意率≥90%", "群众对卫生状况满意率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "80%以上的社區建有體育健身設施", "建有体育健身设施的社区比例", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "經常參加體育鍛煉的人數比率達到30%以上", "经常参加体育锻炼人数比例", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "建成區綠化覆蓋率≥35%", "建成区绿化覆盖率", R, ">=", 35, "%", Y, "rate", "up"),
    T(D, "城市道路裝燈率達到100%", "城市道路装灯率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "生活垃圾無害化處理率達到90%", "生活垃圾无害化处理率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "生活汙水集中處理率達到85%", "生活污水集中处理率", R, ">=", 85, "%", Y, "rate", "up"),
]

# df07 the distractor: an essay site's copy (100zi.50zi, its slogan and breadcrumb dropped, its `本内容` footer cut)
# of 秀英区's 2022 item on passing the third national 健康促进县(区) assessment. Achieved figures only, the years
# stripped by the copier (`由的9.8%,提高到的22.3%`): literacy 9.8% → 22.3%, adult smoking 24.9% against the
# province's 28.6%, exercise share 32.86%, `每千人口有2名体育指导员`, pupils' fitness 95.61%; `693号` (a document
# number), `4月26日`, `第三批`. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
