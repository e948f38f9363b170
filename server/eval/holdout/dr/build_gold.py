#!/usr/bin/env python3
"""Build hold-out set DR's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DR (gathered on main 523e9043, after set DQ was registered and scored, beside the gather-dn, gather-dp, gather-dq
and gather-ds worktrees, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent). Its focus — recent (2022–2026) news of cities' and counties'
yearly health aims (卫生健康工作会议 items, 民生实事 health items, 政府工作报告 health aims, 健康XX行动 annual aims) —
gave few clean pages: most meeting, 民生实事 and 工作要点 pages returned are held or named by earlier sets (浙江's and
湖州's 2023 要点, 连云港's 0518bbs tasks, 象山's 2025 table, 鹿邑's 2024 ten 实事, 海南州's and 鄂尔多斯's 2025
schemes, 榆阳's and 鲅鱼圈's 健康 actions…), and the free meeting items hold no figure. So the set keeps the focus's
kind of page where one came back clean — 扬州's 2026 民生1号文件 health items, 广州's 2024 十件民生实事 pneumococcal
vaccination, 常州's 2023 民生实事 spine screening, a 姜堰区 bureau's yearly task list (a forum copy), 台北's 2026
public childcare centres (traditional) — and widens, as the common rules allow, to a province (新疆's 爱眼护齿 民生实事,
no year left in the text); the distractor is a city's 2025 卫生健康工作会议 item that gives only 2024's achieved
figures. Files dr01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again is ambiguous (cn, cc05, dm05); a per-unit count whose
unit is a small number in a Chinese numeral is ambiguous (df05, dm02's `氟防齲二次`), and so, here, is a per-unit
equipment count (`为每个…配备1台`); `今年` with no year anywhere in the text takes year null (cz, df01, dm04) — the
address's or a dropped headline's year is not used; a bare figure or `完成N`/`为N名…提供` on an up-indicator is `>=`
(SCHEMA); `余` on a count is `>=` (a floor); counts keep the counting word as written, in simplified script (`萬名` →
`万名`, `處` → `处`), and `万` counts keep their `万` (SCHEMA's conversion); past and present figures are no target
(SCHEMA); a traditional page keeps its converter glosses (`衛(wèi)生`) as the corpus gave them, and a quote copies
them (dg, dm02).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# dr01 NetEase self-media copy (163.com/dy KKB1VO6B055616ZD) of 健康扬州's post on the health items of 扬州's 2026
# `民生1号文件` (the platform's two disclaimers after `发布:袁霄云` dropped). Region 扬州市 (`来源:扬州市卫生健康委员会`,
# `我市`), year 2026 (`确定在2026年`). Scored: the ten new 医康养护 centres and their two parts (`6个` clinics and `4个`
# old-age centres upgraded), `6个社区普惠托育点`, `8万名` children's autism screening, `1.2万名` newborns' deafness
# screening, `1万名` pregnant women and `2500名` women in the first quarter (`一季度`, year 2026). Ambiguous: `为每个乡镇
# 卫生院、村卫生室配备1台筒式血压仪` (a per-clinic equipment count). Not targets: `50项` (the document's span over seven
# fields), `第25年`, `6个项目`, `4项`, `1项` (list counts), the list numbers `01`…`06`, `0—6岁` (an age band).
D, R, Y = "dr01.txt", "扬州市", 2026
A += [
    T(D, "新增10个医康养护综合服务中心", "医康养护综合服务中心新增数", R, ">=", 10, "个", Y, "count", "up"),
    T(D, "6个乡镇卫生院或社区卫生服务中心升级为医康养护综合服务中心", "升级为医康养护综合服务中心的乡镇卫生院和社区卫生服务中心数",
      R, ">=", 6, "个", Y, "count", "up"),
    T(D, "4个乡镇区域性养老服务中心或街道综合性养老服务中心升级为医康养护综合服务中心",
      "升级为医康养护综合服务中心的养老服务中心数", R, ">=", 4, "个", Y, "count", "up"),
    T(D, "新增6个社区普惠托育点", "社区普惠托育点新增数", R, ">=", 6, "个", Y, "count", "up"),
    T(D, "为8万名0—6岁儿童开展孤独症筛查干预", "0—6岁儿童孤独症筛查干预人数", R, ">=", 8, "万名", Y, "count", "up"),
    T(D, "为1.2万名新生儿开展耳聋基因和疾病筛查", "新生儿耳聋基因和疾病筛查人数", R, ">=", 1.2, "万名", Y, "count", "up"),
    T(D, "为1万名孕产妇提供优育服务", "孕产妇优育服务人数", R, ">=", 1, "万名", Y, "count", "up"),
    T(D, "一季度为2500名育龄妇女提供生育关爱项目", "育龄妇女生育关爱项目服务人数", R, ">=", 2500, "名", Y, "count",
      "up"),
    T(D, "为每个乡镇卫生院、村卫生室配备1台筒式血压仪", "乡镇卫生院和村卫生室筒式血压仪配备数", R, ">=", 1, "台", Y,
      "count", "up", ambiguous=True),
]

# dr02 a spam-titled mirror (sczckj post_9705823; the site is named in an earlier set for another page) of 广州日报's
# item of 2024-06-15 on 广州's free 23-valent pneumococcal vaccination of residents 65 and over, one of the city
# health commission's 十件民生实事 of the year; traditional script with converter glosses, cut at `需要滿`. Region 广州市
# (`廣州市`), year 2024 (`今年`, the dateline `2024-06-15`). Scored: `計劃為8萬名…老年人提供23價肺炎疫苗免費接種服務`.
# Not targets: 2023's `超27萬` and `接近200元` (achieved), `23價`/`23種` (the vaccine's valency), the age `65歲`,
# `5—6天` and `第3周` (the vaccine's onset), `第一位`.
D, R, Y = "dr02.txt", "广州市", 2024
A += [
    T(D, "計劃為8萬名廣州市65歲及以上老年人提供23價肺炎疫苗免費接種服務", "65岁及以上老年人23价肺炎疫苗免费接种人数",
      R, ">=", 8, "万名", Y, "count", "up"),
]

# dr03 常州 体育局's page (tyj.changzhou 21194, 2023-04-12) on the 2023 start of the city's 民生实事 spine screening of
# pupils (its site footer kept). Region 常州市 (`常州市政府民生实事项目`, `我市`), year 2023 (`今年`, the title's
# `2023年`). Scored: `今年将为50000名青少年学生进行脊柱健康公益筛查` and the plan for 新北区's `8000余名` pupils (`余`
# → `>=`, scope 新北区). Not targets: `连续四年`, `六个“常有”`, `10号`, `四至八年级`, the footer's address, telephone
# numbers, screen size, browser version and record numbers.
D, R, Y = "dr03.txt", "常州市", 2023
A += [
    T(D, "今年将为50000名青少年学生进行脊柱健康公益筛查", "青少年学生脊柱健康筛查人数", R, ">=", 50000, "名", Y, "count",
      "up"),
    T(D, "体育医院将为新北区的8000余名中小学生提供筛查服务", "中小学生脊柱健康筛查人数", R, ">=", 8000, "名", Y, "count",
      "up", scope="新北区"),
]

# dr04 a forum's copy (jyss.net tid 93726) of a 姜堰区 health bureau's ten yearly tasks, with the forum's anti-copy
# noise (`5 ]0 @8 u8 {4 g1 b; S" \`, …) between the items as the corpus gave it. Region 姜堰区 (`泰州市姜堰区妇幼保健院`,
# `区委、区政府`), year null (no year in the text). Scored, in task 4: `全民自救互救技能培训2.5万人`, `2台AED机`,
# `药品急救包40个` and `1个卫生应急文化园`. Not targets: the task numbers `1.`…`10.`, the noise's digits, `0-6岁` (an age
# band), `ICU`.
D, R, Y = "dr04.txt", "姜堰区", None
A += [
    T(D, "开展全民自救互救技能培训2.5万人", "全民自救互救技能培训人数", R, ">=", 2.5, "万人", Y, "count", "up"),
    T(D, "公共场所投放2台AED机", "公共场所AED投放数", R, ">=", 2, "台", Y, "count", "up"),
    T(D, "配备药品急救包40个", "药品急救包配备数", R, ">=", 40, "个", Y, "count", "up"),
    T(D, "建成1个卫生应急文化园", "卫生应急文化园建成数", R, ">=", 1, "个", Y, "count", "up"),
]

# dr05 a news item (udn 9336662, 2026-02-21) on 台北's childcare in 2026, traditional script, its leading ` date` line
# kept and cut at `親子支持資` as returned. Region 台北市 (`北市`, `台北市`), year 2026. Scored: `預計2026年開辦16家公辦民營
# 托嬰中心` and `預計於校園內設置12處公辦民營托嬰中心` (the 校校有公托 part; unit `處` → `处`). Ambiguous: `2026年預計再開辦
# 16家公辦民營托嬰中心` (told again). Not targets: the present `23處`, `92處`, `2008名`, `82％`, `13處`, `12區`/`12行政區`,
# 2025's `10萬人次` and `近130萬人次`, `2018年`, the ages `滿6個月`, `6歲`.
D, R, Y = "dr05.txt", "台北市", 2026
A += [
    T(D, "預計2026年開辦16家公辦民營托嬰中心", "公办民营托婴中心开办数", R, ">=", 16, "家", Y, "count", "up"),
    T(D, "預計於校園內設置12處公辦民營托嬰中心", "校园内公办民营托婴中心设置数", R, ">=", 12, "处", Y, "count", "up"),
    T(D, "2026年預計再開辦16家公辦民營托嬰中心", "公办民营托婴中心开办数", R, ">=", 16, "家", Y, "count", "up",
      ambiguous=True),
]

# dr06 a spam-titled mirror (zhongyaoyi 07020281) of 中新网's item (3月8日, no year in the text) on 新疆's 中小学生爱眼
# 护齿 民生实事; its unrelated headlines after the item (`🥓(撰稿:个旧)新华社快讯…`) dropped. Region 新疆维吾尔自治区
# (`新疆维吾尔自治区教育厅`, `新疆`), year null (`今年`, no year written). Scored: `2万间` classrooms' lighting, `400余万名`
# pupils' vision checks (`余` → `>=`), `31万名` children's fluoride varnish and `6万名` children's sealants. Ambiguous:
# `百万余名各族学生` (those the lighting will reach, an estimate), the per-child `两次` of the vision checks and of the
# fluoride (Chinese numerals), and the county counts `96个县` and `20个县` the services cover. Not targets: `3月8日`,
# the ages `3岁至4岁`, `6岁至9岁`.
D, R, Y = "dr06.txt", "新疆维吾尔自治区", None
A += [
    T(D, "完成2万间中小学教室的健康照明设备改造", "中小学教室健康照明改造数", R, ">=", 2, "万间", Y, "count", "up"),
    T(D, "可惠及百万余名各族学生", "健康照明改造惠及学生数", R, ">=", 100, "万名", Y, "count", "up", ambiguous=True),
    T(D, "免费为新疆400余万名中小学生", "中小学生视力监测人数", R, ">=", 400, "万名", Y, "count", "up"),
    T(D, "开展两次视力监测", "中小学生视力监测次数", R, ">=", 2, "次", Y, "count", "up", ambiguous=True),
    T(D, "为96个县(市、区)", "免费口腔局部涂氟覆盖县(市、区)数", R, ">=", 96, "个", Y, "count", "up", ambiguous=True),
    T(D, "31万名3岁至4岁儿童", "3岁至4岁儿童免费口腔局部涂氟人数", R, ">=", 31, "万名", Y, "count", "up"),
    T(D, "提供两次免费口腔局部涂氟", "儿童免费口腔局部涂氟次数", R, ">=", 2, "次", Y, "count", "up", ambiguous=True),
    T(D, "为20个县(市、区)", "免费窝沟封闭覆盖县(市、区)数", R, ">=", 20, "个", Y, "count", "up", ambiguous=True),
    T(D, "6万名6岁至9岁儿童免费提供第一恒磨牙窝沟封闭服务", "6岁至9岁儿童第一恒磨牙窝沟封闭人数", R, ">=", 6, "万名", Y,
      "count", "up"),
]

# dr07 the distractor: an item on a city's 2025 卫生健康工作会议 of 3月4日 (ylqxzb Item61d778bc79e82e2b; the city is not
# named, only `副市长覃佐彦` and `内六区`). Achieved 2024 figures only: `新增9个` quality-control centres, `新增5家` 三甲
# hospitals, `9.62万名` women and `6.46万名` newborns screened, `新增5个急救站点`, the radii `由5公里缩短至4.2公里` and
# `由20公里缩短至11公里`; the 2025 part sets no figure. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
