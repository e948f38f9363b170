#!/usr/bin/env python3
"""Build hold-out set BL's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set BL (gathered on main edaa1ee, after the BF/BG/BK first contact, and annotated before any extractor
run: the annotator ran none on these texts; it is to be scored once by the lead engineer, so the set is
unspent): 昆山's 2016 work-meeting aims (a city; ten aims in one sentence), a county's 2017 计生
meeting aims, 河南's 2010 population ceilings beside a forecast, 潍坊's 2026 民生实事 for primary care
(a city's government work report, beside achieved figures), the national 2015 aims of the rural health
poverty plan (a journal abstract), 石家庄's village-clinic building this year (a journal abstract; most
figures are work under way) and a township hospital's 2011 public-health summary (泽口, achieved
figures only: the distractor). Files bl01.txt…, so no name clashes with the seeds, the development
set or the other sets.

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

# bl01 中国国际新闻台 (2016-02-26): 昆山's city health and family-planning work meeting, `今年…主要目标包括`.
# Region 昆山市: the text names the city (`健康昆山`, `我市`). Year 2016, the page's date (`今年`, as AM
# and AS take the item's year). Ten aims, all scored. `千人医生数`/`千人床位数` are counts per thousand
# (as ab01, ab06). `床位使用率达85%左右` aims at a value on a neutral indicator: `~`, band. `药占比下降2个
# 百分点左右` is a change in points, named for the change (SCHEMA; as aa01), `~`, up (a larger fall is
# better). The two death rates share one `分别…以下` clause: each quote runs from the list's head to
# its own value (as bk02), both `<=`. `人均期望寿命达83.5岁左右`: `~`, up (as ai03's 岁, amount).
D, R, Y = "bl01.txt", "昆山市", 2016
L = "孕产妇死亡率和婴儿死亡率分别稳定在5/10万"
A += [
    T(D, "千人医生数达2.6人", "每千人口医生数", R, ">=", 2.6, "人", Y, "count", "up"),
    T(D, "千人床位数达4.2张", "每千人口床位数", R, ">=", 4.2, "张", Y, "count", "up"),
    T(D, "床位使用率达85%左右", "床位使用率", R, "~", 85, "%", Y, "rate", "band"),
    T(D, "药占比下降2个百分点左右", "药占比下降幅度", R, "~", 2, "个百分点", Y, "rate", "up"),
    T(D, "基层医疗卫生服务机构完成门急诊人次占全市总量的50%以上", "基层医疗卫生机构门急诊人次占比", R, ">=", 50,
      "%", Y, "rate", "up"),
    T(D, "人均期望寿命达83.5岁左右", "人均期望寿命", R, "~", 83.5, "岁", Y, "amount", "up"),
    T(D, L, "孕产妇死亡率", R, "<=", 5, "1/10万", Y, "rate", "down"),
    T(D, L + "和4‰以下", "婴儿死亡率", R, "<=", 4, "‰", Y, "rate", "down"),
    T(D, "甲乙类传染病报告发病率控制在110/10万以下", "甲乙类传染病报告发病率", R, "<=", 110, "1/10万", Y, "rate",
      "down"),
    T(D, "居民健康素养指数达23.5%", "居民健康素养水平", R, ">=", 23.5, "%", Y, "rate", "up"),
]

# bl02 a county news site (no county named: `全县`, `我县`, so region `全县`, the text's own word, as AP
# and BK do) on the 2017 county population and family-planning meeting: five aims for the year, all
# scored. `出生人口性别比控制在112以内` takes the unit earlier sets use for the ratio (`男/100女`: AK, AR),
# down. `2016年度…奖惩名单` is a past year's list: no target.
D, R, Y = "bl02.txt", "全县", 2017
A += [
    T(D, "出生人口政策符合率达93%以上", "出生人口政策符合率", R, ">=", 93, "%", Y, "rate", "up"),
    T(D, "出生人口性别比控制在112以内", "出生人口性别比", R, "<=", 112, "男/100女", Y, "rate", "down"),
    T(D, "人口统计准确率达95%以上", "人口统计准确率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "计划生育法定奖励兑现率达100%", "计划生育法定奖励兑现率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "群众满意率达90%以上", "计划生育群众满意率", R, ">=", 90, "%", Y, "rate", "up"),
]

# bl03 a resource site's copy of a 2010 news item on 河南's population: the first half is a forecast
# (`预测`, `预计`: 3800人左右 a day, 145万 a year, 70万, `7‰左右`, 1.04亿 and 1.07亿 in 2015/2020, a peak of
# 1.073亿): no targets, none marked. The province's requirement for the end of 2010 gives three
# ceilings, all scored: the total population (`1.01亿以内`, no counting word: 101000000 人, as the
# development set's d03 writes 14.2亿), the birth rate and the natural growth rate (`人口自增率`, named in
# full). The birth-defect figures (5万至8万个, 9.8‰) describe the present; `2010年争取实现全覆盖` has no
# number.
D, R, Y = "bl03.txt", "河南省", 2010
A += [
    T(D, "2010年年末总人口要控制在1.01亿以内", "总人口", R, "<=", 101000000, "人", Y, "count", "down"),
    T(D, "人口出生率控制在12.65‰以内", "人口出生率", R, "<=", 12.65, "‰", Y, "rate", "down"),
    T(D, "人口自增率控制在6.5‰以内", "人口自然增长率", R, "<=", 6.5, "‰", Y, "rate", "down"),
]

# bl04 a 网易号 repost of 齐鲁网 (2026-01-14): 潍坊's government work report. Last year's results (4个 省级
# 区域医疗中心, 1个 重点专科, 5991名 donors honoured) are achieved: no targets. The 2026 新办民生实事 for
# primary care give three counts, all scored, `>=` (a bare number to do: implied 达到): 30 county
# sub-centres strengthened, 1000 village clinics upgraded, 30 featured specialties built. `二级综合医院`
# is a grade, no figure.
D, R, Y = "bl04.txt", "潍坊市", 2026
A += [
    T(D, "全面增强30处县域医疗服务次中心服务能力", "服务能力提升的县域医疗服务次中心数", R, ">=", 30, "处", Y, "count",
      "up"),
    T(D, "改造提升村卫生室1000处", "改造提升村卫生室数", R, ">=", 1000, "处", Y, "count", "up"),
    T(D, "建设乡镇卫生院(社区卫生服务中心)基层特色专科30个", "乡镇卫生院基层特色专科建设数", R, ">=", 30, "个", Y,
      "count", "up"),
]

# bl05 a journal abstract (本刊讯) on the national 农村卫生和计划生育扶贫 plan: the aims for 2015 in poor
# areas. `每个乡镇有1所政府举办的卫生院` is a floor per township (as AP and AH give `每个县…至少…1`) with
# scope for the unit; `每个行政村有卫生室` has no number. `参合率稳定在90%以上` is scored with scope 贫困地区.
# The English half restates the Chinese (`stable at 90%`): not annotated, as BK's bk04 leaves its English
# half. The text stops mid-word (`逐步提高儿`) where the corpus cuts it.
D, R, Y = "bl05.txt", "全国", 2015
A += [
    T(D, "每个乡镇有1所政府举办的卫生院", "政府举办的乡镇卫生院数", R, ">=", 1, "所", Y, "count", "up",
      scope="贫困地区每个乡镇"),
    T(D, "新型农村合作医疗参合率稳定在90%以上", "新农合参合率", R, ">=", 90, "%", Y, "rate", "up", scope="贫困地区"),
]

# bl06 a journal abstract on 石家庄's standard village clinics this year (no date in the text: year null,
# as AW's `今年` with no date). Region 石家庄市 for the city's aim. Scored: the city's year task to build
# standard clinics for 4467 villages (`为4467个行政村建设`, `>=`). Ambiguous: the money (`投入3亿元`, of it
# `9000万元` from the city) is a budget allotted, not an aim to reach (as av04's 170亿, `=`); 正定's 60
# villages (`新建卫生室工程全面铺开`) and 栾城's 92 clinics (`今年新建的…已完成封顶`) are this year's builds
# told as work under way, the counts of the county parts of the city's task.
D, R, Y = "bl06.txt", "石家庄市", None
A += [
    T(D, "为4467个行政村建设标准化卫生室", "标准化村卫生室建设数", R, ">=", 4467, "个", Y, "count", "up"),
    T(D, "今年该市投入3亿元", "标准化村卫生室建设投入", R, "=", 300000000, "元", Y, "amount", "up", ambiguous=True),
    T(D, "市级财政安排9000万元专项补贴资金", "标准化村卫生室市级专项补贴资金", R, "=", 9000, "万元", Y, "amount", "up",
      ambiguous=True),
    T(D, "正定县60个村新建卫生室", "新建村卫生室数", "正定县", ">=", 60, "个", Y, "count", "up", ambiguous=True),
    T(D, "栾城县今年新建的92个村卫生室", "新建村卫生室数", "栾城县", ">=", 92, "个", Y, "count", "up", ambiguous=True),
]

# bl07 a document site's copy of 泽口卫生院's 2011 public-health summary (a township hospital in 潜江
# 经济开发区): 23662 residents, 19459 records, 建档率 82.5%, 18171 qualified, 合格率 76.8% are achieved;
# `2021年x月x日` is the copier's header. The distractor: no target.

if __name__ == "__main__":
    write_gold(A, HERE)
