#!/usr/bin/env python3
"""Build hold-out set AY's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AY (issue 14; gathered on main 142dd93, after this session's merged rounds and sets AW and AX, and
annotated before any extractor run: the annotator ran none on these texts; it is to be scored once by
the lead engineer on the session's final merged code, the honest measure of that work, so the set is
unspent): pages on themes the earlier sets used little — a province's salt-and-oil programme for
2025–2027 (湖南, a spam-headed mirror in traditional script), a municipality's tobacco-control aims
(重庆, a tobacco site's copy in traditional script, with achieved counts beside them), a city paper's
item on 汉中's healthy-cell counts for 2020, a province's food-safety demonstration-county aims (the
province unnamed, no year), a city evening paper's item on 沈丘县's township 120 stations (2010), a
town's scheme to become a city-level sanitary town (the town's name blanked, no year) and a county's
tobacco-control news (洛南县, 2013, traditional: achieved figures only).
Files ay01.txt…, so no name clashes with the seeds, the development set or sets A–AX in
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

# ay01 a spam-headed mirror (traditional) of 常德日报's copy of 湖南's 2025 notice (湘政办发〔2025〕29号)
# with its salt-and-oil programme for 2025–2027: under 行动目标, by the end of 2027 (`到2027年底`) the
# health-literacy level, the nutrition-knowledge rate, a fall in daily salt and oil intake from 2024
# and life expectancy. `食鹽和食用油攝入量…分別下降10%` is one number for two intakes: one target with the
# joint name (SCHEMA), the fall itself the indicator (up, as earlier sets write `…下降幅度`). Life
# expectancy keeps its own unit 岁 (amount, as sets AI and AX). `肥胖率、高血壓患病率增長速度減緩` has no
# number; 2025-07-14, 29號 and the plan's years (2025—2027) are no targets.
D, R, Y = "ay01.txt", "湖南省", 2027
A += [
    T(D, "全省居民健康素養水平提高到40%", "居民健康素养水平", R, ">=", 40, "%", Y, "rate", "up"),
    T(D, "居民營養健康知識知曉率提高到32%", "居民营养健康知识知晓率", R, ">=", 32, "%", Y, "rate", "up"),
    T(D, "人均每日食鹽和食用油攝入量較2024年分別下降10%", "人均每日食盐和食用油摄入量下降幅度", R, ">=", 10,
      "%", Y, "rate", "up"),
    T(D, "人均預期壽命達到80歲", "人均预期寿命", R, ">=", 80, "岁", Y, "amount", "up"),
]

# ay02 a tobacco site's copy (traditional; page dated 2023-05-02, the item itself of 2020: `2020年是…開局
# 之年`) of 重庆市卫健委's word on tobacco control. The 2018 smoking rate (24.8%, 25.5%, the 0.7 and 1.1
# points) and the counts built so far (546家, 1192家, 23個, 107家) are the present; `15項行動之一` the
# plan's make-up. Aims: the share of people under full smoke-free law by 2020, 2022 and 2030 (a `分別`
# list: one target per value, each quote from the list's head to its value, as sets AC and AG), and
# 2020's: smoke-free party and government offices in each district and county (scope 区县; the city's own
# offices `全部`, no number: not a target), the smoke-free health system's coverage and its overall
# pass rate (`總達標率`).
D, R = "ay02.txt", "重庆市"
L = "全面無煙法規保護的人口比例分別達到25%"
N = "全面无烟法规保护的人口比例"
A += [
    T(D, L, N, R, ">=", 25, "%", 2020, "rate", "up"),
    T(D, L + "、30%", N, R, ">=", 30, "%", 2022, "rate", "up"),
    T(D, L + "、30%和80%及以上", N, R, ">=", 80, "%", 2030, "rate", "up"),
    T(D, "各區縣無煙黨政機關覆蓋率達到30%", "无烟党政机关覆盖率", R, ">=", 30, "%", 2020, "rate", "up",
      scope="区县"),
    T(D, "創建無煙衛生健康系統覆蓋率達到100%", "无烟卫生健康系统覆盖率", R, ">=", 100, "%", 2020, "rate",
      "up"),
    T(D, "總達標率80%以上", "无烟卫生健康系统总达标率", R, ">=", 80, "%", 2020, "rate", "up"),
]

# ay03 a city portal's copy of 汉中日报's 2018 item: the city's meeting on healthy cells and what it is
# to build by 2020 (`到2020年,全市將建設…`): seven counts, one a kind of cell, all under one `省级` (read
# as qualifying the whole list: scope 省级, the indicator the kind of cell built). Counts to build take
# `>=`. `8类健康细胞` is the make-up of the work (ambiguous, as AX keeps a plan's make-up); 2018/12/11,
# 9614 阅读 and 12月10日 are the page's furniture.
D, R, Y = "ay03.txt", "汉中市", 2020
S = "省级"
A += [
    T(D, "全市将建设省级健康机关100个", "健康机关建设数", R, ">=", 100, "个", Y, "count", "up", scope=S),
    T(D, "健康社区55个", "健康社区建设数", R, ">=", 55, "个", Y, "count", "up", scope=S),
    T(D, "健康村庄380个", "健康村庄建设数", R, ">=", 380, "个", Y, "count", "up", scope=S),
    T(D, "健康学校100个", "健康学校建设数", R, ">=", 100, "个", Y, "count", "up", scope=S),
    T(D, "健康医院14个", "健康医院建设数", R, ">=", 14, "个", Y, "count", "up", scope=S),
    T(D, "健康企业100个", "健康企业建设数", R, ">=", 100, "个", Y, "count", "up", scope=S),
    T(D, "健康家庭5000个", "健康家庭建设数", R, ">=", 5000, "个", Y, "count", "up", scope=S),
    T(D, "等8类健康细胞示范建设工作", "健康细胞示范建设类别数", R, "=", 8, "类", Y, "count", "up",
      ambiguous=True),
]

# ay04 a document site's page 1 of a province's notice on food-safety demonstration counties: the
# excerpt opens at aim (五) and runs into the work requirements. The province is not named: 杨凌示范区
# gives 陕西 away, which SCHEMA does not count as plain, so its own word 全省 (`在本地区和全省食品安全
# 工作中`); the aims bind each demonstration county (scope 食品安全示范县; each aim's facility or group is
# kept in its name). No year is given (`8月底前`, `年度建设目标`): null. `(五)`…`(十)` are ordinals. The
# yearly information releases (`每年…不少于2次`) are a count to reach; the yearly training `至少进行一次` and
# the half-yearly inspection `每半年组织一次` are norms of routine (ambiguous, as AT's and AP's yearly
# norms are read).
D, R, Y = "ay04.txt", "全省", None
S = "食品安全示范县"
A += [
    T(D, "农村餐饮店食品卫生抽检合格率达到95%以上", "农村餐饮店食品卫生抽检合格率", R, ">=", 95, "%", Y,
      "rate", "up", scope=S),
    T(D, "农村企业、机关、学校等开办的食堂以及规模以上餐饮单位100%实现量化分级管理",
      "食堂和规模以上餐饮单位量化分级管理率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "农村家宴备案率达到95%以上", "农村家宴备案率", R, ">=", 95, "%", Y, "rate", "up", scope=S),
    T(D, "进货记录齐全,可追溯率达到100%", "食品可追溯率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "每年发布食品安全综合信息不少于2次", "食品安全综合信息发布次数", R, ">=", 2, "次", Y, "count", "up",
      scope=S),
    T(D, "各环节至少有50%企业开展信用体系建设试点", "开展信用体系建设试点企业比例", R, ">=", 50, "%", Y,
      "rate", "up", scope=S),
    T(D, "应急网络覆盖面达到100%", "食品安全应急网络覆盖率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "食品安全案件查处率达到100%", "食品安全案件查处率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "食品安全知识进村入户率达到100%", "食品安全知识进村入户率", R, ">=", 100, "%", Y, "rate", "up",
      scope=S),
    T(D, "群众知晓率达到100%", "食品安全知识群众知晓率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "每年对食品安全监管员、协管员和从业人员至少进行一次培训", "食品安全培训次数", R, ">=", 1, "次", Y,
      "count", "up", scope=S, ambiguous=True),
    T(D, "每半年组织一次专项检查", "示范县建设专项检查次数", R, ">=", 1, "次", Y, "count", "up",
      ambiguous=True),
]

# ay05 a city evening paper's item (周口晚报; its address dates it 2010-07) on 沈丘县's township 120
# stations: the county has decided to set up stations in 9 townships, the first is open (`首家`, not an
# aim) and the other 8 follow in the second half of this year. Two counts to build (`>=`): the plan's
# 9 and the year's remaining 8 — different numbers, both aims of the page. The year comes from the
# address (the text says only 今年, as AT's at02): 2010.
D, R, Y = "ay05.txt", "沈丘县", 2010
A += [
    T(D, "该县决定在有条件的9个乡镇设立120急救站", "乡镇120急救站设立数", R, ">=", 9, "个", Y, "count", "up"),
    T(D, "在其他有条件的8个乡镇逐步设立“120急救站”", "乡镇120急救站新设数", R, ">=", 8, "个", Y, "count",
      "up"),
]

# ay06 a document site's copy of a town's scheme to become a city-level sanitary town (the town's name
# left out: `镇创建…`; its own words 我镇 and 全镇), with no year (科学发展观 dates it to 2008–2012 at most,
# which the text does not say: null). Aims under health education: the schools' course rate and the
# pupils' knowledge rate (scopes 中小学 and 中小学生), 5000 health-education readers to hand out (a count
# to reach; unit 本, the counting word as written), and the knowledge, pass and behaviour rates of
# workers and residents and of market staff (the behaviour rate names no group: no scope). `三个文明建设` is a watchword; the site's notice inside
# the text is kept.
D, R, Y = "ay06.txt", "全镇", None
A += [
    T(D, "全镇中、小学健康教育开课率100%", "健康教育开课率", R, ">=", 100, "%", Y, "rate", "up",
      scope="中小学"),
    T(D, "中小学生的基本卫生知识知晓率≥90%", "基本卫生知识知晓率", R, ">=", 90, "%", Y, "rate", "up",
      scope="中小学生"),
    T(D, "爱卫办计划发放健康教育读本5000本", "健康教育读本发放数", R, ">=", 5000, "本", Y, "count", "up"),
    T(D, "职工和居民健康卫生知识知晓率达95%以上", "健康卫生知识知晓率", R, ">=", 95, "%", Y, "rate", "up",
      scope="职工和居民"),
    T(D, "农贸市场、商贸从业人员健康卫生知识合格率达100%", "健康卫生知识合格率", R, ">=", 100, "%", Y,
      "rate", "up", scope="农贸市场、商贸从业人员"),
    T(D, "健康行为形成率达80%以上", "健康行为形成率", R, ">=", 80, "%", Y, "rate", "up"),
]

# ay07 a city portal's copy (traditional) of 商洛日报's 2013 item on 洛南县's tobacco-control rules: the
# 15 kinds of no-smoking places are what the rules cover (a present description), and the 12 offices,
# 7 schools, the 90% knowledge rate and the 23% fewer smokers are what stood (`目前…`, `另據統計`). No
# gold line: every prediction here is a false positive.

write_gold(A, HERE)
