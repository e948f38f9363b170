#!/usr/bin/env python3
"""Build hold-out set S's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set S (issue 14; gathered after set P's round, annotated and scored once before any change):
programme plans by field, of several levels and years — disease control (地方病, 血吸虫), 计划生育
(two town plans), 中医药, 食品安全, 护理, 健康城市/全民健身 — and four pages that only report (a
county 疾控's yearly report, the 2011 计生 bulletin in the news, a city's 2021 food-sampling figures,
the national 免疫规划 level in the news), files ss01.txt…, so no name clashes with the seeds, the
development set or sets A–P in eval-extract's `all` row. It keeps its own builder (the T(...) form
of ../gold_builder.py) so that sets gathered at the same time do not edit one file.

Fields and conventions follow /work/shared/gold/SCHEMA.md. `start` is the code-point index of the
quote in the UTF-8 text (str.find); a quote that occurs more than once names its occurrence with
occ= (0-based). These annotations were written from the texts alone, before the extractor was run
on them. Check: python3 /work/shared/gold/check_gold.py gold.jsonl docs
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_builder import T, write_gold  # noqa: E402


A = []

# ss01 (traditional script) 中國經濟網 2023 on the national 地方病防治巩固提升 plan (2023–2025), aims
# `到2025年底`: 全国 (17 ministries issue it). Of its seven aims three carry a number: two shares of
# disease-area counties that reach a standard (named for the share of counties reaching it, rates),
# and the share of households in high-iodine water areas eating salt without iodine (the area as
# scope). `所有縣保持…狀態` has no number; `2018-2020年` is the earlier campaign; `17部門`, `10部門`
# and `七大目標` count bodies and aims, not targets.
D, R, Y = "ss01.txt", "全国", 2025
A += [
    T(D, "全國95%以上的病區縣達到控制水平", "饮水型地方性氟中毒病区县达到控制水平比例", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "全國95%以上的病區縣或高砷區縣達到消除水平", "饮水型地方性砷中毒病区县达到消除水平比例", R, ">=", 95, "%", Y,
      "rate", "up"),
    T(D, "居民戶未加碘鹽食用率達到90%以上", "居民户未加碘盐食用率", R, ">=", 90, "%", Y, "rate", "up",
      scope="水源性高碘地区"),
]

# ss02 the State Council's notice of the 九五 血吸虫病 plan (its targets part): 全国, aims `到2000年`.
# Counts of counties to reach a standard (`要有299个`, `要有17个`, `要21个`) are aims; the counties
# that already reached one (`222个`, `56个`) and the sizes of the groups (`391年` — the page's slip
# for 391个 —, `113个`) describe the present. `居民感染率和耕牛感染率分别…下降30%` is one number for
# two indicators: one target with the joint name (SCHEMA). The falls by 30% and 50% are relative
# changes, named for the change (`…下降幅度`, up) as in the earlier sets. The acute cases are held
# `控制在1000例以内` (a count, down). `湖区5省` is a group, not a target.
D, R, Y = "ss02.txt", "全国", 2000
A += [
    T(D, "要有299个达到消灭或基本消灭血吸虫病标准", "达到消灭或基本消灭血吸虫病标准的县数", R, ">=", 299, "个", Y, "count", "up"),
    T(D, "要有17个达到消灭血吸虫病标准", "达到消灭血吸虫病标准的县数", R, ">=", 17, "个", Y, "count", "up",
      scope="已达到基本消灭标准的县"),
    T(D, "要21个达到基本消灭血吸虫病标准", "达到基本消灭血吸虫病标准的县数", R, ">=", 21, "个", Y, "count", "up",
      scope="尚未控制流行的县"),
    T(D, "居民感染率和耕牛感染率分别在“八五”期末的基础上下降30%", "居民感染率和耕牛感染率下降幅度", R, ">=", 30, "%", Y,
      "rate", "up"),
    T(D, "急性血吸虫病平均发病人数控制在1000例以内", "急性血吸虫病平均发病人数", R, "<=", 1000, "例", Y, "count", "down"),
    T(D, "慢性血吸虫病病人数较“八五”期末下降30%", "慢性血吸虫病病人数下降幅度", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "晚期血吸虫病病人数下降30%", "晚期血吸虫病病人数下降幅度", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "病牛数下降30%", "病牛数下降幅度", R, ">=", 30, "%", Y, "rate", "up"),
    T(D, "易感地带阳性钉螺密度下降50%", "易感地带阳性钉螺密度下降幅度", R, ">=", 50, "%", Y, "rate", "up"),
]

# ss03 a town's 计生 work plan from a document site (no place and no year named: the page's own
# `全镇`; `单独两孩` dates it to about 2014 only for one who knows it, so year null). Its 主要目标 list
# nine aims with numbers; `出生人口性别比逐步趋向正常值` has none. `第 12 页 共 12 页` is the file
# site's page count; `三项制度`, `三大服务`… count tasks. The per-head spending is an amount (元).
D, R, Y = "ss03.txt", "全镇", None
A += [
    T(D, "全镇人口出生率控制在15.0‰以内", "人口出生率", R, "<=", 15.0, "‰", Y, "rate", "down"),
    T(D, "自然增长率控制在8‰以内", "人口自然增长率", R, "<=", 8, "‰", Y, "rate", "down"),
    T(D, "政策符合率达到84.6%以上", "政策符合率", R, ">=", 84.6, "%", Y, "rate", "up"),
    T(D, "政策外多孩率控制在2.4%以下", "政策外多孩率", R, "<=", 2.4, "%", Y, "rate", "down"),
    T(D, "群众满意率90%以上", "群众满意率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "奖励政策兑现率达100%", "奖励政策兑现率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "统计准确率95%以上", "统计准确率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "免费孕前优生健康检查覆盖率达80%以上", "免费孕前优生健康检查覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "镇级财政投入计生事业经费人均8.5元以上", "镇级财政人均计生事业经费投入", R, ">=", 8.5, "元", Y, "amount", "up"),
]

# ss04 a town's 计划生育 plan (`全镇`, no year in the text: null). Its 工作目标 are a numbered list of
# bare figures (`计划生育率98%`): each an implied 达到 (SCHEMA), >= for these up-indicators. The
# bracket `(其中两次以上未查环查孕人数≤1)` is a ceiling on a count written without a counting word:
# ambiguous. `"村为主"100%` is the share of villages run under 村为主 (named so). `《湖南省人口与
# 计划生育条例》` is a cited law, not the plan's place. `一个目标`, `二大重点`… count tasks.
D, R, Y = "ss04.txt", "全镇", None
A += [
    T(D, "计划生育率98%", "计划生育率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "统计准确率100%", "统计准确率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "期内避孕措施落实到位率100%", "期内避孕措施落实到位率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "期内结扎率80%", "期内结扎率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "期内上环率80%", "期内上环率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "流动人口工作管理到位率98%", "流动人口工作管理到位率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "\"三查\"到位率95%", "三查到位率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "两次以上未查环查孕人数≤1", "两次以上未查环查孕人数", R, "<=", 1, "人", Y, "count", "down", ambiguous=True),
    T(D, "独生子女保健费兑现率100%", "独生子女保健费兑现率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "\"村为主\"100%", "村为主实现率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "社会抚养费征收到位率90%", "社会抚养费征收到位率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "\"两扶一免\"落实到位率100%", "两扶一免落实到位率", R, ">=", 100, "%", Y, "rate", "up"),
]

# ss05 a journal's note (2012) on the national 基层中医药服务能力提升工程: aims `到2015年`, 全国 (five
# national bodies). `力争使95%以上的社区卫生服务中心、90%以上的乡镇卫生院、70%以上的社区卫生服务站、
# 65%以上的村卫生…` are four shares of facilities in the 基层中医药服务网络 (the excerpt stops before
# the verb, but the aim word 力争 and the network make them plain), each a floor, the facility kind
# in the name. The English translation repeats them (not annotated: the same aims, in English).
# `九项具体任务和五项保障措施` count tasks.
D, R, Y = "ss05.txt", "全国", 2015
A += [
    T(D, "95%以上的社区卫生服务中心", "提供中医药服务的社区卫生服务中心比例", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "90%以上的乡镇卫生院", "提供中医药服务的乡镇卫生院比例", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "70%以上的社区卫生服务站", "提供中医药服务的社区卫生服务站比例", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "65%以上的村卫生", "提供中医药服务的村卫生室比例", R, ">=", 65, "%", Y, "rate", "up"),
]

# ss06 (traditional script) 中國網 2018 on the national 2018 food-sampling plan: 全国 (the national
# food and drug administration), year 2018. The year's total to sample, 135.05万批次, is stated in the
# headline, in the lead (`安排全年抽檢`) and again (`共抽檢`): each kept, as headlines are in the
# earlier sets (a count of batches, 万 converted by the scorer). The administration's own share
# (2.85万) and the provinces' (49.2万) are planned quantities for named levels (scope); their splits
# by kind or by funding (2.05万/0.8万, 22.7万/26.5万) break a target down: ambiguous. `33個食品大類、
# 137個…、218個…` and `30大類` size the plan's coverage (not targets).
D, R, Y = "ss06.txt", "全国", 2018
A += [
    T(D, "全國食藥監系統將抽檢135.05萬批次", "食品安全抽检批次", R, ">=", 1350500, "批次", Y, "count", "up"),
    T(D, "安排全年抽檢135.05萬批次", "食品安全抽检批次", R, ">=", 1350500, "批次", Y, "count", "up"),
    T(D, "共抽檢135.05萬批次", "食品安全抽检批次", R, ">=", 1350500, "批次", Y, "count", "up"),
    T(D, "食藥監總局本級抽檢2.85萬批次", "食品安全抽检批次", R, ">=", 28500, "批次", Y, "count", "up",
      scope="总局本级"),
    T(D, "計劃性抽檢2.05萬批次", "计划性抽检批次", R, ">=", 20500, "批次", Y, "count", "up", scope="总局本级",
      ambiguous=True),
    T(D, "專項抽檢0.8萬批次", "专项抽检批次", R, ">=", 8000, "批次", Y, "count", "up", scope="总局本级",
      ambiguous=True),
    T(D, "省級食藥監局抽檢49.2萬批次", "食品安全抽检批次", R, ">=", 492000, "批次", Y, "count", "up",
      scope="省级食药监局"),
    T(D, "總局專項轉移支付22.7萬批次", "食品安全抽检批次", R, ">=", 227000, "批次", Y, "count", "up",
      scope="总局专项转移支付", ambiguous=True),
    T(D, "各省級局匹配26.5萬批次", "食品安全抽检批次", R, ">=", 265000, "批次", Y, "count", "up",
      scope="省级局匹配", ambiguous=True),
]

# ss07 新华社 2021 on the national 护理事业发展规划 (2021–2025): 全国, aims `到2025年`. The 2020 figures
# (`470余万人`, `增幅达45%`, `超70%`) are reported, not aims. Two aims: the nurse total (550万人, a count)
# and nurses per 1000 people (3.8人, a count per head of population, as 每千人口注册护士数 in set G).
D, R, Y = "ss07.txt", "全国", 2025
A += [
    T(D, "全国护士总数达到550万人", "护士总数", R, ">=", 5500000, "人", Y, "count", "up"),
    T(D, "每千人口注册护士数达到3.8人", "每千人口注册护士数", R, ">=", 3.8, "人", Y, "count", "up"),
]

# ss08 东方网 2016 on the 健康上海2030 plan's sport aims: 上海市 (named in the headline and body).
# Aims `到2020年` (five facilities to build; the headline repeats two of them, each kept) and `到2030年`
# (three). The trail length is an amount (公里), the sports ground area per head an amount
# (㎡ = 平方米). `下午2:00`, `9月27日` are times. `经常参加体育锻炼人数达到46%` is a share of people.
D, R = "ss08.txt", "上海市"
A += [
    T(D, "新建足球场100个", "新建市民足球场数", R, ">=", 100, "个", 2020, "count", "up"),
    T(D, "活动中心50个", "新建市民健身活动中心数", R, ">=", 50, "个", 2020, "count", "up", occ=0),
    T(D, "建成区级体育中心23个", "区级体育中心建成数", R, ">=", 23, "个", 2020, "count", "up"),
    T(D, "新建市民健身活动中心50个", "新建市民健身活动中心数", R, ">=", 50, "个", 2020, "count", "up"),
    T(D, "市民多功能运动场150个", "新建市民多功能运动场数", R, ">=", 150, "个", 2020, "count", "up"),
    T(D, "市民足球场100个", "新建市民足球场数", R, ">=", 100, "个", 2020, "count", "up"),
    T(D, "市民健身步道300公里", "新建市民健身步道长度", R, ">=", 300, "公里", 2020, "amount", "up"),
    T(D, "人均体育场地面积达2.8㎡", "人均体育场地面积", R, ">=", 2.8, "平方米", 2030, "amount", "up"),
    T(D, "城乡居民体质达标率达96.5%", "城乡居民体质达标率", R, ">=", 96.5, "%", 2030, "rate", "up"),
    T(D, "经常参加体育锻炼人数达到46%", "经常参加体育锻炼人数比例", R, ">=", 46, "%", 2030, "rate", "up"),
]

# ss09 平邑县 疾控中心's report (2012-12-20) that it met the year's 免疫规划 aims: every figure is done
# (`接种门诊7处`, `11处`, `9处`, `23.2万余剂次`, `接种率达99.61%`). Only-reports page: no target.

# ss10 (traditional script, with inline pinyin glosses) news of the 2011 人口和计划生育 bulletin: births,
# natural growth, the sex ratio, and levels reached in 2011 told with 达到…以上 (`覆蓋率達到85%以上`,
# `接收率達到80%以上`). Only-reports page: no target.

# ss11 (traditional script, with glosses) 大同日报 2022: 大同市's 2021 food-sampling figures
# (`合格率為97.91%`, `抽檢量達到5.36批次/千人`, batch counts). Only-reports page: no target.

# ss12 中国网 (2022): the national 免疫规划 level told as `持续保持在90%以上` and `消除率达到99.9%`
# at a press conference — levels kept and reached, not aims. Only-reports page: no target.

if __name__ == "__main__":
    write_gold(A, HERE)
