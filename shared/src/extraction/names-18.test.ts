import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Names round 18 (issue 14, branch hnames2), in wording of our own.
const HEADER = '2014年全区人才引进工作计划\n';
const read = (body: string) =>
  extractTargets(HEADER + body).targets.map((t) => [t.indicator, t.comparator]);

describe('a list of counts whose numbers come first', () => {
  it("gives the later items the first item's verb", () => {
    expect(read('到2016年,新增5名主任医师、8名副主任医师。')).toEqual([
      ['新增主任医师数', '>='],
      ['新增副主任医师数', '>='],
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
      '博士数',
      '硕士数',
    ]);
  });
});

describe('a 分别 list whose baselines and aims stand in two clauses', () => {
  const H = '2016年全省妇幼健康工作规划\n';
  const rows = (body: string) =>
    extractTargets(H + body).targets.map((t) => [t.indicator, t.comparator, t.value]);

  it('names each aim after the comma by its place in the list before 分别', () => {
    expect(rows('新生儿死亡率、低出生体重儿比例分别从目前的6‰、4%,降低到2025年的4‰、3%。')).toEqual(
      [
        ['新生儿死亡率', '<=', 4],
        ['低出生体重儿比例', '<=', 3],
      ],
    );
  });
});

describe('units a plan sets up', () => {
  const H = '2013年全县卫生资源配置规划\n';
  const names = (body: string) => extractTargets(H + body).targets.map((t) => t.indicator);

  it('are titled by the setting up, without the plan word', () => {
    expect(names('到2015年,全县计划设置急救站12个。')).toEqual(['急救站设置数']);
  });

  it('give their parts after 其中 the same title', () => {
    expect(names('到2015年,全县计划设置急救站12个,其中中心站2个、分站10个。')).toEqual([
      '急救站设置数',
      '中心站设置数',
      '分站设置数',
    ]);
  });
});

describe('a clause with no subject after a target', () => {
  const H = '2008年全县卫生工作要点\n';
  const names = (body: string) => extractTargets(H + body).targets.map((t) => t.indicator);

  it('goes on with a level that closed with 的标准', () => {
    expect(names('2009年每位学生体检经费达到每人每年20元的标准;2010年达到25元的标准。')).toEqual([
      '每位学生体检人均经费',
      '每位学生体检人均经费',
    ]);
  });

  it('goes on with a count when it only raises it', () => {
    expect(names('到2010年,全县每个乡镇配备3名防保医生;到2012年增加到5名。')).toEqual([
      '防保医生数',
      '防保医生数',
    ]);
  });
});

describe('a short sentence that says a measure rose', () => {
  const H = '2013年全市医疗保障工作要点\n';
  const names = (body: string) => extractTargets(H + body).targets.map((t) => t.indicator);

  it('names the figures of the next sentence, from the old to the new', () => {
    expect(names('门诊统筹支付限额大幅提高。从去年的300元提高到500元。')).toEqual([
      '门诊统筹支付限额',
    ]);
  });
});
