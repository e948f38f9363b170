#!/usr/bin/env python3
"""Build hold-out set AO's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AO (issue 14; gathered after this session's merged rounds, sets AM and AN, and annotated and
scored once before any further change — its first contact is the honest measure of main f9e1f6d):
query kinds no earlier set's SOURCES names — a town's 两癌 screening quotas (2022), a province's
free cervical cancer screening for 2022–2024 (traditional, forum noise), the 2014 aims of
population health informatisation (traditional), Shanghai's community childcare points (宝宝屋,
托育), a city's vector-control density limits (病媒生物, traditional and garbled), the national
sanitary city requirements as a city's paper told them (创卫, traditional) and the 2017 national
health poverty-relief news (健康扶贫, traditional).
Files ao01.txt…, so no name clashes with the seeds, the development set or sets A–AN in
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

# ao01 a document site's copy of a town's 2022 scheme for the 两癌 screening project (the town is
# not named: the text's own word is 我镇). The project aims give the year's quotas (bare numbers
# after 任务: implied 达到) and the knowledge rate (`到达…以上`, a typo of 达到). Section 二 restates
# the two quotas (ambiguous, as AL keeps a heading the body restates); the share of the quota for
# women out of poverty is written `为81人` (a quota, `=` as SCHEMA gives `为N`). `10个行政村` is
# how the task is split, `3564岁` an age band that lost its dash, `3页` and `附件3` the page.
D, R, Y = "ao01.txt", "我镇", 2022
A += [
    T(D, "宫颈癌筛查任务420人", "宫颈癌筛查人数", R, ">=", 420, "人", Y, "count", "up"),
    T(D, "乳腺癌170人", "乳腺癌筛查人数", R, ">=", 170, "人", Y, "count", "up"),
    T(D, "乳腺癌防治知识知晓率到达85%以上", "妇女宫颈癌和乳腺癌防治知识知晓率", R, ">=", 85, "%", Y, "rate",
      "up"),
    T(D, "实施宫颈癌筛查工程420人", "宫颈癌筛查人数", R, ">=", 420, "人", Y, "count", "up", ambiguous=True),
    T(D, "乳腺癌 170人", "乳腺癌筛查人数", R, ">=", 170, "人", Y, "count", "up", ambiguous=True),
    T(D, "两癌筛查人数为81人", "两癌筛查人数", R, "=", 81, "人", Y, "count", "up", scope="健康脱贫妇女"),
]

# ao02 a forum's copy (traditional, glosses such as `鄉(xiāng)` and noise lines such as `7 e& r!`)
# of 随州日报's 2022 item on 湖北's free cervical cancer screening: the province (我省, 健康湖北)
# screens 1267万 women in 2022–2024 (its end year, 2024) and aims at two rates (`力爭達到…以上`).
# The second rate's name lost its first characters to mojibake (`可梢刹±碾S訪`: 可疑病例的随访):
# the quote starts where the bytes do. `35歲至64歲` is the age band, `三年` the span; 随州 (`我市`)
# adds no number of its own.
D, R, Y = "ao02.txt", "湖北省", 2024
A += [
    T(D, "為全省1267萬名35歲至64歲的城鄉(xiāng)婦女進行宮頸癌免費篩查", "城乡妇女宫颈癌免费筛查人数", R, ">=",
      12670000, "名", Y, "count", "up"),
    T(D, "宮頸癌早診率90%以上", "宫颈癌早诊率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "碾S訪管理率達到95%以上", "检查异常或可疑病例随访管理率", R, ">=", 95, "%", Y, "rate", "up"),
]

# ao03 a news site's copy (traditional, glosses) of 人民日报's 2014 item on the national framework
# of population health informatisation: by the end of the 十二五 (2015) it covers 80 % of the
# provinces and 70 % of the prefecture cities (`基本覆蓋`: an implied floor; the third part,
# `全部公立醫院綜合改革試點地區`, has no number). `三大`, `六大`, `四級` are counts in words that
# describe the framework, not aims.
D, R, Y = "ao03.txt", "全国", 2015
A += [
    T(D, "基本覆蓋80%的省份", "人口健康信息化覆盖省份比例", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "70%的地市", "人口健康信息化覆盖地市比例", R, ">=", 70, "%", Y, "rate", "up"),
]

# ao04 a spam page's copy (pinyin glosses inside words) of the news on 上海's community childcare
# points (宝宝屋, 托育): their coverage of the streets and towns in the 十四五 (its end, 2025), and
# the central districts' (scope). The city is named (上海市).
D, R, Y = "ao04.txt", "上海市", 2025
A += [
    T(D, "覆(fù )盖率将达到(dào )85%", "街镇宝宝屋覆盖率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "中心(xīn )城(chéng )区(qū )街镇将达到100%", "街镇宝宝屋覆盖率", R, ">=", 100, "%", Y, "rate", "up",
      scope="中心城区"),
]

# ao05 a document site's lead (traditional, sentences cut and a line of mojibake) of a city's
# vector-control work plan (我市, 全市; no year written: null): density ceilings. The first
# positive rate keeps its name (`陽性率`); the second `不超過3%` lost its subject in the cut
# (ambiguous: reasonable annotators could not name it). Larvae per positive dip and adult mosquitoes
# per person-time are counts in 只 (down, as yy02's population density); the cockroach sentence is
# two ceilings with `分別` (3 % for adults and nymphs, 2 % for egg cases). `30分鐘` is the method,
# `9月18日` a date.
D, R, Y = "ao05.txt", "全市", None
A += [
    T(D, "陽性率不超過3%", "阳性率", R, "<=", 3, "%", Y, "rate", "down"),
    T(D, "不超過3%", "阳性率", R, "<=", 3, "%", Y, "rate", "down", ambiguous=True, occ=1),
    T(D, "陽性勺內(nèi)蚊蚴的平均數(shù)不超過5只", "阳性勺内蚊蚴平均数", R, "<=", 5, "只", Y, "count", "down"),
    T(D, "平均每人次誘獲成蚊不超過1只", "每人次诱获成蚊数", R, "<=", 1, "只", Y, "count", "down",
      scope="特殊场所"),
    T(D, "蟑螂成若蟲和卵鞘侵害率分別不超過3%和2%", "蟑螂成若虫侵害率", R, "<=", 3, "%", Y, "rate", "down"),
    T(D, "蟑螂成若蟲和卵鞘侵害率分別不超過3%和2%", "蟑螂卵鞘侵害率", R, "<=", 2, "%", Y, "rate", "down"),
]

# ao06 a spam-headed copy (traditional, broken list markers `?。?)`) of 绵阳日报's 2024 item in its
# 绵阳文明城市 section: what creating a national sanitary city requires. The thresholds are the
# national standard's, told as what the city must reach; the region is the city the section
# names (绵阳市), the year the item's (2024). `≥90%` is a floor; the others `達到…以上`. `近3年`,
# `滿3個月` and the cut-off `3萬至10萬服務人口` are periods and a norm of population, not aims.
D, R, Y = "ao06.txt", "绵阳市", 2024
A += [
    T(D, "量化分級管理率≥90%", "餐饮服务食品安全监督量化分级管理率", R, ">=", 90, "%", Y, "rate", "up",
      scope="餐饮业、集体食堂"),
    T(D, "適齡兒童免疫規劃疫苗接種率達到90%以上", "适龄儿童免疫规划疫苗接种率", R, ">=", 90, "%", Y, "rate",
      "up"),
    T(D, "建卡、建證率達到95%以上", "适龄儿童建卡建证率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "嚴重精神障礙患者管理率達到75%以上", "严重精神障碍患者管理率", R, ">=", 75, "%", Y, "rate", "up"),
    T(D, "裝備達標率達到90%以上", "疾病预防控制中心实验室检验设备装备达标率", R, ">=", 90, "%", Y, "rate", "up"),
]

# ao07 a spam-headed copy (traditional, glosses) of the 2017 national news on the 三个一批 plan of
# 健康扶贫: 734万 poor patients to be treated by category this year (今年: 2017). The headline
# restates the body (ambiguous, as AL). The 93 diseases and the yearly check-up (`一次`, a number
# in words) describe how the plan works rather than a level to reach (ambiguous). 330万, 400万,
# 41% are the present; `15-59歲` an age band.
D, R, Y = "ao07.txt", "全国", 2017
A += [
    T(D, "734萬(wàn)貧困患者將得到分類救治", "分类救治贫困患者人数", R, ">=", 7340000, "人", Y, "count", "up",
      ambiguous=True, occ=0),
    T(D, "734萬(wàn)貧困患者將得到分類救治", "分类救治贫困患者人数", R, ">=", 7340000, "人", Y, "count", "up",
      occ=1),
    T(D, "針對(duì)影響生產(chǎn)生活能力的93個(gè)病種進(jìn)行分類救治", "分类救治病种数", R, ">=", 93, "个", Y, "count",
      "up", ambiguous=True),
    T(D, "每年開(kāi)展一次健康體檢", "农村贫困人口健康体检次数", R, ">=", 1, "次", Y, "count", "up",
      ambiguous=True),
]

write_gold(A, HERE)
