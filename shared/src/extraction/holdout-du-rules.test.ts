import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set DU (aged-care and childcare pages: a
// city's plan, wire items in traditional script, a district paper's item, a TV item on Taiwan's
// long-term care), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => [t.value, t.unit]);
const dated = (text: string) => targets(text).map((t) => [t.value, t.unit, t.year]);

describe('a bare year end followed by a word of striving, on an undated page', () => {
  it('is the deadline of an aim, dated by that year', () => {
    expect(
      dated('到2022年,全县建成3所康复医院。2019年底,力争实现老年人健康管理率达到75%以上。'),
    ).toEqual([
      [3, '所', 2022],
      [75, '%', 2019],
    ]);
    expect(
      dated(
        '到2022年,全县建成3所康复医院。2018年末,预计实现孕产妇系统管理率达到92%以上,重点人群达到95%以上。',
      ),
    ).toEqual([
      [3, '所', 2022],
      [92, '%', 2018],
      [95, '%', 2018],
    ]);
  });

  it('leaves a bare year end with no striving, and 截至, as where things stood (guards)', () => {
    expect(values('到2022年,全县建成3所康复医院。2019年底,全县老年人健康管理率达到72%。')).toEqual([
      [3, '所'],
    ]);
    expect(
      values('到2022年,全县建成3所康复医院。截至2019年底,力争老年人健康管理率达到72%。'),
    ).toEqual([[3, '所']]);
  });
});

describe('a look back over years gone by told in a speaker’s words', () => {
  it('makes the from-to tallies after it the past', () => {
    expect(
      values(
        '他提到过去8年间,全县护理床位从300张增加到900张,家庭医生从120名增至480名。到2030年,全县护理型床位占比达到60%。',
      ),
    ).toEqual([[60, '%']]);
  });

  it('does not read a span still to come as one gone by (guard)', () => {
    expect(
      values('未来8年间,全县护理床位从300张增加到900张。到2030年,全县护理型床位占比达到60%。'),
    ).toEqual([
      [900, '张'],
      [60, '%'],
    ]);
  });
});

describe('a span of years a dated page has seen end', () => {
  it('tells the totals of that span as the past', () => {
    expect(
      values(
        '2024-03-05 10:20:11 来源:新华网\n\n2019年至2023年,全省共安排专项资金12亿元,新建养老机构56家。到2027年,全省养老机构护理型床位占比达到65%。',
      ),
    ).toEqual([[65, '%']]);
  });

  it('leaves a span that ends after the page’s year (guard)', () => {
    expect(
      values('2024-03-05 10:20:11 来源:新华网\n\n2023年至2027年,全省新建养老机构80家。'),
    ).toEqual([[80, '家']]);
  });
});

describe('places a notice names as a title, listed and cut with 等', () => {
  it('are counted as named, not as a count to reach', () => {
    expect(
      values(
        '日前,省卫健委决定命名甲县、乙县等15个县为省级健康促进示范县。到2027年,全省创建健康促进县40个。',
      ),
    ).toEqual([[40, '个']]);
  });

  it('leaves a plan’s count of places to name, with no list (guard)', () => {
    expect(values('到2026年,命名20个社区为健康社区。')).toEqual([[20, '个']]);
  });
});

describe('a sentence whose subject is a facility told as newly opened', () => {
  it('tells what is built and spent, not an aim', () => {
    expect(
      values(
        '到2027年,全省创建健康促进县40个。新落成的县人民医院康复楼由省财政投资2.3亿元,设有床位300张。',
      ),
    ).toEqual([[40, '个']]);
  });

  it('still aims when the sentence looks ahead (guard)', () => {
    expect(values('到2027年,全省创建健康促进县40个。新落成的康复楼将新增康复床位300张。')).toEqual([
      [40, '个'],
      [300, '张'],
    ]);
  });
});

describe('a Taiwan county named only as where an official attends an event', () => {
  const regions = (text: string) => targets(text).map((t) => [t.value, t.region]);

  it('is the venue, not the place the announced policy binds', () => {
    expect(
      regions(
        '行政院长今日出席台南市某医院新大楼启用典礼时宣布,明年起入住机构的补助将由每年10万元提高至15万元。他也表示,将持续提升台南地区的照护量能。',
      ),
    ).toEqual([[15, '台湾']]);
  });

  it('leaves a county the page goes on to name as its subject (guard)', () => {
    expect(
      regions(
        '卫福部长今日出席台南市某医院新大楼启用典礼。台南市政府表示,到2027年台南市将新增长照据点20处。',
      ),
    ).toEqual([[20, '台南市']]);
  });
});

describe('the start of a from-to with an adverb of degree or 扩充/扩展 before its verb', () => {
  it('is the baseline, not a second target', () => {
    expect(values('到2030年,全市康复护理经费从3.2亿元大幅增加至8亿元。')).toEqual([[8, '亿元']]);
    expect(values('到2030年,全市康复床位从约800张扩充至约2000张。')).toEqual([[2000, '张']]);
  });
});
