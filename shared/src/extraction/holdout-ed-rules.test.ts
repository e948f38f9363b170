import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { findMentions } from './mentions';
import { forecastsReach } from './reach-forecasts';

// Rules written from the failure classes of hold-out set ED (district, 街道 and township news
// items on free check-ups and screening drives, and a city's list of the year's 实事), each
// tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => [t.value, t.unit]);

describe('the people a programme is expected to reach', () => {
  it('keeps a forecast count with a verb of reaching before it (预计惠及)', () => {
    expect(values('本季度起在全区开展流感疫苗免费接种,预计惠及2万余人。')).toContainEqual([
      20000,
      '人',
    ]);
  });

  it('keeps a forecast of people taking part (预计将有…参加)', () => {
    expect(values('这次义诊活动持续两个月,预计将有1800多名村民参加。')).toContainEqual([
      1800,
      '名',
    ]);
  });

  it('keeps a service’s reach after a forecast clause (预计…将…,服务…)', () => {
    expect(values('预计筛查工作将持续半年,服务辖区群众9000余人。')).toContainEqual([9000, '人']);
  });

  it('keeps a count with 将 as the modal of the reach in its own clause', () => {
    expect(values('下一阶段的上门随访将还会有2600名患者受益。')).toContainEqual([2600, '名']);
  });

  it('is relayed by a news story, whose bare forecasts are otherwise reports', () => {
    expect(
      values('本报讯 记者从区卫健局了解到,下月起全区实施老年人流感疫苗免费接种,预计惠及3万余人。'),
    ).toContainEqual([30000, '人']);
  });

  it('leaves a reach already made (guard)', () => {
    expect(values('截至目前,预计项目已惠及2万余人。')).toEqual([]);
    expect(forecastsReach('预计', '累计服务居民', '', '人')).toBe(false);
  });

  it('leaves 将 as the object marker before a tally (guard)', () => {
    expect(forecastsReach('该镇将8个村分成两片,当地', '当地', '干部群众参与献血', '名')).toBe(
      false,
    );
  });

  it('leaves a count of things, not of people (guard)', () => {
    expect(forecastsReach('预计', '预计惠及', '', '户')).toBe(false);
  });
});

describe('a count of people a programme helps (救助)', () => {
  it('is a count to reach, as 资助 is', () => {
    expect(values('今年计划救助困难家庭患儿300人。')).toContainEqual([300, '人']);
  });
});

describe('a news story’s sentence that serves a counted share of the whole place', () => {
  const story = (s: string) => `本报讯 记者从市妇联获悉,今年市里将继续推进妇女健康项目。${s}`;

  it('relays the programme’s scope (对全市N名…进行…)', () => {
    expect(values(story('对全市6万名适龄妇女进行免费乳腺检查。'))).toContainEqual([60000, '名']);
  });

  it('relays it with 为全县 … 开展 too', () => {
    expect(values(story('为全县1500名留守儿童开展心理健康评估。'))).toContainEqual([1500, '名']);
  });

  it('leaves the service told done (guard)', () => {
    expect(values(story('昨日为全市600名老人进行了免费体检。'))).toEqual([]);
  });
});

describe('a Chinese numeral with 多/余 before its counting word', () => {
  it('is read as the round number (三千多名)', () => {
    expect(findMentions('将有四千多名学生受益').map((m) => [m.value, m.unit])).toEqual([
      [4000, '名'],
    ]);
    expect(findMentions('两百余人').map((m) => [m.value, m.unit])).toEqual([[200, '人']]);
  });

  it('does not read 多 after a numeral that is not round (guard)', () => {
    expect(findMentions('三多名').map((m) => m.value)).toEqual([]);
  });

  it('keeps a forecast reach written so', () => {
    expect(values('据悉,后续筛查将还会有两千多名居民受益。')).toContainEqual([2000, '名']);
  });
});

describe('names listed before one bound and two values joined by 和', () => {
  const names = (text: string) => targets(text).map((t) => [t.indicator, t.value]);

  it('pair in order, as 分别 pairs them', () => {
    expect(names('到2030年,新生儿死亡率、5岁以下儿童死亡率控制在4‰和6‰。')).toEqual([
      ['新生儿死亡率', 4],
      ['5岁以下儿童死亡率', 6],
    ]);
  });

  it('pair a rate per 10万 with the first name', () => {
    expect(names('到2028年,全县孕产妇死亡率、新生儿死亡率降至12/10万和3‰。')).toEqual([
      ['孕产妇死亡率', 12],
      ['新生儿死亡率', 3],
    ]);
  });
});
