import { describe, expect, it } from 'vitest';
import { buildIndicatorMatcher } from './catalogue-names';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CQ (hospital service and health-information
// news: building programmes, counts of hospitals and recognised items), each tested in wording of its
// own.

const found = (text: string) =>
  extractTargets(text).targets.map((t) => [t.indicator, t.value, t.unit, t.year] as const);
const names = (text: string) => extractTargets(text).targets.map((t) => t.indicator);
const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('news: a sentence that sums up the things the sentence before plans', () => {
  const story =
    '本报讯(记者 王芳)2022年5月12日,记者从市发改委获悉,按照规划,全市将新建市妇幼保健院、市急救中心等8个项目。' +
    '8个项目共计建设业务用房45.6万平方米,新增床位3200张,完成投资86.5亿元。';
  it('relays its figures, bare or after 共计, and not the count of the subject', () => {
    expect(values(story)).toEqual([8, 45.6, 3200, 86.5]);
  });
  it('names its figures without the subject and its 共计', () => {
    expect(names(story).slice(1)).toEqual(['业务用房建设面积', '新增床位数', '投资']);
  });
  it('reports a sentence that tells the present, after a plan or not', () => {
    const told =
      '本报讯(记者 王芳)2022年5月12日,全市将新建市妇幼保健院、市急救中心等8个项目。' +
      '8个项目目前共计完成投资40亿元。';
    expect(values(told)).toEqual([8]);
  });
});

describe('land a plan secures for building', () => {
  it('is an amount to provide after 落实/保障…用地, titled by its area', () => {
    expect(found('2023年,全县保障养老服务设施用地360亩。')).toEqual([
      ['养老服务设施用地面积', 360, '亩', 2023],
    ]);
  });
  it('leaves land only described', () => {
    expect(values('2023年,新院区用地360亩。')).toEqual([]);
  });
});

describe('a floor area in 万 put up with 建设', () => {
  it('is work to do, titled by what is built, then the building', () => {
    expect(names('2024年建设疾控中心实验用房2.5万平方米。')).toEqual(['疾控中心实验用房建设面积']);
    expect(names('2024年综合整治老旧卫生院1.2万平方米。')).toEqual(['老旧卫生院综合整治面积']);
  });
});

describe('units to bring up to a level by a time to come', () => {
  it('counts them, titled after the level reached', () => {
    expect(found('到2026年,12家县级妇幼保健院达到“二级甲等”标准。')).toEqual([
      ['达到二级甲等标准的县级妇幼保健院数', 12, '家', 2026],
    ]);
  });
  it('joins a pair of kinds of units with 和', () => {
    expect(names('力争25个乡镇卫生院、社区卫生服务中心达到推荐标准。')).toEqual([
      '达到推荐标准的乡镇卫生院和社区卫生服务中心数',
    ]);
  });
  it('leaves a count with no time to come alone', () => {
    expect(values('全市12家县级妇幼保健院达到二级甲等标准。')).toEqual([]);
  });
});

describe('a clause that gives only the total a count adds up to', () => {
  it('counts the same things, without the verb of adding', () => {
    expect(found('今年再新增40家养老机构,达到150家。')).toEqual([
      ['新增养老机构数', 40, '家', null],
      ['养老机构数', 150, '家', null],
    ]);
  });
});

describe('an area’s inside and the bodies a count holds among', () => {
  it('are the scope of the count, not its name', () => {
    const t = extractTargets('到2026年底,各县域内医疗机构间共享检查项目超过80项。').targets;
    expect(t.map((x) => [x.indicator, x.scope])).toEqual([['共享检查项目数', '县域内医疗机构间']]);
  });
  it('read the same when a list of areas was cut off before 内', () => {
    expect(names('到2027年,苏锡常、宁镇扬等区域内医院互认检验项目数超过150项。')).toEqual([
      '互认检验项目数',
    ]);
  });
});

describe('a count the catalogue titles with 数', () => {
  it('takes the catalogue’s title when written by the thing alone', () => {
    const catalogue = buildIndicatorMatcher([
      { name: '智慧药房数', synonyms: ['智慧药房'], unit: '家', direction: 'up' },
    ]);
    const t = extractTargets('到2026年,全省智慧药房将达到80家以上。', { catalogue }).targets;
    expect(t.map((x) => x.indicator)).toEqual(['智慧药房数']);
  });
});

describe('a projects’ building time from the page’s date', () => {
  it('dates what the projects give once done by the time’s end', () => {
    const story =
      '2021-03-15 09:30 来源:市政府网\n本报讯 全市正在实施6个公共卫生项目。项目建设周期为2年,建成后将新增床位1800张。';
    expect(found(story)).toEqual([['新增床位数', 1800, '张', 2023]]);
  });
  it('counts months from the page’s month', () => {
    const story =
      '2021-09-15 09:30 来源:市政府网\n本报讯 全市正在实施6个公共卫生项目。项目施工期为18个月,完成后将新增床位1800张。';
    expect(found(story)).toEqual([['新增床位数', 1800, '张', 2023]]);
  });
  it('leaves a sentence with a time of its own alone', () => {
    const story =
      '2021-03-15 09:30 来源:市政府网\n本报讯 项目建设周期为2年。今年项目将新增床位600张。';
    expect(found(story)).toEqual([['新增床位数', 600, '张', 2021]]);
  });
});
