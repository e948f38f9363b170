#!/usr/bin/env python3
"""Build hold-out set BB's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BB (issue 14; gathered on main 1fd993b, after set AZ's merge, and annotated before any extractor
run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent): the page kind bureaus upload most — whole-year work plans, key-point lists, task breakdowns
and the year's aims told at a work meeting — at every level: a city's 2011 task breakdown (宁波, its
women's and children's health section), a municipality's 2022 work-meeting aims (重庆, a city paper's
item), a district's 2017 task breakdown for its healthy-district work (花山区), a county-level city's
village-clinic building aim (武冈, a spam-headed mirror in traditional script), a city's bed aims for
2016 and 2020 (泉州, a spam-headed mirror in traditional script), Taiwan's CDC budget plan with its
expected results (traditional, 115年度 = 2026) and a township health centre's yearly summary (河间市's
township, achieved figures only: the distractor).
Files bb01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bb01 a document site's page 7 of a city bureau's 2011 task breakdown (`2011年全市卫生重点工作任务及责任
# 分解`): the women's and children's health section (4.6), each aim binding every county, county-level
# city and district (`以县(市)区为单位`: the scope, as earlier sets write `以乡为单位`). The city is named
# by its own scheme in 4.7 (`宁波市无偿献血宣传工作方案`): 宁波市. Year 2011 (the plan's year; the 2010–2011
# round of the women's health project ends in it too). `分别控制在10/10万及7‰以下` gives two targets, each
# quote from the list's head to its value; `各2000人以上` is one number for two screenings (one target,
# the joint name, SCHEMA). 4.6/4.7, 2010—2012 and the page date are no targets.
D, R, Y = "bb01.txt", "宁波市", 2011
S = "以县(市)区为单位"
L = "孕产妇和婴儿死亡率分别控制在10/10万"
A += [
    T(D, L, "孕产妇死亡率", R, "<=", 10, "1/10万", Y, "rate", "down", scope=S),
    T(D, L + "及7‰以下", "婴儿死亡率", R, "<=", 7, "‰", Y, "rate", "down", scope=S),
    T(D, "除享有生育保险外的农村孕产妇住院分娩补助率达90%以上", "农村孕产妇住院分娩补助率", R, ">=", 90, "%",
      Y, "rate", "up", scope=S),
    T(D, "住院分娩率100%", "农村孕产妇住院分娩率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "农村妇女孕前和孕早期增补叶酸服用率90%以上", "农村妇女增补叶酸服用率", R, ">=", 90, "%", Y, "rate",
      "up", scope=S),
    T(D, "依从率70%以上", "农村妇女增补叶酸依从率", R, ">=", 70, "%", Y, "rate", "up", scope=S),
    T(D, "农村妇女宫颈癌和乳腺癌项目检查各2000人以上", "农村妇女宫颈癌和乳腺癌检查人数", R, ">=", 2000, "人",
      Y, "count", "up", scope=S),
    T(D, "婚前医学检查率80%以上", "婚前医学检查率", R, ">=", 80, "%", Y, "rate", "up", scope=S),
    T(D, "妇女健康促进工程项目检查率60%以上", "妇女健康促进工程项目检查率", R, ">=", 60, "%", Y, "rate", "up",
      scope=S),
]

# bb02 a city paper's item (上游新闻, 2022-02-11) on 重庆市卫生健康委's 2022 work meeting and the year's
# tasks (`2022年重庆要…`): ten counts to build, name or add, four of them ranges (`1至2`, `3至5`, `4至6`:
# value and value_max, `>=` for counts to reach). `争取有1至2项新突破` is a count of breakthroughs in the
# national centres (kept: a number the bureau reports against). `一区两群`, `三个层级`, `十四五` are
# names; the vaccine launch and the birth policy have no number.
D, R, Y = "bb02.txt", "重庆市", 2022
A += [
    T(D, "争取有1至2项新突破", "国家医学中心等建设新突破数", R, ">=", 1, "项", Y, "count", "up",
      value_max=2),
    T(D, "评选10个二级以上疾控中心", "二级以上疾控中心评选数", R, ">=", 10, "个", Y, "count", "up"),
    T(D, "10个二级以上精神卫生中心", "二级以上精神卫生中心评选数", R, ">=", 10, "个", Y, "count", "up"),
    T(D, "创建1至2家三级疾控机构", "三级疾控机构创建数", R, ">=", 1, "家", Y, "count", "up", value_max=2),
    T(D, "建设3至5个市级重大慢性病防治中心", "市级重大慢性病防治中心建设数", R, ">=", 3, "个", Y, "count", "up",
      value_max=5),
    T(D, "再建100个数字化接种门诊", "数字化接种门诊新建数", R, ">=", 100, "个", Y, "count", "up"),
    T(D, "新创建甲级基层医疗卫生机构30个", "甲级基层医疗卫生机构新创建数", R, ">=", 30, "个", Y, "count", "up"),
    T(D, "建设基层特色科室40个", "基层特色科室建设数", R, ">=", 40, "个", Y, "count", "up"),
    T(D, "新增1至2家市级中医医院", "市级中医医院新增数", R, ">=", 1, "家", Y, "count", "up", value_max=2),
    T(D, "4至6家三级中医医院", "三级中医医院新增数", R, ">=", 4, "家", Y, "count", "up", value_max=6),
]

# bb03 a district government's 2017 notice (花政办〔2017〕10号) breaking its healthy-district tasks down by
# lead official, unit and deadline; the excerpt stops inside task 3. Each task states a standing aim and
# its `完成时限` the 2017 step where it differs (292 days, 91%): the standing aims take year null (they lie
# beyond 2017, whose own step is lower), the steps 2017; task 2's deadline is 2017 (`2017年底,持续巩固`).
# `达标率为100%` is an implied 达到 (as yy08's `为0`); `…达标率、…处理率均达100%` is one number for two
# rates (one target, the joint name). Days of good air are counted (unit 天, count). The index number,
# document number, phone and dates are no targets.
D, R = "bb03.txt", "花山区"
A += [
    T(D, "全年空气质量优良天数不少于300天", "空气质量优良天数", R, ">=", 300, "天", None, "count", "up"),
    T(D, "2017年不少于292天", "空气质量优良天数", R, ">=", 292, "天", 2017, "count", "up"),
    T(D, "集中式饮用水源地水质达标率为100%", "集中式饮用水源地水质达标率", R, ">=", 100, "%", 2017, "rate",
      "up"),
    T(D, "重点工业企业污水排放稳定达标率、工业危险废弃物处理率均达100%",
      "重点工业企业污水排放稳定达标率和工业危险废弃物处理率", R, ">=", 100, "%", 2017, "rate", "up"),
    T(D, "工业固体废物处置利用率达92%", "工业固体废物处置利用率", R, ">=", 92, "%", None, "rate", "up"),
    T(D, "2017年底达91%", "工业固体废物处置利用率", R, ">=", 91, "%", 2017, "rate", "up"),
]

# bb04 a spam-headed mirror (traditional, with pinyin glosses after some characters, kept) of 华声在线's
# item on 武冈市's village-clinic building: all 300 village clinics to be built by the end of June 2017
# (`完成全市300個…村衛生室的建立任務`: a count to reach). The clinics to be started this June are written
# `10,0個` (garbled: 100 is likely but not certain) and are work to start, not to finish, in a year the
# text does not give: ambiguous, year null. `5月底前要全部完工` has no number; 3月9日 is the date.
D, R = "bb04.txt", "武冈市"
A += [
    T(D, "完成全市300個(gè)村衛(wèi) 生室的建立任務(wù)", "村卫生室建设数", R, ">=", 300, "个", 2017, "count",
      "up"),
    T(D, "再啟動(dòng)10,0個(gè)村衛(wèi)生室的建立工作", "村卫生室启动建设数", R, ">=", 100, "个", None, "count",
      "up", ambiguous=True),
]

# bb05 a spam-headed mirror (traditional) of 泉州经济网's 2016-02-22 item on the city's beds: this year's
# new beds (2016), the five-year new beds by 2020 (`五年內`, the 十三五) and beds per thousand residents by
# 2020 (a per-thousand ratio: count, as set AB). The lead (`核心提示`) gives the two bed counts first and is
# scored; the headline (`2000張以上`) and the subheads (`逾2000張`, `每千常住人口床位數達5.3張`) restate them,
# and `5年內,全市需新增床位1.7萬張` is the need derived from the 5.3 aim: ambiguous (as az01's title and
# lead). `預計可新增床位1萬張` is the projects' forecast (ambiguous, as az06's private openings). The 31789
# beds, the 11376 added, the 十二五 aim of 8500 (met), 3.74 and 4.51 per thousand, 28 projects and 125.33亿元
# are the past and present.
D, R = "bb05.txt", "泉州市"
A += [
    T(D, "泉州今年新增醫療機構床位2000張以上", "医疗机构新增床位数", R, ">=", 2000, "张", 2016, "count", "up",
      ambiguous=True),
    T(D, "力爭五年內新增醫療機構床位1.7萬張", "医疗机构新增床位数", R, ">=", 1.7, "万张", 2020, "count", "up"),
    T(D, "其中今年計劃新增2000張", "医疗机构新增床位数", R, ">=", 2000, "张", 2016, "count", "up"),
    T(D, "每千常住人口床位數達5.3張", "每千常住人口医疗机构床位数", R, ">=", 5.3, "张", 2020, "count", "up",
      ambiguous=True),
    T(D, "每千常住人口醫療機構床位數達到5.3張", "每千常住人口医疗机构床位数", R, ">=", 5.3, "张", 2020, "count",
      "up"),
    T(D, "全市需新增床位1.7萬張", "医疗机构新增床位数", R, ">=", 1.7, "万张", 2020, "count", "up",
      ambiguous=True),
    T(D, "預計可新增床位1萬張", "重大建设项目新增床位数", R, ">=", 1, "万张", 2020, "count", "up",
      ambiguous=True),
    T(D, "今年新增逾2000張床位", "医疗机构新增床位数", R, ">", 2000, "张", 2016, "count", "up",
      ambiguous=True),
]

# bb06 a budget site's page (traditional) of 衛生福利部疾病管制署's plan in the central budget for 115年度:
# the text gives no year; the address's `/115` gives 2026 (as ay05's year came from its address). The
# `預期成果` are the aims: the 1922 line's monthly answer rates (one number for two rates: one target, the
# joint name; the quote keeps the page's line break), about 100000 lab tests (`約`: `~`, a workload with no
# better side: band), 3,870 vials of antivenom to buy, the dengue case-fatality ceiling and the flu
# antiviral stockpile as a share of the population (a range: value and value_max, `>=`). `4種抗蛇毒血清製劑`
# is what the plasma serves (make-up), `24小時` a service norm, `第四期` an ordinal, 1922 a name, the
# budget sum and the numbered list no targets. Region 台湾 as the earlier sets write it.
D, R, Y = "bb06.txt", "台湾", 2026
A += [
    T(D, "每月電話\n接通率及應答率達80%以上", "1922专线每月电话接通率和应答率", R, ">=", 80, "%", Y, "rate",
      "up"),
    T(D, "完成法定傳染病相關病原體檢驗約10萬件", "法定传染病病原体检验件数", R, "~", 10, "万件", Y, "count",
      "band"),
    T(D, "可採購3,870瓶抗蛇毒血清凍晶注射劑", "抗蛇毒血清冻晶注射剂采购量", R, ">=", 3870, "瓶", Y, "count",
      "up"),
    T(D, "控制登革熱病例之年平均致死率0.5%以下", "登革热病例年平均致死率", R, "<=", 0.5, "%", Y, "rate",
      "down"),
    T(D, "流感抗病毒藥物儲備量達全人\n口10%-15%", "流感抗病毒药物储备量占全人口比例", R, ">=", 10, "%", Y,
      "rate", "up", value_max=15),
]

# bb07 a document site's copy of a township health centre's yearly summary (河间市's township, its name and
# year left out): the staff, rooms and equipment are the present; the vaccination rates (`均在98%以上`),
# the child and maternal management rates (`均在85%以上`) and the NCMS enrolment (`达到了90%以上`) are what
# was achieved, in aim words (`以上`, `达到`) but past (`使…`, `完成较好`, `达到了`). No gold line: every
# prediction here is a false positive.

write_gold(A, HERE)
