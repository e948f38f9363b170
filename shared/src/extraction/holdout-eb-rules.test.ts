import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { isOpeningBeds } from './opening-beds';
import { isPlacePopulation } from './place-populations';
import { regionOf } from './region-words';

// Rules written from the failure classes of hold-out set EB (hospital and health-centre aims,
// news of new health-centre and hospital buildings), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => [t.value, t.unit]);

describe('the beds a new building or a project under construction is given', () => {
  it('are a count to deliver when the sentence names the new site', () => {
    expect(
      values(
        '某乡卫生院迁建工程开工\n新院址位于城东,迁建后的卫生院开设内科、外科等8个科室,设置床位80张。',
      ),
    ).toContainEqual([80, '张']);
  });

  it('are a count to deliver when the sentence names the project', () => {
    expect(
      isOpeningBeds('该项目按照二级医院标准建设,设置床位320张,分三期实施', '标准建设,设置床位'),
    ).toBe(true);
    expect(isOpeningBeds('新院区设计床位约200张', '新院区设计床位约')).toBe(true);
  });

  it('are titled as beds, 设置 being only their furnishing', () => {
    const beds = targets(
      '某乡卫生院迁建工程开工\n新院址位于城东,迁建后的卫生院开设内科、外科等8个科室,设置床位80张。',
    ).find((t) => t.unit === '张');
    expect(beds?.indicator).toBe('床位数');
  });

  it('are not when the works are told done, or the beds stand (guard)', () => {
    expect(isOpeningBeds('新建住院楼已于去年投入使用,设置床位300张', '投入使用,设置床位')).toBe(
      false,
    );
    expect(isOpeningBeds('该院现有职工400人,设置床位300张,是一所二级医院', '设置床位')).toBe(false);
    expect(isOpeningBeds('该院是一所二级医院,设置床位300张', '设置床位')).toBe(false);
  });
});

describe('a place’s population told with a bare verb of being', () => {
  it('is the place as it stands, not an aim', () => {
    expect(isPlacePopulation('某街道常住人口达', '万人')).toBe(true);
    expect(isPlacePopulation('全乡户籍人口为', '人')).toBe(true);
    expect(
      values('某社区卫生服务中心新址开工建设\n某街道服务人口约6.5万人,原中心用房不足。'),
    ).toEqual([]);
  });

  it('stays an aim with 达到, 控制在 or a year ahead (guard)', () => {
    expect(isPlacePopulation('全市常住人口达到', '万人')).toBe(false);
    expect(isPlacePopulation('常住人口控制在', '万人')).toBe(false);
    expect(values('到2030年,全县常住人口达60万人。')).toContainEqual([600000, '人']);
  });
});

describe('a volume raised by a per cent with 增加', () => {
  const text = '今年全院工作目标:住院手术量增加12%,住院病人增加8%达到3万人次,床位使用率增加5%。';
  const named = () => targets(text).map((t) => [t.value, t.indicator]);

  it('is named for its growth rate, as one that 增长s', () => {
    expect(named()).toContainEqual([12, '住院手术量增长率']);
  });

  it('keeps 提高幅度 for a share (guard)', () => {
    expect(named()).toContainEqual([5, '床位使用率提高幅度']);
  });

  it('gives the level it reaches in the same clause the change’s subject', () => {
    expect(named()).toContainEqual([30000, '住院病人数']);
  });
});

describe('a hospital’s own paper that names no place', () => {
  it('binds the hospital, 本院, read from a title or a first line that opens with it', () => {
    expect(regionOf('人民医院外科年度目标管理责任书', '一、门诊量较上年增长10%。')).toBe('本院');
    expect(regionOf(null, '医院护理部目标责任书_第1页\n一、护理合格率≥95%。')).toBe('本院');
  });

  it('writes its 我院 as 本院', () => {
    expect(regionOf(null, '科室责任目标\n我院各科室要做到患者满意度90%以上。')).toBe('本院');
  });

  it('leaves a centre’s own word and a named place alone (guard)', () => {
    expect(regionOf(null, '工作计划\n我中心今年家庭医生签约率达到60%。')).toBe('我中心');
    expect(regionOf('某某县人民医院改革方案', '')).toBe('某某县');
  });

  it('does not take a hospital named by its place’s level word for the hospital’s own paper', () => {
    // A city the gazetteer no longer holds (merged into another) still names a place by its 市.
    expect(regionOf(null, '旧名市医院明年动工新建住院大楼\n大楼建成后将增加病床300张。')).not.toBe(
      '本院',
    );
    expect(regionOf(null, '某乡卫生院今年计划开展义诊10次\n')).not.toBe('本院');
  });
});

describe('a count whose name ends in a counter of times', () => {
  it('takes no second counting word (手术台次, not 手术台次例数)', () => {
    const named = targets('今年力争手术台次达到8000例。').map((t) => t.indicator);
    expect(named).toEqual(['手术台次']);
  });
});
