import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AG (a state told 截至 a past year taken
// for the plan's year, a bare 万 count of people titled …总量, a count added over a base year in an
// aim, a dated page naming a later year with no aim word, a bare share in a sentence that tells
// what was done, a count's object closed by the bracket of its aside, a list of shares before one
// 的), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a state told as of a past year', () => {
  it('does not make that year the plan year of the aims after it', () => {
    const found = targets(
      '截至2018年底,全市执业医师达到6200人。下一步,全市将加快人才培养。到2022年,全市每千人口执业医师数达到3.2人。每万人口全科医生数达到4人。',
    );
    expect(found.map((t) => [t.value, t.year])).toEqual([
      [3.2, 2022],
      [4, 2022],
    ]);
  });
});

describe('a bare 万 count of people titled …总量', () => {
  it('counts people', () => {
    const found = targets('到2025年,全省药师总量达到12万。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[120000, '人']]);
  });
});

describe('a count added over a base year', () => {
  it('is an aim in a sentence that aims at a later year', () => {
    const found = targets('到2026年,全县养老床位总数达到5000张,比2021年新增1200张。');
    expect(found.map((t) => t.value)).toEqual([5000, 1200]);
  });

  it('reports when told done with 了', () => {
    const found = targets('到2026年,全县养老床位总数达到5000张,比2021年新增了1200张。');
    expect(found.map((t) => t.value)).toEqual([5000]);
  });

  it('reports where no later year is aimed at', () => {
    const found = targets('2023年,全县养老床位总数达到5000张,比2021年新增1200张。');
    expect(found.map((t) => t.value)).not.toContain(1200);
  });
});

describe('a dated page naming a year after its date', () => {
  const page = (date: string) =>
    `某论坛 发表于 ${date} 09:12\n\n2035年全区健康素养水平40%,社区健身设施覆盖率100%,某区先行一步`;

  it('looks ahead though it writes no aim word', () => {
    expect(targets(page('2022-3-1')).map((t) => [t.value, t.year])).toEqual([
      [40, 2035],
      [100, 2035],
    ]);
  });

  it('records values when the year is not after its date', () => {
    expect(targets(page('2036-3-1'))).toEqual([]);
  });
});

describe('a bare share in a sentence that tells what was done', () => {
  it('describes, the aim after it stays', () => {
    const found = targets(
      '同时,基层队伍结构不断优化。具有本科以上学历的医师占总数的48.3%,在疫情防控中发挥了重要作用。到2025年,全市本科以上学历医师占比达到60%。',
    );
    expect(found.map((t) => t.value)).toEqual([60]);
  });
});

describe('a count inside a bracketed aside', () => {
  it('ends what is counted at the closing bracket', () => {
    const found = targets('(到2027年,全省将建成至少200个健康促进示范乡镇)');
    expect(found.map((t) => [t.value, t.indicator])).toEqual([[200, '健康促进示范乡镇数']]);
  });
});

describe('a list of shares before one 的', () => {
  it('names every value for the units after the last', () => {
    const found = targets('到2026年,各市要分别推动不少于50%、30%、20%的县区开展试点。');
    const single = targets('到2026年,各市要推动不少于50%的县区开展试点。');
    expect(found.map((t) => t.value)).toEqual([50, 30, 20]);
    expect(new Set(found.map((t) => t.indicator))).toEqual(new Set([single[0]!.indicator]));
  });
});
