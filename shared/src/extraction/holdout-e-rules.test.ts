import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { pastTimeLead } from './context-rules';
import { asWritten } from './document-region';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set E, each tested in wording of its own.
const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a clause of past time earlier in the sentence', () => {
  it('makes every figure after it an achievement (上年度)', () => {
    expect(
      values(
        '某县卫生局\n据了解,上年度,全县开展了义诊活动,为村民体检3200人,体检覆盖率达82.5%。今年全县将为4000人提供体检。',
      ),
    ).toEqual([4000]);
  });

  it('does so for 以来 and for 截至', () => {
    expect(
      values('某区工作要点\n2010年以来,全区新建社区卫生服务站18个,居民签约率达到56%。'),
    ).toEqual([]);
    expect(values('某区工作要点\n据统计,截至去年底,全区健康档案建档率达到78%。')).toEqual([]);
  });

  it('does so for a day before the plan year, not for one in it', () => {
    expect(pastTimeLead('1990年9月3日,', 2024)).toBe(true);
    expect(pastTimeLead('2024年9月3日,', 2024)).toBe(false);
  });

  it('leaves a sentence that then looks ahead', () => {
    expect(
      values('某县规划\n近年来,本县不断加强基层卫生建设,力争到2025年村卫生室标准化率达到95%。'),
    ).toEqual([95]);
  });
});

describe('a year between the name and its aim word', () => {
  it('is no part of the name', () => {
    const ts = targets('某省卫生计生委\n全省农村自来水普及率2016年达到80%,2018年达到88%。');
    expect(ts.map((t) => [t.indicator, t.value, t.year])).toEqual([
      ['农村自来水普及率', 80, 2016],
      ['农村自来水普及率', 88, 2018],
    ]);
  });
});

describe('the region of a news page', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);

  it('ignores the place of a dateline', () => {
    const r = extractTargets(
      '健康素养水平稳步提升\n本报北京5月6日电 记者从会上获悉,到2030年,居民健康素养水平要达到30%。',
      { gazetteer },
    );
    expect(r.document.region).toBeNull();
  });

  it('ignores places the page lists after the article', () => {
    const r = extractTargets(
      '健康素养新闻\n记者从会上获悉,到2030年,居民健康素养水平要达到30%。\n责任编辑:某某\n相关新闻\n武汉市举办义诊\n武汉市暴雨',
      { gazetteer },
    );
    expect(r.document.region).toBeNull();
  });
});

describe('a capacity counted in test tubes per day', () => {
  it('reads 管/日 as a count unit', () => {
    const [t] = targets('某市工作要点\n全市疾控中心实验室检测能力达到3000管/日。');
    expect([t?.value, t?.unit, t?.kind]).toEqual([3000, '管/日', 'count']);
  });
});

describe('a headline that repeats an achieved figure', () => {
  it('is no target when the body reports the figure as reached', () => {
    const text =
      '卫健委:全省孕产妇系统管理率达93.6%\n记者从会上获悉,截至去年底,全省孕产妇系统管理率达93.6%。全省孕产妇系统管理率2027年要达到95%。';
    expect(values(text)).toEqual([95]);
  });

  it('stays a target when the body sets it too', () => {
    const text = '全省孕产妇系统管理率将达95%\n全省孕产妇系统管理率2027年要达到95%。';
    expect(values(text)).toEqual([95, 95]);
  });
});

describe('names around an aim word', () => {
  it('takes the name after an aim word that opens the clause', () => {
    const ts = targets('某市要点\n推进妇幼工程,实现孕前检查率85%以上、产后访视率92%以上的目标。');
    expect(ts.map((t) => [t.indicator, t.value])).toEqual([
      ['孕前检查率', 85],
      ['产后访视率', 92],
    ]);
  });

  it('drops 有望 and a five-year plan’s name from the name', () => {
    const [t] = targets('某省新闻\n“十四五”全省婴儿死亡率有望降至4‰。');
    expect(t?.indicator).toBe('婴儿死亡率');
  });
});

describe('a value stated with 是', () => {
  it('describes when no aim is spoken of', () => {
    expect(
      values('某省新闻\n监测显示,全省平均水平是21.5%。全省居民健康素养水平要达到30%。'),
    ).toEqual([30]);
  });

  it('is an aim when the clause names one', () => {
    expect(values('某省规划\n全省居民健康素养水平的目标是30%。')).toEqual([30]);
  });
});

describe('a county the gazetteer now knows as a city', () => {
  it("keeps the name the document writes, with the unit's code", () => {
    const place = { name: '兴仁市', code: '522301' };
    expect(asWritten(place, '近日,兴仁县卫计系统谋划全县重点工作。')).toEqual({
      name: '兴仁县',
      code: '522301',
    });
    expect(asWritten(place, '兴仁市卫生健康局:全市…')).toEqual(place);
  });
});
