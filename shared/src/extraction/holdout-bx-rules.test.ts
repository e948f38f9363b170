import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { normalise } from './normalise';

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

describe('a paragraph of a dated story opening with a year after its date', () => {
  const story = (year: number) =>
    `“健康某省2035”规划发布\n\n2019-03-02 08:10 来源:某省日报\n\n  规划明确了到2035年的目标。\n\n  ${year}年,全省每千人口执业医师数达到3.2人,2035年达到4人。`;

  it('tells the plan’s first step, not the past', () => {
    expect(values(story(2025))).toEqual([3.2, 4]);
  });

  it('still reads a year before the story’s date as the past', () => {
    expect(values(story(2017))).toEqual([]);
  });
});

describe('a page writing the decimal point as a full stop', () => {
  it('reads each figure whole where the page does so throughout', () => {
    const text = '到2030年,全省新生儿死亡率由目前的4。2‰下降至2。5‰,早产儿死亡率控制在3。5‰以下。';
    expect(values(text)).toEqual([2.5, 3.5]);
  });

  it('leaves a sentence end before a numbered item alone', () => {
    expect(normalise('到2025年,规范管理率达到70%。2、完成筛查3。5、提高服务能力。').text).toContain(
      '70%。2、完成筛查3。5、',
    );
  });
});
