// Names a bureau would not title a chart with (issue 14 point 6, names round hnames3,
// `names-19.test.ts`): a name that still holds another figure's statement, opens with a
// preposition or a table bar, counts its counter twice, or trails off after 并/或. Each repair
// keeps the words that name the measure and drops the ones that only told the sentence.

// 覆盖率为100%、…, 组织21个乡镇…, 布建11间托婴中心: a figure with its unit (and the bound after it)
// inside a name is another aim's statement or a quantity, not part of the title. An ordinal's
// number (前4项, 第2批) and an age, period or dose (5岁以下, 6个月, 2剂) are parts of titles.
const STATED_FIGURE =
  /(?<![前后第每\d.\-~—―至到])\d+(?:\.\d+)?万?(?:[%‰]|岁(?=左右)|(?:个|所|家|项|间|座|张|名|位|台|批次|例|人次|人(?![口均])|户|辆)(?![月龄]))(?:以上|以下|左右|以内)?/g;
// What may follow the statement and still need the words before it: a bare head word.
const BARE_HEAD = /^(?:比例|比重|数|率|人数|幅度|[\u4e00-\u9fff]?数)$/;
// A name that opens with a preposition or the verb a plan uses to introduce a service is an
// adverbial, not a title: 为儿童…提供的…, 对…实施…
const PREPOSITION_OPEN = /^[为对在从由向]/;

function withoutStatedFigure(name: string): string {
  const figures = [...name.matchAll(STATED_FIGURE)];
  const last = figures.at(-1);
  if (!last) return name;
  const end = last.index + last[0].length;
  const before = name.slice(0, last.index);
  // 城市社区和85%农村社区比例: the figure is the next item's of a list, so the name is the item
  // before it with the list's measure word.
  if (/[和及与、]$/.test(before)) {
    const head = /(?:比例|比重|占比|率|数)$/.exec(name);
    return head ? before.slice(0, -1) + head[0] : name;
  }
  const after = name.slice(end).replace(/^[的和及与、,，;；]+/, '');
  if (after.length < 3 || BARE_HEAD.test(after) || PREPOSITION_OPEN.test(after)) return name;
  return after;
}

// 对贫困患者实施复明手术例数, 由省级财政投入, 在公共场所新增配置…: the preposition that opens a name
// (and the light verb after its object) says how the sentence ran; 对口 and 对外 are words of their
// own, and 在校, 在岗, 在册… are states of the people counted.
const FOR_PEOPLE =
  /^对(?![口外于])([\u4e00-\u9fff]{2,14}?)(?:实施|进行|开展|给予)([\u4e00-\u9fff]{2,})$/;
const BY_PAYER = /^由(?=[\u4e00-\u9fff]{0,4}(?:财政|政府|单位|医保|基金|个人))/;
const AT_PLACE =
  /^在(?=[\u4e00-\u9fff]{0,8}(?:场所|地区|区域|单位|机构|学校|社区|农村|城市|城区|县域|基层))/;

function withoutOpeningPreposition(name: string): string {
  const c = name[0];
  if (c === '对') return name.replace(FOR_PEOPLE, '$1$2');
  if (c === '由') return name.replace(BY_PAYER, '');
  if (c === '在') return name.replace(AT_PLACE, '');
  return name;
}

// 手术室服务节数数: a counted noun that already ends in its count (节数, 次数, 例数) takes no second 数.
const DOUBLED_COUNT = /(?<=[节次例个人件])数数$/;
// 筛查率逐年提高并, 达标率或: a name cut before the second half of a joined aim ends with the
// conjunction and the trend before it, which are no part of the measure.
const TRAILING_JOIN = /(?:(?:逐年|逐步|稳步|持续)?(?:提高|提升|上升|增长|下降|降低))?[并或]$/;
// 签约人次分别为人次: the copula and counter a count's naming put after a measure already named
// (`…分别为600人次`) are the sentence's, not the title's.
const COPULA_END =
  /(?<=(?:人次|人数|数|率|比例|比重|量|额))(?:分别|均|共|合计)?(?:为|是|达到?)(?:人次|人数|[\u4e00-\u9fff]?数)?$/;
// 该区急救工作站数量: 该 with a level points back at the place, which is the target's region
// (as 全区 and 我区 are), not a word of its title.
const THAT_PLACE = /^该[省市县区镇乡](?=[\u4e00-\u9fff]{2})/;
// 该政策提高了补偿封顶线: a subject and its verb told done (了) before the measure raised tell the
// sentence, not the title; what was raised is the measure.
const DONE_TO =
  /^[\u4e00-\u9fff]{1,8}?(?:提高|提升|降低|调整|上调|下调|扩大|增加)了(?=[\u4e00-\u9fff]{3})/;
const CLOSING_SUM = /(?<=[\u4e00-\u9fff]{3})\d+(?:\.\d+)?[万亿]?元$/;
// |比例, /高层次…: a table bar or a slash before a name is the cell or line before it.
const LEADING_MARK = /^[|｜/／、,，;；\s]+/;

/** `name` with the broken parts a chart title never has taken out (unchanged when it has none). */
export function unbrokenName(name: string): string {
  let s = name;
  if (LEADING_MARK.test(s)) s = s.replace(LEADING_MARK, '');
  if (s.startsWith('该')) s = s.replace(THAT_PLACE, '');
  if (s.includes('了')) s = s.replace(DONE_TO, '');
  if (/\d/.test(s)) s = withoutStatedFigure(s);
  // 补充补偿起付2万元 (…起付2万元降低至1.5万元): the old sum a change starts from, closing the name,
  // is no part of it.
  if (s.endsWith('元') && !/^[从由]/.test(s)) s = s.replace(CLOSING_SUM, '');
  if (PREPOSITION_OPEN.test(s)) s = withoutOpeningPreposition(s);
  if (s.includes('为') || s.includes('是') || s.includes('达')) s = s.replace(COPULA_END, '');
  if (s.endsWith('数数')) s = s.replace(DOUBLED_COUNT, '数');
  if (s.endsWith('并') || s.endsWith('或')) {
    const cut = s.replace(TRAILING_JOIN, '');
    if (cut.length >= 3) s = cut;
  }
  return s || name;
}

// 封顶线将从原来的8万元提高至10万元: a from-to's name walked back from the aim stops at its own 从
// (the baseline), so the name is only the baseline; the measure is what stands before 从 in the
// clause, less the quotes, brackets, whole and modal words around it.
const FROM_FIGURE = /^[从由][^\d]{0,6}\d+(?:\.\d+)?[万亿]?(?:元|万元|亿元)?/;
const CLAUSE_MARK = /[,，;；。:：!！?？\n]/;
const ASIDE = /[(（][^()（）]*[)）]|["“”'‘’「」『』《》\s]/g;
const MODAL_END = /(?:将|要|拟|预计|力争|计划|会|均)+$/;
const LEAD_WORDS = /^(?:因此|同时|此外|其中|今年|明年|届时)*(?:[我本全][省市县区])?/;

/** A name that is only a from-to's baseline (`从8000人数`) titled by the words before 从 in `before`. */
export function fromToSubject(name: string, before: string): string {
  const from = FROM_FIGURE.exec(name);
  if (!from) return name;
  const i = before.lastIndexOf(name[0]!);
  if (i < 0) return name;
  let head = before.slice(Math.max(0, i - 40), i);
  let cut = -1;
  for (let k = head.length - 1; k >= 0 && cut < 0; k--) if (CLAUSE_MARK.test(head[k]!)) cut = k;
  const clauseBefore = head.slice(0, Math.max(0, cut));
  head = head
    .slice(cut + 1)
    .replace(ASIDE, '')
    .replace(MODAL_END, '')
    .replace(LEAD_WORDS, '');
  const rest = name.slice(from[0].length);
  // …感染率到2015年下降50%以上,即从35/10万下降到17/10万: a from-to that restates the change just
  // told (即, 也就是) is of the measure that clause changed.
  if (/^(?:即|也就是|亦即)?$/.test(head)) {
    const changed = [...clauseBefore.matchAll(CHANGED_MEASURE)].at(-1)?.[1];
    if (!changed) return name;
    const measure = changed.replace(/^(?:全|我|本)[国省市县区]/, '');
    return measure + (/^[\u4e00-\u9fff]*$/.test(rest) ? rest : '');
  }
  if (!/^[\u4e00-\u9fffA-Za-z]{2,16}$/.test(head)) return name;
  return head + rest;
}
const CHANGED_MEASURE =
  /([\u4e00-\u9fffA-Za-z]{2,20}?(?:率|比例|比重|水平|人数|例数))(?:到(?:19|20)\d{2}年)?(?:下降|降低|提高|提升|增加|减少|降至|降到|提高到)/g;

// 将这一指标控制在25%以内: a name that only points back at a measure (这一指标, 该指标, 上述指标) is
// titled by the last measure the text before stated with its figure (…恒牙患龋率为28.9%).
const BACK_REFERENCE = /^(?:这一|这项|这个|该项?|此项?|上述)指标$/;
const STATED_MEASURE =
  /([\u4e00-\u9fffA-Za-z\d]{2,24}?(?:率|比例|比重|水平|寿命|人数|数))(?:为|是|达到?|从|由)\s*\d/g;

/** The measure a back-reference name (`这一指标`) points at in `before`, or the name unchanged. */
export function referredMeasure(name: string, before: string): string {
  if (!BACK_REFERENCE.test(name)) return name;
  let last: string | null = null;
  for (const s of before.matchAll(STATED_MEASURE)) last = s[1]!;
  return last ? last.replace(/的/g, '').replace(/^(?:全|我|本)[国省市县区]/, '') : name;
}

// 婴儿死亡率控制在14.9‰。以内,比2005年下降21.6%: a stop put before a figure's own bound leaves the
// bound opening the next sentence's name; the bound and what follows belong to the figure before
// the stop, so the measure is the one that figure was set for.
const BOUND_OPEN = /^(?:以内|以下|以上|左右)/;
const SET_BEFORE_STOP =
  /([\u4e00-\u9fffA-Za-z\d]{2,20}?(?:率|比例|比重|水平|寿命|数))(?:控制在|降至|降到|降低到|下降到|提高到|达到|为)\s*[\d.]+\s*(?:[%‰]|\/10万)?\s*[。.]\s*$/;

/** A name opened by the bound of the figure before a stop (`以内下降幅度`) given that figure's measure. */
export function boundOpenedName(name: string, before: string): string {
  if (!BOUND_OPEN.test(name)) return name;
  const set = SET_BEFORE_STOP.exec(before);
  if (!set) return name;
  const measure = set[1]!.replace(
    /^(?:还有|另有|另外|以及|同时|其中)?(?:[全我本][国省市县区])?/,
    '',
  );
  const rest = name.replace(BOUND_OPEN, '');
  return rest.startsWith(measure) ? rest : measure + rest;
}
