#!/usr/bin/env python3
"""Build hold-out set CR's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CR (gathered on main 77aed926, beside the other sets of the round gathered at the same time in
/work/wt/gco … /work/wt/gct, and annotated before any extractor run: the annotator ran none on these texts;
it is to be scored once by the lead engineer, so the set is unspent): health-adjacent plans that a health
bureau also tracks — nutrition, tobacco control, fitness, health literacy and food safety — of provinces,
cities and a district, 2017–2025: a news item on 青岛市's draft 国民营养计划 (anaemia, folic acid, stunting,
salt, oil and obesity aims for 2020; traditional with pinyin junk), a tobacco site's item on 郑州市's 2022 aim
for smoke-free party and government offices (told three times, beside a 2022 aim already met), a repost of
金华市's 全民健康素养提升工程 (2017–2020: literacy, knowledge, behaviour, exercise, adult smoking, health-promoting
schools and hospitals, lectures), a district government's reading of 枣庄市市中区's 全民健身 plan (2025), a news
item on 江苏省's 十四五 sports plan (traditional: area, instructors, exercise, fitness, industry size), a news item
on 河南省's 食品安全省 plan (traditional: sampling pass rates, model cities and counties, satisfaction, for 2020
and 2022) and 武汉市's 2022 tobacco-control results (achieved figures told with aim words: the distractor).
Files cr01.txt…, so no name clashes with the seeds, the development set or the other sets.
It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a relative rise or fall with no base figure (`在现有基础上提高20%`,
`较现有水平降低10%`, `下降3%`) is its own line named for the change (`…提高幅度`, `…降低幅度`), `>=`, up, unit `%`
as written (ar04's `人均每日食鹽攝入量降低20%`, c04, gg03); `左右` on an intake that should be low is `~` with
direction down (the `~` lines of earlier sets keep the indicator's own direction); a share written as a fraction
(`三分之一以上`) is a percentage, 33.33 `%` (SCHEMA), and `一半以上` is 50 `%`; per-capita sports area is an amount in
`平方米`, instructors per thousand a count in `名` (the national 全民健身 lines of earlier sets); an aim given only
by reference (`高于全国平均水平`, `高于全省平均水平`) is a line with value null, marked ambiguous (SCHEMA); a
headline, sub-head or lead that restates an aim scored in the body is ambiguous (cc05, cn); one number for two
indicators (`…覆盖率、…覆盖率均达100%`) is one line with the joint name (SCHEMA); at most 10 scored lines a page.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402

A = []

# cr01 a portal's copy (quan886, traditional with the mirror's pinyin junk `(wǎng)`, `(yǎng)` left in) of 青岛新闻网's
# item (`1月8日`) on 青岛市's draft 国民营养计划 (`代擬稿`, posted by the city's 卫计委 for comment). Region 青岛市
# (named), year 2020 (`到2020年的具體目標有`); the 2030 aims carry no figure. Scored, the nine figures of the 2020
# list: anaemia of under-fives, pregnant women and the elderly (`控制在…以下`, `下降至…以下` → `<=`, down), folic-acid
# supplementation of pregnant women (`達到95%以上`, up), stunting of rural pupils (`保持在5%以下`, indicator
# 中小学生生长迟缓率 with scope 农村, as ar04 reads the national line), nutrition-knowledge awareness `在現有基礎上提高
# 20%` and salt intake `較現有水平降低10%` (relative changes, named for the change, up), oil intake `控制在34克左右`
# (`~`, amount in 克, down) and adult obesity `下降3%` (a fall named for it, up; the text does not say whether 3 is
# a relative fall or points: `%` as written). Borderline: `老年人群貧血率下降至10%以下` copies the national plan's
# wording and figure word for word (ar04 has it too), as local plans do; the page is otherwise its own. Not
# targets: `1月8日`, `2020年`/`2030年` alone, `互聯網+`, `1000天` and `5項重大行動` (names and the list's own count),
# `提高住院病人營養篩查率…` (no number).
D, R, Y = "cr01.txt", "青岛市", 2020
A += [
    T(D, "5歲以下兒童貧血率控制在4%以下", "5岁以下儿童贫血率", R, "<=", 4, "%", Y, "rate", "down"),
    T(D, "孕婦貧血率下降至7%以下", "孕妇贫血率", R, "<=", 7, "%", Y, "rate", "down"),
    T(D, "老年人群貧血率下降至10%以下", "老年人群贫血率", R, "<=", 10, "%", Y, "rate", "down"),
    T(D, "孕婦葉酸補充率達到95%以上", "孕妇叶酸补充率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "農(nóng)村中小學生生長遲緩率保持在5%以下", "中小学生生长迟缓率", R, "<=", 5, "%", Y, "rate", "down",
      scope="农村"),
    T(D, "居民營養(yǎng)健康知識知曉率在現(xiàn)有基礎上提高20%", "居民营养健康知识知晓率提高幅度", R, ">=", 20, "%", Y,
      "rate", "up"),
    T(D, "全市人均每日食鹽攝入量較現(xiàn)有水平降低10%", "人均每日食盐摄入量降低幅度", R, ">=", 10, "%", Y, "rate",
      "up"),
    T(D, "人均每日油攝入量控制在34克左右", "人均每日油摄入量", R, "~", 34, "克", Y, "amount", "down"),
    T(D, "成人肥胖率下降3%", "成人肥胖率下降幅度", R, ">=", 3, "%", Y, "rate", "up"),
]

# cr02 a tobacco-industry news site's copy (2022-08-26, 正观新闻 source) of 郑州市's 2022 aim for smoke-free party
# and government offices. Region 郑州市 (`全市`, named), year 2022. The one aim is told three times: the headline,
# the lead (`2022年郑州要实现实现全市各级无烟党政机关覆盖率100%`, the page's doubled 实现 kept) and the closing
# paragraph; the lead is scored (`实现…100%` → `>=`, up), the headline and the closing restatement are ambiguous.
# Ambiguous also: `提前完成2022年低于24.5%目标` — the 健康郑州 aim for adult smoking (`低于` → `<`, down) cited as
# already met by 2021's 22.39%: an aim of the city for 2022 with its figure, but told as a result. Not targets:
# 22.39% (2021's rate), `785个`, `1275个`, `1195个`, `282个` (offices, units, schools and facilities made smoke-free so
# far), `三类场所`/`三类人群` (the text's own groups), the dates.
D, R, Y = "cr02.txt", "郑州市", 2022
A += [
    T(D, "2022年河南郑州要实现无烟党政机关覆盖率100%", "无烟党政机关覆盖率", R, ">=", 100, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "郑州要实现实现全市各级无烟党政机关覆盖率100%", "无烟党政机关覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "提前完成2022年低于24.5%目标", "15岁及以上成人吸烟率", R, "<", 24.5, "%", Y, "rate", "down",
      ambiguous=True),
    T(D, "2022年要实现全市各级无烟党政机关覆盖率100%", "无烟党政机关覆盖率", R, ">=", 100, "%", Y, "rate", "up",
      ambiguous=True),
]

# cr03 a job site's repost (3haojob, dated 2021-12-26 by the site) of a news item on 金华市's 《全民健康素养提升工程》实施
# 方案(2017—2020年); the corpus cuts it inside the lecture paragraph (`流动人口`, kept). Region 金华市 (named, `我市`),
# year 2020 (each aim `到2020年`; the lecture and coverage aims of the same plan are given the plan's end year too,
# though `每年` makes them yearly). Scored: health literacy `达24%以上`, knowledge awareness `达85%以上`, healthy
# behaviour `达80%以上`, urban residents' regular exercise `达30%以上` (scope 城市居民), adult smoking `控制在25%以下`
# (`<=`, down; the body's line), health-promoting schools and, in 二级以上医院, health-promoting hospitals (60 % each),
# the lecturer groups' coverage of counties and of townships `均达100%` (one number for two indicators: one line
# with the joint name, SCHEMA) and `每个县(市、区)每年组织开展健康讲座至少100场` (`至少` → `>=`, count in 场, scope
# 每个县(市、区)). Ambiguous: the sub-head `到2020年,成年人吸烟率控制在25%以下` (the body's aim told again; the same
# words recur in the body, hence occ=). Not targets: `2017—2020年` (the plan's span), `2018年12月`/`2020年12月`
# (evaluation dates), `2015年版`, `千场健康讲座进基层` (a campaign's name).
D, R, Y = "cr03.txt", "金华市", 2020
A += [
    T(D, "到2020年,成年人吸烟率控制在25%以下", "成年人吸烟率", R, "<=", 25, "%", Y, "rate", "down", ambiguous=True,
      occ=0),
    T(D, "全市居民健康素养水平达24%以上", "居民健康素养水平", R, ">=", 24, "%", Y, "rate", "up"),
    T(D, "全市居民基本及重点卫生防病知识知晓率达85%以上", "居民基本及重点卫生防病知识知晓率", R, ">=", 85, "%", Y,
      "rate", "up"),
    T(D, "居民健康行为形成率达80%以上", "居民健康行为形成率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "城市居民经常参加体育锻炼的人数比例达30%以上", "经常参加体育锻炼人数比例", R, ">=", 30, "%", Y, "rate", "up",
      scope="城市居民"),
    T(D, "到2020年,成年人吸烟率控制在25%以下", "成年人吸烟率", R, "<=", 25, "%", Y, "rate", "down", occ=1),
    T(D, "健康促进学校覆盖率达60%以上", "健康促进学校覆盖率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "二级以上医院健康促进医院覆盖率达60%以上", "健康促进医院覆盖率", R, ">=", 60, "%", Y, "rate", "up",
      scope="二级以上医院"),
    T(D, "市级讲师团县(市、区)覆盖率、县级讲师团乡镇覆盖率均达100%", "市级讲师团县(市、区)覆盖率和县级讲师团乡镇覆盖率",
      R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "每个县(市、区)每年组织开展健康讲座至少100场", "每年健康讲座场次", R, ">=", 100, "场", Y, "count", "up",
      scope="每个县(市、区)"),
]

# cr04 枣庄市市中区人民政府's site: a 媒体解读 (市中融媒 source, 2022-05) of the district's 全民健身实施计划(2021—2025年).
# Region 市中区 (the district of 枣庄市, `我区`; its GB/T 2260 name), year 2025 (`到2025年`). Scored: regular exercise
# `达到42%以上`, per-capita sports area `达到2.8平方米以上` (amount in 平方米) and public-welfare sports instructors per
# thousand `达3.2名以上` (count in 名), all `>=`, up. Ambiguous: `城乡居民国民体质测定合格率高于全省平均水平` (an aim
# given only by reference to the province: value null, `>`). Not targets: `15分钟健身圈`, `10分钟健身圈` (names of a
# walking-distance norm), `2021—2025年`, `5月16日`.
D, R, Y = "cr04.txt", "市中区", 2025
A += [
    T(D, "经常参加体育锻炼的人数比例达到42%以上", "经常参加体育锻炼人数比例", R, ">=", 42, "%", Y, "rate", "up"),
    T(D, "城乡居民国民体质测定合格率高于全省平均水平", "城乡居民国民体质测定合格率", R, ">", None, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "人均体育场地面积达到2.8平方米以上", "人均体育场地面积", R, ">=", 2.8, "平方米", Y, "amount", "up"),
    T(D, "每千人拥有公益社会体育指导员数达3.2名以上", "每千人拥有公益社会体育指导员数", R, ">=", 3.2, "名", Y, "count",
      "up"),
]

# cr05 a mirror (updyy, traditional) of 人民网江苏频道's item (2021-11-18, 江苏广电 source) on the province's 体育发展
# “十四五”规划. Region 江苏省 (`全省`, named), year 2025 (the end of 十四五; the text gives no other year). Scored,
# the body's eight aims: per-capita sports area `達到3.6平方米` (amount, 平方米), instructors per thousand `3.6名`
# (a bare number: implied 达到, count in 名), regular exercise `達43%以上`, residents reaching the 国民体质 standard
# `超過93.8%` (`>`), pupils' fitness-test pass rate `達95%以上`, the sports industry's size `超過7200億元` (`>`, amount
# in 亿元), its value added `占…地區生產總值2%以上` and the service share of that value added `超過70%` (`>`). Ambiguous:
# the headline, the 原標題 and the sub-head, each `實現人均體育場地面積3.6平方米` (the body's aim told again), the
# sub-head `體育產業總規模超過7200億元` (likewise), and `掌握1至2項運動技能` (a skill norm for each young person, a
# range of 1–2 项: not a figure a bureau charts; kept unscored). Not targets: `十四五`, the date and time.
D, R, Y = "cr05.txt", "江苏省", 2025
A += [
    T(D, "江蘇將實現人均體育場地面積3.6平方米", "人均体育场地面积", R, ">=", 3.6, "平方米", Y, "amount", "up",
      ambiguous=True),
    T(D, "規劃出臺 實現人均體育場地面積3.6平方米", "人均体育场地面积", R, ">=", 3.6, "平方米", Y, "amount", "up",
      ambiguous=True),
    T(D, "【實現人均體育場地面積3.6平方米】", "人均体育场地面积", R, ">=", 3.6, "平方米", Y, "amount", "up",
      ambiguous=True),
    T(D, "江蘇要實現人均體育場地面積達到3.6平方米", "人均体育场地面积", R, ">=", 3.6, "平方米", Y, "amount", "up"),
    T(D, "全省每千人擁有社會體育指導員3.6名", "每千人拥有社会体育指导员数", R, ">=", 3.6, "名", Y, "count", "up"),
    T(D, "經常參加體育鍛煉人數比例達43%以上", "经常参加体育锻炼人数比例", R, ">=", 43, "%", Y, "rate", "up"),
    T(D, "城鄉居民達到《國民體質測定標準》合格以上人數比例超過93.8%", "城乡居民达到《国民体质测定标准》合格以上的人数比例",
      R, ">", 93.8, "%", Y, "rate", "up"),
    T(D, "掌握1至2項運動技能", "青少年掌握运动技能项数", R, ">=", 1, "项", Y, "count", "up", scope="青少年",
      value_max=2, ambiguous=True),
    T(D, "學生體質健康測試合格率達95%以上", "学生体质健康测试合格率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "【體育產業總規模超過7200億元】", "体育产业总规模", R, ">", 7200, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "全省體育產業總規模要超過7200億元", "体育产业总规模", R, ">", 7200, "亿元", Y, "amount", "up"),
    T(D, "增加值占全省地區生產總值2%以上", "体育产业增加值占地区生产总值比重", R, ">=", 2, "%", Y, "rate", "up"),
    T(D, "服務業增加值占體育產業增加值的比重超過70%", "体育服务业增加值占体育产业增加值比重", R, ">", 70, "%", Y,
      "rate", "up"),
]

# cr06 a Sina-style portal's copy (simfy, traditional; 猛犸新闻·东方今报, 2019-01-27) of 河南省's 食品安全省建设规划
# (2019—2022年); the corpus cuts it inside the traceability paragraph (`有機農產品和農`, kept). Region 河南省 (`我省`,
# `全省`, named). Two steps: 2020 and 2022. Scored, the ten aims of the body's two lists: for 2020 the assessed
# pass rate of the province's main farm produce (`穩定在97%以上`), processed food's sampling pass rate (`98%以上`), the
# share of prefecture cities meeting the national food-safety model-city standard and of counties meeting the
# national farm-produce-safety county standard (`三分之一以上` → 33.33 %, `>=`, rates, up) and public satisfaction
# (`達到70%以上`); for 2022 the same five at 98 %, 99 %, `一半以上` (50 %), `一半以上` (50 %) and 80 %. Ambiguous: the
# 原標題 `2022年群眾滿意度要達80%以上`, the lead's `公眾對食品安全總體滿意度達70%以上` and `2022年達80%以上`, the sub-head
# `2020年,食品安全總體滿意度達70%以上` (the lists' aims told before them), and `全省食品安全抽檢合格率高于全國平均水平`
# (an aim by reference to the nation: value null, `>`). Not targets: `2019—2022年` (the plan's span), `1月26日`,
# `未來4年`, `3~5年` (spans), `七件事`, `兩步走`, `三品一標` (names).
D, R = "cr06.txt", "河南省"
SAT = "人民群众对食品安全总体满意度"
CITY = "达到国家食品安全示范城市标准的省辖市比例"
CNTY = "达到国家农产品质量安全县标准的县(市、区)比例"
A += [
    T(D, "2022年群眾滿意度要達80%以上", SAT, R, ">=", 80, "%", 2022, "rate", "up", ambiguous=True),
    T(D, "公眾對食品安全總體滿意度達70%以上", SAT, R, ">=", 70, "%", 2020, "rate", "up", ambiguous=True),
    T(D, "2022年達80%以上", SAT, R, ">=", 80, "%", 2022, "rate", "up", ambiguous=True),
    T(D, "2020年,食品安全總體滿意度達70%以上", SAT, R, ">=", 70, "%", 2020, "rate", "up", ambiguous=True),
    T(D, "全省食品安全抽檢合格率高于全國平均水平", "食品安全抽检合格率", R, ">", None, "%", 2020, "rate", "up",
      ambiguous=True),
    T(D, "我省生產主要農產品質量安全評價性抽檢合格率穩定在97%以上", "主要农产品质量安全评价性抽检合格率", R, ">=", 97,
      "%", 2020, "rate", "up"),
    T(D, "我省加工食品抽檢合格率穩定在98%以上", "加工食品抽检合格率", R, ">=", 98, "%", 2020, "rate", "up"),
    T(D, "三分之一以上的省轄市達到國家食品安全示范城市標準", CITY, R, ">=", 33.33, "%", 2020, "rate", "up"),
    T(D, "三分之一以上的縣(市)區達到國家農產品質量安全縣標準", CNTY, R, ">=", 33.33, "%", 2020, "rate", "up"),
    T(D, "人民群眾對食品安全總體滿意度達到70%以上", SAT, R, ">=", 70, "%", 2020, "rate", "up"),
    T(D, "我省生產農產品質量安全評價性抽檢合格率穩定在98%以上", "农产品质量安全评价性抽检合格率", R, ">=", 98, "%",
      2022, "rate", "up"),
    T(D, "我省加工食品抽檢合格率穩定在99%以上", "加工食品抽检合格率", R, ">=", 99, "%", 2022, "rate", "up"),
    T(D, "一半以上的省轄市達到國家食品安全示范城市標準", CITY, R, ">=", 50, "%", 2022, "rate", "up"),
    T(D, "一半以上的縣(市)區達到國家農產品質量安全縣標準", CNTY, R, ">=", 50, "%", 2022, "rate", "up"),
    T(D, "人民群眾對食品安全總體滿意度達到80%以上", SAT, R, ">=", 80, "%", 2022, "rate", "up"),
]

# cr07 the distractor: a tobacco-industry site's copy (0832.org.cn, traditional; 极目新闻, 2023-06-15) of 武汉市's
# tobacco-control results since its 2020 regulation, then the 2023 World No Tobacco Day event; the corpus cuts it
# mid-sentence (kept). Every figure is 2022's result told with aim words: health literacy `提升至35.8%`, smoke-free
# party and government offices `創建率達到98%`, medical facilities and schools `創建率100%`, adult smoking `控制在
# 19.72%,低于全國平均水平` (the headline too). No gold line: every prediction here is a false positive.

if __name__ == "__main__":
    write_gold(A, HERE)
