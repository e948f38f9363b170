import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set BX, each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a news story dating a bare 达 by a year after its own date', () => {
  const story = (year: number) =>
    `发布时间:2023-05-10 来源:某某日报\n\n本报讯 记者从市卫健委获悉,全市推进健康城市建设,实现${year}年全市居民健康素养水平达35%,每千人口执业医师数达3.5人。`;

  it('relays an aim of that later year', () => {
    expect(values(story(2026))).toEqual([35, 3.5]);
  });

  it('still reads the same words of a year already gone as a report', () => {
    expect(values(story(2022))).toEqual([]);
  });
});
