import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set AQ (a year a rise starts from read as the
// clause's time, a rise told with 增加 whose next clause names the level it reaches, a from-to with a
// sum per head and year, a from-to opening its clause after the measure's name, per-head words
// taken for a name, a due date 今年底, the places where something is to be built, a trade site's
// date written with slashes beside its byline, a range for a density of staff), each tested in
// wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const pick = (text: string) =>
  targets(text).map((t) => [t.value, t.valueMax, t.comparator, t.unit, t.indicator, t.year]);

describe('a year a rise starts from', () => {
  const notice =
    '关于做好2021年居民医保工作的通知。人均财政补助标准,在2020年的基础上提高30元,达到每人每年不低于580元。';

  it('is a baseline, so the level the rise reaches is still the year’s aim', () => {
    expect(targets(notice).map((t) => t.value)).toContain(580);
  });

  it('leaves a clause that a past year opens in the past', () => {
    expect(
      targets('2021年工作要点。2019年,全县家庭医生签约率达到45%,孕产妇系统管理率95%。'),
    ).toEqual([]);
  });
});

describe('a rise told with 增加 and then the level it reaches', () => {
  it('is aimed at as a change, and the level keeps the measure’s own name', () => {
    const found = targets(
      '2022年各县区人均基本公共卫生服务经费补助在上年基础上增加5元,达到每人每年89元。',
    );
    expect(found.map((t) => [t.value, t.comparator, t.indicator])).toEqual([
      [5, '>=', '人均基本公共卫生服务经费补助提高额'],
      [89, '>=', '人均基本公共卫生服务经费补助'],
    ]);
  });

  it('is still a statistic when the sentence goes on to something else', () => {
    expect(targets('2021年全市门诊人次比上年增长6%,主要来自基层。')).toEqual([]);
  });
});

describe('a from-to of a sum per head and year after the name of what it sets', () => {
  const item = '二、调整2023年居民医保个人缴费标准,由原来的350元/人·年提高至380元/人·年。';

  it('reads the starting sum as a baseline, not a target', () => {
    expect(targets(item).map((t) => t.value)).toEqual([380]);
  });

  it('names the target from the clause before the from-to', () => {
    expect(targets(item).map((t) => t.indicator)).toEqual(['居民医保个人缴费标准']);
  });
});

describe('per-head words after an aim word', () => {
  it('name nothing: the level goes on with the measure of the rise before it', () => {
    expect(pick('2024年个人缴费标准同步提升30元,达到每人每年380元。')).toEqual([
      [30, null, '>=', '元', '个人缴费标准提高额', 2024],
      [380, null, '>=', '元', '个人缴费标准', 2024],
    ]);
  });
});

describe('a due date of this year’s end', () => {
  it('is no part of the name', () => {
    const [t] = targets('今年底全区公立医院耗材占比总体降到20%以下。');
    expect(t?.indicator).toBe('公立医院耗材占比');
  });
});

describe('the places where something is to be built', () => {
  it('are a count to reach, titled by what is built there', () => {
    expect(pick('到2024年底,在120个乡镇初步建成标准化的中医馆。')).toEqual([
      [120, null, '>=', '个', '建成中医馆的乡镇数', 2024],
    ]);
  });

  it('but places a meeting goes round build nothing', () => {
    expect(targets('在3个县之间轮流举办培训。')).toEqual([]);
  });
});

describe('a trade site’s date written with slashes, its byline on the same line', () => {
  it('dates the story, so its 今年 is that year', () => {
    const page =
      '慢病管理试点扩大\n发布日期:2019/3/8 09:12:40  阅读: 300   作者:admin\n' +
      '  据报道,今年,90%以上的县要开展慢病管理试点。去年全国80%的县完成了2018年提出的任务。';
    expect(targets(page).map((t) => [t.value, t.year])).toEqual([[90, 2019]]);
  });
});

describe('a range for a density of staff over the residents', () => {
  it('is a floor with its upper end when it is to be had', () => {
    expect(pick('到2030年,城乡每万名居民有4-6名全科医生。').map((r) => r.slice(0, 3))).toEqual([
      [4, 6, '>='],
    ]);
  });

  it('stays a band under a ceiling word', () => {
    expect(pick('每千人口床位数控制在5-6张。').map((r) => r.slice(0, 3))).toEqual([[5, 6, '=']]);
  });
});
