import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../regions/gazetteer';
import { SAMPLE_UNITS } from '../regions/gazetteer.fixture';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set Z (a district's yearly list of practical
// aims, a national chronic-disease plan's paired aims for two years, a health-literacy plan's
// regional aims, a county's 创卫 news, a 卫生城市 standards table), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('a title naming a place with its parents', () => {
  const gazetteer = buildGazetteer(SAMPLE_UNITS);
  const regionOf = (text: string) => extractTargets(text, { gazetteer }).targets[0]?.region;

  it('binds the last place of the chain', () => {
    expect(
      regionOf(
        '武汉市江汉区人民政府关于印发社区健康服务方案的通知\n到2025年,居民健康档案建档率达到92%。',
      ),
    ).toBe('江汉区');
    expect(
      regionOf(
        '湖北省武汉市江汉区卫生健康局关于印发工作计划的通知\n到2025年,居民健康档案建档率达到92%。',
      ),
    ).toBe('江汉区');
  });

  it('keeps the first place when the next is not inside it or does not follow at once', () => {
    expect(
      regionOf(
        '武汉市与江汉区联合印发社区健康服务方案的通知\n到2025年,居民健康档案建档率达到92%。',
      ),
    ).toBe('武汉市');
  });
});

describe('counts of buildings and of things renewed or bought', () => {
  it('reads 幢/栋 and the verbs 更新, 扩容, 购置', () => {
    expect(
      values('2024年,全县完成农房抗震加固320幢;更新救护车12辆;扩容发热门诊8个;购置移动体检车3台。'),
    ).toEqual([320, 12, 8, 3]);
    expect(values('2025年新建职工周转房6栋。')).toEqual([6]);
  });
});

describe('a floor area in 万平方米 that is built or rebuilt', () => {
  it('is an aim named for the area', () => {
    const found = targets('2023年,新建保障性住房8.5万平方米,完成棚户区改造12万平方米。');
    expect(found.map((t) => [t.value, t.unit])).toEqual([
      [8.5, '万平方米'],
      [12, '万平方米'],
    ]);
    expect(found.every((t) => t.indicator.endsWith('面积'))).toBe(true);
  });

  it('is no aim where nothing is built', () => {
    expect(targets('该中心项目总建筑面积3.6万平方米。')).toEqual([]);
  });

  it('keeps another measure of the same things out of a count’s name', () => {
    const found = targets('2024年,完成120幢18万平方米危旧住房改造。');
    expect(found.map((t) => t.value)).toEqual([120, 18]);
    expect(found[0]!.indicator).not.toMatch(/\d|平方米/);
    expect(found[0]!.indicator).toContain('危旧住房改造');
  });
});

describe('paired aims for two years after 分别', () => {
  it('reads every value of a from-to that starts at the present level', () => {
    const found = targets(
      '到2025年和2030年,严重精神障碍患者规范管理率由目前的72%分别提升至80%和85%。',
    );
    expect(found.map((t) => [t.value, t.year])).toEqual([
      [80, 2025],
      [85, 2030],
    ]);
  });

  it('names the items of a list from before the present levels', () => {
    const found = targets(
      '到2025年,孕产妇、新生儿死亡率由目前的14/10万、3.1‰分别降至12/10万和2.8‰。',
    );
    expect(found.map((t) => [t.indicator, t.value])).toEqual([
      ['孕产妇死亡率', 12],
      ['新生儿死亡率', 2.8],
    ]);
    expect(
      targets('到2026年,脑卒中、慢阻肺患者规范管理率由目前的41%、38%分别提高到60%和55%。').map(
        (t) => t.indicator,
      ),
    ).toEqual(['脑卒中患者规范管理率', '慢阻肺患者规范管理率']);
  });

  it('reads a change told from the present level as a change', () => {
    const found = targets('到2025年和2030年,成人人均每日用油量由目前的42克分别减少6%和10%。');
    expect(found.map((t) => [t.value, t.comparator])).toEqual([
      [6, '>='],
      [10, '>='],
    ]);
    expect(found.every((t) => t.indicator === '成人人均每日用油量减少幅度')).toBe(true);
  });

  it('gives the later value of a list the change verb of the first', () => {
    const found = targets('到2025年和2030年,因伤害导致的死亡率分别较2020年降低6%和12%。');
    expect(found.map((t) => [t.value, t.comparator, t.year])).toEqual([
      [6, '>=', 2025],
      [12, '>=', 2030],
    ]);
    expect(found[1]!.indicator).toBe(found[0]!.indicator);
    expect(found[1]!.indicator.endsWith('下降幅度下降幅度')).toBe(false);
  });

  it('reads a count raised to a level, and names the later one as the first', () => {
    const found = targets(
      '到2025年和2030年,糖尿病患者健康管理人数由目前的2600万人分别提高到3200万人和4000万人。',
    );
    expect(found.map((t) => t.value)).toEqual([32000000, 40000000]);
    expect(found[1]!.indicator).toBe(found[0]!.indicator);
    expect(found[0]!.indicator).not.toContain('目前');
  });
});

describe('parts of the country listed by one character', () => {
  it('are scopes of the name after 部地区', () => {
    const found = targets('到2030年,东、中、西部地区儿童眼保健覆盖率分别达到95%、92%和88%。');
    expect(found.map((t) => [t.indicator, t.scope, t.value])).toEqual([
      ['儿童眼保健覆盖率', '东部地区', 95],
      ['儿童眼保健覆盖率', '中部地区', 92],
      ['儿童眼保健覆盖率', '西部地区', 88],
    ]);
  });
});

describe('counts that are no aims', () => {
  it('leaves out how many indicators or tasks a plan sets out', () => {
    expect(values('该行动方案共提出了12个量化指标。到2025年,建成健康示范社区40个。')).toEqual([40]);
    expect(targets('实施意见明确9项重点任务。')).toEqual([]);
  });

  it('leaves out a count after a demonstrative, but not one to reach', () => {
    expect(targets('省爱卫会决定命名这35个乡镇为省级卫生乡镇。')).toEqual([]);
    expect(values('到2025年,命名35个省级卫生乡镇。')).toEqual([35]);
  });
});

describe('news that a place has won a title', () => {
  it('reports the levels that won it', () => {
    expect(
      targets(
        '某县成功创建省级卫生县城 森林覆盖率52%\n近日,省爱卫会发布通报。该县生活垃圾无害化处理率96%,建成公厕40座。',
      ),
    ).toEqual([]);
  });

  it('still reads a page that strives for the title', () => {
    expect(values('力争创成国家卫生县城\n到2026年,县城生活垃圾无害化处理率达到98%。')).toEqual([
      98,
    ]);
  });
});

describe('a plain-text table’s cell bars', () => {
  it('name the figure from its own cell', () => {
    const found = targets('序号 | 项目 | 要求 |\n2 | 病媒防制 | 病媒生物密度控制达标率≥90% |');
    expect(found.map((t) => [t.indicator, t.value])).toEqual([['病媒生物密度控制达标率', 90]]);
  });
});
