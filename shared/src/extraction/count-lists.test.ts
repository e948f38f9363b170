import { describe, expect, it } from 'vitest';
import { listItemName } from './count-lists';
import { extractTargets } from './extract-targets';

const HEADER = '2026年全市卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a list of counts under one verb', () => {
  it('gives the later items the first item’s verb of making', () => {
    expect(names('全市新建社区医院4家、村卫生室30个、康复驿站12个。')).toEqual([
      '新建社区医院数',
      '新建村卫生室数',
      '新建康复驿站数',
    ]);
  });

  it('gives the later items the first item’s level when they name none', () => {
    expect(names('年内培育市级健康促进示范单位50个、健康食堂80个。')).toEqual([
      expect.stringMatching(/市级健康促进示范单位数$/),
      '市级健康食堂数',
    ]);
  });

  it('keeps an item’s own level and only adds the verb', () => {
    expect(listItemName('省级卫生镇数', '新创国家卫生镇数', '个、省级卫生镇')).toBe(
      '新创省级卫生镇数',
    );
  });

  it('leaves an item with a verb of its own, or one not in a list, alone', () => {
    expect(listItemName('村卫生室数', '新建乡镇卫生院数', '所、改造村卫生室')).toBe('村卫生室数');
    expect(listItemName('村卫生室数', '新建乡镇卫生院数', '所。全年还将有村卫生室')).toBe(
      '村卫生室数',
    );
  });
});

describe('a count of things to build', () => {
  it('is titled by the building when 建设 comes before the number', () => {
    expect(names('年内建设12个社区心理服务站。')).toEqual(['社区心理服务站建设数']);
  });

  it('keeps a verb of making that is not 建设 in front', () => {
    expect(names('年内新建12个社区心理服务站。')).toEqual(['新建社区心理服务站数']);
  });
});
