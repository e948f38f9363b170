import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CH (national plans on pages of unusual
// form: traditional-script mirrors, flattened PDF text, an indicator table told as prose), each
// tested in wording of its own.

const read = (text: string) =>
  extractTargets(text).targets.map((t) => `${t.year}:${t.value}${t.unit}`);

describe("a from-to that ends at a milestone of the plan's own period (not-aim-reads.ts)", () => {
  const lead = '国家卫健委印发《全民营养行动方案(2021—2027年)》。方案提出的主要指标为:到2023年,';

  it('keeps the level a from-to reaches by a year inside the period', () => {
    const text = `${lead}学生营养午餐覆盖率从2020年的41.5%提高到2023年的50%,到2027年达到65%。`;
    expect(read(text)).toEqual(['2023:50%', '2027:65%']);
  });

  it('keeps a rate to bring down by such a year', () => {
    const text = `${lead}成人肥胖率从2020年的16.4%下降到2023年的15%以内,2027年控制在14%以内。`;
    expect(read(text)).toEqual(['2023:15%', '2027:14%']);
  });
});

describe('a milestone year written straight before an age group (mention-years.ts, indicator.ts)', () => {
  const first = (text: string) => extractTargets(text).targets[0];

  it('reads the year of an aim whose group opens with an age', () => {
    const text = '行动计划明确了到2027年6岁儿童视力不良率下降到40%以下。';
    expect(first(text)?.year).toBe(2027);
  });

  it('names the aim from the age group on, without the verb and year before it', () => {
    const text = '行动计划明确了到2027年6岁儿童视力不良率下降到40%以下。';
    expect(first(text)?.indicator).toBe('6岁儿童视力不良率');
  });

  it('does the same for an age range', () => {
    const text = '通知要求到2026年35-64岁高血压患者规范管理率提高到60%以上。';
    expect(first(text)?.indicator).toBe('35-64岁高血压患者规范管理率');
  });
});

describe('a part of a count named by its institution alone (part-names.ts)', () => {
  const names = (text: string) => extractTargets(text).targets.map((t) => t.indicator);

  it('counts in the part what the whole counts', () => {
    const text = '到2026年,基层医疗机构卫生技术人员达到3万人,其中乡镇卫生院1.2万人。';
    expect(names(text)).toEqual(['基层医疗机构卫生技术人员数', '乡镇卫生院卫生技术人员数']);
  });

  it('does so for a kind of hospital too', () => {
    const text = '到2026年,全省医疗机构全科医生达到8000人,其中公立医院5000人。';
    expect(names(text)[1]).toBe('公立医院全科医生数');
  });
});

describe('a page that speaks of building healthy China as its own work (document-region.ts)', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  const regions = (text: string) =>
    extractTargets(text, { gazetteer }).targets.map((t) => t.region);

  it("is the country's when it names no place of its own", () => {
    const text =
      '第三章 主要目标\n全民健康是建设健康中国的根本目的。到2035年,居民健康素养水平提高到40%。';
    expect(regions(text)).toEqual(['全国']);
  });

  it('stays unplaced when it only carries out what was said of the programme', () => {
    const text =
      '社区健康促进指引\n本指引是落实关于健康中国建设重要论述的举措。到2035年,居民健康素养水平提高到40%。';
    expect(regions(text)).toEqual([null]);
  });
});
