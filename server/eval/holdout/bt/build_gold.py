#!/usr/bin/env python3
"""Build hold-out set BT's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BT (gathered on main da1a8da, after the merge of set BS, beside set BU gathered at the same time in
/work/wt/gbu, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent): provincial and national documents and their
aims — a province's 2005 family-planning aims told at its yearly meeting (黑龙江), the State Council's
food and nutrition outline for 2014—2020 told as news (全国), the national 十三五 eye-health plan (a
Taiwanese-script copy), the national human-rights action plan's health aims for 2020 (a Taiwanese news
agency's item, traditional), a province's 十四五 health plan told at its press conference (广东, 2025),
a province's breastfeeding scheme for 2025 (辽宁) and the news on the 2019 national health statistics
bulletin (achieved figures only: the distractor, traditional).
Files bt01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bt01 新浪's copy of 黑龙江日报's 2005-01-24 item: the province's family-planning meeting and its aims
# for the end of 2005 (`到2005年末`). Region 黑龙江省: the headline names 黑龙江 and the body says `我省`,
# `全省`. Scored: the total population ceiling (`3840万以内`, no counting word: 38400000 人, as bl03
# writes `1.01亿` in 人; count, down), the birth rate and the natural growth rate (`控制在…‰以下`: `<=`,
# rate, down), the total fertility rate held at about 1.3 (`保持在1.3左右`: `~`; a neutral level the
# province means to hold, band; the schema lists no unit for children per woman, so the counting word
# `个` — a schema question, see SOURCES) and the policy-compliant birth rate (`达到90%以上`). The
# headline's `全省人口控制在3840万以内` restates the body's ceiling (ambiguous, as earlier sets keep a
# restating headline). Not targets: the birth rate `一直保持在7‰左右` is the present level; `约1000万人`
# fewer births and `近1000亿元` saved are the past; `20世纪70年代` a date; the ceilings' year is 2005.
D, R, Y = "bt01.txt", "黑龙江省", 2005
A += [
    T(D, "全省人口控制在3840万以内", "总人口", R, "<=", 38400000, "人", Y, "count", "down", ambiguous=True),
    T(D, "全省总人口控制在3840万以内", "总人口", R, "<=", 38400000, "人", Y, "count", "down"),
    T(D, "人口出生率控制在9.65‰以下", "人口出生率", R, "<=", 9.65, "‰", Y, "rate", "down"),
    T(D, "人口自然增长率控制在4.2‰以下", "人口自然增长率", R, "<=", 4.2, "‰", Y, "rate", "down"),
    T(D, "妇女总和生育率保持在1.3左右", "妇女总和生育率", R, "~", 1.3, "个", Y, "rate", "band"),
    T(D, "生育符合政策率达到90%以上", "生育符合政策率", R, ">=", 90, "%", Y, "rate", "up"),
]

# bt02 今日中国's copy of 中新网's 2014-02-10 item: the State Council's 中国食物与营养发展纲要(2014—2020年)
# and its aims for the control of nutritional disease by 2020. Region 全国 (`全国5岁以下儿童…`). Five
# ceilings (`控制在…以下`: `<=`, rate, down): stunting of children under 5, anaemia of the whole
# population, and, `其中`, of pregnant and lying-in women, of the elderly and of children under 5 (each
# its own indicator, as ar05 names the anaemia rates of a group). `增长速度明显下降` has no number;
# `基本消除` none. The figures are this outline's, not those of the 2017 national nutrition plan in set
# AR (two values coincide, 7% and 12%, in another document and wording). The magazine's `2014-01` issue
# and `2013年` in the trailer are dates.
D, R, Y = "bt02.txt", "全国", 2020
A += [
    T(D, "全国5岁以下儿童生长迟缓率控制在7%以下", "5岁以下儿童生长迟缓率", R, "<=", 7, "%", Y, "rate", "down"),
    T(D, "全人群贫血率控制在10%以下", "全人群贫血率", R, "<=", 10, "%", Y, "rate", "down"),
    T(D, "孕产妇贫血率控制在17%以下", "孕产妇贫血率", R, "<=", 17, "%", Y, "rate", "down"),
    T(D, "老年人贫血率控制在15%以下", "老年人贫血率", R, "<=", 15, "%", Y, "rate", "down"),
    T(D, "5岁以下儿童贫血率控制在12%以下", "5岁以下儿童贫血率", R, "<=", 12, "%", Y, "rate", "down"),
]

# bt03 a trade site's copy (traditional, 2016-11-12) of 人民日报's item on the national 十三五 eye-health
# plan (2016—2020). Region 全国 (`全國`), year 2020 (`到2020年底`). The cataract surgical rate per million
# people (`百萬人口白內障手術率達到2000以上`: 1/100万, rate, up, as af01 writes `百万人口…3500`) is stated
# twice: in the page's `核心提示` (occ 0, cut off at `農村貧困`) and in the body (occ 1). The body's is
# scored, the lead's restatement ambiguous (as ap04's two leads). The share of counties with a
# facility able to do cataract surgery on its own (`90%以上的縣`) is the second aim. Not targets: the
# falls of 27% and 16% (2014 against 2006), the rate of over 1500 in 2015 and its rise of 56% are
# achieved; `20162020年` is the plan's span run together; `50歲以上` an age band.
D, R, Y = "bt03.txt", "全国", 2020
A += [
    T(D, "全國百萬人口白內障手術率達到2000以上", "百万人口白内障手术率", R, ">=", 2000, "1/100万", Y, "rate",
      "up", ambiguous=True, occ=0),
    T(D, "全國百萬人口白內障手術率達到2000以上", "百万人口白内障手术率", R, ">=", 2000, "1/100万", Y, "rate",
      "up", occ=1),
    T(D, "90%以上的縣有醫療機構能夠獨立開展白內障復明手術", "能独立开展白内障复明手术的县比例", R, ">=", 90,
      "%", Y, "rate", "up"),
]

# bt04 番薯藤 (n.yam.com)'s copy (traditional) of 中央社's 2016-09-29 item on the mainland's 国家人权行动计划
# (2016—2020年) and its health aims for 2020. Region: the text names the country only as `中國大陸` and
# `大陸` (the document's own word, simplified: 中国大陆, as Taiwan's pages keep `台湾`; a schema question,
# see SOURCES). Year 2020 (`到2020年`, the plan's end). Scored: the rise of life expectancy by one year
# (`人均預期壽命增加1歲`: a change, indicator named for it, 岁, amount, as bq03's `提高1歲左右`), the fall
# of premature deaths from major chronic disease by 10% (`降低10%`: `>=` 10 %, up, as ii06's `较2015年
# 降低10%`), the TB incidence ceiling (`降至10萬分之58`: 58 1/10万, `<=`), the management rate of severe
# mental disorders (85%), and the two counts of people taking exercise (`達7億`, `達4.35億`: no counting
# word; 700000000 and 435000000 人, as bl03 writes 亿). Ambiguous: the headline's `5年後人均壽命增1歲`
# (restating the body), and the 30-minute primary-care circle and the 15-minute fitness circle of urban
# communities (time radii named as what is to be built: ambiguous, as aw06 and bc05). Not targets:
# `降低B型肝炎感染率`, `低流行水準`, `基本消除`, `全覆蓋` (no number); `1次及以上` is part of the
# indicator's definition; the dates are the item's; `黃子佼 徐巧芯 地震` is the site's hot-word bar.
D, R, Y = "bt04.txt", "中国大陆", 2020
A += [
    T(D, "5年後人均壽命增1歲", "人均预期寿命提高幅度", R, ">=", 1, "岁", Y, "amount", "up", ambiguous=True),
    T(D, "人均預期壽命增加1歲", "人均预期寿命提高幅度", R, ">=", 1, "岁", Y, "amount", "up"),
    T(D, "打造30分鐘基層醫療服務圈", "基层医疗服务圈时间半径", R, "<=", 30, "分钟", Y, "amount", "down",
      ambiguous=True),
    T(D, "重大慢性病過早死亡率降低10%", "重大慢性病过早死亡率下降幅度", R, ">=", 10, "%", Y, "rate", "up"),
    T(D, "肺結核發病率降至10萬分之58", "肺结核发病率", R, "<=", 58, "1/10万", Y, "rate", "down"),
    T(D, "嚴重精神障礙患者管理率達到85%", "严重精神障碍患者管理率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "城市社區15分鐘健身圈", "健身圈时间半径", R, "<=", 15, "分钟", Y, "amount", "down", scope="城市社区",
      ambiguous=True),
    T(D, "每週參加1次及以上體育鍛煉的人數達7億", "每周参加1次及以上体育锻炼人数", R, ">=", 700000000, "人", Y,
      "count", "up"),
    T(D, "經常參加體育鍛煉人數達4.35億", "经常参加体育锻炼人数", R, ">=", 435000000, "人", Y, "count", "up"),
]

# bt05 a news site's copy of 中新网's item (`广州1月12日电`; the item names no year of its own) on the
# press conference for 广东省卫生健康事业发展“十四五”规划. Region 广东省, year 2025 (`到2025年`). Scored, the
# plan's counts for 2025 (`计划打造…建设…遴选…打造`, count, up): national medical centres (`3个以上`,
# `>=`), national regional medical centres (15), national quality-control centres (3), provincial
# regional medical centres (`5个左右`: `~`, up, as bq02's `45%左右`), provincial key clinical specialties
# (`630个左右`: `~`), city-level specialist regional centres (30), and the academicians to be added,
# full-time (`2位至3位`: a range, `>=` 2 with value_max 3, unit 位 as written) and jointly appointed
# (`3位至4位`). Ambiguous: life expectancy `预计到2025年…将超过79岁` is the director's forecast (`预计`:
# ambiguous, as bb05's `預計可新增床位` and bh06's `預估`; `超过` → `>`), and the headline states it twice (title and
# repeated subhead, occ 0 and 1); `居民主要健康指标达到高收入国家平均水平` is a level by reference with
# no number (value null, ambiguous, as uu03 and bq01). Not targets: the 十三五 figures (77.1→78.4岁,
# 11.56→10.18/10万, 2.64→2.13‰) are achieved; the 50 high-level hospitals and five international centres
# date from 2018; `若干个` has no number; `5年内` is a span; the stray `11` is page furniture; the
# excerpt stops in `百名首席`.
D, R, Y = "bt05.txt", "广东省", 2025
A += [
    T(D, "广东预计5年内人均预期寿命超79岁", "人均预期寿命", R, ">", 79, "岁", Y, "amount", "up", ambiguous=True,
      occ=0),
    T(D, "预计到2025年,广东人均预期寿命将超过79岁", "人均预期寿命", R, ">", 79, "岁", Y, "amount", "up",
      ambiguous=True),
    T(D, "居民主要健康指标达到高收入国家平均水平", "居民主要健康指标", R, ">=", None, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "广东预计5年内人均预期寿命超79岁", "人均预期寿命", R, ">", 79, "岁", Y, "amount", "up", ambiguous=True,
      occ=1),
    T(D, "广东计划打造3个以上国家医学中心", "国家医学中心数", R, ">=", 3, "个", Y, "count", "up"),
    T(D, "15个国家区域医疗中心", "国家区域医疗中心数", R, ">=", 15, "个", Y, "count", "up"),
    T(D, "3个国家级医疗质量控制中心", "国家级医疗质量控制中心数", R, ">=", 3, "个", Y, "count", "up"),
    T(D, "建设5个左右省级区域医疗中心", "省级区域医疗中心数", R, "~", 5, "个", Y, "count", "up"),
    T(D, "遴选630个左右省级临床重点专科", "省级临床重点专科数", R, "~", 630, "个", Y, "count", "up"),
    T(D, "打造30个专科类市级区域医疗中心", "专科类市级区域医疗中心数", R, ">=", 30, "个", Y, "count", "up"),
    T(D, "新增2位至3位全职院士", "新增全职院士数", R, ">=", 2, "位", Y, "count", "up", value_max=3),
    T(D, "3位至4位双聘院士", "新增双聘院士数", R, ">=", 3, "位", Y, "count", "up", value_max=4),
]

# bt06 证券时报网's 2022-09-14 flash item (from 辽宁日报) on 辽宁省's scheme for the national breastfeeding
# action plan (2021-2025年). Region 辽宁省 (`辽宁省卫健委`, `全省`), year 2025 (`到2025年`). Scored: the core-
# knowledge awareness rate of mother-and-baby families (70%), the share of public places with mother-
# and-baby rooms (80%) and the exclusive breastfeeding rate within six months (50%; `6个月内` is part of
# the indicator). `基本建成标准化的母婴设施` has no number; `14个部门` counts who drew the scheme up.
D, R, Y = "bt06.txt", "辽宁省", 2025
A += [
    T(D, "母婴家庭母乳喂养核心知识知晓率达到70%以上", "母婴家庭母乳喂养核心知识知晓率", R, ">=", 70, "%", Y,
      "rate", "up"),
    T(D, "公共场所母婴设施配置率达到80%以上", "公共场所母婴设施配置率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "全省6个月内纯母乳喂养率达到50%以上", "6个月内纯母乳喂养率", R, ">=", 50, "%", Y, "rate", "up"),
]

# bt07 中国台湾网's mobile copy (traditional, 2020-06-08) of 人民日报海外版's item on the 2019 national health
# statistics bulletin: life expectancy, maternal and infant death rates, institutions, beds per thousand,
# staff, health spending and its shares, the public-health subsidy `從2018年55元提高至69元` and primary
# care's share of visits — all what 2019 reached (`提高到`, `下降到`, `增加到`, `達` of a past year), the
# spending total an estimate of the past year (`預計達`). No gold line: every prediction here is a false
# positive. The run `!豆珗蟆凤@示` is the mirror's mojibake of `《公報》顯示`, kept as the corpus gives it.

write_gold(A, HERE)
