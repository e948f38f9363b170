import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set BV (counts of facilities to build told with
// 再建/拟建, counts done to schedule or bodies set up with 了, things linked with 对接, a rate's label
// with its year and bound after the colon), each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);
const names = (text: string) => extractTargets(text).targets.map((t) => t.indicator);

describe('a count of facilities to build told with 建 after 再, 拟 or 将', () => {
  it('reads 再建 as a verb of building', () => {
    expect(values('某县2016年卫生工作。今年再建15所标准化卫生室。')).toEqual([15]);
  });

  it('reads 拟建 and the later items of its list', () => {
    expect(values('某县2016年卫生工作。2016年拟建6个急救站和4个血站。')).toEqual([6, 4]);
  });

  it('leaves 主要建 (a main feature) alone', () => {
    expect(values('某县2016年卫生工作。院区主要建有3栋楼。')).toEqual([]);
  });
});

describe('a count already done to schedule or bodies set up with 了', () => {
  it('reads 已按计划完成 as done', () => {
    expect(values('某县2016年卫生工作。全县已按计划完成40所卫生室改造任务。')).toEqual([]);
  });

  it('reads 已如期建成 as done', () => {
    expect(values('某县2016年卫生工作。全县已如期建成7个急救站。')).toEqual([]);
  });

  it('reads 成立了 and 组建了 as done', () => {
    expect(values('某县2016年卫生工作。医院成立了5个家庭医生团队。')).toEqual([]);
    expect(values('某县2016年卫生工作。中心组建了6支巡诊队。')).toEqual([]);
  });
});

describe('things linked with 对接', () => {
  it('is no verb of doing before a count', () => {
    expect(values('某县2016年卫生工作。各团队分片对接城关镇16个社区。')).toEqual([]);
  });
});

describe('a rate label with its year and bound after the colon', () => {
  it('names each value by its own label, not the one before', () => {
    const text =
      '某县卫生发展目标。新生儿死亡率:2020年控制在6‰以内,出生缺陷发生率:2020年控制在12‰以内。';
    expect(names(text)).toEqual(['新生儿死亡率', '出生缺陷发生率']);
  });

  it('does so with 到 before the year and 达到', () => {
    const text = '某县卫生发展目标。住院分娩率:到2020年达到99%,产前检查率:到2020年达到95%。';
    expect(names(text)).toEqual(['住院分娩率', '产前检查率']);
  });
});
