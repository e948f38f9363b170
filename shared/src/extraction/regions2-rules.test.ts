import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';
import { TARGET_REGION_SOURCES, targetRegion } from './target-region';

// The remaining region errors by class (issue 14, branch regions2); wording of our own.
const gazetteer = buildGazetteer(SAMPLE_UNITS);
const regions = (text: string) =>
  extractTargets(text, { gazetteer }).targets.map((t) => [t.value, t.region]);

describe('a sentence’s own unit below the county', () => {
  it('binds 全街 on a street’s notice that names no place', () => {
    const text =
      '街道开展环境卫生整治活动的通知\n各社区、各单位:\n根据全国爱卫会的通知精神,现将有关事项通知如下。确保2025年全街无害化卫生厕所普及率达到98%以上。';
    expect(regions(text)).toContainEqual([98, '全街']);
  });

  it('binds 本乡(镇) written with a space a PDF left inside it', () => {
    const words = '各乡(镇)要完成本乡 (镇)健康档案建档任务;确保';
    const target = {
      clause: '确保',
      lead: words,
      part: { name: '全国', code: '000000' },
      gazetteer,
    };
    expect(targetRegion(target)?.name).toBe('本乡(镇)');
  });

  it('leaves a named part’s region alone, and a 全镇 the part already is', () => {
    const words = '全镇老年人健康管理率达到';
    const city = { name: '武汉市', code: '420100' };
    const read = TARGET_REGION_SOURCES.find((s) => s.name === 'subCountyWhole')!.read;
    expect(read({ clause: words, lead: words, part: city, gazetteer })).toBeNull();
    expect(
      read({ clause: words, lead: words, part: { name: '全镇', code: null }, gazetteer }),
    ).toBeNull();
    expect(read({ clause: words, lead: words, part: null, gazetteer })?.name).toBe('全镇');
  });
});

describe('a Taiwan county and a rank within a whole', () => {
  it('binds a Taiwan county’s page to that county, not to the nation it ranks first in', () => {
    const text =
      '屏东县政府今日表示,屏东去年长照服务涵盖率全国第一,屏东明年将再增设长照据点30处;高雄亦在规划中。';
    expect(regions(text)).toContainEqual([30, '屏东县']);
  });

  it('names no county when two lead equally', () => {
    const text = '宜兰县与花莲县今日表示,宜兰、花莲明年将合力增设长照据点30处。';
    expect(regions(text)).not.toContainEqual([30, '宜兰县']);
    expect(regions(text)).not.toContainEqual([30, '花莲县']);
  });
});

describe('a title whose place a copy blanked', () => {
  it('binds the blanked level’s whole, not the page’s 本乡', () => {
    const text =
      '××乡2024年慢病管理工作计划\n为做好本乡慢病管理,结合本乡实际,特制定本计划。高血压患者规范管理率达到65%以上。';
    expect(regions(text)).toContainEqual([65, '全乡']);
  });

  it('reads no blank in a title that names a sample place (某某镇)', () => {
    const text =
      '某某镇2024年慢病管理工作计划\n结合本镇实际,特制定本计划。高血压患者规范管理率达到65%以上。';
    expect(regions(text)).not.toContainEqual([65, '全镇']);
  });
});
