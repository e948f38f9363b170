#!/usr/bin/env python3
"""Build hold-out set BP's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BP (gathered on main 241473c, after the BL/BM round's merge, beside sets BN and BO gathered at the
same time by other hands, and annotated before any extractor run: the annotator ran none on these texts;
it is to be scored once by the lead engineer, so the set is unspent): target-responsibility and
assessment documents and plans with indicator lists — the national 十一五 health plan's aims for 2010
in a news mirror (traditional, spam-headed), a province's 2008 population plan (`我省`, traditional), 深圳's
中医药 plan for 2020 (a journal abstract with an English half), 安康's 2011 health-bureau responsibility
letter (an interview page), a township's family-planning responsibility letter (a template, `我乡`), a
village committee's family-planning assessment rules (a template, points beside each aim) and 绍兴's
十三五 population plan whose excerpt stops in its review of the 十二五 (achieved figures only: the
distractor). Files bp01.txt…, so no name clashes with the seeds, the development set or the other sets.
It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# bp01 a spam-headed mirror (traditional script, with the converter's doubled glyphs `衛(wèi)`) of 人民日报's
# 2007-06-08 item on the national 卫生事业发展“十一五”规划纲要: the aims for 2010 (`到2010年`), region 全国
# (`我國`, `在全國`). Scored: life expectancy in the body (`將達72.5歲`, 达到 → `>=`, amount in 岁 as aa06),
# the maternal death ceiling (`控制在40/10萬以內`) and the immunisation rates for town and country (two
# targets with their scopes, as SCHEMA's `重点人群` example and bm01's second clause). Ambiguous: the
# sub-headline `平均預期壽命達72.5歲` restates the body (as earlier sets mark restating headlines); the
# infant and under-5 death ceilings are written `14.9%。` and `17.7%。` (‰ lost to a stray `。`: as AR's
# ar03 and BC's bc02, ambiguous, keeping the value and unit written); the falls against 2005 (`比2005年下降
# 21.6%`, 21.3%, 16.1%) and the immunisation rise (`分別比2005年提高10%`) restate the same aims as changes
# (as h05's growth cells). Not targets: the spam line's `120秒`, the page date, 2005's 72歲 (achieved),
# `十一五` (a plan name).
D, R, Y = "bp01.txt", "全国", 2010
A += [
    T(D, "平均預期壽命達72.5歲", "人均预期寿命", R, ">=", 72.5, "岁", Y, "amount", "up", ambiguous=True),
    T(D, "到2010年人口平均預期壽命將達72.5歲", "人均预期寿命", R, ">=", 72.5, "岁", Y, "amount", "up"),
    T(D, "嬰兒死亡率控制在14.9%。以內", "婴儿死亡率", R, "<=", 14.9, "%", Y, "rate", "down", ambiguous=True),
    T(D, "比2005年下降21.6%", "婴儿死亡率下降幅度", R, ">=", 21.6, "%", Y, "rate", "up", ambiguous=True),
    T(D, "5歲以下兒童死亡率控制在17.7%。以內", "5岁以下儿童死亡率", R, "<=", 17.7, "%", Y, "rate", "down",
      ambiguous=True),
    T(D, "比2005年下降21.3%", "5岁以下儿童死亡率下降幅度", R, ">=", 21.3, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "孕產婦死亡率控制在40/10萬以內", "孕产妇死亡率", R, "<=", 40, "1/10万", Y, "rate", "down"),
    T(D, "比2005年下降16.1%", "孕产妇死亡率下降幅度", R, ">=", 16.1, "%", Y, "rate", "up", ambiguous=True),
    T(D, "兒童國家免疫規劃疫苗接種率城市達到95%以上", "儿童国家免疫规划疫苗接种率", R, ">=", 95, "%", Y,
      "rate", "up", scope="城市"),
    T(D, "農村達到90%以上", "儿童国家免疫规划疫苗接种率", R, ">=", 90, "%", Y, "rate", "up", scope="农村"),
    T(D, "分別比2005年提高10%", "儿童国家免疫规划疫苗接种率提高幅度", R, ">=", 10, "%", Y, "rate", "up",
      ambiguous=True),
]

# bp02 a mirror (traditional script) of a 2008-01 news item on a province's 2008 social-development plan
# draft: the year's population aims. The province is never named (`我省`, `全省`; `合肥` names one of its
# cities, which does not make the province plain by SCHEMA's 青岛 rule): region 全省, year 2008 (`今年`,
# `2008年全省人口發展目標`). Scored: the lead's ceiling on the total (`控制在6683萬人以內`, count in 万人,
# down), the natural-growth ceiling (7.2‰) and 合肥's planned year-end total (`計劃為475萬人`: an exact
# planned quantity with no aim word, `=`, band; region 合肥市, the city the text names). Ambiguous: the
# body's `年末總人口控制在6683萬人以內` and `達到475萬人` restate the lead's two figures; `2007年計劃出生人口
# 81.4萬人` is the past year's planned births, cited among the statistics (a plan figure, but not an aim
# of this plan). Left out: the forecasts (`預計增長0.72%`, `預計全省人口總數達6635萬人`, as BL's bl03 left
# its population forecast out), `多出3萬` (a difference of two plans), 2006's 6593萬 and 83.1萬 (statistics),
# `第四次` (an ordinal).
D, R, Y = "bp02.txt", "全省", 2008
A += [
    T(D, "今年我省人口總數計劃控制在6683萬人以內", "人口总数", R, "<=", 6683, "万人", Y, "count", "down"),
    T(D, "其中合肥2008年末人口總數計劃為475萬人", "年末人口总数", "合肥市", "=", 475, "万人", Y, "count",
      "band"),
    T(D, "2007年計劃出生人口81.4萬人", "出生人口数", R, "=", 81.4, "万人", 2007, "count", "band",
      ambiguous=True),
    T(D, "人口自然增長率控制在7.2‰以內", "人口自然增长率", R, "<=", 7.2, "‰", Y, "rate", "down"),
    T(D, "年末總人口控制在6683萬人以內", "人口总数", R, "<=", 6683, "万人", Y, "count", "down", ambiguous=True),
    T(D, "達到475萬人", "年末人口总数", "合肥市", "=", 475, "万人", Y, "count", "band", ambiguous=True),
]

# bp03 a journal-abstract site's page (2014-02-14 item): 深圳's 中医药 development plan (2013—2020), the aims
# for 2020 (`计划到2020年`). Region 深圳市 (`深圳市卫计委`, `全市`). Two counts: the city's TCM (and integrated)
# hospitals (15所) and TCM beds (5000张), both `达(到)` → `>=`. `每个区都有…医院` has no number (every
# district: full coverage, no target); `三甲`/`二级甲等` are grades, not figures; `2013年~2020年` the plan's
# span. The abstract's English half glosses the Chinese (`reached 15`, `5,000`): not annotated (it
# restates the Chinese, as earlier sets leave glosses).
D, R, Y = "bp03.txt", "深圳市", 2020
A += [
    T(D, "全市中医(中西医结合)医院达到15所", "中医(中西医结合)医院数", R, ">=", 15, "所", Y, "count", "up"),
    T(D, "中医床位数达5000张", "中医床位数", R, ">=", 5000, "张", Y, "count", "up"),
]

# bp04 a city government's page (安康市人民政府, from 安康日报, 2011-03-01): an interview with the city health
# bureau's head and the bureau's `2011年重点工作目标责任书(4项)`, cut after item 3. Region 安康市 (the page's
# own city: `安康市人民政府`, `市卫生局`), year 2011. One target: the rural co-operative scheme's enrolment
# (`稳定在92%以上` → `>=`). Items 1 and 2 have no number (a hospital to start building, a reform pilot in
# two named counties); `五项重点医改任务`, `四项重点工作`, `10县区` and `(4项)` count tasks and places, not
# aims.
D, R, Y = "bp04.txt", "安康市", 2011
A += [
    T(D, "新型农村合作医疗参保率稳定在92%以上", "新型农村合作医疗参保率", R, ">=", 92, "%", Y, "rate", "up"),
]

# bp05 a template site's township family-planning responsibility letter (a township and its villages;
# `我乡`, `全乡`, under 四川's regulation), then the opening of a second, 湖北 community's letter cut before any
# aim. Region 全乡 (the text's own word, as AF's af05 and AP's ap07); the year is blanked (`20**年度`):
# year null. Six targets: the income rise of the `三结合` households helped (`人均增收500元以上`, amount),
# the `三查` rate (100%), the permit rate of people leaving and the check rate of people arriving (100%,
# 90%: bare rates, implied 达到), the payout rate of the only-child parents' award (100%) and the error
# rate in confirming award recipients (`小于0.05%` → `<`, down). Ambiguous: `一年四次计划生育优质服务活动`
# (a frequency of service rounds written in a Chinese numeral, as ao07's and av01's `一次`). Not targets:
# the penalties (`每少查1人`, `漏报、错报1人`), `一式两份`, the blanked years.
D, R, Y = "bp05.txt", "全乡", None
A += [
    T(D, "“三结合”帮扶户人均增收500元以上", "计划生育“三结合”帮扶户人均增收", R, ">=", 500, "元", Y, "amount",
      "up"),
    T(D, "一年四次计划生育优质服务活动", "计划生育优质服务活动次数", R, ">=", 4, "次", Y, "count", "up",
      ambiguous=True),
    T(D, "“三查”率达到100%", "计划生育“三查”率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "外出流动人口办证率100%", "外出流动人口办证率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "外来人口验证率90%", "外来人口验证率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "农村独生子女父母奖励金发放率达到100%", "农村独生子女父母奖励金发放率", R, ">=", 100, "%", Y, "rate",
      "up"),
    T(D, "农村独生子女父母奖励扶助对象确认误差率小于0.05%", "农村独生子女父母奖励扶助对象确认误差率", R, "<", 0.05,
      "%", Y, "rate", "down"),
]

# bp06 a template site's `村委人口与计划生育考核办法` (the page's date 2022-01-18 is the upload's; the rules
# name no year: year null): the indicators a village committee is scored on, each with its points. No place
# is named (`接受区上检查` names the checking level only): region 村委, the document's own word for the unit
# it binds (as AA's `我校` and TT's `本院`). Five targets: the lawful-birth rate (`达92%`), the ceiling on
# unlawful multiple births (`违法生育多项控制率3%` with `上升1个百分点扣1分`: a bare 3% on a down-indicator,
# `<=`; the indicator named as the text words it), the free reproductive-health service reach (`达80%以上`),
# the birth-statistics error (`控制在5%以内`) and the sex ratio at birth (`控制在110以内`, unit 男/100女 as AK,
# AR and BL write it). Ambiguous: `全年开展两次` (a frequency in a Chinese numeral, as bp05's) and the veto
# threshold `人口出生统计误差一年超过7%的` (a one-vote veto above 7%, a looser ceiling beside the scored 5%:
# a rule of the assessment as much as an aim). Not targets: the points (`(10分)`…), the deductions per
# point (`1个百分点`, `0.1分`, `0.3分`, `0.5分`, `2分`), the score bands (`80—90`, `90—95`, `95—99`, `80以下`),
# `七不准` (a name), `超生1个小孩` (a penalty).
D, R, Y = "bp06.txt", "村委", None
A += [
    T(D, "计划生育合法率达92%", "计划生育合法率", R, ">=", 92, "%", Y, "rate", "up"),
    T(D, "违法生育多项控制率3%", "违法生育多项控制率", R, "<=", 3, "%", Y, "rate", "down"),
    T(D, "全年开展两次", "免费生殖健康服务次数", R, ">=", 2, "次", Y, "count", "up", ambiguous=True),
    T(D, "全年开展两次免费生殖健康服务达80%以上", "免费生殖健康服务覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "人口出生统计误差控制在5%以内", "人口出生统计误差率", R, "<=", 5, "%", Y, "rate", "down"),
    T(D, "当年出生婴儿性别比控制在110以内", "出生人口性别比", R, "<=", 110, "男/100女", Y, "rate", "down"),
    T(D, "人口出生统计误差一年超过7%的", "人口出生统计误差率", R, "<=", 7, "%", Y, "rate", "down",
      ambiguous=True),
]

# bp07 绍兴's government site: the opening of the city's 十三五 population plan (its title is not in the
# excerpt; `编制本规划`, `“十三五”时期绍兴市人口发展`), which stops inside the review of the 十二五 before any aim
# (`至2015年,我市人均期`). Every figure is achieved or present: the registered and resident populations
# (443.11万人, 496.8万人, 491.22万人) and their growth (42000人, 0.96%, 8400人, 5.58万人, 1.14%, 11160人), the
# yearly natural-growth rates (0.42‰…0.43‰) and family-planning rates (97.2%…95.66%), the births (174804人,
# 34961人); `七免三补` and `1%人口抽样调查` are names. No gold line: every prediction here is a false positive.

write_gold(A, HERE)
