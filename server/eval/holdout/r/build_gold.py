#!/usr/bin/env python3
"""Build hold-out set R's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set R (issue 14; gathered after set P's round, annotated and scored once before any change):
provincial and national documents of 2009–2025 — the national 2010 医改 yearly work plan (its
public-health part), a city's 2012 key tasks, 宁夏's aims for 2027 in the news, news of the 2010
and 2013 national targets and of the 2011 health-record aim — and pages that only report or
mix reported figures with aims (浙江's 2009 health meeting, 广州's 2017 meeting, 上海's 2020 要点
whose opening has no number, 上海's 2019 health report, 重庆's 2011–2016 maternal figures,
天津's 2022 meeting). Files rr01.txt…, so no name clashes with the seeds, the development set
or sets A–P in eval-extract's `all` row. It keeps its own builder (the T(...) form of
../gold_builder.py) so that sets gathered at the same time do not edit one file.

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

# rr01 the national 2010 yearly work plan of the five 医改 reforms (国务院办公厅), its public-health
# part: each numbered `主要工作目标` with a number is an aim for 2010 (`全国`; the ministries in
# brackets are who answers for it). `9类` and `15岁以下` are in names and groups. The catch-up
# vaccination gives the year's number (2810万人左右), the running total (5688万人左右) and that
# total as a share of those due (83%): three aims, the first two about (左右). `为35万例…` and
# `累计完成三年任务的55%` are the year's cataract operations and the share of the three-year task.
# `完成2009年87万户…任务` and `411万户` are the 2009 tasks to finish in 2010 (counts); `做好55万户/347万户
# …前期准备工作` prepares the next tasks — a number of households to prepare, ambiguous. `16个城市`
# names the pilot cities already chosen (ambiguous: a plan's scale, not an aim to reach);
# `各省可自主选择1至2个城市` is a permission, not a target.
D, R, Y = "rr01.txt", "全国", 2010
A += [
    T(D, "城市居民健康档案规范化建档率达到40%以上", "居民健康档案规范化建档率", R, ">=", 40, "%", Y, "rate", "up",
      scope="城市居民"),
    T(D, "农村居民健康档案建档率达到20%", "居民健康档案建档率", R, ">=", 20, "%", Y, "rate", "up", scope="农村居民"),
    T(D, "2010年再补种2810万人左右", "乙肝疫苗补种人数", R, "~", 28100000, "人", Y, "count", "up",
      scope="15岁以下人群"),
    T(D, "累计补种5688万人左右", "乙肝疫苗累计补种人数", R, "~", 56880000, "人", Y, "count", "up",
      scope="15岁以下人群"),
    T(D, "占应补种人群的83%", "乙肝疫苗累计补种率", R, ">=", 83, "%", Y, "rate", "up", scope="15岁以下人群"),
    T(D, "再完成适龄妇女宫颈癌检查400万人", "宫颈癌检查人数", R, ">=", 4000000, "人", Y, "count", "up",
      scope="适龄妇女"),
    T(D, "乳腺癌检查40万人", "乳腺癌检查人数", R, ">=", 400000, "人", Y, "count", "up", scope="适龄妇女"),
    T(D, "农村孕产妇住院分娩率达到95%以上", "农村孕产妇住院分娩率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "为35万例贫困白内障患者免费开展复明手术", "贫困白内障患者复明手术例数", R, ">=", 350000, "例", Y, "count",
      "up"),
    T(D, "累计完成三年任务的55%", "白内障复明手术三年任务累计完成比例", R, ">=", 55, "%", Y, "rate", "up"),
    T(D, "完成2009年87万户燃煤污染型氟中毒病区改炉改灶任务", "燃煤污染型氟中毒病区改炉改灶户数", R, ">=", 870000,
      "户", Y, "count", "up"),
    T(D, "做好55万户改炉改灶前期准备工作", "改炉改灶前期准备户数", R, ">=", 550000, "户", Y, "count", "up",
      ambiguous=True),
    T(D, "完成2009年411万户无害化卫生厕所建设任务", "无害化卫生厕所建设户数", R, ">=", 4110000, "户", Y, "count",
      "up"),
    T(D, "做好347万户无害化卫生厕所建设前期准备工作", "无害化卫生厕所建设前期准备户数", R, ">=", 3470000, "户", Y,
      "count", "up", ambiguous=True),
    T(D, "无害化厕所覆盖率达到65%", "无害化厕所覆盖率", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "2010年中央投资重点支持100所左右精神卫生专业机构建设", "中央投资支持精神卫生专业机构建设数", R, "~", 100, "所",
      Y, "count", "up"),
    T(D, "国家重点在16个城市开展公立医院改革试点", "公立医院改革试点城市数", R, "=", 16, "个", Y, "count", "up",
      ambiguous=True),
]

# rr02 玉溪市's 2012 key health tasks as its talent site reprints them (the opening sums up the
# first task, then the full list follows: the cataract aim is stated twice, both kept as headline
# and body are in the earlier sets). Region 玉溪市 (named), year 2012. `一升两降` and `10类41项`
# name things (no target); `9个县卫生监督项目` and `9个市、县院前急救体系建设项目` are two counts of
# projects to finish. The list breaks off at `六是积极探`.
D, R, Y = "rr02.txt", "玉溪市", 2012
A += [
    T(D, "保质保量完成4000例白内障复明手术", "白内障复明手术例数", R, ">=", 4000, "例", Y, "count", "up", occ=0),
    T(D, "保质保量完成4000例白内障复明手术", "白内障复明手术例数", R, ">=", 4000, "例", Y, "count", "up", occ=1),
    T(D, "新农合筹资标准,人均达360元", "新农合人均筹资标准", R, ">=", 360, "元", Y, "amount", "up"),
    T(D, "电子健康档案建档率达80%以上", "电子健康档案建档率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "克期完成84所村卫生室建设", "村卫生室建设数", R, ">=", 84, "所", Y, "count", "up"),
    T(D, "打造10所以上标准化、规范化村卫生室", "标准化规范化村卫生室数", R, ">=", 10, "所", Y, "count", "up"),
    T(D, "完成9个县卫生监督项目", "县卫生监督项目数", R, ">=", 9, "个", Y, "count", "up"),
    T(D, "9个市、县院前急救体系建设项目", "院前急救体系建设项目数", R, ">=", 9, "个", Y, "count", "up"),
]

# rr03 宁夏日报 2022: the region's aims for the next five years, `到2027年` (`全区`, and `健康宁夏`
# names it: 宁夏回族自治区). Three death rates with `分别下降到` (ceilings, each its own unit), life
# expectancy and literacy. `三项改革`, `六大体系`, `5岁以下` are names and groups; `今后5年` the span.
D, R, Y = "rr03.txt", "宁夏回族自治区", 2027
A += [
    T(D, "全区人均预期寿命提高到78.7岁", "人均预期寿命", R, ">=", 78.7, "岁", Y, "amount", "up"),
    T(D, "孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别下降到12/10万", "孕产妇死亡率", R, "<=", 12, "1/10万", Y,
      "rate", "down"),
    T(D, "12/10万、3‰", "婴儿死亡率", R, "<=", 3, "‰", Y, "rate", "down"),
    T(D, "3‰、5‰", "5岁以下儿童死亡率", R, "<=", 5, "‰", Y, "rate", "down"),
    T(D, "居民健康素养水平提升到32%", "居民健康素养水平", R, ">=", 32, "%", Y, "rate", "up"),
]

# rr04 浙江日报 2009 on the province's health meeting: the 2008 figures (`90%的农民共3094万人参加了
# 新型农村合作医疗`, `3万余名社区责任医生`) are reported; the `5项重点工作` for 2009 carry no number.
# Report/mixed page: no target.

# rr05 (traditional) 2017 news of 广州市's health meeting: `戶籍孕產婦和嬰幼兒死亡率分別控制在8.20/10萬
# 和2.50%。` is the 2016 level reached (worded like an aim, as in sets L and O), and the service
# volumes, life expectancy and births are reported. The one aim with a number is the 2017 plan to
# build 3 city hospitals for women and children; `各區新建1所兒童醫院或改擴建婦幼保健院` is one per
# district with an alternative: ambiguous (as set P's per-district standard).
D, R, Y = "rr05.txt", "广州市", 2017
A += [
    T(D, "推進新建3家市級婦女兒童醫院", "新建市级妇女儿童医院数", R, ">=", 3, "家", Y, "count", "up"),
    T(D, "各區新建1所兒童醫院或改擴建婦幼保健院", "各区新建儿童医院数", R, ">=", 1, "所", Y, "count", "up",
      ambiguous=True),
]

# rr06 光明日报 2011: the national aim for 2011 (`将达到50%`) and the level at the end of June
# (27.2%, reported); `超过20%的县区市电子建档率超过50%` reports how many areas are already there.
D, R, Y = "rr06.txt", "全国", 2011
A += [
    T(D, "全国城乡居民规范化电子健康档案建档率将达到50%", "规范化电子健康档案建档率", R, ">=", 50, "%", Y, "rate",
      "up"),
]

# rr07 a journal's 2010 news of the national 2010 work plan: the headline `住院报销比例将超60%`
# (超: `>`) and the body `达60%以上` (`>=`), one aim stated twice (both kept). The two schemes
# (城镇居民医保和新农合) share one number: one target with the joint name.
D, R, Y = "rr07.txt", "全国", 2010
A += [
    T(D, "住院报销比例将超60%", "政策范围内住院费用报销比例", R, ">", 60, "%", Y, "rate", "up"),
    T(D, "城镇居民医保和新农合政策范围内住院费用报销比例达60%以上", "城镇居民医保和新农合政策范围内住院费用报销比例", R,
      ">=", 60, "%", Y, "rate", "up"),
]

# rr08 (traditional, with the page's pinyin glosses in brackets kept as the corpus has them)
# 新华网 2013 on the national health meeting: the 2013 aims (NCMS funding about 340元 with 280元 from
# government, the actual reimbursement 5 points up, enrolment kept above 95%, the public-health
# fund raised to 30元 and, in remote areas, 40元) and the plan's 2015 aim (40元以上). Reported:
# `2012年…覆蓋率保持在95%以上,人均籌資290元` (last year) and `由2003年的30元提高到目前的290元左右`.
D, R, Y = "rr08.txt", "全国", 2013
A += [
    T(D, "提高新型農(nóng)村合作醫(yī)療人籌資標(biāo)準(zhǔn),達(dá)到340元左右", "新农合人均筹资标准", R, "~", 340, "元", Y,
      "amount", "up"),
    T(D, "其中各級政府補(bǔ)助增加到人均280元", "新农合各级政府人均补助标准", R, ">=", 280, "元", Y, "amount", "up"),
    T(D, "實(shí)際報(bào)銷比要力爭較去年提高5個百分點(diǎn)", "新农合实际报销比提高幅度", R, ">=", 5, "个百分点", Y,
      "rate", "up"),
    T(D, "參合率保持在95%以上", "新农合参合率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "人均基本公共衛(wèi)生服務(wù)經(jīng)費(fèi)標(biāo)準(zhǔn)也將提高到30元", "人均基本公共卫生服务经费标准", R, ">=", 30,
      "元", Y, "amount", "up"),
    T(D, "地廣人稀邊遠(yuǎn)地區(qū)人均經(jīng)費(fèi)標(biāo)準(zhǔn)將力爭提高到40元", "人均基本公共卫生服务经费标准", R, ">=", 40,
      "元", Y, "amount", "up", scope="地广人稀边远地区"),
    T(D, "2015年達(dá)到40元以上", "人均基本公共卫生服务经费标准", R, ">=", 40, "元", 2015, "amount", "up"),
]

# rr09 (traditional) 上海市's 2020 要点: the excerpt holds the notice, the general aims and the first
# COVID tasks, with no number but dates and `十三五`. Plan page with no target.

# rr10 上海市's 2019 health report: life expectancy, death rates, institutions, beds, staff and
# service volumes of 2019, all reported. Only-reports page: no target.

# rr11 (traditional, a spun reprint: `逝世率` for 死亡率) 重庆市's maternal and infant death rates
# 2011–2016 against the national level, and the districts where they are high; the closing tasks
# carry no number. Only-reports page: no target.

# rr12 2022 news of 天津市's health meeting: the 2021 figures (`控制在8.06/10万和2.16‰` is the level
# reached, as in rr05), `21项指标已提前达到2030年本市目标要求` (how many aims are met, not an aim),
# and the year's work done (25项, 156万名, 16.8万, 10家, 408个). Only-reports page: no target.

if __name__ == "__main__":
    write_gold(A, HERE)
