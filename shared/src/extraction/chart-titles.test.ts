import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { withMeasureWord } from './indicator';

const HEADER = '2026年全市卫生健康工作要点\n';
const named = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a percentage is titled with its measure word', () => {
  it('adds 率 to the act a share measures', () => {
    expect(named('乡镇卫生院公共卫生医师配备达到95%。')).toEqual(['乡镇卫生院公共卫生医师配备率']);
    expect(named('老年人健康体检覆盖要达到70%。')).toEqual(['老年人健康体检覆盖率']);
    expect(named('控烟宣传资料进村入户达到85%以上。')).toEqual(['控烟宣传资料进村入户率']);
  });

  it('titles a literacy as its level', () => {
    expect(named('中医药健康文化素养提升到30%。')).toEqual(['中医药健康文化素养水平']);
  });

  it('leaves names that already end in a measure, and acts measured otherwise', () => {
    expect(withMeasureWord('产前筛查覆盖率')).toBe('产前筛查覆盖率');
    expect(withMeasureWord('职业健康素养水平')).toBe('职业健康素养水平');
    expect(withMeasureWord('饮用水水质监测')).toBe('饮用水水质监测');
  });
});

describe('的 after a clause that says which units are counted', () => {
  it('keeps 的 after 设置 and 开设, as a title of such a share does', () => {
    expect(named('三级医院设置营养科的比例达到80%。')).toEqual(['三级医院设置营养科的比例']);
    expect(named('乡镇卫生院开设康复门诊的比例达到50%。')).toEqual([
      '乡镇卫生院开设康复门诊的比例',
    ]);
  });

  it('keeps 的 between 保护 and the people it protects', () => {
    expect(named('受到室内公共场所禁烟规定保护的人口比例达到40%。')).toEqual([
      '受到室内公共场所禁烟规定保护的人口比例',
    ]);
  });
});
