import type { TargetKind } from '../targets/vocabulary';

/** Counting words read as a count target's unit (`3所`, `1000张`, `2万对`). */
export const COUNT_UNITS = [
  '人次',
  // doses of a vaccine or a test, counted by the people they serve (完成2000人份乙肝疫苗补种)
  '人份',
  // class hours a school stage gives a subject (初中阶段6课时, 每年至少设1个课时)
  '个?课时',
  '个',
  '家',
  '所',
  '张',
  '人',
  '名',
  '支',
  '对',
  '户',
  '篇',
  '幅',
  '种',
  '项',
  '类',
  '床',
  // batches of food or goods sampled (抽检1.2万批次)
  '批次',
  '批',
  '座',
  '处',
  '例',
  '台',
  '辆',
  // buildings (改造85幢, 新建住宅12栋)
  '幢',
  '栋',
  '套',
  // sittings of events held, as a count of talks or shows is written (举办5000场次讲座); before 场,
  // so 次 is the unit's, not the first character of the name after it
  '场次',
  '场',
  // lessons and talks given, as health-education plans count them (开展健康讲座50堂); not 堂 as a
  // hall after a bare number is written (食堂, 课堂, 学堂 put the hall word first)
  '堂',
  '份',
  '条',
  // test tubes, as laboratories' capacities are counted (核酸检测能力达到2000管/日)
  '管',
  // animals and vectors, as their densities are bounded (每盏灯诱蚊不超过2只)
  '只',
  // pieces of work done or goods bought, as laboratories and stores count them (检验约10万件,
  // 采购3870瓶血清)
  '件',
  '瓶',
  // rooms, clinics and shops, as Hong Kong and older plans count them (500间诊所, 病房20间)
  '间',
  // doses of a vaccine bought or given (采购疫苗140万剂, 接种3万剂次)
  '剂次',
  '剂',
  // people, as Taiwanese and Hong Kong pages count staff (投入50位医师) and plans count academicians
  // and experts to bring in (新增2位至3位院士); not a rank (前3位, 居首位) nor 位 opening a word of its
  // own (位于, 位置, 位列, 位居, 位次, 位数)
  '位(?![于置列居次数])',
  // units of blood, as donation tasks are counted (献血任务为133单位; set AU)
  '单位',
  // books and booklets, as health-education material is handed out (发放读本5000本); not 本 opening
  // a word of its own after a bare number (本市, 本科, 本年度)
  '本(?![市县区省州镇乡村科地届级年月周次单部院所校])',
  // livestock and the checks done on them, as endemic-disease plans count them (以机代牛200头,
  // 耕牛查病3000头次); not 头 opening a word of its own (头部, 头号, 头条, 头胎), nor 头只, the counter a
  // herd's stock is tallied in (牛羊存栏1亿头只: a yearbook's figure, not work to do)
  '头次',
  '头(?![部号条胎等脑发痛颈晕像衔版只])',
  // wells, pits and ponds dug (新打水井12口, 建沼气池80口); not 口 opening a word of its own (口腔,
  // 口岸, 口径) nor a household's size (3口人, 三口之家)
  '口(?![腔岸径罩服味号述头碑令语气感子之人])',
  // clinic sessions, as hospitals count the half-days a clinic opens (每周开设30诊, 全年1.2万诊次);
  // not 诊 opening a word of its own (诊所, 诊疗, 诊断, 诊室)
  '诊次',
  '诊(?![所疗断室区治查费台间前后])',
] as const;

/** Units of a life span, a time standard, years of schooling or teeth kept aimed at as an amount: 人均预期寿命达到80岁, 每天运动30分钟, 受教育年限达到11年, 存留牙数达到24颗. */
// Teeth kept per person (存留牙数达到24颗) are a per-person quantity too.
// A level of a graded rating (电子病历应用水平达到4级以上) is a standard to reach, an amount.
const AMOUNT_UNITS = new Set(['岁', '分钟', '小时', '年', '颗', '级']);

/**
 * Measures a standard bounds: an area per person (人均绿地面积≥5平方米, or with the square-metre
 * sign: 2.8㎡), land in 亩, a concentration in air, a service radius (急救服务半径不超过5公里), a weight eaten a
 * day (食盐摄入量5克以下) or a volume collected (采血量为12万毫升).
 */
const MEASURE_UNITS = [
  '毫克/立方米',
  '微克/立方米',
  // a concentration in a fluid, as iodine in urine is bounded (尿碘中位数≥100μg/L, 100微克/升)
  'μg/L',
  '微克/升',
  '毫克/升',
  // floor built or renovated (改造棚户区100万平方米), told in 万平方米 as plans write it, as 万亩 is
  '万平方米',
  '平方米',
  '㎡',
  // land sown or set aside (中药材种植面积达到300万亩), told in 万亩 as plans write it
  '万亩',
  '亩',
  '公里',
  '毫升',
  '千克',
  '公斤',
  '克',
] as const;

/** Whether `unit` is a measure (an area, a concentration, a distance): read only after a bound or aim word. */
export function isMeasureUnit(unit: string): boolean {
  return (MEASURE_UNITS as readonly string[]).includes(unit);
}

/** Rate units and their size relative to 1 (for comparing values across units). */
const RATE_SCALE: Record<string, number> = {
  '%': 1e-2,
  '‰': 1e-3,
  '1/万': 1e-4,
  '1/10万': 1e-5,
  '1/100万': 1e-6,
};

/**
 * Regex source for the unit that follows an Arabic number, longest alternatives first. `/千` is
 * per mille (`10/千`), and so is a bare
 * number per thousand people (`10/千人口`), but not a density with its counting word (`/千人`). A bare `万`/`亿` ends its
 * clause, or opens an aside on it (`控制在1650万左右(户籍人口…)`).
 */
export const UNIT_SOURCE =
  String.raw`%|‰|\/\s*(?:10|100|1)?\s*万|\/\s*[十百]万|\/\s*千人口|\/\s*1?\s*千(?![人口名户])|个?(?:10|十)万分点|个?千分点|个百分点|百分点|万亿元|亿元|万元|千元|元|倍|岁|颗|分钟|小时|孩\/(?:育龄)?妇女|` +
  // blood in tens of thousands of millilitres (采血43万毫升), teeth by the ten thousand (封闭1.4万颗,
  // 封闭2万余颗)
  '万毫升|[万亿][余多]?颗|' +
  // a rating's level only with the bound that makes it one to reach (3级以上, 4级及以上); a bare
  // 3级 is mostly a grade named (3级医院, 3级防护)
  '级(?=及?以上)|' +
  MEASURE_UNITS.join('|') +
  // 3万余名, 2万多人: `余`/`多` (more than) may stand after the 万 as after the digits (800余名).
  String.raw`|(?:[万亿][余多]?)?(?:` +
  COUNT_UNITS.join('|') +
  String.raw`)(?:\/(?:日|天|周|月|年))?|[万亿](?=\s*(?:左右|以上|以下|以内|上下)?\s*(?:[,，。；;、()（）\n]|$))`;

/** A ratio of two groups (总和生育率1.8孩/妇女): an average per member, not things counted. */
const GROUP_RATIO = /^孩\/(?:育龄)?妇女$/;

/** The kind a unit implies: rates for shares, amounts for money and multiples, else counts. */
export function kindOfUnit(unit: string): TargetKind {
  if (unit in RATE_SCALE || unit === '个百分点') return 'rate';
  if (unit.endsWith('元') || unit === '倍' || AMOUNT_UNITS.has(unit) || GROUP_RATIO.test(unit))
    return 'amount';
  if (isMeasureUnit(unit)) return 'amount';
  return 'count';
}

/**
 * Canonical unit and value for a unit as written after a number: `/10万` → `1/10万`,
 * `百分点` → `个百分点`, `万名` → `名` with the value times 10000 (`万元`, `万亩`, `万平方米` are kept).
 */
export function canonicalUnit(
  raw: string,
  value: number | null,
): { unit: string; value: number | null } {
  const u = raw.replace(/\s+/g, '').replace(/^([万亿])[余多]/, '$1');
  if (u === '%' || u === '‰' || u === '倍' || u === '元' || u === '万元' || u === '亿元')
    return { unit: u, value };
  // 5万亿元: an industry's size is told in trillions; the unit is kept as written, like 亿元.
  if (u === '万亿元') return { unit: u, value };
  if (u === '千元') return { unit: '元', value: value === null ? null : value * 1000 };
  if (u === '㎡') return { unit: '平方米', value };
  if (u === '万亩' || u === '万平方米') return { unit: u, value };
  if (u === '百分点' || u === '个百分点') return { unit: '个百分点', value };
  // A change of a per-mille or per-100,000 rate is told in its own points (下降2个千分点,
  // 降低3个10万分点): the value in the rate's unit.
  if (/^个?千分点$/.test(u)) return { unit: '‰', value };
  if (/^个?(?:10|十)万分点$/.test(u)) return { unit: '1/10万', value };
  if (u.startsWith('/')) {
    const base = u.slice(1);
    if (base === '万' || base === '1万') return { unit: '1/万', value };
    if (base === '10万' || base === '十万') return { unit: '1/10万', value };
    // 10/千: per thousand written as a fraction's base, the same as 10‰.
    // 10/千人口: a rate per thousand people (献血率), the same; a count per thousand people keeps its
    // counting word before the slash (5批次/千人) and never reaches here.
    if (base === '千' || base === '1千' || base === '千人口') return { unit: '‰', value };
    return { unit: '1/100万', value };
  }
  if (u === '个课时') return { unit: '课时', value };
  // 2万对 → 20000 对; a bare 14.2亿 → 1420000000 with the counting word left to the name.
  if ((u.startsWith('万') || u.startsWith('亿')) && u !== '万元' && u !== '亿元') {
    const scale = u.startsWith('万') ? 1e4 : 1e8;
    return { unit: u.slice(1), value: value === null ? null : round(value * scale) };
  }
  return { unit: u, value };
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
