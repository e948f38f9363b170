#!/usr/bin/env python3
"""Build hold-out set DA's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DA (gathered on branch gda at fd34af45 (session 24's code after its second pass on CW), beside the sets gathered at the
same time in the other /work/wt/g* worktrees, and annotated before any extractor run: the annotator ran none on
these texts; it is to be scored once by the lead engineer, so the set is unspent): 2016–2025 province and city
pages on specialised health plans, their aims given as a list — 湖北's 2023 中医药 实施意见 told at the province's
press conference (industry output, leading firms by size band, herb acreage), 郑州晚报's 2016 graphic of 郑州's 医养
结合 plan in four steps (a year a step), a mirror's copy (traditional, with pinyin glosses `達(dá)到` left in by the
mirror) of 惠州's 2017 news of its 职业病防治规划 2017~2020 (five rates), a mirror's copy (traditional) of a city's
心理健康促进行动 aims for 2022 and 2030 (`…提升到25%和35%`, ten pairs and one more), a mirror's copy (traditional)
of 广东's 2025 `精神卫生服务年` 实施方案 (its pinyin glosses `開設(shè)` kept) (sleep clinics in 21 cities, child psychology clinics 60% then 70%), 泉州
晚报's 2017 item on 泉港区's 医养结合 方案 (two rates for the year) and 云南's 2022 report of its 职业病防治 results
(achieved figures only, several in aim words: the distractor).
Files da01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: two years told by one pair (`提升到25%和35%`) give two lines, the
first quote cut after the first number and the second running to the second (kk05); `在现有基础上提高30%` is the
`…提高幅度` in % (dd07); a range for an up-indicator is `>=` with value and value_max (SCHEMA); acreage in 万亩
is an amount (az01); a count of pilots in a selection (`确定1个县(市)`) is ambiguous, as cx05's `一个乡镇`; past the
cap of ten scored lines a page the clean aims are ambiguous with the reason (cd, cg, cn); a region the text does not
name takes the document's own word, `全市` (SCHEMA; ck); an advice to persons (`倡导…睡眠时间为7~8小时`) is ambiguous.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# da01 a portal's copy (news3.cn, its footer `标签`/`上一篇`/`下一篇` dropped) of 中国新闻网's item of 2023-06-14 on
# 湖北's 《关于促进中医药传承创新发展的实施意见》, told at the province's press conference. Region 湖北省 (`湖北`,
# `全省`), year 2025 (`到2025年`, every aim). Scored: the 中医药 output `达1000亿元以上` (amount), the leading firms by
# output band — 3 above 50亿元, 5 above 30亿元, 10 above 10亿元 (counts in 家; the band's 亿元 is a qualifier, not
# the aim), herb acreage `稳定在550万亩左右` (`~`, band: a level to hold, neither more nor less is the aim) and the
# ecological part `达260万亩以上` (amounts in 万亩, as az01). Not targets: `七大体系`, `27项重点任务`, `五个全覆盖` (no
# number), `十大楚药` (a name), `14日` (the date).
D, R, Y = "da01.txt", "湖北省", 2025
A += [
    T(D, "力争到2025年中医药综合产值达1000亿元以上", "中医药综合产值", R, ">=", 1000, "亿元", Y, "amount", "up"),
    T(D, "龙头企业产值超过50亿元的3家", "产值超过50亿元的中医药龙头企业数", R, ">=", 3, "家", Y, "count", "up"),
    T(D, "超过30亿元的5家", "产值超过30亿元的中医药龙头企业数", R, ">=", 5, "家", Y, "count", "up"),
    T(D, "超过10亿元的10家", "产值超过10亿元的中医药龙头企业数", R, ">=", 10, "家", Y, "count", "up"),
    T(D, "全省中药材总面积稳定在550万亩左右", "中药材总面积", R, "~", 550, "万亩", Y, "amount", "band"),
    T(D, "中药材生态种植面积达260万亩以上", "中药材生态种植面积", R, ">=", 260, "万亩", Y, "amount", "up"),
]

# da02 郑州晚报's page of 2016-11-12 (zynews, the paper's navigation and headline list before `郑州医养结合要分四步走`
# and the copyright footer after `制图 王艳` dropped): the graphic of 郑州's 医养结合 plan in four steps. Region
# 郑州市 (the headline; the steps say `全市`), each step's year its own: 2016, 2017, 2018 (no figure), 2020.
# Scored: 2016's 4~5 pilot institutions (a range on an up-count: `>=` 4, value_max 5), 2017's share of counties
# piloting `50%以上`, hospitals with a green channel for the old `90%以上` and nursing beds' share `达到10%以上`, 2020's
# nursing beds' share `为30%~40%` (a range on an up-share: `>=` 30, value_max 40). Ambiguous: 2016's `确定1个县(市)、
# 1个区` (one pilot county and one pilot district chosen: a selection, as cx05's `一个乡镇`). Not targets: `2018年底,所有
# 医疗机构` (所有, no number), `人手一张居民健康卡` (a card each: full coverage in words), `第一步`…`第四步` (ordinals),
# `AA04` (the page).
D, R = "da02.txt", "郑州市"
A += [
    T(D, "确定1个县(市)", "医养结合试点县(市)数", R, "=", 1, "个", 2016, "count", "up", ambiguous=True),
    T(D, "1个区为试点", "医养结合试点区数", R, "=", 1, "个", 2016, "count", "up", ambiguous=True),
    T(D, "全市选择4~5家医疗或养老机构开展医养结合试点", "医养结合试点机构数", R, ">=", 4, "家", 2016, "count", "up",
      value_max=5),
    T(D, "50%以上的县(市、区)开展医养结合试点", "开展医养结合试点的县(市、区)比例", R, ">=", 50, "%", 2017, "rate",
      "up"),
    T(D, "90%以上的医疗机构开设为老年人提供挂号、导诊、就医等便利服务的绿色通道", "为老年人开设就医绿色通道的医疗机构比例",
      R, ">=", 90, "%", 2017, "rate", "up"),
    T(D, "护理型床位占养老床位的比例达到10%以上", "护理型床位占养老床位比例", R, ">=", 10, "%", 2017, "rate", "up"),
    T(D, "护理型床位占养老床位的比例为30%~40%", "护理型床位占养老床位比例", R, ">=", 30, "%", 2020, "rate", "up",
      value_max=40),
]

# da03 a mirror's copy (jiafan.net, traditional script with the mirror's pinyin glosses `達(dá)到`, `務(wù)` and a garbled
# `??埔?guī)` left as given) of 惠州's news of the city government's meeting that passed 《惠州市职业病防治规划
# (2017~2020)》, cut inside the meeting's third demand. Region 惠州市 (`我市`, the plan's name), year 2020 (`到2020年`).
# Scored, the five aims in one sentence: the hazard declaration rate `达到85%以上` (scope 重点行业的用人单位), the
# workplace hazard testing rate `80%以上`, the in-post health check rate `90%以上` (scope 接触职业病危害的劳动者), the
# work-injury insurance coverage `90%以上` and the aid coverage of eligible patients `达到100%`. Not targets: `十二届34次`
# (the meeting's number), `2017~2020` (the plan's span), `三同时` (a rule's name), `一要`…`三要` (ordinals).
D, R, Y = "da03.txt", "惠州市", 2020
A += [
    T(D, "職業(yè)病危害項目申報率達(dá)到85%以上", "职业病危害项目申报率", R, ">=", 85, "%", Y, "rate", "up",
      scope="重点行业的用人单位"),
    T(D, "職業(yè)病危害因素定期檢測率達(dá)到80%以上", "工作场所职业病危害因素定期检测率", R, ">=", 80, "%", Y,
      "rate", "up"),
    T(D, "在崗期間職業(yè)健康檢查率達(dá)到90%以上", "劳动者在岗期间职业健康检查率", R, ">=", 90, "%", Y, "rate", "up",
      scope="接触职业病危害的劳动者"),
    T(D, "工傷保險覆蓋率達(dá)到90%以上", "劳动者工伤保险覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "職業(yè)病病人救助覆蓋率達(dá)到100%", "职业病病人救助覆盖率", R, ">=", 100, "%", Y, "rate", "up",
      scope="符合条件的职业病病人"),
]

# da04 a mirror's copy (regpowell.com, traditional script) of a city's 心理健康促进行动 page from its 健康城市 action:
# the background, then `行动目标` for 2022 and 2030, cut inside the advice to persons. Region `全市` (the text names no
# city; `康园工疗站` points at 广州 but is not plain, so the document's own word, as SCHEMA's 即墨/胶南 case), years
# 2022 and 2030, one pair a sentence. Scored (ten, the cap): literacy 25% / 35%, psychiatrists per 10万 5.3 / 5.5
# (counts in 名), the depression treatment rate's rise `在现有基础上提高30%和80%` (the `…提高幅度` in %, as dd07), the
# registered schizophrenia treatment rate 80% / 85% and the registered severe mental disorder management rate
# 80% / 85% (scope 登记在册). Ambiguous: `60%以上的在管居家患者接受社区康复服务` (2030, an aim, left unscored only for the
# cap) and `倡导成人每日平均睡眠时间为7~8小时` (an advice to persons, not an aim a bureau reports against). Not targets:
# `2.1%`, `4.98%` (the country's prevalence now), `5万余人` (the registered patients at the end of 2019), `失眠现患率…上升
# 趋势减缓` (no number).
D, R = "da04.txt", "全市"
A += [
    T(D, "居民心理健康素養水平提升到25%", "居民心理健康素养水平", R, ">=", 25, "%", 2022, "rate", "up"),
    T(D, "居民心理健康素養水平提升到25%和35%", "居民心理健康素养水平", R, ">=", 35, "%", 2030, "rate", "up"),
    T(D, "每10萬人口精神科執業(助理)醫師達到5.3名", "每10万人口精神科执业(助理)医师数", R, ">=", 5.3, "名", 2022,
      "count", "up"),
    T(D, "每10萬人口精神科執業(助理)醫師達到5.3名和5.5名", "每10万人口精神科执业(助理)医师数", R, ">=", 5.5, "名",
      2030, "count", "up"),
    T(D, "抑鬱症治療率在現有基礎上提高30%", "抑郁症治疗率提高幅度", R, ">=", 30, "%", 2022, "rate", "up"),
    T(D, "抑鬱症治療率在現有基礎上提高30%和80%", "抑郁症治疗率提高幅度", R, ">=", 80, "%", 2030, "rate", "up"),
    T(D, "精神分裂症治療率達到80%", "精神分裂症治疗率", R, ">=", 80, "%", 2022, "rate", "up", scope="登记在册"),
    T(D, "精神分裂症治療率達到80%和85%", "精神分裂症治疗率", R, ">=", 85, "%", 2030, "rate", "up", scope="登记在册"),
    T(D, "嚴重精神障礙患者規範管理率達到80%", "严重精神障碍患者规范管理率", R, ">=", 80, "%", 2022, "rate", "up",
      scope="登记在册"),
    T(D, "嚴重精神障礙患者規範管理率達到80%和85%", "严重精神障碍患者规范管理率", R, ">=", 85, "%", 2030, "rate", "up",
      scope="登记在册"),
    T(D, "60%以上的在管居家患者接受社區康複服務", "在管居家患者接受社区康复服务比例", R, ">=", 60, "%", 2030, "rate",
      "up", ambiguous=True),
    T(D, "倡導成人每日平均睡眠時間為7~8小時", "成人每日平均睡眠时间", R, "=", 7, "小时", None, "amount", "band",
      value_max=8, ambiguous=True),
]

# da05 a mirror's copy (xiandb.cn, traditional script; its spam banner and site name before the headline dropped,
# the stray `電視劇青瓷 524` under the headline kept as given) of an item on 广东's 《“精神卫生服务年”行动实施方案
# (2025—2027年)》, cut inside the account of what exists. Region 广东省 (`廣東`, `全省`), years 2025 (`今年`: the plan is
# issued in 2025, its first year) and 2027 (`到2027年底前`). Scored: sleep clinics in 21 cities (a count to reach,
# 个), the child mental-health clinic opening rate of 妇幼保健机构 `达60%以上` (2025) and `达到70%以上` (2027), scope
# 各地妇幼保健机构. Not targets: `30万以上人口县(市、区)` (which counties lose their bed gap: a qualifier), `覆盖全部县
# (市、区)` and the headline's `县域全覆盖` (no number), `八个方面`, `五进`, `12356` (a hotline's number), `1229家` and `21个
# 地级以上` (what exists now), `524` (the mirror's junk).
D, R = "da05.txt", "广东省"
A += [
    T(D, "睡眠門診覆蓋21個市", "开设睡眠门诊的地级市数", R, ">=", 21, "个", 2025, "count", "up"),
    T(D, "兒童心理衛(wèi)生門診開設(shè)率達60%以上", "儿童心理卫生门诊开设率", R, ">=", 60, "%", 2025, "rate", "up",
      scope="各地妇幼保健机构"),
    T(D, "兒童心理門診開設(shè)率達到70%以上", "儿童心理门诊开设率", R, ">=", 70, "%", 2027, "rate", "up",
      scope="各地妇幼保健机构"),
]

# da06 闽南网's copy (mnw.cn, its `新闻推荐` and channel links after the byline dropped) of 泉州晚报's item of 2017-10-23 on
# 泉港区's 实施方案 for 医养结合. Region 泉港区 (named), year 2017 (`至今年年底`). Scored: hospitals and clinics with a
# green channel for the very old `80%以上` and care homes giving medical care `50%` (a bare figure: an implied 达到,
# `>=`). Not targets: `逐步提升` (no number), 2020's aims (no number), the dateline.
D, R, Y = "da06.txt", "泉港区", 2017
A += [
    T(D, "80%以上的医疗卫生机构开设为高龄老年人提供挂号、就医等便利服务的绿色通道", "为高龄老年人开设就医绿色通道的医疗卫生机构比例",
      R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "50%养老机构能够以不同形式为入住老年人提供医疗卫生服务", "能为入住老年人提供医疗卫生服务的养老机构比例", R,
      ">=", 50, "%", Y, "rate", "up"),
]

# da07 the distractor: a mirror's copy (blinnpr.com, traditional script; its breadcrumb `您當前位置: 工作動態` dropped)
# of 云南's 2022 report on 职业病防治: the 十三五 results and the 攻坚行动 done, cut at the start of 2021's work.
# Achieved figures only, several in aim words: `下降了49.67%`, `培训率100%`, `覆盖率100%`, `指标超过95%`, `建成10个塵肺病
# 康复站`, `16个州市均确定至少1家`, `129个县(市、区)均确定至少1家`, and names with numbers (`一下降、五提升`, `五个全覆盖`,
# `一人一档`). No gold line: every prediction here is a false positive.

write_gold(A, HERE)
