import { areaAfterRate } from './asides';
import { coveredListScope, unitListScope } from './unit-list-scope';
import { ablePlaces } from './able-places';
import { tidyName } from './indicator';
import type { Mention } from './mentions';
import { unitGroupAim } from './unit-group-aims';
import { allocatedShare, statedTask } from './allocated-shares';
import { rowCellLabel } from './table-rows';
import { colonLabel } from './label-values';
import { type Previous } from './mention-names';
import { PICKED_BY_LEVEL } from './mention-references';
import { lineStartOf } from './list-leads';
import { perPerson } from './level-naming';
import type { MentionClause } from './mention-clause';

// The naming step where a word around the figure overrides the name read so far: a label, a
// table cell, a word pointing back, a task, a time standard, a share allocated, units picked
// out (readMention, extract-targets.ts).

// The group of people a clause names as its scope, and the group a carried name opens with.
// (城市, 农村 are areas the same group lives in: 儿童保健系统管理率 stays whole for 农村.)
// Only a group of another age replaces one (成人 → 儿童青少年); 男性, 女性 are parts of the group
// the name keeps (成人吸烟率, 女性为3%).
const PEOPLE_SCOPE = /(?:成年人|成人|儿童|青少年|学生|老年人|老人)$/;
// 这一比例, 该指标: a word pointing back at the indicator just named.
const POINTS_BACK = /^(?:这一|这个|该|此)(?:数字|数据|指标|数值|比例)$/;
const OPENING_GROUP =
  /^(?:成年人|成人|儿童青少年|儿童|青少年|中小学生|老年人)(?=[\u4e00-\u9fff]{2})/;

/**
 * A name and scope, with the allocated share (`quota`) or stated task (`task`) that named them,
 * which fix the comparator.
 */
export interface OverriddenName {
  name: string;
  scope: string | null;
  quota: { name: string; scope: string | null } | null;
  task: string | null;
}

/**
 * The name `named` of mention `m`, or the one a word around it gives instead; `guaranteed` is a
 * time standard's name.
 */
export function overriddenName(
  t: string,
  m: Mention,
  w: MentionClause,
  unit: string,
  prev: Previous | null,
  title: string | null,
  guaranteed: string | null,
  named: { name: string; scope: string | null },
): OverriddenName {
  const { sStart, samePrev, before, after, clauseBefore } = w;
  let { name, scope } = named;
  const able = samePrev && samePrev.target.unit === unit ? ablePlaces(clauseBefore) : null;
  if (able) [name, scope] = [samePrev!.target.indicator, able];

  // 成人肥胖率控制在12%以内,儿童青少年不超过8%: the group a clause names replaces the group that
  // opens the name it carries on (肥胖率, for 儿童青少年).
  if (samePrev && scope && name === samePrev.target.indicator) {
    const group = OPENING_GROUP.exec(name);
    if (group && !scope.includes(group[0]) && PEOPLE_SCOPE.test(scope))
      name = name.slice(group[0].length);
  }
  let quota: { name: string; scope: string | null } | null = null;
  // 献血工作任务为133单位: a task stated with 为 is a floor to meet, titled 无偿献血任务量.
  const task = m.kind === 'count' ? statedTask(before, unit) : null;
  if (task) name = task;
  // 近视率高于全国平均水平的省份每年下降1%: the units a comparison picks out are the scope; what
  // they are compared on is the name.
  const picked = PICKED_BY_LEVEL.exec(name);
  if (picked) [name, scope] = [picked[1]!, scope ?? name];
  // 提高新农合筹资标准,人均达360元: a name found in the clause before is per head all the same.
  if (m.kind === 'amount') name = perPerson(name, t.slice(sStart, m.start));
  if (guaranteed) [name, scope] = [guaranteed, null];
  // 规范管理率:80%: a label–value pair is named by its label, whatever stands around it.
  const label = m.kind === 'rate' ? colonLabel(t.slice(sStart, m.start)) : null;
  if (label) [name, scope] = [tidyName(label), null];
  // 领域 | 序号 | 部门 | 指标 | >80%: a flattened row's figure is named by its last labelled cell.
  const cell = rowCellLabel(t.slice(lineStartOf(t, m.start), m.start));
  if (cell) [name, scope] = [tidyName(cell), null];
  // 到2020年这一数字有望达到77岁: a word pointing back names the indicator just set.
  if (prev && POINTS_BACK.test(name)) {
    name = prev.target.indicator;
    scope = scope ?? prev.target.scope;
  }
  if (m.kind === 'rate') {
    // 甲医院等9家区域医院目标值为70%: the units are the scope, the measure the sentence's aim's.
    const group = unitGroupAim(name, t.slice(sStart, m.start));
    if (group) [name, scope] = [group.name, group.scope];
    quota = allocatedShare(clauseBefore, after, title); // 按总人口的3‰下达任务: exact, of a base
    if (quota) [name, scope] = [quota.name, quota.scope ?? scope];
    const area = areaAfterRate(name, prev?.target.kind === 'rate' ? prev.target.indicator : null);
    if (area) [name, scope] = [area.name, area.scope];
    const units = unitListScope(name) ?? coveredListScope(name);
    if (units) [name, scope] = [units.name, scope ?? units.scope];
  }
  return { name, scope, quota, task };
}
