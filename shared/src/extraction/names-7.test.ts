import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

const HEADER = '2026年全区卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a share of units that have or provide something', () => {
  it('is titled by what they have, then the units', () => {
    expect(names('全区75%的乡镇建立心理援助站点。')).toEqual(['建立心理援助站点的乡镇比例']);
    expect(names('85%以上村卫生室能够开展中医适宜技术。')).toEqual([
      '能开展中医适宜技术的村卫生室比例',
    ]);
    expect(names('40%的中小学校应配备专职心理教师。')).toEqual(['配备专职心理教师的中小学校比例']);
  });

  it('reads the units before their share the same way', () => {
    expect(names('二级以上综合医院70%以上设置老年医学科。')).toEqual([
      '设置老年医学科的二级以上综合医院比例',
    ]);
  });

  it('keeps the sentence order for units that reach a standard', () => {
    expect(names('90%的乡镇卫生院达到服务能力基本标准。')).toEqual([
      '乡镇卫生院达到服务能力基本标准比例',
    ]);
  });
});

describe('the life-expectancy statistic', () => {
  it('gives the short 人均寿命 its full title', () => {
    expect(names('到2030年,全区居民人均寿命达到81.5岁。')).toEqual(['人均预期寿命']);
  });

  it('keeps 人均期望寿命, a full title of its own', () => {
    expect(names('到2030年,人均期望寿命达到81.5岁。')).toEqual(['人均期望寿命']);
  });
});

describe('an aim named after its figure', () => {
  it('is no units of a share: the rate keeps its own name', () => {
    expect(names('实现投诉办结率100%、抽检结果公示率100%的工作目标。')).toEqual([
      '投诉办结率',
      '抽检结果公示率',
    ]);
  });
});

describe('a month the aim falls due', () => {
  it('is no part of the name, nor is the prefecture it covers', () => {
    expect(names('9月底全州适龄儿童疫苗接种率达到90%以上。')).toEqual(['适龄儿童疫苗接种率']);
  });

  it('leaves an age in months alone', () => {
    expect(names('6月龄内婴儿纯母乳喂养率达到50%以上。')).toEqual(['6月龄内婴儿纯母乳喂养率']);
  });
});

describe('a list of statements before a name', () => {
  it('leaves out the items that are a rate with a verdict after it', () => {
    expect(names('慢病管理率稳步提高、随访服务规范有序、健康教育覆盖率达到90%。')).toEqual([
      '健康教育覆盖率',
    ]);
  });

  it('keeps a list of rates named together', () => {
    expect(names('血压控制率和血糖控制率、血脂控制率达到60%。')).toEqual([
      '血压控制率和血糖控制率、血脂控制率',
    ]);
  });
});

describe('a count of units that reach a standard or take on a task', () => {
  it('ends in the units counted, after what they do', () => {
    expect(names('全省至少50家县医院要达到三级医院服务能力标准。')).toEqual([
      '达到三级医院服务能力标准的县医院数',
    ]);
    expect(names('至少遴选2家医疗机构承担结核病定点诊疗工作。')).toEqual([
      '承担结核病定点诊疗工作的医疗机构数',
    ]);
  });
});

describe('a count of a part of a whole named before 中', () => {
  it('counts the whole’s units, after what the part does', () => {
    expect(names('在全区48个乡镇中,要有30个达到健康乡镇标准。')).toEqual([
      '达到健康乡镇标准的乡镇数',
    ]);
    expect(names('在尚未达标的12个县(市、区)中,要有8个达到消除标准。')).toEqual([
      '达到消除标准的县数',
    ]);
  });
});

describe('a count per unit', () => {
  it('is titled per unit first', () => {
    expect(names('流浪犬平均每村不超过2条。')).toEqual(['每村流浪犬数']);
  });
});

describe('a comparison describing the units of a share', () => {
  it('keeps the 的 that joins it to them', () => {
    expect(names('全省孕产妇死亡率高于20/10万的县比例控制在5%以内。')).toEqual([
      '孕产妇死亡率高于20/10万的县比例',
    ]);
  });
});
