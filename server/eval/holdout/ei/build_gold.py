#!/usr/bin/env python3
"""Build hold-out set EI's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set EI (gathered on its own branch gather-ei beside the other gatherers' worktrees, and annotated before any extractor
run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent). Its
focus — city and county 十三五/十四五 卫生健康 plans and 健康X行动 plans with a 主要指标 section or table (base and target
values, flattened tables), any province — gave no clean page: every such plan or table the corpus returned is held or
named by an earlier set (宝应县's 十四五 table, 扬中's, 梅州's, 福州's and 深圳's 十四五 plans, 健康榆阳, 健康抚顺, 健康泸县,
健康鲅鱼圈, 健康江州, 健康花山, 健康长春, 吉林市's and 丽水's 健康行动 pages, 源城区's plan opens on its contents page
only), or is a national page whose text other sets hold. So the set was widened, as the common rules allow, to any
health aim at the city and county level, with one national page for the rates: 武汉's 2023 卫生健康工作会议 item (the
year's new beds), 苏州's 2018 医疗卫生资源补缺补短 "123" 方案 (traditional script with converter glosses: beds of two
new hospitals), 怀集县's 2018 groundbreaking of two county hospitals (beds by 2020), 长乐市's 2011 item on its
hospital's surgical tower (600多 beds in two years), 浠水县's new county hospital (1200 beds; no year in the text),
and a site's note on the national 卫生事业发展"十二五"规划 (life expectancy and maternal mortality for 2015); the
distractor is 汉源县's 2024 review of its 民生实事 (achieved figures only).
Files ei01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a later sentence) is ambiguous (cn,
cc05, dl01, dm05) — the body's sentence is scored, the headline's copies are not; money a plan sets aside or invests
(`总投资3.3亿元`) is ambiguous (dm06 and the `投入…万元` lines of earlier sets); aims that are not health ones (parking
places) are ambiguous (cc, dz04); a count in a Chinese numeral (`新建兩家三級醫院`) is ambiguous (df05, dm02, dz06);
a planned land or floor area of a project (`规划用地约50畝`, `总建筑面积155295㎡`) is ambiguous — a project's size,
not an indicator a bureau reports against; a hospital's designed beds (`设置病床500张`) are a count the plan aims at,
`>=` (a bare number on an up-indicator, SCHEMA); `600多张` is `>` 600 (more than the number written); a year comes from
the text only — `今年` beside a named year (`2023年武汉市卫生健康工作会议`) takes that year, and a page with no year
in its text (ei05) takes null (cz, df01, dl02, dm04) — the address's year is not used; a span from a dated start
(`年底将动建…计划2年内建成`, dated 2011) ends two years on (dm06); life expectancy is an amount in `岁` (dq, ds06,
dz02); past and present figures are no target (SCHEMA); a traditional page keeps its converter glosses (`設(shè)置`)
as the corpus gave them, and a quote copies them (dg, dm, ds, dz).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ei01 a blog mirror (jingchucn 38d858f3) of 长江日报's item of 2023-04-27 on 武汉's 2023 卫生健康工作会议, headed
# three times by its title (`预计全市今年新增床位5000张以上`). Region 武汉市 (`武汉`, `全市`, `我市`), year 2023 (`2023年
# 武汉市卫生健康工作会议…今年`). Scored: the body's `全市预计新增床位5000张以上`. Ambiguous: the three headline copies
# (told again). Not targets: `110万` (洪山区's population), `首家` (no figure), the 2022 figures (`6.69/10万`, `1.54‰`,
# `35.8%`), the date line's `980` (a view count).
D, R, Y = "ei01.txt", "武汉市", 2023
A += [
    T(D, "预计全市今年新增床位5000张以上", "新增床位数", R, ">=", 5000, "张", Y, "count", "up", ambiguous=True,
      occ=0),
    T(D, "预计全市今年新增床位5000张以上", "新增床位数", R, ">=", 5000, "张", Y, "count", "up", ambiguous=True,
      occ=1),
    T(D, "预计全市今年新增床位5000张以上", "新增床位数", R, ">=", 5000, "张", Y, "count", "up", ambiguous=True,
      occ=2),
    T(D, "全市预计新增床位5000张以上", "新增床位数", R, ">=", 5000, "张", Y, "count", "up"),
]

# ei02 a spam-titled mirror (fcftw 760) of 江苏健康家庭's item of 2018-03-05 on 苏州's 医疗卫生资源补缺补短 "123" 方案,
# traditional script with converter glosses; its spam title line kept (at the top, not a closing list), cut at `(健`.
# Region 苏州市 (`蘇州市政府`, `蘇州`). Scored: the 三级妇幼保健院's `設(shè)置床位800張` (year 2020: `2020 年基本完
# 成` follows), the 三甲综合医院's `設(shè)置床位1000張` and its `腫瘤科床位600張` (no year for that hospital in the
# text: null). Ambiguous: `遷建1家疾控中心` and `提升3個(gè)方面` (the 1 and 3 of the plan's name, each told as a
# count), `新建兩家三級醫院` (a Chinese numeral), the land areas `用地約50畝`, `用地約100畝`, `用地約120畝`. Not
# targets: `123` (the plan's name), `783` (views), `2020年基本完成` (a date).
D, R = "ei02.txt", "苏州市"
A += [
    T(D, "遷建1家疾控中心", "疾控中心迁建数", R, ">=", 1, "家", 2020, "count", "up", ambiguous=True),
    T(D, "新建兩家三級醫", "新建三级医院数", R, ">=", 2, "家", None, "count", "up", ambiguous=True),
    T(D, "提升3個(gè)方面", "服务能力提升方面数", R, ">=", 3, "个", None, "count", "up", ambiguous=True),
    T(D, "用地約50畝", "市疾控中心规划用地面积", R, "~", 50, "亩", 2020, "amount", "up", ambiguous=True),
    T(D, "用地約100畝", "市属三级妇幼保健院规划用地面积", R, "~", 100, "亩", 2020, "amount", "up",
      ambiguous=True),
    T(D, "床位800張", "市属三级妇幼保健院设置床位数", R, ">=", 800, "张", 2020, "count", "up"),
    T(D, "用地約120畝", "三级甲等综合医院规划用地面积", R, "~", 120, "亩", None, "amount", "up", ambiguous=True),
    T(D, "床位1000張", "三级甲等综合医院设置床位数", R, ">=", 1000, "张", None, "count", "up"),
    T(D, "腫瘤科床位600張", "三级甲等综合医院肿瘤科床位数", R, ">=", 600, "张", None, "count", "up"),
]

# ei03 南方+'s item (static.nfapp.southcn c1541634, 2018-10-01) on 怀集县's groundbreaking of the new 县中医院 and 县人民
# 医院 with its 120 指挥中心, `计划于2020年建成`. Region 怀集县 (`怀集县`, `怀集`), year 2020. Scored: `设置病床500张` (县中医院)
# and `设置病床1000张` (县人民医院). Ambiguous: the land (`规划用地70亩`, `占地163亩`), the investments (`总投资3.3亿元`,
# `总投资11亿元`) and the 十三五 plan's `规划投资20多亿元` (money set aside; `多` → `>`). Not targets: `120` (a name),
# `9月30日`, the 十三五 (a name).
D, R, Y = "ei03.txt", "怀集县", 2020
A += [
    T(D, "规划用地70亩", "县中医院新院规划用地面积", R, "~", 70, "亩", Y, "amount", "up", ambiguous=True),
    T(D, "总投资3.3亿元", "县中医院新院项目总投资", R, "=", 3.3, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "设置病床500张", "县中医院新院设置病床数", R, ">=", 500, "张", Y, "count", "up"),
    T(D, "占地163亩", "县人民医院新院占地面积", R, "=", 163, "亩", Y, "amount", "up", ambiguous=True),
    T(D, "总投资11亿元", "县人民医院新院项目总投资", R, "=", 11, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "设置病床1000张", "县人民医院新院设置病床数", R, ">=", 1000, "张", Y, "count", "up"),
    T(D, "规划投资20多亿元", "十三五医疗机构搬迁建设规划投资", R, ">", 20, "亿元", Y, "amount", "up",
      ambiguous=True),
]

# ei04 东南网's copy (fjsen wap 5493754) of 福州日报's item of 2011-08-05 on 长乐市医院's 21-storey surgical tower,
# `年底将动建`, `计划2年内建成`; its closing site bar kept (`相关新闻`…`版权所有`, not an advertisement list). Region
# 长乐市 (`长乐市医院`, `长乐市政府`), year 2013 (work from the end of 2011, two years). Scored: `增加600多张病床`
# (`多` → `>`). Not targets: `21层` (the building), `500多名` and `400多张` (the present), `2年` (the span), the date.
D, R, Y = "ei04.txt", "长乐市", 2013
A += [
    T(D, "增加600多张病床", "长乐市医院新增病床数", R, ">", 600, "张", Y, "count", "up"),
]

# ei05 a mirror (vigoraudio 15862350) of 荆楚网's item on the start of 浠水县人民医院's new campus (`5月18上午`; no year
# in the text — the address's 2023 is not used), traditional script, opening with a stray `">`. Region 浠水县, year
# null. Scored: `設置床位1200張`. Ambiguous: `凈用地面積約192畝` (land), `總建筑面積155295㎡` (floor area), `設置機動停車
# 位1148個` (parking, not a health aim), `總投資估算12億元` (money). Not targets: `200畝` reserved (the present),
# `48個月` (the span), `三級甲等` (a grade).
D, R, Y = "ei05.txt", "浠水县", None
A += [
    T(D, "凈用地面積約192畝", "县人民医院新院净用地面积", R, "~", 192, "亩", Y, "amount", "up", ambiguous=True),
    T(D, "設置床位1200張", "县人民医院新院设置床位数", R, ">=", 1200, "张", Y, "count", "up"),
    T(D, "總建筑面積155295㎡", "县人民医院新院总建筑面积", R, "=", 155295, "平方米", Y, "amount", "up",
      ambiguous=True),
    T(D, "設置機動停車位1148個", "县人民医院新院机动停车位数", R, ">=", 1148, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "總投資估算12億元", "县人民医院新院项目总投资", R, "~", 12, "亿元", Y, "amount", "up", ambiguous=True),
]

# ei06 a Q&A site's note (chaxiaohao 1751092582l3950406, 2025-06-28) on the national 卫生事业发展"十二五"规划. Region
# 全国 (the State Council's plan), year 2015 (`提出到2015年`). Scored: `人均预期寿命74.83岁` (`实现` → `>=`) and
# `孕产妇死亡率控制在30/10万以下` (`<=`). Not targets: the dates, `7次` (views), and the page's later achieved
# figures (outside the part returned).
D, R, Y = "ei06.txt", "全国", 2015
A += [
    T(D, "人均预期寿命74.83岁", "人均预期寿命", R, ">=", 74.83, "岁", Y, "amount", "up"),
    T(D, "孕产妇死亡率控制在30/10万以下", "孕产妇死亡率", R, "<=", 30, "1/10万", Y, "rate", "down"),
]

# ei07 the distractor: 汉源县's site (hanyuan.gov.cn 183bd341) with its review of 2024's 民生实事, cut at `128`.
# Achieved figures only: `1.55亿元`, `36件`, `5件`, `475万元`, `8189名`, `90%`, `25个`, `5个`, `30个`, `7.7万人次`,
# `3486人`, `97.7%`, `20.1万人`, `28.1万人`, `95%`, `99%`, `140份`, `180户`, `16所`, `9012万元`, `1800个`, `200周年`,
# `2个`, `19个`, `257名`, `128`. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
