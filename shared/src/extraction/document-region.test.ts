import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

const gazetteer = buildGazetteer(SAMPLE_UNITS);
const read = (text: string) => extractTargets(text, { gazetteer });

describe('document region with a gazetteer', () => {
  it('resolves a short form in the title and gives 全市 the city', () => {
    const r = read('武汉2024年卫生健康工作要点\n全市高血压患者规范管理率达到70%以上。');
    expect([r.document.region, r.document.regionCode]).toEqual(['武汉市', '420100']);
    expect([r.targets[0]!.region, r.targets[0]!.regionCode]).toEqual(['武汉市', '420100']);
  });

  it('names a district from an issuing body written with its city before it', () => {
    const r = read(
      '武汉市江汉区卫生健康局\n2025年工作计划\n全区适龄儿童免疫规划疫苗接种率保持在95%以上。',
    );
    expect([r.document.region, r.document.regionCode]).toEqual(['江汉区', '420103']);
    expect(r.targets[0]!.regionCode).toBe('420103');
    // Places that are not one inside the other name no unit.
    const odd = read(
      '吉林市江汉区卫生健康局\n2025年工作计划\n全区适龄儿童免疫规划疫苗接种率保持在95%以上。',
    );
    expect(odd.document.regionCode).toBeNull();
  });

  it('reads the place a news lead names when the page has no plan title', () => {
    const r = read(
      '来源:本站\n2023年湖北省卫生健康工作会议召开。会议提出,全省孕产妇死亡率控制在10/10万以下。',
    );
    expect(r.targets[0]!.region).toBe('湖北省');
  });

  it('gives a plan a ministry issues the whole country', () => {
    const r = read('国家卫生健康委3日印发通知,要求到2027年,婴儿死亡率降至4.5‰以下。');
    expect([r.targets[0]!.region, r.targets[0]!.regionCode]).toEqual(['全国', '000000']);
  });

  it('takes no place from a cited regulation’s title', () => {
    const r = read('依据《吉林省母婴保健条例》,今年全县新生儿疾病筛查率达到95%。');
    expect(r.targets[0]!.region).toBe('全县');
  });

  it('lets a sentence’s own 全县 stand when the part is only 全市', () => {
    const r = read(
      '年度妇幼工作规划\n促进全市妇幼事业发展。\n到2015年,全县新生儿死亡率控制在5‰以下;婴儿死亡率控制在8‰以下。',
    );
    expect(r.document.region).toBe('全市');
    expect(r.targets.map((x) => x.region)).toEqual(['全县', '全县']);
  });

  it('without a gazetteer keeps the words the header finds', () => {
    const r = extractTargets('武汉2024年卫生健康工作要点\n全市高血压患者规范管理率达到70%以上。');
    expect(r.targets[0]!.regionCode).toBeNull();
  });
});

describe('document numbers', () => {
  it('reads the province from the abbreviation of a document number at the head', () => {
    const r = read(
      '川卫办发〔2018〕12号\n各市(州)卫生计生委:\n全省孕产妇死亡率控制在18/10万以下。',
    );
    expect([r.targets[0]!.region, r.targets[0]!.regionCode]).toEqual(['四川省', '510000']);
  });

  it('does not read a character inside a word as an abbreviation', () => {
    const r = read('关于开展更新卫生评审〔2018〕的通知\n全县孕产妇系统管理率达到90%。');
    expect(r.targets[0]!.region).toBe('全县');
  });
});
