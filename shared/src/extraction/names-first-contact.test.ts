import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Names that missed on first contact with unseen plans (issue 14), in wording of our own.
const HEADER = '2026年全市卫生健康重点工作安排\n';
const named = (body: string) =>
  extractTargets(HEADER + body).targets.map((t) => [t.indicator, t.value, t.unit]);

describe('count titles and their counting words', () => {
  it('ends a count of pieces (张, 条, 套) in 数, not in the piece word', () => {
    expect(named('年内新增养老床位800张,新建骑行绿道40条,配置急救设备12套。')).toEqual([
      ['新增养老床位数', 800, '张'],
      ['新建骑行绿道数', 40, '条'],
      ['配置急救设备数', 12, '套'],
    ]);
  });

  it('titles a count by a word that is what is counted (例, 户), without its 任务', () => {
    expect(named('全年完成1200例髋关节置换手术,完成3万户农村无害化改厕任务。')).toEqual([
      ['髋关节置换手术例数', 1200, '例'],
      ['农村无害化改厕户数', 30000, '户'],
    ]);
  });
});
