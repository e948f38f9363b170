#!/usr/bin/env python3
"""Build hold-out set AZ's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AZ (issue 14; gathered on main 128ad0f and annotated before any extractor run: the annotator ran
none on these texts; it is to be scored once by the lead engineer, so the set is unspent): pages on
themes the earlier sets used little — a province's plan to become a 中医药强省 by 2020 (河北), a
municipality's elderly-care and childcare aims for 2025 (上海, traditional script), a street's childcare
demonstration aim for 2022 (新安街道), a province's pilot of pneumoconiosis rehabilitation stations
(辽宁, 2020, traditional), a Taiwan county's infant-care centres to build (雲林縣, traditional, no
year) and a county bureau's half-year summary on healthy enterprises and
occupational health (略阳, 2024: achieved figures only).
Files az01.txt…, so no name clashes with the seeds, the development set or sets A–AY in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

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

# az01 燕赵都市报's 2016 item (page 3 of a portal's copy) on 河北's scheme to become a 中医药强省: the aims
# for 2020 (`到2020年`). The body (the paragraph after `实施方案提出`) gives each aim once; the title and
# the lead restate three of them (100 strong counties, 0.55 beds, 70% of village clinics) and the title
# adds `每县(市)至少一所公立中医医院`: a headline or lead repeating a body aim is kept as a line but
# ambiguous (as earlier sets), so each aim is scored once, in the body. Per-thousand ratios are counts
# (as AB); the planting area keeps 万亩 and the sums 亿元 (amounts); 安国's trade volume binds 安国中药都
# (scope). `县级中医医院达到二级甲等水平`, `三级甲等` and `所有…具备中医药服务能力` have no target number;
# `今后15年` and the 2030 aims (no number) are no targets.
D, R, Y = "az01.txt", "河北省", 2020
BEDS = "每千人口公立中医医院床位数达到0.55张"
VILLAGE = "和70%的村卫生室具备中医药服务能力"
COUNTIES = "建设100个中医药强县"
A += [
    T(D, COUNTIES, "中医药强县建设数", R, ">=", 100, "个", Y, "count", "up", ambiguous=True, occ=0),
    T(D, "每县(市)至少一所公立中医医院", "公立中医医院数", R, ">=", 1, "所", Y, "count", "up",
      scope="每县(市)", ambiguous=True),
    T(D, BEDS, "每千人口公立中医医院床位数", R, ">=", 0.55, "张", Y, "count", "up", ambiguous=True,
      occ=0),
    T(D, VILLAGE, "具备中医药服务能力的村卫生室比例", R, ">=", 70, "%", Y, "rate", "up",
      ambiguous=True, occ=0),
    T(D, COUNTIES, "中医药强县建设数", R, ">=", 100, "个", Y, "count", "up", ambiguous=True, occ=1),
    T(D, BEDS, "每千人口公立中医医院床位数", R, ">=", 0.55, "张", Y, "count", "up", occ=1),
    T(D, VILLAGE, "具备中医药服务能力的村卫生室比例", R, ">=", 70, "%", Y, "rate", "up", occ=1),
    T(D, COUNTIES, "中医药强县建设数", R, ">=", 100, "个", Y, "count", "up", occ=2),
    T(D, "每千人口卫生机构中医类执业(助理)医师数达到0.4人", "每千人口卫生机构中医类执业(助理)医师数", R,
      ">=", 0.4, "人", Y, "count", "up"),
    T(D, "中药材种植面积达到300万亩", "中药材种植面积", R, ">=", 300, "万亩", Y, "amount", "up"),
    T(D, "中药工业总产值达到500亿元", "中药工业总产值", R, ">=", 500, "亿元", Y, "amount", "up"),
    T(D, "占医药工业总产值30%以上", "中药工业总产值占医药工业总产值比重", R, ">=", 30, "%", Y, "rate",
      "up"),
    T(D, "安国中药都中药材年交易额达500亿元", "中药材年交易额", R, ">=", 500, "亿元", Y, "amount", "up",
      scope="安国中药都"),
]

# az02 a wiki mirror (traditional) of 上海's 2022 notice (滬府辦發〔2022〕3號) with its scheme for
# elderly care and childcare: the supply aims for 2025 (`到2025年`). The elderly-care beds rise from
# 15.9萬張 (the present) to 17.8萬張 (the aim, 万张 as written); nursing beds' share of them; the
# community care space per thousand residents, a floor for every district (scope 各区) and a hoped-for
# level where a district can (`力爭`, scope 有条件的区); childcare places per thousand (a count, as AB and
# AC), the share of them at inclusive prices and the share of kindergartens with a nursery class.
# `全覆蓋` has no number; 3號 and the date are no targets.
D, R, Y = "az02.txt", "上海市", 2025
SPACE = "社区养老服务设施面积(每千常住人口)"
A += [
    T(D, "全市養老床位從15.9萬張增加到17.8萬張", "养老床位数", R, ">=", 17.8, "万张", Y, "count", "up"),
    T(D, "其中護理型床位不低於60%", "护理型床位占比", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "各區社區養老服務設施均不低於常住人口每千人40平方米", SPACE, R, ">=", 40, "平方米", Y,
      "amount", "up", scope="各区"),
    T(D, "有條件的區力爭達到常住人口每千人50平方米", SPACE, R, ">=", 50, "平方米", Y, "amount", "up",
      scope="有条件的区"),
    T(D, "全市常住人口每千人擁有3歲以下嬰幼兒托位數達到4.5個", "每千常住人口拥有3岁以下婴幼儿托位数", R,
      ">=", 4.5, "个", Y, "count", "up"),
    T(D, "普惠性托位占比不低於60%", "普惠性托位占比", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "開設托班的幼稚園占幼稚園總數比重不低於50%", "开设托班的幼儿园占比", R, ">=", 50, "%", Y,
      "rate", "up"),
]

# az03 a NetEase self-media item (2021) on 新安街道's first inclusive childcare centre: the plans above it
# (国家、省、市、区) set for 2022 at least one demonstration centre in every street (`每个街道至少建成
# 1家`): a floor of one per street, which binds the page's own place (region 新安街道, scope 街道). The
# start of work in 2021 and the December finish are no targets.
D, R = "az03.txt", "新安街道"
A += [
    T(D, "每个街道至少建成1家具有示范效应的普惠性托育机构", "示范性普惠托育机构建成数", R, ">=", 1, "家",
      2022, "count", "up", scope="街道"),
]

# az04 人民网's Big5 copy of 辽宁日报's 2020 item on the province's pilot of pneumoconiosis rehabilitation
# stations: 6 named township institutions are to build stations in the pilot, which runs to November
# 2021 (a count of units to set up, as AY's ay05; year 2021, when the pilot ends). Each of two of them
# is to set up `一個` rehabilitation point (a per-station norm in a Chinese numeral: ambiguous). The
# thresholds `常住塵肺病患者達到100人的鄉鎮` and `達到10人的村居` say where stations go: conditions, not
# targets.
D, R = "az04.txt", "辽宁省"
A += [
    T(D, "等6個鄉鎮衛生機構開展康復站建設試點工作", "尘肺病康复站建设试点数", R, ">=", 6, "个", 2021,
      "count", "up"),
    T(D, "在康復站下轄區域內建立一個康復點", "尘肺病康复点建设数", R, ">=", 1, "个", 2021, "count", "up",
      scope="康复站下辖区域", ambiguous=True),
]

# az06 Yahoo's copy (traditional) of a news item on 雲林縣's new public-private infant-care centre (the
# page gives no year; 民國113年 is past and `今年8月` unnamed: year null). The county's aim is to keep
# building 11 public-private centres with 386 places (`縣府持續布建`): two lines. The private sector's
# expected 3 centres (110 places) are a forecast of others' openings and the 14 the sum of both
# (ambiguous). The 40 places, the crude birth rate 千分之10.6, the 10,000th and 11,150 babies and the
# centres now open (13家, 590名, 8家, 222名, 21家) are achieved or present; the fees and subsidies
# (9000元, 7000元, 8000元, 2000元) are the present scheme; `2年6億` names the programme; `生3胎` is an
# exhortation.
D, R = "az06.txt", "云林县"
A += [
    T(D, "縣府持續布建11間公設民營托嬰中心", "公设民营托婴中心布建数", R, ">=", 11, "间", None, "count",
      "up"),
    T(D, "可收托386名幼兒", "公设民营托婴中心新增收托名额", R, ">=", 386, "名", None, "count", "up"),
    T(D, "未來民間預計新增3間私托", "私立托婴中心新增数", R, ">=", 3, "间", None, "count", "up",
      ambiguous=True),
    T(D, "可收托110名幼兒", "私立托婴中心新增收托名额", R, ">=", 110, "名", None, "count", "up",
      ambiguous=True),
    T(D, "合計新增14間托嬰中心", "托婴中心新增数", R, ">=", 14, "间", None, "count", "up", ambiguous=True),
]

# az05 a spam-headed copy of a county economic bureau's half-year summary (2024) on healthy enterprises
# and occupational-health protection in 略阳: the 16 talks, 3 cases and 33 healthy enterprises (19 and
# 14 by level) are achieved; the next-steps paragraph has no number and is cut off; `略办〔202036号`
# is a (garbled) document number. The set's distractor: no gold line.

write_gold(A, HERE)
