#!/usr/bin/env python3
"""Build hold-out set BK's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BK (gathered on main db186c7, after the BH/BI first contact, and annotated before any extractor run:
the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent): 迪庆's 2012 half-year population meeting (a prefecture; yearly aims beside achieved figures),
the national birth-defect plan's 2027 aims (a news mirror), a county family-planning plan template
(traditional, place names blanked), a 1987 national TB meeting's vaccination aims (a journal abstract),
Taipei's free elder check-up quotas for next year (traditional), Macao's doctor and nurse needs quoted
in a legislator's question (traditional, 2026) and a township's 民生实事 meeting with achieved
screenings only (the distractor). Files bk01.txt…, so no name clashes with the seeds, the development
set or the other sets.

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

# bk01 香格里拉网 (a prefecture's news site, 2012-08-13): the prefecture's half-year population meeting.
# The text names no prefecture, only 全州 and 州计生委, so the region is the document's own word `全州`
# (SCHEMA: 迪庆 is not plain from the text). No year in the text (今年), so year null. The year's
# control figures are targets: `出生率可以控制在12.5‰的指标范围内` (a ceiling, down) and `计划生育率可以
# 达到88%的任务指标要求` (up). `完成全年目标任务数60%` names the year's aim for 避孕及时率 (38% done so far)
# but could be read as 60% of the task count: ambiguous. The half-year figures (1676人, 4.49‰, 3.02‰,
# 1.48‰, 38%) are achieved: no targets.
D, R, Y = "bk01.txt", "全州", None
A += [
    T(D, "出生率可以控制在12.5‰", "人口出生率", R, "<=", 12.5, "‰", Y, "rate", "down"),
    T(D, "计划生育率可以达到88%", "计划生育率", R, ">=", 88, "%", Y, "rate", "up"),
    T(D, "完成全年目标任务数60%", "避孕及时率", R, ">=", 60, "%", Y, "rate", "up", ambiguous=True),
]

# bk02 a news mirror (新华社, 2023-08-26) of the national 出生缺陷防治能力提升计划(2023-2027年): the 2027
# aims. `分别保持在70%和80%以上` gives two targets, each quote from the list's head to its value (as bi02).
# `2周内诊断率、2周内治疗率均达到90%` and `3个月内诊断率、6个月内干预率均达到90%` are one number for two
# indicators each: one target with the joint name (SCHEMA). `6方面措施`, `18项工作任务` are no targets;
# the text stops mid-sentence at `婴儿死亡` as the corpus returns it.
D, R, Y = "bk02.txt", "全国", 2027
L = "婚前医学检查率、孕前优生健康检查目标人群覆盖率分别保持在70%"
A += [
    T(D, L, "婚前医学检查率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, L + "和80%以上", "孕前优生健康检查目标人群覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "产前筛查率达到90%", "产前筛查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "新生儿遗传代谢病2周内诊断率、2周内治疗率均达到90%", "新生儿遗传代谢病2周内诊断率和治疗率", R, ">=", 90,
      "%", Y, "rate", "up"),
    T(D, "新生儿听力障碍3个月内诊断率、6个月内干预率均达到90%", "新生儿听力障碍3个月内诊断率和6个月内干预率", R,
      ">=", 90, "%", Y, "rate", "up"),
]

# bk03 a model-essay site's county family-planning plan (traditional; the county's name and the plan
# period are blanked: `“”時期`, `XX年`). Region `全县` (the text says only 縣, as AP and AT write an
# unnamed county). Year 2018 from the title (`2018年度…工作計劃`), the only year the text gives (SCHEMA:
# the plan year when it says nothing else); doubtful, as the body is a five-year plan. The population
# ceiling (`34萬以內`, no counting word: 340000 人 as d03 writes a population), the growth-rate ceiling
# and the policy-birth floor are targets; `穩定在更替水平以下` has no number.
D, R, Y = "bk03.txt", "全县", 2018
A += [
    T(D, "人口總量控制在34萬以內", "人口总量", R, "<=", 340000, "人", Y, "count", "down"),
    T(D, "年均人口自然增長率控制在7.5‰以內", "年均人口自然增长率", R, "<=", 7.5, "‰", Y, "rate", "down"),
    T(D, "符合政策生育率保持在85%以上", "符合政策生育率", R, ">=", 85, "%", Y, "rate", "up"),
]

# bk04 a journal abstract (论文部分内容阅读) on the 1987 TB meetings: the ministry's deputy director asks
# every province to ensure `1988年和1990年四苗接种率以省、县为单位分别达到85%以上` — two targets, 1988 with
# the province as the unit and 1990 with the county (分别 pairs the years with the units), the clause cannot be
# split, so the 1988 line quotes it to `85%` and the 1990 line to `85%以上` (two quotes, one start). Region 全国 (各省、自治区、直辖市). The meeting dates are no targets.
D, R = "bk04.txt", "全国"
Q = "1988年和1990年四苗接种率以省、县为单位分别达到85%以上"
A += [
    T(D, Q[:-2], "四苗接种率", R, ">=", 85, "%", 1988, "rate", "up", scope="以省为单位"),
    T(D, Q, "四苗接种率", R, ">=", 85, "%", 1990, "rate", "up", scope="以县为单位"),
]

# bk05 聯合報 (traditional) on Taipei's free elder check-ups: next year's quota, 6萬9960, told three times
# (`明年度6萬9960個名額`, `明年名額調降為6萬9960人`, `可服務6萬9960名長者`); all three are scored, as AS and BE
# score a restated aim, with `>=` (a bare quota, implied 达到, as BI's clinic quotas). No year in the text
# (明年): year null. This year's quota (`今年名額7萬3170人`) is the running year's allotment, told beside
# achieved bookings: ambiguous. `總數提升至30家醫院、55家診所` is next year's contracted providers, an
# arrangement more than an aim: ambiguous (one line, the hospitals; the clinics likewise). The cut
# (`減少3210名`), the 58.6萬 elders, 24% and 6萬1558 bookings are no targets.
D, R, Y = "bk05.txt", "台北市", None
I = "老人免费健康检查名额"
A += [
    T(D, "明年度6萬9960個名額", I, R, ">=", 69960, "个", Y, "count", "up"),
    T(D, "明年名額調降為6萬9960人", I, R, ">=", 69960, "人", Y, "count", "up"),
    T(D, "可服務6萬9960名長者", I, R, ">=", 69960, "名", Y, "count", "up"),
    T(D, "今年名額7萬3170人", I, R, ">=", 73170, "人", Y, "count", "up", ambiguous=True),
    T(D, "總數提升至30家醫院", "老人健检特约医院数", R, ">=", 30, "家", Y, "count", "up", ambiguous=True),
    T(D, "55家診所", "老人健检特约诊所数", R, ">=", 55, "家", Y, "count", "up", ambiguous=True),
]

# bk06 a Macao news portal (澳廣視, 2026-01-03, traditional): a legislator quotes the authority's own
# aims for the super-aged society — doctors and nurses per thousand (ranges: value and value_max, `>=`
# for up-indicators, SCHEMA) and the yearly additions needed. These are the authority's stated needs
# (`當局曾指出…需提升至`), scored as aims. No year is given for them (`未來`): year null. `2029年…21.4%` is
# a forecast of the elderly share: no target. Region 澳门 (本澳).
D, R, Y = "bk06.txt", "澳门", None
A += [
    T(D, "每千人口 3.5至 4名醫生", "每千人口医生数", R, ">=", 3.5, "名", Y, "count", "up", value_max=4),
    T(D, "5.5至 6名護士", "每千人口护士数", R, ">=", 5.5, "名", Y, "count", "up", value_max=6),
    T(D, "每年需新增醫生 90至 120人", "每年新增医生数", R, ">=", 90, "人", Y, "count", "up", value_max=120),
    T(D, "護士 150至 180人", "每年新增护士数", R, ">=", 150, "人", Y, "count", "up", value_max=180),
]

# bk07 a county forum's item (2023-02-22) on 夏馆镇's 2023 民生实事 meeting: the screenings done since the
# start (2471人, 2460人, 1248人, 1251人, 572户) are achieved; the year's aims are words only. The
# distractor: no target.

if __name__ == "__main__":
    write_gold(A, HERE)
