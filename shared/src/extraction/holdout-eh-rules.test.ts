import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';
import { levelGovernmentPlace } from './level-bodies';
import { isPerItemBase } from './points-rules';
import { closedAsDone } from './done-closes';

// Rules written from the failure classes of hold-out set EH (a city's list of the year's works, a
// county's plan, a national wire story, a county's results page), each tested in wording of its own.
const UNITS: GazetteerUnit[] = [
  ...SAMPLE_UNITS,
  unit('330000', '浙江省', 1, '000000'),
  unit('330100', '杭州市', 2, '330000'),
];
const gazetteer = buildGazetteer(UNITS);
const read = (text: string) => extractTargets(text, { gazetteer }).targets;

describe('a page whose acting body is a bare level’s government (level-bodies.ts)', () => {
  it('binds 全县 for 县政府拟办理… with no place named', () => {
    const found = read(
      '2024年县政府拟办理十件民生实事\n\n一、新建标准化村卫生室12个,改造乡镇卫生院2所。',
    );
    expect(found.map((t) => [t.value, t.region])).toEqual([
      [12, '全县'],
      [2, '全县'],
    ]);
    expect(levelGovernmentPlace('2024年市人民政府关于印发…')).toEqual({ name: '全市', code: null });
  });

  it('reads no level from a named place’s government (guard)', () => {
    expect(levelGovernmentPlace('杭州市政府拟办理十件实事')).toBeNull();
  });
});

describe('where a speaker spoke (example-places.ts)', () => {
  it('does not bind the city a national official spoke in', () => {
    const found = read(
      '国家卫生健康委一位负责人5日在杭州表示,今年将为30万名儿童开展免费视力筛查。',
    );
    expect(found.map((t) => [t.value, t.region])).toEqual([[300000, '全国']]);
  });
});

describe('the one item a per-item payment counts by (points-rules.ts)', () => {
  it('drops 每培养1名 before the sum paid for it', () => {
    expect(isPerItemBase('每培养', 1, '名全科医生,财政奖励3万元')).toBe(true);
    const found = read('2024年工作要点\n每培养1名全科医生,财政奖励3万元。');
    expect(found.some((t) => t.value === 1)).toBe(false);
  });

  it('keeps an aim for each unit or each year (guard)', () => {
    expect(isPerItemBase('每村建成', 1, '个卫生室,给予补助')).toBe(false);
    expect(isPerItemBase('每年开展', 1, '次体检,给予补助')).toBe(false);
  });
});

describe('all units to meet a standard with no number (mention-references.ts)', () => {
  it('sets no value-less target for 所有…达到…标准', () => {
    const found = read('2024年工作要点\n所有县级医院服务能力达到国家推荐标准。');
    expect(found.filter((t) => t.value === null)).toEqual([]);
  });
});

describe('a paragraph closed as all done (done-closes.ts)', () => {
  it('drops the figures of a paragraph that closes with 均…完成…任务', () => {
    const text =
      '2024年工作进展\n截至9月底,今年新增家庭医生签约8000人;完成老年人健康体检5200人。均已超额完成年度任务。';
    expect(read(text).filter((t) => t.value === 8000 || t.value === 5200)).toEqual([]);
    expect(closedAsDone('甲。均已完成全年目标。', 2)).toBe(true);
  });

  it('keeps a paragraph whose close sets an aim (guard)', () => {
    expect(closedAsDone('甲。确保完成全年目标。', 2)).toBe(false);
  });
});
