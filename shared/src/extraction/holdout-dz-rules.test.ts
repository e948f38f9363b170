import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set DZ (a region's news item on its
// maternal and child health results, and a province's item mixing last year's results with
// this year's aims), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => [t.value, t.unit]);

describe('changes since a named year given one for each level the sentence has just stated', () => {
  it('are how far a report’s levels moved (分别比…年下降 after bare levels)', () => {
    expect(
      values(
        '2021年,全市新生儿死亡率3.1‰,孕产妇系统管理率93.5%,分别比2016年下降21.37%、提高6.2个百分点。',
      ),
    ).toEqual([]);
  });

  it('keeps a plan’s changes stated for names (guard)', () => {
    expect(values('到2025年,新生儿死亡率、孕产妇死亡率分别比2020年下降15%、20%。')).toEqual([
      [15, '%'],
      [20, '%'],
    ]);
  });

  it('keeps changes after aimed levels (guard)', () => {
    expect(
      values('新生儿死亡率控制在3‰以下,孕产妇死亡率控制在10/10万以下,分别比2020年下降15%、20%。'),
    ).not.toEqual([]);
  });
});
