import { trimPhrase } from './indicator';

// A list of counts under one verb (新创国家卫生县城40个、省级卫生县城6个、省级卫生村2800个;
// 建设省级健康机关1000个、健康社区600个): the items after the first are bare nouns, and what the
// first opens with — the verb of making and the level — is theirs too.

// 新建更新, 新建改扩建: a second verb of making joined to 新建 is the list's verb too.
const CREATE_LEAD =
  /^(?:新建或调整|新建(?:[或和、]?(?:更新|改扩建|改建|扩建))?|新增|新创|新设|新培育|增设|新招)/;
const LEVEL_LEAD = /^(?:国家级|省级|市级|县级|区级)/;
const DENSITY_LEAD = /^每[十百千万]+(?:常住)?人口/;
// Between the first item's figure and the next item's: a list mark, then a bare noun phrase.
const BARE_ITEM = /^[个家所支项类种座张名人]?[、,，]\s*[\u4e00-\u9fff()（）]{2,16}$/;
// A count of units set up (服务站设置数), and a part of it after its figure: 其中 or a list mark,
// then a bare noun.
const SET_UP_END = /(设置|设立)数$/;
const PART_ITEM = /^[个家所支项类种座张]?(?:[,，]\s*其中|、)\s*[\u4e00-\u9fff()（）]{2,16}$/;

// Between two items of a list whose numbers come first: the previous item's counting word and
// noun, then a list mark (名教授、). The noun may quote a coined word (“旗舰”医院、).
const NUMBER_FIRST_ITEM =
  /^[个家所支项类种座张名人位]?([\u4e00-\u9fff()（）“”‘’]{2,16})[、,，]\s*$/;
const VERB_IN_ITEM = /建|创|设|改|培|招|开展|实施|完成|达到|新|扩|增|提|购|配/;

/**
 * Whether the words between a list's previous figure and this number are only the previous item's
 * noun and a list mark (24个甲中心、30个乙中心: `甲中心、`): they belong to the item before, so
 * this item's quote opens at its own number.
 */
export function isNumberFirstGap(between: string): boolean {
  const item = NUMBER_FIRST_ITEM.exec(between);
  return item !== null && !VERB_IN_ITEM.test(item[1] ?? '');
}

// 建成1个省级基地、创建1-2个国家级基地: the previous item's noun and a list mark, then this
// item's own verb of making.
const NUMBER_FIRST_THEN_VERB =
  /^[个家所支项类种座张名人位]?[\u4e00-\u9fff()（）“”‘’]{2,16}[、,，]\s*(?=(?:新建|新增|创建|建成|建设|建立|设立|培育|打造)$)/;

/**
 * Where this item's own words open in `between` (the words after the previous item's figure):
 * after the previous item's noun and list mark when only a verb of making follows, else -1.
 */
export function ownVerbAfterNumberFirstItem(between: string): number {
  const m = NUMBER_FIRST_THEN_VERB.exec(between);
  return m ? m[0].length : -1;
}

/**
 * The name of a count that is a later item of a list: the previous item's verb of making and
 * level put before it when it has none of its own. `between` is the text from the previous
 * item's figure to this item's number.
 */
export function listItemName(name: string, prevName: string, between: string): string {
  // 分别提高到1亿人和1.1亿人: a bare count joined straight to the one before is the same count.
  if (!name && /^\s*[、和及与]\s*$/.test(between)) return prevName;
  // 设置服务机构48个,其中服务中心19个、服务站29个: the parts of units set up, named after
  // 其中 or listed after such a part, are set up too.
  const setUp = SET_UP_END.exec(prevName)?.[1];
  if (name && setUp && PART_ITEM.test(between) && !name.includes(setUp))
    return name.replace(/数$/, `${setUp}数`);
  // 新增2名教授、3名讲师: in a list whose numbers come first, the item before this number is the
  // previous item's noun; this item is made by the first item's verb too.
  const nounFirst = NUMBER_FIRST_ITEM.exec(between);
  if (name && nounFirst && !VERB_IN_ITEM.test(nounFirst[1] ?? '')) {
    const lead = CREATE_LEAD.exec(prevName)?.[0];
    return lead && !CREATE_LEAD.test(name) ? lead + name : name;
  }
  if (!name || !BARE_ITEM.test(between) || VERB_IN_ITEM.test(between.slice(1))) return name;
  const verb = CREATE_LEAD.exec(prevName)?.[0] ?? '';
  const rest = prevName.slice(verb.length);
  // 建设省级…, 培育市级…: the level may follow a verb the name kept.
  const level =
    LEVEL_LEAD.exec(rest.replace(/^[\u4e00-\u9fff]{2}(?=[国省市县区]级)/, ''))?.[0] ?? '';
  let out = name;
  // 每千常住人口执业医师2.5人、注册护士3.1人: a density's base is every item's, or the later
  // items would count people, not a ratio.
  const density = DENSITY_LEAD.exec(prevName)?.[0];
  if (density && !out.startsWith('每')) return density + out;
  if (level && !LEVEL_LEAD.test(out) && !/^(?:国家|省|市|县|区)/.test(out)) out = level + out;
  if (verb && !CREATE_LEAD.test(out)) out = verb + out;
  return out;
}

// 2017年建成省级基地10个,2020年建成15个: a later clause that says only its verb again, with no
// noun, counts what the clause before counted with that verb (its name is then the verb alone).
const VERB_ALONE =
  /^(?:新建|建成|建设|创建|新增|培训|培养|培育|打造|建立|设立|完成|招收|引进|招聘)(?=人?数$)/;

// 每万名居民拥有2-3名全科医生;到2030年提高至5名: a clause that only raises or lowers a count
// names nothing new; it is the count before it (its name is then the verb alone).
const CHANGE_ALONE = /^(?:提高|提升|增加|增长|上升|降低|下降|减少)(?:至|到)人?数$/;

/** Whether a count's name is only a verb of change (提高至人数). */
export function isChangeAlone(name: string): boolean {
  return CHANGE_ALONE.test(name);
}

/**
 * The name of a count whose clause repeats the previous count's verb with no noun: the previous
 * count's name, when it has that verb and the same counting word; otherwise `name`.
 */
export function repeatedVerbName(
  name: string,
  unit: string,
  prev: { indicator: string; unit: string },
): string {
  const verb = VERB_ALONE.exec(name)?.[0];
  return verb && unit === prev.unit && prev.indicator.includes(verb) ? prev.indicator : name;
}

/**
 * `X建成93家,2026年将建成不少于400家`: a count named by its verb alone whose sentence, in a clause
 * before, told the same verb with a figure of the same unit (what stands now) counts the things that
 * clause named. Returns the name `X建成数`, or `name` when no such clause is there.
 */
export function toldVerbName(name: string, unit: string, sentenceBefore: string): string {
  const verb = VERB_ALONE.exec(name)?.[0];
  if (!verb || !sentenceBefore.includes(verb)) return name;
  const at = sentenceBefore.lastIndexOf(verb);
  const figure = /^\d+(?:\.\d+)?/.exec(sentenceBefore.slice(at + verb.length));
  const told =
    figure !== null && sentenceBefore.startsWith(unit, at + verb.length + figure[0].length);
  if (!told) return name;
  const clause = sentenceBefore.slice(0, at);
  const things = trimPhrase(
    clause.slice(Math.max(...[',', '，', ';', '；'].map((c) => clause.lastIndexOf(c))) + 1),
  );
  return things.length >= 2 && things.length <= 16 && /^[\u4e00-\u9fff]+$/.test(things)
    ? `${things}${verb}数`
    : name;
}
