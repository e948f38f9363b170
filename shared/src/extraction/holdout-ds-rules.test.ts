import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set DS (a national list of yearly practical
// aims, Taiwan news of aims and of patient totals, a city's public-health service plan), each
// tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => [t.value, t.unit]);

describe('a second total of events joined to a bounded first', () => {
  it('is a count to reach as well, sharing the verb and the lower bound', () => {
    expect(values('到2025年,全区开展至少6次健康讲座和4次义诊活动。')).toEqual([
      [6, '次'],
      [4, '次'],
    ]);
    expect(values('今年全县组织不少于3次应急演练及2次技能竞赛。')).toEqual([
      [3, '次'],
      [2, '次'],
    ]);
  });

  it('is not read when 每 makes the pair a schedule, or a stop parts the two (guards)', () => {
    expect(values('每季度开展至少1次督导和2次抽查。')).toEqual([]);
    expect(values('全年开展至少5次义诊,另有2次巡诊已经完成。')).toEqual([[5, '次']]);
  });
});

describe('a total told with 共超过 or 共逾', () => {
  it('is a tally as it stands, not an aim', () => {
    expect(values('全省高血压患者共超过620万人,是负担最重的慢性病。')).toEqual([]);
    expect(values('到2027年,全市登记在册的慢病患者共逾90万人。')).toEqual([]);
  });

  it('leaves an aim with 超过 and no 共 alone (guard)', () => {
    expect(values('到2027年,全市家庭医生签约居民超过90万人。')).toEqual([[900000, '人']]);
  });
});
