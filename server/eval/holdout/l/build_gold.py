#!/usr/bin/env python3
"""Build hold-out set L's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set L (issue 14; gathered after set I's round, annotated and scored once before any change):
older plans (2006–2013: 新农合 pilots, 合作医疗 coverage, the 十一五/十二五 health plans, rural
health-service building) and pages that mix a target with reported figures or only report them,
files ll01.txt…, so no name clashes with the seeds, the development set or sets A–K in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py) so
that sets gathered at the same time do not edit one file.

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the UTF-8 text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before the extractor was run
on them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ll01 a journal's note on the 2006 notice widening the 新农合 pilots (全国): the share of counties
# piloting is to reach about 40% in 2006 and about 60% in 2007; each clause names its own year.
# `2008年…全面实行` has no number (not a target).
D, R = "ll01.txt", "全国"
A += [
    T(D, "全国试点县(市、区)数量要达到全国县(市、区)总数的40%左右", "新型农村合作医疗试点县比例", R, "~", 40, "%",
      2006, "rate", "up"),
    T(D, "2007年扩大到60%左右", "新型农村合作医疗试点县比例", R, "~", 60, "%", 2007, "rate", "up"),
]

# ll02 a prefecture's (行署, `我区`) note on 合作医疗 in the late 1990s. The page names no year it was
# written in, so `今年` has year null; the second aim names 2000. Region: the page says only `我区`
# (that 樟树市 and 宜丰县 lie in 宜春地区 is not plain from the text), so the document's own word is
# kept. The two aims differ by unit of coverage (以乡/以村为单位), kept as scope. The English
# abstract repeats the aims in English: not annotated (the extractor reads Chinese). `各县市分别选择
# 1~3个乡镇先搞试点` is how pilots are picked, a plan count that annotators could read either way:
# ambiguous.
D, R = "ll02.txt", "我区"
A += [
    T(D, "今年以乡为单位合作医疗覆盖率达到60%", "合作医疗覆盖率", R, ">=", 60, "%", None, "rate", "up",
      scope="以乡为单位"),
    T(D, "2000年以村为单位达到85%以上", "合作医疗覆盖率", R, ">=", 85, "%", 2000, "rate", "up",
      scope="以村为单位"),
    T(D, "各县市分别选择1~3个乡镇先搞试点", "试点乡镇数", R, ">=", 1, "个", None, "count", "up",
      scope="各县市", value_max=3, ambiguous=True),
]

# ll03 news of the national 农村卫生服务体系建设与发展规划 (2006): by 2010 the named numbers of township
# hospitals, county hospitals and so on are to have their buildings and equipment put right, and the
# plan's total investment is 216.84亿元. These describe the programme's reach and budget rather
# than a level an indicator must reach; reasonable annotators differ, so all are ambiguous.
D, R, Y = "ll03.txt", "全国", 2010
A += [
    T(D, "总投资额达216.84亿元", "总投资额", R, "=", 2168400, "万元", Y, "amount", "up", ambiguous=True),
    T(D, "2.2万所乡镇卫生院", "改善条件的乡镇卫生院数", R, "=", 22000, "所", Y, "count", "up", ambiguous=True),
    T(D, "约1300所县医院", "改善条件的县医院数", R, "~", 1300, "所", Y, "count", "up", ambiguous=True),
    T(D, "约400所县中医院", "改善条件的县中医院数", R, "~", 400, "所", Y, "count", "up", ambiguous=True),
    T(D, "约950所县妇幼保健机构", "改善条件的县妇幼保健机构数", R, "~", 950, "所", Y, "count", "up",
      ambiguous=True),
]

# ll04 财新 on the minister's article (2013): the headline gives the 十二五 aim for 2015 (全国); the
# lead and body only report where the 十一五 ended (74.83岁, 30.0/10万, 13.1‰, 16.4‰, twice) — not
# targets, the false-positive test of this page.
D, R = "ll04.txt", "全国"
A += [
    T(D, "2015年人均预期寿命提高到75.83岁", "人均预期寿命", R, ">=", 75.83, "岁", 2015, "amount", "up"),
]

# ll05 中新网 on the 十二五 health plan (2012): by 2015 life expectancy is to rise 1 year over 2010 —
# a change target (named …提高幅度; 2010 is the base, 2015 the plan year). The machine-translated
# English below repeats it: not annotated.
D, R = "ll05.txt", "全国"
A += [
    T(D, "人均预期寿命在2010年基础上提高1岁", "人均预期寿命提高幅度", R, ">=", 1, "岁", 2015, "amount", "up"),
]

# ll06 the opening of the 十一五 health plan (国发〔2007〕16号): the part the page gives is the review of
# the 十五 years (2005's 72岁, 47.7/10万以内, 19.0‰以内, 22.5‰以内 and falls against 2000). `控制在…以内`
# reads like an aim but is what was achieved: no target. Only-reports page.
# ll07 (traditional) 西部 新农合 coverage, 2010: all achieved figures (参合率達到94%, 1052個縣, 39%,
# 863.3億元, 46.7%). Only-reports page, no target.
# ll08 (traditional) the 2011 national health work meeting: `"十一五"期間…預計至少提高1歲` is an
# estimate of what the five years just ended achieved, not an aim; the rest are from-to reports
# and rises (`增長了34%`). No target.
# ll09 a note on 新农合's 2007 figures (2429個, 84.87%, 7.2亿, 82.83%): reported; the 2008 aim
# `基本覆盖全国所有县` has no number. No target.
# ll10 (traditional) the 2016 press conference closing the 十二五: `2015年預計比2010年提高1歲,達到75.8歲`
# is an estimate of the outcome, the rest from-to reports. No target.
# ll11 浙江省's 十二五 母婴健康工程 programme (2011): the part the page gives is its background — the
# 36 project counties' falls from 2005 to 2010 (`从19.35/10万下降到10.94/10万` …), reported, no target.

# ll12 a page quoting the 2009 医改 near-term plan's five tasks (全国) and then the 2012 three-year
# review. The plan's aims: 参保率 to 90% 以上 within 3 years (the plan runs 2009–2011, so year 2011)
# with one number for the three schemes (one target, the joint name), and the 2010 subsidy of 120元
# a head. `3年内…预计投入8500亿元` is an estimated budget, not a level to reach: ambiguous. The review
# part reports (`覆盖率达到95%以上`, `从…80元提高到2011年的200元`); its aside `(2012年提高到240元)` is the
# standard already set for the review's own year — reported or an aim, either reading: ambiguous.
D, R = "ll12.txt", "全国"
A += [
    T(D, "城镇职工和居民基本医疗保险及新型农村合作医疗参保率提高到90%以上", "城镇职工和居民基本医疗保险及新型农村合作医疗参保率", R,
      ">=", 90, "%", 2011, "rate", "up"),
    T(D, "对城镇居民医保和新农合的补助标准提高到每人每年120元", "城镇居民医保和新农合补助标准", R, ">=", 120, "元", 2010,
      "amount", "up"),
    T(D, "3年内各级政府预计投入8500亿元", "各级政府投入", R, "~", 85000000, "万元", 2011, "amount", "up",
      ambiguous=True),
    T(D, "2012年提高到240元", "城镇居民医保和新农合补助标准", R, ">=", 240, "元", 2012, "amount", "up",
      ambiguous=True),
]

if __name__ == "__main__":
    write_gold(A, HERE)
