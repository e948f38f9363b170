import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes left in hold-out sets BS and BU after two rounds, each
// tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a full stop followed by a comma', () => {
  it('does not end the sentence, so a lead of the past governs the rest', () => {
    const text =
      '2019年县卫生工作要点\n截至去年年底,全县户籍人口41.2万人,出生率9.3‰。,死亡率6.1‰。,住院分娩率99.5%,全面完成了各项任务。到2019年,住院分娩率达到99.8%。';
    expect(values(text)).toEqual([99.8]);
  });
});

describe('a from-to with the per-head word before both numbers', () => {
  it('reads the second number as the aim and the first as its baseline', () => {
    const text =
      '2021年医保工作要点\n今年居民医保财政补助由去年的人均550元提高到人均580元以上,个人缴费同步提高。';
    const t = targets(text);
    expect(t.map((x) => [x.value, x.unit, x.comparator])).toEqual([[580, '元', '>=']]);
  });
});
