import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AX (a bare list of a year's indicators
// with last year's values in brackets, …), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('last year’s value in a bracket after an aim', () => {
  const list =
    '1.新生儿访视率≥92%(2021:88%)\n2.儿童龋齿充填率≥40%(2021年:35%)\n3.学校卫生监督覆盖率≥98%(新增)';

  it('is the baseline, not a target', () => {
    expect(targets(list).map((t) => t.value)).toEqual([92, 40, 98]);
  });

  it('dates the list the year after it, not its own year', () => {
    expect(targets(list).map((t) => t.year)).toEqual([2022, 2022, 2022]);
    expect(extractTargets(list).document.year).toBe(2022);
  });

  it('leaves a milestone opening a bracket alone (no colon after its year)', () => {
    const plan = '2024年计划:产前筛查率达到80%以上(2025年达到85%)。';
    expect(targets(plan).map((t) => [t.value, t.year])).toEqual([
      [80, 2024],
      [85, 2025],
    ]);
  });
});
