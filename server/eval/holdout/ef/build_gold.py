#!/usr/bin/env python3
"""Build hold-out set EF's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set EF (gathered on its own branch gather-ef beside sets EB–EE gathered at the same time, and annotated before any
extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent). Its focus — full texts of annual 卫生(健康)工作要点 / 卫生计生工作要点 / 工作计划 of provincial, city and
county bureaus, 2005–2026 — is spent in the corpus: nearly every such page it returned (绍兴's 2017 要点, 浙江's 2023
要点, the fsou city 医改 task lists, 庆城's and 赫山's meetings, 青阳县's 2024 安排, 灵璧县's 2021 task list, the 妇幼 and
爱国卫生 plans on template sites) is held or named by an earlier set, and the corpus gives a page's opening only (about a
thousand characters), so no long 要点 came back whole. It was widened, as the common rules allow, to any health plan or
bureau item with an aim: 城步苗族自治县卫生局's 2014 小康 indicator task (a county bureau's year aim: beds per thousand),
泰安's 2010 城乡整洁健康 action plan (a city's three-year aims: literacy rates and counts of sanitary units), 朝天区's
plan item (the 新农合 enrolment rate, no year), 郑州's 2020 life-expectancy meeting (one aim), 湖北's 2022 爱国卫生
实施意见 (2025 aims), and a spam-headed mirror of 央视's 2024 item on tobacco control (traditional script; the 2030
national aim among achieved figures); the distractor is 医圣祠's copy of the Ministry's December 2012 bulletin of
notifiable diseases (counts only).
Files ef01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a bare `达到N`/`实现N` on an up-indicator is `>=`, `降低到N` on a
down-indicator `<=` (SCHEMA); a range on a count is `>=` with value and value_max (SCHEMA); per-thousand bed ratios
are counts in the counting word written (`张`, as bj, bq, dz04); life expectancy is an amount in `岁` (dq, ds06, dz02);
a text with no year for an aim takes year null (cz, df01, dl02, dm) — the address's date is not used; an aim with no
number of its own, set only against a past level (`在2013年8.49‰的基础上适度下降`), is ambiguous (as the value-by-reference
lines of SCHEMA); past and present figures are no target (SCHEMA); a province or city named in full keeps its name,
`全市`/`全省` take the name the text gives (`泰安市`, `湖北省`); a national item takes `全国`; a traditional page is
kept as the corpus gave it, and a quote copies its script (dg, dm, ds, dz).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ef01 红网's item (hn.rednet.cn, 2014-08-20) on 城步苗族自治县卫生局's meeting on its 小康 indicators; as the corpus
# gave it (the portal's closing links `阅读下一篇`, `返回红网首页…` are kept: no advertisement). Region 城步苗族自治县,
# year 2014 (`确保2014年实现`). Scored: `每千人拥有床位数4张` (a per-thousand ratio: count in `张`, `>=`). Ambiguous: the
# under-5 death rate `在2013年8.49‰的基础上适度下降` (no number of its own: `<` the 2013 level). Not targets: the dates,
# `第三次全体会议`, `2013年8.49‰` as a level.
D, R = "ef01.txt", "城步苗族自治县"
A += [
    T(D, "2014年实现每千人拥有床位数4张", "每千人口床位数", R, ">=", 4, "张", 2014, "count", "up"),
    T(D, "5岁以下儿童死亡率在2013年8.49‰的基础上适度下降", "5岁以下儿童死亡率", R, "<", 8.49, "‰", 2014, "rate",
      "down", ambiguous=True),
]

# ef02 a law-search mirror (holdmm.net, `法搜网`) of 泰安's 2010 notice (泰政办发〔2010〕93号) of the 城乡整洁健康泰安行动方案
# (three years from 2010: `利用3年的时间`, `到2012年`); cut at the second aim item, as returned. Region 泰安市 (`全市`),
# year 2012 for all (the counts say `到2012年`; the literacy aims, told before them under the same `目标任务` of the
# three-year plan, take its end). Scored (nine): 城乡居民 `健康知识知晓率达到80%` and `健康行为形成率达到70%` (scope
# 城乡居民), 中小学学生 `…达到90%以上` and `…达到80%以上` (scope 中小学学生), `中小学健康教育开课率达到100%`, and the counts
# of units to be made 省级 sanitary ones: `10-15个` 先进单位, `3-6个` 乡(镇), `10-15个` 社区(村), `30-40个` 卫生户 (ranges:
# `>=` with value_max). Not targets: `93号`, `3年`, `二○一○年十月八日`.
D, R, Y = "ef02.txt", "泰安市", 2012
A += [
    T(D, "城乡居民健康知识知晓率达到80%", "健康知识知晓率", R, ">=", 80, "%", Y, "rate", "up", scope="城乡居民"),
    T(D, "健康行为形成率达到70%", "健康行为形成率", R, ">=", 70, "%", Y, "rate", "up", scope="城乡居民"),
    T(D, "中小学学生健康知识知晓率达到90%以上", "健康知识知晓率", R, ">=", 90, "%", Y, "rate", "up",
      scope="中小学学生"),
    T(D, "健康行为形成率达到80%以上", "健康行为形成率", R, ">=", 80, "%", Y, "rate", "up", scope="中小学学生"),
    T(D, "中小学健康教育开课率达到100%", "中小学健康教育开课率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "创建省级卫生先进单位10-15个", "省级卫生先进单位创建数", R, ">=", 10, "个", Y, "count", "up",
      value_max=15),
    T(D, "创建省级卫生乡(镇)3-6个", "省级卫生乡镇创建数", R, ">=", 3, "个", Y, "count", "up", value_max=6),
    T(D, "卫生社区(村)10-15个", "省级卫生社区(村)创建数", R, ">=", 10, "个", Y, "count", "up", value_max=15),
    T(D, "卫生户30-40个", "省级卫生户创建数", R, ">=", 30, "个", Y, "count", "up", value_max=40),
]

# ef03 朝天区's government site (cngy.gov.cn; the address has 2011, the text no year): one paragraph of the district's
# health and family-planning tasks. Region 朝天区, year null (no year in the text). Scored: `“新农合”参合率稳定在95%
# 以上` (`>=`). Not targets: `“二甲”`, `“二级”` (grades), `“两奖两扶”` (a name).
D, R = "ef03.txt", "朝天区"
A += [
    T(D, "“新农合”参合率稳定在95%以上", "新农合参合率", R, ">=", 95, "%", None, "rate", "up"),
]

# ef04 郑州's government site (public.zhengzhou.gov.cn, the 卫健委's item of 2020-10-09) on the city's 人均预期寿命提升工程
# meeting. Region 郑州市 (`全市`), year 2020. Scored: `到2020年全市人均预期寿命达到80岁` (an amount in `岁`, `>=`). Not
# targets: the index number `005252274/2020-00204`, dates, `21家相关单位` (present), the address's `233号`, `450007`.
D, R = "ef04.txt", "郑州市"
A += [
    T(D, "到2020年全市人均预期寿命达到80岁", "人均预期寿命", R, ">=", 80, "岁", 2020, "amount", "up"),
]

# ef05 a document site's (jinrimiaobi) preview of 湖北's 2022 notice of the 深入开展爱国卫生运动 实施意见 (its toolbar
# lines `电脑桌面`, `添加今日妙笔到电脑桌面`… and the `_第1页` titles kept as given; cut at `控烟成`). Region 湖北省
# (`全省`), year 2025 (`到2025年`). Scored: `建成5000个美丽乡村示范村` (a count, `>=`), the city refuse-incineration share
# `处理能力占比达到70%` (scope 设区城市), `全省居民健康素养水平达到30%以上`. Not targets: `国发〔2020〕15号`, the date,
# `十一届`, the 2022 smoke-free offices (no number).
D, R, Y = "ef05.txt", "湖北省", 2025
A += [
    T(D, "建成5000个美丽乡村示范村", "美丽乡村示范村建成数", R, ">=", 5000, "个", Y, "count", "up"),
    T(D, "生活垃圾焚烧(含水泥窑协同)处理能力占比达到70%", "生活垃圾焚烧处理能力占比", R, ">=", 70, "%", Y,
      "rate", "up", scope="设区城市"),
    T(D, "全省居民健康素养水平达到30%以上", "居民健康素养水平", R, ">=", 30, "%", Y, "rate", "up"),
]

# ef06 a spam-domain mirror (dentiste-levallois-perret.com) of 央视新闻's item (2024-05-26) on tobacco-control laws, in
# traditional script (`控煙`); its news-portal bar `首頁  ?  新聞頻道  ?  國內新聞` and closing disclaimer kept (no spam
# line list). Region 全国 (`我國`, the 健康中国2030 纲要), year 2030. Scored: `15歲以上人群吸煙率降低到20%` (`<=`, down).
# Not targets: `24個省份`, `254個城市`, `44個城市` (counts of laws made), 上海's `19.4%`, the 2022 `24.1%` and its fall of
# `1.7個百分點` (all achieved), the treaty's years.
D, R = "ef06.txt", "全国"
A += [
    T(D, "15歲以上人群吸煙率降低到20%", "15岁以上人群吸烟率", R, "<=", 20, "%", 2030, "rate", "down"),
]

# ef07 医圣祠's copy (yishengci.cn, 2013-01-15) of the Ministry's bulletin of notifiable diseases for December 2012:
# counts of cases and deaths and a share (`94%`), all reported: the distractor, no gold line.

write_gold(A, HERE)
