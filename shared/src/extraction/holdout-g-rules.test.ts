import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';
import { inPublisherName, withoutDatelines } from './mastheads';

// Rules written from the failure classes of hold-out set G, each tested in wording of its own.
const gazetteer = buildGazetteer(SAMPLE_UNITS);

describe('a place inside a publisher’s name', () => {
  it('is a site, a paper or a news page, not the region', () => {
    const s = '湖北新闻网 武汉晚报 四川妇联新闻> 四川省卫生健康委';
    expect(inPublisherName(s, s.indexOf('湖北') + 2)).toBe(true);
    expect(inPublisherName(s, s.indexOf('武汉') + 2)).toBe(true);
    expect(inPublisherName(s, s.indexOf('四川妇') + 2)).toBe(true);
    expect(inPublisherName(s, s.lastIndexOf('四川省') + 3)).toBe(false);
  });

  it('names no region for a national story it prints', () => {
    const r = extractTargets(
      '四川在线网 > 要闻 > 正文\n国家卫生健康委日前印发通知,到2025年全国婴儿死亡率降至5.5‰以下。',
      { gazetteer },
    );
    expect(r.document.region).toBe('全国');
  });
});

describe('a dateline of any agency', () => {
  it('blanks the city a story was filed from', () => {
    const s = '中国网武汉3月2日电(记者王某)湖北省今年将新建卫生院5所';
    expect(withoutDatelines(s)).toBe('中国网  3月2日电(记者王某)湖北省今年将新建卫生院5所');
  });

  it('gives no region when it opens the first line', () => {
    const r = extractTargets(
      '光明网北京9月1日电 记者从国家卫生健康委获悉,全国孕产妇系统管理率将保持在90%以上。',
      { gazetteer },
    );
    expect(r.document.region).not.toBe('北京市');
  });
});

describe('a national standard that names no place', () => {
  it('is the country’s, dated by the version in its brackets', () => {
    const r = extractTargets(
      '国家免疫规划项目督导标准(2019.6)\n儿童建卡率95% 疫苗接种及时率90% 异常反应报告率100%',
    );
    expect([r.document.region, r.document.year]).toEqual(['全国', 2019]);
  });

  it('keeps a local level when the text writes one', () => {
    const r = extractTargets('国家卫生乡镇标准(2021.3)\n全县卫生厕所普及率达到90%以上。');
    expect(r.document.region).toBe('全县');
  });
});
