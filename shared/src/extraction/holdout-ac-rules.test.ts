import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { unitListScope } from './unit-list-scope';

// Rules written from the name misses that recur across hold-out sets Z, AA, AB and AC (a list of
// kinds of units opening a rate's name; a speaker or a causative opening it), each tested in
// wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a list of kinds of units opening a rate’s name', () => {
  it('moves the list to the scope and titles the rate by what it measures', () => {
    const [t] = targets('到2026年,全县中小学校和托育机构晨午检落实率达到98%以上。');
    expect(t?.indicator).toBe('晨午检落实率');
    expect(t?.scope).toBe('中小学校和托育机构');
  });

  it('takes the light verb between the units and what they do with them', () => {
    expect(unitListScope('乡镇卫生院、社区卫生服务中心开展家庭病床服务比例')).toEqual({
      name: '家庭病床服务比例',
      scope: '乡镇卫生院、社区卫生服务中心',
    });
  });

  it('keeps one kind of unit alone as the name’s part', () => {
    expect(unitListScope('二级以上医院预约诊疗率')).toBeNull();
  });

  it('keeps a list of diseases, which is a joint name', () => {
    expect(unitListScope('高血压、糖尿病患者规范管理率')).toBeNull();
  });

  it('keeps a list whose rest is too short to be a rate’s name', () => {
    expect(unitListScope('学校和医院达标率')).toBeNull();
  });
});

describe('a speaker or a causative opening the name', () => {
  it('drops 我们 and the aim word after it', () => {
    const [t] = targets('到2027年,我们力争农村自来水普及率达到92%。');
    expect(t?.indicator).toBe('农村自来水普及率');
  });

  it('drops a causative before the whole it moves', () => {
    const [t] = targets('到2030年,带动全省康养产业增加值达到800亿元。');
    expect(t?.indicator).toBe('康养产业增加值');
  });

  it('keeps a causative that is the indicator’s own word', () => {
    const [t] = targets('2025年,项目带动就业人数达到5000人。');
    expect(t?.indicator).toMatch(/^(?:项目)?带动就业人数$/);
  });
});
