#!/usr/bin/env python3
"""Build hold-out set CV's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set CV (gathered on main 8882d780, after the first contact of sets CO–CT, beside set CU gathered at the same
time in /work/wt/gcu, and annotated before any extractor run: the annotator ran none on these texts; it is to
be scored once by the lead engineer, so the set is unspent): government work reports' and 民生实事 lists' health
items of cities and districts, 2017–2025, with numbered aims for the year — 环翠区's 2025 民生实事 told at the
district's press conference (traditional mirror: ambulance kits, village clinics, colorectal screening,
dementia-care beds), 金凤区's 2025 民生 `十心` 实事 (a 宁夏 district: stroke, colorectal and 两癌 screenings beside
parking, parks and schools, a copy site's phone number pasted into it), 太原's ten 民生实事 (enrolment in basic
medical insurance, AEDs; the year is not in the text), 宿迁's 2019 mid-year report on 民生工程 spending
(traditional mirror with pinyin junk: the per-head public-health and residents' insurance subsidies raised,
beside the half year's spending), 晋中's 2017 eight 实事 of the health system (family-doctor signing for 100万
residents, 5000 village doctors trained), 藁城区's 2025 ten 民生实事 (the share of central health centres to meet
the provincial standard, beside roads, schools and elderly care) and 民和县's 2020 review of its 民生 results
(achieved figures only, some in aim words: the distractor).
Files cv01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a 民生实事 list's non-health aims (schools, parking, roads, gas,
heating, jobs, culture, housing) are aims of the document but not health ones: marked ambiguous, not scored
either way (as cc, bc04, bf04 and bo02); elderly-care places count as health where earlier sets score them
(cc's 托位; here dementia-care beds and units), home adaptation and disability homes do not; fitness
facilities, public toilets and rural water quality in such a list are borderline (health-adjacent, not
health services): ambiguous. A bare number to do in a list is an implied 达到: `>=`, up. A standard raised
`提高到N元` is an amount, `>=`, up (cc02's `提高…至6000元`, cn03's contributions). A population written `100万`
with no counting word takes the unit `万人` (cm's convention); the traditional texts' counting words are
written in simplified script in `unit` (`个`, `台`, `张`, as cc02 and cc06 write theirs). A year known only from
a page's address is used (as bu02, cn05); a year neither the text nor the address gives is null. Achieved
figures told beside the aims (spending in the first half of the year, results of past years) are not targets.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402

A = []

# cv01 a trade site's mirror (gxjpnz, traditional script) of a news item on 环翠区's 2025 民生实事: `1月21日,記者從
# 環翠區政府召開的新聞發布會上獲悉,2025年,環翠區…規劃16大項、36小項民生實事`; the corpus's copy stops mid-sentence
# (`改造提升便民`). Region 环翠区 (威海, 山东), year 2025. Scored, the health items (bare numbers to do: `>=`, up,
# counts): ambulance first-aid kits for over-age ambulances renewed (6 `臺` → `台`), 30 weak village clinics
# rebuilt, colorectal-cancer screening `5000例以上`, 550 disabled people, psychiatric and cataract patients given
# aids, rehabilitation aid and sight-restoring surgery subsidies (a health-aid count: `計劃為550名`), and the
# dementia-care units (2) and beds (80) of the `五床聯動` item (elderly-care places, as cc counts 托位).
# Ambiguous: the dementia-friendly community (1: a designation, not a care place); rural water quality
# `達到96%以上` (health-adjacent, not a health service); and every non-health aim of the list — 19 schools'
# buildings, 200 kinds of books and papers, 2 youth night schools, 16 villages and communities rebuilt, a pocket
# park, 2.1万 households' gas hoses and 8000 gas meters, a congested road section, 2 bus bays, 70 km of road
# safety works, a village road, 5 model villages, 2 sewage works, 9 power works, 17.92 km of heating pipes, 40
# heating stations, 4 km of water mains and a service hall. Not targets: `16大項`/`36小項` (the list's own
# counts), `5·23` (a festival's name), `1月21日`, `“愛·益·家”` (a name).
D, R, Y = "cv01.txt", "环翠区", 2025
A += [
    T(D, "將對19所公辦中小學、幼兒園老舊校舍進行升級改造", "中小学幼儿园老旧校舍改造数", R, ">=", 19, "所", Y,
      "count", "up", ambiguous=True),
    T(D, "更新超齡救護車急救設備6臺", "超龄救护车急救设备更新数", R, ">=", 6, "台", Y, "count", "up"),
    T(D, "改造提升薄弱村衛生室30個", "薄弱村卫生室改造提升数", R, ">=", 30, "个", Y, "count", "up"),
    T(D, "開展結直腸癌免費篩查5000例以上", "结直肠癌免费筛查例数", R, ">=", 5000, "例", Y, "count", "up"),
    T(D, "計劃為550名符合條件的殘疾人、精神病患者、白內障患者", "残疾人精神病患者白内障患者康复帮扶人数", R, ">=",
      550, "名", Y, "count", "up"),
    T(D, "采購流通圖書、報刊雜志200種以上", "流通图书报刊杂志采购种数", R, ">=", 200, "种", Y, "count", "up",
      ambiguous=True),
    T(D, "建設認知障礙老年人友好社區1個", "认知障碍老年人友好社区数", R, ">=", 1, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "認知障礙照護專區2個", "认知障碍照护专区数", R, ">=", 2, "个", Y, "count", "up"),
    T(D, "認知障礙照護床位80張", "认知障碍照护床位数", R, ">=", 80, "张", Y, "count", "up"),
    T(D, "開辦青年夜校2處以上", "青年夜校开办数", R, ">=", 2, "处", Y, "count", "up", ambiguous=True),
    T(D, "綜合改造村居、社區16個以上", "综合改造村居社区数", R, ">=", 16, "个", Y, "count", "up", ambiguous=True),
    T(D, "新建口袋公園1處", "新建口袋公园数", R, ">=", 1, "处", Y, "count", "up", ambiguous=True),
    T(D, "更換液化氣金屬包覆管2.1萬戶", "液化气金属包覆管更换户数", R, ">=", 2.1, "万户", Y, "count", "up",
      ambiguous=True),
    T(D, "物聯網燃氣表8000戶", "物联网燃气表更换户数", R, ">=", 8000, "户", Y, "count", "up", ambiguous=True),
    T(D, "計劃改造城區擁堵路段1處", "城区拥堵路段改造数", R, ">=", 1, "处", Y, "count", "up", ambiguous=True),
    T(D, "港灣式公交站點2處", "港湾式公交站点改造数", R, ">=", 2, "处", Y, "count", "up", ambiguous=True),
    T(D, "維護農村公路安保設施70公里", "农村公路安保设施维护里程", R, ">=", 70, "公里", Y, "amount", "up",
      ambiguous=True),
    T(D, "大修進村路1條", "进村路大修数", R, ">=", 1, "条", Y, "count", "up", ambiguous=True),
    T(D, "續建省、市和美鄉村示范村5個", "和美乡村示范村续建数", R, ">=", 5, "个", Y, "count", "up", ambiguous=True),
    T(D, "改造農村生活污水設施2處", "农村生活污水设施改造数", R, ">=", 2, "处", Y, "count", "up", ambiguous=True),
    T(D, "確保水質合格率達到96%以上", "农村供水水质合格率", R, ">=", 96, "%", Y, "rate", "up", ambiguous=True),
    T(D, "改造城鄉電力設施9處", "城乡电力设施改造数", R, ">=", 9, "处", Y, "count", "up", ambiguous=True),
    T(D, "供熱管道17.92公里", "供热管道改造里程", R, ">=", 17.92, "公里", Y, "amount", "up", ambiguous=True),
    T(D, "供熱站房40座", "供热站房改造数", R, ">=", 40, "座", Y, "count", "up", ambiguous=True),
    T(D, "供水管網4公里", "供水管网改造里程", R, ">=", 4, "公里", Y, "amount", "up", ambiguous=True),
    T(D, "新改建鎮級便民服務大廳1處", "镇级便民服务大厅新改建数", R, ">=", 1, "处", Y, "count", "up",
      ambiguous=True),
]

# cv02 a local portal's copy (53hz) of 金凤区's `2025年民生“十心”实事` (银川, 宁夏; `1月6日`), ten groups of items
# marked `▶`; the corpus's copy stops inside group 08 (`对100户`). Region 金凤区, year 2025. Scored, group 06
# (`看病就医“安心”实事`), bare numbers to do (`>=`, up, counts): free stroke screening of the high-risk group for
# 4000 people (scope 高危人群), colorectal-cancer early screening and colonoscopy for 1000, and 两癌 screening for
# 1600 rural women of the right age (scope 农村户籍适龄妇女). Ambiguous: the fitness facilities of 7 estates
# (health-adjacent) and every non-health aim — 80 back lanes, 800 parking places, 1000 charging piles, 20 old
# estates, 352 rental homes, 1 service post, 2 small parks, 2 belts of roadside trees, 1500万元 of business loans,
# 500 start-ups, 30 trainee bases, 200 trainee posts, 360 trained, 12 schools' facilities, 108 schools' network,
# 20 studios, 460 teachers, 300 shows, 336 households' heating and 3 disability homes (`残疾人之家`: a social
# service, as cc leaves disability insurance out of health). Not targets: `13825404095` (a phone number the copy
# site pasted into group 03: a trap), `十心`, `01`…`08` (group numbers), `第二十三小学`/`二十八小学`/`第二十五小学`
# (names), `六类` (categories), `二期` (a phase), `1月6日`, `四季欢歌`/`灯火万家` (names), `标准化卫生室` and `应救尽救`
# (no number).
D, R, Y = "cv02.txt", "金凤区", 2025
A += [
    T(D, "对辖区80条背街小巷破损路面", "背街小巷维修数", R, ">=", 80, "条", Y, "count", "up", ambiguous=True),
    T(D, "新增公共停车位800个", "新增公共停车位数", R, ">=", 800, "个", Y, "count", "up", ambiguous=True),
    T(D, "新增公共充电桩1000个", "新增公共充电桩数", R, ">=", 1000, "个", Y, "count", "up", ambiguous=True),
    T(D, "改造老旧小区20个", "老旧小区改造数", R, ">=", 20, "个", Y, "count", "up", ambiguous=True),
    T(D, "建成保障性租赁住房352套", "保障性租赁住房建成数", R, ">=", 352, "套", Y, "count", "up", ambiguous=True),
    T(D, "打造楼宇党群服务驿站1个", "楼宇党群服务驿站数", R, ">=", 1, "个", Y, "count", "up", ambiguous=True),
    T(D, "新建小微公园2个", "新建小微公园数", R, ">=", 2, "个", Y, "count", "up", ambiguous=True),
    T(D, "道路景观林带2条", "道路景观林带数", R, ">=", 2, "条", Y, "count", "up", ambiguous=True),
    T(D, "提档升级7个小区健身场地设施", "小区健身场地设施提档升级数", R, ">=", 7, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "发放创业担保贷款1500万元", "创业担保贷款发放额", R, ">=", 1500, "万元", Y, "amount", "up", ambiguous=True),
    T(D, "培育创业实体500个", "培育创业实体数", R, ">=", 500, "个", Y, "count", "up", ambiguous=True),
    T(D, "认定见习基地30家", "见习基地认定数", R, ">=", 30, "家", Y, "count", "up", ambiguous=True),
    T(D, "募集见习岗位200个", "见习岗位募集数", R, ">=", 200, "个", Y, "count", "up", ambiguous=True),
    T(D, "完成各类培训360人", "各类培训人数", R, ">=", 360, "人", Y, "count", "up", ambiguous=True),
    T(D, "提升12所中小学、幼儿园基础设施", "中小学幼儿园基础设施提升数", R, ">=", 12, "所", Y, "count", "up",
      ambiguous=True),
    T(D, "改造108所公办学校教育专网", "公办学校教育专网改造数", R, ">=", 108, "所", Y, "count", "up",
      ambiguous=True),
    T(D, "打造名校长名师工作室20个", "名校长名师工作室数", R, ">=", 20, "个", Y, "count", "up", ambiguous=True),
    T(D, "培养各级骨干教师460名", "骨干教师培养数", R, ">=", 460, "名", Y, "count", "up", ambiguous=True),
    T(D, "免费开展脑卒中高危人群筛查4000人", "脑卒中免费筛查人数", R, ">=", 4000, "人", Y, "count", "up",
      scope="高危人群"),
    T(D, "大肠癌早诊早治初筛及肠镜检查1000人", "大肠癌早诊早治初筛及肠镜检查人数", R, ">=", 1000, "人", Y,
      "count", "up"),
    T(D, "农村户籍适龄妇女“两癌”筛查1600人", "两癌筛查人数", R, ">=", 1600, "人", Y, "count", "up",
      scope="农村户籍适龄妇女"),
    T(D, "开展“文化金凤·四季欢歌”惠民演出300场", "惠民演出场次", R, ">=", 300, "场", Y, "count", "up",
      ambiguous=True),
    T(D, "知春园小区二期336户居民集中供暖改造", "居民集中供暖改造户数", R, ">=", 336, "户", Y, "count", "up",
      ambiguous=True),
    T(D, "新建社区残疾人之家3处", "社区残疾人之家新建数", R, ">=", 3, "处", Y, "count", "up", ambiguous=True),
]

# cv03 a forum's copy (yj1010, `来源:太原发布`; the forum's `来自: Android客户端` line dropped) of 太原市政府's ten
# 民生实事 of the year (`今年,太原市在承接好省民生实事的基础上,再全力办好10件民生实事`). Region 太原市. Year null: the
# text says only `今年` and neither it nor the forum's address gives a year (the pilot of 城市社区嵌入式服务设施 puts
# it in 2024 or later, but that is a reader's inference, not the page's). Scored: basic medical insurance
# enrolment `稳定在95%以上` (rate, `>=`), the poor's dynamic enrolment `达到100%` (rate, `>=`, scope 困难人口) and
# AEDs in crowded public places `100台以上` (count, `>=`; emergency care, as cc06 scores AEDs). Ambiguous: the
# fitness items (5 fitness centres, 60 km of paths, 20 gateball and 100 football pitches: health-adjacent),
# 100 public toilets (sanitation, health-adjacent) and the non-health aims — 1万 parking places, 20 library
# kiosks, 30 pilot service projects, 22 canteens, 2000 farmers trained, 10 fire-education halls and 7万 fire
# volunteers. Not targets: `10件` (the list's count), `二类以上` (a grade), `15分钟健身圈` (a name for a radius).
D, R, Y = "cv03.txt", "太原市", None
A += [
    T(D, "新增公共停车位1万个以上", "新增公共停车位数", R, ">=", 1, "万个", Y, "count", "up", ambiguous=True),
    T(D, "新建二类以上公厕100座", "新建公厕数", R, ">=", 100, "座", Y, "count", "up", ambiguous=True),
    T(D, "新增自助图书馆服务站点20座", "新增自助图书馆服务站点数", R, ">=", 20, "座", Y, "count", "up",
      ambiguous=True),
    T(D, "新建全民健身中心5个", "新建全民健身中心数", R, ">=", 5, "个", Y, "count", "up", ambiguous=True),
    T(D, "健身步道60公里", "新建健身步道里程", R, ">=", 60, "公里", Y, "amount", "up", ambiguous=True),
    T(D, "惠民门球场20块", "新建惠民门球场数", R, ">=", 20, "块", Y, "count", "up", ambiguous=True),
    T(D, "惠民足球场100块", "新建惠民足球场数", R, ">=", 100, "块", Y, "count", "up", ambiguous=True),
    T(D, "建设城市社区嵌入式服务设施试点项目30个以上", "城市社区嵌入式服务设施试点项目数", R, ">=", 30, "个", Y,
      "count", "up", ambiguous=True),
    T(D, "打造22个社区食堂示范店", "社区食堂示范店数", R, ">=", 22, "个", Y, "count", "up", ambiguous=True),
    T(D, "年内培训农民2000人", "培训农民人数", R, ">=", 2000, "人", Y, "count", "up", ambiguous=True),
    T(D, "升级改造10个消防科普教育馆", "消防科普教育馆升级改造数", R, ">=", 10, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "发展注册消防志愿者7万人", "注册消防志愿者人数", R, ">=", 7, "万人", Y, "count", "up", ambiguous=True),
    T(D, "全市参保率稳定在95%以上", "基本医疗保险参保率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "困难人口动态参保率达到100%", "基本医疗保险动态参保率", R, ">=", 100, "%", Y, "rate", "up",
      scope="困难人口"),
    T(D, "在人流密集公共场所配置自动体外除颤器100台以上", "公共场所自动体外除颤器配置数", R, ">=", 100, "台", Y,
      "count", "up"),
]

# cv04 a mirror (traditional script with the mirror's pinyin junk, `以來(lái)`, `財(cái)政`) of a 宿迁 finance item
# on the first half of 2019 (`今年以來…持續加大民生工程投入`; the year from the address, `/2019/07/`, as cn05 dates
# by address). Region 宿迁市 (`宿遷全市`), year 2019. Scored, the health paragraph's standards raised this year
# (`將…提高到N元`: amount, `>=`, up): the government's per-head subsidy of basic public-health services, 75 元,
# and the fiscal subsidy of residents' basic medical insurance, 550 元. These are the year's standards, told in a
# mid-year report as adopted (a reader could call them done rather than aimed at; scored, as earlier sets score
# a raised standard). Ambiguous (standards of the report, not health ones): the urban-rural 低保 standard, 520 元,
# and the residents' basic pension, 148 元. Not targets: every `1-6月` sum and share (42億元 and 17.7%, 32.1億元
# and 13.5%, 25.9億元 and 10.9%, 37億元 and 15.6%: spending done), `1-6月`, `市第一人民醫院` (a name).
D, R, Y = "cv04.txt", "宿迁市", 2019
A += [
    T(D, "將城鄉(xiāng)低保標(biāo)準(zhǔn)提高到520元", "城乡低保标准", R, ">=", 520, "元", Y, "amount", "up",
      ambiguous=True),
    T(D, "居民基本養(yǎng)老保險(xiǎn)基礎(chǔ)養(yǎng)老金提高到148元", "居民基本养老保险基础养老金", R, ">=", 148, "元", Y,
      "amount", "up", ambiguous=True),
    T(D, "將基本公共衛(wèi)生政府人均補(bǔ)助標(biāo)準(zhǔn)提高到75元", "基本公共卫生服务政府人均补助标准", R, ">=", 75,
      "元", Y, "amount", "up"),
    T(D, "城鄉(xiāng)居民基本醫(yī)療保險(xiǎn)財(cái)政補(bǔ)助標(biāo)準(zhǔn)提高到550元", "城乡居民基本医疗保险财政补助标准", R,
      ">=", 550, "元", Y, "amount", "up"),
]

# cv05 a health portal's copy (yaozui 193217; its menu and `相关话题` links dropped) of 晋中's item on the 2017
# 卫生计生工作会议: the health system's `八件实事` for 2017. Region 晋中市, year 2017. Scored: family-doctor signing
# for 100万 urban and rural residents (count, `万人` for `100万` with no counting word, as cm's `16万`) and 5000
# village doctors trained free (count). Ambiguous: `为4个贫困县…提供免费宫颈癌乳腺癌筛查` (the counties the screening
# covers, a count of places, `=`, as cc06's `13個市縣`). Not targets: `八件` (the list's count), `一是`…`八是`
# (ordinals), `十进` (a name), `晋中一院` (a name), the other items (no number).
D, R, Y = "cv05.txt", "晋中市", 2017
A += [
    T(D, "为100万城乡居民提供家庭医生签约服务", "家庭医生签约服务人数", R, ">=", 100, "万人", Y, "count", "up"),
    T(D, "为4个贫困县建档立卡贫困农村妇女提供免费宫颈癌乳腺癌筛查", "免费两癌筛查覆盖贫困县数", R, "=", 4, "个", Y,
      "count", "up", ambiguous=True),
    T(D, "免费培训乡村医生5000人", "乡村医生免费培训人数", R, ">=", 5000, "人", Y, "count", "up"),
]

# cv06 石家庄市藁城区's government page (2025-01-16 by its address): the district congress's notice of the 10
# 民生实事 voted for 2025; the corpus's copy stops at item 8's first character (`8.实`). Region 藁城区 (河北), year
# 2025. Scored, item 5 (`群众身边有“医”靠行动`): `年内60%的中心卫生院达到“优质服务基层行”省级推荐标准` (the share of
# central health centres to meet the provincial standard: rate, a bare 达到 → `>=`, up). Item 7, the health
# item, names its screenings and vaccination with no number (`14周岁`, `2价` say who and which vaccine). Ambiguous:
# item 3's elderly-care aims — 2 township elderly-care service centres, 20 households' homes adapted (as CC, not
# health) and 50 more certified care workers (`以上`: care workforce, borderline) — and the non-health aims: 10 km
# of rural road, 3 bus lines, 2 substations enlarged, 69 km of power lines; `为12个乡镇农村中小学` (the townships
# whose schools get computers: a count of places, `=`). Not targets: `第三届`/`第五次` (ordinals), `10件` (the
# list's count), `两所县级公立医院` (the hospitals there are), `10千伏` (a voltage), the item numbers.
D, R, Y = "cv06.txt", "藁城区", 2025
A += [
    T(D, "年内完成农村公路新建10公里以上", "农村公路新建里程", R, ">=", 10, "公里", Y, "amount", "up", ambiguous=True),
    T(D, "开通响应式定制公交线路3条以上", "响应式定制公交线路开通数", R, ">=", 3, "条", Y, "count", "up",
      ambiguous=True),
    T(D, "为12个乡镇农村中小学购置计算机", "购置计算机的乡镇数", R, "=", 12, "个", Y, "count", "up", ambiguous=True),
    T(D, "培育标准化乡镇区域养老服务中心2个", "标准化乡镇区域养老服务中心培育数", R, ">=", 2, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "完成20户特殊困难老年人家庭适老化改造", "特殊困难老年人家庭适老化改造户数", R, ">=", 20, "户", Y, "count",
      "up", ambiguous=True),
    T(D, "新增养老护理员持证人员50人以上", "新增养老护理员持证人数", R, ">=", 50, "人", Y, "count", "up",
      ambiguous=True),
    T(D, "年内60%的中心卫生院达到“优质服务基层行”省级推荐标准", "达到优质服务基层行省级推荐标准的中心卫生院比例", R,
      ">=", 60, "%", Y, "rate", "up"),
    T(D, "启动正公站、张名甫站2座变电站增容建设", "变电站增容建设数", R, ">=", 2, "座", Y, "count", "up",
      ambiguous=True),
    T(D, "新建、改造10千伏线路69公里", "10千伏线路新建改造里程", R, ">=", 69, "公里", Y, "amount", "up",
      ambiguous=True),
]

# cv07 the distractor: 民和县人民政府's news page (2020-04-21; breadcrumb dropped), `近年来,民和县突出保障和改善民生,
# 交出了一份沉甸甸的“成绩单”` — results only, several told in aim words: `学前教育毛入园率达90.35%`, `义务教育巩固率达96.9%`,
# `高中阶段毛入学率达99%`, `县域内就诊率保持在90%以上`, 4600 trained, 2002 new jobs, 3000 posts, `城镇登记失业率控制在
# 3.2%以内`, 1.1亿元 paid, `基本养老、基本医疗参保率均保持在98%以上`. No aim is set: no gold line; every prediction
# here is a false positive.

write_gold(A, HERE)
