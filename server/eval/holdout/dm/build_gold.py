#!/usr/bin/env python3
"""Build hold-out set DM's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DM (gathered on main a72873e6, after the merge of set DL, and annotated before any extractor run: the annotator
ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent). Its focus — township
and 社区/街道 work plans and county 卫生局 plans of 2003–2012 — gave no clean page with a figure (every such page
returned is held or named by an earlier set), so the set was widened, as the common rules allow, to any health topic
and level, keeping old years and low levels where clean pages came back: 荆门's 2018 厕所革命 item (the 2020
coverage, the three-year and this year's toilet counts; more aims than the cap of ten), 廊坊's 2018 children's oral
health project (traditional script with converter glosses: the sealant rate and the retention rate), part of a
上海 district's 健康城区 plan (no name and no year left in the part returned: annual counts of model communities and
units), 新华社's 2006 item on 陕西's AIDS laboratories (no year in the text), 兰州晨报's 2006 item on 甘肃's
methadone clinics by 2008 (told again in the headline), 吉林's 2016 free vision screening of children under seven
(a two-year count, equipment for two kinds of institutions, a budget), and a 街道's 计划生育 year-end report (a
template site's copy; achieved figures only: the distractor).
Files dm01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a later sentence) is ambiguous (cn,
cc05, df03, dl01); past the cap of ten scored lines a page the rest are ambiguous in the text's order (DE, DG, dl05);
`今年` with no year anywhere in the text takes year null (cz, df01, dl02) — the address's year is not used; a bare
figure or `完成N` on an up-indicator is `>=` (SCHEMA); a range on a count is `>=` with value and value_max, `左右` on a
count is `~`, up (SCHEMA, as earlier count lines); counts keep the counting word as written, `万` counts their `万`
(`万座`, `万户`: SCHEMA's conversion), and a head count with no counting word takes `万人` (BP, CX, dg04); a
per-unit count whose unit is a small number in a Chinese numeral is ambiguous (df05's `有三项`, cx05); money a plan
sets aside (`计划…投入3300万`) is ambiguous (as the `安排…万元`, `投入…万元` lines of earlier sets); past and present
figures are no target (SCHEMA); a traditional page keeps its converter glosses (`動(dòng)態(tài)`) as the corpus gave
them, and a quote copies them (dg).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dm01 荆门's 长江云 site (m-jingmen.cjyun.org) with the city's item on its 厕所革命 three-year action (after `荆门市
# 政府网`; no date in the text or the address; `到2020年` ends the three years). Region 荆门市 (`荆门市`, `全市`).
# Scored, the first ten in the text's order: the 2020 coverage `将达到100%` (year 2020), the three-year counts
# (`32万座` household toilets, `1425座` rural, `145座` city, `245座` township, `21座` roadside, `50座` scenic public
# toilets; year 2020, the end of `通过三年努力`), and this year's `9.6万户以上` household toilets, `430座` rural
# public toilets and `71座以上` town public toilets (year null: `今年`, no year written). Ambiguous: the headline's
# `今年完成9.6万户以上…` (told again), the second `到2020年…普及率达到100%` (told again), and this year's `13座`
# roadside and `15座` scenic toilets (past the cap). Not targets: `四个三重大生态工程` and `三年` (names and span).
D, R = "dm01.txt", "荆门市"
A += [
    T(D, "今年完成9.6万户以上无害化厕所改造", "农户无害化厕所改造数", R, ">=", 9.6, "万户", None, "count", "up",
      ambiguous=True),
    T(D, "全市农村无害化厕所普及率将达到100%", "农村无害化厕所普及率", R, ">=", 100, "%", 2020, "rate", "up"),
    T(D, "完成全市32万座农户无害化厕所", "农户无害化厕所建设改造数", R, ">=", 32, "万座", 2020, "count", "up"),
    T(D, "1425座农村公共厕所", "农村公共厕所建设改造数", R, ">=", 1425, "座", 2020, "count", "up"),
    T(D, "145座城市公共厕所", "城市公共厕所建设改造数", R, ">=", 145, "座", 2020, "count", "up"),
    T(D, "245座乡镇公共厕所", "乡镇公共厕所建设改造数", R, ">=", 245, "座", 2020, "count", "up"),
    T(D, "21座交通沿线厕所", "交通沿线厕所建设改造数", R, ">=", 21, "座", 2020, "count", "up"),
    T(D, "50座旅游景点景区公共厕所", "旅游景点景区公共厕所建设改造数", R, ">=", 50, "座", 2020, "count", "up"),
    T(D, "全市农村无害化厕所普及率达到100%", "农村无害化厕所普及率", R, ">=", 100, "%", 2020, "rate", "up",
      ambiguous=True),
    T(D, "今年全市要完成9.6万户以上农户无害化厕所改造", "农户无害化厕所改造数", R, ">=", 9.6, "万户", None,
      "count", "up"),
    T(D, "430座农村公共厕所建设改造", "农村公共厕所建设改造数", R, ">=", 430, "座", None, "count", "up"),
    T(D, "新建和改扩建71座以上城镇公共厕所", "城镇公共厕所新建和改扩建数", R, ">=", 71, "座", None, "count", "up"),
    T(D, "建设改造13座交通沿线厕所", "交通沿线厕所建设改造数", R, ">=", 13, "座", None, "count", "up",
      ambiguous=True),
    T(D, "新建和改扩建15座旅游景点景区公共厕所", "旅游景点景区公共厕所新建和改扩建数", R, ">=", 15, "座", None,
      "count", "up", ambiguous=True),
]

# dm02 a spam-titled portal's copy (2017synchroworlds) of 廊坊's item of 3月9日 2018 on the city's children's oral
# health project, in traditional script with converter glosses (`動(dòng)態(tài)`); its `上一篇`/`下一篇` links dropped.
# Region 廊坊市 (`2018年廊坊市…`, `我市`), year 2018. Scored: the sealant rate among children fit for it `窩溝封閉率
# 不低于90%` (scope 符合窝沟封闭适应症儿童) and the retention rate `封閉完好率不低于85%` (`不低于` → `>=`).
# Ambiguous: `氟防齲二次` (a per-child count in a Chinese numeral, scope 3~6岁适龄儿童). Not targets: the age bands
# (`7~9歲`, `3~6歲`), `二到四年級`, `一次` (one check-up, the visit itself), the 2012 survey's `62.8%`, `2015年`, and
# the 2017 figures (`40637人次`, `6000人次`, `238所`, `35495顆`, `11366人`, `5000顆`, `1538人`, `77所`).
D, R, Y = "dm02.txt", "廊坊市", 2018
A += [
    T(D, "氟防齲二次", "氟化物防龋次数", R, ">=", 2, "次", Y, "count", "up", scope="3~6岁适龄儿童",
      ambiguous=True),
    T(D, "符合窩溝封閉適應(yīng)癥兒童的窩溝封閉率不低于90%", "窝沟封闭率", R, ">=", 90, "%", Y, "rate", "up",
      scope="符合窝沟封闭适应症儿童"),
    T(D, "封閉完好率不低于85%", "窝沟封闭完好率", R, ">=", 85, "%", Y, "rate", "up"),
]

# dm03 a law mirror's second page (fymate 17406297_2) of a 上海 district's 建设健康城区 three-year plan (`本区南北差异`,
# `来沪人员`; the district's name and the plan's years are on the page not returned), cut at `在`. Region 全区 (the
# text's own word; 上海 only shows through `来沪`, and the district not at all), year null (no year in the part
# returned). Scored: `每年评选出2-3个健康社区先进` (a range: `>=` 2, value_max 3), `选定200个左右单位参与…`
# (`左右` → `~`) and `每年评选出20个先进单位`. Not targets: `三年` (the plan's span), the section numbers.
D, R, Y = "dm03.txt", "全区", None
A += [
    T(D, "每年评选出2-3个健康社区先进", "健康社区先进评选数", R, ">=", 2, "个", Y, "count", "up", value_max=3),
    T(D, "在全区选定200个左右单位参与建设健康单位活动", "参与建设健康单位活动的单位数", R, "~", 200, "个", Y,
      "count", "up"),
    T(D, "每年评选出20个先进单位", "健康单位先进评选数", R, ">=", 20, "个", Y, "count", "up"),
]

# dm04 浙江在线's copy (china.zjol) of 新华社's item of 12月1日 (the address gives 2006; the text writes no year) on
# 陕西's AIDS work, cut after the item (a table bar `|` left). Region 陕西省, year null (`今年年内`, no year in the
# text). Scored: `今年年内陕西省将完成3个艾滋病确证实验室` and `全省县级艾滋病检测实验室将达到73个` (counts, `>=`).
# Not targets: `54个县` and `15个…门诊` (the present programme), `2000多名`, `1992年`, `647例`, `189例`, `32.18%`.
D, R, Y = "dm04.txt", "陕西省", None
A += [
    T(D, "今年年内陕西省将完成3个艾滋病确证实验室", "艾滋病确证实验室建成数", R, ">=", 3, "个", Y, "count", "up"),
    T(D, "全省县级艾滋病检测实验室将达到73个", "县级艾滋病检测实验室数", R, ">=", 73, "个", Y, "count", "up"),
]

# dm05 sina's copy of 兰州晨报's item of 2006-11-15 (the sina header line kept, with the page's table bars) on 甘肃's
# plan for methadone clinics. Region 甘肃省 (the headline's `甘肃省`, `我省`), year 2008 (`2008年底前`). Scored, in
# the body: `2008年底前,我省将有27个县(区)建立美沙酮门诊`. Ambiguous: the headline `2008年年底甘肃省将建27个门诊`
# (told again). Not targets: the national plan's rule (`所有在册吸毒500人以上的县…全部开展`: `500人` is the
# threshold and `全部` has no number), the plan's name `(2006 —2010年)`, the present figures (`46530人`, `46434人`,
# `99.8%`, `已达27个`, `2000人左右`, `42.2%`, `30%`), the dates.
D, R, Y = "dm05.txt", "甘肃省", 2008
A += [
    T(D, "2008年年底甘肃省将建27个门诊", "建立美沙酮门诊的县(区)数", R, ">=", 27, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "2008年底前,我省将有27个县(区)建立美沙酮门诊", "建立美沙酮门诊的县(区)数", R, ">=", 27, "个", Y, "count",
      "up"),
]

# dm06 a news aggregator's copy (changchun.baogaosu) of 长春新文化网's item of 20.04.2016 on 吉林's free vision
# screening of children under seven; the aggregator's second source line and its unrelated headlines after the item
# dropped. Region 吉林省 (`吉林省`, `我省`), year 2017 (`2016年…两年内`: the two years end in 2017). Scored: `完成46万
# 7岁以下儿童免费视力筛查` (no counting word: 46 万人), equipment for `44家…妇幼保健机构` and `980家社区卫生服务中心和
# 乡镇卫生院`. Ambiguous: the headline `吉林省46万7岁以下儿童将做免费视力筛查` (told again) and the budget `计划两年内
# 共计投入3300万` (money set aside; no `元` written: 万元). Not targets: `7岁` (the age band), `10万` and `23万` (2012
# and 2015 screenings), `2012年`, the dateline.
D, R, Y = "dm06.txt", "吉林省", 2017
A += [
    T(D, "吉林省46万7岁以下儿童将做免费视力筛查", "7岁以下儿童免费视力筛查人数", R, ">=", 46, "万人", Y, "count",
      "up", ambiguous=True),
    T(D, "省财政计划两年内共计投入3300万", "儿童免费视力筛查省财政投入", R, "=", 3300, "万元", Y, "amount", "up",
      ambiguous=True),
    T(D, "用于完成46万7岁以下儿童免费视力筛查", "7岁以下儿童免费视力筛查人数", R, ">=", 46, "万人", Y, "count",
      "up"),
    T(D, "为44家承担项目筛查任务的妇幼保健机构", "配备视筛设备的妇幼保健机构数", R, ">=", 44, "家", Y, "count",
      "up"),
    T(D, "980家社区卫生服务中心和乡镇卫生院配备视筛设备", "配备视筛设备的社区卫生服务中心和乡镇卫生院数", R, ">=",
      980, "家", Y, "count", "up"),
]

# dm07 the distractor: a template site's copy (mip.010zaixian 1573357) of a 街道's 计划生育 year-end report, its
# header dated 2006/07 and its body 2011 (the copier's), cut at `坚持学习与` before any plan for the coming year.
# Achieved figures only: `出生265人`, `一胎187人`, `二胎78人`, `符合政策生育率达98%`, `205人` (`43`, `158`, `4`),
# `10名干部`, `23.5万元`, `100多名`, `26名`, `99名`; `三个一` (a name), `07年工作打算` (no figure). No gold line:
# every prediction here is a false positive.

write_gold(A, HERE)
