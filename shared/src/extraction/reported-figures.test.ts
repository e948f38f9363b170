import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Reported figures on first contact (issue 14, precision2): rules that tell a figure a page
// reports from one it aims at by the grammar of its sentence and its surroundings, each tested
// in wording of its own, with the aims in similar wording that must be kept.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a page that opens with a span of time gone by (one set of span words)', () => {
  it('reads a report opening 过去五年, as told, as it reads 这一年,', () => {
    const text =
      '某县人民政府工作报告\n\n过去五年,我们坚持一张蓝图绘到底,要素保障持续加强。' +
      '全县新建村卫生室60所,培训乡村医生1500人次,新增床位420张。\n';
    expect(targets(text)).toEqual([]);
  });

  it('keeps the aims of a page whose opening goes on to the year to come', () => {
    const text =
      '某县卫生健康局工作报告\n\n过去五年,我们坚持一张蓝图绘到底,要素保障持续加强。' +
      '今年,全县新建村卫生室15所。\n';
    expect(values(text)).toEqual([15]);
  });
});

describe('将 that moves its object into a use, and 将近, look nowhere ahead', () => {
  it('reads 将…的N%用于… in a report of the year gone by as what was done', () => {
    const text =
      '某县人民政府工作报告\n\n这一年,我们全力保基本、兜底线,将新增财力的76%用于教育、医疗和养老。' +
      '全县新建村卫生室20所。\n';
    expect(targets(text)).toEqual([]);
  });

  it('reads 将近 (nearly) after a lead of past time as no look ahead', () => {
    const text =
      '某县2024年卫生健康工作要点\n\n近年来,全县家庭医生签约服务扩面提质,签约居民将近12万人,' +
      '重点人群签约率达到78%。\n';
    expect(targets(text)).toEqual([]);
  });

  it('keeps 将 as the future on a report page (将于明年新建…)', () => {
    const text =
      '某县人民政府工作报告\n\n这一年,我们全力保基本、兜底线,民生投入持续加大。' +
      '全县将于明年新建村卫生室20所。\n';
    expect(values(text)).toEqual([20]);
  });

  it('keeps the same 将…用于 as an aim in the plan part after the review', () => {
    const text =
      '某县2024年卫生健康工作要点\n\n过去一年,全县基层服务能力持续提升。\n' +
      '今年,将新增财力的70%以上用于民生支出。\n';
    expect(values(text)).toEqual([70]);
  });
});
