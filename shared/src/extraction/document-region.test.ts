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

describe('plans that name their place in other ways', () => {
  it('takes a district from a government issuing the plan under its city', () => {
    const r = read(
      '武汉市江汉区人民政府\n关于促进居民健康的实施意见\n全区居民健康素养水平达到32%以上。',
    );
    expect([r.document.region, r.document.regionCode]).toEqual(['江汉区', '420103']);
  });

  it('resolves a county-level stem in a 健康X行动 title at the level the plan calls itself', () => {
    const r = read(
      '健康江汉行动推进方案\n落实党中央、国务院健康中国战略部署,结合我区实际制定本方案。\n到2027年,全区经常参加体育锻炼人数比例达到40%。',
    );
    expect([r.document.region, r.document.regionCode]).toEqual(['江汉区', '420103']);
    // A stem two units share names neither (朝阳区 in 北京 and 长春).
    const shared = read('健康朝阳行动推进方案\n结合我区实际。全区成人吸烟率降至18%。');
    expect(shared.document.regionCode).toBeNull();
  });

  it('does not make a plan national for citing the State Council when it says 我区', () => {
    const r = read(
      '居民健康推进方案\n按照国务院健康中国战略部署,结合我区实际。\n全区孕产妇死亡率低于9/10万。',
    );
    expect(r.document.region).not.toBe('全国');
  });

  it('counts its own province in the titles it is to draft when the title says 全省', () => {
    const r = read(
      '2026年全省卫生健康工作要点\n编制《湖北省卫生健康服务体系规划》和《湖北省中医药发展规划》,在武汉等地开展试点。\n全省县域内就诊率达到88%。',
    );
    expect([r.document.region, r.document.regionCode]).toEqual(['湖北省', '420000']);
  });

  it('gives a text with only a level-named office that level, and a bare five-year plan the country', () => {
    const office = read('巩固城乡居民医保。政策范围内住院报销比例不低于70%。\n责任单位:县医保局');
    expect(office.document.region).toBe('全县');
    const national = read('“十五五”时期妇幼健康主要指标\n孕产妇系统管理率(%)\n90\n≥92');
    expect(national.document.region).toBe('全国');
    expect(national.targets[0]!.region).toBe('全国');
  });
});

describe('page furniture', () => {
  it('reads the lead of a page that opens with a Markdown image', () => {
    const r = read(
      '![第1页](http://example.cn/p1.gif)\n湖北省疾病预防控制工作考核手册目录一、疫情报告\n全省法定传染病报告及时率不低于99%。',
    );
    expect(r.targets[0]!.region).toBe('湖北省');
  });
});
