import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { findMentions } from './mentions';
import { tenthsAimed } from './tenths';
import { cameTo, timesAfter } from './told-now';

// Rules written from the failure classes of hold-out set EG (traditional-script news on coverage
// aims told in tenths against a month's or year's end), each tested in wording of its own.
const targets = (text: string) => extractTargets(text).targets;
const aimedAt = (text: string, share: string) => {
  const at = text.indexOf(share);
  return tenthsAimed(text, at, at + share.length);
};

describe('a share in tenths to be reached by a month’s or year’s end (tenths.ts)', () => {
  it('reads the share as an aim when the sentence sets the end to reach it by', () => {
    const text = '县长说,盼望六月底老人流感疫苗接种率能够达到八成。';
    expect(aimedAt(text, '八成')).toBe(true);
    const found = targets(text);
    expect(found.map((t) => t.value)).toEqual([80]);
    expect(found[0]?.unit).toBe('%');
    // …but not one with no end to reach it by.
    expect(aimedAt('该院门诊有七成来自外县。', '七成')).toBe(false);
  });

  it('reads a year’s end in traditional script the same way, not a past end', () => {
    expect(targets('市府表示,年底衝刺長者篩檢率達七成。').map((t) => t.value)).toEqual([70]);
    // 截至, 去年底 and 已达 tell a share that stood at an end gone by.
    expect(aimedAt('截至上月底,全县接种率达到六成。', '六成')).toBe(false);
    expect(aimedAt('去年底筛检率达到四成,仍低于全省。', '四成')).toBe(false);
    expect(aimedAt('到了九月底,接种率已达五成。', '五成')).toBe(false);
  });
});

describe('a figure a measure has come to (told-now.ts, not-aim-reads.ts)', () => {
  it('drops a rate told with 来到 as the level it stands at, not one yet to come', () => {
    expect(cameTo('本周长者追加剂的接种率来到')).toBe(true);
    expect(targets('本周长者追加剂的接种率来到63.5%,仍在上升。')).toEqual([]);
    expect(cameTo('下月接种率将来到')).toBe(false);
    expect(cameTo('年底前可望来到')).toBe(false);
    // A sentence that sets an aim keeps its figure.
    expect(targets('到2027年,全县筛检率目标来到60%。').map((t) => t.value)).toEqual([60]);
  });
});

describe('a count with a Chinese decimal point (mention-pattern.ts)', () => {
  it('reads 六点五张 as 6.5, not a 五张 inside the decimal', () => {
    const text = '到2030年,每千人口床位数达到六点五张。';
    const counts = findMentions(text).filter((m) => m.kind === 'count');
    expect(counts.map((m) => [m.value, m.unit])).toEqual([[6.5, '张']]);
    expect(targets(text).map((t) => t.value)).toEqual([6.5]);
  });
});

describe('a Chinese count ending a from-to of counts (figure-gates.ts)', () => {
  it('keeps the count a change is to reach', () => {
    const found = targets('全县病床将从现时八百张,增至一千二百张。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[1200, '张']]);
  });
});

describe('a figure compared as so many times another place’s (told-now.ts)', () => {
  it('drops the figure a comparison of times follows', () => {
    expect(timesAfter(',约为邻省的二点五倍。')).toBe(true);
    const text =
      '本市要在三年内把慢阻肺死亡率降下来。该市慢阻肺死亡率每十万人口41.3人,是全省的两倍。';
    expect(targets(text)).toEqual([]);
    // A comparison with another quantity sizes an aim and is left.
    expect(timesAfter(',是居民人均收入的6倍。')).toBe(false);
  });
});
