#!/usr/bin/env python3
"""Build hold-out set AM's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set AM (issue 14; gathered after set AL's round, annotated and scored once before any further
change — its first contact is the honest measure of the code on main ab0158e): primary care and
public health service — a town's measles catch-up campaign (2013), the national health education
and promotion plan 2005–2010 (a content farm's copy), the national tuberculosis plan 2011–2015
(traditional, with glosses, under a spam header), the 2016 national guidance on family doctor
contracts (an abstract page with an English gloss), the 2018 per-capita funding of the basic
public health service, the 2019 aim for county medical communities (医共体) and a province's
hepatitis B / Japanese encephalitis catch-up (traditional, spam-laced).
Files am01.txt…, so no name clashes with the seeds, the development set or sets A–AL in
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

# am01 an essay site's copy of a town's 2013 scheme for a measles supplementary immunisation
# campaign (`结合我镇…对全镇`; the town is not named, so the document's own word 全镇). One aim:
# one number for two coverage rates (`均`: one target, joint name). `以乡镇为单位` is how coverage
# is counted, no scope of its own (as set AK's `以县为单位`). The 2012 elimination aim has no
# number; `1针次` is the dose, `8月龄-3岁` the ages, `1074字` the site's paywall note.
D, R, Y = "am01.txt", "全镇", 2013
A += [
    T(D, "目标人群麻疹疫苗补充免疫和查漏补种接种率均达到95%以上", "麻疹疫苗补充免疫和查漏补种接种率", R, ">=", 95, "%",
      Y, "rate", "up"),
]

# am02 a content farm's list copy of the national health education and promotion plan
# (2005–2010): the aims are for 2010 (`至2010年`), region 全国 (`我国`). Lists with 分别 give one
# target per number; the quote runs from the indicator to its own number, and the group each
# number is for (east / centre / west rural, city / country pupils) is scope. The rural behaviour
# rates follow the knowledge rates in the same sentence and keep their three regions. `60 %` has
# a space before the sign. `1、`…`11、` are list numbers.
D, R, Y = "am02.txt", "全国", 2010
K = "农村居民基本卫生知识知晓率"
B = "人群健康相关行为形成率"
A += [
    T(D, "东部、中部、西部地区农村居民基本卫生知识知晓率分别达到80%", K, R, ">=", 80, "%", Y, "rate", "up",
      scope="东部地区"),
    T(D, "中部、西部地区农村居民基本卫生知识知晓率分别达到80%、70%", K, R, ">=", 70, "%", Y, "rate", "up",
      scope="中部地区"),
    T(D, "西部地区农村居民基本卫生知识知晓率分别达到80%、70%、60%", K, R, ">=", 60, "%", Y, "rate", "up",
      scope="西部地区"),
    T(D, "人群健康相关行为形成率分别达到70%", B, R, ">=", 70, "%", Y, "rate", "up", scope="东部地区农村"),
    T(D, "人群健康相关行为形成率分别达到70%、60%", B, R, ">=", 60, "%", Y, "rate", "up", scope="中部地区农村"),
    T(D, "人群健康相关行为形成率分别达到70%、60%和50%", B, R, ">=", 50, "%", Y, "rate", "up", scope="西部地区农村"),
    T(D, "城市居民健康知识知晓率和健康行为形成率,分别达到80%", "城市居民健康知识知晓率", R, ">=", 80, "%", Y, "rate",
      "up"),
    T(D, "健康行为形成率,分别达到80%和60 %以上", "城市居民健康行为形成率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "中、小学生健康知识知晓率城市、农村分别达到90%", "中小学生健康知识知晓率", R, ">=", 90, "%", Y, "rate", "up",
      scope="城市"),
    T(D, "中、小学生健康知识知晓率城市、农村分别达到90%、80%", "中小学生健康知识知晓率", R, ">=", 80, "%", Y, "rate",
      "up", scope="农村"),
    T(D, "中、小学生健康行为形成率城市、农村分别达到70%", "中小学生健康行为形成率", R, ">=", 70, "%", Y, "rate", "up",
      scope="城市"),
    T(D, "中、小学生健康行为形成率城市、农村分别达到70%、60%", "中小学生健康行为形成率", R, ">=", 60, "%", Y, "rate",
      "up", scope="农村"),
    T(D, "患者及家属相关疾病自我保健知识知晓率达到80%", "患者及家属相关疾病自我保健知识知晓率", R, ">=", 80, "%", Y,
      "rate", "up"),
]

# am03 a spam-headed local news site's copy (traditional, with glosses such as `結(jié)`) of 新华网's
# item on the national tuberculosis plan 2011–2015: the aims are for the plan's five years, so
# its end year 2015 (the page's dateline 2014-05-20 is the repost's; the item is of 12月8日).
# `400萬` has no counting word after it: people found and treated, 4,000,000 人. The HIV-testing
# aim binds the 艾滋病流行重点县(市) only (scope). `以市(地)為單位` is how coverage is counted (no
# scope). `1毛錢`, `10658300` are the site's SMS advert.
D, R, Y = "am03.txt", "全国", 2015
A += [
    T(D, "全國肺結(jié)核患者發(fā)現(xiàn)并治療管理人數(shù)達到400萬", "肺结核患者发现并治疗管理人数", R, ">=", 4000000, "人", Y,
      "count", "up"),
    T(D, "新涂陽肺結(jié)核患者的治愈率保持在85%以上", "新涂阳肺结核患者治愈率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "涂陽肺結(jié)核患者密切接觸者篩查率達到95%以上", "涂阳肺结核患者密切接触者筛查率", R, ">=", 95, "%", Y,
      "rate", "up"),
    T(D, "報告肺結(jié)核患者和疑似肺結(jié)核患者的總體到位率達到90%以上", "报告肺结核患者和疑似肺结核患者总体到位率", R, ">=",
      90, "%", Y, "rate", "up"),
    T(D, "全國以市(地)為單位開展耐多藥肺結(jié)核診治工作覆蓋率達到50%", "耐多药肺结核诊治工作覆盖率", R, ">=", 50, "%",
      Y, "rate", "up"),
    T(D, "耐多藥肺結(jié)核可疑者篩查率達到60%", "耐多药肺结核可疑者筛查率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "艾滋病病毒感染者結(jié)核病的篩查率達到90%", "艾滋病病毒感染者结核病筛查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "衛(wèi)生部確定的艾滋病流行重點縣(市)結(jié)核病患者艾滋病病毒的篩查率達到70%", "结核病患者艾滋病病毒筛查率", R,
      ">=", 70, "%", Y, "rate", "up", scope="艾滋病流行重点县(市)"),
    T(D, "全民結(jié)核病防治核心信息知曉率達到85%", "结核病防治核心信息知晓率", R, ">=", 85, "%", Y, "rate", "up"),
]

# am04 an abstract page on the 2016 national guidance on family doctor contracts, with an English
# gloss (not annotated: it restates the Chinese). The two coverage aims are for 2017; the second
# is the same rate among priority groups (scope 重点人群, as SCHEMA's own example). The 200 pilot
# cities of the public-hospital reform are a set that exists already; whether `在200个…城市开展`
# sets a count to reach is a reading annotators could differ on: ambiguous. The 2020 aim
# (`全人群`, `全覆盖`) has no number.
D, R = "am04.txt", "全国"
A += [
    T(D, "2016年,我国要在200个公立医院综合改革试点城市开展家庭医生签约服务", "开展家庭医生签约服务的试点城市数", R,
      ">=", 200, "个", 2016, "count", "up", ambiguous=True),
    T(D, "家庭医生签约服务覆盖率达到30%以上", "家庭医生签约服务覆盖率", R, ">=", 30, "%", 2017, "rate", "up"),
    T(D, "重点人群签约服务覆盖率达到60%以上", "家庭医生签约服务覆盖率", R, ">=", 60, "%", 2017, "rate", "up",
      scope="重点人群"),
]

# am05 a site's copy of the 2018 national notice on the basic public health service: the
# per-capita funding rises from 50 to 55 yuan (`从50元提高至55元`: the aim is the new level, 55
# 元; 50 is the old). The second paragraph restates the same sentence word for word: ambiguous
# (as set AK keeps restatements). `12类项目` names the existing package, `两个项目` two named
# funds (no targets).
D, R, Y = "am05.txt", "全国", 2018
Q = "2018年人均基本公共卫生服务经费补助标准从50元提高至55元"
A += [
    T(D, Q, "人均基本公共卫生服务经费补助标准", R, ">=", 55, "元", Y, "amount", "up", occ=0),
    T(D, Q, "人均基本公共卫生服务经费补助标准", R, ">=", 55, "元", Y, "amount", "up", occ=1, ambiguous=True),
]

# am06 a spam site's repost (dated 2021) of 央视网's 2019 item: this year (`今年`, 2019 by the
# headline) 500 county medical communities are to be built. The headline restates the body's
# aim: ambiguous (as set AL's restating heading). `2388个` is the present count, and 长兴县's
# `县域内就诊率达到90%` is what the county has achieved after four years (no aim).
D, R, Y = "am06.txt", "全国", 2019
A += [
    T(D, "2019年重点建设500个县域医共体", "重点建设县域医共体数", R, ">=", 500, "个", Y, "count", "up",
      ambiguous=True),
    T(D, "今年,全国将重点建设500个县域医共体", "重点建设县域医共体数", R, ">=", 500, "个", Y, "count", "up"),
]

# am07 a betting-spam page's copy (traditional) of a province's note on catch-up hepatitis B and
# Japanese encephalitis vaccination. The page says only `我省` (that 五指山、三亞、海口 lie in 海南
# is not plain from the text), so the document's own word 全省; no year is given (`本年`; the
# `2025-2025年間` is the spam site's garble), so year null. One aim: the JE catch-up coverage among
# children who missed it (scope). The counts of 7 and 6 市縣 only total the places named before
# them, in this year's plan: list counts, ambiguous (seeds' judgement 10). `1針` is the dose,
# `7歲`, `10歲以下` ages.
D, R = "am07.txt", "全省"
A += [
    T(D, "確保漏種兒童乙腦疫苗補種接種率到達90%", "乙脑疫苗补种接种率", R, ">=", 90, "%", None, "rate", "up",
      scope="漏种儿童"),
    T(D, "五指山、保亭、瓊中、陵水、白沙、昌江、樂東等7個市縣", "乙肝疫苗查漏补种市县数", R, "=", 7, "个", None, "count",
      "up", ambiguous=True),
    T(D, "三亞、樂東、儋州、澄邁、東方、海口等6個市縣", "乙脑疫苗查漏补种重点市县数", R, "=", 6, "个", None, "count",
      "up", ambiguous=True),
]

if __name__ == "__main__":
    write_gold(A, HERE)
