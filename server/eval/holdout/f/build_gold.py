#!/usr/bin/env python3
"""Build hold-out set F's gold from the hand annotations below.

Usage: python3 build_gold.py  (docs/ -> gold.jsonl)
Set F (issue 14, sixth round: county- and city-level plans and their notices, gathered after set
E's round, annotated from the texts alone and scored once before any rule change). Its files are
ff01.txt… so no name clashes with the seeds, the development set or sets A-E.

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of
the quote in the UTF-8 text (str.find); a quote that occurs more than once names its occurrence
with occ= (0-based). Check with
  python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ff01 湘潭县卫生健康局 2020 民生实事 notice: a list of this year's counts and one sum; dates,
# a postcode and phone numbers around them. "2名 … 全覆盖(17个乡镇34名)": 34 names the total to
# reach; 2 per hospital says the same per unit (kept, not scored); 17个乡镇 is the present count.
D, R, Y = "ff01.txt", "湘潭县", 2020
A += [
    T(D, "所有建制乡镇医院2名全科医生全覆盖", "乡镇医院全科医生配备数", R, ">=", 2, "名", Y, "count", "up",
      scope="每个建制乡镇医院", ambiguous=True),
    T(D, "17个乡镇34名", "乡镇医院全科医生数", R, ">=", 34, "名", Y, "count", "up"),
    T(D, "村卫生室运行经费任务数192.6万元", "村卫生室运行经费", R, ">=", 192.6, "万元", Y, "amount", "up"),
    T(D, "孕产妇免费产前筛查5000人", "孕产妇免费产前筛查人数", R, ">=", 5000, "人", Y, "count", "up"),
    T(D, "推进乡级预防接种门诊数字化建设与儿童保健门诊规范化建设15家",
      "乡级预防接种门诊数字化与儿童保健门诊规范化建设数", R, ">=", 15, "家", Y, "count", "up"),
    T(D, "提质改造4家", "乡级预防接种门诊提质改造数", R, ">=", 4, "家", Y, "count", "up"),
    T(D, "救治救助贫困重性精神病患者180人", "贫困重性精神病患者救治救助人数", R, ">=", 180, "人", Y, "count", "up"),
    T(D, "免费为新生儿进行遗传代谢病筛查全覆盖(5000人)", "新生儿遗传代谢病免费筛查人数", R, ">=", 5000, "人", Y,
      "count", "up"),
]

# ff02 海口 美兰区 2018 (news, traditional with doubled glyphs, mangled 海口): this year's works;
# 45家 and 26.65万人 are 2017's achieved figures. The toilets are named twice. The 302.4万元 is a
# sum to spend, not an indicator to reach (kept, not scored); 120家 is a linked article's headline.
D, R, Y = "ff02.txt", "美兰区", 2018
A += [
    T(D, "將新改建1400座農(nóng)村廁所", "农村厕所新改建数", R, ">=", 1400, "座", Y, "count", "up"),
    T(D, "標(biāo)準(zhǔn)化衛(wèi)生院達(dá)標(biāo)率、行政村標(biāo)準(zhǔn)化衛(wèi)生室達(dá)標(biāo)率分別達(dá)到90%", "标准化卫生院达标率", R,
      ">=", 90, "%", Y, "rate", "up"),
    T(D, "行政村標(biāo)準(zhǔn)化衛(wèi)生室達(dá)標(biāo)率分別達(dá)到90%和98%以上", "行政村标准化卫生室达标率", R, ">=", 98, "%",
      Y, "rate", "up"),
    T(D, "投入302.4萬元用于區(qū)疾控中心、三江鎮(zhèn)和大致坡鎮(zhèn)等衛(wèi)生院污水處理設(shè)施建設(shè)",
      "卫生院污水处理设施建设投入", R, ">=", 302.4, "万元", Y, "amount", "up", ambiguous=True),
    T(D, "新改建農(nóng)村廁所1400座", "农村厕所新改建数", R, ">=", 1400, "座", Y, "count", "up"),
    T(D, "力爭引120家互聯(lián)網(wǎng)企業(yè)", "引进互联网企业数", R, ">=", 120, "家", Y, "count", "up", ambiguous=True),
]

# ff03 a county's 妇女儿童健康行动计划 2008-2012 (traditional, name replaced by xx): one 2012 target;
# the plan's years and the 纲要 years are not targets. It names itself only 我縣 (never 全縣): the
# document's own word (SCHEMA.md), 我县.
D, R = "ff03.txt", "我县"
A += [
    T(D, "到2012年覆蓋率達到90%以上", "妇女儿童公共卫生服务体系覆盖率", R, ">=", 90, "%", 2012, "rate", "up"),
]

# ff04 淄川区卫生健康局 2021 政府工作报告 tasks, fourth-quarter progress (a table flattened): 21 is a
# count of 名医基层工作室 (名 belongs to 名医, not a counting word); 40%/90%/50% are works done so
# far; the 2.5公里 service radius is a standard more than a figure to report (kept, not scored).
D, R, Y = "ff04.txt", "淄川区", 2021
A += [
    T(D, "建成21名医基层工作室", "名医基层工作室数", R, ">=", 21, "个", Y, "count", "up"),
    T(D, "建成以2.5公里为服务半径的村级医疗卫生服务体系", "村级医疗卫生服务半径", R, "<=", 2.5, "公里", Y, "amount",
      "down", ambiguous=True),
]

# ff05 保亭县住建局 计生 目标责任书 with building firms (docx text, 十三五, no year): five 100% rates
# for the firms' staff, two broken by line ends and two with a space before %; 16.87 KB, 3 pages,
# 一式两份 and 一星期内 are not targets.
D, R, Y, S = "ff05.txt", "保亭县", None, "施工企业所属人员"
A += [
    T(D, "符合法定生育率100 %", "符合法定生育率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "避孕措施落实率100 %", "避孕措施落实率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "办理生\n育服务证率100%", "办理生育服务证率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "流动人中《婚育证》持证率100%", "流动人口婚育证持证率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
    T(D, "建档率\n100%", "流动人口建档率", R, ">=", 100, "%", Y, "rate", "up", scope=S),
]

# ff06 湖州市 2023 要点 notice and its opening: 16819 (an action's name), 5张报表 (a named set of
# reports), 保五争三 (a slogan): no target.
# ff07 船山区's 卫生局 plan (范文 site, 20xx): 两个重点, 五项工作: no target.
# ff08 a port city's 2010 全市卫生工作 要点 (outline and general demands): no target.


def main():
    write_gold(A, HERE)


if __name__ == "__main__":
    main()
