#!/usr/bin/env python3
"""Build hold-out set DE's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set DE (gathered on main fd34af45, after session 24's second pass on CW, beside the sets gathered at the same
time in the other /work/wt/g* worktrees, and annotated before any extractor run: the annotator ran none on these
texts; it is to be scored once by the lead engineer, so the set is unspent): pages a bureau would paste, any
region and health topic, weighted to early target years — 广州's 2001 rural primary-care plan (a law mirror's
copy: its `目标、任务与进度`, aims for 2007 and 2010), 徐州's 2005 community-health aims (a 政协 site, traditional
script: aims for 2005 and 2007, the headline telling one again), 天津's 2004 free check-ups for 380万 farmers (a
news portal, traditional: the aim beside its half-way results), 健康报's 2009 item on the second round of
national AIDS demonstration areas (fifteen aims: ten scored, the rest over the cap), a template site's
township 农民健康工程 plan (its years respun to 2023, its words respun: `效劳` for 服务, `到达` for 达到), 通道县's
2016 meeting on free 两癌 checks (one task count) and 中国中医药报's 2008 item on 广西's 2007 maternal results
(achieved figures only: the distractor).
Files de01.txt…, so no name clashes with the seeds, the development set or the other sets in eval-extract's
`all` row (set d holds dd01…). It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before any extractor run on
them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs

Conventions of earlier sets followed here: a task number (`检查任务为5403人`) is a number to reach, `>=` (au04,
aw03); a count written `380萬` with no counting word after the 万 but `農民` takes the unit `万人` (cm, bu, cx04);
an aim told again (a headline, the remainder of a task) is ambiguous (cn, cc05, cx); a number given only by
reference (`主要指标到达全市平均以上水平`) is ambiguous with value null (SCHEMA); a page's aims past its cap of
ten scored lines are ambiguous (targets all, left unscored by the 10-line rule, as earlier sets mark them); a
year taken from the address when the text gives none (aw07 would have, `the address carries no date`); a
template's region is its own word (`全镇`, as ap07's `全乡`) and its years are read as written (ap07, aa04).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# de01 a law mirror's copy (fymate, its `法搜网--中国法律信息搜索网` banner dropped) of 广州市人民政府's notice
# issuing the city's 农村初级卫生保健实施计划(2001-2010年): the text picks up at the end of the review and runs
# through `二、目标、任务与进度`, cut inside item 3 (`孕产妇系统管理率番禺区、`: no figure left). Region 广州市 (the
# title). Years as written: 2007 (`到2007年`, `2007年`) and 2010 (`2010年达到…`). Scored (nine): the share of
# towns reaching the 提高阶段 aims in 番禺、花都、白云区 (80%) and in 从化、增城市 (50%), each with its districts in
# scope; immunisation `不低于98%`; DOTS population coverage `不低于95%`; notifiable infectious disease
# incidence `控制在十万分之一百五十以内` (a down-indicator, `<=` 150 per 100k, the number in Chinese numerals);
# chronic-disease management 40% (2007) and 70% (2010); basic-care management compliance 80% (2007) and 100%
# (2010). Not targets: `全市所有的镇` (全部, no number), `前十年`, `市第八次党代会` (an ordinal), `2001-2010年`
# (the plan's name), the list numbers.
D, R = "de01.txt", "广州市"
N1 = "实现提高阶段初保计划目标的镇比例"
A += [
    T(D, "番禺、花都、白云区80%以上的镇", N1, R, ">=", 80, "%", 2007, "rate", "up", scope="番禺、花都、白云区"),
    T(D, "从化、增城市50%以上的镇", N1, R, ">=", 50, "%", 2007, "rate", "up", scope="从化、增城市"),
    T(D, "计划免疫接种率不低于98%", "计划免疫接种率", R, ">=", 98, "%", 2007, "rate", "up"),
    T(D, "现代结核病控制策略人口覆盖率不低于95%", "现代结核病控制策略人口覆盖率", R, ">=", 95, "%", 2007, "rate",
      "up"),
    T(D, "法定报告传染病发病率控制在十万分之一百五十以内", "法定报告传染病发病率", R, "<=", 150, "1/10万", 2007,
      "rate", "down"),
    T(D, "2007年主要慢性病管理率不低于40%", "主要慢性病管理率", R, ">=", 40, "%", 2007, "rate", "up"),
    T(D, "2010年达到70%以上", "主要慢性病管理率", R, ">=", 70, "%", 2010, "rate", "up"),
    T(D, "2007年基本医疗管理规范率达到80%以上", "基本医疗管理规范率", R, ">=", 80, "%", 2007, "rate", "up"),
    T(D, "2010年达到100%", "基本医疗管理规范率", R, ">=", 100, "%", 2010, "rate", "up"),
]

# de02 徐州政协's site (traditional script; its breadcrumb `徐州政協 … 當前位置: 首頁 > 專委會工作` kept, the
# spam footer `主站蜘蛛池模板: …` with its list of place names dropped) with an item of 2005-07-25 on the city's
# community-health meeting. Region 徐州市 (the site's name, `我市`; 新沂、邳州、云龍區 are its own). Scored, the
# aims the city set (`發展目標為`): by the end of 2005, `城區70%以上的街道辦事處有社區衛生服務中心` (scope 城区) and
# `新沂、邳州市城區60%以上的街道` (scope 新沂、邳州市城区), and by 2007 `90%以上的街道辦事處有社區衛生服務中心` (the
# whole city). Ambiguous: the headline's `年底城區七成以上街道` (the 2005 aim told again, `七成` = 70%). Not targets:
# `1998年`, the six centres and 27 stations built and `兩個站` honoured (the present), `云龍區達到…標準` (no number),
# the dates.
D, R = "de02.txt", "徐州市"
N2 = "设有社区卫生服务中心的街道比例"
A += [
    T(D, "年底城區七成以上街道要有社區衛生服務中心", N2, R, ">=", 70, "%", 2005, "rate", "up", scope="城区",
      ambiguous=True),
    T(D, "城區70%以上的街道辦事處有社區衛生服務中心", N2, R, ">=", 70, "%", 2005, "rate", "up", scope="城区"),
    T(D, "新沂、邳州市城區60%以上的街道建有社區衛生服務中心", N2, R, ">=", 60, "%", 2005, "rate", "up",
      scope="新沂、邳州市城区"),
    T(D, "90%以上的街道辦事處有社區衛生服務中心", N2, R, ">=", 90, "%", 2007, "rate", "up"),
]

# de03 北方网's traditional-script copy (enorth big5; the table pipes around the text dropped) of a news item
# on the city's mid-term meeting on free check-ups for farmers. Region 全市: the text names only 靜海縣 and
# `全市` (that the city is 天津 is not plain from the text, as SCHEMA's 青岛 example); year 2004 (the text says
# only `20日`; the address carries 2004/05/21). Scored: the programme's aim, free check-ups for `全市380萬農民`
# (a count to reach; `万人` as 万 stands before the people, as cx04). Ambiguous: `完成餘下240多萬農民的健康體檢
# 任務` (the remainder of the same aim, told again with `多`). Not targets: the results (`130多萬`, `34.96%`), `93家`
# hospitals that sent teams (the present), `三個代表` (a name).
D, R, Y = "de03.txt", "全市", 2004
A += [
    T(D, "爲全市380萬農民免費體檢", "农民免费健康体检人数", R, ">=", 380, "万人", Y, "count", "up"),
    T(D, "完成餘下240多萬農民的健康體檢任務", "农民免费健康体检人数", R, ">=", 240, "万人", Y, "count", "up",
      ambiguous=True),
]

# de04 a medicine portal's copy (yongyao) of 健康报's item (2009-07) on the second round of national AIDS
# demonstration areas; its footer (`精彩推荐`, a disclaimer) dropped. Region 全国; scope the group named
# (`农村居民`, `校内青少年`…), else 示范区 (the aims bind the 309 areas of the round, not the whole country).
# Year null: the round runs `5年` from a launch the text dates only `近日` (the address's 2009 is the start,
# not the aims' year). The `具体目标有7个` give fifteen figures: the first ten scored (the cap) — awareness among rural
# residents 85, urban residents 90, in-school youth 95, out-of-school youth 80, migrants 80, high-risk groups
# 90 (one indicator, the group in scope); new infections among methadone clients `小于1%` (`<`, down); needle
# sharing `减少到3%以下` (`<=`, down); condom use at last sex 85 (up); infection of infants born to infected
# mothers `控制在5%以下` (down). Over the cap, marked ambiguous (targets all, left unscored by the 10-line
# rule): spousal transmission `1%以下`, 12-month survival on treatment `85%以上`, all-cause death rate `3/100人年
# 以下`, syphilis report growth `10%以下`, orphans in free schooling `95%以上`. Not targets: `127个`, `309个`,
# `51个`, `258个` (the rounds' sizes, settled), `5年` (a duration), `7个` (the count of aims), `2003年至2008年`,
# `12个月` (when survival is measured), the list numbers.
D, R, Y = "de04.txt", "全国", None
N4 = "艾滋病相关知识知晓率"
S4 = "示范区"
A += [
    T(D, "艾滋病相关知识知晓率农村居民达85%以上", N4, R, ">=", 85, "%", Y, "rate", "up", scope="农村居民"),
    T(D, "城市居民达90%以上", N4, R, ">=", 90, "%", Y, "rate", "up", scope="城市居民"),
    T(D, "校内青少年达95%以上", N4, R, ">=", 95, "%", Y, "rate", "up", scope="校内青少年"),
    T(D, "校外青少年达80%以上", N4, R, ">=", 80, "%", Y, "rate", "up", scope="校外青少年"),
    T(D, "流动人口达80%以上", N4, R, ">=", 80, "%", Y, "rate", "up", scope="流动人口"),
    T(D, "各类高危人群达90%以上", N4, R, ">=", 90, "%", Y, "rate", "up", scope="各类高危人群"),
    T(D, "美沙酮药物维持治疗门诊服药人员年艾滋病病毒新发感染率小于1%", "美沙酮维持治疗人员艾滋病年新发感染率", R,
      "<", 1, "%", Y, "rate", "down", scope=S4),
    T(D, "参加针具交换吸毒人群共针率减少到3%以下", "针具交换吸毒人群共用针具率", R, "<=", 3, "%", Y, "rate",
      "down", scope=S4),
    T(D, "暗娼、男男性接触者、吸毒人群最近一次性行为安全套使用率达到85%以上", "最近一次性行为安全套使用率", R,
      ">=", 85, "%", Y, "rate", "up", scope="暗娼、男男性接触者、吸毒人群"),
    T(D, "艾滋病病毒感染孕产妇分娩婴儿艾滋病病毒感染率控制在5%以下", "感染孕产妇所生婴儿艾滋病病毒感染率", R,
      "<=", 5, "%", Y, "rate", "down", scope=S4),
    T(D, "配偶间年传播率控制在1%以下", "艾滋病配偶间年传播率", R, "<=", 1, "%", Y, "rate", "down", scope=S4,
      ambiguous=True),
    T(D, "接受抗病毒治疗12个月后存活并坚持治疗的艾滋病病人达85%以上", "抗病毒治疗12个月存活率", R, ">=", 85,
      "%", Y, "rate", "up", scope=S4, ambiguous=True),
    T(D, "全死因病死率控制在3/100人年以下", "艾滋病病人全死因病死率", R, "<=", 3, "1/100人年", Y, "rate", "down",
      scope=S4, ambiguous=True),
    T(D, "梅毒年报告感染增长率控制在10%以下", "梅毒年报告感染增长率", R, "<=", 10, "%", Y, "rate", "down",
      scope=S4, ambiguous=True),
    T(D, "艾滋病致孤学龄儿童95%以上接受免费义务教育", "艾滋病致孤学龄儿童免费义务教育比例", R, ">=", 95, "%", Y,
      "rate", "up", scope=S4, ambiguous=True),
]

# de05 a template site's (wnwk) 行政村镇农民健康实施方案: a township's 农民健康工程 plan with its province blanked
# (`XX省`), its city unnamed (`市农民健康工程实施方案`) and its words respun (`效劳` for 服务, `到达` for 达到,
# `根本` for 基本, `开展` for 发展). Region 全镇 (the text's own word, as ap07's 全乡); year 2023 as written (`到
# 2023年`, surely a respun year, read as the text gives it, as ap07 and aa04 read theirs). Scored: the three
# `主要目标` — enrolment `超过90%` (`>`), public-health project compliance `到达85%`, check-ups of enrolled
# farmers `到达80%` (`到达` read as 达到: `>=`) — and in the tasks the yearly floor `每年都有80%以上的农民参加`
# (a floor for every year up to 2023, a figure of its own beside the 90%) and satisfaction `满意和根本满意率到达
# 85%以上`. Ambiguous: `主要指标到达全市平均以上水平` (held to the city's average, no number: value null). Not
# targets: `三个代表` (a name), the list marks `⑴⑵⑶`.
D, R, Y = "de05.txt", "全镇", 2023
A += [
    T(D, "主要指标到达全市平均以上水平", "农民健康主要指标", R, ">=", None, "%", Y, "rate", "up", ambiguous=True),
    T(D, "农民参加新型农村合作医疗率超过90%", "新农合参合率", R, ">", 90, "%", Y, "rate", "up"),
    T(D, "农村公共卫生效劳工程达标率到达85%", "农村公共卫生服务项目达标率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "参加新型农村合作医疗农民的健康体检率到达80%", "参合农民健康体检率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "确定每年都有80%以上的农民参加新型农村合作医疗", "新农合参合率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "满意和根本满意率到达85%以上", "参合农民满意和基本满意率", R, ">=", 85, "%", Y, "rate", "up"),
]

# de06 红网's 时刻新闻 page (zt.rednet, its header `时刻新闻 —分享—` kept) on 通道侗族自治县's meeting launching
# its 2016-2020 free 两癌 check scheme. Region 通道侗族自治县 (the scheme's title; `全县`, `通道县`), year 2016
# (`今年`; the address carries 2016/06/15). Scored: `今年检查任务为5403人` (a task number is an aim: `>=`, count,
# scope 农村适龄妇女, as au04 and aw03 keep tasks). Not targets: `2016-2020年` (the scheme's name), the age band
# `35-64岁` (who is checked), the dates `6月16日`, `11月30日`.
D, R, Y = "de06.txt", "通道侗族自治县", 2016
A += [
    T(D, "今年检查任务为5403人", "农村适龄妇女“两癌”免费检查人数", R, ">=", 5403, "人", Y, "count", "up",
      scope="农村适龄妇女"),
]

# de07 the distractor: 100md's copy of 中国中医药报's item of 2008-03-28 on 广西's mother-and-child results.
# Achieved figures only, two in aim words (`住院分娩率达93.14%`, `孕产妇死亡率下降至26.06/10万`, `婴儿死亡率下降
# 到12.64%。`, the last with its unit garbled), `提前4年实现…目标` (the 两纲 aims met, not restated), the project's
# sizes (`12个省份的46个项目县`, `4个县`, the present), the cycle `2006~2010` and the page number `编号:11572287`.
# No gold line: every prediction here is a false positive.

write_gold(A, HERE)
