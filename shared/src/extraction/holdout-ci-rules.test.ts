import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CI (this year's aims told in news and
// 两会 prose: a city's progress beside its plan, a county's building programme, a city's story on
// a provincial portal), each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => `${t.value}${t.unit}`);

describe('progress told as of a day reached with 已 (reported.ts)', () => {
  it('drops the counts done by a month end and keeps the year plan', () => {
    const text =
      '今年全县计划新建村卫生室40个。至6月底,已完工甲村、乙村等卫生室,新建村卫生室25个,到位资金800万元。';
    expect(values(text)).toEqual(['40个']);
  });

  it('drops them after a dated day too', () => {
    const text = '全年计划培训乡村医生900人。到2023年9月30日,县卫健局已组织培训乡村医生640人。';
    expect(values(text)).toEqual(['900人']);
  });
});
