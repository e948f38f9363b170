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
