#!/usr/bin/env python3
"""Build hold-out set DU's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DU (gathered on main e949c807, after set DS's round and session 27's README paragraph, beside sets DT, DV and DW
gathered at the same time, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent). Its focus — 老龄健康, 医养结合, 护理 and 托育 pages with
figures (每千人口托位数, 护理型床位占比, 65岁以上老年人健康管理率, 医护比, 每千人口注册护士, 安宁疗护, 老年友善医疗机构),
2012–2026, any level — is nearly spent: most pages the corpus returned (江苏's 2020 老年健康 意见, 郑州's 医养结合 four
steps, 北京's 安宁疗护 plan, the national 护理 plan's 550万/3.8人 on three sites, 烟台's 老年人健康教育, 云林's and 台北's
托嬰 centres, 上海's 宝宝屋, the 2019 national 老年健康服务体系 意见) are held or named by earlier sets. Six clean pages
with a figure came back within the focus: a city's 一老一小 plan for 2023 and 2025 (beds, nursing-bed shares, 托位 per
thousand, community childcare coverage), 新华社's 2022 item on the national 十四五 公共服务规划 in traditional script with
converter glosses (托位, life expectancy, nursing beds, aged-care facilities, beside education, pension-insurance and
sports aims), 裕安区's 医养结合 item in traditional script (two 医养 institutions by 2020, 2017 signing coverage),
山东's 2021 老年医学科 aim (a finance portal's copy), 新华网's 2023 托育 item in traditional script (achieved figures and
the 十四五 aim of 4.5 places per thousand), and a 2025 Yahoo item on 台湾's 长照3.0 (the residential-care subsidy raised
to 18萬元); the distractor is 宁波日报's 2023 copy of 新华社's nurse figures (achieved only).
Files du01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: aims of a page that are not health ones (schooling, pension insurance,
sports ground) are ambiguous (cc, ds06); a per-unit count in a Chinese numeral (`每个县至少有一所`, `至少一个`) is
ambiguous (df05, dm02); a planning standard per head (`人均用地不少于0.1平方米`) is ambiguous; elderly-care beds and
nursing-bed shares count as health aims (ai05, ds06); `每千人口…托位数` is a count in `个` (ac07); money set aside and a
project's design size (`建设床位1500張`, `計劃投資近億元`) are ambiguous; a bare figure (`托位數4.5個`, `達標率100%`) on
an up-indicator is `>=` (SCHEMA); `大于` → `>`; `约` on a count is `~`, up (dm03); `提高至18萬元` on a subsidy is `>=`
18 万元 (a money amount keeps its `万元`); past and present figures are no target (SCHEMA); `全部` with no number is
not a target; a traditional page keeps its converter glosses (`數(shù)`) as the corpus gave them, and a quote copies
them (dg, dm); a region the text does not name is the text's own word (`全市`, ds05).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# du01 a company site's copy (zhihaiinnovate 6180) of the aims section of a city's 一老一小 plan (`“一老”方面`,
# `“一小”方面`; the city is not named in the part returned), the closing link words `机器人公司 机` dropped. Region 全市
# (the text's own word), years 2023 and 2025 (`到2023年`, `到2025年`). Scored (8): beds `1.35万张` (2023) and `1.7万张`
# (2025, 万张 kept), nursing-bed shares `不低于50%` (2023) and `不低于55%` (2025), 托位 per thousand `4.1个` (2023, a
# bare figure: `>=`) and `4.5个以上` (2025), community childcare coverage `50%以上` and `不少于6个` standard childcare
# institutions (2025). Ambiguous: the per-head land standard `不少于0.1平方米` (a planning norm), `每个县至少有一所…`
# and `建成至少一个市级示范性…中心` (Chinese numerals). Not targets: `“一老一小”`, the section numbers.
D, R = "du01.txt", "全市"
A += [
    T(D, "全市养老服务床位数达到1.35万张", "养老服务床位数", R, ">=", 1.35, "万张", 2023, "count", "up"),
    T(D, "新建居住区按照人均用地不少于0.1平方米的标准规划配建养老服务设施", "新建居住区养老服务设施人均用地标准", R,
      ">=", 0.1, "平方米", 2023, "amount", "up", ambiguous=True),
    T(D, "养老机构中护理型床位占比不低于50%", "养老机构护理型床位占比", R, ">=", 50, "%", 2023, "rate", "up"),
    T(D, "每个县至少有一所专业照护为主的县级特困供养服务设施", "以专业照护为主的县级特困供养服务设施数", R, ">=", 1,
      "所", 2023, "count", "up", scope="每个县", ambiguous=True),
    T(D, "全市养老服务床位数达到1.7万张", "养老服务床位数", R, ">=", 1.7, "万张", 2025, "count", "up"),
    T(D, "养老机构中护理型床位占比不低于55%", "养老机构护理型床位占比", R, ">=", 55, "%", 2025, "rate", "up"),
    T(D, "每千人口拥有托位数4.1个", "每千人口拥有托位数", R, ">=", 4.1, "个", 2023, "count", "up"),
    T(D, "社区婴幼儿照护服务机构覆盖率达到50%以上", "社区婴幼儿照护服务机构覆盖率", R, ">=", 50, "%", 2025, "rate",
      "up"),
    T(D, "各县区共建成达标的婴幼儿照护机构不少于6个", "达标婴幼儿照护机构数", R, ">=", 6, "个", 2025, "count", "up"),
    T(D, "建成至少一个市级示范性、综合性托育服务中心", "市级示范性综合性托育服务中心数", R, ">=", 1, "个", 2025,
      "count", "up", ambiguous=True),
    T(D, "每千人口托位数达到4.5个以上", "每千人口拥有托位数", R, ">=", 4.5, "个", 2025, "count", "up"),
]

# du02 a portal's copy (qutaogo 70355) of 新华社's item (记者安蓓, 2022-01-10) on the national 十四五 公共服务规划, in
# traditional script with converter glosses; its closing links (`關(guān)于我們| 客服中心| …`) and copyright line
# dropped. Region 全国 (`我國`), year 2025. Scored (5): 托位 per thousand `4.5個` (a bare figure: `>=`), life expectancy
# `達(dá)78.3歲`, nursing-bed share `達(dá)55%`, the aged-care facility standard rate in new districts `達(dá)標(biāo)率100%`
# and aged-care beds `約1000萬張` (`约` → `~`, up). Ambiguous (aims that are not health ones): the preschool enrolment
# rate `大于90%`, the high-school enrolment rate `大于92%`, the pension-insurance coverage `95%`, sports ground per head
# `2.6平方米`. Not targets: `10日`, `十四五`, `3歲以下` (an age).
D, R, Y = "du02.txt", "全国", 2025
A += [
    T(D, "學(xué)前教育毛入園率將大于90%", "学前教育毛入园率", R, ">", 90, "%", Y, "rate", "up", ambiguous=True),
    T(D, "高中階段教育毛入學(xué)率大于92%", "高中阶段教育毛入学率", R, ">", 92, "%", Y, "rate", "up", ambiguous=True),
    T(D, "每千人口擁有3歲以下嬰幼兒托位數(shù)4.5個", "每千人口拥有3岁以下婴幼儿托位数", R, ">=", 4.5, "个", Y,
      "count", "up"),
    T(D, "人均預(yù)期壽命達(dá)78.3歲", "人均预期寿命", R, ">=", 78.3, "岁", Y, "amount", "up"),
    T(D, "養(yǎng)老機(jī)構(gòu)護(hù)理型床位占比達(dá)55%", "养老机构护理型床位占比", R, ">=", 55, "%", Y, "rate", "up"),
    T(D, "新建城區(qū)、居住(小)區(qū)配套建設(shè)養(yǎng)老服務(wù)設(shè)施達(dá)標(biāo)率100%",
      "新建城区居住区配套建设养老服务设施达标率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "基本養(yǎng)老保險參保率達(dá)95%", "基本养老保险参保率", R, ">=", 95, "%", Y, "rate", "up", ambiguous=True),
    T(D, "養(yǎng)老服務(wù)床位總量約1000萬張", "养老服务床位总量", R, "~", 1000, "万张", Y, "count", "up"),
    T(D, "人均體育場地面積2.6平方米", "人均体育场地面积", R, ">=", 2.6, "平方米", Y, "amount", "up", ambiguous=True),
]

# du03 a blog aggregator's copy (zi.media LwHzuo, from yidianzixun) of a 六安 paper's item on 裕安區's 医养结合, in
# traditional script; the site bar (`search`, `尋找貓咪~QQ 地點 桃園市桃園區…`) and closing links (`熱門推薦`, `本文由
# yidianzixun 提供 原文連結`, `寵物協尋…`, `留言回覆`, `精彩推薦`) dropped. Region 裕安区 (`裕安區`, `全區`). Scored
# (3): `力爭到2020年創辦2所大型醫養結合型老年護理機構` (2020), and by the end of 2017 `家庭醫生簽約服務覆蓋率達到30%以上`
# and the 重点人群 rate `60%以上` (scope 重点人群). Ambiguous: the new centre's design size `建設床位1500張` (a project
# in design, `目前已進入設計規劃階段`). Not targets: `80餘畝`, `34000平方米`, `近億元` (money), the spent `1800餘萬元`,
# the present `6家`, `880張`, `約320人`, `多所` (no number).
D, R = "du03.txt", "裕安区"
A += [
    T(D, "建設床位1500張", "凤凰河养老康复中心床位数", R, ">=", 1500, "张", None, "count", "up", ambiguous=True),
    T(D, "力爭到2020年創辦2所大型醫養結合型老年護理機構", "大型医养结合型老年护理机构数", R, ">=", 2, "所", 2020,
      "count", "up"),
    T(D, "2017年底,預計實現家庭醫生簽約服務覆蓋率達到30%以上", "家庭医生签约服务覆盖率", R, ">=", 30, "%", 2017,
      "rate", "up"),
    T(D, "重點人群簽約覆蓋率達到60%以上", "家庭医生签约服务覆盖率", R, ">=", 60, "%", 2017, "rate", "up",
      scope="重点人群"),
]

# du04 a finance portal's copy (cclxcc 58819, from 东方财富, 2021-10-21) of 山东's 新闻发布会 item on 老年医学科; the
# portal's `您的位置:首页 > 财经` and closing disclaimer (`郑重声明:…`) dropped; the cut title line is kept where the
# corpus gave it (twice). Region 山东省, year 2021 (`于2021年`, the same sentence). Scored: the body's
# `二级综合性医院设立老年医学科或老年病专业比例达到70%以上` (the 导读 cuts before the number). Not targets:
# `全部设立` (no number), `10月21日`, `6723` (page reads).
D, R = "du04.txt", "山东省"
A += [
    T(D, "二级综合性医院设立老年医学科或老年病专业比例达到70%以上", "二级综合性医院设立老年医学科或老年病专业比例",
      R, ">=", 70, "%", 2021, "rate", "up"),
]

# du05 a portal's copy (eda-rhinos 203631) of 新华社's item of 2023-04-25 on the 全国托育服务工作推进会, in traditional
# script; its tool bar `打印 放大 縮小` and the closing `關鍵` (a cut link label) dropped. Region 全国. Scored: the 十四五
# aim `到“十四五”期末,每千人口托位數提高到4.5個` (year 2025). Not targets: the achieved `約7.5萬家`, `約350萬個`,
# `約2.5個` (`截至2022年底`), `36億元` and `48個` (2020–2023, spent and built), `超3200萬`, `1000萬左右` (births a year:
# a description), `33個城市` (named already), `第二批` (ordinal).
D, R = "du05.txt", "全国"
A += [
    T(D, "到“十四五”期末,每千人口托位數提高到4.5個", "每千人口托位数", R, ">=", 4.5, "个", 2025, "count", "up"),
]

# du06 Yahoo's item (tw.news.yahoo 073939449, from 中天新聞, 2025-11-24) on 卓榮泰 announcing 长照3.0 at 后里's new
# long-term care facility, as the corpus gave it. Region 台湾. Scored: `補助金額將由原本的新台幣12萬元提高至18萬元`
# (the residential-care subsidy, 2026: `2026年台灣將正式推動長照3.0`; 18 万元). Not targets: `8項目標` (a count of
# goals), the 长照2.0 decade's achieved figures (`49.5億元`→`926億元`, `2.5萬人`→`10萬人`, `9萬人`→`75.7萬人`,
# `720處`→`1萬5051處`), the new facility's `4.7億元`, `200床`, `30床` (built), `目標於2027年建成` (no number).
D, R = "du06.txt", "台湾"
A += [
    T(D, "補助金額將由原本的新台幣12萬元提高至18萬元", "入住长照机构补助金额", R, ">=", 18, "万元", 2026, "amount",
      "up"),
]

# du07 the distractor: 宁波日报's page (daily.cnnb content_1361070, 2023-05-12) with 新华社's item on nurses: achieved
# figures only (`2022年底…超过520万人`, `约为3.7人`, `1:1.18`, `超过一半`). The page bar (`第A4版:要闻 上一版…`, `标题
# 导航`, `dlrb`) and closing (`上一篇 放大 缩小 默认`, `宁波日报`) dropped. No gold line: every prediction here is a
# false positive.

write_gold(A, HERE)
