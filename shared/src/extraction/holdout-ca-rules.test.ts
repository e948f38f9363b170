import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

const quotes = (text: string) => extractTargets(text).targets.map((t) => t.quote);

describe('set CA rules', () => {
  it('reads an aim for the general population with 均 (一般 names the group, not what usually holds)', () => {
    const q = quotes('到2030年,一般人口体检率城乡均达到45%。');
    expect(q.some((x) => x.endsWith('均达到45%'))).toBe(true);
  });

  it('still drops what usually holds (一般…均)', () => {
    expect(quotes('该手术一般术后治愈率均达90%以上。')).toEqual([]);
  });

  it('drops a slogan that counts its percentages (两个100%), keeping the aims it names', () => {
    const q = quotes(
      '为确保到2025年全面达标,全市明确提出“两个100%和四个95%”,即适龄儿童接种率达到95%。',
    );
    expect(q.some((x) => x.includes('两个100%'))).toBe(false);
    expect(q.some((x) => x.endsWith('接种率达到95%'))).toBe(true);
  });

  it('counts the people served with 约 between 为 and the number, and a qualifier with 的 before them', () => {
    const t = extractTargets(
      '到2030年,本省将为约2.3亿符合条件的60岁以上老人提供免费体检。',
    ).targets;
    expect(t.some((x) => x.value === 230000000 && x.comparator === '~')).toBe(true);
  });

  it('leaves such a count a statistic without 为 (有300万符合条件的老年人)', () => {
    expect(quotes('全市目前有300万符合条件的老年人。')).toEqual([]);
  });
});
