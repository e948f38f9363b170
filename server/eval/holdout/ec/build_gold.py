#!/usr/bin/env python3
"""Build hold-out set EC's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set EC (gathered on its own branch gather-ec off main 8947397c, beside sets EB, ED and EE gathered at the same time, and
annotated before any extractor run: the annotator ran none on these texts; it is to be scored once by the lead
engineer, so the set is unspent). Its focus — city and county 卫生(健康)工作要点, 工作计划 and 工作安排 of the northeast
and central provinces (黑龙江, 吉林, 辽宁, 河南, 山西, 安徽, 江西, 湖南, 湖北) and news items on them with this year's or a
plan year's figures, 2005–2026 — is nearly spent: most such pages the corpus gave (哈尔滨's 86 community centres,
营口 鲅鱼圈's 健康 plan, 襄阳's 两癌 checks, 沅江's life-expectancy table, 青阳县's 2024 安排, 铜陵's 新农合 aims, 健康长春,
健康龙江 2030, 湖北's 1267万 screening) are held or named by earlier sets. All seven pages are in the focus's
provinces (three at province level, four at city level, none a county's): 江西's 2020–2030 妇幼 action plan (a spun
copy: `灭亡率`, `节制在`, `别离`; 2022 and 2030 rates), 芜湖's 2025–2030 健康素养 plan (one 2030 floor), 安徽's 2025
爱国卫生 and 健康安徽 工作要点 on 六安's site (one count), 新华社's 2006 item on 河南's 新农合 (traditional with
converter glosses: this year's subsidy and township hospitals), 文汇报's 2012 item on 四平's free check-ups
(traditional: a head count for the year), 邵阳's 健康邵阳 实施意见 (2022 aims, in the text and a table), and 六安's
2025 爱国卫生 results (achieved figures only: the distractor).
Files ec01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (a table row after the sentence) is ambiguous (cn,
cc05, df03, dl01, dm); `今年` takes the year the text itself writes (a dateline, `2023年…`), and null only where the
text writes none (cz, df01, dl02, dm); a bare figure on an up-indicator is `>=`, on a down-indicator `<=`, `…及以下`
`<=`, `…及以上` and `不低于` `>=`, `提高到N` `>=` (SCHEMA); a pair `分别…N和M` gives two lines, the second quote running
from the indicator to its own number (dz, dr); a table's quote runs from the row's indicator to the target cell, past
the base-year cell (f, g, dx); life expectancy is an amount in `岁` (dq, ds06, dz); per-thousand staff ratios are
counts in the counting word written (`人`, as bj, bq, dz); a head count with no counting word takes `万人` (BP, CX, dg04,
dm06); money a plan raises or sets aside (`筹资4亿元`, `籌資超億元`) is ambiguous (dm06, as the `安排…万元`, `投入…万元`
lines of earlier sets); the items of a check-up package (`10項基本健康體檢`) are ambiguous as a per-person count (dm02's
`氟防齲二次`); `持续改善` and `全覆盖` with no number are not targets (SCHEMA); past and present figures are no target
(SCHEMA); a spun or traditional page keeps its wording and converter glosses (`農(nóng)村`) as the corpus gave them, a
quote copies them, and the indicator is named in plain simplified Chinese (dg, dm, dz).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ec01 a sign-maker's site (lyzxjtss 13161) with a spun copy of a paper's item on 江西's 妇幼健康促进行动实施方案
# (2020-2030年) (`康健` for 健康, `灭亡率` for 死亡率, `节制在` for 控制在, `别离` for 分别, `到达` for 达到; the spinner's
# `交通标牌厂家`/`交通设施厂家` left in); its closing link label `热点新闻` dropped. Region 江西省 (`江西全省`). Scored, the
# four pairs `到2022年和2030年`: 婴儿死亡率 `7.5‰及以下` (2022) and `5‰及以下` (2030), 5岁以下儿童死亡率 `9.5‰` and `6‰`,
# 孕产妇死亡率 `18/10万` and `12/10万` (`下降到…及以下` → `<=`), 产前筛查率 `70%` and `80%` (`及以上` → `>=`). Not targets:
# `(2020-2030年)` (the plan's span), `三级` (levels), `五项制度` (a name), `四个工程`.
D, R = "ec01.txt", "江西省"
A += [
    T(D, "婴儿灭亡率别离节制在7.5‰及以下", "婴儿死亡率", R, "<=", 7.5, "‰", 2022, "rate", "down"),
    T(D, "婴儿灭亡率别离节制在7.5‰及以下和5‰及以下", "婴儿死亡率", R, "<=", 5, "‰", 2030, "rate", "down"),
    T(D, "5岁以下儿童灭亡率别离节制在9.5‰及以下", "5岁以下儿童死亡率", R, "<=", 9.5, "‰", 2022, "rate", "down"),
    T(D, "5岁以下儿童灭亡率别离节制在9.5‰及以下和6‰及以下", "5岁以下儿童死亡率", R, "<=", 6, "‰", 2030, "rate",
      "down"),
    T(D, "孕产妇灭亡率别离下降到18/10万及以下", "孕产妇死亡率", R, "<=", 18, "1/10万", 2022, "rate", "down"),
    T(D, "孕产妇灭亡率别离下降到18/10万及以下和12/10万及以下", "孕产妇死亡率", R, "<=", 12, "1/10万", 2030, "rate",
      "down"),
    T(D, "产前筛查率别离到达70%及以上", "产前筛查率", R, ">=", 70, "%", 2022, "rate", "up"),
    T(D, "产前筛查率别离到达70%及以上和80%及以上", "产前筛查率", R, ">=", 80, "%", 2030, "rate", "up"),
]

# ec02 an AED vendor's news page (njsutai 675, 2025-10-10) with the opening of 芜湖市健康素养提升行动计划(2025-2030年),
# its phone number and menu (`15850582114`, `AED新闻`) kept as given; cut in the first task. Region 芜湖市 (title,
# `我市`, `全市`). Scored: `到2030年底全市居民健康素养水平不低于40%` (2030, `>=`). Not targets: the phone number, the
# document numbers (`国发〔2019〕13号`, `皖政〔2019〕84号`, `芜市发〔2018〕10号`, `芜政〔2020〕18号`), the plan spans,
# `二十届二中、三中全会`, and the 2030 aims with no number (`明显降低`, `显著下降`, `较大提高`).
D, R = "ec02.txt", "芜湖市"
A += [
    T(D, "全市居民健康素养水平不低于40%", "居民健康素养水平", R, ">=", 40, "%", 2030, "rate", "up"),
]

# ec03 六安's 卫健委 site (wjw.luan 10682866, 2025-05-29) with the start of 安徽省爱国卫生运动和健康安徽行动2025年工作要点,
# cut at `(` of item 二 (its `二` lost in the source: `、践行健康生活`). Region 安徽省 (`全省`), year 2025. Scored: `举10场以上
# “健康基层行”义诊活动` (a count of events, `以上` → `>=`, unit `场`). Not targets: `三年行动(2024-2027年)` (a span),
# `二十四节气`, `第37个爱国卫生月` (an ordinal), `“百市千县”` (a name), `二十届二中、三中全会`.
D, R, Y = "ec03.txt", "安徽省", 2025
A += [
    T(D, "举10场以上“健康基层行”义诊活动", "“健康基层行”义诊活动场次", R, ">=", 10, "场", Y, "count", "up"),
]

# ec04 a spam-titled mirror (afdelivr) of 中国政府网's copy of 新华社's item of 2006-03-01 on 河南's 新农合, in
# traditional script with converter glosses (`農(nóng)村`); its leading spam title line and closing `相關(guān)鏈接` list
# dropped. Region 河南省 (`河南省`), year 2006 (the dateline `2006年03月01日` gives `今年`). Scored: the per-capita
# subsidy `由20元提高到40元` from this year (`提高到` → `>=`) and `新改造800家鄉(xiāng)鎮(zhèn)衛(wèi)生院` (a count).
# Ambiguous: `籌資4億元` (money raised for the year). Not targets: `65個` and `3000多萬` (the present), `一半`, `到2008年…
# 基本覆蓋` (no number), the 2003 standard `30元` and its three `10元` shares (in force since 2003), `800多個`→`1000多個
# 品種` (done: `進行了調(diào)整`), the dates.
D, R, Y = "ec04.txt", "河南省", 2006
A += [
    T(D, "“參合”農(nóng)民人均財政補貼由20元提高到40元", "新农合参合农民人均财政补贴标准", R, ">=", 40, "元", Y,
      "amount", "up"),
    T(D, "河南省籌資4億元", "乡镇卫生院改造筹资额", R, "=", 4, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "新改造800家鄉(xiāng)鎮(zhèn)衛(wèi)生院", "乡镇卫生院改造数", R, ">=", 800, "家", Y, "count", "up"),
]

# ec05 文汇报's site (news.wenweipo NN1205150020, 2012-05-15) with its item on 四平's free check-ups for all residents,
# in traditional script (no glosses); its portal bar kept, its closing bar (`【打印】…【關閉】`, `地方聯播`, `新聞專題`,
# `更多`) dropped. Region 四平市 (`四平市`, `全市`), year 2012 (the dateline; `從4月中旬起至年底前完成`). Scored: check-ups
# for `全市340萬城鄉居民` (no counting word: 340 `万人`, `>=`). Ambiguous: `籌資超億元` (money raised: `超` → `>`, 1
# `亿元`) and the package's `10項基本健康體檢` (items a resident gets). Not targets: `首個` (a first), the headline's
# `億元` (no numeral), the dates.
D, R, Y = "ec05.txt", "四平市", 2012
A += [
    T(D, "四平市政府籌資超億元", "全民免费体检政府筹资额", R, ">", 1, "亿元", Y, "amount", "up", ambiguous=True),
    T(D, "為全市340萬城鄉居民進行心電、超聲、胸透、血(尿)常規、血糖等10項基本健康體檢", "城乡居民免费健康体检人数", R,
      ">=", 340, "万人", Y, "count", "up"),
    T(D, "血糖等10項基本健康體檢", "免费健康体检项目数", R, ">=", 10, "项", Y, "count", "up", ambiguous=True),
]

# ec06 邵阳's government site (shaoyang.gov.cn 3816d70a) with the opening of 邵阳市人民政府关于健康邵阳行动的实施意见
# (no date in the text; the aims are for 2022) and the first rows of its indicator table (base 2020, aim 2022), cut at
# row 11 (`学`); its header bar kept. Region 邵阳市 (`邵阳`, `全市`), year 2022. Scored: the sentence's `居民健康素养水平
# 不低于22%`, and the table's 2022 aims: life expectancy `77.7` 岁, premature chronic-disease mortality `15.9` % (down:
# `<=`), `2.65` doctors a thousand residents (`人`), the prenatal screening rate `80` %, the newborn metabolic screening
# rate `98` %, and the rural women's cervical and breast screening coverage `80` % (bare figures → `>=` up). Ambiguous:
# the table's `居民健康素养水平(%\n\n14.8\n\n22` (told again). Not targets: the 2020 base cells (`76.7`, `2.92`, `5.24`,
# `5.91`, `14.8`, `18.19`, `2.62`, `89.1`, `97.99`, `100`), the three `持续改善` rows (no number), the row numbers,
# `湘政发〔2019〕23号`, `IPV6`.
D, R, Y = "ec06.txt", "邵阳市", 2022
A += [
    T(D, "居民健康素养水平不低于22%", "居民健康素养水平", R, ">=", 22, "%", Y, "rate", "up"),
    T(D, "人均预期寿命(岁)\n\n76.7\n\n77.7", "人均预期寿命", R, ">=", 77.7, "岁", Y, "amount", "up"),
    T(D, "居民健康素养水平(%\n\n14.8\n\n22", "居民健康素养水平", R, ">=", 22, "%", Y, "rate", "up", ambiguous=True),
    T(D, "重大慢性病过早死亡率(%\n\n18.19\n\n15.9", "重大慢性病过早死亡率", R, "<=", 15.9, "%", Y, "rate", "down"),
    T(D, "每千常住人口执业(助理)医师数(人)\n\n2.62\n\n2.65", "每千常住人口执业(助理)医师数", R, ">=", 2.65, "人", Y,
      "count", "up"),
    T(D, "产前筛查率(%\n\n89.1\n\n80", "产前筛查率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "新生儿遗传代谢性疾病筛查率(%\n\n97.99\n\n98", "新生儿遗传代谢性疾病筛查率", R, ">=", 98, "%", Y, "rate",
      "up"),
    T(D, "农村适龄妇女宫颈癌乳腺癌筛查覆盖率(%\n\n100\n\n80", "农村适龄妇女宫颈癌乳腺癌筛查覆盖率", R, ">=", 80, "%",
      Y, "rate", "up"),
]

# ec07 the distractor: 六安's government site (luan.gov.cn 10726851, 2025-11-07) with 皖西日报's item on the city's
# 爱国卫生 results; its closing `标签:`, `扫一扫在手机打开当前页` and `关联信息` lines dropped. Achieved figures only:
# the literacy rise `从2020年的19.15%提升至2024年底的31.08%` (with `顺利完成“十四五”目标`, no aim figure), `18项` and
# `30项` (actions and indicators in place), `3个`, `18个`, `251个`, `103个` (titles won), `100%` (rates reached), `108名`,
# `6684场次` (`今年以来`: held), `5000余篇`, `600万人次`, `1项`, `13项`, `超300万平方米`. No gold line: every
# prediction here is a false positive.

write_gold(A, HERE)
