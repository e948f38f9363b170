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
    t.lastIndexOf('覆盖', m.start) >= m.start - 24 &&
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
  if (wanArea && name && !/面积$/.test(name))
    name = `${name.replace(/各$/, '').replace(/数$/, '')}面积`;
  // (一)生活垃圾无害化处理率。…城市达到76%以上: a figure whose words name nothing takes the item's
  // heading when the heading is the measure.
  if (namesNothing(name)) name = headingMeasure(t, m.start) ?? name;
  // A list's later value may carry its first value's name, already a change's.
  if (change && name && !/(?:幅度|增长率|提高额)$/.test(name))
    name = changeName(withoutTrailingReference(name), change, m.unit);
  return name;
}

// A name that already ends in what it measures.
const MEASURED = /(?:率|比例?|占比|比重|水平|数|量|度|指数|人次)$/;
// 覆盖 right before the figure (覆盖了/达到, or before the list's later value: 覆盖20%和).
const COVERS_FIGURE = /覆盖(?:了|到|达到?)?\s*(?:\d[\d.]*\s*[%‰]\s*[、和及]\s*)*$/;

const BRACKETED_UNIT = /^\s*[(（](以[^()（）,，。;；]{1,16}?为单位)/;

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
  if (name) name = finishedName(name, m.kind === 'rate' && !change && /^[%‰]$/.test(m.unit), tail);
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
  return { name, scope };
}
