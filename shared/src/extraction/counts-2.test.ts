import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Counts whose verb or frame the extractor did not know, and count names (issue 14, branch
// counts2), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('people to enrol in an insurance scheme', () => {
  it('reads 参保 right before the figure as a count to reach', () => {
    const [t] = targets('2026年,全县灵活就业人员养老保险参保3.2万人,参保率保持在90%以上。');
    expect(t).toMatchObject({ value: 32000, unit: '人', kind: 'count' });
    expect(t?.indicator).toContain('参保人数');
  });

  it('reads 参合 the same way', () => {
    const [t] = targets('今年新型农村合作医疗参合46万人。');
    expect(t).toMatchObject({ value: 460000, unit: '人', kind: 'count' });
  });
});

describe('a count row of a flattened table of aims', () => {
  const table = (rows: string) => `某市全民健身规划\n到2030年,全市主要指标(见表):\n${rows}`;

  it('reads a row holding only the measure’s name and its figure', () => {
    const text = table(
      '人均预期寿命 达到80岁 |\n婴儿死亡率 降至4.5‰ |\n每周参加健身活动人数 120万人 |\n',
    );
    const count = targets(text).find((t) => t.kind === 'count');
    expect(count).toMatchObject({ value: 1200000, unit: '人', year: 2030 });
  });

  it('names it by the row’s label, not the bar that closes the row', () => {
    const text = table('城乡居民健康素养水平 提升至35% |\n社会体育指导员人数 4.2万人 |\n');
    const count = targets(text).find((t) => t.kind === 'count');
    expect(count?.indicator).toBe('社会体育指导员人数');
  });

  it('leaves a table of results alone: no row aims', () => {
    const text =
      '全市2024年主要指标完成情况:\n人均预期寿命 79.6岁 |\n每周参加健身活动人数 98万人 |\n';
    expect(targets(text).filter((t) => t.kind === 'count')).toEqual([]);
  });
});

describe('a count named as an aim right after it', () => {
  it('takes the things counted before 的目标, not the aim', () => {
    const text = '某市公共场所急救设备配置方案\n到2028年,全市实现每10万人配置200台除颤仪的目标。';
    const [t] = targets(text);
    expect(t).toMatchObject({ value: 200, unit: '台', kind: 'count' });
    expect(t?.indicator).toContain('除颤仪');
    expect(t?.indicator).not.toContain('目标');
  });
});

describe('a task that is an act on the things counted', () => {
  it('titles the act, not a number of tasks', () => {
    const text = '某区2026年爱国卫生工作要点\n确保全年完成3200座农村户厕改建任务。';
    const [t] = targets(text);
    expect(t).toMatchObject({ value: 3200, unit: '座', kind: 'count' });
    expect(t?.indicator).toBe('农村户厕改建数');
  });
});

describe('the plan’s own year in a count’s name', () => {
  it('drops 今年计划 between the subject and its act', () => {
    const text = '某医学院2026年招生工作安排\n护理学(社区护理方向)专业今年计划招生80人。';
    const [t] = targets(text);
    expect(t).toMatchObject({ value: 80, unit: '人', kind: 'count' });
    expect(t?.indicator).toBe('护理学(社区护理方向)专业招生人数');
  });

  it('drops 安排全年 before a sampling verb', () => {
    const text = '某省2026年食品安全抽检监测计划\n全省安排全年抽检食品3.6万批次。';
    const [t] = targets(text);
    expect(t).toMatchObject({ value: 36000, kind: 'count' });
    expect(t?.indicator).not.toMatch(/全年|安排/);
  });
});
