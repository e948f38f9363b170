#!/usr/bin/env python3
"""Build hold-out set DS's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DS (gathered on main 523e9043, after set DQ was registered, beside set DR gathered at the same time, and annotated
before any extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the
set is unspent). Its focus — 基本公共卫生服务 and 家庭医生签约 project pages with figures (yearly indicators: 建档率,
管理率, 规范管理率, 签约率; per-head funding standards) at county, city and province level, 2009–2026 — gave only two
clean pages with a figure: 山东's 2018 per-head funding standard (55元, one aim) and part of a city's 2009 医改 plan on
基本公共卫生服务 (the 2011 health-record coverage and the antenatal and postnatal visit counts). Every other focus page
returned (考核方案 indicator lists, 签约 schemes, county 实施方案, 年度医改安排, the 2023 浙江 要点, the 2010 national
工作安排) is held or named by an earlier set. So the set was widened, as earlier sets were, to any health topic and level:
the national 2026 ten 为民服务实事 of the 卫健 system (traditional script: eight counts), a 2014 中央社 item on 台湾's
rural electronic-record exchange (hospitals and clinics by 民国104年, traditional), a 2026 联合报 item on 台湾's 888 plan
with its 2028 aims (traditional), a 2026 page of 两会 figures in traditional script with converter glosses (health aims
beside pension, education and employment aims), and a 宝山 health station's note on 三高 patients in 112年 (achieved
figures only: the distractor).
Files ds01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a later sentence) is ambiguous (cn,
dl01, dm01); aims of a page that are not health ones (pensions, education, employment, consumer bonds) are ambiguous
(cc); money a plan sets aside (`安排…2500億元`, `設立1000億元…專項資金`) is ambiguous; a count in `万` keeps its `万`
(`1萬家` → 1 万家, `15萬個` → 15 万个, dq); `提高N元` on a standard is the rise, `>=` N 元 (dq's `新增30元`); a bare
figure or `完成N` on an up-indicator is `>=` (SCHEMA); a per-unit count in Arabic numerals (`至少5次孕期保健服务`) is
scored — only one in a Chinese numeral is ambiguous (dm02, df05); a 民国 year is written as its Gregorian year
(`104年底前` → 2015, as earlier 台湾 pages); `N%` in a list of 888 aims is a rate, `>=` (dq05); life expectancy is an
amount in `岁` (dq); past and present figures are no target (SCHEMA); a traditional page keeps its converter glosses
(`數(shù)字`) as the corpus gave them, and a quote copies them (dg, dm).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ds01 a trade-news site's copy (lyredcross, from 央视新闻) of the notice of 2月10日 2026 by 国家卫生健康委, 国家中医药局
# and 国家疾控局 on the ten 为民服务实事 of 2026, in traditional script; its copyright notice and `延伸閱讀` dropped.
# Region 全国 (`全國`), year 2026 (`決定2026年…`). Scored, eight counts: `新增1000家` township and community centres
# treating common childhood illness, `新增110個縣` with psychological clinics, `至少達到300項` mutually recognised tests,
# `新增350家` centres with haemodialysis, `1萬家` institutions with early-pregnancy clinics (1 万家), `15萬個` new
# childcare places (15 万个), `3200名` 西学中 trainees and `1萬場以上` health talks (1 万场). Not targets: `2月10日`,
# `十件`, `6萬` (the population threshold of counties that must offer dialysis), `13周歲` (the girls' age), the item
# numbers, and `三級公立綜合醫院均提供…` and `均提供周末疫苗接種服務` (`均` with no number: all, not a target).
D, R, Y = "ds01.txt", "全国", 2026
A += [
    T(D, "新增1000家鄉鎮衛生院、社區衛生服務中心提供兒童常見病、多發病診療服務",
      "新增提供儿童常见病多发病诊疗服务的乡镇卫生院和社区卫生服务中心数", R, ">=", 1000, "家", Y, "count", "up"),
    T(D, "新增110個縣提供心理門診服務", "新增提供心理门诊服务的县数", R, ">=", 110, "个", Y, "count", "up"),
    T(D, "推進二級及以上醫療機構檢查檢驗項目互認至少達到300項", "二级及以上医疗机构检查检验结果互认项目数", R, ">=",
      300, "项", Y, "count", "up"),
    T(D, "全國新增350家鄉鎮衛生院、社區衛生服務中心提供血液透析服務",
      "新增提供血液透析服务的乡镇卫生院和社区卫生服务中心数", R, ">=", 350, "家", Y, "count", "up"),
    T(D, "全國1萬家醫療機構提供早孕關愛門診服務", "提供早孕关爱门诊服务的医疗机构数", R, ">=", 1, "万家", Y,
      "count", "up"),
    T(D, "全國新增普惠托位15萬個", "新增普惠托位数", R, ">=", 15, "万个", Y, "count", "up"),
    T(D, "開展3200名“西醫學習中醫”骨干人才培訓", "“西医学习中医”骨干人才培训人数", R, ">=", 3200, "名", Y, "count",
      "up"),
    T(D, "全國舉辦1萬場以上健康知識講座", "健康知识讲座场次", R, ">=", 1, "万场", Y, "count", "up"),
]

# ds02 蕃薯藤's copy (n.yam) of 中央社's item of 2014.02.01 on 台湾's electronic-record exchange for 48 remote and island
# health stations; the portal's top bar (`回到頂端`, `熱門: …`) and its closing links (`社群留言`, `台北旅遊新聞`)
# dropped. Region 台湾 (`台灣`, `全台`). Scored: the lead's `預計104年底前完成500家合作醫院` and `2萬家合作診所` (year
# 2015: 民国104年; 2 万家) and the body's `全台合作醫院將達260家` (year 2014: `服務已從今年元旦開始啟動`, the dateline's
# year). Ambiguous: the body's `預計104年底前完成全台500家醫院及2萬家診所` (told again: two lines). Not targets: `48個`
# (stations built), `36萬5000人`, `1.6%`, `48個山地、離島區域`, `四大資料`, and the 阿里山 reckoning (`400元`, `500元`,
# `800元`, `200元`, `1900元`, `40萬`, `7億多元`: a worked example, not an aim).
D, R = "ds02.txt", "台湾"
A += [
    T(D, "預計104年底前完成500家合作醫院", "电子病历交换合作医院数", R, ">=", 500, "家", 2015, "count", "up"),
    T(D, "2萬家合作診所", "电子病历交换合作诊所数", R, ">=", 2, "万家", 2015, "count", "up"),
    T(D, "全台合作醫院將達260家", "电子病历交换合作医院数", R, ">=", 260, "家", 2014, "count", "up"),
    T(D, "預計104年底前完成全台500家醫院", "电子病历交换合作医院数", R, ">=", 500, "家", 2015, "count", "up",
      ambiguous=True),
    T(D, "2萬家診所", "电子病历交换合作诊所数", R, ">=", 2, "万家", 2015, "count", "up", ambiguous=True),
]

# ds03 中华网's copy of 新华社's item of 2018-05-03 on 山东's per-head public-health funding; the portal's navigation
# (`中华网`, `设为书签…`, `军事APP`, `当前位置…`), a repeat of the title and the closing links (`关键词:`, `相关报道:`,
# `关闭`, `相关新闻`) dropped. Region 山东省 (`山东`), year 2018 (`2018年山东各级财政…`). Scored: `将基本公共卫生服务人均
# 经费保障标准提高到55元`. Ambiguous: the title `山东提高基本公共卫生服务经费保障标准到人均55元` (told again). Not targets:
# `第六年`, last year's `50元`, the `21.9亿元` already sent down (`已…下达`), the dates.
D, R, Y = "ds03.txt", "山东省", 2018
A += [
    T(D, "山东提高基本公共卫生服务经费保障标准到人均55元", "基本公共卫生服务人均经费保障标准", R, ">=", 55, "元", Y,
      "amount", "up", ambiguous=True),
    T(D, "将基本公共卫生服务人均经费保障标准提高到55元", "基本公共卫生服务人均经费保障标准", R, ">=", 55, "元", Y,
      "amount", "up"),
]

# ds04 联合报's item of 2026-03-04 (udn) on the 健康存摺 app and the 888 plan, cut before a closing `健` (dropped).
# Region 台湾 (`台灣`, `政府`). Scored, year 2028 (`2028年目標為…`): `80%三高病人納入共照網`, `80%共照網病人接受生活
# 習慣諮商`, `80%共照網病人達到三高控制` (rates, `>=`). Ambiguous: `將針對北中南40家診所糖尿病患者` (the reach of the
# app's pilot in 2026, `預計3月…上線`: a scope rather than an aim). Not targets: `850萬人` (present), `三到五年` (the
# model's horizon), `20周年`, the achieved `60.7%`, `49.5%`, `54.6%` (`截至2025年11月`), `兩年前`. (Set DQ's dq05 is
# another page on the same 888 plan, with its aims as `8成` and no year; no text is shared.)
D, R, Y = "ds04.txt", "台湾", 2028
A += [
    T(D, "健康存摺APP將針對北中南40家診所糖尿病患者", "健康存摺个人化风险分析试点诊所数", R, ">=", 40, "家", 2026,
      "count", "up", ambiguous=True),
    T(D, "2028年目標為80%三高病人納入共照網", "三高病人纳入共照网比例", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "80%共照網病人接受生活習慣諮商", "共照网病人接受生活习惯咨商比例", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "80%共照網病人達到三高控制", "共照网病人三高控制达标比例", R, ">=", 80, "%", Y, "rate", "up"),
]

# ds05 a law mirror's third page (fsou 17159155_3) of a city's 2009 医改 implementation plan (section 四, 促进基本公共
# 卫生服务逐步均等化; `社会保障卡`, `市卫生人口计生委、财政委`, `市文体旅游局`: the city is not named in the part returned),
# cut at `运行机制`. Region 全市 (the text's own word), year 2009 for the yearly services (`从2009年开始`, the plan's
# first year) and 2011 for the record coverage. Scored: `到2011年,居民数字化健康档案覆盖率达到100%`, and the per-woman
# service counts `至少5次孕期保健服务` and `2次产后访视` (Arabic numerals: scored; scope 孕产妇). Not targets: the age
# bands (`0-36个月`, `3岁以下`, `65岁及以上`, `0-14岁`, `15岁以下`), `第一类疫苗`, the section numbers.
D, R = "ds05.txt", "全市"
A += [
    T(D, "到2011年,居民数字化健康档案覆盖率达到100%", "居民数字化健康档案覆盖率", R, ">=", 100, "%", 2011, "rate",
      "up"),
    T(D, "为孕产妇开展至少5次孕期保健服务", "孕期保健服务次数", R, ">=", 5, "次", 2009, "count", "up",
      scope="孕产妇"),
    T(D, "2次产后访视", "产后访视次数", R, ">=", 2, "次", 2009, "count", "up", scope="孕产妇"),
]

# ds06 a portal's page (htyqw 168827) of 2026 两会 figures in traditional script with converter glosses (`數(shù)字`),
# cut at `增` as returned. Region 全国 (the 政府工作报告 and the 十五五 纲要), year 2026 for the report's aims and 2030 for
# the 十五五 ones. Scored: the body's `居民醫(yī)保人均財政補助標準提高24元` (the rise, `>=` 24 元), the body's
# `人均預期壽命提高到80歲` (2030) and `養(yǎng)老機構護理型床位占比提高到73%` (2030; elderly nursing care counted as a
# health aim). Ambiguous: the two headings telling the 24元 and the 80歲 again; aims that are not health ones — the
# pension rise `再提高20元`, the bond money `2500億元` (heading and body), the `1000億元` fund, the schooling years
# `11.7年`, the jobs `超過1000萬個` (heading and body), the `40萬億元以上` growth room, the `200萬個以上` school places and
# the `1000所` high schools. Not targets: `3月6日`, `十四屆`, `四次`, `十五五`.
D, R = "ds06.txt", "全国"
A += [
    T(D, "居民醫(yī)保人均財政補助標準提高24元", "居民医保人均财政补助标准提高额", R, ">=", 24, "元", 2026, "amount",
      "up", ambiguous=True, occ=0),
    T(D, "居民醫(yī)保人均財政補助標準提高24元", "居民医保人均财政补助标准提高额", R, ">=", 24, "元", 2026, "amount",
      "up", occ=1),
    T(D, "城鄉(xiāng)居民基礎養(yǎng)老金月最低標準再提高20元", "城乡居民基础养老金月最低标准提高额", R, ">=", 20, "元",
      2026, "amount", "up", ambiguous=True),
    T(D, "安排超長期特別國債2500億元支持消費品以舊換新", "支持消费品以旧换新的超长期特别国债", R, "=", 2500, "亿元",
      2026, "amount", "up", ambiguous=True, occ=0),
    T(D, "安排超長期特別國債2500億元支持消費品以舊換新", "支持消费品以旧换新的超长期特别国债", R, "=", 2500, "亿元",
      2026, "amount", "up", ambiguous=True, occ=1),
    T(D, "設立1000億元財政金融協(xié)同促內需專項資金", "财政金融协同促内需专项资金", R, "=", 1000, "亿元", 2026,
      "amount", "up", ambiguous=True),
    T(D, "人均預期壽命提高到80歲", "人均预期寿命", R, ">=", 80, "岁", 2030, "amount", "up", ambiguous=True, occ=0),
    T(D, "勞動年齡人口平均受教育年限提高到11.7年", "劳动年龄人口平均受教育年限", R, ">=", 11.7, "年", 2030,
      "amount", "up", ambiguous=True),
    T(D, "人均預期壽命提高到80歲", "人均预期寿命", R, ">=", 80, "岁", 2030, "amount", "up", occ=1),
    T(D, "養(yǎng)老機構護理型床位占比提高到73%", "养老机构护理型床位占比", R, ">=", 73, "%", 2030, "rate", "up"),
    T(D, "預計每年將創(chuàng)造超過1000萬個就業(yè)崗位", "每年新创造就业岗位数", R, ">", 1000, "万个", 2030,
      "count", "up", ambiguous=True, occ=0),
    T(D, "將有40萬億元以上的增長空間", "制造业和服务业增长空间", R, ">=", 40, "万亿元", 2030, "amount", "up",
      ambiguous=True),
    T(D, "預計每年將創(chuàng)造超過1000萬個就業(yè)崗位", "每年新创造就业岗位数", R, ">", 1000, "万个", 2030,
      "count", "up", ambiguous=True, occ=1),
    T(D, "普通高中將增加學位200萬個以上", "普通高中新增学位数", R, ">=", 200, "万个", 2030, "count", "up",
      ambiguous=True),
    T(D, "新建、改擴建1000所普通高中", "新建改扩建普通高中数", R, ">=", 1000, "所", 2030, "count", "up",
      ambiguous=True),
]

# ds07 the distractor: 宝山's health-station page (baoshan.hcshb, 新竹县) on 三高 and chronic care: achieved figures only
# (`112年約有 534 萬名三高疾病患者`, `301 萬 人(56%)已接受…收案照護`). No gold line: every prediction here is a false
# positive.

write_gold(A, HERE)
