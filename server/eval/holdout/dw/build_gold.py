#!/usr/bin/env python3
"""Build hold-out set DW's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DW (gathered on main e949c807, after session 27's README, beside sets DT, DU and DV gathered at the same time, and
annotated before any extractor run: the annotator ran none on these texts; it is to be scored once by the lead
engineer, so the set is unspent). Its focus — 药品供应保障 (基本药物配备使用, 集中带量采购, 短缺药品), 医保基金 and
医疗服务价格 pages, and 卫生监督/职业健康 pages with figures (抽检合格率, 监督覆盖率, 职业病危害项目申报率, 职业健康检查
覆盖率), 2010–2026, any level — gave no clean drug, fund or price page with an aim: those queries came back with tag
and exam pages, papers, or pages with achieved figures only. The 卫生监督/职业健康 half gave five pages: 陕西's 2023
special action on radiation protection in non-medical units (four 95 % aims and a 20 % spot-check share), a 2022
provincial plan of random checks on infectious-disease control (four sampling shares, the province not named), the
2016 national plan of supervisory sampling (traditional script: a 20 % share and per-province counts), 常州's 2020
meeting on public-place supervision (the 十三五 grading aim of 80 %) and 台湾's 勞委會 note of 98年 on occupational
clinics (one aim among achieved figures, traditional). So the set was widened, as earlier sets were, by one page: 山东's
爱国卫生 aims for 2020 (traditional script: water, waste, air, smoking, sewage and rural supply). The distractor is a
page of 2011 national 卫生监督 statistics (监督覆盖率 and 合格率 achieved, no aim).
Files dw01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline, a subhead or a later sentence) is
ambiguous, the body's telling scored (cn, dl01, dm01, ds03); one number for several indicators (`…检测率和日常监测率均
达到95%以上`) is one target with the joint name (SCHEMA); a bare figure on an up-indicator (`抽查全省15%二级以上医院`)
is `>=` (SCHEMA); `高于` → `>`, `以下`/`降至…以下` → `<=`, `左右` → `~` (SCHEMA); a per-unit count in Arabic
numerals (`每家企業抽檢不少於2個産品`) is scored (ds05, dm02, df05); the reach of a plan's pilot or its scope (`對8個
省…組織實施`) is ambiguous (ds04); a province not named in the text takes the text's own word (`全省`, as `全市` in
ds05); a 民国 year is written as its Gregorian year (`98年` → 2009, ds02); counting words are written in simplified
script (`診` → 诊, `個` → 个, ds01); past and present figures are no target (SCHEMA); a traditional page keeps its
script as the corpus gave it, and a quote copies it (dg, dm, ds).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dw01 人民网's copy (m.people.cn) of 陕西日报's item of 2023-07-19 on 陕西's one-year special action on radiation
# protection in non-medical units; the page tells its lead twice and is cut at `专项整治以督促非`, as returned. Region
# 陕西省 (`全省`, `陕西省…方案`), year 2024: the action runs `为期1年` from July 2023, its checks in `2024年1月至4月`.
# Scored: `职业病危害项目申报率达到95%以上` (scope 非医疗放射工作单位), the joint `检测率和日常监测率均达到95%以上`, the
# joint `个人剂量监测率、职业健康检查率以及…培训率均达到95%以上`, and the cities' spot-check share `不少于20%`. Not
# targets: `为期1年` (the span), `9月至12月`, `2024年1月至4月`, `三同时`.
D, R, Y = "dw01.txt", "陕西省", 2024
A += [
    T(D, "确保职业病危害项目申报率达到95%以上", "职业病危害项目申报率", R, ">=", 95, "%", Y, "rate", "up",
      scope="非医疗放射工作单位"),
    T(D, "放射工作场所职业病危害因素检测率和日常监测率均达到95%以上",
      "放射工作场所职业病危害因素检测率和日常监测率", R, ">=", 95, "%", Y, "rate", "up",
      scope="非医疗放射工作单位"),
    T(D, "个人剂量监测率、职业健康检查率以及非医疗放射工作单位主要负责人、职业卫生管理人员和放射工作人员培训率均达到95%以上",
      "个人剂量监测率、职业健康检查率和培训率", R, ">=", 95, "%", Y, "rate", "up", scope="非医疗放射工作单位"),
    T(D, "市级卫生健康主管部门按照不少于20%比例进行抽查", "市级卫生健康主管部门现场核查抽查比例", R, ">=", 20, "%",
      Y, "rate", "up"),
]

# dw02 a document site's page (m.taowenge 72856942) of a province's 2022 plan of national random checks on
# infectious-disease control and disinfection products (the province is not named in the part returned); the site's
# upload line, page-image list and share blurb dropped, the title line kept; cut at `医疗废`, as returned. Region 全省
# (the text's own word), year 2022. Scored, the four sampling shares (`>=`, rates): `抽查全省15%二级以上医院`, `5%一级
# 医院`, `2%基层医疗机构`, `20%疾病预防控制机构和采供血机构`. Not targets: `2021年度` (last year's grading), the item
# numbers, `三查七对`, `一验证`.
D, R, Y = "dw02.txt", "全省", 2022
A += [
    T(D, "抽查全省15%二级以上医院", "传染病防治监督抽查比例", R, ">=", 15, "%", Y, "rate", "up", scope="二级以上医院"),
    T(D, "5%一级医院", "传染病防治监督抽查比例", R, ">=", 5, "%", Y, "rate", "up", scope="一级医院"),
    T(D, "2%基层医疗机构", "传染病防治监督抽查比例", R, ">=", 2, "%", Y, "rate", "up", scope="基层医疗机构"),
    T(D, "20%疾病预防控制机构和采供血机构", "传染病防治监督抽查比例", R, ">=", 20, "%", Y, "rate", "up",
      scope="疾病预防控制机构和采供血机构"),
]

# dw03 中国网's big5 gate copy of 中国经济网's item of 2016-02-19 on the 国家卫生计生委's 2016 national plan of
# supervisory sampling, in traditional script; the closing stock-quote widget (`- 股票名稱 最新價 漲跌幅`) dropped.
# Region 全国 (a national plan), year 2016. Scored: `監督抽檢轄區20%基層醫療衛生機構的注射室` (rate), `每省抽檢6家企業`
# and `每家企業抽檢不少於2個産品` (counts, Arabic numerals). Ambiguous: `負責對8個省(區、市)組織實施` (the reach of the
# central centre's own sampling: a scope rather than an aim). Not targets: `2016年`, `18日`, `全部二級以上醫院` and
# `所有二級以上綜合醫院` (no number), `第一類`.
D, R, Y = "dw03.txt", "全国", 2016
A += [
    T(D, "監督抽檢轄區20%基層醫療衛生機構的注射室", "基层医疗卫生机构注射室监督抽检比例", R, ">=", 20, "%", Y,
      "rate", "up"),
    T(D, "負責對8個省(區、市)組織實施", "第一类消毒剂国家监督抽检省份数", R, ">=", 8, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "每省抽檢6家企業", "每省消毒剂抽检企业数", R, ">=", 6, "家", Y, "count", "up"),
    T(D, "每家企業抽檢不少於2個産品", "每家企业消毒剂抽检产品数", R, ">=", 2, "个", Y, "count", "up"),
]

# dw04 常州市卫生健康委's page (wjw.changzhou 72602) of 2020-11-13 on the city's meeting on public-place supervision;
# the site's footer (`主办单位…`, address, telephone, `网站地图`, browser note) dropped. Region 常州市 (`全市`, `常州市`),
# year 2020 (the end of 十三五, `2020年度卫生监督目标任务`). Scored: `公共场所量化分级达80%` (the 十三五 aim the city is
# to exceed). Not targets: `2020年11月5日`, `20余人`, `六科`, `十三五`.
D, R, Y = "dw04.txt", "常州市", 2020
A += [
    T(D, "公共场所量化分级达80%", "公共场所卫生监督量化分级管理率", R, ">=", 80, "%", Y, "rate", "up"),
]

# dw05 a Taiwan media site's copy (fingermedia 102352) of 勞委會's note of 民国98年 on occupational-disease clinics and
# reporting, in traditional script, cut at `(49%,其中`, as returned. Region 台湾 (`我國`), year 2009 (`98年`). Scored:
# `98年預計將突破100診以上` (weekly clinic sessions, `以上` → `>=`). Not targets: `9家` centres set up, `96年之每週56診`
# and `97年之79診` (past), the 95年 comparison (`31人`, `131人`, `442人`, `290人`, `1,579人`), `3,246件`, `1,695件`,
# `666件`, `1,029件`, `1.6倍`, `49%`.
D, R = "dw05.txt", "台湾"
A += [
    T(D, "98年預計將突破100診以上", "职业病门诊每周诊次", R, ">=", 100, "诊", 2009, "count", "up"),
]

# dw06 a company site's copy (hiphopauto 329) of an item on 山东's 意见 on 爱国卫生 work, in traditional script, cut at
# `全省將`, as returned (no date in the text; `到2020年`). Region 山东省 (`山東省`, `全省`), year 2020. Scored: the lead's
# `水源比例高于93%` (`>`), `生活垃圾無害化處理率達到98%以上`, `環境空氣質量比2010年改善50%左右` (`~`), `吸煙率降至26%以下`
# (`<=`, down), and the body's `全省城市污水集中處理率達到98%` and `農村集中式供水人口比例提高到85%`. Ambiguous, told
# again: the subheads `城市污水集中處理率達98%` and `農村集中式供水人口比例85%`, and the later `意見提出…高于93%`. Not
# targets: `2010年` (the base year), `15歲` (the age band), `全覆蓋` (no number).
D, R, Y = "dw06.txt", "山东省", 2020
A += [
    T(D, "水質達標的設區城市集中式飲用水水源比例高于93%", "水质达标的设区城市集中式饮用水水源比例", R, ">", 93, "%",
      Y, "rate", "up", occ=0),
    T(D, "城市(縣城)生活垃圾無害化處理率達到98%以上", "城市(县城)生活垃圾无害化处理率", R, ">=", 98, "%", Y, "rate",
      "up"),
    T(D, "全省環境空氣質量比2010年改善50%左右", "环境空气质量改善幅度(比2010年)", R, "~", 50, "%", Y, "rate", "up"),
    T(D, "15歲及以上人群吸煙率降至26%以下", "15岁及以上人群吸烟率", R, "<=", 26, "%", Y, "rate", "down"),
    T(D, "城市污水集中處理率達98%", "城市污水集中处理率", R, ">=", 98, "%", Y, "rate", "up", ambiguous=True),
    T(D, "全省城市污水集中處理率達到98%", "城市污水集中处理率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "農村集中式供水人口比例85%", "农村集中式供水人口比例", R, ">=", 85, "%", Y, "rate", "up", ambiguous=True),
    T(D, "水質達標的設區城市集中式飲用水水源比例高于93%", "水质达标的设区城市集中式饮用水水源比例", R, ">", 93, "%",
      Y, "rate", "up", ambiguous=True, occ=1),
    T(D, "農村集中式供水人口比例提高到85%", "农村集中式供水人口比例", R, ">=", 85, "%", Y, "rate", "up"),
]

# dw07 the distractor: a Q&A site's page (w.sf024 409687774) with the 2011 national 卫生监督 statistics (监督覆盖率 and
# 合格率 by field, cases handled), cut at `依法查处采供血卫生监督`, as returned: achieved figures only. No gold line:
# every prediction here is a false positive.

write_gold(A, HERE)
