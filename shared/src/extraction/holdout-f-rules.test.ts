import { describe, expect, it } from 'vitest';
import { autonomousPlainName, buildGazetteer, type GazetteerUnit } from '../regions/gazetteer';
import { unit } from '../regions/gazetteer.fixture';
import {
  areaAfterRate,
  isBracketedMilestone,
  isListCount,
  isSpreadCount,
  isStatedShare,
  isWorksProgress,
  peopleFirst,
} from './asides';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set F, each tested in wording of its own.
const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('an autonomous county written by its stem and plain kind', () => {
  const units: GazetteerUnit[] = [
    unit('000000', '全国', 0, null),
    unit('420000', '湖北省', 1, '000000'),
    unit('420500', '宜昌市', 2, '420000'),
    unit('420528', '长阳土家族自治县', 3, '420500'),
    unit('150000', '内蒙古自治区', 1, '000000'),
    unit('150700', '呼伦贝尔市', 2, '150000'),
    unit('150723', '鄂伦春自治旗', 3, '150700'),
  ];
  const gazetteer = buildGazetteer(units);

  it('has a plain name only for autonomous counties and banners', () => {
    expect(autonomousPlainName('长阳土家族自治县')).toBe('长阳县');
    expect(autonomousPlainName('鄂伦春自治旗')).toBe('鄂伦春旗');
    expect(autonomousPlainName('宜昌市')).toBeNull();
  });

  it('is found by the gazetteer and kept as the document writes it', () => {
    expect(gazetteer.lookup('长阳县')?.unit.code).toBe('420528');
    const r = extractTargets(
      '长阳县卫生健康局\n今年全县孕产妇系统管理率要达到92%以上,长阳县将新建村卫生室6所。',
      { gazetteer },
    );
    expect([r.document.region, r.document.regionCode]).toEqual(['长阳县', '420528']);
  });
});

describe('the plan year of an opening that names two years once each', () => {
  it('is not the year of a sentence that reports what is done', () => {
    const r = extractTargets(
      '某区卫生新闻\n据了解,2019年全区已建成家庭医生团队30个。2020年,全区将把家庭医生签约服务覆盖率提高到45%以上。',
    );
    expect(r.document.year).toBe(2020);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([[45, 2020]]);
  });
});

describe('a count that sums up or announces a list', () => {
  it('is no target when it counts the items just listed', () => {
    expect(isListCount('抓好防病、治病和康复', 3, '项工作。')).toBe(true);
    expect(values('某县工作计划\n今年全县要统筹推进防病、治病、康复和宣传四项工作。')).toEqual([]);
  });

  it('is no target when a colon spells its items out', () => {
    expect(values('某县工作计划\n今年新建两个网络:一是监测网络,二是救治网络。')).toEqual([]);
  });

  it('leaves a count of things to build', () => {
    expect(isListCount('新建', 3, '所村卫生室。')).toBe(false);
    expect(values('某县工作计划\n今年全县新建标准化村卫生室3所。')).toEqual([3]);
  });
});

describe('a count of places before a total in the same brackets', () => {
  it('says how the total is spread; the total is the target', () => {
    expect(isSpreadCount('为乡镇卫生院招聘医生(', '个乡镇36名)')).toBe(true);
    expect(values('某县工作计划\n今年为乡镇卫生院招聘医生(12个乡镇36名)。')).toEqual([36]);
  });
});

describe('the progress of building works', () => {
  it('is no rate to reach', () => {
    expect(isWorksProgress('门诊楼装修完成')).toBe(true);
    expect(values('某区落实情况\n住院楼主体施工完成60%,门诊楼装修完成30%。')).toEqual([]);
  });

  it('leaves a completion rate that is aimed at', () => {
    expect(isWorksProgress('年度任务完成率达到')).toBe(false);
    expect(values('某区工作要点\n今年全区公共卫生任务完成率达到95%以上。')).toEqual([95]);
  });
});

describe('the name of a count', () => {
  it('of a total in closing brackets is what the text before the bracket names', () => {
    const [t] = targets('某县工作计划\n今年为适龄儿童开展口腔健康检查全覆盖(3000人)。');
    expect(t?.value).toBe(3000);
    expect(t?.indicator).toMatch(/^[\u4e00-\u9fff]*适龄儿童[\u4e00-\u9fff]*口腔健康检查人数$/);
  });

  it('of a studio after 名 counts studios, not people', () => {
    const [t] = targets('某区工作要点\n年内建成8名中医传承工作室。');
    expect([t?.value, t?.unit, t?.indicator]).toEqual([8, '个', '名中医传承工作室数']);
    const [p] = targets('某区工作要点\n年内培训50名医生。');
    expect(p?.unit).toBe('名');
  });

  it('of people given a service puts the people first', () => {
    expect(peopleFirst('救助困难家庭患者')).toBe('困难家庭患者救助人数');
    expect(peopleFirst('新建卫生室')).toBeNull();
    const [t] = targets('某县工作计划\n今年救治农村白内障患者400人。');
    expect(t?.indicator).toBe('农村白内障患者救治人数');
  });

  it('leaves out a verb that drives the work', () => {
    const [t] = targets('某市工作要点\n推进社区卫生服务中心标准化建设10家。');
    expect(t?.indicator.startsWith('推进')).toBe(false);
    expect(t?.value).toBe(10);
  });
});

describe('a signed document on a document site', () => {
  it('ends at the date line after its seals: the next title there sets no year', () => {
    const r = extractTargets(
      '卫生院目标责任书\n一、乙方全年适龄儿童建卡率达到98%,随访率达到95%。\n甲方(盖章) 乙方(盖章)\n年月日\n2021年乡村医生培训计划',
    );
    expect(r.document.year).toBeNull();
    expect(r.targets.map((t) => t.value)).toEqual([98, 95]);
  });

  it('keeps an annex after the signatures', () => {
    const r = extractTargets(
      '卫生院目标责任书\n甲方(盖章) 乙方(盖章)\n2020年3月1日\n附件:任务分解表\n全年新建村卫生室4所。',
    );
    expect(r.targets.map((t) => t.value)).toEqual([4]);
  });
});

describe('a milestone in brackets after a target', () => {
  it('keeps its own, earlier year', () => {
    expect(isBracketedMilestone('婴儿死亡率下降到5‰(2025年控制在')).toBe(true);
    expect(isBracketedMilestone('婴儿死亡率(2019年为')).toBe(false);
    const ts = targets(
      '某省卫生健康规划(2021-2030年)\n到2030年,婴儿死亡率下降到5‰(2025年控制在6‰以下)。',
    );
    expect(ts.map((t) => [t.value, t.year])).toEqual([
      [5, 2030],
      [6, 2025],
    ]);
  });
});

describe('a share of the world', () => {
  it('describes when no aim word comes with it', () => {
    expect(isStatedShare('我国新发病例数占全球总数的', false)).toBe(true);
    expect(values('某省防治规划\n我国每年新发病例数占全球总数的 9%,居世界前列。')).toEqual([]);
  });

  it('is a target when aimed at', () => {
    expect(isStatedShare('出口量占全球总量的比例达到', true)).toBe(false);
  });
});

describe('a count of places that have something', () => {
  it('is read through 具有 (家具 stays furniture)', () => {
    expect(values('某市工作要点\n各县建成2家具有示范作用的托育机构。')).toEqual([2]);
    expect(values('某市工作要点\n为卫生室配备3家具厂的桌椅。')).toEqual([]);
  });
});

describe('a rate whose figure a line break put on the next line', () => {
  it('is read with its name', () => {
    const [t] = targets('某县计划生育责任书\n乙方职工的孕情监测率\n98%以上,按时上报。');
    expect(t?.indicator).toMatch(/孕情监测率$/);
    expect([t?.value, t?.comparator]).toEqual([98, '>=']);
    expect(t?.quote).toBe('乙方职工的孕情监测率\n98%以上');
  });
});

describe('an area written after a rate or alone in the next clause', () => {
  it('is the scope, not part of the name', () => {
    expect(areaAfterRate('产前筛查率城区', null)).toEqual({ name: '产前筛查率', scope: '城区' });
    expect(areaAfterRate('城镇', '产前筛查率')).toEqual({ name: '产前筛查率', scope: '城镇' });
    expect(areaAfterRate('城镇', null)).toBeNull();
    expect(areaAfterRate('农村卫生厕所普及率', null)).toBeNull();
  });

  it('gives each of two areas its own target of the same rate', () => {
    const ts = targets(
      '某市妇幼工作规划\n全市产前筛查率城区以区为单位要达到90%;农村以乡镇为单位要达到75%。',
    );
    expect(ts.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['产前筛查率', '城区', 90],
      ['产前筛查率', '农村', 75],
    ]);
  });
});
