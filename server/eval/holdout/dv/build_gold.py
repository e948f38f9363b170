#!/usr/bin/env python3
"""Build hold-out set DV's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DV (gathered on main, beside sets DT, DU and DW gathered at the same time, and annotated before any extractor run:
the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is unspent). Its focus
— 乡村医生, 村卫生室, 乡镇卫生院 and 基层卫生 pages, and 健康城市/卫生城市/控烟/爱国卫生 pages with figures (村卫生室
coverage, 标准化建设达标率, 乡村医生数, 吸烟率, 无烟单位, 国家卫生乡镇数, 卫生厕所普及率), 2008–2026, county and
township level first — is nearly spent: every 乡村医生/村卫生室/乡镇卫生院 query came back with tag and exam pages
(abg.baidu, zhetiaohe, jqkq, fengdujob, 32336.cn) or pages held or named by earlier sets, and most 爱国卫生, 卫生城镇
and 控烟 pages with a figure are held too. The clean pages it gave are kept, at county and county-level-city level
where it could: 泰兴's 2010 卫生镇村 creation aims (traditional script with converter glosses), 崇阳's 2018 厕所革命 item
(this year's public toilets, the province's 2020 coverage), 公主岭's 2020 household toilets and dry toilets at
township and village clinics (traditional, glosses), 临邑's HPV vaccination aim for 2025 (traditional, glosses),
石家庄's 2021 无烟党政机关 aims (traditional, glosses), 随州高新区's yearly 厕所革命 counts (a forum copy in
traditional script with glosses and anti-copy noise; no year in the text), and 武定县's 2020 naming of 无烟党政机关
(achieved figures only: the distractor). Only the HPV page (临邑) strays from the focus's topics.
Files dv01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: `今年` with no year anywhere in the text takes year null (cz, df01, dl02,
dm01) — the address's year is not used; a threshold a standard or an assessment sets (`前提条件是…必须达到25%以上`)
is not the place's own aim and is ambiguous (as dm05's `500人` rule, which was no target; here it is a share that reads
like an aim, so ambiguous rather than nothing); a count that describes the set an aim covers, with `全部` for the aim
(`15个城郊村全部列入`), is ambiguous (`全部` with no number is no target, SCHEMA); a pilot's reach is ambiguous (ds04);
money a plan puts in (`投入1400余万元`) is ambiguous (dm06, ds06); an aim of the province quoted on a county page
takes the province as region (`全省` under 《湖北省…计划》 → 湖北省); a bare figure or `完成N`/`将完成…为N` on an
up-indicator is `>=` (SCHEMA); counts keep the counting word in simplified script (`座`, `户`, `家`, `个`; dm01, ds01);
a range on a count is `>=` with value and value_max (SCHEMA); past and present figures are no target (SCHEMA); a
traditional page keeps its converter glosses (`衛(wèi)生`) as the corpus gave them, and a quote copies them (dg, dm, ds);
anti-copy noise in a forum copy is kept as given (dr).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dv01 a mirror's copy (m.jiaoyim, under news/taixing/2010/0323) of a 泰兴 item of 3月23日 on a training meeting for
# 卫生镇、村、单位 creation, in traditional script with converter glosses; its closing table bar ` |` dropped. Region 全市
# (`我市`; 泰兴 shows only through `泰興鎮` and the address, 泰州 is the city whose bureau came to teach), year null
# (`今年`, no year in the text). Scored: `30%的行政村建成省級衛生村` (`>=`). Ambiguous: the national test's
# precondition `省級衛生鎮比例必須達到25%以上` (a standard's threshold, not the city's own aim) and the `15個城郊村` of
# 泰興鎮 brought `全部` into the creation programme (the count of the set; the aim is `全部`). Not targets: `3月23日`,
# the two named towns (no number).
D, R, Y = "dv01.txt", "全市", None
A += [
    T(D, "省級衛(wèi)生鎮(zhèn)比例必須達(dá)到25%以上", "省级卫生镇比例", R, ">=", 25, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "30%的行政村建成省級衛(wèi)生村", "省级卫生村建成比例", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "泰興鎮(zhèn)15個城郊村全部列入省級衛(wèi)生村創(chuàng)建范圍", "列入省级卫生村创建范围的城郊村数", R, ">=", 15,
      "个", Y, "count", "up", scope="泰兴镇城郊村", ambiguous=True),
]

# dv02 崇阳 county's development-zone site (kfq.chongyang) with 中国崇阳网's item of 2018/5/22 on the county's 厕所革命;
# the site's navigation (`加入收藏 设为主页…`, `当前位置:新闻中心`), the font toolbar on the date line and the closing
# copyright line (`申明:…`) dropped. Region 崇阳县 (`中国崇阳网`, `我县`), year 2018 (`上载日期:2018/5/22`, `今年`).
# Scored: this year's public toilets `在城区修建23座`, `在集镇修建30座`, `在乡村修建186座` (counts, scopes 城区, 集镇,
# 乡村), and the province plan's `到2020年全省农村无害化厕所普及率达到100%` (region 湖北省, year 2020). Not targets:
# `20个` pilot counties (the present programme), `一年` (span), the plan's name `(2018-2020年)`.
D, R, Y = "dv02.txt", "崇阳县", 2018
A += [
    T(D, "到2020年全省农村无害化厕所普及率达到100%", "农村无害化厕所普及率", "湖北省", ">=", 100, "%", 2020, "rate",
      "up"),
    T(D, "今年县住建局将在城区修建23座公厕", "公厕修建数", R, ">=", 23, "座", Y, "count", "up", scope="城区"),
    T(D, "在集镇修建30座公厕", "公厕修建数", R, ">=", 30, "座", Y, "count", "up", scope="集镇"),
    T(D, "在乡村修建186座公厕", "公厕修建数", R, ">=", 186, "座", Y, "count", "up", scope="乡村"),
]

# dv03 a portal's copy (linesmovie, address dated 2020-08-17) of 彩练新闻's item on 公主岭's household toilet work, in
# traditional script with converter glosses. Region 公主岭市, year 2020. Scored: `2020年公主嶺市將完成農村戶用廁所改造
# 戶數為5000戶` (`将完成…为N` → `>=`), and the outdoor dry toilets at `10個鄉鎮` and `125家村衛生室` (counts). Not
# targets: 2019's achieved `1.1萬戶`, `三到位`.
D, R, Y = "dv03.txt", "公主岭市", 2020
A += [
    T(D, "2020年公主嶺市將完成農(nóng)村戶用廁所改造戶數(shù)為5000戶", "农村户用厕所改造户数", R, ">=", 5000, "户", Y,
      "count", "up"),
    T(D, "重点在10個鄉(xiāng)鎮(zhèn)", "建设室外旱厕的乡镇数", R, ">=", 10, "个", Y, "count", "up"),
    T(D, "125家村衛(wèi)生室建設(shè)室外旱廁", "建设室外旱厕的村卫生室数", R, ">=", 125, "家", Y, "count", "up"),
]

# dv04 a portal's copy (m.nxhuan) of 德州新闻网's item (德州晚报) of 5月25日 on 临邑's free HPV vaccination of girls of
# 9 to 14, in traditional script with converter glosses. Region 临邑县. Scored: `該項目計劃到2025年接種率達到90%以上`
# (year 2025, scope 9至14岁适龄女孩). Ambiguous: `臨邑縣投入1400余萬元資金` (money put in; year null, no year written
# for it). Not targets: the age band `9-14歲`, `首個`, `5月25日`.
D, R = "dv04.txt", "临邑县"
A += [
    T(D, "臨邑縣投入1400余萬(wàn)元資金", "HPV疫苗免费接种项目投入资金", R, ">=", 1400, "万元", None, "amount", "up",
      ambiguous=True),
    T(D, "該項(xiàng)目計(jì)劃到2025年接種率達(dá)到90%以上", "HPV疫苗接种率", R, ">=", 90, "%", 2025, "rate", "up",
      scope="9至14岁适龄女孩"),
]

# dv05 a portal's copy (wedgeinnov, address dated 202105) of 石家庄日报's item on the city's 2021 无烟党政机关 lecture
# month, in traditional script with converter glosses; its `相關新聞:` link list dropped. Region 石家庄市, year 2021
# (`2021年無煙黨政機關建設巡講月`, `到2021年底`). Scored: `每個縣(市、區)完成至少15家黨政機關的巡講工作` (scope 每个
# 县(市、区)) and `縣級及以下建設比例達到80%` (scope 县级及以下). Not targets: `5月6日-31日`, `5·31`, `2030`,
# `(2020版)`, `全覆蓋` and the 2022 `基本建成` (no number).
D, R, Y = "dv05.txt", "石家庄市", 2021
A += [
    T(D, "每個縣(市、區(qū))完成至少15家黨政機關的巡講工作", "无烟党政机关建设巡讲党政机关数", R, ">=", 15, "家", Y,
      "count", "up", scope="每个县(市、区)"),
    T(D, "縣級及以下建設比例達到80%", "无烟党政机关建设比例", R, ">=", 80, "%", Y, "rate", "up",
      scope="县级及以下"),
]

# dv06 a forum's copy (innakrishtal thread 1441960) of 随州日报's item of 2月1日 on 随州高新区's 厕所革命, in traditional
# script with converter glosses and the forum's anti-copy noise (`! J5 v& N!…`, kept); the forum's header (`樓主`,
# `客戶端新聞編輯…`) and closing table bars dropped. Region 随州高新区 (`隨州高新區`, `全區`), year null (`今年`, no year
# in the text). Scored, eight counts and a rate in the text's order: `今年計劃新建改造全區3336座廁所`, `基本實現農村無害化
# 廁所普及率達到100%`, `2294戶` household toilets built, `971戶` rebuilt, village public toilets `新建…8座` and `改造46座`,
# township public toilets `新建…6座` and `改造9座`. Ambiguous: `各選擇2至3個村先行試點` (a pilot's reach, per town).
# Not targets: `三年`, `一年`, `五步走`, `2月1日`.
D, R, Y = "dv06.txt", "随州高新区", None
A += [
    T(D, "今年計(jì)劃新建改造全區(qū)3336座廁所", "厕所新建改造数", R, ">=", 3336, "座", Y, "count", "up"),
    T(D, "基本實(shí)現(xiàn)農(nóng)村無(wú)害化廁所普及率達(dá)到100%", "农村无害化厕所普及率", R, ">=", 100, "%", Y,
      "rate", "up"),
    T(D, "全區(qū)需完成2294戶(hù)農(nóng)戶(hù)無(wú)害化衛(wèi)生廁所新建", "农户无害化卫生厕所新建户数", R, ">=", 2294,
      "户", Y, "count", "up"),
    T(D, "971戶(hù)農(nóng)戶(hù)無(wú)害化衛(wèi)生廁所改造", "农户无害化卫生厕所改造户数", R, ">=", 971, "户", Y, "count",
      "up"),
    T(D, "新建農(nóng)村公共廁所8座", "农村公共厕所新建数", R, ">=", 8, "座", Y, "count", "up"),
    T(D, "改造46座", "农村公共厕所改造数", R, ">=", 46, "座", Y, "count", "up"),
    T(D, "新建鄉(xiāng)鎮(zhèn)公共廁所6座", "乡镇公共厕所新建数", R, ">=", 6, "座", Y, "count", "up"),
    T(D, "改造9座", "乡镇公共厕所改造数", R, ">=", 9, "座", Y, "count", "up"),
    T(D, "各選擇2至3個(gè)村先行試點(diǎn)", "厕所革命先行试点村数", R, ">=", 2, "个", Y, "count", "up",
      value_max=3, ambiguous=True),
]

# dv07 the distractor: 武定县's notice (ynwd.gov.cn 25687) naming its first 无烟党政机关, cut at `不断巩固` as returned.
# Achieved figures only: `97家单位(含11个乡镇)` took part in 2020, `34家单位` named; the document numbers
# (`云卫疾控发〔2020〕12号`, `楚卫发〔2020〕13号`, `武爱卫发〔2020〕1号`), `(2020年版)`, `12月底`. No gold line: every
# prediction here is a false positive.

write_gold(A, HERE)
