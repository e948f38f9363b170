import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out sets DX (a national press report telling a
// year's childcare places reached and its tasks done ahead) and DY (a minister's words on clinics
// to finish by a year ahead, counted in Chinese numerals), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => [t.value, t.unit]);
const dated = (text: string) => targets(text).map((t) => [t.value, t.unit, t.year]);

describe('figures a sentence goes on to call a task done ahead of time or beyond its size', () => {
  it('are results (提前完成, 超额完成 after them)', () => {
    expect(
      values('今年,全省每千人口托位数达到4.2个,新建养老床位3万张,提前超额完成省级实事任务。'),
    ).toEqual([]);
    expect(values('2025年,全市新增家庭医生签约8万人,超额完成了年度目标。')).toEqual([]);
  });

  it('keeps a plan that aims to finish early (guard)', () => {
    expect(
      values('力争全省每千人口托位数达到4.2个,新建养老床位3万张,提前完成省级实事任务。'),
    ).toEqual([
      [4.2, '个'],
      [30000, '张'],
    ]);
  });

  it('keeps a figure named as the task itself (guard)', () => {
    expect(values('全县筛查目标任务为2600人,各乡镇分解落实,至年底已提前完成目标任务。')).toEqual([
      [2600, '人'],
    ]);
  });
});

describe('units a sentence says will be finished by a year ahead (会/将在…年前竣工)', () => {
  it('counts them, spelled in Chinese numerals, dated by the deadline', () => {
    expect(dated('依照规划,东区和西区两家护理院将在2028年前竣工。')).toEqual([[2, '家', 2028]]);
    expect(dated('在已有的卫生站里,五所会在2027年前完成扩建。')).toEqual([[5, '所', 2027]]);
  });

  it('counts them in Arabic figures and after 有 (另有…)', () => {
    expect(dated('此外,3个社区康复站预计于2029年落成。')).toEqual([[3, '个', 2029]]);
    expect(dated('区内有六个康复站会在2029年前落成。')).toEqual([[6, '个', 2029]]);
  });

  it('counts named units with a deadline to finish, not the size of a list', () => {
    expect(dated('按计划,东城、西城和南城三个诊所会在2027年前竣工。')).toEqual([[3, '个', 2027]]);
  });

  it('leaves works told as done and spelled counts with no deadline (guard)', () => {
    expect(values('全区4家卫生院已于2019年建成投用。')).toEqual([]);
    expect(values('这三个代表委员会在会上发言。')).toEqual([]);
  });
});

describe('添 as a verb of adding (增添, 多添, 新添)', () => {
  it('makes the count after it one to add', () => {
    expect(values('当局打算在今后三年增添600张康复病床。')).toEqual([[600, '张']]);
  });
});
