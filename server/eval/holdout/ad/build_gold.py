#!/usr/bin/env python3
"""Build hold-out set AD's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AD (issue 14; gathered after set AC's round, annotated and scored once before any further
change — its first contact is the honest measure of that round): query kinds no earlier set used —
students' and children's mental health (the national 2023–2025 action, a province's version in
traditional script, the 2019 children's action, another province's 2025–2027 action) and the
national dementia action (a news copy with a spam headline, and a second copy that lists tasks and
sets no figure).
Files ad01.txt…, so no name clashes with the seeds, the development set or sets A–AC in
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

# ad01 news (traditional) of the national students' mental-health action, two shares for 2025.
# `八項重點任務` counts tasks, `十七部門` bodies.
D, R, Y = "ad01.txt", "全国", 2025
A += [
    T(D, "配備專(兼)職心理健康教育教師的學校比例達到95%", "配备专(兼)职心理健康教育教师的学校比例", R,
      ">=", 95, "%", Y, "rate", "up"),
    T(D, "開展心理健康教育的家庭教育指導服務站點比例達到60%", "开展心理健康教育的家庭教育指导服务站点比例",
      R, ">=", 60, "%", Y, "rate", "up"),
]

# ad02 a province's students' mental-health action (traditional), aims for 2025, cut off inside its
# fourth aim (`200人以上寄宿制學校…至少要`: which schools, no figure left). The second and third
# aims are one rate for two groups of schools (scope).
D, R, Y = "ad02.txt", "陕西省", 2025
A += [
    T(D, "心理健康專(兼)職教師配備達到100%", "心理健康专(兼)职教师配备率", R, ">=", 100, "%", Y, "rate",
      "up"),
    T(D, "高中和中等職業學校的專職心理健康教育教師配備不少於90%", "专职心理健康教育教师配备率", R, ">=",
      90, "%", Y, "rate", "up", scope="高校、高中和中等职业学校"),
    T(D, "中小學校專職心理健康教育教師配備不少於50%", "专职心理健康教育教师配备率", R, ">=", 50, "%",
      Y, "rate", "up", scope="中小学校"),
]

# ad03 news (2019) of the national children's mental-health action, aims for the end of 2022: three
# shares of units named before what they do, a rate, and the 健康中国行动's school share for 2022.
# `16.57%国人` is a survey's figure; `12个部委` bodies.
D, R, Y = "ad03.txt", "全国", 2022
A += [
    T(D, "50%的家长学校或家庭教育指导服务站点应开展心理健康教育",
      "开展心理健康教育的家长学校或家庭教育指导服务站点比例", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "60%的二级以上精神专科医院设立儿童青少年心理门诊", "设立儿童青少年心理门诊的二级以上精神专科医院比例",
      R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "30%的儿童专科医院、妇幼保健院、二级以上综合医院开设精神(心理)门诊",
      "开设精神(心理)门诊的儿童专科医院、妇幼保健院、二级以上综合医院比例", R, ">=", 30, "%", Y, "rate",
      "up"),
    T(D, "儿童青少年心理健康核心知识知晓率要达到80%", "儿童青少年心理健康核心知识知晓率", R, ">=", 80,
      "%", Y, "rate", "up"),
    T(D, "配备专兼职心理健康工作人员的中小学校比例要达到80%以上", "配备专兼职心理健康工作人员的中小学校比例",
      R, ">=", 80, "%", Y, "rate", "up"),
]

# ad04 news of 江西省's children's mental-health action for 2025–2027: one aim for 2027. `12355` is a
# hotline's number, `0至6岁` an age band.
D = "ad04.txt"
A += [
    T(D, "心理健康核心知识知晓率将达到90%", "心理健康核心知识知晓率", "江西省", ">=", 90, "%", 2027, "rate",
      "up"),
]

# ad05 news (spam headline) of the national dementia action for 2030: three rates under one bound
# (`…等均大于等于80%`, one target with the joint name) and a fourth. `8个主要目标`, `7项主要任务` count
# aims and tasks. ad06, a second copy, lists tasks and projects (`9个项目专栏`) and sets no figure.
D, R, Y = "ad05.txt", "全国", 2030
A += [
    T(D, "公众对老年期痴呆防控知识知晓率、接受老年人健康管理服务的人群认知功能初筛率、认知功能初筛阳性人群干预指导率等均大于等于80%",
      "公众对老年期痴呆防控知识知晓率、接受老年人健康管理服务的人群认知功能初筛率、认知功能初筛阳性人群干预指导率",
      R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "疑似认知障碍人群就诊率大于等于50%", "疑似认知障碍人群就诊率", R, ">=", 50, "%", Y, "rate", "up"),
]

write_gold(A, HERE)
