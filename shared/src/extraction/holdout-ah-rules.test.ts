import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AH (a small-form semicolon that did not
// end a clause, a section of where things stand read as aims, a count of the bodies that issue a
// plan, a rate's bound that sorts the places a clause then counts, a page dated in words), each
// tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('a small-form semicolon (﹔)', () => {
  it('ends a clause as a full-width one does', () => {
    const found = targets('到2027年,全市婴儿死亡率控制在4‰以下﹔孕产妇死亡率控制在9/10万以下。');
    expect(found.map((t) => [t.indicator, t.value])).toEqual([
      ['婴儿死亡率', 4],
      ['孕产妇死亡率', 9],
    ]);
  });
});

describe('a heading of where things stand', () => {
  const page = (heading: string) =>
    [
      '某市全民健身三年行动',
      heading,
      '经常参加锻炼人数比例31.2%',
      '国民体质达标率88.5%',
      '行动目标',
      '到2026年',
      '经常参加锻炼人数比例达到40%',
    ].join('\n\n');

  it('makes the figures under it the present, up to the heading of the aims', () => {
    expect(targets(page('全民健身现状')).map((t) => t.value)).toEqual([40]);
  });

  it('leaves figures under another heading alone', () => {
    expect(targets(page('全民健身一览')).map((t) => t.value)).toContain(88.5);
  });
});

describe('a count of the bodies that issue a plan', () => {
  it('is not a target', () => {
    const found = targets(
      '近日,市卫健委等9个部门联合印发健康促进实施方案,到2025年建成社区健康驿站30个。',
    );
    expect(found.map((t) => t.value)).toEqual([30]);
  });
});

describe("a rate's bound that sorts out the places a clause counts", () => {
  it('is the line between places, and the count of them the aim', () => {
    const found = targets('到2027年,全省结核病发病率大于50/10万的县区比例降至10%以下。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([[10, '%']]);
  });
});

describe('a page dated in words with its source', () => {
  const page = (dateline: string) =>
    `卫生快讯\n\n${dateline} | 来源:某某日报\n\n2018年,全市麻疹发病率降至0.5/10万以下。今年,全市适龄儿童麻疹疫苗接种率要保持在95%以上。`;

  it('reads a year before its date as the past', () => {
    expect(targets(page('2019年03月02日 10:20')).map((t) => t.value)).toEqual([95]);
  });
});
