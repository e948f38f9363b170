import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AN (an allocation table flattened by
// spaces), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('an allocation table flattened by spaces', () => {
  const table =
    '附件2:2024年职工体检名额分配表 科 室 名额(人) 说明 内科 12 外 科 8 儿科病房 5 合计 25';

  it('reads each unit’s number as its quota, the unit as scope and 合计 as the whole', () => {
    const found = targets(table);
    expect(found.map((t) => [t.value, t.scope, t.unit, t.comparator])).toEqual([
      [12, '内科', '人', '>='],
      [8, '外科', '人', '>='],
      [5, '儿科病房', '人', '>='],
      [25, null, '人', '>='],
    ]);
    expect(found.map((t) => t.quote)).toEqual(['内科 12', '外 科 8', '儿科病房 5', '合计 25']);
  });

  it('names the quota by what the title says it is for', () => {
    expect(new Set(targets(table).map((t) => t.indicator))).toEqual(new Set(['职工体检名额人数']));
  });
});
