#!/usr/bin/env python3
"""Build hold-out set AW's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AW (issue 14; gathered on main 96de6dd, after this session's merged rounds and sets AU and AV,
and annotated before the extractor ever ran on it; the lead engineer scores it once on the final
merged code of the session, so its first contact is the honest measure of that code and the set is
unspent): query themes of maternal and child health, the health workforce, health information and
poverty-area health and pairing — a province's notice on tertiary hospitals pairing with the county
hospitals of poor counties (河北, 2020), a city's 2015 news on resident health cards and phones for
rural insurance (宝鸡), a county's 2020 livelihood item on newborn deafness-gene screening with its
task and its result (双峰县), a township hospital's 2012 maternal and child health plan whose aims
carry no number (黄茅洲镇中心卫生院), a Taiwan health bureau's 2008 budget table with its expected
results (traditional, a flattened box-drawn table), a 2021 news feature on rural health (traditional,
achieved figures only) and a province's enrolment quota for rural general practitioners (河南's
exam site, the province unnamed in the text).
Files aw01.txt…, so no name clashes with the seeds, the development set or sets A–AV in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before the extractor was run
on them (it was not run on them at all by the annotator). Check:
python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# aw01 a medical news site's item on 河北's notice (four provincial bodies) that tertiary hospitals go
# on pairing with the county hospitals of poor counties. The only year the text names is `力争到2020年`,
# given to every aim. `达到二级水平` and `30万人口以上的达到二级甲等水平` are grades, not quantities (二级 is
# a rank, 30万人口 the threshold that picks the counties): no gold line. `90%大病不出县` is the slogan
# of the county treatment share, a floor for the poor counties (scope 贫困县). The pairing team's size
# (`不少于5人`), the smaller team a TCM hospital may send (`可派驻3名`: the floor for TCM hospitals,
# scope 中医医院) and the senior staff (`至少选派1名`) are counts per supporting hospital. `每批医务人员
# 连续工作时间不得少于1年` is a norm of how long each posting lasts (ambiguous, as AP and AT keep norms of
# time). The consulting phone number is a distractor.
D, R, Y = "aw01.txt", "河北省", 2020
A += [
    T(D, "90%大病不出县", "县域内就诊率", R, ">=", 90, "%", Y, "rate", "up", scope="贫困县"),
    T(D, "帮扶团队不少于5人", "组团式帮扶团队人数", R, ">=", 5, "人", Y, "count", "up", scope="支援医院"),
    T(D, "中医医院可派驻3名", "组团式帮扶团队人数", R, ">=", 3, "名", Y, "count", "up", scope="中医医院"),
    T(D, "至少选派1名副高职称以上业务骨干", "副高职称以上业务骨干选派人数", R, ">=", 1, "名", Y, "count", "up",
      scope="支援医院"),
    T(D, "每批医务人员连续工作时间不得少于1年", "每批医务人员连续工作时间", R, ">=", 1, "年", Y, "amount", "up",
      ambiguous=True),
]

# aw02 a city paper's 2015 news (dated 08.04.2015, the work meeting of 4月3日) on 宝鸡's "digital health":
# this year (`年内`, 2015) at least a million resident health cards, and phones for managing rural
# insurance for at least 40% of farm households. The lead paragraph's card aim is scored; the body
# restates it word for word in its list (ambiguous, as AS keeps body restatements) and the headline
# gives it as `百万张` (ambiguous, as AL keeps a restating headline). The date, the time and the
# meeting day are distractors.
D, R, Y = "aw02.txt", "宝鸡市", 2015
A += [
    T(D, "年内发百万张健康卡", "居民健康卡发卡量", R, ">=", 100, "万张", Y, "count", "up", ambiguous=True),
    T(D, "年内全市城乡居民健康卡发卡量不低于100万张", "居民健康卡发卡量", R, ">=", 100, "万张", Y, "count", "up"),
    T(D, "年内全市居民健康卡发卡量不低于100万张", "居民健康卡发卡量", R, ">=", 100, "万张", Y, "count", "up",
      ambiguous=True),
    T(D, "年内为40%以上农户配发新农合管理手机", "配发新农合管理手机农户比例", R, ">=", 40, "%", Y, "rate", "up"),
]

# aw03 a county site's news list excerpt (双峰县, 2020-12-01): the county's 2020 livelihood items were
# done ahead of time. The one aim with a number is the year's task for newborn deafness-gene screening
# (`目标任务为1350人`, a task to reach: `>=`, as AN and AU keep quotas); the county is named in the text,
# so its `全县` is 双峰县. `完成1444例`, `完成率106.9%` and `9 例` are results; the dates are distractors.
D, R, Y = "aw03.txt", "双峰县", 2020
A += [
    T(D, "新生儿遗传性耳聋基因筛查目标任务为1350人", "新生儿遗传性耳聋基因筛查人数", R, ">=", 1350, "人", Y,
      "count", "up"),
]

# aw04 a document site's copy of 黄茅洲镇中心卫生院's 2012 maternal and child health plan. Its
# `具体工作指标` name rates to raise or control (叶酸增补率, 住院分娩率, 剖宫产率, 健康建档率 …) with no
# number, and `力争把2012年成绩再提高一节` has none either: by SCHEMA no target, so the page has no gold
# line. 2012, `5岁以下`, `7岁以下` and the list numbers 1–7 are distractors.

# aw05 the Taiwan health bureau's (行政院衛生署國民健康局) budget sheet for 97年度 (2008), a box-drawn
# table flattened into two columns run side by side: each line holds a piece of 計畫內容 (left) and a
# piece of 預期成果 (right), so the expected results are split across lines. Region 台湾 (the bureau's
# own jurisdiction, as AU and AV write Taiwan's plans); year 2008. The expected results are targets:
# at least 150 counselling clients and 60 consultations, questionnaires from 300 (the `至少完成`
# reaches the whole list), at least 10 community medical groups joining child preventive care, and
# within them a developmental screening rate of 85% for children aged 0–3. The budget (185,096 千元,
# written in 元) is a plan's spending (ambiguous, as LL and AV keep it); 5257301800 is the programme's
# code.
D, R, Y = "aw05.txt", "台湾", 2008
A += [
    T(D, "至少完成諮詢150人", "人工流产咨询服务人数", R, ">=", 150, "人", Y, "count", "up"),
    T(D, "諮商服務60人", "人工流产咨商服务人数", R, ">=", 60, "人", Y, "count", "up"),
    T(D, "試辦機構人員問卷300份", "人工流产咨询服务问卷数", R, ">=", 300, "份", Y, "count", "up"),
    T(D, "擇定社區醫療群至少10群", "结合儿童预防保健服务的社区医疗群数", R, ">=", 10, "群", Y, "count", "up"),
    T(D, "0-3歲兒童發展篩檢率達85%", "0-3岁儿童发展筛检率", R, ">=", 85, "%", Y, "rate", "up",
      scope="社区医疗群"),
    T(D, "185,096", "科技发展工作预算金额", R, "=", 185096000, "元", Y, "amount", "up", ambiguous=True),
]

# aw06 a mirror (traditional) of 瞭望's 2021 feature on rural health: what stands now (the county
# treatment share over 90%, village and township visits two thirds of the county's, 12 kinds of
# basic services, a hundred million hypertension patients managed, 35 million diabetics) and what a
# pairing hospital sent since 2016 (50 batches, 82 experts, nearly 20 specialties). None is an aim.
# `打造15分鐘醫療衛生服務圈` names the aim of a 15-minute service circle that the country `正…打造`:
# whether that is a target with a number or a concept's name is open (ambiguous). Region 全国.
D, R, Y = "aw06.txt", "全国", 2021
A += [
    T(D, "打造15分鐘醫療衛生服務圈", "医疗卫生服务圈时间半径", R, "<=", 15, "分钟", Y, "amount", "down",
      ambiguous=True),
]

# aw07 a provincial exam site's item (河南's gaokao.haedu.cn; the text says only `我省` and `省卫生厅`, so
# the province is not named: its own word 全省) on this year's enrolment for the rural-GP track of
# integrated medicine: 100 places, 50 of them trained on order for the province's township hospitals.
# No year is in the text (`今年` only, and the address carries no date): year null. Enrolment quotas
# are counts to reach (`计划`: `>=`). `本科三批` is a round of admission, not a target.
D, R, Y = "aw07.txt", "全省", None
A += [
    T(D, "本科专业今年计划招生100人", "农村全科医师本科专业招生人数", R, ">=", 100, "人", Y, "count", "up"),
    T(D, "面向我省订单定向培养50人", "农村订单定向医学生培养人数", R, ">=", 50, "人", Y, "count", "up"),
]

write_gold(A, HERE)
