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

describe('a level with its change since a year two or more before, no aim in the sentence', () => {
  it('is a report’s level (提升 counted as a change word)', () => {
    expect(values('2020年,全县产前筛查率达96.47%,较2015年提升8.31个百分点。')).not.toContainEqual([
      96.47,
      '%',
    ]);
  });

  it('and its change is how far that level moved', () => {
    expect(values('2020年,全县产前筛查率达96.47%,较2015年提升8.31个百分点。')).toEqual([]);
  });

  it('keeps an aimed level and its change (guard)', () => {
    expect(values('到2025年,全县产前筛查率达到98%,较2020年提升3个百分点。')).toContainEqual([
      98,
      '%',
    ]);
    expect(values('到2025年,全县产前筛查率达到98%,较2020年提升3个百分点。')).toContainEqual([
      3,
      '个百分点',
    ]);
  });
});

describe('a clause opening with a number of units that meet a standard', () => {
  const noLevel = (text: string) => targets(text).filter((t) => t.value === null);

  it('sets no value-less target of the standard (全市有N所…达到省定标准)', () => {
    expect(noLevel('全市有217所村卫生室建设水平达到省定标准,群众就近就医更加便利。')).toEqual([]);
  });

  it('keeps a named measure that is to meet it (guard)', () => {
    expect(noLevel('全市村卫生室建设水平达到省定标准。').length).toBe(1);
  });
});
