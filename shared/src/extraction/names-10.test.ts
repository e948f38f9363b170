import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { unspun } from './spun-words';
import { withRateHead } from './rate-heads';
import { finishedName } from './name-finish';
import { rateOfSameSubject } from './bare-rates';

// Names that titled a chart badly on unseen plans (issue 14, naming round 10), in wording of our own.
const HEADER = '2026年全县卫生健康工作要点\n';
const names = (body: string) => extractTargets(HEADER + body).targets.map((t) => t.indicator);

describe('a percentage whose name stopped before its head word', () => {
  it('takes the verdict written after the figure as what it measures', () => {
    expect(names('到2026年,全县主要农产品抽查97%以上合格,重点食品抽检99%达标。')).toEqual([
      '主要农产品抽查合格率',
      '重点食品抽检达标率',
    ]);
  });

  it('names a share written as X占Y a 比例', () => {
    expect(names('2026年,政府卫生支出占财政支出达到12%以上。')).toEqual([
      '政府卫生支出占财政支出比例',
    ]);
  });

  it('names the units that have something a share of all of them', () => {
    expect(names('病媒生物密度控制:有鼠房间不超过2%,有蚊户不超过5%。')).toEqual([
      '有鼠房间比例',
      '有蚊户比例',
    ]);
  });

  it('names a sum given as a percentage its share', () => {
    expect(names('全年医疗救助对象住院救助比例达到70%以上,救助金额达到60%以上。')).toEqual([
      '医疗救助对象住院救助比例',
      '救助金额比例',
    ]);
  });

  it('names a grade reached a share, without the grade’s gloss', () => {
    expect(names('全县学校食堂量化等级A级(优秀)以上达到60%。')).toEqual([
      '学校食堂量化等级A级以上比例',
    ]);
  });

  it('leaves a name that has its head, and a figure that is no percentage', () => {
    expect(withRateHead('居民健康满意度', '')).toBe('居民健康满意度');
    expect(withRateHead('手卫生依从性', '')).toBe('手卫生依从性');
    expect(withRateHead('药品收入占医疗收入比重', '')).toBe('药品收入占医疗收入比重');
    expect(names('全年完成抽检样品1200批次,合格样品不少于1100批次。')).not.toContain(
      '抽检样品合格率',
    );
  });
});

describe('a page put through a synonym spinner', () => {
  it('gets the plan’s own words back in its names', () => {
    // (names round 15: the residents stay, as they do before 健康素养 written plainly)
    expect(names('到2026年,全县居民身体健康素养水平提高到30%,身体健康家庭达到200户。')).toEqual([
      '居民健康素养水平',
      '健康家庭户数',
    ]);
    expect(names('全年食物平安抽检笼罩率达到95%。')).toEqual(['食品安全抽检覆盖率']);
    expect(names('建成身体健康增进学校12所。')).toEqual(['建成健康促进学校数']);
  });

  it('reads the spinner’s 把持 as a bound, and turns back its vaccine words', () => {
    expect(names('本县麻疹发病率把持在1/100万以下。')).toEqual(['麻疹发病率']);
    expect(unspun('适龄儿童含麻疹成份疫苗惯例免疫接种率')).toBe(
      '适龄儿童含麻疹成分疫苗常规免疫接种率',
    );
    expect(unspun('较大食物中毒事件流通病学探问率')).toBe('较大食物中毒事件流行病学调查率');
  });

  it('keeps 身体健康 where a plan writes it in earnest', () => {
    expect(unspun('学生身体健康状况监测率')).toBe('学生身体健康状况监测率');
    expect(unspun('传染病院床位数')).toBe('传染病院床位数');
  });
});

describe('a population word before 人均', () => {
  it('is dropped: 人均 already says whose figure it is', () => {
    expect(names('全县人口的人均预期寿命达到80岁。')).toEqual(['人均预期寿命']);
    // 农村人口 says which people, not only whose figure: it stays.
    expect(finishedName('农村人口人均住院费用', false, '')).toBe('农村人口人均住院费用');
  });
});

describe('a later item of a list that is only the act its rate measures', () => {
  it('takes the subject the item before it measured', () => {
    expect(
      names('全年肺结核患者登记随访率达到90%以上,规范治疗率达到85%以上,管理率达到80%。'),
    ).toEqual(['肺结核患者登记随访率', '肺结核患者规范治疗率', '肺结核患者管理率']);
    expect(names('产妇基本保健覆盖率达到92%,其中系统管理率达到88%。')).toEqual([
      '产妇基本保健覆盖率',
      '产妇系统管理率',
    ]);
  });

  it('leaves an item that names its own subject, and a name before it without one', () => {
    expect(rateOfSameSubject('老年人体检率', '肺结核患者随访率')).toBeNull();
    expect(rateOfSameSubject('管理率', '规范随访率')).toBeNull();
    expect(rateOfSameSubject('管理率', '2024年随访率')).toBeNull();
  });
});

describe('people screened free of charge', () => {
  it('are titled by who or what is screened, then 免费筛查', () => {
    expect(names('全年免费为孕妇进行唐氏综合征筛查2000人。')).toEqual([
      '孕妇唐氏综合征免费筛查人数',
    ]);
    expect(names('2026年完成免费听力筛查1500人。')).toEqual(['听力免费筛查人数']);
  });

  it('leave a free programme’s own name whole', () => {
    expect(finishedName('免费孕前优生健康检查夫妇数', false, '')).toBe(
      '免费孕前优生健康检查夫妇数',
    );
  });
});
