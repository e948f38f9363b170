#!/usr/bin/env python3
"""Build hold-out set AJ's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AJ (issue 14; gathered after set AI's round, annotated and scored once before any further
change — its first contact is the honest measure of set AI's round, main 1f245bb): query kinds no
earlier set used — a city's medical-waste collection scheme (医疗废物, traditional and garbled), the
national random-inspection plan of health supervision (监督抽查, traditional), a 2026 item on
dialysis in township health centres (血液透析), a banner's chronic-disease work plan as PDF text
(慢病 建档率/规范管理率), the national scheme against mother-to-child transmission of HIV,
syphilis and hepatitis B (母婴传播, 2015 edition), 北京市's elimination aims (traditional) and a
county-level city's screening aim (虎林).
Files aj01.txt…, so no name clashes with the seeds, the development set or sets A–AI in
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

# aj01 a spam-laden portal's copy (traditional, pinyin glosses such as `醫(yī)`) of 沧州市's medical-waste
# scheme 2020–2022: collection and disposal rates (one number, `均`: one joint target) for 2020 and
# the incineration rate for 2021. The title and the subtitle restate the body's aim (ambiguous);
# 9735家, 0.397萬噸, 2家, 0.5萬噸/年 and 79.4% are the present.
D, R = "aj01.txt", "沧州市"
N1 = "医疗废物集中收集率和处置率"
A += [
    T(D, "滄州市醫(yī)療廢物集中收集率處置率均達(dá)到100%", N1, R, ">=", 100, "%", 2020, "rate", "up",
      ambiguous=True),
    T(D, "年底醫(yī)療廢物集中收集率處置率均達100%", N1, R, ">=", 100, "%", 2020, "rate", "up",
      ambiguous=True),
    T(D, "全市醫(yī)療廢物集中收集率、處置率均達(dá)到100%", N1, R, ">=", 100, "%", 2020, "rate", "up"),
    T(D, "醫(yī)療廢物集中焚燒處置率達(dá)到100%", "医疗废物集中焚烧处置率", R, ">=", 100, "%", 2021,
      "rate", "up"),
]

# aj02 a portal's copy (traditional, glosses) of the news on the national random-inspection plan of
# health supervision (国家卫生计生委, no year written: `今年`): front-line inspectors' share of each
# county-level supervision body's staff, a floor (`不低於`).
A += [
    T("aj02.txt", "參與一線監(jiān)督執(zhí)法的監(jiān)督員原則上不低于本機構人員總數(shù)的70%",
      "参与一线监督执法的监督员占比", "全国", ">=", 70, "%", None, "rate", "up",
      scope="县(区)级监督机构"),
]

# aj03 a health portal's 2026 story on dialysis in a township health centre: the nation's 2026
# pledge of 350 more township and community centres offering dialysis (a bare `新增N`: >=). The
# rest is one centre's present (6台, 24位, 460平方米) and a treatment's frequency (3-4次).
A += [
    T("aj03.txt", "新增350家乡镇卫生院、社区卫生服务中心提供血液透析服务",
      "新增提供血液透析服务的乡镇卫生院和社区卫生服务中心数", "全国", ">=", 350, "家", 2026, "count",
      "up"),
]

# aj04 a document site's PDF text of a banner's (旗) 2023 chronic-disease work plan, its line breaks
# kept (clauses cut mid-word: `管\n\n理率`). No place is named: `辖区`, the text's own word. The
# filing rate for towns and villages are two targets by scope; the last clause's check-up rate is
# its own target (hypertension and diabetes patients). `35岁及以上` is an age bound.
D, R, Y = "aj04.txt", "辖区", 2023
N4 = "慢性非传染性疾病患者"
A += [
    T(D, "主要慢性非传染性疾病城市建档率达\n\n99%", N4 + "建档率", R, ">=", 99, "%", Y, "rate", "up",
      scope="城市"),
    T(D, "农村达99%", N4 + "建档率", R, ">=", 99, "%", Y, "rate", "up", scope="农村"),
    T(D, "主要慢性非传染性疾病健康\n\n体检率达到95%以上", N4 + "健康体检率", R, ">=", 95, "%", Y,
      "rate", "up"),
    T(D, "主要慢性非传染性疾病管\n\n理率达到60%以上", N4 + "管理率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "规范管理率达到85%以上", N4 + "规范管理率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "高血压、糖尿病患者健康体检率\n\n达95%以上", "高血压、糖尿病患者健康体检率", R, ">=", 95, "%", Y,
      "rate", "up"),
]

# aj05 a document site's copy of the national scheme against mother-to-child transmission of HIV,
# syphilis and hepatitis B (2015 edition), its aims for the end of 2020; cut off in the fifth. Each
# `…率达N%以上` is one target; `所生婴儿…`/`所生儿童…` take the infected mothers' children.
D, R, Y = "aj05.txt", "全国", 2020
A += [
    T(D, "孕产妇艾滋病、梅毒和乙肝检测率达95%以上", "孕产妇艾滋病、梅毒和乙肝检测率", R, ">=", 95, "%", Y,
      "rate", "up"),
    T(D, "孕期检测率达90%以上", "孕产妇艾滋病、梅毒和乙肝孕期检测率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "艾滋病感染孕产妇抗艾滋病毒用药率达90%以上", "艾滋病感染孕产妇抗艾滋病毒用药率", R, ">=", 90, "%",
      Y, "rate", "up"),
    T(D, "所生婴儿抗艾滋病毒用药率达90%以上", "艾滋病感染孕产妇所生婴儿抗艾滋病毒用药率", R, ">=", 90, "%",
      Y, "rate", "up"),
    T(D, "梅毒感染孕产妇梅毒治疗率达90%以上", "梅毒感染孕产妇梅毒治疗率", R, ">=", 90, "%", Y, "rate",
      "up"),
    T(D, "所生儿童预防性治疗率达90%以上", "梅毒感染孕产妇所生儿童预防性治疗率", R, ">=", 90, "%", Y, "rate",
      "up"),
    T(D, "乙肝感染孕产妇所生新生儿乙肝免疫球蛋白注射率达95%以上", "乙肝感染孕产妇所生新生儿乙肝免疫球蛋白注射率",
      R, ">=", 95, "%", Y, "rate", "up"),
]

# aj06 a portal's copy (traditional) of 北京日报's 2023 item: 北京市's elimination plan expects to
# meet the national elimination indicators this year (2023), listed in full; the city binds itself
# to them. Three ceilings (`下降至…以下`/`及以下`: <=), four floors. `低于4/10萬`, `低于1%` and
# `連續5年` are the city's record, no aims.
D, R, Y = "aj06.txt", "北京市", 2023
A += [
    T(D, "艾滋病母嬰傳播率下降至2%以下", "艾滋病母婴传播率", R, "<=", 2, "%", Y, "rate", "down"),
    T(D, "先天梅毒發病率下降至50/10萬活產及以下", "先天梅毒发病率", R, "<=", 50, "1/10万", Y, "rate",
      "down"),
    T(D, "乙肝母嬰傳播率下降至1%及以下", "乙肝母婴传播率", R, "<=", 1, "%", Y, "rate", "down"),
    T(D, "孕產婦艾滋病、梅毒、乙肝檢測率達到95%及以上", "孕产妇艾滋病、梅毒、乙肝检测率", R, ">=", 95, "%", Y,
      "rate", "up"),
    T(D, "艾滋病、梅毒感染孕產婦及所生兒童治療率達到95%及以上", "艾滋病、梅毒感染孕产妇及所生儿童治疗率", R,
      ">=", 95, "%", Y, "rate", "up"),
    T(D, "乙肝感染孕產婦所生兒童乙肝免疫球蛋白及時接種率達到95%及以上", "乙肝感染孕产妇所生儿童乙肝免疫球蛋白及时接种率",
      R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "首劑乙肝疫苗及時接種率達到95%及以上", "首剂乙肝疫苗及时接种率", R, ">=", 95, "%", Y, "rate", "up"),
]

# aj07 a regional news site's 2016 item on 虎林市 (`东北网虎林…我市`): the city's 2020 screening
# aim (`力争到2020年…达95%以上`). `自2010年起` is a date.
A += [
    T("aj07.txt", "孕产妇艾滋病、梅毒、乙肝检测率达95%以上", "孕产妇艾滋病、梅毒、乙肝检测率", "虎林市", ">=", 95,
      "%", 2020, "rate", "up"),
]

write_gold(A, HERE)
