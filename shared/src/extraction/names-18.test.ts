import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Names round 18 (issue 14, branch hnames2), in wording of our own.
const HEADER = '2014年全区人才引进工作计划\n';
const read = (body: string) =>
  extractTargets(HEADER + body).targets.map((t) => [t.indicator, t.comparator]);

describe('a list of counts whose numbers come first', () => {
  it("gives the later items the first item's verb", () => {
    expect(read('到2016年,新增5名主任医师、8名副主任医师。')).toEqual([
      ['新增主任医师人数', '>='],
      ['新增副主任医师人数', '>='],
    ]);
  });

  it('reads a later range as a floor to reach, as the first', () => {
    expect(read('到2016年,新增1位至2位学科带头人、4位至6位骨干医师。')).toEqual([
      ['新增学科带头人数', '>='],
      ['新增骨干医师数', '>='],
    ]);
  });
});

describe("a list's closing 等", () => {
  it('is dropped before the counter', () => {
    expect(read('到2016年,引进5名博士、8名硕士等。').map((r) => r[0])).toEqual([
      '博士人数',
      '硕士人数',
    ]);
  });
});
