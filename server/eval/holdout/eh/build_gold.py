#!/usr/bin/env python3
"""Build hold-out set EH's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set EH (gathered on its own branch `gather-eh`, and annotated before any extractor run: the annotator ran none on
these texts; it is to be scored once by the lead engineer, so the set is unspent). Its focus — the health paragraphs
of city and county 政府工作报告 and 民生实事/为民办实事 lists, 2010–2026, with this year's figures — gave four clean
pages: 武汉's 2021 list of 22 实事 (a city: hospitals, emergency stations, clinics), 龙门县's 2025 实事 and report
(a county, traditional script: a specialty count and two rates), 临湘's 2023 report (a county-level city: one
hospital to upgrade) and, as the distractor, 全椒县's 2022 民生实事 results (achieved only). It was widened, as the
common rules allow, to a province's 十个民生项目 (山西's 2015 妇幼安康工程, traditional with converter glosses: three
head counts, no year in the text), 新华社's 2010 item on the national cataract programme (traditional with glosses:
this year's 35万例, the 2011 total, the per-case subsidy) and 北京's 2009 influenza vaccination item (a city: the
count of vaccination points, no year in the text).
Files eh01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a later sentence) is ambiguous (cn,
cc05, df03, dl01, dm); `今年` with no year anywhere in the text takes year null (cz, df01, dl02, dm04) — the address's
year is not used; a bare figure or `完成N`/`新增N`/`建成N` on an up-indicator is `>=` (SCHEMA); counts keep the
counting word as written, `万` counts their `万` (`万例`), and a head count with no counting word takes `万人` (BP,
CX, dg04, dm06); aims that are not health ones on a page of 实事 (housing, schools, roads, parks) are ambiguous (dz04's
four non-health aims); past and present figures are no target (SCHEMA); a region the text does not name takes the
text's own word (`全市`, `全省`: SCHEMA); a traditional page keeps its converter glosses (`項(xiàng)`) as the corpus
gave them, and a quote copies them (dg, dm02).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []


def amb(D, R, Y, rows):
    """Non-health aims of a 实事 list: count lines marked ambiguous (quote, indicator, value, unit)."""
    return [T(D, q, ind, R, ">=", v, u, Y, "count", "up", ambiguous=True) for q, ind, v, u in rows]


# eh01 a news aggregator's copy (m.news.shi-fen 930828) of the list of 22 民生实事 the 市政府 proposes for 2021
# (the districts 蔡甸区、江夏区、黄陂区、新洲区 and 友谊大道 are 武汉's, but the text never names the city: region
# 全市). Year 2021. Cut after item 10, as returned. Scored, item 1 (health): `4家平战结合三甲医院` built and opened,
# `区级急救中心3家`, `新增急救站5个`, `空地一体急救站2个`, `水上急救基地1个`, `20个基层医疗卫生机构达标创建`,
# `30个基层医疗机构特色科室`. Ambiguous: every aim of items 2–10 (care homes, housing, childcare, schools, transport,
# water, environment, greening: not health ones), in the text's order. Not targets: `22项` (the list's size),
# `3岁以下` (an age band), `三年改造任务` (a span), `劣Ⅴ类`, the item numbers and the date `01-27`.
D, R, Y = "eh01.txt", "全市", 2021
A += [
    T(D, "建成投用蔡甸区、江夏区、黄陂区、新洲区4家平战结合三甲医院", "平战结合三甲医院建成投用数", R, ">=", 4,
      "家", Y, "count", "up"),
    T(D, "建成区级急救中心3家", "区级急救中心建成数", R, ">=", 3, "家", Y, "count", "up"),
    T(D, "新增急救站5个", "新增急救站数", R, ">=", 5, "个", Y, "count", "up"),
    T(D, "建设空地一体急救站2个", "空地一体急救站建设数", R, ">=", 2, "个", Y, "count", "up"),
    T(D, "水上急救基地1个", "水上急救基地建设数", R, ">=", 1, "个", Y, "count", "up"),
    T(D, "完成20个基层医疗卫生机构达标创建", "基层医疗卫生机构达标创建数", R, ">=", 20, "个", Y, "count", "up"),
    T(D, "新创建30个基层医疗机构特色科室", "基层医疗机构特色科室新创建数", R, ">=", 30, "个", Y, "count", "up"),
]
A += amb(D, R, Y, [
    ("新建社区养老服务设施100个", "社区养老服务设施新建数", 100, "个"),
    ("农村老年人互助照料中心(服务点)300个", "农村老年人互助照料中心新建数", 300, "个"),
    ("完成棚户区改造2万户", "棚户区改造户数", 2, "万户"),
    ("新建、筹集租赁房9.3万套(间)", "租赁房新建筹集数", 9.3, "万套"),
    ("完成老旧小区改造300个", "老旧小区改造数", 300, "个"),
    ("新增社区便利店400家", "新增社区便利店数", 400, "家"),
    ("更新天然气智能计量表50万只", "天然气智能计量表更新数", 50, "万只"),
    ("新增3岁以下婴幼儿普惠托育机构15家", "新增普惠托育机构数", 15, "家"),
    ("新改扩建公益普惠性幼儿园30所", "公益普惠性幼儿园新改扩建数", 30, "所"),
    ("完成20所中小学配套建设工程", "中小学配套建设工程完成数", 20, "所"),
    ("新增入学入园学位3.4万个", "新增入学入园学位数", 3.4, "万个"),
    ("建设市级中小学生寒暑假托管室240个", "市级寒暑假托管室建设数", 240, "个"),
    ("区级托管室100个", "区级寒暑假托管室建设数", 100, "个"),
    ("新增10条民航客运航线", "新增民航客运航线数", 10, "条"),
    ("建成微循环道路80条", "微循环道路建成数", 80, "条"),
    ("打通断头路10条", "断头路打通数", 10, "条"),
    ("优化整改12处拥堵点位", "拥堵点位整改数", 12, "处"),
    ("新创建50个精致路口", "精致路口新创建数", 50, "个"),
    ("提升改造15个片区路灯", "片区路灯提升改造数", 15, "个"),
    ("新增人防地下停车位1.8万个", "新增人防地下停车位数", 1.8, "万个"),
    ("完成1600辆现有柴油、天然气公交车新能源替代", "公交车新能源替代数", 1600, "辆"),
    ("新建改建生活垃圾分类收集站(屋)100座", "生活垃圾分类收集站新建改建数", 100, "座"),
    ("新改扩建环卫公厕100座", "环卫公厕新改扩建数", 100, "座"),
    ("建设口袋公园100个", "口袋公园建设数", 100, "个"),
    ("林阴路100公里", "林阴路建设里程", 100, "公里"),
    ("绿色驿站100个", "绿色驿站建设数", 100, "个"),
])

# eh02 a portal's copy (wxdmd 1610333) of 惠州日报's item (2025-03) on 龙门县's 2025 十件民生实事 and the county's
# 政府工作报告, in traditional script without glosses, cut at `加快推進平陵社區` as returned. Region 龙门县 (`龍門縣`),
# year 2025. Scored (health): `市級臨床重點專科達4個`, `縣域內住院率達80%以上` and `40%以上達到國家推薦標準` (the share
# of township health centres at the recommended standard). Ambiguous (not health aims): the headline's and the
# body's `新增基礎教育學位2400個`, `4宗項目建設`, `新建新型閱讀空間5個`. Not targets: `全部鄉鎮衛生院…全覆蓋` (no
# number), `第十六屆`, `第六次`, `第四次全國文物普查`, `十件` (the list's size), `二甲` (a grade).
D, R, Y = "eh02.txt", "龙门县", 2025
A += [
    T(D, "新增基礎教育學位2400個", "新增基础教育学位数", R, ">=", 2400, "个", Y, "count", "up", ambiguous=True,
      occ=0),
    T(D, "工業園高中一期等4宗項目建設", "教育项目建设数", R, ">=", 4, "宗", Y, "count", "up", ambiguous=True),
    T(D, "新增基礎教育學位2400個", "新增基础教育学位数", R, ">=", 2400, "个", Y, "count", "up", ambiguous=True,
      occ=1),
    T(D, "新建新型閱讀空間5個", "新型阅读空间新建数", R, ">=", 5, "个", Y, "count", "up", ambiguous=True),
    T(D, "市級臨床重點專科達4個", "市级临床重点专科数", R, ">=", 4, "个", Y, "count", "up"),
    T(D, "力爭縣域內住院率達80%以上", "县域内住院率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "40%以上達到國家推薦標準", "乡镇卫生院服务能力达到国家推荐标准比例", R, ">=", 40, "%", Y, "rate", "up",
      scope="乡镇卫生院"),
]

# eh03 a news aggregator's copy (fensifuwu 2611575) of 临湘's reading of its 2023 政府工作报告 (given on 12月13日, before
# the plan year, at the city's 人大), cut at `继续推` in 实事 item 3 as returned. Region 临湘市 (`健康临湘`, `临湘市第十届`, `我市`), year
# 2023. Scored (health): `提质改造传染病集中隔离救治医院1家`. Ambiguous (not health aims): `实施2所中小学校基础设施建设`,
# `建设森林步道34公里`, `实施老旧小区改造16个`. Not targets: `2.0` (a name), `第十届`, `八个“坚持”`, `十件` and the
# item numbers; `完成贺畈卫生院重建` has no number.
D, R, Y = "eh03.txt", "临湘市", 2023
A += [
    T(D, "建设森林步道34公里", "森林步道建设里程", R, ">=", 34, "公里", Y, "count", "up", ambiguous=True),
    T(D, "实施2所中小学校基础设施建设", "中小学校基础设施建设数", R, ">=", 2, "所", Y, "count", "up",
      ambiguous=True),
    T(D, "提质改造传染病集中隔离救治医院1家", "传染病集中隔离救治医院提质改造数", R, ">=", 1, "家", Y, "count",
      "up"),
    T(D, "实施老旧小区改造16个", "老旧小区改造数", R, ">=", 16, "个", Y, "count", "up", ambiguous=True),
]

# eh04 a mirror (healinghandsltd 19544588) of an item on the launch (2月6日, in 太原) of a province's 婦幼安康工程 and
# its ten 民生项目 for the year, in traditional script with converter glosses; table bars at the top kept. The
# province is not named (`全省`, `我省`; only 太原 gives it away): region 全省. Year null (`今年`, no year in the
# text). Scored, in the list of ten: `為40萬農(nóng)村婦女進(jìn)行免費(fèi)宮頸癌篩查` (40 万人, scope 农村妇女),
# `為6.5萬貧困兒童免費(fèi)服用營養(yǎng)包` (6.5 万人, scope 贫困儿童) and `為2.4萬貧困兒童免費(fèi)進(jìn)行新生兒疾病篩查`
# (2.4 万人). Ambiguous: the first paragraph's `6.5萬` and `2.4萬` (told again in the list). Not targets: `十個`
# (the number of projects), `6歲以下` (an age band), `三病` (a name).
D, R, Y = "eh04.txt", "全省", None
A += [
    T(D, "為6.5萬貧困兒童免費(fèi)服用營養(yǎng)包", "贫困儿童免费营养包服用人数", R, ">=", 6.5, "万人", Y, "count",
      "up", scope="贫困儿童", ambiguous=True, occ=0),
    T(D, "為2.4萬貧困兒童免費(fèi)進(jìn)行新生兒疾病篩查", "贫困儿童免费新生儿疾病筛查人数", R, ">=", 2.4, "万人", Y,
      "count", "up", scope="贫困儿童", ambiguous=True, occ=0),
    T(D, "為40萬農(nóng)村婦女進(jìn)行免費(fèi)宮頸癌篩查", "免费宫颈癌筛查人数", R, ">=", 40, "万人", Y, "count",
      "up", scope="农村妇女"),
    T(D, "為6.5萬貧困兒童免費(fèi)服用營養(yǎng)包", "贫困儿童免费营养包服用人数", R, ">=", 6.5, "万人", Y, "count",
      "up", scope="贫困儿童", occ=1),
    T(D, "為2.4萬貧困兒童免費(fèi)進(jìn)行新生兒疾病篩查", "贫困儿童免费新生儿疾病筛查人数", R, ">=", 2.4, "万人", Y,
      "count", "up", scope="贫困儿童", occ=1),
]

# eh05 a spam-headed mirror (m.nakedoat 1522665) of 中央政府门户网站's copy of 新华社's item of 2010-01-29 on the
# national cataract programme, in traditional script with glosses; the opening spam keyword line and the closing
# list of related links and columns (`相關(guān)鏈接`…`在線訪`) dropped. Region 全国 (`我國`, `全國`). Scored: this
# year's `為35萬例貧困白內(nèi)障患者實施復(fù)明手術(shù)` in the body (year 2010: the dateline `2010年01月29日` gives
# the year of `今年`), the programme's `…實施復(fù)明手術(shù)100萬例` (year 2011, the end of `從2009年至2011年`) and
# the central subsidy `補助手術(shù)費用800元` a case (`=`: a set sum, no aim word). Ambiguous: the headline's
# 35萬例 (told again). Not targets: `21.1萬名` (done so far), `28日`, `2009年`.
D, R = "eh05.txt", "全国"
A += [
    T(D, "為35萬例貧困白內(nèi)障患者實施復(fù)明手術(shù)", "贫困白内障患者复明手术例数", R, ">=", 35, "万例", 2010,
      "count", "up", ambiguous=True, occ=0),
    T(D, "為35萬例貧困白內(nèi)障患者實施復(fù)明手術(shù)", "贫困白内障患者复明手术例数", R, ">=", 35, "万例", 2010,
      "count", "up", occ=1),
    T(D, "對全國貧困白內(nèi)障患者實施復(fù)明手術(shù)100萬例", "贫困白内障患者复明手术例数", R, ">=", 100, "万例",
      2011, "count", "up"),
    T(D, "補助手術(shù)費用800元", "贫困白内障复明手术中央财政补助标准", R, "=", 800, "元", 2010, "amount",
      "up"),
]

# eh06 中国新闻网's health page (chinanews jk 1836919) with an item of 2009-08-27 (the address's date; the text writes
# no year) on the city's influenza vaccination; the closing copyright line dropped. Region 北京市
# (`北京市疾控中心`, `本市`), year null (`今年`, no year in the text). Scored: `在全市489家接种点开展` (the count of
# vaccination points this year's campaign runs in). Not targets: `60岁以上` (an age band), `9月上旬至10月底` (dates),
# `全部进行免费接种` (no number).
D, R, Y = "eh06.txt", "北京市", None
A += [
    T(D, "在全市489家接种点开展", "流感疫苗接种点数", R, ">=", 489, "家", Y, "count", "up"),
]

# eh07 the distractor: 全椒县's site (quanjiao.gov.cn 392318436) with the 县卫健委's item of 2022-11-01 on its 民生实事
# publicity day; the closing `欢迎关注全椒县人民政府微信公众号` line dropped. Achieved figures only: `56块`, `近4万张`,
# `500人次`, `2条`, `近10万人`, `960个`, `431个`, `6181人`, `1098人`, `1763人`, `1200人`, `4598人` (`均超额完成下达
# 任务数`); `35至64岁`, `3-6岁`, `6-9岁` are age bands. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
