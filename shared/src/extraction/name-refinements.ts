import { withoutPageBreaks } from './page-breaks';
import { withoutTrailingReference } from './context-rules';
import { type Change, changeName } from './change';
import { kindShare, shareOfPrevious } from './share-subjects';
import { bornToGroup } from './group-lists';
import { withMeasureWord } from './indicator';
import type { Mention } from './mentions';
import { fallOfMeasure, rateOfSameSubject } from './bare-rates';
import { lookedBackSubject } from './act-subjects';
import { GENERIC_RATE, qualifiedRate, bareRateSubject, type Previous } from './mention-names';
import { countShare } from './mention-shares';
import { conditionedGroup } from './condition-groups';
import { opinionRate } from './opinion-rates';
import { pickedPlacesScope } from './criteria';
import { finishedName } from './name-finish';
import { boundOpenedName, fromToSubject, referredMeasure } from './broken-names';
import { headingMeasure, namesNothing } from './measure-headings';
import type { MentionClause } from './mention-clause';

// The last naming step before the catalogue's (readMention, extract-targets.ts): a rate takes the
// subject its act is of and the measure word its unit says (覆盖率, 比例), a floor area is named
// for the area, and a change for the change.

/** The name `name` of mention `m` with its subject and measure word. */
export function refinedName(
  t: string,
  m: Mention,
  w: MentionClause,
  change: Change | null,
  name: string,
): string {
  const { sStart, cStart, samePrev, respective, clauseBefore, tail } = w;
  // 登记建档率达70%,规范化管理率达80%: a later item that is only an act takes the subject before it.
  const sameSubject =
    samePrev && !respective && m.kind === 'rate'
      ? rateOfSameSubject(name, samePrev.target.indicator)
      : null;
  if (sameSubject) name = sameSubject;
  else if (GENERIC_RATE.test(name) && !respective)
    name = qualifiedRate(name, samePrev, t, sStart, cStart);
  // 对超重学生进行早期干预,干预率达90%: a bare act's rate takes its subject from just before.
  if (m.kind === 'rate' && !respective && name)
    name = bareRateSubject(name, t, sStart, cStart, m.start, samePrev) ?? name;
  // 对筛出的高危对象,…,干预指导率…: further back in the sentence (names round 14).
  if (m.kind === 'rate' && !respective && name)
    name = lookedBackSubject(name, t, sStart, cStart) ?? name;
  if (samePrev) name = bornToGroup(name, samePrev.target.indicator) ?? name;
  if (samePrev && m.kind === 'rate' && !respective)
    name =
      shareOfPrevious(name, samePrev.target.indicator) ??
      (samePrev.target.kind === 'count'
        ? kindShare(name, clauseBefore, samePrev.target.indicator)
        : null) ??
      name;
  // 近视监测100%全覆盖: an act of covering named after the figure makes it a coverage; so does one
  // right before it (数字化服务覆盖100%接种单位, 签约服务分别覆盖20%和45%): 数字化服务覆盖率.
  if (m.kind === 'rate' && !change && name && /^全?覆盖(?![\u4e00-\u9fff])/.test(tail))
    name = withMeasureWord(`${name.replace(/覆盖$/, '')}覆盖`);
  else if (
    m.kind === 'rate' &&
    !change &&
    name &&
    /^[%‰]$/.test(m.unit) &&
    !MEASURED.test(name) &&
    t.slice(Math.max(0, m.start - 24), m.start + 2).includes('覆盖') &&
    COVERS_FIGURE.test(t.slice(Math.max(cStart, m.start - 24), m.start))
  )
    name = `${name.replace(/覆盖$/, '')}覆盖率`;
  else if (m.kind === 'rate' && !change && name && /^[%‰]$/.test(m.unit))
    name = withMeasureWord(countShare(name));
  else if (m.kind === 'rate' && !change && name && m.unit.startsWith('1/'))
    name = withMeasureWord(name);
  // 改造20万平方米, 开竣工安置房各150万平方米: a floor area built is named for the area (without a
  // distributive 各 and a count's 数).
  const wanArea =
    m.unit === '万平方米' || (m.unit === '平方米' && t.slice(m.start, m.end).includes('万'));
  if (wanArea && name && !/面积$/.test(name)) {
    name = `${name.replace(/各$/, '').replace(/数$/, '')}面积`;
    // 综合整治老旧小区15万平方米, 建设业务用房3万平方米: the area is titled by what is built, then the
    // building (老旧小区综合整治面积, 业务用房建设面积), as bureaus title works.
    const works = AREA_WORKS.exec(name);
    if (works) name = `${works[2]}${works[1]}面积`;
  }
  // 落实建设用地300亩: land set aside for a use is named for its area too.
  else if (m.unit.endsWith('亩') && name.endsWith('用地')) name = `${name}面积`;
  // (一)生活垃圾无害化处理率。…城市达到76%以上: a figure whose words name nothing takes the item's
  // heading when the heading is the measure.
  if (namesNothing(name)) name = headingMeasure(t, m.start) ?? name;
  // A list's later value may carry its first value's name, already a change's.
  if (change && name && !/(?:幅度|增长率|提高额)$/.test(name))
    name = changeName(withoutTrailingReference(name), change, m.unit);
  return name;
}

const AREA_WORKS =
  /^((?:综合)?整治|改造|新建|建设|改建|扩建|修建|开竣工)([\u4e00-\u9fff()（）]{2,16})面积$/;
// A name that already ends in what it measures.
const MEASURED = /(?:率|比例?|占比|比重|水平|数|量|度|指数|人次)$/;
// 覆盖 right before the figure (覆盖了/达到, or before the list's later value: 覆盖20%和).
const COVERS_FIGURE = /覆盖(?:了|到|达到?)?\s*(?:\d[\d.]*\s*[%‰]\s*[、和及]\s*)*$/;

const BRACKETED_UNIT = /^\s*[(（](以[^()（）,，。;；]{1,16}?为单位)/;

const MEASURE_END = /(?:率|比|比例|占比|比重|幅度|水平|指数)$/;
const SHARE_TAIL = /^(?:来自|用于|由)[\u4e00-\u9fff]{2,16}/;

// 每个区…, 每个县(市、区)…: a name opening with each place of a level (not a body of that level,
// 每个乡镇卫生院, 每个县级医院) holds in each of them: that is its scope, as 各县 is (indicator.ts'
// GROUP_LEAD). Only with 个: 每村无主犬数 is a density, what one village has on average.
const HANDED_TO =
  /^([\u4e00-\u9fff]{2,20}?)交由([\u4e00-\u9fff]{2,12}?)(承担|负责|实施|完成)((?:比例|率)?)$/;
const AREA_CARE = /^[省市州县区][内外](?=(?:生病)?(?:住院|就医|就诊|门诊|转诊))/;
const PER_PLACE =
  /^每[个個](?:地级以上城市|设区市|区县|县区|市县|县|市|区|乡镇|街镇|街道|乡|镇|村|社区|省)(?:[(（][\u4e00-\u9fff、]{1,8}[)）])?(?![\u4e00-\u9fff]?(?:医院|卫生院|级|域|政府|委|局))(?=[\u4e00-\u9fff]{3})/;

/**
 * The name and scope of mention `m` after the catalogue's step: a group picked by a condition or an
 * opinion asked is the scope; the name is finished (finishedName).
 */
export function finishedTargetName(
  t: string,
  m: Mention,
  w: MentionClause,
  change: Change | null,
  name: string,
  scope: string | null,
  prev: Previous | null = null,
): { name: string; scope: string | null } {
  const { sStart, tail } = w;
  // 接触放射线工作人员个人剂量监测率: people picked out by a condition are the scope, not the name.
  const conditioned = m.kind === 'rate' && name && !scope ? conditionedGroup(name) : null;
  if (conditioned) [name, scope] = [conditioned.name, conditioned.scope];
  const opinion =
    m.kind === 'rate' && name && !scope ? opinionRate(name, t.slice(sStart, m.start)) : null;
  if (opinion) [name, scope] = [opinion.name, opinion.scope];
  // 每个区新建成健康企业数, 每个县区适龄儿童…率: each place the aim holds in is the scope.
  const per = name.startsWith('每') && !scope ? PER_PLACE.exec(name) : null;
  if (per) [name, scope] = [name.slice(per[0].length), per[0]];
  // 发病率高于100/10万的省份,年递降率…: the places the clause before picks out, whose measure a bare
  // yearly fall is of (topic from the target just before, within 300 characters).
  if (m.kind === 'rate' && !scope) {
    scope = pickedPlacesScope(t, w.cStart);
    if (scope && name) {
      const near = prev && prev.end >= m.start - 300 ? prev.target.indicator : '';
      name = fallOfMeasure(name, scope, near);
    }
  }
  // …控制在1‰以下(以县为单位): the unit a rate is counted by, in a bracket right after it.
  if (!scope && tail.includes('为单位')) scope = BRACKETED_UNIT.exec(tail)?.[1] ?? null;
  // 临床用血100%来自自愿无偿献血: a whole's share named by where it comes from, goes to or who does it
  // after the figure takes those words (临床用血来自自愿无偿献血比例).
  // (A volume was given 占比 already, 门诊量占比; where the tail says whence, that names it.)
  const whole = name.endsWith('量占比') ? name.slice(0, -2) : name;
  if (m.unit === '%' && !change && whole.length >= 2 && !MEASURE_END.test(whole)) {
    const whence = SHARE_TAIL.exec(tail);
    if (whence) name = `${whole}${whence[0]}比例`;
  }
  if (name) name = finishedName(name, m.kind === 'rate' && !change && /^[%‰]$/.test(m.unit), tail);
  // 州外住院报销90%, 县外就医…: care inside or outside the area (州内, 县外) is the scope of the share, as
  // golds write 县外定点医疗机构; 县域内 and 市域内 name measures of their own and stay (round DH).
  // 将45%的公共卫生任务交由村卫生室承担: tasks handed to units are titled by the units that take them
  // on (村卫生室承担公共卫生任务比例), the active order plans and golds name such a share in (round DH).
  if (name.includes('交由')) name = name.replace(HANDED_TO, '$2$3$1$4');
  const area = !scope && m.kind === 'rate' ? AREA_CARE.exec(name) : null;
  if (area)
    [name, scope] = [name.slice(area[0].length).replace(/^生病(?=住院|就医|就诊)/, ''), area[0]];
  // 孕前优生健康检查50对: couples are counted in 对, and the count is titled so (…检查对数), unless
  // the name says whom it counts (…夫妇数).
  if (m.unit === '对' && name.endsWith('数') && !name.endsWith('对数') && !/夫[妇妻]/.test(name))
    name = name.replace(/人?数$/, '对数');
  // 农2 / 4 村, 村卫 生室: a page break inside a word is no part of the name.
  if (name) name = withoutPageBreaks(name, t.slice(sStart, m.start));
  // 将从原来的8万元提高至10万元: a name that is only the baseline takes the words before 从.
  if (name.startsWith('从') || name.startsWith('由'))
    name = fromToSubject(name, t.slice(sStart, m.start));
  // …14.9‰。以内,比2005年下降21.6%: a name the bound before it opens is the previous figure's measure.
  if (name.startsWith('以'))
    name = boundOpenedName(name, t.slice(Math.max(0, sStart - 40), sStart));
  // 将这一指标控制在25%以内: a name pointing back takes the measure the text before stated.
  if (name.endsWith('指标'))
    name = referredMeasure(name, t.slice(Math.max(0, sStart - 300), m.start));
  if (m.kind === 'rate' && name.includes('、'))
    name = sharedByPair(name, t.slice(sStart, m.start)) ?? name;
  return { name, scope };
}

// 出院随访率、复诊率均达到90%: two rates listed with 、 that 均 (都) gives one figure are one target,
// a pair, and a chart titles a pair X率和Y率; rates listed without 均, or three and more, keep the
// list's marks, as most golds write them.
const RATE_PAIR = /^([^、和及与]{2,}(?:率|比例))、([^、和及与]+(?:率|比例))$/;
const BOTH_AFTER = /[率例]\s*(?:均|都)[^率例]*$/;

/** `X率、Y率` → `X率和Y率` when the words before the figure give both one value (均); else null. */
export function sharedByPair(name: string, before: string): string | null {
  const pair = RATE_PAIR.exec(name);
  return pair && BOTH_AFTER.test(before) ? `${pair[1]}和${pair[2]}` : null;
}
