#!/usr/bin/env python3
"""Build hold-out set BO's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BO (gathered on main 241473c, after the BL/BM round, and annotated before any extractor run: the
annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent): news and government reports that state a health body's aims — 山东's 2030 aims from its
健康山东 opinion (a 2019 newspaper item), 东西湖区's 2022 government work report (a district, traditional
mirror), a province's 2008 民生工程 for health services (its province unnamed), a city's 2022 progress
page on the province-set 民生实事 (the year's tasks in brackets beside what was done), Hong Kong's 2015
policy address on beds (traditional), 杭州's 2020 aim for national health towns from a 2015 爱卫 meeting
and 山东's 2024 press conference on its health action (achieved figures only: the distractor).
Files bo01.txt…, so no name clashes with the seeds, the development set or the other sets in
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

# bo01 a city paper's page (潍坊晚报's 第02版, 2019-11-29) relaying 山东省's opinion on carrying out the
# 健康中国行动 (健康山东): the overall aims `到2030年`. Life expectancy `达到81岁左右` (`~`, up, amount in 岁,
# as bl01). The three death rates share one `分别下降到` list: each quote runs from the list's head to its
# own value (as bk02, bl01), all `<=` (降到), down. The share taking regular exercise `从2018年的 36.5%提高
# 至43%以上` is one aim (43, `>=`); 36.5% is the 2018 baseline. The cardiovascular death rate's aim is cut
# by the excerpt inside its number (`从2018年的218.3/10万降至1`): the value is not given, only its first
# digit, so whether the line holds a target with a value is open (ambiguous, value 1 as written; 218.3 is
# the baseline). `15个方面`, `三减控三高`, `二级以上` are names and classes; 2019年11月29日 the page date.
D, R, Y = "bo01.txt", "山东省", 2030
L = "婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到3.0‰"
A += [
    T(D, "人均预期寿命达到81岁左右", "人均预期寿命", R, "~", 81, "岁", Y, "amount", "up"),
    T(D, L, "婴儿死亡率", R, "<=", 3.0, "‰", Y, "rate", "down"),
    T(D, L + "、3.3‰", "5岁以下儿童死亡率", R, "<=", 3.3, "‰", Y, "rate", "down"),
    T(D, L + "、3.3‰、7.1/10万", "孕产妇死亡率", R, "<=", 7.1, "1/10万", Y, "rate", "down"),
    T(D, "全省经常参加体育锻炼人数比例从2018年的 36.5%提高至43%以上", "经常参加体育锻炼人数比例", R, ">=", 43,
      "%", Y, "rate", "up"),
    T(D, "全省心脑血管疾病死亡率从2018年的218.3/10万降至1", "心脑血管疾病死亡率", R, "<=", 1, "1/10万", Y,
      "rate", "down", ambiguous=True),
]

# bo02 a news mirror (traditional, 楚天都市报 2021-12-18) on 东西湖区's government work report to the district
# congress: the aims for 2022 (`2022年東西湖區將…`, `明年` from the item's own date). Scored: the 7 health
# projects to finish and open and the 2200 new beds (counts, `>=`, as the 民生实事 counts of BL's bl04).
# Ambiguous: the 15 pocket parks and 15 km of greenway in the lead (aims of the report, but not health
# ones, as bc04 and bf04 mark them); the 500 beds the capped building is `規劃設計` for, delivered `預計明年
# 下半年` (a project's design told beside a forecast, and part of the 2200); the `12分鐘醫療急救圈` (a
# time radius named as a circle to build, as aw's `15分鐘醫療衛生服務圈`). The last five years' 5300 beds,
# `增加40%` and 13 upgraded facilities are achieved; 三甲/二甲/三級/二級 are grades; 第十一屆 an ordinal.
D, R, Y = "bo02.txt", "东西湖区", 2022
A += [
    T(D, "建成投用區人民醫院綜合住院樓、慈惠街道衛生院等7個醫療衛生項目", "建成投用医疗卫生项目数", R, ">=", 7,
      "个", Y, "count", "up"),
    T(D, "新增床位2200張", "新增床位数", R, ">=", 2200, "张", Y, "count", "up"),
    T(D, "新建15個口袋公園", "新建口袋公园数", R, ">=", 15, "个", Y, "count", "up", ambiguous=True),
    T(D, "15公里綠道", "新建绿道长度", R, ">=", 15, "公里", Y, "count", "up", ambiguous=True),
    T(D, "規劃設計500張病床", "区人民医院三期综合楼病床数", R, "=", 500, "张", Y, "count", "up",
      ambiguous=True),
    T(D, "打造12分鐘醫療急救圈", "医疗急救圈时间半径", R, "<=", 12, "分钟", Y, "amount", "down",
      ambiguous=True),
]

# bo03 a county government site's 民生工程 page (dated 2008-02-18 in the text): item 八 of a province's 2008
# 民生工程 for urban and rural health services. The text never names the province (`全省`; the county site
# would give it away, but that is not the text): region 全省, the document's own word (SCHEMA, as h06's
# 全市). Six counts for 2008, all scored (`完成N`, `达到N` → `>=`): 231 township hospitals and 2500 village
# clinics to bring up to standard (one clause, two counts; each quote holds its own count), the number of
# community health service organisations to reach 1551, 1000 general practitioners and 1000 community
# nurses to train, 403 community organisations' premises to build or repair. `八` is an ordinal.
D, R, Y = "bo03.txt", "全省", 2008
A += [
    T(D, "2008年全省完成231所乡镇卫生院", "乡镇卫生院业务用房建设和设备填平补齐数", R, ">=", 231, "所", Y,
      "count", "up"),
    T(D, "2500个村卫生室业务用房建设和设备添置的填平补齐任务", "村卫生室业务用房建设和设备填平补齐数", R, ">=",
      2500, "个", Y, "count", "up"),
    T(D, "全省社区卫生服务机构总数达到1551个", "社区卫生服务机构总数", R, ">=", 1551, "个", Y, "count", "up"),
    T(D, "完成全科医师岗位培训1000人", "全科医师岗位培训人数", R, ">=", 1000, "人", Y, "count", "up"),
    T(D, "社区护士岗位培训1000人", "社区护士岗位培训人数", R, ">=", 1000, "人", Y, "count", "up"),
    T(D, "完成403个社区卫生服务机构房屋的建设或修缮及基础设施配备", "社区卫生服务机构房屋建设或修缮数", R, ">=",
      403, "个", Y, "count", "up"),
]

# bo04 a city government site's progress page (市卫健体委, 2022-10-10) on the 2022 province-set 民生实事 for
# women's and children's health. The city is not named in the text (`全市`, `市卫健体委`): region 全市. The
# year's tasks are given in brackets beside what was done by 10月7日: the screening counts (`全年筛查任务
# (6.6万人)`, twice: cervical, then breast cancer) and the province-set rates (`省定目标任务(60%)` for the
# ultrasound and serum prenatal screening, `(98%)` for the newborn `两病` and hearing screening). Each is
# the year's target restated in a progress report; scored, as bm06 scores a plan's target quoted in a
# review. The quotes repeat, so each names its occurrence; `6.6万人` is 6.6 万人. The done counts (68059,
# 69832, 33672 …), rates (82.33%, 76.32%, 99.17%, 99.37%), shares of the task (103.12%, 105.81%) and
# margins (`超出…22.33个百分点` …) are achieved, not aims.
D, R, Y = "bo04.txt", "全市", 2022
Q6, Q60, Q98 = "占全年筛查任务(6.6万人)", "超出省定目标任务(60%)", "超出省定目标任务(98%)"
A += [
    T(D, Q6, "宫颈癌筛查人数", R, ">=", 6.6, "万人", Y, "count", "up", occ=0),
    T(D, Q6, "乳腺癌筛查人数", R, ">=", 6.6, "万人", Y, "count", "up", occ=1),
    T(D, Q60, "免费产前超声筛查率", R, ">=", 60, "%", Y, "rate", "up", occ=0),
    T(D, Q60, "免费产前血清学筛查率", R, ">=", 60, "%", Y, "rate", "up", occ=1),
    T(D, Q98, "新生儿“两病”筛查率", R, ">=", 98, "%", Y, "rate", "up", occ=0),
    T(D, Q98, "新生儿听力筛查率", R, ">=", 98, "%", Y, "rate", "up", occ=1),
]

# bo05 明報 (its Canadian edition, traditional; the address dates it 2015-01-15, the text does not) on Hong
# Kong's policy address: beds. Region 香港 (`本港`). `病H` is the page's broken rendering of 牀 (beds), kept.
# Scored: the 启德 hospital's first phase `預料…最快於2021年落成,可提供800張病H` (the plan's beds, year
# 2021 as the text gives it; the `預料` is about when it opens, not about the 800 — as bg05 scores a plan's
# beds); the Hospital Authority's `約250張` beds to add (`~`, up; no year in the text: null) and their
# allocation, 114 to 博愛醫院 and 71 to 威爾斯親王醫院 (counts with the hospital as scope). Ambiguous: the
# cross-head `提供800病H` and the body's second `提供800張病H` (the same plan restated, as az01's title), and
# `約45%` (the share of the 250 that the 114 are, the same allocation again). Not aims: 2016/17年度 (a year),
# the medical places `自2012年起由每年320個增至420個` (done) and the dental places `每年約50個` (present);
# the places to add `明年` have no number.
D, R = "bo05.txt", "香港"
B = "新增病床数"
A += [
    T(D, "第一期最快於2021年落成,可提供800張病H", "启德医院第一期病床数", R, ">=", 800, "张", 2021, "count",
      "up"),
    T(D, "提供800病H", "启德医院第一期病床数", R, ">=", 800, "张", 2021, "count", "up", ambiguous=True),
    T(D, "第一期可望2021年落成,提供800張病H", "启德医院第一期病床数", R, ">=", 800, "张", 2021, "count", "up",
      ambiguous=True),
    T(D, "醫管局計劃增設約250張病H", B, R, "~", 250, "张", None, "count", "up"),
    T(D, "當中約45%", "元朗博爱医院新增病床占比", R, "~", 45, "%", None, "rate", "up", ambiguous=True),
    T(D, "即共114張將置於元朗博愛醫院", B, R, ">=", 114, "张", None, "count", "up", scope="元朗博爱医院"),
    T(D, "沙田威爾斯親王醫院亦將增71張", B, R, ">=", 71, "张", None, "count", "up", scope="沙田威尔斯亲王医院"),
]

# bo06 a report site's copy (2015-01-22) of a 杭州 item: after the national 爱卫 telephone meeting the
# deputy mayor set the city's aim `力争到2020年实现国家级卫生镇占全市乡镇10%的目标` (a share, `>=`, 2020).
# Region 杭州市: the text names the city (`健康杭州`, `杭州市将接受…`). The headline restates the aim without
# its year (ambiguous, as az01's title). `22.01.2015  12:45` and `1月21日` are dates.
D, R, Y = "bo06.txt", "杭州市", 2020
A += [
    T(D, "国家级卫生镇占全市乡镇10%", "国家卫生镇占乡镇比例", R, ">=", 10, "%", Y, "rate", "up"),
    T(D, "我市10%的乡镇要力争成为国家卫生镇", "国家卫生镇占乡镇比例", R, ">=", 10, "%", Y, "rate", "up",
      ambiguous=True),
]

# bo07 a news mirror (traditional, with pinyin glosses inside words: `召開(kāi)`) of 山东's 2024-06-27 press
# conference on the 健康山东 action: every figure is done — 15 actions and the 2021/2022 ratings, `截至2023年
# 底` 17 indicators at the national 2030 values (no value given), health literacy `提升至33.13%` (`較2022年
# 提高3.29個百分點`), the provincial health villages' share `達到80%`, rural tap water `提高到98%`, park
# area `達到17.91平方米`, 15 city and 119 county CDCs up to standard. Told with 達到/提高到 but of the
# past: results, not aims. No gold line: every prediction here is a false positive.

if __name__ == "__main__":
    write_gold(A, HERE)
