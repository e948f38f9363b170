#!/usr/bin/env python3
"""Build hold-out set DP's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DP (gathered on main 669f2b8b, after session 26's merges, and annotated before any extractor run: the annotator
ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent). Its focus — the health
topics the held sets cover least (职业病, 卫生应急, 献血/血液, 控烟, 出生缺陷, 口腔, 精神卫生, 食品安全风险监测, 医疗废物,
急救/120, 集采/短缺药, and by a count of the SOURCES.md files also 母婴阻断, 癌症筛查, 学生近视, 狂犬病) — gave clean pages
for most of its topics, though many returned pages are held or named already (职业病, 献血, 出生缺陷, 医疗废物, 集采 gave
none clean with an aim): 山东's 2014 健康山东 round with its 2016 tobacco, salt and pupils' health aims (traditional,
converter glosses), 青海's 2019 食品安全风险监测 plan (sample and hospital counts; traditional), 湖南's 2015 severe
mental disorder relief (a people count and rebuilt institutions), an undated 北京 item on 120 stations in the main city
(a station count and response times; traditional), 深圳's 2019 free myopia screening of pupils (traditional, converter
glosses), 大连's 2025 六龄齿 sealing project (children and teeth), and 东南网's 2013 item on 福建's rural ambulances
(achieved figures only: the distractor).
Files dp01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a repeated paragraph) is ambiguous
(cn, cc05, dl01, dm05); a per-unit count in a Chinese numeral (`至少配備一輛急救車`) is ambiguous (df05, cx05, dm02);
a range on a down-indicator (`急救服務半徑縮小到2至5公裡`) is ambiguous (kk01: floor or band?); a fall in percentage
points is a floor on the fall (`个百分点`, `>=`, up: aa05, di); a service time or a salt intake is an amount (af04, an01,
an05); `万` counts keep their `万` (`万名`, `万颗`), and a head count with no counting word takes `万人` (BP, CX, dm06);
`约`/`左右` → `~`, `余` → `>=` (SCHEMA and earlier count lines); `今年` or `明年` with no year anywhere in the text takes
year null (cz, df01, dm01) — a reposting site's update stamp is not the plan's year; past and present figures, and
counts of institutions that take part this year, are no target or ambiguous (SCHEMA: counts that only describe the
present); a traditional page keeps its converter glosses (`衛(wèi)生`) as the corpus gave them, and a quote copies
them (dg, dm02).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dp01 a tobacco-trade portal's traditional mirror with converter glosses (0832.org.cn 11836) of 煙草在線's item of
# 2014-06-23, after 德州新聞網, on 山东's new 健康山东行动 round; the mirror's top menu kept, cut at `公共場(c` as
# returned. Region 山东省 (`山東省出臺…方案`), year 2016 (`即到2016年`). Scored: the adult male and female smoking
# rates (`降至50%以下`, `降至2%以下`: `<=`, down), salt intake `降至10克/日以下` (an amount, 克, as an01), pupils' eye
# checks `達(dá)到100%`, pupils' obesity `低于8%` (`<`) and the fall of caries `降低10個(gè)百分點(diǎn)` (a floor on
# the fall, `个百分点`, up). Not targets: `6月19日`, the dateline, `2014年06月23日`.
D, R, Y = "dp01.txt", "山东省", 2016
A += [
    T(D, "成年男性吸煙率降至50%以下", "成年男性吸烟率", R, "<=", 50, "%", Y, "rate", "down"),
    T(D, "成年女性吸煙率降至2%以下", "成年女性吸烟率", R, "<=", 2, "%", Y, "rate", "down"),
    T(D, "居民人均食鹽攝入量降至10克/日以下", "居民人均每日食盐摄入量", R, "<=", 10, "克", Y, "amount", "down"),
    T(D, "中小學(xué)生視力檢查率達(dá)到100%", "中小学生视力检查率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "肥胖率低于8%", "中小学生肥胖率", R, "<", 8, "%", Y, "rate", "down"),
    T(D, "齲齒患病率降低10個(gè)百分點(diǎn)", "中小学生龋齿患病率降低幅度", R, ">=", 10, "个百分点", Y, "rate", "up"),
]

# dp02 a spam-headed portal's traditional copy (waysl 13599404) of the item on 青海's 2019 food-safety risk monitoring
# plan; the portal's unrelated football headlines above the item and its closing `seo seo` dropped. Region 青海省
# (`青海省衛生健康委`, `本省`), year 2019 (`2019年確定本省…任務`). Scored: the year's monitoring task `共計1594份`, the
# `143份` samples added to the national task, the province's own `118份`, the pollutant monitoring total `1570份`, the
# radioactivity baseline `10份樣品` and the `599家` hospitals for food-borne disease monitoring (bare figures on
# up-counts: `>=`). Ambiguous: the two `7個縣(區)` (counts of places the text then names one by one). Not targets:
# `6部委`, `6部門`, `四項`, `3大類`, `17大類`, `2大類` (kinds of food), `四級`.
D, R, Y = "dp02.txt", "青海省", 2019
A += [
    T(D, "食品安全風險監測任務共計1594份", "食品安全风险监测任务数", R, ">=", 1594, "份", Y, "count", "up"),
    T(D, "擴增了143份樣品", "在国家任务基础上扩增监测样品数", R, ">=", 143, "份", Y, "count", "up"),
    T(D, "自定本省專項監測任務3大類食品118份樣品", "本省专项监测样品数", R, ">=", 118, "份", Y, "count", "up"),
    T(D, "共計17大類食品1570份樣品", "食品污染物及其有害因素监测样品数", R, ">=", 1570, "份", Y, "count", "up"),
    T(D, "在樂都、大通、湟中、互助、民和、門源、貴德7個縣(區)", "放射性污染本底监测县区数", R, ">=", 7, "个", Y,
      "count", "up", ambiguous=True),
    T(D, "2大類食品10份樣品開展放射性污染水平本底監測", "放射性污染水平本底监测样品数", R, ">=", 10, "份", Y, "count",
      "up"),
    T(D, "在大通、湟源、湟中、互助、化隆、民和、樂都7個縣(區)", "营养包营养安全指标监测贫困县区数", R, ">=", 7, "个", Y,
      "count", "up", ambiguous=True),
    T(D, "在全省599家醫療機構開展食源性疾病病例監測", "食源性疾病病例监测医疗机构数", R, ">=", 599, "家", Y, "count",
      "up"),
]

# dp03 红网's copy (moment.rednet 86149) of 长沙晚报/三湘都市报's item of 2015-04-03 on 湖南's 重点民生实事 for severe
# mental disorders. Region 湖南省 (`全省`, `湖南`), year 2015 (`2015年湖南重点民生实事项目`, `今年`). Scored: `今年全省将
# 救治救助严重精神障碍患者11000人` and `改扩建精神卫生服务机构20家`. Ambiguous: the headline's `救助1.1万严重精神病患`
# (told again; no counting word: 万人). Not targets: `14市州`, the 2014 figures (`5144名`, `20家…改扩建`, `1644张`,
# `24.4万人`, `3.65‰`), the national `3.5‰` (a standard already passed), `第4名`.
D, R, Y = "dp03.txt", "湖南省", 2015
A += [
    T(D, "湖南将救助1.1万严重精神病患", "救治救助严重精神障碍患者人数", R, ">=", 1.1, "万人", Y, "count", "up",
      ambiguous=True),
    T(D, "今年全省将救治救助严重精神障碍患者11000人", "救治救助严重精神障碍患者人数", R, ">=", 11000, "人", Y, "count",
      "up"),
    T(D, "改扩建精神卫生服务机构20家", "改扩建精神卫生服务机构数", R, ">=", 20, "家", Y, "count", "up"),
]

# dp04 a reposting site's traditional copy (m.tftnews 9479438; its update stamp 2024-10-13, not the plan's) of an
# undated item on 北京's 120 network in the main city (`11月8日`, `明年六七月份`; no year written). Region 北京市
# (`北京市主城區`), scope 主城区, year null. Scored: `增設105個急救站點`, `四環以内急救車10分鐘内可到達現場` (`<=`,
# amount, down) and `五六環之間反應時間也在10分鐘左右` (`~`). Ambiguous: `136個街道都将至少配備一輛急救車` and `每個新設
# 站點還将配備一輛急救車` (per-unit counts in a Chinese numeral), `急救服務半徑縮小到2至5公裡` (a range on a
# down-indicator), `各站點都有12個名工作人員` (a per-station staffing rule) and `105個站點預計明年六七月份建成` (told
# again). Not targets: the present `31個`, `4至7公裡`, `13分鐘`, `4醫4護4司機`.
D, R, Y = "dp04.txt", "北京市", None
A += [
    T(D, "主城區将增設105個急救站點", "新增急救站点数", R, ">=", 105, "个", Y, "count", "up", scope="主城区"),
    T(D, "136個街道都将至少配備一輛急救車", "每个街道急救车配备数", R, ">=", 1, "辆", Y, "count", "up",
      scope="主城区", ambiguous=True),
    T(D, "急救服務半徑縮小到2至5公裡", "急救服务半径", R, "<=", 2, "公里", Y, "amount", "down", scope="主城区",
      value_max=5, ambiguous=True),
    T(D, "四環以内急救車10分鐘内可到達現場", "急救车到达现场时间", R, "<=", 10, "分钟", Y, "amount", "down",
      scope="四环以内"),
    T(D, "五六環之間反應時間也在10分鐘左右", "急救反应时间", R, "~", 10, "分钟", Y, "amount", "down",
      scope="五六环之间"),
    T(D, "每個新設站點還将配備一輛急救車", "新设急救站点急救车配备数", R, ">=", 1, "辆", Y, "count", "up",
      scope="主城区", ambiguous=True),
    T(D, "各站點都有12個名工作人員", "急救站点工作人员数", R, ">=", 12, "名", Y, "count", "up", scope="主城区",
      ambiguous=True),
    T(D, "105個站點預計明年六七月份建成", "新增急救站点数", R, ">=", 105, "个", Y, "count", "up", scope="主城区",
      ambiguous=True),
]

# dp05 a spam-headed traditional mirror with converter glosses (daabt 21667209) of 深圳新聞網's copy of 晶報's item of
# 2019-04-23 on 深圳's free myopia screening; the mirror's spam line and empty tags above the item dropped, cut at
# `進一` as returned. Region 深圳市 (`深圳市`, `全市`), year 2019 (`2019年市政府民生實事項目`, `從今年9月1日起`).
# Scored: the lead's `約156萬名5-18歲的學生免費篩查近視` (`~`, 万名). Ambiguous: the same sentence in the next
# paragraph (told again). Not targets: the 2017-2018 rates (`50.76%`, `43.6%`, `75.3%`, `82.9%`), `90%以上` (a share of
# causes), `四十多家` (hospitals already joined), `5-18歲` (an age band).
D, R, Y = "dp05.txt", "深圳市", 2019
A += [
    T(D, "將為全市約156萬名5-18歲的學生免費篩查近視", "学生免费近视筛查人数", R, "~", 156, "万名", Y, "count", "up",
      occ=0),
    T(D, "將為全市約156萬名5-18歲的學生免費篩查近視", "学生免费近视筛查人数", R, "~", 156, "万名", Y, "count", "up",
      occ=1, ambiguous=True),
]

# dp06 a portal's copy (elwz eV2r7YPJEO; the same text on m.mcoj78 oGlyBDdKbA) of 大连交通广播's item on 大连's 2025
# 六龄齿 free sealing project, cut at `预约即可` as returned. Region 大连市 (`大连`, `大连市`), year 2025 (`2025年`,
# `今年`). Scored: `4万余名7至9周岁适龄儿童提供免费口腔健康检查` and `9万余颗牙齿进行窝沟封闭` (`余` → `>=`; 万名,
# 万颗). Ambiguous: `39家定点医疗机构参与` (institutions taking part this year: present or aim?). Not targets: the
# national survey's `62.5%` and `41.9%`, `2012年`, `14年`, `7至9周岁`, `7周岁`, `10周岁` (ages).
D, R, Y = "dp06.txt", "大连市", 2025
A += [
    T(D, "今年大连共有39家定点医疗机构参与", "六龄齿窝沟封闭项目定点医疗机构数", R, ">=", 39, "家", Y, "count",
      "up", ambiguous=True),
    T(D, "将为大连4万余名7至9周岁适龄儿童提供免费口腔健康检查", "适龄儿童免费口腔健康检查人数", R, ">=", 4, "万名", Y,
      "count", "up"),
    T(D, "对9万余颗牙齿进行窝沟封闭", "窝沟封闭牙齿数", R, ">=", 9, "万颗", Y, "count", "up"),
]

# dp07 the distractor: 东南网's item (fjnews.fjsen 11508971) of 2013-05-28 on 福建's rural ambulances; its mood box
# and related-news headlines dropped. Achieved figures only: `46辆` handed to `25所` county bodies, `49所` and `90辆`
# in 2011–2012; `2013年将继续…配置救护车` and `力争通过三年建设` carry no figure. No gold line: every prediction here
# is a false positive.

write_gold(A, HERE)
