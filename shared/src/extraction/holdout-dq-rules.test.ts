import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { isFromBeforeSpan } from './change';
import { placeOverDefaultNation } from './default-nation';
import { extractTargets } from './extract-targets';
import { spanAheadYear } from './relative-years';

// Rules written from the failure classes of hold-out set DQ (an official's spoken answer on his
// city's five-year plan, a wire story's from-to with spans of years, loose shares in tenths, a
// waiting time in days), each tested in wording of its own.
const targets = (text: string) => extractTargets(text).targets;
const g = buildGazetteer(SAMPLE_UNITS);
const placed = (text: string) => extractTargets(text, { gazetteer: g }).targets;

describe('a five-year plan that is the nation’s only by default (default-nation.ts)', () => {
  const answer =
    '先说人均预期寿命,我们在“十三五”里提出的目标是82岁以上,这是经过测算的。再说服务,签约服务率达到60%以上。' +
    '卫生资源方面,按照现有的基础,未来几年武汉将会有三家以上的区域医疗中心建成,来适应新的需求。';

  it('takes the one place an answer names when it writes no word of the nation', () => {
    const regions = placed(answer).map((t) => t.region);
    expect(regions.length).toBeGreaterThan(1);
    expect(regions.every((r) => r === '武汉市')).toBe(true);
    expect(placeOverDefaultNation(null, answer, '全国', g)?.name).toBe('武汉市');
  });

  it('leaves the nation where the page writes a word of it, or names two places', () => {
    const national = `${answer}这与全国的目标一致。`;
    expect(placeOverDefaultNation(null, national, '全国', g)).toBeNull();
    expect(placeOverDefaultNation(null, `${answer}四川的做法也可借鉴。`, '全国', g)).toBeNull();
    expect(placeOverDefaultNation('国家“十三五”卫生规划解读', answer, '全国', g)).toBeNull();
    // (guard) a page of its own word, not the default, is left to the other sources
    expect(placeOverDefaultNation(null, answer, '全市', g)).toBeNull();
  });
});

describe('a from-to whose next level follows a comma and a span (change.ts isFromBeforeSpan)', () => {
  it('reads the first level as the baseline', () => {
    expect(isFromBeforeSpan('院长表示,儿童肥胖率由', ',3年降至10%')).toBe(true);
    expect(isFromBeforeSpan('院长表示,儿童肥胖率从', ',到2018年降到10%')).toBe(true);
    expect(isFromBeforeSpan('院长表示,儿童肥胖率由', ',逐步降低到10%')).toBe(true);
    const values = targets(
      '2013年6月2日讯\n署长说,学童近视率由50%,3年降至45%,6年降至40%,已列为施政目标。',
    ).map((t) => t.value);
    expect(values).toEqual([45, 40]);
  });

  it('leaves a level with no from, or one the comma does not lead on to a new level', () => {
    expect(isFromBeforeSpan('院长表示,儿童肥胖率为', ',3年降至10%')).toBe(false);
    expect(isFromBeforeSpan('院长表示,儿童肥胖率由', ',3年来持续下降')).toBe(false);
  });
});

describe('a bare span of years before the verb that reaches the figure (relative-years.ts)', () => {
  const page = '2013年6月2日讯\n署长说,学童近视率由50%,3年降至45%,6年降至40%,已列为施政目标。';

  it('ends N−1 years after the page’s date, the last span read', () => {
    expect(spanAheadYear('署长说,学童近视率由50%,3年降至', page, 2013, false)).toBe(2015);
    expect(spanAheadYear('署长说,学童近视率由50%,3年降至45%,6年降至', page, 2013, false)).toBe(
      2018,
    );
    expect(targets(page).map((t) => t.year)).toEqual([2015, 2018]);
  });

  it('leaves a year before the verb, and a span not right before it', () => {
    expect(spanAheadYear('署长说,学童近视率2015年降至', page, 2013, false)).toBe(2013);
    expect(spanAheadYear('署长说,3年后学童近视率降至', page, 2013, false)).toBe(2013);
  });
});

describe('a clause of only a span and a verb names nothing (mention-naming.ts, carried-names.ts)', () => {
  it('takes the subject of the from-to before it, inside its own bracket', () => {
    const names = targets(
      '2013年6月2日讯\n署长说,学童近视率减缓(学童近视率由50%,3年降至45%,6年降至40%)已列为施政目标。',
    ).map((t) => t.indicator);
    expect(names).toEqual(['学童近视率', '学童近视率']);
  });

  it('(guard) keeps a span that is part of a name', () => {
    const [t] = targets('到2025年,癌症5年生存率提高到45%。');
    expect(t?.indicator).toContain('5年生存率');
  });
});

describe('a 要 inside 重要 or 需要 says nothing of the future (reported-figures.ts statedMeasure)', () => {
  const page =
    '市长今天出席论坛,并宣布今年正式启动健康城市计划,预算规模达30亿元。\n\n他说,本市人均寿命为79岁,如何提升健康寿命是医界关注的重要课题。';

  it('reads a level stated with 为 in such a sentence as measured', () => {
    expect(targets(page).map((t) => t.value)).not.toContain(79);
  });

  it('(guard) keeps a level the sentence says is to be reached', () => {
    const aimed = page.replace('如何提升健康寿命是医界关注的重要课题', '到2030年要为82岁');
    expect(targets(aimed).map((t) => t.value)).toContain(82);
  });
});

describe('a rate per 10万 said without its 之 (numerals.ts, mention-pattern.ts)', () => {
  it('reads 十万分N as N per 10万', () => {
    const [t] = targets('到2020年,全市结核病报告发病率要控制在十万分五十五以内。');
    expect(t?.value).toBe(55);
    expect(t?.unit).toBe('1/10万');
  });

  it('(guard) leaves 十万分 before no numeral', () => {
    expect(targets('大家对这项工作十万分重视,力争年内完成。')).toEqual([]);
  });
});

describe('a speaker’s `for example` opening an item (indicator.ts)', () => {
  it('is no part of the name', () => {
    const names = targets(
      '到2020年,慢性病防治也提出几个目标,比如糖尿病患者规范管理率要达到70%以上。',
    ).map((t) => t.indicator);
    expect(names).toEqual(['糖尿病患者规范管理率']);
  });
});
