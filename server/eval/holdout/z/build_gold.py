#!/usr/bin/env python3
"""Build hold-out set Z's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set Z (issue 14; gathered after sets A–Y were spent, annotated and scored once before any change):
query kinds no earlier set used — a district government's yearly list of ten practical aims
(政府工作报告 十件实事), a province's 分级诊疗 opinion (traditional, spam header), the national
政府工作报告's health passage, a national 包虫病 plan, a district's food-safety (农产品质量安全区)
plan, a county's healthy-community (健康社区) plan, a national 健康素养 plan in a spam copy, the
national chronic-disease plan in an infographic's text, a 国家卫生城市 explainer's standards table,
and two pages that only report (a county's 创卫 news, a district's 政府工作报告 review of the year).
Files zz01.txt…, so no name clashes with the seeds, the development set or sets A–Y in
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

# zz01 a district's 2017 ten practical aims from its government work report (the district is never
# named in the text — 杭州 appears only in names of a museum and a school — and the page writes
# 全区: region 全区). Every number of the list is an aim for 2017, health or not. `465幢23.25万平方米`
# is two aims (buildings and floor area), as is `85幢20万平方米`; `开竣工安置房各150万平方米` is one
# number for two indicators (started and finished), one line with the joint name. The food-test line
# is garbled by the copy (`按5.5批次/高层次人才引进计4800批次`): the 4800 批次 is the aim; the 5.5
# 批次 is a per-head norm whose unit the splice cut off: ambiguous. `全覆盖` and `D级危旧房治理`
# carry no number.
D, R, Y = "zz01.txt", "全区", 2017
A += [
    T(D, "完成465幢", "平改坡房屋幢数", R, ">=", 465, "幢", Y, "count", "up"),
    T(D, "23.25万平方米房屋“平改坡”", "平改坡房屋面积", R, ">=", 23.25, "万平方米", Y, "count", "up"),
    T(D, "85幢20万平方米老旧小区房屋改造", "老旧小区房屋改造幢数", R, ">=", 85, "幢", Y, "count", "up"),
    T(D, "20万平方米老旧小区房屋改造", "老旧小区房屋改造面积", R, ">=", 20, "万平方米", Y, "count", "up"),
    T(D, "开竣工安置房各150万平方米", "安置房开工和竣工面积", R, ">=", 150, "万平方米", Y, "count", "up"),
    T(D, "安置农户2000户以上", "安置农户数", R, ">=", 2000, "户", Y, "count", "up"),
    T(D, "完成50家以上挥发性有机物排放重点企业的治理工作", "挥发性有机物排放重点企业治理数", R, ">=", 50,
      "家", Y, "count", "up"),
    T(D, "完成6个镇街的整治任务", "小城镇环境综合整治镇街数", R, ">=", 6, "个", Y, "count", "up"),
    T(D, "建成6家公办幼儿园", "建成公办幼儿园数", R, ">=", 6, "家", Y, "count", "up"),
    T(D, "新增公交线路6条", "新增公交线路数", R, ">=", 6, "条", Y, "count", "up"),
    T(D, "优化公交线路9条", "优化公交线路数", R, ">=", 9, "条", Y, "count", "up"),
    T(D, "新建公共自行车10个点", "新建公共自行车点数", R, ">=", 10, "个", Y, "count", "up"),
    T(D, "扩容15个点", "扩容公共自行车点数", R, ">=", 15, "个", Y, "count", "up"),
    T(D, "更新公共自行车2000辆", "更新公共自行车数", R, ">=", 2000, "辆", Y, "count", "up"),
    T(D, "居民家庭医生规范签约服务率达30%以上", "居民家庭医生规范签约服务率", R, ">=", 30, "%", Y, "rate",
      "up"),
    T(D, "服务居民30万人以上", "家庭医生签约服务居民数", R, ">=", 300000, "人", Y, "count", "up"),
    T(D, "完成食品定量检测按5.5批次", "食品定量检测批次", R, ">=", 5.5, "批次", Y, "count", "up",
      ambiguous=True),
    T(D, "计4800批次", "食品定量检测批次", R, ">=", 4800, "批次", Y, "count", "up"),
    T(D, "农贸市场食品定性检测30万批次", "农贸市场食品定性检测批次", R, ">=", 300000, "批次", Y, "count",
      "up"),
    T(D, "食堂“阳光厨房”建成率达100%", "食堂阳光厨房建成率", R, ">=", 100, "%", Y, "rate", "up",
      scope="公办学校、区级医疗卫生机构和公办养老机构"),
]

# zz02 (traditional script with pinyin junk, a spam header) 甘肃省's 2016 opinion on tiered care: its
# aims for 2017. The fourth aim (`向下轉診的人數年增長率達…`) is cut off by the excerpt before its
# number: no line.
D, R, Y = "zz02.txt", "甘肃省", 2017
A += [
    T(D, "鄉(xiāng)村醫(yī)生簽約覆蓋率達(dá)到50%以上", "乡村医生签约覆盖率", R, ">=", 50, "%", Y, "rate", "up"),
    T(D, "基層醫(yī)療衛(wèi)生機(jī)構(gòu)的診療量占總診療量的65%以上", "基层医疗卫生机构诊疗量占总诊疗量比例", R,
      ">=", 65, "%", Y, "rate", "up"),
    T(D, "縣域內(nèi)就診率提高到90%左右", "县域内就诊率", R, "~", 90, "%", Y, "rate", "up"),
]

# zz03 news of the national government work report (the year is never written: `3月5日`, `十一届全国
# 人大四次会议`; not plain, so year null). Its aims: the rural pension pilot widened to 40% of
# counties, the subsidy of 新农合 and urban residents' insurance raised to 200 元, the per-capita
# public-health fund raised to 25 元.
D, R, Y = "zz03.txt", "全国", None
A += [
    T(D, "新型农村社会养老保险试点范围扩大到全国40%的县", "新型农村社会养老保险试点县覆盖比例", R, ">=", 40,
      "%", Y, "rate", "up"),
    T(D, "新农合和城镇居民医保财政补助标准提高到200元", "新农合和城镇居民医保财政补助标准", R, ">=", 200,
      "元", Y, "amount", "up"),
    T(D, "人均基本公共卫生服务经费标准提高到25元", "人均基本公共卫生服务经费标准", R, ">=", 25, "元", Y,
      "amount", "up"),
]

# zz04 a document site's preview of the national 包虫病 (echinococcosis) plan 2024–2030. One number:
# half the endemic counties at the control standard by 2025. `全部流行县` (all, 2030) and `无输入继发
# 二代疟疾病例` (none) have no number; the page counts (`第1页 / 共21页`) are marks.
D, R = "zz04.txt", "全国"
A += [
    T(D, "50%以上的流行县达到疫情控制标准", "包虫病流行县达到疫情控制标准比例", R, ">=", 50, "%", 2025, "rate",
      "up"),
]

# zz05 a district's plan to become a national farm-produce safety district (济宁市任城区 names
# itself). The aims are for `2022年8底前`. The assessment score (`90分(含90分)以上`) is an aim in
# points.
D, R, Y = "zz05.txt", "任城区", 2022
A += [
    T(D, "评价总分值在90分(含90分)以上", "农产品质量安全县创建评价总分值", R, ">=", 90, "分", Y, "count", "up"),
    T(D, "食用农产品抽检合格率达到98%以上", "食用农产品抽检合格率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "不合格食用农产品处置率达到100%", "不合格食用农产品处置率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "禁用药物的监测合格率达到100%", "禁用药物监测合格率", R, ">=", 100, "%", Y, "rate", "up"),
]

# zz06 a template site's county healthy-community plan (the county unnamed, `全县`); the years are
# blanked by the template (`202A年`): year null. `40%、30%` pair with the two indicators before them.
D, R, Y = "zz06.txt", "全县", None
A += [
    T(D, "全县健康社区/健康村、健康家庭创建比例达40%", "健康社区(健康村)创建比例", R, ">=", 40, "%", Y, "rate",
      "up"),
    T(D, "健康家庭创建比例达40%、30%", "健康家庭创建比例", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "创建152个健康社区/健康村", "创建健康社区(健康村)数", R, ">=", 152, "个", Y, "count", "up"),
    T(D, "创建97703个健康家庭", "创建健康家庭数", R, ">=", 97703, "个", Y, "count", "up"),
]

# zz07 a spam site's rewritten copy of news on the national health-literacy plan 2014–2020 (the
# rewriter turned 健康 into 身体健康 and 健康促进 into 身体健康增进; names are given as a bureau
# would write them). The 20% aim is stated four times (headline, abstract, lead, list): four lines;
# 8.80% (2012) is the baseline. The regional aims pair with 东、中、西部. `不具备科学身体健康观的人口
# 比例超过50%` says the opposite of the plan's aim (the rewriter added 不): ambiguous. `各1400个` is
# one number for five kinds of settings: one line with the joint name.
D, R, Y = "zz07.txt", "全国", 2020
A += [
    T(D, "2020年健康素养水平提升到20%", "居民健康素养水平", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "将全国居民身体健康素养水平由2012年的8.80%提高到20%", "居民健康素养水平", R, ">=", 20, "%", Y,
      "rate", "up", occ=0),
    T(D, "将全国居民身体健康素养水平由2012年的8.80%提高到20%", "居民健康素养水平", R, ">=", 20, "%", Y,
      "rate", "up", occ=1),
    T(D, "全国居民身体健康素养水平提升到20%", "居民健康素养水平", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "东、中、西部地区居民身体健康素养水平分别提升到24%", "居民健康素养水平", R, ">=", 24, "%", Y,
      "rate", "up", scope="东部地区"),
    T(D, "分别提升到24%、20%", "居民健康素养水平", R, ">=", 20, "%", Y, "rate", "up", scope="中部地区"),
    T(D, "20%和16%", "居民健康素养水平", R, ">=", 16, "%", Y, "rate", "up", scope="西部地区"),
    T(D, "全国不具备科学身体健康观的人口比例超过50%", "具备科学健康观的人口比例", R, ">", 50, "%", Y, "rate",
      "up", ambiguous=True),
    T(D, "居民基本医疗素养、慢性病预防素养、传染病预防素养水平分别提升到15%", "居民基本医疗素养水平", R, ">=",
      15, "%", Y, "rate", "up"),
    T(D, "分别提升到15%、20%", "居民慢性病预防素养水平", R, ">=", 20, "%", Y, "rate", "up"),
    T(D, "20%和25%", "居民传染病预防素养水平", R, ">=", 25, "%", Y, "rate", "up"),
    T(D, "全国建设身体健康增进县(区)600个", "健康促进县(区)数", R, ">=", 600, "个", Y, "count", "up"),
    T(D, "身体健康增进医院、身体健康增进学校、身体健康增进机关、身体健康增进企业、身体健康社区各1400个",
      "健康促进医院、学校、机关、企业和健康社区数", R, ">=", 1400, "个", Y, "count", "up"),
    T(D, "身体健康家庭60000个", "健康家庭数", R, ">=", 60000, "个", Y, "count", "up"),
]

# zz08 the text of an infographic on the national chronic-disease plan 2017–2025 (`我国`: 全国).
# Every aim is given for 2020 and 2025 (`分别…和…`): two lines each. Falls given as a percentage
# (`降低10%`, `下降10%`, `提升5%`) are relative changes, named for the change (SCHEMA); the present
# values (`由目前的8835万人`, `50%`, `10.5克`, `27.7%`) are baselines. The 8835 is broken by the
# infographic's page mark (`8835\n6、万人`).
D, R = "zz08.txt", "全国"
A += [
    T(D, "过早死亡率分别较2015年降低10%", "重大慢性病过早死亡率降低幅度", R, ">=", 10, "%", 2020, "rate", "up"),
    T(D, "降低10%和20%", "重大慢性病过早死亡率降低幅度", R, ">=", 20, "%", 2025, "rate", "up"),
    T(D, "心脑血管疾病死亡率分别下降10%", "心脑血管疾病死亡率下降幅度", R, ">=", 10, "%", 2020, "rate", "up"),
    T(D, "下降10%和15%,总体癌症", "心脑血管疾病死亡率下降幅度", R, ">=", 15, "%", 2025, "rate", "up"),
    T(D, "总体癌症5年生存率分别提升5%", "总体癌症5年生存率提升幅度", R, ">=", 5, "%", 2020, "rate", "up"),
    T(D, "提升5%和10%", "总体癌症5年生存率提升幅度", R, ">=", 10, "%", 2025, "rate", "up"),
    T(D, "万人分别提高到1亿人", "高血压患者管理人数", R, ">=", 100000000, "人", 2020, "count", "up"),
    T(D, "1亿人和1.1亿人", "高血压患者管理人数", R, ">=", 110000000, "人", 2025, "count", "up"),
    T(D, "高血压、糖尿病患者规范管理率由目前的50%分别提升至60%", "高血压、糖尿病患者规范管理率", R, ">=", 60,
      "%", 2020, "rate", "up"),
    T(D, "60%和70%", "高血压、糖尿病患者规范管理率", R, ">=", 70, "%", 2025, "rate", "up"),
    T(D, "全国人均每日食盐摄入量由目前的10.5克分别下降10%", "人均每日食盐摄入量下降幅度", R, ">=", 10, "%",
      2020, "rate", "up"),
    T(D, "下降10%和15%,15岁", "人均每日食盐摄入量下降幅度", R, ">=", 15, "%", 2025, "rate", "up"),
    T(D, "15岁以上人群吸烟率由目前的27.7%分别降至25%", "15岁以上人群吸烟率", R, "<=", 25, "%", 2020, "rate",
      "down"),
    T(D, "25%和20%", "15岁以上人群吸烟率", R, "<=", 20, "%", 2025, "rate", "down"),
]

# zz09 a news site's explainer of what a 国家卫生城市 must meet: the table's three figures are the
# national standard's (as gg06's standards are 全国's), no year.
D, R, Y = "zz09.txt", "全国", None
A += [
    T(D, "绿化覆盖率不低于30%", "绿化覆盖率", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "饮用水水质合格率100%", "饮用水水质合格率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "食品抽检合格率≥95%", "食品抽检合格率", R, ">=", 95, "%", Y, "rate", "up"),
]

# zz10 a garden-trade site's news (2017) of 洪泽区 named a national sanitary county: figures reached
# (`城市绿化覆盖率41%`, `生活垃圾无害化处理率94.8%`, `粪便无害化处理率80%以上`, `22.68亿元`): it only
# reports; no gold lines.
# zz11 武昌区's 2012 government work report, its review of the year (`预计…640亿元,增长12.6%`): it
# only reports; no gold lines.

if __name__ == "__main__":
    write_gold(A, HERE)
