#!/usr/bin/env python3
"""Build hold-out set BJ's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BJ (issue 14, branch hsumm; gathered on main 1fbe83c): a DEVELOPMENT set of pages that set no
aim — statistical bulletins' health sections, a five-year review, news of a year's or a drive's
results, a district's monthly and half-year summaries and a bureau head's 述职 — gathered to measure
and fix the extractor's false positives on such pages in the same round. It was scored and used for
that round, so it is spent: it measures nothing unseen.
Files bj01.txt…bj10.txt, so no name clashes with the other sets in eval-extract's `all` row. It keeps
its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. Every figure on these pages is achieved,
counted or compared with the past; the only aim any page states with a number is bj04's restated
constraint of the 十三五 plan (ambiguous: a forecast that it will be met, and not a health aim). The
plans a page looks ahead to (bj07's 下月工作计划, bj09's 下一步, bj08's 下半年 in its title) carry no
number. Every prediction on these pages is therefore a false positive but bj04's 84.5%.
Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# bj01 a spam-headed mirror (traditional, with pinyin glosses) of the 2023 national health statistics
# bulletin's news: life expectancy 達到78.6歲, deaths 下降到…, institutions, beds and staff with their
# rise over the year before. All achieved (达到/下降到 tell the results): no target.

# bj02 a news agency's item (traditional) on the 2017 national statistics bulletin's health section:
# year-end counts and the year's total 诊疗人次. No target.

# bj03 a city's 2022 statistics bulletin (its health, sport, income and city sections): counts, visits,
# income growth (`增长6.1%`) and a rise since the start of the year. No target.

# bj04 an army paper's review of the 十三五 (2020-11-05): health figures from 2015 to 2019 (`从76.3岁提高
# 到77.3岁`, `降至28.4%`) are results. The air-quality share's 84.5% is the plan's binding aim for 2020,
# told as a forecast that it will be met (`预计到年底能够完成84.5%的约束性目标`): ambiguous (not a health
# aim; an aim restated, not set, by the page). `832个贫困县将全部摘帽` counts what exists: no target.
A += [
    T("bj04.txt", "预计到年底能够完成84.5%的约束性目标", "空气质量优良天数比例", "全国", ">=", 84.5, "%", 2020,
      "rate", "up", ambiguous=True),
]

# bj05 苗栗縣's news (traditional, 113年 = 2024) of four vaccination awards; shares of deaths among the
# unvaccinated (`9成以上未接種`, `6成和9成`). No target.

# bj06 介休市's news (traditional, 2021) of its second vaccination stage: counts and coverage to date
# (`截至7月27日…累計接種266304人,接種率約80%`). No target.

# bj07 卫滨区's monthly summary and next month's plan (2022-01-28): running totals to date; the plan
# carries no number. No target.

# bj08 a district's 2022 half-year summary (its names blanked with ×): awards and running totals
# (`累计接种新冠疫苗300余万剂次`). No target.

# bj09 汉滨区's vaccination tally (2021): doses to date and a two-dose rate (`100.36%`); `下一步` sets no
# number. No target.

# bj10 a city health bureau head's 述职 (莱阳, 2005): its opening holds only the laws and rules the
# bureau carries out (`7部法律、30多部法规`). No target.

if __name__ == "__main__":
    write_gold(A, HERE)
