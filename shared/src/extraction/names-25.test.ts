import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Names round 9c (branch names9c; names of counts over every set), in wording of our own.
const HEADER = '2026年全县卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('short units doing a deed', () => {
  it('are counted after the deed, as longer units are', () => {
    expect(names('今年新增45个乡提供中医馆服务。')).toEqual(['新增提供中医馆服务的乡数']);
    expect(names('力争8家医院进入省级临床重点专科名单。')).toEqual([
      '进入省级临床重点专科名单的医院数',
    ]);
  });

  it('leaves places where work is carried out to the work (guard)', () => {
    expect(names('在12个村开展饮水除氟试点。')).toEqual(['饮水除氟试点村数']);
  });
});

describe("the page's whole jurisdiction before what is counted", () => {
  it('leaves the name', () => {
    expect(names('全台签约药局将达到180家。')).toEqual(['签约药局数']);
    expect(names('今年新建改造全区420座公共厕所。')).toEqual(['新建改造公共厕所数']);
  });

  it('leaves 全国, which names a standing, not the page (guard)', () => {
    expect(names('建成全国一流健身馆2所。')).toEqual(['建成全国一流健身馆数']);
  });
});

describe('a density base written without 每', () => {
  it('takes 每 as every density title does', () => {
    expect(names('到2026年千人口护士数达到3.4人。')).toEqual(['每千人口护士数']);
    expect(names('万人口全科医生数达到4人。')).toEqual(['每万人口全科医生数']);
  });

  it('leaves a bound on a population alone (guard)', () => {
    expect(names('到2026年每千人口床位数达到6.2张。')).toEqual(['每千人口床位数']);
  });
});
