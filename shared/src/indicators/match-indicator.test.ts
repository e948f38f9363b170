import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from './catalogue';
import {
  confirmLink,
  linkIndicator,
  nameSimilarity,
  normaliseIndicatorName,
  suggestIndicators,
  synonymToKeep,
} from './match-indicator';

const catalogue = INDICATOR_CATALOGUE.map((c, id) => ({
  id: id + 1,
  name: c.name,
  synonyms: c.synonyms,
}));
const idOf = (name: string) => catalogue.find((c) => c.name === name)!.id;

describe('normaliseIndicatorName', () => {
  it.each([
    ['全省孕产妇年死亡率', '孕产妇死亡率'],
    ['全市 政策范围内住院费用报销比例', '政策范围内住院费用报销比例'],
    ['公立医院药占比（不含中药饮片）', '公立医院药占比不含中药饮片'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseIndicatorName(input)).toBe(expected);
  });
});

describe('linking extracted names to the catalogue', () => {
  it.each([
    ['住院补偿比', '政策范围内住院费用报销比例'],
    ['全县新农合参合率', '新农合参合率'],
    ['孕产妇年死亡率', '孕产妇死亡率'],
    ['家庭医生签约服务覆盖率', '家庭医生签约服务覆盖率'],
    ['国家免疫规划疫苗接种率', '免疫规划疫苗接种率'],
  ])('links %s to %s', (extracted, expected) => {
    expect(linkIndicator(extracted, catalogue)?.id).toBe(idOf(expected));
  });

  it('does not link a name it is unsure of, but suggests close ones', () => {
    expect(linkIndicator('农村婴儿保健覆盖面', catalogue)).toBeNull();
    const suggestions = suggestIndicators('农村孕产妇住院分娩比例', catalogue);
    expect(suggestions[0]?.name).toBe('住院分娩率');
    expect(suggestions.every((s) => s.score < 1)).toBe(true);
  });

  it('does not link a change to its level, but suggests it', () => {
    expect(linkIndicator('政策范围内住院费用报销比例提高幅度', catalogue)).toBeNull();
    expect(linkIndicator('孕产妇死亡率下降幅度', catalogue)).toBeNull();
    expect(suggestIndicators('孕产妇死亡率下降幅度', catalogue)[0]?.name).toBe('孕产妇死亡率');
    expect(linkIndicator('公立医院医疗费用增长幅度', catalogue)?.id).toBe(idOf('医疗费用增长幅度'));
  });

  it('finds nothing for an unrelated name', () => {
    expect(suggestIndicators('重点项目建设', catalogue)).toEqual([]);
  });

  it('scores similarity symmetrically in 0–1', () => {
    expect(nameSimilarity('婴儿死亡率', '婴儿死亡率')).toBe(1);
    expect(nameSimilarity('婴儿死亡率', '孕产妇死亡率')).toBeCloseTo(
      nameSimilarity('孕产妇死亡率', '婴儿死亡率'),
    );
    expect(nameSimilarity('abc', 'xyz')).toBe(0);
  });
});

describe('learning from review', () => {
  it('keeps a name the matcher does not know, as written', () => {
    expect(synonymToKeep(' 住院分娩比例 ', catalogue)).toBe('住院分娩比例');
  });

  it('keeps nothing the matcher already links, or that names another indicator', () => {
    expect(synonymToKeep('全县新农合参合率', catalogue)).toBeNull();
    expect(synonymToKeep('参保率', catalogue)).toBeNull();
    expect(synonymToKeep('全省率', catalogue)).toBeNull();
  });

  it('links a known name with the learned synonym at once', () => {
    const id = idOf('住院分娩率');
    expect(linkIndicator('住院分娩比例', catalogue)).toBeNull();
    const learned = catalogue.map((c) =>
      c.id === id ? { ...c, synonyms: [...c.synonyms, '住院分娩比例'] } : c,
    );
    expect(linkIndicator('住院分娩比例', learned)).toMatchObject({ id, score: 1 });
  });
});

describe('what confirming an unlinked target does', () => {
  it('links the indicator the matcher is sure of', () => {
    expect(confirmLink('住院补偿比', catalogue)).toEqual({
      action: 'link',
      id: idOf('政策范围内住院费用报销比例'),
    });
  });

  it('asks when the catalogue only has close names', () => {
    const result = confirmLink('住院分娩比例', catalogue);
    expect(result.action).toBe('choose');
    expect(result.action === 'choose' && result.suggestions[0]?.name).toBe('住院分娩率');
  });

  it('creates when nothing in the catalogue is close', () => {
    expect(confirmLink('重点项目建设', catalogue)).toEqual({ action: 'create' });
  });
});
