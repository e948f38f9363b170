#!/usr/bin/env python3
"""Build hold-out set EE's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set EE (gathered on its own branch gather-ee beside sets EB–ED gathered at the same time, and annotated before any
extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent). Its focus — specialised services' plans and aims with figures (中医药, 血液/无偿献血, 院前急救, 精神卫生,
健康教育, 护理, 卫生信息化), any level, 2005–2026 — is nearly spent: the 中医药, 健康素养, 护理 and 电子健康档案 pages the
corpus gave are held or named by earlier sets (the 十二五 and 十四五 中医药 plans, 河北's 中医药强省, the 2011 records aim,
the 2014 人口健康信息 item, the national 精神卫生 plans, the 2019 健康中国行动 literacy aims), or hold a held aim (the
纲要's `0.55张`, az01). Six clean pages with an aim came back: 鹰潭's 2025 献血方案 (the 千人口献血率 aim, two unit
shares, two yearly activity counts), 晋江's 2022 AED and first-aid training plan (2022 and 十四五 counts, a per-万人
ratio, a certificate share), 无锡's 2014 item on rural first-aid stations (20 stations and 10-15 minutes by 2015), 湖北's
2023 精康融合 plan in traditional script with converter glosses (two 2025 rates, each told twice), 国家卫生健康委's
2025 精神卫生服务年 aims in traditional script with glosses (one count; one per-city aim in a Chinese numeral), and a
commentary on the national 2025 school mental-health teacher aim (one rate, told twice); the distractor is 财联社's
2023 item on the 全民健康信息平台 (achieved figures only). No 中医药, 护理 or 健康素养 page with an aim came back clean.
Files eee01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline, a `其中` clause or a later sentence) is
ambiguous (cn, cc05, df03, dl01, dm01); a per-unit count in a Chinese numeral (`至少有一家`, `不少于一家`) is ambiguous
(dm02, df05, dz06); a per-unit count in Arabic figures (`每年至少组织2次`) is scored (ak07's `每个学校…至少配置1台`); a
per-population ratio of things is a count in the counting word written (`1台/万人` → 1 `台`, as ak07's `每10万人配置300台`
and the per-thousand bed and staff ratios of bj, bq, dz); a range on a down-indicator is `<=` with value and value_max
(the 急救服务半径 lines of earlier sets); a response time is an amount in `分钟`, down (af04, an05); `超过N` is `>`, `不少于`,
`不得低于`, `以上` `>=` (SCHEMA); a head count in 万 keeps `万名` (dm, dg04); `今年` takes the year the text writes for the
same aim (eee02: `其中2022年…`); past and present figures are no target (SCHEMA); a place named in short (`晋江`, `湖北`)
takes its full name (ds03, dz); a traditional page keeps its converter glosses (`衛(wèi)生`) as the corpus gave them, and a
quote copies them (dg, dm, ds, dz).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# eee01 鹰潭市人民政府办公室's notice (鹰府办字〔2025〕30号, 2025-04-10) of the city's 2025 献血方案, cut at `就近到鹰潭市`
# as returned. Region 鹰潭市, year 2025 (the plan's year). Scored: `力争完成千人口献血率目标值9` (the text writes no
# unit; a 千人口 rate is per thousand: 9 `‰`), the yearly donation shares of 卫生健康单位 (`不得低于25%`) and of the other
# units (`应不少于20%`), and the yearly activity counts `各区(市)每年至少组织2次` and `各部门、各单位每年至少组织1次`.
# Not targets: the eligibility rules (`18—65周岁`, `男≥50千克,女≥45千克`), the appointment threshold `达20人`, dates and
# the document number.
D, R, Y = "eee01.txt", "鹰潭市", 2025
A += [
    T(D, "力争完成千人口献血率目标值9", "千人口献血率", R, ">=", 9, "‰", Y, "rate", "up"),
    T(D, "卫生健康单位年度献血比例不得低于25%", "年度献血比例", R, ">=", 25, "%", Y, "rate", "up",
      scope="卫生健康单位"),
    T(D, "其他机关企事业单位年度献血比例应不少于20%", "年度献血比例", R, ">=", 20, "%", Y, "rate", "up",
      scope="其他机关企事业单位"),
    T(D, "各区(市)每年至少组织2次大型集中献血主题活动", "大型集中献血主题活动组织次数", R, ">=", 2, "次", Y,
      "count", "up", scope="各区(市)"),
    T(D, "各部门、各单位每年至少组织1次集中献血活动", "集中献血活动组织次数", R, ">=", 1, "次", Y, "count", "up",
      scope="各部门、各单位"),
]

# eee02 泉州晚报's item (szb.qzwb, 2022-08-19) on 晋江's AED and first-aid training plan. Region 晋江市 (`晋江`, `全市`).
# Scored: this year's `配置100台` (year 2022: `今年`, and the text writes `2022年` for the same 100), the 十四五 `增配180台`
# (year 2025, the end of 十四五) and `培训救护员4.8万名` (2025: `分四年完成` within 十四五), 2022's `培训救护员1万名`, and
# the 2025 ratio `1台/万人` (1 `台`, per 万人 in the indicator) and certificate share `不少于2%`. Ambiguous (told again):
# `其中2022年配置AED100台` and `今年新配置的100台AED`. Not targets: the present `60台`, `四年`, `十四五`.
D, R = "eee02.txt", "晋江市"
A += [
    T(D, "今年晋江将在公共场所配置100台", "公共场所AED配置数", R, ">=", 100, "台", 2022, "count", "up"),
    T(D, "在现有60台AED的基础上增配180台", "AED增配数", R, ">=", 180, "台", 2025, "count", "up"),
    T(D, "其中2022年配置AED100台", "公共场所AED配置数", R, ">=", 100, "台", 2022, "count", "up", ambiguous=True),
    T(D, "培训救护员4.8万名", "救护员培训数", R, ">=", 4.8, "万名", 2025, "count", "up"),
    T(D, "其中2022年培训救护员1万名", "救护员培训数", R, ">=", 1, "万名", 2022, "count", "up"),
    T(D, "全市AED配置比例达到1台/万人", "每万人AED配置数", R, ">=", 1, "台", 2025, "count", "up"),
    T(D, "取得群众性应急救护证书人数占总人口比例不少于2%", "取得群众性应急救护证书人数占总人口比例", R, ">=", 2,
      "%", 2025, "rate", "up"),
    T(D, "今年新配置的100台AED", "公共场所AED配置数", R, ">=", 100, "台", 2022, "count", "up", ambiguous=True),
]

# eee03 江苏省民营经济发展促进中心's site (jpedc, 2014-03-04) with 无锡's item on its rural first-aid network (the site's
# closing contact lines kept as returned). Region 无锡市, year 2015 (`力争至2015年底`). Scored: `完成规划内的20个站点的
# 建设` and the response time `乡镇、农村10-15分钟` (a range on a down-indicator: `<=` 10, value_max 15, `分钟`, scope
# 乡镇、农村). Not targets: `五大方面`, the phone numbers, the street number and the registration numbers.
D, R, Y = "eee03.txt", "无锡市", 2015
A += [
    T(D, "完成规划内的20个站点的建设", "急救站点建设数", R, ">=", 20, "个", Y, "count", "up"),
    T(D, "急救平均反应时间乡镇、农村10-15分钟", "急救平均反应时间", R, "<=", 10, "分钟", Y, "amount", "down",
      scope="乡镇、农村", value_max=15),
]

# eee04 a portal's copy (cxm1cxm, 2023-03-26) of 极目新闻's item on 湖北's 精康融合行动 plan (2023—2025), in traditional
# script with converter glosses, cut at `培訓(xùn)督導(dǎo)、服`. Region 湖北省, year 2025 (`2025年底`). Scored, first
# telling: `85%以上的縣(市、區(qū))開展精神障礙社區(qū)康復(fù)服務(wù)` and `接受規(guī)范服務(wù)率達60%以上`.
# Ambiguous: the headline's `每個市州培育不少于一家品牌機構(gòu)` (a per-unit count in a Chinese numeral) and the
# second telling of both rates (the quoted `工作目標(biāo)`). Not targets: `(2023—2025年)`, `用3年時間`.
D, R, Y = "eee04.txt", "湖北省", 2025
A += [
    T(D, "每個市州培育不少于一家品牌機構(gòu)", "品牌化精神康复社会服务机构数", R, ">=", 1, "家", Y, "count", "up",
      scope="每个市州", ambiguous=True),
    T(D, "85%以上的縣(市、區(qū))開展精神障礙社區(qū)康復(fù)服務(wù)", "开展精神障碍社区康复服务的县(市、区)比例",
      R, ">=", 85, "%", Y, "rate", "up", occ=0),
    T(D, "登記康復(fù)對象接受規(guī)范服務(wù)率達60%以上", "登记康复对象接受规范服务率", R, ">=", 60, "%", Y,
      "rate", "up", occ=0),
    T(D, "85%以上的縣(市、區(qū))開展精神障礙社區(qū)康復(fù)服務(wù)", "开展精神障碍社区康复服务的县(市、区)比例",
      R, ">=", 85, "%", Y, "rate", "up", occ=1, ambiguous=True),
    T(D, "登記康復(fù)對象接受規(guī)范服務(wù)率達60%以上", "登记康复对象接受规范服务率", R, ">=", 60, "%", Y,
      "rate", "up", occ=1, ambiguous=True),
]

# eee05 a portal's copy (fzxysj, 2025-02-13) of 新华社's item on 国家卫生健康委's 2025 mental-health aims, in traditional
# script with converter glosses. Region 全国, year 2025 (the aims the 委 `提出2025年`; the lectures are the same list).
# Scored: `全國舉辦超過5000場次…講座` (`超過` → `>`). Ambiguous: `每個地市至少有一家醫(yī)院提供心理門診` (a per-unit
# count in a Chinese numeral). Not targets: the 18 provinces that have opened the line (present), `12356` (a number in
# a name), `2025年至2027年` (the service years' span).
D, R, Y = "eee05.txt", "全国", 2025
A += [
    T(D, "每個地市至少有一家醫(yī)院提供心理門診、睡眠門診服務(wù)", "提供心理门诊、睡眠门诊服务的医院数", R, ">=", 1,
      "家", Y, "count", "up", scope="每个地市", ambiguous=True),
    T(D, "全國舉辦超過5000場次國家和省市級專家心理健康知識講座", "国家和省市级专家心理健康知识讲座场次", R, ">",
      5000, "场次", Y, "count", "up"),
]

# eee06 a news app's commentary (dingxinwen, no date in the text) on the national 学生心理健康 action plan (2023 - 2025),
# cut at `的心理` as returned. Region 全国, year 2025. Scored: `配备专 (兼) 职心理健康教育教师的学校比例要达到 95%`
# (the source's spaces kept). Ambiguous: `要在 2025 年实现 95% 的学校配备专职心理教师` (told again, and with 专职 only).
# Not targets: the plan's span, `一对一`.
D, R, Y = "eee06.txt", "全国", 2025
A += [
    T(D, "配备专 (兼) 职心理健康教育教师的学校比例要达到 95%", "配备专(兼)职心理健康教育教师的学校比例", R, ">=",
      95, "%", Y, "rate", "up"),
    T(D, "要在 2025 年实现 95% 的学校配备专职心理教师", "配备专职心理健康教育教师的学校比例", R, ">=", 95, "%", Y,
      "rate", "up", ambiguous=True),
]

# eee07 财联社's item (cls 1509850, 2023-11-07) on the 全民健康信息平台: achieved figures only (the distractor). `力争用3年
# 时间` is a span with no figure to reach; `8000多家`, `20个省份超80%`, `25个省份`, `17个省份`, `204个地级市` are present;
# `347.72W` is the page's view count. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
