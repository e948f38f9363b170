#!/usr/bin/env python3
"""Build hold-out set AE's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AE (issue 14; gathered after set AD's round, annotated and scored once before any further
change — its first contact is the honest measure of the rounds of sets AC and AD): query kinds no
earlier set used — maternal safety (母婴安全行动提升计划), cancer survival (a traditional-script
digest), echinococcosis and parasitic-disease programmes (a district's 2015 scheme, the national
2006–2015 plan's abstract), a health-management centre's 2026 chronic-disease plan, and a
province's pneumoconiosis action (traditional script).
Files ae01.txt…, so no name clashes with the seeds, the development set or sets A–AD in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before the extractor was run
on them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ae01 a page (spam words `中欧体育`, `月嫂` spliced in) carrying the national 母婴安全行动提升计划's
# release: the 2030 aims it cites from the 纲要, then its own aims for 2025. `2021-2030年`,
# `2018-2020年` are plan spans, `5部分` and `五项制度` count parts and rules.
D, R = "ae01.txt", "全国"
A += [
    T(D, "全国孕产妇死亡率下降到12/10万", "孕产妇死亡率", R, "<=", 12, "1/10万", 2030, "rate", "down"),
    T(D, "全国婴儿死亡率下降到5‰", "婴儿死亡率", R, "<=", 5, "‰", 2030, "rate", "down"),
    T(D, "全国孕产妇死亡率下降到14.5/10万", "孕产妇死亡率", R, "<=", 14.5, "1/10万", 2025, "rate", "down"),
    T(D, "全国婴儿死亡率下降到5.2‰", "婴儿死亡率", R, "<=", 5.2, "‰", 2025, "rate", "down"),
]

# ae02 a digest (traditional script, spam header, partly garbled) of the national cancer plan: the
# headline restates the lead's aim (ambiguous: a headline repeating a body aim); the lead gives the
# change in `%` as the writer put it, the plan's own words in 个百分点; then 健康中国行动's levels for
# 2022 and 2030. `40.5%` is 2015's level, `10部門` bodies.
D, R = "ae02.txt", "全国"
A += [
    T(D, "中國總體癌癥5年生存率2022年要比2015年高3%", "总体癌症5年生存率提高幅度", R, ">=", 3, "%", 2022,
      "rate", "up", ambiguous=True),
    T(D, "中國總體癌癥的5年生存率要比2015年提高3%", "总体癌症5年生存率提高幅度", R, ">=", 3, "%", 2022,
      "rate", "up"),
    T(D, "總體癌癥5年生存率比2015年提高3個百分點", "总体癌症5年生存率提高幅度", R, ">=", 3, "个百分点",
      2022, "rate", "up"),
    T(D, "總體癌癥5年生存率分別不低于43.3%和46.6%", "总体癌症5年生存率", R, ">=", 43.3, "%", 2022,
      "rate", "up"),
    T(D, "總體癌癥5年生存率分別不低于43.3%和46.6%", "总体癌症5年生存率", R, ">=", 46.6, "%", 2030,
      "rate", "up"),
]

# ae03 a district's (unnamed: `我区`) 2015 echinococcosis scheme on a template site: three infection
# rates to bring down, three work rates, a ceiling on stray dogs per village, and one rate for two
# checks in slaughter places (one target, the joint name). `612岁` lost its dash (6–12). `5509字节`,
# `9页`, `1点券` are the site's.
D, R, Y = "ae03.txt", "我区", 2015
A += [
    T(D, "犬感染率降到5%以下", "犬感染率", R, "<=", 5, "%", Y, "rate", "down"),
    T(D, "2岁以下家畜患病率降到10%以下", "2岁以下家畜患病率", R, "<=", 10, "%", Y, "rate", "down"),
    T(D, "612岁儿童血清学阳性率降到5%以下", "儿童血清学阳性率", R, "<=", 5, "%", Y, "rate", "down",
      scope="6-12岁儿童"),
    T(D, "家犬登记、管理率达到90%以上", "家犬登记管理率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "犬规范驱虫覆盖率达到80%以上", "犬规范驱虫覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "无主犬平均每村少于1条", "每村无主犬数", R, "<", 1, "条", Y, "count", "down"),
    T(D, "牲畜屠宰检疫和病变脏器无害化处理率均达到100%", "牲畜屠宰检疫和病变脏器无害化处理率", R, ">=",
      100, "%", Y, "rate", "up", scope="集中屠宰场所"),
]

# ae04 a paper's abstract of the national 2006–2015 parasitic-disease plan: the helminth infection
# rate to fall by 40% by 2010 and by 60% by 2015 on 2004 (relative falls, named for the change).
D, R = "ae04.txt", "全国"
A += [
    T(D, "全国蠕虫感染率到2010年底下降40%以上", "蠕虫感染率下降幅度", R, ">=", 40, "%", 2010, "rate", "up"),
    T(D, "到2015年底下降60%以上", "蠕虫感染率下降幅度", R, ">=", 60, "%", 2015, "rate", "up"),
]

# ae05 a health-management centre's 2026 chronic-disease plan (book118; `发布于四川` is the upload's
# place, the plan names only `本辖区`): from-to aims (the first number a baseline), a `分别` pair of
# from-to aims, two relative falls, a count of units to build and a share. The 2025 survey's levels
# (`28.7%` …), `三升两降`, `35岁以上`, `BMI≥24` are no aims.
D, R, Y = "ae05.txt", "本辖区", 2026
Q = "高血压、糖尿病患者血压、血糖控制率分别从61%、58%提升至68%、65%"
A += [
    T(D, "高血压规范管理率从78%提升至85%", "高血压规范管理率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "糖尿病规范管理率从72%提升至80%", "糖尿病规范管理率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, Q, "高血压患者血压控制率", R, ">=", 68, "%", Y, "rate", "up"),
    T(D, Q, "糖尿病患者血糖控制率", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "心脑血管事件发生率较2025年下降5%", "心脑血管事件发生率下降幅度", R, ">=", 5, "%", Y, "rate", "up"),
    T(D, "慢病人群年均急诊次数减少15%", "慢病人群年均急诊次数减少幅度", R, ">=", 15, "%", Y, "rate", "up"),
    T(D, "培育3个社区级“慢病健康示范单元”", "社区级慢病健康示范单元数", R, ">=", 3, "个", Y, "count", "up"),
    T(D, "居民慢病防治知识知晓率达80%以上", "居民慢病防治知识知晓率", R, ">=", 80, "%", Y, "rate", "up"),
]

# ae06 广东省's pneumoconiosis action (traditional script), its pinyin glosses (`報(bào)`) kept as stored, cut off after its first two aims for the
# end of 2020, both for the employers brought under the campaign (scope). `〔2019〕71號`, `10部門`
# are a document number and bodies.
D, R, Y = "ae06.txt", "广东省", 2020
S = "纳入治理范围的用人单位"
A += [
    T(D, "納入治理范圍的用人單位粉塵危害申報(bào)率達(dá)到95%以上", "粉尘危害申报率", R, ">=", 95, "%", Y,
      "rate", "up", scope=S),
    T(D, "粉塵濃度定期檢測(cè)率達(dá)到95%以上", "粉尘浓度定期检测率", R, ">=", 95, "%", Y, "rate", "up", scope=S),
]

write_gold(A, HERE)
