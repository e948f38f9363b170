// Which insurance scheme a bare insurance term belongs to (hold-out set AU). Plans name the scheme
// once as the subject of a sentence, a paragraph or a section (新型农村合作医疗…,参合率…;政策范围内
// 住院费用支付比例…; 城镇居民基本医疗保险…,参保率…) and then write its measures bare; a chart's title
// keeps the scheme (新农合参合率, 城镇居民医保参保率), in its short form. 新农合 was read so before
// (its sum terms); the other schemes and the shares and rates of enrolment are read the same way.

// A measure of an insurance scheme as plans write it bare: its sums (read so since 新农合's round)…
const SUM_TERM =
  /^(?:人均筹资(?:水平|标准|总额)?|最高支付限额|(?:住院)?补偿封顶线|(?:各级)?财政(?:人均)?补助标准|人均财政补助标准|(?:人均|个人)缴费标准|参合率)$/;
// …and its enrolment and payment shares, titled with a scheme only where the scheme is the subject
// of their sentence (城镇居民医保…,参保率…) or the headline's: plans name 政策范围内住院费用报销比例 bare
// under a heading of one scheme, and the seeds' gold keeps it bare there.
const SHARE_TERM =
  /^(?:参保率|(?:政策范围内)?(?:住院|门诊)费用(?:基金)?(?:支付|报销|补偿)(?:比例|比))$/;
// 居民医保 bare is how national notices since 2016 name the residents' scheme (城乡 left implied).
const SCHEME =
  /新农合|新型农村合作医疗|(?:城乡|城镇)?居民(?:基本)?医(?:疗)?保(?:险)?|(?:城镇)?职工(?:基本)?医(?:疗)?保(?:险)?/g;
const SCHEME_AT = new RegExp(SCHEME.source);
const SECTION_HEADING = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/;

/** 城镇居民基本医疗保险 → 城镇居民医保, 新型农村合作医疗 → 新农合: the scheme as a title writes it. */
function shortScheme(written: string): string {
  if (/新农合|新型农村合作医疗/.test(written)) return '新农合';
  return `${/^[^医]*/.exec(written)![0].replace(/基本$/, '')}医保`;
}

// 符合政策的住院医疗费用 is what plans also call 政策范围内住院费用: one title for one measure.
// (Each rewrite only where its words stand: names pass here for every rate and sum.)
const houseTerm = (name: string) => {
  let s = name;
  if (s.startsWith('符合政策的')) s = s.replace(/^符合政策的(?=住院|门诊)/, '政策范围内');
  return s.includes('医疗费用') ? s.replace(/(住院|门诊)医疗费用/, '$1费用') : s;
};

// One scheme written after another and a joining word (新农合和城镇居民医保…) is a joint name; a
// scheme after an earlier item of a list (…提高到75元、城乡居民医保…) is named alone.
const JOINED = /(?:合作医疗|新农合|医保|保险|职工|居民)[和及、与]\s*$/;

/** The last scheme `s` names, in its short form; null where none, or where it is joined to another. */
function lastScheme(s: string): string | null {
  let last: RegExpExecArray | null = null;
  for (const m of s.matchAll(SCHEME)) last = m;
  if (!last || JOINED.test(s.slice(Math.max(0, last.index - 6), last.index))) return null;
  return shortScheme(last[0]);
}

// A sentence whose subject is the scheme, after a time lead (2018年,城镇居民基本医疗保险…).
const SUBJECT_LEAD =
  /^\s*(?:(?:(?:19|20)\d{2}年度?|今年|明年)\s*[,，]?\s*)?(?=新农合|新型农村|城乡居民|城镇居民|城镇职工|职工)/;

/**
 * The scheme a bare term of the sentence `[sStart, at)` belongs to. A share's: the scheme its full
 * sentence opens with, else the headline's. A sum's: the sentence's own, else the paragraph's before
 * it, else its section heading's.
 */
function schemeOf(t: string, sStart: number, at: number, share: boolean): string | null {
  // The full sentence, across the semicolons of a list (…参合率稳定在96%以上;政策范围内…).
  const from = Math.max(0, sStart - 400);
  const before = t.slice(from, sStart);
  const full = t.slice(from + Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1, at);
  if (share) return SUBJECT_LEAD.test(full) ? lastScheme(full) : headlineOnly(t, sStart, full);
  const sentence = t.slice(sStart, at);
  if (SCHEME_AT.test(sentence)) return lastScheme(sentence);
  const paragraph = t.slice(t.lastIndexOf('\n', sStart - 1) + 1, sStart);
  if (SCHEME_AT.test(paragraph)) return lastScheme(paragraph);
  // The nearest heading line above, within a section's reach.
  let lineEnd = t.lastIndexOf('\n', sStart);
  for (let n = 0; n < 12 && lineEnd > 0 && sStart - lineEnd < 1500; n++) {
    const lineStart = t.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = t.slice(lineStart, lineEnd);
    if (SECTION_HEADING.test(line)) return lastScheme(line);
    lineEnd = lineStart - 1;
  }
  return null;
}

/**
 * A news item's headline (某省年内开展城镇居民医保门诊统筹) names the scheme its story is about, for a
 * share whose paragraph names no scheme.
 */
function headlineOnly(t: string, sStart: number, full: string): string | null {
  const near = t.slice(Math.max(0, sStart - 400), sStart);
  const paragraph = near.slice(near.lastIndexOf('\n') + 1);
  if (SCHEME_AT.test(full) || SCHEME_AT.test(paragraph)) return null;
  const first = /^\s*([^\n]{4,60})\n/.exec(t.slice(0, Math.min(sStart, 200)));
  return first && !/[。;；]/.test(first[1]!) ? lastScheme(first[1]!) : null;
}

// Names round 16: bureaus title the rural scheme 新农合 whatever the plan writes (新型农村合作医疗
// 政策内住院补偿率 → 新农合政策内住院补偿率); a joint name of several schemes keeps its words, as its
// golds do (城镇职工和居民基本医疗保险及新型农村合作医疗参保率).
const RURAL_SCHEME_LONG = /新型农村合作医疗(?:制度)?/;
const OTHER_SCHEME = /城镇|职工|居民|医疗保险|医保/;

// 参合 is joining the rural scheme: its rates are the scheme's (农民参合率 → 新农合参合率). The scheme's
// own members before it say nothing more; a unit counted by (以乡镇为单位) is the rate's scope.
const ENROLMENT = /^(?:(.{1,14}?)的?)?(参合(?:覆盖)?率)$/;
const MEMBERS = /^(?:全[省市县区])?(?:参合)?(?:农民|农村居民|农村人口|群众)$/;

// 财政对城镇居民医保补助标准, 对参加新型农村合作医疗制度的人均补助额: a subsidy is titled by the scheme,
// then 人均 and who pays (城镇居民医保人均财政补助标准), as bureaus write it. A bare 对 leaves the payer
// to the clause before it in the sentence (各级财政对…,对参加…的人均补助额).
// A joint subsidy (对城镇居民基本医疗保险和新型农村合作医疗的补助标准) titles each scheme short.
const SUBSIDY_TO =
  /^((?:各级)?(?:财政|政府))?对(?:参加)?(.{2,24}?)(?:制度)?的?(人均)?(补助|补贴)(标准|额)$/;

const FULL_LEAD = /^(?:(?:城乡|城镇)?居民|(?:城镇)?职工)基本医疗保险/;

// 参加新农合 written out is 参合, as bureaus title it: the share of farmers who join (农民参加新农合率,
// 80%以上的农民参加新农合 → …比例) is the scheme's 参合率, and the members who joined are 参合农民
// (参加新农合农民的健康体检率 → 参合农民健康体检率; 参加合作医疗农民的满意率 → 参合农民满意率).
const JOINING_SHARE = /^((?:农村)?(?:农民|居民|人口|群众))?参加(?:新农合|合作医疗)(?:率|比例)$/;
const JOINED_MEMBERS = /参加(?:新农合|合作医疗)(农民|居民|人员|人口)的?/;

/** The scheme a name holds in its short form, the subsidy paid to it titled after it. */
function schemeWords(name: string, t: string, sStart: number, at: number): string {
  // A raise of the sum (…补助标准提高额) is titled as the sum is, its change word kept after it.
  const raise = name.endsWith('额') ? /提高额$/.exec(name) : null;
  if (raise) return schemeWords(name.slice(0, raise.index), t, sStart, at) + raise[0];
  let s =
    OTHER_SCHEME.test(name) || !name.includes('新型农村')
      ? name
      : name.replace(RURAL_SCHEME_LONG, '新农合');
  if (s.includes('参加'))
    s = JOINING_SHARE.test(s)
      ? `${JOINING_SHARE.exec(s)![1] ?? ''}参合率`
      : s.replace(JOINED_MEMBERS, '参合$1');
  const subsidy = s.endsWith('标准') || s.endsWith('额') ? SUBSIDY_TO.exec(s) : null;
  if (subsidy && SCHEME_AT.test(subsidy[2]!)) {
    const [, payer, scheme, perHead, aid, kind] = subsidy;
    const before = t.slice(Math.max(sStart, at - 120), at);
    const paidBy = payer ?? /(?:财政|政府)(?=对)/.exec(before)?.[0] ?? '';
    const short = scheme!.replace(SCHEME, (w) => shortScheme(w));
    s = `${short}${perHead ?? ''}${paidBy.replace(/^各级/, '')}${aid}${kind}`;
  }
  // 城乡居民基本医疗保险人均财政补助标准: a sum of one scheme written out in full is titled with the
  // scheme's short form, as bureaus title the scheme's other sums (城乡居民医保个人缴费标准).
  const lead =
    s.startsWith('城') || s.startsWith('居') || s.startsWith('职') ? FULL_LEAD.exec(s) : null;
  if (lead && SUM_TERM.test(s.slice(lead[0].length)))
    s = shortScheme(lead[0]) + s.slice(lead[0].length);
  return s;
}

/**
 * A bare insurance term titled with its scheme (参保率 → 城镇居民医保参保率); 城镇/农村 read as an
 * area before 医保 goes back into the scheme's name (城镇医保最高支付限额).
 */
export function withScheme(
  name: string,
  scope: string | null,
  t: string,
  sStart: number,
  at: number,
): { name: string; scope: string | null } {
  if (scope && /^(?:城镇|农村|城乡)$/.test(scope) && /^(?:居民|职工)?医保/.test(name))
    return { name: scope + name, scope: null };
  // 城镇居民 read as a group before 基本医疗保险…标准 is the scheme's own first words.
  if (scope && /^(?:城镇|城乡)?(?:居民|职工)$/.test(scope) && /^基本医疗保险/.test(name))
    [name, scope] = [scope + name, null];
  name = schemeWords(name, t, sStart, at);
  const enrolment = name.endsWith('率') && name.includes('参合') ? ENROLMENT.exec(name) : null;
  if (enrolment) {
    const lead = enrolment[1] ?? '';
    const ownScope = lead && !MEMBERS.test(lead) && !SCHEME_AT.test(lead) ? lead : null;
    return { name: `新农合${enrolment[2]}`, scope: scope ?? ownScope };
  }
  const term = houseTerm(name);
  const share = SHARE_TERM.test(term);
  if (!share && !SUM_TERM.test(term)) return { name, scope };
  const scheme = schemeOf(t, sStart, at, share);
  if (!scheme) return { name: term, scope };
  // 各级财政补助标准: whose money it is stays in the title.
  const levels = t.slice(sStart, at).includes(`各级${term.slice(0, 2)}`) ? '各级' : '';
  return { name: `${scheme}${levels}${term}`, scope };
}
