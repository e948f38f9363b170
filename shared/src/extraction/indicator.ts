import { servedName } from './recipient-names';
import { gradeLead } from './facility-levels';
import { countedDeedFirst, type UnitsDeed } from './deed-first';
import { withoutPlaceName } from './people-of-place';
import { shortened, withoutEachUnit } from './name-shortening';
import { unspun } from './spun-words';
import { endsWith, opensWith, unitTable } from './unit-tables';

// Indicator names are read from the clause around a number: walk back from the comparator to the
// clause start for a rate or amount, or read the counted noun for a count, then trim the words
// that give scope, time or modality rather than the thing measured.

// The verbs a plan's word (计划, 拟) can stand before: doing, building, training, handing out.
const PLANNED_DEED =
  '新|建|创|打造|完成|实现|达到|在|于|到|将|培|筛|开展|实施|改|设|举办|招|发放|分发|赠送';
const PLAN_WORD = new RegExp(`(?:计划|拟)(?=${PLANNED_DEED})`, 'g');
// A body (an office, a committee, a bureau, a hospital, a station) or a place ending a doer's name.
const DOER = /(?:办|委|局|厅|院|所|府|中心|站|部门|单位|[省市县区州镇乡村])$/;

const LEAD = new RegExp(
  '^(?:' +
    [
      String.raw`[一二三四五六七八九十]+是`,
      String.raw`[(（]?[一二三四五六七八九十\d]+[)）、.．]`,
      String.raw`[①②③④⑤⑥⑦⑧⑨⑩]`,
      // ——孕产妇系统管理率达到90% (or --, as a plain-text copy writes it): a list's dash opens the
      // item, not the name.
      '[—–]+|-{2,}',
      // 提高孕产妇产前检查率达到90%: the verb of a numbered aim, before a name of its own.
      String.raw`(?:提高|提升|推高|降低|减少|下降)(?=[\u4e00-\u9fff]{4})`,
      // 年度目标人群覆盖率达…, 所有县患病率…, 具体指标包括…病区: the year an aim or a plan is for, a
      // word for every unit and a list's lead open the sentence, not the name (names round 15;
      // 年度考核 and 所有制 are words of their own).
      String.raw`本?年度(?=目标|任务|计划)|所有(?!制)(?=[\u4e00-\u9fff])`,
      String.raw`(?:具体|主要)?(?:指标|目标)(?:包括|包含|有|是)[:：]?`,
      // 当局希望进一步推高…接种率: a speaker's hope (with its short subject) opens the clause of a
      // story, not the name (希望工程, 希望小学 are names of their own).
      String.raw`[\u4e00-\u9fff]{0,4}?(?:希望|盼望|期盼)(?!工程|小学)(?=[\u4e00-\u9fff]{4})`,
      // A template's masked year (到20XX年建档率…) as much as a real one. A cohort born since a
      // year (2019年以后出生的儿童…) is the rate's scope by date, no part of its title either.
      String.raw`到?(?:(?:19|20)(?:\d{2}|[Xx×_]{2})年?(?:底|末|年底|年末|前|内|度|以?后出生的?)?)`,
      // 6月底全州完成率…, 3月末前: a month the aim falls due (not 6月龄, 3个月).
      String.raw`到?(?:1[0-2]|[1-9])月(?:底|末|份)前?`,
      // 1-6月完成筛查…, 1至9月份: a span of months the work falls in says when, not what.
      String.raw`(?:1|一)月?\s*[-—–~～至到]\s*(?:1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])月份?`,
      // 年底前实现…, 今年底全市…: the year's end the aim falls due by, with no year written.
      '(?:今年|明年|当年)(?:年底|年末|底|末)前?|(?:年底|年末)前?',
      // 计划在5年内覆盖…, 三年内培训…: a span of years the aim is to be met in says when, whole.
      String.raw`(?:\d{1,2}|[一二三四五六七八九十两]{1,2})个?年(?:之?内|间)`,
      // 目标将…发生率降至…, 目标筛查覆盖率达…: an aim's lead word (目标人群 is who a rate counts).
      String.raw`目标(?!人群|值|管理|任务)(?=[\u4e00-\u9fff]{3})`,
      // (及时率 and 及格率 open with a word of their own, and 在校学生, 在岗职工 with 在; so does 在线,
      // online, a manner of doing: 在线培训…人员.)
      // 至少/至多 are bounds before a name, not 至 (to) and a word 少完成; 完成 before a rate of its
      // own (完成…筛检率达85%) is the aim's verb (完成率 itself is a name).
      '至少|至多|完成(?=[^,，。;；、]{2,}率)|到|至(?![少多])|截至|在(?![校园职岗册编线])|于|当年|年内|今年|全年|明年|去年|届时|期间|其中|另外|此外|同时|并且|并|且|而且|以及|和|及(?![时格])',
      // 其血压控制率≥60%: 其 (its) points back to the group just named; 其他, 其余 name a group.
      String.raw`其(?![他它余])(?=[\u4e00-\u9fff]{3})`,
      // 基本 as a modality (基本实现), not the qualifier of 基本公共卫生服务, 基本药物, 基本医保.
      // 围绕实现…的目标: the aim's lead, not its name.
      // 再次提高新农合筹资标准: 再/再次 repeat an aim (再生育 is a name of its own).
      // 登记在册的严重精神障碍患者: who is on the register is who the rate counts, not its name.
      '登记在册的?',
      // 全省应在确保…率不低于95%的基础上: a duty's 应 before 在 opens the clause (应急, 应种 are
      // words of their own).
      '应(?:当|该)?(?=在)',
      // 8个项目共计新增床位…, 各县合计筛查…: the units whose total a figure is, and the word that
      // sums it up, open the clause, not the name (总计划 is a plan).
      String.raw`\d*[个家所项座]?[\u4e00-\u9fff]{0,6}?(?:共计|合计|总计(?!划))(?=[\u4e00-\u9fff]{2})`,
      // 即DOTS覆盖率: an apposition's 即 (as opposed to 即时结算率).
      '即(?![时刻])',
      // 比如传染病报告发病率…: a speaker's `for example` opening an item is no part of its name.
      '比如|例如|譬如',
      // 超过了60%: the aspect word a bound leaves behind (了解 is a word of its own).
      '了(?!解)',
      // 以期/以便/以求 (so as to) open the aim an action is for; 使 is causative, but 使用 (use) a word.
      '以期|以便|以求|再次(?:提高|提升|增加|扩大)?|再(?!生)|围绕|确保|保证|力争|争取|努力|力求|使得|使(?!用)|让|要求|要|将|把|继续|持续|进一步|逐步|基本(?!公共|医疗|药物|医保|卫生|养老|公卫|技能|知识)|全面|积极|切实|加快|努力|推动|促进|实现|做到|预计|原则上|或者|或',
      // Verbs of keeping a policy up, only before a name of their own (落实率 is a name).
      String.raw`(?:巩固|落实|保障)(?=[\u4e00-\u9fff]{4})`,
      // a five-year plan's name (“十五五”中国人均预期寿命…) and the country's are no part of a name
      String.raw`[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期|末)?`,
      // …and nor is the level it names (全市层面…母婴传播率, 全省范围内…): `at the level of`.
      '(?:全国|中国|全省|全市|全区|全县|全镇|全乡|全州|全盟|全旗|我国|我省|我市|我区|我县|我镇|本省|本市|本区|本县|各地)(?:层面|范围内)?|辖区内',
      // 我们力争…普及率, 带动全国…总规模: the speaker, and a causative before the whole it moves,
      // open the sentence, not the name (带动就业人数 is a name of its own).
      '我们',
      // 计划新建10个…, 拟在年内建成…: a plan's word before its verb of doing is no part of the name
      // (计划生育, 计划免疫 and 计划怀孕 are names of their own).
      String.raw`(?:计划|拟)(?=${PLANNED_DEED})`,
      // 明确提出老年人健康素养达到…, 规划提出…: a plan's word of setting its aims out opens the
      // list, not the name (提出申请 and 提出的 say what is put forward).
      String.raw`(?:规划|方案|意见|纲要|计划|文件)?(?:明确|正式|首次)?提出(?![申的])(?=[\u4e00-\u9fff]{4})`,
      '带动(?=全|我|本|各)',
      // 决定各级财政对…补助标准提高40元: a notice's word of deciding opens what it decides, not the name
      // (决定因素 is a name of its own).
      String.raw`决定(?![因性])(?=[\u4e00-\u9fff]{4})`,
      // 各街道…: 街道 is one word, so the lead takes it whole rather than leave 道 on the name.
      String.raw`各(?:省份|(?:[级地省市县区镇乡村组]|街道?){1,3})`,
    ].join('|') +
    ')',
);
// (人均预期寿命再增长1岁: 再, again, closes the name as 继续 does; it is the aim's word, not the measure's.)
const TRAIL = new RegExp(
  '(?:' +
    '(?:持续|不断|逐步|稳步|进一步)(?:提高|提升|增长|改善|下降|降低)|继续|持续|进一步|(?<=[\u4e00-\u9fff]{2})再|逐步|稳步|稳定|同步|基本|一般|原则上|均须|必须|均需|要求|控制|均|都|也|须|需|要|应|将|已|能够|(?<=[率例重数量平])能|可以|力争|争取|努力|确保|保证|总体|年均|平均|分别|全部|整体|同比|在|实现|拥有|有望|可望|目标值?|' +
    // 人口总数计划控制在…, 出生人口计划为…: 计划 after a measure's name says the figure is planned,
    // as 力争 says it is striven for (计划生育, 年度计划 end in no measure word).
    String.raw`(?<=[率数量口比])计划|` +
    // 筛查率达到60%,计划到2030年达到80%: 计划 alone, its year taken off, is the plan's word with no
    // name of its own; the clause goes on with the measure the clause before it named.
    '^计划|' +
    // 监测任务共计800份: the word that sums a total closes the clause, not the name.
    '共计|合计|总计|' +
    // 发生率能降到…: 能 (can) after a measure's name is a modal, like 能够 (功能, 技能 stay whole).
    // 出生缺陷发生率到2005年要降至…, 龋患率2025年要控制在…: the year the aim is for can stand
    // after the name, with 到 or without.
    String.raw`(?:到|至)?(?:19|20)\d{2}年(?:底|末)?` +
    ')$',
);
// The last characters TRAIL's words can end in: a phrase ending in none of them has no trailing
// word, and the scan (TRAIL tries its words at every character) is left out. Keep it in step with
// TRAIL.
const TRAIL_ENDS = unitTable(
  '高升长善降低续步定本般上须需求制均都也要应将已够能以争取力保证体别部比在现有望标值年底末划再计',
);
// The brackets and joining marks trimmed from a phrase's ends (below, in trimPhrase).
const EDGE_MARKS = /^[)）,，、:：;；的]+|[,，、:：;；的]+$/g;
const OPENING_MARKS = unitTable(')）,，、:：;；的');
const CLOSING_MARKS = unitTable(',，、:：;；的');
const TRAIL_SCOPE = /(城乡|城区|郊区|农村|城市|城镇|乡村|市区|县域|辖区)$/;
// The last characters of TRAIL_SCOPE's words.
const SCOPE_ENDS = unitTable('乡区村市镇域');
// (城市地区, 贫困地区 and 一般单位 are only where or which units: 其中城市地区不超过10分钟.)
const SCOPE_ONLY =
  /^(?:城区|郊区|农村|城市|城镇|乡村|市区|县域|辖区|山区|牧区|男性|女性|[\u4e00-\u9fff]{1,4}地区|(?:一般|其他|其余)(?:单位|机构)|(?:(?!率|比例)[\u4e00-\u9fff、和及]){0,12}(?:人群|人口|儿童|青少年|对象|患者|居民|妇女|老人|老年人|残疾人|群众|学生|初中生|高中生|中职生|研究生))$/;

// (…饮食店等重点行业有蝇房间: a list's 重点 kind of places as much as a plain one.)
const PLACE_LIST =
  /^[^、等]{2,12}(?:、[^、等]{1,16})+等(?:重点)?(?:场所|单位|机构|地方|区域|地区|部门|行业)(?=[\u4e00-\u9fff]{3})/;
const AGE_LEAD =
  /^(\d{1,3}(?:\s*[至到—–~-]\s*\d{1,3})?周?岁(?:及以上|及以下|以上|以下)?(?:的)?(?:人群|居民|人口))(?:因)?/;
const POPULATION_AFTER =
  /^([\u4e00-\u9fff]{2,}?(?:率|比例))((?:城镇|农村|城市|城乡)?(?:居民|人群|青少年|儿童|学生|妇女|老年人))$/;
// The last characters of POPULATION_AFTER's people.
const POPULATION_ENDS = unitTable('民群年童生女人');
const POPULATION_LEAD = /^(?:城市|农村|城镇)(?:居民|人口)(?=[\u4e00-\u9fff]{2})/;
// Residents' own health records (健康档案, 电子健康档案, 规范化电子健康档案) opening a name.
const OWN_RECORDS = /^[\u4e00-\u9fff]{0,6}健康档案/;
// 参合农民住院补偿比, 城区优质高中在校生比例, 高发地区早诊率: the insured, or a kind of area,
// opening a name of its own is whom or where it is measured, not what. The names that start with
// 城镇 (城镇居民医保, 城镇职工) stay names, and so do groups of people (管理人群血压控制率 and
// 吸毒人群共用注射器具比例 are titled with them).
const GROUP_LEAD = new RegExp(
  '^(' +
    [
      // 目标人群增补叶酸知晓率: whoever a programme aims at is the rate's scope, not its name
      // (目标人群随访率 keeps it: a bare rate word needs its group to be a title).
      String.raw`参合农民|参保人员|重点对象|目标人群(?=[一-鿿]{5})`,
      String.raw`城区|城镇(?!居民|职工|人口|化)`,
      String.raw`[\u4e00-\u9fff]{2}地区`,
      String.raw`地级(?:及)?以上城市`,
      String.raw`校[内外]青少年|在校(?:学生|生)`,
      // 各医疗保健机构产科人员…合格率, 各类人群…知晓率: each body, place or group a rate holds in (not
      // 各级, the levels of government).
      String.raw`各(?!级)[\u4e00-\u9fff]{0,8}?(?:人群|机构|单位|医院|卫生院|学校|地区|区县|县区|县|市|区|乡镇|村)`,
      // 被帮扶企业…申报率, 被监督单位…合格率: the units a programme acts on are where it is measured.
      String.raw`被[\u4e00-\u9fff]{1,4}?(?:企业|单位|机构|对象|家庭|学校)`,
      // 以乡为单位合作医疗覆盖率: the unit a coverage is counted by.
      String.raw`以[\u4e00-\u9fff]{1,3}(?:[(（][\u4e00-\u9fff]{1,3}[)）])?为单位`,
      // 30—70岁重大慢性病过早死亡率: an age range alone before a name that is not of people
      // (65—74岁老年人存留牙数 and 5岁以下儿童 name their people).
      String.raw`\d{1,3}\s*[至到—–~-]\s*\d{1,3}岁(?![\u4e00-\u9fff]{0,2}(?:儿童|婴|老年|老人|妇女|人|居民|学生|青少年|男|女))`,
    ].join('|') +
    // …and before a name that opens with an age (以乡镇为单位12月龄儿童建卡率).
    String.raw`)(?=[\u4e00-\u9fff]{3}|\d{1,3}\s*(?:月龄|周岁|岁))`,
);

/** A group or area opening a name (`高危行为人群安全套使用率`) split off as its scope. */
export function leadGroup(name: string): { name: string; scope: string } | null {
  const m = GROUP_LEAD.exec(name);
  if (!m) return null;
  return { name: name.slice(m[1]!.length), scope: m[1]! };
}

/** Trims scope, time, list-marker and modality words from both ends of a phrase. */
export function trimPhrase(s: string): string {
  let prev = '';
  let cur = s.replace(/\s+/g, '');
  while (cur !== prev) {
    prev = cur;
    cur = cur.replace(LEAD, '');
    if (endsWith(TRAIL_ENDS, cur)) cur = cur.replace(TRAIL, '');
    // An aside closed just before the name (…以内(较上年下降2个百分点)、近视进展率…) leaves its
    // bracket behind: no part of the next name.
    if (opensWith(OPENING_MARKS, cur) || endsWith(CLOSING_MARKS, cur))
      cur = cur.replace(EDGE_MARKS, '');
  }
  return cur;
}

// A verb right after 将 (将占到, 将达到): 将 marks the future, and no object stands after it.
const FUTURE_VERB = /^\s*(?:占到?|占据|达到|实现|成为|超过|覆盖|保持|稳定在|控制在)/;

/** Rate or amount: the name before the comparator, with the scope words it ends in split off. */
export function rateName(
  before: string,
  regionNames: readonly string[],
): { name: string; scope: string | null } {
  // A spinner's stand-ins are undone first (年度方针人群, 居民身体健康素养), so the lead words, the
  // residents and the groups are judged on the plan's own words.
  let s = unspun(before);
  // 以省为单位将麻疹发病率控制在… : the object of 将/把 is the indicator.
  const ba = Math.max(s.lastIndexOf('将'), s.lastIndexOf('把'));
  // 将 as the future marker (寿命将实现为83岁) leaves only a verb behind: no object then.
  // (诊疗量将占到总诊疗量的…: a verb right after 将 makes it the future marker too.)
  if (
    ba >= 0 &&
    ba < s.length - 2 &&
    trimPhrase(s.slice(ba + 1)).length >= 2 &&
    !FUTURE_VERB.test(s.slice(ba + 1))
  )
    s = s.slice(ba + 1);
  // 卫生院计划培训乡村医生, 爱卫办拟发放读本, 上海市计划新建: the body or place that plans the work
  // stands before the plan's word, as the doer stands before 将; the name starts at the plan. What
  // the plan is about (本科专业今年计划招生) is no doer and stays.
  let plan = -1;
  if (s.includes('计划') || s.includes('拟')) for (const m of s.matchAll(PLAN_WORD)) plan = m.index;
  if (plan > 0 && DOER.test(s.slice(0, plan))) s = s.slice(plan);
  for (const r of regionNames) s = withoutPlaceName(s, r);
  s = trimPhrase(s);
  for (const r of regionNames) if (r && s.startsWith(r)) s = trimPhrase(withoutPlaceName(s, r));
  let scope: string | null = null;
  if (SCOPE_ONLY.test(s)) return { name: '', scope: s };
  // 城市居民常见病知晓率: the population before a name of its own is scope (城乡居民 stays a
  // name's part, 城乡居民健康档案, as plans title it).
  // 公共场所、学校等场所无害化卫生公厕: the list of places it applies to is no part of the name.
  // 城区集贸市场、饭店等重点行业有蝇房间: the area before such a list stays the scope.
  // (A list of places needs its 、 and 等, an age its 岁: each test runs only where they stand.)
  const listed = s.includes('、') && s.includes('等');
  // 三级医院报销比例: a hospital grade opening a payment share is its scope (facility-levels.ts).
  let area = leadGroup(s) ?? gradeLead(s);
  if (listed) {
    if (area && PLACE_LIST.test(area.name)) [s, scope, area] = [area.name, area.scope, null];
    const unlisted = s.replace(PLACE_LIST, '');
    if (unlisted !== s) [s, area] = [unlisted, null];
  }
  // 30至70岁人群因…死亡率, 18岁及以上居民…知晓率: an age group of people opening the name is its
  // scope (5岁以下儿童死亡率, 65岁以上老年人健康管理率 are names of their own).
  const aged = s.includes('岁') ? AGE_LEAD.exec(s) : null;
  if (aged && s.length - aged[0].length >= 3)
    return { name: tidyName(s.slice(aged[0].length)), scope: aged[1]! };
  // …知晓率城镇居民要达到85%: a population right after the rate's name is its scope.
  const after = endsWith(POPULATION_ENDS, s) ? POPULATION_AFTER.exec(s) : null;
  if (after) return { name: tidyName(after[1]!), scope: after[2]! };
  // The group opening the name, read again only where a list of places changed it.
  const group = area === null && listed ? leadGroup(s) : area;
  if (group) return { name: tidyName(group.name), scope: group.scope };
  const people = POPULATION_LEAD.exec(s);
  if (people) {
    const rest = tidyName(s.slice(people[0].length));
    // 城镇居民健康档案规范化建档率: the residents' own health records are titled with them, as
    // withoutResidents keeps them (居民健康档案规范化建档率); the kind of area alone is the scope.
    if (rest.length >= 2 && people[0].endsWith('居民') && OWN_RECORDS.test(rest))
      return { name: `居民${rest}`, scope: people[0].slice(0, 2) };
    if (rest.length >= 2) return { name: rest, scope: people[0] };
  }
  const sc = endsWith(SCOPE_ENDS, s) ? TRAIL_SCOPE.exec(s) : null;
  if (sc && s.length > sc[1]!.length + 1) {
    scope = sc[1]!;
    s = trimPhrase(s.slice(0, -sc[1]!.length));
  }
  return { name: tidyName(s), scope };
}

const VAGUE_FITNESS =
  /(?<=[\u4e00-\u9fff])(?:适宜|必要|相应|一定|足够|必需|必备)的(?=[\u4e00-\u9fff]{2})/g;
// (符合条件的 stays: the eligible people are who a share counts, 符合条件的成瘾者…治疗比例.)
const UNNAMED_STANDARD = /符合(?:相关|有关|规定|运行)?(?:标准|要求)的(?=[\u4e00-\u9fff]{2})/g;
const STANDARD_SETTER =
  /(?:国家|全国|卫生部|省|市|上级)(?:[\u4e00-\u9fff]{0,4}?(?:部|委|会|局))?(?:确定|规定)的(?=[\u4e00-\u9fff]{2})/g;
const HEADLINE_LEAD = /^[^)）》」』]*[)）》」』]+\s*(?:印发|出台|发布|公布)/;

// 的 after a verb phrase joins a clause to the noun it describes (建有儿童之家的城乡社区比例,
// 个人卫生支出占卫生总费用的比重, 因…导致的过早死亡率, 设置康复科的比例, 受无烟法规保护的人口比例,
// 非公立机构提供的服务量),
// and so does 的 after a comparison (患病率大于1/10万的县比例): a title keeps it. 的 in a plain
// compound (居民的健康素养) goes.
// A verb right before 率 is a measure's noun (检查的开展率和职业健康的培训率): no clause.
const CLAUSE_VERB =
  /(?:占|建有|设有|设立|设置|开设|配有|拥有|注册为|建立|配备|实施|开展|纳入|具备|符合|达到|超过|大于|小于|高于|低于|接受|参加|开通|公开)(?!率)[^的]{1,20}$|导致$|保护$|提供$/;
// Those who take part (经常参加体育锻炼的人数比例) are titled without it (…锻炼人数比例), as the
// national fitness plans title them; those who reach a standard (达到…合格以上的人数比例) keep it.
const TAKING_PART = /参加[^的,，]{1,12}(?<!活动|工作)$/;
function keepClauseDe(de: string, at: number, s: string): string {
  const before = s.slice(Math.max(0, at - 24), at);
  if (s.startsWith('人数', at + 1) && TAKING_PART.test(before)) return '';
  return CLAUSE_VERB.test(before) ? de : '';
}

/** House forms of a name: no 的, 年死亡率 → 死亡率, 覆盖面 → 覆盖率, no population prefix. */
export function tidyName(s: string): string {
  // The population a ratio is counted over is scope, not name: 城乡居民人均筹资总额 → 人均筹资总额.
  // 《…纲要(2021-2030年)》印发 小学生近视率…: a headline's closing bracket and its verb are no
  // part of the name after them.
  // (A spinner's stand-ins are undone first here too: a list's items are named through this alone.)
  // (Each replace runs only where a word it needs stands.)
  let x = unspun(s);
  if (x.includes('印发') || x.includes('出台') || x.includes('发布') || x.includes('公布'))
    x = x.replace(HEADLINE_LEAD, '');
  // 配备适宜的中医诊疗设备: a word of fitness or need (适宜的, 必要的, 相应的) says nothing a title keeps.
  // 设立符合标准的老年医学科, 达到国家确定的…指标: a standard left unnamed (符合标准的, 符合要求的) or
  // the body that set it (国家确定的, 省规定的) says nothing a title keeps either.
  if (x.includes('的') && (x.includes('符合') || x.includes('定的')))
    x = x.replace(UNNAMED_STANDARD, '').replace(STANDARD_SETTER, '');
  if (x.includes('的')) x = x.replace(VAGUE_FITNESS, '').replace(/的/g, keepClauseDe);
  if (x.includes('居民') || x.includes('群众')) x = x.replace(RESIDENTS, '');
  // 中小学生《学生体质健康标准》达标率: a group of people before a title that names the same people
  // (a standard or programme of theirs) is said twice; the title says it (学生体质健康标准达标率).
  if (x.includes('学生') || x.includes('儿童') || x.includes('妇女') || x.includes('老年人'))
    x = x.replace(SAID_TWICE, '');
  // 引进教授、讲师等30人: the 等 that closes a list is no part of what is counted (讲师人数).
  if (x.includes('等')) x = x.replace(LIST_CLOSE_DENG, '').replace(SUMMED_UP, '');
  return houseForm(x);
}

// A group of people (up to four characters of kind before the people word) right before a title of
// theirs, the country's or quoted, opening with the same people word (国家学生…, 《学生…); a plain
// word after them (农村妇女妇女病检查率) is no title, and the group stays.
const SAID_TWICE =
  /^[\u4e00-\u9fff]{0,4}?(学生|儿童|妇女|老年人)(?=(?:[《“"]?国家|[《“"])[《“"]?\1)/;

// 开展分级诊疗试点等具体改革举措的地市比例: a 等 that sums the deeds before it up as measures or
// work (等具体改革举措, 等各项工作) adds nothing the deeds do not say; the deeds name the share.
const SUMMED_UP = /(?<=[\u4e00-\u9fff]{2})等(?:[\u4e00-\u9fff]{0,4}?)(?:举措|措施|工作)(?=的|$)/;

// A list's closing 等 just before the counter of a count's name (not 等级, 等候).
const LIST_CLOSE_DENG = /(?<=[\u4e00-\u9fff]{2})等(?=人?数$)/;

// 人民群众 is one word (人民群众满意度): its 群众 is not the residents a ratio is counted over.
// 居民健康素养水平, 居民心理健康素养水平, 居民电子健康档案: residents' own health measures are
// titled with them, and so are the residents who reach a standard (城乡居民达到…的人数比例) and
// their insurance scheme (城乡居民医保). So are their own state and conduct: how satisfied they
// are (群众满意率), their infections, physique and chronic illness (居民感染率, 居民体质达标率,
// 居民慢病…知晓率), their family doctor (居民家庭医生签约服务率) and what they do right
// (居民正确使用…率) and what they know (居民基本卫生知识知晓率, names round 17); a figure per head of
// them (居民人均…) is still counted over them. 常住居民 goes whole: its 常住 says which residents
// (常住居民项目知晓率 → 项目知晓率, not 常住项目知晓率). Their tests for an infection are their state
// too (居民粪检阳性率, 居民血检阳性率, 居民患病率), and residents joined with another group whose
// measure it is as well (居民及家畜…, 居民和学生…) are its subjects, not a base to drop.
const RESIDENTS =
  /(?:常住)?(?:城乡居民|居民|(?<!人民)群众)(?=[\u4e00-\u9fff]{2})(?!健康|心理健康|[\u4e00-\u9fff]{0,6}健康档案|达到|医保|医疗保|基本医疗保|满意|感染|体质|慢病|慢性病|家庭医生|正确|[\u4e00-\u9fff]{0,10}知识知晓率|[\u4e00-\u9fff]{0,6}行为形成率|粪检|血检|阳性|患病|[及和与、])/;

/** The name without the residents it is counted over (居民人均预期寿命 → 人均预期寿命). */
export function withoutResidents(name: string): string {
  const m = RESIDENTS.exec(name);
  return m && m.index === 0 ? name.slice(m[0].length) : name;
}

/** House forms that keep every word: no 的, 住院报销 → 住院费用报销比例, 年死亡率 → 死亡率. */
export function houseForm(s: string): string {
  // Each replace below runs only where a character or word its pattern needs stands: names pass
  // through here several times per target, and most of the rewrites apply to few of them.
  // Quotation and book-title marks (“新农合”, 《国民体质测定标准》) and a closing note (不含中药饮片)
  // are no part of a chart's title, wherever it stands; nor is a list number glued on (2医疗机构…),
  // though 2型糖尿病, 30至70岁, 2剂 and 5次以上 keep theirs. A list's members before 等N种, a term's
  // abbreviation and the unit a rate holds in one by one go too (name-shortening.ts).
  let x = shortened(s.replace(/[“”"‘’《》〈〉]/g, ''));
  const bracket = x.includes('(') || x.includes('（');
  if (bracket) x = x.replace(/[(（](?:不含|含|包括|包含|除)[^)）]*[)）]/g, '');
  // 包括肺癌、肝癌等在内的五类癌症: the members listed before 在内 are no part of the whole's name.
  if (x.includes('在内')) x = x.replace(/(?:包括|包含)[^,，。；;]{1,60}?等?在内的?/g, '');
  // 4 | 培训…: a flattened table's row number cell before the item is no part of it.
  if (x.includes('|')) x = x.replace(/^\d{1,3}\s*\|\s*/, '');
  if (isDigitCode(x.charCodeAt(0)))
    x = x.replace(
      /^\d{1,2}(?=[\u4e00-\u9fff])(?!周?岁|个?月|年|天|日|周|小时|分钟|类|项|种|型|剂|针|次|[至到]\d)/,
      '',
    );
  if (x.endsWith('为单位')) x = x.replace(/以[\u4e00-\u9fff()（）、]{1,8}为单位$/, '');
  // 养老机构以不同形式为老年人提供…: how it is done is no part of what is measured.
  if (x.includes('形式') || x.includes('方式'))
    x = x.replace(/以(?:不同|多种|各种)(?:的)?(?:形式|方式)/g, '');
  // A date inside the phrase (规划发布2020年总人口) ends what came before it; one that ends
  // the phrase is the aim's year after its name (trimmed below). An age may follow the year straight
  // (到2030年6岁儿童…): the digits open the group measured, not a month.
  if (x.includes('年'))
    x = x.replace(
      /^.*(?:19|20)\d{2}年(?:底|末|前|内)?(?=[^\d年底末前内]|\d{1,3}(?:[-—~～至]\d{1,3})?岁)/,
      '',
    );
  // A bracketed list (高血压、糖尿病等) or a 等 before the head word is no part of a name.
  if (bracket) x = x.replace(/[(（][^)）]*[、等][^)）]*[)）]/g, '');
  // (等 is matched first, so the look-behind runs only where one stands.)
  if (x.includes('等')) x = x.replace(/等(?<=、[^、]*等)(?=[\u4e00-\u9fff]{1,4}$)/, '');
  // 每千人口拥有执业医师数, 每千人均配置注册护士数: the density's name has no verb.
  if (x.includes('拥有') || x.includes('配置') || x.includes('配备'))
    x = x.replace(/(每[十百千万]+(?:常住)?人[口均])(?:拥有|配置|配备)(?=[^\s,，;；。]{2})/, '$1');
  if (x.endsWith('数')) {
    // 按常住人口计每千人均床位数: the population a density is counted over, told first, is its base
    // (每千常住人口床位数).
    if (x.startsWith('按'))
      x = x.replace(/^按(常住|户籍|服务)人口计算?每?([千万])人[均口]?(?![口次])/, '每$2$1人口');
    // 千人均床位数, 千人医生数, 每万人全科医生数: a density is titled per 每千人口/每万人口. One the
    // plan writes with its verb (每千人拥有社会体育指导员数) keeps its words, as fitness plans title it.
    x = x.replace(/^每?([千万])人均?(?![口次]|拥有)(?=[\u4e00-\u9fff()（）]{2,}数$)/, '每$1人口');
    // 千人口床位数, 万人口全科医生数: a base written without its 每 is the same density; the title
    // writes 每 as every density title does.
    if (x.charCodeAt(1) === 0x4eba)
      x = x.replace(/^([千万])人口(?!以[上下])(?=[\u4e00-\u9fff()（）]{2,}数$)/, '每$1人口');
    // 常住人口千人床位数: the base written first is the same density, 每千常住人口床位数.
    x = x.replace(/^常住人口([千万])人(?![口次])(?=[\u4e00-\u9fff()（）]{2,}数$)/, '每$1常住人口');
    // 无主犬平均每村少于1条: a density is titled per unit first (每村无主犬数), as 每千人口… is; a
    // time (每年, 每月) says how often, not per what.
    x = x.replace(
      /^([\u4e00-\u9fff]{2,}?)(?:平均)?(每(?![年月周天日次期])[\u4e00-\u9fff]{1,3})数$/,
      '$2$1数',
    );
    // The people a programme aims at (…筛查项目目标人群500人) are what its count counts.
    x = x.replace(/(?:项目)?目标人群(?=人数$)/, '');
  }
  // 每一年最少测1次血压: a least frequency says how often the thing is done, not what is
  // measured (每年测血压); 每天两次刷牙, with no 最少/至少, keeps its count.
  if (x.includes('每一')) x = x.replace(/每一(?=[年月周天日])/g, '每');
  if (x.includes('少'))
    x = x.replace(/(?:最少|至少)([\u4e00-\u9fff]{0,6}?)(?:\d+|[一两二三四五])次/g, '$1');
  // 城市家庭医生今年签约服务人数覆盖率: this or next year inside a name says when the aim falls
  // due, not what is measured.
  if (x.includes('今年') || x.includes('明年'))
    x = x.replace(
      /(?<=[\u4e00-\u9fff]{2})(?:安排|计划)?(?:今年|明年)(?:底|末)?(?:计划|拟|将|要)?(?=[\u4e00-\u9fff]{2})/g,
      '',
    );
  // 诊疗量将占到总诊疗量比例: a share's 占 keeps no aim or time word around it.
  if (x.includes('占到')) x = x.replace(/(?:将|要|应)?占到(?=[\u4e00-\u9fff]{2})/, '占');
  // A stray grave accent is a converted page's noise (血压的`比例).
  if (x.includes('`')) x = x.replace(/`/g, '');
  // Acronyms are written in capitals (HIV, B超).
  if (hasLowerLatin(x)) x = x.replace(/[a-z]+/g, (w) => w.toUpperCase());
  // 配备适宜的中医诊疗设备: a word of fitness or need (适宜的, 必要的, 相应的) says nothing a title keeps.
  if (x.includes('的')) x = x.replace(VAGUE_FITNESS, '').replace(/的/g, keepClauseDe);
  if (x.includes('急需')) x = x.replace(/急需/g, '');
  // 登革热病例之年平均致死率: a written possessive 之 between two nouns goes as 的 does (三分之一,
  // 之间, 儿童之家 and 重中之重 keep theirs; names round 15).
  if (x.includes('之'))
    x = x.replace(
      /(?<=[\u4e00-\u9fff]{2})(?<![分中])之(?![一二三四五六七八九十间后前内外中上下家处最首所])(?=[\u4e00-\u9fff]{2})/g,
      '',
    );
  // Standard names of insurance ratios: 住院报销 → 住院费用报销比例 (a ceiling, 住院补偿封顶线,
  // is no share of costs and keeps its words). 新农合's 住院补偿比例 is a scheme's payment share
  // (set by hospital level), not the statistic of costs reimbursed: it keeps its words, and a
  // share named by its act alone (住院补偿, 报销) is titled a 比例. 实际报销比, like 实际补偿比, is a
  // statistic's own name and keeps its 比.
  if (x.includes('报销') || x.includes('补偿'))
    x = x
      .replace(/(住院|门诊)(报销)(?=比|$)|(?<=政策范围内)(住院|门诊)(补偿)(?=比|$)/, '$1$3费用$2$4')
      .replace(/(?<!实际)报销比?$|补偿$/, (w) => `${w.slice(0, 2)}比例`);
  // 封顶线为, 非定点医疗机构为: the copula before a figure is no part of what it measures.
  if (x.endsWith('为')) x = x.replace(/(?<=[线例率额准构院级比])为$/, '');
  // (青少年, 老年, 成年 keep their 年: 老年死亡率 is no yearly rate.)
  if (x.includes('年')) x = x.replace(/(?<![少老成幼中])年(死亡率|发病率|患病率)/, '$1');
  if (x.endsWith('覆盖面')) x = x.replace(/覆盖面$/, '覆盖率');
  // 人均寿命 and (人口)平均预期寿命 are a plan's other words for the statistic titled 人均预期寿命
  // (人均期望寿命, another full name, stays as written).
  if (x.endsWith('寿命')) x = x.replace(/(?:人均|(?:人口)?平均预期)寿命$/, '人均预期寿命');
  if (opensWith(LIST_MARKS, x) || endsWith(LIST_MARKS, x))
    x = x.replace(/^[,，、]+|[,，、]+$/g, '');
  return withoutEachUnit(x);
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Whether `s` holds a lowercase ASCII letter (most names hold none). */
function hasLowerLatin(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
const LIST_MARKS = unitTable(',，、');

/** Units titled after what they do, joined by 的: `建立监测哨点的县`. */
export function deedThenUnits({ units, deed }: UnitsDeed): string {
  const u = LEVEL_UNITS.test(units) ? units : tidyName(pairJoined(units));
  return `${tidyName(deed)}的${u}`;
}

// 县(市、区), 县(市): units named as a level with the levels it stands for in brackets, a yearbook's
// row of places; a title keeps them whole (建成…的县(市、区)比例), as the golds write them.
export const LEVEL_UNITS = /^[县市区][(（][县市区旗、]{1,5}[)）]$/;

// 乡镇卫生院、社区卫生服务中心设置中医馆 → 设置中医馆的乡镇卫生院和社区卫生服务中心比例: two kinds of
// units, titled after their deed, are joined by 和 as a title joins a pair; a longer list keeps its 、.
const PAIR = /^([^、和及与]{2,})、([^、和及与]{2,})$/;

function pairJoined(units: string): string {
  return units.includes('、') ? units.replace(PAIR, '$1和$2') : units;
}

// A percentage named by the act it measures (教师配备达到100%, 目标人群覆盖要达到30%) or by a
// literacy (基本医疗素养提升到15%) is titled with its measure word, as a chart would be: 配备率,
// 覆盖率, 素养水平. Only acts whose share plans call …率 are listed; 监测 or 抽查 measure other
// things (监测覆盖率, 抽查合格率) and are left as written.
// A check, a screening, a death or an onset counted over people is its rate too (健康检查达90%,
// 孕产妇死亡控制在10/10万以下: 健康检查率, 孕产妇死亡率; names round 13).
const ACT_OF_RATE = /(?:配备|覆盖|签约|接种|入户|落实|到位|(?<!抽)检查|体检|筛查|死亡|发病|患病)$/;

// 二级以上综合医院设老年病科达到30%: a percentage of facilities that set up a department or a
// service is their share (…设老年病科比例), as plans title it.
const UNITS_SET_UP =
  /(?:院|中心|机构|站|室|所)(?:均|都|要|应)?(?:设|设置|设立|开设|建立|建有|设有)[\u4e00-\u9fff()（）]{2,12}$/;
const MEASURE_END = /(?:率|比例|比重|占比|水平|程度|指数)$/;

/** A percentage's name with the measure word it lacks (`教师配备` → `教师配备率`). */
export function withMeasureWord(name: string): string {
  if (name.length < 3) return name;
  if (ACT_OF_RATE.test(name)) return `${name}率`;
  if (UNITS_SET_UP.test(name) && !MEASURE_END.test(name)) return `${name}比例`;
  // 非公立机构提供的中医服务量达到15%: a percentage of a volume is its share (…服务量占比).
  // (A share of a base, 诊疗量占总诊疗量, names its base already.)
  if (/(?:服务|诊疗|门诊|住院|业务)量$/.test(name) && !name.includes('占')) return `${name}占比`;
  if (/素养$/.test(name)) return `${name}水平`;
  return name;
}

// 将得到, 将获得 (a receipt to come) before their bare forms, so the 将 goes with the verb.
const LIGHT_VERB =
  /开展|进行|接受|进入|提供|办理|增设|参加|参与|实施|开工|纳入|将(?:获得?|得到|享受|享有)|享受|获得|落实|入驻|签约/;
const PURE_LIGHT =
  /^(?:开展|进行|接受|进入|提供|办理|参加|参与|实施|享受|获得|将(?:获得?|得到|享受|享有)|落实|入驻)/;
// 800名贫困患者将得到救治: the people who will receive the work are who is counted, and a title
// keeps them (救治贫困患者人数), as it keeps the things counted (免费封闭恒牙数).
const RECEIPT_TO_COME = /^将(?:获得?|得到|享受|享有)/;
const UNITS_TAKE_PART = /^(?:参与|参加)/;
// 新增110个县提供心理门诊服务, 10家医院进入…百强: a place or body named in one or two characters (县,
// 医院, 社区) doing the deed is the unit counted as a longer name is (提供心理门诊服务的县数); only
// other short nouns (6个项目开工建设) keep the deed's title with their head word, and so do places
// where work is carried out (在3个村开展…试点: 试点村数), which the work, not a deed of theirs, picks out.
const CARRIED_OUT = /^(?:开展|进行|实施)/;
const SHORT_UNITS =
  /^(?:[省市县区乡镇村]|医院|学校|社区|乡镇|街道|城市|机构|单位|企业|县区|区县|地市|省份|园区)$/;
const PEOPLE_NOUN = /(?:患者|病人|儿童|妇女|老人|老年人|学生|居民|群众|人口|孕产妇|新生儿)$/;
const ACTIVITY = /^(?:创建|建设|装修|改造|推进|实施|工作|活动|推广|运行|申报|评审)/;
// Works of building on things, one or two joined by 或/和 (建设或修缮), before any other work.
const BUILDING_WORK =
  /^(?:建设|修缮|改造|装修|维修|改扩建)(?:[或和](?:建设|修缮|改造|装修|维修|改扩建))?(?=$|[及、,，])/;
const CREATE_VERB = /^(?:新建或调整|新建|新增|新创|新设|新培育|创建|增设|新招)/;
const PERSON_UNITS = new Set(['人', '名', '人次']);
// A word before the number that makes the units counted the object of another verb.
const GOVERNED = /(?:为|向|对|给|支持|帮助|帮扶|指导|组织)[^,，。;；]{0,20}$/;
// Words that only count pieces (个, 家, 张, 条): the title ends in 数 (床位数, 健身路径数), while
// a word that is itself what is counted (户, 例, 篇) stays before it (改厕户数).
const PIECE_WORD = /^[个家所支项类种座批处台张条幅对床辆套只间本头口]$/;
const SELF_COUNTED = /^[户例次]$/;
// A grade of units alone (国家级, 省级, 三级, 二级甲等) and the head noun a list of grades writes
// once, after its last grade, up to the clause's end.
const GRADE_ONLY =
  /^(?:(?:国家|省|市|县|区|乡镇?|自治区|[一二三甲乙丙])级(?:[甲乙丙]等)?|[一二三][甲乙])$/;
const SHARED_HEAD = /级(?:[甲乙丙]等)?([\u4e00-\u9fff]{2,12}?)(?=[,，。;；、]|$)/;
// A word for people already says who a count of people counts, whether it stands before the number
// (执业医师数) or after it (800名社区护士: 社区护士数, not 社区护士人数); 人手 (staff) is one too.
const PEOPLE_WORD_END = /(?:[人员师士者]|学生|医生|新生|居民|群众|人手)$/;
// Cases (例) that are people: the count is of the people (收治住院病人数), not 病人例数.
const CASE_PEOPLE = /(?:病人|患者|感染者)$/;

/** Whether a count in `unit` of `what` takes 人数: people counted by no word for people of its own. */
function peopleCounted(what: string, unit: string): boolean {
  return PERSON_UNITS.has(unit) && !PEOPLE_WORD_END.test(what.replace(/等$/, ''));
}

/** The index of the first closing bracket in `s` that `s` did not open, or `s.length`. */
function unopenedClose(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' || c === '（' || c === '【') depth++;
    else if (c === ')' || c === '）' || c === '】') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return s.length;
}

// 本科专业今年计划招生100人, 安排全年抽检2万批次: the year the plan is for, with its word of planning,
// says when, not what is counted; a yearly pace (每年) stays, as titles keep 年 for it.
const PLAN_TIME =
  /(?:安排|计划)?(?:今年|全年|年内|当年|明年|本年度?)(?:计划|拟|将|要)?(?=[\u4e00-\u9fff]{2})/g;

/** Count: what is counted (`新建…实验室数`, `…培训人数`), from the text before and after the number. */
export function countName(
  before: string,
  after: string,
  unit: string,
  regionNames: readonly string[],
): string {
  const title = countTitle(before, after, unit, regionNames);
  let name = title.includes('年') ? title.replace(PLAN_TIME, '') : title;
  // 免费为1000人筛查脑卒中: a count of people served, titled what is screened or given first.
  if (PERSON_UNITS.has(unit) && /筛查|接种|检查|体检|涂氟/.test(name))
    name = servedName(name, `${before.slice(-16)}${after.split(/[,，。;；]/)[0]}`);
  // 免费培训乡村医生5000人, 培养家庭健康明白人5万人次: people trained are titled as work on things
  // is (workOn): a phrase of more than two characters first, then the work with its manner
  // (乡村医生免费培训人数); a bare word keeps the verb before it (培训农民人数).
  if (PERSON_UNITS.has(unit) && name.includes('培')) name = trainedFirst(name, before);
  // 增加疫苗接种点20个: things to add are titled 新增, as plans title their new units (新增接种点数).
  // (增加康复床位的医院数 titles units by what they add: the verb stays.)
  if (name.startsWith('增加') && !name.includes('的'))
    name = name.replace(/^增加(?![到至了])(?=[\u4e00-\u9fff]{3})/, '新增');
  // 门急诊诊疗42万人次: visits are counted, not the people who make them, so a volume in 人次 is
  // titled by 人次 (诊疗人次, 检查人次), the statistic's own word; people in 人/名 stay 人数. So are
  // samples tested in 批次 (抽检批次, 定性检测批次: names round 15), with no 数 after them.
  // (Each replace only where the name ends in the word it rewrites.)
  // Livestock checked or treated in 头次 (耕牛查病头次) are titled so too.
  if (unit === '批次' || unit === '头次')
    return name.endsWith(`${unit}数`)
      ? name.replace(/(?<=[\u4e00-\u9fff]{2})(?:批次|头次)数$/, unit)
      : name;
  // 办理47场筛检活动: events held are counted by their sittings, 场次 (筛检活动场次); a name that
  // already says 场数 (讲座场数为120场) takes 场次 once; so does a count written in 场次 itself.
  if (unit === '场' || unit === '场次')
    return name.endsWith('数') ? name.replace(/(?<=[\u4e00-\u9fff]{2})场?数$/, '场次') : name;
  return unit === '人次' && name.endsWith('人数')
    ? name.replace(/(?<=[\u4e00-\u9fff]{2})人数$/, '人次')
    : name;
}

function countTitle(
  before: string,
  after: string,
  unit: string,
  regionNames: readonly string[],
): string {
  const r = rateName(before, regionNames);
  // 试点城市达到200个, 示范乡村30个: an area word closing the phrase before a count is the kind of
  // unit counted, not the area a rate is measured over (农村卫生厕所普及率); it stays in the name.
  const area =
    r.name &&
    r.scope &&
    endsWith(SCOPE_ENDS, before.trimEnd()) &&
    before.trimEnd().endsWith(r.scope)
      ? r.scope
      : '';
  // 总人口在14亿人左右: a population named alone is what a count of people counts; so are patients
  // counted in cases (筛查糖尿病患者300例: the patients, not a scope of some other count).
  const p =
    r.name + area ||
    (PERSON_UNITS.has(unit) || (unit === '例' && CASE_PEOPLE.test(r.scope ?? ''))
      ? (r.scope ?? '')
      : '');
  let x = after.replace(/^(?:以上|以下|以内|左右|及以上)/, '');
  // 咨询150人及咨商服务60人: a joining word right after the count opens the next item, not what
  // is counted; a column gap of a flattened table (60人、        人员培训) ends the cell.
  if (/^\s*[及和与]/.test(x)) x = '';
  const gap = x.search(/\s{3}/);
  if (gap >= 0) x = x.slice(0, gap).replace(/^[、,，;；]$/, '');
  // 经常参加体育锻炼人数 5.3亿人 |: a table row's closing bar ends its cell; a bar alone names nothing.
  const bar = x.indexOf('|');
  if (bar >= 0) x = x.slice(0, bar).trimEnd();
  // 4.5个的目标, 配置300台AED的目标: the aim the figure is named as is no thing counted; the things
  // are before 的 (AED), or before the figure.
  if (x.includes('的')) x = x.replace(/的(?:工作|年度|规划|计划)?(?:目标|任务|要求)[\s\S]*$/, '');
  // (到2020年,将建至少300个示范村): a bracket closed after the number closes the aside the
  // figure sits in; what is counted ends there.
  x = x.slice(0, unopenedClose(x));
  // 将“新增200家卫生院提供康复服务”纳入民生实事: a quotation closed after the number holds the aim
  // the figure is in; what is done with the aim (纳入…) is no part of what is counted.
  const quoted = x.search(/[”」』]/);
  if (quoted >= 0 && !/[“「『]/.test(x.slice(0, quoted))) x = x.slice(0, quoted);
  const listed = x;
  // 40个、省级卫生县城6个: the list goes on to the next number.
  const list = x.indexOf('、');
  if (list >= 0 && /\d/.test(x.slice(list))) x = x.slice(0, list);
  // 9个县项目及9个市项目: a joined count's own number ends this one's object; so does 以及 (为44家
  // 保健机构以及980家卫生院…), whole, or its 以 would be left on the name.
  const joined = x.search(/(?:以及|[及和与])\s*\d/);
  if (joined >= 0) x = x.slice(0, joined);
  // 建成20个国家级和100个省级重点学科: a grade alone before the next item's number shares the head
  // noun written once after the last grade (国家级重点学科).
  if (x !== listed && GRADE_ONLY.test(x.trim()))
    x = x.trim() + (SHARED_HEAD.exec(listed)?.[1] ?? '');
  let y = '';
  const lv = LIGHT_VERB.exec(x);
  if (lv && lv.index > 0) {
    y = x.slice(lv.index);
    x = x.slice(0, lv.index);
  }
  x = counted(x);
  // 新增200家乡镇卫生院提供康复服务: units that do the deed themselves are titled as a share of them
  // would be, 新增提供康复服务的乡镇卫生院数, not by the deed and the noun's last two characters
  // (…康复生院数). Units the deed is done to or for (为2万对夫妇提供…, 向6个国家提供…) keep the
  // deed's title with their head word (…检查夫妇数); so does a noun of two characters (开工建设项目数).
  // 选定200个单位参与…活动: units that take part (参与, 参加) are counted after what they take part
  // in, a noun of two characters too (参与…活动的单位数): the taking part is what picks them out.
  if (
    y &&
    (x.length > 2 ||
      (x.length === 2 && UNITS_TAKE_PART.test(y)) ||
      (x.length <= 2 && SHORT_UNITS.test(x) && !CARRIED_OUT.test(y))) &&
    PIECE_WORD.test(unit) &&
    !GOVERNED.test(before)
  )
    return `${CREATE_VERB.test(p) ? p : ''}${deedThenUnits({ units: x, deed: y })}数`;
  const receipt = RECEIPT_TO_COME.test(y);
  y = y.replace(PURE_LIGHT, '').replace(/(?:工作|活动|基地|服务)$/, '');
  const yd = y.lastIndexOf('的');
  if (yd >= 0) y = y.slice(yd + 1);
  const suffix = PERSON_UNITS.has(unit) ? '人数' : PIECE_WORD.test(unit) ? '数' : `${unit}数`;
  if (y && receipt && PERSON_UNITS.has(unit) && PEOPLE_NOUN.test(x))
    return tidyName(`${y}${x}人数`);
  if (y) {
    const head = x.length > 2 ? x.slice(-2) : x;
    return tidyName(PERSON_UNITS.has(unit) ? y + suffix : y + head + '数');
  }
  if (x) {
    if (CREATE_VERB.test(p)) return tidyName(p + x + (peopleCounted(x, unit) ? suffix : '数'));
    // 建设21个资源中心: a count of things to build is titled by the building, 资源中心建设数.
    // 设立10个献血屋: units set up are titled the same way, the verb after the units (献血屋设立数),
    // as 规划设置服务站30个 is. (建成 is left alone: the golds title 建成N个X both X数 and X建成数.)
    const made = PERSON_UNITS.has(unit) ? null : MADE_VERB.exec(p);
    // (A rebuilding verb only where the text writes it right before the number: 改造提升 is
    // another work.)
    if (
      made &&
      !x.endsWith(made[1]!) &&
      (!made[1]!.endsWith('改造') || before.trimEnd().endsWith(made[1]!))
    )
      return tidyName(`${x}${made[1]}数`);
    // 配备300种以上的中药饮片, 推广6类适宜技术: kinds are counted as kinds (…种数, …类数), after the
    // verb of holding or doing them (中药饮片配备种数), as 建设21个中心 is 中心建设数.
    if ((unit === '种' || unit === '类') && !x.endsWith(unit))
      return tidyName(`${x}${KIND_VERB.exec(p)?.[1] ?? ''}${unit}数`);
    // 完成4000例复明手术, 完成9万户改厕任务: a word that is itself what is counted (cases,
    // households, times) titles the count; the task or work it came in is no part of it.
    // 收治住院病人5.4万例: cases that are people (病人, 患者) are counted as the people, 收治住院病人数.
    if (SELF_COUNTED.test(unit)) {
      const what = x.replace(/(?:任务|工作)$/, '') || x;
      return tidyName(
        what.endsWith(unit) || (unit === '例' && CASE_PEOPLE.test(what))
          ? `${what}数`
          : `${what}${unit}数`,
      );
    }
    // 完成4.1万座农村改厕任务: a task that is an act on the things the counting word counts (座 are
    // toilets) titles the act, not a number of tasks; 38项任务 counts tasks.
    if (unit !== '项') x = x.replace(TASK_OF_ACT, '$1');
    // 1000家县医院要达到三级水平: the units counted, after what they reach.
    const done = PIECE_WORD.test(unit) ? countedDeedFirst(x) : null;
    if (done) return `${deedThenUnits(done)}数`;
    return tidyName(x + (peopleCounted(x, unit) ? suffix : '数'));
  }
  // 推进…建设15家: a verb that drives the work is no part of what is counted; 达到三级水平的医院
  // keeps its verb, which says which units are counted.
  // 医院、学校各20个: 各 says each item reaches the figure; it is no part of the title.
  // 参加锻炼活动的人数: 活动 or 工作 before 的人数 names nothing the verb has not said.
  // 规划设置服务站30个: units a plan sets up are titled by the setting up, as 建设21个中心 is
  // 中心建设数 (服务站设置数); the plan word is no part of the title.
  const setUp = SET_UP.exec(p);
  if (setUp && PIECE_WORD.test(unit)) return tidyName(`${setUp[2]}${setUp[1]}数`);
  let name = p.replace(/^(?:完成|实现|达到|推进|推动|开展)(?![^的,，]{1,12}的)/, '');
  if (name.endsWith('各')) name = name.replace(/(?<=[\u4e00-\u9fff]{2})各$/, '');
  if (name.endsWith('人数'))
    name = name.replace(/(?<=[\u4e00-\u9fff]{2})(?:活动|工作)的(?=人数$)/, '');
  if (!name) return '';
  // No doubled counter: 总人口, 培训人数 and 医师数 already say what is counted; so does a volume
  // (发卡量, 诊疗量), not a quality (质量); nor does a name that ends in a counter of times (手术台次,
  // 出车车次, 诊疗人次): 手术台次达到1.2万例 is 手术台次, not 手术台次例数.
  if (/(?:人口|人数|[人台例架车]次|数量|总量|[^\u4e00-\u9fff]?数|(?<!质)量)$/.test(name))
    return tidyName(name);
  // 卫生技术人员数, 执业医师数, 高危人群数: a word for people already says who is counted; so do 居民 and
  // 群众 after the verb that serves them (服务居民数), which a title would otherwise drop.
  if (PERSON_UNITS.has(unit))
    return tidyName(
      PEOPLE_WORD_END.test(name) || /(?<!目标)人群$/.test(name) ? `${name}数` : `${name}人数`,
    );
  // 床位达5.6张: beds are what 张 counts, so the name is 床位数, not 床位张数.
  // 设置床位156张: 设置 (配置, 设有) only says the building is given its beds, so the count is the
  // beds', 床位数; 设计床位 and 开放床位 name other counts and keep their word.
  if (unit === '张' && /床位?$/.test(name))
    return tidyName(`${name.replace(/^(?:设置|配置|设有)(?=床位?$)/, '')}数`);
  // 安置农户500户: a noun that ends in its own counting word (农户, 病例) is not counted twice; nor
  // are cases that are people (收治住院病人5.4万例: 收治住院病人数).
  if (name.endsWith(unit) || (unit === '例' && CASE_PEOPLE.test(name)))
    return tidyName(`${name}数`);
  return tidyName(name + suffix);
}

const TRAINED = /^((?:免费|在线|集中)?)(培训|培养)([\u4e00-\u9fff]{3,12})数$/;

/** `免费培训乡村医生数` → `乡村医生免费培训人数`; any other name as it is. */
function trainedFirst(name: string, before: string): string {
  const m = TRAINED.exec(name);
  if (!m) return name;
  let who = m[3]!;
  // (培训农民人数: the 人 of 人数 is the count's unless the plan wrote it with the people, 明白人.)
  if (who.endsWith('人') && !before.includes(`${m[2]}${who}`)) who = who.slice(0, -1);
  return who.length > 2 ? `${who}${m[1]}${m[2]}人数` : name;
}

// Setting up units, with the plan or intent before it: the verb and the units set up.
const SET_UP = /^(?:规划|计划|拟)?(设置|设立)([\u4e00-\u9fff]{3,16})$/;
// A verb of making right before a count of units (建设21个中心, 设立1家医院): the title puts it after
// the units made. So does one of rebuilding (改造80家卫生院: 卫生院改造数, 升级改造10个馆: 馆升级改造数).
const MADE_VERB = /(建设|设立|(?:升级)?改造)$/;
const KIND_VERB = /(配备|配置|开展|储备)$/;

// An act on things, then 任务: what such a task's counting word counts is the things acted on.
const TASK_OF_ACT =
  /(?<=[\u4e00-\u9fff]{2})(改厕|改建|新建|建设|治理|整治|改造|整改|检查|筛查|接种|随访|干预|培训|救治|监测|抽检)任务$/;

// A verb of two or more characters and a head that names no thing (治理工作, 整治任务).
const GENERIC_WORK = /^([\u4e00-\u9fff]{2,6}?)(?:工作|任务)$/;

/**
 * The things counted and the work done on them: a bare unit word takes the verb before it
 * (整治镇街), a longer noun phrase keeps its modifiers together and the verb after it
 * (重点企业治理), as a title puts them.
 */
function workOn(things: string, work: string): string {
  return things.length <= 2 ? work + things : things + work;
}

/** The counted noun after the number: after the last 的 unless what follows 的 is the activity. */
function counted(x: string): string {
  // 肿瘤晚期病人和临终老人安宁疗护床位: who the beds are for is a modifier, not the thing counted.
  let s = x.replace(
    /^[\u4e00-\u9fff]{2,12}(?:病人|老人|患者|儿童|妇女|人群)(?=[\u4e00-\u9fff]{4})/,
    '',
  );
  // 2万名专业技术人员组成的人才队伍: the members counted stand before 组成; the whole they make up
  // is no thing counted.
  const made = s.indexOf('组成的');
  if (made >= 2) s = s.slice(0, made);
  const d = s.indexOf('的');
  if (d >= 0) {
    const tail = s.slice(s.lastIndexOf('的') + 1);
    // 50家重点企业的治理工作, 6个镇街的整治任务: a generic head (工作, 任务) is no thing counted;
    // the things before 的 are, with the work done on them.
    const work = GENERIC_WORK.exec(tail)?.[1];
    // 403个机构房屋的建设或修缮及设备配备: a building work on the things is what a title counts
    // (机构房屋建设或修缮数, as 建设21个中心 is 中心建设数), up to the next work it is joined to.
    const building = BUILDING_WORK.exec(tail)?.[0];
    if (work && d === s.lastIndexOf('的')) s = workOn(s.slice(0, d), work);
    else if (building && d === s.lastIndexOf('的')) s = s.slice(0, d) + building;
    else s = ACTIVITY.test(tail) ? s.slice(0, d) : tail;
  }
  if (s.includes('(') || s.includes('（'))
    s = s.replace(/[(（]([^)）]*)[)）]/g, (all, inner: string, at: number) =>
      otherName(s.slice(0, at), inner) ? all : '',
    );
  return s;
}

// An aside in brackets is no part of the noun counted; a short other name of the thing is
// (示范基地(园区), 重点专科(学科), 麻风病院(村)), as titles keep it. The other levels after a unit of
// a level (县(市), 县(市、区)), a place named (卫生城市(甲市)) and a counting word (设备(件)) are asides.
const ADMIN_END = /[省市县区州旗盟乡镇村]$|街道$/;
function otherName(noun: string, inner: string): boolean {
  if (!/^[\u4e00-\u9fff]{1,4}$/.test(inner) || /^(?:含|包括|其中|即|如|约|共)/.test(inner))
    return false;
  if (noun === '' || (inner.length === 1 && PIECE_WORD.test(inner))) return false;
  if (inner.length >= 3 && /[省市县州旗盟]$/.test(inner)) return false;
  return !(ADMIN_END.test(inner) && ADMIN_END.test(noun));
}
