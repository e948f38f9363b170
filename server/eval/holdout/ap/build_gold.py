#!/usr/bin/env python3
"""Build hold-out set AP's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AP (issue 14; gathered on main 0ee1c72, annotated and scored once before any further change —
its first contact is the honest measure of that code): query kinds no earlier set's SOURCES names —
a district's AIDS action plan to 2030, a city's AIDS "quality year" (spam-scrambled), a prefecture's
2008–2010 AIDS "people's war" with yearly training rates, the national syphilis plan 2010–2020 as
news, a city's numbered syphilis aims, a county's occupational-disease scheme (traditional, a 范文
site's copy) and a township's numbered immunisation aims (a 范文 site's copy, no year).
Files ap01.txt…, so no name clashes with the seeds, the development set or sets A–AO in
eval-extract's `all` row. It keeps its own builder (the T(...) form of ../gold_builder.py).

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before the extractor was run
on them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ap01 渝北区's notice of its AIDS action plan 2025–2030 (a district of 重庆; the page opens with the
# portal's index fields). One aim for three ratios (`均达到95%以上`): one target with the joint name,
# as SCHEMA's `门诊和住院次均费用增长率` (and ae03, ah01). The media's `每季度至少开展1次` is a norm of
# how often an activity runs rather than a level to reach (ambiguous, as ao07's yearly check-up).
# `(2024—2030年)`, `51号`, `16号`, `24号`, the dates and the index number are not aims.
D, R, Y = "ap01.txt", "渝北区", 2030
A += [
    T(D, "全区艾滋病诊断发现比例、治疗覆盖比例、治疗病人病毒抑制比例均达到95%以上",
      "艾滋病诊断发现比例、治疗覆盖比例和治疗病人病毒抑制比例", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "每季度至少开展1次艾滋病防治的公益宣传", "艾滋病防治公益宣传次数", R, ">=", 1, "次", Y, "count", "up",
      scope="区级主流媒体", ambiguous=True),
]

# ap02 a spam page's copy of 掌上梅州's item on 梅州市's three-year AIDS "quality year" scheme: the
# copy splices fragments of its own title (`年艾年活`, `滋病质量州印`, `防治发方`, `动梅`) and an
# advert (`AG超玩会`) into the sentences, and the quotes keep them. Aims `到2025年`; the measures
# that follow (`对新报告感染者100%提供治疗转介`, `30天内…80%以上`, `至少设置一个` clinic per county) are
# the scheme's own quantities for the same three years, so 2025 too. `90%的感染者通过检测知晓…` is a
# share written before its subject (a floor). `30天内` is a deadline inside a name, `三年` the span.
D, R, Y = "ap02.txt", "梅州市", 2025
A += [
    T(D, "各类人群艾滋病防治知识知晓率达90%以上", "艾滋病防治知识知晓率", R, ">=", 90, "%", Y, "rate", "up",
      scope="各类人群"),
    T(D, "青年学生达95%以上", "艾滋病防治知识知晓率", R, ">=", 95, "%", Y, "rate", "up", scope="青年学生"),
    T(D, "易感染艾滋病危险行为人群的滋病质量州印预防干预覆盖率达90%", "易感染艾滋病危险行为人群预防干预覆盖率", R,
      ">=", 90, "%", Y, "rate", "up"),
    T(D, "90%的感染者通过检测知晓自己的感染状况", "感染者检测知晓感染状况比例", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "感染者和病人接受抗病毒治疗比例达95%以上", "感染者和病人接受抗病毒治疗比例", R, ">=", 95, "%", Y, "rate",
      "up"),
    T(D, "病毒载量检测比例达95%以上", "接受抗病毒治疗的感染者和病人病毒载量检测比例", R, ">=", 95, "%", Y, "rate",
      "up"),
    T(D, "治疗成功率达95%以上", "抗病毒治疗成功率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "全市层面艾滋病母婴传播率降至2%以下", "艾滋病母婴传播率", R, "<=", 2, "%", Y, "rate", "down"),
    T(D, "每个县(市、区)至少设置一个艾滋病自愿咨询检测门诊", "艾滋病自愿咨询检测门诊数", R, ">=", 1, "个", Y,
      "count", "up", scope="每个县(市、区)"),
    T(D, "对新报告感染者100%提供治疗转介", "新报告感染者治疗转介比例", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "确诊后30天内接受抗病毒治疗比例80%以上", "符合治疗条件的新报告感染者确诊后30天内接受抗病毒治疗比例", R,
      ">=", 80, "%", Y, "rate", "up"),
]

# ap03 a law site's copy (法搜网) of 德宏州's 2008 notice of its AIDS "people's war" scheme 2008–2010.
# Training rates of party cadres and young activists: 2008's two floors (one for cadres from the
# township level up, one for villages in high-prevalence and border areas: scopes) and 2010's joint
# `均达100%` (both groups). The region is the prefecture the text names (德宏州). `(2008──2010年)`,
# `287号` and the date are not aims; `到2010年,基本建立…` has no number.
D, R = "ap03.txt", "德宏州"
A += [
    T(D, "2008年乡(镇)级以上党员干部、青年骨干培训率达95%", "党员干部、青年骨干艾滋病防治培训率", R, ">=", 95,
      "%", 2008, "rate", "up", scope="乡(镇)级以上"),
    T(D, "艾滋病高流行区和边境地区的村(居)委会党员干部、青年骨干培训率达95%", "党员干部、青年骨干艾滋病防治培训率",
      R, ">=", 95, "%", 2008, "rate", "up", scope="艾滋病高流行区和边境地区村(居)委会"),
    T(D, "2010年培训率均达100%", "党员干部、青年骨干艾滋病防治培训率", R, ">=", 100, "%", 2010, "rate", "up"),
]

# ap04 a hospital site's 2011 copy of the news on the ministry's syphilis plan 2010–2020 (全国):
# the 2015 aims (a ceiling on the growth of the primary and secondary syphilis rate, a ceiling on
# congenital syphilis per 100,000 live births) and the 2020 ceiling. The page states the 2015 aims
# three times: twice in its `核心提示` (the first cut off at `活产数 ...`) and once in the body; the
# restatements in the two leads are ambiguous (as AL and AO keep a restating headline), the body's
# are scored. `呈下降趋势` and `基本消除` have no number; `15~49岁` is an age band, `5年`/`10年` spans.
D, R = "ap04.txt", "全国"
A += [
    T(D, "全国一期和二期梅毒年报告发病率增长幅度控制在5%以下", "一期和二期梅毒年报告发病率增长幅度", R, "<=", 5, "%",
      2015, "rate", "down", ambiguous=True, occ=0),
    T(D, "全国先天梅毒年报告发病率控制在30/10万活产数", "先天梅毒年报告发病率", R, "<=", 30, "1/10万", 2015, "rate",
      "down", ambiguous=True, occ=0),
    T(D, "全国一期和二期梅毒年报告发病率增长幅度控制在5%以下", "一期和二期梅毒年报告发病率增长幅度", R, "<=", 5, "%",
      2015, "rate", "down", ambiguous=True, occ=1),
    T(D, "全国先天梅毒年报告发病率控制在30/10万活产数", "先天梅毒年报告发病率", R, "<=", 30, "1/10万", 2015, "rate",
      "down", ambiguous=True, occ=1),
    T(D, "全国一期和二期梅毒年报告发病率增长幅度控制在5%以下", "一期和二期梅毒年报告发病率增长幅度", R, "<=", 5, "%",
      2015, "rate", "down", occ=2),
    T(D, "全国先天梅毒年报告发病率控制在30/10万活产数", "先天梅毒年报告发病率", R, "<=", 30, "1/10万", 2015, "rate",
      "down", occ=2),
    T(D, "全国先天梅毒年报告发病率控制在15/10万活产数以下", "先天梅毒年报告发病率", R, "<=", 15, "1/10万", 2020,
      "rate", "down"),
]

# ap05 a clinic site's copy of 信息时报's 2017 item on 广州市's syphilis scheme: a numbered list of aims
# whose numbers run straight into the text (`1一期…`, `4性病…`, `5艾滋病…`, `6孕产妇…`; 2 and 3 are
# missing in the copy) and stops at `7梅毒`. No year is given for the aims (`两三年内`): the item's
# year, 2017. `分别达到95%` after two groups with one number is one target with both groups as scope;
# `均达到 90%以上` (a space before the number) is one joint target. `第3、4、5位`, `40%是男同性恋`
# (the present) and `11个区` are not aims.
D, R, Y = "ap05.txt", "广州市", 2017
A += [
    T(D, "先天梅毒年报病率在15/10万活产数以下", "先天梅毒年报告发病率", R, "<=", 15, "1/10万", Y, "rate", "down"),
    T(D, "性病诊疗机构(或门诊)对性病就诊者主动提供梅毒咨询检测服务的比例达到90%", "主动提供梅毒咨询检测服务比例", R,
      ">=", 90, "%", Y, "rate", "up", scope="性病诊疗机构(或门诊)"),
    T(D, "梅毒患者接受规范化诊疗服务的比例达到90%", "梅毒患者接受规范化诊疗服务比例", R, ">=", 90, "%", Y, "rate",
      "up"),
    T(D, "服药者免费梅毒检测率分别达到95%", "免费梅毒检测率", R, ">=", 95, "%", Y, "rate", "up",
      scope="VCT门诊受检者和MMT门诊服药者"),
    T(D, "为梅毒抗体阳性者提供必要转诊服务的比例达到95%", "梅毒抗体阳性者转诊服务比例", R, ">=", 95, "%", Y, "rate",
      "up"),
    T(D, "孕产妇梅毒检测率达到95%以上", "孕产妇梅毒检测率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "感染梅毒的孕产妇及所生婴儿接受规范诊疗服务的比例均达到 90%以上", "感染梅毒孕产妇及所生婴儿接受规范诊疗服务比例",
      R, ">=", 90, "%", Y, "rate", "up"),
]

# ap06 a 范文 site's copy (traditional, glosses such as `點(diǎn)`) of a county's scheme for the
# occupational-disease people's project: the county is not named (`我縣`, `全縣`: region 全县, as
# SCHEMA's `全市`) and no year is written (null). One aim: reports of monitoring information on the
# 28 key occupational diseases, `不低于583條` (a count in 条). `28種` names the hazards and diseases
# covered, not an aim.
D, R, Y = "ap06.txt", "全县", None
A += [
    T(D, "重點(diǎn)職業(yè)病監(jiān)測信息上報(bào)不低于583條", "重点职业病监测信息上报数", R, ">=", 583, "条", Y,
      "count", "up"),
]

# ap07 a 范文 site's copy of a township's yearly epidemic-prevention plan (`我乡`, `全乡`, once `全镇`:
# region 全乡; `xxx年`: year null). Its section 三、目标指标 is a numbered list: the five vaccines'
# coverage in every village, the two encephalitis vaccines' (`达85%`, a bare 达: a floor), card and
# certificate rates; the copy stops at `发证率达90%以` (read as 以上). `0—7岁` and `1岁以内` are age
# bands, `两个效益` a slogan.
D, R, Y = "ap07.txt", "全乡", None
A += [
    T(D, "乙肝苗(以下简称“五苗”)每村接种率达90%以上", "五苗接种率", R, ">=", 90, "%", Y, "rate", "up",
      scope="1岁以内儿童"),
    T(D, "乙脑(以下简称“两脑”)每村接种率达85%", "两脑接种率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "各村建卡率达95%以上", "建卡率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "发证率达90%以", "发证率", R, ">=", 90, "%", Y, "rate", "up"),
]

write_gold(A, HERE)
