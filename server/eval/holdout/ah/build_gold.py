#!/usr/bin/env python3
"""Build hold-out set AH's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AH (issue 14; gathered after set AG's round, annotated and scored once before any further
change — its first contact is the honest measure of set AG's round): query kinds no earlier set
used — a province's weight-management campaign (体重管理年, a headline list then a section that
repeats it), county hospitals brought to tertiary capacity (千县工程), schistosomiasis elimination
by stages (血吸虫, traditional script), the viral-hepatitis plan 2025–2030 (traditional, garbled),
the hepatitis C elimination scheme as PDF text (丙肝), a city's influenza-vaccine scheme
(流感疫苗, traditional) and two leprosy plans (麻风, traditional: the 2024–2030 plan's news and a
2015 news item on the 2011–2020 plan).
Files ah01.txt…, so no name clashes with the seeds, the development set or sets A–AG in
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

# ah01 a portal's page on 四川省's three-year weight-management campaign (to 2026): a headline list
# of three aims, then the province's and the nation's present rates (16.4%, 34.6% … are the
# present), then section B lists the aims again with three more — the repeats ambiguous. The two
# yearly growth caps share one `控制在…以内` (paired in order). The last line is cut off before its
# number. `17个部门`, `三年` and `3000万人` are no aims.
D, R, Y = "ah01.txt", "四川省", 2026
Q1 = "全省机关、企事业单位工间操覆盖率达50%"
Q2 = "提供体重管理及肥胖症诊疗服务覆盖率达100%"
N2 = "体重管理及肥胖症诊疗服务覆盖率"
A += [
    T(D, Q1, "工间操覆盖率", R, ">=", 50, "%", Y, "rate", "up", scope="机关、企事业单位", occ=0),
    T(D, "二级及以上综合医院" + Q2, N2, R, ">=", 100, "%", Y, "rate", "up",
      scope="二级及以上综合医院"),
    T(D, "儿童青少年超重率、成人肥胖率年均增幅控制在2%", "儿童青少年超重率年均增幅", R, "<=", 2, "%", Y,
      "rate", "down"),
    T(D, "成人肥胖率年均增幅控制在2%、5%以内", "成人肥胖率年均增幅", R, "<=", 5, "%", Y, "rate", "down"),
    T(D, Q1, "工间操覆盖率", R, ">=", 50, "%", Y, "rate", "up", scope="机关、企事业单位", occ=1,
      ambiguous=True),
    # One number for two garbled indicators (`…的比例符合要求的…开课率均达到100%`): one joint target.
    T(D, "将体重管理纳入健康教育课的比例符合要求的中小学体育课程开课率均达到100%",
      "体重管理纳入健康教育课比例和中小学体育课程开课率", R, ">=", 100, "%", Y, "rate", "up",
      scope="中小学"),
    T(D, "各市建成率达到30%", "营养健康食堂建成率", R, ">=", 30, "%", Y, "rate", "up", scope="各市"),
    T(D, "三州达到15%", "营养健康食堂建成率", R, ">=", 15, "%", Y, "rate", "up", scope="三州"),
    T(D, Q2, N2, R, ">=", 100, "%", Y, "rate", "up", scope="二级及以上综合医院", occ=1,
      ambiguous=True),
    T(D, "居民健康素养水平达29%", "居民健康素养水平", R, ">=", 29, "%", Y, "rate", "up"),
]

# ah02 a city paper's note on two of 太原's county hospitals joining the national 千县工程: the aim
# is the nation's (at least 1000 county hospitals at tertiary capacity by 2025).
A += [
    T("ah02.txt", "全国至少1000家县医院要达到三级医院医疗服务能力水平", "达到三级医院医疗服务能力水平的县医院数",
      "全国", ">=", 1000, "家", 2025, "count", "up"),
]

# ah03 a securities paper's item (traditional script) on the national schistosomiasis elimination
# plan (2023–2030): the one number set is the share of endemic counties meeting the elimination
# standard by 2025 (a bare share before 达到: implied >=). `所有…` has no number; stage spans and
# `六大行動` are no aims.
A += [
    T("ah03.txt", "85%的縣(市、區)達到消除標準", "达到血吸虫病消除标准的流行县比例", "全国", ">=", 85, "%", 2025,
      "rate", "up"),
]

# ah04 a portal's copy (traditional script, pinyin glosses in brackets) of the news on the national
# viral-hepatitis plan 2025–2030: three of its six 2030 indicators before the excerpt ends. The
# 12-hour dose timing is a practice, not a level to reach; `5個方面`, `13條`, `6項` count tasks.
D, R, Y = "ah04.txt", "全国", 2030
A += [
    T(D, "兒童甲肝、乙肝疫苗全程接種率持續(xù)保持在95%及以上", "儿童甲肝、乙肝疫苗全程接种率", R, ">=", 95, "%",
      Y, "rate", "up"),
    T(D, "新生兒乙肝疫苗首劑及時(shí)接種率持續(xù)保持在90%及以上", "新生儿乙肝疫苗首剂及时接种率", R, ">=", 90,
      "%", Y, "rate", "up"),
    T(D, "5歲以下兒童乙肝病毒表面抗原流行率降至0.2%及以下", "5岁以下儿童乙肝病毒表面抗原流行率", R, "<=", 0.2,
      "%", Y, "rate", "down"),
]

# ah05 a document site's PDF text of the national hepatitis C elimination scheme (2021–2030),
# cut off in its 2021 aims: at least one hospital per county for antiviral treatment. The site's
# counters (`5.94千字`, `10页`) are no aims.
A += [
    T("ah05.txt", "至少遴选 1 家符合条件的医疗机构承担丙肝抗病毒治疗工作", "承担丙肝抗病毒治疗工作的医疗机构数",
      "全国", ">=", 1, "家", 2021, "count", "up", scope="每个县(区)"),
]

# ah06 a news page (traditional script) on 北京市's 2020 influenza-vaccine scheme: a rise in doses
# over 2019 (the year is the base, 2020 the aim) and the pupils' vaccination rate.
D, R, Y = "ah06.txt", "北京市", 2020
A += [
    T(D, "全市流感疫苗接種數較2019年增加20%", "流感疫苗接种数增幅", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "中小學生流感疫苗接種率達到50%以上", "流感疫苗接种率", R, ">=", 50, "%", Y, "rate", "up",
      scope="中小学生"),
]

# ah07 a people's-daily regional page (traditional script) on the national leprosy plan
# 2024–2030: for 2025 the share of counties with a prevalence above 1/10萬 (under 1%) and the
# grade-2 disability ratio at completed treatment (3% or below); for 2030 both at 0 (`為0`, an
# exact quantity: =; the counties as a count). 2011–2022 figures, `46個`, `302例`, `194個` are the
# past; `1/10萬` inside the name is a threshold, no aim.
D, R = "ah07.txt", "全国"
N1, N2 = "麻风患病率大于1/10万的县比例", "麻风患者完成治疗时新发生2级畸残比"
A += [
    T(D, "全國麻風患病率大於1/10萬的縣(市、區)數少於1%", N1, R, "<", 1, "%", 2025, "rate", "down"),
    T(D, "麻風患者完成治療時新發生2級畸殘比控制在3%以下", N2, R, "<=", 3, "%", 2025, "rate", "down"),
    T(D, "全國麻風患病率大於1/10萬的縣(市、區)數為0", "麻风患病率大于1/10万的县数", R, "=", 0, "个", 2030,
      "count", "down"),
    T(D, "麻風患者完成治療時新發生2級畸殘比為0", N2, R, "=", 0, "%", 2030, "rate", "down"),
]

# ah08 a health paper's item (traditional script, 2015) on leprosy: the 2011–2020 plan's aims — 98%
# of counties under 1/10萬 by 2020, restated as at most 57 counties short of it, and every
# county under 1/萬 by the end of 2015. `90%以上的縣` is reached already; 2014's figures are the past.
D, R = "ah08.txt", "全国"
A += [
    T(D, "全國98%的縣(市)患病率要控制在1/10萬以下", "麻风患病率控制在1/10万以下的县比例", R, ">=", 98, "%",
      2020, "rate", "up"),
    T(D, "未達標縣(市)不超過57個", "麻风患病率未达标县数", R, "<=", 57, "个", 2020, "count", "down"),
    T(D, "所有縣(市)患病率要控制在1/萬以下", "麻风患病率", R, "<=", 1, "1/万", 2015, "rate", "down",
      scope="每个县(市)"),
]

write_gold(A, HERE)
