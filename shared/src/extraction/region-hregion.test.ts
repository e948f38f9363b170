import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS, unit } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Round hregion: places of news pages that name their place once, or only in a slogan, and lines
// above a headline that name other places. Wording written for these tests.
const gazetteer = buildGazetteer([
  ...SAMPLE_UNITS,
  unit('420200', '黄石市', 2, '420000'),
  unit('420281', '大冶市', 3, '420200'),
  unit('420222', '阳新县', 3, '420200'),
]);
const read = (text: string) => extractTargets(text, { gazetteer });

describe('a trending-search bar above the headline', () => {
  it('names other stories’ places, not the page’s', () => {
    const page =
      '热搜:  黄石  天气  足球  湖北黄石\n\n中国官方:到2030年人均预期寿命达到80岁\n\n国家卫生健康委日前印发规划。规划提出,到2030年,人均预期寿命达到80岁左右。';
    expect(read(page).document.region).toBe('全国');
  });
});

describe('an outlet’s name alone on the first line', () => {
  it('is no headline: the slogan of the headline below names the county-level city', () => {
    const page =
      '中国城乡新闻台\n\n全力建设“健康大冶”\n\n记者从昨天召开的全市卫生工作会议获悉,今年我市将推进健康建设。全市居民健康素养水平达到30%以上。';
    expect(read(page).document.region).toBe('大冶市');
  });

  it('still lets a national headline below it name the nation', () => {
    const page =
      '城乡资讯网\n\n国家卫生健康委:到2030年婴儿死亡率降至5‰\n\n规划提出,到2030年,全国婴儿死亡率降至5‰以下。';
    expect(read(page).document.region).toBe('全国');
  });
});

describe('a story that names its place once and then says 该市/该县', () => {
  it('binds the place 该县 refers back to', () => {
    const page =
      '论文摘要\n村卫生室建设提速。眼下,在阳新县各乡镇,新建工程正有序推进。今年该县投入资金5000万元,全县将新建村卫生室60个。';
    expect(read(page).document.region).toBe('阳新县');
  });

  it('keeps the page’s own word when 该X is of another level than it', () => {
    const page =
      '论文摘要\n村卫生室建设提速。眼下,在阳新县各乡镇,新建工程正有序推进。该县经验受到肯定,全市将新建村卫生室60个。';
    expect(read(page).document.region).toBe('全市');
  });
});
