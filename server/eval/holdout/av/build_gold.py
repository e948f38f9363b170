#!/usr/bin/env python3
"""Build hold-out set AV's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AV (issue 14; gathered on main 7627fe6, after this session's merged rounds — sets AO–AS,
names10–names12, regions5 — and annotated and scored once before any further change: its first
contact is the honest measure of that code; its round is left to a later session, so the set is
unspent): query themes of mental health, older people, endemic and infectious disease and health
emergencies — the national pilot tasks of the social-psychological service system, a county's
older-friendly hospitals (2021/2022), a city's echinococcosis (hydatid) programme with its years
blanked (保定), a 2006 Taiwan news item (traditional) on halving tuberculosis in ten years with its
figures in Chinese numerals, a disease-control centre's 2026 drill plan, a street office's plague
plan (traditional, no target) and national news on hepatitis (traditional, achieved figures only).
Files av01.txt…, so no name clashes with the seeds, the development set or sets A–AU in
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

# av01 the national health commission's mental-health centre page with the pilot areas' key tasks
# of the social-psychological service system (sections 一 and 二; the excerpt stops mid-clause at
# `40%的二级以上综合医院开`). The tasks bind the pilot areas of the whole country: region 全国, scope
# 试点地区. The only year the text names is `2021年底前` (the pilot's end), so every aim takes 2021.
# How often meetings, surveys and classes are held (`每半年至少召开一次`, `开展一次联合调研评估`,
# `每学期至少开展1次`) are norms of how often an activity runs: ambiguous, as AP and TT keep them.
# `师生比不少于1:4000` is a ratio with the base second; written as JJ writes `1:1.6` (value 4000,
# 倍) but ambiguous, since the schema has no form for a per-4000 staffing ratio. The last aim's
# noun is cut off after 开; it is named for what a hospital would open there (a psychological
# clinic or psychiatry department), following (八)'s own 设立心理门诊. `一对一心理干预`, `全员培训`
# and the notice's title are no targets.
D, R, Y, S = "av01.txt", "全国", 2021, "试点地区"
A += [
    T(D, "每半年至少召开一次党委政府领导参加的会议", "试点工作领导小组会议召开次数", R, ">=", 1, "次", Y, "count", "up",
      scope=S, ambiguous=True),
    T(D, "对试点地区开展一次联合调研评估", "省级多部门联合调研评估次数", R, ">=", 1, "次", Y, "count", "up",
      scope=S, ambiguous=True),
    T(D, "对各区县至少开展一次联合调研评估", "试点地区多部门联合调研评估次数", R, ">=", 1, "次", Y, "count", "up",
      scope="各区县", ambiguous=True),
    T(D, "以村(社区)为单位,建成率达80%以上", "村(社区)心理咨询室或社会工作室建成率", R, ">=", 80, "%", Y, "rate",
      "up", scope=S),
    T(D, "师生比不少于1:4000", "高等院校心理健康教育专职教师师生比", R, ">=", 4000, "倍", Y, "amount", "up",
      scope="高等院校", ambiguous=True),
    T(D, "建立心理辅导室的中小学校比例达100%", "建立心理辅导室的中小学校比例", R, ">=", 100, "%", Y, "rate", "up",
      scope=S),
    T(D, "每学期至少开展1次面向家长和学生的心理健康教育", "中小学校每学期心理健康教育次数", R, ">=", 1, "次", Y,
      "count", "up", scope="中小学校", ambiguous=True),
    T(D, "100%的党政机关、事业单位和规模以上企业单位为员工提供心理健康讲座",
      "为员工提供心理健康服务的党政机关、事业单位和规模以上企业单位比例", R, ">=", 100, "%", Y, "rate", "up",
      scope=S),
    T(D, "辖区100%精神专科医院设立心理门诊", "设立心理门诊的精神专科医院比例", R, ">=", 100, "%", Y, "rate", "up",
      scope=S),
    T(D, "40%的二级以上综合医院开", "开设心理门诊的二级以上综合医院比例", R, ">=", 40, "%", Y, "rate", "up",
      scope=S),
]

# av02 a document site's copy of a county health bureau's plan for older-friendly medical
# institutions (the county is never named: `县卫生健康局…在县内`, its own word 全县; the province's
# and city's `健康` campaign name was blanked in the copy). Two aims: at least 50% of the listed
# institutions by 2021 and 80% by 2022 (one target each, with the list as scope).
D, R = "av02.txt", "全县"
SC = "综合性医院、中医医院、康复医院、护理院和基层医疗机构"
A += [
    T(D, "50%以上的综合性医院、中医医院、康复医院、护理院和基层医疗机构成为老年友善医疗机构", "老年友善医疗机构比例", R,
      ">=", 50, "%", 2021, "rate", "up", scope=SC),
    T(D, "80%以上的综合性医院、中医医院、康复医院、护理院和基层医疗机构成为老年友善医疗机构", "老年友善医疗机构比例", R,
      ">=", 80, "%", 2022, "rate", "up", scope=SC),
]

# av03 a document site's copy (OCR-like: 旳 for 的, 目旳, 避免 for 预防) of a city's dog-deworming
# programme against echinococcosis; the city is 保定 (`实行范畴 保定全市区`, `我市`); both years are
# blanked (`()年`), so year is null (the upload date 2026-02-02 is the site's, not the plan's).
# Two aims: the public's knowledge rate and the dog-deworming coverage, each 80%以上. `约 3 万只`
# is the present number of dogs; `十四部委`, the document number, page counts and file size are
# distractors.
D, R, Y = "av03.txt", "保定市", None
A += [
    T(D, "群众对包虫病及其危害性旳知晓率达到 80%以上", "包虫病防治知识知晓率", R, ">=", 80, "%", Y, "rate", "up",
      scope="群众"),
    T(D, "犬驱虫覆盖率达到 80%以上", "犬驱虫覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
]

# av04 a blog's copy (traditional) of 聯合報's 2006-07-19 item: Taiwan's health department plans to
# halve tuberculosis in ten years. The aim: by 二○一五年 an incidence of 卅四 (34) per 100,000 (a
# ceiling, `降到`). Region 台湾 (the text's 台灣; a plan of Taiwan's own health authority, which the
# schema does not exclude, though set AH left Taiwan pages out). The headline's `10年減半` restates
# the aim as a halving (ambiguous: a rise-or-fall size with no base figure of its own). The budget
# of 一百七十億元 over ten years is stated three times (headline `砸170億`, `預估…將花費`, `總經費達`):
# a plan's whole spending, ambiguous as LL keeps such totals. The 2003 and present figures
# (一萬五千人, 一千三百人, 六十六點六七人, 十三倍, 廿四點八人, 二點七倍, 五點八人, 一點九人, 卅八種, 七成,
# 四十一名, 八成) are no targets; `十年減半計畫` is the plan's name.
D, R, Y = "av04.txt", "台湾", 2015
A += [
    T(D, "結核病發生率能降到每十萬人口卅四人", "结核病发生率", R, "<=", 34, "1/10万", Y, "rate", "down"),
    T(D, "要讓結核病10年減半", "结核病发生率下降幅度", R, ">=", 50, "%", Y, "rate", "up", ambiguous=True),
    T(D, "衛署砸170億", "结核病十年减半计划经费", R, "=", 170, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "預估十年將花費一百七十億元", "结核病十年减半计划经费", R, "~", 170, "亿元", Y, "amount", "up",
      ambiguous=True),
    T(D, "總經費達一百七十億元", "结核病十年减半计划经费", R, "=", 170, "亿元", Y, "amount", "up", ambiguous=True),
]

# av05 a document site's copy of a disease-control centre's 2026 emergency-drill plan for a city it
# calls only `本地区` (a transport hub; `发布于四川` is the uploader's place, not the plan's): region
# 本地区, year 2026. Five aims: response within 2 hours (a ceiling), a 95% correct-handling rate, a
# 30% faster information sharing (the rise itself), 100% plan revision and drill-derived outreach
# reaching 60% of residents. `零延误` has no figure (not a target). The 2025 monitoring figures
# (上升12%, 增加8%, 增长20%) are the present; 5.16千字, 11页, `• 0` and 1亿 are page furniture.
D, R, Y = "av05.txt", "本地区", 2026
A += [
    T(D, "突发疫情响应时间压缩至2小时内", "突发疫情响应时间", R, "<=", 2, "小时", Y, "amount", "down"),
    T(D, "关键环节处置正确率达95%以上", "关键环节处置正确率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "信息共享时效提升30%", "信息共享时效提升幅度", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "预案修订覆盖率达100%", "应急预案修订覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "科普活动覆盖常住人口的60%以上", "演练衍生科普活动常住人口覆盖率", R, ">=", 60, "%", Y, "rate", "up"),
]

# av06 an essay site's first of five plague-control plans (traditional) for a street office of
# 鄂尔多斯市东胜区 (紡織街道): aims without any number (`嚴防人間病例發生`, `全面掌握`), so the page sets
# no target and has no gold line. `【五篇】`, `方案1`, 東政辦發[2020]18號, `十九屆二中、三中、四中`,
# `兩早一延長` are distractors: every prediction here is a false positive.

# av07 a spam-headed copy (traditional, with mis-decoded characters kept) of Xinhua's 2022-07-24
# news for World Hepatitis Day: every figure is what stood (接種率均已達到90%以上, 丙肝治愈率達到95%,
# 2014年…已降至0.32%, 2800萬人 spared), none an aim; no gold line.

write_gold(A, HERE)
