import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { buildIndicatorMatcher } from './catalogue-names';

// Names on plans never seen (issue 14, names round 15, branch hnames), in wording of our own.
const HEADER = '2029年全市卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);
const literacy = buildIndicatorMatcher([
  { name: '居民健康素养水平', synonyms: ['健康素养水平'], unit: '%', direction: 'up' },
]);

describe("a spinner's stand-in after the residents", () => {
  it('keeps the residents of their own literacy', () => {
    expect(names('本市居民身体健康素养水平力争提升到31%。')).toEqual(['居民健康素养水平']);
  });

  it("keeps them in each of a list's names", () => {
    expect(names('到2030年,东、西部地区居民身体健康素养水平分别提升到28%和22%。')).toEqual([
      '居民健康素养水平',
      '居民健康素养水平',
    ]);
  });

  it('keeps them before a catalogue word the stand-in straddles', () => {
    const t = extractTargets(`${HEADER}全市居民身体健康素养水平力争提升到31%。`, {
      catalogue: literacy,
    }).targets;
    expect(t.map((x) => [x.indicator, x.indicatorSource])).toEqual([
      ['居民健康素养水平', 'catalogue'],
    ]);
  });
});

describe('words that open the sentence, not the name', () => {
  it('drop a fronted verb of lowering', () => {
    expect(names('下降传染病总发病率到5%以下。')).toEqual(['传染病总发病率']);
  });

  it('drop the year an aim is for, but keep a yearly appraisal', () => {
    expect(names('年度目标人群随访率达到85%以上。')).toEqual(['目标人群随访率']);
    expect(names('年度考核合格率达到90%。')).toEqual(['年度考核合格率']);
  });

  it('drop a word for every unit and a lead to a list of aims', () => {
    expect(names('所有乡镇卫生院合格率要达到95%。')).toEqual(['乡镇卫生院合格率']);
    expect(names('主要指标包括村级卫生室覆盖率达到98%。')).toEqual(['村级卫生室覆盖率']);
  });

  it("are read after a spinner's stand-ins are undone", () => {
    expect(names('年度方针人群笼罩率达到70%以上。')).toEqual(['目标人群覆盖率']);
  });
});

describe('an end reached after the figure', () => {
  it('titles the share of units brought to it', () => {
    expect(names('到2029年,甲型病区达到100%消除,乙型病区达到95%控制。')).toEqual([
      '甲型病区消除比例',
      '乙型病区控制比例',
    ]);
    // (控制在 is a bound, no end reached)
    expect(names('全县乙类病区90%控制在标准以内。')).not.toContain('乙类病区控制比例');
  });
});

describe("the future's 将 between units and their deed", () => {
  it("is no part of a share's name", () => {
    expect(names('至少60%的养老机构将建成医养结合单位。')).toEqual([
      '养老机构建成医养结合单位比例',
    ]);
  });

  it("leaves a count's 将建成 to the count's own reading", () => {
    expect(names('全区7家医院将建成无烟医院示范基地。')).toEqual(['无烟医院示范基地建成数']);
  });
});

describe('a written possessive 之', () => {
  it('goes from a name, as 的 does, and stays in a word of its own', () => {
    expect(names('力争控制肝癌病例之年死亡率8%以下。')).toEqual(['控制肝癌病例死亡率']);
    expect(names('90%以上的城乡社区建立儿童之家。')).toEqual(['建立儿童之家的城乡社区比例']);
  });
});

describe('the countryside before a catalogue word', () => {
  const catalogue = buildIndicatorMatcher([
    { name: '住院分娩率', synonyms: [], unit: '%', direction: 'up' },
    { name: '卫生厕所普及率', synonyms: [], unit: '%', direction: 'up' },
  ]);
  const named = (body: string) =>
    extractTargets(HEADER + body, { catalogue }).targets.map((t) => t.indicator);

  it('stays in the title of its own series', () => {
    expect(named('到2029年,全县农村住院分娩率达到98%。')).toEqual(['农村住院分娩率']);
    expect(named('农村户用卫生厕所普及率达到85%以上。')).toEqual(['农村户用卫生厕所普及率']);
  });
});

describe('samples tested, counted in 批次', () => {
  it('are titled by 批次, as visits are by 人次', () => {
    expect(names('全年计划性抽检1.5万批次。')).toEqual(['计划性抽检批次']);
  });
});

describe('the partner a deed is done with', () => {
  it('goes with the deed before the units, not with the units', () => {
    expect(names('到2029年,70%的村卫生室与乡镇卫生院建立双向转诊通道。')).toEqual([
      '与乡镇卫生院建立双向转诊通道的村卫生室比例',
    ]);
    expect(names('到2029年,90%以上的社区卫生服务站与全民健康信息平台对接。')).toEqual([
      '与全民健康信息平台对接的社区卫生服务站比例',
    ]);
  });
});

describe('a share of patients seen at a place', () => {
  it("is that place's 就诊率", () => {
    expect(names('确保90%以上的患者在县域内就医。')).toEqual(['县域内就诊率']);
    expect(names('到2029年,70%以上的慢性病患者在基层医疗卫生机构就诊。')).toEqual([
      '基层医疗卫生机构就诊率',
    ]);
  });
});
