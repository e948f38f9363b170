#!/usr/bin/env python3
"""Build hold-out set Y's gold from the hand annotations below.

Usage: python3 build_gold.py   (docs/ → gold.jsonl, beside this file)
Set Y (issue 14; gathered after sets V–X were spent, annotated and scored once before any change):
query kinds earlier sets did not use — a county's disease-control target-responsibility letter to
its townships (目标责任书), a province's 爱国卫生 aims (rodent, fly, mosquito and cockroach densities),
a city's occupational-disease plan, a city's tenth-five-year population plan, a township health
centre's two maternal-and-child work plans, a provincial 爱国卫生 opinion in the news, a TCM
public-health slide deck (traditional), an HIV news item of aims reached, and three pages that only
report (a county's village-clinic assessment in traditional script, a city's iodised-salt figures in
traditional script, a district's women-and-children plan monitoring report). Files yy01.txt…, so no
name clashes with the seeds, the development set or sets A–X in eval-extract's `all` row. It keeps
its own builder (the T(...) form of ../gold_builder.py).

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

# yy01 a province's 爱国卫生 aims (an excerpt: no place, no year written; the page's own word is 全省,
# the issuing bodies 省卫生厅/省农业厅). The 8万户 of new sanitary toilets is split by department
# (`其中省卫生厅负责3万户…`): shares of one aim among offices, not of places — ambiguous. Densities
# are ceilings (`不超过`), each in 城区 and 农村 (scope). The refuse-truck and cleaner norms per
# township (`至少配备2辆`, `每1000人配备1名保洁人员`) are staffing standards for each unit, not
# the province's aims: ambiguous.
D, R, Y = "yy01.txt", "全省", None
A += [
    T(D, "全省农村无害化卫生厕所新增8万户", "农村无害化卫生厕所新增户数", R, ">=", 80000, "户", Y, "count",
      "up"),
    T(D, "省卫生厅负责3万户", "农村无害化卫生厕所新增户数", R, ">=", 30000, "户", Y, "count", "up",
      scope="省卫生厅", ambiguous=True),
    T(D, "省住房与城乡建设厅负责3万户", "农村无害化卫生厕所新增户数", R, ">=", 30000, "户", Y, "count", "up",
      scope="省住房与城乡建设厅", ambiguous=True),
    T(D, "配套改厕1万户", "农村无害化卫生厕所新增户数", R, ">=", 10000, "户", Y, "count", "up",
      scope="省农业厅", ambiguous=True),
    T(D, "造福工程改厕1万户", "农村无害化卫生厕所新增户数", R, ">=", 10000, "户", Y, "count", "up",
      scope="省农办", ambiguous=True),
    T(D, "普及率达到78%", "农村无害化卫生厕所普及率", R, ">=", 78, "%", Y, "rate", "up"),
    T(D, "城区鼠迹阳性率不超过3%", "鼠迹阳性率", R, "<=", 3, "%", Y, "rate", "down", scope="城区"),
    T(D, "农村不超过7%", "鼠迹阳性率", R, "<=", 7, "%", Y, "rate", "down", scope="农村"),
    T(D, "有蝇房间不超过2%", "有蝇房间比例", R, "<=", 2, "%", Y, "rate", "down", scope="城区重点行业"),
    T(D, "一般单位不超过5%", "有蝇房间比例", R, "<=", 5, "%", Y, "rate", "down", scope="一般单位"),
    T(D, "城区各类积水的蚊蚴阳性率不超过4%", "蚊蚴阳性率", R, "<=", 4, "%", Y, "rate", "down",
      scope="城区"),
    T(D, "农村不超过8%", "蚊蚴阳性率", R, "<=", 8, "%", Y, "rate", "down", scope="农村"),
    T(D, "城区有蟑房间不超过5%", "有蟑房间比例", R, "<=", 5, "%", Y, "rate", "down", scope="城区"),
    T(D, "农村不超过10%", "有蟑房间比例", R, "<=", 10, "%", Y, "rate", "down", scope="农村"),
    T(D, "全省创建100个生态村", "创建生态村数", R, ">=", 100, "个", Y, "count", "up"),
    T(D, "30个农村环境连片整治示范项目点", "农村环境连片整治示范项目点数", R, ">=", 30, "个", Y, "count", "up"),
    T(D, "完成20个中小河流治理项目", "中小河流治理项目数", R, ">=", 20, "个", Y, "count", "up"),
    T(D, "30个河道清水工程项目", "河道清水工程项目数", R, ">=", 30, "个", Y, "count", "up"),
    T(D, "完成170个乡镇", "完成农村垃圾治理的乡镇数", R, ">=", 170, "个", Y, "count", "up"),
    T(D, "1500个建制村农村垃圾治理任务", "完成农村垃圾治理的建制村数", R, ">=", 1500, "个", Y, "count",
      "up"),
    T(D, "覆盖全省所有乡镇和80%建制村", "家园清洁行动建制村覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "全省农村生活饮用水水质卫生合格率达到44%", "农村生活饮用水水质卫生合格率", R, ">=", 44, "%", Y,
      "rate", "up"),
    T(D, "大的乡镇至少配备2辆运输机动车", "垃圾运输机动车配备数", R, ">=", 2, "辆", Y, "count", "up",
      scope="大的乡镇", ambiguous=True),
    T(D, "其它乡镇至少配备1辆垃圾运输机动车", "垃圾运输机动车配备数", R, ">=", 1, "辆", Y, "count", "up",
      scope="其它乡镇", ambiguous=True),
    T(D, "按人口每1000人配备1名保洁人员", "每千人口保洁人员数", R, ">=", 1, "名", Y, "count", "up",
      ambiguous=True),
    T(D, "每辆垃圾运输机动车配1名垃圾清运工", "每辆垃圾运输机动车配备清运工数", R, ">=", 1, "名", Y, "count",
      "up", ambiguous=True),
]

# yy02 a city's 十五 population and family-planning aims for 2005 (the city is never named; 内环线
# gives Shanghai away to a reader who knows it, which is not plain: the page's own word 全市). The
# population totals are counts in 人 (`1650万` → 16500000). `年均自然增长率控制-1‰至1‰` is a range
# on a neutral indicator (`=`). `平均每年净迁入人口` is yearly (no year). The years of schooling of
# new workers (`14年`) are not a health target and have no unit of the schema: ambiguous.
D, R, Y = "yy02.txt", "全市", 2005
A += [
    T(D, "全市常住人口总量控制在1650万左右", "常住人口总量", R, "~", 16500000, "人", Y, "count", "band"),
    T(D, "户籍人口总量控制在1350万", "户籍人口总量", R, "<=", 13500000, "人", Y, "count", "down"),
    T(D, "常住人口年均出生率控制在7.3‰", "常住人口年均出生率", R, "<=", 7.3, "‰", Y, "rate", "down"),
    T(D, "户籍人口年均出生率控制在6.9‰左右", "户籍人口年均出生率", R, "~", 6.9, "‰", Y, "rate", "band"),
    T(D, "年均自然增长率控制-1‰至1‰", "常住人口年均自然增长率", R, "=", -1, "‰", Y, "rate", "band",
      value_max=1),
    T(D, "平均每年净迁入人口控制在8万左右", "年净迁入人口", R, "~", 80000, "人", None, "count", "band"),
    T(D, "外来常住人口控制在300万左右", "外来常住人口", R, "~", 3000000, "人", Y, "count", "band"),
    T(D, "出生缺陷发生率控制在9‰以下", "出生缺陷发生率", R, "<=", 9, "‰", Y, "rate", "down"),
    T(D, "孕产妇死亡率控制在15/10万以下", "孕产妇死亡率", R, "<=", 15, "1/10万", Y, "rate", "down"),
    T(D, "婴儿死亡率控制在7‰以下", "婴儿死亡率", R, "<=", 7, "‰", Y, "rate", "down"),
    T(D, "已婚育龄妇女人工流产率控制在4%以下", "人工流产率", R, "<=", 4, "%", Y, "rate", "down",
      scope="已婚育龄妇女"),
    T(D, "新增劳动力平均受教育年限达到14年", "新增劳动力平均受教育年限", R, ">=", 14, "年", Y, "amount", "up",
      ambiguous=True),
    T(D, "户籍人口密度降到每平方公里3.5万人以下", "户籍人口密度", R, "<=", 35000, "人", Y, "count", "down",
      scope="内环线以内地区"),
]

# yy03 a county's 2016 disease-control target-responsibility letter to its townships (黔东南州 is
# the prefecture whose letter it follows; the county is not named). The bracketed `(4分)`, `(12分)`
# are the points each item scores. One number aims: at least 48% of the basic public-health funds go
# to village clinics; it binds each township (`本乡(镇)`).
D, R, Y = "yy03.txt", "本乡(镇)", 2016
A += [
    T(D, "确保48%经费落实到村卫生室", "基本公共卫生服务经费落实到村卫生室比例", R, ">=", 48, "%", Y, "rate",
      "up"),
]

# yy04 a city's occupational-disease plan (an excerpt of its aims: no year, the city only `本市`).
# `…负责人、劳动者职业卫生培训率` and `告知率和警示标识设置率` are one number for a joint name each.
# `新发尘肺病病例年均增长率控制在5%以内` is a ceiling.
D, R, Y = "yy04.txt", "本市", None
A += [
    T(D, "用人单位职业危害项目申报率达到80%以上", "用人单位职业危害项目申报率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "用人单位负责人、劳动者职业卫生培训率达到90%以上", "职业卫生培训率", R, ">=", 90, "%", Y, "rate", "up",
      scope="存在职业病危害的用人单位负责人、劳动者"),
    T(D, "工作场所职业病危害告知率和警示标识设置率达到90%以上", "工作场所职业病危害告知率和警示标识设置率", R,
      ">=", 90, "%", Y, "rate", "up"),
    T(D, "工作场所职业病危害因素监测率达到70%以上", "工作场所职业病危害因素监测率", R, ">=", 70, "%", Y, "rate",
      "up"),
    T(D, "主要职业病危害因素监测合格率达到80%以上", "主要职业病危害因素监测合格率", R, ">=", 80, "%", Y, "rate",
      "up"),
    T(D, "职业健康体检率达到60%以上", "职业健康体检率", R, ">=", 60, "%", Y, "rate", "up",
      scope="接触职业病危害作业劳动者"),
    T(D, "个人剂量监测率达到85%以上", "个人剂量监测率", R, ">=", 85, "%", Y, "rate", "up",
      scope="接触放射线工作人员"),
    T(D, "工伤保险覆盖率达到90%以上", "工伤保险覆盖率", R, ">=", 90, "%", Y, "rate", "up",
      scope="有劳动关系的劳动者"),
    T(D, "建设项目预评价达到60%以上", "建设项目职业病危害预评价率", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "控制效果评价率达到65%以上", "建设项目职业病危害控制效果评价率", R, ">=", 65, "%", Y, "rate", "up"),
    T(D, "新发尘肺病病例年均增长率控制在5%以内", "新发尘肺病病例年均增长率", R, "<=", 5, "%", Y, "rate", "down"),
    T(D, "职业病防治监控覆盖率达到80%以上", "职业病防治监控覆盖率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "严重职业病危害案件查处率达到100%", "严重职业病危害案件查处率", R, ">=", 100, "%", Y, "rate", "up"),
]

# yy05 a consultancy's news page (May 2015): 甘肃省's opinion on 爱国卫生, aims for 2020. The smoking
# aim is stated three times (the headline, the lead with an advert's words inside the name, and the
# body): three lines, as the gold keeps a headline's restatement. `到2015年基本解决…饮水困难` has no
# number. The footer's telephone numbers are not targets.
D, R, Y = "yy05.txt", "甘肃省", 2020
A += [
    T(D, "成人吸烟率2020年力争降到20%", "成人吸烟率", R, "<=", 20, "%", Y, "rate", "down"),
    T(D, "成人吸烟(烟项目可行性研究报告)率下降到20%", "成人吸烟率", R, "<=", 20, "%", Y, "rate", "down"),
    T(D, "建成1000个以上美丽乡村示范村庄", "美丽乡村示范村庄数", R, ">=", 1000, "个", Y, "count", "up"),
    T(D, "全省60%以上村庄达到环境整洁", "环境整洁村庄比例", R, ">=", 60, "%", Y, "rate", "up"),
    T(D, "居民健康素养水平达到16%", "居民健康素养水平", R, ">=", 16, "%", Y, "rate", "up"),
    T(D, "经常参加体育锻炼活动的人数达到800万人", "经常参加体育锻炼人数", R, ">=", 8000000, "人", Y, "count",
      "up"),
    T(D, "人均体育场地面积达到1.5平方米", "人均体育场地面积", R, ">=", 1.5, "平方米", Y, "amount", "up"),
    T(D, "成人吸烟率下降到20%", "成人吸烟率", R, "<=", 20, "%", Y, "rate", "down"),
]

# yy06 a template site's township health centre 妇幼 plan (`我镇`, no year; the page's date 2023 is
# the upload's). One list of maternal aims (`以镇为单位`); `全乡镇主要分娩率` is written so (the name
# as written). `一周岁以内体检6次` is the service schedule of each infant, not an aim of the town:
# ambiguous. `确保零死亡` has no number beside the 28/10万 ceiling.
D, R, Y = "yy06.txt", "我镇", None
A += [
    T(D, "孕产妇基本保健覆盖率以镇为单位达95%以上", "孕产妇基本保健覆盖率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "系统管理率达90%以上", "孕产妇系统管理率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "规范化管理率达82%以上", "孕产妇规范化管理率", R, ">=", 82, "%", Y, "rate", "up"),
    T(D, "产前检出率达95%以上", "产前检出率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "5次以上产检率达90%以上", "5次以上产检率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "孕13周以前检查率达90%以上", "孕13周以前检查率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "产后访视率达90%以上", "产后访视率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "孕产妇高危筛查率达95%以上", "孕产妇高危筛查率", R, ">=", 95, "%", Y, "rate", "up"),
    T(D, "高危孕产妇管理率达100%", "高危孕产妇管理率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "全乡镇主要分娩率达97%以上", "主要分娩率", R, ">=", 97, "%", Y, "rate", "up"),
    T(D, "非住院新法接生率99%以上", "非住院新法接生率", R, ">=", 99, "%", Y, "rate", "up"),
    T(D, "孕产妇死亡率应控制在28/10万以下", "孕产妇死亡率", R, "<=", 28, "1/10万", Y, "rate", "down"),
    T(D, "一周岁以内体检6次", "一周岁以内儿童体检次数", R, ">=", 6, "次", Y, "count", "up", ambiguous=True),
    T(D, "体弱儿筛查率达3%以上", "体弱儿筛查率", R, ">=", 3, "%", Y, "rate", "up"),
]

# yy07 a township's 妇幼 work plan (`我镇`, and `全镇` in its aims; no year). Two lists of indicators.
# `婴儿和5岁以下儿童死亡率控制在以下12‰` is one number for a joint name. `本院…补助兑现率` is the
# health centre's own (scope 本院); `辖区内县外…` is for births outside the county (scope 县外).
# The two counts (`增补叶酸380人`, `检测759人`) are the year's quotas.
D, R, Y = "yy07.txt", "全镇", None
A += [
    T(D, "婴儿和5岁以下儿童死亡率控制在以下12‰", "婴儿和5岁以下儿童死亡率", R, "<=", 12, "‰", Y, "rate", "down"),
    T(D, "早孕建卡率达85%以上", "早孕建卡率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "孕产妇保健建册(卡)率达85%以上", "孕产妇保健建册(卡)率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "产前健康管理率达90%以上", "产前健康管理率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "高危妊娠管理率达100%以上", "高危妊娠管理率", R, ">=", 100, "%", Y, "rate", "up"),
    T(D, "产后访视率达85%以上", "产后访视率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "新生儿访视率达85%以上", "新生儿访视率", R, ">=", 85, "%", Y, "rate", "up"),
    T(D, "6岁以下儿童系统管理率达70%以上", "6岁以下儿童系统管理率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "新生儿疾病筛查率达80%以上", "新生儿疾病筛查率", R, ">=", 80, "%", Y, "rate", "up"),
    T(D, "农村孕产妇住院分娩率达98%", "农村孕产妇住院分娩率", R, ">=", 98, "%", Y, "rate", "up"),
    T(D, "本院农村孕产妇住院分娩补助兑现率达100%", "农村孕产妇住院分娩补助兑现率", R, ">=", 100, "%", Y,
      "rate", "up", scope="本院"),
    T(D, "辖区内县外农村孕产妇住院分娩补助兑现率达95%以上", "农村孕产妇住院分娩补助兑现率", R, ">=", 95, "%",
      Y, "rate", "up", scope="县外"),
    T(D, "完成农村育龄待孕妇女增补叶酸380人", "农村育龄待孕妇女增补叶酸人数", R, ">=", 380, "人", Y, "count",
      "up"),
    T(D, "目标人群增补叶酸知识知晓率达到90%", "增补叶酸知识知晓率", R, ">=", 90, "%", Y, "rate", "up",
      scope="目标人群"),
    T(D, "叶酸服用率达90%", "叶酸服用率", R, ">=", 90, "%", Y, "rate", "up"),
    T(D, "叶酸服用依从率达70%", "叶酸服用依从率", R, ">=", 70, "%", Y, "rate", "up"),
    T(D, "完成孕产妇艾滋病、梅毒和乙肝检测759人", "孕产妇艾滋病、梅毒和乙肝检测人数", R, ">=", 759, "人", Y,
      "count", "up"),
    T(D, "预防艾滋病、梅毒和乙肝母婴传播项目知晓率达85%以上", "预防艾滋病、梅毒和乙肝母婴传播知识知晓率", R, ">=",
      85, "%", Y, "rate", "up", scope="育龄妇女"),
    T(D, "提供母婴阻断服务人员培训覆盖率达90% 以上", "母婴阻断服务人员培训覆盖率", R, ">=", 90, "%", Y, "rate",
      "up"),
]

# yy08 a provincial news item (Dec 2020): 迪庆州 reached its 2020 aims of `三个90%` (detection,
# treatment and treatment success of people with HIV) and `两个消除` (mother-to-child and blood
# transmission 0). Aims stated as reached, with the rate names only beside the slogan: ambiguous.
D, R, Y = "yy08.txt", "迪庆州", 2020
A += [
    T(D, "实现“三个90%”目标", "艾滋病病毒感染者发现率、治疗率和治疗有效率", R, ">=", 90, "%", Y, "rate", "up",
      ambiguous=True),
    T(D, "艾滋病病毒感染者发现率、治疗率和治疗有效率“三个90%”", "艾滋病病毒感染者发现率、治疗率和治疗有效率", R,
      ">=", 90, "%", Y, "rate", "up", ambiguous=True),
    T(D, "艾滋病母婴传播率和输血传播率为0", "艾滋病母婴传播率和输血传播率", R, "<=", 0, "%", Y, "rate", "down",
      ambiguous=True),
]

# yy09 (traditional script with pinyin junk) a document site's preview of a slide deck by a Wuhan
# community health centre on the national TCM health-management service. Two national figures of
# the notice it cites: the per-capita basic public-health fund raised from 25 to 30 元 (the 25 is the
# baseline) and the TCM health-management coverage of its target groups (`要到達30%`). No year is
# written (`做好年國家…`).
D, R, Y = "yy09.txt", "全国", None
A += [
    T(D, "公共衛(wèi)生經(jīng)費(fèi)標(biāo)準(zhǔn)由原來(lái)人均25元提升到人均30元", "人均基本公共卫生服务经费标准", R, ">=",
      30, "元", Y, "amount", "up"),
    T(D, "管理目標(biāo)人群覆蓋要到達(dá)30%", "中医药健康管理目标人群覆盖率", R, ">=", 30, "%", Y, "rate", "up"),
]

# yy10 (traditional script) a county's assessment notice on its standard village clinics: the
# clinics finished, under way and sited (`竣工9所…確定選址329所`) and the 22 townships assessed are
# reported: it only reports; no gold lines.
# yy11 (traditional script, a spam header) 穎州晚報 (Jan 2008): the city's iodised-salt figures of
# 2006 and 2007 (`均為100%`, `99.13%`): it only reports; no gold lines.
# yy12 a forum copy of 福田区's women-and-children plan monitoring report (2013): services given
# (`25724 人次`), the share of indicators that reached their aims (`76.9%`), spending: it only
# reports; no gold lines.

if __name__ == "__main__":
    write_gold(A, HERE)
