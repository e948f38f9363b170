#!/usr/bin/env python3
"""Build hold-out set DG's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DG (gathered on main 8b4994f6, beside the sets gathered at the same time in the other /work/wt/g*
worktrees, and annotated before any extractor run: the annotator ran none on these texts; it is to be
scored once by the lead engineer, so the set is unspent): family-planning and maternal-and-child-health aims
of counties, a city and provinces, 2005–2019, as a bureau would paste them from a government site, a news
mirror or a template site — 静海县's 2011 妇幼卫生 meeting (thirteen screening and care rates told in one
run), 岳阳县's 2019 family-planning meeting (one growth ceiling), a county 文体局's 人口和计划生育 责任书 from a
template site (respun words: `方案生育` for 计划生育, `流淌人口` for 流动人口), 青岛早报's 2010 item on the
city's births (the population ceiling beside the year's forecast and last year's figures; traditional
script with converter glosses), the second page of a law mirror's copy (fymate) of a province's ten-year
family-planning aims (stages for 2000, 2005 and 2010), 河北's 2015 family-planning aims in traditional
script, and 普陀区's 2013 family-planning review (achieved figures only: the distractor).
Files dg01.txt…, so no name clashes with the seeds, the development set or the other sets in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: the sex ratio at birth has the unit 男/100女 (AK, AR, BL, CX),
`100:112` (girls first) read as 112 男/100女; the region is the place the text names or makes plain, else
its own word (`全县`, `全省`: SCHEMA; a blanked `xx县` is 全县, as BK and AT; an unnamed `我省` is 全省, as
BP); a population total written `6580万` with no counting word takes the unit 万人 (BP, CX), `左右` on it is
`~`, band; forecasts (`預測出生7萬人左右`) are left out, as BL and BP leave theirs; a page's aims past its cap of
ten scored lines are marked ambiguous (DE: the first ten in the text's order scored); a number given only by
reference (`低于全国平均水平`) is ambiguous with value null (SCHEMA); one number for several indicators
(`先天性白内障、髋关节发育不良筛查率分别达到90%`) is one target with the joint name (SCHEMA, CX); an aim told
again is ambiguous (CN, CX); past achieved figures are no target (SCHEMA); the traditional pages keep their
converter glosses (`計(jì)`) and mojibake (`?cè)`) as the corpus gave them, and a quote copies them.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []
SR = "男/100女"

# dg01 天津市卫生健康委's site (wsjk.tj.gov.cn, reposted 2020) with 静海县卫生局's item on its 2011 妇幼卫生
# meeting of 4月1日. Region 静海县 (the text names it), year 2011 (`布署2011年工作任务`, `今年`). The year's
# aims come in one run of thirteen rates, each bare or `达(到)`: `>=` on up-indicators. Scored, the first ten
# (the cap): pre-pregnancy screening coverage 90%, prenatal screening 90%, the prenatal-check pass rate of
# rural-registered mothers 85% (scope 农籍孕妇), gynaecological check-ups of resident women aged 30–65 `完成30%`
# (scope), early-pregnancy registration 85%, postnatal visits 85%, the newborn hypothyroidism and PKU screening
# rate 98% (one number, the joint name), newborn hearing screening 98%, child congenital-heart screening 95% and
# the cataract and hip-dysplasia screening rate `分别达到90%` (one number for two indicators: one line, the
# joint name). Over the cap, ambiguous: child registration 100%, newborn visits 100% and the care rate of
# children under 7 95%. Not targets: `4月1日`, `2010年` (the year reviewed), the plan's name `(2008—2012)` and
# its `十二个免费项目`, the age band `30—65周岁`, `二级以上医院`, `到年底各项指标必须达标` (no number).
D, R, Y = "dg01.txt", "静海县", 2011
A += [
    T(D, "孕前专项疾病筛查覆盖率达到90%", "孕前专项疾病筛查覆盖率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "产前筛查率达90%", "产前筛查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "农籍孕妇产前检查合格率85%", "孕妇产前检查合格率", R, ">=", 85, "%", Y, "rate", "up", scope="农籍孕妇"),
    T(D, "本市户籍30—65周岁妇女病普查率完成30%", "妇女病普查率", R, ">=", 30, "%", Y, "rate", "up",
      scope="本市户籍30—65周岁妇女"),
    T(D, "早孕建册率85%", "早孕建册率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "产后访视率85%", "产后访视率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "新生儿甲状腺功能低下、苯丙酮尿症筛查率达98%", "新生儿甲状腺功能低下、苯丙酮尿症筛查率", R, ">=", 98, "%",
      Y, "rate", "up"),
    T(D, "新生儿听力筛查率达98%", "新生儿听力筛查率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "儿童先天性心脏病筛查率达95%", "儿童先天性心脏病筛查率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "先天性白内障、髋关节发育不良筛查率分别达到90%", "先天性白内障、髋关节发育不良筛查率", R, ">=", 90, "%", Y,
      "rate", "up"),
    T(D, "儿童建册率100%", "儿童建册率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "新生儿访视率100%", "新生儿访视率", R, ">=", 100, "%", Y, "rate", "up", ambiguous=True),
    T(D, "7岁以下儿童保健管理率95%", "7岁以下儿童保健管理率", R, ">=", 95, "%", Y, "rate", "up", ambiguous=True),
]

# dg02 岳阳县人民政府's site (yyx.gov.cn) with 红网岳阳县分站's item of 2月19日 on the county's 2019
# family-planning meeting (its photo caption `会议现场` kept). Region 岳阳县 (the text names it), year 2019.
# Scored: `2019年全县人口自然增长率要控制在9‰以内` (a ceiling, down). Not targets: `全面完成省、市下达的各项考核
# 指标任务` (no indicator and no number: not a target, not even by reference), the dates, `二孩` (a policy's
# name).
D, R, Y = "dg02.txt", "岳阳县", 2019
A += [
    T(D, "全县人口自然增长率要控制在9‰以内", "人口自然增长率", R, "<=", 9, "‰", Y, "rate", "down"),
]

# dg03 a template site's copy (wenke99) of a county 文体局's 人口和计划生育 目标管理责任书 with its units, the
# words respun (`方案生育` for 计划生育, `流淌人口` for 流动人口, `供应` for 提供, `精准率` for 准确率, `诞生` for
# 出生, `充龄妇女` for 育龄妇女) and one word masked (`*率`). Region 全县 (the county is blanked `xx县`, as BK
# and AT write a blanked county), scope 县文体局二级单位 (the units that sign), year 2021 (the title's
# `2021年`; the body's `XX年度` is blanked, as DB's db03 took its title's year). Each aim `达N%`: `>=`.
# Scored (indicators as a bureau titles them, not in the respun words): policy-compliant births `达100%以上`,
# the accuracy of information on women of child-bearing age 100%, the accuracy of birth statistics 100%, the
# registration of the floating population 100%, the certificate-holding rate of incoming migrants 98%, their
# check rate 100%, the social-maintenance-fee collection coverage 100% and collected amount 80%, and
# long-acting contraception 70%. Ambiguous: `*率达98%` (the indicator masked by the site). Not targets:
# `(xx办发XX3号)` (a document number), the list marks.
D, R, Y = "dg03.txt", "全县", 2021
S = "县文体局二级单位"
A += [
    T(D, "符合政策生育率达100%以上", "符合政策生育率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "供应充龄妇女信息精准率达100%", "育龄妇女信息准确率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "人口诞生精准率达100%", "出生人口统计准确率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "供应流淌人口登记率达100%", "流动人口登记率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "*率达98%", "流动人口*率", R, ">=", 98, "%", Y, "rate", "up", scope=S, ambiguous=True),
    T(D, "督促流入人口持证率达98%", "流入人口婚育证明持证率", R, ">=", 98, "%", Y, "rate", "up", scope=S),
    T(D, "验证率达100%", "流入人口婚育证明验证率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "征收面达100%", "社会抚养费征收面", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "征收额达80%", "社会抚养费征收额到位率", R, ">=", 80, "%", Y, "rate", "up", scope=S),
    T(D, "落实上年和当年长效节育措施率达70%", "长效节育措施落实率", R, ">=", 70, "%", Y, "rate", "up", scope=S),
]

# dg04 a spam-headed mirror (its banner and channel line before the title dropped) of 青岛新闻网's copy of
# 青岛早报's item of 2010-05-27, in traditional script with the converter's glosses (`報(bào)`) and mojibake
# (`?cè)`). Region 青岛市 (the source line names 青島新聞網 and 青島早報; the text says `島城`, `我市`: taken as
# plain, as cx05 took a channel's name), year 2010 (`今年`, `今年年底`). Scored: the lead's `到年底我市將把戶籍
# 人口控制在785萬人左右` (registered population, `左右` → `~`, band; count in 万人). Ambiguous: the same aim
# told again at the cut end, its 7 eaten by the mojibake (`控制在` and `7` garbled into `?cè)丝诳刂圃?`:
# value 785 as the lead gives it). Left out: the forecasts (`今年島城將有7萬名“虎寶寶”降生`, the title's `7萬`,
# `預測出生7萬人左右`, `將增加近8000人`: what is expected, not aimed at, as BL and BP leave theirs), 2009's
# figures (`62274`, `105.9:100`, `8483`, `11.99%`, `32031`, `30243`), `連續(xù)17年`, 2003's and 2004's births.
D, R, Y = "dg04.txt", "青岛市", 2010
A += [
    T(D, "到年底我市將把戶籍人口控制在785萬人左右", "户籍人口总数", R, "~", 785, "万人", Y, "count", "band"),
    T(D, "戶籍總?cè)丝诳刂圃?85萬人左右", "户籍人口总数", R, "~", 785, "万人", Y, "count", "band", ambiguous=True),
]

# dg05 the second page of a law mirror's copy (fymate) of a province's family-planning decision: its
# `一、奋斗目标` for the next ten years in three stages (2000, 2005, 2010), cut inside `二、战略重点`. The province
# is never named (`我省`, `全省`): region 全省 (as BP). Scored, the first ten in the text's order (the cap):
# the standing floor `确保计划生育率不低于95%` (year 2010, the end of `今后十年`); for 2000 the population ceiling
# `6580万以内` (count in 万人, down) and the shares of counties meeting the second-class reproductive-health
# standard (80%) and running family planning on the `三为主` (`80%以上`); for 2005 the population ceiling
# `6800万以内`, the eugenic-check coverage `达到50%以上`, the hospital-delivery rate `达到80%以上`, the share of
# counties meeting the first-class standard (80%), the sex ratio at birth `降到100:112以内` (`<=`, 112 男/100女)
# and the share of counties with the `两个转变` (70%, bare: `>=`). Over the cap, ambiguous: 2010's population
# ceiling `7050万以内`, eugenic-check coverage 80% and hospital delivery 85%, and its birth-defect rate `低于全国
# 平均水平` (by reference: value null). Not targets: `今后十年`, `提高孕产妇住院分娩率` (no number), `基本正常`,
# `三为主`/`两个转变` as names, the list marks.
D, R = "dg05.txt", "全省"
K1 = "达到二类地区初级生殖保健服务指标的县(市、区)比例"
K2 = "达到一类地区初级生殖保健服务指标的县(市、区)比例"
A += [
    T(D, "确保计划生育率不低于95%", "计划生育率", R, ">=", 95, "%", 2010, "rate", "up"),
    T(D, "人口总数控制在6580万以内", "人口总数", R, "<=", 6580, "万人", 2000, "count", "down"),
    T(D, "80%的县(市、区)达到国家确定的二类地区初级生殖保健服务指标", K1, R, ">=", 80, "%", 2000, "rate", "up"),
    T(D, "80%以上的县(市、区)计划生育工作实现“三为主”", "计划生育工作实现“三为主”的县(市、区)比例", R, ">=", 80,
      "%", 2000, "rate", "up"),
    T(D, "人口总数控制在6800万以内", "人口总数", R, "<=", 6800, "万人", 2005, "count", "down"),
    T(D, "争取优生检测面达到50%以上", "优生检测面", R, ">=", 50, "%", 2005, "rate", "up"),
    T(D, "孕产妇住院分娩率达到80%以上", "孕产妇住院分娩率", R, ">=", 80, "%", 2005, "rate", "up"),
    T(D, "80%的县(市、区)达到国家确定的一类地区初级生殖保健服务指标", K2, R, ">=", 80, "%", 2005, "rate", "up"),
    T(D, "出生婴儿性别比降到100:112以内", "出生人口性别比", R, "<=", 112, SR, 2005, "rate", "down"),
    T(D, "70%的县(市、区)基本实现“两个转变”", "基本实现“两个转变”的县(市、区)比例", R, ">=", 70, "%", 2005, "rate",
      "up"),
    T(D, "人口总数控制在7050万以内", "人口总数", R, "<=", 7050, "万人", 2010, "count", "down", ambiguous=True),
    T(D, "争取优生检测面达到80%以上", "优生检测面", R, ">=", 80, "%", 2010, "rate", "up", ambiguous=True),
    T(D, "孕产妇住院分娩率达到85%以上", "孕产妇住院分娩率", R, ">=", 85, "%", 2010, "rate", "up", ambiguous=True),
    T(D, "新生儿出生缺陷率低于全国平均水平", "新生儿出生缺陷率", R, "<", None, "%", 2010, "rate", "down",
      ambiguous=True),
]

# dg06 a mirror (bm-sj, traditional script) of 河北新闻's item of 2015-02 (the URL's 2015_02; `今年` after the
# 2014 figures) on 河北's family-planning aims: region 河北省 (the headline names it), year 2015. Scored: `年內
# 人口自然增長率控制在8.1‰以內` (a ceiling, down). Not targets: 2014's results (`34728對`, `96.98萬人`,
# `13.18‰`, `6.95‰`), the date `2014年5月30日`, `一票否決` and `兩非` (names).
D, R, Y = "dg06.txt", "河北省", 2015
A += [
    T(D, "年內人口自然增長率控制在8.1‰以內", "人口自然增长率", R, "<=", 8.1, "‰", Y, "rate", "down"),
]

# dg07 the distractor: 普陀区人民政府's site (shpt.gov.cn) with the district yearbook's 2014 entry on 2013's
# family planning (`【概况】`). Achieved figures only — population, births, birth and growth rates, the
# family-planning rate, certificate and late-marriage rates, sex ratios at birth (`104∶100`, `103∶100`,
# `105∶100`), the year's spending and its rise — and `完成市政府下达的指标` (a result, no number). No gold line:
# every prediction here is a false positive.

write_gold(A, HERE)
