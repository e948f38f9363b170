#!/usr/bin/env python3
"""Build hold-out set W's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set W (issue 14; gathered after the rounds of sets Q–U, annotated and scored once before any
change): multi-year plans with indicator lists — the 健康中国行动 of 2019 in the news (its 健康素养
targets for 2022 and 2030, and its 2022 考核指标 in a Hong Kong paper), a guidance on 健康城乡
创建 with aims for 2025, 海南省's 人均预期寿命 plan for 2023 and 2025, the 爱国卫生 chapter of the
健康中国2030 纲要, 宝应县's 十四五 health plan (its aims list), the 十五五 life-expectancy aim in
the news — and four pages with no target: the background of the national 十四五 中医药 plan (figures
to the end of 2020), and three that only report (75 years of women's and children's health, the
健康中国行动's progress in 2022, the 十四五's results in 2025). Files ww01.txt…, so no name clashes
with the seeds, the development set or sets A–V in eval-extract's `all` row. It keeps its own
builder (the T(...) form of ../gold_builder.py) so that sets gathered at the same time do not
edit one file.

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

# ww01 (traditional script) 新华网 (Jul 2019) on the 健康中国行动's 健康知识普及行动 (全国). The headline
# repeats the 2030 literacy aim (kept, as headlines are in the earlier sets). `到2022年不低于22%,
# 到2030年不低于30%` is two targets with two years. `2017年…全國平均值是14.18%` is reported. The
# paragraph `到2030年,…` lists seven aims for 2030: six kinds of literacy (the leading 全國居民 names
# the population for all of them, so the titles drop it) and the blood-donation rate, written `25%`
# on the page (kept as written).
D, R = "ww01.txt", "全国"
A += [
    T(D, "居民健康素養水平至2030年提升至30%", "居民健康素养水平", R, ">=", 30, "%", 2030, "rate", "up"),
    T(D, "全國居民健康素養水平到2022年不低于22%", "居民健康素养水平", R, ">=", 22, "%", 2022, "rate", "up"),
    T(D, "到2030年不低于30%", "居民健康素养水平", R, ">=", 30, "%", 2030, "rate", "up"),
    T(D, "全國居民基本知識和理念素養水平達45%及以上", "基本知识和理念素养水平", R, ">=", 45, "%", 2030, "rate",
      "up"),
    T(D, "健康生活方式與行為素養水平達25%及以上", "健康生活方式与行为素养水平", R, ">=", 25, "%", 2030, "rate",
      "up"),
    T(D, "基本技能素養水平達30%及以上", "基本技能素养水平", R, ">=", 30, "%", 2030, "rate", "up"),
    T(D, "居民基本醫療素養水平達28%及以上", "基本医疗素养水平", R, ">=", 28, "%", 2030, "rate", "up"),
    T(D, "慢性病防治素養水平達30%及以上", "慢性病防治素养水平", R, ">=", 30, "%", 2030, "rate", "up"),
    T(D, "傳染病防治素養水平達25%及以上", "传染病防治素养水平", R, ">=", 25, "%", 2030, "rate", "up"),
    T(D, "人口獻血率達25%", "人口献血率", R, ">=", 25, "%", 2030, "rate", "up"),
]

# ww02 (traditional script) 東方日報 (Jul 2019) on the State Council's 健康中国行动 意见 (全国): the
# 考核指标 for `二○二二年` — life expectancy in Chinese numerals (`七七點七歲`, 77.7), the premature
# death rate from major chronic disease (a ceiling), and pupils' daily sport time at school
# (`不少於一小時`, 1 小时, a floor as in set O's oo07). `到三○年` (2030) names no number.
D, R, Y = "ww02.txt", "全国", 2022
A += [
    T(D, "全國人均預期壽命要提升至七七點七歲", "人均预期寿命", R, ">=", 77.7, "岁", Y, "amount", "up"),
    T(D, "重大慢性病過早死亡率降至15.9%", "重大慢性病过早死亡率", R, "<=", 15.9, "%", Y, "rate", "down"),
    T(D, "中小學生每天校內體育活動時間不少於一小時", "中小学生每天校内体育活动时间", R, ">=", 1, "小时", Y, "amount",
      "up"),
]

# ww03 a guidance on 健康城乡创建 (no place named; the page's own word is 城乡, as set T's tt04), with
# aims `到2025年实现以下目标:` as a bare list (no verb on the counts: `建成300个…、1000个…、5000个…`
# is three counts sharing 建成). `2025年前完成200万户问题厕所整改` is a count of households.
# `黑臭水体动态清零` has no number (清零 like 全覆盖: not a target). The green-space floor for new
# communities is a standard the plan sets, year 2025 as the plan's year.
D, R, Y = "ww03.txt", "城乡", 2025
A += [
    T(D, "城乡居民健康素养水平达到25%以上", "城乡居民健康素养水平", R, ">=", 25, "%", Y, "rate", "up"),
    T(D, "农村卫生厕所普及率稳定在90%以上", "农村卫生厕所普及率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "基层医疗卫生机构标准化建设达标率100%", "基层医疗卫生机构标准化建设达标率", R, ">=", 100, "%", Y, "rate",
      "up"),
    T(D, "建成300个国家级健康县区", "国家级健康县区建成数", R, ">=", 300, "个", Y, "count", "up"),
    T(D, "1000个健康乡镇", "健康乡镇建成数", R, ">=", 1000, "个", Y, "count", "up"),
    T(D, "5000个健康村", "健康村建成数", R, ">=", 5000, "个", Y, "count", "up"),
    T(D, "2025年前完成200万户问题厕所整改", "问题厕所整改户数", R, ">=", 2000000, "户", Y, "count", "up"),
    T(D, "新建社区人均公园绿地面积不低于15平方米", "人均公园绿地面积", R, ">=", 15, "平方米", Y, "amount", "up",
      scope="新建社区"),
]

# ww04 中国网 (Aug 2022) on 海南省's 人均预期寿命提升行动计划(2022—2025年): two aims with their years
# (2023: 80岁, 2025: 81岁). `(2022—2025年)` is the plan's span, `5月24日` a date.
D, R = "ww04.txt", "海南省"
A += [
    T(D, "2023年全省人均预期寿命达到80岁", "人均预期寿命", R, ">=", 80, "岁", 2023, "amount", "up"),
    T(D, "2025年全省人均预期寿命达到81岁", "人均预期寿命", R, ">=", 81, "岁", 2025, "amount", "up"),
]

# ww05 the 健康中国2030 规划纲要's chapter 13 (爱国卫生, 全国): one number, the share of cities that
# are 国家卫生城市 by 2030 (as set E's ee10 names the 2020 share). `基本都能用上无害化卫生厕所`,
# `全覆盖` and `一批…示范市` give no number.
D, R, Y = "ww05.txt", "全国", 2030
A += [
    T(D, "国家卫生城市数量提高到全国城市总数的50%", "国家卫生城市占城市总数比例", R, ">=", 50, "%", Y, "rate", "up"),
]

# ww06 page 3 of 宝应县's 十四五 卫生健康 plan: the aims for 2025 (`——…` list; the table headed
# `宝应县“十四五”卫生健康主要发展指标 … 2025年` starts at the end and is cut off before its first
# value). Per-thousand doctors, nurses and beds are counts (as set J's jj04). `高血压、糖尿病患者
# 规范管理率` is one number for both (joint name). `65周岁及以上` is the scope of the elderly's rate.
# The out-of-pocket share is a ceiling. `15分钟`, `三孩` are names.
D, R, Y = "ww06.txt", "宝应县", 2025
A += [
    T(D, "每千常住人口执业(助理)医师达3.9人", "每千常住人口执业(助理)医师数", R, ">=", 3.9, "人", Y, "count", "up"),
    T(D, "每千常住人口注册护士达3.5人", "每千常住人口注册护士数", R, ">=", 3.5, "人", Y, "count", "up"),
    T(D, "每千常住人口医疗卫生机构床位达5.6张", "每千常住人口医疗卫生机构床位数", R, ">=", 5.6, "张", Y, "count", "up"),
    T(D, "力争建成2个省级临床重点专科", "省级临床重点专科建成数", R, ">=", 2, "个", Y, "count", "up"),
    T(D, "高血压、糖尿病患者规范管理率达65%以上", "高血压、糖尿病患者规范管理率", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "65周岁及以上老年人规范健康管理服务率达75%", "老年人规范健康管理服务率", R, ">=", 75, "%", Y, "rate", "up",
      scope="65周岁及以上老年人"),
    T(D, "居民电子健康档案规范化建档管理率达90%", "居民电子健康档案规范化建档管理率", R, ">=", 90, "%", Y, "rate",
      "up"),
    T(D, "居民个人卫生支出占卫生总费用的比重降低到23%以下", "个人卫生支出占卫生总费用的比重", R, "<=", 23, "%", Y,
      "rate", "down"),
    T(D, "城乡社区托育服务提供覆盖率达100%", "城乡社区托育服务提供覆盖率", R, ">=", 100, "%", Y, "rate", "up"),
]

# ww07 中国新闻网 (Oct 2025): the 十五五 aim for life expectancy (全国). Year 2030: the page names the
# 十五五 and `通过五年的努力` from 2025, whose end is 2030. The headline's `有望达到80岁` is kept (as
# headlines are). In the body `从2024年的79岁` is reported; `再提升1岁,达到80岁左右` is the level
# (`左右` → ~) with the rise that leads to it, the rise ambiguous (one aim told twice, as set C's
# c04 `再增加约3岁,达到79岁`).
D, R, Y = "ww07.txt", "全国", 2030
A += [
    T(D, "中国人均预期寿命有望达到80岁", "人均预期寿命", R, ">=", 80, "岁", Y, "amount", "up"),
    T(D, "人均预期寿命从2024年的79岁基础上再提升1岁,达到80岁左右", "人均预期寿命", R, "~", 80, "岁", Y, "amount",
      "up"),
    T(D, "再提升1岁", "人均预期寿命提升值", R, ">=", 1, "岁", Y, "amount", "up", ambiguous=True),
]

# ww08 the national 十四五 中医药发展规划 (国办发〔2022〕5号): the stored text stops in its background,
# `截至2020年底,…达到5482家…0.68张…0.48人` and the shares of facilities offering 中医药 — all
# reported. `2035年远景目标纲要` is a plan's name. No target.

# ww09 (traditional script, pinyin junk) 新华社 (Oct 2024): 75 years of women's and children's
# health — counts from 1950 to 2022 and 2023's rates with their rises since 1996. Only reports.

# ww10 the 健康中国行动's progress as told at a 2022 press conference: literacy `提升到25.4%`, sport
# `达37.2%`, eye care `覆盖率达到91.7%`, targets `全面实现`. Only reports.

# ww11 新华社 (Oct 2025) on the 十四五's results: 79岁, `较2020年提高1.1岁`, 109万所, literacy `由
# 2020年的23.2%提升到2024年的31.9%`, 402 medicines, `参保率稳定在95%左右` (a state reported, not an
# aim). Only reports.

if __name__ == "__main__":
    write_gold(A, HERE)
