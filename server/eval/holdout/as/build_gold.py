#!/usr/bin/env python3
"""Build hold-out set AS's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AS (issue 14; gathered after this session's merged rounds, sets AO, AP and AQ, names10 and
regions5, and annotated and scored once before any further change — its first contact is the
honest measure of main eba8702): query kinds no earlier set's SOURCES names — a county hospital's
own yearly aims (门急诊人次, 住院手术, 病床利用率), a province's 三好一满意 appointment aims
(预约诊疗), the 2011 national appointment aims for tertiary hospitals, a Hong Kong medical
association's clinic-system aims (traditional), the State Council office's standard for the 分级诊疗 pilots as a
tag page's lead, a commentary retelling the 2018 national levels for electronic medical records
(电子病历 应用水平) and the Hospital Authority's appointment app (traditional, forum noise).
Files as01.txt…, so no name clashes with the seeds, the development set or sets A–AR in
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

# as01 a county news site's 2017 item (红安网): the county people's hospital's workers' congress sets
# the year's aims — five volumes, each with its growth (`增长N%`, a floor on the growth rate, named
# for the volume it follows), and a bed-use floor. Region 红安县 (the site names the county; the
# text's own word is only `县人民医院`), the hospital as scope. `亿元` and `万人次`/`万例` are
# converted (SCHEMA: 万/亿 before a counting word). `第六届`, `1月21日` are an ordinal and a date;
# `全市同级医疗中心前列` has no number.
D, R, Y, S = "as01.txt", "红安县", 2017, "县人民医院"
A += [
    T(D, "门急诊诊疗42.5万人次", "门急诊诊疗人次", R, ">=", 425000, "人次", Y, "count", "up", scope=S),
    T(D, "增长3%", "门急诊诊疗人次增长率", R, ">=", 3, "%", Y, "rate", "up", scope=S),
    T(D, "收治住院病人5.4万例", "收治住院病人数", R, ">=", 54000, "例", Y, "count", "up", scope=S),
    T(D, "增长6%", "收治住院病人数增长率", R, ">=", 6, "%", Y, "rate", "up", scope=S, occ=0),
    T(D, "完成住院手术1.1万例", "住院手术例数", R, ">=", 11000, "例", Y, "count", "up", scope=S),
    T(D, "增长6%", "住院手术例数增长率", R, ">=", 6, "%", Y, "rate", "up", scope=S, occ=1),
    T(D, "医技功能检查89万人次", "医技功能检查人次", R, ">=", 890000, "人次", Y, "count", "up", scope=S),
    T(D, "增长8%", "医技功能检查人次增长率", R, ">=", 8, "%", Y, "rate", "up", scope=S),
    T(D, "计划完成医疗收入2.58亿元", "医疗收入", R, ">=", 258000000, "元", Y, "amount", "up", scope=S),
    T(D, "增长6%", "医疗收入增长率", R, ">=", 6, "%", Y, "rate", "up", scope=S, occ=2),
    T(D, "病床利用率达到95%以上", "病床利用率", R, ">=", 95, "%", Y, "rate", "up", scope=S),
]

# as02 a spam site's copy (dated 2019-11-15 by the copier) of a 2012 news item: 广东's health
# department's 三好一满意 scheme for 2012 (`今年底`, and the body's `到2012年底`). The lead states
# the specialist-appointment floor (`大于或等于50%`, scope 三级医院); the body restates it
# (`专家号源开放预约率 50%`, ambiguous, as a restatement) and adds two return-visit appointment
# floors (the second with its departments as scope). The headline `年底五成开放预约` restates the
# lead in 成 (ambiguous; it occurs three times: title, heading, footer). `全部开放预约` has no
# number; `2009年…48家三级医院` is the past.
D, R, Y = "as02.txt", "广东省", 2012
N2 = "专家号源开放预约率"
A += [
    T(D, "专家号源 年底五成开放预约", N2, R, ">=", 50, "%", Y, "rate", "up", scope="三级医院",
      ambiguous=True, occ=0),
    T(D, "专家号源 年底五成开放预约", N2, R, ">=", 50, "%", Y, "rate", "up", scope="三级医院",
      ambiguous=True, occ=1),
    T(D, "专家号源 年底五成开放预约", N2, R, ">=", 50, "%", Y, "rate", "up", scope="三级医院",
      ambiguous=True, occ=2),
    T(D, "专家号源开放预约率大于或等于50%", N2, R, ">=", 50, "%", Y, "rate", "up", scope="三级医院"),
    T(D, "专家号源开放预约率 50%", N2, R, ">=", 50, "%", Y, "rate", "up", scope="三级医院",
      ambiguous=True),
    T(D, "医院患者月平均复诊预约率达到60%", "患者月平均复诊预约率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "口腔、产前检查月平均复诊预约率达到80%", "月平均复诊预约率", R, ">=", 80, "%", Y, "rate", "up",
      scope="口腔、产前检查"),
]

# as03 a spam page's copy (a game site's header, dated 2017 by the copier) of a 2011 news item: the
# ministry's aims for appointments in all tertiary hospitals by the end of 2011 (`到2011年12月底`).
# Only the specialist share has a number (`不低于85%的专家门诊号源`, the share after its floor);
# `所有…普通门诊号源`, `所有专家门诊号源全部` have none; `1200多家`, `2年来` are the present.
D, R, Y = "as03.txt", "全国", 2011
A += [
    T(D, "不低于85%的专家门诊号源要开放预约", "专家门诊号源开放预约比例", R, ">=", 85, "%", Y, "rate", "up",
      scope="三级医院"),
]

# as04 a Hong Kong news site's 2009 item (traditional): the government's grant to the medical
# association for its clinic-management system, and the association's aims — clinics using it and
# doctors trained by the end of next year (2010), clinics by the end of 2011. `約17%` restates the
# 1,000 clinics as a share of private clinics (ambiguous, a restatement in another unit). `295萬元`
# is the grant made, `7成` the present share of primary care; the list of related news is the
# site's. Region 香港 (`全港`, `香港醫學會`).
D, R = "as04.txt", "香港"
A += [
    T(D, "明年年底有500間診所使用該系統", "使用诊所管理电子系统的诊所数", R, ">=", 500, "间", 2010, "count",
      "up"),
    T(D, "為500名私家醫生提供培訓及技術支援", "获培训及技术支援的私家医生数", R, ">=", 500, "名", 2010,
      "count", "up"),
    T(D, "在2011年年底擴展至1,000間診所", "使用诊所管理电子系统的诊所数", R, ">=", 1000, "间", 2011, "count",
      "up"),
    T(D, "佔全港私營診所約17%", "使用诊所管理电子系统的私营诊所比例", R, "~", 17, "%", 2011, "rate", "up",
      ambiguous=True),
]

# as05 a pathology portal's tag page leading with the national standard for the 分级诊疗
# pilots (国务院办公厅): what the pilot areas must reach by 2017 (`≥`). The third item is cut off
# (`30万以上人口的县` is a qualifier, no aim survives); `637` is the page's view count. Region 全国
# (a national standard), the pilot areas as scope.
D, R, Y, S = "as05.txt", "全国", 2017, "分级诊疗试点地区"
A += [
    T(D, "基层医疗卫生机构建设达标率≥95%", "基层医疗卫生机构建设达标率", R, ">=", 95, "%", Y, "rate", "up",
      scope=S),
    T(D, "基层医疗卫生机构诊疗量占总诊疗量比例≥65%", "基层医疗卫生机构诊疗量占总诊疗量比例", R, ">=", 65, "%",
      Y, "rate", "up", scope=S),
]

# as06 a trade site's commentary on electronic medical record ratings, retelling the 2018 national
# notice's aims: levels of the rating (`3级以上`, `4级以上`; unit 级, kind amount, as a standard to
# reach) for tertiary hospitals by 2019 and 2020 and for secondary hospitals (`二级医院要达到3级以上`,
# the same sentence: 2020). The 2019 deadlines for assessment (`6月底前`, `12月底前`) have no number;
# `近十五年`, `2011-2017年` are the past.
D, R = "as06.txt", "全国"
N6 = "电子病历系统应用水平分级评价级别"
A += [
    T(D, "到2019年所有三级医院要达到电子病历应用水平分级评价3级以上", N6, R, ">=", 3, "级", 2019, "amount",
      "up", scope="三级医院"),
    T(D, "到2020年所有三级医院要达到4级以上", N6, R, ">=", 4, "级", 2020, "amount", "up", scope="三级医院"),
    T(D, "二级医院要达到3级以上", N6, R, ">=", 3, "级", 2020, "amount", "up", scope="二级医院"),
]

# as07 a forum's copy (traditional, noise lines such as `5 P$ v! }1 c(`) of a Hong Kong news item
# on the Hospital Authority's appointment app: in September it extends to ENT and `額外3至4個專科`
# (a range of specialties to add: value 3, value_max 4). The text gives no year (null); region 香港
# (the Authority's clusters 九龍中 and 新界東 make it plain). `餘下3至4個新增專科` restates the aim
# (ambiguous); `3年內…所有專科新症` has no number; 371人, 2.3%, 7至8萬宗, 31 and 104星期, 708 are the
# present.
D, R, Y = "as07.txt", "香港", None
A += [
    T(D, "額外3至4個專科", "预约通新增专科数", R, ">=", 3, "个", Y, "count", "up", value_max=4),
    T(D, "餘下3至4個新增專科", "预约通新增专科数", R, ">=", 3, "个", Y, "count", "up", value_max=4,
      ambiguous=True),
]

write_gold(A, HERE)
