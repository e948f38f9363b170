#!/usr/bin/env python3
"""Build hold-out set ED's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set ED (gathered on its own branch gather-ed beside sets EB, EC and EE gathered at the same time, and annotated before
any extractor run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent). Its focus — district, 街道 and township (镇/乡) health plans and aims of the eastern coastal provinces (山东,
江苏, 浙江, 福建, 广东, 海南, 河北, 天津, 上海): 公共卫生, 基本公共卫生服务, 家庭医生签约, 慢病管理 figures, 2005–2026 —
gave short news items more than plans, and most of those the corpus returns are held or named by earlier sets (临港区's
两癌 screening, 龙岗区's 2023 实事 table, 金坛区's signing aims, 阳春's and 温岭's vaccination items, 苏州's check-ups)
or stop before any aim. Three pages at the focus's levels came back clean with an aim: 无锡 新吴区 江溪街道's check-ups
(a count of residents to serve, no year in the text), 上海 斜土街道's 2020 check-ups of the over-65s (a count) and 上海
长征镇's 2017 check-ups (a count in Chinese numerals); the distractor is 福建 永安市 燕南街道's 2016 family-doctor
signing figures (achieved only). So the set was widened, in the focus's provinces, to city and province level: 福州's
2022 妇幼 item in traditional script with converter glosses (an HPV head count; a budget and a per-county count,
ambiguous), 临沂's 2022 十件实事 for women and children (three counts) and 天津's 十四五 aims (a 2021 item in traditional
script with glosses: life expectancy and two death rates for 2025). 武进区's 2016 慢病 item (one clean aim) was dropped:
its achieved figures share a run of text with ct07.
Files ed01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: an aim told again (in a headline or a later sentence) is ambiguous (cn,
cc05, df03, dl01, dm); past the cap of ten scored lines a page the rest are ambiguous in the text's order (DE, DG, dm01)
— no page here reaches it; a year the text does not write is null (cz, df01, dl02, dm04) — the address's year is not
used; `N余`/`N多` on a count is `>=` N (as earlier sets' `20余支`, `1200余名`: cs, ea); a count in Chinese numerals is
scored (bg's `五千張`, ea's `一百三十二家`), while a per-unit count in a Chinese numeral (`每個縣(市)區都有一家`, as dz06's
`均设置一家`) and a per-person count of service items (`10多项检测`, as dm02's `氟防齲二次`) are ambiguous; money a plan
sets aside (`投入資金2000余萬元`) is ambiguous (dm06); a head count in 万 keeps `万人`/`万名` (dm, dg04); life expectancy
is an amount in `岁` (dq, ds06, dz04); two rates in one clause (`…控制在8.5/10万和5‰`) are two targets (SCHEMA); past and
present figures are no target (SCHEMA); a traditional page keeps its converter glosses (`預(yù)計`) as the corpus gave
them, and a quote copies them (dg, dm, ds, dz04); a 街道 or 镇 takes the name the text gives it (`江溪街道`, `斜土街道`,
`长征镇`), a city its full name (`福州市`, `临沂市`, `天津市`).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ed01 海峡网's copy (1aqj 2077389) of an item of 12日 (no month or year in the text; the address's 2022-07 is not
# used) on 福州's 妇幼 work, in traditional script with converter glosses (`預(yù)計`); the portal's closing link list and
# notices kept as the corpus gave them. Region 福州市 (`福州`, `全市`). Scored: the HPV pilot's `預(yù)計惠及7萬余人`
# (`今年起`, no year written: year null; `7萬余人` → `>=` 7 万人, a head count in 万 keeps `万人`). Ambiguous:
# `省市縣將投入資金2000余萬元` (money set aside, as dm06), `到2025年,福州每個縣(市)區(qū)都有一家…` (a per-county
# count in a Chinese numeral, as dz06's `均设置一家`) and its second telling `力爭到2025年,每個縣(市)區(qū)都有一家…`.
# Not targets: the age band `13歲~14歲半`, `2021年`, `可減免500元` (the present rule), `2019年`, `11000例` (done),
# `十三五`, the phone number, `3個工作日`.
D, R = "ed01.txt", "福州市"
A += [
    T(D, "預(yù)計惠及7萬余人", "适龄女性HPV疫苗免费接种受益人数", R, ">=", 7, "万人", None, "count", "up"),
    T(D, "省市縣將投入資金2000余萬元", "妇女健康投入资金", R, ">=", 2000, "万元", None, "amount", "up",
      ambiguous=True),
    T(D, "到2025年,福州每個縣(市)區(qū)都有一家標(biāo)準(zhǔn)化婦幼保健機(jī)構(gòu)", "每县(市)区标准化妇幼保健机构数",
      R, ">=", 1, "家", 2025, "count", "up", ambiguous=True),
    T(D, "力爭到2025年,每個縣(市)區(qū)都有一家標(biāo)準(zhǔn)化婦幼保健機(jī)構(gòu)", "每县(市)区标准化妇幼保健机构数", R,
      ">=", 1, "家", 2025, "count", "up", ambiguous=True),
]

# ed02 无锡日报's e-paper (szb.wxrb, a photo caption) on 新吴区 江溪街道's second 社区卫生服务中心 and its free
# check-ups; no year in the text (`昨天`; the address's 2020 is not used). Region 江溪街道 (`新吴区江溪街道`), year null.
# Scored: `预计…服务居民12000余人` (`>=` 12000, a count of residents the three months' check-ups are to serve).
# Ambiguous: `免费进行10多项检测服务` (the number of test items each person gets: a per-unit count of service items).
# Not targets: `60岁` (the age threshold), `3个月` (the span).
D, R, Y = "ed02.txt", "江溪街道", None
A += [
    T(D, "免费进行10多项检测服务", "免费检测服务项目数", R, ">=", 10, "项", Y, "count", "up", ambiguous=True),
    T(D, "服务居民12000余人", "居民免费健康体检服务人数", R, ">=", 12000, "人", Y, "count", "up"),
]

# ed03 a community paper's site (sqcb.zhoudaosh) with 斜土街道's item on the 2020 free check-ups of the over-65s.
# Region 斜土街道 (上海's `随申码` shows the city, the 街道 is named), year 2020 (`2020年65周岁及以上老年人免费健康体检`).
# Scored: `预计将有3500多名社区老人参与` (`>=` 3500). Not targets: `6月2日`, `三个“一”`, `7点`, `65周岁` (the age
# threshold), `3个月` (the span).
D, R, Y = "ed03.txt", "斜土街道", 2020
A += [
    T(D, "预计将有3500多名社区老人参与", "65岁及以上老年人免费健康体检参与人数", R, ">=", 3500, "名", Y, "count", "up"),
]

# ed04 a content farm's copy (fensifuwu 2111003) of 齐鲁网·闪电新闻's item of 7月28日 on 临沂's 2022 关爱妇女儿童十件实事.
# Region 临沂市 (`临沂市`, `全市`), year 2022 (`2022年临沂市关爱妇女儿童十件实事`; `今年`). Scored: `对全市40万名…
# 妇女进行…免费筛查` (40 万名, `>=`: a bare count to do), `救助低收入“两癌”妇女500人` and `为全市3000名妇女儿童开展
# 体质监测`. Not targets: `十件实事` (a name), the age band `35—64岁`, `7月28日`.
D, R, Y = "ed04.txt", "临沂市", 2022
A += [
    T(D, "对全市40万名35—64岁的农村妇女和城镇部分妇女进行宫颈癌、乳腺癌免费筛查", "妇女两癌免费筛查人数", R,
      ">=", 40, "万名", Y, "count", "up"),
    T(D, "救助低收入“两癌”妇女500人", "低收入两癌妇女救助人数", R, ">=", 500, "人", Y, "count", "up"),
    T(D, "为全市3000名妇女儿童开展体质监测", "妇女儿童体质监测人数", R, ">=", 3000, "名", Y, "count", "up"),
]

# ed05 a spam-named site's copy (greekporn 28023334) of 今晚报's item of 2021-09-09 on 天津's 十四五 public-health aims,
# in traditional script with converter glosses (`達(dá)`); cut at `常見惡性腫`. Region 天津市 (`天津市`, `本市`), year
# 2025 (`到2025年`). Scored: `人均期望壽命達(dá)到82.38歲` (amount in 岁, `>=`), and the two rates of
# `孕產(chǎn)婦死亡率、嬰兒死亡率持續(xù)控制在8.5/10萬和5‰` (`控制在` on down-indicators: `<=`; two targets). Not
# targets: the 十三五 figures (`81歲`, `81.33歲`, `81.91歲`, `10/10萬`, `6‰以下`, `40元`, `99元`, `21大類`, the
# runs of years, `低於1/10萬`, `83.77%`, `2334個`, `9個區(qū)`, `覆蓋率達(dá)到100%`), the dateline.
D, R, Y = "ed05.txt", "天津市", 2025
A += [
    T(D, "到2025年,讓居民人均期望壽命達(dá)到82.38歲", "人均期望寿命", R, ">=", 82.38, "岁", Y, "amount", "up"),
    T(D, "孕產(chǎn)婦死亡率、嬰兒死亡率持續(xù)控制在8.5/10萬", "孕产妇死亡率", R, "<=", 8.5, "1/10万", Y,
      "rate", "down"),
    T(D, "嬰兒死亡率持續(xù)控制在8.5/10萬和5‰", "婴儿死亡率", R, "<=", 5, "‰", Y, "rate", "down"),
]

# ed06 上海普陀's site (shpt.gov.cn) with 长征镇's item of 2017-08-08 on its free check-ups of the over-60s (`我镇`);
# the image name line `QQ截图20170907145507.jpg` kept as the corpus gave it. Region 长征镇, year 2017 (the item's
# dateline year; `接下来`). Scored: `接下来的免费体检将还会有三千多名老人受益` (a count in a Chinese numeral: `>=` 3000
# 名). Not targets: `60周岁` (the age threshold), `4月份`, `已有3129名老人接受了体检` (done), the dateline.
D, R, Y = "ed06.txt", "长征镇", 2017
A += [
    T(D, "接下来的免费体检将还会有三千多名老人受益", "老年人免费体检受益人数", R, ">=", 3000, "名", Y, "count",
      "up"),
]

# ed07 福建卫生计生新闻网's item (fjwjw.fjsen, 2017-01-22) on 永安市 燕南街道's family-doctor signing: every figure is
# achieved or present (`截至2016年12月31日`: `6.4万人`, `39101`, `61.2%`, `7890人`, `3280人`, `56%`, `41.6%`; the
# funds `超过100万元`, `每年…60多万元`, `每年…超过200万元` already set aside): the distractor, no gold line. The
# portal's closing link list (`相关新闻`…`地市动态`) and leading `11` kept as the corpus gave them.

if __name__ == "__main__":
    write_gold(A, HERE)
